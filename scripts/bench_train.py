"""Time ``rasa train`` from a clean cache, and remember the result so it runs once.

Training takes minutes of both cores on a shared machine, so each time is
recorded in a JSON file with a fingerprint of the training inputs; the bench
trains again only when the inputs changed (or when asked to).
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

RASA = str(Path(sys.executable).with_name("rasa"))
CACHE_ENV = "RASA_CACHE_DIRECTORY"  # rasa/engine/caching.py


class TrainingError(RuntimeError):
    """``rasa train`` failed; the message names its log."""


@dataclass(frozen=True)
class TrainRecord:
    """One timed training run."""

    fingerprint: str
    seconds: float
    finished: str  # ISO time
    command: str
    model_bytes: int
    # CPU time of `rasa train` and its children: unlike ``seconds``, barely
    # changed by other work on the machine (0.0 in records from before it existed).
    cpu_seconds: float = 0.0


def fingerprint_paths(root: Path, paths: Iterable[str]) -> str:
    """A hash of the files under ``paths`` (relative to ``root``), names and contents."""
    digest = hashlib.sha256()
    for relative in paths:
        base = root / relative
        files = sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base]
        for path in files:
            if path.exists() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def load_record(path: Path, fingerprint: str) -> TrainRecord | None:
    """The recorded run for these inputs, or None."""
    try:
        data = json.loads(path.read_text())
        record = TrainRecord(**data)
    except (OSError, ValueError, TypeError):
        return None
    return record if record.fingerprint == fingerprint else None


def timed_train(
    project_dir: Path,
    model_out: Path,
    fingerprint: str,
    log_path: Path,
    extra_args: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> TrainRecord:
    """``rasa train`` in ``project_dir`` with an empty cache and output folder; the model goes to ``model_out``.

    Raises:
        TrainingError: rasa exited non-zero.
    """
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-train-") as tmp:
        out = Path(tmp) / "models"
        command = [RASA, "train", "--out", str(out), "--fixed-model-name", model_out.name.split(".")[0], *extra_args]
        environment = {**os.environ, **(env or {}), CACHE_ENV: str(Path(tmp) / "cache")}
        started = time.monotonic()
        cpu_before = _children_cpu()
        with open(log_path, "wb") as log:
            code = subprocess.call(command, cwd=project_dir, env=environment, stdout=log, stderr=subprocess.STDOUT)
        seconds = time.monotonic() - started
        cpu_seconds = _children_cpu() - cpu_before
        if code != 0:
            raise TrainingError(f"rasa train exited with {code}; see {log_path}")
        trained = next(out.glob("*.tar.gz"))
        model_out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(trained, model_out)
    return TrainRecord(
        fingerprint=fingerprint,
        seconds=round(seconds, 1),
        finished=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        command=" ".join(["rasa", *command[1:3], "<tmp>", *command[4:]]),
        model_bytes=model_out.stat().st_size,
        cpu_seconds=round(cpu_seconds, 1),
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def save_record(path: Path, record: TrainRecord) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(record), indent=2) + "\n")
