"""Start the action server and Rasa server as child processes.

Used by ``make eval``, ``make bench`` and the integration tests, so each
measures the assistant the way ``make run`` serves it.
"""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.constants import PROJECT_ROOT

PYTHON = sys.executable
# Local embedded defaults, as endpoints.yml has them (tracker file per server).
SQLITE_TRACKER_STORE = "tracker_store:\n  type: bot.tracker_store.SQLiteTrackerStore\n  db: \"{db}\"\n"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 180.0) -> None:
    """Poll ``url`` until it answers 200, failing early if ``process`` dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")


def _environment(extra: dict[str, str] | None) -> dict[str, str]:
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "RASA_TELEMETRY_ENABLED": "false",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    }
    env.update(extra or {})
    return env


@contextlib.contextmanager
def _process(
    command: list[str], health_url: str, log_name: str, env: dict[str, str] | None, wait: bool = True
) -> Iterator[subprocess.Popen]:
    log_dir = PROJECT_ROOT / "var" / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(log_dir / log_name, "wb") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT,
            env=_environment(env), start_new_session=True,
        )
        try:
            if wait:
                wait_for(health_url, process)
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _action_server_command(port: int) -> list[str]:
    return [PYTHON, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]


@contextlib.contextmanager
def action_server(port: int | None = None, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run the action server; yields its webhook URL."""
    port = port or free_port()
    with _process(_action_server_command(port), f"http://127.0.0.1:{port}/health", f"actions-{port}.log", env):
        yield f"http://127.0.0.1:{port}/webhook"


@contextlib.contextmanager
def assistant(
    model: str | Path,
    credentials: str | Path = "credentials.yml",
    env: dict[str, str] | None = None,
    extra_args: tuple[str, ...] = (),
) -> Iterator[tuple[str, str]]:
    """The action server and Rasa started side by side, as ``make run`` does.

    Yields ``(rasa_url, action_url)`` once both answer their health checks.
    """
    port = free_port()
    action_url = f"http://127.0.0.1:{port}/webhook"
    health = f"http://127.0.0.1:{port}/health"
    with _process(_action_server_command(port), health, f"actions-{port}.log", env, wait=False) as actions:
        with _rasa(model, action_url, credentials=credentials, env=env, extra_args=extra_args) as (url, rasa):
            wait_for(health, actions)
            wait_for(f"{url}/", rasa)
            yield url, action_url


@contextlib.contextmanager
def rasa_server(model: str | Path, action_url: str, **options: Any) -> Iterator[str]:
    """Run ``rasa run`` on ``model`` as ``make run`` does (``bot.serve``, the SQLite tracker store); yields its URL.

    ``options`` are those of ``_rasa``: port, endpoints_extra, credentials,
    env, extra_args, endpoints.
    """
    with _rasa(model, action_url, **options) as (url, process):
        wait_for(f"{url}/", process)
        yield url


@contextlib.contextmanager
def _rasa(
    model: str | Path,
    action_url: str,
    port: int | None = None,
    endpoints_extra: str = "",
    credentials: str | Path = "credentials.yml",
    env: dict[str, str] | None = None,
    extra_args: tuple[str, ...] = (),
    endpoints: str | Path | None = None,
    stock: bool = False,
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start ``rasa run`` without waiting; yields its URL and process.

    Args:
        stock: Rasa's own ``rasa`` command, without ``bot.rasa_speedups`` (``make
            bench`` serves Rasa's default pipeline as a Rasa user would).
        endpoints_extra: endpoint settings after the action endpoint, instead of
            the SQLite tracker store in a temporary folder.
        endpoints: an endpoints file to use as it is (e.g. endpoints.production.yml)
            instead of the generated one; ``action_url`` is then passed to it as
            ``ACTION_SERVER_URL``.
    """
    port = port or free_port()
    with tempfile.TemporaryDirectory() as tmp:
        if endpoints:
            env = {**(env or {}), "ACTION_SERVER_URL": action_url}
        else:
            endpoints = Path(tmp) / "endpoints.yml"
            endpoints.write_text(
                f'action_endpoint:\n  url: "{action_url}"\n  enable_selective_domain: true\n'
                + (endpoints_extra or SQLITE_TRACKER_STORE.format(db=f"{tmp}/tracker.db"))
            )
        command = [
            *((str(Path(PYTHON).with_name("rasa")),) if stock else (PYTHON, "-m", "bot.serve")),
            "run", "--model", str(model), "--endpoints", str(endpoints),
            "--credentials", str(credentials), "--port", str(port), *extra_args,
        ]
        with _process(command, f"http://127.0.0.1:{port}/", f"rasa-{port}.log", env, wait=False) as process:
            yield f"http://127.0.0.1:{port}", process
