"""Sample a running server with py-spy and say where its time goes.

Two py-spy recorders per process run side by side in ``--nonblocking`` mode
(they never pause the server): one writes an SVG flame graph to look at, the
other collapsed stacks that :func:`summarize` turns into numbers.
"""
from __future__ import annotations

import collections
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

PY_SPY = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
SAMPLE_RATE = 100  # per second

# Where time goes, by a substring of any frame in the stack ("function (file:line)").
# A stack can touch several (shares are inclusive, like a flame graph's widths).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "Rasa handling a REST message (all of it)": ("handle_message (rasa/core/processor.py",),
    "NLU: MiniLM sentence encoder (torch)": ("sentence_transformers/",),
    "NLU: DIET classifier (TensorFlow)": ("diet_classifier.py",),
    "NLU: procedure matcher (spaCy + fuzzy)": ("procedure_matcher.py",),
    "NLU: sparse featurizers (CountVectors, lexical)": ("count_vectors_featurizer.py", "lexical_syntactic_featurizer.py"),
    "policies (memoization, rules)": ("_predict_next_with_tracker (rasa/core/processor.py",),
    "custom action call, incl. validating its reply": ("run (rasa/core/actions/action.py",),
    "jsonschema check of the action server's reply": (
        "_validate_action_result (rasa/core/actions/action.py", "_validate_action_result (bot/rasa_speedups.py",
    ),
    "tracker store: retrieve (SQLite)": (
        "retrieve (rasa/core/tracker_store.py", "_retrieve (rasa/core/tracker_store.py",
        "_retrieve (bot/tracker_store.py",
    ),
    "tracker store: save (SQLite, commit)": ("save (rasa/core/tracker_store.py", "save (bot/tracker_store.py"),
    "SQLite commit (fsync)": ("do_commit (sqlalchemy/engine/default.py",),
    "action server: executor (rasa_sdk)": ("rasa_sdk/executor.py",),
    "action server: knowledge actions": ("actions/retrieval.py",),
    "action server: hand-off actions": ("actions/escalation.py",),
    "action server: semantic search": ("bot/kb/semantic.py",),
    "MiniLM encoder, any caller": ("bot/embeddings.py",),
    "jsonschema, any frame (also stacks too deep for py-spy)": ("jsonschema/",),
    "aiohttp client: new connection per action call": ("_wrap_create_connection (aiohttp/connector.py",),
    "NLU graph, in the worker thread (bot/rasa_speedups.py)": ("_parse_message_with_graph (rasa/core/processor.py",),
}
# Leaf frames of a thread that is waiting, not working (py-spy's own idle
# detection does not see through uvloop).
IDLE_LEAVES = (
    "serve (sanic/server/runners.py",
    "_worker (concurrent/futures/thread.py",
    "wait (threading.py",
    "select (selectors.py",
    "_run_once (asyncio/base_events.py",
    "run_forever (asyncio/base_events.py",
    "sleep (",
)
EVENT_LOOP_THREAD = "MainThread"
# Sanic runs its (uv)loop under <module> (`rasa run`) or _run_module_as_main (`python -m bot.serve`,
# `python -m rasa_sdk`); the NLU worker thread starts at _bootstrap.
ROOT_FRAMES = ("<module> (", "_run_module_as_main (runpy.py", "_bootstrap (threading.py")
TOP_FUNCTIONS = 12


@dataclass
class ProfileSummary:
    """Samples of one process, split by thread and category.

    Attributes:
        samples: busy samples (all threads; waiting threads left out).
        idle_samples: samples of waiting threads.
        truncated_samples: busy samples whose stack py-spy cut short (no thread entry point at
            the root), so only categories matching their inner frames can claim them.
        main_samples: busy samples of the thread running the event loop.
        categories: category -> samples whose stack touches it (a stack can be in several).
        main_categories: the same, counted on the event-loop thread only.
        top_self: the functions most often on top of the stack (where CPU is spent).
        threads: thread name -> samples.
    """

    samples: int = 0
    idle_samples: int = 0
    truncated_samples: int = 0
    main_samples: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    main_categories: dict[str, int] = field(default_factory=dict)
    top_self: list[tuple[str, int]] = field(default_factory=list)
    threads: dict[str, int] = field(default_factory=dict)


def record(pid: int, seconds: float, output_stem: Path) -> list[subprocess.Popen]:
    """Start recording ``pid`` for ``seconds``; wait on the returned processes.

    Writes ``<stem>.svg`` (flame graph) and ``<stem>.txt`` (collapsed stacks).

    Raises:
        FileNotFoundError: py-spy is not installed (``pip install py-spy``).
    """
    if PY_SPY is None:
        raise FileNotFoundError("py-spy not found; install it into .venv with `pip install py-spy`")
    output_stem.parent.mkdir(parents=True, exist_ok=True)
    common = [PY_SPY, "record", "--pid", str(pid), "--duration", str(int(seconds)), "--rate", str(SAMPLE_RATE),
              "--nonblocking", "--threads"]
    return [
        subprocess.Popen([*common, "--format", fmt, "--output", str(output_stem.with_suffix(suffix))],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fmt, suffix in (("flamegraph", ".svg"), ("raw", ".txt"))
    ]


def _parse_line(line: str) -> tuple[str, list[str], int] | None:
    stack, _, count = line.rpartition(" ")
    if not stack or not count.isdigit():
        return None
    frames = stack.split(";")
    thread = frames[0].split(": ", 1)[-1] if frames[0].startswith("thread ") else "?"
    return thread, frames[1:] if frames[0].startswith("thread ") else frames, int(count)


def summarize(collapsed: str) -> ProfileSummary:
    """Count the samples in py-spy's collapsed output (``--threads`` on)."""
    summary = ProfileSummary()
    categories: collections.Counter[str] = collections.Counter()
    main_categories: collections.Counter[str] = collections.Counter()
    leaves: collections.Counter[str] = collections.Counter()
    threads: collections.Counter[str] = collections.Counter()
    for line in collapsed.splitlines():
        parsed = _parse_line(line.strip())
        if parsed is None:
            continue
        thread, frames, count = parsed
        if not frames or frames[-1].startswith(IDLE_LEAVES):
            summary.idle_samples += count
            continue
        summary.samples += count
        threads[thread] += count
        if not frames[0].startswith(ROOT_FRAMES):
            summary.truncated_samples += count
        joined = ";".join(frames)
        on_loop = thread == EVENT_LOOP_THREAD
        if on_loop:
            summary.main_samples += count
        leaves[frames[-1]] += count
        for name, markers in CATEGORIES.items():
            if any(marker in joined for marker in markers):
                categories[name] += count
                if on_loop:
                    main_categories[name] += count
    summary.categories = dict(categories.most_common())
    summary.main_categories = dict(main_categories.most_common())
    summary.top_self = leaves.most_common(TOP_FUNCTIONS)
    summary.threads = dict(threads.most_common())
    return summary
