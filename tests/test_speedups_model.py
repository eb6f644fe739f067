"""bot.rasa_speedups against the trained model: the same NLU output as Rasa alone.

Needs models/assistant.tar.gz (`make train`); run with `pytest -m model`.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import yaml

from bot.constants import PROJECT_ROOT
from bot.harness import action_server

pytestmark = pytest.mark.model

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
PARSE = """
import asyncio, json, sys
if sys.argv[1] == "speedups":
    from bot import rasa_speedups
    rasa_speedups.install()
from rasa.core.agent import load_agent

async def main():
    agent = await load_agent(model_path=sys.argv[2])
    texts = json.loads(sys.stdin.read())
    out = []
    for text in texts:
        parse = await agent.parse_message(text)
        out.append({
            "intent": parse["intent"],
            "ranking": parse.get("intent_ranking", []),
            "entities": [(e["entity"], e["value"], e["start"], e["end"]) for e in parse["entities"]],
        })
    print("RESULT" + json.dumps(out))

asyncio.run(main())
"""


CONVERSE = """
import asyncio, json, sys
if sys.argv[1] == "speedups":
    from bot import rasa_speedups
    rasa_speedups.install()
from rasa.core.agent import load_agent
from rasa.core.utils import AvailableEndpoints
from rasa.utils.endpoints import EndpointConfig

async def main():
    endpoints = AvailableEndpoints(action=EndpointConfig(url=sys.argv[3], enable_selective_domain=True))
    agent = await load_agent(model_path=sys.argv[2], endpoints=endpoints)
    out = []
    for number, turns in enumerate(json.loads(sys.stdin.read())):
        sender = f"{sys.argv[1]}-{number}"
        for text in turns:
            replies = await agent.handle_text(text, sender_id=sender)
            out.append([r.get("text") for r in replies or []])
        tracker = await agent.tracker_store.retrieve(sender)
        out.append([e.as_dict().get("name") for e in tracker.events if e.type_name == "action"])
    print("RESULT" + json.dumps(out))

asyncio.run(main())
"""


def run_script(script: str, mode: str, model: str, data: list, *args: str) -> list:
    result = subprocess.run(
        [sys.executable, "-c", script, mode, model, *args], input=json.dumps(data), cwd=PROJECT_ROOT,
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT"))
    return json.loads(line[len("RESULT"):])


def parses(mode: str, model: str, texts: list[str]) -> list[dict]:
    return run_script(PARSE, mode, model, texts)


def test_the_served_nlu_gives_exactly_rasas_results(tmp_path):
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    model = str(shutil.copy(MODEL, tmp_path / "assistant.tar.gz"))
    heldout = yaml.safe_load((PROJECT_ROOT / "tests" / "eval" / "heldout.yml").read_text())
    texts = [turn["text"] for conversation in heldout["conversations"] for turn in conversation["turns"]][::3]
    texts += ["", "😀", "my legs went numb and i cant walk", "a" * 5000]
    rasa_alone = parses("rasa", model, texts)
    served = parses("speedups", model, texts)
    assert len(served) == len(texts)
    for text, expected, got in zip(texts, rasa_alone, served, strict=True):
        assert got["intent"]["name"] == expected["intent"]["name"], text
        assert got["intent"]["confidence"] == pytest.approx(expected["intent"]["confidence"], abs=1e-6), text
        assert [r["name"] for r in got["ranking"]] == [r["name"] for r in expected["ranking"]], text
        assert got["entities"] == expected["entities"], text


def test_served_conversations_take_exactly_rasas_turns(tmp_path):
    """Policies, actions and replies through the sequential graph runner and the other patches."""
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    model = str(shutil.copy(MODEL, tmp_path / "assistant.tar.gz"))
    heldout = yaml.safe_load((PROJECT_ROOT / "tests" / "eval" / "heldout.yml").read_text())
    conversations = [[turn["text"] for turn in c["turns"]] for c in heldout["conversations"]][::4]
    conversations += [
        ["how long does it take?", "the epidural", "and the risks?"],
        ["can i talk to a nurse", "my legs went numb and i cant walk", "what is kyphoplasty"],
        ["real person please", "about my rfa", "555 201 3344", "yes"],
        ["", "asdfgh qwerty", "zzzz xxxx", "hello"],
    ]
    env = {  # tickets and staff notifications of these conversations stay in the test's folder
        "TICKETS_DB_URL": f"sqlite:///{tmp_path / 'tickets.db'}",
        "STAFF_OUTBOX_PATH": str(tmp_path / "staff_outbox.jsonl"),
        "SMS_OUTBOX_PATH": str(tmp_path / "sms_outbox.jsonl"),
    }
    with action_server(env=env) as action_url:
        rasa_alone = run_script(CONVERSE, "rasa", model, conversations, action_url)
        served = run_script(CONVERSE, "speedups", model, conversations, action_url)
    assert served == rasa_alone
