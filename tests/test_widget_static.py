"""The widget's server side without a browser: the static bundle, as mounted by
``rasa run``, and the Socket.IO channel's session persistence."""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rasa.core.channels.socketio import SocketIOInput
from rasa.core.run import _create_single_channel, configure_app
from sanic import Sanic

from bot.channels.widget import (
    ASSETS,
    CACHE_PAGE,
    WIDGET_DIR,
    PersistentSocketIOInput,
    WidgetChannel,
    load_assets,
    render_demo_page,
)
from bot.clinic import ClinicConfig
from bot.harness import free_port

CLINIC = ClinicConfig(
    name='Dr <b>Payne</b> & "Spine"', phone="+1 (555) 010-0100", on_call_phone="+1 555 010 0199", timezone="UTC"
)
WIDGET_JS = (WIDGET_DIR / "widget.js").read_text(encoding="utf-8")


@dataclass
class Reply:
    status: int
    headers: dict[str, list[str]]
    body: bytes

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


async def http(port: int, target: str, method: str = "GET", headers: dict[str, str] | None = None) -> Reply:
    """One raw HTTP/1.1 request, so the request target reaches the server exactly as written."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = [f"{method} {target} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    await writer.drain()
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    parsed: dict[str, list[str]] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        parsed.setdefault(name.strip().lower(), []).append(value.strip())
    return Reply(int(status_line.split()[1]), parsed, body)


@pytest.fixture
async def port(monkeypatch) -> AsyncIterator[int]:
    """The widget and socketio channels on an app built the way ``rasa run --cors`` builds it."""
    monkeypatch.setattr(Sanic, "test_mode", True)  # one app per test, same name
    channels = [PersistentSocketIOInput(session_persistence=True), WidgetChannel(settings=CLINIC)]
    app = configure_app(channels, enable_api=False, cors="https://www.clinic.example")
    number = free_port()
    server = await app.create_server(host="127.0.0.1", port=number, return_asyncio_server=True)
    await server.startup()
    await server.start_serving()
    try:
        yield number
    finally:
        await channels[0].sio.shutdown()
        await server.close()


@pytest.mark.parametrize(
    ("path", "content_type", "file"),
    [
        ("/chat/widget.js", "text/javascript; charset=utf-8", "widget.js"),
        ("/chat/widget.css", "text/css; charset=utf-8", "widget.css"),
        ("/chat/demo.css", "text/css; charset=utf-8", "demo.css"),
        ("/chat/vendor/socket.io.min.js", "text/javascript; charset=utf-8", "vendor/socket.io.min.js"),
    ],
)
async def test_assets_are_served_with_type_and_cache_headers(port, path, content_type, file):
    reply = await http(port, path)

    assert reply.status == 200
    assert reply.header("content-type") == content_type
    assert reply.body == (WIDGET_DIR / file).read_bytes()
    assert "max-age=" in reply.header("cache-control")
    assert reply.header("x-content-type-options") == "nosniff"
    assert reply.header("etag")


async def test_unchanged_asset_is_not_sent_again(port):
    etag = (await http(port, "/chat/widget.js")).header("etag")

    again = await http(port, "/chat/widget.js", headers={"If-None-Match": etag})

    assert again.status == 304
    assert again.body == b""


async def test_head_sends_headers_without_body(port):
    reply = await http(port, "/chat/widget.css", method="HEAD")

    assert reply.status == 200
    assert reply.header("content-type") == "text/css; charset=utf-8"
    assert reply.body == b""


@pytest.mark.parametrize("path", ["/chat/", "/chat"])
async def test_demo_page_shows_clinic_escaped_and_embeds_widget(port, path):
    reply = await http(port, path)
    page = reply.body.decode("utf-8")

    assert reply.status == 200
    assert reply.header("content-type") == "text/html; charset=utf-8"
    assert reply.header("cache-control") == CACHE_PAGE
    assert "script-src 'self'" in reply.header("content-security-policy")
    assert 'Dr &lt;b&gt;Payne&lt;/b&gt; &amp; &quot;Spine&quot;' in page
    assert "<b>Payne</b>" not in page
    assert '<script src="/chat/widget.js" defer></script>' in page
    assert f'data-server="http://127.0.0.1:{port}"' in page  # the embed snippet for the web team
    assert 'href="tel:+15550100100"' in page


def test_demo_page_has_no_inline_code_so_its_csp_holds():
    template = (WIDGET_DIR / "index.html").read_text(encoding="utf-8")

    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", template)
    assert not re.search(r"\s(style|on[a-z]+)=", template)
    assert "<style" not in template


def test_demo_page_fills_every_placeholder():
    page = render_demo_page((WIDGET_DIR / "index.html").read_text(encoding="utf-8"), CLINIC, "https://a.example")

    assert "{{" not in page.decode("utf-8")


async def test_config_json_is_public_clinic_info_with_a_single_cors_header(port):
    reply = await http(port, "/chat/config.json", headers={"Origin": "https://www.clinic.example"})

    assert reply.status == 200
    assert reply.header("content-type") == "application/json; charset=utf-8"
    assert reply.headers["access-control-allow-origin"] == ["*"]  # not doubled by rasa's --cors
    config = json.loads(reply.body)
    assert config["clinic_name"] == CLINIC.name
    assert config["phone"] == CLINIC.phone
    assert config["socketio_path"] == "/socket.io"
    assert "on_call_phone" not in config


@pytest.mark.parametrize(
    "target",
    [
        "/chat/nope.js",
        "/chat/index.html",
        "/chat/vendor/",
        "/chat/vendor/socket.io.min.js.map",
        "/chat/../credentials.yml",
        "/chat/%2e%2e/credentials.yml",
        "/chat/..%2fcredentials.yml",
        "/chat/vendor/../../channels/widget.py",
        "/chat/vendor/..%2f..%2fchannels%2fwidget.py",
        "/chat/%2fetc%2fpasswd",
        "/chat//etc/passwd",
        "/chat/widget.js/..%2f..%2f..%2fclinic.yml",
        "/chat/README.md",
    ],
)
async def test_unknown_and_traversal_paths_are_404(port, target):
    reply = await http(port, target)

    assert reply.status == 404
    assert b"on_call_phone" not in reply.body
    assert b"import" not in reply.body
    assert b"root:" not in reply.body


def test_credentials_entry_builds_the_channel_mounted_at_chat():
    channel = _create_single_channel(
        "bot.channels.widget.WidgetChannel", {"socketio_path": "/chat-socket", "greeting_payload": ""}
    )

    assert isinstance(channel, WidgetChannel)
    assert channel.socketio_path == "/chat-socket"
    assert channel.greeting_payload == ""
    assert channel.url_prefix() == "/chat"


def test_credentials_without_settings_use_defaults():
    channel = WidgetChannel.from_credentials(None)

    assert channel.socketio_path == "/socket.io"
    assert channel.greeting_payload == "/greet"


def test_incomplete_bundle_fails_at_start_not_per_request(tmp_path: Path):
    (tmp_path / "widget.js").write_text("// only one file")

    with pytest.raises(FileNotFoundError):
        load_assets(tmp_path)


def test_every_routed_asset_exists():
    assert set(load_assets()) == set(ASSETS)


def test_vendored_socketio_client_matches_recorded_checksum():
    readme = (WIDGET_DIR / "vendor" / "README.md").read_text(encoding="utf-8")
    recorded = re.search(r"sha256: `([0-9a-f]{64})`", readme).group(1)
    vendored = (WIDGET_DIR / "vendor" / "socket.io.min.js").read_bytes()

    assert hashlib.sha256(vendored).hexdigest() == recorded
    assert vendored.startswith(b"/*!\n * Socket.IO v4.")  # licence header kept


# --- static checks of widget.js (the browser test checks the behaviour) -------
@pytest.mark.parametrize(
    "unsafe",
    [r"\.innerHTML\b", r"\.outerHTML\b", r"insertAdjacentHTML", r"document\.write", r"\beval\(", r"new Function\("],
)
def test_widget_js_never_parses_strings_as_html_or_code(unsafe):
    assert not re.search(unsafe, WIDGET_JS)


def test_widget_js_builds_safe_links():
    assert 'rel = "noopener noreferrer"' in WIDGET_JS
    assert 'target = "_blank"' in WIDGET_JS
    assert 'url.protocol === "http:" || url.protocol === "https:"' in WIDGET_JS


def test_widget_js_has_the_disclaimer_and_socketio_events():
    assert "not medical advice. In an emergency call 911." in WIDGET_JS
    for event in ("session_request", "session_confirm", "user_uttered", "bot_uttered"):
        assert f'"{event}"' in WIDGET_JS


# --- Socket.IO session persistence ------------------------------------------------
SOCKETIO_CREDENTIALS = {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered", "session_persistence": True}


@pytest.fixture
async def echo_server(monkeypatch):
    """Start a Sanic app with the given socketio channel class, answering "echo <sender>: <text>"."""
    monkeypatch.setattr(Sanic, "test_mode", True)
    servers = []

    async def start(channel_class) -> int:
        channel = channel_class.from_credentials(SOCKETIO_CREDENTIALS)

        async def on_new_message(message):
            await message.output_channel.send_text_message(message.sender_id, f"echo {message.sender_id}: {message.text}")

        app = Sanic(f"echo_{channel_class.__name__}")
        app.blueprint(channel.blueprint(on_new_message))
        number = free_port()
        server = await app.create_server(host="127.0.0.1", port=number, return_asyncio_server=True)
        await server.startup()
        await server.start_serving()
        servers.append((channel, server))
        return number

    yield start
    for channel, server in servers:
        await channel.sio.shutdown()
        await server.close()


async def converse(port: int, session_id: str | None, text: str, wait: float = 10.0) -> tuple[str, list[str]]:
    """Do what widget.js does over a WebSocket: ask for ``session_id``, send ``text``.

    Speaks Engine.IO 4 / Socket.IO 5 frames directly ("40" connect, "42[...]"
    events), so the test runs on the transport the widget uses.

    Returns:
        The confirmed session id and the texts of the bot's replies.
    """
    import websockets

    url = f"ws://127.0.0.1:{port}/socket.io/?EIO=4&transport=websocket"
    async with websockets.connect(url) as ws:

        async def next_event(timeout: float) -> list:
            while True:
                frame = await asyncio.wait_for(ws.recv(), timeout)
                if frame == "2":  # ping
                    await ws.send("3")
                elif frame.startswith("42"):
                    return json.loads(frame[2:])

        assert (await ws.recv()).startswith("0")  # Engine.IO open
        await ws.send("40")
        assert (await ws.recv()).startswith("40")  # Socket.IO connected
        await ws.send("42" + json.dumps(["session_request", {"session_id": session_id}]))
        name, session = await next_event(wait)
        assert name == "session_confirm"
        await ws.send("42" + json.dumps(["user_uttered", {"message": text, "session_id": session}]))
        replies = []
        with contextlib.suppress(asyncio.TimeoutError):
            name, message = await next_event(wait)
            if name == "bot_uttered":
                replies.append(message["text"])
        return session, replies


async def test_replies_reach_the_session_across_reconnects(echo_server):
    port = await echo_server(PersistentSocketIOInput)

    session, replies = await converse(port, None, "first")
    again, later = await converse(port, session, "after reload")

    assert replies == [f"echo {session}: first"]
    assert again == session  # a reload keeps the conversation
    assert later == [f"echo {session}: after reload"]


@pytest.mark.filterwarnings("ignore:coroutine 'AsyncServer.enter_room' was never awaited")
async def test_builtin_socketio_still_loses_persistent_replies(echo_server):
    """RasaHQ/rasa#13027. When this fails, Rasa awaits enter_room: drop PersistentSocketIOInput."""
    port = await echo_server(SocketIOInput)

    _, replies = await converse(port, None, "hello", wait=2.0)

    assert replies == []
