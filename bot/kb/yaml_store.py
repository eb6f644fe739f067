"""Knowledge base loaded from ``knowledge/procedures/*.yml``."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot import yaml_strict
from bot.constants import KNOWLEDGE_DIR
from bot.kb.base import Fact, KnowledgeBase, Procedure


def _read_yaml(path: Path) -> Any:
    try:
        return yaml_strict.load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML: {exc}") from None


class KnowledgeBaseError(ValueError):
    """A knowledge file is malformed."""


def _parse_procedure(path: Path, data: dict[str, Any]) -> Procedure:
    try:
        facets: dict[str, tuple[Fact, ...]] = {}
        conflicting: set[str] = set()
        for facet, body in (data.get("facets") or {}).items():
            facets[facet] = tuple(
                Fact(text=" ".join(str(f["text"]).split()), source=str(f["source"]))
                for f in body["facts"]
            )
            if body.get("sources_differ"):
                conflicting.add(facet)
        return Procedure(
            id=str(data["id"]),
            kind=str(data.get("kind", "procedure")),
            name=str(data["name"]),
            short_name=str(data.get("short_name") or data["name"]),
            synonyms=tuple(str(s).lower().strip() for s in data.get("synonyms") or ()),
            facets=facets,
            conflicting_facets=frozenset(conflicting),
        )
    except (KeyError, TypeError) as exc:
        raise KnowledgeBaseError(f"{path.name}: missing or malformed field {exc}") from exc


class YamlKnowledgeBase(KnowledgeBase):
    """All procedures held in memory, read once from a folder of YAML files."""

    def __init__(self, procedures: Iterable[Procedure], source_titles: dict[str, str]):
        self._procedures = {p.id: p for p in procedures}
        self._titles = dict(source_titles)

    @classmethod
    def from_directory(cls, directory: Path = KNOWLEDGE_DIR) -> YamlKnowledgeBase:
        """Load ``directory/procedures/*.yml`` and ``directory/sources.yml``."""
        procedures = []
        for path in sorted((directory / "procedures").glob("*.yml")):
            procedures.append(_parse_procedure(path, _read_yaml(path)))
        if not procedures:
            raise KnowledgeBaseError(f"no procedure files in {directory / 'procedures'}")
        titles: dict[str, str] = {}
        sources_file = directory / "sources.yml"
        if sources_file.exists():
            raw = _read_yaml(sources_file) or {}
            titles = {name: str(info.get("title", name)) for name, info in raw.get("sources", {}).items()}
        return cls(procedures, titles)

    def procedures(self) -> Iterable[Procedure]:
        return self._procedures.values()

    def get(self, procedure_id: str) -> Procedure | None:
        return self._procedures.get(procedure_id)

    def source_title(self, source: str) -> str:
        return self._titles.get(source, source)


@lru_cache(maxsize=4)
def load_knowledge_base(directory: Path = KNOWLEDGE_DIR) -> YamlKnowledgeBase:
    """The knowledge base in ``directory``, loaded once per process."""
    return YamlKnowledgeBase.from_directory(directory)
