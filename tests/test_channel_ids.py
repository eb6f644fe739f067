"""Clients cannot choose another channel's conversation id, e.g. an SMS patient's phone number.

The REST and Socket.IO channels are mounted as ``rasa run`` mounts them
(``configure_app`` with the channels of credentials.yml) on a loopback port,
with a stub agent that answers "echo <sender> via <channel>: <text>", so no
trained model is needed.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import pytest
import yaml
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.run import _create_single_channel, configure_app
from sanic import Sanic

from bot.channels.conversation_ids import (
    MAX_SENDER_ID_LENGTH,
    is_widget_session_id,
    looks_like_phone_number,
    new_widget_session_id,
    sender_id_problem,
)
from bot.channels.rest import GuardedRestInput
from bot.channels.widget import PersistentSocketIOInput
from bot.constants import PROJECT_ROOT
from bot.harness import free_port

REST_WEBHOOK = "/webhooks/rest/webhook"
PHONE = "+15551234567"
SOCKETIO_CREDENTIALS = {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered", "session_persistence": True}


class EchoAgent:
    """Stands in for Rasa's agent: records each message and answers with its sender and channel."""

    def __init__(self) -> None:
        self.messages: list[UserMessage] = []

    async def handle_message(self, message: UserMessage) -> None:
        self.messages.append(message)
        await message.output_channel.send_text_message(
            message.sender_id, f"echo {message.sender_id} via {message.input_channel}: {message.text}"
        )


@dataclass
class Server:
    url: str
    port: int
    agent: EchoAgent
    session: aiohttp.ClientSession

    async def post(self, body: object, path: str = REST_WEBHOOK, raw: str | None = None) -> tuple[int, object]:
        data = raw if raw is not None else json.dumps(body)
        headers = {"Content-Type": "application/json"}
        async with self.session.post(self.url + path, data=data, headers=headers) as reply:
            text = await reply.text()
            try:
                return reply.status, json.loads(text)
            except json.JSONDecodeError:
                return reply.status, text


@pytest.fixture
async def server(monkeypatch) -> AsyncIterator[Server]:
    monkeypatch.setattr(Sanic, "test_mode", True)  # one app per test, same name
    sockets = PersistentSocketIOInput.from_credentials(SOCKETIO_CREDENTIALS)
    app = configure_app([GuardedRestInput(), sockets], enable_api=False)
    agent = EchoAgent()
    app.ctx.agent = agent
    port = free_port()
    http = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False)
    await http.startup()
    await http.start_serving()
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
    try:
        yield Server(f"http://127.0.0.1:{port}", port, agent, session)
    finally:
        await session.close()
        await sockets.sio.shutdown()
        await http.close()


# --- which ids look like phone numbers ---------------------------------------------
@pytest.mark.parametrize(
    "value",
    [PHONE, "15551234567", "(555) 123-4567", "555-123-4567", "555.123.4567", " +1 555 123 4567 ", "+44 20 7946 0958",
     "1234567", "\uff0b\uff11\uff15\uff15\uff15\uff11\uff12\uff13\uff14\uff15\uff16\uff17", "+15551234567\n"],
)
def test_phone_like_ids(value):
    assert looks_like_phone_number(value)
    assert sender_id_problem(value) is not None


@pytest.mark.parametrize(
    "value", ["patient-abc123", "patient-12345678", "bench-0123456789ab", "123456", "+1 555", "default", "a" * 128]
)
def test_other_ids_are_fine(value):
    assert not looks_like_phone_number(value)
    assert sender_id_problem(value) is None


@pytest.mark.parametrize("value", [None, "", "   ", 15551234567, ["x"], "a" * (MAX_SENDER_ID_LENGTH + 1)])
def test_missing_empty_long_or_non_string_senders_are_refused(value):
    assert sender_id_problem(value) is not None


def test_new_widget_session_ids_are_random_and_well_formed():
    ids = {new_widget_session_id() for _ in range(200)}

    assert len(ids) == 200
    assert all(is_widget_session_id(session_id) for session_id in ids)


# --- REST ------------------------------------------------------------------------------
def test_credentials_use_the_guarded_rest_channel():
    credentials = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text())

    assert "rest" not in credentials
    assert "bot.channels.rest.GuardedRestInput" in credentials
    channel = _create_single_channel("bot.channels.rest.GuardedRestInput", credentials["bot.channels.rest.GuardedRestInput"])
    assert isinstance(channel, GuardedRestInput) and isinstance(channel, RestInput)
    assert channel.name() == "rest"
    assert channel.url_prefix() == "rest"  # still /webhooks/rest/webhook


def test_the_helm_deployment_uses_the_same_channels():
    credentials = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text())
    values = yaml.safe_load((PROJECT_ROOT / "deploy" / "helm" / "values.production.yml").read_text())

    assert values["applicationSettings"]["credentials"]["additionalChannelCredentials"] == credentials


@pytest.mark.parametrize("sender", [PHONE, "(555) 123-4567"])
async def test_rest_refuses_phone_number_senders(server, sender):
    status, body = await server.post({"sender": sender, "message": "what did I ask before?"})

    assert status == 400
    assert body["error"] == "invalid_sender"
    assert "phone number" in body["message"]
    assert server.agent.messages == []  # nothing reached the conversation


async def test_rest_accepts_an_opaque_sender_like_rasa(server):
    status, body = await server.post({"sender": "patient-abc123", "message": "hello"})

    assert status == 200
    assert body == [{"recipient_id": "patient-abc123", "text": "echo patient-abc123 via rest: hello"}]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"message": "no sender"}, "invalid_sender"),
        ({"sender": "", "message": "hi"}, "invalid_sender"),
        ({"sender": " ", "message": "hi"}, "invalid_sender"),
        ({"sender": "x" * (MAX_SENDER_ID_LENGTH + 1), "message": "hi"}, "invalid_sender"),
        ({"sender": 15551234567, "message": "hi"}, "invalid_sender"),
        (["not", "an", "object"], "invalid_body"),
    ],
)
async def test_rest_refuses_unusable_senders_and_bodies(server, body, error):
    status, reply = await server.post(body)

    assert status == 400
    assert reply["error"] == error
    assert reply["message"]
    assert server.agent.messages == []


async def test_rest_refuses_a_body_that_is_not_json(server):
    status, reply = await server.post(None, raw="sender=+15551234567&message=hi")

    assert status == 400
    assert reply["error"] == "invalid_body"


async def test_rest_streaming_is_guarded_too(server):
    status, _ = await server.post({"sender": PHONE, "message": "hi"}, path=REST_WEBHOOK + "?stream=true")

    assert status == 400
    assert server.agent.messages == []


async def test_rest_cannot_claim_another_channel(server):
    status, body = await server.post({"sender": "patient-abc123", "message": "hi", "input_channel": "twilio"})

    assert status == 200
    assert server.agent.messages[0].input_channel == "rest"
    assert body[0]["text"] == "echo patient-abc123 via rest: hi"


async def test_rest_health_route_is_rasas(server):
    async with server.session.get(server.url + "/webhooks/rest/") as reply:
        assert reply.status == 200
        assert await reply.json() == {"status": "ok"}


# --- Socket.IO (the website widget) -------------------------------------------------
class Socket:
    """A Socket.IO 5 client over a raw WebSocket, as the widget's transport speaks it."""

    def __init__(self, ws) -> None:
        self.ws = ws

    async def emit(self, *event: object) -> None:
        await self.ws.send("42" + json.dumps(list(event)))

    async def next_event(self, timeout: float = 10.0) -> list:
        while True:
            frame = await asyncio.wait_for(self.ws.recv(), timeout)
            if frame == "2":  # ping
                await self.ws.send("3")
            elif frame.startswith("42"):
                return json.loads(frame[2:])

    async def request_session(self, *payload: object) -> str:
        await self.emit("session_request", *payload)
        name, session_id = await self.next_event()
        assert name == "session_confirm"
        return session_id

    async def say(self, text: str, session_id: object, wait: float = 10.0) -> list[str]:
        await self.emit("user_uttered", {"message": text, "session_id": session_id})
        replies = []
        with contextlib.suppress(asyncio.TimeoutError):
            name, message = await self.next_event(wait)
            if name == "bot_uttered":
                replies.append(message["text"])
        return replies


@contextlib.asynccontextmanager
async def socket(port: int) -> AsyncIterator[Socket]:
    import websockets

    async with websockets.connect(f"ws://127.0.0.1:{port}/socket.io/?EIO=4&transport=websocket") as ws:
        assert (await ws.recv()).startswith("0")  # Engine.IO open
        await ws.send("40")
        assert (await ws.recv()).startswith("40")  # Socket.IO connected
        yield Socket(ws)


@pytest.mark.parametrize(
    "requested",
    [
        PHONE,
        "(555) 123-4567",
        "15551234567",
        "1" * 32,  # right length, all decimal: phone-like
        "patient-abc123",
        "",
        pytest.param("x" * 1000, id="1000-chars"),
        "../../etc/passwd",
        "0123456789ABCDEF4123A123456789AB",  # uppercase
        "01234567-89ab-4def-8123-456789abcdef",  # dashed UUID
        "0123456789abcdef0123456789abcdef",  # not a version-4 UUID
        12345678901,
        ["+15551234567"],
    ],
)
async def test_socketio_replaces_a_phone_like_or_malformed_session_id(server, requested):
    async with socket(server.port) as client:
        session_id = await client.request_session({"session_id": requested})
        replies = await client.say("hello", session_id)

    assert session_id != requested
    assert is_widget_session_id(session_id)
    assert replies == [f"echo {session_id} via socketio: hello"]
    assert [m.sender_id for m in server.agent.messages] == [session_id]


@pytest.mark.parametrize("payload", [(), (None,), ({},), ({"session_id": None},), ("+15551234567",)])
async def test_socketio_issues_a_fresh_id_when_none_is_given(server, payload):
    async with socket(server.port) as client:
        session_id = await client.request_session(*payload)

    assert is_widget_session_id(session_id)


async def test_socketio_keeps_a_well_formed_session_id_across_reconnects(server):
    async with socket(server.port) as client:
        first = await client.request_session({"session_id": None})
        assert await client.say("first", first) == [f"echo {first} via socketio: first"]

    async with socket(server.port) as client:  # a reload: the widget sends its stored id back
        again = await client.request_session({"session_id": first})
        later = await client.say("after reload", again)

    assert again == first
    assert later == [f"echo {first} via socketio: after reload"]


async def test_socketio_messages_go_to_the_connections_own_session(server):
    async with socket(server.port) as client:
        session_id = await client.request_session({"session_id": None})
        await client.say("as a patient's phone", PHONE, wait=2.0)
        await client.say("as another session", new_widget_session_id(), wait=2.0)

    assert [m.sender_id for m in server.agent.messages] == [session_id, session_id]
    assert PHONE not in {m.sender_id for m in server.agent.messages}


async def test_socketio_ignores_messages_before_a_session_is_confirmed(server):
    async with socket(server.port) as client:
        replies = await client.say("hello", PHONE, wait=1.0)
        await client.emit("user_uttered", "not an object")
        session_id = await client.request_session({"session_id": None})  # the connection still works

    assert replies == []
    assert server.agent.messages == []
    assert is_widget_session_id(session_id)
