"""Handing the conversation to the clinic's care team.

``handoff_form`` collects what staff need: the patient's question (taken from
the conversation when they already asked one), a callback number (not asked on
SMS, where we have it) and consent to share the chat. ``action_submit_handoff``
opens the ticket and tells the patient what happens next given clinic hours.

Prompts are variations of ``utter_answer`` chosen by the ``reply`` slot, which
``validate_handoff_form`` sets to ``ask_<next slot>``; the ``action_ask_*``
actions only send that response (Rasa renders it with the validation's slots).
"""
from __future__ import annotations

import abc
import logging
import re
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import services
from bot.clinic import clinic, handoff_expectation
from bot.constants import (
    ENTITY_PROCEDURE,
    FACET_INTENTS,
    FORM_HANDOFF,
    HANDOFF_CLOSED,
    HANDOFF_CLOSING,
    HANDOFF_DECLINED,
    HANDOFF_OPEN,
    INTENT_MEDICAL_ADVICE,
    INTENT_NLU_FALLBACK,
    INTENT_REQUEST_HUMAN,
    MIN_WORDS_SELF_CONTAINED_REQUEST,
    PHONE_CHANNELS,
    REPLY_INVALID_CALLBACK_NUMBER,
    REPLY_KB_ANSWER,
    REPLY_SOURCES_DIFFER,
    RESPONSE_ANSWER,
    SLOT_CALLBACK_NUMBER,
    SLOT_CLINIC_PHONE,
    SLOT_HANDOFF_CONSENT,
    SLOT_HANDOFF_OUTCOME,
    SLOT_HANDOFF_QUESTION,
    SLOT_HANDOFF_WHEN,
    SLOT_HUMAN_OFFERED,
    SLOT_ON_CALL_PHONE,
    SLOT_REPLY,
)
from bot.escalation import transcript_from_events
from bot.escalation.constants import (
    REASON_FALLBACK,
    REASON_MEDICAL_ADVICE,
    REASON_NO_ANSWER,
    REASON_PATIENT_REQUEST,
    URGENCY_ROUTINE,
)
from bot.text import has_words

logger = logging.getLogger(__name__)

REQUESTED_SLOT = "requested_slot"
MAX_QUESTION_CHARS = 1000
# Intents whose message is a question staff can answer, by the reason it reached them.
QUESTION_REASONS = {
    **{intent: REASON_NO_ANSWER for intent in FACET_INTENTS.values()},
    INTENT_MEDICAL_ADVICE: REASON_MEDICAL_ADVICE,
    INTENT_NLU_FALLBACK: REASON_FALLBACK,
}
KB_ANSWER_REPLIES = frozenset({REPLY_KB_ANSWER, REPLY_SOURCES_DIFFER})


def normalise_phone(text: str) -> str | None:
    """An E.164 number from what a patient typed, or None if it is not one.

    Ten digits are taken as a US number; otherwise a leading ``+`` (or ``00``)
    and 8-15 digits are required.
    """
    cleaned = text.strip()
    digits = re.sub(r"\D", "", cleaned)
    if cleaned.startswith("00"):
        cleaned, digits = "+" + cleaned[2:], digits[2:]
    if not cleaned.startswith("+"):
        if len(digits) == 10:
            return "+1" + digits
        if len(digits) == 11 and digits.startswith("1"):
            return "+" + digits
        return None
    return "+" + digits if 8 <= len(digits) <= 15 else None


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "rest"


def says_what_about(user_event: dict[str, Any]) -> bool:
    """Whether a request for a person also says what it is about."""
    text = (user_event.get("text") or "").lower()
    entities = (user_event.get("parse_data") or {}).get("entities") or []
    return (
        " about " in f" {text} "
        or any(e.get("entity") == ENTITY_PROCEDURE for e in entities)
        or len(text.split()) >= MIN_WORDS_SELF_CONTAINED_REQUEST
    )


def earlier_question(tracker: Tracker) -> tuple[str | None, str]:
    """The question the patient wants staff to answer, and why it reached staff.

    A request for a person that says what it is about is its own question ("can a
    nurse call me about my blood thinner before the epidural"); otherwise the last
    question the assistant could not answer, if any, in the last few turns.
    """
    users = [e for e in tracker.events if e.get("event") == "user"]
    if not users:
        return None, REASON_PATIENT_REQUEST
    latest = users[-1]
    latest_intent = ((latest.get("parse_data") or {}).get("intent") or {}).get("name")
    text = (latest.get("text") or "").strip()
    if latest_intent == INTENT_REQUEST_HUMAN and says_what_about(latest):
        return text[:MAX_QUESTION_CHARS], REASON_PATIENT_REQUEST
    answered = answered_turns(tracker.events)
    for event in reversed(users[-4:-1]):
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent in QUESTION_REASONS and id(event) not in answered and has_words(event.get("text") or ""):
            return event["text"].strip()[:MAX_QUESTION_CHARS], QUESTION_REASONS[intent]
    return None, REASON_PATIENT_REQUEST


def answered_turns(events: list[dict[str, Any]]) -> set[int]:
    """``id()`` of the user events the assistant answered from the knowledge base.

    Staff get the question the assistant could not answer, not one it already
    did: a patient who asks for a person after an answer is asked what they need.
    """
    answered: set[int] = set()
    latest_user = None
    for event in events:
        if event.get("event") == "user":
            latest_user = event
        elif (
            latest_user is not None
            and event.get("event") == "slot"
            and event.get("name") == SLOT_REPLY
            and event.get("value") in KB_ANSWER_REPLIES
        ):
            answered.add(id(latest_user))
    return answered


class ActionOfferHuman(Action):
    """Remember that the patient was just offered a person, so "yes" accepts it."""

    def name(self) -> str:
        return "action_offer_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [SlotSet(SLOT_HUMAN_OFFERED, True)]


class ValidateHandoffForm(FormValidationAction):
    """Decides what the handoff form asks next and checks the answers."""

    def name(self) -> str:
        return f"validate_{FORM_HANDOFF}"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if channel_of(tracker) in PHONE_CHANNELS:
            return [slot for slot in domain_slots if slot != SLOT_CALLBACK_NUMBER]
        return domain_slots

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        prefilled: list[EventType] = []
        if tracker.get_slot(REQUESTED_SLOT) is None and not tracker.get_slot(SLOT_HANDOFF_QUESTION):
            question, _ = earlier_question(tracker)
            if question:
                prefilled.append(SlotSet(SLOT_HANDOFF_QUESTION, question))
                tracker.add_slots(prefilled)
        validated = await super().run(dispatcher, tracker, domain)
        form_slots = self.domain_slots(domain)
        if (
            tracker.get_slot(REQUESTED_SLOT) is not None
            and not prefilled
            and not any(e.get("name") in form_slots for e in validated)
        ):
            # Nothing for the form in this message (an emergency, "no", ...): answer
            # nothing, so Rasa rejects the form and the rules for that intent run.
            # Echoing other slots or re-asking here would keep the form going.
            return []
        events = prefilled + validated
        tracker.add_slots(events)
        required = await self.required_slots(form_slots, dispatcher, tracker, domain)
        next_slot = next((slot for slot in required if tracker.get_slot(slot) is None), None)
        events = [e for e in events if e.get("name") != REQUESTED_SLOT]
        events.append(SlotSet(REQUESTED_SLOT, next_slot))
        if next_slot and not any(e.get("name") == SLOT_REPLY for e in events):
            events.append(SlotSet(SLOT_REPLY, f"ask_{next_slot}"))
        return events

    def validate_handoff_question(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value or "").strip()
        return {SLOT_HANDOFF_QUESTION: text[:MAX_QUESTION_CHARS] if has_words(text) else None}

    def validate_callback_number(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        number = normalise_phone(str(value or ""))
        if number is None:
            return {SLOT_CALLBACK_NUMBER: None, SLOT_REPLY: REPLY_INVALID_CALLBACK_NUMBER}
        return {SLOT_CALLBACK_NUMBER: number}


class AskHandoffSlot(Action, abc.ABC):
    """Base of the ``action_ask_<slot>`` actions of ``handoff_form``.

    Each sends ``utter_answer``; ``validate_handoff_form`` has already set the
    ``reply`` slot to the right prompt (or to the invalid-number message).
    """

    @abc.abstractmethod
    def name(self) -> str:
        """``action_ask_<slot>``."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response=RESPONSE_ANSWER)
        return []


class ActionAskHandoffQuestion(AskHandoffSlot):
    def name(self) -> str:
        return f"action_ask_{SLOT_HANDOFF_QUESTION}"


class ActionAskCallbackNumber(AskHandoffSlot):
    def name(self) -> str:
        return f"action_ask_{SLOT_CALLBACK_NUMBER}"


class ActionAskHandoffConsent(AskHandoffSlot):
    def name(self) -> str:
        return f"action_ask_{SLOT_HANDOFF_CONSENT}"


class ActionSubmitHandoff(Action):
    """Opens a routine ticket for staff (with consent) and says what happens next.

    The ticket is saved before staff are notified; a notification failure never
    reaches the patient (the dispatcher retries it later).
    """

    def __init__(self, now=lambda: datetime.now(timezone.utc)) -> None:
        self._now = now

    def name(self) -> str:
        return "action_submit_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        settings = clinic()
        reset = [
            SlotSet(SLOT_HANDOFF_QUESTION, None),
            SlotSet(SLOT_CALLBACK_NUMBER, None),
            SlotSet(SLOT_HANDOFF_CONSENT, None),
            SlotSet(SLOT_HUMAN_OFFERED, False),
            SlotSet(SLOT_CLINIC_PHONE, settings.phone),
        ]
        if not tracker.get_slot(SLOT_HANDOFF_CONSENT):
            return [SlotSet(SLOT_HANDOFF_OUTCOME, HANDOFF_DECLINED), *reset]

        channel = channel_of(tracker)
        contact = tracker.sender_id if channel in PHONE_CHANNELS else tracker.get_slot(SLOT_CALLBACK_NUMBER)
        _, reason = earlier_question(tracker)
        ticket = await services.ticket_dispatcher().open_ticket_async(
            channel=channel,
            sender_id=tracker.sender_id,
            urgency=URGENCY_ROUTINE,
            reason=reason,
            contact=contact,
            question=tracker.get_slot(SLOT_HANDOFF_QUESTION),
            consent=True,
            transcript=transcript_from_events(tracker.events),
        )
        logger.info("Opened %s ticket %s (%s)", URGENCY_ROUTINE, ticket.id, reason)
        expectation = handoff_expectation(settings, self._now())
        if expectation.is_open:
            outcome, when = HANDOFF_OPEN, f"within {expectation.callback_minutes} minutes"
        else:
            outcome = HANDOFF_CLOSING if expectation.closing_soon else HANDOFF_CLOSED
            when = expectation.next_opening_words or "on the next business day"
        return [
            SlotSet(SLOT_HANDOFF_OUTCOME, outcome),
            SlotSet(SLOT_HANDOFF_WHEN, when),
            SlotSet(SLOT_ON_CALL_PHONE, settings.on_call_phone),
            *reset,
        ]
