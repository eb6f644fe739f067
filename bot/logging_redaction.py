"""Keep patients' phone numbers and names out of logs at INFO and above.

Phone numbers (E.164, US formats, ``whatsapp:``/``tel:`` prefixes) and names
introduced by "my name is / I'm / this is" are replaced in every record at
INFO or higher. ``install()`` wraps the process's log-record factory, so it
covers every logger and handler, whenever and however they are configured
(Rasa, rasa-sdk, Sanic, structlog through stdlib); importing ``bot`` installs
it in the Rasa server and the action server. ``RedactingFilter`` does the same
for one handler.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

PHONE_PATTERN = re.compile(
    r"(?<![\w])(?:(?:whatsapp|tel|sms):)?"
    r"(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w])"
)
NAME_PATTERN = re.compile(
    r"(?i)\b(my name is|my name's|i am|i'm|im|this is|name:)\s+"
    r"([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)
PHONE_MASK = "[phone]"
NAME_MASK = "[name]"


def redact(text: str) -> str:
    """``text`` with phone numbers and self-introduced names masked."""
    text = PHONE_PATTERN.sub(PHONE_MASK, text)
    return NAME_PATTERN.sub(lambda m: f"{m.group(1)} {NAME_MASK}" if m.group(2)[0].isupper() else m.group(0), text)


class RedactingFilter(logging.Filter):
    """Masks personal data in records at INFO and above (DEBUG stays local-only)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.INFO:
            try:
                message = record.getMessage()
            except Exception:  # a malformed call: logging reports it when the record is emitted
                return True
            cleaned = redact(message)
            if cleaned != message:
                record.msg, record.args = cleaned, ()
        return True


_FILTER = RedactingFilter()


def _redacting_factory(base: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = base(*args, **kwargs)
        _FILTER.filter(record)
        return record

    factory.redacting = True  # type: ignore[attr-defined]
    return factory


def install() -> None:
    """Redact every log record created from now on in this process (idempotent)."""
    current = logging.getLogRecordFactory()
    if not getattr(current, "redacting", False):
        logging.setLogRecordFactory(_redacting_factory(current))
