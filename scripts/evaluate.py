#!/usr/bin/env python
"""Held-out evaluation of the trained assistant (``make eval``).

Plays every conversation in ``tests/eval/heldout.yml`` against the trained
model in-process, with the real action server, and reports intent accuracy,
procedure-entity F1 and answer accuracy (does the reply carry the right
knowledge-base fact or the right kind of reply), plus a confusion list.
Exits non-zero when a threshold is missed.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import os
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import yaml_strict  # noqa: E402
from bot.constants import (  # noqa: E402
    ENTITY_RED_FLAG,
    ENTITY_RED_FLAG_REVIEW,
    INTENT_REPORT_RED_FLAG,
    RED_FLAG_POSSIBLE,
    SLOT_REPLY,
)
from bot.harness import action_server  # noqa: E402
from bot.kb import load_knowledge_base  # noqa: E402

THRESHOLDS = {"answer_accuracy": 0.95, "entity_f1": 0.95, "red_flag_recall": 1.0}
MAX_FALSE_ALARM_RATE = 0.02
# Red-flag sets, each written by an author who never saw the rules. The sealed sets
# have never been used to change them: they are the honest measure. Each development
# set was measured blind once and the rules were then improved on its misses; they
# stay as regression sets and are held to the same bar.
RED_FLAG_SEALED_SETS = [
    "tests/eval/red_flags_sealed.yml",
    "tests/eval/red_flags_sealed2.yml",
    "tests/eval/red_flags_sealed6.yml",
    "tests/eval/red_flags_sealed7.yml",
    "tests/eval/red_flags_sealed8.yml",
    "tests/eval/red_flags_sealed9.yml",
    "tests/eval/red_flags_sealed10.yml",
    "tests/eval/red_flags_sealed11.yml",
    "tests/eval/red_flags_sealed12.yml",
    "tests/eval/red_flags_sealed13.yml",
    "tests/eval/red_flags_sealed14.yml",
    "tests/eval/red_flags_sealed15.yml",
    "tests/eval/red_flags_sealed16.yml",
    "tests/eval/red_flags_sealed17.yml",
    "tests/eval/red_flags_sealed18.yml",
    "tests/eval/red_flags_sealed19.yml",
    "tests/eval/red_flags_sealed20.yml",
    "tests/eval/red_flags_sealed21.yml",
    "tests/eval/red_flags_sealed22.yml",
    "tests/eval/red_flags_sealed23.yml",
    "tests/eval/red_flags_sealed24.yml",
    "tests/eval/red_flags_sealed25.yml",
]
RED_FLAG_DEV_SETS = sorted(
    path.relative_to(ROOT).as_posix()
    for path in (ROOT / "tests" / "eval").glob("red_flags*.yml")
    if path.relative_to(ROOT).as_posix() not in RED_FLAG_SEALED_SETS
)
RED_FLAG_SETS = [*RED_FLAG_SEALED_SETS, *RED_FLAG_DEV_SETS]

# What each expected category looks like in the tracker: the utter actions run
# this turn, or the `reply` slot chosen for utter_answer.
CATEGORY_ACTIONS = {
    "greet": {"utter_greet"},
    "goodbye": {"utter_goodbye"},
    "thanks": {"utter_you_are_welcome"},
    "bot_challenge": {"utter_iamabot"},
    "out_of_scope": {"utter_out_of_scope"},
    "handoff": {"handoff_form"},
    "medical_advice": {"utter_defer_medical_advice"},
}
CATEGORY_REPLIES = {
    "clarify_procedure": "ask_which_procedure",
    "topic_menu": "ask_about_procedure",  # "what would you like to know about <procedure>?"
    "no_answer": "no_answer",
    "out_of_scope": "out_of_scope",  # unsure classifier whose best guess was out_of_scope
}


Outcome = tuple[str | None, str | None]  # ("report" | "check" | "overruled" | None, the rules' category)


@dataclass
class Turn:
    conversation: str
    text: str
    expected_intent: str
    expected_procedures: set[str]
    expect: dict
    intent: str = ""
    procedures: set[str] = field(default_factory=set)
    bot_text: str = ""
    actions: list[str] = field(default_factory=list)
    reply: str | None = None
    red_flag: str | None = None  # red_flag_outcome: how the red-flag checks answered the turn
    answer_ok: bool = False


def load_conversations(path: Path) -> list[list[Turn]]:
    data = yaml_strict.safe_load(path.read_text())
    return [
        [
            Turn(conv["id"], t["text"], t["intent"], set(t.get("procedures") or []), t["expect"])
            for t in conv["turns"]
        ]
        for conv in data["conversations"]
    ]


def answer_is_right(turn: Turn, kb) -> bool:
    expect = turn.expect
    if "category" in expect:
        category = expect["category"]
        if "utter_answer" in turn.actions and turn.reply == CATEGORY_REPLIES.get(category):
            return True
        return bool(CATEGORY_ACTIONS.get(category, set()) & set(turn.actions))
    answer = kb.lookup(expect["procedure"], expect["facet"])
    if answer is None:  # the eval set expects a fact the knowledge base lacks
        turn.bot_text = f"[knowledge base has no {expect}] " + turn.bot_text
        return False
    return all(fact.text in turn.bot_text for fact in answer.facts)


async def play(conversations: list[list[Turn]], agent) -> None:
    for turns in conversations:
        sender = f"eval-{uuid.uuid4().hex[:8]}"
        for turn in turns:
            before = len((await agent.tracker_store.retrieve(sender) or _Empty()).events)
            responses = await agent.handle_text(turn.text, sender_id=sender) or []
            tracker = await agent.tracker_store.retrieve(sender)
            parse = tracker.latest_message.parse_data
            turn.intent = (parse.get("intent") or {}).get("name") or ""
            turn.procedures = {e["value"] for e in parse.get("entities", []) if e.get("entity") == "procedure"}
            turn.bot_text = "\n".join(r.get("text") or "" for r in responses)
            new_events = list(tracker.events)[before:]
            turn.actions = [e.action_name for e in new_events if getattr(e, "action_name", None)]
            turn.reply = tracker.get_slot(SLOT_REPLY)
            turn.red_flag = red_flag_outcome(parse)[0]


def project_relative(path: Path) -> str:
    """``path`` as the set lists name it (relative to the project), or as given if outside it."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def red_flag_outcome(parse: dict) -> Outcome:
    """How the pipeline's reading ``parse`` is answered: ``report`` (the rules), ``check`` (the
    safety net), ``overruled`` (a rule alarm the safety net overruled) or None, and the rules' category."""
    entities = parse.get("entities") or []
    overruled = [e["value"] for e in entities if e.get("entity") == ENTITY_RED_FLAG_REVIEW]
    if overruled:
        return "overruled", overruled[0]
    if (parse.get("intent") or {}).get("name") != INTENT_REPORT_RED_FLAG:
        return None, None
    categories = [e["value"] for e in entities if e.get("entity") == ENTITY_RED_FLAG]
    category = categories[0] if categories else None
    return ("check" if category == RED_FLAG_POSSIBLE else "report"), category


async def red_flag_results(path: Path, agent) -> dict:
    """Every red-flag and look-alike message through the trained NLU pipeline, as the patient would
    be answered (a rule alarm the safety net overruled is not told to call 911)."""
    data = yaml_strict.safe_load(path.read_text())

    async def flagged(text: str) -> Outcome:
        return red_flag_outcome(await agent.parse_message(text))

    emergencies = [await flagged(item["text"]) for item in data["red_flags"]]
    look_alikes = [await flagged(item["text"]) for item in data["non_urgent"]]
    return tally(path, data, emergencies, look_alikes)


def rules_results(path: Path, detector) -> dict:
    """A development set read by the rules alone, as the trained pipeline's ``RedFlagClassifier``
    reads it (the same ``RedFlagDetector.detect``). The safety net trains on these sets, so its
    checks would only flatter them; reading them without the pipeline keeps ``make eval`` short."""
    data = yaml_strict.safe_load(path.read_text())

    def flagged(text: str) -> tuple[str | None, str | None]:
        flag = detector.detect(text)
        return ("report", flag.category) if flag is not None else (None, None)

    emergencies = [flagged(item["text"]) for item in data["red_flags"]]
    look_alikes = [flagged(item["text"]) for item in data["non_urgent"]]
    return tally(path, data, emergencies, look_alikes, rules_only=True)


def tally(
    path: Path, data: dict, emergencies: list[Outcome], look_alikes: list[Outcome], rules_only: bool = False
) -> dict:
    """One set's results from what each of its emergencies and look-alikes got, in order."""
    missed, checked, wrong_category, false_alarms, checked_look_alikes = [], [], [], [], []
    overruled, overruled_look_alikes = [], []
    alarmed = 0
    for item, (kind, category) in zip(data["red_flags"], emergencies, strict=True):
        if kind != "report":
            missed.append(item)
            if kind == "check":
                checked.append(item)
            elif kind == "overruled":
                overruled.append(item)
            continue
        alarmed += 1
        if category != item["category"]:
            wrong_category.append({**item, "got": category})
    for item, (kind, category) in zip(data["non_urgent"], look_alikes, strict=True):
        if kind == "report":
            false_alarms.append({**item, "got": category})
        elif kind == "overruled":
            overruled_look_alikes.append({**item, "got": category})
        elif kind == "check":
            checked_look_alikes.append({**item, "got": "possible"})
    relative = project_relative(path)
    sealed = relative in RED_FLAG_SEALED_SETS
    return {
        "path": relative,
        "kind": "sealed" if sealed else "development",
        "rules_only": rules_only,
        # The rule alarms the safety net overruled (they count above as not told to call 911).
        "second_look": None if rules_only else {
            "emergencies_cancelled": len(overruled),
            "emergencies_alarmed": alarmed + len(overruled),
            "false_alarms_cancelled": len(overruled_look_alikes),
            "false_alarms": len(false_alarms) + len(overruled_look_alikes),
        },
        "total": len(data["red_flags"]),
        "look_alikes": len(data["non_urgent"]),
        "recall": 1 - len(missed) / len(data["red_flags"]),
        "false_alarm_rate": len(false_alarms) / len(data["non_urgent"]),
        # With the safety net's checks, which also tell the patient to call 911 (and page staff).
        "told_to_call_rate": 1 - (len(missed) - len(checked)) / len(data["red_flags"]),
        "check_rate": len(checked_look_alikes) / len(data["non_urgent"]),
        # Look-alikes told to call 911 either way (a rule's alarm or the net's check).
        "told_to_call_false_rate": (len(false_alarms) + len(checked_look_alikes)) / len(data["non_urgent"]),
        "missed": missed,
        "checked": checked,
        "checked_look_alikes": checked_look_alikes,
        "wrong_category": wrong_category,
        "false_alarms": false_alarms,
        "overruled": overruled,
        "overruled_look_alikes": overruled_look_alikes,
    }


def red_flag_report(results: dict) -> str:
    lines = [
        "",
        f"# Red flags, {results['kind']} set ({results['path']})",
        "",
        "| metric | value | threshold |",
        "|---|---|---|",
        f"| recall on {results['total']} emergencies | {results['recall']:.1%} | 100% |",
        f"| false alarms on {results['look_alikes']} look-alikes | {results['false_alarm_rate']:.1%} "
        f"| ≤ {MAX_FALSE_ALARM_RATE:.0%} |",
        f"| right category (reported) | {1 - len(results['wrong_category']) / results['total']:.1%} | |",
    ]
    if results.get("rules_only"):
        lines += ["", "Read by the rules alone: the safety net trains on this set."]
    else:
        lines += [
            f"| told to call 911 with the safety net's checks (reported) | {results['told_to_call_rate']:.1%} | |",
            f"| look-alikes that got a check (reported) | {results['check_rate']:.1%} | |",
            f"| look-alikes told to call 911 either way (reported) | {results['told_to_call_false_rate']:.1%} | |",
        ]
    if results["kind"] == "sealed":  # counts only: its texts must not guide the rules
        missed = collections.Counter(i["category"] for i in results["missed"])
        alarms = collections.Counter(i["why"] for i in results["false_alarms"])
        lines += ["", "Missed, by category: " + (", ".join(f"{c} {n}" for c, n in sorted(missed.items())) or "none")]
        lines += ["False alarms, by kind: " + (", ".join(f"{c} {n}" for c, n in sorted(alarms.items())) or "none")]
        if results.get("second_look"):
            lines += [overruled_sentence(results["second_look"])]
        return "\n".join(lines) + "\n"
    lines += ["", "## Missed emergencies (✓ = the safety net's check told them to call 911)", ""]
    lines += [
        f"- [{i['category']}]{' ✓' if i in results['checked'] else ''} {i['text']!r}" for i in results["missed"]
    ] or ["- none"]
    lines += ["", "## False alarms", ""]
    lines += [f"- ({i['why']}, read as {i['got']}) {i['text']!r}" for i in results["false_alarms"]] or ["- none"]
    lines += ["", "## Look-alikes that got a check", ""]
    lines += [f"- ({i['why']}) {i['text']!r}" for i in results["checked_look_alikes"]] or ["- none"]
    if results.get("second_look"):
        lines += ["", "## Rule alarms the safety net overruled", "", overruled_sentence(results["second_look"]), ""]
        lines += [f"- emergency [{i['category']}] {i['text']!r}" for i in results["overruled"]]
        lines += [f"- look-alike ({i['why']}, read as {i['got']}) {i['text']!r}" for i in results["overruled_look_alikes"]]
    lines += ["", "## Caught under another category", ""]
    lines += [f"- {i['text']!r}: {i['category']} read as {i['got']}" for i in results["wrong_category"]] or ["- none"]
    return "\n".join(lines) + "\n"


def overruled_sentence(counts: dict) -> str:
    return (
        f"The safety net overruled {counts['emergencies_cancelled']} of the rules' {counts['emergencies_alarmed']} "
        f"alarms on emergencies (counted above as missed) and {counts['false_alarms_cancelled']} of their "
        f"{counts['false_alarms']} false alarms (config.yml veto_below; never self-harm)."
    )


def sealed_summary(sealed: list[dict]) -> str:
    """One line per sealed set at the top of the report: the figure that says how safe the rules are,
    and, over all of them, how many rule alarms the safety net overruled."""
    lines = []
    second_looks = [results["second_look"] for results in sealed if results.get("second_look")]
    if second_looks:
        total = {key: sum(v[key] for v in second_looks) for key in second_looks[0]}
        lines.append(f"**All sealed sets. {overruled_sentence(total)}**\n")
    for results in sealed:
        met = results["recall"] >= THRESHOLDS["red_flag_recall"] and results["false_alarm_rate"] <= MAX_FALSE_ALARM_RATE
        lines.append(
            f"**Red flags on the sealed set ({results['path']}): recall {results['recall']:.1%} "
            f"(target 100%), false alarms {results['false_alarm_rate']:.1%} (target ≤ {MAX_FALSE_ALARM_RATE:.0%}) — "
            f"{'targets met' if met else 'TARGETS NOT MET'}. With the safety net's checks, "
            f"{results['told_to_call_rate']:.1%} of emergencies are told to call 911, and "
            f"{results['check_rate']:.1%} of look-alikes get a check "
            f"({results['told_to_call_false_rate']:.1%} of look-alikes told to call 911 either way).** "
            "Only counts are shown: tuning the rules on its "
            "texts would unseal it (write a new sealed set first, as tests/eval/red_flags_round*.yml were).\n"
        )
    return "\n".join(lines) + ("\n" if lines else "")


class _Empty:
    events: tuple = ()


def f1(turns: list[Turn]) -> tuple[float, float, float]:
    tp = sum(len(t.procedures & t.expected_procedures) for t in turns)
    fp = sum(len(t.procedures - t.expected_procedures) for t in turns)
    fn = sum(len(t.expected_procedures - t.procedures) for t in turns)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def red_flag_row(turns: list[Turn]) -> str:
    """The held-out turns the red-flag checks answered, as a table row's first two cells.

    The held-out conversations hold ordinary questions only, so each emergency reply here is a
    false alarm an ordinary patient would get, and a turn the rules flagged and the safety net
    overruled got the review line before its answer."""
    told = collections.Counter(t.red_flag for t in turns)
    emergency = told["report"] + told["check"]
    return (
        f"ordinary questions given the emergency reply | {emergency} of {len(turns)} "
        f"({told['check']} by the safety net's check, {told['report']} by the rules); "
        f"{told['overruled']} rule alarms overruled by the second look"
    )


def report(turns: list[Turn]) -> tuple[str, dict[str, float]]:
    n = len(turns)
    intent_acc = sum(t.intent == t.expected_intent for t in turns) / n
    precision, recall, entity_f1 = f1(turns)
    answer_acc = sum(t.answer_ok for t in turns) / n
    metrics = {"intent_accuracy": intent_acc, "entity_f1": entity_f1, "answer_accuracy": answer_acc}
    lines = [
        "# Held-out evaluation",
        "",
        f"{n} turns in {len({t.conversation for t in turns})} conversations (tests/eval/heldout.yml).",
        "",
        "| metric | value | threshold |",
        "|---|---|---|",
        f"| answer accuracy | {answer_acc:.1%} | ≥ {THRESHOLDS['answer_accuracy']:.0%} |",
        f"| procedure entity F1 | {entity_f1:.3f} (P {precision:.3f}, R {recall:.3f}) | ≥ {THRESHOLDS['entity_f1']} |",
        f"| intent accuracy | {intent_acc:.1%} | (reported) |",
        f"| {red_flag_row(turns)} | (reported) |",
        "",
        "## Intent confusions (expected → predicted)",
        "",
    ]
    confusions = collections.Counter((t.expected_intent, t.intent) for t in turns if t.intent != t.expected_intent)
    lines += [f"- {e} → {p}: {c}" for (e, p), c in confusions.most_common()] or ["- none"]
    lines += ["", "## Wrong answers", ""]
    wrong = [t for t in turns if not t.answer_ok]
    for t in wrong:
        lines.append(
            f"- `{t.conversation}` {t.text!r}: expected {t.expect}, intent {t.intent}, "
            f"procedures {sorted(t.procedures)}, reply `{t.reply}`, said {t.bot_text[:140]!r}"
        )
    if not wrong:
        lines.append("- none")
    lines += ["", "## Entity errors", ""]
    entity_errors = [t for t in turns if t.procedures != t.expected_procedures]
    lines += [
        f"- {t.text!r}: expected {sorted(t.expected_procedures)}, got {sorted(t.procedures)}" for t in entity_errors
    ] or ["- none"]
    return "\n".join(lines) + "\n", metrics


def read_development_sets(paths: list[Path]) -> list[dict]:
    """Every development set read by the rules alone (``rules_results``), in order.

    ``run_all`` runs this in a second process while the first loads the trained assistant and
    plays the held-out conversations and the sealed sets through it: on CI's two cores the
    rules' reading of the development sets (about two minutes) then costs no wall time.
    """
    from bot.nlu.red_flags import RedFlagDetector

    detector = RedFlagDetector.from_file()
    return [rules_results(path, detector) for path in paths]


def through_the_pipeline(path: Path) -> bool:
    """A set read through the trained pipeline: a sealed set, or one from outside the project."""
    return not path.is_relative_to(ROOT) or project_relative(path) in RED_FLAG_SEALED_SETS


async def run_all(
    conversations: list[list[Turn]], model: str, action_url: str, red_flags: list[Path]
) -> list[dict]:
    """Load the trained assistant once, play the conversations, then each red-flag set: the
    sealed ones through the trained pipeline (rules and safety net), the development ones by
    the rules alone (``rules_results``), in a second process meanwhile (``read_development_sets``).

    With ``bot.rasa_speedups`` installed, as ``make run`` serves it
    (tests/test_speedups_model.py shows it answers exactly as Rasa alone).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    development = [path for path in red_flags if not through_the_pipeline(path)]
    # "spawn": a fresh interpreter that imports only the rules, not a fork of a process holding TensorFlow.
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        development_results = pool.submit(read_development_sets, development)
        from bot import rasa_speedups

        rasa_speedups.install()
        from rasa.core.agent import load_agent
        from rasa.core.utils import AvailableEndpoints
        from rasa.utils.endpoints import EndpointConfig

        agent = await load_agent(model_path=model, endpoints=AvailableEndpoints(action=EndpointConfig(url=action_url)))
        await play(conversations, agent)
        read = {path: await red_flag_results(path, agent) for path in red_flags if through_the_pipeline(path)}
        read.update(zip(development, development_results.result(), strict=True))
    return [read[path] for path in red_flags]


def quiet_rasa() -> None:
    """Rasa logs every prediction at debug level unless told otherwise."""
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/assistant.tar.gz")
    parser.add_argument("--data", default="tests/eval/heldout.yml")
    parser.add_argument(
        "--red-flags", nargs="+", default=RED_FLAG_SETS,
        help="red-flag sets (the sealed one and the development ones); each must meet the thresholds on its own",
    )
    parser.add_argument("--report", default="reports/eval.md")
    args = parser.parse_args()
    quiet_rasa()

    kb = load_knowledge_base()
    conversations = load_conversations(ROOT / args.data)
    with action_server() as action_url:
        red_flag_sets = asyncio.run(run_all(conversations, args.model, action_url, [ROOT / p for p in args.red_flags]))
    turns = [turn for conversation in conversations for turn in conversation]
    for turn in turns:
        turn.answer_ok = answer_is_right(turn, kb)
    text, metrics = report(turns)
    text += "".join(red_flag_report(results) for results in red_flag_sets)
    # The development sets gate CI (the rules must never lose what they were fixed
    # for); the sealed set is the honest measure and is reported against the same
    # targets, but cannot gate: fixing its misses would unseal it.
    gated = [results for results in red_flag_sets if results["kind"] == "development"] or red_flag_sets
    metrics["red_flag_recall"] = min(results["recall"] for results in gated)
    sealed = [results for results in red_flag_sets if results["kind"] == "sealed"]
    text = sealed_summary(sealed) + text
    report_path = ROOT / args.report
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(text)
    print(text)
    failed = [name for name, minimum in THRESHOLDS.items() if metrics[name] < minimum]
    if max(results["false_alarm_rate"] for results in gated) > MAX_FALSE_ALARM_RATE:
        failed.append("red_flag_false_alarms")
    if failed:
        print(f"FAILED thresholds: {', '.join(failed)}")
        return 1
    print("All evaluation thresholds met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
