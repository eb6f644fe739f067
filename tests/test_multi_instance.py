"""Two Rasa servers sharing PostgreSQL (tracker store) and Redis (lock store).

The servers run endpoints.production.yml, filled in from the environment, on
real PostgreSQL and Redis started by tests/services.py; one action server
serves both. Run with ``pytest -m services`` (the tests marked ``model`` also
need models/assistant.tar.gz).

What Rasa Open Source 3.6.21 does and does not guarantee here
(rasa/core/lock_store.py, rasa/core/agent.py, rasa/core/tracker_store.py):

* ``Agent.handle_message`` holds the conversation's ticket lock while it
  fetches the tracker, predicts, runs actions and saves the tracker, so
  messages of one conversation are serialised *if the lock works*.
* ``RedisLockStore`` keeps each lock as one JSON value that every operation
  reads, changes in Python and writes back (GET then SET, no transaction).
  Inside one server that is atomic (no ``await`` in between); across servers
  two writers can issue the same ticket number, or overwrite each other's
  tickets and delete the lock while a ticket waits (``LockError``: the
  message is dropped and the REST channel answers ``[]``).
* ``SQLTrackerStore.save`` stores only the tracker's events beyond the number
  already in the table, so two servers processing one conversation at once
  lose each other's turns.

Hence docs/deployment.md routes every conversation to one instance (sticky
routing); the tests below show the race itself, the sticky setup working, and
the un-routed case (an xfail naming the lost messages whenever the race shows).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import shutil
import threading
import uuid
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
import requests
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore

from bot.constants import PROJECT_ROOT
from bot.harness import action_server, rasa_server
from bot.kb import load_knowledge_base
from tests import services

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
PRODUCTION_ENDPOINTS = PROJECT_ROOT / "endpoints.production.yml"
API_TOKEN = "multi-instance-test-token"
LOCK_KEY_PREFIX = "painclinic"
REQUEST_TIMEOUT = 240  # a stale ticket can hold a conversation for LOCK_LIFETIME (60 s)
PAIRS = 10
HANG_AFTER = 90  # seconds; an un-routed burst may wait on a lost ticket far longer (see the race test)

# Self-contained questions (each names its procedure), so every reply is
# meaningful whatever order the messages are processed in.
QUESTIONS = [
    template.format(name)
    for name in ("rfa", "an epidural steroid injection", "a facet joint injection", "kyphoplasty")
    for template in (
        "what is {}",
        "how long does {} take",
        "will i be awake for {}",
        "what are the risks of {}",
        "how soon can i go back to work after {}",
    )
]


# --- fixtures --------------------------------------------------------------------


@pytest.fixture(scope="module")
def postgres():
    with services.postgres_server() as server:
        yield server


@pytest.fixture(scope="module")
def redis_info():
    with services.redis_server() as server:
        yield server


@pytest.fixture(scope="module")
def production_env(postgres, redis_info):
    """Everything endpoints.production.yml needs (ACTION_SERVER_URL comes from the harness)."""
    return {
        **postgres.env(),
        **redis_info.env(),
        "DB_SSLMODE": "disable",
        "REDIS_KEY_PREFIX": LOCK_KEY_PREFIX,
        # The assistant's own stores share the database in production too.
        "TICKETS_DB_URL": postgres.url,
        "SMS_STATE_DB_URL": postgres.url,
    }


@pytest.fixture(scope="module")
def instances(tmp_path_factory, production_env):
    """One action server and two Rasa servers A and B; yields their base URLs."""
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    model = Path(tmp_path_factory.mktemp("model")) / "assistant.tar.gz"
    shutil.copy(MODEL, model)  # the shared file may be retrained while the tests run
    server_args = ("--enable-api", "--auth-token", API_TOKEN)
    with action_server(env=production_env) as action_url:
        with rasa_server(
            model, action_url, env=production_env, endpoints=PRODUCTION_ENDPOINTS, extra_args=server_args
        ) as url_a:
            with rasa_server(
                model, action_url, env=production_env, endpoints=PRODUCTION_ENDPOINTS, extra_args=server_args
            ) as url_b:
                yield url_a, url_b


# --- helpers ---------------------------------------------------------------------


def new_sender() -> str:
    return f"patient-{uuid.uuid4().hex[:8]}"


def say(server: str, sender: str, message: str, timeout: float = REQUEST_TIMEOUT) -> list[dict]:
    response = requests.post(
        f"{server}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=timeout
    )
    assert response.status_code == 200, response.text
    return response.json()


def text_of(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def paragraphs(texts: Iterable[str | None]) -> list[str]:
    return [part for text in texts if text for part in text.strip().split("\n\n")]


def facts(procedure: str, facet: str) -> list[str]:
    return [f.text for f in load_knowledge_base().lookup(procedure, facet).facts]


def tracker_events(server: str, sender: str) -> list[dict]:
    response = requests.get(
        f"{server}/conversations/{sender}/tracker", params={"token": API_TOKEN}, timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()["events"]


def fire_at_once(
    messages: list[tuple[str, str, str]], hang_after: float | None = None
) -> dict[tuple[str, str], list[dict] | None]:
    """POST every (server, sender, text) at the same moment; returns (sender, text) -> replies.

    With ``hang_after``, a request still unanswered after that many seconds
    counts as hung (None) instead of failing the test.
    """
    start = threading.Barrier(len(messages))

    def send(server: str, sender: str, text: str) -> list[dict] | None:
        start.wait()
        if hang_after is None:
            return say(server, sender, text)
        try:
            return say(server, sender, text, timeout=hang_after)
        except requests.Timeout:
            return None

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(messages)) as pool:
        futures = {(sender, text): pool.submit(send, server, sender, text) for server, sender, text in messages}
        return {key: future.result() for key, future in futures.items()}


def turns(events: list[dict]) -> list[tuple[str, list[str]]]:
    """(user text, texts the bot sent before the next user message) per user message.

    A bot event holds the whole text; the REST channel answers it as one message
    per paragraph, hence the comparison of ``paragraphs``.
    """
    result: list[tuple[str, list[str]]] = []
    for event in events:
        if event["event"] == "user":
            result.append((event.get("text"), []))
        elif event["event"] == "bot" and result:
            result[-1][1].append(event.get("text"))
    return result


def serialisation_problems(events: list[dict], replies: dict[str, list[dict] | None]) -> list[str]:
    """What is wrong with the stored conversation, given what each request was answered (None: hung)."""
    problems = [f"{text!r} hung (a lost ticket)" for text, reply in replies.items() if reply is None]
    problems += [f"{text!r} got no reply" for text, reply in replies.items() if reply == []]
    stored = turns(events)
    counts = Counter(text for text, _ in stored)
    problems += [f"{text!r} stored {counts[text]} times" for text in replies if counts[text] != 1]
    problems += [
        f"{text!r} is followed by {bot_texts} instead of its reply"
        for text, bot_texts in stored
        if replies.get(text) and paragraphs(bot_texts) != paragraphs(r.get("text") for r in replies[text])
    ]
    return problems


# --- the lock store race (Redis only) ------------------------------------------------


def lock_stores(redis_info: services.RedisInfo) -> tuple[RedisLockStore, RedisLockStore]:
    """Two lock stores on one Redis, as two Rasa servers have."""

    def store() -> RedisLockStore:
        return RedisLockStore(
            host=redis_info.host, port=redis_info.port, password=redis_info.password,
            db=redis_info.db, key_prefix=LOCK_KEY_PREFIX,
        )

    return store(), store()


@pytest.mark.services
async def test_two_instances_issuing_tickets_at_once_both_get_the_lock(redis_info):
    """``LockStore.issue_ticket`` (read lock, add ticket, write lock) run by A and B interleaved."""
    a, b = lock_stores(redis_info)
    conversation = new_sender()
    lock_seen_by_a = a.get_or_create_lock(conversation)
    lock_seen_by_b = b.get_or_create_lock(conversation)  # B reads before A has written
    ticket_a = lock_seen_by_a.issue_ticket(LOCK_LIFETIME)
    a.save_lock(lock_seen_by_a)
    ticket_b = lock_seen_by_b.issue_ticket(LOCK_LIFETIME)
    b.save_lock(lock_seen_by_b)

    assert ticket_a == ticket_b == 0
    # Neither waits: both servers now process the same conversation at once.
    held = await asyncio.wait_for(
        asyncio.gather(a._acquire_lock(conversation, ticket_a, 0.05), b._acquire_lock(conversation, ticket_b, 0.05)),
        timeout=2,
    )
    assert [lock.conversation_id for lock in held] == [conversation, conversation]


@pytest.mark.services
async def test_a_ticket_issued_while_another_instance_cleans_up_is_dropped(redis_info):
    """A finishes its message while B queues the next one: B's ticket is lost and B raises LockError."""
    a, b = lock_stores(redis_info)
    conversation = new_sender()
    ticket_a = a.issue_ticket(conversation)
    lock_seen_by_b = b.get_or_create_lock(conversation)  # B starts issuing its ticket...
    lock_seen_by_a = a.get_lock(conversation)  # ...while A's cleanup reads the lock
    ticket_b = lock_seen_by_b.issue_ticket(LOCK_LIFETIME)
    b.save_lock(lock_seen_by_b)
    lock_seen_by_a.remove_ticket_for(ticket_a)
    a.save_lock(lock_seen_by_a)  # overwrites B's ticket
    if not a.is_someone_waiting(conversation):
        a.delete_lock(conversation)

    assert ticket_b == ticket_a + 1
    with pytest.raises(LockError):
        await asyncio.wait_for(b._acquire_lock(conversation, ticket_b, 0.05), timeout=2)


@pytest.mark.services
def test_the_assistants_own_stores_are_shared_through_postgresql(postgres):
    """Tickets and SMS state written by one replica are seen, and claimed once, by another."""
    from bot.channels.sms_state import SqlSmsStateStore
    from bot.escalation.tickets import SqlTicketStore

    tickets_a, tickets_b = SqlTicketStore(postgres.url), SqlTicketStore(postgres.url)
    sms_a, sms_b = SqlSmsStateStore(postgres.url), SqlSmsStateStore(postgres.url)
    try:
        ticket = tickets_a.create(
            channel="sms", sender_id=new_sender(), urgency="routine", reason="patient asked for a call",
            contact="+15550001234", question="can I drive home?", consent=True,
        )
        assert tickets_b.get(ticket.id) == ticket
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            claims = list(pool.map(lambda store: store.claim_notification(ticket), (tickets_a, tickets_b)))
        assert sorted(claims) == [False, True]

        sms_a.set_opted_out("+15550001234", True)
        assert sms_b.is_opted_out("+15550001234")
        assert sorted([sms_a.claim_message("SMshared"), sms_b.claim_message("SMshared")]) == [False, True]
    finally:
        for store in (tickets_a, tickets_b):
            store.close()
        for store in (sms_a, sms_b):
            store.close()


# --- two Rasa servers (trained model) --------------------------------------------------


@pytest.mark.services
@pytest.mark.model
def test_a_conversation_keeps_its_context_across_instances(instances):
    url_a, url_b = instances
    sender = new_sender()

    first = text_of(say(url_a, sender, "how long does rfa relief last"))
    for fact in facts("rfa", "relief_duration"):
        assert fact in first
    # B knows from PostgreSQL that "it" is RFA.
    assert facts("rfa", "sedation")[0] in text_of(say(url_b, sender, "will i be awake for it"))
    assert facts("rfa", "risks")[0] in text_of(say(url_a, sender, "and the risks?"))

    for server in (url_a, url_b):
        users = [e["text"] for e in tracker_events(server, sender) if e["event"] == "user"]
        assert users == ["how long does rfa relief last", "will i be awake for it", "and the risks?"]


@pytest.mark.services
@pytest.mark.model
def test_concurrent_messages_are_serialised_when_each_conversation_sticks_to_one_instance(instances):
    """Two conversations, each routed to its own instance, 2 x PAIRS messages each, all sent at once."""
    url_a, url_b = instances
    routes = {new_sender(): url_a, new_sender(): url_b}
    for sender, server in routes.items():
        say(server, sender, "hi")  # the conversation exists before the burst
    burst = [(server, sender, text) for sender, server in routes.items() for text in QUESTIONS]
    assert len(burst) == 2 * 2 * PAIRS

    replies = fire_at_once(burst)

    for sender, server in routes.items():
        own = {text: reply for (to, text), reply in replies.items() if to == sender}
        assert serialisation_problems(tracker_events(server, sender), own) == []


@pytest.mark.services
@pytest.mark.model
def test_concurrent_messages_of_one_conversation_sent_to_both_instances(instances):
    """Without sticky routing: what always holds, and the race as an xfail naming what it broke.

    In 12 bursts while this was written, 5 lost messages: some got ``[]``
    (``LockError``), others got a reply but were never stored; in CI one
    request waited on a lost ticket for over 4 minutes, so a request still
    waiting after ``HANG_AFTER`` seconds is recorded as hung, another symptom.
    """
    url_a, url_b = instances
    sender = new_sender()
    say(url_a, sender, "hi")
    pairs = [(QUESTIONS[2 * i], QUESTIONS[2 * i + 1]) for i in range(PAIRS)]
    burst = [message for first, second in pairs for message in ((url_a, sender, first), (url_b, sender, second))]

    replies = {text: reply for (_, text), reply in fire_at_once(burst, hang_after=HANG_AFTER).items()}

    events = tracker_events(url_b, sender)
    stored = Counter(text for text, _ in turns(events))
    assert all(stored[text] <= 1 for text in replies), stored  # nothing is ever stored twice
    problems = serialisation_problems(events, replies)
    if problems:
        pytest.xfail(
            "Rasa OSS RedisLockStore is not atomic across instances (module docstring); "
            "route each conversation to one instance (docs/deployment.md). This burst: " + "; ".join(problems)
        )
