"""YAML for the files a clinic edits by hand (red-flag and medical-advice rules, the knowledge
base, the clinic settings): like ``yaml.safe_load``, except that a key given twice in one
mapping is an error. Plain YAML keeps only the last one, silently dropping the first list of
phrases or facts."""
from __future__ import annotations

from typing import Any

import yaml


class UniqueKeyLoader(yaml.SafeLoader):
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
