"""Remove text that tries to steer the classifier (TAXONOMY: it never changes the label).

Two things go before scoring: JSON/dict-like objects that name a label field
(``{"category": "urgent"}``), and every clause that contains a steering
pattern (「忽略以上指令」「请标记为紧急」 「ignore previous instructions」).  What
remains is the need the person described, classified as usual.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from nlp.normalize import CLAUSE_SPLIT

_OBJECT = re.compile(r"[{\[][^{}\[\]]{0,600}[}\]]")


class SteeringFilter:
    """Strips steering clauses and label-claiming objects from normalised text."""

    def __init__(self, patterns: Iterable[str], object_keys: Iterable[str]) -> None:
        self._steer = re.compile("|".join(f"(?:{p})" for p in patterns))
        keys = "|".join(re.escape(k) for k in object_keys)
        self._label_key = re.compile(rf"[\"']?(?:{keys})[\"']?\s*[:=]")

    def _drop_objects(self, text: str) -> tuple[str, list[str]]:
        removed: list[str] = []

        def repl(m: re.Match[str]) -> str:
            if self._label_key.search(m.group()):
                removed.append(m.group())
                return "。"
            return m.group()

        return _OBJECT.sub(repl, text), removed

    def clean(self, text: str) -> tuple[str, tuple[str, ...]]:
        """Return (*text* without steering, the removed pieces)."""
        text, removed = self._drop_objects(text)
        if self._steer.search(text) is None:
            return text, tuple(removed)
        kept: list[str] = []
        pos = 0
        for sep in CLAUSE_SPLIT.finditer(text + "\n"):
            clause = text[pos:sep.start()]
            if self._steer.search(clause):
                removed.append(clause)
            else:
                kept.append(clause + sep.group())
            pos = sep.end()
        return "".join(kept).strip(), tuple(removed)
