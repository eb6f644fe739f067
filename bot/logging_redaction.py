"""Keep patients' phone numbers and names out of logs at INFO and above.

``RedactingFilter`` rewrites every record at INFO or higher before any
handler sees it: phone numbers (E.164, US formats, ``whatsapp:``/``tel:``
prefixes) and names introduced by "my name is / I'm / this is" are replaced.
``install()`` attaches it to the root logger's handlers; ``logging.yml`` does
the same for ``rasa run --logging-config-file``.
"""
from __future__ import annotations

import logging
import re

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
            message = record.getMessage()
            cleaned = redact(message)
            if cleaned != message:
                record.msg, record.args = cleaned, ()
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Attach the filter to every handler of ``logger`` (the root logger by default)."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
