"""Command arguments: the first words, and the free text after them as the person typed it."""

from __future__ import annotations

import re

MAX_NOTE = 4000
_WORD = re.compile(r"\s*(\S+)")


def words_and_rest(text: str, count: int) -> tuple[list[str], str]:
    """`/note 12 家里  有人` with count=1 → (['12'], '家里  有人'); the command itself is skipped."""
    position = 0
    words: list[str] = []
    for index in range(count + 1):
        match = _WORD.match(text, position)
        if match is None:
            break
        position = match.end()
        if index:
            words.append(match.group(1))
    return words, text[position:].strip()[:MAX_NOTE]
