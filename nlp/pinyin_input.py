"""Messages typed in pinyin without the characters: 「wo nainai shuaidao le qi bu lai」.

A phone without a Chinese keyboard, or a writer who cannot pick the characters, sends pinyin;
every rule and the model read characters, so such a run is turned back into characters first,
the way a pinyin keyboard would: the likeliest words are chosen by jieba's word frequencies, with
our own vocabulary (the lexicon's phrases, the place names and the everyday words of hardship in
nlp/lexicon/pinyin.toml) preferred, like jieba's own route through a sentence.  The route runs over
the letters, so an ambiguous split is decided by the words (``sange`` is 三个, not 丧鄂), and it
respects the writer's spaces: from a writer who spaces words, a word across a space is unlikely
(``jiu chi le`` is 就吃了, not 九尺了), while a writer who types syllable by syllable (``qi bu lai``)
gets whole words across them.

Only a run of at least ``MIN_SYLLABLES`` syllables (one more for a single word: 「carina」 is a name),
of words that are valid pinyin and not in capitals, is converted; a stray word that is not pinyin
(``help``, ``tm``, ``n``) stays as it is between converted parts, unless such words are a third of the
run (English).  The tables are built on the first pinyin message (about a second; most bots never
see one) from pypinyin and jieba's dictionary; without pypinyin nothing is converted.
"""
from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

MIN_SYLLABLES = 3
MAX_WORD = 4  # syllables in the longest dictionary word tried (our phrases: up to 6)
MIN_FREQ = 20  # jieba words rarer than this are not offered
RARE_READING = 4.0  # log-odds against a character read other than by its commonest reading (呼 as xia)
DOMAIN_FREQ = 200_000  # our own vocabulary outranks all but the commonest words (我 ≈ 3e5)
# log-odds against a word across a space of a writer who spaces words: with 2.5 between multi-syllable words only, 152
# of 1,818 short emergencies typed in pinyin lost their urgency (tests/nlp/test_invariance.py); with 2.5 at every
# space 135, 3.5 122, 5.0 117, 8.0 121 (and calm rows turned urgent 230 -> 178 at 5.0); held out, 4 -> 3 of 33
BRIDGE = 5.0
EVERYDAY = Path(__file__).parent / "lexicon" / "pinyin.toml"
_RUN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # single spaces inside a run; two spaces or punctuation end it
# The shape of toneless pinyin (an initial and a final, repeated): a cheap test, before the tables are built,
# that a word may be pinyin.  「west」「say」「jtg」 fail it; the real syllables decide after the build.
_SHAPE = re.compile(r"(?:(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie|in|iu|ou"
                    r"|ua|uo|ue|ui|un|ve|vn|a|e|i|o|u|v))+")


def _toneless(reading: str) -> str:
    """「nǚ」 → nv (as pinyin keyboards type ü), 「zhāng」 → zhang."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _looks_pinyin(word: str) -> bool:
    return word.islower() and _SHAPE.fullmatch(word) is not None


def _candidate(text: str) -> bool:
    """Worth building the tables for: a run with two pinyin-shaped words in a row, or one of 10+ letters.
    Most Latin in messages is 「A市」「ICU」「ok」「Excel」「west walk」, which must not cost the build."""
    for m in _RUN.finditer(text):
        words = m.group().split(" ")
        shaped = [_looks_pinyin(w) for w in words]
        if any(a and b for a, b in pairwise(shaped)) or any(ok and len(w) >= 10 for ok, w in zip(shaped, words, strict=True)):
            return True
    return False


class PinyinInput:
    """Converts pinyin runs of a text into characters (``convert``)."""

    def __init__(self, domain_words: Iterable[str], jieba_dict: Path | None = None,
                 everyday: Path | None = EVERYDAY) -> None:
        self._domain = tuple(domain_words)
        if everyday is not None:
            self._domain += tuple(tomllib.loads(everyday.read_text(encoding="utf-8"))["words"])
        self._jieba_dict = jieba_dict
        # letters -> (word, log p, offsets of its syllable boundaries inside the letters)
        self._words: dict[str, tuple[str, float, frozenset[int]]] | None = None
        self._syllables: frozenset[str] = frozenset()
        self._longest = 24

    def _build(self) -> bool:
        try:
            from pypinyin.phrases_dict import phrases_dict
            from pypinyin.pinyin_dict import pinyin_dict
        except ImportError:
            return False
        readings = {chr(cp): tuple(dict.fromkeys(_toneless(r) for r in rs.split(",")))
                    for cp, rs in pinyin_dict.items() if 0x3400 <= cp <= 0x9FFF}
        domain = frozenset(self._domain)
        # (in the lexicon's order, not the set's: of two phrases that sound alike and weigh the same, 没见他出门 and 没见她出门,
        # the first listed wins in every process, whatever its hash seed)
        freq = dict.fromkeys(self._domain, DOMAIN_FREQ)
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
        words: dict[str, tuple[str, float, frozenset[int]]] = {}
        for word, n in freq.items():
            if not all(ch in readings for ch in word):
                continue
            if word in domain and len(word) > 1:
                # our own phrases only as they are read: 着火 typed zhao huo is a fire, not 找活 (looking
                # for work), and 治了 is not chi le (吃了)
                known = phrases_dict.get(word)
                keys = [(tuple(_toneless(r[0]) for r in known), 0)] if known else _keys(word, readings, limit=1)
            else:
                keys = _keys(word, readings)
            for key, rare in keys:
                score = math.log(n) - total - RARE_READING * rare
                letters = "".join(key)
                if letters not in words or words[letters][1] < score:
                    offsets = frozenset(sum(len(s) for s in key[:i]) for i in range(1, len(key)))
                    words[letters] = (word, score, offsets)
        self._words = words
        # without the bare nasal interjections (呣 m, 嗯 n / ng, 哼 hm / hng): 「emmm」 is not e-m-m-m
        self._syllables = frozenset(s for rs in readings.values() for s in rs) - {"m", "n", "ng", "hm", "hng"}
        self._longest = max(len(k) for k in words)
        return True

    def convert(self, text: str) -> str:
        """*text* with each pinyin run turned into characters (unchanged when it has none)."""
        if not _candidate(text):
            return text
        if self._words is None and not self._build():
            return text
        return _RUN.sub(self._convert_run, text)

    def _convert_run(self, m: re.Match) -> str:
        words = m.group().split(" ")
        # AAA, ICU: capitals are not pinyin; 「Wo」 at a sentence's start is
        counts = [None if w.isupper() and len(w) > 1 else self._syllable_count(w.lower()) for w in words]
        if 3 * counts.count(None) >= len(words):
            return m.group()  # English (「Ignore all previous instructions」) with a few pinyin-shaped words
        out: list[str] = []
        group: list[str] = []

        def flush() -> None:
            syllables = sum(self._syllable_count(w) or 0 for w in group)
            # one word alone must be longer: a name (carina = ca ri na) or a sound (emmm) is not a sentence
            if group and syllables >= MIN_SYLLABLES + (len(group) == 1):
                out.append(self._route(group))
            else:
                out.extend(group)
            group.clear()

        for word, count in zip(words, counts, strict=True):
            if count is None:
                flush()
                out.append(word)
            else:
                group.append(word.lower())
        flush()
        return " ".join(out)

    def _syllable_count(self, word: str) -> int | None:
        """How many syllables *word* splits into (longest first, with backtracking); None if it is not pinyin."""
        if not word:
            return 0
        for size in range(min(6, len(word)), 0, -1):
            if word[:size] in self._syllables and (rest := self._syllable_count(word[size:])) is not None:
                return rest + 1
        return None

    def _route(self, tokens: list[str]) -> str:
        """The likeliest word sequence: a dynamic programme over the letters, as jieba routes a DAG."""
        words = self._words or {}
        text = "".join(tokens)
        cuts, at = [], 0
        for token in tokens[:-1]:
            at += len(token)
            cuts.append(at)
        # A writer who spaces words (any token of two syllables or more) means each space as a word boundary, and
        # a word across one is unlikely (「haizi jintian jiu chi le」 is 孩子今天就吃了, not 九尺了); one who spaces
        # syllables (qi bu lai) says nothing by a space.
        bridge = BRIDGE if any(self._syllable_count(t) != 1 for t in tokens) else 0.0
        n = len(text)
        best: list[tuple[float, str]] = [(0.0, "")] + [(-math.inf, "")] * n
        for end in range(1, n + 1):
            for start in range(max(0, end - self._longest), end):
                if best[start][0] == -math.inf:
                    continue
                letters = text[start:end]
                found = words.get(letters)
                if found:
                    word, score, offsets = found
                    inside = [c - start for c in cuts if start < c < end]
                    if any(c not in offsets for c in inside):
                        continue  # a syllable across the writer's space
                    score -= bridge * len(inside)
                elif letters in self._syllables:
                    word, score = letters, -30.0  # a syllable no word has: kept as typed
                else:
                    continue
                candidate = best[start][0] + score
                if candidate > best[end][0]:
                    best[end] = (candidate, best[start][1] + word)
        return best[n][1] if best[n][0] > -math.inf else " ".join(tokens)


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
