"""Handoff tickets: what staff need to call a patient back, kept in an SQL database.

The action server writes tickets and the Rasa server (staff inbox) reads and
resolves them, possibly at the same moment, so every method is one short
transaction. SQLite (the default, ``var/tickets.db``) runs in WAL mode and
takes its write lock up front (``BEGIN IMMEDIATE``) so concurrent writers wait
for each other instead of failing; PostgreSQL is used when ``TICKETS_DB_URL``
is set (``postgresql+psycopg2://user:pass@host/db``).
"""
from __future__ import annotations

import abc
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
    update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from bot.escalation.constants import (
    DEFAULT_TICKETS_DB,
    ENV_TICKETS_DB_URL,
    NOTIFICATION_FAILED,
    NOTIFICATION_PENDING,
    NOTIFICATION_SENT,
    SQLITE_BUSY_TIMEOUT_SECONDS,
    STATUS_OPEN,
    STATUS_RESOLVED,
    STATUSES,
)
from bot.escalation.model import Ticket, as_utc, new_ticket, transcript_from_events

__all__ = [
    "SqlTicketStore",
    "Ticket",
    "TicketStore",
    "TicketStoreError",
    "default_tickets_url",
    "new_ticket",
    "transcript_from_events",
]

T = TypeVar("T")


class TicketStoreError(RuntimeError):
    """The ticket database could not be reached or refused the operation."""


class TicketStore(abc.ABC):
    """Where tickets live. Every method is safe to call from several threads and processes."""

    def create(self, **fields: Any) -> Ticket:
        """Validate ``fields`` (see ``new_ticket``), store the ticket and return it."""
        return self.add(new_ticket(**fields))

    @abc.abstractmethod
    def add(self, ticket: Ticket) -> Ticket:
        """Store a ticket built by ``new_ticket``."""

    @abc.abstractmethod
    def get(self, ticket_id: str) -> Ticket | None:
        """The ticket, or None when no ticket has that id."""

    @abc.abstractmethod
    def list(self, status: str | None = None, limit: int = 100) -> list[Ticket]:
        """Newest first; ``status`` None means open and resolved."""

    @abc.abstractmethod
    def resolve(self, ticket_id: str, by: str) -> Ticket | None:
        """Mark the ticket resolved by ``by``; an already resolved ticket is returned unchanged.

        Returns None when no ticket has that id.
        """

    @abc.abstractmethod
    def record_notification(
        self,
        ticket_id: str,
        ok: bool,
        error: str | None = None,
        *,
        attempts: int = 1,
        notified_via: Iterable[str] | None = None,
    ) -> Ticket | None:
        """Record a notification round: status sent/failed, ``attempts`` more tries, the last error.

        ``notified_via`` (when given) replaces the names of notifiers that delivered the ticket.
        """

    @abc.abstractmethod
    def pending_notifications(self, stale_before: datetime, limit: int = 50) -> list[Ticket]:
        """Open tickets whose notification is pending or failed and untouched since ``stale_before``."""

    @abc.abstractmethod
    def claim_notification(self, ticket: Ticket, now: datetime | None = None) -> bool:
        """Atomically take a pending/failed ``ticket`` (as read) for re-notification.

        A compare-and-set on ``updated_at``: true for exactly one caller across
        processes, and false once anyone changed the ticket since it was read.
        The winner stamps ``updated_at`` with ``now`` (the claimant's clock, the
        one its ``pending_notifications(stale_before)`` is judged by), so the
        claim is a lease: nobody re-reads the ticket as stale while it is held.
        """


def default_tickets_url() -> str:
    """``TICKETS_DB_URL`` or SQLite at ``var/tickets.db``."""
    return os.environ.get(ENV_TICKETS_DB_URL) or f"sqlite:///{DEFAULT_TICKETS_DB}"


metadata = MetaData()
tickets_table = Table(
    "staff_tickets",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("channel", Text, nullable=False),
    Column("sender_id", Text, nullable=False),
    Column("contact", Text),
    Column("urgency", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("question", Text),
    Column("consent", Boolean, nullable=False),
    Column("transcript", JSON, nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("resolved_at", DateTime(timezone=True)),
    Column("resolved_by", Text),
    Column("notification_status", String(16), nullable=False, index=True),
    Column("notification_attempts", Integer, nullable=False),
    Column("last_notification_error", Text),
    Column("notified_via", Text, nullable=False),
)


class SqlTicketStore(TicketStore):
    """Tickets in SQLite or PostgreSQL through SQLAlchemy Core; the table is created on first use."""

    def __init__(self, url: str | None = None):
        self.url = url or default_tickets_url()
        self._engine = _create_engine(self.url)
        self._writer = self._engine.execution_options(sqlite_begin="IMMEDIATE")
        self._schema_lock = threading.Lock()
        self._schema_ready = False

    def add(self, ticket: Ticket) -> Ticket:
        row = asdict(ticket)
        row["notified_via"] = ",".join(ticket.notified_via)
        self._write(lambda conn: conn.execute(tickets_table.insert().values(**row)))
        return ticket

    def get(self, ticket_id: str) -> Ticket | None:
        query = select(tickets_table).where(tickets_table.c.id == str(ticket_id))
        row = self._read(lambda conn: conn.execute(query).mappings().first())
        return _from_row(row) if row else None

    def list(self, status: str | None = None, limit: int = 100) -> list[Ticket]:
        if status is not None and status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES} or None, got {status!r}")
        query = select(tickets_table).order_by(tickets_table.c.created_at.desc()).limit(max(1, int(limit)))
        if status:
            query = query.where(tickets_table.c.status == status)
        rows = self._read(lambda conn: conn.execute(query).mappings().all())
        return [_from_row(row) for row in rows]

    def resolve(self, ticket_id: str, by: str) -> Ticket | None:
        now = datetime.now(timezone.utc)
        statement = (
            update(tickets_table)
            .where(tickets_table.c.id == str(ticket_id), tickets_table.c.status == STATUS_OPEN)
            .values(status=STATUS_RESOLVED, resolved_at=now, resolved_by=by, updated_at=now)
        )
        self._write(lambda conn: conn.execute(statement))
        return self.get(ticket_id)

    def record_notification(
        self,
        ticket_id: str,
        ok: bool,
        error: str | None = None,
        *,
        attempts: int = 1,
        notified_via: Iterable[str] | None = None,
    ) -> Ticket | None:
        values: dict[str, Any] = {
            "notification_status": NOTIFICATION_SENT if ok else NOTIFICATION_FAILED,
            "notification_attempts": tickets_table.c.notification_attempts + int(attempts),
            "last_notification_error": None if ok else (error or "unknown error"),
            "updated_at": datetime.now(timezone.utc),
        }
        if notified_via is not None:
            values["notified_via"] = ",".join(notified_via)
        statement = update(tickets_table).where(tickets_table.c.id == str(ticket_id)).values(**values)
        self._write(lambda conn: conn.execute(statement))
        return self.get(ticket_id)

    def pending_notifications(self, stale_before: datetime, limit: int = 50) -> list[Ticket]:
        query = (
            select(tickets_table)
            .where(
                tickets_table.c.status == STATUS_OPEN,
                tickets_table.c.notification_status.in_((NOTIFICATION_PENDING, NOTIFICATION_FAILED)),
                tickets_table.c.updated_at <= as_utc(stale_before),
            )
            .order_by(tickets_table.c.created_at)
            .limit(limit)
        )
        rows = self._read(lambda conn: conn.execute(query).mappings().all())
        return [_from_row(row) for row in rows]

    def claim_notification(self, ticket: Ticket, now: datetime | None = None) -> bool:
        seen = as_utc(ticket.updated_at)
        stamp = as_utc(now) if now is not None else datetime.now(timezone.utc)
        statement = (
            update(tickets_table)
            .where(
                tickets_table.c.id == ticket.id,
                tickets_table.c.notification_status.in_((NOTIFICATION_PENDING, NOTIFICATION_FAILED)),
                tickets_table.c.updated_at == seen,
            )
            .values(updated_at=max(stamp, seen + timedelta(microseconds=1)))
        )
        result = self._write(lambda conn: conn.execute(statement))
        return result.rowcount == 1

    def close(self) -> None:
        """Release pooled connections (tests, shutdown)."""
        self._engine.dispose()

    # --- plumbing -----------------------------------------------------------------
    def _read(self, work: Callable[[Any], T]) -> T:
        self._ensure_schema()
        try:
            with self._engine.connect() as conn:
                return work(conn)
        except SQLAlchemyError as exc:
            raise TicketStoreError(f"ticket store read failed: {_describe(exc)}") from exc

    def _write(self, work: Callable[[Any], T]) -> T:
        self._ensure_schema()
        try:
            with self._writer.begin() as conn:
                return work(conn)
        except SQLAlchemyError as exc:
            raise TicketStoreError(f"ticket store write failed: {_describe(exc)}") from exc

    def _ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._schema_lock:
            if self._schema_ready:
                return
            try:
                metadata.create_all(self._writer, checkfirst=True)
            except SQLAlchemyError:
                # Another process may have created the table between our check and
                # CREATE; a second pass sees it. A real failure raises again.
                try:
                    metadata.create_all(self._writer, checkfirst=True)
                except SQLAlchemyError as exc:
                    raise TicketStoreError(
                        f"cannot create the tickets table at {self._safe_url}: {_describe(exc)}"
                    ) from exc
            self._schema_ready = True

    @property
    def _safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, future=True, hide_parameters=True)
    in_memory = parsed.database in (None, "", ":memory:")
    if not in_memory:
        Path(parsed.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        future=True,
        hide_parameters=True,  # errors and logs never carry patient data
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
        **({"poolclass": StaticPool} if in_memory else {}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised through every query
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised through every query
        immediate = conn.get_execution_options().get("sqlite_begin") == "IMMEDIATE"
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _describe(exc: SQLAlchemyError) -> str:
    """The driver's own message without the SQL statement or its parameters (which hold patient data)."""
    original = getattr(exc, "orig", None)
    return f"{exc.__class__.__name__}: {str(original or exc).strip()}"


def _from_row(row: Mapping[str, Any]) -> Ticket:
    data = dict(row)
    for key in ("created_at", "updated_at", "resolved_at"):
        if data[key] is not None:
            data[key] = as_utc(data[key])
    data["notified_via"] = tuple(name for name in (data["notified_via"] or "").split(",") if name)
    data["transcript"] = list(data["transcript"] or [])
    data["consent"] = bool(data["consent"])
    return Ticket(**data)
