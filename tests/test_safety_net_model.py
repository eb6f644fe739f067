"""The trained safety net leaves ordinary patient messages alone.

The net (`bot/nlu/red_flag_net.py`) learns emergencies against look-alikes and every FAQ
example; when the FAQ examples lacked a kind of ordinary message, it learned to flag that kind:
polite goodbyes once scored 0.87-0.98 (the farewells of the self-harm rounds), and eligibility
questions that tell months of sciatica or neck pain first scored up to 0.98. Both would get the
911 / on-call reply and an urgent ticket. None of these messages is a training or held-out
example. Needs models/assistant.tar.gz (`make train`); run with `pytest -m model`.
"""
from __future__ import annotations

import shutil

import pytest

from bot.constants import ENTITY_RED_FLAG, INTENT_REPORT_RED_FLAG, PROJECT_ROOT
from tests.test_speedups_model import parses

pytestmark = pytest.mark.model

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"

POLITE_GOODBYES = [
    "ok bye now, thanks a bunch for the help",
    "Thanks again, take care. Bye!",
    "that's all i needed, goodbye and have a good night",
    "Goodbye! Have a blessed day.",
    "alright i'll let you go, thank you, bye bye",
    "Bye for now and thanks, see you at my appointment",
]
SYMPTOM_HISTORIES = [
    "my lower back has ached for about 6 years since i hurt it lifting patients at the nursing home, it "
    "spreads into my hips on long shifts. my doctor brought up facet injections. who are they usually for",
    "i have had a bulging disc for 2 years and the pain goes down the back of my thigh most evenings. would i "
    "be someone who could get an epidural steroid injection",
    "pain has shot down my right leg to my toes for about 5 months from a herniated disc and physical therapy "
    "did not help. is a transforaminal epidural meant for people like me",
    "I have had neck pain for 2 years since a fall off my bike, and it spreads into my shoulder on bad days. "
    "How long does relief from a cervical epidural usually last?",
    "since my car accident last year my lower back hurts every day and the pain travels into my buttock. how "
    "long does a radiofrequency ablation take",
    "ive had sciatica down my left leg for about 8 months, my doctor wants me to get an epidural next week. "
    "does it hurt",
]


def test_polite_goodbyes_and_long_symptom_histories_get_no_emergency_reply(tmp_path):
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    model = str(shutil.copy(MODEL, tmp_path / "assistant.tar.gz"))
    texts = POLITE_GOODBYES + SYMPTOM_HISTORIES
    emergency = "my legs went numb and i cant walk since the epidural"
    *results, emergency_result = parses("speedups", model, [*texts, emergency])
    flagged = [
        (text, result["intent"])
        for text, result in zip(texts, results, strict=True)
        if result["intent"]["name"] == INTENT_REPORT_RED_FLAG
        or any(entity == ENTITY_RED_FLAG for entity, *_ in result["entities"])
    ]
    assert flagged == []
    # The same model still flags an emergency.
    assert emergency_result["intent"]["name"] == INTENT_REPORT_RED_FLAG
    assert any(entity == ENTITY_RED_FLAG for entity, *_ in emergency_result["entities"])
