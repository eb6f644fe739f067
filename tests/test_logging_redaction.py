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


@pytest.mark.parametrize(
    "text",
    [
        "rfa relief lasts 6 to 12 months",
        "i'm sore after the injection",
        "ticket 42",
        # Ticket ids are UUIDs; one whose first groups or last group are all digits is not a phone.
        "Opened urgent ticket 12345678-1234-47da-b3ff-4d19c164b675 for red flag self_harm",
        "ticket 0b1d2e3f-47da-4a1b-b3ff-555123456789: staff notified via outbox",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_a_phone_number_beside_a_ticket_id_is_still_masked():
    text = "ticket 12345678-1234-47da-b3ff-4d19c164b675 from +15551234567, call back 555-123-4567"
    assert redact(text) == "ticket 12345678-1234-47da-b3ff-4d19c164b675 from [phone], call back [phone]"


# --- names, in any case ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my name is maria lopez", "my name is [name]"),
        ("hi my name is Maria Lopez and my back hurts", "hi my name is [name] and my back hurts"),
        ("MY NAME IS MARIA LOPEZ", "MY NAME IS [name]"),
        ("my name's john", "my name's [name]"),
        ("my name is Ed", "my name is [name]"),  # short names count after "my name is"
        ("name: maria lopez", "name: [name]"),
        ("last name: Nguyen", "last name: [name]"),
        ("this is john smith", "this is [name]"),
        ("Hi, this is Maria Lopez-Garcia. My back hurts", "Hi, this is [name]. My back hurts"),
        ("this is maria calling about my appointment", "this is [name] calling about my appointment"),
        ("this is john young", "this is [name]"),  # a surname that is also an ordinary word
        ("this is mrs. o'brien", "this is mrs. [name]"),
        ("i am maria", "i am [name]"),
        ("i'm ana", "i'm [name]"),
        ("i’m josé núñez", "i’m [name]"),
        ("im john and i have a question", "im [name] and i have a question"),
        ("I'm Will", "I'm [name]"),
        ("i'm maria having pain", "i'm [name] having pain"),
        ("it's maria", "it's [name]"),
        ("hi its maria", "hi its [name]"),
        ("it's me, maria lopez", "it's me, [name]"),
        ("you can call me bob", "you can call me [name]"),
        ("signed, maria", "signed, [name]"),
        ("thanks, maria", "thanks, [name]"),
        ("Thank you,\nMaria Lopez", "Thank you,\n[name]"),
        ("my back still hurts\n- maria", "my back still hurts\n- [name]"),
        ("is this normal? -- Maria Lopez", "is this normal? -- [name]"),
        ("Received user message 'thanks, maria' with intent", "Received user message 'thanks, [name]' with intent"),
        ("this is john smith and my name is maria", "this is [name] and my name is [name]"),
    ],
)
def test_names_are_masked_in_any_case(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am Sore",
        "I'm sore, not still having pain in my back",
        "i'm so worried",
        "i am really scared",
        "i'm a patient of dr smith's",
        "i'm the patient",
        "i'm feeling better",
        "i'm going home",
        "i'm getting worse",
        "i'm asking about rfa",
        "i'm wondering if this is normal",
        "i'm calling about my appointment",
        "i'm texting for my mom",
        "i'm done",
        "i'm ok",
        "i'm fine",
        "i'm numb",
        "i'm back at work",
        "i'm on blood thinners",
        "i'm at home",
        "i'm just tired",
        "i'm very pretty sore",
        "i'm bleeding a little",
        "i'm allergic to iodine",
        "i'm diabetic",
        "i am pregnant",
        "i'm over it",
        "i'm under the weather",
        "i am about to leave",
        "i'm 45 years old",
        "i'm 2 days post op",
        "i'm experiencing numbness",
        "I Am Still Having Pain",
        "this is normal",
        "This is normal?",
        "is this normal",
        "this is the third day",
        "this is my first epidural",
        "this is really painful",
        "this is getting worse",
        "this is unbearable",
        "this is about my appointment",
        "this is for my mother",
        "it's been 3 days",
        "it's swollen and red",
        "it's not better",
        "it's sooo sore",
        "it's me again",
        "please call me back",
        "call me at [phone]",
        "call me tomorrow afternoon",
        "thanks so much",
        "thank you very much",
        "thanks for your help",
        "thanks again!",
        "pain level 7 - worse than yesterday",
        "that's fine - thanks!",
        "I signed the consent form",
        "numbness in my left leg",
    ],
)
def test_ordinary_words_after_an_introduction_are_left_alone(text):
    assert redact(text) == text


def test_redaction_is_idempotent():
    once = redact("hi this is maria lopez, call me at 555-123-4567. thanks, maria")
    assert once == "hi this is [name], call me at [phone]. thanks, [name]"
    assert redact(once) == once


def test_info_records_with_lowercase_names_are_masked():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "user said %r", ("this is john smith",), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "user said 'this is [name]'"


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
        "logging.getLogger('rasa_sdk.executor').info('text: this is john smith')\n"
        "logging.getLogger('x').debug('debug keeps +15550001111')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert "+15551234567" not in out and "Maria Lopez" not in out and "555-123-4567" not in out
    assert "john" not in out and "smith" not in out
    assert out.count("[phone]") == 2 and "[name]" in out
    assert "+15550001111" in out  # DEBUG is for local troubleshooting only


def test_a_malformed_log_call_does_not_raise_at_the_caller():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "two %s %s", ("one",), None)
    assert RedactingFilter().filter(record) is True
