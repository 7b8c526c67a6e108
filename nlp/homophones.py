"""Homophone-tolerant matching for place names (pinyin input slips: 马神桥 → 马伸桥, 翠平 → 翠屏).

Each Chinese character maps to a code for its toneless pinyin (first reading),
so two names that sound alike encode to the same string; ``str.translate``
does the encoding in C, and the encoded text is searched like any other.
The map comes from the optional ``pypinyin`` package and is cached as a marshal
file (loading pypinyin's tables takes ~0.4 s; the cache ~10 ms).  Without
pypinyin and without a cache, homophone matching is simply off.
"""
from __future__ import annotations

import marshal
import os
import tempfile
import unicodedata
from pathlib import Path

_PUA = 0xF0000  # codes for syllables live in a private-use plane: never real text


def _toneless(reading: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", reading) if not unicodedata.combining(ch))


def _build_table() -> dict[int, int] | None:
    try:
        from pypinyin.pinyin_dict import pinyin_dict
    except ImportError:
        return None
    syllables: dict[str, int] = {}
    table: dict[int, int] = {}
    for cp, readings in pinyin_dict.items():
        if 0x3400 <= cp <= 0x9FFF:
            syllable = _toneless(readings.split(",")[0])
            table[cp] = _PUA + syllables.setdefault(syllable, len(syllables))
    return table


class SoundMap:
    """Encodes text so that homophones become equal strings (same length as the input)."""

    def __init__(self, table: dict[int, int]) -> None:
        self._table = table

    @property
    def table(self) -> dict[int, int]:
        """Code point -> syllable code point (read-only use)."""
        return self._table

    @classmethod
    def load(cls, cache_dir: Path) -> SoundMap | None:
        """From the cache in *cache_dir*, else built from pypinyin (and cached); None if unavailable."""
        path = cache_dir / "pinyin-sounds-v1.marshal"
        try:
            return cls(marshal.loads(path.read_bytes()))
        except (OSError, EOFError, ValueError, TypeError):
            pass
        table = _build_table()
        if table is None:
            return None
        try:
            fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(table))
            os.replace(tmp, path)
        except OSError:
            pass
        return cls(table)

    def encode(self, text: str) -> str:
        """*text* with every Chinese character replaced by its syllable code."""
        return text.translate(self._table)
