"""Sending SMS: one gateway interface, a Twilio implementation and a local outbox."""
from bot.sms.gateway import (
    OutboxSmsGateway,
    SmsGateway,
    SmsSendError,
    TwilioRestGateway,
    sms_gateway_from_env,
)

__all__ = ["OutboxSmsGateway", "SmsGateway", "SmsSendError", "TwilioRestGateway", "sms_gateway_from_env"]
