"""Process-wide resources the actions share: loaded once, at action-server start."""
from __future__ import annotations

from functools import lru_cache

from actions import config
from bot.escalation import NotificationDispatcher, dispatcher_from_env
from bot.kb import KnowledgeBase, load_knowledge_base
from bot.kb.semantic import SemanticIndex


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
    """Ticket store and staff notifiers from the environment (``dispatcher_from_env``), built once."""
    return dispatcher_from_env()
