"""Rasa graph components: procedure recognition (spaCy), MiniLM sentence features, guards."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    FEATURE_TYPE_SENTENCE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.constants import (
    ENTITY_PROCEDURE,
    INTENT_MEDICAL_ADVICE,
    INTENT_NLU_FALLBACK,
    INTENT_REPORT_RED_FLAG,
    KNOWLEDGE_DIR,
)
from bot.kb import load_knowledge_base
from bot.nlu.advice_guard import MEDICAL_ADVICE_RULES_FILE, MedicalAdviceDetector
from bot.nlu.overrides import override_intent
from bot.nlu.procedure_matcher import ProcedureMatcher
from bot.nlu.red_flag_component import RULES_FILE_KEY, rules_path
from bot.text import has_words

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class ProcedureEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Adds a ``procedure`` entity, normalised to a knowledge-base id, per mention.

    The spaCy PhraseMatcher is built from the knowledge base's synonyms when
    the component is created, so new procedures need no code change.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"knowledge_dir": None, "fuzzy": True}

    def __init__(self, matcher: ProcedureMatcher) -> None:
        self._matcher = matcher

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ProcedureEntityExtractor:
        directory = Path(config["knowledge_dir"]) if config.get("knowledge_dir") else KNOWLEDGE_DIR
        knowledge_base = load_knowledge_base(directory)
        return cls(ProcedureMatcher(knowledge_base.procedures(), fuzzy=config["fuzzy"]))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            entities = [
                {
                    ENTITY_ATTRIBUTE_TYPE: ENTITY_PROCEDURE,
                    ENTITY_ATTRIBUTE_VALUE: mention.procedure_id,
                    ENTITY_ATTRIBUTE_START: mention.start,
                    ENTITY_ATTRIBUTE_END: mention.end,
                    ENTITY_ATTRIBUTE_CONFIDENCE: 1.0 if mention.exact else 0.8,
                }
                for mention in self._matcher(text)
            ]
            if entities:
                entities = self.add_extractor_name(entities)
                message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Dense sentence features from all-MiniLM-L6-v2 (the packaged weights).

    Gives DIET a meaning-level view of the whole message next to the sparse
    word and character n-grams, which is what carries long, rambling or
    misspelt patient messages to the right intent.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config(), "batch_size": 64}

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        from bot.embeddings import get_encoder

        self._encoder = get_encoder()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        pass

    def process(self, messages: list[Message]) -> list[Message]:
        todo = [m for m in messages if m.get(TEXT)]
        if not todo:
            return messages
        vectors = self._encoder.encode([m.get(TEXT) for m in todo], batch_size=self._config["batch_size"])
        for message, vector in zip(todo, vectors, strict=False):
            message.add_features(
                Features(
                    np.asarray(vector, dtype=np.float32)[None, :],
                    FEATURE_TYPE_SENTENCE,
                    TEXT,
                    self._config[FEATURIZER_CLASS_ALIAS] or self._identifier,
                )
            )
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class WordAwareDIETClassifier(DIETClassifier):
    """DIET that skips messages with no words instead of failing on them.

    Rasa's DIET raises on a message that tokenises to nothing (an empty or
    all-space text), and the REST channel then answers with no reply at all.
    Such messages are left without an intent for ``EmptyMessageGuard``.
    """

    def process(self, messages: list[Message]) -> list[Message]:
        super().process([m for m in messages if has_words(m.get(TEXT) or "")])
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EmptyMessageGuard(GraphComponent):
    """Routes messages with no words (empty, spaces, emoji only) to ``nlu_fallback``.

    Without it such a message gets no intent at all, no rule applies and the
    patient hears nothing; with it they are asked what they would like to know,
    and the message stays in the conversation.
    """

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EmptyMessageGuard:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/") or has_words(text):
                continue
            intent = {INTENT_NAME_KEY: INTENT_NLU_FALLBACK, PREDICTED_CONFIDENCE_KEY: 1.0}
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class MedicalAdviceGuard(GraphComponent):
    """Routes medication, dosing, diagnosis and treatment-choice questions to ``ask_medical_advice``.

    Deterministic rules (``knowledge/medical_advice.yml``), so "what dose of
    prednisone is safe" is deferred to the care team even when the classifier
    reads it as a risks question. Placed before the red-flag check, which
    still overrides it.

    Config:
        rules_file: the rules (default ``knowledge/medical_advice.yml``); a
            relative path is taken from the project root. Read when the model
            is loaded: editing the rules needs a restart, not a retrain.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {RULES_FILE_KEY: None}

    def __init__(self, detector: MedicalAdviceDetector) -> None:
        self._detector = detector

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MedicalAdviceGuard:
        path = rules_path(config.get(RULES_FILE_KEY), default=MEDICAL_ADVICE_RULES_FILE)
        return cls(MedicalAdviceDetector.from_file(path))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if current in (INTENT_MEDICAL_ADVICE, INTENT_REPORT_RED_FLAG):
                continue
            request = self._detector.detect(message.get(TEXT) or "")
            if request is None:
                continue
            override_intent(message, INTENT_MEDICAL_ADVICE)
            # The kind only: the evidence may name the patient's medicines or conditions.
            logger.info("Medical advice request (%s): deferred to the care team", request.kind)
        return messages
