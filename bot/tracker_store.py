"""The embedded tracker store: Rasa's SQL tracker store, tuned for a local SQLite file.

Rasa's ``SQLTrackerStore`` on SQLite opens a new connection for every read
and write (SQLAlchemy 1.4 uses no pool for SQLite files), syncs the file to
disk on every commit, and builds an ORM object per event it reads or writes.
This one keeps one pooled connection, uses SQLite's write-ahead log with
``synchronous=NORMAL`` (a power cut can lose the last turns written, but never
corrupts the file), and reads and writes the same rows with plain SQL
statements (Rasa's queries written out). Same table, same rows: a database
written by either store is read by the other. PostgreSQL setups use Rasa's
``type: SQL`` unchanged (endpoints.production.yml).

    tracker_store:
      type: bot.tracker_store.SQLiteTrackerStore
      db: var/tracker.db
"""
from __future__ import annotations

import contextlib
import itertools
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)

PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000")


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


class SQLiteTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` on the SQLite file ``db``, with a pooled connection and WAL."""

    def __init__(self, domain: Any = None, db: str = "var/tracker.db", **kwargs: Any) -> None:
        kwargs.pop("dialect", None)
        kwargs.pop("host", None)  # Rasa passes the endpoint's url as host; a file needs none
        Path(db).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(domain=domain, dialect="sqlite", db=db, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(
            url,
            poolclass=sa.pool.QueuePool,
            pool_size=1,
            max_overflow=4,
            connect_args={"check_same_thread": False},
        )
        sa.event.listen(self.engine, "connect", _set_pragmas)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        logger.debug("SQLite tracker store at %s (WAL, pooled connection)", db)

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        """Rasa's query (events of the latest session, or all), reading only ``data``."""
        query = _ALL_EVENTS if fetch_events_from_all_sessions else _LATEST_SESSION_EVENTS
        with self._connection() as connection:
            rows = connection.execute(query, self._params(sender_id)).fetchall()
        events = [json.loads(data) for (data,) in rows]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save: the events not stored yet, counted and inserted in one write transaction."""
        await self.stream_events(tracker)
        with self._connection() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                (stored,) = connection.execute(_COUNT_LATEST_SESSION_EVENTS, self._params(tracker.sender_id)).fetchone()
                rows = []
                for event in itertools.islice(tracker.events, stored, len(tracker.events)):
                    data = event.as_dict()
                    intent = data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY)
                    rows.append(
                        (tracker.sender_id, event.type_name, data.get("timestamp"), intent, data.get("name"),
                         json.dumps(data))
                    )
                connection.executemany(_INSERT_EVENT, rows)
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Any]:
        """The pooled sqlite3 connection itself: no ORM or statement compiling per turn."""
        connection = self.engine.raw_connection()
        try:
            yield connection
        finally:
            connection.close()  # back to the pool

    @staticmethod
    def _params(sender_id: str) -> dict[str, str]:
        return {"sender_id": sender_id, "session_started": SessionStarted.type_name}


# Rasa's SQLTrackerStore._event_query as plain SQL: the events after the latest
# SessionStarted of the sender (all of them if there is none), in id order.
# Run on the sqlite3 connection directly: SQLAlchemy's ORM query building and
# statement compiling took ~10% of the event loop per turn.
_SESSION_START = (
    "(SELECT max(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = :session_started)"
)
_LATEST_SESSION = f"sender_id = :sender_id AND (timestamp >= {_SESSION_START} OR {_SESSION_START} IS NULL)"
_LATEST_SESSION_EVENTS = f"SELECT data FROM events WHERE {_LATEST_SESSION} ORDER BY id"
_COUNT_LATEST_SESSION_EVENTS = f"SELECT count(*) FROM events WHERE {_LATEST_SESSION}"
_ALL_EVENTS = "SELECT data FROM events WHERE sender_id = :sender_id ORDER BY id"
_INSERT_EVENT = (
    "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) VALUES (?, ?, ?, ?, ?, ?)"
)
