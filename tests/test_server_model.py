"""The trained assistant served as `make run` serves it: REST channel, action server, SQLite.

Needs models/assistant.tar.gz (`make train`); run with `pytest -m model`.
"""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
import requests
import yaml

from bot.constants import PROJECT_ROOT
from bot.harness import action_server, rasa_server
from bot.kb import load_knowledge_base

pytestmark = pytest.mark.model

MODEL = PROJECT_ROOT / "models" / "assistant.tar.gz"
API_TOKEN = "test-api-token"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    model = Path(tmp_path_factory.mktemp("model")) / "assistant.tar.gz"
    shutil.copy(MODEL, model)
    with action_server() as action_url:
        with rasa_server(model, action_url, extra_args=("--enable-api", "--auth-token", API_TOKEN)) as url:
            yield url


def say(server, sender, message):
    response = requests.post(
        f"{server}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


def text_of(replies):
    return "\n".join(r.get("text", "") for r in replies)


def facts(procedure, facet):
    return [f.text for f in load_knowledge_base().lookup(procedure, facet).facts]


def response_text(name):
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    return domain["responses"][name][0]["text"]


def new_sender():
    return f"patient-{uuid.uuid4().hex[:8]}"


def test_sourced_answer_and_follow_up_in_context(server):
    sender = new_sender()
    reply = text_of(say(server, sender, "how long does rfa relief last?"))
    for fact in facts("rfa", "relief_duration"):
        assert fact in reply
    assert "Sources:" in reply and "000_fd0648dbab7763f2.txt" in reply and "001_605d7353169f676c.txt" in reply
    reply = text_of(say(server, sender, "will i be awake for it"))
    assert facts("rfa", "sedation")[0] in reply


def test_what_about_another_procedure_answers_the_last_question_for_it(server):
    sender = new_sender()
    say(server, sender, "what are the risks of an epidural")
    reply = text_of(say(server, sender, "and for a kyphoplasty?"))
    for fact in facts("kyphoplasty", "risks"):
        assert fact in reply
    reply = text_of(say(server, sender, "will i be awake for it"))  # the switch sticks
    assert facts("kyphoplasty", "sedation")[0] in reply


def test_clarifying_question_offers_buttons_then_answers(server):
    sender = new_sender()
    replies = say(server, sender, "how long does it take?")
    assert "Which procedure" in text_of(replies)
    payloads = [b["payload"] for r in replies for b in r.get("buttons", [])]
    esi = next(p for p in payloads if '"esi"' in p)
    assert facts("esi", "duration")[0] in text_of(say(server, sender, esi))


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   ",
        "😀😀😀",
        "¿Cuánto dura el alivio?",
        "<script>alert('x')</script>",
        "pain " * 1000,
        "a" * 5000,
    ],
    ids=["empty", "spaces", "emoji", "spanish", "script", "5000-words", "5000-chars"],
)
def test_bad_input_gets_a_clear_reply_and_nothing_is_lost(server, message):
    sender = new_sender()
    say(server, sender, "what is a kyphoplasty")
    replies = say(server, sender, message)
    assert replies and all(r.get("text") for r in replies), replies
    assert "<script>" not in text_of(replies)
    # The conversation carries on with its context.
    assert facts("kyphoplasty", "risks")[0] in text_of(say(server, sender, "and the risks?"))
    tracker = requests.get(
        f"{server}/conversations/{sender}/tracker", params={"token": API_TOKEN}, timeout=10
    ).json()
    user_texts = [e.get("text") for e in tracker["events"] if e["event"] == "user"]
    assert user_texts[-3:] == ["what is a kyphoplasty", message.strip(), "and the risks?"]


@pytest.mark.parametrize(
    "first",
    ["can i talk to a nurse", "how long does rfa relief last?"],
    ids=["asked-for-the-question", "question-taken-from-the-conversation"],
)
def test_an_emergency_in_the_handoff_form_gets_the_emergency_reply_and_ends_the_form(server, first):
    """Rasa runs an active form before any rule: the form itself must let go of an emergency."""
    sender = new_sender()
    say(server, sender, first)
    asked = text_of(say(server, sender, "can i talk to a nurse"))
    assert "?" in asked  # the form asks for the question or a callback number
    reply = text_of(say(server, sender, "my legs went numb and i cant walk"))
    assert "911" in reply and "call you back" not in reply and "number" not in reply.split("911")[0]
    tracker = requests.get(
        f"{server}/conversations/{sender}/tracker", params={"token": API_TOKEN}, timeout=10
    ).json()
    assert tracker["active_loop"] in ({}, None) or not tracker["active_loop"].get("name")
    # And the patient can still ask something afterwards.
    assert facts("kyphoplasty", "what_is")[0] in text_of(say(server, sender, "what is kyphoplasty"))


def test_no_in_the_handoff_form_stops_it(server):
    sender = new_sender()
    say(server, sender, "real person please")
    reply = text_of(say(server, sender, "no"))
    assert reply == response_text("utter_deny_ack")
    tracker = requests.get(
        f"{server}/conversations/{sender}/tracker", params={"token": API_TOKEN}, timeout=10
    ).json()
    assert not (tracker["active_loop"] or {}).get("name")
