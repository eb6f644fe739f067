"""SMS text handling: keywords, numbered replies, Markdown stripping, splitting, TwiML."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from bot.channels import sms_format
from bot.channels.sms_format import (
    KEYWORD_HELP,
    KEYWORD_START,
    KEYWORD_STOP,
    PART_LIMIT,
    keyword,
    mask_phone,
    numbered_choice,
    render_reply,
    split_message,
    strip_markdown,
    twiml,
)

YES_NO = [{"title": "Yes, please", "payload": "/affirm"}, {"title": "No, thanks", "payload": "/deny"}]
PART_NUMBER = re.compile(r"^\((\d+)/(\d+)\) ")


def messages_of(xml: str) -> list[str]:
    root = ET.fromstring(xml)
    assert root.tag == "Response"
    return [element.text or "" for element in root.findall("Message")]


# --- keywords --------------------------------------------------------------------
@pytest.mark.parametrize("body", ["STOP", "stop", " Stop. ", "stop all", "STOPALL", "unsubscribe", "Cancel", "END", "quit!"])
def test_opt_out_keywords(body):
    assert keyword(body) == KEYWORD_STOP


@pytest.mark.parametrize("body", ["START", "start", " unstop "])
def test_opt_in_keywords(body):
    assert keyword(body) == KEYWORD_START


@pytest.mark.parametrize("body", ["HELP", "help", "Info", " h e l p "])
def test_help_keywords(body):
    assert keyword(body) == KEYWORD_HELP


def test_yes_opts_in_only_a_number_that_opted_out():
    assert keyword("yes", opted_out=False) is None  # answers the assistant's question
    assert keyword("Yes", opted_out=True) == KEYWORD_START


@pytest.mark.parametrize("body", ["please stop the pain", "how do I cancel my appointment", "help me with rfa", "", None])
def test_keywords_only_match_the_whole_message(body):
    assert keyword(body) is None


# --- numbered replies --------------------------------------------------------------
@pytest.mark.parametrize("body, payload", [("1", "/affirm"), (" 2 ", "/deny"), ("2)", "/deny"), ("#1", "/affirm")])
def test_numbered_reply_picks_the_offered_button(body, payload):
    assert numbered_choice(body, YES_NO) == payload


@pytest.mark.parametrize("body", ["3", "0", "12 years", "1 2", "one"])
def test_numbered_reply_out_of_range_or_not_a_number_is_left_alone(body):
    assert numbered_choice(body, YES_NO) is None


def test_numbered_reply_without_offered_buttons_is_left_alone():
    assert numbered_choice("1", []) is None


# --- markdown --------------------------------------------------------------------------
def test_strip_markdown_emphasis_headings_links_and_bullets():
    text = strip_markdown(
        "## What to expect\n**Bold** words, _italics_ and *stars*.\n"
        "* first\n+ second\n  - nested\nSee [our RFA page](https://clinic.example/rfa) or `call us`."
    )
    assert text == (
        "What to expect\nBold words, italics and stars.\n- first\n- second\n  - nested\n"
        "See our RFA page: https://clinic.example/rfa or call us."
    )


def test_strip_markdown_keeps_underscores_inside_words_and_urls():
    text = "Source: Image-guided procedures page (000_fd0648dbab7763f2.txt) https://x.example/a_b_c"
    assert strip_markdown(text) == text


def test_strip_markdown_collapses_blank_lines():
    assert strip_markdown("one\n\n\n\ntwo  \n") == "one\n\ntwo"


# --- rendering -------------------------------------------------------------------------
def test_buttons_become_numbered_options_across_the_turn():
    reply = render_reply(
        [
            {"text": "Would you like a call back?", "buttons": YES_NO},
            {"text": "Or pick a procedure:", "buttons": [{"title": "RFA", "payload": '/inform{"procedure":"rfa"}'}]},
        ]
    )
    assert "Would you like a call back?\nReply with a number:\n1) Yes, please\n2) No, thanks" in reply.text
    assert "3) RFA" in reply.text
    assert [b["payload"] for b in reply.buttons] == ["/affirm", "/deny", '/inform{"procedure":"rfa"}']


def test_url_buttons_images_and_custom_payloads():
    reply = render_reply(
        [
            {"text": "More:", "buttons": [{"title": "Our page", "payload": "https://clinic.example/rfa"}]},
            {"image": "https://clinic.example/rfa.png"},
            {"custom": {"kind": "card", "data": [1, 2]}},
            {"custom": {"text": "**Custom** text"}},
        ]
    )
    assert "Our page: https://clinic.example/rfa" in reply.text
    assert "https://clinic.example/rfa.png" in reply.text
    assert "card" not in reply.text and "Custom text" in reply.text
    assert reply.buttons == []  # a link is not a numbered option


def test_one_response_with_blank_lines_stays_one_text():
    reply = render_reply([{"text": "RFA relief lasts 6 to 12 months.\n\nSource: Fluoroscopy page"}])
    assert split_message(reply.text) == ["RFA relief lasts 6 to 12 months.\n\nSource: Fluoroscopy page"]


# --- splitting ----------------------------------------------------------------------------
def test_short_text_is_one_unnumbered_part():
    assert split_message("How long does RFA take?") == ["How long does RFA take?"]
    assert split_message("   ") == []


def test_long_text_is_split_at_sentences_and_numbered():
    sentences = [f"Sentence {i} says something useful about recovery after the procedure." for i in range(40)]
    parts = split_message(" ".join(sentences))
    assert len(parts) > 1
    for number, part in enumerate(parts, start=1):
        assert len(part) <= PART_LIMIT
        assert PART_NUMBER.match(part).groups() == (str(number), str(len(parts)))
        assert PART_NUMBER.sub("", part).endswith("procedure.")  # cut after a sentence
    rejoined = " ".join(PART_NUMBER.sub("", part) for part in parts)
    assert rejoined == " ".join(sentences)


def test_split_never_cuts_a_word_or_url():
    words = [f"https://clinic.example/page_{i}?a=1&b=2" if i % 7 == 0 else f"word{i}" for i in range(80)]
    text = " ".join(words)
    parts = split_message(text, limit=160)
    assert 1 < len(parts) < sms_format.MAX_PARTS
    pieces = [piece for part in parts for piece in PART_NUMBER.sub("", part).split()]
    assert pieces == words
    assert all(len(part) <= 160 for part in parts)


def test_split_caps_the_number_of_parts():
    parts = split_message("word " * 3000)
    assert len(parts) == sms_format.MAX_PARTS
    assert parts[-1].endswith(sms_format.ELLIPSIS)
    assert parts[-1].startswith(f"({sms_format.MAX_PARTS}/{sms_format.MAX_PARTS}) ")
    assert all(len(part) <= PART_LIMIT for part in parts)


def test_split_hard_cuts_only_an_unbroken_run_longer_than_a_part():
    parts = split_message("x" * 1500)
    assert all(len(part) <= PART_LIMIT for part in parts)
    assert "".join(PART_NUMBER.sub("", part) for part in parts) == "x" * 1500


# --- TwiML ------------------------------------------------------------------------------------
def test_twiml_escapes_markup_and_ampersands():
    xml = twiml(["<script>alert('x')</script> & more", "second"])
    assert "<script>" not in xml
    assert "&lt;script&gt;" in xml and "&amp; more" in xml
    assert messages_of(xml) == ["<script>alert('x')</script> & more", "second"]


def test_twiml_drops_characters_xml_cannot_carry():
    assert messages_of(twiml(["bell\x07 and\x00 nul"])) == ["bell and nul"]


def test_empty_twiml_has_no_messages():
    assert messages_of(twiml()) == []
    assert messages_of(twiml(["", "  "])) == []


def test_mask_phone_keeps_only_country_code_and_last_digits():
    assert mask_phone("+15550104567") == "+1******4567"
    assert mask_phone("whatsapp:+15550104567") == "+1******4567"
    assert "010" not in mask_phone("+15550104567")
