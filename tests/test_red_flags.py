"""Red-flag detection: the rules in knowledge/red_flags.yml and the Rasa component."""
from __future__ import annotations

import copy
import statistics
import time
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.red_flag_component import (
    ENTITY_RED_FLAG,
    INTENT_REPORT_RED_FLAG,
    RedFlagClassifier,
    rules_path,
)
from bot.nlu.red_flags import (
    RED_FLAG_RULES_FILE,
    REPLY_CRISIS,
    REPLY_EMERGENCY,
    RedFlagDetector,
    RedFlagRulesError,
)

CATEGORIES = {
    "self_harm", "allergic_reaction", "chest_pain", "seizure", "stroke", "bleeding",
    "bladder_bowel", "weakness_numbness", "cannot_walk", "infection", "severe_headache",
}


@pytest.fixture(scope="module")
def detector() -> RedFlagDetector:
    return RedFlagDetector.from_file()


def category(detector: RedFlagDetector, text: str) -> str | None:
    flag = detector.detect(text)
    return flag.category if flag else None


POSITIVES = [
    # weakness / numbness
    ("cant feel my legs", "weakness_numbness"),
    ("I can't feel my legs since the epidural", "weakness_numbness"),
    ("legs r numb", "weakness_numbness"),
    ("I have no feeling in my legs", "weakness_numbness"),
    ("my legs keep giving out when i stand", "weakness_numbness"),
    ("my left foot is dragging and i keep tripping", "weakness_numbness"),
    ("i think i have foot drop", "weakness_numbness"),
    ("im numb down there, like where i sit", "weakness_numbness"),
    ("when i wipe i cant feel anything", "weakness_numbness"),
    ("my leg went completely dead after the shot", "weakness_numbness"),
    ("my arm is numb and weak since the neck injection", "weakness_numbness"),
    ("lost all feeling in my feet", "weakness_numbness"),
    ("my legs wont hold me up", "weakness_numbness"),
    ("cnt feel my feeet", "weakness_numbness"),
    ("i cant really feel my left leg", "weakness_numbness"),
    ("No fever. No chills. But I can't feel the bottom of my feet.", "weakness_numbness"),
    # bladder / bowel
    ("peed myself", "bladder_bowel"),
    ("i wet myself twice today and didnt feel it", "bladder_bowel"),
    ("lost control of my bowels", "bladder_bowel"),
    ("i pooped my pants and didnt know", "bladder_bowel"),
    ("i havent peed since the procedure this morning", "bladder_bowel"),
    ("cant pee at all", "bladder_bowel"),
    ("i can't control my bladder", "bladder_bowel"),
    # cannot walk
    ("i cant walk", "cannot_walk"),
    ("i can barely even walk since yesterday", "cannot_walk"),
    ("having trouble walking after the injection", "cannot_walk"),
    ("i keep falling down", "cannot_walk"),
    # infection
    ("site is oozing pus and i have a fever of 102", "infection"),
    ("the injection site is red and swollen and i have a fever", "infection"),
    ("fever 101.5", "infection"),
    ("temp is 102", "infection"),
    ("im running a fever of 39", "infection"),
    ("the injection site is oozing and i have chills", "infection"),
    ("i think its infected and i have a fever", "infection"),
    ("where they injected is hot and red, also fever", "infection"),
    # allergic reaction
    ("i cant breathe", "allergic_reaction"),
    ("throat feels tight", "allergic_reaction"),
    ("my throat is closing", "allergic_reaction"),
    ("my lips are swelling up", "allergic_reaction"),
    ("i broke out in hives all over", "allergic_reaction"),
    ("my tounge is swollen", "allergic_reaction"),
    ("im wheezing", "allergic_reaction"),
    ("i think im having an allergic reaction to the dye", "allergic_reaction"),
    # chest pain
    ("chest pain", "chest_pain"),
    ("my chest hurts really bad", "chest_pain"),
    ("pressure in my chest", "chest_pain"),
    # seizure
    ("he had a seizure", "seizure"),
    ("my wife passed out and was shaking", "seizure"),
    ("my husband passed out and then he was shaking", "seizure"),
    ("shes convulsing", "seizure"),
    ("my husband collapsed and is shaking all over", "seizure"),
    ("siezure", "seizure"),
    # severe headache
    ("worst headache ever", "severe_headache"),
    ("worst headache of my life", "severe_headache"),
    ("severe headache that gets worse when i sit up", "severe_headache"),
    ("i have a spinal headache", "severe_headache"),
    ("i have a headache. it is much worse when i sit up and better when i lie down", "severe_headache"),
    ("my head is killing me and my neck is stiff", "severe_headache"),
    # bleeding
    ("bleeding wont stop", "bleeding"),
    ("the site keeps bleeding through the bandage", "bleeding"),
    ("soaked through 3 bandages", "bleeding"),
    ("blood is pouring out of the site", "bleeding"),
    ("blood keeps coming through the bandage", "bleeding"),
    # stroke-like signs
    ("my face is drooping on one side", "stroke"),
    ("my speech is slurred", "stroke"),
    # self-harm
    ("i want to end it", "self_harm"),
    ("i want to kill myself", "self_harm"),
    ("i dont want to live anymore", "self_harm"),
    ("i just wanna die the pain is so bad", "self_harm"),
    ("there is no reason to live", "self_harm"),
    ("sometimes i think about ending it all", "self_harm"),
    ("kms", "self_harm"),
    ("i don't see any reason to keep living", "self_harm"),
]

NEGATIVES = [
    # negated
    "no fever, just sore",
    "i dont have a fever or chills",
    "no numbness or weakness, just a little sore",
    "no trouble breathing",
    "i dont have any chest pain",
    "i didnt pee myself lol",
    "the site is a little red but no fever",
    "my legs are not numb",
    # passed
    "my legs were numb for an hour after but it wore off",
    "the bleeding stopped",
    # hypothetical and risk questions
    "can an epidural cause nerve damage?",
    "can an epidural cause paralysis?",
    "what if I get a fever?",
    "what are the signs of infection",
    "is there a risk of nerve damage",
    "should i worry if my legs go numb",
    "how do i know if the site is infected",
    "could the steroid cause a seizure",
    "what happens if i cant pee after",
    "is it possible to get a spinal headache from an epidural",
    "how common is paralysis after kyphoplasty",
    "will i be paralyzed?",
    "when should i call about a fever",
    "the nurse told me to call if i have trouble breathing",
    "they said my legs might be numb for a few hours",
    "i had a spinal headache after my last epidural, how can i avoid it",
    "could i get hives from the contrast dye",
    "what should i do if the bleeding doesn't stop",
    "My mom had a seizure years ago, is that a problem?",
    "i'm worried i'll be paralyzed",
    "is it safe to drive with numb legs?",
    "Is loss of bladder control a side effect of an epidural?",
    "what does a spinal headache feel like?",
    "If I can't pee after the procedure should I call?",
    "the consent form says paralysis is possible",
    # before the procedure, during it, or long-standing
    "my leg was numb during the procedure",
    "my legs have been weak for years because of my back",
    "My leg gives out sometimes, it's been like that for years",
    "i get hives from penicillin, will the dye be ok?",
    # expected effects
    "a bit more sore for a day or two",
    "small bruise where the needle went in",
    "mild tenderness at the site",
    "my back aches where the needle went",
    "my face is flushed since the steroid shot",
    "i have a mild headache",
    "little bit of blood on the bandaid",
    # unrelated, and look-alikes
    "the pain is killing me",
    "im dying to know when i can shower",
    "i cant stand the pain anymore",
    "i cant walk very far because of my back pain",
    "my back seized up this morning",
    "i cant wait for my procedure",
    "how long does relief last after rfa",
    "thank you so much",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_red_flags_are_found(detector, text, expected):
    assert category(detector, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negated_hypothetical_and_expected_messages_pass(detector, text):
    assert detector.detect(text) is None


def test_every_category_is_exercised_by_the_examples(detector):
    assert set(detector.categories) == CATEGORIES
    assert {expected for _, expected in POSITIVES} == CATEGORIES
    assert len(POSITIVES) >= 50 and len(NEGATIVES) >= 40


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no fever but i cant feel my legs", "weakness_numbness"),
        ("I don't have a fever, my legs are numb", "weakness_numbness"),
        ("not sure if its normal, my legs are numb", "weakness_numbness"),
        ("no pain. i cant feel my legs", "weakness_numbness"),
        ("no fever, cant feel my legs", "weakness_numbness"),
        ("I'm not feeling well, legs are numb", "weakness_numbness"),
        ("can the steroid cause this? my legs are numb", "weakness_numbness"),
        ("can the steroid cause this, my legs are numb", "weakness_numbness"),
        ("the numbness wore off but now i cant walk", "cannot_walk"),
        ("my legs are numb, is that a side effect?", "weakness_numbness"),
    ],
)
def test_a_negation_or_question_in_one_clause_does_not_hide_the_next(detector, text, expected):
    assert category(detector, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "what if i get a fever and my legs go numb",  # "and" keeps the question going
        "no numbness, weakness or trouble walking",  # a list stays negated
        "I don't have numbness in my arms, legs or feet",
        "the site is not red or swollen and i have a fever",
    ],
)
def test_scope_carries_within_a_clause(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the site is red and swollen",  # site sign without fever
        "i have a fever",  # ordinary fever without a site sign
        "i have chills",
    ],
)
def test_infection_needs_fever_with_a_site_sign(detector, text):
    assert detector.detect(text) is None


def test_infection_signs_may_sit_in_different_sentences(detector):
    flag = detector.detect("The site is swollen. Also I have had a fever since last night.")
    assert flag is not None and flag.category == "infection"


@pytest.mark.parametrize(
    "text",
    [
        "is it bad that i want to die",
        "what if i just end it all",
        "could my meds make me want to kill myself?",
        "is it normal to think about suicide after a procedure",
        "i might hurt myself",
    ],
)
def test_self_harm_fires_even_as_a_question(detector, text):
    flag = detector.detect(text)
    assert flag is not None
    assert (flag.category, flag.reply) == ("self_harm", REPLY_CRISIS)


@pytest.mark.parametrize("text", ["i'm not suicidal, just frustrated", "i dont want to die from this procedure"])
def test_self_harm_is_negated_only_by_a_cue_right_before_it(detector, text):
    assert detector.detect(text) is None


def test_self_harm_outranks_other_categories(detector):
    text = "my legs are numb and honestly i want to die"
    assert [f.category for f in detector.detect_all(text)] == ["self_harm", "weakness_numbness"]
    assert detector.detect(text).category == "self_harm"


def test_other_categories_get_the_emergency_reply(detector):
    assert detector.detect("chest pain").reply == REPLY_EMERGENCY
    assert {detector.reply_for(c) for c in CATEGORIES - {"self_harm"}} == {REPLY_EMERGENCY}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I CAN\u2019T FEEL MY LEGS", "weakness_numbness"),  # curly apostrophe, capitals
        ("my legs are sooo numbbb", "weakness_numbness"),  # repeated letters
        ("legs r weak n i cant walk", "weakness_numbness"),  # SMS spellings
        ("having a siezure", "seizure"),
        ("i have a temprature of 101", "infection"),
        ("my throat feels tite and i cant breath", "allergic_reaction"),
        ("the bleedin wont stop", "bleeding"),
        ("both legs have numbess", "weakness_numbness"),
    ],
)
def test_spelling_variants_are_normalised(detector, text, expected):
    assert category(detector, text) == expected


def test_the_span_points_at_the_evidence_in_the_original_text(detector):
    text = "Hi, it's Ann. Since Tuesday I CAN'T feel my legs!"
    flag = detector.detect(text)
    assert flag.text == "CAN'T feel my legs"
    assert text[flag.start : flag.end] == flag.text


def test_offsets_survive_characters_that_change_length_when_lower_cased(detector):
    text = "\u0130 can\u2019t feel my legs"  # "İ".lower() is two characters
    flag = detector.detect(text)
    assert flag.text == "can\u2019t feel my legs" == text[flag.start : flag.end]


def test_typo_repair_never_turns_a_real_word_into_a_symptom(detector):
    # "injected" is one letter from "infected"; fever + "infected" would be an infection.
    assert detector.detect("they injected my back yesterday and now i have a low fever") is None
    assert detector.detect("they infected my back yesterday and now i have a low fever").category == "infection"


def test_a_combination_spans_from_its_first_to_its_last_sign(detector):
    text = "fever since yesterday and the site is oozing pus"
    flag = detector.detect(text)
    assert flag.category == "infection"
    assert flag.text.startswith("fever") and "site is oozing" in flag.text


@pytest.mark.parametrize("text", [None, "", "   ", "\U0001f622\U0001f622", "...", 42])
def test_empty_or_odd_input_is_not_a_red_flag(detector, text):
    assert detector.detect(text) is None


def test_detection_is_fast(detector):
    texts = [text for text, _ in POSITIVES] + NEGATIVES
    for text in texts:  # warm the word cache
        detector.detect(text)
    timings = []
    for text in texts * 3:
        start = time.perf_counter()
        detector.detect(text)
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.001


# --- the rules file -----------------------------------------------------------


def minimal_rules(**category) -> dict:
    return {"categories": [{"id": "chest_pain", "reply": "emergency", "patterns": ["chest pain"], **category}]}


def test_a_minimal_rules_dict_works():
    detector = RedFlagDetector(minimal_rules())
    assert detector.detect("bad chest pain").category == "chest_pain"
    assert detector.detect("chest is fine") is None


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (minimal_rules(reply="call_mom"), "reply must be one of"),
        (minimal_rules(patterns=["(chest pain"]), "missing"),
        (minimal_rules(patterns=["chest {organs}"]), "unknown vocabulary"),
        (minimal_rules(combinations=[["fever", "site_sign"]]), "undefined signs"),
        (minimal_rules(patern=["typo"]), "unknown keys"),
        (minimal_rules(patterns=[]), "needs patterns or combinations"),
        ({"categories": []}, "non-empty list of categories"),
        ({"categories": [{"reply": "emergency", "patterns": ["x"]}]}, "needs an id"),
    ],
)
def test_bad_rules_are_rejected_with_a_clear_message(rules, message):
    with pytest.raises(RedFlagRulesError, match=message):
        RedFlagDetector(rules)


def test_a_missing_or_broken_rules_file_is_reported(tmp_path):
    with pytest.raises(RedFlagRulesError, match="cannot read"):
        RedFlagDetector.from_file(tmp_path / "nope.yml")
    broken = tmp_path / "broken.yml"
    broken.write_text("categories: [\n", encoding="utf-8")
    with pytest.raises(RedFlagRulesError, match="not valid YAML"):
        RedFlagDetector.from_file(broken)


def test_the_rules_file_is_plain_yaml_a_clinician_can_edit(tmp_path):
    rules = yaml.safe_load(RED_FLAG_RULES_FILE.read_text(encoding="utf-8"))
    rules["categories"][0]["patterns"].append("i give up on everything")
    edited = tmp_path / "red_flags.yml"
    edited.write_text(yaml.safe_dump(rules), encoding="utf-8")
    assert RedFlagDetector.from_file(edited).detect("honestly i give up on everything").category == "self_harm"


# --- the Rasa component -----------------------------------------------------------


@pytest.fixture(scope="module")
def component(detector) -> RedFlagClassifier:
    return RedFlagClassifier(detector)


def classified(text: str) -> Message:
    """A message as it leaves DIET and the FallbackClassifier."""
    message = Message({"text": text})
    message.set("intent", {"name": "ask_recovery", "confidence": 0.62}, add_to_output=True)
    message.set(
        "intent_ranking",
        [{"name": "ask_recovery", "confidence": 0.62}, {"name": "ask_risks", "confidence": 0.2}],
        add_to_output=True,
    )
    message.set(
        "entities",
        [{"entity": "procedure", "value": "esi", "start": 20, "end": 28, "extractor": "ProcedureEntityExtractor"}],
        add_to_output=True,
    )
    return message


def test_component_overrides_intent_and_ranking_on_a_red_flag(component):
    [message] = component.process([classified("since my epidural i cant feel my legs")])
    assert message.get("intent") == {"name": INTENT_REPORT_RED_FLAG, "confidence": 1.0}
    assert [r["name"] for r in message.get("intent_ranking")] == [INTENT_REPORT_RED_FLAG, "ask_recovery", "ask_risks"]
    assert message.get("intent_ranking")[0]["confidence"] == 1.0


def test_component_adds_the_red_flag_entity_and_keeps_the_others(component):
    text = "since my epidural i cant feel my legs"
    [message] = component.process([classified(text)])
    entities = {e["entity"]: e for e in message.get("entities")}
    assert set(entities) == {"procedure", ENTITY_RED_FLAG}
    red_flag = entities[ENTITY_RED_FLAG]
    assert red_flag["value"] == "weakness_numbness"
    assert red_flag["extractor"] == "RedFlagClassifier"
    assert text[red_flag["start"] : red_flag["end"]] == "cant feel my legs"


def test_component_output_is_what_the_tracker_sees(component):
    [message] = component.process([Message({"text": "i want to die"})])
    output = message.as_dict(only_output_properties=True)
    assert output["intent"]["name"] == INTENT_REPORT_RED_FLAG
    assert output["intent_ranking"][0]["name"] == INTENT_REPORT_RED_FLAG
    assert output["entities"][0]["value"] == "self_harm"


def test_component_overrides_the_nlu_fallback_too(component):
    message = Message({"text": "legs giving out"})
    message.set("intent", {"name": "nlu_fallback", "confidence": 0.45}, add_to_output=True)
    message.set("intent_ranking", [{"name": "nlu_fallback", "confidence": 0.45}], add_to_output=True)
    [message] = component.process([message])
    assert message.get("intent")["name"] == INTENT_REPORT_RED_FLAG
    assert [r["name"] for r in message.get("intent_ranking")] == [INTENT_REPORT_RED_FLAG, "nlu_fallback"]


@pytest.mark.parametrize("text", ["how long does the epidural take", "no fever, just sore"])
def test_component_leaves_other_messages_untouched(component, text):
    message = classified(text)
    before = copy.deepcopy(message.as_dict())
    outputs = set(message.output_properties)
    [after] = component.process([message])
    assert after.as_dict() == before
    assert after.output_properties == outputs


def test_component_skips_messages_without_text(component):
    message = Message({"intent": {"name": "greet", "confidence": 1.0}})
    before = copy.deepcopy(message.as_dict())
    component.process([message])
    assert message.as_dict() == before


def test_component_reads_the_configured_rules_file(tmp_path):
    rules = tmp_path / "rules.yml"
    rules.write_text(yaml.safe_dump(minimal_rules()), encoding="utf-8")
    config = {**RedFlagClassifier.get_default_config(), "rules_file": str(rules)}
    component = RedFlagClassifier.create(config, model_storage=None, resource=None, execution_context=None)
    [message] = component.process([Message({"text": "chest pain"})])
    assert message.get("entities")[0]["value"] == "chest_pain"
    [message] = component.process([Message({"text": "i cant feel my legs"})])
    assert message.get("intent") is None


def test_rules_path_defaults_to_the_knowledge_directory():
    assert rules_path(None) == RED_FLAG_RULES_FILE
    assert rules_path("knowledge/red_flags.yml") == RED_FLAG_RULES_FILE
    assert rules_path("/etc/rules.yml") == Path("/etc/rules.yml")
