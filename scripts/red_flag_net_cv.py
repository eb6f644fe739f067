#!/usr/bin/env python
"""Cross-validated comparison of the safety net's two learners, by round.

The development sets are split into ``--folds`` groups of whole rounds. For each
group, the net learns from the other rounds (and the FAQ examples, as
``rasa train`` does) and scores the held-out rounds, which it has never seen:
the same kind of reading as a new blind round, over many rounds at once. Prints,
for the logistic regression over frozen MiniLM vectors and for the fine-tuned
MiniLM, the net's own recall and false alarms on the held-out emergencies and
look-alikes at several thresholds, and its recall at fixed false-alarm rates.
Counts only, never messages. Fine-tuning takes about five minutes a fold on two
cores.

    .venv/bin/python scripts/red_flag_net_cv.py --folds 6

docs/red_flags.md records the result that chose the fine-tuned net.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlu.red_flag_net import FINE_TUNE_KEY, learn, read_examples, score, training_set  # noqa: E402
from scripts.evaluate import RED_FLAG_DEV_SETS  # noqa: E402
from scripts.red_flag_net_probe import net_config  # noqa: E402

THRESHOLDS = (0.5, 0.8, 0.9)
FALSE_ALARM_RATES = (0.02, 0.05)


def held_out_scores(
    sets: list[str], folds: int, learner: str, training_data
) -> tuple[np.ndarray, np.ndarray, list[tuple[str, str, int]]]:
    """Each held-out message's probability (from a net that never saw its round), its label,
    and where it comes from: (set, "red_flags" or "non_urgent", position in that list)."""
    config = {**net_config(), FINE_TUNE_KEY: learner == "fine-tuned"}
    probabilities, labels, origins = [], [], []
    for fold in range(folds):
        held = [name for i, name in enumerate(sets) if i % folds == fold]
        if not held:
            continue
        texts, train_labels = training_set([name for name in sets if name not in held], training_data)
        by_set = {name: read_examples([name]) for name in held}
        emergencies = [text for found, _ in by_set.values() for text in found]
        look_alikes = [text for _, found in by_set.values() for text in found]
        new = emergencies + look_alikes
        with tempfile.TemporaryDirectory() as directory:
            encoder, weights, bias = learn(texts, train_labels, config, Path(directory))
        probabilities.append(score(encoder.encode(new), weights, bias))
        labels.append(np.array([1] * len(emergencies) + [0] * len(look_alikes)))
        for position, kind in enumerate(("red_flags", "non_urgent")):
            origins += [(name, kind, index) for name, lists in by_set.items() for index in range(len(lists[position]))]
        print(f"  {learner}: fold {fold + 1}/{folds} done ({len(held)} rounds held out)", flush=True)
    return np.concatenate(probabilities), np.concatenate(labels), origins


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=6)
    parser.add_argument("--learners", nargs="+", default=["linear", "fine-tuned"], choices=["linear", "fine-tuned"])
    parser.add_argument(
        "--scores",
        type=Path,
        help="also write each held-out message's score (set, list, position; no text) as JSON, "
        "one file per learner: --scores /tmp/oof.json writes /tmp/oof-fine-tuned.json",
    )
    args = parser.parse_args()

    from rasa.shared.nlu.training_data.loading import load_data

    sets = list(RED_FLAG_DEV_SETS)
    training_data = load_data(str(ROOT / "data" / "nlu"))
    print(f"{len(sets)} development sets in {args.folds} folds")
    for learner in args.learners:
        probability, label, origins = held_out_scores(sets, args.folds, learner, training_data)
        if args.scores:
            rows = [
                {"set": name, "list": kind, "index": index, "probability": round(float(p), 5)}
                for (name, kind, index), p in zip(origins, probability, strict=True)
            ]
            path = args.scores.with_name(f"{args.scores.stem}-{learner}{args.scores.suffix}")
            path.write_text(json.dumps(rows, indent=1), encoding="utf-8")
        emergency, look_alike = probability[label == 1], probability[label == 0]
        print(f"{learner}: {len(emergency)} held-out emergencies, {len(look_alike)} look-alikes")
        for threshold in THRESHOLDS:
            print(
                f"  threshold {threshold}: recall {(emergency >= threshold).mean():.1%}, "
                f"false alarms {(look_alike >= threshold).mean():.1%}"
            )
        for rate in FALSE_ALARM_RATES:
            cut = float(np.quantile(look_alike, 1 - rate))
            print(f"  at {rate:.0%} false alarms (threshold {cut:.3f}): recall {(emergency >= cut).mean():.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
