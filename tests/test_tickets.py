"""The SQL ticket store on a temporary SQLite file: round trips, restarts, concurrency, claims."""
from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone

import pytest

from bot.constants import PROJECT_ROOT
from bot.escalation.tickets import (
    SqlTicketStore,
    TicketStoreError,
    default_tickets_url,
    new_ticket,
    transcript_from_events,
)

TRANSCRIPT = [
    {"from": "patient", "text": "I have crushing chest pain since my injection", "at": "2024-06-03T15:00:00+00:00"},
    {"from": "bot", "text": "Please call 911 now.", "at": "2024-06-03T15:00:01+00:00"},
]


def ticket_fields(**overrides):
    fields = dict(
        channel="rest",
        sender_id="patient-42",
        urgency="urgent",
        reason="red_flag:chest_pain",
        contact="+15550001234",
        question="I have crushing chest pain since my injection",
        consent=True,
        transcript=TRANSCRIPT,
    )
    fields.update(overrides)
    return fields


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'nested' / 'tickets.db'}"


@pytest.fixture
def store(db_url):
    store = SqlTicketStore(db_url)
    yield store
    store.close()


def test_a_created_ticket_reads_back_with_every_field(store):
    created = store.create(**ticket_fields())
    loaded = store.get(created.id)
    assert loaded == created
    assert loaded.status == "open" and loaded.notification_status == "pending"
    assert loaded.notification_attempts == 0 and loaded.notified_via == ()
    assert loaded.created_at.tzinfo == timezone.utc
    assert loaded.transcript == TRANSCRIPT
    assert loaded.consent is True and loaded.contact == "+15550001234"


def test_optional_fields_default_to_none(store):
    created = store.create(**ticket_fields(contact="  ", question=None, consent=False, transcript=None))
    loaded = store.get(created.id)
    assert (loaded.contact, loaded.question, loaded.consent, loaded.transcript) == (None, None, False, [])


def test_tickets_survive_reopening_the_database(db_url):
    first = SqlTicketStore(db_url)
    ticket = first.create(**ticket_fields())
    first.resolve(ticket.id, by="Nurse Kim")
    first.close()

    reopened = SqlTicketStore(db_url)
    loaded = reopened.get(ticket.id)
    assert loaded is not None
    assert loaded.status == "resolved" and loaded.resolved_by == "Nurse Kim"
    assert loaded.question == ticket.question
    reopened.close()


def test_list_filters_by_status_newest_first_and_limits(store):
    base = datetime(2024, 6, 3, 12, 0, tzinfo=timezone.utc)
    ids = [store.add(new_ticket(**ticket_fields(sender_id=f"p{i}"), now=base + timedelta(minutes=i))).id for i in range(4)]
    store.resolve(ids[1], by="Dr Lee")
    assert [t.id for t in store.list()] == ids[::-1]
    assert [t.id for t in store.list(status="open")] == [ids[3], ids[2], ids[0]]
    assert [t.id for t in store.list(status="resolved")] == [ids[1]]
    assert len(store.list(limit=2)) == 2
    with pytest.raises(ValueError):
        store.list(status="closed")


def test_resolve_records_who_and_when_once(store):
    ticket = store.create(**ticket_fields())
    resolved = store.resolve(ticket.id, by="Nurse Kim")
    assert resolved.status == "resolved" and resolved.resolved_by == "Nurse Kim"
    assert resolved.resolved_at is not None and resolved.resolved_at >= ticket.created_at
    again = store.resolve(ticket.id, by="Someone Else")
    assert again.resolved_by == "Nurse Kim" and again.resolved_at == resolved.resolved_at
    assert store.resolve("no-such-id", by="Nurse Kim") is None
    assert store.get("no-such-id") is None


def test_record_notification_accumulates_attempts_and_clears_the_error_on_success(store):
    ticket = store.create(**ticket_fields())
    failed = store.record_notification(ticket.id, ok=False, error="webhook answered HTTP 500", attempts=3)
    assert (failed.notification_status, failed.notification_attempts) == ("failed", 3)
    assert failed.last_notification_error == "webhook answered HTTP 500"
    sent = store.record_notification(ticket.id, ok=True, attempts=1, notified_via=["outbox", "webhook"])
    assert (sent.notification_status, sent.notification_attempts) == ("sent", 4)
    assert sent.last_notification_error is None
    assert sent.notified_via == ("outbox", "webhook")


def test_pending_notifications_and_claims(store):
    now = datetime.now(timezone.utc)
    pending = store.create(**ticket_fields(sender_id="pending"))
    failed = store.create(**ticket_fields(sender_id="failed"))
    store.record_notification(failed.id, ok=False, error="down")
    sent = store.create(**ticket_fields(sender_id="sent"))
    store.record_notification(sent.id, ok=True)
    resolved = store.create(**ticket_fields(sender_id="resolved"))
    store.resolve(resolved.id, by="Dr Lee")

    later = now + timedelta(minutes=5)
    assert {t.id for t in store.pending_notifications(later)} == {pending.id, failed.id}
    assert store.pending_notifications(now - timedelta(minutes=5)) == []  # all touched too recently

    as_read = store.get(pending.id)
    assert store.claim_notification(as_read) is True
    assert store.claim_notification(as_read) is False  # a second claimant with the same read loses
    assert store.claim_notification(store.get(pending.id)) is True  # a fresh read may claim again
    assert store.claim_notification(store.get(sent.id)) is False  # nothing to send


def test_only_one_of_many_concurrent_claims_wins(db_url, store):
    ticket = store.create(**ticket_fields())
    stores = [SqlTicketStore(db_url) for _ in range(6)]
    results: list[bool] = []
    barrier = threading.Barrier(len(stores))

    def claim(own):
        barrier.wait()
        results.append(own.claim_notification(ticket))

    threads = [threading.Thread(target=claim, args=(own,)) for own in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == [False] * 5 + [True]


def test_concurrent_creates_from_threads_all_land(db_url):
    shared = SqlTicketStore(db_url)
    errors: list[BaseException] = []
    created: list[str] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        # half the threads share one store, half bring their own (like a second process)
        own = shared if n % 2 else SqlTicketStore(db_url)
        try:
            for i in range(15):
                ticket = own.create(**ticket_fields(sender_id=f"t{n}-{i}"))
                own.record_notification(ticket.id, ok=bool(i % 2), error="x")
                with lock:
                    created.append(ticket.id)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    stored = shared.list(limit=1000)
    assert len(stored) == 120 == len(set(created))
    assert {t.id for t in stored} == set(created)
    assert all(t.notification_attempts == 1 for t in stored)


WRITER = """
import sys
from bot.escalation.tickets import SqlTicketStore
store = SqlTicketStore(sys.argv[1])
for i in range(25):
    store.create(channel="rest", sender_id=f"{sys.argv[2]}-{i}", urgency="routine", reason="no_answer")
"""


def test_two_processes_write_the_same_sqlite_file_at_once(db_url, store):
    store.create(**ticket_fields())  # the table exists before the writers race
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, db_url, name], cwd=PROJECT_ROOT, stderr=subprocess.PIPE)
        for name in ("actions", "rasa")
    ]
    for _ in range(20):
        store.list(limit=5)  # reads while they write
    results = [(w.wait(timeout=120), w.stderr.read().decode()) for w in writers]
    assert [code for code, _ in results] == [0, 0], results
    assert len(store.list(limit=1000)) == 51


def test_invalid_fields_are_refused_before_anything_is_stored(store):
    with pytest.raises(ValueError, match="urgency"):
        store.create(**ticket_fields(urgency="asap"))
    with pytest.raises(ValueError, match="sender_id"):
        store.create(**ticket_fields(sender_id=""))
    with pytest.raises(ValueError, match="from"):
        store.create(**ticket_fields(transcript=[{"from": "nurse", "text": "hi"}]))
    assert store.list() == []


def test_store_errors_never_carry_patient_data(store):
    ticket = store.add(new_ticket(**ticket_fields()))
    with pytest.raises(TicketStoreError, match="UNIQUE") as error:
        store.add(ticket)  # same id again
    assert ticket.contact not in str(error.value) and "chest pain" not in str(error.value)


def test_an_unreachable_database_raises_ticket_store_error():
    store = SqlTicketStore("postgresql+psycopg2://nobody:secret@127.0.0.1:1/tickets")
    with pytest.raises(TicketStoreError) as error:
        store.get("anything")
    assert "secret" not in str(error.value)


def test_default_url_is_var_tickets_db_unless_tickets_db_url_is_set(monkeypatch):
    monkeypatch.delenv("TICKETS_DB_URL", raising=False)
    assert default_tickets_url() == f"sqlite:///{PROJECT_ROOT / 'var' / 'tickets.db'}"
    monkeypatch.setenv("TICKETS_DB_URL", "postgresql+psycopg2://u:p@db/tickets")
    assert default_tickets_url() == "postgresql+psycopg2://u:p@db/tickets"


def test_transcript_from_events_keeps_the_last_text_turns():
    events = [{"event": "action", "name": "action_listen", "timestamp": 1.0}]
    for i in range(7):
        events.append({"event": "user", "text": f"patient {i}", "timestamp": 1717426800.0 + i})
        events.append({"event": "slot", "name": "procedure", "value": "rfa"})
        events.append({"event": "bot", "text": f"bot {i}", "timestamp": 1717426800.5 + i})
    events.append({"event": "bot", "text": None, "data": {"buttons": []}})  # buttons only
    transcript = transcript_from_events(events, limit=10)
    assert len(transcript) == 10
    assert transcript[0] == {"from": "patient", "text": "patient 2", "at": "2024-06-03T15:00:02+00:00"}
    assert transcript[-1]["from"] == "bot" and transcript[-1]["text"] == "bot 6"
    assert [t["from"] for t in transcript[:2]] == ["patient", "bot"]


def test_very_long_messages_are_cut_in_the_transcript():
    transcript = transcript_from_events([{"event": "user", "text": "x" * 10_000}])
    assert 2000 <= len(transcript[0]["text"]) < 2010
    assert transcript[0]["at"] is None
