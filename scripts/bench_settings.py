"""Every number and path `make bench` uses: run sizes, time-outs, targets."""
from __future__ import annotations

from dataclasses import dataclass, replace

from bot.constants import PROJECT_ROOT

REPORT_DIR = PROJECT_ROOT / "reports" / "bench"
BASELINE_DIR = REPORT_DIR / "baseline"
BASELINE_PROJECT_DIR = BASELINE_DIR / "project"
BASELINE_MODEL = BASELINE_DIR / "baseline.tar.gz"
BASELINE_TRAIN_RECORD = BASELINE_DIR / "train.json"
OURS_TRAIN_RECORD = REPORT_DIR / "train-ours.json"
LOG_DIR = REPORT_DIR / "logs"
MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
HELDOUT = PROJECT_ROOT / "tests" / "eval" / "heldout.yml"
CREDENTIALS = PROJECT_ROOT / "credentials.yml"
# What `make train` reads; a change means ours' recorded training time is stale.
OURS_TRAINING_INPUTS = (
    "config.yml", "domain.yml", "data", "bot/nlu", "bot/kb", "bot/embeddings.py", "bot/constants.py", "bot/text.py",
    "knowledge",
)

# The thread settings the Makefile exports, so `python scripts/bench.py` run by
# hand measures what `make run` serves.
MAKEFILE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "RASA_TELEMETRY_ENABLED": "false",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "TF_INTER_OP_PARALLELISM_THREADS": "1",
    "TF_INTRA_OP_PARALLELISM_THREADS": "2",
    "OMP_NUM_THREADS": "1",
}
# Variables that change how fast the servers run, shown in the report.
PERFORMANCE_ENV = (
    "TF_INTER_OP_PARALLELISM_THREADS",
    "TF_INTRA_OP_PARALLELISM_THREADS",
    "OMP_NUM_THREADS",
    "ASSISTANT_TORCH_THREADS",
    "ASSISTANT_NLU_THREADS",
    "ASSISTANT_ENCODER_PARALLEL",
    "ACTION_SERVER_SANIC_WORKERS",
    "SANIC_WORKERS",
)

REQUEST_TIMEOUT_S = 10.0  # a reply slower than this counts as an error
SENDER_PREFIX = "bench"
# Appended in turn to every held-out text, one per pass over the set, so the
# encoder's text cache (bot/embeddings.py) does not turn repeats into free hits:
# patients rarely send the same words twice. Pass 0 is the text as written.
TEXT_SUFFIXES = ("", "?", "!", " ?", "..", "?!", " !", "!!", "??", ".", " ...", "!?", " .")


@dataclass(frozen=True)
class RunPlan:
    """How much of each measurement to do.

    Attributes:
        latency_messages: sequential messages timed one by one.
        throughput_seconds: length of the concurrent load.
        concurrency: conversations in flight during that load.
        conversations: held-out conversations played for accuracy (None: all).
        profile_seconds: py-spy recording during a load (0: no profile).
    """

    latency_messages: int = 1200
    throughput_seconds: float = 45.0
    concurrency: int = 50
    conversations: int | None = None
    profile_seconds: float = 30.0

    def with_overrides(self, **changes: object) -> RunPlan:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


FULL = RunPlan()
QUICK = RunPlan(latency_messages=100, throughput_seconds=10.0, concurrency=50, conversations=30, profile_seconds=0.0)


@dataclass(frozen=True)
class SoakPlan:
    minutes: float = 10.0
    rate_per_second: float = 10.0
    conversations: int = 20  # in flight; each waits for its reply, then for the rate limiter
    sample_seconds: float = 10.0


SOAK = SoakPlan()

# Targets for ours (PASS/FAIL in the report).
TARGET_P50_MS = 60.0
TARGET_P95_MS = 200.0
TARGET_THROUGHPUT = 25.0  # messages/s with CONCURRENCY conversations, zero errors
TARGET_STARTUP_S = 30.0
TARGET_RSS_GB = 2.5
TARGET_ACCURACY_MARGIN = 0.10  # ours - default, as a fraction
TARGET_P50_RATIO = 1.5  # ours / default
