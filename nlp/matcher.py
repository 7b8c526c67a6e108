"""Find many literal phrases in one pass: a trie compiled to a single regex.

Python's ``re`` has no Aho-Corasick, but a regex built from a trie has, at
each node, one branch per next character, each starting with a literal; the
engine then skips positions whose character starts no phrase (a first-char
set prefilter), so the cost is close to one scan of the text. ``find`` reports
every phrase starting at every position (the regex finds the longest, its
prefixes that are phrases are added); signals.py decides what a nested hit adds.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_END = ""  # trie key marking "a phrase ends here"


@dataclass(frozen=True)
class Hit:
    """One phrase found in a text."""

    phrase: str
    start: int
    end: int


def _build_trie(phrases: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return trie


def _emit(node: dict[str, Any]) -> str:
    """Regex for the sub-trie below *node*; greedy, so the longest phrase wins."""
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def trie_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """Compile *phrases* (non-empty strings) into one longest-match regex."""
    words = sorted({p for p in phrases if p})
    if not words:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile(_emit(_build_trie(words)))


class PhraseMatcher:
    """Longest-match phrase finder over a fixed phrase set."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._phrases = frozenset(p for p in phrases if p)
        self._regex = trie_regex(self._phrases)

    def find(self, text: str) -> tuple[Hit, ...]:
        """Every phrase found, longest first at each start position, in text order."""
        hits: list[Hit] = []
        search, phrases = self._regex.search, self._phrases
        pos = 0
        while (m := search(text, pos)) is not None:
            start, found = m.start(), m.group()
            hits.append(Hit(found, start, m.end()))
            for k in range(len(found) - 1, 0, -1):  # shorter phrases at the same start
                if found[:k] in phrases:
                    hits.append(Hit(found[:k], start, start + k))
            pos = start + 1
        return tuple(hits)

    def find_longest(self, text: str) -> tuple[Hit, ...]:
        """Longest phrases only: no hit lies inside another (for names: 上仓库 hides 上仓)."""
        hits: list[Hit] = []
        search = self._regex.search
        pos, reach = 0, -1
        while (m := search(text, pos)) is not None:
            if m.end() > reach:
                hits.append(Hit(m.group(), m.start(), m.end()))
                reach = m.end()
            pos = m.start() + 1
        return tuple(hits)
