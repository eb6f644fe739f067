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

from bot.constants import (
    ENTITY_RED_FLAG,
    ENTITY_RED_FLAG_REVIEW,
    INTENT_NLU_FALLBACK,
    INTENT_REPORT_RED_FLAG,
    MESSAGE_CLASSIFIED_INTENT,
)

RED_FLAG_ENTITIES = (ENTITY_RED_FLAG, ENTITY_RED_FLAG_REVIEW)


def override_intent(message: Message, intent_name: str) -> None:
    """Make ``intent_name`` the message's intent with confidence 1.0, ahead of the classifiers' ranking."""
    intent = {INTENT_NAME_KEY: intent_name, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent_name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [dict(intent), *ranking], add_to_output=True)


def demote_red_flag_intent(message: Message) -> None:
    """A ``report_red_flag`` intent the rules did not confirm gives way to the next intent in the
    ranking (``nlu_fallback`` when there is none)."""
    intent = message.get(INTENT) or {}
    if intent.get(INTENT_NAME_KEY) != INTENT_REPORT_RED_FLAG:
        return
    ranking = [
        ranked
        for ranked in message.get(INTENT_RANKING_KEY) or []
        if ranked.get(INTENT_NAME_KEY) != INTENT_REPORT_RED_FLAG
    ]
    fallback = {INTENT_NAME_KEY: INTENT_NLU_FALLBACK, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, dict(ranking[0]) if ranking else fallback, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking or [fallback], add_to_output=True)


def remember_classified_intent(message: Message) -> None:
    """Keep the message's intent and ranking (not in the output) before the red-flag rules override them."""
    message.set(MESSAGE_CLASSIFIED_INTENT, {INTENT: message.get(INTENT), INTENT_RANKING_KEY: message.get(INTENT_RANKING_KEY)})


def restore_classified_intent(message: Message) -> bool:
    """Give the message back the intent ``remember_classified_intent`` kept (never ``report_red_flag``:
    the classifiers do not decide emergencies). False when nothing was kept."""
    classified = message.get(MESSAGE_CLASSIFIED_INTENT)
    if classified is None:
        return False
    fallback = {INTENT_NAME_KEY: INTENT_NLU_FALLBACK, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, classified[INTENT] or fallback, add_to_output=True)
    message.set(INTENT_RANKING_KEY, classified[INTENT_RANKING_KEY] or [fallback], add_to_output=True)
    demote_red_flag_intent(message)
    return True


def set_red_flag(
    message: Message,
    extractor: EntityExtractorMixin,
    category: str,
    start: int,
    end: int,
    confidence: float = 1.0,
    entity_type: str = ENTITY_RED_FLAG,
) -> None:
    """Replace any ``red_flag`` (or ``red_flag_review``) entity of the message with an ``entity_type``
    entity for ``category`` found at ``start:end``."""
    entity = {
        ENTITY_ATTRIBUTE_TYPE: entity_type,
        ENTITY_ATTRIBUTE_VALUE: category,
        ENTITY_ATTRIBUTE_START: start,
        ENTITY_ATTRIBUTE_END: end,
        ENTITY_ATTRIBUTE_CONFIDENCE: confidence,
    }
    others = [e for e in message.get(ENTITIES) or [] if e.get(ENTITY_ATTRIBUTE_TYPE) not in RED_FLAG_ENTITIES]
    message.set(ENTITIES, others + extractor.add_extractor_name([entity]), add_to_output=True)
