"""Escalation actions, offline."""
from __future__ import annotations

from actions.escalation import ActionOfferHuman, ActionRequestHuman
from tests.conftest import make_tracker


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def test_offer_is_remembered_so_yes_accepts_it(dispatcher):
    events = await ActionOfferHuman().run(dispatcher, make_tracker("should i stop my blood thinner"), {})
    assert slot_events(events) == {"human_offered": True}


async def test_request_human_clears_the_offer(dispatcher):
    tracker = make_tracker("yes", "affirm", slots={"human_offered": True})
    events = await ActionRequestHuman().run(dispatcher, tracker, {})
    assert slot_events(events) == {"human_offered": False}
