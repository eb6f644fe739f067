"""Shared fixtures: offline trackers, the real knowledge base, the packaged encoder, the red-flag rules."""
from __future__ import annotations

import os
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from bot.kb import load_knowledge_base  # noqa: E402


def make_tracker(
    text: str = "",
    intent: str | None = None,
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    sender_id: str = "test-patient",
) -> Tracker:
    """A tracker whose latest message is ``text`` classified as ``intent``."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99} if intent else {},
        "entities": entities or [],
    }
    return Tracker.from_dict(
        {
            "sender_id": sender_id,
            "slots": slots or {},
            "latest_message": latest,
            "events": [{"event": "user", "text": text, "parse_data": latest}],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )


def procedure_entity(procedure_id: str) -> dict[str, Any]:
    return {"entity": "procedure", "value": procedure_id, "start": 0, "end": 1}


@pytest.fixture(scope="session")
def knowledge_base():
    return load_knowledge_base()


@pytest.fixture(scope="session")
def red_flag_detector():
    """The clinic's red-flag rules (knowledge/red_flags.yml), compiled once per session (a few seconds each
    time); every test only reads them."""
    from bot.nlu.red_flags import RedFlagDetector

    return RedFlagDetector.from_file()


@pytest.fixture(scope="session")
def encoder():
    from bot.embeddings import get_encoder

    return get_encoder()


@pytest.fixture(scope="session")
def semantic_index(knowledge_base, encoder):
    from bot.kb.semantic import SemanticIndex

    return SemanticIndex(knowledge_base, encoder)


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture
def ticket_store(tmp_path, monkeypatch):
    """The actions' ticket store, in a temp dir, notifying a local outbox only."""
    from actions import services
    from bot.escalation import NotificationDispatcher, OutboxNotifier, SqlTicketStore

    store = SqlTicketStore(f"sqlite:///{tmp_path / 'tickets.db'}")
    dispatcher = NotificationDispatcher(store, [OutboxNotifier(tmp_path / "outbox.jsonl")], sleep=lambda s: None)
    monkeypatch.setattr(services, "ticket_dispatcher", lambda: dispatcher)
    yield store
    dispatcher.close()
    store.close()
