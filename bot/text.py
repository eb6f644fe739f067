"""Small text helpers shared by NLU components and actions (no Rasa imports)."""
from __future__ import annotations

import re
from collections.abc import Iterable


def has_words(text: str) -> bool:
    """True when ``text`` holds at least one letter or digit."""
    return any(char.isalnum() for char in text)


# "and for the rfa?", "what about kyphoplasty", "same question for my epidural":
# a procedure name whose only other words link it back to the question before.
# At least one cue word must be there, so "what is rfa" or a bare "rfa" are not
# follow-ups.
FOLLOW_UP_CUES = frozenset(
    {"about", "abt", "bout", "and", "n", "for", "same", "also", "too", "vs", "versus", "compared", "instead"}
)
FOLLOW_UP_FILLERS = frozenset(
    {
        "what", "whats", "wat", "wht", "how", "hw", "ok", "okay", "k", "so", "then", "now", "well", "but",
        "the", "a", "an", "my", "your", "one", "it", "is", "its", "question", "with", "to", "re",
        "regarding", "procedure", "if", "i", "im", "getting", "having", "get", "thing", "that",
    }
)
_WORD = re.compile(r"[a-z0-9]+")


def is_follow_up_naming(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``text`` is procedure names (the character ``spans``) plus only linking words.

    Such a message asks the previous question again about another procedure.
    """
    spans = list(spans)
    if not spans:
        return False
    remainder = list(text.lower())
    for start, end in spans:
        remainder[start:end] = " " * (end - start)
    words = _WORD.findall("".join(remainder).replace("'", "").replace("\u2019", ""))
    return (
        any(word in FOLLOW_UP_CUES for word in words)
        and all(word in FOLLOW_UP_CUES or word in FOLLOW_UP_FILLERS for word in words)
    )
