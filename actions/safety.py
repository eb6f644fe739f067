"""Post-procedure emergencies: tell the patient to call 911 (and 988), alert on-call staff."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ACTION_VALIDATE_SLOT_MAPPINGS

from actions import services
from bot.clinic import clinic
from bot.constants import (
    ENTITY_RED_FLAG,
    ENTITY_RED_FLAG_REVIEW,
    RED_FLAG_POSSIBLE,
    RED_FLAG_REPLY_CHECK,
    RED_FLAG_REPLY_CRISIS,
    RED_FLAG_REPLY_EMERGENCY,
    SLOT_CLINIC_PHONE,
    SLOT_HUMAN_OFFERED,
    SLOT_ON_CALL_PHONE,
    SLOT_RED_FLAG_REPLY,
    SLOT_RED_FLAG_REVIEW,
)
from bot.escalation import transcript_from_events
from bot.escalation.constants import REASON_RED_FLAG_PREFIX, REASON_RED_FLAG_REVIEW_PREFIX, URGENCY_URGENT

logger = logging.getLogger(__name__)

CRISIS_CATEGORIES = frozenset({"self_harm"})


def red_flag_category(tracker: Tracker, entity_type: str = ENTITY_RED_FLAG) -> str | None:
    """The category the red-flag rules found in the latest message (``possible``: the safety net's),
    or with ``red_flag_review`` the one of a rule alarm the safety net overruled; None without one."""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == entity_type and entity.get("value"):
            return str(entity["value"])
    return None


async def open_red_flag_ticket(tracker: Tracker, reason: str) -> None:
    """Open an urgent ticket (which notifies on-call staff) for the latest message; never raises,
    so the patient's reply goes out whatever happens to the ticket."""
    try:
        ticket = await services.ticket_dispatcher().open_ticket_async(
            channel=tracker.get_latest_input_channel() or "rest",
            sender_id=tracker.sender_id,
            urgency=URGENCY_URGENT,
            reason=reason,
            contact=tracker.sender_id if tracker.get_latest_input_channel() == "twilio" else None,
            question=tracker.latest_message.get("text"),
            consent=False,
            transcript=transcript_from_events(tracker.events),
        )
        logger.info("Opened urgent ticket %s (%s)", ticket.id, reason)
    except Exception:
        logger.exception("Could not open the urgent ticket (%s)", reason)


def reply_kind(category: str) -> str:
    """Which variation of ``utter_red_flag`` the patient gets."""
    if category in CRISIS_CATEGORIES:
        return RED_FLAG_REPLY_CRISIS
    return RED_FLAG_REPLY_CHECK if category == RED_FLAG_POSSIBLE else RED_FLAG_REPLY_EMERGENCY


class ActionHandleRedFlag(Action):
    """Opens an urgent ticket (which notifies on-call staff) and sets up ``utter_red_flag``.

    Runs whatever else was going on (the rules close an active handoff form), so
    the patient hears only the emergency instructions. The ticket is saved before
    staff are notified, in the background; nothing here can delay the reply.
    """

    def name(self) -> str:
        return "action_handle_red_flag"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        category = red_flag_category(tracker) or "unspecified"
        settings = clinic()
        await open_red_flag_ticket(tracker, f"{REASON_RED_FLAG_PREFIX}{category}")
        events: list[EventType] = [
            SlotSet(SLOT_RED_FLAG_REPLY, reply_kind(category)),
            SlotSet(SLOT_ON_CALL_PHONE, settings.on_call_phone),
            SlotSet(SLOT_CLINIC_PHONE, settings.phone),
            SlotSet(SLOT_HUMAN_OFFERED, False),
        ]
        return events


def reviewed_since_latest_message(tracker: Tracker) -> bool:
    """Whether the review already ran for the latest message (the slot extraction runs again
    when an action returns a user message)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == SLOT_RED_FLAG_REVIEW:
            return True
    return False


class ActionReviewRedFlag(Action):
    """A rule alarm the safety net overruled: an urgent ticket so staff check the message, and a
    line telling the patient so (with 911 and the on-call line, in case the net was wrong).

    It is Rasa's global slot validation action (``action_validate_slot_mappings``), which Rasa
    runs inside ``action_extract_slots`` after every patient message, whatever the intent, before
    the ordinary reply the classifiers chose. Rasa keeps what this action says (it drops the
    messages of a slot-mapping action), so the line comes just before that reply. It sets the
    ``red_flag_review`` slot to the rules' category (cleared on the next message) and validates
    no other slot: Rasa keeps every slot it does not set.
    """

    def name(self) -> str:
        return ACTION_VALIDATE_SLOT_MAPPINGS

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        category = red_flag_category(tracker, ENTITY_RED_FLAG_REVIEW)
        if reviewed_since_latest_message(tracker):
            return []
        if category is None:
            return [SlotSet(SLOT_RED_FLAG_REVIEW, None)] if tracker.get_slot(SLOT_RED_FLAG_REVIEW) else []
        await open_red_flag_ticket(tracker, f"{REASON_RED_FLAG_REVIEW_PREFIX}{category}")
        dispatcher.utter_message(text=clinic().review_line())
        return [SlotSet(SLOT_RED_FLAG_REVIEW, category)]
