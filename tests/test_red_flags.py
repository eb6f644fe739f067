"""Red-flag detection: the rules in knowledge/red_flags.yml and the Rasa component."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from bot.constants import ENTITY_RED_FLAG, INTENT_REPORT_RED_FLAG
from bot.nlu.red_flag_component import RedFlagClassifier, rules_path
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
def detector(red_flag_detector: RedFlagDetector) -> RedFlagDetector:
    """The session's compiled rules (tests/conftest.py), under the name this module's tests use."""
    return red_flag_detector


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
    ("when i wipe i cant feel anything", "bladder_bowel"),
    ("my leg went completely dead after the shot", "weakness_numbness"),
    ("my arm is numb and weak since the neck injection", "weakness_numbness"),
    ("lost all feeling in my feet", "weakness_numbness"),
    # Cannot stand on them: cannot_walk, as the development sets label it (weakness yields to it).
    ("my legs wont hold me up", "cannot_walk"),
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
        ("the saddle region (is it called like this?) is numb since this morning", "bladder_bowel"),
        ("my whole left leg (is that the sciatic side?) has gone dead and weak since the block", "weakness_numbness"),
    ],
)
def test_a_question_in_brackets_does_not_cut_the_sentence_around_it(detector, text, expected):
    assert category(detector, text) == expected


def test_a_question_in_brackets_is_still_read_as_a_question(detector):
    assert category(detector, "the site is fine (could I lose bladder control later?)") is None


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
        ("chest pian since lunch", "chest_pain"),  # short words: two letters swapped
        ("cant wlak at all", "cannot_walk"),
        ("chills and the injection area is hot red and swollen", "infection"),
    ],
)
def test_spelling_variants_are_normalised(detector, text, expected):
    assert category(detector, text) == expected


@pytest.mark.parametrize("text", ["no chest pian", "the pian is a bit worse today", "i can wlak fine, just sore"])
def test_swapped_letters_are_read_but_still_negated(detector, text):
    assert category(detector, text) is None


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


def test_an_unknown_word_is_read_as_the_nearest_rule_word_but_english_words_are_kept():
    from bot.nlu.red_flags import Normaliser

    lexicon = {"bleeding", "have", "swollen", "numb", "stop", "step", "kill", "kid", "walking", "waking"}
    english = {"stop": 10, "step": 20, "kid": 30, "breeding": 40, "hive": 50, "stomp": 60}
    normaliser = Normaliser({}, {("dolor", "de", "cabeza"): ("headache",)}, lexicon, [], [], english)
    assert normaliser.word("bledding") == ("bleeding",)  # one letter short
    assert normaliser.word("swolen") == ("swollen",)
    assert normaliser.word("hve") == ("have",)
    assert normaliser.word("breeding") == ("breeding",)  # a real word, not a typo
    assert normaliser.word("stomp") == ("stomp",)
    assert normaliser.word("dolor") == ("dolor",)  # part of a multi-word spelling
    assert normaliser.word("bzqking") == ("bzqking",)  # too far from any rule word
    assert normaliser.word("nmub") == ("numb",)  # swapped letters
    assert normaliser.word("mumb") == ("mumb",)  # a different first letter is not guessed
    # Of two rule words one edit away, the likelier slip wins, then the commoner word.
    assert normaliser.word("kil") == ("kill",)  # a letter left out, not a wrong letter ("kid")
    assert normaliser.word("wlaking") == ("walking",)  # two letters swapped, not one too many
    assert normaliser.word("stp") == ("stop",)  # "stop" and "step" both lack a letter: the commoner
    assert Normaliser({}, {}, lexicon, [], [], {"step": 1, "stop": 2}).word("stp") == ("step",)
    # Without an English word list, only the listed symptom words are repaired (as before).
    assert Normaliser({}, {}, lexicon, [], []).word("bledding") == ("bledding",)


def test_a_dropped_g_is_read_as_the_word_but_a_common_word_ending_in_in_is_kept():
    from bot.nlu.red_flags import Normaliser

    lexicon = {"bleeding", "thing", "feeling"}
    english = {"thin": 2494, "thing": 480, "feeding": 5000, "feeling": 993, "goin": 12820, "going": 197}
    normaliser = Normaliser({}, {}, lexicon, [], [], english)
    assert normaliser.word("bleedin") == ("bleeding",)  # a rule word
    assert normaliser.word("feedin") == ("feeding",)  # an English word, not the nearest rule word "feeling"
    assert normaliser.word("goin") == ("going",)  # listed as a rare word of its own
    assert normaliser.word("thin") == ("thin",)  # a common word, not "thing"



def test_a_phrase_spelling_is_read_even_when_one_of_its_words_has_its_own_spelling():
    from bot.nlu.red_flags import Normaliser

    # Word spellings run first: "pecho" is "chest" before the phrase "me duele el pecho" is looked up.
    normaliser = Normaliser(
        {"pecho": ("chest",), "dey": ("is",)},
        {("me", "duele", "el", "pecho"): ("my", "chest", "hurts"), ("no", "dey", "feel"): ("cannot", "feel")},
        {"chest", "hurts", "cannot", "feel", "is", "my"},
        [],
    )
    words = [(w, i, i + 1) for i, w in enumerate(("me", "duele", "el", "chest", "mucho"))]
    assert [w for w, _, _ in normaliser.apply_phrases(words)] == ["my", "chest", "hurts", "mucho"]
    words = [(w, i, i + 1) for i, w in enumerate(("leg", "no", "is", "feel"))]
    assert [w for w, _, _ in normaliser.apply_phrases(words)] == ["leg", "cannot", "feel"]


def test_a_phrase_spelling_is_not_read_after_the_words_listed_for_it():
    from bot.nlu.red_flags import Normaliser

    normaliser = Normaliser(
        {}, {("stay", "numb"): ("is", "numb")}, {"is", "numb"}, [], phrases_not_after={"stay": ["may", "to"]}
    )

    def read(*words: str) -> list[str]:
        return [w for w, _, _ in normaliser.apply_phrases([(w, i, i + 1) for i, w in enumerate(words)])]

    assert read("my", "leg", "stay", "numb") == ["my", "leg", "is", "numb"]  # Pidgin: "is numb"
    assert read("leg", "may", "stay", "numb") == ["leg", "may", "stay", "numb"]  # English keeps "stay"
    assert read("stay", "numb") == ["is", "numb"]  # nothing before it


def test_dictated_punctuation_words_are_read_as_the_marks_they_name(detector):
    # A voice assistant wrote the marks out as words; the "comma" ends the clause, so the history
    # cue after it ("before the epidural") no longer reaches back to the emergency before it.
    text = (
        "this is his son period dad cannot bear any weight on his legs tonight comma he was walking fine "
        "before the epidural and now we can't move him"
    )
    flag = detector.detect(text)
    assert flag is not None and flag.category == "cannot_walk"
    assert flag.text == "cannot bear any weight"  # the patient's own words, offsets kept
    # Without a dictation mark, "period" is a word: nothing about it is read as punctuation.
    assert detector.detect("my period is late since the injection, is that normal?") is None

def test_the_rules_still_load_without_the_english_word_list(monkeypatch, caplog):
    import bot.embeddings

    def missing() -> dict[str, int]:
        raise OSError("vocab.txt not found")

    monkeypatch.setattr(bot.embeddings, "english_words", missing)
    detector = RedFlagDetector.from_file()
    assert "No English word list" in caplog.text
    assert detector.detect("i cant feel my legs since the block").category == "weakness_numbness"
    assert detector._normaliser.word("hve") == ("hve",)  # only the listed symptom words are repaired
    assert detector._normaliser.word("bledding") == ("bleeding",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the incison is swolen and red and i have a fevr of 101", "infection"),
        ("bledding thru evry dresing and it wont stop", "bleeding"),
        ("my tonge is swolen and i cant swalow", "allergic_reaction"),
        # Where a slip is one edit from two rule words, the likelier slip and the commoner word win.
        ("blod keeps pourin out of where they did the shot", "bleeding"),
        ("hevy feelin in my chst, im swaetin", "chest_pain"),
        ("he hasnt peeed sinse the injecton this mornig", "bladder_bowel"),
        ("the injecton site is a bit sore but no fevr", None),
        # A repaired word is read through the spellings too ("brestbone" -> breastbone -> chest), and
        # a rare English word (a surname) with two letters swapped is read as the rule word.
        ("crushng presure behind my brestbone", "chest_pain"),
        ("my husband says his chest hurst real bad and he is sweaty", "chest_pain"),
    ],
)
def test_heavy_misspellings_are_read(detector, text, expected):
    assert category(detector, text) == expected


def test_a_combination_spans_from_its_first_to_its_last_sign(detector):
    text = "fever since yesterday and the site is oozing pus"
    flag = detector.detect(text)
    assert flag.category == "infection"
    assert flag.text.startswith("fever") and "site is oozing" in flag.text


@pytest.mark.parametrize("text", [None, "", "   ", "\U0001f622\U0001f622", "...", 42])
def test_empty_or_odd_input_is_not_a_red_flag(detector, text):
    assert detector.detect(text) is None


# --- phrasings missed or over-flagged before (by kind, not the evaluation's sentences) ---------

INDIRECT_PHRASINGS = [
    # 1. loss of bladder control said indirectly
    ("i cant control when i pee anymore since the epidural", "bladder_bowel"),
    ("pee keeps running out of me and i can't stop it", "bladder_bowel"),
    ("urine is just leaking out n i cant stop it", "bladder_bowel"),
    ("peeing w/o knowing it since the epi", "bladder_bowel"),
    (
        "Quick question, do I need to fast before my next appointment? Also since yesterday I keep "
        "peeing without realizing it until my pants are wet",
        "bladder_bowel",
    ),
    ("hi, is parking free? btw i can't tell when i'm peeing since the injection yesterday", "bladder_bowel"),
    ("cant control wen i poop", "bladder_bowel"),
    ("my bladder just lets go without warning", "bladder_bowel"),
    # 2. cannot bear weight, on the floor, cannot get up or stand up
    ("i cant put wieght on my leg", "cannot_walk"),
    ("cant bare weight on my left leg since this morning", "cannot_walk"),
    ("I'm stuck on the floor and can't get up", "cannot_walk"),
    ("fell in the bathroom and cant get up pls help", "cannot_walk"),
    ("i can't stand up", "cannot_walk"),
    ("hi, about my bill. also i cant put any weight on my right leg since the rfa", "cannot_walk"),
    ("I tried to get out of bed this morning and I just can't stand, my legs won't hold me", "cannot_walk"),
    ("been stuck on the kitchen floor for an hour", "cannot_walk"),
    # 3. infection: "&"/"+", discharge in lay words, a temperature as a number
    ("the site is red & swollen & i have a fever", "infection"),
    ("fever & chills and the injection site is red", "infection"),
    ("red+swollen site, also chills", "infection"),
    ("cloudy stuff coming out of the incision and I'm running a fever", "infection"),
    ("there's yellow stuff on the bandaid and i feel feverish", "infection"),
    ("green crud on my bandage & i have chills", "infection"),
    ("my temp is 101.2 and the site is swollen", "infection"),
    ("102.5 degrees and the incision is red and puffy", "infection"),
    ("the needle spot is puffy and warm and i was at 38.6 this morning", "infection"),
    (
        "is it ok to shower tomorrow? also theres greenish stuff coming out of the incision and i had "
        "the chills all night",
        "infection",
    ),
    # 4. chest pain in lay words, also after an unrelated question
    ("my chest has been hurting since last night", "chest_pain"),
    ("chest been hurtin all day", "chest_pain"),
    ("feels like a heavy weight sitting on my chest", "chest_pain"),
    ("like an elephant is sitting on my chest", "chest_pain"),
    ("there's a tight squeezing feeling in my chest that won't go away", "chest_pain"),
    ("is it ok to take advil with my meds? and my chest has been feeling weird and tight", "chest_pain"),
    ("hi question about my appointment time next week, also my chest keeps hurting on the left side", "chest_pain"),
    # 5. sudden explosive headache, "the worst one"
    ("sudden explosive headache", "severe_headache"),
    ("got a sudden, explosive head pain", "severe_headache"),
    ("I have a headache, the worst one I've ever had", "severe_headache"),
    ("headache came on all of a sudden, worst one ive ever had in my life", "severe_headache"),
    (
        "what time do you open tomorrow? i woke up with a headache and honestly it's the worst one i've had",
        "severe_headache",
    ),
    ("worst one of my life, headache started an hour ago", "severe_headache"),
    # 6. bleeding that will not stop, heavy bleeding, on a blood thinner
    ("bleeding from the injection site on my lower back and it won't stop", "bleeding"),
    ("im bleeding from where they did the rfa and it wont stop", "bleeding"),
    ("thanks for the info! btw bleeding from my back where the kyphoplasty was done & it just won't stop", "bleeding"),
    ("bleeding heavy from the incision", "bleeding"),
    ("the incision is bleeding really heavy", "bleeding"),
    ("i'm on eliquis and the site is still bleeding", "bleeding"),
    ("I take xarelto and the injection site hasn't stopped bleeding for 2 hours", "bleeding"),
    ("on warfarin, bleeding from the shot spot won't stop", "bleeding"),
    ("plavix + bleeding that wont stop", "bleeding"),
    ("been bleeding for 3 hours, i'm on blood thinners", "bleeding"),
    # 7. self-injury and intentional overdose
    ("i've been cutting myself again", "self_harm"),
    ("ive started burning myself", "self_harm"),
    ("i keep hurting myself on purpose", "self_harm"),
    ("sometimes i cut myself to cope with the pain", "self_harm"),
    ("i took a bunch of pills on purpose", "self_harm"),
    ("took extra oxy on purpose", "self_harm"),
    ("i took a handful of my sleeping pills on purpose", "self_harm"),
    ("i swallowed all my pills", "self_harm"),
    ("can i get a refill early? i took all my percocets at once on purpose", "self_harm"),
    ("im going to take all my pills so i dont wake up", "self_harm"),
    ("I just want to not wake up", "self_harm"),
    ("i want to go to sleep and never wake up", "self_harm"),
    ("i wanna sleep and never wake up", "self_harm"),
    ("honestly some nights i want to sleep and not wake up", "self_harm"),
    ("i have been saving up my pills to take them all at once", "self_harm"),
    # 9. someone else who has the symptom now is still an emergency
    ("my husband had his rfa today and now he can't walk", "cannot_walk"),
    ("my husband had his rfa this morning and he can't walk", "cannot_walk"),
    ("my mom just had her epidural and she cant feel her legs", "weakness_numbness"),
    ("my wife got her injection this morning, now she's bleeding through the bandage", "bleeding"),
    ("my wife is bleeding through her bandage, is that common?", "bleeding"),
    ("my mom is having a seizure, is that common?", "seizure"),
    ("my dad had the nerve block yesterday and his face is drooping", "stroke"),
    ("my dad can't walk after his injection, will that happen to me too?", "cannot_walk"),
    ("my husband passed out and was shaking, can the epidural cause seizures?", "seizure"),
    ("can i get an appointment for my husband, he had a seizure after his shot", "seizure"),
    ("my husband had his rfa and once he got home he couldn't walk", "cannot_walk"),
    # ... and so is the patient, when someone else tells it or an animal is only the cause
    ("my husband says i had a seizure", "seizure"),
    ("my wife said my face was drooping this morning", "stroke"),
    ("my dog knocked me over and now i can't get up", "cannot_walk"),
    ("my dog bit me, bleeding won't stop", "bleeding"),
    ("after my cat scan my legs went numb", "weakness_numbness"),
    # 10. a resolved symptom does not hide a new one, nor another subject's all-clear
    ("the numbness wore off but now i cant pee", "bladder_bowel"),
    ("my headache went away but my legs are still numb", "weakness_numbness"),
    ("my legs are numb and my back is fine now", "weakness_numbness"),
    ("my leg is numb, is that normal now?", "weakness_numbness"),
    ("my legs are numb, otherwise fine now", "weakness_numbness"),
    ("legs went numb, it went away and now it came back", "weakness_numbness"),
    ("My legs have been numb since the injection. When will they be back to normal?", "weakness_numbness"),
    # 11. foot drop and spreading numbness in lay words
    ("i cant raise my toes on the left side since the block", "weakness_numbness"),
    ("the tingling in my calves has turned into numbness and it keeps spreading up to my knees", "weakness_numbness"),
    ("numbness moving up into my thighs since this morning", "weakness_numbness"),
    # 12. cannot get as far as the bathroom
    ("i can barely get to the toilet since the rfa, legs are jelly", "cannot_walk"),
    # 13. bleeding that goes on: over and over, through clothes, despite pressure
    ("blood keeps coming and coming, its soaked into the sheets", "bleeding"),
    ("ive held pressure for an hour and its still bleeding", "bleeding"),
    ("the shot spot is bleeding and bleeding", "bleeding"),
    # 14. self-harm in other words
    ("my family would be better off if i was gone", "self_harm"),
    ("ending it feels like the only way out", "self_harm"),
    # round 3 of the development sets found these kinds of wording (phrased anew here)
    ("my brother says he is going to kill himself tonight", "self_harm"),
    ("i keep thinking about jumping in front of a train", "self_harm"),
    ("my right hand quit working since the block this morning", "weakness_numbness"),
    ("the numb patch on my thigh is spreading", "weakness_numbness"),
    ("keep falling over every time i stand up", "cannot_walk"),
    ("his legs went out from under him in the kitchen", "cannot_walk"),
    ("my chest area feels crushed since lunch", "chest_pain"),
    ("the incision is gushing blood", "bleeding"),
    ("i have 102 and the needle site is red and hot", "infection"),
    ("bad headache, i have to lie flat or it pounds", "severe_headache"),
    ("she was shaking all over and now she is not responding", "seizure"),
    # round 4 (phrased anew here)
    ("havent been able to piss since this morning", "bladder_bowel"),
    ("i need to go so bad but nothing comes out when i try", "bladder_bowel"),
    ("tingling started in my feet and now its up to my thighs", "weakness_numbness"),
    ("we had to carry her to the car, her legs wont hold her", "cannot_walk"),
    ("my lips feel so fat and it is hard to swallow", "allergic_reaction"),
    ("tight band round my chest since the procedure", "chest_pain"),
    ("awful headache and i keep throwing up since the epidural", "severe_headache"),
    ("he says he will shoot himself", "self_harm"),
    ("got every pill counted out on the bed, gonna swallow them all tonight", "self_harm"),
]

NOT_EMERGENCIES = [
    # 8. "can/does/will <procedure> cause <symptom>?" and what someone else said
    "Can an epidural steroid injection cause trouble peeing? My friend said she had that",
    "could a lumbar radiofrequency ablation cause leg weakness? my neighbor said his legs were weak",
    "does the medial branch block cause numbness in your legs? my cousin told me hers went numb",
    "will the spinal cord stimulator trial cause headaches? a guy in the waiting room said he got the worst headache",
    "Could a genicular nerve block cause my leg to give out? My friend's knee buckled after hers.",
    "does a stellate ganglion block cause face drooping? my cousin said her face drooped for a few hours",
    "can an epidural paralyze you",
    "Is having a seizure a side effect of the epidural?",
    # 9. another person's past experience, as a comparison
    "my sister couldn't pee for a while after her epidural ... does that happen with the steroid one too?",
    "my friend had a seizure after his shot last year, could that happen to me?",
    "my husband had a seizure once after a nerve block, could i have one too?",
    "my best friend's legs went numb for a couple days after her rfa, is that gonna happen to me",
    "a friend of mine had chest pain after her injection, should i expect that too",
    "my dad lost control of his bladder for a few hours after his epidural last year. does that happen a lot?",
    "my mother in law had chest pain for a week after her kyphoplasty and i'm scared the same thing will happen to me",
    "my son had a seizure as a baby, does that matter?",
    "my dad had a heart attack in 2019, should i tell the doctor?",
    # 10. resolved as expected
    "arm was numb and heavy for a few hours after the nerve block like they said, back to normal now",
    "couldnt feel my left leg for like 3 hrs after the shot, all good now!",
    "My arm was numb for a while after the injection. Back to normal now.",
    "legs felt weak for about 2 hours after the epidural, totally fine now",
    "my leg was numb for about 4 hours after the block, as expected, feeling came back now",
    "arm numbness after the nerve block lasted 6 hours, which they said was normal, and it's all better now",
    "my legs were weak yesterday but now they feel normal again",
    "my arm was numb for a bit this morning but it came back to normal",
    # 11. animals
    "my dog had a seizure",
    "the cat is bleeding",
    "my puppy can't walk on his back leg",
    "my cat peed all over the bed lol",
    "my friend's dog had a seizure at the park lol anyway is parking free?",
    # look-alikes of the new phrasings
    "hoping i don't wake up stiff tomorrow",
    "i take my meds at night so i dont wake up in pain",
    "should i take all my meds before the procedure?",
    "i take all my meds in the morning",
    "i took an extra tylenol for the soreness, is that ok",
    "I cut my finger cooking, can I still come in tomorrow",
    "i cut myself shaving this morning, no big deal",
    "i cut myself on a piece of glass, can i still get the injection?",
    "i burned myself on the heating pad because i couldnt feel it well",
    "i'm scared of hurting myself when i exercise after the procedure",
    "i keep hurting myself doing the stretches",
    "my pills are lined up in the weekly box, i take them tonight with dinner",
    "i'm on xarelto, will i bleed more after the injection?",
    "should i stop my eliquis before the procedure",
    "the bleeding didn't stop me from going to work lol",
    "my back spasms and i cant get it to stop",
    "it's 102 degrees outside today, can i go swimming with the bandage",
    "it was 102 degrees yesterday and the site got sweaty and red, is that ok",
    "there is some yellow bruising around the site",
    "the bandage has some clear fluid on it, no fever",
    "my chest x ray was clear",
    "i have a chest cold, can i still have the injection?",
    "my chest of drawers fell on my foot lol, its fine",
    "the last injection was the worst one i've ever had, this one was easier",
    "my head is about to explode with all this paperwork lol",
    "i can't stand my neighbor's music",
    "i couldnt stand up straight for weeks before the procedure, now its much better",
    "i can't get up early for the 7am slot, any later times?",
    "i cant get up the stairs as fast as before but i'm fine",
    "i was stuck in traffic and missed my appointment",
    "i have to pee a lot since the steroid shot, is that normal",
    # idioms and a clear denial
    "i am not having thoughts of harming myself, just tired of the pain",
    "my boss nearly gave me a heart attack with that email",
    "my husband almost had a heart attack when he saw the bill",
    "she threw a fit about the parking",
    # a question about a sign, walking a dog, an obvious outside cause, an expected effect
    "is swelling a sign of infection?",
    "can i walk my dog after the injection",
    "i cant make it to the appointment on time",
    "i got hives from a bee sting last summer, can i still get the dye",
    "droopy eyelid after the stellate block",
    "held pressure for 10 min and it stopped bleeding",
    # named as a risk, asked about, or not real life
    "the paperwork says seizures are a rare side effect, should i worry",
    "could an si joint shot make my foot go numb?",
    "saw a show about a woman who got paralyzed from a spinal tap, freaked me out",
    "should i be worried about bleeding after tomorrow's kyphoplasty?",
    "on netflix a character had a seizure and it scared me",
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT_PHRASINGS)
def test_indirect_phrasings_are_found(detector, text, expected):
    assert category(detector, text) == expected


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_questions_someone_elses_past_resolved_symptoms_and_pets_pass(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cannot walk or stand wins over legs giving out ...
        ("my legs gave out and i cant stand up", "cannot_walk"),
        ("my legs keep giving out and i can't walk", "cannot_walk"),
        ("my legs gave out and now im on the floor and cant get up", "cannot_walk"),
        ("unable to get up off the couch, legs wont work", "cannot_walk"),
        # ... which alone is still weakness, as is numbness or weakness said outright
        ("my legs keep giving out when i stand", "weakness_numbness"),
        ("legs r weak n i cant walk", "weakness_numbness"),
        # a drooping face or slurred speech is a stroke whatever else is said
        ("my left side went weak and my face is droopy", "stroke"),
        ("i cant walk and my speech is slurred", "stroke"),
    ],
)
def test_the_most_specific_category_is_reported(detector, text, expected):
    assert category(detector, text) == expected


def test_a_category_yields_only_to_the_categories_it_names(detector):
    found = [f.category for f in detector.detect_all("my legs gave out and i cant stand up")]
    assert found == ["cannot_walk"]
    assert [f.category for f in detector.detect_all("my legs gave out")] == ["weakness_numbness"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A seizure that has ended still needs care now; a twitch that stopped does not.
        ("he was convulsing on the couch, its over now and hes sleepy", "seizure"),
        ("my dad had a seizure but it stopped after a minute", "seizure"),
        # "never happened before the injection" says it is new, not history.
        ("peed myself in the car, that never happened before the shot", "bladder_bowel"),
        # A goodbye with a final act, or means with a note to someone.
        ("i left a letter for my husband on the counter. goodbye everyone", "self_harm"),
        ("got a gun out of the closet. just so somebody knows", "self_harm"),
        # Lay words rounds 5 and 6 taught the rules.
        ("pressure on my sternum that wont let up", "chest_pain"),
        ("my toes wont lift up when i walk since the block", "weakness_numbness"),
        ("gauze is soaked right thru for the third time", "bleeding"),
        # A risk question about a symptom a later sentence says is going on now.
        ("can the dye cause chest tightness? it has been going on for an hour", "chest_pain"),
        # What comes after "can't ... without" happens.
        ("i cant sit up without the worst headache of my life", "severe_headache"),
        # Numbness and its spreading, said in different sentences.
        ("there was a numb spot on my calf. now its the whole back of my leg", "weakness_numbness"),
        # Letters to the family and not expecting to be here.
        ("wrote a letter to my daughter tonight. i dont think ill be around by the weekend", "self_harm"),
        # A relative's symptom in the present tense is happening now, whatever their history.
        ("my mom says her chest feels crushed, she had bypass surgery back in 2015", "chest_pain"),
        ("my brother says if the rfa fails he will end it", "self_harm"),
        # Pills saved up, and tonight, in different sentences.
        ("the pump did nothing. been stockpiling my meds. tonight is the night", "self_harm"),
        # Clinical shorthand from nurses and paramedics who are patients.
        ("s/p L4-5 ESI, now non-ambulatory", "cannot_walk"),
        ("witnessed sz at home 20 min ago, now post-ictal", "seizure"),
        # A history opener does not reach a later clause that comes back to now.
        ("years ago i had back surgery and now i cant walk at all", "cannot_walk"),
        # Spanish words patients mix in, accents and all.
        ("tengo fiebre y el sitio de la inyección está hinchado, red and hot", "infection"),
        ("no puedo caminar since the shot", "cannot_walk"),
        # A blackout with signs of a seizure after it.
        ("passed out in the kitchen and woke up on the floor with my cheek bitten", "seizure"),
        ("wrote goodbye letters. tonight is the night", "self_harm"),
        ("how many of my gabapentin would it take to not wake up", "self_harm"),
        # Words from other languages patients mix in.
        ("dor no peito since lunch, the kyphoplasty was monday", "chest_pain"),
        ("no xixi since last nite, belly hard", "bladder_bowel"),
        # "if it is ok that ..." asks about what is happening, not about a what-if.
        ("can you tell me if its ok that my legs keep giving out since the shot", "weakness_numbness"),
        # Rounds 25-26.
        ("mom's bladder feels like it will burst and she has barely peed since the block", "bladder_bowel"),
        ("since this morning everything from the waist down is going numb", "weakness_numbness"),
        ("her grip is just gone, she can't hold a cup since the rfa", "weakness_numbness"),
        ("he tries to stand and his legs give way underneath him", "cannot_walk"),
        ("i can't get my legs to hold me up, stuck on the toilet", "cannot_walk"),
        ("temp 101 and the skin around my facet shot is red and warm", "infection"),
        ("chills tonight and the incision is hot, swollen and oozing", "infection"),
        ("it feels like something is squeezing my chest", "chest_pain"),
        ("pressure in my chess since the injection", "chest_pain"),
        ("he is shaking and I can't get him to respond", "seizure"),
        ("i blacked out and my whole body was jerking, twice tonight", "seizure"),
        ("the second i am upright my head is pounding, lying flat it is ok", "severe_headache"),
        ("huge headache whenever i stand up, gone when i lie down", "severe_headache"),
        ("worst pain in my head i've ever felt and i've had migraines for 30 years", "severe_headache"),
        ("the dressing keeps filling up with fresh blood", "bleeding"),
        ("this is my goodbye, thank the nurses for me", "self_harm"),
        ("i keep staring at the razor blades in the drawer", "self_harm"),
        ("he's giving his things away and says he won't need his truck after friday", "self_harm"),
        # Rounds 28-29.
        ("tried to pee at noon and nothing came out, still nothing now", "bladder_bowel"),
        ("dad wet the bed twice tonight without noticing", "bladder_bowel"),
        ("i can't feel myself when i wipe since the epidural", "bladder_bowel"),
        ("numb groin since the block this morning", "bladder_bowel"),
        ("the numbness is creeping up from my ankle toward my knee", "weakness_numbness"),
        ("her arm no have power since the neck shot", "weakness_numbness"),
        ("he can't lift his arm to comb his hair since the injection", "weakness_numbness"),
        ("we tried to stand her up and she just slumped", "cannot_walk"),
        ("feels like a truck parked on the middle of me", "chest_pain"),
        ("aching pressure right between my breasts since lunch", "chest_pain"),
        ("freezing then sweating all evening and the shot site is red and hot", "infection"),
        ("blood keeps coming out of the needle spot and i'm on eliquis", "bleeding"),
        ("i changed the gauze 5 times already", "bleeding"),
        ("spot on my back won't stop bleeding, it's gone through two pads", "bleeding"),
        ("i don't plan on waking up tomorrow", "self_harm"),
        ("there's a rope in the garage and i keep staring at it", "self_harm"),
        ("i just want everything to be quiet forever", "self_harm"),
        # Rounds 30-31.
        ("he can't get from the bed to the toilet, his legs go from under him", "cannot_walk"),
        ("every time i try to stand my legs collapse", "cannot_walk"),
        ("can't push down on the brake pedal with my left foot since the shot", "weakness_numbness"),
        ("my throat feels narrow and my voice is hoarse since the steroid", "allergic_reaction"),
        ("head is pounding and i've been sick four times since the injection", "severe_headache"),
        ("woke with a headache worse than when i had meningitis as a kid, and i keep vomiting", "severe_headache"),
        ("where they did the burning needles is red and hot, and i'm at 101.2", "infection"),
        ("still bleeding. pressure not helping", "bleeding"),
        ("bled through my nightgown, been pressing for 30 minutes", "bleeding"),
        ("used a whole box of band-aids on the needle spot since breakfast", "bleeding"),
        ("i'm going to drive into the lake tonight", "self_harm"),
        ("i have my pills lined up and im thinking about taking them all tonight", "self_harm"),
        ("she keeps talking about not waking up", "self_harm"),
        ("wrote letters to my grandkids. please don't call my daughter", "self_harm"),
        # Rounds 32-33.
        ("is it normal to not have peed at all since the shot this morning?", "bladder_bowel"),
        ("numb all over. the whole right side of my body since the block", "weakness_numbness"),
        ("my legs won't carry me anywhere since the injection", "cannot_walk"),
        ("rigors tonight and the area around my si injection is swollen and hot", "infection"),
        ("i blacked out and my arms started to jerk", "seizure"),
        ("i've had migraines for 15 years and this tops them all, 10 out of 10 since the shot", "severe_headache"),
        ("like a nail into the back of my skull, and i've been sick in the toilet twice", "severe_headache"),
        ("i can only stay upright a few minutes before i have to lie flat", "severe_headache"),
        ("she can't lift her head off the pillow without crying, pain behind her eyes and vomiting", "severe_headache"),
        ("still bleeding from the shot hole, 40 minutes of pressure", "bleeding"),
        ("blood soaked through a whole pad since the procedure", "bleeding"),
        ("trickle of blood from the site since noon, he's on coumadin, nothing stops it", "bleeding"),
        ("it hurts in my chest every time i breathe in since the kyphoplasty", "chest_pain"),
        ("he said we'd all be better off without him and his pills are lined up", "self_harm"),
        ("mom told me where her will is and said she won't be around for thanksgiving. she's not answering today", "self_harm"),
        # Round 27 (the old sealed5, read once as sealed, then learned).
        ("dad is shaking and jerking in his chair and not answering us", "seizure"),
        ("no one would even miss me if i were gone", "self_harm"),
        ("thinking about taking all my sleep tablets at once", "self_harm"),
        ("made up my mind, today is the day. sorry everyone", "self_harm"),
        # ... while a lasting numbness is still one: "i can't get my feeling back" is no all-clear.
        ("my leg went numb after the shot and i can't get my feeling back", "weakness_numbness"),
        # Rounds 35-37.
        ("nobody will miss me. not kidding", "self_harm"),
        ("what's the point anymore. i got all my pain pills lined up on the dresser", "self_harm"),
        ("been thinking about how many of my norcos it would take", "self_harm"),
        ("blade in my hand, going to cut again tonight", "self_harm"),
        ("wrote a letter to my daughter and said my goodbyes", "self_harm"),
        ("he says he's done and i found his gun out on the bed", "self_harm"),
        ("counted them out on the counter. i'm going to take them all", "self_harm"),
        ("my husband's lips and face puffed up after the shot and he's wheezing", "allergic_reaction"),
        ("my tongue feels thick and my voice is strange", "allergic_reaction"),
        ("there's a whistle when i breathe, started after the block", "allergic_reaction"),
        ("heavy pressure in the center of my chest", "chest_pain"),
        ("is this heartburn? my chest hurts and it's going down into my left arm", "chest_pain"),
        ("could the epidural cause a tight chest? it's spreading up into my jaw", "chest_pain"),
        ("leaked pee three times since lunch and can't feel down there", "bladder_bowel"),
        ("i keep trying and nothing comes out, it's been 12 hours", "bladder_bowel"),
        ("Q: numbness? A: yes, around my groin, since the shot", "bladder_bowel"),
        ("my grip is weak in my left hand since the neck injection", "weakness_numbness"),
        ("keep dropping things with my right hand today", "weakness_numbness"),
        ("i can't push up with my foot since this morning", "weakness_numbness"),
        ("i can't lift the front of my foot, it slaps down when i walk", "weakness_numbness"),
        ("the side they didn't do is going numb too", "weakness_numbness"),
        ("my right leg from the knee down feels dead since the rfa", "weakness_numbness"),
        ("fell down twice on the way to the toilet, my son is holding me up", "cannot_walk"),
        ("she tried to stand and her legs just buckled", "cannot_walk"),
        ("teeth chattering and the rfa site is red and swollen", "infection"),
        ("i feel like i have the flu and the bump from the injection is hot and red", "infection"),
        ("the shot site is gushing and he takes warfarin", "bleeding"),
        ("my pillow is covered in blood from the neck injection site", "bleeding"),
        ("my head screams whenever i sit up since the epidural", "severe_headache"),
        ("the headache is so bad i can't stay upright, lying down on the couch helps", "severe_headache"),
        ("is a spinal headache possible? mine is so bad, lying flat is okay", "severe_headache"),
        ("history of migraines for years. this one is explosive, the worst of my life, and i'm throwing up", "severe_headache"),
        ("is it possible to have a fit from the numbing medicine? my mum had one about 15 minutes ago and she's still confused", "seizure"),
        ("could a nerve block cause seizures? my wife had a fit on the way home from the clinic", "seizure"),
        # ... and what they learned does not hide these.
        ("bled a little at the site, not a drop of pee since 6am", "bladder_bowel"),
        ("i wonder if the numbness comes from the shot, i can't feel my legs", "weakness_numbness"),
        ("is a headache this bad a reason to go to the er? 10/10 since the epidural and i'm throwing up", "severe_headache"),
        # Rounds 38-40.
        ("home health aide: she says numbness across her groin since yesterday's epidural", "bladder_bowel"),
        ("resident unable to void since the injection, bladder scan 750", "bladder_bowel"),
        ("feels like i'm sitting on a bike seat, numb down below since the shot", "bladder_bowel"),
        ("my husband can't get a drop out since this morning's shots", "bladder_bowel"),
        ("grip weaker on both sides and numbness in both hands after the neck injection", "weakness_numbness"),
        ("both legs have gone heavy and tingly since the epidural", "weakness_numbness"),
        ("now there's no feeling on the front of her shin, yesterday it was only her foot", "weakness_numbness"),
        ("my right leg is weak and getting weaker since the rfa", "weakness_numbness"),
        ("my toes won't wiggle at all since the block", "weakness_numbness"),
        ("can't press the brake pedal down with my foot since the injection", "weakness_numbness"),
        ("lol my legs have just quit since the epidural, can't get up", "cannot_walk"),
        ("client has stridor and hives after the kyphoplasty", "allergic_reaction"),
        ("angioedema of the lips starting now after the facet injection", "allergic_reaction"),
        ("i can't really swallow and it's getting worse", "allergic_reaction"),
        ("breathing feels like breathing through a straw since the shot", "allergic_reaction"),
        ("woke at 3 with crushing pressure behind the breastbone, sweaty", "chest_pain"),
        ("my chest keeps doing the tight thing, 20 minutes now", "chest_pain"),
        ("my heart feels like it's being squeezed since the injection", "chest_pain"),
        ("rhythmic jerking of her left arm, now not responding", "seizure"),
        ("headache only when standing, better when lying flat, since the esi", "severe_headache"),
        ("positional HA since the epidural, severe upright, relieved supine", "severe_headache"),
        ("my head feels like it's in a vise and i've thrown up twice", "severe_headache"),
        ("he can't lift his head off the pillow, worst ever, lying flat is the only thing that helps", "severe_headache"),
        ("pressed on it for 15 minutes, still oozing bright red", "bleeding"),
        ("went through three gauze pads already from the rfa site", "bleeding"),
        ("on the 4th bandage, still gushing", "bleeding"),
        ("soaked my shirt and the bandage from the shot", "bleeding"),
        ("the family would be better without me honestly", "self_harm"),
        ("i don't want to wake up anymore lol", "self_harm"),
        ("signing off for good. cancel my appointments", "self_harm"),
        ("i bought a rope and i know where to do it", "self_harm"),
        ("he texted me goodbye last night and he's not answering", "self_harm"),
        ("left a voicemail saying thanks for everything, this is the last time you'll hear from me", "self_harm"),
        # Rounds 41-43.
        ("since this morning she can't raise her left arm and her grip is feeble", "weakness_numbness"),
        ("stimulator leads in tuesday, now fever and the injection sight is read hot", "infection"),
        ("is chest pressure a side effect of the shot? mine started after breakfast and is not going away", "chest_pain"),
        ("my husband keeps having fits one after another since his rfa", "seizure"),
        ("the headache kicks in within seconds of standing up and i have to lie back down", "severe_headache"),
        ("pressed for 20 minutes like they told me and it's still pouring out", "bleeding"),
        ("the bandaid filled up in 5 minutes, twice now", "bleeding"),
        ("carer: urine is leaking through her clothes since the injection, she's normally dry", "bladder_bowel"),
        ("found the bed soaked and poop in it, he had no idea", "bladder_bowel"),
        ("his right leg that won't lift onto the bed since the epidural", "weakness_numbness"),
        ("her hand just opens by itself and she dropped her mug twice", "weakness_numbness"),
        ("the numb patch goes from her knee all the way to her ankle now", "weakness_numbness"),
        ("he's not using his right arm, he lets it hang by his side", "weakness_numbness"),
        ("her left arm drifts down when she holds both arms out", "weakness_numbness"),
        ("gran won't weight bear since the kyphoplasty", "cannot_walk"),
        ("he keeps trying to stand and sinking back down", "cannot_walk"),
        ("mum keeps rubbing her chest and she's gone grey and clammy", "chest_pain"),
        ("he's nonverbal, keeps hitting his chest and crying since the injection", "chest_pain"),
        ("she says it feels like somebody is sitting on her chest", "chest_pain"),
        ("staring into space and his fingers keep twitching over and over", "seizure"),
        ("he collapsed and shook all over for a minute", "seizure"),
        ("every time we sit her up she grabs her head, and she's been sick twice", "severe_headache"),
        ("lying in the dark with a towel and a pillow over his head, threw up twice", "severe_headache"),
        ("her back is soaked with blood under the dressing", "bleeding"),
        ("blood on his pillow from the neck site, still coming after pressing for ages, he's on plavix", "bleeding"),
        ("grandpa asked for the key to the gun safe and says he's no use to anyone", "self_harm"),
        ("she's calling everyone to say goodbye and says she took extra so she can be done", "self_harm"),
        ("he's at the window saying he will jump", "self_harm"),
        ("just wanted to say thanks for everything and goodbye", "self_harm"),
        ("took my dad's rifle out of the cabinet tonight", "self_harm"),
        ("no i haven't peed since i left the clinic at 10", "bladder_bowel"),
        ("it is not my feet that are numb it is my groin", "weakness_numbness"),
        ("answering your question: no the numbness hasn't worn off and it's spreading into my foot", "weakness_numbness"),
        ("my tongue is getting bigger since the shot", "allergic_reaction"),
        ("she can't catch her breath and her face is all blotchy and swollen", "allergic_reaction"),
        ("feels like a lump stuck in my throat and my voice is going hoarse", "allergic_reaction"),
        ("not sure if dad is having a heart attack, he's grey", "chest_pain"),
        # Rounds 44-46.
        ("she wet the bed twice tonight and couldn't tell she needed to go", "bladder_bowel"),
        ("can't tell when i need to poo, two accidents since lunch", "bladder_bowel"),
        ("my leg is weaker now than it was this morning", "weakness_numbness"),
        ("my leg feels like wood since the epidural", "weakness_numbness"),
        ("numb from my hip down and now the other leg is starting too", "weakness_numbness"),
        ("keep collapsing when i try to stand up", "cannot_walk"),
        ("my legs collapsed under me in the parking lot", "cannot_walk"),
        ("my legs won't support me since the injection", "cannot_walk"),
        ("i can't take a single step since the kyphoplasty", "cannot_walk"),
        ("her arms and legs started jerking and she went stiff", "seizure"),
        ("the worse headache of my life and i keep throwing up", "severe_headache"),
        ("headache only comes on when i'm standing and vanishes when i lie down", "severe_headache"),
        ("the needle spot has been bleeding for 30 minutes non stop", "bleeding"),
        ("four bandages in an hour from the si injection site", "bleeding"),
        ("the spot on my back from the shot started gushing when i bent over", "bleeding"),
        ("fever since yesterday and the red ring around the shot site is getting bigger", "infection"),
        ("i'm on the bridge railing and i want to jump", "self_harm"),
        ("i'm sorry for everything. i won't be here", "self_harm"),
        ("this is my last message, tell my wife i love her", "self_harm"),
        ("been thinking of jumping off the bridge by my work", "self_harm"),
        ("my husband has chills and the shot site is leaking yellow pus. rfa was last week", "infection"),
        ("mi papa no ha orinado nada since the injection", "bladder_bowel"),
        ("dolor de pecho, no se quita", "chest_pain"),
        ("sangre no para", "bleeding"),
        ("quiero morirme", "self_harm"),
        # A numbered list item starts afresh: the question before it does not make it hypothetical.
        ("1) is it ok to take a bath 2) my dad just had a seizure in his chair", "seizure"),
        # ... but a dash before something else is not an answer.
        ("chest pain - no idea why, started an hour ago", "chest_pain"),
        # A list of mild effects does not negate a serious one ("not sleeping, and chest pressure").
        ("sore back, not sleeping, and a heavy pressure in my chest since an hour ago", "chest_pain"),
        # A date with the procedure is not history (a bare year after a condition is: "heart attack 2014").
        ("i can't feel my legs since my injection on 11/30/2026", "weakness_numbness"),
        ("chest pain since my rfa on 12-1-2026", "chest_pain"),
        # A date told sentences later does not make a relative's seizure today a past story.
        ("my dad had a fit at dinner, shaking and not answering. he had the rfa monday. "
         "he had a heart attack in 2015", "seizure"),
        # A period told in another sentence does not hide a bleeding site; incontinence pads are the bladder.
        ("my period started yesterday. the shot spot on my back soaked thru 4 gauze pads and keeps going", "bleeding"),
        ("since the injection i keep wetting myself, went through a whole pack of pads today", "bladder_bowel"),
        # Rounds 49-51: voice-to-text numbers and names, positional headaches, devices, means of self-harm.
        ("temp is a hundred and three and the shot site on my back is red and swollen", "infection"),
        ("the spot from my fast it injection is swollen and hot and ive got a fever", "infection"),
        ("big red hot lump where the pump is and i have chills", "infection"),
        ("back of my head throbs like crazy whenever i stand, have to lie flat", "severe_headache"),
        ("headache only when im sitting up, better flat", "severe_headache"),
        ("my dad just told me hes going to use the gun on himself", "self_harm"),
        ("im on the roof and i keep thinking about jumping", "self_harm"),
        ("the rifle is out on the bed. nothing helps anymore, not the shots, not the pills", "self_harm"),
        ("cant get my legs to move since the stimulator surgery, my husband had to catch me", "cannot_walk"),
        ("i can no longer stand up for a few seconds without falling", "cannot_walk"),
        # A reading is not an age: "at 90" after a heart rate does not make the chest pain history.
        ("chest pain and my heart rate is at 90", "chest_pain"),
        ("chest pain and my heart rate is at ninety", "chest_pain"),
        # A form-page cue does not reach "the part on my back".
        ("the part on my back where they did the shot is bleeding and wont stop", "bleeding"),
        # Rounds 52-54: workers on a break, upset patients, messages relayed by someone else.
        ("right arm is heavy as lead, keep dropping my tools. neck injection yesterday", "weakness_numbness"),
        ("i can only raise my leg a few inches off the bed since the block", "weakness_numbness"),
        ("my legs won't stand me up, I'm stuck in the parking lot after the ESI", "cannot_walk"),
        ("she cant manage more than one step before her legs give out", "cannot_walk"),
        ("can only stay flat on the floor or my head explodes", "severe_headache"),
        ("pounding head the minute i stand up, gone when i lie flat", "severe_headache"),
        ("it felt like being hit with a hammer at the back of my head, came on all at once", "severe_headache"),
        ("she can't sit up because of her head, lying down is fine", "severe_headache"),
        ("the bleeding won't let up, through the gauze and onto my shirt", "bleeding"),
        ("blood running out of the shot site onto the floor", "bleeding"),
        ("held pressure for over an hour and blood is still coming out", "bleeding"),
        ("been thinking about driving off the bridge on my way home", "self_harm"),
        ("i cut my wrist to feel something other than this pain", "self_harm"),
        ("this pain won't stop so i'm going to stop it myself", "self_harm"),
        ("it's my chest this time, not my back, and it's squeezing", "chest_pain"),
        ("feels like a belt tightening around my chest", "chest_pain"),
        ("he was jerking all over and we could not wake him up", "seizure"),
        ("she went stiff and her eyes were open but she was not there", "seizure"),
        ("worst headache of my life and i've had migraines for years, and i threw up", "severe_headache"),
        # Review of rounds 52-54: "never felt anything like this" is a new symptom, not a denial.
        ("never felt anything like this chest pain", "chest_pain"),
        ("I've never had anything like this headache, worst ever", "severe_headache"),
        # Rounds 55-57: numbers, alone at night, sensations in images.
        ("I can't make myself pee since the epidural, nothing since last night", "bladder_bowel"),
        ("the numb spot on my leg is creeping down my shin now, it was tiny this morning", "weakness_numbness"),
        ("my legs give out after about 5 seconds of standing", "cannot_walk"),
        ("i can stand for a second then i fall down", "cannot_walk"),
        ("headache drops to 2 when i lie down and shoots to 9 within a minute of standing up", "severe_headache"),
        ("had migraines for 15 years and this is way worse, 10/10, came on suddenly", "severe_headache"),
        ("woke up in a puddle of blood from the incision", "bleeding"),
        ("held 15 minutes of firm pressure and blood keeps coming", "bleeding"),
        ("i took 20 of my oxycodone about an hour ago", "self_harm"),
        ("been cutting my wrists again tonight", "self_harm"),
        ("you won't hear from me again. i saved all my pills in one jar", "self_harm"),
        ("i don't see the point in living anymore", "self_harm"),
        ("i have enough pills to end it all", "self_harm"),
        ("half my face and my arm on that side went numb", "weakness_numbness"),
        ("angry red swollen patch where the pump is and i have a fever", "infection"),
        ("he's jerking and isnt waking up", "seizure"),
        ("she shook for a minute and didn't know where she was", "seizure"),
        ("my throat feels like it's closing up since the shot", "allergic_reaction"),
        ("pressure in my chest and it is spreading to my jaw", "chest_pain"),
        ("he is rubbing his chest saying it feels like an elephant is sitting on it", "chest_pain"),
        # Rounds 58-60: other long-term conditions, slang and emoji, everyday-activity questions.
        ("since the shot i can't get any urine out and my belly is tight", "bladder_bowel"),
        ("is it normal to not be able to pee at all since yesterday?", "bladder_bowel"),
        ("my husband says i had a full fit on the kitchen floor after the injection", "seizure"),
        ("three seizures back to back today without coming round in between", "seizure"),
        ("standing makes my head pound like it is splitting, lying down it eases", "severe_headache"),
        ("headache that only goes away when i'm flat on my back", "severe_headache"),
        ("on a blood thinner and the site has bled for an hour despite pressure", "bleeding"),
        ("i've got all my insulin pens out and i'm going to inject the lot", "self_harm"),
        ("decided tonight is my last night, the pain wins", "self_harm"),
        ("legs r just not working, collapsed getting off the toilet", "cannot_walk"),
        ("no way i can get up and walk 😩", "cannot_walk"),
        ("haven't been able to take a single step since i woke up", "cannot_walk"),
        ("spot on my back is super red and oozing and i have chills", "infection"),
        ("the needle holes are red and weepy and i have a fever", "infection"),
        ("like breathing thru a coffee straw since the procedure", "allergic_reaction"),
        ("sharp stab in my chest every time i breathe", "chest_pain"),
        ("my ribs are being squeezed, center of my chest", "chest_pain"),
        ("hes twitching all over, not waking up", "seizure"),
        ("thx for everything, wont need my follow up anymore. bye", "self_harm"),
        ("the sites are oozing blood nonstop since dinner", "bleeding"),
        # The same with a pet in the sentence and a person named in the message.
        ("we were walking the dog and she collapsed and started shaking and would not answer, my mom had her rfa today",
         "seizure"),
        # Review of rounds 58-60: "can't feel or move my legs" was missed before.
        ("I can't feel or move my legs", "weakness_numbness"),
        # Rounds 63-65: English as a second language, stoic and joking patients, regional English.
        ("last night my father make dirty in the bed, first time ever", "bladder_bowel"),
        ("i am not feel the paper when i wipe since the block", "bladder_bowel"),
        ("since morning she is not peeing at all and her belly hurts", "bladder_bowel"),
        ("he is losing the stool without control after the kyphoplasty", "bladder_bowel"),
        ("me waterworks have packed in since the jab this morning", "bladder_bowel"),
        ("my bladder is bursting but i just cannot go, nothing since breakfast", "bladder_bowel"),
        ("my left foot is sleeping since the rfa and is going more up to the knee", "weakness_numbness"),
        ("my hand don't obey me, i drop the cup", "weakness_numbness"),
        ("my leg lose the feeling from the knee down and it gets bigger", "weakness_numbness"),
        ("her arm is like stone, she cannot raise it to comb her hair", "weakness_numbness"),
        ("my legs not carry me to the toilet since the injection", "cannot_walk"),
        ("his legs are giving up under him", "cannot_walk"),
        ("i tried four times to stand up and can't", "cannot_walk"),
        ("i fall three times already today since the epidural", "cannot_walk"),
        ("i cannot to stand, my knees go soft", "cannot_walk"),
        ("i can not walking since the block", "cannot_walk"),
        ("i crawl to the bathroom because the legs go away from me", "cannot_walk"),
        ("i put weight on my feet and i just crumple", "cannot_walk"),
        ("shaking with cold under three blankets and the stimulator wires place is leaking", "infection"),
        ("i have 38.7 and the point of the injection is red and swelling", "infection"),
        ("the bandage came off, underneath it's hot and weepy, and i have had a fever since monday", "infection"),
        ("my heart area feels tight and burning going into my shoulder", "chest_pain"),
        ("she is jerking her arms and not respond when i call her", "seizure"),
        ("foam at mouth and shaking all over", "seizure"),
        ("grandpa had an attack of jerking and did not answer us", "seizure"),
        ("mom is shaking on the floor and not talking", "seizure"),
        ("this headache is 10 of 10, since the epidural", "severe_headache"),
        ("headache like never in my life since the block", "severe_headache"),
        ("my head is pounding when i sit, lying down it goes away", "severe_headache"),
        ("never had headache like this, came on suddenly like thunder", "severe_headache"),
        ("this headache is worse than childbirth and i had the epidural yesterday", "severe_headache"),
        ("headache makes me want to be sick every time i get off the pillow", "severe_headache"),
        ("the site is bleeding continuously since noon", "bleeding"),
        ("the dressing is swimming in blood again", "bleeding"),
        ("gushing blood like a garden hose from the needle spot", "bleeding"),
        ("the pad's sodden with blood from the injection site", "bleeding"),
        ("my face looks like a balloon since the shot", "allergic_reaction"),
        ("i think to finish my life tonight, the pain is too much", "self_harm"),
        ("i have saved up enough of my pain pills to stop feeling anything", "self_harm"),
        ("been sitting here with a razor blade all evening", "self_harm"),
        ("i want to walk into the river and never come back", "self_harm"),
        ("who needs an ablation when you have a bottle of pills", "self_harm"),
        ("he keeps a gun in his truck and told me he's done.", "self_harm"),
        ("i'm standing on the bridge, i can't live with this pain", "self_harm"),
        # Rounds 66-68: hedging patients, day-by-day timelines, older patients' habits.
        ("i can't seem to pee at all since the block, nothing comes", "bladder_bowel"),
        ("woke up wet again and never felt it, day after the injection", "bladder_bowel"),
        ("i couldn't push to pee at all this evening", "bladder_bowel"),
        ("3pm: the numbness is all over my seat area now", "bladder_bowel"),
        ("my Water Works have stopped since the injection friday", "bladder_bowel"),
        ("i try to stand and my legs just crumple", "cannot_walk"),
        ("he keeps falling. twice this morning.", "cannot_walk"),
        ("the site keeps starting up again every time i take the pressure off", "bleeding"),
        ("the gauze fills up with blood within minutes", "bleeding"),
        ("now at 9pm i can't feel my whole right leg", "weakness_numbness"),
        ("my arm won't do what i tell it since the shot", "weakness_numbness"),
        ("my arm and leg on the right side went weak an hour ago", "weakness_numbness"),
        ("she says her head will burst when she sits up, lying flat it's bearable", "severe_headache"),
        ("i've saved my tablets and i'm going to take them with vodka tonight", "self_harm"),
        ("nothing has worked. i know how i'll do it this weekend", "self_harm"),
        ("he said goodbye to us in a strange way tonight and gave his wedding ring to our daughter", "self_harm"),
        ("i keep thinking about ending things, i know where my dad keeps his rifle", "self_harm"),
        ("i won't be around by then. i've got a plan", "self_harm"),
        ("we were watching tv when my husband started having chest pain", "chest_pain"),
        # Rounds 70-71: what others said, patients already seeking care.
        ("i've been drinking loads but nothing will come out and my bladder feels so full", "bladder_bowel"),
        ("her left arm is just hanging there since the nerve block", "weakness_numbness"),
        ("my grip on the left is much weaker than at lunch", "weakness_numbness"),
        ("i can't even stand long enough to make a coffee, my legs just collapse", "cannot_walk"),
        ("both legs turned to jelly when i got up", "cannot_walk"),
        ("came round on the floor with a bitten tongue, my wife saw me shaking", "seizure"),
        ("two seizures in an hour and he's not coming round in between", "seizure"),
        ("grandma went down shaking at the dinner table", "seizure"),
        ("the blood has soaked through my shirt from the injection site", "bleeding"),
        ("i'm changing the dressing every 15 minutes", "bleeding"),
        ("is it normal to want to kill yourself after an epidural", "self_harm"),
        ("he gave away his guitar and told me he's done fighting the pain, said goodbye in a strange way", "self_harm"),
        ("the site is red and swollen and 101.5 on the thermometer", "infection"),
        ("freezing one minute and sweating the next, the incision is oozing", "infection"),
        # Rounds 75-77 (and round 69): what they read elsewhere, checklists, time and change, heavy typos.
        ("came to on the kitchen floor with a bitten tongue, no idea what happened", "seizure"),
        ("my son saw me jerking all over on the floor before i woke up", "seizure"),
        ("he is out in the garage with the engine running and the door is shut, won't answer", "self_harm"),
        ("want to take all of them tonight with the wine so i never wake up", "self_harm"),
        ("i've got a plan for saturday. i'm telling you because the leaflet said to", "self_harm"),
        ("have you had thoughts of hurting yourself: yes. and i've worked out how i would do it", "self_harm"),
        ("she said she's going to take all her pills at once and not wake up", "self_harm"),
        ("i have the gun out and im just sitting here with it", "self_harm"),
        ("my sister texted me goodbye and now she won't pick up", "self_harm"),
        ("I won't be around by then. I have made my decision.", "self_harm"),
        ("went number 2 in my pants at the store and had no idea until later", "bladder_bowel"),
        ("i can't feel when i pee since this morning's block", "bladder_bowel"),
        ("1 no fever 2 no chills 3 yes bleeding, it won't stop", "bleeding"),
        ("the battery site has been bleeding since last night, no sign of slowing", "bleeding"),
        ("the bleeding slowed earlier but it started up again and now it's soaking through my shirt", "bleeding"),
        ("there's a lot of blood coming out of my back where they did it", "bleeding"),
        ("had some chest pressure this morning that went away but it came back and it's worse", "chest_pain"),
        ("pain in my chest stopped for a while but now it's back and worse than before", "chest_pain"),
        ("his lips are getting bigger by the minute since the antibiotic", "allergic_reaction"),
        ("both my legs are tingling and kind of dead since the ablation", "weakness_numbness"),
        ("it's the whole leg now and it feels heavier than this morning", "weakness_numbness"),
        ("his right leg won't do what he tells it to since the rfa", "weakness_numbness"),
        ("i can't go up on my toes on the left side since the epidural", "weakness_numbness"),
        ("tried walking to the bathroom and collapsed halfway", "cannot_walk"),
        ("can't lift my head off the pillow without awful pain, fine lying flat", "severe_headache"),
        ("every time i sit up it's pounding, lie flat and it eases, day 2 after the epidural", "severe_headache"),
        ("might just be a migraine but it's the worst i've ever had", "severe_headache"),
        ("my mum says she is fine but she's shivering with chills and the spot on her back is red and hot. she's walking ok", "infection"),
        ("the red patch was the size of a coin yesterday, now it's palm sized and I'm shivering", "infection"),
        ("the pain is so bad i want to kil myslef", "self_harm"),
        ("blod keeps pouring from my nekc where they did it", "bleeding"),
        # Rounds 78-80: usual pain versus something new, confusable conditions, between procedures.
        ("he hasn't peed at all since the block and it's been about 12 hours, is that normal?", "bladder_bowel"),
        ("took three steps and went straight down, my legs just quit on me", "cannot_walk"),
        ("i can't take more than one step before my knees give way", "cannot_walk"),
        ("i'm used to bruising on my blood thinner but this is bleeding that will not quit", "bleeding"),
        ("i thought it was the antibiotics but it just comes out on its own now", "bladder_bowel"),
        ("since the epidural i can't tell if my bladder is full and the last time i went was at noon", "bladder_bowel"),
        ("is it bad if you can't feel the hot water on one leg? noticed it in the shower tonight", "weakness_numbness"),
        ("her left leg is dragging since the kyphoplasty", "weakness_numbness"),
        ("dad's having another one, the shaking, second time in an hour", "seizure"),
        ("she's jerking on the floor and her eyes are rolled back", "seizure"),
        ("he keeps staring off, his hand jerks and he does not respond to us", "seizure"),
        ("been thinking all the way home about steering my car into a wall", "self_harm"),
        ("i want to take enough of both tonight so i just don't wake up", "self_harm"),
        ("is tylenol ok for a headache after the esi? it's the worst pain i've ever had and i keep throwing up", "severe_headache"),
        ("headache that only goes away lying flat, sitting up is unbearable", "severe_headache"),
        ("blood just keeps coming from the spot in my neck, pressing doesn't help", "bleeding"),
        ("my dressing is soaking wet with blood and it's running down my back", "bleeding"),
        ("the site from the first one started bleeding again an hour ago and hasn't stopped", "bleeding"),
        # Rounds 81-83: is this a bot, sleep and night-time, obstacles to care.
        ("is anyone there at night? my mum is burning up, 101, and the small cuts on her back are red and leaking", "infection"),
        ("he went blank for a second, then started shaking and fell off the chair", "seizure"),
        ("i can only sit up for a few minutes before my head feels like it will split", "severe_headache"),
        ("her head pain since the shot is the worst she has ever had", "severe_headache"),
        ("BLOOD. won't stop. my back.", "bleeding"),
        ("i've been working out how to overdose on my pills this weekend", "self_harm"),
        ("i just want to let someone know i won't be around anymore", "self_harm"),
        ("the easiest way out is to just not be here anymore. i've been saving my oxy", "self_harm"),
        ("woke up and the sheets were soaked, i didn't even feel myself go", "bladder_bowel"),
        ("haven't been able to pee all day, last time was at 7 this morning", "bladder_bowel"),
        ("every time i stand up my knees buckle", "cannot_walk"),
        ("woke up and my pillowcase was soaked red, still oozing", "bleeding"),
        ("i think i might have a bug, freezing then sweating, 102, and the incision is red and seeping", "infection"),
        # Rounds 86-91: what patients can no longer do, device readings, rural workers, replies to
        # reminders and surveys, stories told in order, and alcohol or other medicines.
        ("i can't stop the pee from dribbling out since this afternoon", "bladder_bowel"),
        ("the tracker shows no voids in 14 hours since the block", "bladder_bowel"),
        ("the insides of both my legs feel like they're asleep since the shot", "bladder_bowel"),
        ("my right arm went weak as a baby's after the neck shot, can't lift my mug", "weakness_numbness"),
        ("my leg is sort of asleep and getting heavier by the hour", "weakness_numbness"),
        ("the tingling began in my feet and it's now up to my waist", "weakness_numbness"),
        ("every time i try to stand i sink right back down", "cannot_walk"),
        ("feel like i have the flu, hot then cold, and the shot site on my hip from yesterday is red hot", "infection"),
        ("where the trial wires go in is red and there's cloudy stuff, plus chills", "infection"),
        ("i can hardly swallow my own saliva since the neck injection", "allergic_reaction"),
        ("he was jerking all over and now he can't tell me his own name", "seizure"),
        ("i blacked out and was flopping about on the floor, tongue is bloody", "seizure"),
        ("she keeps staring and her hand shakes and she doesn't respond", "seizure"),
        ("i can't lift my head off the pillow, flat on my back it's bearable", "severe_headache"),
        ("my skull is going to split and the number is 10 of 10", "severe_headache"),
        ("the bandage soaks through in minutes", "bleeding"),
        ("blood is oozing nonstop from the stimulator site", "bleeding"),
        ("it's been bleeding since noon, pressed on it the whole time", "bleeding"),
        ("nothing works. i have a full bottle of my oxy and i'm going to take all of them", "self_harm"),
        ("i've got the rope ready", "self_harm"),
        ("i gave away my guns today. won't need them", "self_harm"),
        ("i'm heading to the bridge tonight", "self_harm"),
        # Round 85 (a website-chat mix, first sealed, then developed).
        ("i can't get a stream going, been trying all afternoon", "bladder_bowel"),
        ("when i try to put weight on my legs they buckle", "cannot_walk"),
        ("my head feels like it's splitting and it's only bearable lying flat", "severe_headache"),
        # Rounds 92-97: self-corrections, other languages mixed in, teenagers, holidays, patients
        # quoting the discharge sheet, messages written in a hurry.
        ("been trying for hours and nothing comes out, just a dribble", "bladder_bowel"),
        ("she feels full but nothing comes, hasn't gone since breakfast", "bladder_bowel"),
        ("his left leg has zero power, he can't straighten the knee", "weakness_numbness"),
        ("i can't make a fist with my left hand since the neck injection", "weakness_numbness"),
        ("the numbness is now up past my knee", "weakness_numbness"),
        ("my knees give way, can't stand without my knees buckling", "cannot_walk"),
        ("since the epidural i cannot take a single step", "cannot_walk"),
        ("it feels like an elephant on my chest", "chest_pain"),
        ("burning in the middle of my chest for 30 min now", "chest_pain"),
        ("is chest pressure normal after the steroid? it's really bad and i'm clammy", "chest_pain"),
        ("my grandma is stiff and jerking and not responding", "seizure"),
        ("woke up on the kitchen floor with my tongue bitten, my son says i was shaking", "seizure"),
        ("the sheet mentions a spinal headache that's better lying down. mine is exactly that", "severe_headache"),
        ("headache worse than my concussion ever was", "severe_headache"),
        ("the incision is gushing", "bleeding"),
        ("blood is seeping past the tape onto her blouse", "bleeding"),
        ("i've pressed for 40 and it's still bleeding", "bleeding"),
        ("her tongue is getting bigger and she sounds funny", "allergic_reaction"),
        ("it's harder and harder to swallow since the shot", "allergic_reaction"),
        ("i'm standing on the ledge of the parking garage", "self_harm"),
        ("i've decided i'm done. i've counted out my pills", "self_harm"),
        ("he wants to end it all and he has a gun in the house", "self_harm"),
        # Rounds 99-104: "asking for a friend", other long-term conditions, run-on messages, what
        # others noticed, one thread over several days, parents and pregnant patients.
        ("asking for a friend: is numbness in your groin normal after an epidural? ok the friend is me", "bladder_bowel"),
        ("what if someone's chest felt like a tight band around it... that's me, right now", "chest_pain"),
        ("hypothetically, if your incision was oozing and you had chills and 101... i'm the hypothetical", "infection"),
        ("what if you had a headache so bad you couldn't lift your head off the pillow without throwing up? I can't.", "severe_headache"),
        ("i haven't peed at all since the block. belly feels tight and full", "bladder_bowel"),
        ("he hasn't passed a drop since noon", "bladder_bowel"),
        ("since the block his fingers just won't work, he can't grip anything", "weakness_numbness"),
        ("her left side is way weaker than the right since the injection", "weakness_numbness"),
        ("my leg feels like it isn't mine anymore", "weakness_numbness"),
        ("fever and chills and 101. the spot where you did the rfa. swollen, hot", "infection"),
        ("my wife says my lips look huge and they're still swelling", "allergic_reaction"),
        ("my breathing is noisy and tight and i'm blotchy all over", "allergic_reaction"),
        ("she went stiff and twitchy and isn't answering", "seizure"),
        ("the headache is a ten and nothing helps", "severe_headache"),
        ("bandage soaked, blood still dripping down my back", "bleeding"),
        ("still bleeding from the neck spot after an hour", "bleeding"),
        ("he locked himself in the garage with his pills and a rope", "self_harm"),
        ("i keep thinking about using the knife on myself", "self_harm"),
        ("my pills are counted out and i'm going to take them", "self_harm"),
        # Rounds 107-112: comparisons with earlier procedures, West African and Caribbean English,
        # the generic "you" and "one", first responders, formal letters, patients away from home.
        ("he walked fine after the first one, but since this one he can't walk and his legs buckle", "cannot_walk"),
        ("my lips swell and my throat is tight now, i had the same dye last time with no trouble", "allergic_reaction"),
        ("his head pain is a 10 and he can hardly open his eyes", "severe_headache"),
        ("i changed the gauze and it soaked through again in minutes", "bleeding"),
        ("is it normal to feel like killing yourself after the shot? i've been looking up ways", "self_harm"),
        ("her right arm feels heavy and she can't lift it", "weakness_numbness"),
        ("my mom has been having chest pain for 20 min", "chest_pain"),
        ("is chest pressure a side effect? it's been on and off all day and it's worse now", "chest_pain"),
        ("i keep thinking about walking into the sea and never coming back", "self_harm"),
        ("my inner thighs and bottom feel like cardboard since the rfa", "bladder_bowel"),
        ("both my feet have started going numb in the last hour", "weakness_numbness"),
        ("no urine output for about 16 hours since the block", "bladder_bowel"),
        ("i can't hold my arm up to comb my hair since the neck shot", "weakness_numbness"),
        ("chest feels like someone sat a truck on it", "chest_pain"),
        ("second seizure this afternoon", "seizure"),
        ("he's been bleeding on and off since the block, now it's constant", "bleeding"),
        ("it's gone right through the gauze and it's still going", "bleeding"),
        ("i keep staring at my pills and thinking about taking all of them", "self_harm"),
        ("i'm going to eat my gun", "self_harm"),
        ("won't be around for the follow up. wanted to say thanks to the nurses, you were good to me", "self_harm"),
        ("does one's leg usually get weaker after an rfa? lifting mine onto the bed is getting impossible", "weakness_numbness"),
        ("how long should chest pressure last after a shot? mine is crushing right in the middle", "chest_pain"),
        ("how worried should i be if he's jerking and not responding? it's happening now", "seizure"),
        ("we took dad's temperature, it's 103, and the incision is red and oozing", "infection"),
        ("u ever think about ending it? tonight i have a plan", "self_harm"),
        ("he has to crawl to the bathroom since the block", "cannot_walk"),
        ("my left hand no get power since the injection", "weakness_numbness"),
        ("mi foot cyaan lift up since di injection", "weakness_numbness"),
        ("blood dey comot from the site and e no wan stop", "bleeding"),
        ("mi nuh want live no more", "self_harm"),
        ("i dey think to jump from the bridge", "self_harm"),
        ("my father is passing stool in his clothes without knowing", "bladder_bowel"),
        # Rounds 114, 115 and 117: autocorrect slips, names and the third person, Gen Z slang.
        ("my right arm is so week *weak since the shot, can't lift it", "weakness_numbness"),
        ("his chess is tight *chest and he's sweating", "chest_pain"),
        ("she says she's planning how to end her life", "self_harm"),
        ("both his feet are tingling and going numb", "weakness_numbness"),
        ("my hand just isn't listening since the block, can't hold a fork", "weakness_numbness"),
        ("her legs keep giving way when she stands", "weakness_numbness"),
        ("is chest pressure a side effect? he's had it about an hour", "chest_pain"),
        ("he just had what looked like a seizure", "seizure"),
        ("the site has been bleeding steadily all evening", "bleeding"),
        ("he's been hoarding his pills and says it'd be easier for everyone if he wasn't around", "self_harm"),
        ("this is probably my last message. thank the nurses for trying", "self_harm"),
        ("she's cutting again since the injections stopped working", "self_harm"),
        ("been 12 hrs no pee since the epidural", "bladder_bowel"),
        ("i can't feel my private area at all since the block", "bladder_bowel"),
        ("grandpa was jerking and didn't respond to us, he had the kyphoplasty last week", "seizure"),
        ("it bled through my shirt and it's still going", "bleeding"),
        ("gave away my things today. wanted to say bye to the clinic", "self_harm"),
        # Round 118: ASL-influenced and telegraphic texts.
        ("last night pee come out, i not feel it. epidural friday", "bladder_bowel"),
        ("try wee, nothing come. 10 hr", "bladder_bowel"),
        ("urine not come since lunch. block today", "bladder_bowel"),
        ("tingle started foot, now whole leg and spreading up to hip", "weakness_numbness"),
        ("get up, fall down. legs. esi tuesday", "cannot_walk"),
        ("hard breath since the injection", "allergic_reaction"),
        ("tight centre chest 30 min. rfa today", "chest_pain"),
        ("dad had fit in kitchen. 3 min. block yesterday", "seizure"),
        ("wife went stiff then jerking. not answer me", "seizure"),
        ("headache. sit up terrible, lie flat better. epidural monday", "severe_headache"),
        ("head pound, never pain like this. nerve block today", "severe_headache"),
        ("incision bleeds through dressing onto sheets", "bleeding"),
        ("spot bleed and bleed. 40 min", "bleeding"),
        ("my son want die, he say pain too much", "self_harm"),
        ("thinking about hurting myself. pain all time", "self_harm"),
        ("plan end it tonight. sorry", "self_harm"),
        ("goodbye everyone. nothing help. i done", "self_harm"),
        # Round 113: phonetic spelling.
        ("the blud is soakin thru the gawze and wont stop", "bleeding"),
        ("sharp chest pane evry time i breeth", "chest_pain"),
        ("his right side feels heavy and weak, arm and leg", "weakness_numbness"),
        ("feels like my throwt is narrowing, hard to get air in", "allergic_reaction"),
        ("on blood thinnurs, the needel spot is still dripping after an hour", "bleeding"),
        ("i got my pils stashed and tonite is the nite", "self_harm"),
        ("havent bin able to pee sinse the kifoplasty yesterday", "bladder_bowel"),
        # Round 116: grief, loneliness, money worries and low mood.
        ("sorry to be a bother, i leaked pee on the sofa this morning and did not notice", "bladder_bowel"),
        ("is chest tightness a side effect of the block? started after lunch and it's still there", "chest_pain"),
        ("can't get upright without my head splitting, flat on my back it's manageable", "severe_headache"),
        ("the needle spots are bleeding and keep going even when i press, i take eliquis", "bleeding"),
        ("how much is a lethal dose of my oxycodone", "self_harm"),
        # Rounds 121 and 122: quoting and forwarding others; stoic, understated patients.
        ("my wife keeps asking 'did you have an accident' and i honestly never noticed i had. twice since the block", 'bladder_bowel'),
        ("the leaflet said 'positional headache' means call. pretty sure that is what this is, can only stay upright for ten minutes before it's awful, lying down it eases", 'severe_headache'),
        ("the nurse on the phone asked 'did she lose consciousness while jerking?' yes she did", 'seizure'),
        ("my son asked 'is your head still bad?' yes, worst ever and i keep throwing up", 'severe_headache'),
        ("the handout says 'a little blood is normal'. mine is soaked and dripping", 'bleeding'),
        ('the site has been running down my back from the needle spot for an hour', 'bleeding'),
        ("red patch the size of my hand that's hot and oozing, plus fevers since last night", 'infection'),
        ("i can't hold my water at all since the epidural", 'bladder_bowel'),
        ("can't feel a thing when i wipe since the block, numb round the back passage", 'bladder_bowel'),
        ("mum rang and said 'i've said my goodbyes, please don't worry about me'", 'self_harm'),
        ("been saving my pills. i know what i'm going to do with them. say thanks for trying", 'self_harm'),
        ("been planning how i'd do it since the blocks failed", 'self_harm'),
        # Rounds 123 and 124: long-standing conditions; well-read, anxious questions.
        ('ever since the block i just go, no warning, wet through twice today', 'bladder_bowel'),
        ("my sister texted 'thanks for everything, take care of the kids' and won't answer her phone", 'self_harm'),
        ("two of the needle sites are angry red and spreading, and i'm feverish with chills", 'infection'),
        ("is chest pressure a side effect? i've had it for the past few hours now", 'chest_pain'),
        ("i've decided i won't be around much longer, the injections were my last hope", 'self_harm'),
        # Rounds 125 and 126: faith and prayer; documenting for a complaint or a lawyer.
        ("my wife is numb between her legs since the epidural, where you'd sit on a bike", 'bladder_bowel'),
        ("i can't feel myself pee and i don't know if i'm emptying, groin numb too", 'bladder_bowel'),
        ("been asking god to take me home. my pills are lined up. i'm at peace with it", 'self_harm'),
        ("dad keeps saying goodbye to everyone, he doesn't want to be a burden anymore, and he has a bottle of sleeping pills", 'self_harm'),
        ("she was jerking all over and did not respond to us, it stopped but she's confused now", 'seizure'),
        ("his head hurts worse than it ever has and he's sick to his stomach", 'severe_headache'),
        ("this will be my final message. i'm not going to be here much longer", 'self_harm'),
        # Rounds 127 and 128: device patients; long messages that wander through many topics.
        ("since the nerve stimulator went in his arm he can't lift his wrist at all, it just flops", 'weakness_numbness'),
        ("the stimulator incision has opened up and I've had a fever and chills since this morning", 'infection'),
        ('the skin around where the leads exit is red and hot, and I was 38.6 last night', 'infection'),
        ('is chest pain normal after the kyphoplasty? it goes down my left arm', 'chest_pain'),
        ("saying goodbye and thanks to the nurses. i won't be needing my refill appointment", 'self_harm'),
        ('my husband woke up and the bed was soaked, he had no idea he was going', 'bladder_bowel'),
        # Rounds 133 and 134: machine-translated English; paperwork with the symptom as an aside.
        ('since yesterday the toilet control is gone, front and back, after the block', 'bladder_bowel'),
        ('my legs refuse to carry me since the injection, i fall when i stand', 'cannot_walk'),
        ('pain in chest like a rock pressing on me and it travels to my left arm', 'chest_pain'),
        ('my uncle is making a shaking attack and does not answer us', 'seizure'),
        ('headache came like thunder one hour ago, the worst of my life', 'severe_headache'),
        ('the voice in my head keeps telling me to kill myself', 'self_harm'),
        ('i will not be need the next appointment. i want to say goodbye to everyone', 'self_harm'),
        ('need a refill form signed (it keeps bleeding from the incision right through the dressing)', 'bleeding'),
        # Rounds 135 and 136: complaints and reviews; everything asked as a question.
        ('would a red hot lump at the needle spot count as infected? i have been running a fever since sunday', 'infection'),
        ('is it just anxiety if my chest is tight and i am sweating? i had the block today', 'chest_pain'),
        ('is it normal if i get hives after the shot? they are everywhere now', 'allergic_reaction'),
        ('can the epidural cause seizures? my husband is having one right now', 'seizure'),
        ('is it ok to change the dressing? it has bled through every bandage i put on', 'bleeding'),
        ('i gave away my cat and made my arrangements. you will not have to deal with my complaints anymore', 'self_harm'),
        # Rounds 137 and 138: travellers; what people are doing about it.
        ('does a nerve block cause seizures? my wife had one just now in the hotel lobby', 'seizure'),
        ('keep thinking about jumping overboard tonight, the pain is back', 'self_harm'),
        ("i've got my whole bottle of pain pills here and i'm thinking about taking all of them", 'self_harm'),
        ('hung the rope in the garage. just so you know', 'self_harm'),
        ('the numb patch has crept higher every time i check, now past my knee', 'weakness_numbness'),
        ('he is using his good hand to lift his arm onto the table', 'weakness_numbness'),
        ('been on the kitchen floor for half an hour, been here since my legs went', 'cannot_walk'),
        ('on my third towel now and it keeps coming through', 'bleeding'),
        ('had to change the gauze three times already and its dripping down my leg', 'bleeding'),
        # Rounds 139 and 140: English with other languages' grammar and words; forwarded and quoted messages.
        ('no pee come out since breakfast, i had the block yesterday', 'bladder_bowel'),
        ('my left leg is kaputt since the rfa', 'weakness_numbness'),
        ('whole right side of face numb for an hour now after the block', 'weakness_numbness'),
        ('my wife is shaking all over and she does not wake when we shout her name', 'seizure'),
        ('he is shaking all over and he does not see us', 'seizure'),
        ('my sister has kriz right now after the injection', 'seizure'),
        ('held pressure 20 minutes and the blood is still coming', 'bleeding'),
        ('she is bleeding from the stitches, it not stop', 'bleeding'),
        ('i keep thinking about dying all day, the rfa failed', 'self_harm'),
        ('stood on the roof and looked down for a long time today', 'self_harm'),
        ('gave away the dog today. you will not need to worry about me anymore', 'self_harm'),
        ('i can barely swallow since the block', 'allergic_reaction'),
        ('is it still harmless if my tongue is too big for my mouth', 'allergic_reaction'),
        ('been vomiting all morning and cannot stand the light after the epidural', 'severe_headache'),
        ('mal di testa terrible when i sit up, since the epidural', 'severe_headache'),
        ('tight feeling in the brust and my heart races since the block', 'chest_pain'),
        # Rounds 141 and 142: assistive technology (eye-gaze, word prediction, letter boards); texts sent by mistake.
        ('board says N O P E E all day since the block', 'bladder_bowel'),
        ('my son keeps spelling out I W A N T T O D I E on the tablet', 'self_harm'),
        ('wet self twice today, no warning, had the epidural monday', 'bladder_bowel'),
        ('bladder will not hold since the injection yesterday', 'bladder_bowel'),
        ('cannot lift a glass with my right hand since the neck block', 'weakness_numbness'),
        ('can you walk? no. since the rfa this morning', 'cannot_walk'),
        ('Chest. Pain. Since kypho.', 'chest_pain'),
        ('head. vomit. since epidural', 'severe_headache'),
        ('i am ending it tonight, i decided i am done with this pain', 'self_harm'),
        ('i am sorry for everything. look after the kids for me.', 'self_harm'),
        ('been trying to pee for hours and only a few drops come out, my stomach is swollen', 'bladder_bowel'),
        ('woke up and i had soaked the bed and did not wake up for it', 'bladder_bowel'),
        ('so cold i cannot stop shaking and the site is oozing through the bandage', 'infection'),
        # Rounds 143 and 144: childbirth comparisons; the weather.
        ('she keeps getting the shakes and the rfa wound is red and oozing', 'infection'),
        ('i cannot control when my bladder goes since the epidural', 'bladder_bowel'),
        ('cannot really feel anything down there since the injection', 'bladder_bowel'),
        ('did not realise i had wet the bed until morning, had the block yesterday', 'bladder_bowel'),
        ('worst headache ever since the spinal, it has gone 10/10', 'severe_headache'),
        ('is it normal to feel like not being here anymore after the rfa failed?', 'self_harm'),
        ('gave away my cats this week. i do not want to see another christmas like this', 'self_harm'),
        ('had a seizure this morning, third one today, never had one before the injection', 'seizure'),
        # Rounds 145 and 146: tradespeople's words; whether to go to the ER.
        ('since the rfa i cannot feel a thing down there, sitting on the mower', 'bladder_bowel'),
        ('tried for 10 hours and nothing comes out, had the block yesterday', 'bladder_bowel'),
        ('my left arm just quit on me after the block this morning', 'weakness_numbness'),
        ('the shoulder will not lift at all since the stellate block', 'weakness_numbness'),
        ('i can only function lying flat, the headache since the epidural is awful', 'severe_headache'),
        ('my head is like an anvil and i keep vomiting since the injection', 'severe_headache'),
        ('swallowing feels like something is stuck since the shot', 'allergic_reaction'),
        # "chest cold" is the illness only with a word before it that says so (round 42).
        ('after the pump refill she keeps gripping her chest, cold and clammy all over', 'chest_pain'),
        ('i have a pounding headache and have thrown up three times since the epidural', 'severe_headache'),
        # Rounds 147-150: English of other first languages, game and tech words, menu replies, meals.
        ('my wife from last night no pee already, 13 hour now and her tummy is hard', 'bladder_bowel'),
        ('since the injection i can only stand for a few seconds and then down i go', 'cannot_walk'),
        ('tried to get up off the couch and just crumpled, epidural today', 'cannot_walk'),
        ('mum went stiff and her arms twitched, she did not respond for a few minutes and now she is very confused', 'seizure'),
        ('i keep thinking about jumping off my balcony since the rfa failed', 'self_harm'),
        ('I feel like a burden to everyone. better if I just die. I already decided how', 'self_harm'),
        # Rounds 151-154: West African and Caribbean Englishes, bursts, sports words, they/them.
        ('my uncle dey shake for ground and he no dey respond, na after the nerve block', 'seizure'),
        ('mi head a pound bad and mi vomit two times since di spinal', 'severe_headache'),
        ('after the block I cant make it from my bed to the bathroom', 'cannot_walk'),
        ('their whole body twitched after they went quiet and stared, now breathing but very sleepy', 'seizure'),
        ('changed the gauze on my incision four times since lunch and every time it is soaked', 'bleeding'),
        # Rounds 155-158: Eastern European Englishes, intimacy questions, misnamed body parts, photos.
        ('since this morning impossible to walk, I stay in bed whole day after the block', 'cannot_walk'),
        ('sharp pain in my lungs when I breathe, started after the stim leads went in', 'chest_pain'),
        ('new bandage I put on five minutes ago is already soaked, kypho site', 'bleeding'),
        ('I saved up my pain pills and I am ready', 'self_harm'),
        # Rounds 211-218: workplaces, carers of nonverbal adults, all-caps posts, Indian English,
        # performers, smartwatch alerts, incident-report style; the last 11 passed before too (guards).
        ("his pads have been bone dry since 6am and it's 9pm now, he had the facet injections this morning", 'bladder_bowel'),
        ("she doesn't flinch when I wipe her down there anymore, she always used to, since the block", 'bladder_bowel'),
        ("he opened his bowels in his pad twice today without his usual sign to ask, kyphoplasty Thursday", 'bladder_bowel'),
        ('resident post RFA, no void for over 14 hrs despite fluids', 'bladder_bowel'),
        ("since the trial I am not feeling when I need to go to the toilet, leaked twice", 'bladder_bowel'),
        ("she won't pick up her spoon with her left hand, she keeps trying and it just drops out, since the neck block", 'weakness_numbness'),
        ("he's been dragging himself around the kitchen on his bottom since lunch, will not or cannot stand", 'cannot_walk'),
        ("can't stay standing more than a few seconds, my legs go, RFA this morning", 'cannot_walk'),
        ("where they burnt the nerves is red and hot and puffy and he has a fever tonight", 'infection'),
        ("the site is bright red and oozing and she feels burning hot all over", 'infection'),
        ("he keeps pressing his fist into his chest, pale and sweaty, ESI this morning", 'chest_pain'),
        ('dad has been rubbing his chest for an hour and says it feels like pressure', 'chest_pain'),
        ("she keeps pointing at the board: 'hurt' then 'chest', over and over", 'chest_pain'),
        ('having fits since this morning, three so far, after the block', 'seizure'),
        ("my son is holding his head and being sick, and screams if we sit him up", 'severe_headache'),
        ("he keeps pointing to 10 on his pain cards and then to his head, and he vomited", 'severe_headache'),
        ('upright 9/10 with nausea, supine 1/10, since the epidural', 'severe_headache'),
        ('the dressing the nurse put on is red and dripping, facet injection today', 'bleeding'),
        ('he tried to put a belt round his neck tonight, pain has been bad since the procedure', 'self_harm'),
        ('he keeps trying to climb over the balcony rail since the trial', 'self_harm'),
        ("she walked into the road when the cars were coming and just stood there", 'self_harm'),
        ("he has given his favourite guitar and all his things away this week, pain worse since the RFA", 'self_harm'),
        ("my dad has locked himself in the shed with his rifle", 'self_harm'),
        ("I won't be around after this weekend, I have made my decision", 'self_harm'),
        ("my aunt's pad has been wet through three times since lunch and she didn't even seem to notice, epidural yesterday", 'bladder_bowel'),
        ('08:00 tingling in my toes, 11:00 numb up to my knee, facet block yesterday', 'weakness_numbness'),
        ("only thing is I am not able to walk to the toilet since morning, rest all good", 'cannot_walk'),
        ('clutching her head and vomiting, settles only when lying flat, post epidural', 'severe_headache'),
        ('head is paining very badly when I sit up, 10 out of 10, ESI two days back', 'severe_headache'),
        ('since the lumbar injection he can only lie flat, sitting up he holds his head and retches', 'severe_headache'),
        ('changed the dressing three times tonight, each one soaked with fresh blood', 'bleeding'),
        ('she is scratching her wrists with a broken glass since the block failed', 'self_harm'),
        ('tonight my plan is to take all my oxycodone', 'self_harm'),
        ('she collected her sleeping pills and says she will take them all tonight', 'self_harm'),
        ("my tongue is swelling and it's hard to talk, the watch says everything is normal", 'allergic_reaction'),
        # Rounds 203-210: run-on texts, hobbies, grandparents, timelines, emoji, Southern US speech,
        # fat-finger typing, interpreters; the last 10 passed before too (guards).
        ("I've held pressure on the block site for 20 minutes like the leaflet said and it's still bleeding through", 'bleeding'),
        ('the rag we pressed on the needle spot has gone red all the way through', 'bleeding'),
        ('put a fresh dressing on and it filled up with blood again in no time', 'bleeding'),
        ("haven't been to the toilet in 16 hours even though I keep drinking, kyphoplasty yesterday", 'bladder_bowel'),
        ('no pee out since breakfast and it is nearly midnight, epidural this morning', 'bladder_bowel'),
        ("my wife says she can't feel her bottom or the inside of her thighs since the injection", 'bladder_bowel'),
        ('the area between my legs feels dead since the epidural', 'bladder_bowel'),
        ("she ain't made water since last night and her belly is hard", 'bladder_bowel'),
        ("he can't hardly feel nothing down there since the shot", 'bladder_bowel'),
        ("I've got a rope in the garage and I plan to use it tonight", 'self_harm'),
        ('this is the last time you will hear from me', 'self_harm'),
        ('sat in the car with the pistol in my hand thinking about doing it', 'self_harm'),
        ('his daughter says he wrote letters to everyone and he has been stockpiling his pills', 'self_harm'),
        ("my husband says I was shaking all over and didn't know nobody, just came round", 'seizure'),
        ('Mama was sitting at the table and her whole body went to jerking, she slid off the chair', 'seizure'),
        ("like a hammer in my head when I'm upright, better lying down, since the spinal", 'severe_headache'),
        ('this one today is the worst ever, came on all at once and I have been sick three times', 'severe_headache'),
        ("been feeling puny, got chills and 101, and the shot spot is red and swole", 'infection'),
        ('finna call 911, I cannot put no weight on my legs, they will not hold me up', 'cannot_walk'),
        ('Patient states she cannot walk since this morning, needs two people to help her', 'cannot_walk'),
        ("I leaked urine all over the car seat and never felt it coming, since the RFA", 'bladder_bowel'),
        ('chest feels like somebody parked a truck on it, 15 minutes now', 'chest_pain'),
        ("I'm fixin to end it all tonight, can't take this pain", 'self_harm'),
        ('wrote notes to my kids saying goodbye. nothing helps the pain anymore', 'self_harm'),
        ("the headache only eases when I lie flat, every time I sit up it's pounding again", 'severe_headache'),
        ("she can't sit up for the headache, flat it is better, up and she is crying", 'severe_headache'),
        ("head feels like it's gonna bust when I stand and I keep puking", 'severe_headache'),
        ('head is hurting a 10 since the RFA and I am throwing up', 'severe_headache'),
        ('feels like my brain is being crushed, worst pain ever, vomited twice after the block', 'severe_headache'),
        ('the kypho cut is leaking pus and red round the edges, I have the shakes and sweats since last night', 'infection'),
        # Rounds 195-202: drowsy patients, forwarded and quoted messages, logistics, faith, anger,
        # comparisons, follow-up forms ("#1 3 #2 no", "Q4 walking ok? - no"), teenagers; the last
        # 6 passed before too (guards for the new question cues and form answers).
        ("I don't plan to be around by then, so cancel the follow up", 'self_harm'),
        ("stood on the bridge again today. next time I don't think I will walk away", 'self_harm'),
        ('I keep thinking about the gun in the closet since the RFA failed', 'self_harm'),
        ('looked up how many of my sleeping pills would be enough', 'self_harm'),
        ('posted goodbye on my instagram, the stimulator was my last chance anyway', 'self_harm'),
        ('she thanked us for everything and said sorry for being a burden, since the block failed she is so low', 'self_harm'),
        ('he gave away his guitar and his things this week and told his sister to remember him', 'self_harm'),
        ('the will is signed, everything sorted, this procedure was my last hope', 'self_harm'),
        ('I have a plan and my gun is in the nightstand', 'self_harm'),
        ("Doreen's voicemail: she had an accident in her knickers twice today and never does that", 'bladder_bowel'),
        ("my husband soaked the recliner and didn't even know it, nerve block this morning", 'bladder_bowel'),
        ("my whole saddle area went to sleep after the RFA and hasn't woken up", 'bladder_bowel'),
        ('no feeling at all down there when I wipe, since the kyphoplasty', 'bladder_bowel'),
        ("she was talking, then stopped and stared, then her arm started jerking, she wasn't there", 'seizure'),
        ("she's twitching and staring right through me and won't answer", 'seizure'),
        ('had what my husband called a fit after the block, first ever', 'seizure'),
        ("when I sit up it's like a vice on the back of my head, gone when I lie down", 'severe_headache'),
        ("it's like an axe in my skull, worst I've ever felt, came on suddenly", 'severe_headache'),
        ("there's a tight band in my throat and my skin is blotchy red", 'allergic_reaction'),
        ('fever no, bleeding yes, soaked through 3 dressings since lunch and still going', 'bleeding'),
        ('Q2 fever? - no. Q4 walking ok? - no, not since I got home. Q5 pain 7', 'cannot_walk'),
        ('#1 4 #2 no #3 no #4 other: lost control of my bowels this afternoon', 'bladder_bowel'),
        ("My wife wants to know whether her legs could give out again, they already gave out twice today and she can't stand up", 'cannot_walk'),
        ("my husband wants to know if his numb legs could be from the block, he can't feel them at all since 2pm", 'weakness_numbness'),
        ('asking whether the swelling in my throat is something I should watch out for, it is getting tighter now', 'allergic_reaction'),
        ('fever? - no. bleeding? - no. walking? - no, I cannot walk since I got home', 'cannot_walk'),
        ('i did go #2 in my pants while standing at the sink and had no idea', 'bladder_bowel'),
        ("I can't go on. I've been looking up how many it would take", 'self_harm'),
        # Rounds 187-194: late-night texts from relatives, patients who work in healthcare, farmers and
        # truckers, autocorrect, long lists of questions, athletes, parents of adult children, polite
        # euphemisms ("spend a penny", "the waterworks"); the last six passed before too (guards).
        ('nothing in the loo since breakfast, not a drop, and the block was yesterday', 'bladder_bowel'),
        ('he is weaker than two hours ago and could not push his foot against my hand', 'weakness_numbness'),
        ('Retention, I think. Nothing since 7am and it is now 8pm after the stimulator trial.', 'bladder_bowel'),
        ('urine output pretty much nil for 12 hours since my epidural', 'bladder_bowel'),
        ('no water out of him since teatime yesterday, about 18 hours', 'bladder_bowel'),
        ('my whole right side from the neck down went numb and heavy since dinner', 'weakness_numbness'),
        ("left foot just won't push and I couldn't work the brake pedal this morning", 'weakness_numbness'),
        ('she has had two spells where she shakes all over and does not respond tonight', 'seizure'),
        ('bleeding from the shot spot, it has filled the bandage and I have gone through a whole box of tissues', 'bleeding'),
        ('wrote letters to all of us and gave her cat away, I think she is planning something', 'self_harm'),
        ('my son says he is going out to the shed with a rope and not coming back', 'self_harm'),
        ("I can't feel my right leg now and can barely move it, which I didn't have before the injection. I suppose it's just the numbing?", 'weakness_numbness'),
        ('I have had a few accidents with the waterworks since the injection, never happened before', 'bladder_bowel'),
        ("Terribly sorry, I can't seem to spend a penny since last night and it is ever so painful", 'bladder_bowel'),
        ("Site's still bleeding. I held pressure like the sheet said and it just keeps coming.", 'bleeding'),
        ("a) is it ok to shower b) my lips and tongue are swelling and I'm covered in hives c) parking", 'allergic_reaction'),
        ("few questions * can I have a coffee * I'm leaking urine without knowing and it's numb around my private area * parking", 'bladder_bowel'),
        ('the moment she gets up her head is agony and she has vomited twice since the block', 'severe_headache'),
        ('my head has been dreadful since the epidural, worst I have ever known, and I keep being sick', 'severe_headache'),
        ('can only get relief laying flat, stand up and my head is splitting in two', 'severe_headache'),
        ("could he be losing control of his bladder? he has wet himself twice since the epidural and didn't feel it", 'bladder_bowel'),
        ('my legs gave out under me after the injection and I cannot get up off the floor', 'cannot_walk'),
        ("I'm a nurse, and my own legs are numb and weak since the block, worse than an hour ago", 'weakness_numbness'),
        ("my husband can't walk at all right now, if he gets any worse should I call an ambulance?", 'cannot_walk'),
        ('my cat is fine but I have a fever of 102 and the injection site is red and oozing', 'infection'),
        ("I feel like I'm having a seizure, my arm keeps jerking and I can't stop it", 'seizure'),
        # Rounds 187-194, read again before stopping: guards for phrases first learned too broadly.
        ("I was watching the game when my husband collapsed and had a seizure", 'seizure'),
        ("my husband says his friend drove him home and he couldnt walk straight from the car", 'cannot_walk'),
        ("he might end up in hospital, he cant walk at all since this morning", 'cannot_walk'),
        ("I could not walk properly for two days after the injection and still can't", 'cannot_walk'),
        # Rounds 179-186: care-home handovers, chronic pain, one-line replies, dictation, clinical
        # shorthand, jokes, French/German/Dutch/Polish/Scandinavian Englishes, relatives with dementia.
        ('service user had three fits this shift, never had one before, post epidural', 'seizure'),
        ("found her with a scarf tied round the wardrobe rail, she says she's done", 'self_harm'),
        ("pain is my usual 6, but I can't push off with my right foot and the calf won't fire, that's new", 'weakness_numbness'),
        ('cant sit up head kills lying flat ok', 'severe_headache'),
        ('stand up skull splitting lie down eases', 'severe_headache'),
        ('collapsed trying to stand', 'cannot_walk'),
        ('red streaks from the site and feverish', 'infection'),
        ('hes having a caesar again since the stim trial', 'seizure'),
        ('I cant feel my R leg from the knee down since the block', 'weakness_numbness'),
        ("mum is completely off her legs since the vertebroplasty, can't transfer to the commode", 'cannot_walk'),
        ('CP at rest now, tight, post SCS trial', 'chest_pain'),
        ('Severe occipital HA and vomiting since the epidural', 'severe_headache'),
        ('stockpiled my oxycodone, tonight is probably the night', 'self_harm'),
        ("I can't get the wound to stop, it's all over the bathroom floor", 'bleeding'),
        ('I have lost urine in my trousers twice today without feeling it, since the trial', 'bladder_bowel'),
        ('my legs just give away when I try to get up, since the injection', 'cannot_walk'),
        ('he points at the middle of his chest and winces, started an hour after the trial', 'chest_pain'),
        ("grandma keeps clutching the side of her head, she's been sick twice and won't lift her head off the pillow", 'severe_headache'),
        ("my husband says 'just let me die' and has his razors out, the nerve block failed", 'self_harm'),
        ('I am on the balcony and thinking to jump, the pain never stops', 'self_harm'),
        # Rounds 171-178: medication talk first, Englishes of Britain and Australia, worriers, pets,
        # letters from older patients, numbers, teen slang, Spanish mixed with English.
        ('the tylenol is not touching this headache, worse than childbirth, and I have been sick twice since the block', 'severe_headache'),
        ('my waterworks have completely stopped since the epidural, nothing since last night', 'bladder_bowel'),
        ('I seem to have lost command of my bladder since the injection', 'bladder_bowel'),
        ('the numbness has spread into my back passage since this morning', 'bladder_bowel'),
        ('she cannot put one foot in front of the other since the block', 'cannot_walk'),
        ("I can't stand for more than a few seconds before I sink back onto the bed, the epidural was this morning", 'cannot_walk'),
        ('woke up confused and came round on the carpet with a bitten tongue, my wife heard thrashing', 'seizure'),
        ('my head feels as though it will split every time I stand, better lying down', 'severe_headache'),
        ('blood dripping from my neck where they did the block, 4 towels so far', 'bleeding'),
        ("I have all my pills in front of me and I'm thinking of taking them all", 'self_harm'),
        ("I'm sitting on the bridge by the river and I want it over", 'self_harm'),
        ('me desmayé y estaba temblando, no respondía, after the facet injection', 'seizure'),
        ('no para de sangrar where they did the epidural', 'bleeding'),
        ('tengo la garganta cerrándose after the shot', 'allergic_reaction'),
        ('entumecimiento en las dos piernas since the block this morning', 'weakness_numbness'),
        ("she's wet through twice today and doesn't notice, she was fully continent before the kyphoplasty", 'bladder_bowel'),
        # Round 168: reports written as questions; the question's own sentence part ties them to now.
        ('should I go to urgent care if my son had a fit just now and is still confused, he had the block today', 'seizure'),
        ('do I need to be seen if my chest has been squeezing for the last hour since the injection?', 'chest_pain'),
        ("is it ok to take a bath when the incision is oozing yellow stuff and I'm running a fever?", 'infection'),
        ("what does it mean if she shook all over and now won't wake up, she had the epidural this afternoon", 'seizure'),
        ("why can't I lift my leg onto the bed since the rfa?", 'weakness_numbness'),
        ('why do I have hives from my neck to my knees after the shot and why is my throat so tight?', 'allergic_reaction'),
        ('fourteen hours without peeing since the epidural, is that a lot?', 'bladder_bowel'),
        ('my mother had a block on tuesday, is it expected that her grip on the left is now so weak she cannot turn a key?', 'weakness_numbness'),
        ("is it ok that I've soaked through four since the trial and it's still dripping?", 'bleeding'),
        ('still oozing from the stim site this many hours later, through the pad and onto my jeans', 'bleeding'),
        ('could the rfa cause a fit? why did I just have another one, second in an hour', 'seizure'),
        ("can you cancel my follow up, I won't be around next week anyway", 'self_harm'),
        ('would anyone care if I ended it tonight', 'self_harm'),
        # Rounds 167, 169, 170: comparisons with the past, a changed baseline, other care that week.
        ('my lips are swelling up like my reaction to penicillin as a kid, started after the dye an hour ago', 'allergic_reaction'),
        ('chest is crushing, same as my heart attack in 2014, had the epidural this morning', 'chest_pain'),
        ('nothing has come out of the catheter for 12 hours since the epidural', 'bladder_bowel'),
        ('i want to drive my wheelchair into the lake, i am done with this pain', 'self_harm'),
        ('the numbness went from my toes and now it is up to my knees on both sides', 'weakness_numbness'),
        # Rounds 163-166: after sedation, family events, busy parents, more Englishes.
        ('still groggy and every time i wake up the bed is soaked, never happened before the block', 'bladder_bowel'),
        ("my bladder is so full it aches but i cannot go at all since this morning's injection", 'bladder_bowel'),
        ('he cannot grip my hand and keeps dropping his fork since the neck shot', 'weakness_numbness'),
        ('her face on one side is numb and her arm on the same side is weak', 'weakness_numbness'),
        ('had three fits since this morning and i have never had epilepsy', 'seizure'),
        ('feels like i got hit on the back of the head with a hammer since the spinal tap', 'severe_headache'),
        ('the site pours bright red blood every time i let go', 'bleeding'),
        ('i sent the kids to my mom so they are not the ones who find me', 'self_harm'),
        ('i think every night about how to hang myself since the procedure failed', 'self_harm'),
        # Rounds 159-162: timelines, travel, hobbies, typing trouble.
        ('been saving them up since last week in case. tonight seems like the night', 'self_harm'),
        ('honestly it would be easier if i just did not wake up tomorrow', 'self_harm'),
        ('keep staring at the river thinking about jumping in', 'self_harm'),
        ('gave away my entire record collection this week. i am not going to be around much longer', 'self_harm'),
        ('he said he is taking his rifle out to the woods and not coming back', 'self_harm'),
        ('thank you for everything. tell the nurses goodbye for me', 'self_harm'),
        ('i cannot feel the keys under my fingers anymore since the cervical shot', 'weakness_numbness'),
        ('both legs went funny after the epidural and they will not hold my weight', 'cannot_walk'),
        ('bled through everything, two pads and my shirt, since the kyphoplasty', 'bleeding'),
        ('she is foaming at mouth and twitching after her block', 'seizure'),
        ('chest feels like elephant sitting on it since dinner', 'chest_pain'),
        ('question about my head: it pounds when upright and eases lying flat', 'severe_headache'),
        # Rounds 219-226: ASL gloss, two voices arguing, wellness talk, survey replies, literary
        # writers, the discharge sheet, Portuguese/Vietnamese/Tagalog English, students; the last 6
        # passed before too (guards for the new phrases and the frame).
        ("my dad keeps soaking through his trousers with urine and doesn't notice, started after the epidural", 'bladder_bowel'),
        ('the numbness is in my groin area and the tops of my thighs since the SI shot this afternoon', 'bladder_bowel'),
        ("I wet the couch watching tv and I didn't feel it at all, block was Monday", 'bladder_bowel'),
        ('mom poop come out in bed, she KNOW NOT. kyphoplasty friday', 'bladder_bowel'),
        ('both his legs have gone heavy and weak since the epidural this morning', 'weakness_numbness'),
        ('my legs have gone tingly then numb in the last hour, rfa was at noon', 'weakness_numbness'),
        ('I tell my foot to lift and nothing happens, it just hangs there, since the injection', 'weakness_numbness'),
        ("instead of wearing off it's spread from my ankle up to my hip, block was 10 hours ago", 'weakness_numbness'),
        ('at 9pm the numbness came back in both legs and they feel heavy, block this morning', 'weakness_numbness'),
        ('my quads are a 2 out of 5 this afternoon, they were fine this morning, epidural at 9', 'weakness_numbness'),
        ('walk NOT. dad after RFA today', 'cannot_walk'),
        ("stand again CAN'T, facet injection this morning", 'cannot_walk'),
        ('this is not anxiety: crushing pressure in my chest for 30 minutes now', 'chest_pain'),
        ('me heart area HURT, sharp, since kyphoplasty', 'chest_pain'),
        ("the sheet doesn't say anything about chest pain and I have it now and it's getting worse", 'chest_pain'),
        ('he bite tongue, arms legs jerk, in the car right now', 'seizure'),
        ('my mom is shaking all over, touch her respond NOT', 'seizure'),
        ('my sister shaking and not looking at us, not answering, 2 minutes now', 'seizure'),
        ('Tatay ko nagkombulsyon, he is on the floor now', 'seizure'),
        ("she is lying flat on the floor because it's the only way her head doesn't scream, 10 out of 10", 'severe_headache'),
        ('Thunder in my skull, ten out of ten, came on all at once after the epidural', 'severe_headache'),
        ("the leaflet says a headache worse sitting up is a reason to call. That's exactly mine. Standing is unbearable", 'severe_headache'),
        ("I'd rate it a 10 and I've been vomiting since lunch, epidural yesterday", 'severe_headache'),
        ('minha cabeça is exploding and I cannot stop throwing up after the shot', 'severe_headache'),
        ("I said it was spotting on the bandage but now it's dripping through onto the sheets", 'bleeding'),
        ('neck shot place bleed, press gauze, gauze red, 20 min', 'bleeding'),
        ('gauze 3 FINISH all red, injection spot', 'bleeding'),
        ('SI injection hole bleeding stop NOT', 'bleeding'),
        ('i know exactly how many of my oxycodone it would take and i have been thinking about it', 'self_harm'),
        ('tôi muốn chết, không chịu nổi nữa', 'self_harm'),
        ('me tired live. goodbye', 'self_harm'),
        ('texted me everyone better without me, not answering now', 'self_harm'),
        ('husband say ME DONE no more END IT', 'self_harm'),
        ('sốt cao and the injection site is red and swollen', 'infection'),
        ('nilalagnat ako and the wire site is draining pus', 'infection'),
        ("my legs are numb and weak, how do I know if it's serious?", 'weakness_numbness'),
        ("the bleeding won't stop, it just will not", 'bleeding'),
        ("my arm went numb from the shoulder down and it's spreading", 'weakness_numbness'),
        ("I can't tell if I'm peeing or not and it's numb between my legs", 'bladder_bowel'),
        ("Could it cause hives? Throat swelling, I can't swallow", 'allergic_reaction'),
        ('In the movie we watched tonight, my chest started hurting and it still hurts', 'chest_pain'),
        # Rounds 227-234: on the way to urgent care, children writing for a parent, memo style,
        # daily tasks, recovery, misused jargon, holidays; the last 8 passed before too (guards).
        ("my right arm feels heavy and won't do what I tell it since the neck block", 'weakness_numbness'),
        ('in the car park thinking about taking the whole bottle when I get home, nothing works anymore', 'self_harm'),
        ("my grandpa says it's numb right where you sit since the nerve block", 'bladder_bowel'),
        ('the red around her injection spot is getting bigger and she has a fever', 'infection'),
        ('my dad says somebody is squeezing his heart, he is sweaty', 'chest_pain'),
        ('my gran says her head hurts worse than ever, epidural yesterday', 'severe_headache'),
        ('fit 3 in an hour, my son, after his SI injection today', 'seizure'),
        ("I can't stop thinking about dying since the kyphoplasty didn't help", 'self_harm'),
        ('people told me I was jerking and foaming on the floor, then I woke up confused, I was shaking and frothing they said', 'seizure'),
        ('the ESI site is still bleeding and the dressings keep filling up', 'bleeding'),
        ("I'm not going to make it to Christmas. I have a plan.", 'self_harm'),
        ('the injection spot on his back is red and warm when I touch it and his temp is 39', 'infection'),
        ('my legs are numb and weak, will I be like this someday?', 'weakness_numbness'),
        ('my legs went numb an hour ago, same as back then', 'weakness_numbness'),
        ("I've had 2 seizures since the shot, once when I stood up", 'seizure'),
        ("I don't want to kill myself but the thoughts keep coming", 'self_harm'),
        ('I have hives and stuff all over my arms since the shot', 'allergic_reaction'),
        ('I have chest pain right now, is that a risk with the steroid?', 'chest_pain'),
        ('bleeding that won\'t stop from the RFA site, been steady since lunch', 'bleeding'),
        ('my legs are numb and weak, what that mean?', 'weakness_numbness'),
        # Round 230: Hawaiian Pidgin ("stay" before a state, "no can", "pau", "shishi").
        ('since da shot yesterday I neva make shishi, my opu stay full and hard', 'bladder_bowel'),
        ('Uncle no can lift his right arm since da neck injection', 'weakness_numbness'),
        ('da incision stay leaking and I get fevah since last night', 'infection'),
        ('Tongue stay big and I no can swallow, shot was one hour ago', 'allergic_reaction'),
        ('Auntie stay shaking all over and she no can talk to us', 'seizure'),
        ('da shot spot no stop bleeding, pau 3 gauze already', 'bleeding'),
        ('I no like live anymore, da pain stay bad', 'self_harm'),
        ('tell my kids I love dem, I pau, tanks fo trying', 'self_harm'),
        ('my husband say he going drive his truck off da pali tonight', 'self_harm'),
        ('Grandma went make doo doo in her bed and she neva feel um coming, after da epidural', 'bladder_bowel'),
        ('my head only hurt when I standing, lie flat and pau, since da epidural', 'severe_headache'),
        # Stop 28: a phrase spelling with a word that has its own spelling ("pecho", "dey") was never read.
        ('me duele el pecho mucho desde la inyeccion', 'chest_pain'),
        ('my leg no dey feel anything since dem inject am', 'weakness_numbness'),
        # Stop 28: the legs as the subject of "cannot feel".
        ("my legs can't feel anything since the epidural", 'weakness_numbness'),
        ('both feet dont feel the floor anymore after the block yesterday', 'weakness_numbness'),
        # Guards: the Pidgin "stay" and the real fit, blood and crisis readings stay.
        ('my leg stay numb since morning, no can lift um', 'weakness_numbness'),
        ('he had a seizure and was foaming at the mouth', 'seizure'),
        ('the towels are soaked with blood and it keeps coming', 'bleeding'),
        ("i'm giving away my things, i won't need them soon", 'self_harm'),
        ('my leg is still numb 12 hours later, will it stay numb for good?', 'weakness_numbness'),
        # Rounds 235-242: relay-service (TTY) typing, the days before a procedure, outdoors people, insurance
        # fights, grief, crafters, gig workers, Greek/Turkish/Armenian/Albanian/Romanian speakers.
        ('numb started in one foot, now both feet and it is going up my legs', 'weakness_numbness'),
        ('after the shot today he not able walk, we carry him to bed', 'cannot_walk'),
        ('head now, never headache like this, stand up much worse, lie down better', 'severe_headache'),
        ('how many oxycodone kill a person. i want to stop everything', 'self_harm'),
        ('i dont want be alive anymore, the rope is in the garage', 'self_harm'),
        ('my dad got stung by a wasp on the porch and his lips and tongue are swelling, he can barely talk', 'allergic_reaction'),
        ("i'm throwing up bright red blood since the injection this morning", 'bleeding'),
        ('tried to pee 6 times since lunch and not a drop, my belly is so tight', 'bladder_bowel'),
        ('the dead feeling climbs higher up my calves every hour since the facet shots', 'weakness_numbness'),
        ('my mom dropped on the kitchen floor and shook all over, now she cannot say where she is', 'seizure'),
        ('my husband cannot sit up without grabbing his head and moaning, he lies flat and it eases', 'severe_headache'),
        ('my right arm is heavy and will not lift, it happened while I was knitting, injection yesterday', 'weakness_numbness'),
        ("tell the nurses goodbye. I've left my tools to my nephew. I can't do another day of this", 'self_harm'),
        ('no pee comes out no matter how hard i push, full feeling since this morning', 'bladder_bowel'),
        ('the private area does not feel anything since the nerve block', 'bladder_bowel'),
        ('my head hurting very strong since the injection and I threw up three times', 'severe_headache'),
        ("my sister texted 'forgive me for everything' and now she is not answering, she was so depressed", 'self_harm'),
        ('feels like a moose is standing on my chest since this morning', 'chest_pain'),
        ("Honestly I'm a tough old bird but the headache is the worst of my life and I keep vomiting", 'severe_headache'),
        ('me ESI today. try stand up, legs no hold me. help', 'cannot_walk'),
        ('grandma jerk her whole body, eyes not look at me, still going', 'seizure'),
        ("Can't raise my head off the sleeping bag without my skull splitting, lying flat it eases off", 'severe_headache'),
        ('Legs are not attached anymore is how it feels, since the block this morning', 'weakness_numbness'),
        ("I've written my grandchildren letters. I won't be around to see them graduate", 'self_harm'),
        ('he holds his chest and says it goes up to his jaw, heavy like a weight', 'chest_pain'),
        # Rounds 243-250: South African English, Singlish, parents of toddlers, teachers and coaches,
        # literal writers, run-on messages, upbeat salespeople, dictated punctuation; the last
        # 5 alarmed before too (guards; the bottom-or-privates one under weakness, now bladder).
        ('every time I stand up my head just explodes, lying flat it eases, since the epidural', 'severe_headache'),
        ('whole morning try to pee cannot come out, bladder so full, nerve block yesterday', 'bladder_bowel'),
        ("since the injection my bowels keep leaking out on their own, I can't hold it", 'bladder_bowel'),
        ('She kena another fit just now, third one today, after the RFA', 'seizure'),
        ('the headache come whenever I stand up, lie flat then go away, since the epidural', 'severe_headache'),
        ('Press already still bleed, the needle spot on my back, half hour liao', 'bleeding'),
        ('I have been googling how to overdose since the injection failed', 'self_harm'),
        ('fitting again, second one in twenty minutes, he had the facet injection today', 'seizure'),
        ("I gave away my whole book collection today. I don't plan on being around after Friday", 'self_harm'),
        ('the numbness is moving upward, it reached my knee an hour after it started in my foot', 'weakness_numbness'),
        ('his leg is switched off, he cannot make the knee bend at all since the epidural', 'weakness_numbness'),
        ('he has given away his laptop and his games and says he will not be here next month', 'self_harm'),
        ('she has thought about exactly how she would do it and her pills are counted out', 'self_harm'),
        ('the numb patch on my calf from this morning is now my whole leg', 'weakness_numbness'),
        ("I haven't been able to hold my pee at all today, it just comes out and I don't feel it", 'bladder_bowel'),
        ('if I took all my leftover oxy at once, would it be peaceful? asking for real, I have made up my mind', 'self_harm'),
        ('my wife collapsed and jerking for two minutes after the kyphoplasty, she has never had epilepsy', 'seizure'),
        ('since this morning i cant feel my bottom or privates when i wipe, after the block monday', 'bladder_bowel'),
        ('her arm was getting better after the block but now it is getting weaker again and she cannot hold her cup', 'weakness_numbness'),
        ("my son's legs cannot kick anymore, like no power, and the numb feeling is going up to his belly", 'weakness_numbness'),
        ('tight pressure in the middle of my chest where my heart is, my watch says 140 and I am sitting still', 'chest_pain'),
        # Stop 28: a hedge about the patient now ("it's possible I have") is not a what if.
        ("it's possible I have a fever, it's 103 and the site is oozing pus", 'infection'),
        # Rounds 251-258 (gallows humour, Appalachian and Southern English, voicemail transcripts, night and
        # sleep, Central European and other first languages, emoji shorthand, care-home staff, numbers people);
        # the last 25 passed before too (guards for the new phrases).
        ("since the ESI i just leak and don't know it until my jeans are wet", 'bladder_bowel'),
        ("it's numb all around the seat area since the kyphoplasty and I had an accident", 'bladder_bowel'),
        ("my dad can't tell when he's peeing anymore since the nerve block this morning", 'bladder_bowel'),
        ('she does not feel when the urine is coming, it just goes, since the block today', 'bladder_bowel'),
        ("since the RFA I keep having accidents with pee and I don't feel them", 'bladder_bowel'),
        ('last pee at 6am, now 7pm, only dribbled about 5 ml, belly hurts 8/10 and looks swollen', 'bladder_bowel'),
        ("both his legs feel like they're falling asleep and it's spreading up to his waist since the trial", 'weakness_numbness'),
        ('my left leg since this morning is so weak, after the epidural yesterday', 'weakness_numbness'),
        ('she was jerking all over and we could not get her to look at us for a couple of minutes', 'seizure'),
        ("my head only explodes when I stand up, lying down it's bearable, since the epidural", 'severe_headache'),
        ('I got a headache that like to kill me and I throwed up twice after the ESI', 'severe_headache'),
        ('I can only be upright a couple minutes before the back of my head pounds, ESI on Monday', 'severe_headache'),
        ('pounding in the back of head when I sit up, lying flat helps, since the epidural', 'severe_headache'),
        ("my mom's bandage is completely red and wet and her pillow is bloody, RFA this morning", 'bleeding'),
        ('the towel is all red and the site is still bleeding after the stim trial', 'bleeding'),
        ('still bleeding from the needle spot, 40 minutes pressing and it keeps dripping', 'bleeding'),
        ("blood all down my back from the injection spot and it's still dripping", 'bleeding'),
        ("the only relief left is a rope, I've decided, the ESI failed", 'self_harm'),
        ("hose hooked up to the exhaust in the garage, the blocks didn't work", 'self_harm'),
        ("the only reason I'm still alive is I haven't found the nerve, the RFA failed", 'self_harm'),
        ('found him with a knife saying he is done, after the failed RFA', 'self_harm'),
        ('sitting here with the whole bottle and I want to take them all', 'self_harm'),
        ('I have all my pills on the table and I think tonight is enough', 'self_harm'),
        ("gave away my cat and made my will. I won't be here for the follow up", 'self_harm'),
        ("ain't no point carrying on, I've been giving away my guns", 'self_harm'),
        ('her legs just went when she stood up, twice, after the block yesterday', 'cannot_walk'),
        ('my legs simply will not carry me since lunch, after the RFA', 'cannot_walk'),
        ("dreamed I was dancing then woke up and couldn't even stand, had to crawl, ESI yesterday", 'cannot_walk'),
        ("I can't walk more than one step before my legs buckle since the block", 'cannot_walk'),
        ('client had his injection today and he cannot walk at all now', 'cannot_walk'),
        ("his legs gave out twice tonight and he can't stand at all now, he walked fine to the car after the procedure", 'cannot_walk'),
        ("my wife can't feel when she is peeing since the block and woke up soaked", 'bladder_bowel'),
        ("he passes stool in his trousers and doesn't know it's coming since the kyphoplasty", 'bladder_bowel'),
        ("Rm 9 not voided since yesterday, he feels full but can't go", 'bladder_bowel'),
        ("it's been thirty hours and it's worse and going into the other leg", 'weakness_numbness'),
        ('fever and chills, and where they done the injection is swole and tender and red', 'infection'),
        ('shaking from the cold all day and the RFA spot is warm to touch', 'infection'),
        ("it's running down to my waist from the injection spot and I can't get it to stop", 'bleeding'),
        ('been thinking about taking all them pain pills at once', 'self_harm'),
        ("the shots didn't help none and I'm done", 'self_harm'),
        ("my husband did the funky chicken on the kitchen floor just now and isn't responding", 'seizure'),
        ('maybe better I am not here anymore, I have a rope already', 'self_harm'),
        ('he makes poop in his pants and does not know it is coming, started after the kyphoplasty', 'bladder_bowel'),
        ('Rm 4 has not voided since yesterday evening after the ESI, feels full, nothing comes', 'bladder_bowel'),
        ("the numbness was meant to wear off but now it's creeping up my leg past the knee", 'weakness_numbness'),
        ("my foot is flapping when I walk and I can't lift my toes since the RFA", 'weakness_numbness'),
        ("I can't lift it onto the step, my right leg went weak after the block today", 'weakness_numbness'),
        ("it's been over thirty hours and it's getting worse and now it's in the other leg too, the numbness", 'weakness_numbness'),
        ("my head's fixing to burst open, worst I ever had, throwing up since the block", 'severe_headache'),
        ('fever and chills and the RFA spot is swollen and tender and red', 'infection'),
        ('shivering all day from the cold, site is red and warm to touch after the RFA', 'infection'),
        ("blood on the sheets and now it's running down to my hip, I can't get it to stop", 'bleeding'),
        ("blood is coming out where they did the injection, won't stop", 'bleeding'),
        ('been thinking about taking all my pain pills at once tonight', 'self_harm'),
        ('every day I think about jumping off the bridge since the injection failed', 'self_harm'),
        ("the epidural didn't help none and I'm done, wrote letters to my kids", 'self_harm'),
        ('numbness from the block is climbing up my thigh now', 'weakness_numbness'),
        ('my foot is slapping the floor since the RFA', 'weakness_numbness'),
        ('after the block today I cannot lift it onto the step, the right one', 'weakness_numbness'),
        ("my head's fixing to burst and I'm throwing up since the block", 'severe_headache'),
        ("blood is coming from where they put the needle, won't stop", 'bleeding'),
        ('every day I think to jump from the balcony since the injection failed', 'self_harm'),
        ("I've been checking him for any weakness and now his left leg is weak and dragging", 'weakness_numbness'),
        ('could the dye be why my throat is closing up right now?', 'allergic_reaction'),
        ("my team at work is great but I cannot walk since this morning's injection", 'cannot_walk'),
        ("I said I'd kill myself and it's not just an expression", 'self_harm'),
        ('my wife got a fever after her epidural and the site is oozing pus now', 'infection'),
        ('temp over 39 and I cannot walk since the block, anything else I should do?', 'cannot_walk'),
        # Rounds 259-266 (apologetic patients, military families, hedging, pasted text, rural Australian and New
        # Zealand English, daily tasks, many chronic conditions, students); quotations from a document; the last
        # 17 passed before too (guards: someone's own words and an app's answer in quotes still count).
        ('been on the toilet 30 min, nothing will come out, bladder feels like a full balloon', 'bladder_bowel'),
        ("could the shot give a tight feeling in my chest? It's been about 20 minutes", 'chest_pain'),
        ('sitting with my pistol in my lap tonight, the RFA did nothing', 'self_harm'),
        ("I can't really grip my mug, my left arm feels heavy since the neck injection", 'weakness_numbness'),
        ('I might just end it tonight, nothing works', 'self_harm'),
        ('twelve hours and nothing comes out, I really need to go, ESI this morning', 'bladder_bowel'),
        ('my face and arm on the right side have gone numb in the last half hour, neck injection today', 'weakness_numbness'),
        ('I lost control of me bladder this morning, after the injections', 'bladder_bowel'),
        ('numb as anything right round my bum and between my legs since the block', 'bladder_bowel'),
        ('feeling crook as a dog, chills all night and the wound is weeping pus', 'infection'),
        ("still bleeding from the needle spot, it's still going after an hour and has filled up the bandaid", 'bleeding'),
        ("won't be a burden to anyone after tonight, cancel my follow up", 'self_harm'),
        ("he can't empty his bladder since the stim trial went in", 'bladder_bowel'),
        ('the fork keeps slipping out of my hand and my arm is tingly up to the shoulder since the cervical RFA', 'weakness_numbness'),
        ('I have not peed a drop since last night after the epidural, belly feels tight', 'bladder_bowel'),
        ("10 hours since my epidural and no urine. I'm bloated low down now", 'bladder_bowel'),
        ('mum said goodbye to everyone tonight and she has her sleeping pills ready', 'self_harm'),
        ("my husband was jerking for 2 minutes and now he's completely out of it, stim trial today", 'seizure'),
        ("I'm standing on the car park roof right now, there is no point anymore", 'self_harm'),
        ("he's been giving away his tools and told me to take care of the kids after the trial failed", 'self_harm'),
        ("probably nothing, I don't want to make a fuss, but my chest hurts and it goes into my jaw since the RFA", 'chest_pain'),
        ("he said he'd turn his gun on himself if the blocks failed, they failed", 'self_harm'),
        ('chest feels like a belt tightening around me since the nerve block', 'chest_pain'),
        ('his bottom feels like novocaine and he wet the bed, after the block', 'bladder_bowel'),
        ("my arm just won't do it, can't lift the cup, after the stellate block", 'weakness_numbness'),
        ('running a fever and shivering, and the needle spot has gone big and red with a yellow head on it', 'infection'),
        ('I cannot push the brake pedal with my right foot since the SI injection', 'weakness_numbness'),
        ("the injection site is red and swollen and hot and I've had a fever since yesterday", 'infection'),
        ("headache 10/10 won't go away with tylenol, threw up twice since the ESI", 'severe_headache'),
        ("I won't be around for the follow up. I've decided.", 'self_harm'),
        ('thinking about cutting myself, I have the blade in my hand', 'self_harm'),
        ("the leaflet says 'positional headache', I think that's what I have: can't sit up without my head pounding, lying flat eases it", 'severe_headache'),
        ("he texted me 'I can't feel my legs and I can't get up' ten minutes ago, ESI today", 'weakness_numbness'),
        ("Pasting the app: 'Symptom: numbness. Location: groin.' it's my whole bottom and between my legs since the block", 'weakness_numbness'),
        ('what if I get a fever? I have one now, 102, and the site is leaking pus', 'infection'),
        ("I've got hives all over since the injection, is that listed as a known side effect?", 'allergic_reaction'),
        ('my wife cannot walk her legs gave out after the block', 'cannot_walk'),
        # Rounds 267-274 (homophones and malapropisms, two people on one phone, healthcare workers as patients, Spanglish,
        # Canadian English, very elderly letter writers, hospitality workers, people in recovery); the last
        # 10 passed before too (guards for readings narrowed before committing).
        ('chest pressure since 1900, not easing with antacids, had the SI joint shot this morning', 'chest_pain'),  # a 24-hour time, not a year
        ("haven't past water since the block this morning and my bladder feels like a balloon", 'bladder_bowel'),
        ('my legs are week since the RFA and the right one keeps dragging, worse each hour', 'weakness_numbness'),
        ("Dad can't bare any weight on his legs since the epidural and we can't get him up off the couch", 'cannot_walk'),
        ('[son here] she is not telling you she wet herself twice since the block and never felt it', 'bladder_bowel'),
        ('zero urine output since 9am. lower belly distended and sore, epidural this morning', 'bladder_bowel'),
        ("can't lift my left big toe since the facet injection this morning", 'weakness_numbness'),
        ('the numb spot on my thigh has doubled in size since this morning after the RFA', 'weakness_numbness'),
        ("sudden explosive HA after the epidural, vomiting twice, can't see straight", 'severe_headache'),
        ("mi abuelo se hizo pipi en la silla and didn't feel it, he had the epidural today", 'bladder_bowel'),
        ("no puedo orinar since the block, it's been 12 hours", 'bladder_bowel'),
        ("mi esposo can't feel las piernas and it's moving up his body since the epidural", 'weakness_numbness'),
        ('la curita is full of blood again, third one, from the nerve block', 'bleeding'),
        ('quiero matarme, nothing helps this pain', 'self_harm'),
        ('the numb bit on my side has wrapped all the way round to my belly since the stimulator trial', 'weakness_numbness'),
        ('thinking of going out onto the lake tonight and just not coming back, the shots failed', 'self_harm'),
        ("gave away my guitar and my records today, I've decided I'm not doing this anymore", 'self_harm'),
        ('I cannot make my water come since the injection, sat there an hour', 'bladder_bowel'),
        ('his pants were soaked through and he had not noticed, had the block this morning', 'bladder_bowel'),
        ('the chair feels like nothing under me since the epidural, numb down there', 'bladder_bowel'),
        ("no sensation at all around my back passage since this morning's RFA", 'bladder_bowel'),
        ('I have had thoughts of doing away with myself since the RFA failed', 'self_harm'),
        ("he's been cutting at his wrists in the bathroom, he says he's done", 'self_harm'),
        ('my son found the rope in the shed, he says I already tried once', 'self_harm'),
        ("keep falling, can't get up off the floor, typing this from the floor, had the injection at noon", 'cannot_walk'),
        ("pain in the middle of my chest, like a weight, and it's spreading to my left arm since lunch", 'chest_pain'),
        ('sharp chest tightness since 1800, not going away, had my SI joint shot today', 'chest_pain'),
        ('both arms numb and getting weaker since the neck injection this morning', 'weakness_numbness'),
        ('bandage on my back is soaked through with blood and keeps dripping since I got home', 'bleeding'),
        ('his right arm just hangs limp since the neck injection', 'weakness_numbness'),
        ("she can't grip her mug, it slipped out of her hand twice since the injection", 'weakness_numbness'),
        ("a headache since the epidural that's worse than any I've ever had, lying down helps", 'severe_headache'),
        ("I can't walk another step after the shot last night, my legs keep buckling", 'cannot_walk'),
        ("I can't walk since the block, no normal gait now, legs won't go", 'cannot_walk'),
        # Rounds 275-282 (natural remedies, sailors and pilots, office jargon, New York and Boston English, Arabic- and
        # Farsi-speaking families, new-age words, Irish English, short-then-long messages); the last
        # 13 passed before too (guards).
        ("the part I sit on has gone numb since this morning's injection, can hardly feel the toilet paper", 'bladder_bowel'),
        ("no urine output since yesterday's block, 16 hours, drinking lots", 'bladder_bowel'),
        ('dad stood up and the couch was soaked, he did not know, had the epidural today', 'bladder_bowel'),
        ("his leg has gone khab rafte and it's spreading up to the hip since the injection", 'weakness_numbness'),
        ("her right arm just flops at her side since the neck block, can't lift it", 'weakness_numbness'),
        ("tingling started in one foot and now it's in the other too, since the ESI this morning", 'weakness_numbness'),
        ("a crushing tightness came on at dinner and won't ease, RFA today", 'chest_pain'),
        ('my wife had two seizures back to back tonight, never had one before the injection', 'seizure'),
        ('me dad collapsed and fitting in the hallway, medial branch block today', 'seizure'),
        ('skull is on fire when I sit up, stiff neck, since the epidural', 'severe_headache'),
        ('headache worse than when I gave birth, came on suddenly, cervical ESI today', 'severe_headache'),
        ("tried pressure for 25 minutes and it's still pouring from the needle spot", 'bleeding'),
        ("bleeding from the shot site for over an hour, won't let up", 'bleeding'),
        ('pressing on it and it keeps coming, the RFA spot, 40 min now', 'bleeding'),
        ("I've been thinking about taking all my wife's sleeping pills at once, nothing helps", 'self_harm'),
        ('I want to stop existing, the RFA failed', 'self_harm'),
        ('going to sail out past the point tonight and not come back', 'self_harm'),
        ("he says he'd be better off at the bottom of the lake and gave away his fishing gear today", 'self_harm'),
        ('going to take all my leftover pain pills and let the universe have me', 'self_harm'),
        ('how many of my pain pills would it take, I want it all to stop for good', 'self_harm'),
        ('Allah takes me tonight, otherwise I will do it myself', 'self_harm'),
        ("my mum can't tell if she's wiping and she's leaking urine without knowing since the epidural", 'bladder_bowel'),
        ('bladder bursting and nothing will come out, 12 hours since the shot', 'bladder_bowel'),
        ('both legs are gone completely numb since the stimulator leads went in', 'weakness_numbness'),
        ("numb from the waist down on my left side, it wasn't like that an hour ago, epidural at noon", 'weakness_numbness'),
        ("fell in the shower, I can't get my legs to hold me up, facet injection yesterday", 'cannot_walk'),
        ("it's like turbulence in my chest, heavy, 30 min now, block this morning", 'chest_pain'),
        ('he had a full blown seizure on the kitchen floor after the block', 'seizure'),
        ('Pain in the back of me head is 10 out of 10, better lying flat, epidural Monday', 'severe_headache'),
        ("bleeding from the kyphoplasty site and can't stop it, soaked the towel", 'bleeding'),
        ('blood coming out of the injection spot nonstop, soaking my shirt', 'bleeding'),
        ('breathing like through a straw since the dye, wheezy', 'allergic_reaction'),
        ('covered in welts head to toe and my voice has gone hoarse since the injection', 'allergic_reaction'),
        ('wrote letters to my kids, driving out to the cliffs after this', 'self_harm'),
        # Rounds 283-290 (Filipino English and Taglish, Northern English, autistic and ADHD writers, church language, ranchers, dictation, new parents, angry complainers); the last 2 passed before too.
        ("me mam's shaking and jerking on the kitchen floor and we can't get a word out of her, she had the injection today", 'seizure'),
        ("me dad's burning up, 39.2, and the jab spot on his back has an angry red lump, facet injections last week", 'infection'),
        ("our lass has a fever and the jab site is weeping and it's gone all puffy and red, ESI Tuesday", 'infection'),
        ("not been to t'toilet for a wee for about 10 hour now, just an ache in me belly, kyphoplasty Friday", 'bladder_bowel'),
        ('I keep leaking wee without knowing, soaked through twice since the jab', 'bladder_bowel'),
        ('dictating period bowel just let go on the way to the bathroom comma didnt feel it period injection this morning', 'bladder_bowel'),
        ('I emptied my whole bladder on the sofa without any warning since the RFA', 'bladder_bowel'),
        ('numbness in a saddle shape where I sit, started after the epidural', 'bladder_bowel'),
        ("been trying to pass water since 5am, nothing coming, it's 2pm, stimulator trial Monday", 'bladder_bowel'),
        ("from the hip down I can't feel the sheet on my leg since the ablation", 'weakness_numbness'),
        ("both feet feel like they're asleep and it's spreading up my legs since the block", 'weakness_numbness'),
        ('tongue is tingling and thick since the antibiotic for the trial', 'allergic_reaction'),
        ('a crushing pain across my whole chest with sweating, facet injection today', 'chest_pain'),
        ("is chest pressure a side effect? it's been squeezing for forty minutes now", 'chest_pain'),
        ('upright, pounding head pain; flat on the bed, mostly fine. spinal injection two days ago', 'severe_headache'),
        ('every time she gets upright her head is splitting, since the epidural', 'severe_headache'),
        ('I can only hold my head up for a few minutes before the pain is unbearable since the ESI', 'severe_headache'),
        ("pressed on the RFA site and it just keeps coming, dripping on t'floor", 'bleeding'),
        ('dressing is squelchy, I changed it an hour ago and the new one is soaked already, rfa today', 'bleeding'),
        ('just came to after a fit, my partner timed it at 2 minutes, ESI today', 'seizure'),
        ("my mother texted she will drink the weed killer so she won't be a burden anymore, I can't reach her", 'self_harm'),
        ("our kid's written letters to us all and given his dog away, he's stood on the bridge now", 'self_harm'),
        ("I've made up me mind, tonight's the night. look after yourselves", 'self_harm'),
        ("the rope's in the garage and I've been sat looking at it, pain's worse since the jabs", 'self_harm'),
        ('I ought to just end it, nothing has worked since the RFA', 'self_harm'),
        ("I've decided to stop living, the dog is with my neighbour now", 'self_harm'),
        ("the thoughts about driving into a wall on purpose are back and I've got the keys in my hand", 'self_harm'),
        ("everybody would be better off, they'd be fine without me, I've made a plan for Friday", 'self_harm'),
        ('fever 38.6 (measured at 22:15) and the site is red and swollen with cloudy fluid', 'infection'),
        ("cancel my follow-up, I won't be around for it. gave my cat away today.", 'self_harm'),
        ('me legs have gone.\ntried getting to the loo and ended up on the floor, RFA today', 'cannot_walk'),
        ("our kid's face has puffed up and he's making this whistling noise breathing", 'allergic_reaction'),
        # Rounds 291-298 (Scots, truck drivers, gamers, legal writing, performers, carers of people who cannot describe symptoms, teachers, police and first responders); the last 16 passed before too.
        ("ma da's no passed water since 6 this morning, nothing comin oot and his belly's swollen, RFA yesterday", 'bladder_bowel'),
        ("she cannae feel hersel wipe since the jab and she's wet the chair, the SI injection was Monday", 'bladder_bowel'),
        ('is it normal no tae have peed since the epidural? that was yesterday morning, just feel heavy and sair low doon', 'bladder_bowel'),
        ("fever and sweats and the wee hole in ma back's puffy an hot, epidural last week", 'infection'),
        ('shivering with cold and the kyphoplasty cut is weeping and red round it', 'infection'),
        ("dinnae bother phonin me for ma follow-up, I'll no be here. thanks for tryin", 'self_harm'),
        ("she keeps sayin she'd be better aff deid and she's given away her rings, the injections didnae help", 'self_harm'),
        ('havent needed to pee once since the block this morning, drank loads, tried at the rest stop, nothing comes', 'bladder_bowel'),
        ('since the RFA I literally havent peed.\nbladder feels like a full tank', 'bladder_bowel'),
        ('gonna rage quit life, I have a plan', 'self_harm'),
        ('my client has leaked urine continuously since the epidural and can no longer tell when her bladder is full', 'bladder_bowel'),
        ('my chest has felt as though it is being crushed since the thoracic RFA', 'chest_pain'),
        ('the undersigned no longer wishes to live; the procedure failed', 'self_harm'),
        ('1. the block did not work 2. I have the rope 3. I will not be attending the follow-up', 'self_harm'),
        ('pounding headache, worse sitting up, gone lying down, epidural Monday', 'severe_headache'),
        ("she left a note saying sorry to everyone and she's locked herself in the bathroom", 'self_harm'),
        ("when I wash her private area she doesn't flinch like she normally does, since the SI injection", 'bladder_bowel'),
        ("he's leaking through his trousers without knowing since the epidural today", 'bladder_bowel'),
        ("he has produced nothing at any of the toilet trips since breakfast and he's restless", 'bladder_bowel'),
        ("she's numb right around her back passage since the nerve block", 'bladder_bowel'),
        ('dad keeps dropping his mug from his left hand since the neck injection', 'weakness_numbness'),
        ("when I touched her legs she didn't know I was touching her, since the kyphoplasty", 'weakness_numbness'),
        ('we try to get her to stand and she cries, her legs just go.\nSI injection Monday', 'cannot_walk'),
        ("he woke up pointing at his chest and saying 'squeeze', he's breathless", 'chest_pain'),
        ("came home from the facet injection and he's banging on his chest, sweaty and grey", 'chest_pain'),
        ('he keeps trying to tie the dressing gown cord round his neck', 'self_harm'),
        ("she's written letters for each of us and she won't be here in the morning", 'self_harm'),
        ("right leg was normal this morning, now it's numb and weak, kyphoplasty yesterday", 'weakness_numbness'),
        ("chest feels like a band getting cinched down and I'm sweating, nerve block this am", 'chest_pain'),
        ('crushing pain mid chest since the stim leads went in', 'chest_pain'),
        ("worst HA I've ever had, vomiting, facet shots this morning", 'severe_headache'),
        ("I've got a plan worked out, just wanted to say thanks to the clinic staff before I go", 'self_harm'),
        ("keep thinking about putting the car into a bridge pillar on the way home, tonight it's a plan", 'self_harm'),
        ('sat out in the shed with the rope tonight, not making it through another night like this', 'self_harm'),
        ('both legs went numb after the block, it went away, but it all came back this morning and worse', 'weakness_numbness'),
        ("sair heid, 10/10, worse when I'm up, stimulator trial Tuesday", 'severe_headache'),
        ("aint peed a drop since noon and my belly's tight as a drum, RFA yesterday", 'bladder_bowel'),
        ("slid off the couch and I can't get my legs to hold me up, nerve block earlier", 'cannot_walk'),
        ('cannot pull my toes up on the left since the procedure, getting worse', 'weakness_numbness'),
        ('without prejudice: the headache is much worse upright and gone lying down since the epidural', 'severe_headache'),
        ('the bleeding from my neck since the block has not ceased and I have used a box of gauze', 'bleeding'),
        ('I have drafted letters to my children and settled my affairs, thank you for trying', 'self_harm'),
        ("my fingers won't press down since the neck block, grip is going", 'weakness_numbness'),
        ('holding the back of her head, sitting up makes her vomit, better lying flat, ESI yesterday', 'severe_headache'),
        ('I keep thinking about stepping in front of the train, the pain since the block is 10/10', 'self_harm'),
        ("ma heid's splittin, worst ever, ma neck's stiff an I've been sick, nerve block yesterday", 'severe_headache'),
        ("I'm so scared I can't breathe and my throat is tight since the dye", 'allergic_reaction'),
        ("my husband says he had a seizure after his injection today, he's confused", 'seizure'),
        ("my leg is numb and there's none of the feeling back yet since the block this morning", 'weakness_numbness'),
        ("should I have this much bleeding from the site, it's soaked the dressing twice", 'bleeding'),
        ('I dug the garden all day, now my legs are numb and weak since the epidural this morning', 'weakness_numbness'),
        # Rounds 299-302 (Welsh and West Country English, hospital wards, health-anxious over-reporters, South African English); the last 2 passed before too.
        ("he's been trying to pee since about 7 this morning, it's gone 10 at night and still not a drop, stimulator trial yesterday", 'bladder_bowel'),
        ("shivers all night and where they did last week's ESI is swollen up and angry red", 'infection'),
        ("is chest tightness a side effect of the steroid? mine's come on strong now, right across", 'chest_pain'),
        ("bleeding from where the needle went in, been pressing it half an hour and it's still dripping", 'bleeding'),
        ("I've got all my tablets out on the table, I've decided, the RFA failed", 'self_harm'),
        ("the kyphoplasty was my last hope, I'm going to take all of mum's morphine tonight", 'self_harm'),
        ("his pad's been bone dry since yesterday morning and he's pulling at his belly, epidural Wednesday", 'bladder_bowel'),
        ('the nurse asked me to squeeze her fingers and my right hand could barely grip, cervical epidural this morning', 'weakness_numbness'),
        ("the physio got me to do leg raises and I couldn't lift either leg at all today, epidural yesterday", 'weakness_numbness'),
        ("please tell my kids I love them, I can't do this anymore, nobody here cares", 'self_harm'),
        ('cut my wrist with the razor in the bathroom, I wanted the pain to stop', 'self_harm'),
        ('dad said goodbye on the phone like it was the last time and gave his watch to the man in the next bed', 'self_harm'),
        ("I'm not going to be here by the morning, I've got the morphine they left by my bed", 'self_harm'),
        ("couldn't eat, fever 38.9 and chills, and the spot where you did the injection is swollen and weeping", 'infection'),
        ("tonight I'm going to drive the bakkie off the bridge, I've decided", 'self_harm'),
        ('she was watching telly then suddenly went stiff and started convulsing, not coming round, epidural this morning', 'seizure'),
        ("what kind of chest pain is this? it's crushing and I'm sweating since the block", 'chest_pain'),
        # Rounds 303-318 (German, Dutch and Scandinavian English, Slavic English, New Zealand English,
        # Hawaii Pidgin, kitchens, bug reports, sports talk, pet owners, Italian-American families, polite
        # Japanese English, exam season, gym talk, tradespeople, song lyrics and memes, bikers, true crime);
        # the last 23 passed before too.
        ('since this morning I must go to the toilet but nothing comes, already 12 hours no water out of me', 'bladder_bowel'),
        ('my father has wetted the bed without noticing, first time ever, RFA yesterday', 'bladder_bowel'),
        ('she has not peed the whole day since the kyphoplasty', 'bladder_bowel'),
        ('I press and press but my bladder will not empty since the block', 'bladder_bowel'),
        ('her eyes are nearly shut from the swelling since the facet injection', 'allergic_reaction'),
        ('it is like something squeezes my throat from the inside since the contrast', 'allergic_reaction'),
        ('sharp pain in the middle of the breast when I breathe in, sweating, kyphoplasty today', 'chest_pain'),
        ('he is jerking and his eyes are turned upwards, RFA this morning', 'seizure'),
        ('my wife had cramps all over, she was not there with her eyes, foam at the mouth', 'seizure'),
        ('he is lying on the floor trembling all over and he sees nothing when I wave', 'seizure'),
        ('I cannot sit up at all, it is hammering in the back of the head, epidural Monday', 'severe_headache'),
        ('bleeding from the spot on my back, I press since 20 minutes but it comes always again', 'bleeding'),
        ('the hole from the injection is bleeding again and again and I take warfarin', 'bleeding'),
        ('made an accident in my pants three times today since the block', 'bladder_bowel'),
        ('I cannot control my stools since the epidural', 'bladder_bowel'),
        ('I do not feel the toilet seat under my bottom since the ablation', 'bladder_bowel'),
        ('the numbness goes up from my feet to my hips, every hour higher', 'weakness_numbness'),
        ('he has swelling over his whole face since the injection', 'allergic_reaction'),
        ("yeah nah not great, headache's 10/10 and I keep vomiting", 'severe_headache'),
        ("my left hand doesn't want to work, too weak, the cup keeps falling", 'weakness_numbness'),
        ('I cannot stand more than a couple seconds before I go down', 'cannot_walk'),
        ('chicken skin chills all night, 101.2, and the incision is leaking pus', 'infection'),
        ('heavy squeeze kind of pain in the middle of my chest, no go away since morning', 'chest_pain'),
        ('the dressing went soak through with blood, still coming through', 'bleeding'),
        ('aunty keep saying she like make like die', 'self_harm'),
        ('I no think I going be around much longer, I wen make plans already', 'self_harm'),
        ('I like hurt myself tonight', 'self_harm'),
        ('called my dad to say goodbye and gave my best knives to the new cook', 'self_harm'),
        ('Expected: pee. Actual: nothing since 6am, bladder feels full', 'bladder_bowel'),
        ('my wife has to carry me to the toilet since the ESI', 'cannot_walk'),
        ('crushing pressure in the middle since this afternoon, my chest I mean', 'chest_pain'),
        ('grandpa wet his trousers at the bowling club and he had no warning at all', 'bladder_bowel'),
        ("I'm blowing the final whistle on myself", 'self_harm'),
        ('I know how much of the insulin it would take and I cannot keep going', 'self_harm'),
        ('my husband he say the chest, it hurts so much', 'chest_pain'),
        ('she fall and shake and no talk', 'seizure'),
        ("I'm giving away my things and I won't need another appointment", 'self_harm'),
        ("it started bleeding and cannot stop already 40 minutes, I'm on warfarin", 'bleeding'),
        ('thank you for everything and goodbye, after tonight it will all be over', 'self_harm'),
        ('it is easier to jump than to live with this', 'self_harm'),
        ("I can't feel my left side from the waist down since the trial", 'weakness_numbness'),
        ('I can only get relief lying completely flat, my head pounds', 'severe_headache'),
        ("I'm actually planning it, the pills are lined up", 'self_harm'),
        ("I've decided. I'm going to the top of the car park tonight.", 'self_harm'),
        ('2 litres in, nothing out since the kyphoplasty, zero urine output', 'bladder_bowel'),
        ("told my brother goodbye and gave him my guitars, not gonna need them where I'm going", 'self_harm'),
        ("my daughter texted me sorry for everything and now she isn't answering", 'self_harm'),
        ("haven't been able to pee since 5am, stood at the toilet for ages, nothing", 'bladder_bowel'),
        ('my bum and inner thighs are numb since the block', 'bladder_bowel'),
        ("I've written letters to the kids and I'm going to do it tonight", 'self_harm'),
        ('keep thinking how easy it would be to just drive off', 'self_harm'),
        ("No point. Tell my husband I'm sorry.", 'self_harm'),
        ("it's red and angry and weeping, fever since last night", 'infection'),
        ("the needle spot is oozing and won't stop", 'bleeding'),
        ('she has a headache worse than her concussion in 2018. She is lying flat because sitting up makes it unbearable', 'severe_headache'),
        ("I've got the pills lined up and I'm taking them tonight", 'self_harm'),
        ("he said he'll ride his motorbike into a wall tonight", 'self_harm'),
        ("a big pool of blood on the sheet and it's still running", 'bleeding'),
        ("I'm watching my own dressing go dark red and drip", 'bleeding'),
        ('watched a show about someone who killed themselves and honestly it felt like a relief to imagine', 'self_harm'),
        ('the numbness started at my toes and now it has crept up to the knees since the epidural', 'weakness_numbness'),
        ('I keep tripping on the rug because my foot hangs down, started after the ESI', 'weakness_numbness'),
        ('hot and cold all day, 38.6, and the injection spot is red swollen and very warm', 'infection'),
        ('is it normal to keep thinking about killing myself? I have looked up how to do it', 'self_harm'),
        ('numb where you sit on a bike since the RFA', 'bladder_bowel'),
        ('no pee since yesterday, stomach down very tight', 'bladder_bowel'),
        ('my right arm is like not mine, weak, since the block', 'weakness_numbness'),
        ('he is holding his chest and says it burns, stimulator trial yesterday', 'chest_pain'),
        ('she was shaking on the floor and she does not look at us', 'seizure'),
        ('my son says he will jump off the balcony tonight', 'self_harm'),
        ("bleeding from the injection spot and it's just soaking through the towel", 'bleeding'),
        ("mum's kyphoplasty failed and tonight she texted the family chat saying goodbye, she isn't picking up", 'self_harm'),
        ("pain's unbearable after the ESI and I've got the shotgun out", 'self_harm'),
        ('he had one accident in bed last night and did not feel it', 'bladder_bowel'),
        ('keep thinking to end it, the pain too much', 'self_harm'),
        ('I going jump off the bridge tonight', 'self_harm'),
        ("last time I peed was 7am and it's 10pm, feels tight down there", 'bladder_bowel'),
        ('worst headache ever, came on in seconds while I was yelling at the tv', 'severe_headache'),
        ('the injection site is red and swollen and hot when I touch it, fever 38.6 and shivering', 'infection'),
        ("it would be better if I was not here anymore, I've saved up my pills", 'self_harm'),
        ('breathing feels like there is a lump in my throat since the dye', 'allergic_reaction'),
        ("my throat. it feels like it's closing up and I can barely swallow", 'allergic_reaction'),
        ('my brother is fitting on the kitchen floor', 'seizure'),
        # Rounds 319-326 (beekeepers and gardeners, British South Asian families, Haitian Creole speakers,
        # hairdressers, hospice and funeral workers, email replies quoting the clinic, finance people,
        # crafters); the last 7 passed before too.
        ('Blood seeping through it all, this is the 4th dressing since the RFA', 'bleeding'),
        ('found a note saying goodbye and his rifle is missing from the safe', 'self_harm'),
        ('my bowels opened without me knowing, found it in my pants', 'bladder_bowel'),
        ('Numb. Whole right leg. Started an hour ago after the block', 'weakness_numbness'),
        ('she lost her bowels in the car and could not feel it', 'bladder_bowel'),
        ('numb patch on my calf yesterday, now the whole leg from the knee down', 'weakness_numbness'),
        ("I've got a plan and the means at home", 'self_harm'),
        ("I've started planning my own. I've picked the date.", 'self_harm'),
        ("> Bruising is common after the injection.\nnot bruising, real blood pouring out of the spot and I can't get it to stop", 'bleeding'),
        ("> Mood changes can happen.\nI'm sitting in my car in the garage thinking about turning it on", 'self_harm'),
        ("is chest pain a side effect? mine is a crushing pain and I'm sweating", 'chest_pain'),
        ("I've given them to my sister along with the house keys. I won't need them after tonight.", 'self_harm'),
        ('Is it harmless if my lips are swelling and I can hear myself wheeze? Started right after I got home.', 'allergic_reaction'),
        ('not pee for whole day after the epidural, belly is swollen and sore', 'bladder_bowel'),
        ('grandpa says his head going to break and he is vomiting', 'severe_headache'),
        ('he just froze, shaking all over. nobody home. now very sleepy', 'seizure'),
        ('> Redness larger than a quarter should be reported.\nthe redness is bigger than my palm now and I have a fever', 'infection'),
        ("My wife says it's the worst headache she has ever had and she keeps vomiting, nerve block today", 'severe_headache'),
        ('> 101 fever since last night and the injection site is red and draining', 'infection'),
        ("> Report numbness.\nMy legs are numb and I can't stand up since the epidural", 'weakness_numbness'),
        # Rounds 303-326, guards (readings narrowed after the mid-session CI); the last 3 passed before too.
        ('the only chest pain I have is when I breathe in, since the kyphoplasty', 'chest_pain'),
        ('my hives are doing this weird spreading thing since the contrast', 'allergic_reaction'),
        ('the only hives I have are on my neck and they are spreading since the dye', 'allergic_reaction'),
        # Rounds 327-334 (stage and theatre people, Persian speakers, hunters and anglers, drivers, book clubs, writers with dyslexia, ranch hands, scientists and engineers).
        ("since this morning I can't tell if I need the toilet, after the ESI", 'bladder_bowel'),
        ('my seat feels numb since the injection', 'bladder_bowel'),
        ('I wet straight through my overalls and never felt it', 'bladder_bowel'),
        ('been trying since last night and nothing came, I really need to pee', 'bladder_bowel'),
        ('his arms are getting more and more weak since the neck injection', 'weakness_numbness'),
        ('is it normal for her to jerk like that and not respond? she had the block today', 'seizure'),
        ("my head's never hurt so bad, since the epidural yesterday", 'severe_headache'),
        ('the spot is bleeding like a stuck pig', 'bleeding'),
        ("bleeding from the injection spot, I pressed very long and it's still coming", 'bleeding'),
        ('I bought a rope yesterday, the pain in my back is too much', 'self_harm'),
        ("he said he'd take the car out and never come back", 'self_harm'),
        ('thinking of driving into the garage and leaving the engine running', 'self_harm'),
        ("saved up all my pills and I'm going to take em all tonight", 'self_harm'),
        ("Sent goodbye texts to my friends. Can't do another year of this.", 'self_harm'),
        # Rounds 335-342 (lawyers and court staff, miners and rail and construction crews, storm chasers, Tamil and Sri Lankan families, Samoan and Tongan families, gospel choirs, Nigerian English, radio operators).
        ('the numbness began at the hips and is now at my knees', 'weakness_numbness'),
        ('my hands are not gripping anything since the neck injection', 'weakness_numbness'),
        ("my chest, it's been squeezing on and off since lunch", 'chest_pain'),
        ('my chest started paining badly after the injection', 'chest_pain'),
        ("she was jerking where she couldn't answer anyone", 'seizure'),
        ("can't stand long enough to wee since the injection", 'cannot_walk'),
        ('my head just about explodes when I stand, fine lying flat', 'severe_headache'),
        ('every time I sit up my head is in agony, lying down helps', 'severe_headache'),
        ('I keep thinking how easy it would be to just stop', 'self_harm'),
        ("I'm thinking of how to end it", 'self_harm'),
        ("he's giving away his guitar and talking about not being here", 'self_harm'),
        ("she wants to go and join dad, she's been saying goodbye to everyone", 'self_harm'),
        ('this is my last transmission, goodbye everyone', 'self_harm'),
        ('is it okay to have a headache that makes me vomit? had the epidural yesterday', 'severe_headache'),
        ('she fitted twice today since the injection', 'seizure'),
        ("no fever, only the bleeding from the site won't stop", 'bleeding'),
        ('no pain just the site keeps bleeding', 'bleeding'),
        ("I've tried to pee every hour since the block and nothing comes out", 'bladder_bowel'),
        ("I haven't had any urge at all and not passed urine since the injection", 'bladder_bowel'),
        # Rounds 327-342, guards for exclusions narrowed before committing (these passed before too).
        ('I broke out in hives after the injection once I got home', 'allergic_reaction'),
        ("my leg went lame and I can't walk since the block", 'cannot_walk'),
        ('I had a seizure in the play tonight, they called an ambulance', 'seizure'),
        ('the printer broke and he had a seizure', 'seizure'),
        ('the seizure the nurse warned me about happened tonight', 'seizure'),
        ('the worst headache I have ever had was the one last night after the block, still going', 'severe_headache'),
        ('my legs are numb since the block, will they be fine by dinner?', 'weakness_numbness'),
        # Rounds 343-350 and readings found at stop 33 (failed on the rules of 2a11a39)
        ('since the block no urine has come out since yesterday morning and her belly is hard', 'bladder_bowel'),
        ('i did not pee the whole day since the nerve block, tummy tight', 'bladder_bowel'),
        ("I'm ready to let go of this body, the pain wins", 'self_harm'),
        ('going to drive to the overpass after this text, done hurting', 'self_harm'),
        ('he says he will drown himself in the river tonight', 'self_harm'),
        ('she plans to jump from her balcony tonight, the injection did nothing', 'self_harm'),
        ('gonna twist the throttle wide open into a semi on the highway', 'self_harm'),
        ('i looked up how much pentobarbital it would take', 'self_harm'),
        ('my wife has been talking about euthanizing herself since the RFA failed', 'self_harm'),
        ('I have made my plan and I am at peace now', 'self_harm'),
        ('her hand twitched and jerked and she could not speak for a minute after the neck injection', 'seizure'),
        ("it's not my stomach that hurts its my chest, since the RFA", 'chest_pain'),
        ('my chest has never hurt like this, since the facet injection', 'chest_pain'),
        ('his legs have gone to mush since the epidural', 'weakness_numbness'),
        ('my left arm keeps flopping since the neck injection this afternoon', 'weakness_numbness'),
        ('her right hand is weak and she drops her cup, but she is walking fine', 'weakness_numbness'),
        # Guards for the narrowed readings of rounds 343-350 (alarm before and after)
        ('going to drown myself in the lake tonight', 'self_harm'),
        ('my dad died of a heart attack and now I have chest pain', 'chest_pain'),
        ('dad had a heart attack three years back, now I have chest pain since the block', 'chest_pain'),
        ('the injection gives me the worst headache every time I stand up', 'severe_headache'),
        ('I got hives from the dye, it always does this, throat feels tight', 'allergic_reaction'),
        ("haven't peed since the injection two hours ago and my bladder is bursting and it hurts", 'bladder_bowel'),
        ('I drove the car into a tree on purpose last year', 'self_harm'),
        ("my foot just hangs and I can't lift it", 'weakness_numbness'),
        ("I can't walk yet, it has been 10 hours since the block", 'cannot_walk'),
        ("I haven't peed since the injection 14 hours ago", 'bladder_bowel'),
        # Rounds 351-358 (failed on the rules of 547a3c3, rounds 343-350 learned)
        ('since the epidural my dad has no control at all over his bladder, it just runs out', 'bladder_bowel'),
        ('she cannot feel her bottom or inner thighs since the epidural this morning', 'bladder_bowel'),
        ('both his arms feel heavy and tingly since the neck injection', 'weakness_numbness'),
        ("my left arm just won't lift since the RFA on my neck", 'weakness_numbness'),
        ('he had one ten minutes ago and is confused now, it was a fit after the stim trial', 'seizure'),
        ('she zones out, her arm jerks and she falls, since the injection', 'seizure'),
        ('feels like I got kicked in the chest but nobody hit me, since the RFA', 'chest_pain'),
        ("my son's tongue has gone fat and he is drooling since the shot", 'allergic_reaction'),
        ('the neck spot has soaked a dish towel and is still going', 'bleeding'),
        ("I'm not planning to be around much longer, the injections failed", 'self_harm'),
        ("said my goodbyes for good today, the pain isn't worth it", 'self_harm'),
        ("I'm going to let the current take me tonight", 'self_harm'),
        ('said she would take all her pills, and she is giving away her jewellery', 'self_harm'),
        ("I'm 102 and shaky and the incision is leaking yellow stuff", 'infection'),
        # Guards for the narrowed readings of rounds 351-358 (alarm before and after)
        ("hives all over since the injection, I keep bees but wasn't stung", 'allergic_reaction'),
        ("football game on tv and he just started seizing, won't stop", 'seizure'),
        ('watching korean drama, then he collapsed and is shaking all over', 'seizure'),
        ('he passed out and wet himself after the injection', 'seizure'),
        ('had a reaction to amoxicillin, my throat is swelling shut right now', 'allergic_reaction'),
        ("I'd rather die than live with this pain another week", 'self_harm'),
        ("my legs are dead since the epidural, can't feel them", 'weakness_numbness'),
        # Rounds 359-366: tradespeople, dialysis and cancer patients, Pakistani and Bangladeshi families, airline crew, bakers and butchers, gamblers, runners and lifters, realtors and journalists.
        ('havent taken a leak since 6am and its 9pm now. drank two gallons of water on the roof today. bladder feels like a full tank with the valve stuck. had the block yesterday', 'bladder_bowel'),
        ('numbness started in my right big toe this afternoon and now the whole leg feels asleep and heavy. not going away. stim trial wires went in tuesday', 'weakness_numbness'),
        ('my brother cant feel his left side from the waist down since his nerve block, pinch him and nothing. hes a tough guy says its fine', 'weakness_numbness'),
        ("I'm not in physical danger from the procedure, no fever, no bleeding. But I keep thinking I should just end things. I have a plan.", 'self_harm'),
        ('Salam, nani jaan had kyphoplasty 2 days ago. she has not done susu since yesterday evening, we gave her lots of pani but nothing comes', 'bladder_bowel'),
        ('Abbu ko bukhar hai 101, kaanp rahe hain, and the back where they injected is red and swollen like a boil', 'infection'),
        ('sar mein shadeed dard, worst of my life, since facet injection. panadol did nothing', 'severe_headache'),
        ("Jet lagged and out of it so maybe I'm imagining it but my left arm and leg have felt heavy and weak since I woke up in the crew hotel, 1 day after my nerve block. No headache.", 'weakness_numbness'),
        ('fever and chills since my RFA, the little wounds are red and weeping, is that normal healing?', 'infection'),
        ('Not peed since I got home from the stimulator trial yesterday afternoon, about 18 hours now. Drinking tea like always. Bit of tummy ache low down.', 'bladder_bowel'),
        ("my husband said goodbye to me and the kids this morning and he's given away his good knives to his apprentice. he had the nerve block last week. i'm scared", 'self_harm'),
        ('going to drive to the bridge after closing up tonight. cant do another 4am with this back. the RFA was my last hope', 'self_harm'),
        ('weak as a kitten in both arms since the stimulator trial leads went in, cant even hold the bingo dauber properly, new today', 'weakness_numbness'),
        ('dad was watching the race and just started convulsing, he had the facet injections today', 'seizure'),
        ("gave away my lucky chips and my dog today. won't be needing them after tonight", 'self_harm'),
        ('i have the pills lined up on the counter. the ESI did nothing. ive been in pain for 4 yrs', 'self_harm'),
        ("Open house ran 4 hrs and I realized I haven't gone to the bathroom once since the SCS trial placement yesterday afternoon. Tried, nothing. Bladder feels tight.", 'bladder_bowel'),
        ("Filing late. Since the facet injection the area is angry red, spreading, hot and I've got fever and sweats. Is it ok to take tylenol and wait?", 'infection'),
        ("Dad's arm and leg on one side started jerking and he couldn't talk for a couple minutes, day after his SCS trial.", 'seizure'),
        ('Writing my last article. Said my goodbyes to the team. The pain from the failed RFA is too much to keep living with.', 'self_harm'),
        # Rounds 359-366: guards for readings narrowed before committing (an exclusion that must not hide these, a phrase that must not catch these).
        ('I get the worst headache of my life every time I sit up since the epidural', 'severe_headache'),
        ('he gets the worst headache of his life every time he sits up since the epidural', 'severe_headache'),
        ('got hives again just like last summer after the epidural, all over my chest and arms', 'allergic_reaction'),
        ('came up in hives all over again like last summer, since the injection this morning', 'allergic_reaction'),
        ("I told the nurse I can't walk another step, since the injection my legs won't hold me", 'cannot_walk'),
        ('my dad was watching the game and started shaking all over and wont answer me, had his injection today', 'seizure'),
        # Rounds 367-374: Spanglish families, church families, birdwatchers and hikers, long COVID and fibromyalgia, Jewish families, Muslim families in Ramadan, Punjabi and Hindu families, DJs and festival-goers.
        ('mi mama tiene la cara hinchada y le cuesta respirar despues del procedimiento', 'allergic_reaction'),
        ('Sorry for the english, I am writing for my father. After injection he have ronchas all over body and he whistling when breathe', 'allergic_reaction'),
        ('mi mama dice que le duele el pecho, como presion, y esta sudando frio. la inyectaron esta manana', 'chest_pain'),
        ("probably nothing but my husband had like a fit on the couch, his arms and legs jerking for a minute and now he's super confused", 'seizure'),
        ("my mom blanked out and her whole body shook for like two minutes and now she's not making sense. she had the ESI today", 'seizure'),
        ("mi papa esta sangrando mucho de donde le pusieron la aguja y no para, he's on blood thinners", 'bleeding'),
        ('is it normal that the blood is still coming out after 2 hours? I had the epidural and I keep pressing', 'bleeding'),
        ("at my cousin's baby shower and I noticed my blouse is full of blood in the back, the dressing from this morning's medial branch block is soaked and still bleeding", 'bleeding'),
        ("mi abuelo esta diciendo que se quiere morir y tiene la pistola en la mesa. since the procedure failed he's been talking like that", 'self_harm'),
        ('Sister Mae fell twice in the fellowship hall after her nerve block today, legs giving way, she says its just her old knees but she was fine before', 'cannot_walk'),
        ("It's not my back I'm worried about, it's my chest. Tightness that won't ease up since I got home from the facet injection", 'chest_pain'),
        ("Is it normal to not feel the toilet paper at all? Since the medial branch block it's numb around my backside and privates. Legs are fine, no weakness.", 'bladder_bowel'),
        ("Is it normal for my tongue to feel thick and swollen after contrast? It's hard to talk. Had the medial branch block at noon.", 'allergic_reaction'),
        ("grandad started shaking all over during maghrib and went stiff, now he's very sleepy and won't wake properly. procedure was yesterday", 'seizure'),
        ("Nani ji leaking stool since morning and she can't feel it, had her spinal injection tuesday. we are getting ready for cousin's mehndi but I'm worried", 'bladder_bowel'),
        ("is it normal that the numbness went from my thigh to my whole leg and now it's starting in the other leg? stim trial leads went in yesterday", 'weakness_numbness'),
        ("not a hangover i swear, worst headache i've ever had and i keep puking. facet injections yesterday", 'severe_headache'),
        ('writing goodbye messages to my crew tonight. thanks for everything', 'self_harm'),
        # Rounds 367-374: guards for readings narrowed before committing.
        ("my legs went numb on the plane home after the injection and they're still numb and heavy now", 'weakness_numbness'),
        ('my husband used to say his chest hurt when he was stressed, but now he has crushing chest pain and is sweating', 'chest_pain'),
        ("the nurse asked if he had a seizure and I said no idea, but he was shaking all over and now he won't wake properly", 'seizure'),
        # Rounds 375-378 (stop 36)
        ('Standing = 8/10 headache, lying flat = 1/10. Checked it three times. Epidural yesterday.', 'severe_headache'),
        ("This is my last QSO, 73 everyone, I won't be around tomorrow. The RFA did nothing.", 'self_harm'),
        ('Sold my boat, called my kids to say goodbye. The injections were the last hope.', 'self_harm'),
        ("came home from work to my wife jerking all over, now she's snoring and won't wake. she had the stimulator trial", 'seizure'),
        ('had what my wife says was a fit an hour ago, i dont remember any of it. kypho was yesterday', 'seizure'),
        # Rounds 375-378: the cement question's cue leaves a report after the question alone (guard)
        ('can the cement leak? I have chest pain now since the kyphoplasty yesterday', 'chest_pain'),
        # Rounds 379-380 (stop 36)
        ("my wife says this headache is way worse than any she's ever had, hit her all at once after the injection", 'severe_headache'),
        ("got my mother's pills lined up on the table. nothing helped, not even the ablation.", 'self_harm'),
        ('I peed on the floor at the salon and didnt know till my coworker told me. ESI Monday.', 'bladder_bowel'),
        ("Can't feel the right side of my face or my right hand since lunch. neck injection this morning", 'weakness_numbness'),
        # Rounds 381-382.
        ('tried to go to the toilet four times after I got home and nothing comes out at all, lower belly aching', 'bladder_bowel'),
        ("my husband can't pass his water since the stimulator trial, tried for hours", 'bladder_bowel'),
        ("i can't see the spot but my fingers come away wet, and i'm shaking with chills tonight", 'infection'),
        ("shivering with chills all evening, and the spot where the stimulator wires exit, it's hot and weeping", 'infection'),
        ('shaking chills, the place they did the injection is a hot swollen egg now and it drips when i press', 'infection'),
        ('not my neck this time, my chest. tight band across it, been 20 mins', 'chest_pain'),
        ('my sheets are wet and my wife says its blood from the injection site and it is still coming', 'bleeding'),
        # Rounds 383-390.
        ("Chest pain? Definitely not normal for me, it's crushing and going into my left arm", 'chest_pain'),
        ("my mom didn't go to the toilet once all day, she tried just now and nothing comes out, injection was yesterday", 'bladder_bowel'),
        ('zero pee in like 15 hours since the trial leads went in, bladder feels like a water balloon', 'bladder_bowel'),
        ("he ain't passed no water since last night, can't get nothing out", 'bladder_bowel'),
        ('my seat feels dead numb ever since the injection, no leg pain', 'bladder_bowel'),
        ('the area between my legs feels like I sat on a block of ice since the epidural', 'bladder_bowel'),
        ('since the epidural I cannot put weight in the legs, they give way', 'cannot_walk'),
        ('grandpa feels hot 102 and the nerve block spot is red and puffy', 'infection'),
        ('fever since last night and the incision from the stimulator is opening, coming out liquid, red all around', 'infection'),
        ('she shook all over at dinner, eyes open but not there, didnt answer me', 'seizure'),
        ("my arm was supposed to wake up by now after the block, it's getting weaker", 'weakness_numbness'),
        ("was watching the soap opera and I notice I can't move the toes on my right foot, block was this afternoon", 'weakness_numbness'),
        ("both legs are tingling and they're weaker tonight than this morning after the stimulator trial", 'weakness_numbness'),
        ('is it normal for a headache to only go away lying down? when I stand its unbearable. ESI Tuesday', 'severe_headache'),
        ('my skull feels like a drum. worse standing, better flat, since the epidural', 'severe_headache'),
        ("it's splitting every time I sit up and goes away lying down, since the epidural", 'severe_headache'),
        ("I've been wanting to hurt myself since the injection didn't help", 'self_harm'),
        ("I have all my pills together on the counter and I'm thinking to take all of them tonight", 'self_harm'),
        ('I have a plan to jump from the overpass, the pain never ends', 'self_harm'),
        ('I keep thinking about driving off the canyon road on purpose', 'self_harm'),
        ('i just want to disappear for good, been looking up how much medicine is too much', 'self_harm'),
        ("I keep looking at the bridge when I drive home. I've thought about how I'd do it", 'self_harm'),
        ("tell my younguns I love them, I won't be here tomorrow", 'self_harm'),
        # Rounds 391-398.
        ('been thinking about running the van in the closed garage and just drifting off. injections did nothing', 'self_harm'),
        ("Tell my husband sorry. I wrote him a letter. The injections did nothing and I can't do this pain anymore.", 'self_harm'),
        ("day after the block I'd leaked pee all down my jeans and never felt it happen", 'bladder_bowel'),
        ("can't feel the whole front of my thigh since the RFA and it's spreading down to my knee", 'weakness_numbness'),
        ("Pressed a towel on it like I would on a dog's cut paw, still bleeding after 40 mins and the towel's soaked", 'bleeding'),
        ("groin numb since I woke up, and I couldn't tell whether I was peeing or not, kypho was yesterday", 'bladder_bowel'),
        ('headache log: supine 2/10, upright 9/10, every time. day 2 after the epidural', 'severe_headache'),
        # Rounds 393, 395-397.
        ('numb down below since the epidural, i cant feel the toilet paper when i wipe. legs are ok, no weakness', 'bladder_bowel'),
        ('after the ESI me lose control bowel this morning', 'bladder_bowel'),
        ('SCS trial yesterday. last time pee 11pm last night, now 1pm. stomach full pressure. no fever', 'bladder_bowel'),
        ('went to the kitchen and collapsed, my legs would not hold. had the rfa today', 'cannot_walk'),
        ('my injection site is bleeding, pressed on it like the nurse said and it is still going', 'bleeding'),
        ('blood has soaked straight through my golf shirt from the injection spot', 'bleeding'),
        ("thanked the nurses. won't need another appointment. gave my golf clubs to my nephew this morning. goodbye", 'self_harm'),
        ('me not able swallow spit since the shot', 'allergic_reaction'),
        ('throat close feeling after the injection', 'allergic_reaction'),
        ('wife shake all over, not wake up when me touch her. block today', 'seizure'),
        ('when me stand up head pound bad, lay down it go away. nerve block monday', 'severe_headache'),
        ('blood keep coming from my back where needle go, me press hard', 'bleeding'),
        ('me think end life. gun in house', 'self_harm'),
        ('me plan jump bridge tonight, pain too much', 'self_harm'),
        ('grandpa said goodbye to everyone at dinner, he has rope in his room', 'self_harm'),
        # Rounds 399-406.
        ("I won't make it to bowling on Friday or any other night. I've got the pills ready. Tell the nurses thank you.", 'self_harm'),
        ('I could only lift my left leg onto 2 steps before it stopped working this evening, had the block this morning', 'weakness_numbness'),
        ('was cold and then hot and sweating all night, the injection site is red and spreading', 'infection'),
        ('It is blood from the epidural injection site, the sheets are wet with it and it keeps coming', 'bleeding'),
        ('I put a new dressing on an hour ago and now it is soaked through, the RFA was today', 'bleeding'),
        ("feeling feverish, the redness around my injection spots has spread and it's hot", 'infection'),
        ('i have a razor from the bathroom in my hand and keep thinking about using it on my wrists', 'self_harm'),
        ("it's been 16 hours since I passed any urine after the ESI", 'bladder_bowel'),
        ("since the injection I can't feel my bladder filling at all", 'bladder_bowel'),
        ('my brother wrote a goodbye note and locked himself in the shed', 'self_harm'),
        ('mum shaking all over, her eyes not looking at me, epidural today', 'seizure'),
        ('Fact: I am going to jump from the bridge near my house. The block did not help.', 'self_harm'),
        ("pain is worse than before the block and I'm done. thinking of taking the kayak out tonight and not coming back", 'self_harm'),
        ('thinking about tying a chain to my waist and going off the pier', 'self_harm'),
        ('Is it normal for my foot to be flopping since the trial?', 'weakness_numbness'),
        ("my roommate texted goodbye to everyone, says he's taken a load of sleeping tablets", 'self_harm'),
        ('i can still swallow water but only just, after the nerve block', 'allergic_reaction'),
        ('i can swallow water but only just since the nerve block this afternoon', 'allergic_reaction'),
        ("only way my head stops hurting is lying flat, standing up it's like 9/10. epidural yesterday", 'severe_headache'),
        ('got stung checking the hives and now i am breaking out in hives all over after my injection', 'allergic_reaction'),
        ('ate some honey and now i have hives all over my chest since the shot', 'allergic_reaction'),
        ('my husband had a full blown fit at home after his epidural', 'seizure'),
        ('i watched a video on how to change the dressing, now the site is bleeding and wont stop', 'bleeding'),
        ('i am scared of getting up because my legs are numb since the block', 'weakness_numbness'),
        ('my rash turned to hives after the injection', 'allergic_reaction'),
        # Rounds 407-414.
        ("my husband's right arm just drops when he tries to lift it since the neck injection", 'weakness_numbness'),
        ("Mum is giving away her things and says she's ready to check out for good. She has guns in the house.", 'self_harm'),
        ('ive been thinking im not the only one who should die, the RFA didnt work', 'self_harm'),
        ('my daughter has been talking about not wanting to live since the block failed', 'self_harm'),
        ('i have enough of my meds saved to do it, nothing is helping after the ESI', 'self_harm'),
        ("my mum says she can't feel when she pees, it just comes out, since the epidural this morning", 'bladder_bowel'),
        ('both his legs are going more and more numb since this afternoon, he had the injection monday', 'weakness_numbness'),
        ("dad gave away his wedding rings to us today and said he won't be here for christmas", 'self_harm'),
        ("grandpa went all twitchy in his chair and didn't know who we were for a few minutes, injection this morning", 'seizure'),
        ('I keep thinking about walking out on the frozen lake and not coming back', 'self_harm'),
        ('no pain really just cant empty my bladder since the block, nothing coming out all morning', 'bladder_bowel'),
        ("cant stay up because of my head, upright the pain is unbearable, flat on my back it's ok. epidural tuesday", 'severe_headache'),
        ('teta is hot with fever and shaking with chills, and the place on her hip from the shot is red and hard', 'infection'),
        ('the numbness start in my foot after the shot and now it go up to my knee', 'weakness_numbness'),
        ('my mother arm and leg on one side feel weak and numb now, epidural this morning', 'weakness_numbness'),
        ('my aunt fingers no feel the cup, whole hand numb since neck shot and spreading to arm', 'weakness_numbness'),
        ('my father left leg and left hand cannot move good since this morning, rfa yesterday', 'weakness_numbness'),
        ('dad fall down and shake all over, now he sleepy and not answer right. nerve block today', 'seizure'),
        ('head explode when upright, ok when lay down, after the stimulator trial', 'severe_headache'),
        ('my grandma hold her head and say worst pain, 10 of 10, head hurt more when up', 'severe_headache'),
        ('my mother take blood thinner and her back is bleeding from the shot place, it not stop for one hour', 'bleeding'),
        ('incision still bleeding, sheets have blood, we already change dressing 3 time', 'bleeding'),
        ('we use all the gauze from clinic, still red blood come from his wound', 'bleeding'),
        ('i have rope in my room. i think about to hang', 'self_harm'),
        ('i am burden to my family. i plan to drink the poison in the shed', 'self_harm'),
        ('grandma shaking under two blanket, she burning hot, her back where they do the burning procedure is puffy', 'infection'),
        ('we press 30 minute on his back and still bleeding', 'bleeding'),
        ('my father working outside, he grab his chest and sit down, he had back procedure last week', 'chest_pain'),
        # Rounds 415-422 (stop 39).
        ('Probably nothing but since the nerve block the bit I sit on at my sewing stool feels numb, like sitting on a cushion with no feeling at all. Between my legs too.', 'bladder_bowel'),
        ('been wettin myself since I got home from the epidural this mornin and I never had that problem in my life. cant feel it comin at all', 'bladder_bowel'),
        ('went to the bathroom and couldnt push nothin out, been like that since last night after my ESI, bladder feels like its fixin to bust', 'bladder_bowel'),
        ("Mama's got a fever tonight and the place they did her nerve block is hot, red and swollen like a wasp sting. She's real puny", 'infection'),
        ('feel like I got run over by a bull, fever and chills, and my lower back where the facet shots went in is red and swellin bigger by the hour', 'infection'),
        ("not my back that hurts, that feels great, it's my chest. heavy ache right in the middle, been an hour", 'chest_pain'),
        ('no fever, no numbness, just a headache worse than any I ever had, came on after the shots in my neck', 'severe_headache'),
        ("my husband's head hurts so bad when he stands he has to lay back down in the truck bed, flat he's fine. had his epidural monday", 'severe_headache'),
        ("i dont want to be here no more. pain came back after the RFA and I'm done", 'self_harm'),
        ("Been thinkin about takin my deer rifle out to the back pasture and endin it. The shots didn't help.", 'self_harm'),
        ('numb na ngayon pati yung other leg, not just the one they injected. hindi ko rin maigalaw toes ko sa right', 'weakness_numbness'),
        ('hirap huminga, my chest doesnt hurt pero parang may bara sa lalamunan ko, started after the nerve block', 'allergic_reaction'),
        ('no pain naman, but my neck where they injected is still bleeding, its been an hour', 'bleeding'),
        ('kuya is locked in his room with his gun, says he wont be a burden anymore. he had nerve block last week and still in pain', 'self_harm'),
        ('bleeding from where they did the block and its not stopping, soaked the sheet', 'bleeding'),
        ("gave my field guides away today, said my goodbyes at the birding club. I don't plan to be around after this weekend.", 'self_harm'),
        ('Is it normal not to feel the urge to urinate at all after an epidural? I last went at breakfast, and it is now well past nine in the evening.', 'bladder_bowel'),
        ('I was reading to my grandchildren when a crushing feeling came over my chest, and it has not eased. I had a medial branch block on Tuesday. I have no fever.', 'chest_pain'),
        ('Good evening. I apologise for the late hour. The needle site in my neck has bled through my blouse and onto the sofa, and it shows no sign of stopping despite firm pressure.', 'bleeding'),
        ('My husband told me this evening that he plans to take all of his pain pills at once. He had his nerve block last week and is in despair.', 'self_harm'),
        ("Wee question, probably nothing but I haven't managed to pass water since about 7 last night and it's now gone 11 in the morning. Belly feels tight. Had the facet injections yesterday.", 'bladder_bowel'),
        ('no fever no redness nothing like that but i cant get a wee out at all since yesterday teatime, tried sitting in a warm bath, nothing. had the medial branch block yesterday', 'bladder_bowel'),
        ("Sorry, my son's typing. My head's been banging since the epidural and I've thrown up three times.", 'severe_headache'),
        ('grandma leaked pee through her pants twice today since the facet shots and she didnt notice either time, shes always been fine with that', 'bladder_bowel'),
        ('no headache or fever or anything but both my hands are going tingly and numb since my neck shot and its getting worse', 'weakness_numbness'),
        ('idk if this is normal but every time i stand my head is like a 10 and lying down fixes it, since the injection yesterday', 'severe_headache'),
        ('my nans back is bleeding from where they did the shot and its not stopping, shes on blood thinners', 'bleeding'),
        ('no pain but blood keeps dripping out of my neck where they did the block, gone thru like 5 tissues', 'bleeding'),
        ('i dont think i can keep going like this, i have my moms pills lined up on my desk. the injections didnt help', 'self_harm'),
        ('the kyphoplasty didnt fix anything and i already picked the bridge, tonights the night', 'self_harm'),
        ("feel like an anchor on my chest, had the nerve block at 9. my sternman wants to take me in but I said I'd ask first", 'chest_pain'),
        ("probably nothin but I keep thinkin about goin off the end of the wharf with a trap line round my ankle. pain's no better after the block", 'self_harm'),
        # Rounds 425-430 (stop 40).
        ('Last UOP about 13 hrs ago after the facet injection, tried the faucet trick, nothing. Lower abd is tight as a drum.', 'bladder_bowel'),
        ('HA so bad I vomited, worse every time I sit up. had my epidural Monday', 'severe_headache'),
        ("severe HA with n/v since yesterday's ESI, nothing touches it", 'severe_headache'),
        ('soaked a 4x4 in ten minutes from the RFA site, bright red, not slowing', 'bleeding'),
        ("Dad said he's done tonight and he's been cleaning his rifle in the kitchen", 'self_harm'),
        ('patient here, endorsing SI with a plan since the trial failed', 'self_harm'),
        ('I just swallowed the whole strip of tramadol', 'self_harm'),
        ('grandpa is jerking and his eyes are fixed, not blinking, started two minutes ago after his block', 'seizure'),
        ('bleeding like a stuck pig where they did the injection, held pressure 20 mins', 'bleeding'),
        ("my head's pounding like a bass drum, never had one this bad, been sick twice since the block", 'severe_headache'),
        ('ugh my head. worst pain ever, only lying flat makes it bearable. shot in my neck on Tuesday', 'severe_headache'),
        # Round 417 (learned at stop 40).
        ('lola was watching telenovela then suddenly she was jerking and not answering us, now very confused. she had the block today', 'seizure'),
        ('is it normal if the needle site is still oozing after 3 hours? the bandage is all red and wet', 'bleeding'),
        # Rounds 431-436 (stop 40).
        ("my driver sent a message saying goodbye to everyone and hasn't answered since", 'self_harm'),
        ('my kids would be better off with my life insurance', 'self_harm'),
        ("she texted goodbye to her sister and now she's sitting in her car with her pistol", 'self_harm'),
        ('my arm stopped listening an hour after the injection, I tell it to move and it barely moves', 'weakness_numbness'),
        ("it's not a trickle, blood is soaking the dressing after the ESI", 'bleeding'),
        ('tonight is when I end it, the facet shots did nothing', 'self_harm'),
        ('zero urine since last night after the nerve block', 'bladder_bowel'),
        # Rounds 437-442 (stop 41).
        ('the gnome feeling in my feet is climbing up past my knees now since the epi dural', 'weakness_numbness'),
        ("grandpa can't control his potty since the RFA, it keeps coming in the bed", 'bladder_bowel'),
        ("my wife's right arm is not lifting since the nerve block this morning", 'weakness_numbness'),
        ('my pillowcase is full of blood from the injection spot on my neck', 'bleeding'),
        ('temperature 100 point 9 comma the needle spot is puffy and red', 'infection'),
        ('he is sitting in the garage with a knife thinking about doing it, the injections never worked', 'self_harm'),
        ('I keep thinking about eating my gun tonight, nothing has helped the pain', 'self_harm'),
        ("he texted tell my boys I'm sorry and is not picking up, had the RFA last week", 'self_harm'),
        ("my mom can't feel it when she wipes since the epidural this morning", 'bladder_bowel'),
        ('woke up in a wet cot with zero warning, did not even feel it go', 'bladder_bowel'),
        ('been trying to piss since 2200, nothing', 'bladder_bowel'),
        ('mi esposo no puede dar ni un paso since the facet shots', 'cannot_walk'),
        ('mi mama dice que me explota la cabeza cuando me paro, since the epidural', 'severe_headache'),
        ('tengo temblores de frio and the injection site is red and hot', 'infection'),
        ('pienso en matarme every night since the pain came back', 'self_harm'),
        # Rounds 443-448 (stop 41).
        ('TODAY PEE NOT CONTROL, WET MYSELF 2 TIME SINCE SHOT', 'bladder_bowel'),
        ('WIFE LEG NOTHING FEEL SINCE EPIDURAL, PINCH NOTHING', 'weakness_numbness'),
        ('he have fit just now after the RFA, now sleeping not waking', 'seizure'),
        ('forehead 102 and the injection spot is swollen and red', 'infection'),
        ('my mother dey hold im chest, face grey since the stimulator trial', 'chest_pain'),
        ('blood dey pour from the needle hole, e don wet my shirt', 'bleeding'),
        ('i don gather all my tablets for table, tell my children say i love them', 'self_harm'),
        ('my brother text me goodbye and now he has rope, not picking calls', 'self_harm'),
        ('my legs no gree carry me since the block this morning', 'cannot_walk'),
        ("my father's arm, he keeps dropping his cup with his right hand since the neck injection", 'weakness_numbness'),
        ('grandma keeps saying its asleep, she says its up to her hip since the block', 'weakness_numbness'),
        ('she just fitted in bed and now she will not come round properly', 'seizure'),
        ('gran asked me to help her die, she has been saving her pills', 'self_harm'),
        ('zero urine output for about 12 hrs since the trial leads went in', 'bladder_bowel'),
        # Rounds 449-454 (stop 42).
        ("mam's not had a wee since teatime and she says she's bursting, had the epidural monday", 'bladder_bowel'),
        ("can't feel when i need a wee since the injection, woke up and the bed was soaked", 'bladder_bowel'),
        ("he's not passed water since last night an his belly's all swollen, had the block", 'bladder_bowel'),
        ('since the back shot i cannot control the toilet at all', 'bladder_bowel'),
        ('her bottom and private parts feel like they are not hers since the epidural', 'bladder_bowel'),
        ('he went stiff and jerky then passed out, we cannot wake him, had the neck shot', 'seizure'),
        ("mum says it's the worst head she's ever had and she keeps throwing up", 'severe_headache'),
        ("i can only lift my head off the pillow for a minute before it's unbearable, since the epidural", 'severe_headache'),
        ('gonna take all me oramorph tonight, sorry everyone', 'self_harm'),
        ("I'm going home to the Lord tonight, my pills are all lined up on the table", 'self_harm'),
        ("my son texted me goodbye, says he'll drive his truck off the bridge", 'self_harm'),
        ('i keep thinking about closing the garage and leaving the engine running', 'self_harm'),
        ("i've given my dog to my sister and i've got the knife ready", 'self_harm'),
        ('like someone parked an anvil on my chest since the injection', 'chest_pain'),
        ('blood keeps dripping out from under the dressing at the stim site', 'bleeding'),
        # A report after what the patient was told to watch for (clauses.segment_connectors).
        ('tell him to call if his legs go weak, well now his legs are weak and he fell twice', 'weakness_numbness'),
        # Rounds 455, 459, 460 (stop 42).
        ('the numbness went from my foot to my whole calf in an hour since the block', 'weakness_numbness'),
        ('her whole body shook and she was not responsive for a minute, had the stim trial', 'seizure'),
        ('10 out of 10, never had a headache even close to this since the nerve block', 'severe_headache'),
        ('my head has never hurt this bad, since the cervical injection', 'severe_headache'),
        ('tried to urinate every 30 minutes since 6pm, total output zero', 'bladder_bowel'),
        ('i have cut my arm tonight and i am thinking of cutting deeper', 'self_harm'),
        ('i keep thinking about driving into a concrete pillar on the highway', 'self_harm'),
        ('parked by the lake thinking about just driving in, nothing works for the pain', 'self_harm'),
        ("since the shot i can't feel nothing down there when i wipe", 'bladder_bowel'),
        ("i keep leaking and don't feel it, soaked my pants at work, since the injection", 'bladder_bowel'),
        ("my chest feels like there's an elephant sitting on it since the procedure", 'chest_pain'),
    ],
)
def test_rules_learned_from_the_development_rounds(detector, text, expected):
    assert category(detector, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my leg twitched for a bit after the rfa but it stopped",
        "the headache i had before the shot is the same as always",
        "what should i look out for tonight? like a fever?",
        "thank you for everything, the injection worked great. goodbye!",
        "i almost peed myself laughing at the waiting room tv",
        "can the block mess up my bladder later on?",
        "my arms are dead after the gym, injection is next week",
        "the lady on my soap opera just had a seizure lol",
        # The same risk question with nothing said to be going on.
        "can the dye cause chest tightness? asking for tomorrow",
        "my hand was weak for an hour after the block, then totally fine",
        "going to end it with my old physical therapy place and try yours",
        "i wont be around next week, visiting my sister",
        "i had a panic attack once and felt like i was having a heart attack, will the sedation help?",
        "how many patients lose bladder control after an epidural?",
        "my nephew got stung by a bee at the park and his lip swelled up, he is fine now",
        "pulled a hamstring at tennis and couldnt walk it off, skipping the rest of the season",
        "my aunt had a stroke back in the 80s, should the doctor know before my block?",
        "Years ago I got hives from shellfish. Is the dye made from iodine?",
        "arm went numb for two hours after the block. the nurse explained why. now everything is normal",
        "my horse went lame and could not walk for a week, the vet came twice",
        "i have a seizure disorder, should i take my keppra the morning of the rfa?",
        "my laptop had a seizure and ate my intake form, can you resend it",
        "toes were numb for a few hours, the nurse said to expect it, now it is all back to normal",
        "if a patient feels suicidal at night, who answers your phone?",
        # Rounds 25-26.
        "my cousin told me you can lose feeling in your legs after an rfa, true?",
        "the news says a flu with high fevers is spreading, should i reschedule?",
        "my wife had chest pain last year and got a stent, she has been fine since. she is driving me",
        "dad had chest pain back in june, he is doing great now. can he come in with me?",
        "is a spinal headache worse than a migraine? my epidural is monday",
        "his legs were wobbly in recovery but by the time we got home he was walking around fine",
        "my friend had a seizure at the mall three summers ago and she's fine now",
        "my laptop battery is bleeding out, might miss your call",
        # Rounds 28-29.
        "if my knees give out on the stairs at night, what should i do?",
        "the playoffs had me clutching my chest all night, what a finish",
        "still taking my seizure medicine as usual, is that ok before the rfa?",
        "my brother-in-law says people end up in wheelchairs from these, is that true?",
        "my daughter worries i could fall after the shot, does that happen?",
        "arm was numb for 3 hours, now is normal again",
        "Allergies: allergic to penicillin (hives). Where do I send the form?",
        "family history: grandpa had a heart attack at 70",
        "my head is going to explode trying to read this insurance letter",
        "will i wake up during the procedure? i don't plan on waking up during the procedure lol",
        # Rounds 30-31.
        "would losing control of my bladder be a sign of something serious?",
        "numbness in my bottom lasted an hour after the block and then went away",
        "our old poodle had a seizure last week, the vet says he is fine",
        "my late husband had a stroke in 2009 and lost the use of his leg. parking question today",
        "if i break out in hives after the shot, do i go to the ER?",
        "what's the risk of nerve damage? my coworker mentioned leg weakness after hers",
        "past history: one seizure at age 4 with a fever, none since",
        "a cooking show guy cut his hand and there was blood everywhere",
        "my parrot keeps squawking 'i can't breathe', sorry if you heard it",
        "i can't stand my boss, can i get a work note for the procedure day?",
        # Rounds 32-33.
        "i always get anxious about chest pain at the doctor, can i take something to stay calm?",
        "the line at your front desk is giving me chest pains lol",
        "that parking bill nearly gave my wife a heart attack",
        "medical history for my mom: heart attack 2014, stents, nothing going on now",
        "my friend said she knew someone who lost bladder control after a block, how often does that happen?",
        "i only get a bit wheezy in winter, is the shot ok for me?",
        # Round 27.
        "would a bad headache after the epidural be a reason to call you or go to urgent care?",
        "in the worst case could the needle hit the wrong nerve and leave my foot numb?",
        "my hand was numb and heavy for a couple of hours after the block. full strength again now",
        "my son had a fit of the giggles watching me try to put my socks on",
        # Rounds 35-37.
        "if a fever ever happens later, do i call you or go to urgent care?",
        "what if a headache comes on when i stand, is that the leak thing?",
        "can the numbness start a few days later or is it right away?",
        "my worst fear is losing control of my bowels, how likely is that?",
        "grandma had a stroke 12 yrs ago, she's fine and she'll drive me",
        "my brother's suicide attempt was 15 years ago, he is doing great now. family history done",
        "I'm on anti-seizure meds, no seizures in years. do i take my dose the morning of the procedure?",
        "bleeding? no, not a drop since i got home",
        "blood clot in my leg in my thirties, is the injection ok?",
        "my nephew broke his ankle and couldn't walk for weeks, he's fine now",
        "you can't walk 10 feet in that lot without somebody honking",
        # Rounds 38-40.
        "Aide here: I asked him and he has no thoughts of harming himself. pain 2/10",
        "could a seizure ever happen from the rfa? just asking for my dad",
        "if her bandage ever gets soaked at night what do we do?",
        "would numbness in my feet after the block be normal or a warning sign?",
        "could my sciatica come back after the injection wears off?",
        "Form: hx MI 2012, childhood seizures, none now",
        "patient's husband had a stroke last year, she's doing fine after the esi",
        "pt's daughter had an allergic reaction to peanuts in 2018 and carries an epipen",
        "her roommate had chest pains monday, was seen and cleared by cardiology",
        "checked for a rash like the sheet said - none. can i shower?",
        "i'm terrified of incontinence, how rare is it?",
        "someone in my support group said she got the worst headache of her life after an epidural. does that happen a lot?",
        "the chest pain page on your site doesn't load",
        "that episode gave me chest pains lol, anyway see you thursday",
        "no headache at all, dodged the spinal headache bullet!",
        "say my headache gets worse when i stand up later, is that the leak?",
        "my bottom went numb after the si injection and came back about an hour later",
        "on my 3rd pad today, period started, does that matter for the injection?",
        # Rounds 41-43.
        "i'm worried about going numb down there, does that happen with facet injections?",
        "my husband had chest pain last week, the ER said it was reflux and sent him home. can we reschedule?",
        "she had a kidney infection with fever in june, all cleared now",
        "she hasn't said anything about hurting herself, she's in good spirits",
        "if grandad has a fit after the injection what should we do?",
        "the school asked for a seizure plan but he doesn't have seizures",
        "would hives after the injection be an emergency?",
        "does the numbness ever spread to the other side? asking before mine",
        "worried about the worst headache thing i read on the handout, how do i avoid it",
        "the woman in that hospital show was bleeding everywhere lol",
        "ok thanks for everything bye",
        "he says he'll jump at the chance to get the other side done",
        "haven't taken a single step outside today, resting like you said",
        # Rounds 44-46.
        "could my leg go numb after the rfa?",
        "family history: dad had a heart attack at 58",
        "my friend went to the ER for chest pain last month but she's home now and doing great",
        "worried about the spinal headache thing, how would i know?",
        "i had thoughts of suicide years ago, doing well now. will the steroid affect my mood?",
        "my bottom was numb after the si injection and wore off by dinner",
        "my son said his legs gave out at the end of his race, he's totally fine",
        "that movie was so bad he wanted to shoot himself lol",
        "i fainted and had a convulsion giving blood in college, never again since",
        "sore back, not sleeping, red face, otherwise fine",
        "sin dolor de pecho, sin falta de aire, todo bien",
        # Rounds 35-37's emergency phrases kept narrow.
        "traffic is holding me up, i'll be 10 minutes late for my injection",
        "my pain went down twice as fast this time, thank you!",
        "i have all my pills counted out for the week in the organizer",
        "dropped my phone again lol, that's why i called from my husband's",
        "shaving my legs for the procedure, razor in hand lol, do i need to?",
        # A date in the next sentence still dates a relative's story.
        "my sister had a seizure after her nerve block. that was in 2016.",
        # Pads next to a period are not dressings.
        "got my period this morning and already went thru 3 pads, is the injection still ok tomorrow",
        "changed my pad twice before noon, heavy period, will that matter for the nerve block?",
        "soaking through 2 pads a day on my period, can I still get the rfa",
        "used a whole pack of pads this week lol, does the shot affect my cycle?",
        # Rounds 49-51.
        "what the odds are of getting a headache after the epidural?",
        "my knees almost gave out when i saw the bill lol",
        "my grandfather had a heart attack at fifty, should i list it?",
        "the section about seizures on the form will not load",
        "was watching netflix and this man had chest pain and collapsed, scary stuff. anyway what time is my appointment",
        "my sons lips swelled up from peanuts last year, they gave him the epi pen and he was fine",
        "my leg felt heavy after the block but im walking around normally now",
        "I have all my pills counted out for the week. Nothing helps my back pain though.",
        # Rounds 52-54.
        "my sister says people get seizures from these shots, true?",
        "my dad had a seizure when he was a kid, never again. the form asks",
        "i'm so scared of losing control of my bladder after the shot, how often does it happen?",
        "could the epidural trigger chest pain? i had a stent put in years ago",
        "if the numbness were to spread, how long should i wait before calling?",
        "nothing like a seizure since the injection, he took his epilepsy pills as usual",
        "he says he is not thinking of hurting himself, your form asked",
        "her records list a suicide attempt in 1992, she has been well for decades",
        "back in 2015 i took an overdose, years of therapy since and i'm good now",
        "her husband had chest pain last month and got a stent, he is recovering well",
        "my wife can't stand me when i'm in pain lol",
        "The rash is on my chest not my back, is that from the steroid?",
        "the back brace strap tightening around my ribs is uncomfortable, can I loosen it",
        "I held ice on my back for half an hour after the blood draw and it stopped",
        # Rounds 55-57, and their phrases kept narrow.
        "you asked about seizures last time, none at all since the rfa",
        "my coworker says she can't feel her legs after running a half marathon lol",
        "my team lost again, i'm paralyzed with grief",
        "this game has a boss that makes your character's legs go numb",
        "work has been a headache from hell this week",
        "my neighbour couldn't stand after her stroke last year, she's walking with a cane now",
        "the parking makes me want to kill myself lol",
        "i am cutting myself off from coffee before the procedure",
        "i want to go deeper into the treatment options with the doctor",
        "do i have enough pain pills to make it stop hurting over the weekend?",
        "i have taken 30 of my 60 pills this month, when can i refill?",
        "itchy bumps all over my back from the heating pad, is that normal?",
        "the rash on my chest spreads up to my neck, is it the steroid?",
        "slight headache yesterday, gone. my back pain is the worst its ever been",
        "I'm on eliquis and it keeps going up and down, my blood pressure i mean",
        # Rounds 58-60.
        "our old labrador has seizures but he's on phenobarbital and doing great",
        "my dog had a seizure and he was shaking all over",
        "mum was rushed in with chest pain in march, turned out to be reflux",
        "is numbness in the legs something that could happen after the injection? just curious",
        "my leg was numb for like 2 hrs after but its totally back now",
        "that plot twist had me clutching my chest 😱",
        "allergies: penicillin (hives when i was 6)",
        "I don't have any headache, chest pain or trouble breathing, just asking about flying",
        "my wife had fever and chills from a sinus infection but the antibiotics cleared it up",
        "laughed so hard i thought i'd wet myself lol",
        "tonight is my last night in florida, flying home after the injection",
        "i had a fit about the bill lol",
        # Rounds 63-65.
        "what happen if the numbness don't go away after my rfa next month",
        "is there danger to have swelling of the throat from the steroid?",
        "what's the plan if she won't stop bleeding after the block, she has a clotting problem",
        "can the cement make chest pain later on?",
        "could the ablation set off a seizure? i had one as a teenager",
        "my neighbour says after the stimulator the legs can get paralyzed, is that true?",
        "my leg was numb a few hours after the block, it's all come back now",
        "the arm was heavy after the nerve block and it came back normal by evening",
        "my bottom went numb for an hour after the jab, feeling's back now",
        "my sister told me she got a spinal headache after her epidural, how do i spot one?",
        "my phone is bleeding the battery all day, sorry i missed your call",
        "the plaster left an itchy red square on my skin, fading now",
        "my nephew's playing a game where his character can't walk, so loud",
        "the budgie is wheezing a bit, the vet says it's the dust",
        "went to a suicide prevention walk on sunday for my cousin, feeling good",
        "I'm sitting on the edge of my bed and I can't live with this pain, can RFA help?",
        "she crumpled the paper and threw it away",
        "I'm going to the lake and not coming back until Sunday, can we move my appointment?",
        # Rounds 66-68.
        "legs were wobbly for an hour after the block, now i'm walking normally again",
        "my manager is the worst headache of my life haha, can i have a work note?",
        "my cousin broke his leg on the trampoline and there was blood everywhere, wild weekend",
        "my sister had a seizure when she was a little girl, never since",
        "my biggest worry is not being able to walk after the kyphoplasty",
        "if i wet myself during the procedure is that a problem?",
        "reading the consent form: infection, nerve damage, paralysis. how often does paralysis happen?",
        "could my lips swell up from the contrast dye? i'm allergic to shellfish",
        "I can feel everything down below, nothing is numb, all good",
        "the show I'm watching had a guy cut himself shaving, should I shave before the RFA?",
        "the episode had a woman collapse with chest pain, anyway what are your hours?",
        "my grandson's video game has zombies and blood everywhere, noisy thing",
        "grandad's appendix burst back in the war days and he went septic, family history question",
        "the horse i backed fell at the last fence and couldn't get up, hope he is ok",
        "I've thought it through and I'm going to do the RFA, nothing else has helped",
        "haven't had any headache at all, am i in the clear for the spinal headache?",
        # Rounds 70-71.
        "i'm worried about my dad having trouble breathing under the sedation",
        "the doctor on the tv show said chest pain is always serious, true?",
        "no trouble with my bladder and nothing numb down there, just checking in",
        "could the cement from the kyphoplasty travel to my lungs and cause chest pain?",
        "my hand was numb for a few hours after the block, it's working again now",
        "my coworker slipped at work and couldn't stand up, the ambulance came and took her, scary day",
        "this week's podcast was about spinal abscesses, fascinating",
        # Rounds 75-77 (and round 69).
        "i googled spinal headache and got scared, but my head is totally fine",
        "my facebook group keeps talking about people losing bladder control, i'm peeing normally",
        "a tv doctor said hives can mean an allergy. i don't have any",
        "hypothetically, if i had a reaction - like hives or wheezing - what would you do?",
        "this insurance form is giving me a headache, worst ever lol",
        "we watched the chest pain episode of that hospital show last night",
        "the novel's main character tries to end her life, it's for my book club",
        "playing elden ring and my guy keeps bleeding out haha",
        "legs were wobbly for an hour after the sedation, been fine ever since",
        "my face was a bit puffy the morning after, gone by noon",
        "the crossword clue was chest pain medicine, any idea?",
        "my dog peed on my bed again, can i do laundry after the injection?",
        "the tv was so bad my husband wanted to shoot himself lol, please change the channel",
        # Rounds 78-80.
        "day 2, haven't had any headache, chest pain or bleeding, just my usual back",
        "my leg was numb for a couple of hours after the block, the feeling was all back by supper",
        "my grandfather lost control of his bladder after back surgery back in the 70s",
        "only time i've seen an epipen used was at my work party years ago",
        "i thought i might have wet myself but i'd spilled my coffee",
        "my wife had a fever and an infected toe last winter, just updating her history",
        "what would happen if the needle hit a nerve and paralyzed me?",
        "we were watching greys and someone had a seizure in the OR, made me jump",
        # Rounds 81-83.
        "the form asked if i'm having thoughts of hurting myself, i'm not, i just missed the box",
        "the spinal headache i was worried about never came, up and about all day",
        "could the numbness from the block spread? the doctor mentioned it",
        "this insurance mess is the worst headache of my life lol",
        "my husband's arm went numb from sleeping on it wrong, fine in a minute",
        "i dreamt i couldn't move my legs, woke up and they're fine",
        "could the cement move and paralyse me if i sleep on my back?",
        "if something goes wrong overnight, like i can't pee, where do i go?",
        "my chest swells with pride, my pain is down to 2!",
        # Rounds 86-91.
        "i can't stand the waistband rubbing on the burn spot, the doctor said it lasts a week or two",
        "my phone is having a heart attack with all these texts",
        "the bill nearly gave me a heart attack, can i get it itemised?",
        "the waiting music makes me want to die, can someone call me back",
        "i'm going to kill myself stacking firewood with this back, my wife says",
        "nothing in my throat feels tight, i was only asking for my mum",
        "is the spinal headache risk over by day three?",
        "worried about bleeding since i take eliquis, when do i stop it?",
        "my legs were wobbly at discharge but i walked fine after an hour",
        "the tape left my skin itchy and pink, only where it was stuck",
        "my granddaughter choked on a sweet and couldn't breathe for a second, she's fine",
        "my fear is that my leg will give out on the stairs after the rfa",
        "could the block make my legs give out while i'm driving?",
        "our cow got an infection after calving and ran a fever",
        "my uncle lost control of his bowels on a ride at the fair years back, we still tease him",
        # Round 85.
        "scared that after the injection i won't be able to walk to the car, should someone come?",
        "the questionnaire asked about suicide, that was a long time ago for me",
        "my brother had a fit over the football score at christmas, anyway can i eat before?",
        "my friend said she'd rather die than do another round of physio, lol",
        # Rounds 92-97.
        "sorry for the chest pain text, it was heartburn after pizza",
        "i wrote 'is numb' and meant 'isn't', everything is fine",
        "worried the incision will get infected, what should i look for? redness? fever?",
        "my kid had a fit at the supermarket, a proper tantrum",
        "the handout mentions numbness in the groin, none of that here",
        "would chest pain show up right away or later after kyphoplasty?",
        "how long can the numbness last before i should call?",
        "do people actually end up unable to walk after an rfa?",
        "in minecraft i keep bleeding out lol",
        "my boss is giving me chest pains, can i move my appointment",
        "killing myself laughing at the no hot tub rule",
        "my legs felt heavy after the block but i walked out fine",
        "my brother sprained his ankle and couldn't walk on it for a week",
        "the tap in the bathroom won't stop dripping no matter what",
        "grandpa is breaking out in hives from the new laundry soap",
        # Rounds 99-104.
        "my husband thought i was having a seizure but i'd just jerked awake from a dream",
        "my friend swears you can lose bladder control after back shots, is that true?",
        "any chance my legs could give out after the rfa? i live alone",
        "my fantasy team is having a seizure this week",
        "my leg was numb for hours after the block like you said it would be, fine now",
        "my toddler threw a seizure of a tantrum in the store",
        "feel like i can't breathe with four kids at home, anyway can i reschedule",
        "grandpa used to say he'd rather die than see a doctor",
        "my diabetic feet are numb as usual, nothing new",
        "i'm not having any thoughts of hurting myself or ending my life, just tired of the pain",
        # Rounds 107-112.
        "worried about a headache during my rfa next month since i get migraines",
        "my leg felt heavy for an hour after the block, now walking around fine",
        "my sister says her job makes her want to jump off a bridge lol",
        "in the film we saw last night a man got a fever and chills from an infected cut",
        "a character on my show just got a spinal fluid leak headache, so dramatic",
        "what if i have a reaction to the dye? hives, that kind of thing",
        "a guy on my shift had his throat swell up from peanuts at a party last summer",
        "watched a show about veterans and suicide yesterday, anyway do i fast before the block",
        "the new kid froze like he couldn't walk at his first call",
        "heart attack of a bill this month, who do i call about billing",
        "if the needle site bleeds and won't stop after my injection next week, what do i do?",
        "the consent form lists throat swelling as a risk. if that happens at home who do i call?",
        "organising the wedding has been one long splitting headache, can i move my appointment",
        "my husband had a stroke last year and i am his carer now, can i reschedule",
        "the numbness in my hand is gone and i walked the whole mall",
        "our bus driver fainted and had a fit in the heat years ago, anyway can i drive after the block",
        "you always hear about people losing bladder control after back shots, i've been fine",
        "you know when your leg goes numb for a bit after the block? back to normal now",
        "my friend say after injection some people cannot pee. is that true?",
        "can epidural give bad headache? my procedure is next week",
        "pee came out slow the first time but everything normal after",
        "if this insurance form comes back wrong again i will kill myself lol",
        "mi nuh have nuh fever, nuh headache, just tired",
        "years ago i had dark thoughts of hurting myself, i'm fine now. could steroids bring them back?",
        "i get urinary retention with anesthesia sometimes, will that happen with the block?",
        "my puffy eyes were from crying at a movie, no swelling anywhere else",
        # Rounds 114, 115 and 117.
        "my aunt couldn't walk for a month after her hip surgery last year, just chatting",
        "my son was bleeding like crazy when he broke his wrist last summer, he's driving me to the block",
        "will sam's arm go numb after the neck injection?",
        "could the medial branch block make my leg weak for work?",
        "his legs felt heavy for an hour like the doctor said might happen, back to normal now",
        "my grandson wet the bed at our house last night, kids",
        "we watched a movie where the main character tries to kill himself, anyway what time is my appointment",
        "he says he can't breathe from the stress of the game lol",
        "this season just unalived my favorite character",
        "that exam was the worst headache of my semester",
        "nothing is nub *numb down there, bladder working fine",
        # Round 118.
        "If arm numb after neck injection, normal how long?",
        "If fever after stim trial, call who?",
        "hives after contrast possible? asking before block",
        "seizure no. chest pain none. question about parking",
        "yesterday leg weak after block, today walking fine",
        "friend years ago got infection after epidural. story only",
        "grandmother died 2015, stroke, headache first. for the form",
        "my fantasy team almost gave me a heart attack lol",
        "tv show last night, seizure scene, scary. other question: shower ok?",
        "should the incision bleed through the bandage a little the first day?",
        # Round 113.
        "what do i do if the site keeps oozing a bit tomorrow?",
        "could the facet shot nick a nerv and leave my arm numb?",
        "intake form asks about seizures in the family, my cousin had one as a kid",
        "my uncle tried to kill himself back in 2009, does the form need that?",
        # Round 116.
        "my dad cut himself badly on a chainsaw years ago, he's my ride on friday",
        # Rounds 121 and 122.
        "my husband asked 'any seizures?' no, never",
        "he's been nervous since his dad's heart attack, no chest pain himself",
        'the pharmacist said seizures can happen with too much local anesthetic, is that true?',
        "what are the chances of paralysis? my neighbour said her cousin couldn't walk after one",
        'my leg was numb from the block until lunch, then i went for a walk',
        "my daughter had a 102 fever last week, she's all better now, can she come with me?",
        'reading a news article about meningitis from steroid shots years ago, where do yours come from?',
        "my friend sent me a tiktok 'me after leg day: i can't walk' lol",
        "reading a novel where the detective has a seizure, what's your address again?",
        'peanuts make my throat swell, is the contrast safe?',
        'cheeks looked a little puffy the day after the epidural, no trouble breathing',
        # Rounds 123 and 124.
        'the tingling in my feet is just my usual neuropathy, nothing new since the block',
        'my old back injury left my legs weak years ago, will the rfa help?',
        "my daughter gets seizures when she's overtired, is an early appointment ok?",
        'a bit shaky after the steroid but nothing like my seizures, fine now',
        'my leg feels a bit numb when i turn the stim up, when i turn it down it goes away',
        "i'm allergic to iodine, does that mean my throat could swell from the dye?",
        'legs felt heavy after the block but by the time we got home they were fine',
        "my uncle had a stroke and couldn't walk, that was decades ago, for the history form",
        "got a massive headache trying to work out the billing portal, what's my balance",
        'watched a tiktok video of a girl with a peanut allergy, lips swelling and everything, anyway can i eat before the block',
        # Rounds 125 and 126.
        "the leg weakness they warned about? haven't had it at all",
        "my brother tried to kill himself years ago but he's doing great now, he's driving me",
        "our pastor preached about the man who couldn't walk, thank you all for my rfa",
        'my cooking would make anyone break out in hives lol, can i eat before the block',
        "grandma told stories about people who couldn't pee after surgery back in the day",
        "your office keeps calling asking about chest pain, i don't have any",
        "i'm scared that the stim trial will damage my nerves and i won't be able to walk",
        "i nearly panicked thinking the sheet said 'spinal fluid leak' but it says none",
        'please take the self-harm screening question off my chart, it was a mistake',
        'this will be my final message before the appointment, thanks',
        'i have a bottle of tylenol, can i take it after the block?',
        "i'm at peace with my decision to have the rfa",
        # Rounds 127 and 128.
        'what would that look like if i reacted to the dye, throat swelling?',
        'could the stimulator lead ever press on my cord and make me unable to walk?',
        "a friend wanted to kill herself after her divorce years ago, she's great now. are you open saturday?",
        'the stock market is totally paralyzed today lol, anyway when is my block',
        "checked the list: fever no, the spot isn't red, and nothing is numb down below",
        "the nurse said a spinal headache is a thing, i haven't had any headache at all",
        'my friend said the needle can hit a nerve and cause paralysis, is that true?',
        'if i bleed a lot after the shot, what do i do?',
        "my neighbour's husband killed himself last year, it's been on my mind, anyway can i book january",
        'my wife watched a documentary about veterans with chronic pain who hurt themselves, do you have a counselor?',
        'my dad says the chest pain from his heart attack felt like an elephant, he wants to be a patient here',
        'i was worried i might be having chest pain this morning but after a rest i realized it was just a pulled muscle',
        'what would the warning signs be? chest pain? trouble breathing?',
        # Rounds 133 and 134.
        'is there a danger i cannot walk after the kyphoplasty?',
        'the insurance bill gave me chest pain, just joking, what is the code?',
        'the cat of my sister had a seizure, the vet is treating her',
        'the hold music makes me want to die every time i hear it lol',
        'in the soap opera the old man has chest pain and falls, so dramatic',
        # Rounds 135 and 136.
        'could my legs give out on the walk to the car after the block?',
        'i break out in hives every time i see your parking fees, kidding',
        "my uncle had a stroke some years back and couldn't walk, he says your clinic is the best",
        # Rounds 137 and 138.
        'no suicidal thoughts at all, just a bit homesick on this trip',
        'the instructions say to call if i have thoughts of self harm, why is that?',
        'my granddaughter came out in hives from the peanuts at the party, she is fine now',
        'hiking at altitude makes your legs feel like jelly, should i wait after my block?',
        # Rounds 139 and 140.
        'is it a risk that i cannot walk after the kyphoplasty?',
        'my great uncle had a fever and pus in his leg during the war',
        'my son sends memes about cannot walk cannot talk, anyway what time is my block',
        'i want to die, our team lost in overtime again lol',
        'nobody here has a fever or chest pain, just checking the time of my appointment',
        # Rounds 141 and 142.
        'asked my dad about chest pain and he shook his head, he is doing well after the rfa',
        'worried cannot walk after. who will drive me?',
        'arm numb after the block. now gone.',
        'my late aunt had a stroke, her arm went weak. i was reading about it today.',
        'my brother had a fever and stiff neck as a kid from meningitis',
        "my daughter's scraped knee is bleeding through her bandaid, kids",
        'this deadline is giving me chest pains lol, anyway my appointment',
        'i literally cannot walk after leg day lol',
        'our company is hemorrhaging money this quarter',
        'my wizard is paralyzed until the next long rest in our game',
        'Can you still walk ok? no problems walking? no',
        # Rounds 143 and 144.
        'i ticked no for thoughts of self harm on the form, i am doing fine',
        'my son is learning to walk and keeps falling over, so cute',
        'should i expect chest pain after the steroid? just reading up',
        'this heat wave is making me want to die lol, is my appointment still on',
        'my cousin lost control of her bladder after her second baby, do you do pelvic floor physio?',
        'this weather is enough to make anyone want to end it all, haha, kidding',
        # Rounds 145 and 146.
        'i read that chronic pain patients can become suicidal, who would i call if that ever happened',
        'the engine seized on my truck today, anyway what time is my appointment',
        'a client years ago had her face swell up from hair dye, anyway my injection went well',
        'one of my residents had a seizure on shift today, we handled it, i am fine after my block',
        'it was so hot in the kitchen i thought i would have a heart attack, just an expression',
        'what would make leg numbness an emergency after an injection?',
        'i want to die every time i am put on hold with insurance, can you resend the form',
        'my wife has a sinus infection with a fever, should i postpone my injection?',
        # Category exclusions that now cover the signs of combinations too (rounds 28, 64, 134).
        'my daughter vomited in the back seat and scrubbing it out was the headache of the month',
        'the overtime loss had me sweating buckets and clutching my chest, what a game',
        # Rounds 147-150: denials, risk questions, hearsay and figures of speech.
        'I have never had thoughts of suicide, the questionnaire just asks everyone',
        'can the epidural make me feel suicidal? I want to know before booking',
        'the copay for this shot makes me want to die lol, can I get a payment plan',
        'my neighbour told me after a spinal you can get a terrible headache when standing, is that true?',
        'I had a mini heart attack when I saw the parking price haha',
        'my brother passed by suicide many years ago, the form asks about family history',
        'nothing tight or heavy in my chest, the watch alarm was wrong',
        'wetin be the chance say my leg go weak after the epidural? I dey fear small',
        'the quarterback is making me want to kill myself lol, can I watch the game after my rfa',
        'our coach makes us run suicides at practice, can I go back a week after the injection',
        'the whole stadium went into convulsions when we scored, back felt fine',
        'the doctor talked about spinal headache, how would I know if I get it?',
        'I could kill myself for missing my appointment again, can I rebook',
        "our quarterback couldn't get up after that tackle, anyway how long is the rfa",
        "I haven't had any trouble peeing or any numbness down there, the site looks clean",
        # Rounds 211-218; the last 14 passed before too (guards for the new phrases).
        'can these shots cause depression or suicidal thoughts? just asking before my ESI, I am in a good place',
        'my coworker cut his thumb on a box cutter last week, blood everywhere, all healed now',
        'the radio had a piece on suicide prevention today, good to hear',
        "I can't walk past the bakery without buying something, ok before sedation?",
        "he hasn't shown any sign of wanting to hurt himself, he has been calm since the procedure",
        "he might say 'bleeding' a lot, it is his favourite word from his game",
        'her soap had a storyline about suicide and she got upset, so we switched it off',
        "in his game, when his player gets injured and can't walk, he shouts for an ambulance",
        'the manager nearly had a seizure when she saw the invoice',
        'I have seizures on and off, controlled with medicine, is the block safe for me?',
        'my wife says watching the Lions play is giving her chest pains, ha, her back is better',
        "my neighbour couldn't walk for a month after her knee replacement, glad mine was easy",
        "the cartoon dragon can't breathe fire because his throat swelled shut, the kids loved it",
        'will the steroid interact with my antidepressant? I read it can cause suicidal thoughts, I am fine',
        "my friend's husband committed suicide five years back, today is the anniversary so I cannot come",
        "my daughter's school project is on first aid for seizures, do you have leaflets?",
        'does the steroid ever make people depressed or suicidal? I want to know what to watch for',
        "we're singing 'Suicide Is Painless' in our show, so if I mention it, that's the song",
        'my understudy has the flu, fever of 102, so I am covering her shows',
        'the fog machine made the whole cast wheeze during rehearsal',
        'the director says the second act is paralyzed, theatre people are so dramatic',
        'what fever would mean the injection site is infected?',
        'my watch has a seizure detection setting, should I turn it on before the trial?',
        'could the pain meds bring on suicidal thoughts? I am not having any, just asking',
        "a song called 'Chest Pains' is stuck in my head, the injection went well",
        'my smartwatch thinks I am having a seizure when I do my arm exercises',
        'what is the probability of losing bladder control after the ESI?',
        'would chest tightness be a possible reaction to the steroid?',
        'my manager had a seizure about the forecast, figuratively. booking the follow-up please',
        'my grandfather died by suicide in 1990, adding it to the family history',
        'this audit is giving me the worst headache of my life, figure of speech. when can I drive?',
        'the stock market crashed so hard my chest hurt, joking. is the cement visible on scanners?',
        'my colleague said she would kill herself if she had to do another month-end, we all laughed',
        'the printer at work is choking and wheezing again',
        'how long does the numbness usually last if it happens after the block? I need to tell my boss',
        'a character on the show had a seizure tonight and my son copied the shaking for a laugh',
        "couldn't walk straight for about an hour after the block, now walking normally at home",
        'my leg was numb for 2 hours after the nerve block, now it is back to normal',
        'legs felt heavy for an hour after the epidural, completely normal now',
        'the film last night had a scene where the hero cannot walk after an accident, very dramatic',
        'could the nerve block leave my arm numb forever? is that a risk?',
        'gave my old clothes and all my stuff away, moving to a smaller flat',
        'my toddler tried to climb over the balcony railing, gave me a fright',
        'cut my arm with the bread knife by accident, tiny cut',
        "haven't been to the loo in 3 hours, normal?",
        'my grandson is dragging himself around on his bottom, learning to crawl',
        'heavy period, each pad soaked through in an hour',
        'my plan is to take all my meds as prescribed after the RFA',
        # Rounds 203-210; the last 12 passed before too (guards for the new phrases).
        'the doctor mentioned a spinal headache after the epidural, how would I know if I had one',
        'the dog was sick on the rug so I cannot walk in the lounge without gagging lol',
        "grandma had a stroke years ago and couldn't walk for a while, she's been fine for ages now, filling in family history",
        'the novel I am reading is about a man who wants to kill himself and is saved by a stranger',
        'legs felt heavy right after the shot while the numbing was working, by lunch I was gardening',
        'caught a huge salmon, my arms went numb from reeling it in, back is fine',
        'the old tractor had a seizure this morning, engine seized solid. can I drive after the RFA?',
        'grandson has a fever of 38 from his cold but I checked mine and I am fine, site looks clean',
        "my husband says the neighbours' music gives him a headache worse than any migraine",
        'numb leg for a few hours after the block like they said, by bedtime I could feel everything again',
        'my daughter says she wants to die of embarrassment after the school play, I am fine after the shot',
        'getting my shot next week, can it make my leg weak?',
        'these electric bills got my chest tight, ha. back is better though',
        'my uncle committed suicide 10 years ago, just filling in the family history form',
        'my chest hurts just looking at the bill, can I get a payment plan?',
        'the new nerve medicine has a suicide warning on the label, can the doctor explain it?',
        'a woman in my support group talked about suicide last year and is doing great now',
        'do people ever get suicidal on the steroids? I am fine, just asking',
        'my whole body jerked as I was drifting off, is that the steroid?',
        'is there a risk of a reaction to the dye? I come out in hives from shellfish',
        "my son's lizard can't walk properly, vet says it's a calcium thing",
        'my bee hives are swarming, can I go near them with the bandage on?',
        'they call this brownie death by chocolate, ha, can I eat before the shot?',
        'my main worry is chest pain because of my heart, should I stop the aspirin before the procedure?',
        'legs were wobbly on the way to the car, by the time we got home I was walking normally',
        'her legs felt heavy while the numbing medicine was in but she walked round the block twice today',
        'a lady on the TV show had a heart attack clutching her chest, gave me a fright',
        "my grandson's character keeps bleeding out in his game and he's yelling at the screen",
        'this is the last time you will hear from me about the parking, promise',
        "haven't been to the toilet in 30 hours, constipated from the pain pills",
        'sat down there for an hour on the bleachers and my leg is asleep',
        # Rounds 195-202, read again before stopping: phrases first learned too broadly.
        "I have the shakes and the clinic won't answer the phone",
        'he is shaking with chills and the clinic did not respond',
        'I keep thinking about the pills I need to pick up from the pharmacy',
        'looked up how many sessions it would take to heal',
        'no fever, yes I checked, and the site is red and swollen',
        'I gave away my old clothes to charity, nothing helps my back though',
        'my nose is full of blood from a nosebleed, the bandage on my back is fine',
        # Rounds 195-202.
        "my lips aren't swollen and I'm breathing fine. hives? no never had them. just an itch",
        'wife typing for me: if he gets a fever in the next few days with the site red, is that when we call?',
        'watching a medical drama.. guy on it just had a seizure.. anyway when is my appointment',
        "game on tv.. our keeper went down clutching his chest, hope he's ok",
        'my wife says my snoring gave her the worst headache of her life ha',
        'My husband asked me to ask whether his legs could give out after the RFA, he lives alone',
        "My partner wants to know if the dye could make her throat swell, she's allergic to shellfish",
        "forwarding from dad: 'Rex had a fit this morning, we're at the vet now'. Rex is the dog",
        "my neighbour quoted: 'the internet is down again, I literally want to die' - she can't log in",
        "My mother had a stroke years back and her arm went weak, so she's worried about my injection",
        "Our prayer list this week is praying for a man who had a stroke and can't walk. My shot is Friday.",
        "My cousin tried to take his own life years ago, so I'm nervous talking about mood",
        "the film had a scene with convulsions and I couldn't sleep",
        "Man on the news collapsed in a race and couldn't get up, got seen faster than me",
        'My legs feel heavy like lead after my walk, but I walk fine, no numbness',
        'this headache is nothing like the worst ever kind, just dull',
        'my sister is asking whether a worst headache of your life is something I should watch out for',
        'my son says the exam gave him a killer headache, worst ever, 10 out of 10',
        'If my temp hits 100.4 after the block, is that when I call?',
        "my aunt's friend lost bladder control after having her twins, anyway is parking free",
        'the teacher said the market crash gave everyone chest pains lol',
        'I was reading about patients having suicidal thoughts when procedures fail, is that common?',
        # Rounds 187-194 (the neighbour's friend, the cat, the telly, "if Mum gets", "if my son can't"
        # and the game character passed before too: guards).
        'could he lose bladder control from the stimulator? the leaflet mentioned it and he is worried',
        "my legs gave out under me after a long shift, I'm shattered, when is my follow up",
        "I had a patient seize on me at work today, full tonic clonic, so I'm wiped. Is my block still on Friday?",
        "Chest pains on the ward tonight, a patient's not mine, just saying I might be late",
        "did first aid training and the mannequin 'had a heart attack' haha, do I need to fast?",
        "I've got sepsis on the brain after a lecture, but my question is about parking",
        "Nothing bleeding through, checked under the plaster and it's dry",
        "the old sow got stuck in the gate and now she can't walk properly, anyway about my bill",
        "My neighbour says her friend's legs went numb after an epidural years back, is that common?",
        "2) my friend said she couldn't feel her legs after hers, could that happen to me?",
        "my dog had a seizure last spring and I've been nervous about seizures ever since, is the sedation ok?",
        'the cat peed on the sofa, lost control of his bladder, the vet says he is just old',
        'My legs felt heavy like after a squat session on the day of the block. Next morning they were fine.',
        "couldn't walk properly for two days lol after that hill session last month, when can I run again?",
        'saw a guy collapse with a seizure at the finish line on the telly, scary, is my appointment tomorrow?',
        "watching the race and a rider crashed and couldn't stand up after, hope I can ride again soon",
        "Note for the weekend carer: if Mum gets a headache that's worse sitting up, call the clinic.",
        "If my son can't walk after the procedure will you have a wheelchair?",
        'Would numbness going down the leg be a good reason to go to the ER? asking before my epidural',
        "My cousin's husband died by suicide last year so please don't book me on the 12th",
        "the patient's toddler has a very high fever and a red ear, can she still come tomorrow?",
        "his character in the video game got paralysed and can't walk, he thinks it's funny",
        'Is the bone cement able to travel to the lungs and cause chest pain? I read it online',
        'If I come out in hives after the injection, can I take an antihistamine?',
        "My legs were a bit wobbly for the first hour after the block but I've been up and about since without any trouble.",
        'the crossword wanted a word for a fit, is it seizure? anyway, about the parking',
        'I nearly fainted when I saw the bill, gave me a pain in the chest ha. Can I pay monthly?',
        'I read a mystery novel where the woman swallowed all her pills, so sad. Should I keep taking my tablets?',
        'My husband laughed so much at the comedy he said he would wet himself. When can I swim?',
        # Rounds 187-194, read again before stopping: a temp job is not a temperature.
        'I got a temp job at the shop, the site is a bit red but fine',
        'I have a temperature reading of 98.6 and the site is a little red',
        # Rounds 179-186, read again before stopping: phrases first learned too broadly.
        'the treatment plan involves a second injection next month, is that normal?',
        'I have dysphagia from my old stroke, can I take my pills before the procedure?',
        "she's better off without him, that boyfriend was trouble. anyway when is my rfa",
        'no walking today, the nurse said, just rest',
        'the nurse said my leg on the same side as the shot might be numb for a few hours',
        # Rounds 179-186.
        'client denies any thoughts of hurting himself, mood good after the injection',
        'nobody on the ward has lost feeling in their legs after the injections, all fine',
        'could the injection ever leave her unable to walk? she is anxious',
        'if Mr T ever loses bladder control after the injection what should we do?',
        'the bingo nearly made her wet herself laughing, no accidents',
        'spinal headache how would i know',
        'my granddad had a stroke back in 98 and couldnt walk after',
        "I am not thinking about suicide, I was just frustrated the RFA didn't help yet",
        'can I fall and not be able to walk after the kyphoplasty? I live alone',
        "it's just the brown antiseptic stain on the dressing, no fresh blood",
        "if Gran's lips swell up after the injection should I use her EpiPen?",
        "can't feel my toes but that's because it's freezing in here and the heating's off",
        # Rounds 171-178.
        'the pharmacist warned me about chest pain with the new pills, I have none',
        'my headache is nowhere near the worst ever, just a tension one',
        'watched a programme about a bloke who had a seizure on a train, anyway when is my appointment',
        'would chest tightness after the injection be the steroid or something serious? asking ahead of next month',
        'I read in the paper this morning about a man who could not walk after a fall',
        'how many soaked pads would count as too much bleeding, if it happens?',
        "my kid's fever was 102 last night, he's fine now, can I bring him to my appointment?",
        'I was watching for the spinal headache you mentioned but nothing so far',
        'my cousin had a seizure at a wedding last year, he is epileptic, is that genetic?',
        "will I get the spinal headache? my sister says it's the worst pain",
        "my dog got into my pill bottle and had a seizure, he's fine now after the vet",
        'this paperwork makes me want to jump off a bridge (joking), can you resend the form',
        # Round 168: questions that stay questions, and time words that do not make them reports.
        'would trouble breathing be a reason to go to the ER, if it ever happened after the shot?',
        'could the sedation make it hard to breathe with my sleep apnea?',
        'do I have to fill in the suicide screening questionnaire again, I am not depressed',
        'is it normal that my leg went numb for an hour after the block, if it is back to normal now?',
        'the nurse asked if I have had a seizure since the block, I have not, just letting you know',
        'what should I do if I get a fever tonight after the rfa?',
        'they said call if the temp is over 100.4, it was 98.6 this morning',
        'my cousin had to be rushed in with chest pains last year, anyway when is my appointment',
        # Rounds 167, 169, 170.
        'no headache at all this time, the spinal headache i had after my c section was the bad one',
        'my penicillin reaction was hives. what if the dye does the same next week?',
        'could the injection cause bladder trouble? i had urinary retention after my hernia surgery',
        'the season finale gave me the worst headache of my life, what an ending',
        'my aunt had a fit when she saw the bill, nearly a seizure lol',
        'numbness in my toes is where it always is with my neuropathy, no change since the block',
        # Rounds 163-166.
        'the baby broke out in a rash from the new soap, otherwise all good after my rfa',
        'grandpa wet himself at lunch again, he has had dementia for years, can i lift him after my kyphoplasty',
        'our charades clue was heart attack and nobody got it',
        'that exam was so boring i wanted to die, anyway when is my follow up',
        'i get chest tightness when i am stressed, what if it happens after the injection',
        'my chest hurt when i saw the bill, can you explain the charge',
        'the groom drank so much he could not stand at the end of the night',
        'can a seizure happen after a facet injection? asking for my records',
        # Rounds 159-162.
        'legs were wobbly for an hour after the block, by 4 pm i was walking normally',
        'my sister got hives from the crab dip at the party, she is totally fine now',
        'my cheeks went a bit puffy the day after the shot but it has settled down now',
        'my sims character keeps having seizures, what a glitch',
        'the goldfish are gasping, i think they cannot breathe, is the pond too warm',
        'my sunflowers all flopped over and cannot stand up after the storm',
        'stuck in traffic, the radio is giving me the worst headache, be there in 10',
        'worried about the spinal headache. what do i do if i get one?',
        "the team's coach had chest pains at practice last month, he is fine now",
        'trouble peeing for an hour after the block, then it went normally',
        # Rounds 219-226; the last 2 passed before too (guards for the new spellings).
        'my wife thought the spinal headache happens to everyone, I have no headache at all',
        "my husband thinks it's an allergic reaction, but it's just my ankles a bit puffy from the fluids and going down",
        'my wife says my driving makes her chest tight, haha, can I drive after the block?',
        'my reading group picked a memoir about a woman who had seizures, fascinating',
        "Note: if numbness in my groin ever happened, that's an emergency, right?",
        'my bum was numb for the afternoon from the local, all normal by bedtime',
        'the paperwork was so long my hand went numb writing it all out lol',
        'the waiting room chairs are so hard my bum went to sleep, otherwise lovely',
        "watched a boxing match where a fighter couldn't stand up after the knockout, nothing like me",
        "my blog post is called Wanting to Die of Laughter, it's about my cat",
        'if one of my readers felt suicidal, which crisis line should I list on my blog?',
        "In the hospital drama I'm watching, the nurse's legs go numb and she can't walk, so silly",
        'The hero of my novel has a seizure in the last chapter, did I get it right?',
        'work has been a heart attack of deadlines lately, can I move my injection?',
        'my editor calls it suicide by semicolon, anyway can I get a work note?',
        "The character in my screenplay wants to end it all, I'm fine, just writing",
        "the only chest pain I've had was watching my team lose last night, recovery going well",
        "my 9 month old can't walk yet haha, the sheet says can't walk is an emergency",
        'there was a story about the suicide hotline number changing, is my sheet out of date?',
        'saw a meme calling saddle numbness a cowboy problem lol, mine is fine',
        'no, I never think to harm myself, just a little sad about missing work',
        'one time at the dentist long ago I had hives, can I be allergic to the contrast?',
        'po, if my chest hurt after the shot is it normal?',
        'my leg was weak on the drive home but after a few hours it is strong again',
        'on the telenovela the man had a heart attack, chest pain, so dramatic',
        'the film we watched, the girl tried suicide, so sad. what time is my appointment?',
        "Case study: 70yo M post-kyphoplasty with sudden chest pain and dyspnea, what's the differential?",
        'Flashcard: red flags after an epidural - numbness, weakness, incontinence? Did I miss any?',
        'my dad is having a kyphoplasty, should he worry about cement leaking and paralysis?',
        "my study group can't even walk me through the renal chapter, do I need to fast?",
        'read a news article about a doctor who died by suicide, so sad, not about me. do you need my insurance card?',
        'RFA FINISH. chest pain NOT. breathe good',
        'headache NOT. vomit NOT. just tired',
        'contrast dye cause hives? throat swell? scared for Monday',
        'legs wobbly after the block, nurse walk me, now at home walk fine',
        'sister had stroke 3 year ago, arm weak. me ok, form ask family history',
        'uncle died suicide long ago. form ask. me fine',
        'spinal fluid leak how know? just in case after my epidural next week',
        "if me walk CAN'T after shot, who drive me home?",
        'the nurse said walk not run for the first week',
        # Rounds 227-234; the last 1 passed before too (a guard).
        'if I spike a fever this weekend and the site goes red, is it urgent care or the ER?',
        "my husband is going to have a fit if the pharmacy doesn't have his pills lol",
        "my friend's suicide years ago is why I take my health seriously, thanks for the help",
        "my daughter's teddy can't walk, she says he needs a doctor haha",
        "my mom doesn't want to hurt herself, she is just sad the shot didn't work yet",
        "I worry my dad might want to hurt himself someday if the pain comes back, he's fine today",
        'could my grandma pee her pants from the epidural? she read it online',
        "grandma's leg was numb for a bit but she can feel it again and walks fine",
        'my leg felt wobbly after the block but I am walking around the house now',
        "what's the documented incidence of seizure after a cervical epidural? not booked yet",
        'what happens if I react to the lidocaine? wheezing etc?',
        'worst case scenarios for kyphoplasty - paralysis? asking for consent',
        'the deposition gave me a worst-ever headache, figuratively, can we move to 3pm?',
        "my bill lists hemorrhage control as a line item, I think it's an error",
        "my kid's school runs a course on seizures and first aid, do you send speakers?",
        'saw a man having a fit outside the station today, paramedics came, anyway my ESI is Monday',
        'Could my dad have a reaction to the dye, like hives, at his block on Friday?',
        "What signs mean I should call 911? Numb groin, can't pee, that kind of thing?",
        'I used drugs in 2012 and had a seizure back then, just for my history form',
        'this paperwork is going to give me a seizure lol',
        "my old roommate used to say his legs went numb when he nodded off, I'm clean 8 years",
        "could the steroid bring back the suicidal thoughts I had years ago? I'm fine now",
        "my sister tried to kill herself 12 years ago and she's doing great, she drove me today",
        'If my mum gets the shot before Eid, could she go into anaphylaxis?',
        "my kids won't do what I tell them, can I bring them to my appointment?",
        # Round 230.
        'Will you guys ask me about suicide stuff at da appointment?',
        'what if dey use da dye on him, his throat going swell?',
        'Da game last night almost gave me one heart attack, ho!',
        # A broadness read after round 230: taking the pill bottle along is not taking the pills.
        'should I take the bottle of pills to my appointment?',
        # Stop 28: broad phrases found on re-reading (each alarmed before).
        'my boss was foaming at the mouth about the report',
        'your leg may stay numb for a few hours after the block, the nurse said',
        'my arm might stay weak for a day, the doctor said',
        "giving away my old clothes, won't need them after losing all this weight",
        'after my night sweats i had towels each one soaked with sweat',
        # Rounds 235-242.
        'possible get chest pain from the steroid? just asking for the future',
        'my aunt read that steroids can cause suicide thoughts, is that a real side effect?',
        'how long is leg weakness normal after a medial branch block, just in case',
        'my heart broke when we lost. chest pain joke lol',
        'the trout I caught was bleeding everywhere from the gills, what a mess in the boat',
        "the waiver I have to sign lists 'paralysis, bleeding, death', is that really likely?",
        'the news did a story on hospital bills tonight, a man went into anaphylaxis and got a 30k bill',
        'grief is like a weight on my chest, the counselor says. no actual pain at all',
        "my grandson's game where they keep yelling 'I can't feel my legs' drove me nuts while I rested",
        "our quilting theme this winter is 'numb fingers, warm hearts', thought you'd like it",
        'is my dad more likely to fall or not be able to walk after his SI joint injection?',
        'the glaze on my pot bubbled up like hives in the kiln, ruined it',
        "my chest tightens just thinking about hospitals since my dad's heart attack, anyway when do I check in",
        'my feet are dead after 10 hours on the warehouse floor, just tired feet',
        "my brother attempted suicide years ago and he's great now, he's driving me tomorrow",
        'the team I support is committing suicide playing like that, we lost 5-0',
        'my friend had a stroke last month and lost the strength in his arm, he is in rehab now',
        # Rounds 243-250.
        "my chest is not tight at all, I was just short of breath climbing the stairs because I'm so out of shape",
        'my legs are numb from sitting in your waiting room for an hour, when will the doctor be ready?',
        "doctor, sometimes people feel depressed or even suicidal when pain doesn't improve, right? any support group?",
        'this tax increase really makes me want to die lol, everything so expensive',
        "my daughter has decided she can't walk and must be carried everywhere, she is 3",
        "my son says he can't walk every time I ask him to tidy his room",
        'kids gave me hives lol figure of speech, quick question about parking',
        'am I likely to get hives from the steroid? I broke out from a bee sting as a child',
        "one of my 2nd graders had a nosebleed that wouldn't stop, the school nurse handled it",
        'we practiced chest pain scenarios in our CPR class today, what time is my injection?',
        "a student of mine broke his arm last year and couldn't feel his fingers for a bit, unrelated",
        'school nurse sent a kid home with a 102 fever today, can I still come in for my epidural?',
        "I worry that after the kyphoplasty I won't be able to walk, is that a risk?",
        'my temp was 37.3, I know a fever is 38 or above, the site looks fine',
        "my neighbour's son attempted suicide three years ago, the form asks about people close to me",
        'I taught a first aid class on anaphylaxis today, which is why I was reading about throat swelling',
        'my sister was numb from the waist down for her epidural when she had her baby, is mine different?',
        'mum is worried about chest pain from the cement in her kyphoplasty, is that a real risk?',
        'this new scheduling software makes me want to kill myself lol jk, can you email the forms?',
        'the offer made my legs go weak in the best way haha, can we move my ESI?',
        "I can't walk away from this jigsaw puzzle, so addictive",
        "your toddler gets a fever of 38 sometimes? mine did today but that's him not me lol",
        # Guards for the hedge: a question and a general "possible to" stay what-ifs.
        'is it possible I have a fever after the RFA?',
        "it's possible to get a fever after the injection, right?",
        # Rounds 251-258; the last 20 passed before too (guards: phrases narrowed before committing).
        'I was ready to die of embarrassment when the gown fell open, RFA went fine',
        "my dad had a stroke back in nineteen ninety and couldn't walk for a while, he's fine now, I'm just filling out the history form",
        'could the sleeping tablet hide something like a seizure?',
        'can the spinal headache come on during the night? my epidural is next week',
        "my leg was heavy and numb after the block but it's all back this morning",
        "my wife talks in her sleep, last night she yelled she can't breathe, then snored",
        'my cousin told me after RFA people cannot walk for a week, is that true? mine is Friday',
        'if bandage gets soaked with blood after the stim trial, do I press on it? nothing now',
        "in the podcast I'm listening to, a man talks about how he wanted to kill himself after his injury",
        'In book I read the detective thinks about killing himself, good story',
        "my daughter yelling she can't breathe because she's laughing at the dog",
        'my laptop had a full blown seizure during the video call, sorry I missed it',
        'how many soaked gauze pads counts as too much bleeding after the stim trial?',
        'should the night nurse check him for new weakness after the trial or wait?',
        'a bit numb in the leg for the first few hours after the block as they said, now I can wiggle my toes',
        "our defense couldn't walk a straight line in the fourth quarter, anyway about Thursday",
        'Up late playing a survival game, my guy got a numb legs debuff lol, see you Tuesday',
        'My sister got a spinal headache after her epidural. If I get one after mine, what should I do?',
        "should we monitor her for suicidal thoughts if the injection doesn't help? she is fine now",
        "nothing helps, I'm done with this clinic, I'm switching doctors",
        'my leg felt heavy the first couple hours after, came back by supper',
        'my chest hurts from laughing so hard at the show, see you Monday',
        'what would count as too much neck swelling after a cervical block?',
        'the new rota is giving him chest pains, the charge nurse jokes',
        'my husband is not talking to me since the argument',
        'he was shaking his head, he is not talking to me after our argument',
        'my arm felt heavy the first few hours after the block, it came back by dinner',
        'just wondering about the weakness in the legs thing on the consent form, how common is it?',
        'my ribs hurt from laughing at the cat video, see you at 10',
        'what would count as too much swelling in the neck after a cervical RFA?',
        'the schedule is giving my boss chest pain lol, anyway patient in 12 is fine',
        'could the dye in the injection push my pressure up and give me chest pain? just asking before next week',
        'legs a bit wobbly for 20 minutes after the epidural, walked to the car fine',
        'my arm was numb after the block, which was expected, feeling is all back now',
        'curious about the numbness in the groin thing on the consent form, how rare is that?',
        'could the steroid push my sugar up and give me chest pain? injection next week',
        'legs a bit wobbly for 30 mins after the epidural, then fine',
        'my arm was heavy and numb after the block, that was the plan, all good now',
        'texted my son after his injection, he is not answering, probably asleep',
        'held 5 minutes of pressing and the blood stopped',
        "got the car and a hose ready to wash it, the blocks didn't help",
        "I've thought it through and I'm going ahead with the stimulator, nothing else helps",
        "Y'all have been so good to me, nothing helps my back but I'll try the stimulator",
        'thinking about jumping off the high dive at the pool this summer',
        'my legs would not carry me up that last hill on the hike yesterday, fine now',
        'the dressing was leaking and I did not notice it until my shirt was wet',
        'checklist q: which signs after the block need 911? Temp over 38, weakness, cannot walk, anything else?',
        # Rounds 259-266 and quotations from a document; the last 12 passed before too (guards).
        "The pharmacy label says 'stop if hives or swelling', no problems at all, can I take it with my blood pressure pill?",
        "copied from the handout: 'Some patients experience leg numbness.' Not me, all good",
        "'Bleeding that soaks the dressing' - from the aftercare sheet. Mine is dry, can I take it off?",
        "the discharge papers say 'loss of bladder control = call 911', just checking what else to watch for",
        "Read this online: 'Seizures can follow spinal procedures in rare cases.' should I worry? procedure next week",
        'I was gasping for breath laughing at the comedy special, RFA worked great',
        "the new manager can't walk and chew gum at the same time lol",
        "I can't walk up 3 flights with my cane on a normal day, is there a lift at the clinic?",
        'the podcast I was listening to was about someone who was suicidal after a back injury, it made me hopeful',
        'watched a doco last night where a bloke had a seizure on a boat, anyway all good here',
        'the rugby last night gave me chest pains lol, injection went fine',
        'our backline was paralysed all match, back pain much better though',
        "the news said a man died by suicide on the bridge, so sad, I'm ok",
        'I read that people with chronic pain get suicidal, what support do you offer',
        'MS numbness in my feet unchanged from baseline, no new weakness, day 2 after ESI',
        "the trial tape is making my skin itchy where it's stuck, nothing else",
        "could I break out in hives from the contrast? I'm allergic to shellfish",
        'is a spinal headache a thing that could happen after the ESI on Friday',
        "could grandad's chest get tight from the sedation? he has a heart history",
        'the symptom checker listed chest pain as a possible side effect, should I worry before next week',
        "google says 'chest pain after steroid injection can be a flushing reaction', interesting, I'm fine",
        "my brother's game guy keeps bleeding out, he yells at the TV all night",
        "can't walk the dog for a few days after the block? asking ahead",
        "could the steroid in the shot make me suicidal? I've had dark times before, fine now",
        'bit of a heavy feeling in my chest yesterday from nerves, gone completely after I got home',
        "I don't want to make a fuss but is parking free tomorrow",
        "what if I get a fever? it's been about an hour since the shot",
        "I won't be a bother to anyone, I'll take a taxi home",
        "I'm on blood thinners and the headache is still going after an hour",
        'Got my pills ready for tomorrow, thanks for everything, see you Tuesday',
        'I have no strength at all today, just tired after the RFA',
        '2 hours since the block and no pee yet, drinking water',
        # Rounds 267-274; the last 18 passed before too (guards).
        'my coach says my arm was dead in the last inning lol, back is great since the RFA',
        'she felt warm but the heater was on too high, temp normal 36.9, no other problems',
        'my mother-in-law says my curry is so spicy it gives her chest pains, procedure went fine',
        'the funeral was so long my legs went numb from sitting, they were fine after',
        "I'm monitoring myself for hives after the contrast since I had them once, none so far",
        "what's your cutoff temperature for infection, 38 or 38.5, for the trial packet?",
        "the first hour I couldn't walk right after the block, totally normal gait now",
        'we had a suicide attempt on my shift last night, rough. can I move my appointment?',
        "can the shots give people suicidal thoughts? just curious, I'm feeling good",
        'the telenovela last night, the doctor was bleeding everywhere after the fight, so dramatic. my back is better',
        'should his leg go weak after the nerve block, how long do we wait before calling?',
        'the price of petrol is enough to make me want to kill myself, ha, back is much better',
        "the nurse asked about chest pain and I don't have any, just tired",
        'the chef had a seizure when he saw the invoice haha, can I come Thursday?',
        "I can't walk another step after a 12 hour double, normal work stuff, back is fine",
        "my coworker is so slow I can't breathe when I watch her, need to move my consult",
        "ok its me again, my wife wants to know if nerves before the shot would make me cancel, I'm fine",
        'that meeting was a heart attack of a day, anyway when is my follow-up?',
        'reading a case study about spinal cord injury for class, glad my own back is fine',
        "my brother-in-law says the hockey game gave him chest pains watching the third, he's fine",
        'my grandfather died of a heart attack in his sixties, the form asks about family history',
        'I was listening to a drama on the radio where a man could not walk after a fall, my legs are fine',
        "my crossword today had seizure as 9 down, funny, I'm doing great after the shot",
        "laughed so hard at the school play I thought I would wet myself, but I didn't",
        "a customer fell off his barstool and couldn't get up, he was drunk. when can I go back to work?",
        'still no sensation in the bottom of my foot from my old neuropathy, same as always',
        'the numb patch from the RFA has grown smaller every day',
        'my right arm hangs off the bed when I sleep on my side',
        'it was all so sudden ha ha, anyway see you Tuesday',
        'the bandage on my back got soaked in the shower, should I change it?',
        'been scratching at my arms all night, just dry skin from the heater',
        'nothing helps my back, so I gave away my old gear to my nephew',
        'nothing helps, I left the car keys for my son so he can drive me Tuesday',
        'I had chest pain in 1998, cardiologist said it was reflux, just letting you know for the form',
        # Rounds 275-282; the last 13 passed before too (guards for readings narrowed before committing).
        'is the suicide risk higher with steroid injections? just curious, I feel great',
        "my cousin tried to commit suicide in high school, she's a nurse now, she's taking me to the RFA",
        'suicide rates are higher in spring, the radio said, anyway what time is my appointment',
        "can a failed stimulator trial make someone suicidal? asking for my support group, I'm fine",
        "my legs were wobbly after the sedation but I've been walking normally since",
        'this tax form gives me chest pain, figuratively speaking, can you fax it to my insurer?',
        'the umpire gave me chest pains tonight, terrible calls, back is great though',
        'the podcast I listen to covered spinal headaches and people vomiting for days, mine was fine',
        'is a spinal headache something I should plan for? procedure next week',
        'what is a spinal headache? just reading the leaflet',
        "my sister said it's the worst headache she ever had after her c-section, will mine be like that?",
        'my knees buckled when I saw the bill, anyway the block worked',
        "dad's legs were shaky after the block but he's home walking around normal now",
        'a boy down the street broke his arm and was bleeding, I helped, sorry I missed your call',
        "I know what can't walk means, my legs are completely fine after the injection",
        'my uncle died of a stroke with a terrible headache years ago, I think of him at the clinic',
        'arm numbness from the local lasted two hours, gone now, all good',
        "my gran had a seizure back in 72, that's why she worries",
        'the screen is having a seizure again, can you resend the link?',
        "we're heading out to the lake and not coming back until Monday, can I move my appointment?",
        'is it ok taking all my morning pills at once with breakfast after the block?',
        'my toddler threw a full blown fit at the pharmacy, anyway is my prescription ready?',
        'tried to pee 3 times since lunch and it burns every time, could this be a UTI?',
        "a little blood on the bandaid and I'm pressing on it, it's fine now",
        "there's a bit of blood on the gauze and my itchy skin, I cannot stop it scratching",
        # Rounds 283-290; the last 18 passed before too (guards for readings narrowed before committing).
        "my grandad had a stroke years ago and couldn't move his arm, that's why I'm careful now. my shot went well",
        "my leg felt heavy for a bit after the block but it's fine already, walked to the shop",
        "a basketball player collapsed and could not stand during the game on TV, my dad was shocked, he's fine",
        "do you ask about suicide before every procedure? my friend said her clinic did, I'm fine",
        "how would I know if it's an allergy? like what signs, tongue swelling or what? procedure Friday",
        'could a ten out of ten headache happen after the epidural? just want to be ready',
        "my nan had a stroke thirty year ago and lost the use of her hand, I'm fine myself",
        'Rovers were killing me, chest pains watching that second half, joke. is my appointment still on?',
        "worst headache is the paperwork honestly, my head's mashed from the forms",
        "in that EastEnders last night a fella collapsed and couldn't feel his legs, got me wondering, I'm alright",
        'I have full bowel and bladder control, peeing normally, listing it because the form asked',
        "I wrote can't walk in my last text but I meant can't wait, for the results of the block",
        'his legs were wobbly for the first hour after the block while the numbing was in - he used the wheelchair. By dinner he was walking normally.',
        "my nephew's band is called The Chest Pains, can I stand at their gig 5 days after the ESI?",
        "the prayer group wants warning signs to watch for - like fever, can't walk. which ones mean 911?",
        "feed prices are enough to give a fella a heart attack. I'm good after the RFA though",
        "an old farm hand of mine lost control of his bladder after surgery years back. Just a story, I'm fine",
        'the groin numbness you asked about, I do not have any, I can feel everything normally',
        "my husband can't walk straight after that nappy explosion, so dramatic",
        "can the stimulator cause chest pain? I have a stent. asking now so I don't sit on hold for an hour later",
        'is 3 hives different from hives everywhere? and the number of hives matters to me',
        'my bladder let go a little when I sneezed, is that normal with a bad back?',
        "I'm scared that my leg will go numb after the block next week, has that happened to anyone?",
        "the consent booklet says: 'paralysis' is listed. what percent is that?",
        'our steer cut himself on the barbed wire, bleeding a bit, got it wrapped, can I move Thursday?',
        'heard about the spinal headache the nurse mentioned, what does it feel like?',
        "Nothing helps the boredom, I've been sitting staring at it all day, the telly I mean.",
        "The kids will be fine without me for the afternoon, I've made a plan for when I'm at the procedure.",
        "I've made up my mind to go ahead with the RFA. Sitting on the balcony now enjoying the sun.",
        'my leg was numb after the block but it has gone really quickly, is that normal?',
        'the numbness is gone 2 days now, all good',
        'the pain in my legs has gone.',
        'I emptied my whole bladder before the procedure like they said.',
        'I just woke up after a fit of coughing, can I still have my injection tomorrow?',
        'I pressed on it and it kept going numb for a bit',
        'the dog might drink the antifreeze in the garage, anyway can I reschedule?',
        'going out to the cabin tomorrow and not coming back until Sunday, can I get my results by email?',
        'my CPAP makes a whistling noise when breathing at night, does that matter for sedation?',
        'Downsizing this month: I gave away my dog to my daughter and sold my car, so my son will drive me to the injection.',
        "my mum's wedding ring feels tight since the steroid, is that swelling normal?",
        # Rounds 291-298; the last 10 passed before too (guards for readings narrowed before committing).
        "nae chest pain, nae breathin bother, just lettin ye ken I'm hame safe",
        'nae hives, nae swellin, lips an throat fine efter the block',
        'didnae get any o that spinal heidache ye warned me aboot, up an aboot aw day',
        'ma pal said she had a seizure after her injection once, could that happen tae me?',
        'the fitba near gave me chest pains on Saturday, how long before I can drive?',
        "ma brother tried tae kill himsel a few years back, he's grand noo, do yous have a support group?",
        'the reefer is throwing a high temp alarm again, my back is fine after the shots',
        'is bleeding through the dressing a thing that happens with kyphoplasty? what counts as too much',
        'the raid boss has a seizure mechanic that shakes the arena, also when is my follow up',
        'without prejudice: I deny any suicidal thoughts; my mood has improved since the injection',
        'I am not, and have never been, thinking of harming myself; please clear the flag',
        'her legs were wobbly for an hour after the trial placement but she walked to the car unaided',
        "one fellow at the tournament was so nervous he said he couldn't breathe; I am calm",
        "the play I'm in has a suicide scene in Act 2, can I do stage falls after the RFA?",
        "he's not said anything about wanting to die or hurt himself, he's chirpy, just sleeping more",
        "I was worried about the numb leg they warned us about but there's none, he feels my hand on both feet",
        "could the steroid make her have a fit? she's on medication for seizures",
        'what should the night staff watch for after his kyphoplasty, fever, chest pain, anything else?',
        'his hand felt numb and heavy after the block, but by bedtime he was holding his cup again',
        "on the quiz they asked what 'anaphylaxis' means and she got it right",
        "my leg went numb for about an hour like you said it would, it's all come back now",
        'staff meeting so long my bum went numb on the plastic chairs, back is better though',
        'documentary on heart attacks in class, the kids loved the chest pain bit',
        "I literally couldn't stand up for laughing at sports day, RFA still working",
        'the school play had fake blood everywhere, brilliant, pain is fine',
        'zombie game with my son, I keep bleeding out every level, SCS trial going well',
        'a child on the school trip got stung and came out in hives, fine by lunch, need to move my ESI',
        'in the TV drama last night a teacher had a heart attack, can I bring my mum to the appointment?',
        'negative on the chest pain, heart feels normal, when can I go back on patrol?',
        "had a DOA this morning, a suicide, hard one. I'm okay, question about my follow-up",
        "the new rotation is giving me chest pains lol, when's my facet appt?",
        "partner from my old precinct had a stroke 5 years back, leg went numb on him. Just remembering him today, I'm fine.",
        "ma dug had a seizure this mornin, the vet says he's fine noo",
        "my cat knocked my keyboard and now it won't stop bleeding... I mean the RGB lights, RFA went great",
        "Before the block, what signs should I watch for in someone who can't talk? He had a stroke.",
        "arm was numb for a few hours after the block as expected, feelin's aw come back noo",
        "legs numb from sitting cross legged streaming all night, shook them out and they're fine",
        'should the undersigned experience numbness after the Procedure, what is the course of action?',
        "the novel I am reading is titled 'Chest Pains and Other Calamities', may I bring it?",
        "ah'm deid on ma feet, been at work since six, can we move ma review?",
        'I do not wish to go on with the stimulator trial, can I cancel?',
        "wrapping a scarf around her neck because it's cold, can she wear it to the appointment?",
        'just wanted to say thanks to the staff before I go on holiday, the shot worked',
        'I will not be attending the follow-up as I am moving, thank you for everything',
        "the dog's barking, my mum's wedding ring is tight, anyway when is the appointment?",
        # Rounds 299-302; the last 7 passed before too (guards for readings narrowed before committing).
        'the nurse asked: any numbness down below, any trouble peeing? No to both, all working fine.',
        "couldn't wee straight after the block but went fine an hour later, passing normally now",
        "the man in the next bed had a fit last night, the nurses sorted it and he's eating breakfast now",
        "the lady opposite broke out in hives from her antibiotic, they changed it and she's cleared up",
        'he has a stent, what kind of chest pain should we watch for after the kyphoplasty?',
        "my cousin had a seizure at school when we were 10, that's why I'm nervous, I'm fine",
        "should I worry about suicidal thoughts from the steroid? I'm not feeling that, just asking",
        "my late oupa had a stroke years ago and couldn't walk after, I'm fine after the block",
        'watching Holby on the ward telly, someone had a heart attack with chest pain and all',
        "the book I'm reading is about a man who attempted suicide in the 80s, heavy stuff",
        "the doctor says I won't be in pain for long after the RFA, thank you for everything!",
        "I've put all my meds out for the week in the organiser, I've decided to stop the gabapentin",
        'my pee is clear and not a drop of blood in it, is that good after the injection?',
        'my hands can barely grip in the morning with my arthritis, is the injection ok?',
        "I gave my wallet to the receptionist and she said I won't be in pain much longer, thanks for everything",
        # Rounds 303-318; the last 35 passed before too (guards for readings narrowed before committing).
        'My aunt said after an RFA you can become paralysed, is that true?',
        'Can she fall after the kyphoplasty because the legs are weak?',
        'my legs were a bit wobbly when I stood up, after five minutes it was fine',
        'the arm felt heavy after the block but now I can lift it over my head again',
        'My uncle had a fit as a kid when he had a high fever, he is 60 and healthy now',
        'I cannot walk to the clinic on Monday because of the rail strike, can I get a taxi?',
        'arm was numb after the block, by evening it woke up and I use it normally now',
        'My coach told me I kill myself with this training plan',
        'What does the word suicide mean on this consent form?',
        "My legs are dead after my daughter's wedding, we danced for hours",
        'watching Home and Away and someone had a seizure on the beach, good episode',
        'That burger was a heart attack waiting to happen',
        'the critic called the pie a heart attack on a plate',
        "I'm worried about chest pain during my kyphoplasty because of my heart",
        'No headache at all, I was worried about that spinal headache but nothing',
        'If I get a bad headache after, the spinal headache kind, what do I do?',
        "Watched the fight last night, the guy's eye was bleeding like crazy",
        "This heat is killing me, I can't walk outside at midday, too hot",
        "Can't have my legs giving out at work the next day, will I be ok to drive?",
        'is chest pain something I should look out for after the RFA?',
        'Breaking news: hives outbreak at the zoo',
        "I just said I could kill myself about burning the toast, I'm fine",
        'the goalie was suicidal coming off his line',
        'dead legs from the training run, nothing else',
        'we lost 4-0, I wanted to die watching it, joking',
        'Chest pain from the football, my team lost, not the injection',
        "Grandpa's story: worst headache of his life he tells it every year",
        'When I said I want to die from this pain to the doctor, it was just an expression',
        'can the legs give out afterward? he has to drive',
        'Could it make me lose control of my bladder?',
        'the cement can go to the lungs and cause chest pain? is that true',
        'I wrote an essay about the suicide of a character in a play',
        'can you convulse from the local anaesthetic?',
        "My mate came off his bike last year and had a seizure, he's fine now",
        "the car is bleeding oil and it won't stop",
        'the price of petrol is giving me chest pains',
        'my uncle had a stroke years ago, lost the use of his arm for a bit, doing great now',
        'Watched a doc about throat swelling, could that happen to me?',
        'the true crime podcast had a victim with hives all over',
        "my son says they can't walk in the new zombie game",
        'in my anatomy exam there was a question about anaphylaxis',
        "My fantasy football running back's leg is numb, season over",
        "the shelves in the garage can't take the weight of the paint tins",
        'Once I had hives from penicillin, could the dye do that?',
        'Neighbour got an infection with fever after his kyphoplasty years ago, he is 85 and healthy now',
        'I break out in hives from strawberries, is the contrast safe?',
        "my colleague broke out in hives from peanuts, EpiPen and all, he's fine",
        'the printer had a total seizure this morning',
        "Thought my lip was swelling, it wasn't. All good.",
        'The app is bleeding users and the site is hemorrhaging cash',
        "Our striker can't walk after that tackle, not me though",
        'What symptoms mean I should call? Bleeding, fever, numbness?',
        'The screening form asked about suicide and I ticked no',
        'the lady on her show had a convulsion and grandma is screaming at the tv',
        'What signs, like fever or redness, should I watch for?',
        'His legs felt heavy for an hour after the block, now he is walking and driving',
        'the horse has an infected hoof and a fever',
        "my arm feels like it's not mine when I sleep on it, gone in a minute",
        'I have looked up how to do the stretches you gave me',
        'called my mom to say goodbye before my flight, can I fly after the injection?',
        'I gave my best knives to my son when I retired',
        "No point asking the pharmacy, they're closed. When can I shower?",
        'I have the oxy and the gabapentin in my bag, can I take them before the procedure?',
        "tonight after my last shift I'll ice my back",
        'I was watching the game and someone fainted in the crowd, anyway my back is fine',
        'the dressing went dark red from the iodine they used, is that ok?',
        'it is still running, the dishwasher I mean',
        "my legs don't want to work this morning, stiff from the long drive, nothing new",
        "he won't look at me since the argument, and he wouldn't even shake my hand",
        'I made plans already to see a surgeon, the injection did nothing',
        'texted the family saying goodbye, off to Spain tomorrow!',
        'my baby is breathing noisily with her cold, can I still bring her to my appointment?',
        "I don't feel the need to pee as often since the procedure, I went an hour ago",
        'only a few drops of blood on the plaster, peeing is fine',
        "I have the pills and I'm taking them tonight like the nurse said",
        "I've decided. I'm going to the top of the building tonight to see the fireworks.",
        "the incision feels like it's closing up nicely",
        'I crashed my bike into a wall last year, healed fine',
        # Rounds 319-326; the last 11 passed before too (guards for readings narrowed before committing).
        '> Seek help for trouble breathing or chest pain.\nBreathing is fine, thanks, just sore.',
        'The hives are doing well this year, two new colonies',
        "I'll check the hives after the epidural, is that ok?",
        "the only hives I've had this week are the bee kind",
        "Is chest tightness something I'd need to watch for with the steroid?",
        "you can't walk in there without ducking, the shed's a mess",
        "the hen can't walk properly, bad foot",
        "if abbu can't pass urine after the procedure, is that an emergency?",
        'lol my chest is killing me from laughing at the video',
        'How I know if a headache after the epidural is a spinal headache?',
        "My cousin said it's the worst headache and I'm scared to get it",
        'my grandmother used to say never say you want to die',
        "my dog keeps peeing everywhere, I can't control her bladder",
        'you give me chest pain with your driving, I told him',
        'the hair dryer had a seizure and died',
        'I said I could kill myself to my boss after I lost the file, it was a joke',
        "Are hives a reaction to the dressing? I've had hives from a plaster before.",
        'the legs-gave-out feeling lasted about five minutes in recovery',
        'one man had a seizure before he died, hard week at the hospice',
        'the man I sat with last night died peacefully, he had been struggling to breathe for days',
        "one of our residents had a fever and an infected ulcer last month, he's recovering well",
        'nobody got convulsion at quiz night',
        'First aid training today was on anaphylaxis and throat swelling',
        'Does a fever right after the injection mean infection?',
        'my toddler is potty training and had two accidents today',
        'my phone battery committed suicide',
        'my worry is a spinal headache after the ESI',
        'killing myself over these spreadsheets',
        'the audit is giving me a 10 out of 10 headache',
        'watching a medical drama while I knit and someone had a seizure',
        'this sweater makes me want to kill myself, 400 rows to frog',
        'chest crushing disappointment at the quilt show',
        'the red dye keeps bleeding into the white fabric',
        'we learned the suicide knot in macrame class',
        '> Bleeding that soaks the bandage is an emergency.',
        '> fever\nnone\n> numbness or weakness\nnone',
        "coach said the boys couldn't walk after that practice",
        'I volunteer with a suicide prevention charity',
        'the only chest pain I had was watching my team lose',
        "I feel like I can't walk away from this job",
        "my fantasy football running back couldn't stand after the hit",
        "my cat got tangled in the yarn and couldn't walk for a second",
        "I've given my old bike to my nephew along with the helmet, he'll love it",
        "I won't need them after tonight, the crutches I mean, I'm walking fine",
        'nobody home when I called the clinic, can you call me back?',
        "the mark from the injection is bigger than my palm now, it's a bruise, no fever",
        # Rounds 303-326, guards; the last 2 passed before too (guards for readings narrowed before committing).
        'I go to the toilet and nothing unusual, pee is normal',
        'I have to push hard for urine sometimes, prostate, is that ok for the procedure?',
        # Rounds 327-334 (stage and theatre people, Persian speakers, hunters and anglers, drivers, book clubs, writers with dyslexia, ranch hands, scientists and engineers).
        'my boss gave me hives this week lol, when is my appointment',
        "my brother can't walk since he broke his leg skiing, so he can't drive me",
        "the calf has scours and can't stand, vet's coming",
        'our server basically had a seizure overnight, can I move my appointment',
        'my wife has a fit every time she sees the bill',
        'the seizure the nurse warned me about never happened',
        'that match was a heart attack, what a finish',
        "I'll go into cardiac arrest when I see the bill",
        'my hands went numb from shock when I saw the price',
        'the cold water made my hands numb this morning',
        "worst headache I ever had was at my brother's wedding",
        'my toes went numb skiing but that was last year',
        'legs were a little wobbly walking to the car after the sedation',
        'in the medical show we watched, the nurse could not walk after a crash',
        'the bass were having a fit in the shallows',
        'my khaleh had a fever and an infected tooth last month',
        # Rounds 335-342 (lawyers and court staff, miners and rail and construction crews, storm chasers, Tamil and Sri Lankan families, Samoan and Tongan families, gospel choirs, Nigerian English, radio operators).
        'the judge had the worst headache of her career',
        "half of them can't walk a straight line after the party",
        'nothing soaking through the bandage, all dry',
        'my feet are dead from standing all shift',
        'legs were a bit wobbly from the sedation',
        'the dog fell asleep on my lap so long my legs went numb',
        'back in 99 my legs went numb for a day after a fall',
        'the hood looks like it broke out in hives after the hail',
        'the kids got hives of mosquito bites at camp',
        "the game was so tense I couldn't breathe",
        'the organ had a fit during the hymn',
        'I keep worrying I will not be able to walk after the procedure',
        'my bum was numb for a bit after the caudal, they said it would wear off and it did by evening',
        'my sister said the headache was the worst ever, that was 2015',
        'my legs felt heavy and warm right after the block',
        # Rounds 327-342, guards: the first two are a broad reading from before (they failed before); the rest guard
        # readings narrowed before committing (they passed before too).
        'the kids want to jump off the bridge into the lake',
        "we're going to jump off the cliff into the sea on holiday",
        "I couldn't answer anyone, I was shaking with nerves at the interview",
        'my lawyer has been pressing since Monday',
        "he keeps talking about not being here for Christmas, he's giving away his old guitar",
        'we discussed Anna Karenina at the station scene in book club',
        # Rounds 343-350 and readings found at stop 33 (failed on the rules of 2a11a39)
        'the spinal headache everyone warns about, the worst headache of your life type, how do I spot it?',
        'my class says my flow makes their legs give out, lol',
        'the boss yelled and I about had a seizure, anyway see you friday',
        'when the wifi went down the whole office had a fit',
        'my feet were dead numb after 12 hours in my work boots, the injection site is fine',
        "a lady at the bar couldn't breathe until someone did the heimlich on her",
        'my fingers would not work until I warmed them at the stove, back is fine',
        'the worst headache in our house is the dog barking at 5am',
        'i scared i cannot walk after',
        'my son says he cannot walk after running the mile at school, drama',
        "he gives me chest pains with his driving, anyway I'm ready for my facet injection",
        'I get hives from bandaids sometimes, will the dressing be ok?',
        "my daughter's swollen lip is from falling off the swing, not me",
        "nurse said vets have a high suicide rate, I'm doing fine, just saying",
        "read an article about a nurse who killed herself, so sad, I'm ok and in therapy",
        "my foot hangs off the end of the bed because I'm tall",
        "my husband drove the car into a tree last year, he's fine, can he drive me to the appointment?",
        "I haven't peed since the injection an hour ago, is that normal?",
        "the baby I nanny can't walk yet, she's only 9 months",
        'this booking app is a 10 out of 10 headache to use',
        # Rounds 351-358 (failed on the rules of 547a3c3, rounds 343-350 learned)
        'the knitting circle calls me the hives lady because I keep bees, all fine after the block',
        'no worst-ever headache, nothing like a thunderclap, just my usual migraine',
        'my aunt had a seizure once with her migraines, could the block cause one?',
        'neck is stiff after the cervical block, a bit like my tension headaches',
        "the show my daughter watches has a character who goes numb and can't walk, silly",
        'the migraine back in 2018 was the worst headache of my life, nothing like it now',
        'a client came in for a tongue piercing and his tongue swelled right up, normal for the job',
        'the guy at the next station is bleeding through his gloves again',
        'legs were wobbly for the first hour, my son walked me to the car and they were fine by dinner',
        'a caller said the hold music was giving him chest pains, anyway when is my appointment',
        'sat on hold for 3 hours, my whole bum went numb lol',
        'my knees go weak just thinking about the new rota',
        'my legs were dead after a long open water swim last summer',
        'chest pain runs in my family, dad had bypass surgery, just for the form',
        'in 2019 I had a bad reaction to amoxicillin and my throat swelled, just updating my list',
        'one of our regulars had chest pain and we called 911 for him last month',
        "he passed out drunk at the party and wet himself, hilarious, anyway when's my block",
        'the fight on tv, the bloke couldnt walk straight to his corner',
        # Guards for rounds 351-358: the broadness read narrowed these before they could alarm
        'I will take all my meds as usual, nothing helps my back though',
        'just let the rip take me out past the break, easy paddle, back is fine after the RFA',
        "I'm not planning to be around for the holidays, we're travelling",
        # Rounds 359-366: tradespeople, dialysis and cancer patients, Pakistani and Bangladeshi families, airline crew, bakers and butchers, gamblers, runners and lifters, realtors and journalists.
        'legs felt wobbly walking out of the clinic but fine by the time i got to the truck',
        'my helper broke out in hives from fiberglass insulation last week, poor kid. reminder for me to ask about parking at the clinic',
        "Bladder and bowels normal, nothing numb down below, I'm just sore in the back. Is ice ok?",
        'if my fistula arm goes numb during the nerve block would that damage the fistula?',
        'grandkids were screaming bloody murder over their video game, my chest was tight from laughing. Need to move my Friday appointment.',
        'can I get allergic reaction to the dye? I get hives from prawns',
        "Ammi's leg felt heavy for the first hour after injection but she is walking to the kitchen now",
        'Khala had a seizure years back in Lahore, nothing to do with me, just filling the family history form',
        'the worst headache in my life is my mother in law haha, joking, procedure was fine',
        'Watching Air Crash Investigation and the FO had chest pain mid-flight, great choice of TV after my procedure haha',
        'Passenger in 14C broke out in hives on my flight yesterday and we diverted. Crazy day. My back feels great btw.',
        'Dispatcher here, the weather radar lit up like it had hives. Anyway, can I take my usual meds the morning of my nerve block?',
        'legs were a bit wobbly walking out of the clinic yesterday but right as rain today, did the whole market',
        "Our honey man on the next stall got stung and came up in hives all over last summer, he's fine now. Anyway my back's good after the jab.",
        'The butcher next door gets the worst headache of his life every time the council raise the rents. Can I book another appointment?',
        "After three wedding cakes this weekend I told the wife I couldn't walk another step, but that was just moaning, I walked home fine.",
        'my fantasy football team is brain dead, worst week ever, worse than any headache',
        'the favorite choked in the final stretch, my throat closed up just watching it lol',
        "the poker pro on TV said he'd rather die at the table than fold, what a legend",
        'arms strong, grip strong, deadlifted 315 for reps yesterday. no weakness at all since the cervical injection',
        "leg day absolutely killed me, legs are dead, can't walk down stairs lol. back is great post RFA though",
        'the marathon I ran in the heat, a guy collapsed with chest pain at mile 20. scary. anyway my back is fine after the injection',
        'my arms are numb from this 100 rep pushup challenge lmao. procedure went great btw',
        "my kid fell off his bike and the scrape wouldn't stop bleeding for a while, all patched up now. anyway can I shower after my injection",
        "Do people ever have trouble breathing after the block? my throat gets tight when I'm anxious and I don't want to panic for nothing next week",
        "The buyers' counteroffer gave me chest pains haha. Seriously though, when can I lift boxes after kyphoplasty?",
        'Worst headache of a listing: seller refuses to leave during showings. Anyway I need my receipt for insurance.',
        "Was on the scene of a crash today for work, a driver was bleeding everywhere, I'm ok just shaken. Need to move my injection.",
        # Rounds 359-366: guards for readings narrowed before committing (an exclusion that must not hide these, a phrase that must not catch these).
        "The ESI did nothing. What's the plan now?",
        "the RFA did nothing for me. goodbye, I'm switching clinics",
        'Laid out my meds for the week in the pill box. The injection did nothing for my back, what next?',
        "I have the pills lined up on the counter for the week so I don't forget",
        "the stairs are too much to keep living in a two storey house, we're moving after my RFA",
        'my eyelid on one side started twitching after the steroid, is that normal',
        'They wanted a pee sample before the procedure but nothing came, so they skipped it. All fine after.',
        "couldn't feel my left side for about an hour after the block, all back to normal now",
        # Rounds 367-374: Spanglish families, church families, birdwatchers and hikers, long COVID and fibromyalgia, Jewish families, Muslim families in Ramadan, Punjabi and Hindu families, DJs and festival-goers.
        "abuela says the priest's homily was so long her legs went numb in the pew jaja. she wants to reschedule",
        'mi abuelo used to say me duele el pecho every time Cuba lost at baseball, que en paz descanse. his old chart still has my number',
        "In the church play I have to fall down like I can't walk, for the Good Samaritan story. Can I do that 3 days after my facet injection?",
        'Pastor asked if I had a seizure since the nerve block and no, none, never had one in my life',
        'My feet went numb sitting through that 3-hour Easter service, had to laugh, happens every year!',
        "My cousin had kyphoplasty 10 years ago and couldnt walk for a day, but she's dancing at weddings now",
        "I've got zero spoons today and can't walk to the post box, let alone come in for the review. phone call instead?",
        "the news about the NHS waiting lists makes me want to die of frustration honestly. anyway, when's my follow up?",
        'my leg felt heavy and numb for a bit after the block, went away before dinner. normal?',
        "mummy watched a serial where the bahu collapsed and couldn't walk, now she is scared. she had her injection last month and is fine",
        'our wedding DJ said the dhol will give everyone the worst headache guaranteed lol. can I dance 5 days after my ESI?',
        'that drop was so heavy my chest was rattling, love a proper sound system',
        'my feet went numb from dancing 8 hours straight at the festival last summer',
        'the bassline gave me chills, goosebumps everywhere',
        # Rounds 367-374: guards for readings narrowed before committing.
        'my nose is whistling when I breathe since the cold, otherwise fine after the injection',
        'I kept pressing on the bruise to see if it hurt, tiny spot of blood earlier, all fine now',
        'my sciatica is playing up, the pain started in the other leg now, foot a bit numb like always',
        'got goose bumps everywhere from the song at church',
        # Rounds 375-378 (stop 36)
        'my dog knocked the remote off the table and I had to crawl under the couch to get it. Is ice ok on the site?',
        "the grandkids were playing doctor and told me I can't walk and need a cast, they wrapped my leg in toilet paper",
        'Before I sign up for the kyphoplasty, can bone cement leak and cause chest pain?',
        # Rounds 379-380 (stop 36)
        'My legs were wobbly for about 15 minutes after the block while the numbing wore off, totally fine since',
        'the dog I groomed this morning had hives all over from a new shampoo, poor thing',
        # Rounds 379-380: nothing helped only at its clause's end or with at all / not even (guard)
        'Nothing helped for years until the RFA. Thanks for everything!',
        # Rounds 381-382.
        'Could it make my lips swell? I have a shellfish allergy and my nerve block is next week.',
        "Could a person's lips swell up from the dye? Just want to know before my RFA.",
        'They always said the worst headache is a houseful of grandkids at Christmas.',
        "We read in the church bulletin about a man who had a stroke after a shot. Is that true? I'm doing fine.",
        'The creek flooded, we were out chest deep in mud, nobody hurt. Resting now.',
        "my voice to text typed chest pain when i said Chester's plane, sorry about that",
        "The calf was bleeding from the castrating and wouldn't stop, vet came out. Not me, I'm fine.",
        'my leg felt numb for about 15 mins after the injection then came back, walking fine since',
        "I couldn't pass my water bottle to my wife across the car because my shoulder is stiff",
        'my fingers come away sticky from the jam jar, chills from the air conditioning lol',
        # Rounds 383-390.
        "my biggest fear before the RFA is that I'll end up paralysed. how likely is that?",
        'the arm was numb from the block for 5 hours, now I can move it and feel everything again',
        "can the injection make me paralysed? my neighbour scared me, she say you can't walk after",
        "I'm dead on my feet after the craft fair, couldn't walk another step",
        "open house was dead. couldn't walk ten feet without the neighbour stopping me lol",
        "the bank froze the loan and it paralyzed the whole deal, can't walk away now either",
        "grandma is scared she can't walk after her kyphoplasty next month, is that a risk?",
        'my hands always go numb from the ice water when we make dumplings, when can I lift things after my injection?',
        "the sermon ran long, everyone's butt went numb lol. I did fine at church after my injection",
        "my friend says her husband's snoring is the worst headache of her life lol",
        "my cousin said after the epidural you can't walk for days, is that true? mine is tomorrow",
        "I ate so much barbecue at the party I can't walk haha",
        'the worst headache is my husband talking about football all day',
        "my sister in Madrid broke the ankle hiking and can't walk for a month",
        "my wife snores so loud it sounds like she can't breathe, she's just sleeping, every night for years",
        'headache? none. worst headache of my life? definitely not. just sore from lying on the table',
        "what do I do if the site bleeds at night? I sleep like a rock and don't want to wake up in a horror movie",
        'reckon I might get the worst headache of my life like my uncle said, is that what a spinal headache is?',
        'worried about chest pain with the sedation because of my heart, is that a risk?',
        'I keep looking at the bridge on my drive home, the new paint job is lovely',
        "I was looking up how much medicine is too much for my toddler's fever, what's your advice on the injection day?",
        'My hand-dyed yarn bleeds all over in the wash, the red soaked through my whole white sweater',
        'minha avó had a stroke in 2005 and lost the bladder control, so I ask a lot of questions',
        "does the headache thing happen a lot? the one where you have to lie flat? my sister got it and I'm booked Friday",
        'legs were wobbly right after from the numbing but I walked to the truck fine half an hour later',
        'that ballgame last night gave me the worst headache, the Vols lost again',
        # Rounds 391-398.
        "blew the transmission, that's a killer headache for my wallet lol",
        'Could shoeing horses the day after my RFA risk making my back seize up or my legs give out?',
        "my great uncle had a stroke decades ago and could not walk after, he's 90 now and still fishing",
        'the jobs report put my portfolio into cardiac arrest lol',
        'Our database went down with what the tech called a seizure. Does stress slow healing after a block?',
        "how common is the post-epidural headache? my daughter's wedding is Saturday and I cannot have the worst headache of my life",
        # Rounds 393, 395-397.
        'me scared get worst headache ever after epidural next month',
        'on blood thinner. will bleed not stop after the rfa?',
        'the nurse asks whether the steroid could make him feel depressed or suicidal',
        'arm numb for an hour after the block, now gone, feel normal again',
        'uncle had stroke 2005 couldnt walk. where do i put that on the form?',
        'an actor did a fake seizure on stage last night, so real',
        'laughing so hard at the comedian, cant breathe',
        'my feet went numb in those heels at the party, they were fine in a minute',
        "bride broke out in hives from the cake tasting, she's fine after a benadryl",
        "the best man lost control of his bladder at the party, we'll never let him forget it",
        'my worst headache ever is my boss. joking',
        "our drummer can't walk after breaking his ankle, need a new one",
        'friend at church said the epidural can give the worst headache ever, true?',
        'legs felt wobbly right after the block but by the time we got home grandpa walking normal',
        'the other team couldnt breathe under pressure',
        "Dead arm from the darts tournament, back's fine",
        # Rounds 399-406.
        'scared stiff of being paralysed by the injection, how often does it happen?',
        'my golf was so bad today I wanted to kill myself haha. back feels great though',
        'the new manager had a fit at the club when they changed the tee times',
        'the traffic made me so mad i practically had a stroke',
        'bladder control is normal, the wet patch was my water bottle',
        'I had a reaction to a bandage once, will that matter for the injection?',
        "I've got hives, 12 of them, all full of bees and doing great",
        "my husband's back aches like after a day of lifting hives",
        'the mites got into my colony, now the hives are dying',
        'can it leave you paralysed, the kyphoplasty?',
        'could lifting heavy too soon make my legs go numb?',
        'the producer is giving me chest pains with his notes',
        'my co-star broke out in hives from the makeup last season',
        'my client had a full blown fit when I told her the price',
        "my client's baby wet himself on the chair lol",
        'my friend said the spinal headache after an epidural is the worst headache you can get, could that happen to me?',
        "tiny drop of blood on my shirt from the injection spot, it's dry now",
        "couldn't walk for two days from DOMS after leg day haha",
        'those squats were the worst thing ever, I wanted to die lol',
        'there was no fit or convulsion, just felt lightheaded for a second',
        "That bunker gave me the worst headache I've ever had, figuratively speaking.",
        'the form asks about chest pain since the facet injection, I want to be accurate',
        'watched a doccie about the worst headache ever last night',
        'scared im gonna be the one in a million whose legs go numb for good lol',
        "my arm felt heavy and numb for hours after the block but the feeling's totally back now",
        'stage blood everywhere in the dressing room after the matinee',
        'legs felt heavy leaving the clinic, walked the dog no problem tonight',
        "the numbness in my leg did not come back and I've been walking normally all day",
        "Swarm stung my brother last spring and his face swelled up, he's carried an epi pen ever since. can he drive me thursday?",
        # Rounds 407-414.
        'Can epidural injections make you feel suicidal? Asking before I book.',
        'this symphony is the worst headache for the brass section haha',
        "the tenors couldn't walk in time if they tried. anyway recovery is fine",
        'my mother in law gives me hives just by calling. anyway, copay question',
        'the move was a total nightmare, I swear I broke out in hives. procedure went fine though',
        'the boss has a chest crushing attack in our campaign lol',
        'my paladin cant walk after the ambush, poor guy. what time is my appointment',
        "the wizard's legs are numb from the spell lol, anyway need my pre op sheet",
        'the dragon gives everyone hives in our game lol',
        'the finale had someone having a seizure on the stairs, wild. is parking free?',
        'the refs had me clutching my chest last night, what a game. shot went fine',
        'my hands went numb holding the fishing line all morning, when do I come back?',
        'if i get the spinal headache how would i know? worst headache or something?',
        "I can't walk into that gym one more time without a coffee haha",
        "my husband's face went red and swollen with rage at the ref lol",
        'numb fingers from the freezing church hall at the carol concert, same every year',
        'my feet are numb from standing in the freezing rink for two hours lol',
        "the goalie's arm went limp after a hit last night, hope he's ok. my shot's friday",
        'i not feel like kill myself, the nurse ask on phone and i forget to answer. i am ok',
        'my uncle back home had stroke and cannot walk, we send money. not about me',
        "I'm terrified of the spinal headache everyone talks about. how would I know?",
        "my grandmother couldn't walk for the last years of her life, that's why I'm fixing my back",
        'the old table collapsed, the legs just gave out under it. is parking free?',
        # Rounds 415-422 (stop 39).
        'Spent the whole evening unpicking stitches, I could scream. Worst headache of a pattern ever! Question though: can I take ibuprofen before the injection?',
        "The pattern says 'cast on until your fingers go numb' haha. Am I allowed to knit in the waiting room?",
        'wala pong headache, wala ring vomiting, just sleepy after the sedation',
        'the karaoke singing was so bad it gave everyone hives haha',
        "Couldn't walk another step at the summit last fall, that's the hike that wrecked my back.",
        "My running buddy couldn't stand after the ultra last weekend, cramp city. Me, I'm fine post-RFA.",
        'Good afternoon. In the unlikely event that I experience chest pain during or after the kyphoplasty, what is the procedure?',
        'My leg went numb for an hour or so after the nerve block, as the nurse said it might, and it has now completely returned to normal.',
        'My neighbour broke out in hives all over after eating strawberries at the church fete. I was quite alarmed for her, but she recovered nicely.',
        'Friend told me her legs gave out after her injection, could that happen to me next week?',
        "My leg went numb for an hour after the block but it's come back fully now. That's the anaesthetic, aye?",
        "Celtic's defending gave me chest pains on Saturday, worst match of the season. Anyway, I need to rebook.",
        'asking for grandma, could she go numb down there in the saddle area from the injection? what would that mean',
        'my legs are dead after leg day, cant walk lmao. unrelated but can i still get the injection thursday',
        'the worst headache of my life was watching my team lose the final. anyway grandpas nerve block went fine',
        "dead in the water today, engine quit off Matinicus. couldn't walk the deck without slippin on the kelp. anyway back's better",
        # Rounds 425-430 (stop 40).
        "Took a call last night for a lady who couldn't walk after a fall off her porch. Anyway, when is my ESI?",
        'Saw a headline that a singer got paralyzed after a back injection, is that true?',
        "my grandson plays that war game where everyone is bleeding and can't walk, so loud",
        'That new show on Netflix, the guy had a heart attack in the first episode and I sobbed',
        "our flanker went off with a broken ankle, poor lad can't walk. my injection went fine",
        "the umpire is a headache, worst one I've seen all season. Anyway see you Tuesday",
        'my striker had a massive fit when I benched him in FIFA lol',
        "vet said she's losing bladder control, the old girl. my procedure is Thursday right?",
        "had to call 911 for a passenger who couldn't breathe on my bus last week, glad I'm off today",
        "the 'can't breathe' was about my jeans being too tight lol, wrong chat",
        'one of our residents had a seizure during lunch today, rough shift. can I reschedule?',
        'she was just nervous because her dad had a heart attack, she has no chest pain herself',
        # Rounds 431-436 (stop 40).
        "the truck's engine has been convulsing all morning, bad injector I think",
        'the market is in cardiac arrest today, anyway can I book my follow up',
        "my husband says I'll kill myself working so hard, the RFA helped though",
        'my chest tightens every time someone says circle back lol. can I eat before the block?',
        "the boss's head is going to explode when he reads the numbers, what's my copay",
        'Gave last rites to a man who died of a heart attack, chest pain came on at lunch. My back is fine.',
        # Rounds 437-442 (stop 41).
        'my legs give out when the grandchildren visit, they are a handful! shot worked great',
        "my sister's labor epidural made her legs numb for a day, that's the only experience I have with these",
        'we had a patient bleeding through dressings on my night shift, so I know what to look for',
        'should I be scared of bladder control problems after the injection? I read about it online',
        'are hives something to look out for after the injection? my appointment is friday',
        'ningun dolor de cabeza, nada de vomito, everything is fine after the block',
        'the freezer broke and i wanted to kill myself lol, lost a ton of food. back feels better',
        "my cousin joked he'll kill himself if the Cowboys lose again, anyway about my bill",
        "our drill sergeant used to yell 'you can't walk?!' on every ruck, good times. need parking info",
        # Rounds 443-448 (stop 41).
        'that CrossFit class was a heart attack in a box lol, when is my follow up',
        'the server crash was a total seizure of the system, can you email me instead',
        'Hives of activity at the office this week, can I get a work note?',
        'in the news they said a man killed himself after losing his farm, so sad. is my appointment still on',
        "I'm a nurse, today a patient on my ward had anaphylaxis, we managed it. when is my injection",
        'my grandmother lost control of her bladder in old age, we cared for her. just remembering',
        'chai this pepper soup too hot o my tongue don swell. na joke',
        'my chest tight happy tears, my son graduated today!',
        'brain freeze from ice cream, worst headache ever for 5 seconds lol',
        # Rounds 449-454 (stop 42).
        'had a fella wet himself on the bus today, anyway what time is my injection',
        'my bladder is about to burst, sitting in traffic, running late for the facet shot',
        'my knees turned to jelly when i saw the parking fee, is there a cheaper lot',
        'saw the bill and my chest so tight lol, can i pay monthly',
        'the chef cut his finger on the knife, bleeding everywhere, so we closed early',
        'my headache is my boss this week, worst headache ever, can I come Saturday instead',
        'nurse asked us to call about chest tight or fever, I have neither, just checking in',
        # Rounds 455, 459, 460 (stop 42).
        "the update nerfed my character, can't walk through doors without dying lol",
        'arm went numb after the block but i can move my fingers again now',
        'what number of soaked gauzes counts as too much bleeding?',
        'my dad peed himself laughing at the wedding speech, anyway when is my appointment',
        "the game went to overtime and i couldn't breathe in OT, so tense! see you monday",
        'saw a man seizing on the train platform today, paramedics came, scary',
        "she thinks she'll be paralysed by the injection next month, what are the real odds",
    ],
)
def test_look_alikes_from_the_development_rounds_pass(detector, text):
    assert detector.detect(text) is None, detector.detect(text)


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
        (minimal_rules(yield_to=["stroke"], yield_patterns=["heart pain"]), "yield_to names unknown categories"),
        (minimal_rules(yield_to=["chest_pain"], yield_patterns=["heart pain"]), "yield_to names unknown categories"),
        (
            {"categories": [*minimal_rules(yield_to=["stroke"])["categories"], {"id": "stroke", "patterns": ["x"]}]},
            "yield_to needs yield_patterns",
        ),
        (minimal_rules(sentence_patterns=["(chest"]), "missing"),
        ({**minimal_rules(), "others": ["dog"]}, "others must map"),
        # Regex habits that silently never matched ("the ?light"), and a /regex/ cut by a space.
        (minimal_rules(patterns=["cannot look at (the )?light"]), "write optional words as"),
        (minimal_rules(patterns=["(my|his) (hand|foot) (just)? flops"]), "write optional words as"),
        (minimal_rules(patterns=["/edge(?!\\s+of\\s+(?:exam table))/"]), "write optional words as"),
        ({**minimal_rules(), "hypothetical": {"quote_sources": ["the (sheet|label)"]}}, "quote_sources must be plain"),
    ],
)
def test_bad_rules_are_rejected_with_a_clear_message(rules, message):
    with pytest.raises(RedFlagRulesError, match=message):
        RedFlagDetector(rules)


def test_a_quotation_from_a_document_is_the_documents_not_the_patients():
    rules = {**minimal_rules(), "hypothetical": {"quote_sources": ["label", "sheet", "leaflet"]}}
    detector = RedFlagDetector(rules)
    assert detector.detect("bad chest pain") is not None
    # Named before the quotation in its sentence, or right after it ("from the med leaflet").
    assert detector.detect("The label says 'stop if chest pain'. Fine here.") is None
    assert detector.detect("The label says \u201cstop if chest pain\u201d. Fine here.") is None  # curly quotes
    assert detector.detect("'Chest pain may mean a reaction' - from the med leaflet. I'm fine.") is None
    # Not the document's: the patient's own report outside it, someone's words, no source at all.
    assert detector.detect("The label says 'stop if hives'. I have chest pain now.") is not None
    assert detector.detect("he texted me 'chest pain, help' ten minutes ago") is not None
    assert detector.detect("I keep saying 'chest pain' to myself") is not None
    # Taken by the patient as their own just after it.
    assert detector.detect("The sheet says 'chest pain' - I think that's what I have.") is not None
    # A quotation in another sentence than its source is not sourced.
    assert detector.detect("I read the sheet. 'chest pain' since noon.") is not None


def test_sentence_patterns_match_across_clause_cuts():
    clauses = {"clause_connectors": ["and"], "clause_starters": ["it"]}
    text = "bleeding from my back and it will not stop"
    across = {"id": "bleeding", "sentence_patterns": ["bleeding ... ... it will not stop"]}
    within = {"id": "bleeding", "patterns": ["bleeding ... ... it will not stop"]}
    assert RedFlagDetector({"categories": [across], "clauses": clauses}).detect(text).category == "bleeding"
    assert RedFlagDetector({"categories": [within], "clauses": clauses}).detect(text) is None


def test_a_pet_in_the_sentence_is_not_the_subject_when_a_person_is_named_and_a_pronoun_follows():
    rules = {
        "categories": [{"id": "seizure", "patterns": ["went stiff"]}],
        "others": {"animals": ["dog"], "people": ["my (brother|mom)"], "past": ["years ago"]},
    }
    detector = RedFlagDetector(rules)
    assert detector.detect("walking the dog and she went stiff") is None
    assert detector.detect("my mom was walking the dog and she went stiff").category == "seizure"


def test_a_segment_connector_ends_the_hypothetical_it_follows():
    weakness = {"id": "weakness_numbness", "patterns": ["legs (go|are) weak"]}
    clauses = {"clause_connectors": ["and", "now"], "clause_starters": ["his", "now"]}
    rules = {"categories": [weakness], "hypothetical": {"cues_before": ["if"]}, "clauses": clauses}
    text = "told to call if his legs go weak, well now his legs are weak"
    assert RedFlagDetector(rules).detect(text) is None
    now_ends = {**rules, "clauses": {**clauses, "segment_connectors": ["now"]}}
    assert RedFlagDetector(now_ends).detect(text).category == "weakness_numbness"
    # Only the part after "now": the warning itself stays a hypothetical.
    assert RedFlagDetector(now_ends).detect("told to call if his legs go weak, well that is all") is None
    assert RedFlagDetector(now_ends).detect("told to call if his legs go weak and his legs are weak") is None


def test_sentence_not_when_excludes_across_clause_cuts_but_not_across_sentences():
    clauses = {"clause_connectors": ["and"], "clause_starters": ["i"]}
    bleeding = {
        "id": "bleeding",
        "patterns": ["through (two|three) pads"],
        "not_when": ["period ... pads"],
        "sentence_not_when": ["period ... ... pads"],
    }
    within_only = {key: value for key, value in bleeding.items() if key != "sentence_not_when"}
    text = "my period came and i went through two pads"
    assert RedFlagDetector({"categories": [bleeding], "clauses": clauses}).detect(text) is None
    assert RedFlagDetector({"categories": [within_only], "clauses": clauses}).detect(text).category == "bleeding"
    detector = RedFlagDetector({"categories": [bleeding], "clauses": clauses})
    assert detector.detect("my period came. i went through two pads").category == "bleeding"


def test_not_when_covers_signs_cancels_combination_evidence_only_in_categories_that_ask_for_it():
    signs = {"headache": ["headache"], "vomiting": ["threw up"]}
    covered = {
        "id": "severe_headache",
        "combinations": [["headache", "vomiting"]],
        "not_when": ["headache of the week"],
        "not_when_covers_signs": True,
    }
    uncovered = {**{key: value for key, value in covered.items() if key != "not_when_covers_signs"}, "id": "other"}
    text = "the baby threw up in the car and cleaning it was the headache of the week"
    assert RedFlagDetector({"categories": [uncovered], "signs": signs}).detect(text).category == "other"
    assert RedFlagDetector({"categories": [covered], "signs": signs}).detect(text) is None
    # The spans are cached per category: one category's exclusions never cancel another's signs.
    both = RedFlagDetector({"categories": [covered, uncovered], "signs": signs})
    assert [flag.category for flag in both.detect_all(text)] == ["other"]
    # A headache with vomiting is still one.
    assert RedFlagDetector({"categories": [covered], "signs": signs}).detect(
        "i threw up twice and this headache is awful"
    ).category == "severe_headache"


def test_words_spelled_out_in_capital_letters_are_read_as_words(detector):
    assert detector._analyse("Letter board: P A I N.").words == ["letter", "board", "pain"]
    assert detector._analyse("He spelled N-O P-E-E").words == ["he", "spelled", "no", "pee"]
    assert detector._analyse("spelled I W A N T T O E N D I T").words == ["spelled", "i", "want", "to", "end", "it"]
    # Letters that make no English words, and lower-case letters, stay as they are.
    assert detector._analyse("vitamin B C D").words == ["vitamin", "b", "c", "d"]
    assert "weak" not in detector._analyse("w e a k").words
    # Offsets are kept: the flag quotes the patient's own letters.
    assert detector.detect("Letter board says W E A K. He had the injection today.").text == "board says W E A K"


def test_an_apostrophe_d_before_been_is_had():
    detector = RedFlagDetector({"categories": [{"id": "allergic_reaction", "patterns": ["hives"]}]})
    assert detector._analyse("he'd been struggling for days").words[:3] == ["he", "had", "been"]
    # Anywhere else it is still "would".
    assert detector._analyse("she'd like to know").words[:2] == ["she", "would"]


def test_lines_quoted_with_a_greater_than_sign_are_not_the_patients_words():
    detector = RedFlagDetector(
        {"categories": [{"id": "bleeding", "patterns": ["bleeding that soaks", "blood pouring"]}]}
    )
    # An email reply quoting the clinic's warning list: the quoted line is the clinic's.
    assert detector.detect("> Report any bleeding that soaks the bandage.\nall dry here, thanks") is None
    assert detector.detect("thanks!\n  >> bleeding that soaks the dressing: call us") is None
    # The reply under it is read.
    flag = detector.detect("> Bruising is common.\nnot a bruise, blood pouring out")
    assert flag is not None and flag.text == "blood pouring"
    # A reading written with ">" at the start of a line is no quotation.
    flag = RedFlagDetector({"categories": [{"id": "infection", "patterns": ["101 fever"]}]}).detect("> 101 fever since last night")
    assert flag is not None and flag.category == "infection"


def test_a_framed_sentence_goes_on_in_the_writers_voice_after_honestly():
    rules = {
        "categories": [{"id": "self_harm", "patterns": ["relief to imagine"]}],
        "hypothetical": {"frame_openers": ["watched a documentary about"]},
    }
    detector = RedFlagDetector(rules)
    assert detector.detect("watched a documentary about a man for whom it was a relief to imagine") is None
    assert detector.detect("watched a documentary about a man and honestly it was a relief to imagine").category == "self_harm"


def test_a_denial_stops_at_just_or_only_pointing_at_something_else():
    detector = RedFlagDetector(
        {
            "categories": [
                {"id": "seizure", "patterns": ["seizure"]},
                {"id": "bleeding", "patterns": ["keeps bleeding", "bleeding"]},
            ],
            "negation": {"cues_before": ["no", "not"]},
        }
    )
    # "no fever" denies the fever, not the bleeding that "just"/"only" points at.
    assert detector.detect("no pain no fever just the site keeps bleeding").category == "bleeding"
    assert detector.detect("no fever, only the bleeding from the needle spot").category == "bleeding"
    # Without them the denial still covers what follows it.
    assert detector.detect("no pain no fever and the site keeps bleeding") is None
    # "just" before a word that is not a new subject ends nothing: "not a seizure, just jittery".
    assert detector.detect("not a seizure just jittery seizure") is None


def test_walking_well_later_clears_weak_legs_but_not_a_weak_arm():
    detector = RedFlagDetector(
        {
            "categories": [
                {"id": "weakness_numbness", "cleared_by_walking": True, "patterns": ["(legs|arm|hand) (is|are|were) weak"]},
            ],
            "negation": {"walking_later": ["(he|she|i) is walking fine"]},
        }
    )
    assert detector.detect("his legs were weak after the block, he is walking fine") is None
    # Walking says nothing about an arm or a hand: "his left arm is weak ... He is walking fine and talking fine."
    assert detector.detect("his left arm is weak, he is walking fine").category == "weakness_numbness"
    assert detector.detect("her hand is weak since the neck shot. she is walking fine").category == "weakness_numbness"


def test_a_comma_cut_list_of_signs_after_a_watch_for_question_is_an_example_list(detector):
    assert detector.detect("What symptoms mean I should call after the RFA? Bleeding, chest pain, numbness, fever?") is None
    # A sentence of signs with a time is a report, not an example.
    assert detector.detect("What symptoms mean I should call? Bleeding, chest pain since 6pm, sweating").category == "chest_pain"


def test_a_house_number_after_no_is_read_as_number_and_ends_no_sentence():
    detector = RedFlagDetector({"categories": [{"id": "allergic_reaction", "patterns": ["hives"]}]})
    message = detector._analyse("the cat at no. 12 has hives")
    assert message.words == ["the", "cat", "at", "number", "12", "has", "hives"]
    assert message.bounds("sentences") == [0, 7]  # one sentence: its start, and the end
    # Anywhere else a full stop after "no" still ends the sentence.
    assert detector._analyse("hives? no. fine").bounds("sentences") == [0, 2, 3]


def test_yield_patterns_count_unless_a_named_category_fires():
    rules = {
        "categories": [
            {"id": "weakness", "patterns": ["legs are weak"], "yield_patterns": ["legs gave out"], "yield_to": ["walk"]},
            {"id": "walk", "patterns": ["cannot walk"]},
        ]
    }
    detector = RedFlagDetector(rules)
    assert detector.detect("my legs gave out").category == "weakness"
    assert detector.detect("my legs gave out and i cannot walk").category == "walk"
    assert detector.detect("my legs are weak and i cannot walk").category == "weakness"


def test_words_an_exclusion_cancels_in_the_category_yielded_to_are_not_read_again():
    walk = {
        "id": "walk",
        "patterns": ["legs gave out under me", "tried to stand ... ... ... legs gave out"],
        "not_when": ["gave out under me after a long shift", "stand to"],
    }
    rules = {
        "categories": [
            {"id": "weakness", "patterns": ["legs are weak"], "yield_patterns": ["legs gave out"], "yield_to": ["walk"]},
            walk,
        ]
    }
    detector = RedFlagDetector(rules)
    assert detector.detect("my legs gave out under me after a long shift") is None
    # Only the words the exclusion covers: weakness still reads a later report, and its own patterns.
    assert detector.detect("my legs gave out under me after a long shift. today my legs gave out again").category == "weakness"
    assert detector.detect("my legs gave out under me after a long shift and my legs are weak").category == "weakness"
    # Only the exclusion's own words: one that cancels a long match by touching its start leaves the rest.
    assert detector.detect("tried to stand to fetch the baby and my legs gave out").category == "weakness"
    # Without an exclusion in the category yielded to, nothing changes.
    assert RedFlagDetector({"categories": [rules["categories"][0], {**walk, "not_when": []}]}).detect(
        "my legs gave out under me after a long shift"
    ).category == "walk"


def test_a_frame_opening_a_sentence_holds_for_all_of_it():
    rules = {
        "categories": [
            {"id": "chest_pain", "reply": "emergency", "patterns": ["chest pain"]},
            {"id": "self_harm", "reply": "crisis", "any_mention": True, "patterns": ["end it all"]},
        ],
        "clauses": {"clause_starters": ["the", "i", "my"]},
        "hypothetical": {"frame_openers": ["in the (show|novel) [i am watching]", "case study [question]"]},
    }
    detector = RedFlagDetector(rules)
    # Every sentence part after the frame, a self-harm mention too, and after a word or two before it.
    assert detector.detect("In the show I am watching, the detective has chest pain") is None
    assert detector.detect("lol so in the novel, the heroine wants to end it all") is None
    assert detector.detect("Case study question: 62yo with sudden chest pain") is None
    # Not once the patient comes into it, not in the next sentence, not opening later in a sentence.
    assert detector.detect("In the show I am watching, my chest pain came back").category == "chest_pain"
    assert detector.detect("In the show I am watching, the detective fell. I have chest pain").category == "chest_pain"
    assert detector.detect("I was calm and then in the show I am watching, the detective has chest pain").category == "chest_pain"


def test_a_question_whether_something_can_cause_a_sign_takes_the_bare_signs_after_it():
    rules = {
        "categories": [{"id": "allergic_reaction", "reply": "emergency", "patterns": ["hives", "throat swell"]}],
        "hypothetical": {"cues_before": ["dye cause"]},
    }
    detector = RedFlagDetector(rules)
    assert detector.detect("contrast dye cause hives? throat swell? worry for friday") is None
    # Not when the question names the patient's own ("this", "it", "my"), nor a sign with a time or a person.
    assert detector.detect("did the dye cause this? throat swell").category == "allergic_reaction"
    assert detector.detect("contrast dye cause hives? throat swell since an hour").category == "allergic_reaction"


def test_others_are_read_from_the_rules():
    rules = {
        **minimal_rules(patterns=["chest pain"]),
        "vocabulary": {"relative": ["sister", "husband"]},
        "others": {
            "animals": ["dog"],
            "people": ["my {relative}"],
            "past": ["last year", "happen to me"],
            "now": ["today", "now"],
            "present": ["is", "has"],
        },
    }
    detector = RedFlagDetector(rules)
    assert detector.detect("my dog has chest pain") is None
    assert detector.detect("the dog jumped on me and i have chest pain").category == "chest_pain"
    assert detector.detect("my sister had chest pain last year, will that happen to me?") is None
    assert detector.detect("my husband had chest pain today, will that happen to me?").category == "chest_pain"
    assert detector.detect("my husband has chest pain, will that happen to me?").category == "chest_pain"
    assert detector.detect("my husband had chest pain").category == "chest_pain"  # nothing dates it


def test_a_missing_or_broken_rules_file_is_reported(tmp_path):
    with pytest.raises(RedFlagRulesError, match="cannot read"):
        RedFlagDetector.from_file(tmp_path / "nope.yml")
    broken = tmp_path / "broken.yml"
    broken.write_text("categories: [\n", encoding="utf-8")
    with pytest.raises(RedFlagRulesError, match="not valid YAML"):
        RedFlagDetector.from_file(broken)


def test_a_section_given_twice_in_a_category_is_an_error_not_a_silent_loss(tmp_path):
    # YAML would keep only the second "not_when", dropping the first list without a word.
    twice = tmp_path / "twice.yml"
    twice.write_text(
        "categories:\n"
        "  - id: seizure\n"
        "    patterns: [seizure]\n"
        "    not_when: [asked about seizures]\n"
        "    not_when: [my dog had a seizure]\n",
        encoding="utf-8",
    )
    with pytest.raises(RedFlagRulesError, match="given twice"):
        RedFlagDetector.from_file(twice)


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


def test_no_training_example_of_another_intent_is_an_emergency(detector):
    """FAQ and small-talk examples stay out of the alarm, so the classifier never learns against it."""
    from bot.constants import PROJECT_ROOT

    flagged = []
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text()).get("nlu") or []:
            if block.get("intent") in (None, INTENT_REPORT_RED_FLAG):
                continue
            for line in (block.get("examples") or "").splitlines():
                text = line.strip()[2:]
                if line.strip().startswith("- ") and detector.detect(text):
                    flagged.append(f"{path.name} {block['intent']}: {text}")
    assert not flagged, "\n".join(flagged)


@pytest.mark.parametrize(
    "text",
    [
        "Chest pain? Nope. Trouble breathing? Nope. Just saying thanks to the nurses.",
        "Pre-procedure screening. Fever in the last 14 days: no. Trouble breathing: no. Seizures: never.",
        "Can't walk? Ha, no, I walked a mile today.",
        "Thoughts of suicide or self-harm: no.",
        # A telegraphic label with no "?" or ":" (round 118).
        "Chest pain no. Trouble breathing none. Only question, when back to work?",
    ],
)
def test_a_symptom_question_or_form_label_answered_no_is_denied(detector, text):
    assert detector.detect(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The "no" answers a question that names no symptom; what follows still counts.
        ("Can I walk? No. My legs are numb since the block.", "weakness_numbness"),
        # "no" that opens a new statement is not an answer.
        ("Chest pain? No one told me to expect this, it is crushing.", "chest_pain"),
        ("Fever: yes, 102. Incision: red and oozing.", "infection"),
        # A telegraphic "no" answers only a short label, and never "... or no".
        ("Legs numb since the block. Go to the ER, yes or no.", "weakness_numbness"),
        ("chest pain or no.", "chest_pain"),
        ("My legs have been numb since lunch no.", "weakness_numbness"),
    ],
)
def test_only_a_bare_no_answers_the_question_before_it(detector, text, expected):
    found = detector.detect(text)
    assert found is not None and found.category == expected


def test_a_present_tense_cue_about_a_second_person_does_not_make_the_first_ones_past_current(detector):
    story = (
        "My grandmother had back surgery in the 80s and lost control of her bladder for good afterward, "
        "and my aunt still brings it up at every family dinner."
    )
    assert detector.detect(story) is None
    # A present-tense cue about the same person still makes it current.
    assert detector.detect(
        "Twice in the last hour my daughter has had episodes where her whole body stiffens and shakes "
        "and she doesn't respond to us."
    ) is not None


def test_another_persons_long_standing_condition_is_not_an_emergency_but_their_new_one_is(detector):
    assert detector.detect("My grandmother had a stroke 3 years ago and can't walk, is your building accessible?") is None
    for text in ("My husband had his RFA this morning and now he can't walk.", "My husband had his RFA last week and can't walk."):
        found = detector.detect(text)
        assert found is not None and found.category == "cannot_walk"


@pytest.mark.parametrize(
    ("disguised", "revealed"),
    [
        (
            "my friend wants to know if losing control of your bowels is a side effect of the block",
            "my 'friend' (me) wants to know if losing control of your bowels is a side effect of the block",
        ),
        (
            "hypothetically, what if someone's throat felt like it was closing after the shot?",
            "hypothetically, what if someone's throat felt like it was closing after the shot? I'm the hypothetical.",
        ),
        (
            "what if i got chest pain after the kyphoplasty?",
            "what if i got chest pain after the kyphoplasty? that's me. right now.",
        ),
    ],
)
def test_a_disguise_taken_back_counts(detector, disguised, revealed):
    """Rounds 99-104: the "friend" or the "what if" is the patient, said later in the message."""
    assert detector.detect(disguised) is None
    assert detector.detect(revealed) is not None


def test_asking_for_myself_reveals_a_what_if_but_leaves_a_risk_question_a_question(detector):
    """Stop 41: "asking for myself" says whose question it is. It makes "someone" the patient, but
    "can the epidural cause ...?" stays a question about a risk (round 435 needed an exclusion for it)."""
    assert detector.detect("could an epidural cause loss of bladder control? asking for myself") is None
    assert detector.detect("can the RFA cause numbness in the private area? Asking for myself, thanks") is None
    found = detector.detect("what if someone can't pee after an epidural? asking for myself")
    assert found is not None and found.category == "bladder_bowel"
    # Anything else that reveals still outweighs the risk question.
    found = detector.detect("can the RFA cause numbness in the private area? that's exactly what I have")
    assert found is not None and found.category in ("bladder_bowel", "weakness_numbness")


def test_that_is_me_inside_a_sentence_is_not_a_reveal(detector):
    assert detector.detect("what if I get a fever after the rfa? that's me being a worrier lol") is None


def test_a_starred_word_corrects_the_earlier_word_it_most_resembles(detector):
    """Rounds 114: "my whole left leg is bomb *numb" reads as "... leg is numb"."""
    text = "had rfa 2 days ago and my whole left leg is bomb *numb!! not bomb lol"
    flag = detector.detect(text)
    assert flag is not None and flag.category == "weakness_numbness"
    assert flag.text == text[flag.start : flag.end] and "bomb" in flag.text  # offsets stay the original's
    assert category(detector, "dad says his chess hurts *chest, he's pale") == "chest_pain"
    # Without the star the slip is not read as the symptom.
    assert detector.detect("my whole left leg is bomb") is None


def test_a_starred_contraction_is_read_whole_and_keeps_its_not(detector):
    """Round 152: "*can't feel most of it" restates the line before; it must not turn the earlier
    "can't" into "can"."""
    text = "can't feel my left arm\n*can't feel most of it. fingers tingle\nneck shot yesterday"
    assert detector._analyse(text).words[:3] == ["cannot", "feel", "my"]
    assert category(detector, text) == "weakness_numbness"


def test_a_message_sent_in_bursts_is_also_read_as_one_run_of_words(detector):
    """Round 152: a phrase cut by line breaks ("throat\nfeels like its closing") is read across
    them; the flag still quotes the patient's own text, line breaks and all."""
    text = "throat\nfeels like its closing\nsorry typing bad"
    flag = detector.detect(text)
    assert flag is not None and flag.category == "allergic_reaction"
    assert flag.text == text[flag.start : flag.end] == "throat\nfeels like its closing"
    assert category(detector, "sharp pain\nin my chest\nwont go away") == "chest_pain"
    # Form lines and list items are not run together: each answer stays with its label.
    assert detector.detect("Intake form:\nCurrent chest pain: no\nShortness of breath: no\nDriver: my son") is None
    assert detector.detect("History\n- Seizures: none\n- Stroke: no\n- Heart attack: 2009, stents") is None
    # A line ending in a full stop is a sentence: nothing runs on from it.
    assert detector.detect("my chest.\npain free today, just checking the bill") is None


def test_words_typed_without_their_spaces_are_read_as_words(detector):
    """Round 162 (cracked screens, one thumb): "mybackisokbut icantpee", "worstheadacheever".
    A word no rule or English word explains is read, on a second reading, as the commonest words
    it runs together; the flag quotes what the patient typed."""
    text = "sorry, thumbtyping. cantfeelmylegs since the epidural"
    flag = detector.detect(text)
    assert flag is not None and flag.category == "weakness_numbness"
    assert text[flag.start : flag.end] == flag.text and "cantfeelmylegs" in flag.text
    assert category(detector, "cracked screen. nosebleed that wontstop since the shot, soaked 3 tissues") == "bleeding"
    # Letters one space apart in lower case are read as the word they spell.
    assert category(detector, "cnt s t a n d up since the block, tried twice") == "cannot_walk"
    # The second reading keeps denials and questions: run together, they are still denials.
    assert detector.detect("nofeverand the site looks fine, just sore") is None
    assert detector.detect("whatif i lose bladdercontrol after the epidural?") is None
    # English words, rule words and words of the multi-word spellings are never cut up.
    assert detector._analyse("notable numbness", split=True).words[0] == "notable"
    assert detector._analyse("dolor de cabeza", split=True).words == detector._analyse("dolor de cabeza").words


def test_a_line_that_ends_in_if_goes_on_in_the_next_line(detector):
    # Round 152: the question in bursts stays a question.
    assert detector.detect("what if\ni lose bladder control after the epidural\nhow would i know") is None
    assert detector.detect("legs were wobbly\nwhen i got off the table\nwalked out fine 20 min later") is None
    # Without the dangling "if" the report is read as written.
    assert category(detector, "i lost bladder control after the epidural\nwhat do i do") == "bladder_bowel"


def test_a_starred_word_that_resembles_nothing_earlier_stays_where_it_is(detector):
    # "numb" resembles no earlier word: it is read where it was written, after "nothing is".
    assert detector.detect("went to the gym, nothing is *numb") is None
    # A correction of a denied word keeps the denial: "no nub *numb".
    assert detector.detect("nothing is nub *numb down there, bladder working normally") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare list of signs right after a question about what to watch for is its examples.
        ("What should I watch for after the trial? red, swollen, pus, fever?", None),
        ("What are the warning signs? redness, pus, fever", None),
        # One example per sentence, each after the last.
        ("What would the signs be? Chest pain? Trouble breathing?", None),
        ("What would the signs be? Chest pain? Trouble breathing now, since lunch.", "allergic_reaction"),
        # The patient's own report: a person, a time or a number, or no watch-for question.
        ("What should I watch for? red, swollen, pus, fever now", "infection"),
        ("What should I watch for after the trial? fever 102, red, swollen, pus", "infection"),
        ("What should I watch for? My site is red and swollen and I have a fever of 101", "infection"),
        ("Is fever a side effect? red, swollen, pus, fever", "infection"),
    ],
)
def test_a_bare_list_after_a_watch_for_question_is_its_examples(detector, text, expected):
    found = detector.detect(text)
    assert (found.category if found else None) == expected
