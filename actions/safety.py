"""Post-procedure emergencies: tell the patient to call 911 (and 988), alert on-call staff."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from bot.clinic import clinic
from bot.constants import (
    ENTITY_RED_FLAG,
    RED_FLAG_POSSIBLE,
    RED_FLAG_REPLY_CHECK,
    RED_FLAG_REPLY_CRISIS,
    RED_FLAG_REPLY_EMERGENCY,
    SLOT_CLINIC_PHONE,
    SLOT_HUMAN_OFFERED,
    SLOT_ON_CALL_PHONE,
    SLOT_RED_FLAG_REPLY,
)
from bot.escalation import transcript_from_events
from bot.escalation.constants import REASON_RED_FLAG_PREFIX, URGENCY_URGENT

logger = logging.getLogger(__name__)

CRISIS_CATEGORIES = frozenset({"self_harm"})


def red_flag_category(tracker: Tracker) -> str:
    """The category the red-flag rules found in the latest message (``possible``: the safety net's)."""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == ENTITY_RED_FLAG and entity.get("value"):
            return str(entity["value"])
    return "unspecified"


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
        category = red_flag_category(tracker)
        settings = clinic()
        try:
            ticket = await services.ticket_dispatcher().open_ticket_async(
                channel=tracker.get_latest_input_channel() or "rest",
                sender_id=tracker.sender_id,
                urgency=URGENCY_URGENT,
                reason=f"{REASON_RED_FLAG_PREFIX}{category}",
                contact=tracker.sender_id if tracker.get_latest_input_channel() == "twilio" else None,
                question=tracker.latest_message.get("text"),
                consent=False,
                transcript=transcript_from_events(tracker.events),
            )
            logger.info("Opened urgent ticket %s for red flag %s", ticket.id, category)
        except Exception:  # the patient's instructions must go out whatever happens to the ticket
            logger.exception("Could not open the urgent ticket for red flag %s", category)
        events: list[EventType] = [
            SlotSet(SLOT_RED_FLAG_REPLY, reply_kind(category)),
            SlotSet(SLOT_ON_CALL_PHONE, settings.on_call_phone),
            SlotSet(SLOT_CLINIC_PHONE, settings.phone),
            SlotSet(SLOT_HUMAN_OFFERED, False),
        ]
        return events
