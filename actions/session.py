"""Conversation sessions: every new session starts with the clinic's disclaimer."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.clinic import clinic


class ActionSessionStart(Action):
    """Rasa's session start, plus the disclaimer (automated, not medical advice, 911).

    The wording is the clinic's (``disclaimer`` in clinic.yml), because it names
    the clinic; it goes out once per session, before the first reply.
    """

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        metadata = tracker.get_slot("session_started_metadata")
        dispatcher.utter_message(text=clinic().disclaimer)
        events: list[EventType] = [SessionStarted()]
        if metadata is not None:
            events.append(SlotSet("session_started_metadata", metadata))
        return [*events, ActionExecuted("action_listen")]
