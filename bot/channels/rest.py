"""Rasa's REST channel, refusing sender ids that could belong to another channel's patient.

Rasa's ``rest`` channel takes the conversation id from the request body
(``{"sender": ..., "message": ...}``) as it is. The SMS channel uses the
patient's phone number as the conversation id, so with plain ``rest:`` anyone
could post as ``"+15551234567"``, write into that patient's SMS conversation
and read its context in the replies. ``GuardedRestInput`` answers HTTP 400
with a JSON error instead when ``sender`` is missing, not a string, empty,
longer than 128 characters, or looks like a phone number
(``bot.channels.conversation_ids``), and it records every message as coming
from ``rest`` even if the body names another ``input_channel`` (the
escalation actions trust the ``twilio`` channel's sender id to be a phone
number). Everything else is Rasa's ``RestInput``: the channel name ``rest``,
``POST /webhooks/rest/webhook``, ``?stream=true``, the response.

In credentials.yml, instead of ``rest:``::

    bot.channels.rest.GuardedRestInput:
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.conversation_ids import sender_id_problem

logger = logging.getLogger(__name__)

ERROR_INVALID_BODY = "invalid_body"
ERROR_INVALID_SENDER = "invalid_sender"


def _bad_request(error: str, message: str) -> HTTPResponse:
    return response.json({"error": error, "message": message}, status=400)


def check_message_request(request: Request) -> HTTPResponse | None:
    """A 400 response when the body of a message POST may not reach Rasa, else None."""
    try:
        body = request.json
    except InvalidUsage:
        body = None
    if not isinstance(body, dict):
        return _bad_request(ERROR_INVALID_BODY, 'The body must be a JSON object: {"sender": "...", "message": "..."}.')
    problem = sender_id_problem(body.get("sender"))
    if problem:
        logger.warning("Refused a REST message: %s", problem)  # (never the id: it may be a phone number)
        return _bad_request(ERROR_INVALID_SENDER, problem)
    return None


class GuardedRestInput(RestInput):
    """``RestInput`` that refuses phone-number-like, empty and over-long sender ids with HTTP 400."""

    def _extract_input_channel(self, req: Request) -> str:
        return self.name()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        @webhook.middleware("request")
        async def refuse_invalid_sender(request: Request) -> HTTPResponse | None:
            # Runs before the blueprint's own routes only; GET / (health) has no body to check.
            if request.method != "POST":
                return None
            return check_message_request(request)

        return webhook
