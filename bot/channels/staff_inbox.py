"""The staff inbox: a page and JSON API at ``/staff/`` for handoff tickets, served by the Rasa server.

Listed in ``credentials.yml`` like a channel, but it takes no patient messages::

    bot.channels.staff_inbox.StaffInboxChannel:
      # token: optional, STAFF_INBOX_TOKEN wins when both are set
      # tickets_db_url: optional, else TICKETS_DB_URL, else var/tickets.db

Every route needs ``STAFF_INBOX_TOKEN`` to be configured (503 otherwise: the
inbox is never open by default); the API also needs ``Authorization: Bearer
<token>`` (401 otherwise). The page itself holds no ticket data: its script
fetches the API with the token the staff member typed, kept in sessionStorage.

While the server runs, open tickets whose staff notification is pending or
failed are re-sent every ``STAFF_NOTIFY_RETRY_SECONDS`` (60; 0 turns it off).
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import os
import re
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.escalation.constants import (
    DEFAULT_RETRY_INTERVAL_SECONDS,
    ENV_STAFF_INBOX_TOKEN,
    ENV_STAFF_NOTIFY_RETRY_SECONDS,
    INBOX_LIST_LIMIT,
    INBOX_PREFIX,
    RESOLVED_BY_MAX_LENGTH,
    STATUSES,
)
from bot.escalation.notify import NotificationConfigError, NotificationDispatcher, notifiers_from_env
from bot.escalation.tickets import SqlTicketStore, TicketStore, TicketStoreError

logger = logging.getLogger(__name__)

PAGE_FILE = Path(__file__).with_name("staff_inbox.html")
DISABLED_MESSAGE = f"staff inbox disabled: set {ENV_STAFF_INBOX_TOKEN}"
STATUS_ALL = "all"
_SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class StaffInboxChannel(InputChannel):
    """Serves the staff inbox under ``/staff/``; not a conversation channel.

    Args:
        token: bearer token staff must present; ``STAFF_INBOX_TOKEN`` takes precedence.
        tickets_db_url: ticket database; else ``TICKETS_DB_URL``, else ``var/tickets.db``.
        store: a ready ticket store (tests); overrides ``tickets_db_url``.
        retry_interval: seconds between notification retries; 0 disables;
            else ``STAFF_NOTIFY_RETRY_SECONDS``, else 60.
        dispatcher_factory: builds the dispatcher for those retries from the store
            (tests); default uses ``notifiers_from_env()``.
    """

    def __init__(
        self,
        token: str | None = None,
        tickets_db_url: str | None = None,
        store: TicketStore | None = None,
        retry_interval: float | None = None,
        dispatcher_factory: Callable[[TicketStore], NotificationDispatcher] | None = None,
    ):
        self.token = (os.environ.get(ENV_STAFF_INBOX_TOKEN) or token or "").strip() or None
        self.store = store or SqlTicketStore(tickets_db_url)
        self.retry_interval = _retry_interval(retry_interval)
        self.dispatcher_factory = dispatcher_factory or (lambda s: NotificationDispatcher(s, notifiers_from_env()))
        self._retry_task: asyncio.Task | None = None
        if self.token is None:
            logger.warning("%s: every /staff/ route answers 503", DISABLED_MESSAGE)

    @classmethod
    def name(cls) -> str:
        return "staff_inbox"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> StaffInboxChannel:
        credentials = credentials or {}
        return cls(token=credentials.get("token"), tickets_db_url=credentials.get("tickets_db_url"))

    def url_prefix(self) -> str:
        # Absolute, so urljoin("/webhooks/", ...) in rasa's register() leaves it alone.
        return INBOX_PREFIX

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """The inbox routes; ``on_new_message`` is unused because staff never talk to the bot here."""
        inbox = _PinnedBlueprint(self.name(), url_prefix=INBOX_PREFIX)
        page = _Page.load()

        @inbox.route("/", methods=["GET"])
        async def page_route(request: Request) -> HTTPResponse:
            if self.token is None:
                return response.text(DISABLED_MESSAGE, status=503, headers=_SECURITY_HEADERS)
            return response.html(page.body, headers={**_SECURITY_HEADERS, "Content-Security-Policy": page.csp})

        @inbox.route("/api/tickets", methods=["GET"])
        async def list_tickets(request: Request) -> HTTPResponse:
            refusal = self._refuse(request)
            if refusal:
                return refusal
            status = request.args.get("status", "open")
            if status not in (*STATUSES, STATUS_ALL):
                return _error(400, f"status must be one of {', '.join((*STATUSES, STATUS_ALL))}")
            limit = _int_arg(request.args.get("limit"), INBOX_LIST_LIMIT)
            if limit is None:
                return _error(400, f"limit must be a whole number from 1 to {INBOX_LIST_LIMIT}")
            found = await self._run(self.store.list, None if status == STATUS_ALL else status, limit)
            if isinstance(found, HTTPResponse):
                return found
            return _json({"tickets": [ticket.to_dict() for ticket in found]})

        @inbox.route("/api/tickets/<ticket_id>", methods=["GET"])
        async def get_ticket(request: Request, ticket_id: str) -> HTTPResponse:
            refusal = self._refuse(request)
            if refusal:
                return refusal
            ticket = await self._run(self.store.get, ticket_id)
            if isinstance(ticket, HTTPResponse):
                return ticket
            return _json({"ticket": ticket.to_dict()}) if ticket else _not_found(ticket_id)

        @inbox.route("/api/tickets/<ticket_id>/resolve", methods=["POST"])
        async def resolve_ticket(request: Request, ticket_id: str) -> HTTPResponse:
            refusal = self._refuse(request)
            if refusal:
                return refusal
            try:
                body = request.json
            except InvalidUsage:
                return _error(400, 'body must be JSON: {"by": "<your name>"}')
            by = body.get("by") if isinstance(body, dict) else None
            if not isinstance(by, str) or not by.strip() or len(by.strip()) > RESOLVED_BY_MAX_LENGTH:
                return _error(400, f'"by" must name who resolved the ticket (1-{RESOLVED_BY_MAX_LENGTH} characters)')
            ticket = await self._run(self.store.resolve, ticket_id, by.strip())
            if isinstance(ticket, HTTPResponse):
                return ticket
            if ticket is None:
                return _not_found(ticket_id)
            logger.info("ticket %s resolved", ticket.id)
            return _json({"ticket": ticket.to_dict()})

        inbox.listener("after_server_start")(self._start_retrying)
        inbox.listener("before_server_stop")(self._stop_retrying)
        return inbox

    # --- access -------------------------------------------------------------------
    def _refuse(self, request: Request) -> HTTPResponse | None:
        """503 while no token is configured, 401 unless the request carries it, else None."""
        if self.token is None:
            return _error(503, DISABLED_MESSAGE)
        scheme, _, presented = (request.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            presented.strip().encode("utf-8"), self.token.encode("utf-8")
        ):
            return _error(401, "missing or wrong bearer token", {"WWW-Authenticate": 'Bearer realm="staff inbox"'})
        return None

    @staticmethod
    async def _run(function: Callable[..., Any], *args: Any) -> Any:
        """Run a blocking store call off the event loop; a store failure becomes a 503 response."""
        try:
            return await asyncio.get_running_loop().run_in_executor(None, partial(function, *args))
        except TicketStoreError as exc:
            logger.error("staff inbox: %s", exc)
            return _error(503, "ticket store unavailable, try again shortly")

    # --- notification retries ---------------------------------------------------------
    async def _start_retrying(self, app: Any, loop: asyncio.AbstractEventLoop) -> None:
        if self.retry_interval <= 0:
            return
        try:
            dispatcher = self.dispatcher_factory(self.store)
        except NotificationConfigError as exc:
            logger.error("staff notification retries are OFF: %s", exc)
            return
        self._retry_task = loop.create_task(_retry_forever(dispatcher, self.retry_interval))

    async def _stop_retrying(self, app: Any, loop: asyncio.AbstractEventLoop) -> None:
        if self._retry_task is not None:
            self._retry_task.cancel()
            self._retry_task = None


class _PinnedBlueprint(Blueprint):
    """A blueprint that mounts at its own ``url_prefix`` whatever ``url_prefix`` the app passes.

    Rasa registers channel blueprints with ``url_prefix=urljoin(route, channel.url_prefix())``
    and with ``None`` when started without a route; the inbox must stay at exactly ``/staff/``.
    """

    def register(self, app: Any, options: dict[str, Any]) -> None:
        super().register(app, {**options, "url_prefix": self.url_prefix})


class _Page:
    """The inbox HTML and a Content-Security-Policy allowing only its own inline style and script."""

    def __init__(self, body: str):
        self.body = body
        hashes = {tag: _inline_hashes(body, tag) for tag in ("style", "script")}
        self.csp = (
            "default-src 'none'; "
            f"script-src {hashes['script']}; style-src {hashes['style']}; "
            "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )

    @classmethod
    def load(cls, path: Path = PAGE_FILE) -> _Page:
        return cls(path.read_text(encoding="utf-8"))


async def _retry_forever(dispatcher: NotificationDispatcher, interval: float) -> None:
    """``retry_failed`` now (start-up) and every ``interval`` seconds, off the event loop."""
    loop = asyncio.get_running_loop()
    while True:
        try:
            await loop.run_in_executor(None, dispatcher.retry_failed)
        except Exception:  # keep retrying whatever one round hit
            logger.exception("staff notification retry round failed")
        await asyncio.sleep(interval)


def _inline_hashes(html: str, tag: str) -> str:
    blocks = re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.DOTALL)
    digests = (base64.b64encode(hashlib.sha256(b.encode("utf-8")).digest()).decode() for b in blocks)
    return " ".join(f"'sha256-{d}'" for d in digests) or "'none'"


def _retry_interval(explicit: float | None) -> float:
    if explicit is not None:
        return float(explicit)
    raw = os.environ.get(ENV_STAFF_NOTIFY_RETRY_SECONDS)
    try:
        return float(raw) if raw else float(DEFAULT_RETRY_INTERVAL_SECONDS)
    except ValueError:
        logger.error("%s=%r is not a number; using %ss", ENV_STAFF_NOTIFY_RETRY_SECONDS, raw, DEFAULT_RETRY_INTERVAL_SECONDS)
        return float(DEFAULT_RETRY_INTERVAL_SECONDS)


def _int_arg(raw: str | None, default: int) -> int | None:
    if raw is None:
        return default
    return int(raw) if raw.isdigit() and 1 <= int(raw) <= INBOX_LIST_LIMIT else None


def _json(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> HTTPResponse:
    return response.json(body, status=status, headers={**_SECURITY_HEADERS, **(headers or {})})


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> HTTPResponse:
    return _json({"error": message}, status, headers)


def _not_found(ticket_id: str) -> HTTPResponse:
    return _error(404, f"no ticket with id {ticket_id[:64]!r}")
