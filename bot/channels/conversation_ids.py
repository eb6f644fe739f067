"""Which conversation (sender) ids a client may choose on each channel.

Rasa keys every conversation by its sender id alone, whatever the channel: a
message posted on any channel under an existing id is added to that
conversation, and the reply reveals its context. The SMS channel uses the
patient's phone number (E.164, ``+15551234567``) as the id, so the channels
where the client picks the id must never accept one that could be an SMS
conversation:

* REST (``bot.channels.rest.GuardedRestInput``): any id except empty ones,
  ones over ``MAX_SENDER_ID_LENGTH`` characters, and phone-number-like ones
  (see ``looks_like_phone_number``).
* Website widget over Socket.IO (``bot.channels.widget.PersistentSocketIOInput``):
  only ids the server issued itself, ``uuid.uuid4().hex`` (32 lowercase hex
  digits, 122 random bits); anything else is replaced by a fresh one.
"""
from __future__ import annotations

import re
import unicodedata
import uuid

MAX_SENDER_ID_LENGTH = 128
# Digits and what people and phone systems put between them; "+" anywhere.
_PHONE_CHARACTERS = re.compile(r"[\d\s+()./\-]+")
_MIN_PHONE_DIGITS = 7
# uuid.uuid4().hex: version nibble 4, variant nibble 8, 9, a or b.
_WIDGET_SESSION_ID = re.compile(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}")


def looks_like_phone_number(value: str) -> bool:
    """Whether ``value`` is only digits, spaces, ``+ - ( ) . /`` with at least 7 digits.

    ``"+15551234567"``, ``"(555) 123-4567"``, ``"555.123.4567"`` and
    ``" +1 555 123 4567 "`` do; ``"patient-12345678"`` does not. Checked after
    NFKC normalisation, so full-width digits and plus signs count too (some
    databases compare such strings as equal).
    """
    text = unicodedata.normalize("NFKC", value)
    if not _PHONE_CHARACTERS.fullmatch(text):
        return False
    return sum(char.isdigit() for char in text) >= _MIN_PHONE_DIGITS


def sender_id_problem(sender: object) -> str | None:
    """Why ``sender`` may not be used as a client-chosen conversation id, or None if it may."""
    if not isinstance(sender, str):
        return "`sender` is required and must be a string."
    if not sender.strip():
        return "`sender` must not be empty."
    if len(sender) > MAX_SENDER_ID_LENGTH:
        return f"`sender` must be at most {MAX_SENDER_ID_LENGTH} characters."
    if looks_like_phone_number(sender):
        return (
            "`sender` looks like a phone number. Phone numbers identify SMS conversations and cannot "
            "be used on this channel; use an opaque id such as a random UUID."
        )
    return None


def is_widget_session_id(value: object) -> bool:
    """Whether ``value`` has the form of an id from ``new_widget_session_id``."""
    return (
        isinstance(value, str)
        and _WIDGET_SESSION_ID.fullmatch(value) is not None
        and not looks_like_phone_number(value)
    )


def new_widget_session_id() -> str:
    """A fresh random session id for the website widget (what Rasa's socketio channel issues)."""
    while True:
        candidate = uuid.uuid4().hex
        if not looks_like_phone_number(candidate):  # all 32 hex digits decimal: ~1 in 1.4 million
            return candidate
