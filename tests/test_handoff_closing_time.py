"""The handoff reply never promises a callback the clinic cannot make before it closes."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.escalation import ActionSubmitHandoff
from tests.test_actions_escalation import slots_of, tracker, user

# The shipped clinic.yml closes at 17:00 on Mondays to Thursdays and promises a callback within 30 minutes.
WEDNESDAY_4_55PM_CHICAGO = datetime(2026, 11, 25, 22, 55, tzinfo=timezone.utc)
WEDNESDAY_4_30PM_CHICAGO = datetime(2026, 11, 25, 22, 30, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def tickets(ticket_store):
    return ticket_store


async def submit_at(now, dispatcher):
    slots = {"handoff_question": "my question", "callback_number": "+15552013344", "handoff_consent": True}
    events = [user("real person please", "request_human")]
    return slots_of(await ActionSubmitHandoff(now=lambda: now).run(dispatcher, tracker(events, slots), {}))


async def test_five_minutes_before_closing_the_patient_hears_the_next_opening(dispatcher):
    result = await submit_at(WEDNESDAY_4_55PM_CHICAGO, dispatcher)
    assert result["handoff_outcome"] == "closing"
    assert result["handoff_when"] == "tomorrow at 8:00 AM"
    assert result["on_call_phone"]


async def test_half_an_hour_before_closing_a_callback_is_still_promised(dispatcher):
    result = await submit_at(WEDNESDAY_4_30PM_CHICAGO, dispatcher)
    assert result["handoff_outcome"] == "open" and result["handoff_when"] == "within 30 minutes"
