"""The SMS gateway adapter shared by the SMS channel and staff notifications.

``sms_gateway_from_env`` returns the Twilio REST gateway when Twilio
credentials are set, and otherwise a local outbox file, so the assistant runs
with nothing configured and tests never reach Twilio.
"""
from __future__ import annotations

import abc
import json
import os
import threading
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path

from bot.constants import PROJECT_ROOT

DEFAULT_OUTBOX = PROJECT_ROOT / "var" / "sms_outbox.jsonl"


class SmsSendError(RuntimeError):
    """The gateway could not accept the message; the caller may retry."""


class SmsGateway(abc.ABC):
    """Sends one text message."""

    @abc.abstractmethod
    def send(self, to: str, body: str) -> str:
        """Send ``body`` to the E.164 number ``to``; returns the gateway's message id.

        Raises:
            SmsSendError: when the message was not accepted.
        """


class OutboxSmsGateway(SmsGateway):
    """Appends messages to a JSON-lines file instead of sending them."""

    def __init__(self, path: str | Path = DEFAULT_OUTBOX):
        self.path = Path(path)
        self._lock = threading.Lock()

    def send(self, to: str, body: str) -> str:
        message_id = f"LOCAL{uuid.uuid4().hex[:24]}"
        record = {
            "id": message_id,
            "to": to,
            "body": body,
            "at": datetime.now(timezone.utc).isoformat(),
        }
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as outbox:
                outbox.write(json.dumps(record) + "\n")
        return message_id

    def sent(self) -> list[dict]:
        """Everything written so far (for tests and local inspection)."""
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line]


class TwilioRestGateway(SmsGateway):
    """Sends through Twilio's Messages API."""

    def __init__(self, account_sid: str, auth_token: str, from_number: str, timeout: float = 10.0):
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        self._client = Client(account_sid, auth_token, http_client=TwilioHttpClient(timeout=timeout))
        self._from = from_number

    def send(self, to: str, body: str) -> str:
        from twilio.base.exceptions import TwilioException

        try:
            message = self._client.messages.create(to=to, from_=self._from, body=body)
        except (TwilioException, OSError) as exc:
            raise SmsSendError(str(exc)) from exc
        return str(message.sid)


def sms_gateway_from_env(env: Mapping[str, str] | None = None) -> SmsGateway:
    """Twilio when ``TWILIO_ACCOUNT_SID``/``TWILIO_AUTH_TOKEN``/``TWILIO_FROM_NUMBER`` are set, else the outbox."""
    env = os.environ if env is None else env
    sid = env.get("TWILIO_ACCOUNT_SID")
    token = env.get("TWILIO_AUTH_TOKEN")
    sender = env.get("TWILIO_FROM_NUMBER")
    if sid and token and sender:
        return TwilioRestGateway(sid, token, sender)
    return OutboxSmsGateway(env.get("SMS_OUTBOX_PATH", DEFAULT_OUTBOX))
