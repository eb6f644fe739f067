#!/usr/bin/env python
"""Why a structured miss is not followed by a semantic search: MiniLM does not tell facets apart.

For every procedure and facet, two template questions ("how long does {name}
take", ...) are searched among that procedure's facts only, as a search after
a structured miss would. The report counts how often the best fact belongs to
another facet although the asked facet exists, and at what similarities.

    .venv/bin/python scripts/semantic_facet_probe.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.constants import FACETS  # noqa: E402
from bot.embeddings import get_encoder  # noqa: E402
from bot.kb import load_knowledge_base  # noqa: E402
from bot.kb.semantic import SemanticIndex  # noqa: E402

TEMPLATES = {
    "what_is": ["what is {n}", "how does {n} work"],
    "candidates": ["who is {n} for", "am i a candidate for {n}"],
    "duration": ["how long does {n} take", "how much time does the {n} procedure take"],
    "sedation": ["will i be awake for {n}", "do they put you to sleep for {n}"],
    "sensation": ["does {n} hurt", "what does {n} feel like"],
    "recovery": ["what is recovery like after {n}", "can i go back to work after {n}"],
    "onset": ["when does {n} start working", "how soon will {n} help"],
    "relief_duration": ["how long does relief from {n} last", "how long will {n} keep the pain away"],
    "success_rate": ["how well does {n} work", "what is the success rate of {n}"],
    "repeatability": ["can {n} be repeated", "can i get {n} again"],
    "risks": ["what are the risks of {n}", "is {n} safe"],
    "image_guidance": ["do they use x-ray for {n}", "is {n} done with imaging"],
}


def main() -> None:
    kb = load_knowledge_base()
    index = SemanticIndex(kb, get_encoder())
    right, wrong = [], []
    for procedure in kb.procedures():
        for facet in FACETS:
            if facet not in procedure.facets:
                continue
            for template in TEMPLATES[facet]:
                answer = index.search(template.format(n=procedure.name), threshold=-1.0, procedure_id=procedure.id)
                (right if answer.facet == facet else wrong).append(answer.score)
    total = len(right) + len(wrong)
    print(f"{total} questions whose facet the pages cover, searched within their procedure:")
    print(f"  best fact of the asked facet: {len(right)}, median similarity {np.median(right):.2f}")
    print(f"  best fact of another facet:   {len(wrong)}, similarity up to {max(wrong):.2f}")


if __name__ == "__main__":
    main()
