"""`make eval`'s counts of the rule alarms the safety net overruled (config.yml ``veto_below``)."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
import yaml

from bot.constants import ENTITY_RED_FLAG, ENTITY_RED_FLAG_REVIEW, INTENT_REPORT_RED_FLAG, RED_FLAG_POSSIBLE
from scripts import evaluate
from scripts.evaluate import red_flag_report, red_flag_results, sealed_summary

ALARMED = {"my legs went numb an hour ago", "what if my legs go numb", "chest pain now"}
# The texts the net scores below veto_below: the pipeline gives them back their intent.
OVERRULED = {"what if my legs go numb", "chest pain now"}


class FakeAgent:
    """Parses like the trained pipeline: the rules' report for ALARMED texts, overruled by the net
    for OVERRULED ones (a ``red_flag_review`` entity and the classifiers' intent), nothing otherwise."""

    async def parse_message(self, text):
        if text in OVERRULED:
            return {
                "intent": {"name": "ask_duration"},
                "entities": [{"entity": ENTITY_RED_FLAG_REVIEW, "value": "weakness_numbness"}],
            }
        if text in ALARMED:
            return {
                "intent": {"name": INTENT_REPORT_RED_FLAG},
                "entities": [{"entity": ENTITY_RED_FLAG, "value": "weakness_numbness"}],
            }
        return {"intent": {"name": "ask_duration"}, "entities": []}


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


def test_a_sealed_set_counts_the_overruled_alarms_as_told_nothing_and_shows_counts_only(tmp_path, monkeypatch):
    sealed = write_set(tmp_path / "sealed.yml")
    monkeypatch.setattr(evaluate, "RED_FLAG_SEALED_SETS", [str(sealed)])
    results = asyncio.run(red_flag_results(sealed, FakeAgent()))
    # The rules alarmed on two emergencies (the net overruled one) and on one look-alike (overruled).
    assert results["second_look"] == {
        "emergencies_cancelled": 1,
        "emergencies_alarmed": 2,
        "false_alarms_cancelled": 1,
        "false_alarms": 1,
    }
    assert results["recall"] == pytest.approx(1 / 3)  # an overruled emergency is not told to call 911
    assert results["false_alarm_rate"] == 0.0
    report = red_flag_report(results)
    assert "overruled 1 of the rules' 2 alarms on emergencies (counted above as missed) and 1 of their 1 false alarms" in report
    assert "what if my legs go numb" not in report and "chest pain now" not in report  # counts only
    summary = sealed_summary([results, results])
    assert "overruled 2 of the rules' 4 alarms on emergencies (counted above as missed) and 2 of their 2 false alarms" in summary


def test_a_set_read_through_the_pipeline_lists_the_overruled_messages(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluate, "RED_FLAG_SEALED_SETS", [])
    results = asyncio.run(red_flag_results(write_set(tmp_path / "round.yml"), FakeAgent()))
    assert results["kind"] == "development" and not results["rules_only"]
    report = red_flag_report(results)
    assert "- emergency [chest_pain] 'chest pain now'" in report
    assert "- look-alike (hypothetical, read as weakness_numbness) 'what if my legs go numb'" in report


class FakeDetector:
    """The rules: a flag for ALARMED texts (one of them under another category), None otherwise."""

    def detect(self, text):
        if text not in ALARMED:
            return None
        return SimpleNamespace(category="chest_pain" if text.startswith("chest") else "weakness_numbness")


def test_a_development_set_is_read_by_the_rules_alone_and_says_so(tmp_path):
    results = evaluate.rules_results(write_set(tmp_path / "development.yml"), FakeDetector())
    assert results["kind"] == "development" and results["rules_only"] and results["second_look"] is None
    assert results["recall"] == results["told_to_call_rate"] == pytest.approx(2 / 3)
    assert results["false_alarm_rate"] == results["told_to_call_false_rate"] == 1 / 2
    assert [i["text"] for i in results["missed"]] == ["i wet myself and did not notice"]
    assert [i["text"] for i in results["false_alarms"]] == ["what if my legs go numb"]
    assert results["wrong_category"] == []
    report = red_flag_report(results)
    assert "Read by the rules alone" in report and "safety net's checks (reported)" not in report
    assert "i wet myself and did not notice" in report  # development texts are shown


@pytest.mark.parametrize(
    ("parse", "outcome"),
    [
        ({"intent": {"name": INTENT_REPORT_RED_FLAG}, "entities": [{"entity": ENTITY_RED_FLAG, "value": "chest_pain"}]},
         ("report", "chest_pain")),
        ({"intent": {"name": INTENT_REPORT_RED_FLAG}, "entities": [{"entity": ENTITY_RED_FLAG, "value": RED_FLAG_POSSIBLE}]},
         ("check", RED_FLAG_POSSIBLE)),
        ({"intent": {"name": "ask_duration"}, "entities": [{"entity": ENTITY_RED_FLAG_REVIEW, "value": "bleeding"}]},
         ("overruled", "bleeding")),
        ({"intent": {"name": "ask_duration"}, "entities": [{"entity": "procedure", "value": "rfa"}]}, (None, None)),
        ({"intent": None, "entities": None}, (None, None)),
    ],
)
def test_red_flag_outcome_names_how_the_pipeline_answered(parse, outcome):
    assert evaluate.red_flag_outcome(parse) == outcome


def test_the_held_out_report_counts_ordinary_questions_given_the_emergency_reply():
    def turn(text, red_flag):
        t = evaluate.Turn("c1", text, "ask_duration", set(), {"category": "greet"}, intent="ask_duration")
        t.red_flag = red_flag
        return t

    turns = [turn("a", None), turn("b", "check"), turn("c", "check"), turn("d", "report"), turn("e", "overruled")]
    text, _ = evaluate.report(turns)
    row = next(line for line in text.splitlines() if line.startswith("| ordinary questions"))
    assert "| 3 of 5 (2 by the safety net's check, 1 by the rules); 1 rule alarms overruled" in row
