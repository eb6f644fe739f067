"""Semantic search over knowledge-base facts with sentence embeddings."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.embeddings import SentenceEncoder
from bot.kb.base import Answer, Fact, KnowledgeBase, Procedure


@dataclass(frozen=True)
class _Passage:
    procedure: Procedure
    facet: str
    fact: Fact


class SemanticIndex:
    """Embeds every fact once, then finds the facts closest to a question.

    Each passage is embedded together with its procedure's name, so "does the
    balloon one hurt" can land on kyphoplasty facts.
    """

    def __init__(self, knowledge_base: KnowledgeBase, encoder: SentenceEncoder):
        self._encoder = encoder
        self._passages = [_Passage(p, facet, fact) for p, facet, fact in knowledge_base.passages()]
        texts = [f"{p.procedure.name}: {p.fact.text}" for p in self._passages]
        self._matrix = encoder.encode(texts) if texts else np.zeros((0, 1), dtype=np.float32)

    def __len__(self) -> int:
        return len(self._passages)

    def search(
        self,
        question: str,
        threshold: float,
        procedure_id: str | None = None,
        top_k: int = 2,
    ) -> Answer | None:
        """The best-matching facts, or None when nothing reaches ``threshold``.

        Args:
            question: The patient's message.
            threshold: Minimum cosine similarity for the best passage.
            procedure_id: Restrict the search to one procedure when known.
            top_k: How many facts of the winning procedure and facet to return.
        """
        if not self._passages:
            return None
        scores = self._matrix @ self._encoder.encode([question])[0]
        if procedure_id is not None:
            mask = np.array([p.procedure.id == procedure_id for p in self._passages])
            scores = np.where(mask, scores, -1.0)
        best = int(np.argmax(scores))
        best_score = float(scores[best])
        if best_score < threshold:
            return None
        winner = self._passages[best]
        # Keep the answer on one procedure and facet so it reads as one answer.
        ranked = [
            i
            for i in np.argsort(-scores)
            if self._passages[i].procedure.id == winner.procedure.id
            and self._passages[i].facet == winner.facet
            and scores[i] >= threshold
        ][:top_k]
        return Answer(
            procedure=winner.procedure,
            facet=winner.facet,
            facts=tuple(self._passages[i].fact for i in ranked),
            sources_differ=winner.facet in winner.procedure.conflicting_facets,
            score=best_score,
        )
