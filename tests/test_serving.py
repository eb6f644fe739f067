"""How `make run` serves the assistant: Rasa speed-ups, the SQLite tracker store, the encoder."""
from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys

import aiohttp
import jsonschema
import numpy as np
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import rasa_speedups
from bot.constants import PROJECT_ROOT
from bot.tracker_store import SQLiteTrackerStore

# --- the action-reply validator --------------------------------------------------------------

SCHEMA = RemoteAction.action_response_format_spec()

REPLIES = [
    {"events": [], "responses": []},
    {},
    {"events": [{"event": "slot", "name": "reply", "value": "kb_answer", "timestamp": None}],
     "responses": [{"response": "utter_answer"}]},
    {"events": [{"event": "slot", "name": "reply", "value": None}, {"event": "action", "name": "action_listen"},
                {"event": "bot", "text": "hi", "data": {}}, {"event": "active_loop", "name": None},
                {"event": "session_started"}, {"event": "followup", "name": "utter_x"}]},
    {"events": [{"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet", "confidence": 1.0},
                                                                  "entities": [{"entity": "procedure", "value": "rfa"}]}}]},
    # invalid, each in its own way
    {"events": "not a list"},
    {"events": [{"event": "no-such-event"}]},
    {"events": [{"name": "reply", "value": 1}]},
    {"events": [{"event": "slot", "value": 1}]},
    {"events": [{"event": "slot", "name": 3, "value": 1}]},
    {"events": [{"event": "slot", "name": "x", "value": 1, "timestamp": "yesterday"}]},
    {"events": [{"event": "user", "parse_data": {"entities": [{"value": "rfa"}]}}]},
    {"events": [{"event": "action", "name": 5}]},
    {"events": ["slot"]},
    {"events": [{"event": 7}]},
    {"responses": "utter_answer"},
    {"responses": ["utter_answer"]},
    [],
    "events",
]


@pytest.mark.parametrize("reply", REPLIES, ids=[str(i) for i in range(len(REPLIES))])
def test_the_prebuilt_validator_agrees_with_jsonschema_validate(reply):
    try:
        jsonschema.validate(reply, SCHEMA)
        expected = True
    except ValidationError:
        expected = False
    assert rasa_speedups.ActionReplyValidator(SCHEMA).is_valid(reply) is expected


def test_a_schema_without_event_constants_is_validated_whole():
    schema = {"type": "object", "properties": {"events": {"type": "array", "items": {"oneOf": [{"type": "object"}]}}}}
    validator = rasa_speedups.ActionReplyValidator(schema)
    assert validator.is_valid({"events": [{}]}) and not validator.is_valid({"events": [1]})


async def test_endpoint_sessions_are_shared_and_stay_open():
    made = []

    def make(endpoint):
        made.append(aiohttp.ClientSession())
        return made[-1]

    sessions = rasa_speedups.SharedSessions(make)
    actions = EndpointConfig("http://127.0.0.1:5055/webhook")
    first = sessions.session_for(actions)
    async with rasa_speedups._KeepOpen(first) as session:
        assert session is first
    assert not first.closed
    assert sessions.session_for(EndpointConfig("http://127.0.0.1:5055/other")) is first
    other = sessions.session_for(EndpointConfig("http://127.0.0.1:5055/webhook", headers={"X-Token": "t"}))
    assert other is not first and len(made) == 2
    await first.close()
    assert sessions.session_for(actions) is not first  # a closed one is replaced
    sessions.close_all()
    assert all(s.closed for s in made)


INSTALL_CHECK = """
import asyncio
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.utils.endpoints import EndpointConfig
from bot import rasa_speedups
rasa_speedups.install()
validate = RemoteAction._validate_action_result
rasa_speedups.install()
assert RemoteAction._validate_action_result is validate, "install twice"
action = RemoteAction("action_answer_question", None)
assert action._validate_action_result({"events": [], "responses": []}) is True
try:
    action._validate_action_result({"events": [{"event": "nope"}]})
except ValidationError as error:
    assert "Failed to validate Action server response" in error.message
else:
    raise AssertionError("an invalid reply passed")
assert MessageProcessor.parse_message.rasa_original is not None
assert MessageProcessor.parse_message.executor._max_workers == rasa_speedups.DEFAULT_NLU_THREADS == 2
import rasa.core.processor
assert isinstance(rasa.core.processor.copy, rasa_speedups.DebugLogCopies)
from rasa.shared.core.events import Event, SlotSet, deserialise_events
assert [type(e) for e in deserialise_events([{"event": "slot", "name": "a", "value": 1}])] == [SlotSet]

async def sessions():
    endpoint = EndpointConfig("http://127.0.0.1:1/webhook")
    async with endpoint.session() as one:
        pass
    async with endpoint.session() as two:
        pass
    assert one is two and not one.closed
asyncio.run(sessions())
print("ok")
"""


def test_install_patches_rasa_in_a_fresh_interpreter():
    result = subprocess.run(
        [sys.executable, "-c", INSTALL_CHECK], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("ok")
    assert "Unclosed" not in result.stderr


@pytest.mark.parametrize(("value", "threads"), [(None, 2), ("1", 1), ("3", 3), ("0", 1), ("two", 2)])
def test_nlu_threads_come_from_the_environment(monkeypatch, value, threads):
    if value is None:
        monkeypatch.delenv("ASSISTANT_NLU_THREADS", raising=False)
    else:
        monkeypatch.setenv("ASSISTANT_NLU_THREADS", value)
    assert rasa_speedups.nlu_threads() == threads


def test_debug_log_copies_are_real_only_when_debug_is_on(caplog):
    copies = rasa_speedups.DebugLogCopies("tests.debug_log_copies")
    events = [{"event": "slot", "name": "procedure", "value": ["rfa"]}]
    caplog.set_level(logging.INFO, logger="tests.debug_log_copies")
    assert copies.deepcopy(events) is events
    caplog.set_level(logging.DEBUG, logger="tests.debug_log_copies")
    copied = copies.deepcopy(events)
    assert copied == events and copied is not events and copied[0]["value"] is not events[0]["value"]
    assert copies.copy([1]) == [1]  # the rest of the copy module passes through


def test_event_classes_are_rasas_answers_remembered():
    from rasa.shared.core.events import Event, SlotSet, UserUttered

    classes = rasa_speedups.EventClasses(Event.resolve_by_type)
    for _ in range(2):
        assert classes.resolve_by_type("slot") is SlotSet
        assert classes.resolve_by_type("user") is UserUttered
    assert classes.resolve_by_type("no-such-event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        classes.resolve_by_type("no-such-event")
    assert classes.resolve_by_type("topic") is None


def test_bot_serve_is_rasas_command_line():
    result = subprocess.run(
        [sys.executable, "-m", "bot.serve", "--version"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Rasa Version      :         3.6.21" in result.stdout


# --- the SQLite tracker store ------------------------------------------------------------------

DOMAIN = Domain.from_yaml("version: '3.1'\nslots:\n  procedure:\n    type: text\n    mappings: [{type: custom}]\n")


def conversation(sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("how long does rfa relief last?", {"name": "ask_relief_duration", "confidence": 1.0}))
    tracker.update(SlotSet("procedure", "rfa"))
    return tracker


async def test_conversations_survive_a_restart(tmp_path):
    db = tmp_path / "nested" / "tracker.db"
    store = SQLiteTrackerStore(domain=DOMAIN, db=str(db))
    await store.save(conversation("patient-1"))
    store.engine.dispose()

    reopened = SQLiteTrackerStore(domain=DOMAIN, db=str(db))
    tracker = await reopened.retrieve("patient-1")
    assert tracker is not None
    assert tracker.get_slot("procedure") == "rfa"
    assert tracker.latest_message.text == "how long does rfa relief last?"
    assert await reopened.retrieve("someone-else") is None


async def test_the_file_uses_the_write_ahead_log(tmp_path):
    db = tmp_path / "tracker.db"
    store = SQLiteTrackerStore(domain=DOMAIN, db=str(db))
    await store.save(conversation("patient-2"))
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


async def test_appended_turns_are_stored_once(tmp_path):
    store = SQLiteTrackerStore(domain=DOMAIN, db=str(tmp_path / "tracker.db"))
    tracker = conversation("patient-3")
    await store.save(tracker)
    tracker.update(UserUttered("and the risks?", {"name": "ask_risks", "confidence": 1.0}))
    await store.save(tracker)
    stored = await store.retrieve("patient-3")
    assert [e.text for e in stored.events if isinstance(e, UserUttered)] == [
        "how long does rfa relief last?", "and the risks?",
    ]


async def test_rasas_own_store_reads_what_this_one_wrote_and_back(tmp_path):
    db = str(tmp_path / "tracker.db")
    ours = SQLiteTrackerStore(domain=DOMAIN, db=db)
    tracker = conversation("patient-4")
    await ours.save(tracker)
    rasas = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=db)
    read = await rasas.retrieve("patient-4")
    assert [e.as_dict() for e in read.events] == [e.as_dict() for e in tracker.events]
    read.update(SlotSet("procedure", "esi"))
    await rasas.save(read)
    again = await ours.retrieve("patient-4")
    assert again.get_slot("procedure") == "esi"
    assert len(again.events) == len(tracker.events) + 1


async def test_only_the_latest_session_is_retrieved_but_all_are_kept(tmp_path):
    store = SQLiteTrackerStore(domain=DOMAIN, db=str(tmp_path / "tracker.db"))
    tracker = conversation("patient-5")
    tracker.update(SessionStarted(timestamp=tracker.events[-1].timestamp + 10))
    tracker.update(ActionExecuted("action_listen", timestamp=tracker.events[-1].timestamp + 11))
    tracker.update(UserUttered("hi", {"name": "greet", "confidence": 1.0}, timestamp=tracker.events[-1].timestamp + 12))
    await store.save(tracker)
    latest = await store.retrieve("patient-5")
    assert [e.text for e in latest.events if isinstance(e, UserUttered)] == ["hi"]
    full = await store.retrieve_full_tracker("patient-5")
    assert [e.text for e in full.events if isinstance(e, UserUttered)] == ["how long does rfa relief last?", "hi"]


def test_endpoints_yml_names_this_store():
    text = (PROJECT_ROOT / "endpoints.yml").read_text()
    assert "type: bot.tracker_store.SQLiteTrackerStore" in text


# --- the encoder ---------------------------------------------------------------------------------

TEXTS = [
    "how long does rfa relief last?",
    "my back has been sore since the epidural yesterday, is that normal or should i worry",
    "x",
    "pain " * 400,
    "¿Cuánto dura el alivio?",
]


def test_vectors_match_sentence_transformers_encode(encoder):
    expected = encoder._model.encode(TEXTS, normalize_embeddings=True, show_progress_bar=False)
    batched = encoder.encode(TEXTS, batch_size=2)
    assert batched.shape == (len(TEXTS), 384)
    np.testing.assert_allclose(batched, expected, atol=1e-5)
    for text, row in zip(TEXTS, expected, strict=True):
        np.testing.assert_allclose(encoder.encode([text])[0], row, atol=1e-5)


def test_threads_encoding_at_once_get_the_vectors_of_one_at_a_time(encoder):
    # Rasa's NLU threads share one encoder and run the model at the same time.
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"{text} ({i})" for i in range(12) for text in TEXTS]  # not in the encoder's cache
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda text: encoder.encode([text])[0], texts))
    expected = encoder._model.encode(texts, normalize_embeddings=True, show_progress_bar=False)
    np.testing.assert_allclose(np.stack(together), expected, atol=1e-5)


def test_no_texts_give_an_empty_matrix(encoder):
    assert encoder.encode([]).shape == (0, 384)


def test_the_encoder_runs_traced(encoder):
    assert encoder.traced


def test_a_trace_that_differs_is_not_used(monkeypatch):
    from bot import embeddings

    monkeypatch.setattr(embeddings, "_TRACE_TOLERANCE", -1.0)  # any difference at all is too much
    eager = embeddings.SentenceEncoder(embeddings.packaged_model_path())
    assert not eager.traced
    monkeypatch.setattr(embeddings, "_TRACE_TOLERANCE", 1e-5)
    monkeypatch.setenv("ASSISTANT_ENCODER_TRACE", "0")
    assert not embeddings.SentenceEncoder(embeddings.packaged_model_path()).traced
    expected = eager._model.encode(TEXTS, normalize_embeddings=True, show_progress_bar=False)
    np.testing.assert_allclose(eager.encode(TEXTS), expected, atol=1e-5)
