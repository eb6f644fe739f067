#!/usr/bin/env python
"""First reading of a new red-flag round, before anything is tuned on it.

Trains the safety net the way ``rasa train`` does, with the settings in
``config.yml`` (a fine-tuned MiniLM with a linear head, or a logistic regression
over the frozen MiniLM vectors; emergencies against look-alikes and the FAQ
training examples), on the development sets named with ``--train`` (fine-tuning
takes a few minutes), then reads the new set with the
current rules and that net at several thresholds, so the net's thresholds can be
chosen on text neither the rules nor the net has seen. Prints counts and
figures only, never the messages, so it can also be pointed at the sealed set.

    .venv/bin/python scripts/red_flag_net_probe.py tests/eval/red_flags_round9.yml \\
        --train tests/eval/red_flags.yml tests/eval/red_flags_fresh.yml ...

docs/red_flags.md records what each round gave when it arrived.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tempfile  # noqa: E402

import yaml  # noqa: E402

from bot.nlu.red_flag_net import (  # noqa: E402
    FINE_TUNE_KEY,
    RedFlagSafetyNet,
    learn,
    read_examples,
    score,
    training_set,
)
from bot.nlu.red_flags import RedFlagDetector  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.9)
VETO_BELOW = (0.01, 0.05, 0.1, 0.2)  # measured only: the deployed net never overrules a rule alarm
DISMISSED_THRESHOLDS = (None, 0.95, 1.01)  # None: same as the threshold; 1.01: never overrule the rules


def report(new_set: str, trained_on: int, encoder, weights: np.ndarray, bias: float, detector: RedFlagDetector) -> None:
    """Counts for one new set: the rules, the net alone, and the two together at each threshold."""
    new_emergencies, new_look_alikes = read_examples([new_set])
    texts = new_emergencies + new_look_alikes
    is_emergency = np.array([True] * len(new_emergencies) + [False] * len(new_look_alikes))
    probability = score(np.asarray(encoder.encode(texts), dtype=np.float32), weights, bias)
    rules = np.array([detector.detect(t) is not None for t in texts])
    dismissed = np.array([not r and detector.mentions(t) for t, r in zip(texts, rules, strict=True)])

    n, m = int(is_emergency.sum()), int((~is_emergency).sum())
    print(f"{new_set}: {n} emergencies, {m} look-alikes; net trained on {trained_on} sets")
    print(f"rules alone: recall {(rules & is_emergency).sum()}/{n}, false alarms {(rules & ~is_emergency).sum()}/{m}")
    for threshold in THRESHOLDS:
        print(
            f"net alone at {threshold}: recall {(probability[is_emergency] >= threshold).sum()}/{n}, "
            f"false alarms {(probability[~is_emergency] >= threshold).sum()}/{m}"
        )
    print("| threshold | when the rules dismissed a phrase | told to call 911 | look-alikes told to call 911 |")
    print("|---|---|---|---|")
    for threshold in THRESHOLDS:
        for dismissed_threshold in DISMISSED_THRESHOLDS:
            needed = np.where(dismissed, max(threshold, dismissed_threshold or threshold), threshold)
            told = rules | (probability >= needed)
            gate = "same" if dismissed_threshold is None else ("never" if dismissed_threshold > 1 else dismissed_threshold)
            print(
                f"| {threshold} | {gate} | {(told & is_emergency).sum()}/{n} ({(told & is_emergency).sum() / n:.1%}) "
                f"| {(told & ~is_emergency).sum()}/{m} ({(told & ~is_emergency).sum() / m:.1%}) |"
            )
    # What a veto would cost and buy (docs/red_flags.md, "Could the net overrule a rule alarm?").
    print("| net veto below | rule alarms on emergencies it would cancel | rule false alarms it would cancel |")
    print("|---|---|---|")
    for veto in VETO_BELOW:
        vetoed = rules & (probability < veto)
        print(f"| {veto} | {(vetoed & is_emergency).sum()}/{(rules & is_emergency).sum()} | {(vetoed & ~is_emergency).sum()}/{(rules & ~is_emergency).sum()} |")


def net_config(config_text: str | None = None) -> dict:
    """The safety net's settings: its defaults, overridden by its entry in config.yml (or in
    ``config_text``, e.g. config.yml as it was at an earlier commit)."""
    if config_text is None:
        config_text = (ROOT / "config.yml").read_text(encoding="utf-8")
    pipeline = yaml.safe_load(config_text)["pipeline"]
    (entry,) = (c for c in pipeline if c["name"].endswith("RedFlagSafetyNet"))
    return {**RedFlagSafetyNet.get_default_config(), **entry}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new_sets", nargs="+", help="the rounds to read, each on its own (never one listed under --train)")
    parser.add_argument("--train", nargs="+", required=True, help="development sets the net learns from")
    parser.add_argument("--linear", action="store_true", help="the logistic regression even if config.yml fine-tunes")
    parser.add_argument(
        "--rules",
        default=None,
        help="a red-flag rules file to read with instead of knowledge/red_flags.yml "
        "(e.g. the rules as they were before a round was learned: git show REV:knowledge/red_flags.yml)",
    )
    args = parser.parse_args()
    if set(args.new_sets) & set(args.train):
        parser.error("a new set must not be among the training sets")

    from rasa.shared.nlu.training_data.loading import load_data

    # Trained exactly as `rasa train` trains the net, on the FAQ examples in data/nlu/.
    config = net_config()
    if args.linear:
        config[FINE_TUNE_KEY] = False
    # The rules as they are now, read before the net trains (the file may be edited meanwhile).
    detector = RedFlagDetector.from_file(args.rules) if args.rules else RedFlagDetector.from_file()
    train_texts, train_labels = training_set(args.train, load_data(str(ROOT / "data" / "nlu")))
    with tempfile.TemporaryDirectory() as directory:
        encoder, weights, bias = learn(train_texts, train_labels, config, Path(directory))
    for new_set in args.new_sets:
        report(new_set, len(args.train), encoder, weights, bias, detector)
    return 0


if __name__ == "__main__":
    sys.exit(main())
