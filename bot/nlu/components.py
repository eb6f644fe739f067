"""Rasa graph components: procedure recognition (spaCy) and MiniLM sentence features."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
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
    TEXT,
)
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.constants import ENTITY_PROCEDURE, KNOWLEDGE_DIR
from bot.kb import load_knowledge_base
from bot.nlu.procedure_matcher import ProcedureMatcher

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
        for message, vector in zip(todo, vectors):
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
