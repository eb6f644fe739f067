"""Deterministic check for questions the assistant must not answer: medication, dosing, diagnosis.

The rules live in ``knowledge/medical_advice.yml`` (see its header). A message
asks for medical advice when one of its sentences

* names a medicine the patient takes together with a dose word ("what dose of
  prednisone is safe") or with the patient doing something with it ("should i
  stop my blood thinner", "can i take advil after"), or
* asks for a diagnosis ("do i have a herniated disc", "what does my mri mean"), or
* asks which treatment to choose ("which is better for me", "would you recommend"),

or when the message states the patient's own condition ("i'm pregnant", "safe for
someone with sleep apnea") and asks whether the procedure is safe or allowed.

Plain ``re`` over one short string: no model, microseconds per message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot import yaml_strict
from bot.constants import KNOWLEDGE_DIR

MEDICAL_ADVICE_RULES_FILE = KNOWLEDGE_DIR / "medical_advice.yml"
_RULE_KEYS = (
    "medicines", "dose_words", "medicine_actions", "conditions", "diagnosis", "treatment_choice",
    "own_condition", "own_condition_question",
)
_SENTENCE_END = re.compile(r"[.!?;\n]+")
_VOCABULARY = re.compile(r"\{(\w+)\}")


class AdviceRulesError(ValueError):
    """The rules file is missing, malformed, or has a pattern that is not a valid expression."""


@dataclass(frozen=True)
class AdviceRequest:
    """Why a message counts as a request for medical advice.

    Attributes:
        kind: ``medication``, ``diagnosis``, ``treatment_choice`` or ``own_condition``.
        evidence: the words that matched, for logs and tests (no personal details:
            a medicine name, "do i have", ...).
    """

    kind: str
    evidence: str


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped ("i'm" -> "im"), whitespace squeezed within lines."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


class MedicalAdviceDetector:
    """Finds requests for medication, dosing or diagnosis advice (see the module docstring)."""

    def __init__(self, rules: dict[str, Any]):
        missing = [key for key in _RULE_KEYS if not rules.get(key)]
        if missing:
            raise AdviceRulesError(f"medical advice rules lack {', '.join(missing)}")
        vocabulary = {"conditions": _alternatives(rules["conditions"], "conditions")}
        self._patterns = {
            key: _alternatives(rules[key], key, vocabulary) for key in _RULE_KEYS if key != "conditions"
        }

    @classmethod
    def from_file(cls, path: Path = MEDICAL_ADVICE_RULES_FILE) -> MedicalAdviceDetector:
        try:
            rules = yaml_strict.load(Path(path).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise AdviceRulesError(f"cannot read medical advice rules {path}: {exc}") from exc
        if not isinstance(rules, dict):
            raise AdviceRulesError(f"{path}: expected a mapping of rule lists")
        try:
            return cls(rules)
        except AdviceRulesError as exc:
            raise AdviceRulesError(f"{path}: {exc}") from None

    def detect(self, text: str) -> AdviceRequest | None:
        """The first reason ``text`` asks for medical advice, or None."""
        if not isinstance(text, str) or not text.strip() or text.startswith("/"):
            return None
        message = normalise(text)
        for sentence in _SENTENCE_END.split(message):
            medicine = self._patterns["medicines"].search(sentence)
            if medicine and (
                self._patterns["dose_words"].search(sentence) or self._patterns["medicine_actions"].search(sentence)
            ):
                return AdviceRequest("medication", medicine.group(0))
            for kind in ("diagnosis", "treatment_choice"):
                found = self._patterns[kind].search(sentence)
                if found:
                    return AdviceRequest(kind, found.group(0))
        condition = self._patterns["own_condition"].search(message)
        if condition and self._patterns["own_condition_question"].search(message):
            return AdviceRequest("own_condition", condition.group(0))
        return None


def _alternatives(entries: Any, key: str, vocabulary: dict[str, re.Pattern[str]] | None = None) -> re.Pattern[str]:
    if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
        raise AdviceRulesError(f"{key}: expected a list of non-empty patterns")
    vocabulary = vocabulary or {}

    def expand(entry: str) -> str:
        def substitute(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in vocabulary:
                raise AdviceRulesError(f"{key}: {entry!r} uses an unknown list {{{name}}}")
            return f"(?:{vocabulary[name].pattern})"

        return _VOCABULARY.sub(substitute, entry.strip())

    pattern = "|".join(f"(?:{expand(entry)})" for entry in entries)
    try:
        return re.compile(rf"\b(?:{pattern})\b")
    except re.error as exc:
        raise AdviceRulesError(f"{key}: not a valid pattern: {exc}") from None


@lru_cache(maxsize=4)
def default_detector(path: Path = MEDICAL_ADVICE_RULES_FILE) -> MedicalAdviceDetector:
    """The detector for the rules file at ``path``, built once per process."""
    return MedicalAdviceDetector.from_file(path)
