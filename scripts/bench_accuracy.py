"""Answer accuracy over REST, scored with the rules of ``scripts/evaluate.py``.

Each held-out turn is sent to the REST channel; the tracker API then gives the
turn's actions and the ``reply`` slot, exactly what ``evaluate.play`` reads
in-process. Ours is scored with ``evaluate.answer_is_right``; the baseline
with the same facet rule (the reply holds every expected fact) and its own
response for each category (``BASELINE_CATEGORY_RESPONSES``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench_load import Reply, RestClient, new_sender
from evaluate import Turn, answer_is_right

from bench.baseline import RULE_RESPONSES
from bot.constants import (
    INTENT_BOT_CHALLENGE,
    INTENT_GOODBYE,
    INTENT_GREET,
    INTENT_MEDICAL_ADVICE,
    INTENT_OUT_OF_SCOPE,
    INTENT_REQUEST_HUMAN,
    INTENT_THANK,
    SLOT_REPLY,
)

# Held-out category -> what the baseline answers it with. "clarify_procedure"
# and "no_answer" have none: a stock FAQ bot cannot ask which procedure is
# meant, nor know that a fact is missing, so those turns count as wrong.
BASELINE_CATEGORY_RESPONSES: dict[str, str] = {
    "greet": RULE_RESPONSES[INTENT_GREET],
    "goodbye": RULE_RESPONSES[INTENT_GOODBYE],
    "thanks": RULE_RESPONSES[INTENT_THANK],
    "bot_challenge": RULE_RESPONSES[INTENT_BOT_CHALLENGE],
    "out_of_scope": RULE_RESPONSES[INTENT_OUT_OF_SCOPE],
    "handoff": RULE_RESPONSES[INTENT_REQUEST_HUMAN],
    "medical_advice": RULE_RESPONSES[INTENT_MEDICAL_ADVICE],
}
CATEGORIES_WITHOUT_BASELINE_COUNTERPART = ("clarify_procedure", "no_answer")


@dataclass(frozen=True)
class Accuracy:
    """Answer accuracy over all turns and over the turns both bots can answer in principle."""

    right: int
    turns: int
    comparable_right: int
    comparable_turns: int
    latencies_ms: tuple[float, ...]
    errors: int

    @property
    def value(self) -> float:
        return self.right / self.turns if self.turns else 0.0

    @property
    def comparable(self) -> float:
        return self.comparable_right / self.comparable_turns if self.comparable_turns else 0.0


def is_comparable(turn: Turn) -> bool:
    """True unless the turn expects something only ours can do (ask which procedure, say a fact is missing)."""
    return turn.expect.get("category") not in CATEGORIES_WITHOUT_BASELINE_COUNTERPART


def baseline_answer_is_right(turn: Turn, kb) -> bool:
    """evaluate.py's rule, with categories mapped to the baseline's responses."""
    category = turn.expect.get("category")
    if category is None:
        return answer_is_right(turn, kb)
    response = BASELINE_CATEGORY_RESPONSES.get(category)
    return response is not None and response in turn.actions


def fill_turn(turn: Turn, reply: Reply, tracker: dict, events_before: int) -> int:
    """Copy what the bot did this turn into ``turn``; returns the tracker's event count."""
    events = tracker.get("events") or []
    parse = (tracker.get("latest_message") or {})
    turn.intent = (parse.get("intent") or {}).get("name") or ""
    turn.procedures = {e.get("value") for e in parse.get("entities") or [] if e.get("entity") == "procedure"}
    turn.bot_text = reply.text if reply.ok else f"[{reply.error}]"
    turn.actions = [e["name"] for e in events[events_before:] if e.get("event") == "action" and e.get("name")]
    turn.reply = (tracker.get("slots") or {}).get(SLOT_REPLY)
    return len(events)


async def play(client: RestClient, conversations: Sequence[Sequence[Turn]]) -> list[Reply]:
    """Send every turn of every conversation (fresh sender each), filling in the turns."""
    replies = []
    client.restart_clock()
    for turns in conversations:
        sender, seen = new_sender(), 0
        for turn in turns:
            reply = await client.send(sender, turn.text)
            replies.append(reply)
            seen = fill_turn(turn, reply, await client.tracker(sender), seen)
    return replies


def score(conversations: Sequence[Sequence[Turn]], replies: Sequence[Reply], kb, baseline: bool) -> Accuracy:
    """Mark each turn right or wrong and count."""
    rule = baseline_answer_is_right if baseline else answer_is_right
    turns = [turn for conversation in conversations for turn in conversation]
    for turn in turns:
        turn.answer_ok = rule(turn, kb)
    comparable = [t for t in turns if is_comparable(t)]
    return Accuracy(
        right=sum(t.answer_ok for t in turns),
        turns=len(turns),
        comparable_right=sum(t.answer_ok for t in comparable),
        comparable_turns=len(comparable),
        latencies_ms=tuple(r.latency_s * 1000 for r in replies if r.ok),
        errors=sum(not r.ok for r in replies),
    )
