"""Patients' phone numbers and names never reach logs at INFO and above."""
from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from bot.logging_redaction import RedactingFilter, redact


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("message from +15551234567", "+15551234567"),
        ("call me at 555-123-4567 please", "555-123-4567"),
        ("(555) 123 4567", "123 4567"),
        ("whatsapp:+447700900123 wrote", "447700900123"),
        ("hi my name is Maria Lopez and my back hurts", "Maria Lopez"),
        ("this is John, I had an epidural", "John"),
    ],
)
def test_personal_data_is_masked(text, hidden):
    assert hidden not in redact(text)


@pytest.mark.parametrize("text", ["rfa relief lasts 6 to 12 months", "i'm sore after the injection", "ticket 42"])
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_filter_keeps_debug_records_unchanged():
    record = logging.LogRecord("x", logging.DEBUG, __file__, 1, "from %s", ("+15551234567",), None)
    RedactingFilter().filter(record)
    assert "+15551234567" in record.getMessage()


def test_every_logger_in_a_process_that_imports_bot_is_redacted():
    """A fresh interpreter: configure logging *after* importing bot, as Rasa does, and log."""
    script = (
        "import logging, bot, sys\n"
        "logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s %(message)s')\n"
        "logging.getLogger('rasa.core.processor').info('Received message from %s', '+15551234567')\n"
        "logging.getLogger('sanic.access').warning('my name is Maria Lopez, call 555-123-4567')\n"
        "logging.getLogger('x').debug('debug keeps +15550001111')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert "+15551234567" not in out and "Maria Lopez" not in out and "555-123-4567" not in out
    assert out.count("[phone]") == 2 and "[name]" in out
    assert "+15550001111" in out  # DEBUG is for local troubleshooting only


def test_a_malformed_log_call_does_not_raise_at_the_caller():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "two %s %s", ("one",), None)
    assert RedactingFilter().filter(record) is True
