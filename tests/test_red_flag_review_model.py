"""The safety net's second look at a rule alarm, through the trained assistant and the action server.

A rule alarm the net overrules (``veto_below`` in ``config.yml``) must give the patient a line saying
staff will read it, then the ordinary reply, and open an urgent ticket for staff; self-harm is never
overruled; without ``veto_below`` the rules' alarm stands. The net's scores depend on its training,
so the script sets ``veto_below`` on the loaded net itself: above every score (every rule alarm
overruled) or none.

Needs models/assistant.tar.gz (`make train`); run with `pytest -m model`.
"""
from __future__ import annotations

import shutil

import pytest
import yaml

from bot.clinic import clinic
from bot.constants import PROJECT_ROOT
from bot.escalation import SqlTicketStore
from bot.harness import action_server
from tests.test_speedups_model import MODEL, run_script

pytestmark = pytest.mark.model

RUN = """
import asyncio, json, sys
from rasa.core.agent import load_agent
from rasa.core.utils import AvailableEndpoints
from rasa.utils.endpoints import EndpointConfig
from bot.nlu.red_flag_net import RedFlagSafetyNet

async def main():
    request = json.loads(sys.stdin.read())
    endpoints = AvailableEndpoints(action=EndpointConfig(url=request["action_url"]))
    agent = await load_agent(model_path=sys.argv[2], endpoints=endpoints)
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    nets = [n._component for n in nodes if isinstance(getattr(n, "_component", None), RedFlagSafetyNet)]
    assert len(nets) == 1, nets
    turns = []
    for number, (veto_below, text) in enumerate(request["turns"]):
        nets[0]._config["veto_below"] = veto_below
        parse = await agent.parse_message(text)
        replies = await agent.handle_text(text, sender_id=f"review-{number}")
        turns.append({
            "intent": parse["intent"]["name"],
            "entities": [[e["entity"], e["value"]] for e in parse["entities"]],
            "replies": [r.get("text") or "" for r in replies or []],
        })
    print("RESULT" + json.dumps({"turns": turns}))

asyncio.run(main())
"""
EVERY_SCORE = 1.01  # above any probability: every rule alarm the net may overrule is overruled
NUMB = "my legs went numb an hour ago, how long does rfa take?"
CRISIS = "i want to kill myself tonight"


def fixed_part(template: str) -> str:
    """A reply template up to its first slot (the on-call number)."""
    return template.split("{")[0]


EMERGENCY_REPLIES = tuple(
    fixed_part(variant["text"])
    for variant in yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())["responses"]["utter_red_flag"]
)


def emergency_reply(text: str) -> bool:
    """Whether ``text`` is a variation of ``utter_red_flag``."""
    return text.startswith(EMERGENCY_REPLIES)


def review_line(text: str) -> bool:
    """Whether ``text`` is the line an overruled alarm gets."""
    return text.startswith(fixed_part(clinic().red_flag_review_line))


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> dict:
    if not MODEL.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    folder = tmp_path_factory.mktemp("review")
    model = str(shutil.copy(MODEL, folder / "assistant.tar.gz"))
    tickets = f"sqlite:///{folder / 'tickets.db'}"
    env = {"TICKETS_DB_URL": tickets, "STAFF_OUTBOX_PATH": str(folder / "staff_outbox.jsonl")}
    turns = [[EVERY_SCORE, NUMB], [None, NUMB], [EVERY_SCORE, CRISIS]]
    with action_server(env=env) as action_url:
        result = run_script(RUN, "review", model, {"turns": turns, "action_url": action_url})
    return {"turns": result["turns"], "tickets": SqlTicketStore(tickets).list()}


def test_an_overruled_rule_alarm_gets_a_staff_will_read_it_line_the_ordinary_reply_and_an_urgent_ticket(served):
    overruled = served["turns"][0]
    assert overruled["intent"] != "report_red_flag"
    assert ["red_flag_review", "weakness_numbness"] in overruled["entities"]
    assert ["red_flag", "weakness_numbness"] not in overruled["entities"]
    assert not any(emergency_reply(reply) for reply in overruled["replies"])
    # After the session's disclaimer: the line saying staff will read it (911 and the on-call
    # line), once, then the ordinary reply.
    replies = overruled["replies"]
    lines = [number for number, reply in enumerate(replies) if review_line(reply)]
    assert len(lines) == 1 and replies[lines[0]] == clinic().review_line()
    assert replies[lines[0] + 1:] and all(replies[lines[0] + 1:])
    reasons = sorted(t.reason for t in served["tickets"] if t.sender_id == "review-0")
    assert reasons == ["red_flag_review:weakness_numbness"]
    (ticket,) = (t for t in served["tickets"] if t.sender_id == "review-0")
    assert ticket.urgency == "urgent" and ticket.question == NUMB


def test_without_veto_below_the_rules_alarm_stands(served):
    stands = served["turns"][1]
    assert stands["intent"] == "report_red_flag" and ["red_flag", "weakness_numbness"] in stands["entities"]
    assert any(emergency_reply(reply) for reply in stands["replies"])
    assert not any(review_line(reply) for reply in stands["replies"])
    assert [t.reason for t in served["tickets"] if t.sender_id == "review-1"] == ["red_flag:weakness_numbness"]


def test_self_harm_is_never_overruled(served):
    crisis = served["turns"][2]
    assert crisis["intent"] == "report_red_flag" and ["red_flag", "self_harm"] in crisis["entities"]
    assert any(emergency_reply(reply) and "988" in reply for reply in crisis["replies"])
    assert [t.reason for t in served["tickets"] if t.sender_id == "review-2"] == ["red_flag:self_harm"]
