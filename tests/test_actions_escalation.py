"""Escalation actions, offline: the handoff form and the ticket it opens."""
from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from rasa_sdk import Tracker

from actions import escalation
from actions.escalation import (
    ActionAskCallbackNumber,
    ActionOfferHuman,
    ActionSubmitHandoff,
    ValidateHandoffForm,
    earlier_question,
    normalise_phone,
)

DOMAIN = {
    "forms": {"handoff_form": {"required_slots": ["handoff_question", "callback_number", "handoff_consent"]}},
    "slots": {
        name: {"type": "text", "mappings": [{"type": "from_text"}]}
        for name in ("handoff_question", "callback_number", "handoff_consent")
    },
}
WEDNESDAY_10AM_CHICAGO = datetime(2026, 11, 25, 16, 0, tzinfo=timezone.utc)
SATURDAY_NOON_CHICAGO = datetime(2026, 11, 28, 18, 0, tzinfo=timezone.utc)


def user(text, intent):
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}, "timestamp": time.time()}


def bot(text):
    return {"event": "bot", "text": text, "timestamp": time.time()}


def tracker(events, slots=None, channel="rest", sender="web-patient-1", just_set=()):
    """A tracker in handoff_form; ``just_set`` slots were filled from the latest message."""
    for event in events:
        if event["event"] == "user":
            event["input_channel"] = channel
    events = events + [{"event": "slot", "name": n, "value": (slots or {})[n]} for n in just_set]
    latest = next((e["parse_data"] | {"text": e["text"]} for e in reversed(events) if e["event"] == "user"), {})
    return Tracker(sender, slots or {}, latest, events, False, None, {"name": "handoff_form"}, "action_listen")


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("555-201-3344", "+15552013344"),
        ("(555) 201 3344", "+15552013344"),
        ("1 555 201 3344", "+15552013344"),
        ("+44 7700 900123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("call me", None),
        ("12345", None),
        ("", None),
    ],
)
def test_normalise_phone(typed, expected):
    assert normalise_phone(typed) == expected


def test_the_unanswered_question_is_what_staff_get():
    events = [user("how long does kyphoplasty relief last", "ask_relief_duration"), bot("I don't know"), user("yes", "affirm")]
    assert earlier_question(tracker(events)) == ("how long does kyphoplasty relief last", "no_answer")


def reply_slot(value):
    return {"event": "slot", "name": "reply", "value": value, "timestamp": time.time()}


def test_a_question_the_assistant_answered_is_not_handed_to_staff():
    events = [
        user("how long does rfa take", "ask_duration"), reply_slot("kb_answer"), bot("30 to 60 minutes"),
        user("real person please", "request_human"),
    ]
    assert earlier_question(tracker(events)) == (None, "patient_request")


def test_the_unanswered_question_behind_a_later_answer_still_reaches_staff():
    events = [
        user("how long does kyphoplasty relief last", "ask_relief_duration"), reply_slot("no_answer"), bot("sorry"),
        user("and the risks?", "ask_risks"), reply_slot("kb_answer"), bot("bleeding, infection"),
        user("can a nurse call me", "request_human"),
    ]
    assert earlier_question(tracker(events)) == ("how long does kyphoplasty relief last", "no_answer")


def test_a_long_request_is_its_own_question():
    text = "can a nurse call me about stopping my blood thinner before the epidural"
    assert earlier_question(tracker([user(text, "request_human")])) == (text, "patient_request")


@pytest.mark.parametrize("text", ["real person please", "can i talk to a real person", "can somebody from the clinic call me back"])
def test_a_bare_request_has_no_question(text):
    assert earlier_question(tracker([user(text, "request_human")])) == (None, "patient_request")


async def test_form_start_prefills_the_question_and_asks_for_a_number(dispatcher):
    events = [user("can i take ibuprofen after rfa", "ask_medical_advice"), bot("ask your team"), user("yes", "affirm")]
    result = slots_of(await ValidateHandoffForm().run(dispatcher, tracker(events), DOMAIN))
    assert result["handoff_question"] == "can i take ibuprofen after rfa"
    assert result["requested_slot"] == "callback_number"
    assert result["reply"] == "ask_callback_number"


async def test_sms_patients_are_not_asked_for_a_number(dispatcher):
    events = [user("can someone call me about the facet injection", "request_human")]
    result = slots_of(await ValidateHandoffForm().run(dispatcher, tracker(events, channel="twilio"), DOMAIN))
    assert result["requested_slot"] == "handoff_consent"
    assert result["reply"] == "ask_handoff_consent"


async def test_a_bad_number_is_refused_and_asked_again(dispatcher):
    events = [user("real person", "request_human"), bot("what?"), user("my cell", "nlu_fallback")]
    slots = {"requested_slot": "callback_number", "handoff_question": "about my epidural", "callback_number": "my cell"}
    result = slots_of(
        await ValidateHandoffForm().run(dispatcher, tracker(events, slots, just_set=["callback_number"]), DOMAIN)
    )
    assert result["callback_number"] is None
    assert result["requested_slot"] == "callback_number"
    assert result["reply"] == "invalid_callback_number"


async def test_a_good_number_moves_on_to_consent(dispatcher):
    events = [user("real person", "request_human"), bot("number?"), user("555 201 3344", "nlu_fallback")]
    slots = {"requested_slot": "callback_number", "handoff_question": "about my epidural", "callback_number": "555 201 3344"}
    result = slots_of(
        await ValidateHandoffForm().run(dispatcher, tracker(events, slots, just_set=["callback_number"]), DOMAIN)
    )
    assert result["callback_number"] == "+15552013344"
    assert result["requested_slot"] == "handoff_consent" and result["reply"] == "ask_handoff_consent"


@pytest.mark.parametrize("intent", ["report_red_flag", "deny"])
async def test_a_message_with_nothing_for_the_form_gets_no_events_so_rasa_rejects_the_form(dispatcher, intent):
    """Echoing other slots or re-asking would count as "validated" and keep the form going."""
    events = [user("real person", "request_human"), bot("number?"), user("my legs went numb", intent)]
    slots = {"requested_slot": "callback_number", "handoff_question": "about my epidural", "red_flag": "weakness_numbness"}
    assert await ValidateHandoffForm().run(dispatcher, tracker(events, slots, just_set=["red_flag"]), DOMAIN) == []


async def test_ask_actions_speak_through_utter_answer(dispatcher):
    await ActionAskCallbackNumber().run(dispatcher, tracker([]), DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_answer"


async def test_offer_is_remembered_so_yes_accepts_it(dispatcher):
    assert slots_of(await ActionOfferHuman().run(dispatcher, tracker([]), {})) == {"human_offered": True}


def wait_for_open_ticket(store):
    for _ in range(50):
        tickets = store.list(status="open")
        if tickets:
            return tickets
        time.sleep(0.05)
    return []


async def test_submit_opens_a_ticket_and_promises_a_callback_when_open(dispatcher, ticket_store):
    events = [user("how long does kyphoplasty relief last", "ask_relief_duration"), bot("not sure"), user("yes", "affirm")]
    slots = {"handoff_question": "how long does kyphoplasty relief last", "callback_number": "+15552013344", "handoff_consent": True}
    result = slots_of(await ActionSubmitHandoff(now=lambda: WEDNESDAY_10AM_CHICAGO).run(dispatcher, tracker(events, slots), {}))
    assert result["handoff_outcome"] == "open" and result["handoff_when"] == "within 30 minutes"
    assert result["handoff_question"] is None and result["human_offered"] is False
    [ticket] = wait_for_open_ticket(ticket_store)
    assert ticket.urgency == "routine" and ticket.reason == "no_answer" and ticket.consent
    assert ticket.contact == "+15552013344" and ticket.question == "how long does kyphoplasty relief last"
    assert [t["text"] for t in ticket.transcript][-1] == "yes"


async def test_after_hours_the_patient_hears_when_and_the_on_call_number(dispatcher, ticket_store):
    slots = {"handoff_question": "my question", "handoff_consent": True}
    events = [user("real person please", "request_human")]
    result = slots_of(
        await ActionSubmitHandoff(now=lambda: SATURDAY_NOON_CHICAGO).run(
            dispatcher, tracker(events, slots, channel="twilio", sender="+15550001111"), {}
        )
    )
    assert result["handoff_outcome"] == "closed"
    assert result["handoff_when"] == "Monday at 8:00 AM"
    assert result["on_call_phone"]
    [ticket] = wait_for_open_ticket(ticket_store)
    assert ticket.contact == "+15550001111" and ticket.channel == "twilio"


async def test_no_consent_no_ticket(dispatcher, ticket_store):
    slots = {"handoff_question": "q", "callback_number": "+15552013344", "handoff_consent": False}
    result = slots_of(await ActionSubmitHandoff().run(dispatcher, tracker([user("no", "deny")], slots), {}))
    assert result["handoff_outcome"] == "declined"
    time.sleep(0.2)
    assert ticket_store.list() == []


def test_module_reads_clinic_settings_not_literals():
    assert "555" not in open(escalation.__file__).read()


async def test_every_session_starts_with_the_disclaimer(dispatcher):
    from actions.session import ActionSessionStart
    from bot.clinic import clinic

    events = await ActionSessionStart().run(dispatcher, tracker([]), {})
    assert [m["text"] for m in dispatcher.messages] == [clinic().disclaimer]
    assert "911" in clinic().disclaimer and "not medical advice" in clinic().disclaimer
    assert [e["event"] for e in events] == ["session_started", "action"]
