"""`make shell` (scripts/run.sh shell): the terminal chat, against the same action server, gives the same answers.

Needs models/assistant.tar.gz (`make train`); run with `pytest -m model`.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from bot.constants import PROJECT_ROOT
from bot.harness import free_port
from bot.kb import load_knowledge_base

pytestmark = pytest.mark.model

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_the_shell_answers_from_the_knowledge_base_with_its_source_and_follow_ups(tmp_path):
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    model = tmp_path / "assistant.tar.gz"
    shutil.copy(MODEL, model)
    port = free_port()
    endpoints = yaml.safe_load((PROJECT_ROOT / "endpoints.yml").read_text())
    endpoints["action_endpoint"]["url"] = f"http://localhost:{port}/webhook"
    endpoints["tracker_store"]["db"] = str(tmp_path / "tracker.db")
    (tmp_path / "endpoints.yml").write_text(yaml.safe_dump(endpoints))
    env = {
        **os.environ,
        "ACTIONS_PORT": str(port),
        "RASA_ENDPOINTS": str(tmp_path / "endpoints.yml"),
        "RASA_MODEL": str(model),
        "HF_HUB_OFFLINE": "1",
        "STAFF_OUTBOX_PATH": str(tmp_path / "outbox.jsonl"),
        "TICKETS_DB_URL": f"sqlite:///{tmp_path / 'tickets.db'}",
    }
    run = subprocess.run(
        ["bash", str(PROJECT_ROOT / "scripts" / "run.sh"), "shell"],
        input="how long does rfa take\nand for an epidural?\n/stop\n",
        capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=300,
    )
    output = ANSI.sub("", run.stdout)
    assert run.returncode == 0, run.stderr[-2000:]
    kb = load_knowledge_base()
    for procedure in ("rfa", "esi"):  # the follow-up keeps the question and switches the procedure
        for fact in kb.lookup(procedure, "duration").facts:
            assert fact.text in output, output[-2000:]
    assert "Source: " in output and "000_fd0648dbab7763f2.txt" in output
    assert Path(tmp_path / "tracker.db").exists()  # the conversation was stored where the endpoints say
