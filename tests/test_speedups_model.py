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


def parses(mode: str, model: str, texts: list[str]) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-c", PARSE, mode, model], input=json.dumps(texts), cwd=PROJECT_ROOT,
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT"))
    return json.loads(line[len("RESULT"):])


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
