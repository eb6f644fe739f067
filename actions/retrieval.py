"""Answering procedure questions from the knowledge base.

The actions decide *what* to say and put it in slots; the rule that runs them
is followed by the domain response ``utter_answer``, whose variation is picked
by the ``reply`` slot. Wording therefore stays in domain.yml (with SMS
variants), and every response is visible to ``rasa data validate``.
"""
from __future__ import annotations

import abc
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import config, services
from bot.constants import (
    ENTITY_PROCEDURE,
    FALLBACKS_BEFORE_HUMAN_OFFER,
    INTENT_FACETS,
    INTENT_INFORM,
    INTENT_NLU_FALLBACK,
    INTENT_OUT_OF_SCOPE,
    REPLY_ASK_ABOUT_PROCEDURE,
    REPLY_ASK_WHICH_PROCEDURE,
    REPLY_KB_ANSWER,
    REPLY_NO_ANSWER,
    REPLY_NO_WORDS,
    REPLY_OFFER_HUMAN,
    REPLY_OUT_OF_SCOPE,
    REPLY_REPHRASE,
    REPLY_SOURCES_DIFFER,
    SLOT_ANSWER,
    SLOT_FALLBACK_COUNT,
    SLOT_HUMAN_OFFERED,
    SLOT_LAST_FACET,
    SLOT_PENDING_FACET,
    SLOT_PROCEDURE,
    SLOT_PROCEDURE_NAME,
    SLOT_REPLY,
    SLOT_SOURCES,
)
from bot.kb import Answer, KnowledgeBase
from bot.kb.semantic import SemanticIndex
from bot.text import has_words, is_follow_up_naming

logger = logging.getLogger(__name__)

IMAGE_GUIDANCE_TOPIC = "image_guidance"


def procedure_entities(tracker: Tracker) -> list[dict[str, Any]]:
    """The ``procedure`` entities of the latest message, in text order."""
    return sorted(
        (e for e in tracker.latest_message.get("entities") or [] if e.get("entity") == ENTITY_PROCEDURE),
        key=lambda e: e.get("start", 0),
    )


def named_procedures(tracker: Tracker, knowledge_base: KnowledgeBase) -> list[str]:
    """Known procedure ids named in the latest message, in order of (last) mention."""
    ids = [e.get("value") for e in procedure_entities(tracker)]
    last_mentions = list(reversed(dict.fromkeys(reversed(ids))))
    return [pid for pid in last_mentions if pid and knowledge_base.get(pid)]


def current_procedure(tracker: Tracker, knowledge_base: KnowledgeBase) -> str | None:
    """The procedure named now, else the one remembered from earlier turns.

    Patients put the back story first and the question last ("I had an MBB,
    now they scheduled RFA, how long does the RFA take"), so the last named
    procedure wins; a procedure outranks a general topic ("are epidurals done
    under x-ray").
    """
    named = named_procedures(tracker, knowledge_base)
    procedures = [pid for pid in named if knowledge_base.get(pid).kind == "procedure"]
    if procedures or named:
        return (procedures or named)[-1]
    remembered = tracker.get_slot(SLOT_PROCEDURE)
    return remembered if remembered and knowledge_base.get(remembered) else None


def asks_again_about_another_procedure(tracker: Tracker) -> bool:
    """"and for the rfa?", "what about kyphoplasty": only a procedure name and linking words.

    Such a message carries no facet of its own (whatever the classifier guessed
    from "what about"); it repeats the last question for the procedure it names.
    """
    spans = [
        (e["start"], e["end"])
        for e in procedure_entities(tracker)
        if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
    ]
    return is_follow_up_naming(tracker.latest_message.get("text") or "", spans)


def question_facet(tracker: Tracker) -> str | None:
    """The facet the latest message asks about, taking the conversation into account.

    A facet intent names it; a bare procedure name (``inform``) answers a
    pending "which procedure?"; "what about <procedure>" asks the pending or
    last-answered facet again (and nothing in particular when there is none).
    """
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if asks_again_about_another_procedure(tracker):
        return tracker.get_slot(SLOT_PENDING_FACET) or tracker.get_slot(SLOT_LAST_FACET)
    if intent == INTENT_INFORM:
        return tracker.get_slot(SLOT_PENDING_FACET)
    return INTENT_FACETS.get(intent)


def best_guess_intent(tracker: Tracker) -> str | None:
    """The classifier's top intent behind an ``nlu_fallback``."""
    for ranked in tracker.latest_message.get("intent_ranking") or []:
        if ranked.get("name") != INTENT_NLU_FALLBACK:
            return ranked.get("name")
    return None


def reply(kind: str, **slots: Any) -> list[EventType]:
    """Events that make ``utter_answer`` say ``kind``, filled with ``slots``."""
    return [SlotSet(SLOT_REPLY, kind), *(SlotSet(name, value) for name, value in slots.items())]


def answer_events(knowledge_base: KnowledgeBase, answer: Answer) -> list[EventType]:
    """Slots that state an answer with its sources, and reset the miss counters."""
    sources = "; ".join(
        f"{knowledge_base.source_title(source)} ({source})" for source in answer.sources
    )
    return [
        *reply(
            REPLY_SOURCES_DIFFER if answer.sources_differ else REPLY_KB_ANSWER,
            **{
                SLOT_ANSWER: " ".join(fact.text for fact in answer.facts),
                SLOT_SOURCES: sources,
                SLOT_PROCEDURE_NAME: answer.procedure.name,
            },
        ),
        SlotSet(SLOT_PROCEDURE, answer.procedure.id),
        SlotSet(SLOT_PENDING_FACET, None),
        SlotSet(SLOT_LAST_FACET, answer.facet),
        SlotSet(SLOT_FALLBACK_COUNT, 0.0),
        SlotSet(SLOT_HUMAN_OFFERED, False),
    ]


class KnowledgeAction(Action, abc.ABC):
    """Base for actions that read the knowledge base.

    Subclasses get ``self.knowledge_base`` and ``self.semantic_index``. Both
    default to the process-wide instances (loaded once when the action server
    registers its actions); tests pass their own.
    """

    def __init__(
        self,
        knowledge_base: KnowledgeBase | None = None,
        semantic_index: SemanticIndex | None = None,
        threshold: float | None = None,
    ) -> None:
        self.knowledge_base = knowledge_base or services.knowledge_base()
        self.semantic_index = semantic_index if semantic_index is not None else services.semantic_index()
        self.threshold = config.SEMANTIC_THRESHOLD if threshold is None else threshold

    @abc.abstractmethod
    def name(self) -> str:
        """The action's name in the domain."""

    def answer(self, tracker: Tracker) -> list[EventType]:
        """Answer ``question_facet`` about ``current_procedure`` by structured lookup.

        When the knowledge base has no such fact, say so plainly and offer the
        care team. No procedure named or remembered: ask which one, and answer
        the pending question once the patient names it.
        """
        facet = question_facet(tracker)
        procedure_id = current_procedure(tracker, self.knowledge_base)
        if procedure_id == IMAGE_GUIDANCE_TOPIC and facet == IMAGE_GUIDANCE_TOPIC:
            # "Do they use x-ray?" is answered in general; naming a procedure
            # next ("the knee one") answers it for that procedure. (Without
            # imaging words, "do they use anything to guide the needle?" asks
            # which procedure, like every other facet.)
            answer = self.knowledge_base.lookup(IMAGE_GUIDANCE_TOPIC, facet)
            if answer is not None:
                return [*answer_events(self.knowledge_base, answer), SlotSet(SLOT_PENDING_FACET, facet)]

        if procedure_id is None:
            return reply(REPLY_ASK_WHICH_PROCEDURE, **{SLOT_PENDING_FACET: facet})

        procedure = self.knowledge_base.get(procedure_id)
        assert procedure is not None  # current_procedure only returns known ids
        if facet is None:
            return reply(
                REPLY_ASK_ABOUT_PROCEDURE,
                **{SLOT_PROCEDURE_NAME: procedure.name, SLOT_PROCEDURE: procedure_id},
            )

        answer = self.knowledge_base.lookup(procedure_id, facet)
        if answer is None:
            logger.info("No knowledge for procedure=%s facet=%s", procedure_id, facet)
            return reply(
                REPLY_NO_ANSWER,
                **{
                    SLOT_PROCEDURE_NAME: procedure.name,
                    SLOT_PROCEDURE: procedure_id,
                    SLOT_PENDING_FACET: None,
                    SLOT_LAST_FACET: facet,
                    SLOT_HUMAN_OFFERED: True,
                },
            )
        return answer_events(self.knowledge_base, answer)


class ActionAnswerQuestion(KnowledgeAction):
    """Answer a facet question (``ask_*`` intents) or a procedure name (``inform``).

    ``KnowledgeAction.answer``: a structured lookup of (procedure, facet).
    (Semantic search is not used here: the question is understood, and the
    nearest fact of another facet would answer a different question - "how
    long does kyphoplasty relief last" must not get "it takes 45 minutes".)
    """

    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return self.answer(tracker)


class ActionHandleFallback(KnowledgeAction):
    """Low NLU confidence: try a semantic match, else ask to rephrase.

    When the classifier's unsure best guess is ``out_of_scope`` (and no fact
    matches), the patient hears what the assistant can help with instead.

    After ``FALLBACKS_BEFORE_HUMAN_OFFER`` misses in a row (of either kind)
    the patient is offered a person instead.
    """

    def name(self) -> str:
        return "action_handle_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = (tracker.latest_message.get("text") or "").strip()
        if not has_words(text):
            return reply(REPLY_NO_WORDS)
        if asks_again_about_another_procedure(tracker):
            return self.answer(tracker)  # "and for the rfa?": the last question, about rfa
        if text:
            answer = self.semantic_index.search(
                text,
                threshold=self.threshold,
                procedure_id=current_procedure(tracker, self.knowledge_base),
            )
            if answer is not None:
                return answer_events(self.knowledge_base, answer)
        misses = int(tracker.get_slot(SLOT_FALLBACK_COUNT) or 0) + 1
        if misses >= FALLBACKS_BEFORE_HUMAN_OFFER:
            return reply(
                REPLY_OFFER_HUMAN, **{SLOT_FALLBACK_COUNT: float(misses), SLOT_HUMAN_OFFERED: True}
            )
        if best_guess_intent(tracker) == INTENT_OUT_OF_SCOPE:
            return reply(REPLY_OUT_OF_SCOPE, **{SLOT_FALLBACK_COUNT: float(misses)})
        return reply(REPLY_REPHRASE, **{SLOT_FALLBACK_COUNT: float(misses)})
