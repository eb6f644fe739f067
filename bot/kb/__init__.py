"""The procedure knowledge base: interface, YAML store and semantic index."""
from bot.kb.base import Answer, Fact, KnowledgeBase, Procedure
from bot.kb.yaml_store import YamlKnowledgeBase, load_knowledge_base

__all__ = [
    "Answer",
    "Fact",
    "KnowledgeBase",
    "Procedure",
    "YamlKnowledgeBase",
    "load_knowledge_base",
]
