"""Rasa input channel for patients texting the clinic's Twilio number.

Register it in ``credentials.yml``::

    bot.channels.twilio_sms.TwilioSmsChannel:
      auth_token: ${TWILIO_AUTH_TOKEN}   # optional: the env variable is read anyway
      public_url: "https://bot.example.org/webhooks/twilio/webhook"  # behind a proxy
      reply_timeout: 10                  # seconds to answer inside the webhook
      reply_via: twiml                   # or "rest": always answer through the gateway

Twilio posts each text to ``/webhooks/twilio/webhook``. The request must carry
a valid ``X-Twilio-Signature`` for the public URL, else it is refused with 403
(and every request is refused while no auth token is configured). Each
``MessageSid`` is answered once; STOP/START/HELP keywords are handled here.
Texts from a number that opted out never reach Rasa and get no answer, except
HELP (carriers require it to work). They still pass the deterministic red-flag
rules: an emergency silently opens an URGENT staff ticket, so on-call staff
are notified. The patient's number is the Rasa
``sender_id``; logs only show it masked.

Rasa's replies come back as TwiML when they are ready within ``reply_timeout``
(Twilio gives up after 15 s). Slower turns get an empty TwiML answer at once
and their replies are sent later through ``bot.sms.sms_gateway_from_env()``.
"""
from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import Any, TypeVar
from urllib.parse import parse_qs

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from bot.channels import sms_format
from bot.channels.sms_format import KEYWORD_HELP, KEYWORD_START, KEYWORD_STOP, mask_phone
from bot.channels.sms_state import SmsStateStore, SqlSmsStateStore
from bot.clinic import clinic
from bot.escalation.constants import REASON_RED_FLAG_PREFIX, SPEAKER_PATIENT, URGENCY_URGENT
from bot.escalation.notify import NotificationDispatcher, dispatcher_from_env
from bot.nlu.red_flags import RedFlagDetector
from bot.sms import SmsGateway, sms_gateway_from_env

logger = logging.getLogger(__name__)

CHANNEL_NAME = "twilio"  # selects `channel: twilio` response variations in domain.yml
AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN"
WEBHOOK_URL_ENV = "TWILIO_WEBHOOK_URL"
SIGNATURE_HEADER = "X-Twilio-Signature"
TWILIO_WEBHOOK_TIMEOUT = 15.0  # seconds Twilio waits for the webhook's answer
DEFAULT_REPLY_TIMEOUT = 10.0
REPLY_VIA_TWIML = "twiml"
REPLY_VIA_REST = "rest"
TWIML_CONTENT_TYPE = "text/xml; charset=utf-8"

T = TypeVar("T")


class SmsOutputChannel(CollectingOutputChannel):
    """Collects one turn's responses; named "twilio" so SMS response variations apply.

    Unlike its parent it keeps a text with blank lines as one response: the
    SMS formatter decides how a reply is cut into texts.
    """

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._persist_message(self._message(recipient_id, text=text))


def form_params(request: Request) -> RequestParameters:
    """The form fields of a Twilio webhook, blank ones included (they are part of the signature)."""
    content_type = request.headers.get("content-type", "")
    if "application/x-www-form-urlencoded" not in content_type.lower():
        return RequestParameters()
    try:
        return RequestParameters(parse_qs(request.body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        return RequestParameters()


def _first(header: str | None) -> str | None:
    value = (header or "").split(",")[0].strip()
    return value or None


class TwilioSmsChannel(InputChannel):
    """Twilio Programmable Messaging webhook with signature checks, dedupe and opt-outs.

    Args:
        auth_token: Twilio auth token used to check signatures; no token means every webhook is refused.
        public_url: the webhook URL exactly as configured in Twilio (needed when a proxy rewrites it).
        reply_timeout: seconds to wait for Rasa before answering with empty TwiML.
        reply_via: ``"twiml"`` (answer in the webhook when possible) or ``"rest"`` (always the gateway).
        store: delivery/opt-out/buttons state; defaults to ``SqlSmsStateStore()``.
        gateway: sends late replies; defaults to ``sms_gateway_from_env()``.
        red_flags: checks opted-out numbers' texts; defaults to the rules in ``knowledge/red_flags.yml``.
        tickets: opens their urgent tickets; defaults to the ``TICKETS_DB_URL`` store and ``STAFF_NOTIFY``.
    """

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            auth_token=credentials.get("auth_token") or os.environ.get(AUTH_TOKEN_ENV),
            public_url=credentials.get("public_url") or os.environ.get(WEBHOOK_URL_ENV),
            reply_timeout=float(credentials.get("reply_timeout") or DEFAULT_REPLY_TIMEOUT),
            reply_via=str(credentials.get("reply_via") or REPLY_VIA_TWIML),
        )

    def __init__(
        self,
        auth_token: str | None = None,
        public_url: str | None = None,
        reply_timeout: float = DEFAULT_REPLY_TIMEOUT,
        reply_via: str = REPLY_VIA_TWIML,
        store: SmsStateStore | None = None,
        gateway: SmsGateway | None = None,
        red_flags: RedFlagDetector | None = None,
        tickets: NotificationDispatcher | None = None,
    ) -> None:
        if reply_via not in (REPLY_VIA_TWIML, REPLY_VIA_REST):
            raise ValueError(f"reply_via must be '{REPLY_VIA_TWIML}' or '{REPLY_VIA_REST}', not {reply_via!r}")
        self.auth_token = auth_token or None
        self.public_url = public_url or None
        self.reply_timeout = reply_timeout
        self.reply_via = reply_via
        self.store = store
        self.gateway = gateway
        self.red_flags = red_flags
        self.tickets = tickets
        self._background: set[asyncio.Task] = set()

    # --- Rasa wiring -------------------------------------------------------------
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        self._start()
        webhook = Blueprint("twilio_sms_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok", "accepting": self.auth_token is not None})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.auth_token:
                logger.warning("Refused an SMS webhook: no Twilio auth token is configured")
                return response.text("Forbidden: SMS channel not configured", status=403)
            params = form_params(request)
            if not self._is_signed(request, params):
                return response.text("Forbidden: invalid Twilio signature", status=403)
            try:
                bodies = await self._handle(params, on_new_message)
            except Exception as exc:  # never a 500: Twilio would show the patient nothing
                logger.error("SMS webhook failed (%s)", type(exc).__name__)
                logger.debug("SMS webhook failure", exc_info=True)
                bodies = [self._say(sms_format.ERROR_REPLY)]
            return response.text(sms_format.twiml(bodies), content_type=TWIML_CONTENT_TYPE)

        return webhook

    def get_output_channel(self) -> CollectingOutputChannel:
        return SmsOutputChannel()

    def _start(self) -> None:
        if not self.auth_token:
            logger.warning(
                "Twilio SMS channel has no auth token (set %s or `auth_token` in credentials.yml): "
                "every webhook request will be refused with 403",
                AUTH_TOKEN_ENV,
            )
        if self.reply_timeout >= TWILIO_WEBHOOK_TIMEOUT and self.reply_via == REPLY_VIA_TWIML:
            logger.warning(
                "reply_timeout %.0fs is not below Twilio's %.0fs webhook timeout; slow replies may be lost",
                self.reply_timeout, TWILIO_WEBHOOK_TIMEOUT,
            )
        if self.store is None:
            self.store = SqlSmsStateStore()
        if self.gateway is None:
            self.gateway = sms_gateway_from_env()
        if self.red_flags is None:
            self.red_flags = RedFlagDetector.from_file()
        try:  # retried at the first red flag if it fails; SMS must keep working meanwhile
            self._ticket_dispatcher()
        except Exception as exc:  # the message could hold a database URL
            logger.error("SMS channel cannot open staff tickets (%s)", type(exc).__name__)

    # --- signature -----------------------------------------------------------------
    def request_url(self, request: Request) -> str:
        """The URL Twilio signed: ``public_url`` when set, else the request URL as the proxy saw it."""
        if self.public_url:
            return self.public_url
        scheme = _first(request.headers.get("x-forwarded-proto")) or request.scheme
        host = _first(request.headers.get("x-forwarded-host")) or request.host
        query = f"?{request.query_string}" if request.query_string else ""
        return f"{scheme}://{host}{request.path}{query}"

    def _is_signed(self, request: Request, params: RequestParameters) -> bool:
        signature = request.headers.get(SIGNATURE_HEADER)
        url = self.request_url(request)
        if signature and RequestValidator(self.auth_token).validate(url, params, signature):
            return True
        logger.warning(
            "Refused an SMS webhook: %s X-Twilio-Signature for %s",
            "invalid" if signature else "missing", url,
        )
        return False

    # --- one inbound text ------------------------------------------------------------
    async def _handle(
        self, params: RequestParameters, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> list[str]:
        """Decide the reply to one signed webhook; returns the TwiML message bodies."""
        sender = (params.get("From") or "").strip()
        sid = (params.get("MessageSid") or params.get("SmsMessageSid") or "").strip()
        body = params.get("Body")
        if not sender:
            logger.warning("Ignored an SMS webhook without a From number")
            return []
        if sid and not await self._call(self.store.claim_message, sid):
            logger.info("Ignored a repeated delivery of message %s from %s", sid, mask_phone(sender))
            return []
        logger.info("SMS %s from %s", sid or "<no sid>", mask_phone(sender))
        logger.debug("SMS body has %d characters", len(body or ""))

        opted_out = await self._call(self.store.is_opted_out, sender)
        word = sms_format.keyword(body, opted_out=opted_out)
        if word == KEYWORD_HELP:  # carriers require HELP to work, opted out or not
            return [self._say(sms_format.HELP_REPLY)]
        if opted_out and word != KEYWORD_START:
            if word is None:
                await self._alert_staff_if_red_flag(sender, body)
            return []  # nothing more to a number that opted out, not even a second confirmation
        if word == KEYWORD_STOP:
            await self._call(self.store.set_opted_out, sender, True)
            await self._call(self.store.remember_buttons, sender, [])
            logger.info("%s opted out of SMS", mask_phone(sender))
            return [self._say(sms_format.STOP_CONFIRMATION)]
        if word == KEYWORD_START:
            await self._call(self.store.set_opted_out, sender, False)
            logger.info("%s opted in to SMS", mask_phone(sender))
            return [self._say(sms_format.START_CONFIRMATION)]
        if not (body or "").strip():  # (emoji-only texts go on: the domain has a reply for them)
            return [self._say(sms_format.EMPTY_MESSAGE_REPLY)]
        if len(body) > sms_format.INBOUND_LIMIT:
            return [self._say(sms_format.TOO_LONG_REPLY)]

        text = body.strip()
        choice = sms_format.numbered_choice(text, await self._call(self.store.last_buttons, sender))
        message = UserMessage(
            choice or text,
            SmsOutputChannel(),
            sender,
            input_channel=self.name(),
            message_id=sid or None,
            metadata={"twilio_message_sid": sid} if sid else None,
        )
        return await self._converse(message, on_new_message)

    async def _alert_staff_if_red_flag(self, sender: str, body: str | None) -> None:
        """Open an urgent ticket, as ``action_handle_red_flag`` does, when an opted-out number reports an emergency.

        Nothing is sent to the patient; every failure is logged, never raised.
        """
        try:
            flag = self.red_flags.detect((body or "")[: sms_format.INBOUND_LIMIT])
            if flag is None:
                return
            ticket = await self._ticket_dispatcher().open_ticket_async(
                channel=CHANNEL_NAME,
                sender_id=sender,
                urgency=URGENCY_URGENT,
                reason=f"{REASON_RED_FLAG_PREFIX}{flag.category}",
                contact=sender,
                question=body,
                consent=False,
                transcript=[
                    {"from": SPEAKER_PATIENT, "text": body, "at": datetime.now(timezone.utc).isoformat()}
                ],
            )
        except Exception as exc:
            logger.error(
                "Could not open the urgent ticket for a red flag from opted-out %s (%s)",
                mask_phone(sender), type(exc).__name__,
            )
            logger.debug("Opted-out red flag failure", exc_info=True)
            return
        logger.info(
            "Opened urgent ticket %s for red flag %s from opted-out %s (no reply sent)",
            ticket.id, flag.category, mask_phone(sender),
        )

    def _ticket_dispatcher(self) -> NotificationDispatcher:
        if self.tickets is None:
            self.tickets = dispatcher_from_env()
        return self.tickets

    async def _converse(
        self, message: UserMessage, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> list[str]:
        """Run the Rasa turn; its replies if ready within the budget, else send them later."""
        turn = asyncio.ensure_future(on_new_message(message))
        if self.reply_via == REPLY_VIA_TWIML:
            done, _ = await asyncio.wait({turn}, timeout=self.reply_timeout)
            if turn in done:
                return await self._replies(message, turn)
            logger.warning(
                "Reply to %s not ready after %.0fs; it will be sent through the SMS gateway",
                mask_phone(message.sender_id), self.reply_timeout,
            )
        self._in_background(self._deliver_later(message, turn))
        return []

    async def _replies(self, message: UserMessage, turn: Awaitable[Any]) -> list[str]:
        """The SMS bodies for a finished (or failing) turn; remembers the buttons it offered."""
        try:
            await turn
        except Exception as exc:
            logger.error("Rasa failed to handle an SMS (%s)", type(exc).__name__)
            logger.debug("Rasa failure", exc_info=True)
            return [self._say(sms_format.ERROR_REPLY)]
        reply = sms_format.render_reply(message.output_channel.messages)
        await self._call(self.store.remember_buttons, message.sender_id, reply.buttons)
        return sms_format.split_message(reply.text)

    async def _deliver_later(self, message: UserMessage, turn: Awaitable[Any]) -> None:
        """Send a turn's replies through the gateway once it finishes, unless the patient opted out."""
        sender = message.sender_id
        try:
            bodies = await self._replies(message, turn)
            if await self._call(self.store.is_opted_out, sender):
                logger.info("Dropped a late reply: %s opted out meanwhile", mask_phone(sender))
                return
            for body in bodies:
                await asyncio.to_thread(self.gateway.send, sender, body)
        except Exception as exc:  # SmsSendError, or the store failing; never an unretrieved task error
            logger.error("Could not send a late SMS reply to %s (%s)", mask_phone(sender), type(exc).__name__)
            logger.debug("Late SMS reply failure", exc_info=True)
            return
        logger.info("Sent %d late SMS part(s) to %s", len(bodies), mask_phone(sender))

    def _in_background(self, coroutine: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def wait_for_background(self) -> None:
        """Wait until every late reply has been sent (tests, graceful shutdown)."""
        while self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    async def _call(function: Callable[..., T], *args: Any) -> T:
        """Run a blocking store call off the event loop."""
        return await asyncio.to_thread(function, *args)

    @staticmethod
    def _say(template: str) -> str:
        """``template`` filled with the clinic's name and phone number."""
        try:
            settings = clinic()
            return template.format(clinic=settings.name, phone=settings.phone)
        except Exception:  # a broken clinic.yml must not silence STOP/HELP replies
            logger.error("Could not read the clinic settings for an SMS reply", exc_info=True)
            return template.format(clinic="the clinic", phone="the clinic")
