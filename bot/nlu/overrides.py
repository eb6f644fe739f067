"""How the deterministic guards and the safety net overrule the classifiers on a Rasa message."""
from __future__ import annotations

from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message

from bot.constants import ENTITY_RED_FLAG


def override_intent(message: Message, intent_name: str) -> None:
    """Make ``intent_name`` the message's intent with confidence 1.0, ahead of the classifiers' ranking."""
    intent = {INTENT_NAME_KEY: intent_name, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent_name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [dict(intent), *ranking], add_to_output=True)


def set_red_flag(
    message: Message,
    extractor: EntityExtractorMixin,
    category: str,
    start: int,
    end: int,
    confidence: float = 1.0,
) -> None:
    """Replace any ``red_flag`` entity of the message with ``category`` found at ``start:end``."""
    entity = {
        ENTITY_ATTRIBUTE_TYPE: ENTITY_RED_FLAG,
        ENTITY_ATTRIBUTE_VALUE: category,
        ENTITY_ATTRIBUTE_START: start,
        ENTITY_ATTRIBUTE_END: end,
        ENTITY_ATTRIBUTE_CONFIDENCE: confidence,
    }
    others = [e for e in message.get(ENTITIES) or [] if e.get(ENTITY_ATTRIBUTE_TYPE) != ENTITY_RED_FLAG]
    message.set(ENTITIES, others + extractor.add_extractor_name([entity]), add_to_output=True)
