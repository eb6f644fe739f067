"""Deterministic detection of post-procedure emergencies ("red flags") in patient text.

The rules live in ``knowledge/red_flags.yml`` as phrase templates a clinician can
read (see that file's header for the syntax). This module

1. normalises the message: words spelled out in capitals as on a letter board
   ("P A I N", "N-O P-E-E") as the words they spell, lower case, plain quotes,
   "sooo" -> "so", SMS spellings and contractions ("cant" -> "cannot", "r" ->
   "are"), and small typos in a curated list of symptom words ("numbess" ->
   "numbness");
2. splits it into sentences, *segments* (sentences cut at "but", "although",
   ... or a comma before a new subject) and *clauses* (segments also cut at
   "and", "so", ... before a new subject), so "no fever but i cant feel my
   legs" keeps its second half;
3. finds every symptom phrase and drops those that are negated ("no fever",
   "legs aren't numb", "the numbness wore off") within their clause, or
   hypothetical ("what if", "can it cause", "risk of") within their segment;
4. drops phrases about someone else: an animal ("my dog had a seizure"), or
   another person's past experience offered as a comparison ("my sister
   could not pee after hers, does that happen?"), but not a relative who has
   the symptom now ("my husband had his rfa today and now he cannot walk");
5. reports the first category, in file order, with a phrase left standing or
   with every sign of one of its combinations left standing anywhere in the
   message (infection = fever *and* a red, swollen or draining site); a
   category's ``not_when`` phrases cancel its patterns, and its signs too where
   it is marked ``not_when_covers_signs``. A
   category's ``yield_patterns`` count only when none of its ``yield_to``
   categories fires ("legs gave out and i cannot stand up" is cannot_walk), and
   not on the words of an exclusion that cancelled one of those categories'
   patterns ("my legs gave out under me after a long shift" is neither).

Self-harm (``any_mention``) ignores hypothetical, "it passed" and someone-else
cues and is negated only by a cue right before it ("i'm not suicidal"), so "is it bad that
i want to die" is never missed.

Everything is plain ``re`` over a few short strings: no model, no spaCy doc,
well under a millisecond per message.
"""
from __future__ import annotations

import bisect
import difflib
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot import yaml_strict
from bot.constants import RED_FLAG_REPLY_CRISIS as REPLY_CRISIS
from bot.constants import RED_FLAG_REPLY_EMERGENCY as REPLY_EMERGENCY
from bot.constants import RED_FLAG_RULES_FILE

logger = logging.getLogger(__name__)

REPLY_KINDS = (REPLY_EMERGENCY, REPLY_CRISIS)

DEFAULT_NEGATION_WINDOW = 5  # words allowed between a negation cue and the symptom
RESOLUTION_WINDOW = 4  # words between a symptom and "... went away" in its clause
# A denial reaches no further than "just" or "only" and what they point at: "no pain no fever, just the
# site keeps bleeding", "no pain really just cant empty my bladder" (not "not a seizure just jittery").
NEGATION_SCOPE_ENDS = frozenset({"just", "only"})
NEGATION_SCOPE_POINTS = frozenset({"the", "my", "his", "her", "their", "this", "that", "a", "an", "some", "cannot"})
# Walking well later clears weak or numb legs, not an arm, hand or face: "his left arm is weak, he cannot hold
# the pail. He is walking fine and talking fine."
WALKING_DOES_NOT_CLEAR = frozenset(
    {"arm", "arms", "hand", "hands", "finger", "fingers", "wrist", "wrists", "grip", "face", "shoulder", "thumb"}
)
LATER_RESOLUTION_WINDOW = 8  # words between a symptom and "but it went away" in its sentence
LATER_RESOLUTION_CLAUSES = 2  # ... or this many clauses on: "numb for hours, just like the nurse said, now it is fine"
NEXT_SENTENCE_RESOLUTION = 2  # "Back to normal now." may open the next sentence after this many words
ALL_CLEAR_OPENING = 2  # "(To clarify,) now everything is normal." may open any later sentence after this many words
FRAME_OPENING = 2  # "(lol so) in the show I'm watching, ..." may open the sentence it frames after this many words
GAP_WORDS = 3  # what "..." in a pattern stands for
# English words this rare (names, mostly) are read as a rule word with two neighbouring letters swapped.
RARE_WORD_RANK = 15000
# A word ending in "in" at least this rare is read as a dropped g ("goin" is 12,820th, "thin" 2,494th).
DROPPED_G_RANK = 10000
# A word typed without its spaces is read as the words it runs together from this many letters
# ("icantpee"), on a second reading only (see ``RedFlagDetector.detect_all``).
RUN_TOGETHER_MIN_LETTERS = 6

_CATEGORY_KEYS = {
    "id", "reply", "patterns", "sentence_patterns", "yield_patterns", "yield_to", "combinations", "not_when",
    "sentence_not_when", "negation_window", "any_mention", "stays_urgent", "cleared_by_walking",
    "not_when_covers_signs",
}
# A sentence opening with one of these right before the phrase is an example for the question before it.
_EXAMPLE_OPENERS = frozenset({"like", "eg", "say", "maybe", "or"})
# A sentence that is only a short list of signs, right after a question about what to watch for
# (a hypothetical cue and one of _WATCH_FOR_WORDS), is that question's examples ("What should I
# watch for? red, swollen, pus, fever?"); any of _NOT_A_BARE_LIST, or a number, makes it the
# patient's own report instead ("... fever 102 now").
_BARE_LIST_MAX_WORDS = 6
_WATCH_FOR_WORDS = frozenset({
    "watch", "look", "lookout", "signs", "sign", "symptoms", "warning", "expect",
    "flag", "flags", "risk", "risks", "complications", "scenario", "scenarios",
})
# So is a question whether something can cause a sign, when it names nothing of the patient's
# ("contrast dye cause hives? throat swell?"); not "could it cause this? throat swelling".
_CAUSE_WORDS = frozenset({"cause", "causes"})
_NOT_A_CAUSE_QUESTION = frozenset({"it", "this", "these", "that", "those"})
_NOT_A_BARE_LIST = frozenset({
    "i", "me", "my", "mine", "he", "she", "his", "her", "they", "their", "we", "our",
    "is", "am", "are", "was", "were", "have", "has", "had", "been", "got", "getting", "started",
    "now", "since", "still", "today", "tonight", "yesterday", "just", "already", "again",
})
# Words that put the patient back in a sentence about someone else ("my wife says i passed out").
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
# Sentence adverbs of the writer's own stance: after one, a story's sentence goes on in the writer's
# voice ("watched a documentary about someone who ... and honestly it felt like a relief to imagine").
_WRITER_STANCE = frozenset({"honestly", "personally", "frankly"})
# Either puts the writer back into a framed sentence.
_WRITERS_OWN = _FIRST_PERSON | _WRITER_STANCE
# Pronouns that, after a pet and a person were both named, are taken to be the person.
_THIRD_PERSON = frozenset({"he", "she", "they"})


class RedFlagRulesError(ValueError):
    """The rules file is missing, malformed or refers to something undefined."""


@dataclass(frozen=True)
class RedFlag:
    """A red flag found in a message.

    Attributes:
        category: the category id from the rules file, e.g. ``"weakness_numbness"``.
        reply: what the assistant must tell the patient: ``"emergency"`` or ``"crisis"``.
        start: character offset of the evidence in the original message.
        end: end offset of the evidence (for a combination, from its first to its last sign).
        text: ``message[start:end]``.
    """

    category: str
    reply: str
    start: int
    end: int
    text: str


# --- text normalisation -------------------------------------------------------

_CHAR_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00b0": " ",  # 102°F -> "102 f"
}
_FORM_ITEM = re.compile(r"(?<![\w#])(?:#|q)\d{1,2}(?=[\s.):])")  # "#1", "Q4": a form's question number
_TOKEN = re.compile(
    r"(?P<slash>[a-z]/[a-z]\b|[a-z]/(?![a-z0-9]))"  # w/o, b/c, w/
    r"|(?P<item>(?<![\w.:])\d{1,2}\)(?=\s))"  # "1) is it ok to shower 2) my son just had a seizure"
    # "a) is it ok to nap b) hives all over", "few things * can i take a bath * i'm leaking urine"
    # and, in a form with two or more, its question numbers: "#1 3 #2 no #3 no", "Q4 walking ok? - no. Q1 ..."
    # (a lone "#2" is not: "went #2 in my pants").
    r"|(?P<letter_item>(?<![\w.(])[a-h]\)(?=\s)|(?<=\s)\*(?=\s))"
    rf"|(?P<form_item>{_FORM_ITEM.pattern})"
    # A bare list number before a yes/no answer: "1 no fever 2 no headache 3 yes bleeding, won't stop".
    r"|(?P<answer_item>(?<![\w.,])\d{1,2}(?=\s+(?:yes|no|yeah|yep|nope|nah)\b))"
    r"|(?P<number>\d+(?:\.\d+)?)"
    r"|(?P<abbrev>(?<![a-z])(?:no|nr)\.(?=\s*\d))"  # "no. 12": the word "number", no negation, no sentence end
    r"|(?P<word>[a-z]+(?:['-][a-z]+)*|[&+])"
    r"|(?P<strong>[.!?;\n]+|\u2026|(?<=\s)-+(?=\s)(?!\s+(?:like|such as|e\.g\.|eg|for example|including)\b))"
    r"|(?P<soft>[,:])"
)
_BRACKETED_QUESTION = re.compile(r"\([^()\n]{0,80}\?[^()\n]{0,30}\)")  # "(is it called like this?)", "(sp?)"
_LIST_LINE = re.compile(r"\s*(?:[-*\u2022>\[(]|\d)")  # a bullet, a quoted name "[Mum]:", a number


# A line that ends in "if", or a next line that starts with a lower-case "when", goes on in the
# same sentence ("what if\ni lose bladder control ...", "legs were wobbly\nwhen i got off the table").
_DANGLING_IF = re.compile(r"\b(?:(?i:if|in case)[ \t]*\r?\n|\r?\n(?=[ \t]*when\b))")


def _spaces(match: re.Match[str]) -> str:
    """The match with its line break(s) as spaces: the same length, so offsets stay valid."""
    return match.group(0).replace("\r", " ").replace("\n", " ")


def _run_on(text: str) -> str | None:
    """``text`` with each bare line break a space, or None if it has none.

    A line break is bare when the line before it ends without sentence punctuation and is
    no form line ("Chest pain: no"), and the next line starts no list item: a message typed
    in bursts ("throat\nfeels like its closing"). Spaces replace the breaks one for one, so
    offsets into ``text`` stay valid."""
    lines = text.split("\n")
    if len(lines) < 2:
        return None
    out = lines[0]
    joined = False
    for before, line in zip(lines, lines[1:], strict=False):
        tail = before.rstrip()
        bare = bool(tail) and tail[-1] not in ".!?;:" and ":" not in before and not _LIST_LINE.match(line)
        if bare and out.endswith("\r"):
            out = out[:-1] + " "
        out += (" " if bare else "\n") + line
        joined = joined or bare
    return out if joined else None


# A question or form label answered "no": "Chest pain? Nope.", "Fever: no.", "Can't walk? Ha, no, ...",
# "Worst headache ever? Definitely not.", "checked for hives - none", a quoted question "'Has mom had any seizures?' no".
# The answer stays in the sentence it answers, as the single word ANSWERED_NO.
_ANSWERED_NO = re.compile(
    r"(?:[?:]+['\"\u2019\u201d]*(?:\s*-+)?|\s-+)\s*(?:(?:ha|haha|lol|lmao|um|uh|oh|well)[\s,.!]+)?(?P<answer>no|nope|none|never|nah|negative|denied|(?:definitely|absolutely|certainly)\s+not)"
    r"(?!\.\s*\d)(?=\s*(?:[.,;!\n]|$)|\s+(?:never|not|none|nothing)\b)"  # not "no. 12", a house number; "hives? no never had"
)
# The same answer in a telegraphic form label, no "?" or ":": a sentence of one to three words and
# then "no" ("Chest pain no. Breathing fine."); not "... or no".
_BARE_ANSWERED_NO = re.compile(
    r"(?:^|(?<=[.!?;\n]))\s*[a-z]+(?:\s+[a-z]+){0,2}(?<!\bor)(?<!\byes)\s*,?\s+(?P<answer>no|nope|none|negative)"
    r"(?!\.\s*\d)(?=\s*(?:[.;!\n]|$))"
)
ANSWERED_NO = "answered_no"
# An autocorrect slip put right with a starred word: "my left leg is bomb *numb", "chess hurts *chest".
_STAR_CORRECTION = re.compile(r"(?<![\w*])\*([a-z]+(?:'[a-z]+)*)(?![\w*])")  # "*can't" whole
STAR_CORRECTION_SIMILARITY = 0.5  # difflib ratio: "bomb"/"numb" 0.5, "week"/"weak" 0.75, "wait"/"weight" 0.6
_REPEATS = re.compile(r"([a-z])\1{2,}")
_NOT_CONTRACTION = re.compile(r"^([a-z]+)n'?t$")
_NOT_STEMS = {
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "had",
    "could", "would", "should", "must", "need", "might",
}
_SPECIAL_NOT = {"can": ("cannot",), "ca": ("cannot",), "won": ("will", "not"), "wo": ("will", "not"), "ai": ("is", "not")}
_SUFFIXES = {"'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would"}
# Stems whose 'm/'re/'ve/'ll/'d is a contraction; elsewhere the apostrophe is a typo ("pee'd").
_PRONOUNS = {"i", "you", "u", "we", "they", "he", "she", "it", "that", "there", "who", "what",
             "could", "would", "should", "might", "must"}
_IS_STEMS = {"it", "that", "there", "he", "she", "what", "who", "where", "here", "this"}


# "dad's burning up", "nana's having a turn": an "'s" before a word in -ing is "is" (not "dad's wedding").
_ING_AFTER = re.compile(r"\s+([a-z]{2,}ing)\b")
_ING_NOUNS = frozenset(
    "thing nothing something anything everything morning evening ceiling wedding building clothing pudding "
    "stuffing sibling spring string during bring ring king sing wing swing sting icing filling lining "
    "bedding handling parking housing funding meeting painting drawing setting".split()
)


# "he'd been": an "'d" before "been" is "had".
_BEEN_AFTER = re.compile(r"\s+been\b")


def _is_before_a_verb(lowered: str, end: int) -> bool:
    after = _ING_AFTER.match(lowered, end)
    return after is not None and after.group(1) not in _ING_NOUNS


def _about_the_writer(between: list[str]) -> bool:
    """A "now" after the phrase, past an "I" and no he/she/they, is the writer's: "... couldn't feel her arm,
    that's why I'm so into energy healing now"."""
    return not _FIRST_PERSON.isdisjoint(between) and _THIRD_PERSON.isdisjoint(between)


_ASCII_MAP = str.maketrans({k: v for k, v in _CHAR_MAP.items() if len(k) == 1})


# Punctuation dictated to a voice assistant comes out as words ("cannot feel my legs comma help
# period"). A message with one of the unambiguous ones ("comma", "question mark") is read with all of
# them as the marks they name ("period" too, which elsewhere is a word), each padded to its length.
_SPOKEN_MARK = re.compile(
    r"\b(comma|period|full stop|question mark|exclamation mark|exclamation point|new line|new paragraph)\b"
)
_MARK_FOR = {"comma": ",", "question mark": "?", "exclamation mark": "!", "exclamation point": "!"}  # the rest: "."
_WORDS_TOO = frozenset({"period", "full stop"})  # not a sign of dictation on their own


def _spoken_punctuation(lowered: str) -> str:
    """``lowered`` with dictated punctuation words read as their marks, every offset kept."""
    if all(m.group(1) in _WORDS_TOO for m in _SPOKEN_MARK.finditer(lowered)):
        return lowered
    return _SPOKEN_MARK.sub(lambda m: _MARK_FOR.get(m.group(1), ".").ljust(len(m.group())), lowered)


def _char_normalise(text: str) -> str:
    """Lower case and plain punctuation, keeping every character at its offset."""
    if text.isascii():
        return text.lower().translate(_ASCII_MAP)
    out = []
    for char in text:
        char = _CHAR_MAP.get(char, char)
        if not char.isascii():
            folded = unicodedata.normalize("NFKC", char)
            char = folded if len(folded) == 1 else char
        if not char.isascii():  # an accented letter keeps its base letter: "tía" -> "tia"
            base = unicodedata.normalize("NFKD", char)[0]
            char = base if base.isascii() and base.isalpha() else char
        lower = char.lower()
        out.append(lower if len(lower) == 1 else char)
    return "".join(out)


# A quotation in straight quotes (curly ones are made straight first): opened after a space, a colon,
# a bracket or a dash, closed before a space or punctuation, so "don't" and "leg's" do not end one.
_QUOTE = re.compile(r"""(?:^|(?<=[\s:(\[-]))(["'])(?=[^\s"'])(.{2,300}?)(?<=[^\s"'])\1(?=$|[\s.,;:!?)\]-])""", re.S)
_SENTENCE_END = re.compile(r"[.!?\n]")
SOURCE_BEFORE_CHARS = 80  # how far before a quotation its source may be named, within the sentence
SOURCE_AFTER_CHARS = 45  # "'Bleeding that soaks the dressing' - from the sheet"
SOURCE_NAMED_AFTER_CHARS = 20  # the source a word or two after "from the": "from the med leaflet"
_FROM_THE = re.compile(r"\s*(?:-\s*|,\s*)?(?:from|off|per)\s+(?:the|my|a|an|this|that|our|his|her)?\s*")
# ... unless the patient then takes the quotation as their own ("discharge sheet mentioned 'positional
# headache' and to call. I think thats what this is, ...") within this many characters after it.
OWNED_AFTER_CHARS = 60
_OWNED = re.compile(
    r"\b(?:thats|that'?s|that is|this is|its|it'?s|it is)\s+(?:exactly\s+|just\s+)?what\s+"
    r"(?:this is|i have|i'?ve got|i got|is happening|it is|it'?s|he has|she has|i'?m having|i am having)\b"
    r"|\bi(?:\s+think\s+i)?(?:\s+have|'ve|\s+got|'ve\s+got|\s+have\s+got)\s+(?:that|this|it|those|all\s+of\s+(?:that|those|them))\b"
    r"|\bsounds like (?:me|mine|what i have|what'?s happening)\b"
)


# A line quoted from an earlier message with ">", as an email reply quotes the clinic's message or
# its discharge instructions ("> Report any bleeding that soaks the bandage.\nbandage is dry"):
# not a "> 101" reading at the start of a line.
_EMAIL_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>+(?![ \t]*[\d.])[^\n]*")


def _email_quoted_lines(lowered: str) -> list[tuple[int, int]]:
    """Character spans of lines quoted with ">" from an earlier message: the clinic's words, not the
    patient's, as a quotation from a document is."""
    return [line.span() for line in _EMAIL_QUOTED_LINE.finditer(lowered)] if ">" in lowered else []


def _sourced_quotes(lowered: str, source: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Character spans of quotations taken from a document ("The pharmacy label says 'stop if hives
    or swelling'", "copied from the handout: '...'", "'Bleeding that soaks the dressing' - from the
    sheet"): a source named before the quotation in its sentence, or "from the ..." right after it,
    and not taken by the patient as their own just after it ("I think thats what this is").
    Someone's own words in quotes ("he sent me: 'can't get off the toilet'") have no such source."""
    if source is None or ('"' not in lowered and "'" not in lowered):
        return []
    spans = []
    for quote in _QUOTE.finditer(lowered):
        before = lowered[max(0, quote.start() - SOURCE_BEFORE_CHARS) : quote.start()]
        ends = list(_SENTENCE_END.finditer(before))
        before = before[ends[-1].end() :] if ends else before
        after = lowered[quote.end() : quote.end() + SOURCE_AFTER_CHARS]
        named_after = _FROM_THE.match(after)
        named = named_after and source.search(after, named_after.end(), named_after.end() + SOURCE_NAMED_AFTER_CHARS)
        if (source.search(before) or named) and not _OWNED.search(
            lowered, quote.end(), quote.end() + OWNED_AFTER_CHARS
        ):
            spans.append(quote.span(2))
    return spans


# A word spelled out in capital letters, as on a letter board or for emphasis: "P A I N",
# "N-O P-E-E", "I W A N T T O E N D I T" (three letters or more, or two joined by hyphens).
_SPELLED = re.compile(r"(?<![A-Za-z])[A-Z](?:(?:[ -][A-Z]){2,}|(?:-[A-Z])+)(?![A-Za-z])")
# The same in lower case, letters one space apart ("cnt w a l k"): read on the second
# reading only, where words typed without their spaces are read too.
_SPELLED_LOWER = re.compile(r"(?<![A-Za-z])[a-z](?: [a-z]){2,}(?![A-Za-z])")
SPELLED_WORD_COST = 4.0  # added per word, so "no pee" is read rather than a string of short words
_SPELLED_ONE_LETTER_WORDS = frozenset({"a", "i"})


def _segment(letters: str, english: Mapping[str, int]) -> list[str] | None:
    """``letters`` cut into common English words ("iwanttoendit" -> i want to end it), the cut
    with the fewest, commonest words; None if there is none."""
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 20), end):
            word, before = letters[start:end], best[start]
            if before is None or word not in english:
                continue
            if len(word) == 1 and word not in _SPELLED_ONE_LETTER_WORDS:
                continue
            cost = before[0] + math.log(english[word] + 2) + SPELLED_WORD_COST
            if best[end] is None or cost < best[end][0]:
                best[end] = (cost, before[1] + [word])
    return best[-1][1] if best[-1] is not None else None


def _join_spelled(
    text: str, english: Mapping[str, int], spelled: re.Pattern[str] = _SPELLED
) -> tuple[str, list[Span]]:
    """``text`` with each word spelled out letter by letter written as words, padded with
    spaces so every later character keeps its offset, and where each such run of letters was.
    Letters that make no English words stay as they are."""
    runs: list[Span] = []

    def joined(match: re.Match[str]) -> str:
        letters = "".join(char for char in match.group() if char.isalpha()).lower()
        words = _segment(letters, english)
        if not words:
            return match.group()
        runs.append(match.span())
        return " ".join(words).ljust(len(match.group()))

    return (spelled.sub(joined, text), runs) if english else (text, runs)


def _star_corrections(lowered: str) -> tuple[dict[int, str], set[int]]:
    """Where a starred word corrects an earlier one: {start of the earlier word: the correction},
    and the starts of the starred words, which are then read in the earlier word's place.

    The earlier word is the one the correction most resembles (the later one on a tie), and only
    if it resembles it at all ("my whole left leg is bomb *numb" -> "... leg is numb").
    """
    replace: dict[int, str] = {}
    starred: set[int] = set()
    if "*" not in lowered:
        return replace, starred
    for star in _STAR_CORRECTION.finditer(lowered):
        fix = star.group(1)
        best, best_ratio = None, STAR_CORRECTION_SIMILARITY
        for token in _TOKEN.finditer(lowered, 0, star.start()):
            word = token.group()
            if token.lastgroup != "word" or token.start() in replace or word == fix:
                continue
            ratio = difflib.SequenceMatcher(None, word, fix).ratio()
            if ratio >= best_ratio:
                best, best_ratio = token.start(), ratio
        if best is not None:
            replace[best] = fix
            starred.add(star.start(1))
    return replace, starred


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Edit distance counting a swap of neighbours as one edit; ``limit + 1`` once above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        rows.append(row)
    return rows[-1][-1]


# What a slip of the finger costs, typed against meant: a letter left out or two neighbours
# swapped are the commonest slips, then a wrong letter, then a letter too many.
_MISSING_LETTER, _SWAPPED_LETTERS, _WRONG_LETTER, _EXTRA_LETTER = 0.8, 0.8, 0.95, 1.0


def _typing_cost(typed: str, meant: str) -> float:
    """The cheapest slips that turn ``meant`` into ``typed`` (a weighted edit distance)."""
    rows = [[j * _MISSING_LETTER for j in range(len(meant) + 1)]]
    for i in range(1, len(typed) + 1):
        row = [i * _EXTRA_LETTER] + [0.0] * len(meant)
        for j in range(1, len(meant) + 1):
            wrong = 0.0 if typed[i - 1] == meant[j - 1] else _WRONG_LETTER
            row[j] = min(rows[-1][j] + _EXTRA_LETTER, row[j - 1] + _MISSING_LETTER, rows[-1][j - 1] + wrong)
            if i > 1 and j > 1 and typed[i - 1] == meant[j - 2] and typed[i - 2] == meant[j - 1] != typed[i - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + _SWAPPED_LETTERS)
        rows.append(row)
    return rows[-1][-1]


def _english_words() -> Mapping[str, int]:
    """Common English words with their frequency rank, or none (only the listed symptom words
    are then repaired) if the packaged encoder cannot be read: the rules must load whatever
    else is missing."""
    from bot.embeddings import english_words

    try:
        return english_words()
    except (ImportError, OSError, AttributeError) as error:
        logger.warning("No English word list (%s): only listed symptom words are read through misspellings", error)
        return {}


def _closest(word: str, candidates: Iterable[str], budget_of: Callable[[str], int], rank: Mapping[str, int]) -> str:
    """The candidate within its edit budget that ``word`` is the cheapest slip from, the more
    common word (lower ``rank``) of equals, else ``word``: "kil" -> "kill" (a letter left out)
    before "kid" (a wrong letter), "blod" -> "blood" before "bled"."""
    best: tuple[float, int] | None = None
    choice = word
    for target in candidates:
        budget = budget_of(target)
        if budget < 0 or abs(len(target) - len(word)) > budget or _osa_distance(word, target, budget) > budget:
            continue
        key = (_typing_cost(word, target), rank.get(target, len(rank)))
        if best is None or key < best:
            best, choice = key, target
    return choice


class Normaliser:
    """Turns one raw word into the words the patterns are written in.

    Args:
        spellings: word -> replacement words ("cant" -> "cannot", "r" -> "are").
        phrases: word sequence -> replacement, applied after word spellings ("can not" -> "cannot").
            A key may be written with words that have their own word spelling: "me duele el
            pecho" also matches as "me duele el chest", the words it reads as by then.
        lexicon: every word the rules use; known words are never "corrected".
        typo_targets: symptom words whose misspellings are corrected (same first
            letter, one edit from six letters, two from nine).
        short_typo_targets: short words ("pain", "walk") corrected only when two
            neighbouring letters are swapped ("pian", "wlak"), keeping the first letter.
        english: common English words, each with its frequency rank (0 the most common).
            Given, any other word of three letters or more that the rules do not use is read
            as the rule word one edit away with the same first letter (two edits from seven
            letters): "bledding" -> "bleeding", "hve" -> "have". Of several, the likeliest
            slip wins (a letter left out or swapped before a wrong one), then the commoner
            word: "kil" -> "kill", not "kid". Words of the multi-word spellings ("dolor de
            cabeza") are left as written.
    """

    def __init__(
        self,
        spellings: dict[str, tuple[str, ...]],
        phrases: dict[tuple[str, ...], tuple[str, ...]],
        lexicon: set[str],
        typo_targets: Iterable[str],
        short_typo_targets: Iterable[str] = (),
        english: Mapping[str, int] | None = None,
        phrases_not_after: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.spellings = spellings
        # Word spellings run first, so a key is also kept in the words it reads as by then.
        self.phrases = dict(phrases)
        for key, value in phrases.items():
            self.phrases.setdefault(tuple(w for word in key for w in spellings.get(word, (word,))), value)
        # A phrase spelling starting with one of these words is not read after the words listed
        # for it: Pidgin "my leg stay numb" is "is numb", English "your leg may stay numb" is not.
        self._not_after = {first: frozenset(words) for first, words in (phrases_not_after or {}).items()}
        self.lexicon = lexicon
        self._targets: dict[str, list[str]] = {}
        for target in sorted(set(typo_targets)):
            self._targets.setdefault(target[0], []).append(target)
        self._swapped = {
            swapped: target
            for target in short_typo_targets
            for i in range(1, len(target) - 1)
            if (swapped := target[:i] + target[i + 1] + target[i] + target[i + 2 :]) != target
        }
        # Also read by RedFlagDetector to join words spelled out letter by letter.
        self.english: Mapping[str, int] = english or {}
        self._in_phrases = {word for key in self.phrases for word in key}
        self._rule_words: dict[str, list[str]] = {}
        for known in sorted(lexicon | {key for key in spellings if key not in self.english}):
            if known.isalpha() and len(known) >= 3:
                self._rule_words.setdefault(known[0], []).append(known)
        self._max_phrase = max((len(key) for key in self.phrases), default=1)
        self._phrase_starts = {key[0] for key in self.phrases}
        self.word = lru_cache(maxsize=8192)(self._word)
        self.split_word = lru_cache(maxsize=8192)(self._split_word)
        self._pieces: dict[str, int] | None = None  # built on the first word typed without spaces

    def _word(self, raw: str) -> tuple[str, ...]:
        word = _REPEATS.sub(r"\1\1", raw)
        if word in self.spellings:
            return self.spellings[word]
        expanded = self._contraction(word)
        if expanded is not None:
            return expanded
        if "-" in word:
            return tuple(part for piece in word.split("-") for part in self.word(piece))
        if word in self.lexicon:
            return (word,)
        repaired = self._repair(word)
        return self.spellings.get(repaired, (repaired,))  # "brestbone" -> "breastbone" -> "chest"

    def _split_word(self, raw: str) -> tuple[str, ...]:
        """``word(raw)``; or, for a word typed without its spaces that no rule word or English
        word explains ("mylegsfeelweird", "icantpee"), the words it runs together, each read
        as ``word`` reads it: "my legs feel weird", "i cannot pee"."""
        read = self.word(raw)
        word = _REPEATS.sub(r"\1\1", raw)
        if (
            len(word) < RUN_TOGETHER_MIN_LETTERS
            or not word.isalpha()
            or read != (word,)
            or word in self.english
            or word in self.lexicon
            or word in self._in_phrases  # a word of a multi-word spelling: "cabeza"
            or not self.english
        ):
            return read
        if self._pieces is None:
            rare = len(self.english)
            self._pieces = dict(self.english)
            for known in self.lexicon | set(self.spellings):  # "cant", "pee", "puking"
                if known.isalpha() and len(known) >= 3:
                    self._pieces.setdefault(known, rare)
        pieces = _segment(word, self._pieces)
        if not pieces or len(pieces) < 2:
            return read
        return tuple(part for piece in pieces for part in self.word(piece))

    def _contraction(self, word: str) -> tuple[str, ...] | None:
        if "'" not in word and not word.endswith("nt"):
            return None
        match = _NOT_CONTRACTION.match(word)
        if match:
            stem = match.group(1)
            if stem in _SPECIAL_NOT:
                return _SPECIAL_NOT[stem]
            if stem in _NOT_STEMS:
                return (stem, "not")
        for suffix, replacement in _SUFFIXES.items():
            if word.endswith(suffix) and word[: -len(suffix)] in _PRONOUNS:
                return (*self.word(word[: -len(suffix)]), replacement)
        if word.endswith("'s"):
            stem = word[:-2]
            return (stem, "is") if stem in _IS_STEMS else self.word(stem)
        if word.startswith("t'") and len(word) > 4:  # Northern English "t'floor", "t'loo": the floor, the loo
            return ("the", *self.word(word[2:]))
        if "'" in word:
            return self.word(word.replace("'", ""))
        return None

    def _repair(self, word: str) -> str:
        single = re.sub(r"([a-z])\1", r"\1", word)
        if single in self.lexicon:
            return single
        # A dropped g ("bleedin", "nothin", "feedin"), but not a common English word ("thin", "pin", "kin").
        if (
            word.endswith("in")
            and self.english.get(word, RARE_WORD_RANK) >= DROPPED_G_RANK
            and (word + "g" in self.lexicon or word + "g" in self.english)
        ):
            return word + "g"
        if word in self._swapped:  # pian -> pain, wlak -> walk
            return self._swapped[word]
        if self.english and len(word) >= 3 and word.isalpha():
            rank = self.english.get(word)
            if rank is None:
                return self._nearest_rule_word(word)
            if rank >= RARE_WORD_RANK:  # a surname or rare word, two letters swapped: "chest hurst"
                nearest = self._nearest_rule_word(word)
                if nearest != word and len(nearest) == len(word) and _typing_cost(word, nearest) <= _SWAPPED_LETTERS:
                    return nearest
        if len(word) < 5:
            return word
        return _closest(
            word,
            self._targets.get(word[0], ()),
            lambda target: 2 if len(target) >= 9 else 1 if len(target) >= 6 else 0,
            self.english,
        )

    def _nearest_rule_word(self, word: str) -> str:
        if word in self._in_phrases:
            return word
        return _closest(
            word,
            self._rule_words.get(word[0], ()),
            lambda target: -1 if len(word) == 3 and len(target) > 4 else 1 if len(target) <= 6 else 2,
            self.english,
        )

    def apply_phrases(self, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Replace multi-word spellings; each new word keeps the span of the words it replaces."""
        if not self.phrases:
            return words
        out: list[tuple[str, int, int]] = []
        i = 0
        while i < len(words):
            if words[i][0] not in self._phrase_starts or (
                i and words[i - 1][0] in self._not_after.get(words[i][0], ())
            ):
                out.append(words[i])
                i += 1
                continue
            for size in range(min(self._max_phrase, len(words) - i), 1, -1):
                key = tuple(w for w, _, _ in words[i : i + size])
                if key in self.phrases:
                    start, end = words[i][1], words[i + size - 1][2]
                    out.extend((w, start, end) for w in self.phrases[key])
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return out


# --- the pattern language ----------------------------------------------------

_PATTERN_TOKEN = re.compile(r"\(|\)|\[|\]|\||\{[a-z_]+\}|\.\.\.|/[^/\s]+/|[^\s()\[\]|{}]+")


Triggers = frozenset  # words ("fever") or prefixes ("convuls*") one of which every match contains

# Too common to tell a message apart; a pattern is keyed on its rarer words.
_COMMON_WORDS = frozenset(
    "i my me the a an to is are am was were be been of in on at and or it not no do does did have has "
    "had when if so that this with for you your he she they we his her their".split()
)


@dataclass(frozen=True)
class Rule:
    """A compiled set of phrases, with the words that must be present for it to match."""

    regex: re.Pattern[str]
    words: frozenset[str]  # exact words; empty + no prefixes = always try
    prefixes: tuple[str, ...]
    always: bool

    def may_match(self, word_set: set[str], joined: str) -> bool:
        """Cheap test before the regex: does the message contain a trigger?"""
        if self.always or not word_set.isdisjoint(self.words):
            return True
        return any(" " + prefix in joined for prefix in self.prefixes)


class PatternCompiler:
    """Compiles the rules' phrase templates into regular expressions over normalised text.

    Normalised text is words each followed by one space, chunks (clauses,
    sentences) separated by a newline; every compiled element consumes its
    trailing space, so matches are whole words and never cross a chunk.
    """

    def __init__(self, vocabulary: dict[str, list[str]], normaliser: Normaliser, gap_stop_words: Iterable[str]):
        self._vocabulary = vocabulary
        self._normaliser = normaliser
        self._compiled_vocabulary: dict[str, tuple[str, Triggers | None]] = {}
        self._resolving: set[str] = set()
        stops = "|".join(re.escape(w) for w in sorted(gap_stop_words))
        self._gap = rf"(?:(?!(?:{stops}) )[^ \n]+ ){{0,{GAP_WORDS}}}?" if stops else rf"(?:[^ \n]+ ){{0,{GAP_WORDS}}}?"

    def compile(self, patterns: Iterable[str], where: str) -> Rule | None:
        """One rule matching any of ``patterns``; None when there are none."""
        compiled = [self.source(pattern, where) for pattern in patterns]
        if not compiled:
            return None
        regex = re.compile(r"(?<![^ \n])(?:" + "|".join(f"(?:{source})" for source, _ in compiled) + ")")
        always = any(triggers is None for _, triggers in compiled)
        triggers = frozenset() if always else frozenset().union(*(t for _, t in compiled))
        return Rule(
            regex,
            frozenset(t for t in triggers if not t.endswith("*")),
            tuple(sorted(t[:-1] for t in triggers if t.endswith("*"))),
            always,
        )

    def source(self, pattern: str, where: str) -> tuple[str, Triggers | None]:
        """The regex source of one template and its trigger words (None: no usable trigger)."""
        if not isinstance(pattern, str) or not pattern.strip():
            raise RedFlagRulesError(f"{where}: empty or non-text pattern {pattern!r}")
        tokens = _PATTERN_TOKEN.findall(pattern)
        try:
            (source, triggers), rest = self._alternatives(tokens, 0, pattern)
        except RedFlagRulesError as error:
            raise RedFlagRulesError(f"{where}: {error}") from None
        if rest != len(tokens):
            raise RedFlagRulesError(f"{where}: unbalanced brackets in {pattern!r}")
        try:
            re.compile(source)
        except re.error as error:
            raise RedFlagRulesError(f"{where}: bad regular expression in {pattern!r}: {error}") from None
        return source, triggers

    def _alternatives(self, tokens: list[str], i: int, pattern: str) -> tuple[tuple[str, Triggers | None], int]:
        options = []
        while True:
            sequence, i = self._sequence(tokens, i, pattern)
            options.append(sequence)
            if i < len(tokens) and tokens[i] == "|":
                i += 1
                continue
            source = "(?:" + "|".join(o[0] for o in options) + ")" if len(options) > 1 else options[0][0]
            triggers = None if any(o[1] is None for o in options) else frozenset().union(*(o[1] for o in options))
            return (source, triggers), i

    def _sequence(self, tokens: list[str], i: int, pattern: str) -> tuple[tuple[str, Triggers | None], int]:
        parts: list[str] = []
        candidates: list[Triggers] = []  # trigger sets of the parts every match must contain
        while i < len(tokens) and tokens[i] not in ("|", ")", "]"):
            token = tokens[i]
            if token in ("(", "["):
                closing = ")" if token == "(" else "]"
                (inner, triggers), i = self._alternatives(tokens, i + 1, pattern)
                if i >= len(tokens) or tokens[i] != closing:
                    raise RedFlagRulesError(f"missing {closing!r} in {pattern!r}")
                parts.append(f"(?:{inner})" + ("?" if token == "[" else ""))
                if token == "(" and triggers is not None:
                    candidates.append(triggers)
            elif token.startswith("{"):
                source, triggers = self._vocabulary_source(token[1:-1], pattern)
                parts.append(source)
                if triggers is not None:
                    candidates.append(triggers)
            elif token == "...":
                parts.append(self._gap)
            elif token.startswith("/") and token.endswith("/") and len(token) > 2:
                parts.append(f"(?:{token[1:-1]}) ")
            elif token.endswith("*"):
                parts.append(re.escape(token[:-1]) + r"[a-z0-9']* ")
                candidates.append(frozenset({token}))
            else:
                if token[0] in "?+*":
                    # "(the )?light" is regex habit: it silently read "the ?light" and never matched.
                    raise RedFlagRulesError(f"{token[0]!r} after a group in {pattern!r}: write optional words as [word]")
                words = [w for part in token.split() for w in self._normaliser.word(part)]
                parts.append("".join(re.escape(w) + " " for w in words))
                candidates.append(frozenset(words[:1]))
            i += 1
        if not parts:
            raise RedFlagRulesError(f"empty alternative in {pattern!r}")
        best = min(candidates, key=lambda t: (len(t & _COMMON_WORDS) > 0, len(t)), default=None)
        return ("".join(parts), best), i

    def _vocabulary_source(self, name: str, pattern: str) -> tuple[str, Triggers | None]:
        if name in self._compiled_vocabulary:
            return self._compiled_vocabulary[name]
        if name not in self._vocabulary:
            raise RedFlagRulesError(f"unknown vocabulary {{{name}}} in {pattern!r}")
        if name in self._resolving:
            raise RedFlagRulesError(f"vocabulary {{{name}}} refers to itself")
        self._resolving.add(name)
        # Longest phrase first, so "both of my" wins over "both".
        entries = sorted(self._vocabulary[name], key=lambda e: -len(str(e)))
        compiled = [self.source(entry, f"vocabulary {name}") for entry in entries]
        self._resolving.discard(name)
        triggers = None if any(t is None for _, t in compiled) else frozenset().union(*(t for _, t in compiled))
        result = "(?:" + "|".join(source for source, _ in compiled) + ")", triggers
        self._compiled_vocabulary[name] = result
        return result


def pattern_words(pattern: str) -> set[str]:
    """The literal words of a template (for the lexicon that protects them from typo repair)."""
    return {
        token
        for token in _PATTERN_TOKEN.findall(pattern)
        if re.fullmatch(r"[a-z][a-z']*", token)
    }


# --- message structure ---------------------------------------------------------

Span = tuple[int, int]  # [first word, last word + 1) in the message's word list


class _Layer:
    """The message's words cut into chunks (clauses, segments or sentences), as one text.

    Each word is followed by a space and each chunk by a newline, which no
    pattern can match, so one regex pass finds every match in every chunk.
    """

    def __init__(self, words: list[str], bounds: list[int]) -> None:
        self.chunk_of: list[int] = [0] * len(words)
        self._starts: list[int] = []
        pieces: list[str] = []
        offset = 0
        for chunk, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
            for index in range(lo, hi):
                self.chunk_of[index] = chunk
                self._starts.append(offset)
                offset += len(words[index]) + 1
            pieces.append(" ".join(words[lo:hi]) + " \n")
            offset += 1
        self.text = "".join(pieces)

    def spans(self, pattern: re.Pattern[str]) -> list[Span]:
        """Word spans of every match of ``pattern``, and of any later match starting inside one
        ("blood thinner, but this is bleeding that will not quit": the long match from "blood" may
        be excluded as a blood test or thinner, the one from "bleeding" may not)."""
        out = []
        position = 0
        while (match := pattern.search(self.text, position)) is not None:
            first = bisect.bisect_right(self._starts, match.start()) - 1
            last = bisect.bisect_left(self._starts, match.end() - 1)
            out.append((first, max(last, first + 1)))
            if first + 1 >= len(self._starts):
                break
            position = self._starts[first + 1]
        return out


class _Message:
    """One message, normalised; layers and cue spans are built on first use."""

    def __init__(
        self,
        cue_rules: dict[str, tuple[str, Rule | None, Rule | None]],
        words: list[str],
        spans: list[tuple[int, int]],
        bounds: dict[str, list[int]],
        run_together: bool = False,
        sourced: list[tuple[int, int]] | None = None,
    ) -> None:
        self._cue_rules = cue_rules
        self.words = words
        self.spans = spans  # original character span of each word
        self.sourced = sourced or []  # character spans of quotations from a document (``_sourced_quotes``)
        self._bounds = bounds
        self._word_set = set(words)
        self._joined = " " + " ".join(words)
        self._layers: dict[str, _Layer] = {}
        self._cues: dict[str, list[Span]] = {}
        # Some word typed without its spaces, or letters one space apart, that the split
        # reading (``RedFlagDetector._analyse`` with ``split``) reads as words.
        self.run_together = run_together

    def bounds(self, name: str) -> list[int]:
        """First word of each chunk of ``name`` (``clauses``, ``segments`` or ``sentences``)."""
        return self._bounds[name]

    def layer(self, name: str) -> _Layer:
        """``clauses``, ``segments`` or ``sentences``."""
        if name not in self._layers:
            self._layers[name] = _Layer(self.words, self._bounds[name])
        return self._layers[name]

    def find(self, layer: str, rule: Rule | None) -> list[Span]:
        """Spans of ``rule`` within the chunks of ``layer``."""
        if rule is None or not rule.may_match(self._word_set, self._joined):
            return []
        return self.layer(layer).spans(rule.regex)

    def cues(self, name: str) -> list[Span]:
        """Spans of one kind of cue (see ``RedFlagDetector._cue_rules``), computed once."""
        if name not in self._cues:
            layer, rule, pseudo = self._cue_rules[name]
            found = self.find(layer, rule)
            if found and pseudo is not None:
                masks = self.find(layer, pseudo)
                found = [cue for cue in found if not any(_overlap(cue, mask) for mask in masks)]
            self._cues[name] = found
        return self._cues[name]


# --- rules ---------------------------------------------------------------------


@dataclass
class _Category:
    id: str
    reply: str
    patterns: Rule | None
    sentence_patterns: Rule | None  # matched across clause cuts within a sentence
    yield_patterns: Rule | None  # count only when no category of yield_to fires
    yield_to: tuple[str, ...]
    not_when: Rule | None
    sentence_not_when: Rule | None  # like not_when, matched across clause cuts within a sentence
    combinations: tuple[tuple[str, ...], ...]
    negation_window: int
    any_mention: bool  # fires in questions and past tense too; only a negation right before stops it
    stays_urgent: bool  # "it stopped" / "back to normal now" does not clear it (a seizure that has ended)
    cleared_by_walking: bool  # "she is walking ok" later clears it (weak legs), not a red, hot injection site
    # not_when and sentence_not_when also cancel the signs of its combinations ("cleaning it has been
    # the headache of the week" after "threw up"). Off where a sign is meant to overlap an exclusion
    # (bleeding's "on blood thinners" sign beside its "blood thinners" exclusion for the patterns).
    not_when_covers_signs: bool


def _listed(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RedFlagRulesError(f"{where}.{key} must be a list of phrases")
    return value


class RedFlagDetector:
    """Finds the first red flag in a message, deterministically.

    Build it once (``from_file``) and share it: ``detect`` is thread-safe and
    allocation-light.
    """

    def __init__(self, rules: dict[str, Any]) -> None:
        if not isinstance(rules, dict):
            raise RedFlagRulesError("the rules must be a mapping")
        text_rules = rules.get("text") or {}
        vocabulary = rules.get("vocabulary") or {}
        negation = rules.get("negation") or {}
        hypothetical = rules.get("hypothetical") or {}
        others = rules.get("others") or {}
        if not isinstance(others, dict):
            raise RedFlagRulesError("others must map a kind (animals, people, ...) to its phrases")
        clauses = rules.get("clauses") or {}
        signs = rules.get("signs") or {}
        categories = rules.get("categories")
        if not isinstance(categories, list) or not categories:
            raise RedFlagRulesError("the rules need a non-empty list of categories")

        self._normaliser = self._build_normaliser(rules, text_rules)
        self._contrast = set(_listed(clauses, "segment_breaks", "clauses"))
        self._connectors = set(_listed(clauses, "clause_connectors", "clauses"))
        self._segment_connectors = set(_listed(clauses, "segment_connectors", "clauses"))
        self._starters = set(_listed(clauses, "clause_starters", "clauses"))

        single_word_cues = [c for c in _listed(negation, "cues_before", "negation") if re.fullmatch(r"[a-z]+", c)]
        compiler = PatternCompiler(vocabulary, self._normaliser, single_word_cues)

        def rules_of(section: dict[str, Any], key: str, where: str) -> Rule | None:
            return compiler.compile(_listed(section, key, where), f"{where}.{key}")

        self._negation_window = int(negation.get("window", DEFAULT_NEGATION_WINDOW))
        sources = _listed(hypothetical, "quote_sources", "hypothetical")
        if not all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", source) for source in sources):
            raise RedFlagRulesError("hypothetical.quote_sources must be plain lower-case words")
        self._quote_sources = (
            re.compile(r"\b(?:" + "|".join(re.escape(source).replace(r"\ ", r"\s+") for source in sources) + r")\b")
            if sources
            else None
        )
        sections = {"negation": negation, "hypothetical": hypothetical, "others": others}

        def cue(layer: str, where: str, key: str, *masks: str) -> tuple[str, Rule | None, Rule | None]:
            """A cue looked for in ``layer``, minus the look-alikes listed under ``masks``."""
            section = sections[where]
            mask = (
                compiler.compile([p for m in masks for p in _listed(section, m, where)], f"{where}.{'/'.join(masks)}")
                if masks
                else None
            )
            return layer, rules_of(section, key, where), mask

        # cue name -> (layer it is looked for in, cue pattern, look-alikes that are not cues)
        self._cue_rules: dict[str, tuple[str, Rule | None, Rule | None]] = {
            "negation": cue("clauses", "negation", "cues_before", "not_negations"),
            "resolved": cue("clauses", "negation", "resolved_after", "not_negations", "not_resolved"),
            "resolved_later": cue("sentences", "negation", "resolved_later", "not_resolved"),
            # Like resolved_later, for the categories cleared by walking: "... she is walking ok".
            "walking_later": cue("sentences", "negation", "walking_later", "not_resolved"),
            # Opening a later sentence, clears everything before it: "... Now everything normal."
            "all_clear": cue("sentences", "negation", "all_clear_later", "not_resolved"),
            # Later in the sentence, the symptom is back: "it went away, but it came back an hour ago".
            "came_back": cue("sentences", "negation", "came_back_later"),
            # Opening a sentence part: all of it is history ("Years ago I broke out in hives ...").
            "history_opener": cue("segments", "hypothetical", "history_openers"),
            # Opening a sentence, puts all of it in a story, a show or a game ("In the crime drama I'm
            # watching, the detective's legs go numb and he can't walk").
            "frame": cue("sentences", "hypothetical", "frame_openers"),
            "hypothetical": cue("segments", "hypothetical", "cues_before", "not_hypothetical"),
            # "Is chest pressure a side effect? Been going on an hour": the question is about now.
            "ongoing": cue("sentences", "hypothetical", "ongoing_later", "not_ongoing_later"),
            # "do i need stitches if the site is gushing blood whenever i move": the phrase's sentence
            # part ties it to the patient's time, so the question is about something happening.
            "report_anchor": cue("clauses", "hypothetical", "report_anchors", "not_report_anchors"),
            # Anywhere in the message: the "what if" or the "friend" is the patient ("... that someone is me").
            "revealed": cue("sentences", "hypothetical", "revealed_later"),
            # "Asking for myself": reveals a "what if" or a friend, not a question about a risk.
            "asking_for_myself": cue("sentences", "hypothetical", "asking_for_myself"),
            # "never happened before the injection" is new since it, not history: same masks as the cues.
            "history": cue("segments", "hypothetical", "history_after", "not_hypothetical"),
            "animal": cue("clauses", "others", "animals", "not_animals"),
            "person": cue("sentences", "others", "people"),
            "person_past": cue("sentences", "others", "past"),
            "person_dated": cue("sentences", "others", "dated"),
            "person_asked": cue("sentences", "others", "asked_before"),
            "person_now": cue("sentences", "others", "now", "not_now"),
            "person_present": cue("sentences", "others", "present"),
        }
        if not isinstance(signs, dict):
            raise RedFlagRulesError("signs must map a sign name to its phrases")
        self._signs = {
            name: compiler.compile(_listed(signs, name, "signs"), f"signs.{name}") for name in signs
        }
        self._categories = [self._category(entry, compiler) for entry in categories]
        self._by_id = {c.id: c for c in self._categories}
        ids = [c.id for c in self._categories]
        if len(set(ids)) != len(ids):
            raise RedFlagRulesError("category ids must be unique")
        for c in self._categories:
            unknown_ids = [other for other in c.yield_to if other not in ids or other == c.id]
            if unknown_ids:
                raise RedFlagRulesError(f"category {c.id}: yield_to names unknown categories {unknown_ids}")
            if c.yield_to and c.yield_patterns is None:
                raise RedFlagRulesError(f"category {c.id}: yield_to needs yield_patterns")

    @classmethod
    def from_file(cls, path: str | Path = RED_FLAG_RULES_FILE) -> RedFlagDetector:
        """Load the rules from YAML.

        Raises:
            RedFlagRulesError: the file is missing, not YAML, or inconsistent.
        """
        path = Path(path)
        try:
            rules = yaml_strict.load(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise RedFlagRulesError(f"cannot read red-flag rules {path}: {error}") from None
        except yaml.YAMLError as error:
            raise RedFlagRulesError(f"{path} is not valid YAML: {error}") from None
        try:
            return cls(rules)
        except RedFlagRulesError as error:
            raise RedFlagRulesError(f"{path}: {error}") from None

    @property
    def categories(self) -> tuple[str, ...]:
        """Category ids, in priority order."""
        return tuple(c.id for c in self._categories)

    def reply_for(self, category: str) -> str:
        """The reply kind of ``category``."""
        return next(c.reply for c in self._categories if c.id == category)

    def detect(self, text: str | None) -> RedFlag | None:
        """The highest-priority red flag in ``text``, or None."""
        found = self.detect_all(text, first_only=True)
        return found[0] if found else None

    def detect_all(self, text: str | None, first_only: bool = False) -> list[RedFlag]:
        """Every category that fires on ``text``, in priority order."""
        if not text or not isinstance(text, str) or not text.strip():
            return []
        dangling = _DANGLING_IF.sub(_spaces, text)
        first = self._analyse(dangling)
        found = self._detect_in(text, first, first_only)
        if not found:
            # Read again, only when that reads something differently: a message sent in bursts
            # ("throat\nfeels like its closing") as one run of words, and words typed without
            # their spaces ("mylegsfeelweird") as words.
            run_on = _run_on(text)
            if run_on is not None or first.run_together:
                found = self._detect_in(text, self._analyse(dangling if run_on is None else run_on, split=True), first_only)
        return found

    def _detect_in(self, text: str, message: _Message, first_only: bool) -> list[RedFlag]:
        """The categories that fire on one reading (``message``) of ``text``, in priority order."""
        if not message.words:
            return []
        found = []
        signs: dict[tuple[str, int, bool, str], list[Span]] = {}  # asserted sign spans, per category settings
        main: dict[str, list[Span]] = {}  # evidence from patterns and combinations, per category

        def evidence_of(category: _Category) -> list[Span]:
            if category.id not in main:
                main[category.id] = (
                    self._asserted(message, category.patterns, category, excluding=True)
                    or self._asserted(message, category.sentence_patterns, category, "sentences", excluding=True)
                    or self._combination(message, category, signs)
                )
            return main[category.id]

        for category in self._categories:
            evidence = evidence_of(category)
            if not evidence and category.yield_patterns is not None:
                evidence = self._asserted(message, category.yield_patterns, category, excluding=True)
                yielded_to = [self._by_id[other] for other in category.yield_to]
                if evidence and any(evidence_of(other) for other in yielded_to):
                    evidence = []
                # The words of an exclusion that cancelled a category yielded to are not read again
                # here: "my legs gave out under me after a long shift" is not weakness either.
                cancelled = [span for other in yielded_to for span in self._excluded(message, other)] if evidence else []
                evidence = [span for span in evidence if not any(_overlap(span, gone) for gone in cancelled)]
            if evidence:
                found.append(self._flag(text, message, category, evidence))
                if first_only:
                    break
        return found

    def mentions(self, text: str | None) -> bool:
        """Whether some category's phrase appears in ``text`` at all, even negated, hypothetical
        or about someone else ("no fever", "can it cause seizures?"): the rules read the
        message and judged it, so the safety net needs more evidence to overrule them."""
        if not text or not isinstance(text, str) or not text.strip():
            return False
        message = self._analyse(text)
        if not message.words:
            return False
        return any(
            message.find(layer, rule)
            for category in self._categories
            for rule, layer in (
                (category.patterns, "clauses"),
                (category.sentence_patterns, "sentences"),
                (category.yield_patterns, "clauses"),
            )
        )

    # --- building ---------------------------------------------------------

    @staticmethod
    def _build_normaliser(rules: dict[str, Any], text_rules: dict[str, Any]) -> Normaliser:
        spellings_raw = text_rules.get("spellings") or {}
        if not isinstance(spellings_raw, dict):
            raise RedFlagRulesError("text.spellings must map a spelling to its replacement")
        spellings: dict[str, tuple[str, ...]] = {}
        phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for raw, replacement in spellings_raw.items():
            key = tuple(str(raw).lower().split())
            value = tuple(str(replacement).lower().split())
            if not key or not value:
                raise RedFlagRulesError(f"text.spellings: empty entry {raw!r}")
            if len(key) == 1:
                spellings[key[0]] = value
            else:
                phrases[key] = value
        typo_targets = _listed(text_rules, "typo_targets", "text")
        short_typo_targets = _listed(text_rules, "short_typo_targets", "text")
        lexicon = set(_listed(text_rules, "known_words", "text")) | set(typo_targets) | set(short_typo_targets)
        lexicon |= {w for value in spellings.values() for w in value}
        lexicon |= {w for value in phrases.values() for w in value}
        for pattern in _all_patterns(rules):
            lexicon |= pattern_words(pattern)
        not_after = text_rules.get("phrase_spellings_not_after") or {}
        if not isinstance(not_after, dict) or not all(isinstance(v, list) for v in not_after.values()):
            raise RedFlagRulesError("text.phrase_spellings_not_after must map a first word to a list of words")
        return Normaliser(
            spellings,
            phrases,
            lexicon,
            typo_targets,
            short_typo_targets,
            _english_words(),
            {str(first).lower(): [str(w).lower() for w in words] for first, words in not_after.items()},
        )

    def _category(self, entry: Any, compiler: PatternCompiler) -> _Category:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise RedFlagRulesError(f"each category needs an id: {entry!r}")
        where = f"category {entry['id']}"
        unknown = set(entry) - _CATEGORY_KEYS
        if unknown:
            raise RedFlagRulesError(f"{where}: unknown keys {sorted(unknown)}")
        reply = entry.get("reply", REPLY_EMERGENCY)
        if reply not in REPLY_KINDS:
            raise RedFlagRulesError(f"{where}: reply must be one of {REPLY_KINDS}, not {reply!r}")
        combinations = entry.get("combinations") or []
        if not isinstance(combinations, list) or not all(
            isinstance(c, list) and c and all(isinstance(s, str) for s in c) for c in combinations
        ):
            raise RedFlagRulesError(f"{where}: combinations must be lists of sign names")
        for combination in combinations:
            missing = [s for s in combination if s not in self._signs]
            if missing:
                raise RedFlagRulesError(f"{where}: combination uses undefined signs {missing}")
        patterns = compiler.compile(_listed(entry, "patterns", where), f"{where} patterns")
        sentence_patterns = compiler.compile(_listed(entry, "sentence_patterns", where), f"{where} sentence_patterns")
        yield_patterns = compiler.compile(_listed(entry, "yield_patterns", where), f"{where} yield_patterns")
        if patterns is None and sentence_patterns is None and yield_patterns is None and not combinations:
            raise RedFlagRulesError(f"{where}: needs patterns or combinations")
        return _Category(
            id=entry["id"],
            reply=reply,
            patterns=patterns,
            sentence_patterns=sentence_patterns,
            yield_patterns=yield_patterns,
            yield_to=tuple(_listed(entry, "yield_to", where)),
            not_when=compiler.compile(_listed(entry, "not_when", where), f"{where} not_when"),
            sentence_not_when=compiler.compile(
                _listed(entry, "sentence_not_when", where), f"{where} sentence_not_when"
            ),
            combinations=tuple(tuple(c) for c in combinations),
            negation_window=int(entry.get("negation_window", self._negation_window)),
            any_mention=bool(entry.get("any_mention", False)),
            stays_urgent=bool(entry.get("stays_urgent", False)),
            cleared_by_walking=bool(entry.get("cleared_by_walking", False)),
            not_when_covers_signs=bool(entry.get("not_when_covers_signs", False)),
        )

    # --- analysis -----------------------------------------------------------

    def _analyse(self, text: str, split: bool = False) -> _Message:
        """Normalise ``text`` and cut it into sentences, segments and clauses; with ``split``,
        words typed without their spaces are read as the words they run together."""
        joined, spelled = _join_spelled(text, self._normaliser.english)
        lower_joined, lower = _join_spelled(joined, self._normaliser.english, _SPELLED_LOWER)
        if split:
            joined, spelled = lower_joined, spelled + lower
        run_together = bool(lower)  # found on either reading, so the first says whether a second is worth it
        lowered = _spoken_punctuation(_char_normalise(joined))
        # answer -> (its "?"/":", the answer's end): "definitely not" is one answer word, like "no"
        answers = {m.start("answer"): (m.start(), m.end("answer")) for m in _ANSWERED_NO.finditer(lowered)}
        for bare in _BARE_ANSWERED_NO.finditer(lowered):  # nothing before it to skip
            answers.setdefault(bare.start("answer"), (bare.start("answer"), bare.end("answer")))
        corrected, starred = _star_corrections(lowered)
        sentences: list[list[tuple[str, int, int]]] = [[]]
        # A question in brackets is read as its own sentence after the rest, so its "?" does not
        # cut the sentence around it: "the saddle region (is it called like this?) is without feeling".
        asides = [(m.start(), m.end(), [[]]) for m in _BRACKETED_QUESTION.finditer(lowered)]
        form = len(_FORM_ITEM.findall(lowered)) > 1
        for match in _TOKEN.finditer(lowered):
            kind, raw = match.lastgroup, match.group()
            if match.start() in starred:
                continue  # read in the place of the word it corrects
            raw = corrected.get(match.start(), raw)
            into = next((aside for start, end, aside in asides if start < match.start() < end), sentences)
            if match.start() in answers:
                into[-1].append((ANSWERED_NO, match.start(), answers[match.start()][1]))
            elif any(first <= match.start() < end for first, end in answers.values()):
                continue  # the "?", ":" or " -" (and "ha,") before the answer, or its "not"
            elif kind == "abbrev":
                into[-1].append(("number", match.start(), match.end()))
            elif kind in ("strong", "item", "letter_item", "answer_item") or (kind == "form_item" and form):
                into.append([])  # a numbered list item starts a new sentence
            elif kind == "soft":
                into[-1].append((",", match.start(), match.end()))  # "," and ":"
            elif kind in ("number", "form_item"):  # a lone "#2" is the number 2
                into[-1].append((raw.lstrip("#q"), match.start(), match.end()))
            else:
                read, split_read = self._normaliser.word(raw), self._normaliser.split_word(raw)
                run_together = run_together or split_read != read
                read = split_read if split else read
                if raw.endswith("'s") and read[-1:] != ("is",) and _is_before_a_verb(lowered, match.end()):
                    read = (*read, "is")  # "me dad's burning up": is, not his
                elif read[-1:] == ("would",) and raw.endswith("'d") and _BEEN_AFTER.match(lowered, match.end()):
                    read = (*read[:-1], "had")  # "he'd been struggling to breathe for days": had, not would
                into[-1].extend((word, match.start(), match.end()) for word in read)
        sentences += [sentence for _, _, aside in asides for sentence in aside]

        words: list[str] = []
        spans: list[tuple[int, int]] = []
        bounds: dict[str, list[int]] = {"sentences": [0], "segments": [0], "clauses": [0]}

        def cut(*layers: str) -> None:
            for layer in layers:
                if bounds[layer][-1] != len(words):
                    bounds[layer].append(len(words))

        for sentence in sentences:
            sentence = self._normaliser.apply_phrases(sentence)
            for index, (word, start, end) in enumerate(sentence):
                following = sentence[index + 1][0] if index + 1 < len(sentence) else None
                if word in self._contrast:  # "no fever but ..."
                    cut("segments", "clauses")
                elif word == ",":
                    # "can this cause it, my legs are numb": a comma before a new
                    # subject ends the clause and the sentence part.
                    if following in self._starters:
                        cut("segments", "clauses")
                elif word in self._connectors and following in self._starters:
                    # "what if i get a fever and my legs go numb": ends the clause only; "call if
                    # his legs go weak, well now his legs are weak": "now" ends the sentence part.
                    cut(*(("segments", "clauses") if word in self._segment_connectors else ("clauses",)))
                else:
                    words.append(word)
                    spans.append((start, end))
            cut("sentences", "segments", "clauses")
        for run_start, run_end in spelled:  # a flag quotes all of "W E A K", not "W E "
            inside = [i for i, (start, _) in enumerate(spans) if run_start <= start < run_end]
            if inside:
                spans[inside[-1]] = (spans[inside[-1]][0], run_end)
        quoted = _sourced_quotes(lowered, self._quote_sources) + _email_quoted_lines(lowered)
        return _Message(self._cue_rules, words, spans, bounds, run_together, quoted)

    def _asserted(
        self,
        message: _Message,
        rule: Rule | None,
        category: _Category,
        layer: str = "clauses",
        excluding: bool = False,
    ) -> list[Span]:
        """Spans of ``rule`` that are neither negated, hypothetical nor about someone else, nor (with
        ``excluding``) overlapping the category's ``not_when`` (in ``layer``) or ``sentence_not_when``."""
        matches = message.find(layer, rule)
        if not matches:
            return []
        excluded = self._exclusions(message, category, layer) if excluding else []
        return [
            span
            for span in matches
            if not any(_overlap(span, other) for other in excluded)
            and not self._negated(message, span, category)
            and not self._framed(message, span)
            and not self._quoted_from_a_document(message, span)
            and (
                category.any_mention
                or self._revealed(message, span)
                or not (self._hypothetical(message, span) or self._someone_else(message, span))
            )
        ]

    @staticmethod
    def _exclusions(message: _Message, category: _Category, layer: str) -> list[Span]:
        """Spans of ``category``'s ``not_when`` (in ``layer``) and ``sentence_not_when``."""
        return message.find(layer, category.not_when) + message.find("sentences", category.sentence_not_when)

    @staticmethod
    def _excluded(message: _Message, category: _Category) -> list[Span]:
        """Spans of ``category``'s ``not_when`` and ``sentence_not_when`` that cancel one of its patterns' matches
        (the exclusion's own words: a long match it only touches, "tried to stand to fetch the baby and my
        legs just gave out", leaves "legs just gave out" to the yielding category)."""
        cancelled = []
        for rule, layer in ((category.patterns, "clauses"), (category.sentence_patterns, "sentences")):
            exclusions = RedFlagDetector._exclusions(message, category, layer)
            if exclusions:
                matches = message.find(layer, rule)
                cancelled += [other for other in exclusions if any(_overlap(span, other) for span in matches)]
        return cancelled

    def _combination(
        self, message: _Message, category: _Category, cache: dict[tuple[str, int, bool, str], list[Span]]
    ) -> list[Span]:
        # A category whose exclusions cover its signs keeps its own sign spans in the cache.
        excludes = category.not_when_covers_signs
        for combination in category.combinations:
            evidence = []
            for sign in combination:
                key = (sign, category.negation_window, category.any_mention, category.id if excludes else "")
                if key not in cache:
                    cache[key] = self._asserted(message, self._signs[sign], category, excluding=excludes)
                # A sign named twice needs two spans apart: "given his dog away" and "written letters to all of us"
                # (two different signs may share words: "wrote letters to my kids" is a farewell and a final act).
                taken = [used for used, name in zip(evidence, combination[: len(evidence)], strict=True) if name == sign]
                span = next((span for span in cache[key] if not any(_overlap(span, used) for used in taken)), None)
                if span is None:
                    break
                evidence.append(span)
            else:
                return evidence
        return []

    @staticmethod
    def _negated(message: _Message, span: Span, category: _Category) -> bool:
        start, end = span
        chunk_of = message.layer("clauses").chunk_of
        clause = chunk_of[start]
        for cue in message.cues("negation"):
            if (
                cue[1] <= start
                and start - cue[1] <= category.negation_window
                and chunk_of[cue[0]] == clause
                and not _scope_ended(message.words[cue[1] : start + 1])
            ):
                return True
        if ANSWERED_NO in message.words[end : end + RESOLUTION_WINDOW + 1]:
            answer = message.words.index(ANSWERED_NO, end)
            if chunk_of[answer] == clause:  # "Seizures: never.", "Thoughts of suicide? No."
                return True
        if category.any_mention or category.stays_urgent:  # "i wanted to die but it passed" still counts
            return False
        sentence_of = message.layer("sentences").chunk_of

        def came_back(cue: Span) -> bool:  # "it stopped for a while, but now it is back and worse"
            return any(
                back[0] >= cue[1] and sentence_of[back[0]] == sentence_of[cue[0]] for back in message.cues("came_back")
            )

        for cue in message.cues("resolved"):
            if cue[0] >= end and cue[0] - end <= RESOLUTION_WINDOW and chunk_of[cue[0]] == clause and not came_back(cue):
                return True
        sentence_starts = message.bounds("sentences")
        last_clause = chunk_of[end - 1]
        later = message.cues("resolved_later")
        if category.cleared_by_walking and WALKING_DOES_NOT_CLEAR.isdisjoint(message.words[start:end]):
            later = later + message.cues("walking_later")
        for cue in later:
            if cue[0] < end or came_back(cue):
                continue
            if sentence_of[cue[0]] == sentence_of[start]:
                # Near the phrase, or anywhere in its clause or the next one:
                # "legs were numb for hours after the block, all good now".
                if cue[0] - end <= LATER_RESOLUTION_WINDOW or chunk_of[cue[0]] <= last_clause + LATER_RESOLUTION_CLAUSES:
                    return True
            elif sentence_of[cue[0]] == sentence_of[end - 1] + 1:
                # Opening the next sentence: "My arm was numb. Back to normal now."
                if cue[0] - sentence_starts[sentence_of[cue[0]]] <= NEXT_SENTENCE_RESOLUTION:
                    return True
        for cue in message.cues("all_clear"):
            # Opening any later sentence: "Leg was numb after the block. The nurse said why. Now everything normal."
            if (
                not came_back(cue)
                and sentence_of[cue[0]] > sentence_of[end - 1]
                and cue[0] - sentence_starts[sentence_of[cue[0]]] <= ALL_CLEAR_OPENING
            ):
                return True
        return False

    @staticmethod
    def _hypothetical(message: _Message, span: Span) -> bool:
        start, end = span
        segment_of = message.layer("segments").chunk_of
        segment = segment_of[start]
        asked = [cue for cue in message.cues("hypothetical") if cue[0] < start and segment_of[cue[0]] == segment]
        if asked:
            if RedFlagDetector._anchored(message, span, max(cue[1] for cue in asked)):
                return False
            return not RedFlagDetector._ongoing_later(message, span)
        first = message.bounds("segments")[segment]
        clause_of = message.layer("clauses").chunk_of
        for cue in message.cues("history_opener"):
            # In the same clause, with no "now", "today", "since" ... before the phrase:
            # not "years ago i had surgery and now i cannot walk".
            if (
                cue[0] == first
                and cue[1] <= start
                and clause_of[cue[0]] == clause_of[start]
                and not any(cue[1] <= now[0] < start for now in message.cues("person_now"))
            ):
                return True
        # An example tacked on as its own sentence ("What should I watch for? Like chest pain?")
        # belongs to the question before it.
        # "... Like hives or wheezing?": the opener, or a list of examples after it.
        if segment and message.words[first] in _EXAMPLE_OPENERS and (
            start - first <= 1 or (start - first <= 4 and message.words[start - 1] in ("or", "and"))
        ):
            if RedFlagDetector._asks(message, segment - 1):
                return True
        if segment and RedFlagDetector._examples_for_watch_for(message, segment):
            return True
        # A list of examples a comma cut ("warning signs to watch for - like seizure, fever, can't walk",
        # "what should the night staff watch for, fever, chest pain, anything else?"): the earlier part
        # of the sentence opened it and asks.
        if segment and first not in message.bounds("sentences"):
            previous_words = message.words[message.bounds("segments")[segment - 1] : first]
            if (
                not (_EXAMPLE_OPENERS.isdisjoint(previous_words) and _WATCH_FOR_WORDS.isdisjoint(previous_words))
                and RedFlagDetector._bare_list(message, segment)
                and RedFlagDetector._asks(message, segment - 1)
            ):
                return True
            # "What symptoms mean I should call? Bleeding, chest pain, numbness?": the comma cut the
            # example sentence after its first sign; every part of it is a bare list.
            opening = segment - 1
            while opening and message.bounds("segments")[opening] not in message.bounds("sentences"):
                opening -= 1
            if (
                opening
                and all(RedFlagDetector._bare_list(message, index) for index in range(opening + 1, segment + 1))
                and RedFlagDetector._examples_for_watch_for(message, opening)
            ):
                return True
        # "... if chest tightness is a side effect? He's had it about an hour": a later sentence
        # saying it is going on now outweighs a question or history cue after the phrase too.
        later = [cue[0] for cue in message.cues("history") if cue[0] >= end and segment_of[cue[0]] == segment]
        if later:
            # So does one between the phrase and the history cue: "had another fit this morning,
            # second one today, never had any before the epidural".
            if any(end <= now[0] < min(later) for now in message.cues("ongoing")):
                return False
            return not RedFlagDetector._ongoing_later(message, span)
        return False

    @staticmethod
    def _asks(message: _Message, segment: int) -> bool:
        """A hypothetical cue (a question, a risk, a "what if") or a frame (a story, a study question)
        falls in ``segment``."""
        segment_of = message.layer("segments").chunk_of
        return any(segment_of[cue[0]] == segment for cue in message.cues("hypothetical") + message.cues("frame"))

    @staticmethod
    def _examples_for_watch_for(message: _Message, segment: int) -> bool:
        """``segment`` is a sentence that is only a short list of signs, and so is every sentence
        between it and a question about what to watch for ("What would the signs be? Chest pain?
        Trouble breathing?")."""
        bounds = message.bounds("segments")
        sentence_starts = message.bounds("sentences")

        def bare_sentence(index: int) -> bool:
            return bounds[index] in sentence_starts and RedFlagDetector._bare_list(message, index)

        if not bare_sentence(segment):
            return False
        previous = segment - 1
        while previous and bare_sentence(previous) and not RedFlagDetector._asks(message, previous):
            previous -= 1
        question = message.words[bounds[previous] : bounds[previous + 1]]
        about_causes = not _CAUSE_WORDS.isdisjoint(question) and not any(
            word in _NOT_A_BARE_LIST or word in _NOT_A_CAUSE_QUESTION for word in question
        )
        return (not _WATCH_FOR_WORDS.isdisjoint(question) or about_causes) and RedFlagDetector._asks(message, previous)

    @staticmethod
    def _bare_list(message: _Message, segment: int) -> bool:
        """The segment is a short list of words naming signs, with nobody, no time and no number."""
        bounds = message.bounds("segments")
        words = message.words[bounds[segment] : bounds[segment + 1]]
        return len(words) <= _BARE_LIST_MAX_WORDS and not any(
            word in _NOT_A_BARE_LIST or any(c.isdigit() for c in word) for word in words
        )

    @staticmethod
    def _anchored(message: _Message, span: Span, after: int) -> bool:
        """A report anchor ("just now", "since the epidural", "has been squeezing") in the
        phrase's sentence part, after the last question cue before it: the question wraps a
        report ("is it safe to shower when the incision is weeping and i am running a fever")."""
        segment_of = message.layer("segments").chunk_of
        # Not right after the cue: "i read in the newspaper this morning about a man who ..." dates the reading.
        return any(
            anchor[0] > after and segment_of[anchor[0]] == segment_of[span[0]] for anchor in message.cues("report_anchor")
        )

    @staticmethod
    def _ongoing_later(message: _Message, span: Span) -> bool:
        """A later sentence says the symptom is going on now ("... a side effect? Been going on an hour")."""
        sentence_of = message.layer("sentences").chunk_of
        return any(sentence_of[cue[0]] > sentence_of[span[1] - 1] for cue in message.cues("ongoing"))

    @staticmethod
    def _framed(message: _Message, span: Span) -> bool:
        """The phrase's sentence opens with a story, a show or a game ("In the crime drama I'm
        watching, ...", "The heroine of my novel ...", "On the telenovela ..."), and the patient does
        not come into it between the frame and the phrase ("In the movie we watched, my chest ..."
        is the patient's, and so is what follows "honestly"). Unlike a hypothetical cue, the frame
        reaches every part of its sentence, and it holds for every category: a character's suicide
        is not the patient's."""
        frames = message.cues("frame")
        if not frames:  # most messages: no sentence layer to look up for every match
            return False
        start, end = span
        sentence_of = message.layer("sentences").chunk_of
        sentence = sentence_of[start]
        first = message.bounds("sentences")[sentence]
        return any(
            cue[0] - first <= FRAME_OPENING
            and sentence_of[cue[0]] == sentence
            and cue[1] <= start
            and _WRITERS_OWN.isdisjoint(message.words[cue[1] : end])
            for cue in frames
        )

    @staticmethod
    def _quoted_from_a_document(message: _Message, span: Span) -> bool:
        """The phrase is inside a quotation from a label, a handout, a leaflet or a web page (see
        ``_sourced_quotes``) or on a line quoted with ">" from an earlier message (``_email_quoted_lines``):
        the document's words, not the patient's, in every category, as a frame is."""
        if not message.sourced:
            return False
        first, last = message.spans[span[0]][0], message.spans[span[1] - 1][1]
        return any(start <= first and last <= end for start, end in message.sourced)

    @staticmethod
    def _revealed(message: _Message, span: Span) -> bool:
        """Somewhere in the message the patient says the "what if" or the "friend" is them, now
        ("Asking for a friend: ... friend = me", "Hypothetically ... I'm the hypothetical").

        "Asking for myself" says whose question it is: it makes a "what if someone ..." the
        patient's, but a question about a risk stays a question ("can the RFA cause numbness
        down there? Asking for myself"): not when a risk question (``others.asked_before``)
        comes before the phrase in its sentence."""
        if message.cues("revealed"):
            return True
        if not message.cues("asking_for_myself"):
            return False
        sentence_of = message.layer("sentences").chunk_of
        sentence = sentence_of[span[0]]
        return not any(
            cue[0] < span[0] and sentence_of[cue[0]] == sentence for cue in message.cues("person_asked")
        )

    @staticmethod
    def _someone_else(message: _Message, span: Span) -> bool:
        """The phrase is about an animal, or about another person's past experience."""
        start, end = span
        sentence_of = message.layer("sentences").chunk_of
        people = message.cues("person")
        # "my dog had a seizure", "my mare went lame and could not walk"; not "my dog bit me, bleeding ..."
        # nor, when a person is named in the message too, "... walking the dog and he went stiff".
        for animal in message.cues("animal"):
            between = message.words[animal[1] : end]
            if (
                animal[1] <= start
                and sentence_of[animal[0]] == sentence_of[start]
                and _FIRST_PERSON.isdisjoint(between)
                and not (people and _THIRD_PERSON.intersection(between))
            ):
                return True
        if not people:
            return False
        compared = bool(message.cues("person_past"))
        dates = message.cues("person_dated")
        asked = message.cues("person_asked")
        if not compared and not dates and not asked:
            return False
        sentence = sentence_of[start]
        # A date counts for the person's own sentence or the next one ("... That was in 2019."),
        # not for an event told sentences later ("she had a stroke in 2019").
        dated_here = any(sentence <= sentence_of[cue[0]] <= sentence + 1 for cue in dates)
        for person in people:
            if person[1] > start or sentence_of[person[0]] != sentence:
                continue
            if not compared and not dated_here and not any(cue[1] <= person[0] for cue in asked):
                continue
            if not _FIRST_PERSON.isdisjoint(message.words[person[1] : end]):
                continue  # "my wife says i was shaking": about the patient
            if any(
                person[0] <= cue[0]
                and sentence_of[cue[0]] == sentence
                and not any(end <= other[0] < cue[0] for other in people)
                and not _about_the_writer(message.words[end : cue[0]])
                for cue in message.cues("person_now")
            ):
                continue  # "my husband had his rfa today and now he cannot walk" (not "..., and my aunt still ...")
            # Long ago ("years ago", hypothetical.history_after), not "last week".
            dated = any(person[1] <= cue[0] < start for cue in message.cues("history"))
            if not dated and any(person[1] <= cue[0] < end for cue in message.cues("person_present")):
                continue  # "my husband cannot walk" (not "my mother had a stroke years ago and cannot walk")
            return True
        return False

    @staticmethod
    def _flag(text: str, message: _Message, category: _Category, evidence: list[Span]) -> RedFlag:
        first = min(span[0] for span in evidence)
        last = max(span[1] for span in evidence) - 1
        start, end = message.spans[first][0], message.spans[last][1]
        return RedFlag(category.id, category.reply, start, end, text[start:end])


def _scope_ended(words: list[str]) -> bool:
    """Whether a denial before ``words`` stops at a "just"/"only" that points at something new in them."""
    pairs = zip(words, words[1:], strict=False)
    return any(word in NEGATION_SCOPE_ENDS and following in NEGATION_SCOPE_POINTS for word, following in pairs)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _all_patterns(rules: dict[str, Any]) -> Iterable[str]:
    """Every template in the rules, for the lexicon."""
    sections = [rules.get("vocabulary") or {}, rules.get("signs") or {}]
    for section in sections:
        for values in section.values():
            yield from (v for v in values or [] if isinstance(v, str))
    for key in ("negation", "hypothetical", "others"):
        for values in (rules.get(key) or {}).values():
            if isinstance(values, list):
                yield from (v for v in values if isinstance(v, str))
    for entry in rules.get("categories") or []:
        if isinstance(entry, dict):
            for key in ("patterns", "sentence_patterns", "yield_patterns", "not_when", "sentence_not_when"):
                yield from (v for v in entry.get(key) or [] if isinstance(v, str))
    clauses = rules.get("clauses") or {}
    for values in clauses.values():
        yield from (v for v in values or [] if isinstance(v, str))
