"""Triage: text in, a classification out (pure: no database, no Telegram).

Public API (re-exported lazily, so that ``import nlp.sensitive`` does not pay
for importing jieba)::

    from nlp import Gazetteer, Triager, Triage, CATEGORY_LABELS
    from nlp import SensitiveSpan, find_sensitive, mask
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Gazetteer": "nlp.places",
    "SensitiveSpan": "nlp.sensitive",
    "find_sensitive": "nlp.sensitive",
    "mask": "nlp.sensitive",
    "CATEGORY_LABELS": "nlp.triage",
    "Triage": "nlp.triage",
    "Triager": "nlp.triage",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
