"""Every path and make target the README names exists."""
from __future__ import annotations

import re
import subprocess

import pytest

from bot.constants import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text()
MAKEFILE = (PROJECT_ROOT / "Makefile").read_text()
TARGETS = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, flags=re.M))

# Created when the assistant runs or is trained, not part of the checkout.
GENERATED = ("var/", "reports/", "results/", "models/")
# `path/like/this` or `file.ext` inside backticks, relative to the project.
PATHS = sorted(
    {
        match.split(" ")[0].rstrip("/")
        for match in re.findall(r"`([^`\s]*(?:/|\.(?:py|yml|yaml|md|txt|in|sh|png|html|js))[^`\s]*)`", README)
        if not match.startswith(("http", "/", "-"))
        and "<" not in match
        and not any(char in match for char in "=:")  # settings and URLs, not paths
        and not match[0].isupper()  # time zones such as America/Chicago
        and not match.startswith(GENERATED)
    }
)
MAKE_COMMANDS = sorted(set(re.findall(r"make ([a-z][a-z-]*)", README)))


@pytest.mark.parametrize("path", PATHS)
def test_named_path_exists(path):
    candidate = PROJECT_ROOT / path
    if path.startswith("../"):
        candidate = PROJECT_ROOT.parent / path[3:]
        if not candidate.parent.exists():
            pytest.skip("shared/ is not beside this checkout")
    assert candidate.exists(), f"README names {path}, which does not exist"


@pytest.mark.parametrize("target", MAKE_COMMANDS)
def test_named_make_target_exists(target):
    assert target in TARGETS, f"README names `make {target}`, which the Makefile lacks"


def test_make_help_lists_targets():
    result = subprocess.run(["make", "help"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    for target in ("install", "run", "test", "eval"):
        assert f"make {target}" in result.stdout
