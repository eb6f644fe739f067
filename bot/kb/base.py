"""What every knowledge-base implementation offers the actions and NLU."""
from __future__ import annotations

import abc
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fact:
    """One statement from a clinic page, in plain words, with its seed file."""

    text: str
    source: str


@dataclass(frozen=True)
class Procedure:
    """A procedure or general topic and what the clinic pages say about it."""

    id: str
    kind: str
    name: str
    short_name: str
    synonyms: tuple[str, ...]
    facets: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    conflicting_facets: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Answer:
    """Facts chosen to answer one question, and how they were found."""

    procedure: Procedure
    facet: str | None
    facts: tuple[Fact, ...]
    sources_differ: bool = False
    score: float = 1.0  # 1.0 for a structured lookup, cosine similarity otherwise

    @property
    def sources(self) -> tuple[str, ...]:
        """Seed file names in the order the facts cite them, without repeats."""
        return tuple(dict.fromkeys(fact.source for fact in self.facts))


class KnowledgeBase(abc.ABC):
    """Read-only access to procedure knowledge.

    Actions receive an instance when they are built, so tests can pass a
    small in-memory one and production loads the YAML files once.
    """

    @abc.abstractmethod
    def procedures(self) -> Iterable[Procedure]:
        """Every procedure and topic."""

    @abc.abstractmethod
    def get(self, procedure_id: str) -> Procedure | None:
        """The procedure with this id, or None."""

    @abc.abstractmethod
    def source_title(self, source: str) -> str:
        """A human-readable title for a seed file name."""

    def lookup(self, procedure_id: str, facet: str) -> Answer | None:
        """Structured lookup of one facet of one procedure."""
        procedure = self.get(procedure_id)
        if procedure is None or facet not in procedure.facets:
            return None
        return Answer(
            procedure=procedure,
            facet=facet,
            facts=procedure.facets[facet],
            sources_differ=facet in procedure.conflicting_facets,
        )

    def passages(self) -> list[tuple[Procedure, str, Fact]]:
        """Every fact with its procedure and facet, for semantic search."""
        return [
            (procedure, facet, fact)
            for procedure in self.procedures()
            for facet, facts in procedure.facets.items()
            for fact in facts
        ]
