"""A learned safety net behind the red-flag rules, for emergencies worded in ways no rule foresaw.

The rules (``knowledge/red_flags.yml``) decide what is an emergency, and each
set written without them has found wordings they missed (see
``tests/eval/red_flags_round*.yml``). This component scores every message the
rules let through, trained on the red-flag development sets (emergencies
against their look-alikes) and on the FAQ training examples (as
non-emergencies). With ``fine_tune`` (as ``config.yml`` sets it) a copy of
all-MiniLM-L6-v2 is fine-tuned together with a linear head at ``rasa train``
and stored with the model; without it, a logistic regression reads the shared,
frozen MiniLM vector. Read blind, round by round, the fine-tuned net finds about
97% of emergencies at 2% false alarms where the logistic regression found about
78% (``docs/red_flags.md``). At or above
``threshold`` the message leaves NLU as ``report_red_flag`` with the category
``possible``: the assistant gives the 911 and on-call instructions with a note
that it may be mistaken (``utter_red_flag``'s ``check`` wording), and opens an
urgent ticket marked as a possible red flag, so staff look at it.

Placed after ``RedFlagClassifier``: a rule alarm is never downgraded to a
check. With ``veto_below`` (``config.yml`` sets 0.01) the net overrules a rule
alarm it scores below it, self-harm excepted: the patient gets a line saying
staff will read the message (with 911 and the on-call line) and the ordinary
reply, and ``actions.safety.ActionReviewRedFlag`` opens an urgent ticket so
staff still read every message the rules flagged (``docs/red_flags.md``, "The
net's second look at a rule alarm").
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import random
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import yaml_strict
from bot.constants import (
    ENTITY_RED_FLAG,
    ENTITY_RED_FLAG_REVIEW,
    INTENT_REPORT_RED_FLAG,
    MESSAGE_RED_FLAG_DISMISSED,
    RED_FLAG_NEVER_OVERRULED,
    RED_FLAG_POSSIBLE,
)
from bot.nlu.overrides import override_intent, restore_classified_intent, set_red_flag
from bot.nlu.red_flag_component import project_path
from bot.text import has_words

logger = logging.getLogger(__name__)

WEIGHTS_FILE = "red_flag_net.json"
EXAMPLES_KEY = "examples"
THRESHOLD_KEY = "threshold"
DISMISSED_THRESHOLD_KEY = "dismissed_threshold"
VETO_BELOW_KEY = "veto_below"
REGULARISATION_KEY = "inverse_regularisation"
FINE_TUNE_KEY = "fine_tune"
EPOCHS_KEY = "epochs"
TOKEN_LIMIT_KEY = "max_tokens_per_epoch"
BF16_KEY = "bf16"
REPLACED_LIMIT_KEY = "max_examples_per_epoch"  # the message cap that max_tokens_per_epoch replaced
LEARNING_RATE_KEY = "learning_rate"
SEED_KEY = "seed"
ENCODER_DIR = "encoder"  # the fine-tuned encoder, inside the component's model storage
HEAD_LEARNING_RATE = 1e-3
BATCH_SIZE = 32
# Batches are drawn from length-sorted chunks of this many batches, so a batch is
# padded to the longest of a few similar lengths rather than to the longest of 32
# random messages: fine-tuning does less than half the work, in a still-shuffled order.
CHUNK_BATCHES = 50


class RedFlagNetError(ValueError):
    """An examples file is missing or not a red-flag set (``red_flags`` and ``non_urgent`` lists)."""


def read_examples(paths: list[str]) -> tuple[list[str], list[str]]:
    """Emergencies and look-alikes from red-flag set files (paths relative to the project root)."""
    emergencies: list[str] = []
    look_alikes: list[str] = []
    for name in paths:
        path = project_path(name)
        try:
            data = yaml_strict.safe_load(path.read_text(encoding="utf-8"))
            emergencies += [str(item["text"]) for item in data["red_flags"]]
            look_alikes += [str(item["text"]) for item in data["non_urgent"]]
        except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
            raise RedFlagNetError(f"red-flag examples {path}: {exc}") from exc
    return emergencies, look_alikes


def training_set(example_paths: list[str], training_data: TrainingData) -> tuple[list[str], np.ndarray]:
    """Texts and labels the net learns from: emergencies (1) against look-alikes and every
    training example of another intent (0).

    The examples of other intents come in text order, not in the order the training data was
    read in: fine-tuning draws its batches by index, so the same examples read in another
    order (``rasa train``'s importer and ``load_data`` read them differently) would train a
    different net. In text order the same inputs train the same net wherever they are read."""
    emergencies, look_alikes = read_examples(example_paths)
    if not emergencies or not look_alikes:
        raise RedFlagNetError("the red-flag safety net needs example files with emergencies and look-alikes")
    ordinary = sorted(
        example.get(TEXT)
        for example in training_data.intent_examples
        if example.get(INTENT) != INTENT_REPORT_RED_FLAG and example.get(TEXT)
    )
    labels = np.array([1] * len(emergencies) + [0] * (len(look_alikes) + len(ordinary)))
    return emergencies + look_alikes + ordinary, labels


def fit(vectors: np.ndarray, labels: np.ndarray, inverse_regularisation: float) -> tuple[np.ndarray, float]:
    """Weights and bias of the balanced logistic regression the net scores with."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=inverse_regularisation, class_weight="balanced", max_iter=5000).fit(vectors, labels)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def score(vectors: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """Probability of an emergency for each vector."""
    return 1.0 / (1.0 + np.exp(-(vectors @ weights + bias)))


def padded_tokens(batch: list[int], lengths: list[int]) -> int:
    """The tokens a batch costs to fine-tune on: every message padded to the batch's longest."""
    return len(batch) * max(lengths[i] for i in batch)


def length_batches(
    lengths: list[int], rng: random.Random, batch_size: int = BATCH_SIZE, token_limit: int | None = None
) -> list[list[int]]:
    """One epoch's batches of indexes: every index once, in a seeded shuffle cut into chunks
    of ``CHUNK_BATCHES`` batches; each chunk is sorted by length and cut into batches, and
    the batches are shuffled.

    With ``token_limit``, the epoch is the first of those shuffled batches whose
    ``padded_tokens`` add up to at most ``token_limit`` (always at least one batch): a
    fresh seeded sample each epoch, so the work per epoch stays bounded however many
    messages are added and however long they are. When the whole epoch fits, it is
    exactly the epoch without a limit."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * CHUNK_BATCHES
    batches: list[list[int]] = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lengths.__getitem__)
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    if token_limit is None:
        return batches
    kept: list[list[int]] = []
    used = 0
    for batch in batches:
        used += padded_tokens(batch, lengths)
        if kept and used > token_limit:
            break
        kept.append(batch)
    return kept


def fine_tune(
    texts: list[str],
    labels: np.ndarray,
    base_path: str,
    *,
    epochs: int,
    learning_rate: float,
    seed: int,
    token_limit: int | None = None,
    bf16: bool = False,
) -> tuple[Any, np.ndarray, float]:
    """The encoder at ``base_path`` fine-tuned with a linear head on (texts, labels).

    Binary cross-entropy with the emergencies weighted up to balance the classes,
    AdamW, batches of ``BATCH_SIZE`` messages of similar length in a seeded order
    (``length_batches``, at most ``token_limit`` padded tokens an epoch); the vectors are
    mean-pooled and unit-length, as ``bot.embeddings.SentenceEncoder`` computes them. Uses every
    core while it trains (the assistant's encoder is limited to one) and puts the
    thread count back. With ``bf16`` the encoder's forward pass runs under bfloat16
    autocast (about twice as fast on CPUs with bfloat16 instructions); the weights, the
    head, the loss and the optimiser stay float32, and the saved encoder is float32.
    Returns the SentenceTransformer, the head's weights and bias.
    """
    import torch
    from sentence_transformers import SentenceTransformer

    threads = torch.get_num_threads()
    torch.set_num_threads(max(threads, os.cpu_count() or 1))
    try:
        torch.manual_seed(seed)
        order_rng = random.Random(seed)
        model = SentenceTransformer(base_path, device="cpu")
        head = torch.nn.Linear(model.get_sentence_embedding_dimension(), 1)
        optimiser = torch.optim.AdamW(
            [
                {"params": model.parameters(), "lr": learning_rate},
                {"params": head.parameters(), "lr": HEAD_LEARNING_RATE},
            ],
            weight_decay=0.01,
            fused=True,  # the same AdamW update in one kernel: a sixth of the optimiser's time
        )
        positives = float(labels.sum())
        loss_of = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor((len(labels) - positives) / positives))
        targets = torch.tensor(labels, dtype=torch.float32)
        lengths = [len(ids) for ids in model.tokenizer(texts, truncation=True, max_length=model.max_seq_length)["input_ids"]]
        model.train()
        for _ in range(epochs):
            for batch in length_batches(lengths, order_rng, token_limit=token_limit):
                features = model.tokenize([texts[i] for i in batch])
                with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                    pooled = model(features)["sentence_embedding"]
                vectors = torch.nn.functional.normalize(pooled.float(), p=2, dim=1)
                loss = loss_of(head(vectors).squeeze(-1), targets[batch])
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
        model.eval()
        weights = head.weight.detach().numpy()[0].astype(np.float32)
        return model, weights, float(head.bias.detach()[0])
    finally:
        torch.set_num_threads(threads)


def learn(texts: list[str], labels: np.ndarray, config: dict[str, Any], directory: Path) -> tuple[Any, np.ndarray, float]:
    """The net's encoder, weights and bias, learned from (texts, labels) with ``config``.

    With ``fine_tune`` the tuned encoder is saved under ``directory`` and read back
    from there (as ``load`` will read it); otherwise the shared encoder is used.
    """
    from bot.embeddings import get_encoder, packaged_model_path

    if not config.get(FINE_TUNE_KEY):
        encoder = get_encoder()
        weights, bias = fit(
            np.asarray(encoder.encode(texts), dtype=np.float32), labels, float(config[REGULARISATION_KEY])
        )
        return encoder, weights, bias
    if config.get(REPLACED_LIMIT_KEY) is not None:
        raise RedFlagNetError(
            f"{REPLACED_LIMIT_KEY} is no longer read: bound the fine-tuning with {TOKEN_LIMIT_KEY} "
            "(padded tokens an epoch; config.yml shows the value in use)"
        )
    model, weights, bias = fine_tune(
        texts,
        labels,
        packaged_model_path(),
        epochs=int(config[EPOCHS_KEY]),
        learning_rate=float(config[LEARNING_RATE_KEY]),
        seed=int(config[SEED_KEY]),
        token_limit=int(config[TOKEN_LIMIT_KEY]) if config.get(TOKEN_LIMIT_KEY) else None,
        bf16=bool(config.get(BF16_KEY)),
    )
    model.save(str(directory / ENCODER_DIR))
    return load_encoder(directory / ENCODER_DIR), weights, bias


def load_encoder(path: Path) -> Any:
    """The fine-tuned encoder at ``path``, read into memory, encoding as the shared one does."""
    from bot.embeddings import SentenceEncoder

    return SentenceEncoder(str(path))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class RedFlagSafetyNet(GraphComponent, IntentClassifier, EntityExtractorMixin):
    """Flags a message the rules let through as a ``possible`` red flag when it reads like an emergency.

    Config:
        examples: red-flag set files to learn from (never the sealed one).
        threshold: probability at or above which a message is checked.
        dismissed_threshold: the probability needed instead when the rules found a
            symptom phrase and dismissed it as negated, hypothetical or someone
            else's (``RedFlagClassifier`` marks such messages).
        veto_below: overrule a rule alarm the net scores below this (none: never).
            The message gets back the classifiers' intent and a ``red_flag_review``
            entity with the rules' category instead of the ``red_flag`` one, so the
            patient gets the ordinary reply and ``actions.safety.ActionReviewRedFlag``
            opens an urgent ticket for staff to check it (and says so). Self-harm is
            never overruled (``RED_FLAG_NEVER_OVERRULED``).
        inverse_regularisation: ``C`` of the logistic regression (without ``fine_tune``).
        fine_tune: fine-tune a copy of the sentence encoder with a linear head
            instead (a few minutes at ``rasa train``; about 90 MB more in the model).
        epochs, learning_rate, seed: of the fine-tuning.
        max_tokens_per_epoch: fine-tune each epoch on a seeded sample of batches whose
            padded tokens (batch size times its longest message) add up to at most this,
            so training time stays bounded as sets are added and messages grow longer
            (none: every message every epoch).
        bf16: run the encoder's forward pass in bfloat16 while fine-tuning (about half
            the time on a CPU with bfloat16 instructions; weights stay float32).

    The defaults were chosen on sets the net and the rules had not seen (round 5
    with a net trained on rounds 1-4, round 6 with one trained on rounds 1-5):
    ``docs/red_flags.md`` has the figures.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            EXAMPLES_KEY: [],
            THRESHOLD_KEY: 0.8,
            DISMISSED_THRESHOLD_KEY: 0.95,
            VETO_BELOW_KEY: None,
            REGULARISATION_KEY: 16.0,
            FINE_TUNE_KEY: False,
            EPOCHS_KEY: 3,
            TOKEN_LIMIT_KEY: None,
            BF16_KEY: False,
            LEARNING_RATE_KEY: 3e-5,
            SEED_KEY: 13,
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The example files' contents, so editing them retrains the net."""
        digest = hashlib.sha256()
        for name in config.get(EXAMPLES_KEY) or []:
            path = project_path(name)
            digest.update(path.read_bytes() if path.exists() else b"missing:" + name.encode())
        return digest.hexdigest()

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        weights: np.ndarray | None = None,
        bias: float = 0.0,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._weights = weights
        self._bias = bias
        self._encoder = None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RedFlagSafetyNet:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        texts, labels = training_set(list(self._config[EXAMPLES_KEY]), training_data)
        with self._model_storage.write_to(self._resource) as directory:
            self._encoder, self._weights, self._bias = learn(texts, labels, self._config, directory)
            (directory / WEIGHTS_FILE).write_text(
                json.dumps(
                    {"weights": self._weights.tolist(), "bias": self._bias, "fine_tuned": bool(self._config[FINE_TUNE_KEY])}
                ),
                encoding="utf-8",
            )
        logger.info(
            "Red-flag safety net (%s) trained on %d emergencies and %d other messages",
            "fine-tuned encoder" if self._config[FINE_TUNE_KEY] else "logistic regression",
            int(labels.sum()), int(len(labels) - labels.sum()),
        )
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> RedFlagSafetyNet:
        with model_storage.read_from(resource) as directory:
            stored = json.loads((directory / WEIGHTS_FILE).read_text(encoding="utf-8"))
            net = cls(config, model_storage, resource, np.asarray(stored["weights"], dtype=np.float32), stored["bias"])
            if stored.get("fine_tuned"):
                net._encoder = load_encoder(directory / ENCODER_DIR)
        return net

    def probability(self, text: str) -> float:
        """How much ``text`` reads like an emergency, 0 to 1 (0 before training)."""
        if self._weights is None:
            return 0.0
        return float(score(self._encode([text]), self._weights, self._bias)[0])

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if not isinstance(text, str) or text.startswith("/") or not has_words(text):
                continue
            if intent == INTENT_REPORT_RED_FLAG:
                self._second_look(message, text)
                continue
            probability = self.probability(text)
            if probability < self.threshold_for(message):
                continue
            override_intent(message, INTENT_REPORT_RED_FLAG)
            set_red_flag(message, self, RED_FLAG_POSSIBLE, 0, len(text), round(probability, 3))
            # The score only: the message text may hold personal details.
            logger.info("Possible red flag (p=%.2f): the patient gets the emergency instructions", probability)
        return messages

    def _second_look(self, message: Message, text: str) -> None:
        """Overrule the rules' alarm on ``message`` when the net scores it below ``veto_below``."""
        below = self._config.get(VETO_BELOW_KEY)
        flag = next((e for e in message.get(ENTITIES) or [] if e.get(ENTITY_ATTRIBUTE_TYPE) == ENTITY_RED_FLAG), None)
        if below is None or flag is None:
            return
        category = flag.get(ENTITY_ATTRIBUTE_VALUE)
        if category == RED_FLAG_POSSIBLE or category in RED_FLAG_NEVER_OVERRULED:
            return
        probability = self.probability(text)
        if probability >= float(below) or not restore_classified_intent(message):
            return
        set_red_flag(
            message, self, category, flag[ENTITY_ATTRIBUTE_START], flag[ENTITY_ATTRIBUTE_END],
            round(probability, 4), entity_type=ENTITY_RED_FLAG_REVIEW,
        )
        # The category and score only: the message text may hold personal details.
        logger.info(
            "Red flag %s overruled by the safety net (p=%.4f): ordinary reply, urgent ticket to check it",
            category, probability,
        )

    def threshold_for(self, message: Message) -> float:
        """The configured threshold, or the higher one when the rules dismissed a phrase in ``message``."""
        threshold = float(self._config[THRESHOLD_KEY])
        if message.get(MESSAGE_RED_FLAG_DISMISSED):
            threshold = max(threshold, float(self._config[DISMISSED_THRESHOLD_KEY]))
        return threshold

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._encoder is None:
            from bot.embeddings import get_encoder

            self._encoder = get_encoder()
        return np.asarray(self._encoder.encode(texts), dtype=np.float32)
