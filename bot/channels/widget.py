"""Serves the website chat widget (``bot/widget/``) from the assistant itself.

The widget talks to Rasa's built-in ``socketio`` channel; this channel only
serves its static files and a small public ``config.json`` under ``/chat``:

=================================  ==========================================
``/chat/``                         demo page: a clinic website with the widget
``/chat/demo.css``                 the demo page's own styles
``/chat/widget.js``                the script a clinic embeds with one tag
``/chat/widget.css``               its styles (loaded by widget.js)
``/chat/vendor/socket.io.min.js``  vendored Socket.IO client (protocol v5)
``/chat/config.json``              clinic name and phone from ``clinic.yml``
=================================  ==========================================

Only the files listed in ``ASSETS`` are routed, each on its own exact path,
and they are read into memory when the channel starts: no request path ever
reaches the file system, so path traversal is impossible by construction.

Enable it in credentials.yml together with the Socket.IO channel (see
``PersistentSocketIOInput`` for why not plain ``socketio:``)::

    bot.channels.widget.PersistentSocketIOInput:
      user_message_evt: user_uttered
      bot_message_evt: bot_uttered
      session_persistence: true
    bot.channels.widget.WidgetChannel:
      socketio_path: /socket.io   # optional; must match the Socket.IO channel
"""
from __future__ import annotations

import asyncio
import hashlib
import html
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.conversation_ids import is_widget_session_id, new_widget_session_id
from bot.clinic import ClinicConfig, clinic

logger = logging.getLogger(__name__)

WIDGET_DIR = Path(__file__).resolve().parent.parent / "widget"
URL_PREFIX = "/chat"
DEFAULT_SOCKETIO_PATH = "/socket.io"
# Sent silently when a patient opens the widget for the first time, so the
# assistant greets them in its own (domain.yml) words.
DEFAULT_GREETING_PAYLOAD = "/greet"

JS = "text/javascript; charset=utf-8"
CSS = "text/css; charset=utf-8"
HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"

# The embed URLs are not versioned, so clinics' pages revalidate them after a
# few minutes (cheap: ETag -> 304) and pick up a new widget the same day.
CACHE_REVALIDATE = "public, max-age=300"
CACHE_VENDOR = "public, max-age=86400"
CACHE_PAGE = "no-cache"

# The demo page loads everything from this server and runs no inline code,
# which also proves the widget works under a strict Content-Security-Policy.
DEMO_PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


@dataclass(frozen=True)
class Asset:
    """One file of the widget bundle, read once."""

    body: bytes
    content_type: str
    cache_control: str
    etag: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "etag", f'"{hashlib.sha256(self.body).hexdigest()[:32]}"')


DEMO_PAGE = "index.html"
# URL path below /chat -> (file in bot/widget/, content type, cache policy).
ASSETS: dict[str, tuple[str, str, str]] = {
    "/widget.js": ("widget.js", JS, CACHE_REVALIDATE),
    "/demo.css": ("demo.css", CSS, CACHE_REVALIDATE),
    "/widget.css": ("widget.css", CSS, CACHE_REVALIDATE),
    "/vendor/socket.io.min.js": ("vendor/socket.io.min.js", JS, CACHE_VENDOR),
}


def load_assets(directory: Path = WIDGET_DIR) -> dict[str, Asset]:
    """Read every file in ``ASSETS`` from ``directory``.

    Raises:
        FileNotFoundError: when the bundle is incomplete, so a broken install
            fails at start-up instead of serving 404s to patients.
    """
    return {
        route: Asset((directory / name).read_bytes(), content_type, cache)
        for route, (name, content_type, cache) in ASSETS.items()
    }


def render_demo_page(template: str, settings: ClinicConfig, server: str) -> bytes:
    """The demo page with the clinic's details and this server's embed URL, HTML-escaped."""
    values = {
        "clinic_name": settings.name,
        "clinic_phone": settings.phone,
        "clinic_phone_tel": re.sub(r"[^\d+]", "", settings.phone),
        "server": server,
        "chat_base": server + URL_PREFIX,
    }
    page = template
    for key, value in values.items():
        page = page.replace("{{" + key + "}}", html.escape(value, quote=True))
    return page.encode("utf-8")


def public_config(settings: ClinicConfig, socketio_path: str, greeting_payload: str) -> dict[str, str]:
    """What the widget may know about the clinic: nothing that is not on its website anyway."""
    return {
        "clinic_name": settings.name,
        "phone": settings.phone,
        "socketio_path": socketio_path,
        "greeting_payload": greeting_payload,
    }


def _security_headers(cache_control: str, etag: str) -> dict[str, str]:
    return {
        "Cache-Control": cache_control,
        "ETag": etag,
        "X-Content-Type-Options": "nosniff",
        # Clinics embed the widget on their own origin.
        "Cross-Origin-Resource-Policy": "cross-origin",
    }


def _not_modified(request: Request, etag: str) -> bool:
    candidates = request.headers.get("If-None-Match", "")
    return etag in (tag.strip() for tag in candidates.split(",")) or candidates.strip() == "*"


def serve(request: Request, asset: Asset, extra_headers: dict[str, str] | None = None) -> HTTPResponse:
    """``asset`` with its caching headers, or 304 when the client's copy is current."""
    headers = {**_security_headers(asset.cache_control, asset.etag), **(extra_headers or {})}
    if _not_modified(request, asset.etag):
        return response.empty(status=304, headers=headers)
    body = b"" if request.method == "HEAD" else asset.body
    return response.raw(body, content_type=asset.content_type, headers=headers)


def _mark_cors_handled(request: Request) -> None:
    """Stop Rasa's Sanic-CORS from adding a second Access-Control-Allow-Origin.

    ``rasa run --cors ORIGIN`` installs Sanic-CORS on the whole app; its
    response middleware skips requests flagged as already evaluated.
    """
    try:
        from sanic_cors.core import SANIC_CORS_EVALUATED
    except ImportError:  # pragma: no cover - Sanic-CORS ships with Rasa
        return
    setattr(request.ctx, SANIC_CORS_EVALUATED, "1")


class PersistentSocketIOInput(SocketIOInput):
    """Rasa's ``socketio`` channel with working session persistence and server-issued session ids.

    1. ``session_persistence`` on python-socketio >= 5.10: Rasa 3.6 calls
       ``sio.enter_room(sid, session_id)`` without ``await``; since
       python-socketio 5.10 that is a coroutine, so the socket never joins its
       session's room and every reply (emitted to the room) is lost
       (RasaHQ/rasa#13027). Here ``enter_room`` on the channel's own server
       takes effect immediately.
    2. Session ids: Rasa takes the ``session_id`` of ``session_request`` as
       the conversation id unchecked, and then the ``session_id`` of every
       ``user_uttered`` message, so a client could write into any conversation,
       e.g. an SMS patient's (their phone number). Here ``session_request``
       keeps only an id of the form the server issues (``uuid4().hex``, which
       the widget stores and sends back after a reload; see
       ``bot.channels.conversation_ids``) and otherwise confirms a fresh random
       one, and each message goes to the session confirmed on its own
       connection, whatever ``session_id`` it carries. A message sent before
       any session was confirmed is ignored, as Rasa ignores one without a
       session id.

    Everything else, including the channel name ``socketio``, is Rasa's. Use
    its class path instead of ``socketio:`` in credentials.yml, with the same
    settings.
    """

    SESSION_KEY = "conversation_id"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socket_blueprint = super().blueprint(on_new_message)
        sio = self.sio
        default_namespace = self.namespace or "/"

        def enter_room(sid: str, room: str, namespace: str | None = None) -> asyncio.Future:
            sio.manager.basic_enter_room(sid, namespace or default_namespace, room)
            done = asyncio.get_running_loop().create_future()
            done.set_result(None)  # still awaitable, for a Rasa that awaits it
            return done

        sio.enter_room = enter_room

        handlers = sio.handlers[default_namespace]
        rasa_session_request = handlers["session_request"]
        rasa_handle_message = handlers[self.user_message_evt]

        async def session_request(sid: str, data: Any = None, *_: Any) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if is_widget_session_id(requested) else new_widget_session_id()
            if requested is not None and session_id != requested:
                logger.info("Widget asked for a malformed session id; issued a new one")
            # Saved before Rasa confirms it, so the client's first message finds it.
            await sio.save_session(sid, {self.SESSION_KEY: session_id}, namespace=default_namespace)
            await rasa_session_request(sid, {**(data if isinstance(data, dict) else {}), "session_id": session_id})

        async def handle_message(sid: str, data: Any = None, *_: Any) -> None:
            if not isinstance(data, dict):
                logger.warning("Ignored a widget message that is not an object")
                return
            if self.session_persistence:
                session = await sio.get_session(sid, namespace=default_namespace)
                confirmed = session.get(self.SESSION_KEY)
                if not confirmed:
                    logger.warning("Ignored a widget message sent before its session was confirmed")
                    return
                data = {**data, "session_id": confirmed}
            await rasa_handle_message(sid, data)

        sio.on("session_request", session_request, namespace=default_namespace)
        sio.on(self.user_message_evt, handle_message, namespace=default_namespace)
        return socket_blueprint


class WidgetChannel(InputChannel):
    """Serves the chat widget; conversations themselves go through ``socketio``."""

    @classmethod
    def name(cls) -> str:
        return "widget"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            socketio_path=str(credentials.get("socketio_path") or DEFAULT_SOCKETIO_PATH),
            greeting_payload=str(credentials.get("greeting_payload", DEFAULT_GREETING_PAYLOAD) or ""),
        )

    def __init__(
        self,
        socketio_path: str = DEFAULT_SOCKETIO_PATH,
        greeting_payload: str = DEFAULT_GREETING_PAYLOAD,
        widget_dir: Path = WIDGET_DIR,
        settings: ClinicConfig | None = None,
    ) -> None:
        self.socketio_path = socketio_path
        self.greeting_payload = greeting_payload
        self.widget_dir = widget_dir
        self._settings = settings

    def url_prefix(self) -> str:
        # Absolute, so rasa's urljoin("/webhooks/", ...) mounts it at /chat.
        return URL_PREFIX

    @property
    def settings(self) -> ClinicConfig:
        return self._settings or clinic()

    def config_asset(self) -> Asset:
        config = public_config(self.settings, self.socketio_path, self.greeting_payload)
        body = json.dumps(config, ensure_ascii=False).encode("utf-8")
        return Asset(body, JSON, CACHE_REVALIDATE)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Routes for the static bundle; ``on_new_message`` is unused (see ``socketio``)."""
        assets = load_assets(self.widget_dir)
        template = (self.widget_dir / DEMO_PAGE).read_text(encoding="utf-8")
        settings = self.settings
        config = self.config_asset()
        widget = Blueprint("chat_widget", url_prefix=URL_PREFIX, strict_slashes=False)

        def add_asset_route(route: str, asset: Asset) -> None:
            async def handler(request: Request) -> HTTPResponse:
                return serve(request, asset)

            widget.add_route(handler, route, methods=["GET", "HEAD"], name=f"asset{route}".replace("/", "_"))

        for route, asset in assets.items():
            add_asset_route(route, asset)

        @widget.route("/", methods=["GET", "HEAD"])
        async def demo_page(request: Request) -> HTTPResponse:
            page = render_demo_page(template, settings, f"{request.scheme}://{request.host}")
            headers = {"Content-Security-Policy": DEMO_PAGE_CSP, "Referrer-Policy": "no-referrer"}
            return serve(request, Asset(page, HTML, CACHE_PAGE), headers)

        @widget.route("/config.json", methods=["GET", "HEAD"])
        async def config_json(request: Request) -> HTTPResponse:
            # Public facts, fetched by widget.js from the clinic's own origin.
            _mark_cors_handled(request)
            return serve(request, config, {"Access-Control-Allow-Origin": "*"})

        return widget
