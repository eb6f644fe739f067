"""Telling staff about a new ticket: notifiers behind one interface, and a dispatcher that never loses a ticket.

``STAFF_NOTIFY`` picks the notifiers (comma list of ``outbox``, ``webhook``,
``sms``; ``outbox`` by default, so nothing has to be configured locally):

* ``outbox`` appends the ticket to ``var/staff_outbox.jsonl`` (``STAFF_OUTBOX_PATH``);
* ``webhook`` POSTs the ticket as JSON to ``STAFF_WEBHOOK_URL``, with
  ``Authorization: Bearer $STAFF_WEBHOOK_TOKEN`` when that is set;
* ``sms`` texts the clinic's on-call number (``clinic.yml`` ``on_call_phone``) a
  short alert with no patient name or number in it: about every ticket, or only
  urgent ones (``STAFF_SMS_FOR=urgent``), or only red flags the rules confirmed
  (``STAFF_SMS_FOR=confirmed``: the safety net's possible red flags and routine
  tickets wait in the inbox and reach the other notifiers).

``NotificationDispatcher`` saves the ticket first, then tries each notifier
with retries and exponential backoff, and records the outcome on the ticket.
``retry_failed`` re-sends whatever is still pending or failed.
"""
from __future__ import annotations

import abc
import asyncio
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import requests

from bot.constants import RED_FLAG_POSSIBLE
from bot.escalation.constants import (
    DEFAULT_NOTIFIERS,
    DEFAULT_STAFF_OUTBOX,
    DEFAULT_WEBHOOK_TIMEOUT_SECONDS,
    ENV_STAFF_NOTIFY,
    ENV_STAFF_OUTBOX_PATH,
    ENV_STAFF_SMS_FOR,
    ENV_STAFF_WEBHOOK_TIMEOUT,
    ENV_STAFF_WEBHOOK_TOKEN,
    ENV_STAFF_WEBHOOK_URL,
    NOTIFICATION_FAILED,
    NOTIFICATION_SENT,
    NOTIFIER_OUTBOX,
    NOTIFIER_SMS,
    NOTIFIER_WEBHOOK,
    NOTIFY_BACKOFF_SECONDS,
    NOTIFY_RETRIES,
    REASON_RED_FLAG_PREFIX,
    RETRY_MIN_AGE_SECONDS,
    SMS_FOR_ALL,
    SMS_FOR_CHOICES,
    SMS_FOR_URGENT,
    URGENCY_URGENT,
)
from bot.escalation.model import Ticket, new_ticket
from bot.escalation.tickets import TicketStore, TicketStoreError
from bot.logging_redaction import redact
from bot.sms.gateway import SmsGateway, SmsSendError

logger = logging.getLogger(__name__)

SMS_TEMPLATE = "{urgency} patient callback needed. Ticket {ticket_id}, reason: {reason}. See staff inbox."


class NotificationError(RuntimeError):
    """Staff could not be told about a ticket this time; the dispatcher may retry."""


class NotificationConfigError(ValueError):
    """The ``STAFF_*`` environment names an unknown notifier or lacks a setting one needs."""


class StaffNotifier(abc.ABC):
    """Tells staff about one ticket. ``name`` is recorded on the ticket once it succeeded."""

    name: str = "notifier"

    def accepts(self, ticket: Ticket) -> bool:
        """Whether this notifier is meant to hear about ``ticket`` at all (every ticket by default)."""
        return True

    @abc.abstractmethod
    def notify(self, ticket: Ticket) -> None:
        """Deliver ``ticket``.

        Raises:
            NotificationError: it was not delivered.
        """


class OutboxNotifier(StaffNotifier):
    """Appends each ticket as one JSON line to a local file (the default: works with nothing set up)."""

    name = NOTIFIER_OUTBOX

    def __init__(self, path: str | Path = DEFAULT_STAFF_OUTBOX):
        self.path = Path(path)
        self._lock = threading.Lock()

    def notify(self, ticket: Ticket) -> None:
        record = {"at": datetime.now(timezone.utc).isoformat(), "ticket": ticket.to_dict()}
        try:
            with self._lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as outbox:
                    outbox.write(json.dumps(record) + "\n")
        except OSError as exc:
            raise NotificationError(f"cannot write {self.path}: {exc}") from exc

    def sent(self) -> list[dict[str, Any]]:
        """Every record written so far (tests, local inspection)."""
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line]


class WebhookNotifier(StaffNotifier):
    """POSTs ``{"type": "staff_ticket", "ticket": {...}}``; any answer outside 2xx is a failure."""

    name = NOTIFIER_WEBHOOK

    def __init__(self, url: str, timeout: float = DEFAULT_WEBHOOK_TIMEOUT_SECONDS, token: str | None = None):
        self.url = url
        self.timeout = timeout
        self._headers = {"Authorization": f"Bearer {token}"} if token else {}

    def notify(self, ticket: Ticket) -> None:
        payload = {"type": "staff_ticket", "ticket": ticket.to_dict()}
        try:
            response = requests.post(self.url, json=payload, headers=self._headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise NotificationError(f"webhook unreachable: {exc.__class__.__name__}") from exc
        if not 200 <= response.status_code < 300:
            raise NotificationError(f"webhook answered HTTP {response.status_code}")


class SmsNotifier(StaffNotifier):
    """Texts the on-call number a short alert: ticket id, urgency and reason only, never patient details."""

    name = NOTIFIER_SMS

    def __init__(self, gateway: SmsGateway, to_number: str, for_tickets: str = SMS_FOR_ALL):
        if for_tickets not in SMS_FOR_CHOICES:
            raise NotificationConfigError(
                f"{ENV_STAFF_SMS_FOR} must be one of {', '.join(SMS_FOR_CHOICES)}, not {for_tickets!r}"
            )
        self.gateway = gateway
        self.to_number = to_number
        self.for_tickets = for_tickets

    def accepts(self, ticket: Ticket) -> bool:
        if self.for_tickets == SMS_FOR_ALL:
            return True
        if ticket.urgency != URGENCY_URGENT:
            return False
        return self.for_tickets == SMS_FOR_URGENT or ticket.reason != f"{REASON_RED_FLAG_PREFIX}{RED_FLAG_POSSIBLE}"

    def notify(self, ticket: Ticket) -> None:
        try:
            self.gateway.send(self.to_number, sms_alert(ticket))
        except SmsSendError as exc:
            raise NotificationError(f"SMS not accepted: {exc}") from exc


def sms_alert(ticket: Ticket) -> str:
    """The on-call text for ``ticket``; the reason is redacted in case it ever carries free text."""
    urgency = "URGENT" if ticket.urgency == URGENCY_URGENT else "Routine"
    return SMS_TEMPLATE.format(urgency=urgency, ticket_id=ticket.id, reason=redact(ticket.reason))


def notifiers_from_env(
    env: Mapping[str, str] | None = None,
    on_call_phone: str | None = None,
    sms_gateway: SmsGateway | None = None,
) -> list[StaffNotifier]:
    """The notifiers ``STAFF_NOTIFY`` asks for.

    Args:
        env: the environment (``os.environ`` by default).
        on_call_phone: number for ``sms``; the clinic's ``on_call_phone`` by default.
        sms_gateway: gateway for ``sms``; ``sms_gateway_from_env()`` by default.

    Raises:
        NotificationConfigError: an unknown notifier name, ``webhook`` without
            ``STAFF_WEBHOOK_URL``, ``sms`` without Twilio credentials, or an unknown
            ``STAFF_SMS_FOR``.
    """
    env = os.environ if env is None else env
    names = [n.strip().lower() for n in (env.get(ENV_STAFF_NOTIFY) or "").split(",") if n.strip()]
    notifiers: list[StaffNotifier] = []
    for name in dict.fromkeys(names or DEFAULT_NOTIFIERS):
        if name == NOTIFIER_OUTBOX:
            notifiers.append(OutboxNotifier(env.get(ENV_STAFF_OUTBOX_PATH) or DEFAULT_STAFF_OUTBOX))
        elif name == NOTIFIER_WEBHOOK:
            url = env.get(ENV_STAFF_WEBHOOK_URL)
            if not url:
                raise NotificationConfigError(f"{ENV_STAFF_NOTIFY} includes webhook but {ENV_STAFF_WEBHOOK_URL} is not set")
            notifiers.append(WebhookNotifier(url, _timeout(env), env.get(ENV_STAFF_WEBHOOK_TOKEN) or None))
        elif name == NOTIFIER_SMS:
            if sms_gateway is None:
                from bot.sms.gateway import OutboxSmsGateway, sms_gateway_from_env

                sms_gateway = sms_gateway_from_env(env)
                if isinstance(sms_gateway, OutboxSmsGateway):
                    raise NotificationConfigError(
                        f"{ENV_STAFF_NOTIFY} includes sms but TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and "
                        "TWILIO_FROM_NUMBER are not all set: on-call texts would only reach a local file"
                    )
            if on_call_phone is None:
                from bot.clinic import clinic

                on_call_phone = clinic().on_call_phone
            for_tickets = (env.get(ENV_STAFF_SMS_FOR) or SMS_FOR_ALL).strip().lower()
            notifiers.append(SmsNotifier(sms_gateway, on_call_phone, for_tickets))
        else:
            known = ", ".join((NOTIFIER_OUTBOX, NOTIFIER_WEBHOOK, NOTIFIER_SMS))
            raise NotificationConfigError(f"{ENV_STAFF_NOTIFY}: unknown notifier {name!r} (known: {known})")
    return notifiers


def _timeout(env: Mapping[str, str]) -> float:
    raw = env.get(ENV_STAFF_WEBHOOK_TIMEOUT)
    try:
        value = float(raw) if raw else DEFAULT_WEBHOOK_TIMEOUT_SECONDS
    except ValueError:
        raise NotificationConfigError(f"{ENV_STAFF_WEBHOOK_TIMEOUT} must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise NotificationConfigError(f"{ENV_STAFF_WEBHOOK_TIMEOUT} must be positive, not {raw!r}")
    return value


class NotificationDispatcher:
    """Saves tickets, then notifies staff with retries; never raises to the conversation.

    Args:
        store: where tickets are saved before anyone is notified.
        notifiers: tried in order; each gets ``retries`` attempts per round.
        retries: attempts per notifier per round (at least 1).
        backoff: seconds before the second attempt; doubles for each further one.
        sleep: pause function (tests pass a fake to run instantly).
        clock: current UTC time (tests pass a fake).
        retry_min_age: ``retry_failed`` only takes tickets untouched this long,
            so it never races the process still notifying about a new ticket.
    """

    def __init__(
        self,
        store: TicketStore,
        notifiers: Sequence[StaffNotifier],
        retries: int = NOTIFY_RETRIES,
        backoff: float = NOTIFY_BACKOFF_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        retry_min_age: timedelta = timedelta(seconds=RETRY_MIN_AGE_SECONDS),
    ):
        self.store = store
        self.notifiers = list(notifiers)
        self.retries = max(1, int(retries))
        self.backoff = backoff
        self.sleep = sleep
        self.clock = clock
        self.retry_min_age = retry_min_age
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()

    def open_ticket(self, **fields: Any) -> Ticket:
        """Save a new ticket (fields as for ``new_ticket``), notify staff, and return it with the outcome.

        A store or notification failure is logged, never raised: when the store
        is down the notifiers still get the ticket, so staff hear of it.

        Raises:
            ValueError: only for invalid fields (a programming error), before anything is saved.
        """
        ticket = new_ticket(**fields)
        return self.notify(ticket, saved=self._save(ticket))

    async def open_ticket_async(self, **fields: Any) -> Ticket:
        """``open_ticket`` for async code: awaits the save, notifies in a background thread.

        The returned ticket is saved but its notification may still be pending;
        if the process stops first, ``retry_failed`` sends it later.
        """
        ticket = new_ticket(**fields)
        loop = asyncio.get_running_loop()
        saved = await loop.run_in_executor(None, self._save, ticket)
        self._background().submit(self.notify, ticket, saved)
        return ticket

    def notify(self, ticket: Ticket, saved: bool = True) -> Ticket:
        """Try every notifier that has not yet delivered ``ticket``; record the outcome when ``saved``."""
        delivered = list(ticket.notified_via)
        errors: list[str] = []
        attempts = 0
        for notifier in self.notifiers:
            if notifier.name in delivered or not notifier.accepts(ticket):
                continue
            used, error = self._try(notifier, ticket)
            attempts += used
            if error is None:
                delivered.append(notifier.name)
            else:
                errors.append(f"{notifier.name}: {error}")
        ok = not errors
        error_text = "; ".join(errors) or None
        if ok:
            logger.info("ticket %s: staff notified via %s", ticket.id, ", ".join(delivered) or "nothing")
        else:
            logger.warning("ticket %s: staff notification failed (%s)", ticket.id, redact(error_text or ""))
        if saved:
            try:
                recorded = self.store.record_notification(
                    ticket.id, ok, error_text, attempts=attempts, notified_via=delivered
                )
                if recorded is not None:
                    return recorded
            except TicketStoreError as exc:
                logger.error("ticket %s: could not record the notification outcome: %s", ticket.id, exc)
        return replace(
            ticket,
            notification_status=NOTIFICATION_SENT if ok else NOTIFICATION_FAILED,
            notification_attempts=ticket.notification_attempts + attempts,
            last_notification_error=error_text,
            notified_via=tuple(delivered),
        )

    def retry_failed(self, limit: int = 50) -> int:
        """Re-notify open tickets still pending or failed; returns how many are now sent.

        Safe to run from several processes at once: each ticket is claimed
        atomically first, and the claim is stamped with this dispatcher's clock,
        so a process reading after the claim sees the ticket as fresh, not stale.
        Meant for start-up and a periodic timer.
        """
        now = self.clock()
        stale_before = now - self.retry_min_age
        try:
            candidates = self.store.pending_notifications(stale_before, limit)
        except TicketStoreError as exc:
            logger.error("retrying staff notifications: ticket store unavailable: %s", exc)
            return 0
        sent = 0
        for ticket in candidates:
            try:
                if not self.store.claim_notification(ticket, now=now):
                    continue  # another process took it
            except TicketStoreError as exc:
                logger.error("retrying staff notifications: ticket store unavailable: %s", exc)
                return sent
            if self.notify(ticket).notification_status == NOTIFICATION_SENT:
                sent += 1
        if candidates:
            logger.info("retried staff notifications: %d of %d tickets sent", sent, len(candidates))
        return sent

    def close(self) -> None:
        """Wait for background notifications to finish."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _save(self, ticket: Ticket) -> bool:
        try:
            self.store.add(ticket)
            return True
        except TicketStoreError as exc:
            logger.error("ticket %s (%s, %s) could NOT be saved: %s", ticket.id, ticket.urgency, ticket.reason, exc)
            return False

    def _try(self, notifier: StaffNotifier, ticket: Ticket) -> tuple[int, str | None]:
        """Attempts used and the last error (None once delivered)."""
        error = None
        for attempt in range(1, self.retries + 1):
            try:
                notifier.notify(ticket)
                return attempt, None
            except NotificationError as exc:
                error = str(exc) or exc.__class__.__name__
            except Exception as exc:  # a broken notifier must not break the conversation
                logger.exception("ticket %s: notifier %s crashed", ticket.id, notifier.name)
                error = f"{exc.__class__.__name__}: {exc}"
            if attempt < self.retries:
                self.sleep(self.backoff * 2 ** (attempt - 1))
        return self.retries, error

    def _background(self) -> ThreadPoolExecutor:
        with self._executor_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="staff-notify")
            return self._executor


def dispatcher_from_env(store: TicketStore | None = None) -> NotificationDispatcher:
    """Tickets in ``store`` (``TICKETS_DB_URL`` or var/tickets.db), staff told through ``STAFF_NOTIFY``.

    A broken ``STAFF_*`` configuration must not lose tickets: it is logged as an
    error and tickets still go to the store (the staff inbox) and the local outbox.
    """
    if store is None:
        from bot.escalation.tickets import SqlTicketStore

        store = SqlTicketStore()
    try:
        notifiers = notifiers_from_env()
    except NotificationConfigError as exc:
        logger.error("staff notifications misconfigured, only the local outbox gets tickets: %s", exc)
        notifiers = [OutboxNotifier(os.environ.get(ENV_STAFF_OUTBOX_PATH) or DEFAULT_STAFF_OUTBOX)]
    return NotificationDispatcher(store, notifiers)
