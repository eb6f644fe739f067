"""YAML for the files a clinic edits by hand (red-flag and medical-advice rules, the knowledge
base, the clinic settings): like ``yaml.safe_load``, except that a key given twice in one
mapping is an error. Plain YAML keeps only the last one, silently dropping the first list of
phrases or facts.

Both loaders here parse with libyaml (PyYAML's C extension, ``yaml.CSafeLoader``) when PyYAML
was built with it, as the pinned wheel is: the same documents as ``yaml.SafeLoader`` (only the
scanner and parser are in C; the constructor and resolver are the same Python classes), about
ten times faster, which the 370-odd red-flag sets that training, ``make eval`` and the tests
read make worth having. Without libyaml they fall back to the pure-Python ``SafeLoader``."""
from __future__ import annotations

from typing import Any

import yaml

# yaml.safe_load's loader, through libyaml when PyYAML has it.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeyLoader(SafeLoader):
    """A SafeLoader that rejects a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is given twice in one section", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load(text: str) -> Any:
    """``text`` parsed as YAML; raises ``yaml.YAMLError`` (also for a repeated key)."""
    return yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 (a SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)`` (a key given twice keeps the last), through libyaml when available:
    for the generated and data files (red-flag sets, configs), not the hand-edited rules."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 (a SafeLoader)
