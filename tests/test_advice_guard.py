"""Medication, dosing, diagnosis and treatment-choice questions are deferred, deterministically."""
from __future__ import annotations

import pytest
import yaml
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.constants import PROJECT_ROOT
from bot.nlu.advice_guard import AdviceRulesError, MedicalAdviceDetector, default_detector
from bot.nlu.components import MedicalAdviceGuard


@pytest.fixture(scope="module")
def detector() -> MedicalAdviceDetector:
    return default_detector()


@pytest.mark.parametrize(
    "text, kind",
    [
        ("what dose of prednisone is safe", "medication"),
        ("Should I stop my blood thinner before the RFA?", "medication"),
        ("can i take advil for the soreness tonight", "medication"),
        ("how many mg of gabapentin can i have after the block", "medication"),
        ("my dr has me on tramadol, can i just take two", "medication"),
        ("is it ok to have my bp meds the morning of my injection", "medication"),
        ("is it alright to drink a beer with my pain pills", "medication"),
        ("do i have a pinched nerve", "diagnosis"),
        ("could this be sciatica or a disc problem?", "diagnosis"),
        ("what does my MRI mean", "diagnosis"),
        ("what's wrong with my back", "diagnosis"),
        ("which one would be better for me, rfa or the epidural", "treatment_choice"),
        ("would you recommend the stimulator", "treatment_choice"),
        ("is the sedation safe for someone with sleep apnea", "own_condition"),
        ("I'm pregnant. Can I still get an epidural steroid injection?", "own_condition"),
    ],
)
def test_advice_requests_are_found(detector, text, kind):
    found = detector.detect(text)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "what medicine do they inject in an epidural",  # about the procedure: the pages answer it
        "how long does the steroid take to work",
        "when does the numbing medicine wear off",
        "can i take a shower after my rfa",
        "do i have to stay lying down after the injection",
        "do i have to be awake for kyphoplasty",
        "what is a herniated disc epidural for",
        "fluoroscopy vs ultrasound which is better",
        "my car makes a noise, whats wrong with it",
        "will i need someone to drive me home",
        "/inform{\"procedure\": \"esi\"}",
        "",
    ],
)
def test_procedure_questions_pass(detector, text):
    assert detector.detect(text) is None


def test_no_training_example_of_another_intent_is_turned_into_advice(detector):
    """The guard may only add deferrals the data agrees with, never take over FAQ questions."""
    taken = []
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text()).get("nlu") or []:
            if block.get("intent") in (None, "ask_medical_advice"):
                continue
            for line in (block.get("examples") or "").splitlines():
                text = line.strip()[2:]
                if line.strip().startswith("- ") and detector.detect(text):
                    taken.append(f"{path.name} {block['intent']}: {text}")
    assert not taken, "\n".join(taken)


def test_bad_rules_are_rejected_with_a_clear_message(tmp_path):
    rules = yaml.safe_load((PROJECT_ROOT / "knowledge" / "medical_advice.yml").read_text())
    broken = tmp_path / "rules.yml"
    broken.write_text(yaml.safe_dump({**rules, "diagnosis": ["do i have {nonsense}"]}))
    with pytest.raises(AdviceRulesError, match="unknown list"):
        MedicalAdviceDetector.from_file(broken)
    broken.write_text(yaml.safe_dump({**rules, "dose_words": ["(unclosed"]}))
    with pytest.raises(AdviceRulesError, match="dose_words"):
        MedicalAdviceDetector.from_file(broken)
    with pytest.raises(AdviceRulesError, match="lack medicines"):
        MedicalAdviceDetector({k: v for k, v in rules.items() if k != "medicines"})


def message(text: str, intent: str) -> Message:
    msg = Message(data={TEXT: text})
    msg.set(INTENT, {INTENT_NAME_KEY: intent, "confidence": 0.8})
    msg.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: intent, "confidence": 0.8}])
    return msg


def test_the_component_overrides_the_classifier_but_not_a_red_flag(detector):
    guard = MedicalAdviceGuard(detector)
    dose, faq, emergency = guard.process(
        [
            message("what dose of prednisone is safe", "ask_risks"),
            message("what are the risks of rfa", "ask_risks"),
            message("can i take advil, my legs are numb and weak", "report_red_flag"),
        ]
    )
    assert dose.get(INTENT)[INTENT_NAME_KEY] == "ask_medical_advice"
    assert dose.get(INTENT_RANKING_KEY)[1][INTENT_NAME_KEY] == "ask_risks"
    assert faq.get(INTENT)[INTENT_NAME_KEY] == "ask_risks"
    assert emergency.get(INTENT)[INTENT_NAME_KEY] == "report_red_flag"
