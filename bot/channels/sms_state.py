"""What the SMS channel must remember between webhook calls.

* Twilio ``MessageSid``s already handled, so a re-delivered webhook is not answered twice.
* Numbers that texted STOP (kept until START), as the carriers require.
* The buttons last offered to each number, so a reply of "2" means the second one.

``SqlSmsStateStore`` keeps them in SQLite (``var/sms_state.db``) by default and
in any SQLAlchemy 1.4 database given by ``SMS_STATE_DB_URL`` (PostgreSQL in
production, so several Rasa replicas share opt-outs). Phone numbers are
stored as sent by Twilio: staff must be able to audit opt-outs.
"""
from __future__ import annotations

import abc
import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

from bot.constants import PROJECT_ROOT

STATE_DB_URL_ENV = "SMS_STATE_DB_URL"
DEFAULT_STATE_DB = PROJECT_ROOT / "var" / "sms_state.db"
PROCESSED_RETENTION = timedelta(days=7)  # Twilio never re-delivers a message this late
PRUNE_EVERY = 500  # claims between deletions of old MessageSids

metadata = sa.MetaData()
processed_messages = sa.Table(
    "sms_processed_messages",
    metadata,
    sa.Column("message_sid", sa.String(64), primary_key=True),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, index=True),
)
opt_outs = sa.Table(
    "sms_opt_outs",
    metadata,
    sa.Column("phone", sa.String(64), primary_key=True),
    sa.Column("opted_out", sa.Boolean, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)
offered_buttons = sa.Table(
    "sms_offered_buttons",
    metadata,
    sa.Column("phone", sa.String(64), primary_key=True),
    sa.Column("buttons", sa.Text, nullable=False),  # JSON list of {"title", "payload"}
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class SmsStateStore(abc.ABC):
    """Delivery, consent and button state of the SMS channel."""

    @abc.abstractmethod
    def claim_message(self, message_sid: str) -> bool:
        """Record ``message_sid``; False when it was already recorded (a duplicate delivery)."""

    @abc.abstractmethod
    def is_opted_out(self, phone: str) -> bool:
        """Whether ``phone`` texted STOP and has not texted START since."""

    @abc.abstractmethod
    def set_opted_out(self, phone: str, opted_out: bool) -> None:
        """Record an opt-out (True) or opt-in (False) of ``phone``."""

    @abc.abstractmethod
    def last_buttons(self, phone: str) -> list[dict[str, str]]:
        """The buttons in the last reply to ``phone``, in the order they were numbered."""

    @abc.abstractmethod
    def remember_buttons(self, phone: str, buttons: list[dict[str, str]]) -> None:
        """Replace the buttons remembered for ``phone`` (an empty list forgets them)."""


class SqlSmsStateStore(SmsStateStore):
    """``SmsStateStore`` in any SQLAlchemy database; creates its tables when missing.

    Args:
        url: SQLAlchemy URL; defaults to ``SMS_STATE_DB_URL`` or SQLite at ``var/sms_state.db``.
    """

    def __init__(self, url: str | None = None):
        url = url or os.environ.get(STATE_DB_URL_ENV) or f"sqlite:///{DEFAULT_STATE_DB}"
        parsed = sa.engine.make_url(url)
        options: dict = {"future": True}
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            else:  # one shared connection, or every checkout would see a new empty database
                options.update(poolclass=StaticPool)
            options["connect_args"] = {"check_same_thread": False}
        else:
            options["pool_pre_ping"] = True
        self.engine = sa.create_engine(parsed, **options)
        metadata.create_all(self.engine)
        self._claims = 0

    def claim_message(self, message_sid: str) -> bool:
        try:
            with self.engine.begin() as conn:
                conn.execute(processed_messages.insert().values(message_sid=message_sid, received_at=_now()))
        except IntegrityError:
            return False
        self._claims += 1
        if self._claims % PRUNE_EVERY == 0:
            self.prune_processed()
        return True

    def prune_processed(self, older_than: timedelta = PROCESSED_RETENTION) -> int:
        """Forget MessageSids received more than ``older_than`` ago; returns how many."""
        with self.engine.begin() as conn:
            result = conn.execute(
                processed_messages.delete().where(processed_messages.c.received_at < _now() - older_than)
            )
        return result.rowcount or 0

    def is_opted_out(self, phone: str) -> bool:
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.select(opt_outs.c.opted_out).where(opt_outs.c.phone == phone)
            ).scalar_one_or_none()
        return bool(value)

    def set_opted_out(self, phone: str, opted_out: bool) -> None:
        self._upsert(opt_outs, phone, opted_out=opted_out)

    def last_buttons(self, phone: str) -> list[dict[str, str]]:
        with self.engine.connect() as conn:
            raw = conn.execute(
                sa.select(offered_buttons.c.buttons).where(offered_buttons.c.phone == phone)
            ).scalar_one_or_none()
        try:
            buttons = json.loads(raw) if raw else []
        except ValueError:
            return []
        return buttons if isinstance(buttons, list) else []

    def remember_buttons(self, phone: str, buttons: list[dict[str, str]]) -> None:
        if not buttons:
            with self.engine.begin() as conn:
                conn.execute(offered_buttons.delete().where(offered_buttons.c.phone == phone))
            return
        self._upsert(offered_buttons, phone, buttons=json.dumps(buttons))

    def _upsert(self, table: sa.Table, phone: str, **values) -> None:
        """Update the row of ``phone`` or insert it (portable across SQLite and PostgreSQL)."""
        values["updated_at"] = _now()
        for _ in range(2):  # a concurrent insert of the same phone makes the second round update
            try:
                with self.engine.begin() as conn:
                    updated = conn.execute(table.update().where(table.c.phone == phone).values(**values))
                    if not updated.rowcount:
                        conn.execute(table.insert().values(phone=phone, **values))
                return
            except IntegrityError:
                continue
        raise RuntimeError(f"could not store {table.name} row")

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()
