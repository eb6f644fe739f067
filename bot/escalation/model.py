"""The ticket record and how it is built from a conversation."""
from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from bot.escalation.constants import (
    NOTIFICATION_PENDING,
    SPEAKER_BOT,
    SPEAKER_PATIENT,
    STATUS_OPEN,
    TRANSCRIPT_TEXT_MAX_CHARS,
    TRANSCRIPT_TURNS,
    URGENCIES,
)


@dataclass(frozen=True)
class Ticket:
    """One request for a person to call a patient back.

    ``transcript`` is a list of ``{"from": "patient"|"bot", "text": ..., "at": ISO time}``;
    ``notified_via`` names the notifiers that already delivered this ticket, so a
    retry only repeats the ones that failed. All times are UTC.
    """

    id: str
    created_at: datetime
    updated_at: datetime
    channel: str
    sender_id: str
    urgency: str
    reason: str
    contact: str | None = None
    question: str | None = None
    consent: bool = False
    transcript: list[dict[str, Any]] = field(default_factory=list)
    status: str = STATUS_OPEN
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    notification_status: str = NOTIFICATION_PENDING
    notification_attempts: int = 0
    last_notification_error: str | None = None
    notified_via: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (times as ISO 8601 strings)."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        data["notified_via"] = list(self.notified_via)
        return data


def new_ticket(
    *,
    channel: str,
    sender_id: str,
    urgency: str,
    reason: str,
    contact: str | None = None,
    question: str | None = None,
    consent: bool = False,
    transcript: Iterable[Mapping[str, Any]] | None = None,
    now: datetime | None = None,
) -> Ticket:
    """A validated, not yet stored ticket with a fresh id.

    Raises:
        ValueError: a required field is empty or ``urgency`` is not urgent/routine.
    """
    for name, value in (("channel", channel), ("sender_id", sender_id), ("reason", reason)):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"ticket {name} must be a non-empty string, got {value!r}")
    if urgency not in URGENCIES:
        raise ValueError(f"ticket urgency must be one of {URGENCIES}, got {urgency!r}")
    created = as_utc(now) if now else datetime.now(timezone.utc)
    return Ticket(
        id=str(uuid.uuid4()),
        created_at=created,
        updated_at=created,
        channel=channel.strip(),
        sender_id=sender_id,
        urgency=urgency,
        reason=reason.strip(),
        contact=(contact or "").strip() or None,
        question=question if question and question.strip() else None,
        consent=bool(consent),
        transcript=[_transcript_turn(turn) for turn in (transcript or [])],
    )


def transcript_from_events(events: Iterable[Mapping[str, Any]], limit: int = TRANSCRIPT_TURNS) -> list[dict[str, Any]]:
    """The last ``limit`` patient and bot messages of rasa-sdk tracker ``events``.

    Events without text (bot messages with only buttons, action events, slots)
    are skipped; ``at`` is the event's timestamp as ISO 8601 UTC, or None.
    """
    speakers = {"user": SPEAKER_PATIENT, "bot": SPEAKER_BOT}
    turns = []
    for evt in events:
        speaker = speakers.get(evt.get("event"))
        text = evt.get("text")
        if speaker and isinstance(text, str) and text.strip():
            turns.append(_transcript_turn({"from": speaker, "text": text, "at": _iso_timestamp(evt.get("timestamp"))}))
    return turns[-limit:] if limit > 0 else []


def as_utc(value: datetime) -> datetime:
    """Aware UTC; naive values (SQLite hands them back) are taken to be UTC already."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _iso_timestamp(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _transcript_turn(turn: Mapping[str, Any]) -> dict[str, Any]:
    speaker = turn.get("from")
    if speaker not in (SPEAKER_PATIENT, SPEAKER_BOT):
        raise ValueError(f"transcript turn 'from' must be {SPEAKER_PATIENT!r} or {SPEAKER_BOT!r}, got {speaker!r}")
    text = str(turn.get("text") or "")
    if len(text) > TRANSCRIPT_TEXT_MAX_CHARS:
        text = text[:TRANSCRIPT_TEXT_MAX_CHARS] + "…"
    at = turn.get("at")
    return {"from": speaker, "text": text, "at": str(at) if at is not None else None}
