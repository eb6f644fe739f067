"""Process-wide resources the actions share: loaded once, at action-server start."""
from __future__ import annotations

import logging
from functools import lru_cache

from actions import config
from bot.escalation import NotificationDispatcher, SqlTicketStore, notifiers_from_env
from bot.escalation.notify import NotificationConfigError, OutboxNotifier
from bot.kb import KnowledgeBase, load_knowledge_base
from bot.kb.semantic import SemanticIndex

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The clinic's knowledge base from ``ASSISTANT_KNOWLEDGE_DIR``."""
    return load_knowledge_base(config.KNOWLEDGE_PATH)


@lru_cache(maxsize=1)
def semantic_index() -> SemanticIndex:
    """Embeddings of every knowledge-base fact, computed once."""
    from bot.embeddings import get_encoder

    return SemanticIndex(knowledge_base(), get_encoder())


@lru_cache(maxsize=1)
def ticket_dispatcher() -> NotificationDispatcher:
    """Ticket store (``TICKETS_DB_URL`` or var/tickets.db) and the ``STAFF_NOTIFY`` notifiers.

    A broken ``STAFF_*`` configuration must not lose tickets: it is logged as an
    error and tickets still go to the store (the staff inbox) and the local outbox.
    """
    try:
        notifiers = notifiers_from_env()
    except NotificationConfigError as exc:
        logger.error("staff notifications misconfigured, only the local outbox gets tickets: %s", exc)
        notifiers = [OutboxNotifier()]
    return NotificationDispatcher(SqlTicketStore(), notifiers)
