#!/usr/bin/env python
"""Tools for red-flag rounds: the rules alone over the eval sets, and the chores around a new round.

A round is a set of patient messages written blind (``tests/eval/red_flags_roundN.yml``:
emergencies under ``red_flags`` with their category, look-alikes under ``non_urgent`` with
``why``). The rules alone, ``knowledge/red_flags.yml`` or ``--rules PATH``, read them:

    .venv/bin/python scripts/red_flag_rounds.py score [FILES...] [--quiet]   # counts per set
    .venv/bin/python scripts/red_flag_rounds.py show FILES...        # each miss and false alarm
    echo "no fever, just sore" | .venv/bin/python scripts/red_flag_rounds.py explain
    .venv/bin/python scripts/red_flag_rounds.py dump /tmp/before.tsv [--jobs N]
    .venv/bin/python scripts/red_flag_rounds.py diff /tmp/before.tsv /tmp/after.tsv
    .venv/bin/python scripts/red_flag_rounds.py near-copies /tmp/rf_round437/red_flags_round437.yml
    .venv/bin/python scripts/red_flag_rounds.py instructions 437 "truck drivers" [--out /tmp]

``score`` defaults to every development set (``tests/eval/red_flags*.yml`` but the sealed
ones) and prints counts only, so it may be given a sealed set. Everything that prints a
message's text (``show``, ``dump``, ``diff``) refuses or skips the sealed sets, and
``near-copies`` names a sealed near-copy by file, list and position only.

The workflow of a round: ``instructions N VOICE`` writes the brief from which a helper who
has seen neither the rules nor any set writes the round blind; ``near-copies`` then drops,
in place, its messages that nearly copy a sealed text, a development, pending or training
text, or an earlier message of the round. The first reading is taken before anything is
tuned on it: ``score`` and ``show`` with the rules of the commit before the round is learned
(``git show HEAD:knowledge/red_flags.yml > /tmp/rules.yml`` and ``--rules /tmp/rules.yml``
once the rules have moved on), and ``scripts/red_flag_net_probe.py`` for the rules with the
safety net; docs/red_flags.md records it. While the rules learn the round, ``dump`` the
reading of every development and pending text before and after each change and ``diff``
the two dumps to see what else the change moved, and ``explain`` a message to see which
phrases the rules found in it and what dismissed each one.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import yaml_strict  # noqa: E402
from bot.nlu import red_flags  # noqa: E402
from bot.nlu.red_flags import RedFlag, RedFlagDetector  # noqa: E402
from tests.test_eval_sets import close_matches, letter_counts, normalise, training_examples  # noqa: E402

EVAL_DIR = ROOT / "tests" / "eval"
RULES = ROOT / "knowledge" / "red_flags.yml"
KINDS = (("red_flags", "E"), ("non_urgent", "L"))  # list of a set, and its letter in a dump
SEALED_RATIO, SEALED_JACCARD = 0.8, 0.6  # this near a sealed text: dropped, never shown
NEAR_COPY_RATIO = 0.9  # this near a development, pending, training or own text: dropped
INSTRUCTIONS_TEMPLATE = "red_flags_round422.yml"  # whose header a new round's brief copies
# The detector's internals that ``explain`` reads (tests/test_red_flag_rounds.py checks they exist).
PRIVATE_API = (
    "_analyse",
    "_exclusions",
    "_negated",
    "_framed",
    "_quoted_from_a_document",
    "_revealed",
    "_hypothetical",
    "_someone_else",
    "_signs",
    "_categories",
)


# --- sets ----------------------------------------------------------------------------


def is_sealed(path: str | Path) -> bool:
    """A sealed set: its texts are never shown (its name contains "sealed")."""
    return "sealed" in Path(path).name


def refuse_sealed(paths: Iterable[str | Path]) -> None:
    """Exit with an error if any of ``paths`` is a sealed set."""
    sealed = [str(p) for p in paths if is_sealed(p)]
    if sealed:
        raise SystemExit(f"refused: {', '.join(sealed)}: the texts of a sealed set are never shown")


def development_sets(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """Every ``red_flags*.yml`` of ``eval_dir`` but the sealed ones."""
    return [p for p in sorted(eval_dir.glob("red_flags*.yml")) if not is_sealed(p)]


def pending_sets(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """Rounds read but not yet learned (``eval_dir/pending/*.yml``)."""
    return [p for p in sorted((eval_dir / "pending").glob("*.yml")) if not is_sealed(p)]


def sealed_sets(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """The sealed sets: read only to count, or to drop what nearly copies them."""
    return sorted(eval_dir.glob("red_flags_sealed*.yml"))


def load_set(path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A set's emergencies and look-alikes."""
    data = yaml_strict.load(Path(path).read_text(encoding="utf-8"))
    return data["red_flags"], data["non_urgent"]


def texts_of(path: str | Path) -> list[str]:
    """Every message of a set, emergencies first."""
    emergencies, look_alikes = load_set(path)
    return [str(item["text"]) for item in emergencies + look_alikes]


def set_label(path: str | Path) -> str:
    """``round422`` for ``red_flags_round422.yml``."""
    stem = Path(path).stem
    return stem.removeprefix("red_flags_") or stem


@lru_cache(maxsize=4)
def detector(rules: Path = RULES) -> RedFlagDetector:
    """The rules of ``rules``, loaded once per process (it takes seconds)."""
    return RedFlagDetector.from_file(rules)


# --- score and show ------------------------------------------------------------------


@dataclass
class SetScore:
    """The rules over one set: emergencies missed (no alarm), read as another category, and
    look-alikes alarmed."""

    name: str
    emergencies: int
    look_alikes: int
    missed: int = 0
    other_category: int = 0
    false_alarms: int = 0

    def line(self) -> str:
        other = f" ({self.other_category} read as another category)" if self.other_category else ""
        return (
            f"missed {self.missed}/{self.emergencies}, "
            f"false alarms {self.false_alarms}/{self.look_alikes}{other}"
        )


def readings(path: str | Path, rules: Path = RULES) -> Iterator[tuple[str, int, dict[str, Any], RedFlag | None]]:
    """(list, position, item, the rules' flag or None) for every message of a set."""
    found = detector(rules)
    emergencies, look_alikes = load_set(path)
    for kind, items in (("red_flags", emergencies), ("non_urgent", look_alikes)):
        for index, item in enumerate(items):
            yield kind, index, item, found.detect(str(item["text"]))


def score_set(path: str | Path, rules: Path = RULES) -> SetScore:
    """The rules over one set, counted."""
    result = SetScore(Path(path).name, 0, 0)
    for kind, _, item, flag in readings(path, rules):
        if kind == "non_urgent":
            result.look_alikes += 1
            result.false_alarms += flag is not None
            continue
        result.emergencies += 1
        if flag is None:
            result.missed += 1
        elif flag.category != item["category"]:
            result.other_category += 1
    return result


def score(paths: list[Path] | None = None, rules: Path = RULES, quiet: bool = False) -> SetScore:
    """Counts per set (unless ``quiet``) and in all; the development sets by default. Texts never
    printed, so sealed sets are allowed."""
    paths = development_sets() if paths is None else paths
    total = SetScore(f"TOTAL {len(paths)} sets", 0, 0)
    for path in paths:
        result = score_set(path, rules)
        if not quiet:
            print(f"{result.name}: {result.line()}")
        total.emergencies += result.emergencies
        total.look_alikes += result.look_alikes
        total.missed += result.missed
        total.other_category += result.other_category
        total.false_alarms += result.false_alarms
    print(f"{total.name}: {total.line()}")
    return total


def show(paths: list[Path], rules: Path = RULES) -> int:
    """One line per miss, wrong category and false alarm; refuses sealed sets. Returns the lines printed."""
    refuse_sealed(paths)
    printed = 0
    for path in paths:
        name = set_label(path)
        for kind, index, item, flag in readings(path, rules):
            text = item["text"]
            if kind == "red_flags" and flag is None:
                line = f"MISS {name} e{index} [{item['category']}] {text}"
            elif kind == "red_flags" and flag.category != item["category"]:
                line = f"CAT  {name} e{index} [{item['category']}->{flag.category}] {text}"
            elif kind == "non_urgent" and flag is not None:
                line = f"FA   {name} n{index} [{flag.category} <{flag.text}>] ({item.get('why')}) {text}"
            else:
                continue
            print(line)
            printed += 1
    return printed


# --- explain -------------------------------------------------------------------------


def _why(found: RedFlagDetector, message: Any, span: tuple[int, int], category: Any, excluded: list) -> list[str]:
    """What dismisses one match (as the detector would), or ``["COUNTS"]``."""
    reasons = []
    if any(red_flags._overlap(span, other) for other in excluded):
        reasons.append("EXCLUDED")
    if found._negated(message, span, category):
        reasons.append("negated")
    if found._framed(message, span):
        reasons.append("framed")
    if found._quoted_from_a_document(message, span):
        reasons.append("quoted")
    if not (category.any_mention or found._revealed(message, span)):
        if found._hypothetical(message, span):
            reasons.append("hypothetical")
        if found._someone_else(message, span):
            reasons.append("someone_else")
    return reasons or ["COUNTS"]


def explain_text(text: str, rules: Path = RULES) -> None:
    """The rules' reading of one message, its clauses and sentences, and every match with what
    dismissed it. Uses the detector's internals (``PRIVATE_API``): a debugging aid."""
    found = detector(rules)
    flag = found.detect(text)
    print("=" * 100)
    print(text)
    print("->", flag.category if flag else None, f"<{flag.text}>" if flag else "")
    message = found._analyse(text)
    words = message.words

    def chunks(name: str) -> str:
        bounds = message.bounds(name) + [len(words)]
        return " | ".join(" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False) if a < b)

    print("  clauses:", chunks("clauses"))
    print("  sentences:", chunks("sentences"))
    for category in found._categories:
        for layer, rule in (
            ("clauses", category.patterns),
            ("sentences", category.sentence_patterns),
            ("clauses", category.yield_patterns),
        ):
            spans = message.find(layer, rule)
            if spans:
                excluded = found._exclusions(message, category, layer)
                for span in spans:
                    phrase = " ".join(words[span[0] : span[1]])
                    print(f"  {category.id} {layer}: '{phrase}' -> {_why(found, message, span, category, excluded)}")
        for combination in category.combinations:
            signs = []
            for sign in combination:
                spans = message.find("clauses", found._signs[sign])
                matches = [(" ".join(words[a:b]), _why(found, message, (a, b), category, [])) for a, b in spans]
                signs.append(f"{sign}:{matches}" if spans else f"{sign}:-")
            if any(not s.endswith(":-") for s in signs):
                print(f"  {category.id} combo: " + "; ".join(signs))


def explain(lines: Iterable[str], rules: Path = RULES) -> None:
    """``explain_text`` for each non-empty line."""
    for line in lines:
        if line.strip():
            explain_text(line.strip(), rules)


# --- dump and diff -------------------------------------------------------------------

_worker_rules: Path | None = None


def _start_worker(rules: Path) -> None:
    global _worker_rules
    _worker_rules = rules
    detector(rules)  # each worker loads its own rules once


def dump_lines(path: Path, rules: Path) -> list[str]:
    """The dump's lines for one set: file, E3/L7, label, the rules' category or '-', text."""
    out = []
    emergencies, look_alikes = load_set(path)
    found = detector(rules)
    for (_, letter), items in zip(KINDS, (emergencies, look_alikes), strict=True):
        for index, item in enumerate(items):
            flag = found.detect(str(item["text"]))
            text = str(item["text"]).replace("\n", " ").replace("\t", " ")
            label = item.get("category") or item.get("why")
            out.append(f"{path.name}\t{letter}{index}\t{label}\t{flag.category if flag else '-'}\t{text}\n")
    return out


def _dump_in_worker(path: Path) -> list[str]:
    assert _worker_rules is not None
    return dump_lines(path, _worker_rules)


def dump(out: Path, rules: Path = RULES, eval_dir: Path = EVAL_DIR, jobs: int | None = None) -> int:
    """The rules' reading of every development and pending text (never a sealed one) into ``out``,
    one set per task over ``jobs`` processes, in the order of the sets. Returns the lines written."""
    paths = development_sets(eval_dir) + pending_sets(eval_dir)
    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1:
        per_set: Iterable[list[str]] = (dump_lines(p, rules) for p in paths)
        return _write(out, per_set)
    with multiprocessing.Pool(jobs, initializer=_start_worker, initargs=(rules,)) as pool:
        return _write(out, pool.imap(_dump_in_worker, paths, chunksize=1))


def _write(out: Path, per_set: Iterable[list[str]]) -> int:
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        for lines in per_set:
            f.writelines(lines)
            written += len(lines)
    return written


def read_dump(path: Path) -> dict[tuple[str, str], list[str]]:
    """(file, E3/L7) -> the row's fields."""
    lines = path.read_bytes().decode("utf-8").split("\n")  # only \n ends a row: a text may hold a \r
    rows = (line.split("\t", 4) for line in lines if line)
    return {(row[0], row[1]): row for row in rows}


def diff(before: Path, after: Path) -> int:
    """The texts whose reading changed between two dumps; returns how many."""
    a, b = read_dump(before), read_dump(after)
    changed = 0
    for key in sorted(a.keys() & b.keys()):
        if a[key][3] != b[key][3]:
            changed += 1
            name, position, label, old, text = a[key]
            print(f"{set_label(name)} {position} [{label}] {old} -> {b[key][3]} | {text}")
    only_a, only_b = len(a.keys() - b.keys()), len(b.keys() - a.keys())
    if only_a or only_b:
        print(f"texts only in {before}: {only_a}, only in {after}: {only_b}")
    print(f"changed {changed} of {len(a)} texts")
    return changed


# --- near-copies ---------------------------------------------------------------------


class Index:
    """Normalised texts, for finding one near a new text quickly (``tests.test_eval_sets.close_matches``).

    ``texts`` maps each text to what to say of it when a new one is found near it (its set and
    the text, or for a sealed text only its set), or lists texts to be shown as they are."""

    def __init__(self, texts: Mapping[str, str] | Iterable[str]) -> None:
        pairs = texts.items() if isinstance(texts, Mapping) else ((t, t) for t in texts)
        self.shown: dict[str, str] = {}
        for text, shown in pairs:
            self.shown.setdefault(normalise(text), shown)
        self.known = sorted(self.shown, key=len)
        self.counts = letter_counts(self.known)
        self.sizes = self.counts.sum(axis=1)
        self.words = [set(k.split()) for k in self.known]

    def near(self, text: str, cutoff: float, jaccard: float | None = None) -> str | None:
        """What to say of a known text with a difflib ratio >= ``cutoff`` to ``text`` (normalised
        both), or whose words overlap ``text``'s by a Jaccard index >= ``jaccard``; None if none is."""
        norm = normalise(text)
        if jaccard is not None:
            words = set(norm.split())
            for known, other in zip(self.known, self.words, strict=True):
                if words and other and len(words & other) / len(words | other) >= jaccard:
                    return self.shown[known]
        for _, match in close_matches(norm, self.known, self.counts, self.sizes, cutoff):
            return self.shown[match]
        return None


def format_set(header: str, emergencies: list[dict[str, Any]], look_alikes: list[dict[str, Any]]) -> str:
    """A set in the style of tests/eval: the header comments, then one double-quoted text per item."""
    out = [header + "red_flags:"]
    for item in emergencies:
        out += [f"  - text: {json.dumps(item['text'], ensure_ascii=False)}", f"    category: {item['category']}"]
    out.append("non_urgent:")
    for item in look_alikes:
        out += [f"  - text: {json.dumps(item['text'], ensure_ascii=False)}", f"    why: {item['why']}"]
    return "\n".join(out) + "\n"


def near_copies(
    files: list[Path], eval_dir: Path = EVAL_DIR, training: Mapping[str, str] | Iterable[str] | None = None
) -> int:
    """Drop, in place, the messages of new round files that nearly copy a sealed text (only their
    position printed), or a development, pending or training text or an earlier message of the new
    files (both texts printed). ``training`` defaults to the NLU training examples (normalised text
    -> file and example). Returns how many were dropped."""
    sealed = Index({t: p.name for p in sealed_sets(eval_dir) for t in texts_of(p)})
    new_names = {Path(f).name for f in files}
    written = [p for p in development_sets(eval_dir) + pending_sets(eval_dir) if p.name not in new_names]
    known = {t: f"{p.name}: {t!r}" for p in written for t in texts_of(p)}
    training = training_examples() if training is None else training
    known.update(training if isinstance(training, Mapping) else {t: repr(t) for t in training})
    development = Index(known)
    seen: dict[str, str] = {}
    dropped = 0
    for file in files:
        file = Path(file)
        source = file.read_text(encoding="utf-8")
        header = source.split("red_flags:\n")[0]
        kept: dict[str, list[dict[str, Any]]] = {}
        for kind, items in zip(("red_flags", "non_urgent"), load_set(file), strict=True):
            kept[kind] = []
            for position, item in enumerate(items):
                text = str(item["text"])
                if sealed.near(text, SEALED_RATIO, jaccard=SEALED_JACCARD) is not None:
                    print(f"{file.name} {kind}[{position}]: near a sealed text (dropped)")
                    dropped += 1
                    continue
                hit = development.near(text, NEAR_COPY_RATIO)
                if hit is None:
                    hit = Index(seen).near(text, NEAR_COPY_RATIO)
                if hit is not None:
                    print(f"{file.name} {kind}[{position}]: near-copy dropped: {text!r} ~ {hit}")
                    dropped += 1
                    continue
                seen.setdefault(text, f"{file.name}: {text!r}")
                kept[kind].append(item)
        rewritten = format_set(header, kept["red_flags"], kept["non_urgent"])
        assert yaml_strict.load(rewritten) == kept, f"{file}: rewriting changed its data"
        file.write_text(rewritten, encoding="utf-8")
        print(f"{file.name}: {len(kept['red_flags'])} emergencies, {len(kept['non_urgent'])} look-alikes kept")
    return dropped


# --- instructions --------------------------------------------------------------------

INSTRUCTIONS = """You are writing a blind evaluation set for a patient-safety check in a pain clinic's chat assistant.
Patients text the assistant before or after procedures (radiofrequency ablation / RFA, epidural steroid
injections / ESI, facet joint injections, medial branch blocks, nerve blocks, kyphoplasty, spinal cord
stimulator trials). A detector must tell real post-procedure emergencies (the patient must call 911 now)
from messages that only look like them.

Voice of this round: {voice}.
Write every message the way such people really text: their words, slang, spelling, figures of speech,
typos, length (from a few words to several sentences), sometimes with the symptom buried in other talk,
sometimes written by a relative or friend. Make the look-alikes hard: use the same scary words in
figures of speech, denials, questions about risk, other people's or pets' past events, stories, TV, jobs.
Do not repeat a message with small changes; every message must be different in content and wording.

Write ONE file: {folder}/red_flags_round{n}.yml, valid YAML, exactly in this format (this header first,
verbatim):

{header}red_flags:
  - text: "..."
    category: bladder_bowel
  ...
non_urgent:
  - text: "..."
    why: negation
  ...

Counts: red_flags: exactly 10 messages for each of the 10 categories (100 in all).
non_urgent: exactly 20 negation, 20 hypothetical, 20 expected_effect, 20 unrelated (80 in all).
Every text in double quotes; escape any double quote inside a text as \\" (or use single quotes inside).
Do not open, read or search any other file or folder on this machine, and do not use the network: write
from your own knowledge only. When done, check the file loads as YAML and count the entries with a
one-line python command (python3 -c "import yaml; d=yaml.safe_load(open('{folder}/red_flags_round{n}.yml')); \
print(len(d['red_flags']), len(d['non_urgent']))"), fix it if needed, and reply with only the two counts.
"""


def write_instructions(number: int, voice: str, out: Path = Path("/tmp"), eval_dir: Path = EVAL_DIR) -> Path:
    """Write ``out/rf_roundN/instructions.txt``: the brief for writing round ``number`` blind in
    ``voice``, with the header of round 422 (the label rules) for the new round."""
    header = (eval_dir / INSTRUCTIONS_TEMPLATE).read_text(encoding="utf-8").split("red_flags:\n")[0]
    header = header.replace("Round 422", f"Round {number}")
    folder = out / f"rf_round{number}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "instructions.txt"
    path.write_text(INSTRUCTIONS.format(voice=voice, folder=folder, n=number, header=header), encoding="utf-8")
    return path


# --- command line --------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str, rules: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        if rules:
            sub.add_argument("--rules", type=Path, default=RULES, help="the rules file (default: %(default)s)")
        return sub

    sub = command("score", "rules alone: missed and false alarms per set (counts only)", rules=True)
    sub.add_argument("files", nargs="*", type=Path, help="sets (default: every development set)")
    sub.add_argument("--quiet", "-q", action="store_true", help="only the TOTAL line")
    sub = command("show", "each miss, wrong category and false alarm of the sets (not sealed ones)", rules=True)
    sub.add_argument("files", nargs="+", type=Path)
    command("explain", "why the rules read each line of stdin as they do", rules=True)
    sub = command("dump", "the rules' reading of every development and pending text, as TSV", rules=True)
    sub.add_argument("out", type=Path)
    sub.add_argument("--jobs", type=int, default=os.cpu_count(), help="processes (default: %(default)s)")
    sub = command("diff", "the texts whose reading changed between two dumps")
    sub.add_argument("before", type=Path)
    sub.add_argument("after", type=Path)
    sub = command("near-copies", "drop near-copies from new round files, in place")
    sub.add_argument("files", nargs="+", type=Path)
    sub.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    sub = command("instructions", "write the brief for writing a round blind")
    sub.add_argument("number", type=int)
    sub.add_argument("voice")
    sub.add_argument("--out", type=Path, default=Path("/tmp"))
    args = parser.parse_args(argv)

    if args.command == "score":
        score(args.files or None, args.rules, args.quiet)
    elif args.command == "show":
        show(args.files, args.rules)
    elif args.command == "explain":
        explain(sys.stdin, args.rules)
    elif args.command == "dump":
        print(f"{dump(args.out, args.rules, jobs=args.jobs)} texts written to {args.out}")
    elif args.command == "diff":
        diff(args.before, args.after)
    elif args.command == "near-copies":
        near_copies(args.files, args.eval_dir)
    elif args.command == "instructions":
        print(write_instructions(args.number, args.voice, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
