"""bot.rasa_speedups against the trained model: the same NLU output and turns as Rasa alone, and the
trained safety net leaving ordinary messages alone.

Needs models/assistant.tar.gz (`make train`); run with `pytest -m model`.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import yaml

from bot.constants import ENTITY_RED_FLAG, INTENT_REPORT_RED_FLAG, PROJECT_ROOT
from bot.harness import action_server

pytestmark = pytest.mark.model

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
# One process per mode loads the trained assistant once, parses the texts, then plays the
# conversations (through the action server): an agent's load is most of each run's time.
RUN = """
import asyncio, json, sys
if sys.argv[1] == "speedups":
    from bot import rasa_speedups
    rasa_speedups.install()
from rasa.core.agent import load_agent
from rasa.core.utils import AvailableEndpoints
from rasa.utils.endpoints import EndpointConfig

async def main():
    request = json.loads(sys.stdin.read())
    endpoints = AvailableEndpoints(action=EndpointConfig(url=request["action_url"], enable_selective_domain=True))
    agent = await load_agent(model_path=sys.argv[2], endpoints=endpoints)
    parses = []
    for text in request["texts"]:
        parse = await agent.parse_message(text)
        parses.append({
            "intent": parse["intent"],
            "ranking": parse.get("intent_ranking", []),
            "entities": [(e["entity"], e["value"], e["start"], e["end"]) for e in parse["entities"]],
        })
    conversations = []
    for number, turns in enumerate(request["conversations"]):
        sender = f"{sys.argv[1]}-{number}"
        for text in turns:
            replies = await agent.handle_text(text, sender_id=sender)
            conversations.append([r.get("text") for r in replies or []])
        tracker = await agent.tracker_store.retrieve(sender)
        conversations.append([e.as_dict().get("name") for e in tracker.events if e.type_name == "action"])
    print("RESULT" + json.dumps({"parses": parses, "conversations": conversations}))

asyncio.run(main())
"""
MODES = ("rasa", "speedups")

# The trained safety net leaves ordinary patient messages alone. The net (`bot/nlu/red_flag_net.py`)
# learns emergencies against look-alikes and every FAQ example; when the FAQ examples lacked a kind of
# ordinary message, it learned to flag that kind: polite goodbyes once scored 0.87-0.98 (the farewells
# of the self-harm rounds), and eligibility questions that tell months of sciatica or neck pain first
# scored up to 0.98. Both would get the 911 / on-call reply and an urgent ticket. None of these
# messages is a training or held-out example.
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
EMERGENCY = "my legs went numb and i cant walk since the epidural"


def heldout_conversations() -> list[list[str]]:
    heldout = yaml.safe_load((PROJECT_ROOT / "tests" / "eval" / "heldout.yml").read_text())
    return [[turn["text"] for turn in c["turns"]] for c in heldout["conversations"]]


def nlu_texts() -> list[str]:
    texts = [text for conversation in heldout_conversations() for text in conversation][::3]
    return texts + ["", "😀", "my legs went numb and i cant walk", "a" * 5000]


def conversations() -> list[list[str]]:
    return heldout_conversations()[::4] + [
        ["how long does it take?", "the epidural", "and the risks?"],
        ["can i talk to a nurse", "my legs went numb and i cant walk", "what is kyphoplasty"],
        ["real person please", "about my rfa", "555 201 3344", "yes"],
        ["", "asdfgh qwerty", "zzzz xxxx", "hello"],
    ]


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, dict]:
    """Each mode's parses of ``nlu_texts()`` and the safety-net texts, and its turns of ``conversations()``."""
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    folder = tmp_path_factory.mktemp("served")
    model = str(shutil.copy(MODEL, folder / "assistant.tar.gz"))
    request = {"texts": nlu_texts() + POLITE_GOODBYES + SYMPTOM_HISTORIES + [EMERGENCY], "conversations": conversations()}
    env = {  # tickets and staff notifications of these conversations stay in the test's folder
        "TICKETS_DB_URL": f"sqlite:///{folder / 'tickets.db'}",
        "STAFF_OUTBOX_PATH": str(folder / "staff_outbox.jsonl"),
        "SMS_OUTBOX_PATH": str(folder / "sms_outbox.jsonl"),
    }
    with action_server(env=env) as action_url:
        return {mode: run_script(RUN, mode, model, {**request, "action_url": action_url}) for mode in MODES}


def run_script(script: str, mode: str, model: str, data: dict) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", script, mode, model], input=json.dumps(data), cwd=PROJECT_ROOT,
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT"))
    return json.loads(line[len("RESULT"):])


def test_the_served_nlu_gives_exactly_rasas_results(runs):
    texts = nlu_texts()
    rasa_alone, served = runs["rasa"]["parses"][: len(texts)], runs["speedups"]["parses"][: len(texts)]
    assert len(served) == len(texts)
    for text, expected, got in zip(texts, rasa_alone, served, strict=True):
        assert got["intent"]["name"] == expected["intent"]["name"], text
        assert got["intent"]["confidence"] == pytest.approx(expected["intent"]["confidence"], abs=1e-6), text
        assert [r["name"] for r in got["ranking"]] == [r["name"] for r in expected["ranking"]], text
        assert got["entities"] == expected["entities"], text


def test_served_conversations_take_exactly_rasas_turns(runs):
    """Policies, actions and replies through the sequential graph runner and the other patches."""
    assert runs["speedups"]["conversations"] == runs["rasa"]["conversations"]
    assert len(runs["rasa"]["conversations"]) == sum(len(turns) + 1 for turns in conversations())


def test_polite_goodbyes_and_long_symptom_histories_get_no_emergency_reply(runs):
    """Served as `make run` serves it; the same model still flags an emergency."""
    texts = POLITE_GOODBYES + SYMPTOM_HISTORIES
    *results, emergency = runs["speedups"]["parses"][len(nlu_texts()):]
    flagged = [
        (text, result["intent"])
        for text, result in zip(texts, results, strict=True)
        if result["intent"]["name"] == INTENT_REPORT_RED_FLAG
        or any(entity == ENTITY_RED_FLAG for entity, *_ in result["entities"])
    ]
    assert flagged == []
    assert emergency["intent"]["name"] == INTENT_REPORT_RED_FLAG
    assert any(entity == ENTITY_RED_FLAG for entity, *_ in emergency["entities"])
