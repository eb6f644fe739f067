"""Text in and out of the SMS channel: keywords, numbered replies, plain-text replies, TwiML.

Everything here is a pure function so it can be tested without Sanic or Rasa.

Outgoing replies: all responses of one turn are joined into one plain-text
reply (Markdown removed, buttons turned into a numbered list) and split into
parts of at most ``PART_LIMIT`` characters. 640 characters is about four
concatenated GSM-7 segments: a typical answer with its source arrives as one
text, while Twilio's hard limit (1,600 characters per message) is never
reached. Parts are split at paragraph, line, sentence and then word
boundaries, so a word or a URL is never cut (except a single "word" longer
than a whole part, which no bot response contains), and are numbered
"(1/3) " because handsets may show separate texts out of order.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from twilio.twiml.messaging_response import MessagingResponse

PART_LIMIT = 640
TWILIO_BODY_LIMIT = 1600  # Twilio rejects longer message bodies
MAX_PARTS = 10  # Twilio sends at most 10 TwiML <Message>s per inbound message
INBOUND_LIMIT = 1600  # longer texts are not from a phone; not passed to Rasa
ELLIPSIS = "…"
BUTTONS_HEADER = "Reply with a number:"

# --- keywords (whole message, case and spaces ignored) -------------------------
KEYWORD_STOP = "stop"
KEYWORD_START = "start"
KEYWORD_HELP = "help"
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
START_WORDS = frozenset({"START", "UNSTOP"})
# "yes" answers the assistant's own questions; it only opts in an opted-out number.
START_WORDS_WHEN_OPTED_OUT = START_WORDS | {"YES"}
HELP_WORDS = frozenset({"HELP", "INFO"})

# --- what the channel itself says (before or instead of Rasa) -----------------
STOP_CONFIRMATION = (
    "You've been unsubscribed from {clinic} messages and will not receive any more. "
    "Reply START to resubscribe."
)
START_CONFIRMATION = (
    "You've been resubscribed to {clinic} messages. Ask me a question about your procedure anytime. "
    "Reply HELP for help, STOP to unsubscribe."
)
HELP_REPLY = (
    "{clinic}: automated answers to common questions about your procedure. "
    "To reach our care team call {phone}. For emergencies call 911. Reply STOP to unsubscribe."
)
EMPTY_MESSAGE_REPLY = (
    "Please text your question in words, for example: How long does RFA relief last? "
    "Reply HELP for the clinic's phone number."
)
TOO_LONG_REPLY = (
    "Sorry, that message is too long for me. Please text one short question, "
    "or call {clinic} at {phone}."
)
ERROR_REPLY = (
    "Sorry, something went wrong on our side. Please try again in a few minutes, "
    "or call {clinic} at {phone}. For emergencies call 911."
)

_NUMBERED_REPLY = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)]?\s*$")
_KEYWORD_NOISE = re.compile(r"[\s.!,;:'\"]+")
# Characters XML 1.0 cannot carry (Twilio rejects such TwiML).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- inbound -----------------------------------------------------------------
def keyword(body: str | None, opted_out: bool = False) -> str | None:
    """``KEYWORD_STOP``/``KEYWORD_START``/``KEYWORD_HELP`` when the whole message is one, else None.

    Case, spaces and punctuation are ignored ("Stop.", " stop all ").
    """
    word = _KEYWORD_NOISE.sub("", body or "").upper()
    if word in STOP_WORDS:
        return KEYWORD_STOP
    if word in (START_WORDS_WHEN_OPTED_OUT if opted_out else START_WORDS):
        return KEYWORD_START
    if word in HELP_WORDS:
        return KEYWORD_HELP
    return None


def numbered_choice(body: str | None, buttons: list[dict[str, Any]]) -> str | None:
    """The payload of the button a reply like "2" or "2)" picks, else None."""
    match = _NUMBERED_REPLY.match(body or "")
    if not match or not buttons:
        return None
    index = int(match.group(1)) - 1
    if 0 <= index < len(buttons):
        payload = buttons[index].get("payload")
        return str(payload) if payload else None
    return None


# --- outbound ------------------------------------------------------------------
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_MD_BULLET = re.compile(r"^([ \t]*)(?:[*+•‣◦-])[ \t]+", re.MULTILINE)
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
_MD_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def _link(match: re.Match) -> str:
    text, url = match.group(1).strip(), match.group(2)
    return url if not text or text == url else f"{text}: {url}"


def strip_markdown(text: str) -> str:
    """Plain text for a handset: no Markdown emphasis, headings, links or code marks.

    ``[text](url)`` becomes "text: url", list bullets become "- ". Underscores
    inside words (file names such as ``000_fd06.txt``) are kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _MD_LINK.sub(_link, text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_BULLET.sub(r"\1- ", text)
    text = _MD_BOLD.sub(r"\2", text)
    text = _MD_ITALIC_STAR.sub(r"\1", text)
    text = _MD_ITALIC_UNDERSCORE.sub(r"\1", text)
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


@dataclass
class SmsReply:
    """One turn's replies: the plain text and the buttons it numbered (1-based order)."""

    text: str = ""
    buttons: list[dict[str, str]] = field(default_factory=list)


def render_reply(messages: Iterable[dict[str, Any]]) -> SmsReply:
    """Turn the bot's responses for one turn into one plain-text reply.

    Buttons are numbered across the whole turn; buttons whose payload is a URL
    become "title: url" lines instead. Images and string attachments become
    their URL; custom payloads keep only a ``text`` field, anything else is dropped.
    """
    blocks: list[str] = []
    buttons: list[dict[str, str]] = []
    for message in messages:
        lines: list[str] = []
        custom = message.get("custom")
        for text in (message.get("text"), custom.get("text") if isinstance(custom, dict) else None):
            if isinstance(text, str) and text.strip():
                lines.append(strip_markdown(text))
        for media in (message.get("image"), message.get("attachment")):
            if _is_url(media):
                lines.append(media)
        options: list[str] = []
        for button in message.get("buttons") or []:
            title = strip_markdown(str(button.get("title") or "")).replace("\n", " ")
            payload = str(button.get("payload") or button.get("url") or "")
            if _is_url(payload):
                lines.append(f"{title}: {payload}" if title else payload)
            elif payload:
                buttons.append({"title": title, "payload": payload})
                options.append(f"{len(buttons)}) {title or payload}")
        if options:
            lines.append("\n".join([BUTTONS_HEADER, *options]))
        if lines:
            blocks.append("\n".join(lines))
    return SmsReply(text="\n\n".join(blocks), buttons=buttons)


_BREAKS = (
    re.compile(r"(\n\n+)"),  # paragraphs
    re.compile(r"(\n)"),  # lines (keeps numbered options whole)
    re.compile(r"[.!?…][\"')\]]*([ \t]+)"),  # sentences, closing quotes stay with them
    re.compile(r"([ \t]+)"),  # words
)
_MIN_FILL = 3  # a paragraph or sentence break must leave the part at least 1/3 full


def _cut(text: str, limit: int) -> tuple[str, str]:
    """Split ``text`` into a head of at most ``limit`` characters and the rest, at the best break."""
    window = text[: limit + 1]  # a break right after the limit still counts
    for pattern in _BREAKS:
        floor = 1 if pattern is _BREAKS[-1] else limit // _MIN_FILL
        cuts = [m for m in pattern.finditer(window) if floor <= m.start(1) <= limit]
        if cuts:
            return text[: cuts[-1].start(1)].rstrip(), text[cuts[-1].end(1):].lstrip()
    return text[:limit], text[limit:]  # one unbroken run longer than a part


def split_message(text: str, limit: int = PART_LIMIT, max_parts: int = MAX_PARTS) -> list[str]:
    """Split ``text`` into numbered parts of at most ``limit`` characters each.

    Text that fits is returned whole and unnumbered. Otherwise each part
    starts with "(i/n) ", counted in the limit. More than ``max_parts``
    parts are cut short with "…" (Twilio sends at most 10 replies per message).
    """
    text = text.strip()
    if not text:
        return []
    if len(text) <= limit:
        return [text]
    prefix_room = len(f"({max_parts}/{max_parts}) ")
    parts: list[str] = []
    rest = text
    while rest:
        if len(rest) <= limit - prefix_room:
            parts.append(rest)
            break
        head, rest = _cut(rest, limit - prefix_room)
        parts.append(head)
    if len(parts) > max_parts:
        parts = parts[:max_parts]
        room = limit - prefix_room - len(ELLIPSIS) - 1
        last = parts[-1] if len(parts[-1]) <= room else _cut(parts[-1], room)[0]
        parts[-1] = f"{last} {ELLIPSIS}"
    total = len(parts)
    return [f"({number}/{total}) {part}" for number, part in enumerate(parts, start=1)]


def xml_safe(text: str) -> str:
    """``text`` without characters XML 1.0 cannot carry (escaping is left to the TwiML builder)."""
    return _XML_INVALID.sub("", text)


def twiml(bodies: Iterable[str] = ()) -> str:
    """A TwiML ``<Response>`` with one ``<Message>`` per body; no bodies gives an empty response."""
    response = MessagingResponse()
    for body in bodies:
        body = xml_safe(body)
        if body.strip():
            response.message(body[:TWILIO_BODY_LIMIT])
    return str(response)


def mask_phone(phone: str | None) -> str:
    """A phone number safe for logs: "+15550104567" -> "+1******4567"."""
    if not phone:
        return "<none>"
    number = phone.split(":", 1)[-1]
    if len(number) < 7:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 6) + number[-4:]
