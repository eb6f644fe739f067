"""Rasa graph component that routes post-procedure emergencies before anything else.

Placed last in the NLU pipeline (after DIETClassifier and FallbackClassifier),
so whatever the classifiers decided, a message with a red flag leaves NLU as
``report_red_flag`` with confidence 1.0 and a ``red_flag`` entity naming the
category. Messages without one pass through untouched.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.constants import (
    INTENT_REPORT_RED_FLAG,
    MESSAGE_RED_FLAG_DISMISSED,
    PROJECT_ROOT,
    RED_FLAG_RULES_FILE,
)
from bot.nlu.overrides import (
    demote_red_flag_intent,
    override_intent,
    remember_classified_intent,
    set_red_flag,
)
from bot.nlu.red_flags import RedFlagDetector

logger = logging.getLogger(__name__)


RULES_FILE_KEY = "rules_file"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RedFlagClassifier(GraphComponent, IntentClassifier, EntityExtractorMixin):
    """Overrides the intent with ``report_red_flag`` when the rules find an emergency.

    Config:
        rules_file: the red-flag rules (default ``knowledge/red_flags.yml``); a
            relative path is taken from the project root. Read when the model
            is loaded, so editing the rules needs a restart, not a retrain.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {RULES_FILE_KEY: None}

    def __init__(self, detector: RedFlagDetector) -> None:
        self._detector = detector

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RedFlagClassifier:
        return cls(RedFlagDetector.from_file(rules_path(config.get(RULES_FILE_KEY))))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text.strip():
                continue
            flag = self._detector.detect(text)
            if flag is None:
                demote_red_flag_intent(message)
                if self._detector.mentions(text):
                    message.set(MESSAGE_RED_FLAG_DISMISSED, True)
                continue
            remember_classified_intent(message)
            override_intent(message, INTENT_REPORT_RED_FLAG)
            set_red_flag(message, self, flag.category, flag.start, flag.end)
            # The category only: the message text may hold personal details.
            logger.info("Red flag detected: %s (%s reply)", flag.category, flag.reply)
        return messages


def rules_path(configured: str | None, default: Path = RED_FLAG_RULES_FILE) -> Path:
    """The rules file named in a component's config (relative to the project root), or ``default``."""
    return project_path(configured) if configured else default


def project_path(name: str | Path) -> Path:
    """``name`` as it is when absolute, else taken from the project root (config files name paths so)."""
    path = Path(name)
    return path if path.is_absolute() else PROJECT_ROOT / path
