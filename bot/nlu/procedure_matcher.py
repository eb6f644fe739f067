"""Find procedure names in patient text with spaCy, normalised to one id.

A blank English spaCy pipeline tokenises the text; a ``PhraseMatcher`` on
lower-cased tokens finds every synonym listed in the knowledge base, and a
small edit-distance pass catches misspellings the knowledge base did not
list ("ablashun", "kyphoplsty"). Adding a procedure is adding its YAML file.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bot.kb.base import Procedure

# Shortest synonym (in characters) that may match with one typo / two typos.
_MIN_LEN_ONE_TYPO = 6
_MIN_LEN_TWO_TYPOS = 9
_MAX_NGRAM = 4


@dataclass(frozen=True)
class ProcedureMention:
    """A procedure named in the text, by character offsets."""

    procedure_id: str
    start: int
    end: int
    text: str
    exact: bool


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _typo_budget(word: str) -> int:
    if len(word) >= _MIN_LEN_TWO_TYPOS:
        return 2
    if len(word) >= _MIN_LEN_ONE_TYPO:
        return 1
    return 0


def _close_enough(words: list[str], term: tuple[str, ...]) -> bool:
    """True when ``words`` equal ``term`` but for small typos in long words.

    Every word must match exactly (a plural "s" aside) except ones of at least six letters, which
    may differ by one typo (two from nine letters) but keep their first letter:
    "radiofrequncy ablasion" matches, "pain shoots" does not match "pain shots".
    """
    typos = 0
    for word, expected in zip(words, term, strict=False):
        if word == expected:
            continue
        if word.rstrip("s") == expected.rstrip("s"):  # plural / singular
            typos += 1
            continue
        budget = _typo_budget(expected)
        if not budget or word[0] != expected[0]:
            return False
        distance = _edit_distance(word, expected, budget)
        if distance > budget:
            return False
        typos += distance
    return typos > 0


class ProcedureMatcher:
    """Recognises procedure mentions from the knowledge base's synonyms."""

    def __init__(self, procedures: Iterable[Procedure], fuzzy: bool = True):
        self._nlp = spacy.blank("en")
        self._matcher = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        # Fuzzy candidates by (number of words, first letter of each word): a typo
        # never changes a first letter (see _close_enough), so a window is only
        # compared with the terms that share its initials.
        self._fuzzy_terms: dict[tuple[int, tuple[str, ...]], list[tuple[tuple[str, ...], str]]] = {}
        self._fuzzy = fuzzy
        for procedure in procedures:
            terms = {procedure.id.replace("_", " "), *procedure.synonyms}
            patterns = [self._nlp.make_doc(term) for term in sorted(terms) if term.strip()]
            self._matcher.add(procedure.id, patterns)
            for doc in patterns:
                words = tuple(token.lower_ for token in doc)
                if any(_typo_budget(word) for word in words):
                    key = (len(words), tuple(word[0] for word in words))
                    self._fuzzy_terms.setdefault(key, []).append((words, procedure.id))

    def __call__(self, text: str) -> list[ProcedureMention]:
        """Every procedure mention in ``text``, longest match first, in order."""
        doc = self._nlp.make_doc(text)
        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self._matcher(doc)
        ]
        exact = filter_spans(spans)
        mentions = [
            ProcedureMention(span.label_, span.start_char, span.end_char, span.text, True)
            for span in exact
        ]
        if self._fuzzy:
            taken = {token.i for span in exact for token in span}
            mentions.extend(self._fuzzy_mentions(doc, taken))
        return sorted(mentions, key=lambda mention: mention.start)

    def _fuzzy_mentions(self, doc: Doc, taken: set[int]) -> list[ProcedureMention]:
        mentions = []
        for size in range(_MAX_NGRAM, 0, -1):
            for start in range(len(doc) - size + 1):
                window = doc[start : start + size]
                if any(token.i in taken or token.is_punct for token in window):
                    continue
                words = [token.lower_ for token in window]
                for term, procedure_id in self._fuzzy_terms.get((size, tuple(word[0] for word in words)), ()):
                    if _close_enough(words, term):
                        taken.update(token.i for token in window)
                        mentions.append(
                            ProcedureMention(
                                procedure_id, window.start_char, window.end_char, window.text, False
                            )
                        )
                        break
        return mentions
