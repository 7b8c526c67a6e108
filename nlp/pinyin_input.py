"""Messages typed in pinyin without the characters: 「wo nainai shuaidao le qi bu lai」.

A phone without a Chinese keyboard, or a writer who cannot pick the characters, sends pinyin;
every rule and the model read characters, so such a run is turned back into characters first,
the way a pinyin keyboard would: the syllables are split (``shuaidao`` → shuai dao) and the
likeliest words chosen by jieba's word frequencies, with our own vocabulary (the lexicon's
phrases and the place names) preferred, like jieba's own route through a sentence.

Only a run of at least ``MIN_SYLLABLES`` syllables (one more for a single word: 「carina」 is a name),
every word of it valid pinyin and not in capitals, is converted: English (「help」「ICU」「ok」), short
Latin bits and sounds (「emmm」) are left alone.  The tables are built on the
first pinyin message (about a second; most bots never see one) from pypinyin and jieba's
dictionary; without pypinyin nothing is converted.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

MIN_SYLLABLES = 3
MAX_WORD = 4  # syllables in the longest dictionary word tried (our phrases: up to 6)
MIN_FREQ = 20  # jieba words rarer than this are not offered
RARE_READING = 4.0  # log-odds against a character read other than by its commonest reading (呼 as xia)
DOMAIN_FREQ = 200_000  # our own vocabulary outranks all but the commonest words (我 ≈ 3e5)
_RUN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # single spaces inside a run; two spaces or punctuation end it
# Worth a look at all: three lower-case words in a row, or one long one (most Latin in messages is 「A市」
# 「ICU」「ok」「Excel」「wangcheng」, which must not cost the table build: none of the 7,477 city messages does)
_CANDIDATE = re.compile(r"(?<![A-Za-z])(?:[a-z]+ [a-z]+ [a-z]+|[a-z]{10,})(?![A-Za-z])")


def _toneless(reading: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", reading) if not unicodedata.combining(ch)).replace("ü", "v")


class PinyinInput:
    """Converts pinyin runs of a text into characters (``convert``)."""

    def __init__(self, domain_words: Iterable[str], jieba_dict: Path | None = None) -> None:
        self._domain = tuple(domain_words)
        self._jieba_dict = jieba_dict
        self._words: dict[tuple[str, ...], tuple[str, float]] | None = None  # syllables -> (word, log p)
        self._syllables: frozenset[str] = frozenset()
        self._longest = 6

    def _build(self) -> bool:
        try:
            from pypinyin.pinyin_dict import pinyin_dict
        except ImportError:
            return False
        readings = {chr(cp): tuple(dict.fromkeys(_toneless(r) for r in rs.split(",")))
                    for cp, rs in pinyin_dict.items() if 0x3400 <= cp <= 0x9FFF}
        domain = frozenset(self._domain)
        freq = dict.fromkeys(domain, DOMAIN_FREQ)
        path = self._jieba_dict or _default_jieba_dict()
        with path.open(encoding="utf-8") as f:
            for line in f:
                word, count, *_ = line.split(" ")
                n = int(count)
                if word in domain:
                    freq[word] += n  # among our own phrases that sound alike, the commoner wins (低保, not 底保)
                elif n >= MIN_FREQ and len(word) <= MAX_WORD:
                    freq[word] = n
        total = math.log(sum(freq.values()))
        words: dict[tuple[str, ...], tuple[str, float]] = {}
        for word, n in freq.items():
            if not all(ch in readings for ch in word):
                continue
            for key, rare in _keys(word, readings):
                # our own phrases in any reading: 着火 typed zhao huo is a fire, not 找活 (looking for work)
                score = math.log(n) - total - (0.0 if word in domain else RARE_READING * rare)
                if key not in words or words[key][1] < score:
                    words[key] = (word, score)
        self._words = words
        # without the bare nasal interjections (呣 m, 嗯 n / ng, 哼 hm / hng): 「emmm」 is not e-m-m-m
        self._syllables = frozenset(s for rs in readings.values() for s in rs) - {"m", "n", "ng", "hm", "hng"}
        self._longest = max(len(k) for k in words)
        return True

    def convert(self, text: str) -> str:
        """*text* with each pinyin run turned into characters (unchanged when it has none)."""
        if not _CANDIDATE.search(text):
            return text
        if self._words is None and not self._build():
            return text
        return _RUN.sub(self._convert_run, text)

    def _convert_run(self, m: re.Match) -> str:
        syllables: list[str] = []
        words = m.group().split(" ")
        for word in words:
            split = None if word.isupper() and len(word) > 1 else self._split(word.lower())  # AAA, ICU
            if split is None:
                return m.group()  # not pinyin (English, an abbreviation): left as it is
            syllables += split
        # one word alone must be longer: a name (carina = ca ri na) or a sound (emmm) is not a sentence
        if len(syllables) < MIN_SYLLABLES + (len(words) == 1):
            return m.group()
        return self._route(syllables)

    def _split(self, word: str) -> list[str] | None:
        """*word* as pinyin syllables, longest first with backtracking; None if it is not pinyin."""
        if not word:
            return []
        for size in range(min(6, len(word)), 0, -1):
            head = word[:size]
            if head in self._syllables and (rest := self._split(word[size:])) is not None:
                return [head, *rest]
        return None

    def _route(self, syllables: list[str]) -> str:
        """The likeliest word sequence (a dynamic programme over the syllables, as jieba routes a DAG)."""
        words = self._words or {}
        n = len(syllables)
        best: list[tuple[float, str]] = [(0.0, "")] + [(-math.inf, "")] * n
        for end in range(1, n + 1):
            for size in range(1, min(self._longest, end) + 1):
                found = words.get(tuple(syllables[end - size:end]))
                score = found[1] if found else (-30.0 if size == 1 else None)
                if score is None or best[end - size][0] == -math.inf:
                    continue
                candidate = best[end - size][0] + score
                if candidate > best[end][0]:
                    best[end] = (candidate, best[end - size][1] + (found[0] if found else syllables[end - 1]))
        return best[n][1]


def _keys(word: str, readings: dict[str, tuple[str, ...]], limit: int = 16) -> list[tuple[tuple[str, ...], int]]:
    """Every reading of *word* (polyphones multiply), at most *limit* of them, each with the number of
    its characters read other than by their first (commonest) reading."""
    keys: list[tuple[tuple[str, ...], int]] = [((), 0)]
    for ch in word:
        keys = [(k + (r,), rare + (i > 0)) for k, rare in keys for i, r in enumerate(readings[ch])][:limit]
    return keys


def _default_jieba_dict() -> Path:
    import jieba
    return Path(jieba.__file__).parent / "dict.txt"
