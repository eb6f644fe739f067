"""Settings the action server reads from the environment, once."""
from __future__ import annotations

import os
from pathlib import Path

from bot.constants import KNOWLEDGE_DIR, SEMANTIC_MATCH_THRESHOLD

KNOWLEDGE_PATH = Path(os.environ.get("ASSISTANT_KNOWLEDGE_DIR", str(KNOWLEDGE_DIR)))
SEMANTIC_THRESHOLD = float(os.environ.get("ASSISTANT_SEMANTIC_THRESHOLD", SEMANTIC_MATCH_THRESHOLD))
