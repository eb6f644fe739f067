#!/usr/bin/env python
"""Could the safety net safely overrule the rules' alarms? A study on first readings.

Each development round was read blind once, by the rules as they were before it was
learned, and then the rules learned it. This script replays those first readings: for
every round it checks out (in a temporary git worktree) the commit before the one that
added the round, runs that commit's rules over the round, and pairs each message's
verdict with its held-out score from ``scripts/red_flag_net_cv.py --scores`` (a net that
never saw the round). It then prints, for several limits, what would happen if the net
overruled every rule alarm scored below the limit (self-harm excepted): how many of the
rules' true alarms would be lost, and how many look-alikes would be spared. Counts only.

    .venv/bin/python scripts/red_flag_net_cv.py --learners fine-tuned --scores /tmp/oof.json
    .venv/bin/python scripts/red_flag_overrule_study.py /tmp/oof-fine-tuned.json

Or, instead of held-out scores, one net trained as ``rasa train`` would (fine-tuned, as
``config.yml`` sets it) on the development sets ``config.yml`` named at a commit from
before the replayed rounds were learned, so the net is as blind to them as the rules:

    .venv/bin/python scripts/red_flag_overrule_study.py --net-at 9877d43 --from-round 49

docs/red_flags.md records the result.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LIMITS = (0.0, 0.015, 0.02, 0.05, 0.1, 0.2)
NEVER_OVERRULE = frozenset({"self_harm"})

# Run inside a worktree: that commit's rules over the named sets (read from the main checkout).
READ_WITH_OLD_RULES = """
import json, sys, yaml
from pathlib import Path
sys.path.insert(0, ".")
from bot.nlu.red_flags import RedFlagDetector
detector = RedFlagDetector.from_file()
rows = []
for name in sys.argv[2:]:
    data = yaml.safe_load(Path(sys.argv[1], name).read_text(encoding="utf-8"))
    for kind in ("red_flags", "non_urgent"):
        for index, item in enumerate(data[kind]):
            text = str(item["text"])
            flag = detector.detect(text)
            rows.append({"set": name, "list": kind, "index": index,
                         "category": flag.category if flag else None,
                         "mentions": bool(getattr(detector, "mentions", lambda t: False)(text))})
print(json.dumps(rows))
"""


@dataclass(frozen=True)
class Reading:
    """One message at its first reading: the rules' category (None: no alarm), whether the
    rules read a symptom phrase and dismissed it, the net's held-out score, and its label."""

    category: str | None
    dismissed: bool
    probability: float
    emergency: bool


def outcome(readings: list[Reading], limit: float, threshold: float, dismissed_threshold: float) -> dict[str, int]:
    """What the patients would be told if the net overruled rule alarms scored below ``limit``
    (the net's own check needs ``threshold``, or ``dismissed_threshold`` where the rules dismissed a phrase)."""
    counts = {"emergencies": 0, "told": 0, "overruled": 0, "look_alikes": 0, "false_told": 0, "spared": 0}
    for r in readings:
        overruled = r.category is not None and r.category not in NEVER_OVERRULE and r.probability < limit
        if r.category is not None:
            told = not overruled
        else:
            told = r.probability >= (dismissed_threshold if r.dismissed else threshold)
        if r.emergency:
            counts["emergencies"] += 1
            counts["told"] += told
            counts["overruled"] += overruled
        else:
            counts["look_alikes"] += 1
            counts["false_told"] += told
            counts["spared"] += overruled
    return counts


def round_number(name: str) -> int | None:
    """27 for ``tests/eval/red_flags_round27.yml``; None for a set that is not a numbered round."""
    found = re.search(r"round(\d+)\.yml$", name)
    return int(found.group(1)) if found else None


def first_readings(sets: list[str]) -> list[dict]:
    """Each set's messages as the rules read them just before the set was learned."""
    by_commit: dict[str, list[str]] = {}
    for name in sets:
        added = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%H", "--", name],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.split()
        if added:
            by_commit.setdefault(added[-1], []).append(name)
    rows: list[dict] = []
    for commit, names in by_commit.items():
        with tempfile.TemporaryDirectory() as directory:
            tree = Path(directory) / "tree"
            subprocess.run(["git", "worktree", "add", "--detach", "-f", str(tree), f"{commit}^"],
                           cwd=ROOT, capture_output=True, check=True)
            try:
                result = subprocess.run(
                    [sys.executable, "-c", READ_WITH_OLD_RULES, str(ROOT), *names],
                    cwd=tree, capture_output=True, text=True, check=True,
                )
                rows += json.loads(result.stdout)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
    return rows


def scores_of_net_at(commit: str, from_round: int) -> dict[tuple[str, str, int], float]:
    """Scores, from one net trained on the development sets ``config.yml`` named at ``commit``, of
    every numbered round from ``from_round`` on that it did not train on."""
    import numpy as np
    import yaml
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.nlu.red_flag_net import EXAMPLES_KEY, learn, score, training_set
    from scripts.red_flag_net_probe import net_config

    shown = subprocess.run(["git", "show", f"{commit}:config.yml"], cwd=ROOT, capture_output=True, text=True, check=True)
    trained = set(net_config(shown.stdout)[EXAMPLES_KEY])
    texts, labels = training_set(sorted(trained), load_data(str(ROOT / "data" / "nlu")))
    with tempfile.TemporaryDirectory() as directory:
        encoder, weights, bias = learn(texts, labels, net_config(), Path(directory))
    scores = {}
    for path in sorted((ROOT / "tests" / "eval").glob("red_flags_round*.yml")):
        name = path.relative_to(ROOT).as_posix()
        if name in trained or (round_number(name) or 0) < from_round:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in ("red_flags", "non_urgent"):
            texts = [str(item["text"]) for item in data[kind]]
            probability = score(np.asarray(encoder.encode(texts), dtype=np.float32), weights, bias)
            scores.update({(name, kind, index): float(p) for index, p in enumerate(probability)})
    print(f"net trained on the {len(trained)} development sets config.yml named at {commit}")
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scores", type=Path, nargs="?", help="held-out scores written by red_flag_net_cv.py --scores")
    parser.add_argument("--net-at", help="instead: train one net on the development sets config.yml named at this commit")
    parser.add_argument("--from-round", type=int, default=8,
                        help="first round to replay (earlier rules lack what the study needs)")
    args = parser.parse_args()
    if (args.scores is None) == (args.net_at is None):
        parser.error("give held-out scores or --net-at, not both")
    if args.scores is not None:
        scores = {(r["set"], r["list"], r["index"]): r["probability"] for r in json.loads(args.scores.read_text())}
    else:
        scores = scores_of_net_at(args.net_at, args.from_round)
    sets = sorted({name for name, _, _ in scores if (round_number(name) or 0) >= args.from_round})
    readings = [
        Reading(row["category"], row["mentions"] and row["category"] is None,
                scores[(row["set"], row["list"], row["index"])], row["list"] == "red_flags")
        for row in first_readings(sets)
    ]
    print(f"{len(sets)} rounds replayed: {sum(r.emergency for r in readings)} emergencies, "
          f"{sum(not r.emergency for r in readings)} look-alikes")
    print("| overrule below | rule alarms overruled: emergencies / look-alikes "
          "| emergencies told to call 911 | look-alikes told to call 911 |")
    print("|---|---|---|---|")
    from scripts.red_flag_net_probe import net_config  # imports Rasa: only when the study runs

    net = net_config()
    for limit in LIMITS:
        c = outcome(readings, limit, float(net["threshold"]), float(net["dismissed_threshold"]))
        print(f"| {limit} | {c['overruled']} / {c['spared']} | {c['told']}/{c['emergencies']} "
              f"({c['told'] / c['emergencies']:.1%}) | {c['false_told']}/{c['look_alikes']} "
              f"({c['false_told'] / c['look_alikes']:.1%}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
