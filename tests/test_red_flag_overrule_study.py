"""scripts/red_flag_overrule_study.py: what patients would be told if the net overruled rule alarms."""
from __future__ import annotations

from scripts.red_flag_overrule_study import Reading, outcome

READINGS = [
    Reading("cannot_walk", False, 0.01, True),  # a rule alarm on an emergency the net misreads
    Reading("chest_pain", False, 0.9, True),  # both agree
    Reading("self_harm", False, 0.0, True),  # never overruled
    Reading(None, False, 0.85, True),  # the rules missed it, the net checks it
    Reading(None, True, 0.9, True),  # dismissed by the rules: the net needs 0.95
    Reading("seizure", False, 0.03, False),  # a rule false alarm the net is sure about
    Reading(None, False, 0.81, False),  # the net's own false alarm
    Reading(None, False, 0.1, False),
]


def test_without_overruling_the_rules_alarms_and_the_nets_checks_both_count():
    assert outcome(READINGS, 0.0, 0.8, 0.95) == {
        "emergencies": 5, "told": 4, "overruled": 0, "look_alikes": 3, "false_told": 2, "spared": 0,
    }


def test_overruling_below_a_limit_loses_the_emergencies_the_net_misreads_and_spares_look_alikes():
    at_02 = outcome(READINGS, 0.02, 0.8, 0.95)
    assert (at_02["told"], at_02["overruled"], at_02["false_told"], at_02["spared"]) == (3, 1, 2, 0)
    at_05 = outcome(READINGS, 0.05, 0.8, 0.95)
    assert (at_05["told"], at_05["overruled"], at_05["false_told"], at_05["spared"]) == (3, 1, 1, 1)


def test_only_numbered_rounds_are_replayed():
    from scripts.red_flag_overrule_study import round_number

    assert round_number("tests/eval/red_flags_round24.yml") == 24
    assert round_number("tests/eval/red_flags_fresh.yml") is None
    assert round_number("tests/eval/red_flags.yml") is None
