"""Staff notifications: retries with backoff, failures that keep the ticket, and each notifier offline."""
from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.clinic import clinic
from bot.escalation.notify import (
    NotificationConfigError,
    NotificationDispatcher,
    NotificationError,
    OutboxNotifier,
    SmsNotifier,
    StaffNotifier,
    WebhookNotifier,
    notifiers_from_env,
)
from bot.escalation.tickets import SqlTicketStore, TicketStore, TicketStoreError, new_ticket
from bot.harness import free_port
from bot.sms.gateway import OutboxSmsGateway, SmsGateway, SmsSendError

PATIENT_PHONE = "+15557654321"


def ticket_fields(**overrides):
    fields = dict(
        channel="twilio",
        sender_id=PATIENT_PHONE,
        urgency="urgent",
        reason="red_flag:new_weakness",
        contact=PATIENT_PHONE,
        question="My name is Maria Lopez and my leg went numb after the epidural",
        consent=True,
        transcript=[{"from": "patient", "text": "my leg went numb", "at": None}],
    )
    fields.update(overrides)
    return fields


class FakeNotifier(StaffNotifier):
    """Fails the first ``failures`` calls (forever when None), recording every ticket it sees."""

    def __init__(self, name: str = "fake", failures: int | None = 0):
        self.name = name
        self.failures = failures
        self.calls: list[str] = []
        self._lock = threading.Lock()

    def notify(self, ticket):
        with self._lock:
            self.calls.append(ticket.id)
            if self.failures is None or len(self.calls) <= self.failures:
                raise NotificationError(f"{self.name} is down")


class Clock:
    def __init__(self):
        self.now = datetime.now(timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def store(tmp_path):
    store = SqlTicketStore(f"sqlite:///{tmp_path / 'tickets.db'}")
    yield store
    store.close()


def make_dispatcher(store, notifiers, **kwargs):
    sleeps: list[float] = []
    dispatcher = NotificationDispatcher(store, notifiers, retries=3, backoff=1.0, sleep=sleeps.append, **kwargs)
    return dispatcher, sleeps


def test_a_notifier_that_fails_twice_then_succeeds_ends_sent_after_backoff(store):
    flaky = FakeNotifier("flaky", failures=2)
    dispatcher, sleeps = make_dispatcher(store, [flaky])
    ticket = dispatcher.open_ticket(**ticket_fields())
    assert len(flaky.calls) == 3
    assert sleeps == [1.0, 2.0]  # exponential backoff between attempts
    stored = store.get(ticket.id)
    assert stored.notification_status == "sent"
    assert stored.notification_attempts == 3
    assert stored.last_notification_error is None
    assert stored.notified_via == ("flaky",)
    assert ticket == stored


def test_an_always_failing_notifier_keeps_the_ticket_as_failed_and_a_later_retry_sends_it(store):
    down = FakeNotifier("pager", failures=None)
    clock = Clock()
    dispatcher, _ = make_dispatcher(store, [down], clock=clock, retry_min_age=timedelta(minutes=2))
    ticket = dispatcher.open_ticket(**ticket_fields())

    stored = store.get(ticket.id)
    assert stored is not None and stored.question == ticket.question
    assert stored.notification_status == "failed"
    assert stored.notification_attempts == 3
    assert "pager is down" in stored.last_notification_error

    down.failures = 0  # the pager comes back
    assert dispatcher.retry_failed() == 0  # too recent: the first process may still be notifying
    assert len(down.calls) == 3

    clock.now += timedelta(minutes=3)
    assert dispatcher.retry_failed() == 1
    resent = store.get(ticket.id)
    assert resent.notification_status == "sent"
    assert resent.notification_attempts == 4
    assert resent.last_notification_error is None
    clock.now += timedelta(minutes=3)
    assert dispatcher.retry_failed() == 0  # nothing left to send
    assert len(down.calls) == 4


def test_the_ticket_is_saved_before_any_notifier_runs(store):
    seen_in_store = []

    class Checking(StaffNotifier):
        name = "checking"

        def notify(self, ticket):
            seen_in_store.append(store.get(ticket.id) is not None)

    NotificationDispatcher(store, [Checking()], sleep=lambda s: None).open_ticket(**ticket_fields())
    assert seen_in_store == [True]


def test_a_retry_repeats_only_the_notifiers_that_failed(store):
    outbox, webhook = FakeNotifier("outbox"), FakeNotifier("webhook", failures=3)
    clock = Clock()
    dispatcher, _ = make_dispatcher(store, [outbox, webhook], clock=clock, retry_min_age=timedelta(0))
    ticket = dispatcher.open_ticket(**ticket_fields())
    partial = store.get(ticket.id)
    assert partial.notification_status == "failed"
    assert partial.notified_via == ("outbox",)
    assert partial.last_notification_error == "webhook: webhook is down"

    clock.now += timedelta(seconds=1)
    assert dispatcher.retry_failed() == 1
    assert outbox.calls == [ticket.id]  # staff are not told twice through the outbox
    assert len(webhook.calls) == 4
    assert store.get(ticket.id).notified_via == ("outbox", "webhook")


def test_a_crashing_notifier_counts_as_a_failure_and_does_not_stop_the_others(store):
    class Broken(StaffNotifier):
        name = "broken"

        def notify(self, ticket):
            raise KeyError("bug")

    good = FakeNotifier("good")
    dispatcher, _ = make_dispatcher(store, [Broken(), good])
    ticket = dispatcher.open_ticket(**ticket_fields())
    assert good.calls == [ticket.id]
    assert ticket.notification_status == "failed"
    assert "broken: KeyError" in ticket.last_notification_error


class DownStore(TicketStore):
    """A store whose database is unreachable."""

    def add(self, *args, **kwargs):
        raise TicketStoreError("database unreachable")

    get = list = resolve = record_notification = pending_notifications = claim_notification = add


def test_when_the_store_is_down_staff_are_still_notified_and_nothing_raises():
    notifier = FakeNotifier("outbox")
    dispatcher, _ = make_dispatcher(DownStore(), [notifier])
    ticket = dispatcher.open_ticket(**ticket_fields())
    assert notifier.calls == [ticket.id]
    assert ticket.notification_status == "sent"


def test_two_processes_retrying_at_once_notify_each_ticket_once(store, tmp_path):
    failing = FakeNotifier("pager", failures=None)
    first, _ = make_dispatcher(store, [failing])
    ids = {first.open_ticket(**ticket_fields(sender_id=f"p{i}")).id for i in range(6)}

    pager = FakeNotifier("pager")
    later = Clock()
    later.now += timedelta(minutes=10)
    other_store = SqlTicketStore(store.url)  # a second "process" on the same database
    dispatchers = [
        NotificationDispatcher(s, [pager], sleep=lambda _: None, clock=later) for s in (store, other_store)
    ]
    threads = [threading.Thread(target=d.retry_failed) for d in dispatchers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(pager.calls) == sorted(ids)
    assert all(store.get(i).notification_status == "sent" for i in ids)


def test_a_process_that_reads_while_another_is_notifying_leaves_the_ticket_alone(store):
    """The interleaving that once sent a ticket twice: B reads after A's claim, before A records."""
    failing = FakeNotifier("pager", failures=None)
    first, _ = make_dispatcher(store, [failing])
    ticket = first.open_ticket(**ticket_fields())

    later = Clock()
    later.now += timedelta(minutes=10)  # long after the failure: the ticket is due for a retry
    other_store = SqlTicketStore(store.url)
    other = NotificationDispatcher(other_store, [FakeNotifier("pager")], sleep=lambda _: None, clock=later)
    retried_meanwhile: list[int] = []

    class Interleaving(FakeNotifier):
        def notify(self, ticket):
            retried_meanwhile.append(other.retry_failed())  # the second process runs mid-notification
            super().notify(ticket)

    pager = Interleaving("pager")
    try:
        mine = NotificationDispatcher(store, [pager], sleep=lambda _: None, clock=later)
        assert mine.retry_failed() == 1
    finally:
        other_store.close()
    assert retried_meanwhile == [0]
    assert pager.calls == [ticket.id]
    assert other.notifiers[0].calls == []
    assert store.get(ticket.id).notification_status == "sent"


async def test_open_ticket_async_saves_first_and_notifies_in_the_background(store):
    class Slow(FakeNotifier):
        def notify(self, ticket):
            time.sleep(0.2)
            super().notify(ticket)

    slow = Slow("slow")
    dispatcher = NotificationDispatcher(store, [slow], sleep=lambda _: None)
    ticket = await dispatcher.open_ticket_async(**ticket_fields())
    assert store.get(ticket.id) is not None
    dispatcher.close()
    assert slow.calls == [ticket.id]
    assert store.get(ticket.id).notification_status == "sent"


# --- outbox -------------------------------------------------------------------------------------
def test_outbox_notifier_appends_the_ticket_as_a_json_line(tmp_path):
    outbox = OutboxNotifier(tmp_path / "var" / "staff_outbox.jsonl")
    first, second = new_ticket(**ticket_fields()), new_ticket(**ticket_fields(urgency="routine"))
    outbox.notify(first)
    outbox.notify(second)
    records = outbox.sent()
    assert [r["ticket"]["id"] for r in records] == [first.id, second.id]
    assert records[0]["ticket"]["question"] == first.question


def test_outbox_notifier_turns_a_write_error_into_a_notification_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(NotificationError, match="cannot write"):
        OutboxNotifier(blocker / "outbox.jsonl").notify(new_ticket(**ticket_fields()))


# --- webhook ----------------------------------------------------------------------------------------
class WebhookServer:
    """A tiny HTTP server on 127.0.0.1 that records requests and answers with ``status``."""

    def __init__(self):
        self.status = 204
        self.delay = 0.0
        self.requests: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                owner.requests.append({"headers": dict(self.headers), "json": json.loads(body), "path": self.path})
                time.sleep(owner.delay)
                self.send_response(owner.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/staff"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook():
    with WebhookServer() as server:
        yield server


def test_webhook_notifier_posts_the_ticket_with_the_bearer_token(webhook):
    ticket = new_ticket(**ticket_fields())
    WebhookNotifier(webhook.url, timeout=5, token="s3cret").notify(ticket)
    [request] = webhook.requests
    assert request["path"] == "/hooks/staff"
    assert request["headers"]["Authorization"] == "Bearer s3cret"
    assert request["json"]["type"] == "staff_ticket"
    assert request["json"]["ticket"]["id"] == ticket.id
    assert request["json"]["ticket"]["urgency"] == "urgent"


def test_webhook_notifier_sends_no_authorization_without_a_token(webhook):
    WebhookNotifier(webhook.url, timeout=5).notify(new_ticket(**ticket_fields()))
    assert "Authorization" not in webhook.requests[0]["headers"]


@pytest.mark.parametrize("status", [301, 400, 500, 503])
def test_webhook_non_2xx_is_a_failure(webhook, status):
    webhook.status = status
    with pytest.raises(NotificationError, match=f"HTTP {status}"):
        WebhookNotifier(webhook.url, timeout=5).notify(new_ticket(**ticket_fields()))


def test_webhook_unreachable_or_slow_is_a_failure(webhook):
    with pytest.raises(NotificationError, match="unreachable"):
        WebhookNotifier(f"http://127.0.0.1:{free_port()}/", timeout=2).notify(new_ticket(**ticket_fields()))
    webhook.delay = 1.0
    with pytest.raises(NotificationError, match="Timeout"):
        WebhookNotifier(webhook.url, timeout=0.2).notify(new_ticket(**ticket_fields()))


def test_dispatcher_with_a_failing_webhook_keeps_the_ticket_and_retries_it(webhook, store):
    webhook.status = 502
    clock = Clock()
    dispatcher, sleeps = make_dispatcher(store, [WebhookNotifier(webhook.url, timeout=5)], clock=clock)
    ticket = dispatcher.open_ticket(**ticket_fields())
    assert len(webhook.requests) == 3 and sleeps == [1.0, 2.0]
    assert store.get(ticket.id).last_notification_error == "webhook: webhook answered HTTP 502"
    webhook.status = 200
    clock.now += timedelta(hours=1)
    assert dispatcher.retry_failed() == 1
    assert store.get(ticket.id).notification_status == "sent"


# --- SMS ---------------------------------------------------------------------------------------------
def test_sms_notifier_texts_on_call_a_short_alert_without_patient_details(tmp_path):
    gateway = OutboxSmsGateway(tmp_path / "sms.jsonl")
    ticket = new_ticket(**ticket_fields())
    SmsNotifier(gateway, "+15550100199").notify(ticket)
    [message] = gateway.sent()
    assert message["to"] == "+15550100199"
    body = message["body"]
    assert ticket.id in body and "URGENT" in body and "red_flag:new_weakness" in body
    assert "staff inbox" in body.lower()
    digits = "".join(ch for ch in body if ch.isdigit())
    assert "5557654321" not in digits and "7654321" not in body
    assert "Maria" not in body and "Lopez" not in body and "numb" not in body
    assert len(body) <= 160


def test_sms_routine_alert_says_routine(tmp_path):
    gateway = OutboxSmsGateway(tmp_path / "sms.jsonl")
    SmsNotifier(gateway, "+15550100199").notify(new_ticket(**ticket_fields(urgency="routine", reason="no_answer")))
    assert gateway.sent()[0]["body"].startswith("Routine")


def test_sms_gateway_refusal_is_a_notification_error():
    class Refusing(SmsGateway):
        def send(self, to, body):
            raise SmsSendError("queue full")

    with pytest.raises(NotificationError, match="queue full"):
        SmsNotifier(Refusing(), "+15550100199").notify(new_ticket(**ticket_fields()))


@pytest.mark.parametrize(
    ("for_tickets", "paged"),
    [
        ("all", {"red_flag:chest_pain", "red_flag:possible", "no_answer"}),
        ("urgent", {"red_flag:chest_pain", "red_flag:possible"}),
        ("confirmed", {"red_flag:chest_pain"}),
    ],
)
def test_staff_sms_for_decides_which_tickets_page_on_call(tmp_path, store, for_tickets, paged):
    gateway = OutboxSmsGateway(tmp_path / "sms.jsonl")
    outbox = OutboxNotifier(tmp_path / "outbox.jsonl")
    dispatcher, _ = make_dispatcher(store, [outbox, SmsNotifier(gateway, "+15550100199", for_tickets)])
    tickets = {
        reason: dispatcher.open_ticket(**ticket_fields(reason=reason, urgency=urgency))
        for reason, urgency in [("red_flag:chest_pain", "urgent"), ("red_flag:possible", "urgent"), ("no_answer", "routine")]
    }
    texted = {reason for reason, ticket in tickets.items() if any(ticket.id in m["body"] for m in gateway.sent())}
    assert texted == paged
    # Every ticket is saved, reaches the other notifiers, and counts as notified (nothing left to retry).
    assert len(outbox.sent()) == 3
    for reason, ticket in tickets.items():
        saved = store.get(ticket.id)
        assert saved.notification_status == "sent"
        assert ("sms" in saved.notified_via) == (reason in paged)


def test_staff_sms_for_comes_from_the_environment_and_is_checked(tmp_path):
    gateway = OutboxSmsGateway(tmp_path / "sms.jsonl")
    (notifier,) = notifiers_from_env({"STAFF_NOTIFY": "sms", "STAFF_SMS_FOR": " Confirmed "}, sms_gateway=gateway)
    assert notifier.for_tickets == "confirmed"
    with pytest.raises(NotificationConfigError, match="STAFF_SMS_FOR must be one of all, urgent, confirmed"):
        notifiers_from_env({"STAFF_NOTIFY": "sms", "STAFF_SMS_FOR": "never"}, sms_gateway=gateway)


# --- configuration from the environment ------------------------------------------------------------------
def test_outbox_is_the_default_notifier(tmp_path):
    notifiers = notifiers_from_env({"STAFF_OUTBOX_PATH": str(tmp_path / "o.jsonl")})
    assert [type(n) for n in notifiers] == [OutboxNotifier]
    assert notifiers[0].path == tmp_path / "o.jsonl"


def test_all_notifiers_from_env(tmp_path):
    env = {
        "STAFF_NOTIFY": "outbox, webhook ,SMS",
        "STAFF_WEBHOOK_URL": "http://127.0.0.1:9/hook",
        "STAFF_WEBHOOK_TOKEN": "tok",
        "STAFF_WEBHOOK_TIMEOUT": "2.5",
    }
    gateway = OutboxSmsGateway(tmp_path / "sms.jsonl")
    notifiers = notifiers_from_env(env, sms_gateway=gateway)
    assert [type(n) for n in notifiers] == [OutboxNotifier, WebhookNotifier, SmsNotifier]
    assert notifiers[1].timeout == 2.5 and notifiers[1].url == env["STAFF_WEBHOOK_URL"]
    assert notifiers[2].to_number == clinic().on_call_phone and notifiers[2].gateway is gateway


@pytest.mark.parametrize(
    "env, fragment",
    [
        ({"STAFF_NOTIFY": "webhook"}, "STAFF_WEBHOOK_URL is not set"),
        ({"STAFF_NOTIFY": "outbox,pigeon"}, "unknown notifier 'pigeon'"),
        ({"STAFF_NOTIFY": "webhook", "STAFF_WEBHOOK_URL": "http://x", "STAFF_WEBHOOK_TIMEOUT": "soon"}, "seconds"),
        ({"STAFF_NOTIFY": "sms", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t"}, "TWILIO_FROM_NUMBER"),
    ],
)
def test_bad_notifier_configuration_is_a_clear_error(env, fragment):
    with pytest.raises(NotificationConfigError, match=fragment):
        notifiers_from_env(env)


def test_sms_with_twilio_credentials_texts_through_twilio():
    from bot.sms.gateway import TwilioRestGateway

    env = {"STAFF_NOTIFY": "sms", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t", "TWILIO_FROM_NUMBER": "+15550001111"}
    (notifier,) = notifiers_from_env(env, on_call_phone="+15550002222")
    assert isinstance(notifier.gateway, TwilioRestGateway)


def test_a_broken_staff_configuration_still_keeps_every_ticket(tmp_path, monkeypatch, caplog):
    from actions import services

    monkeypatch.setenv("STAFF_NOTIFY", "sms")  # no Twilio credentials
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TICKETS_DB_URL", f"sqlite:///{tmp_path / 'tickets.db'}")
    monkeypatch.setenv("STAFF_OUTBOX_PATH", str(tmp_path / "outbox.jsonl"))
    services.ticket_dispatcher.cache_clear()
    try:
        dispatcher = services.ticket_dispatcher()
        ticket = dispatcher.open_ticket(**ticket_fields())
        assert dispatcher.store.get(ticket.id) is not None
        assert ticket.notified_via == ("outbox",)
        assert "misconfigured" in caplog.text and "TWILIO_ACCOUNT_SID" in caplog.text
    finally:
        services.ticket_dispatcher.cache_clear()
