"""The held-out sets stay held out: no training example copies (or nearly copies) an evaluation message."""
from __future__ import annotations

import difflib
import random
import re
from collections import Counter
from collections.abc import Iterator

import numpy as np
import pytest
import yaml

from bot import yaml_strict
from bot.constants import PROJECT_ROOT

EVAL_DIR = PROJECT_ROOT / "tests" / "eval"
# Two messages this alike (difflib ratio of the normalised texts) count as one copied from the other.
NEAR_COPY_RATIO = 0.9
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "  # all normalise() keeps


def normalise(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", text.lower())  # entity markup
    text = re.sub(r"['\u2019]", "", text)  # what's -> whats
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def training_examples() -> dict[str, str]:
    """Normalised text -> the example as written, over every file in data/nlu/."""
    examples = {}
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text()).get("nlu") or []:
            for line in (block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    examples[normalise(line[2:])] = f"{path.name}: {line[2:]}"
    return examples


def conversation_tests() -> dict[str, str]:
    """The user turns of tests/test_stories.yml: trained on by nothing, but written beside the data."""
    stories = yaml.safe_load((PROJECT_ROOT / "tests" / "test_stories.yml").read_text())["stories"]
    return {
        normalise(step["user"]): f"test_stories.yml: {step['user'].strip()}"
        for story in stories
        for step in story["steps"]
        if "user" in step
    }


def heldout() -> dict:
    return yaml.safe_load((EVAL_DIR / "heldout.yml").read_text())


def heldout_turns() -> list[dict]:
    return [turn for conversation in heldout()["conversations"] for turn in conversation["turns"]]


def heldout_texts() -> list[str]:
    return [turn["text"] for turn in heldout_turns()]


SEALED_SETS = sorted(EVAL_DIR.glob("red_flags_sealed*.yml"))


def sealed_red_flag_texts() -> list[str]:
    """The sealed red-flag sets (the development sets may share wording with anything)."""
    texts = []
    for path in SEALED_SETS:
        data = yaml_strict.safe_load(path.read_text())
        texts += [item["text"] for key in ("red_flags", "non_urgent") for item in data[key]]
    return texts


def letter_counts(texts: list[str]) -> np.ndarray:
    """How often each character of the normalised alphabet occurs in each text, one row a text."""
    counts = np.zeros((len(texts), len(ALPHABET)), dtype=np.int32)
    for row, text in enumerate(texts):
        for char, n in Counter(text).items():
            counts[row, ALPHABET.index(char)] = n
    return counts


def close_matches(
    norm: str, known: list[str], known_counts: np.ndarray, known_sizes: np.ndarray, cutoff: float = NEAR_COPY_RATIO
) -> Iterator[tuple[float, str]]:
    """(ratio, text) for each of ``known`` (normalised texts sorted by length, with their ``letter_counts``
    and lengths) whose difflib ratio to the normalised ``norm`` reaches ``cutoff``, shortest first.

    Finds exactly what ``difflib.get_close_matches`` finds, the same way, only faster: difflib's
    ``quick_ratio`` (twice the characters two texts share, counted without order, over both
    lengths) is an upper bound of the ratio, so it is computed for every known text at once here,
    and the ratio only where that bound reaches the cutoff. Before either, difflib's
    ``real_quick_ratio`` (twice the shorter length over both lengths, a bound of ``quick_ratio``)
    leaves only the known texts of about the same length: they are sorted by length, so that is
    one slice."""
    size = len(norm)
    # real_quick_ratio >= cutoff needs cutoff/(2-cutoff) <= other/size <= (2-cutoff)/cutoff;
    # the slice is one character wider each side, and the bounds below decide exactly.
    low = np.searchsorted(known_sizes, size * cutoff / (2 - cutoff) - 1, side="left")
    high = np.searchsorted(known_sizes, size * (2 - cutoff) / cutoff + 1, side="right")
    (counts,) = letter_counts([norm])
    shared = np.minimum(known_counts[low:high], counts).sum(axis=1)
    bound = 2.0 * shared / np.maximum(known_sizes[low:high] + size, 1)
    for i in low + np.flatnonzero(bound >= cutoff):
        ratio = difflib.SequenceMatcher(None, known[i], norm).ratio()
        if ratio >= cutoff:
            yield ratio, known[i]


def copies(texts: list[str], written: dict[str, str]) -> list[str]:
    """Texts that are, or nearly copy (difflib ratio >= NEAR_COPY_RATIO), one already written
    (``close_matches``; the closest one is named)."""
    known = sorted(written, key=len)
    known_counts = letter_counts(known)
    known_sizes = known_counts.sum(axis=1)
    found = []
    for text in texts:
        norm = normalise(text)
        if norm in written:
            found.append(f"{text!r} is {written[norm]!r}")
            continue
        scored = list(close_matches(norm, known, known_counts, known_sizes))
        if scored:
            found.append(f"{text!r} nearly copies {written[max(scored)[1]]!r}")
    return found


@pytest.fixture(scope="module")
def training():
    return training_examples()


def test_normalising_ignores_case_punctuation_and_entity_markup():
    assert normalise("What's [RFA](procedure)??") == normalise("whats rfa") == "whats rfa"
    assert normalise('the [epidual]{"entity": "procedure", "value": "esi"}') == "the epidual"


def test_a_near_copy_is_caught_and_a_different_question_is_not():
    written = {normalise("what is vertebroplasty"): "x"}
    assert copies(["What is a vertebroplasty?"], written)
    assert not copies(["how long does vertebroplasty take"], written)


def test_near_copies_are_found_among_many_texts_of_other_lengths_shorter_or_longer():
    base = "my back has been hurting since the injection last tuesday and now my leg is numb"
    written = {normalise(f"{'filler words here ' * n}question {n}"): f"other {n}" for n in range(40)}
    written[normalise(base)] = "the one"
    # Ratios 0.9 and above, from a few characters shorter or longer: each finds the one it copies.
    for text in (base[:-8], base + " ok thx", base.replace("tuesday", "wed")):
        assert difflib.SequenceMatcher(None, normalise(text), normalise(base)).ratio() >= NEAR_COPY_RATIO
        assert copies([text], written) == [f"{text!r} nearly copies 'the one'"]
    assert not copies([base[:40]], written)


def test_near_copies_are_exactly_what_difflib_finds():
    written = training_examples()
    known = list(written)
    sample = random.Random(5).sample(sorted(written), 150)
    # Copies with a word added, copies with the first word dropped, and unrelated (reversed) texts.
    texts = [t + " ok" for t in sample[:50]] + [t.split(" ", 1)[-1] for t in sample[50:100]]
    texts += [t[::-1] for t in sample[100:]]

    def by_difflib(text: str) -> list[str]:  # what copies() did before it was made faster
        if normalise(text) in written:
            return [f"{text!r} is {written[normalise(text)]!r}"]
        close = difflib.get_close_matches(normalise(text), known, n=1, cutoff=NEAR_COPY_RATIO)
        return [f"{text!r} nearly copies {written[close[0]]!r}"] if close else []

    expected = [line for text in texts for line in by_difflib(text)]
    assert copies(texts, written) == expected
    assert 20 < len(expected) < len(texts)


def test_no_heldout_message_is_copied_in_the_training_data(training):
    found = copies(heldout_texts(), training)
    assert not found, "\n".join(found)


def test_no_heldout_message_is_copied_in_the_conversation_tests():
    found = copies(heldout_texts(), conversation_tests())
    assert not found, "\n".join(found)


def test_no_sealed_red_flag_message_is_in_the_training_data(training):
    found = copies(sealed_red_flag_texts(), training)
    assert not found, "\n".join(found)


def red_flag_development_texts() -> dict[str, str]:
    """Normalised text -> where it is, over the development red-flag sets (the safety net trains on them)."""
    written = {}
    for path in sorted(EVAL_DIR.glob("red_flags*.yml")):
        if path in SEALED_SETS:
            continue
        data = yaml_strict.safe_load(path.read_text())
        for key in ("red_flags", "non_urgent"):
            written.update({normalise(item["text"]): f"{path.name}: {item['text']}" for item in data[key]})
    return written


def test_no_sealed_red_flag_message_copies_a_development_set():
    found = copies(sealed_red_flag_texts(), red_flag_development_texts())
    assert not found, "\n".join(found)


def test_make_eval_and_the_safety_net_agree_on_the_sealed_and_development_sets():
    from scripts.evaluate import RED_FLAG_DEV_SETS, RED_FLAG_SEALED_SETS

    assert [p.relative_to(PROJECT_ROOT).as_posix() for p in SEALED_SETS] == sorted(RED_FLAG_SEALED_SETS)
    # The net learns from every development set make eval gates, and from nothing else.
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())
    (net,) = (c for c in config["pipeline"] if c["name"].endswith("RedFlagSafetyNet"))
    assert sorted(net["examples"]) == RED_FLAG_DEV_SETS


@pytest.mark.parametrize("path", SEALED_SETS, ids=lambda p: p.name)
def test_each_sealed_red_flag_set_meets_the_issue_minimums(path):
    data = yaml_strict.safe_load(path.read_text())
    assert len(data["red_flags"]) >= 60 and len(data["non_urgent"]) >= 40
    assert {item["category"] for item in data["red_flags"]} >= {
        "bladder_bowel", "weakness_numbness", "cannot_walk", "infection", "allergic_reaction",
        "chest_pain", "seizure", "severe_headache", "bleeding", "self_harm",
    }


def test_the_heldout_set_is_big_enough_and_covers_every_procedure_and_facet():
    from bot.constants import FACETS
    from bot.kb import load_knowledge_base

    turns = heldout_turns()
    assert len(turns) >= 150
    assert sum(len(c["turns"]) > 1 for c in heldout()["conversations"]) >= 30  # multi-turn follow-ups
    expected = [turn["expect"] for turn in turns]
    assert {e["facet"] for e in expected if "facet" in e} == set(FACETS)
    named = {p for turn in turns for p in turn.get("procedures") or []}
    assert named >= {p.id for p in load_knowledge_base().procedures()}
    assert sum(e.get("category") == "out_of_scope" for e in expected) >= 10


def test_the_heldout_set_holds_no_emergency():
    """`make eval` counts each held-out turn given the emergency reply as an ordinary question's
    false alarm (scripts/evaluate.py ``red_flag_row``): that holds while no turn is an emergency."""
    from bot.constants import INTENT_REPORT_RED_FLAG

    intents = {turn["intent"] for turn in heldout_turns()}
    assert INTENT_REPORT_RED_FLAG not in intents
    assert "greet" in intents  # the intents are where this test reads them
