"""Keep patients' phone numbers and names out of logs at INFO and above.

Phone numbers (E.164, US formats, ``whatsapp:``/``tel:`` prefixes) and names
are replaced in every record at INFO or higher. ``install()`` wraps the
process's log-record factory, so it covers every logger and handler, whenever
and however they are configured (Rasa, rasa-sdk, Sanic, structlog through
stdlib); importing ``bot`` installs it in the Rasa server and the action
server. ``RedactingFilter`` does the same for one handler.

Names are found by how patients introduce or sign themselves, in any case
("my name is maria lopez", "This is John", "i'm ana", "call me bob",
"name: Lee", "signed, Maria", "thanks, maria", "- maria"), and the one or two
name words that follow are masked. After a strong introduction ("my name is",
"my name's", "name:", "I go by") the next word is always treated as a name.
After a weak one ("I am"/"I'm"/"im", "this is", "it's", "call me", a sign-off)
ordinary words are left alone ("I am sore", "this is normal", "it's been 3
days", "call me back"): a stop-list of words patients write there, words of one
or two letters, numbers, and a few unmistakable endings ("-ing", "-ful",
"-ous", "-able", long "-ed" words). Any other word is masked: a masked ordinary word in a log is
cheap, a leaked name is not.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

# Not inside a UUID (a ticket id): "12345678-1234-47da-..." or a last group of twelve digits would
# otherwise read as a phone number, and the id in a log line would be masked.
PHONE_PATTERN = re.compile(
    r"(?<![\w])(?<![0-9a-fA-F]-)(?:(?:whatsapp|tel|sms):)?"
    r"(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w]|-[0-9a-fA-F]{4}-)"
)
PHONE_MASK = "[phone]"
NAME_MASK = "[name]"

# A name word: letters, with inner apostrophes or hyphens ("o'brien", "mary-jane", "josé").
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
_TITLE = r"(?:mrs|mr|ms|miss|dr|mx)\b\.?"
_APOS = "['’]"
# What follows a trigger: an optional title, a word, and optionally a second word on the same line.
_FOLLOWING = rf"(?=(?P<title>{_TITLE}[ \t]*)?(?P<first>{_WORD})(?:[ \t]+(?P<second>{_WORD}))?)"

# After these the next word is the name ("my name is Joy", "name: Ed", "last name: Lee").
_STRONG = re.compile(
    rf"(?i)(?:\b(?:sur|first|last|full)?name(?:\s+is|\s*{_APOS}s)\b[ \t]*:?|\b(?:sur)?name[ \t]*[:=]"
    r"|\bi\s+go\s+by\b)\s*" + _FOLLOWING
)
# After these a name is likely but ordinary words are common too.
_WEAK = re.compile(
    rf"(?i)(?:\b(?:it{_APOS}?s|this[ \t]+is)[ \t]+(?:just[ \t]+|only[ \t]+)?me\b[ \t]*[,.:;-]*[ \t]*"
    rf"|\b(?:i[ \t]+am|i{_APOS}m|im|this[ \t]+is|it{_APOS}s|call[ \t]+me)\b[ \t]*"
    r"|\bsigned[ \t]*[,:]\s*|^[ \t]*signed\b[ \t]*"
    # "its" without the apostrophe only where an introduction starts: "hi its maria", "Its john."
    r"|(?:^|[.!?,;:]|\b(?:hi|hey|hello|yes|yeah|ok|okay|sorry)\b[,.!]?)[ \t]*its\b[ \t]*)"
    + _FOLLOWING,
    re.MULTILINE,
)
# Sign-offs: one or two words ending a line or a quoted message ("thanks, maria", "Thanks,\nMaria",
# "- Maria Lopez").
_SIGN_OFF = re.compile(
    r"(?im)(?:\b(?:thanks|thank[ \t]+(?:you|u)|thx|ty|regards|cheers|sincerely)\b[ \t]*[,.!:;-]*\s*"
    r"|(?:^|(?<=\s))(?:-{1,2}|[–—~])[ \t]*)"
    rf"(?=(?P<first>{_WORD})(?:[ \t]+(?P<second>{_WORD}))?[ \t]*[.!)]*[ \t]*(?:$|['\"](?!\w)))"
)

# Words that follow "my name is" without being a name.
_NOT_A_NAME_AFTER_NAME_IS = frozenset(
    "a an and at in is not on or the still also under spelled misspelled missing wrong incorrect "
    "different listed changed same was".split()
)
# Ordinary words after "I am", "I'm", "this is", "it's", "call me" or a sign-off, and after a first
# name ("i'm maria having pain"). Words of one or two letters are ordinary after a weak trigger
# anyway; the two-letter ones listed here are also ordinary as a second word, so that a second name
# word such as "Wu" or "Li" stays masked.
STOP_WORDS = frozenset(
    """
    a am an as at be by do go he hi if in is it me my no of ok on or so to up us we ya yo
    i i'd i'll i'm i've id ill im ive it's its that's there's here's what's who's he's she's
    the this that these those there here what which who whom whose why how where when while
    and but nor yet for from with without into onto about above after again against along
    around before behind below beneath beside between beyond during except inside near off
    outside over past per since than through throughout till toward towards under until upon
    via within because though although unless whether then else otherwise like unlike such
    other another same
    also just only even still already always never ever often sometimes anymore anyway
    anyways instead maybe perhaps too very quite rather pretty really real super kinda sorta
    kind sort bit lot lots little much more most less least almost somewhat
    actually probably definitely totally honestly literally basically seriously currently
    usually normally typically generally mostly mainly finally constantly extremely
    incredibly absolutely completely slightly barely hardly nearly fairly possibly certainly
    clearly obviously apparently supposedly recently newly severely badly terribly horribly
    especially exactly simply truly fully partly
    not no nope yes yeah yep okay okey fine good great well better best worse worst bad
    alright right wrong sure unsure certain uncertain true false correct incorrect
    sore hurt hurts pain pains painful aching achy ache numb tingly swollen stiff tight weak
    tired sleepy drowsy groggy exhausted dizzy lightheaded nauseous nauseated sick ill unwell
    fever feverish infected infection hot warm cold cool red pink purple blue black yellow
    green white bruised itchy crusty wet damp dry sticky puffy raised bumpy lumpy tender
    heavy hard soft sharp dull constant sweaty shaky bled weird strange odd normal abnormal
    usual unusual typical common expected new different serious urgent emergency critical
    severe mild moderate extreme intense chronic acute sudden gradual persistent high low
    bigger smaller larger higher lower longer shorter minor major clear unclear fixed broken
    cracked loose gone part related caused due short tall big small thin upright flat bent
    soaked run way
    scary scared afraid frightened nervous anxious stressed worried concerned confused lost
    stuck upset sad mad angry frustrated annoyed depressed miserable desperate grateful
    thankful glad happy relieved sorry embarrassed interested aware unaware positive bored
    married divorced single widowed
    negative sensitive claustrophobic
    allergic diabetic prediabetic pregnant postpartum asthmatic anemic epileptic arthritic
    hypertensive immunocompromised constipated overweight sober drunk npo fasting type
    post pre postop preop post-op pre-op op status overdue ready able unable allowed supposed
    late early scheduled booked registered enrolled covered insured uninsured medicare medicaid sedated
    awake asleep alone home back out away down up done finished improved healed told given
    seen prescribed medicated diagnosed retired disabled employed unemployed bedridden
    bedbound housebound homebound wheelchair bed old older elderly young aged years yrs
    having feeling getting going asking wondering calling texting bleeding doing being
    dying lying trying
    has have had does did said says went got get gets gotten feel feels felt
    seems seem looks look need needs needed want wants wanted think thought know knew see
    saw hear heard been being was were would should could can cannot can't won't
    don't didn't isn't aren't wasn't haven't hasn't gonna gotta wanna
    now today tonight tomorrow yesterday morning afternoon evening night week weeks day
    days month months year years time monday tuesday wednesday thursday friday saturday
    sunday weekend january february march july september october november december
    first second third fourth fifth last next final one two three four five six seven eight
    nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety once twice
    half
    her his their our your its whose anyone anybody someone somebody everyone everybody
    nobody none all both each every either neither any some few many several myself
    himself herself them they you yours you're
    patient patients caregiver guardian parent mom mum mother dad father son daughter wife
    husband partner spouse sister brother aunt uncle grandma grandpa grandmother grandfather
    friend neighbor neighbour family child kid kids baby boyfriend girlfriend fiance fiancee
    nurse doctor doc physician provider surgeon staff team clinic office
    regarding re follow followup follow-up
    please pls plz asap soon later sooner anytime whenever immediately directly quickly
    safe unsafe dangerous possible impossible likely unlikely necessary important
    ridiculous terrible horrible awful unbearable insane crazy nuts
    left middle mid front side
    guys folks y'all yall advance bye goodbye xoxo xo love lol god heaps tons kindly man dude
    bro sis hun honey dear sir madam maam ma'am thanks thank thx cheers regards hello hey
    """.split()
)
# Ordinary words that are also surnames: as a second word they stay masked ("this is john young").
SURNAME_WORDS = frozenset(
    """
    young white black green gray grey long short little sharp low best good day early love post
    hurt major minor friend child strange rather said
    """.split()
)
# Names that end like an ordinary "-ing" word; kept masked.
_ING_NAMES = frozenset(
    "sterling irving channing manning fleming browning harding downing golding fielding "
    "spalding lansing redding cushing kipling darling hemming pickering whiting".split()
)
_ORDINARY_SUFFIX = re.compile(r"(?:ing|ful|ous|able|ible|ness|ified|ated)$")
# Long past participles ("scheduled", "recommended"), but not names such as Siegfried or Abdulhameed.
_LONG_PARTICIPLE = re.compile(r"[^ei]ed$")


def _lookup_form(word: str) -> str:
    """``word`` lower-cased, with a straight apostrophe, no drawn-out letters and no possessive "'s"."""
    lowered = re.sub(r"(\w)\1{2,}", r"\1", word.lower().replace("’", "'"))  # "soooo" -> "so"
    return lowered[:-2] if lowered.endswith("'s") and len(lowered) > 3 else lowered


def _is_ordinary_first_word(word: str) -> bool:
    """Whether ``word`` right after a weak trigger is an ordinary word rather than a name."""
    lowered = _lookup_form(word)
    if len(lowered) <= 2:
        return True
    if lowered in STOP_WORDS:
        return True
    if lowered in _ING_NAMES:
        return False
    return (len(lowered) >= 6 and bool(_ORDINARY_SUFFIX.search(lowered))) or (
        len(lowered) >= 9 and bool(_LONG_PARTICIPLE.search(lowered))
    )


def _is_ordinary_second_word(word: str) -> bool:
    """Whether ``word`` after a first name starts the sentence again ("maria having pain")."""
    lowered = _lookup_form(word)
    return len(lowered) == 1 or (lowered in STOP_WORDS and lowered not in SURNAME_WORDS)


def _name_span(match: re.Match[str], strong: bool) -> tuple[int, int] | None:
    """Where the name after ``match``'s trigger is, or None when what follows is not a name."""
    first = match.group("first")
    titled = "title" in match.re.groupindex and match.group("title")
    if not titled:
        if strong:
            if first.lower() in _NOT_A_NAME_AFTER_NAME_IS:
                return None
        elif _is_ordinary_first_word(first):
            return None
    end = match.end("first")
    second = match.group("second")
    if second and not _is_ordinary_second_word(second):
        end = match.end("second")
    return match.start("first"), end


def _name_spans(text: str) -> Iterator[tuple[int, int]]:
    for pattern, strong in ((_STRONG, True), (_WEAK, False), (_SIGN_OFF, False)):
        for match in pattern.finditer(text):
            span = _name_span(match, strong)
            if span:
                yield span


def mask_names(text: str) -> str:
    """``text`` with self-introduced and signed names replaced by ``[name]``."""
    spans = sorted(_name_spans(text))
    if not spans:
        return text
    parts, position = [], 0
    for start, end in spans:
        if start < position:  # overlaps a name already masked: extend it
            if end > position:
                position = end
            continue
        parts += [text[position:start], NAME_MASK]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def redact(text: str) -> str:
    """``text`` with phone numbers and self-introduced names masked."""
    return mask_names(PHONE_PATTERN.sub(PHONE_MASK, text))


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
