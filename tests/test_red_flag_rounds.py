"""scripts/red_flag_rounds.py: scoring, showing, explaining, dumping and preparing red-flag rounds.

Every set here is written to tmp_path; the real sealed sets are never read. The real rules are
loaded once (a few seconds) for score, show and explain; dump runs on a tiny rules file.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.nlu import red_flags
from bot.nlu.red_flags import RedFlagDetector
from scripts.red_flag_rounds import (
    PRIVATE_API,
    RULES,
    detector,
    development_sets,
    diff,
    dump,
    explain,
    main,
    near_copies,
    score,
    show,
    write_instructions,
)

EMERGENCY = "I can't feel my legs and can't walk since the epidural this morning"
MISSED = "I feel a bit weird today, not sure what it is"  # no red flag in it: the rules miss it
# A look-alike the rules alarm on: "I literally can't breathe." reads like a real one.
FALSE_ALARM = "My boss just cancelled my vacation. I literally can't breathe. Anyway, can I shower tonight?"
NEGATED = "no fever, just sore"
HEADER = "# Round 9 red-flag evaluation set, written blind.\n# Label rules: see round 422.\n"


def write_set(path: Path, emergencies: list[tuple[str, str]], look_alikes: list[tuple[str, str]]) -> Path:
    """A set as tests/eval writes them: the header, then double-quoted texts."""
    data = {
        "red_flags": [{"text": t, "category": c} for t, c in emergencies],
        "non_urgent": [{"text": t, "why": w} for t, w in look_alikes],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def small_set(tmp_path: Path) -> Path:
    return write_set(
        tmp_path / "red_flags_round9.yml",
        [(EMERGENCY, "weakness_numbness"), (MISSED, "weakness_numbness")],
        [(FALSE_ALARM, "unrelated"), (NEGATED, "negation")],
    )


# --- score and show ------------------------------------------------------------------


def test_the_phrases_the_tests_rely_on_read_as_they_should():
    found = detector(RULES)
    assert found.detect(EMERGENCY) is not None
    assert found.detect(MISSED) is None
    assert found.detect(FALSE_ALARM) is not None
    assert found.detect(NEGATED) is None


def test_score_counts_a_miss_and_a_false_alarm(small_set: Path, capsys):
    total = score([small_set, small_set], RULES)
    assert (total.missed, total.emergencies, total.false_alarms, total.look_alikes) == (2, 4, 2, 4)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("red_flags_round9.yml: missed 1/2, false alarms 1/2")
    assert out[-1].startswith("TOTAL 2 sets: missed 2/4, false alarms 2/4")

    score([small_set], RULES, quiet=True)
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("TOTAL 1 sets: missed 1/2, false alarms 1/2")


def test_the_development_sets_are_the_red_flag_sets_but_the_sealed_ones(tmp_path: Path):
    for name in ("red_flags.yml", "red_flags_round1.yml", "red_flags_sealed.yml", "red_flags_sealed2.yml"):
        write_set(tmp_path / name, [], [])
    write_set(tmp_path / "heldout_red_flags.yml", [], [])
    assert [p.name for p in development_sets(tmp_path)] == ["red_flags.yml", "red_flags_round1.yml"]


def test_show_prints_each_miss_wrong_category_and_false_alarm_with_its_text(tmp_path: Path, capsys):
    path = write_set(
        tmp_path / "red_flags_round9.yml",
        [(EMERGENCY, "seizure"), (MISSED, "cannot_walk")],
        [(NEGATED, "negation"), (FALSE_ALARM, "unrelated")],
    )
    flag = detector(RULES).detect(FALSE_ALARM)
    assert show([path], RULES) == 3
    assert capsys.readouterr().out.splitlines() == [
        f"CAT  round9 e0 [seizure->{detector(RULES).detect(EMERGENCY).category}] {EMERGENCY}",
        f"MISS round9 e1 [cannot_walk] {MISSED}",
        f"FA   round9 n1 [{flag.category} <{flag.text}>] (unrelated) {FALSE_ALARM}",
    ]


def test_show_refuses_a_sealed_set(tmp_path: Path, capsys):
    sealed = write_set(tmp_path / "red_flags_sealed_x.yml", [(MISSED, "seizure")], [(FALSE_ALARM, "unrelated")])
    with pytest.raises(SystemExit) as refused:
        main(["show", str(tmp_path / "red_flags_round9.yml"), str(sealed)])
    assert refused.value.code != 0 and "sealed" in str(refused.value.code)
    assert capsys.readouterr().out == ""


# --- explain -------------------------------------------------------------------------


def test_explain_uses_only_detector_internals_that_exist():
    """explain reads the detector's private parts: a rename there must be renamed here too."""
    found = detector(RULES)
    missing = [name for name in PRIVATE_API if not hasattr(found, name)]
    assert not missing, f"RedFlagDetector no longer has {missing}: update scripts/red_flag_rounds.py explain"
    assert callable(red_flags._overlap)
    assert all(hasattr(RedFlagDetector, name) for name in PRIVATE_API if name not in ("_signs", "_categories"))


def test_explain_shows_a_phrase_that_counts_and_one_that_is_negated(capsys):
    explain([EMERGENCY + "\n", "\n", NEGATED + "\n"], RULES)
    out = capsys.readouterr().out
    emergency, negated = out.split("=" * 100)[1:]
    assert f"-> {detector(RULES).detect(EMERGENCY).category} <" in emergency
    assert "COUNTS" in emergency and "  clauses:" in emergency
    assert "-> None" in negated and "'negated'" in negated and "COUNTS" not in negated


# --- dump and diff -------------------------------------------------------------------

TINY_RULES = {
    "categories": [
        {"id": "cannot_walk", "reply": "emergency", "patterns": ["cannot walk"]},
        {"id": "chest_pain", "reply": "emergency", "patterns": ["chest pain"]},
    ]
}


def test_dump_reads_every_development_and_pending_text_but_no_sealed_one_in_order(tmp_path: Path):
    rules = tmp_path / "rules.yml"
    rules.write_text(yaml.safe_dump(TINY_RULES), encoding="utf-8")
    eval_dir = tmp_path / "eval"
    write_set(eval_dir / "red_flags.yml", [("I cannot walk", "cannot_walk")], [("my\tchest\npain is gone", "negation")])
    write_set(eval_dir / "red_flags_round2.yml", [("chest pain now", "chest_pain")], [])
    for n in range(3, 7):  # more sets than workers
        write_set(eval_dir / f"red_flags_round{n}.yml", [(f"chest pain {n}", "chest_pain")], [("fine", "unrelated")])
    write_set(eval_dir / "red_flags_sealed_x.yml", [("sealed cannot walk", "cannot_walk")], [])
    write_set(eval_dir / "pending" / "red_flags_round7.yml", [], [("I cannot walk my dog", "unrelated")])

    two = tmp_path / "two.tsv"
    assert dump(two, rules, eval_dir, jobs=2) == 12
    lines = two.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == [
        "red_flags.yml\tE0\tcannot_walk\tcannot_walk\tI cannot walk",
        "red_flags.yml\tL0\tnegation\tchest_pain\tmy chest pain is gone",
        "red_flags_round2.yml\tE0\tchest_pain\tchest_pain\tchest pain now",
    ]
    assert lines[-1] == "red_flags_round7.yml\tL0\tunrelated\tcannot_walk\tI cannot walk my dog"
    assert not any("sealed" in line for line in lines)
    one = tmp_path / "one.tsv"
    dump(one, rules, eval_dir, jobs=1)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_diff_reports_exactly_the_changed_reading(tmp_path: Path, capsys):
    before, after = tmp_path / "before.tsv", tmp_path / "after.tsv"
    rows = [
        ["red_flags_round5.yml", "E0", "seizure", "seizure", "he is fitting"],
        ["red_flags_round5.yml", "L0", "unrelated", "-", "my heart \r skipped"],
        ["red_flags_round6.yml", "L3", "negation", "-", "no chest pain"],
    ]
    before.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    rows[2][3] = "chest_pain"
    after.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    assert diff(before, after) == 1
    assert capsys.readouterr().out.splitlines() == [
        "round6 L3 [negation] - -> chest_pain | no chest pain",
        "changed 1 of 3 texts",
    ]
    assert diff(before, before) == 0


# --- near-copies ---------------------------------------------------------------------

SEALED_TEXT = "my husband had his nerve block on tuesday and now he shakes all over and won't answer me"
DEVELOPMENT_TEXT = "the injection site is red hot and swollen and I have a fever of 102 tonight"
DEVELOPMENT_COPY = "The injection site is red, hot and swollen and I have a fever of 102 tonight."
NEW_TEXT = "cannot pee since the epidural yesterday, nothing for 14 hours, belly hurts"


def test_near_copies_drops_copies_of_sealed_development_and_own_texts_and_keeps_the_header(tmp_path, capsys):
    eval_dir = tmp_path / "eval"
    write_set(eval_dir / "red_flags_sealed_x.yml", [(SEALED_TEXT, "seizure")], [])
    write_set(eval_dir / "red_flags_round1.yml", [(DEVELOPMENT_TEXT, "infection")], [])
    write_set(eval_dir / "pending" / "red_flags_round2.yml", [], [("what if my legs go numb tomorrow", "hypothetical")])
    new = write_set(
        tmp_path / "new" / "red_flags_round9.yml",
        [
            ("My husband had his nerve block on Tuesday, now he shakes all over & won't answer me!!", "seizure"),
            (DEVELOPMENT_COPY, "infection"),
            (NEW_TEXT, "bladder_bowel"),
            ("Cannot pee since the epidural yesterday - nothing for 14 hours, belly hurts!", "bladder_bowel"),
            # the sealed text's words in another order: far by difflib, near by words
            ("He shakes all over and won't answer me, my husband, had his nerve block Tuesday", "seizure"),
        ],
        [
            ("what if my legs go numb tomorrow?", "hypothetical"),
            ('Is it "normal" to be sore, no fever', "expected_effect"),
            ("How long does the numbness last", "expected_effect"),
        ],
    )
    assert near_copies([new], eval_dir, training=["how long does the numbness last?"]) == 6
    out = capsys.readouterr().out
    assert "red_flags_round9.yml red_flags[0]: near a sealed text (dropped)" in out
    assert "red_flags_round9.yml red_flags[4]: near a sealed text (dropped)" in out
    assert "nerve block" not in out and "shakes" not in out  # nothing of the sealed text nor its copy
    # both texts shown, and the set of the first
    assert f"red_flags[1]: near-copy dropped: {DEVELOPMENT_COPY!r} ~ red_flags_round1.yml: {DEVELOPMENT_TEXT!r}" in out
    assert "red_flags[3]: near-copy dropped" in out  # a copy of its own earlier message
    assert "non_urgent[0]: near-copy dropped" in out  # a pending text
    assert "non_urgent[2]: near-copy dropped" in out  # a training example
    assert "red_flags_round9.yml: 1 emergencies, 1 look-alikes kept" in out

    rewritten = new.read_text(encoding="utf-8")
    assert rewritten.startswith(HEADER + "red_flags:\n")
    assert f"  - text: {json.dumps(NEW_TEXT)}\n    category: bladder_bowel\n" in rewritten
    assert '  - text: "Is it \\"normal\\" to be sore, no fever"\n    why: expected_effect\n' in rewritten
    assert yaml.safe_load(rewritten) == {
        "red_flags": [{"text": NEW_TEXT, "category": "bladder_bowel"}],
        "non_urgent": [{"text": 'Is it "normal" to be sore, no fever', "why": "expected_effect"}],
    }


def test_near_copies_keeps_a_round_without_copies_as_it_was(tmp_path: Path, capsys):
    eval_dir = tmp_path / "eval"
    write_set(eval_dir / "red_flags_round1.yml", [(DEVELOPMENT_TEXT, "infection")], [])
    new = write_set(tmp_path / "red_flags_round9.yml", [(NEW_TEXT, "bladder_bowel")], [("ok now", "expected_effect")])
    before = yaml.safe_load(new.read_text(encoding="utf-8"))
    assert near_copies([new], eval_dir, training=[]) == 0
    assert "dropped" not in capsys.readouterr().out
    assert yaml.safe_load(new.read_text(encoding="utf-8")) == before


# --- instructions --------------------------------------------------------------------


def test_instructions_name_the_round_and_the_voice(tmp_path: Path):
    eval_dir = tmp_path / "eval"
    eval_dir.mkdir()
    (eval_dir / "red_flags_round422.yml").write_text(
        '# Round 422 red-flag evaluation set.\n# Label rules: ...\nred_flags:\n  - text: "x"\n    category: seizure\n'
        "non_urgent: []\n",
        encoding="utf-8",
    )
    path = write_instructions(437, "truck drivers on the road", tmp_path / "out", eval_dir)
    assert path == tmp_path / "out" / "rf_round437" / "instructions.txt"
    text = path.read_text(encoding="utf-8")
    assert "Voice of this round: truck drivers on the road." in text
    assert "# Round 437 red-flag evaluation set.\n# Label rules: ...\nred_flags:\n" in text
    assert "Round 422" not in text
    assert f"{tmp_path / 'out' / 'rf_round437'}/red_flags_round437.yml" in text
