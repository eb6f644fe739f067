"""Handing the conversation to the clinic's care team."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.constants import SLOT_HUMAN_OFFERED


class ActionOfferHuman(Action):
    """Remember that the patient was just offered a person, so "yes" accepts it."""

    def name(self) -> str:
        return "action_offer_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [SlotSet(SLOT_HUMAN_OFFERED, True)]


class ActionRequestHuman(Action):
    """The patient asked for a person, or accepted the offer of one."""

    def name(self) -> str:
        return "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [SlotSet(SLOT_HUMAN_OFFERED, False)]
