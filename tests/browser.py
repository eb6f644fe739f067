"""Debian's Chromium for the browser tests, installed with apt-get when missing.

Playwright is used as a driver only; ``playwright install`` is never run.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# --headless here, not Playwright's headless=True: that adds --headless=old,
# which current Chromium builds no longer have.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
]


def ensure_chromium() -> None:
    """Install Debian's Chromium when it is missing (we are root); skip only without apt."""
    if CHROMIUM.exists():
        return
    if not shutil.which("apt-get"):
        pytest.skip("/usr/bin/chromium is missing and apt-get is not available to install it")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=env, capture_output=True)
    subprocess.run(["apt-get", "install", "-y", "chromium"], check=True, env=env, capture_output=True)
    assert CHROMIUM.exists(), "apt-get installed chromium but /usr/bin/chromium is still missing"
