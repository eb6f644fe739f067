"""Procedure recognition with the spaCy PhraseMatcher built from the knowledge base."""
from __future__ import annotations

import pytest

from bot.kb.base import Fact, Procedure
from bot.nlu.procedure_matcher import ProcedureMatcher


@pytest.fixture(scope="module")
def matcher(knowledge_base):
    return ProcedureMatcher(knowledge_base.procedures())


def ids(matcher, text):
    return [mention.procedure_id for mention in matcher(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how long does RFA relief last?", ["rfa"]),
        ("they want to burn the nerves in my back", ["rfa"]),
        ("getting a steroid shot in my back tmrw", ["esi"]),
        ("Epidural steroid injection risks", ["esi"]),
        ("is a sympathetic nerve block safe", ["sympathetic_block"]),  # longest match wins
        ("what is a nerve block", ["nerve_block"]),
        ("kyphoplasty vs vertebroplasty", ["kyphoplasty", "vertebroplasty"]),
        ("do you use ultrasound for a shoulder injection", ["image_guidance", "joint_injection"]),
    ],
)
def test_synonyms_from_the_knowledge_base(matcher, text, expected):
    assert ids(matcher, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my radiofreqency ablatoin is friday", "rfa"),  # typos in long words
        ("kyphoplsaty recovery", "kyphoplasty"),
        ("spinal cord stimmulatr", "spinal_cord_stimulation"),
        ("for shoulder shots do u see the needle", "joint_injection"),  # plural
    ],
)
def test_misspellings_not_listed_are_still_recognised(matcher, text, expected):
    mentions = matcher(text)
    assert [m.procedure_id for m in mentions] == [expected]
    assert not mentions[0].exact


@pytest.mark.parametrize(
    "text",
    [
        "i faced a lot of pain last week",
        "the pain shoots down my leg",
        "my joints hurt when it rains",
        "can i get a flu shot the same day",
        "what is the weather tomorrow",
        "",
    ],
)
def test_ordinary_words_are_not_procedures(matcher, text):
    assert ids(matcher, text) == []


def test_offsets_point_at_the_mention(matcher):
    text = "Will I be awake for the Kyphoplasty?"
    [mention] = matcher(text)
    assert text[mention.start : mention.end] == "Kyphoplasty"


def test_a_new_procedure_file_needs_no_code():
    procedure = Procedure(
        id="botox", kind="procedure", name="botox injection", short_name="Botox",
        synonyms=("botox", "botulinum toxin injection"),
        facets={"what_is": (Fact("x", "000_fd0648dbab7763f2.txt"),)},
    )
    assert ids(ProcedureMatcher([procedure]), "is botulinum toxin injection safe") == ["botox"]
