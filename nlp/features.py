"""Character n-gram features of a normalised text, shared by training and prediction.

The text is the Normalizer's output with steering clauses removed (what the
lexicon sees).  Before cutting n-grams: ASCII digits become ``0`` (「88岁」 and
「75岁」 look alike), every clause break becomes ``|``, and only the first
``MAX_CHARS`` characters are used (every tuning text is shorter, the city
messages used as weak examples are cut to 100; a long letter's gist is at its
start, and the cost per message stays bounded).  Features are
the distinct 1- to 3-character n-grams (binary: presence, not counts), with
n-grams made only of breaks, spaces and digits left out.
"""
from __future__ import annotations

import re

MAX_CHARS = 100
ORDERS = (1, 2, 3)
_DIGITS = re.compile(r"[0-9]+")
_BREAKS = re.compile(r"[。!?;\n,，、:：；！？\s]+|\.(?:\s+|$)")
_USELESS = frozenset("|0 .-")


def prepare(text: str) -> str:
    """The string n-grams are cut from: bounded, digits folded, clause breaks unified."""
    text = _DIGITS.sub("0", text[:MAX_CHARS])
    return "|" + _BREAKS.sub("|", text).strip("|") + "|"


def raw_ngrams(text: str) -> set[str]:
    """All distinct 1- to 3-grams of the prepared *text*, unfiltered (the fast path for look-ups)."""
    s = prepare(text)
    return {*s, *(s[i:i + 2] for i in range(len(s) - 1)), *(s[i:i + 3] for i in range(len(s) - 2))}


def ngrams(text: str, orders: tuple[int, ...] = ORDERS) -> set[str]:
    """Distinct n-grams of the prepared *text* (see the module docstring)."""
    s = prepare(text)
    grams: set[str] = set()
    for n in orders:
        grams.update(s[i:i + n] for i in range(len(s) - n + 1))
    return {g for g in grams if not _USELESS.issuperset(g)}
