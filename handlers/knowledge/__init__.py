"""Knowledge base of policy answers (政策问答) for pure policy questions (`inquiry`)."""

from handlers.knowledge.base import (
    GENERAL,
    HELP_CATEGORIES,
    KNOWN_CATEGORIES,
    KnowledgeBase,
    PolicyAnswer,
    normalize,
)

__all__ = ["GENERAL", "HELP_CATEGORIES", "KNOWN_CATEGORIES", "KnowledgeBase", "PolicyAnswer", "normalize"]
