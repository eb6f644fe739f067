"""Handing a conversation to staff: tickets, staff notifications and clinic-hours expectations."""
from bot.escalation.model import Ticket, new_ticket, transcript_from_events
from bot.escalation.notify import (
    NotificationDispatcher,
    NotificationError,
    OutboxNotifier,
    SmsNotifier,
    StaffNotifier,
    WebhookNotifier,
    dispatcher_from_env,
    notifiers_from_env,
)
from bot.escalation.tickets import SqlTicketStore, TicketStore, TicketStoreError

__all__ = [
    "NotificationDispatcher",
    "NotificationError",
    "OutboxNotifier",
    "SmsNotifier",
    "SqlTicketStore",
    "StaffNotifier",
    "Ticket",
    "TicketStore",
    "TicketStoreError",
    "WebhookNotifier",
    "dispatcher_from_env",
    "new_ticket",
    "notifiers_from_env",
    "transcript_from_events",
]
