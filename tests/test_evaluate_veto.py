"""`make eval`'s measured (never deployed) safety-net veto on the sealed red-flag sets."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
import yaml

from bot.constants import ENTITY_RED_FLAG, INTENT_REPORT_RED_FLAG
from bot.nlu.red_flag_net import RedFlagSafetyNet
from scripts import evaluate
from scripts.evaluate import (
    MEASURED_VETO_BELOW,
    red_flag_report,
    red_flag_results,
    safety_net,
    sealed_summary,
)

ALARMED = {"my legs went numb an hour ago", "what if my legs go numb", "chest pain now"}
PROBABILITY = {"my legs went numb an hour ago": 0.99, "what if my legs go numb": 0.001, "chest pain now": 0.005}


class FakeAgent:
    """Parses like the trained pipeline: the rules' report for ALARMED texts, nothing otherwise."""

    async def parse_message(self, text):
        if text in ALARMED:
            return {
                "intent": {"name": INTENT_REPORT_RED_FLAG},
                "entities": [{"entity": ENTITY_RED_FLAG, "value": "weakness_numbness"}],
            }
        return {"intent": {"name": "ask_duration"}, "entities": []}


class FakeNet:
    def probability(self, text):
        return PROBABILITY[text]


def write_set(path):
    """A tiny red-flag set: two emergencies the rules catch, one they miss, one rule false alarm."""
    path.write_text(
        yaml.safe_dump(
            {
                "red_flags": [
                    {"text": "my legs went numb an hour ago", "category": "weakness_numbness"},
                    {"text": "chest pain now", "category": "chest_pain"},
                    {"text": "i wet myself and did not notice", "category": "bladder_bowel"},
                ],
                "non_urgent": [
                    {"text": "what if my legs go numb", "why": "hypothetical"},
                    {"text": "how long does the block take", "why": "unrelated"},
                ],
            }
        )
    )
    return path


def test_a_sealed_set_reports_what_a_veto_would_cancel(tmp_path, monkeypatch):
    sealed = write_set(tmp_path / "sealed.yml")
    monkeypatch.setattr(evaluate, "RED_FLAG_SEALED_SETS", [str(sealed)])
    results = asyncio.run(red_flag_results(sealed, FakeAgent(), FakeNet()))
    # Two rule alarms on emergencies (one of them, at 0.005, the veto would cancel); one rule false alarm.
    assert results["veto"] == {
        "below": MEASURED_VETO_BELOW,
        "emergencies_cancelled": 1,
        "emergencies_alarmed": 2,
        "false_alarms_cancelled": 1,
        "false_alarms": 1,
    }
    report = red_flag_report(results)
    assert "would cancel 1 of 2 rule alarms on emergencies and 1 of 1 rule false alarms" in report
    assert "what if my legs go numb" not in report  # counts only
    summary = sealed_summary([results, results])
    assert "would cancel 2 of 4 rule alarms on emergencies and 2 of 2 rule false alarms" in summary


def test_a_development_set_or_a_model_without_the_net_reports_no_veto(tmp_path, monkeypatch):
    sealed, development_set = write_set(tmp_path / "sealed.yml"), write_set(tmp_path / "development.yml")
    monkeypatch.setattr(evaluate, "RED_FLAG_SEALED_SETS", [str(sealed)])
    development = asyncio.run(red_flag_results(development_set, FakeAgent(), FakeNet()))
    without_net = asyncio.run(red_flag_results(sealed, FakeAgent(), None))
    assert development["kind"] == "development" and without_net["kind"] == "sealed"
    assert development["veto"] is None and without_net["veto"] is None
    assert "veto" not in red_flag_report(without_net) and "veto" not in sealed_summary([without_net])


def test_the_net_is_found_in_the_loaded_graph():
    net = RedFlagSafetyNet.__new__(RedFlagSafetyNet)
    nodes = {"tokenizer": SimpleNamespace(_component=object()), "net": SimpleNamespace(_component=net)}
    agent = SimpleNamespace(processor=SimpleNamespace(graph_runner=SimpleNamespace(_instantiated_nodes=nodes)))
    assert safety_net(agent) is net
    nodes.pop("net")
    assert safety_net(agent) is None



class FakeDetector:
    """The rules: a flag for ALARMED texts (one of them under another category), None otherwise."""

    def detect(self, text):
        if text not in ALARMED:
            return None
        return SimpleNamespace(category="chest_pain" if text.startswith("chest") else "weakness_numbness")


def test_a_development_set_is_read_by_the_rules_alone_and_says_so(tmp_path):
    results = evaluate.rules_results(write_set(tmp_path / "development.yml"), FakeDetector())
    assert results["kind"] == "development" and results["rules_only"] and results["veto"] is None
    assert results["recall"] == results["told_to_call_rate"] == pytest.approx(2 / 3)
    assert results["false_alarm_rate"] == results["told_to_call_false_rate"] == 1 / 2
    assert [i["text"] for i in results["missed"]] == ["i wet myself and did not notice"]
    assert [i["text"] for i in results["false_alarms"]] == ["what if my legs go numb"]
    assert results["wrong_category"] == []
    report = red_flag_report(results)
    assert "Read by the rules alone" in report and "safety net's checks (reported)" not in report
    assert "i wet myself and did not notice" in report  # development texts are shown
