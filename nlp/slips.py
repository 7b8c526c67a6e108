"""Urgent phrases typed with one sound-alike slip: 「每饭吃了」 (没饭吃), 「人还再地上躺着」 (在地上躺), 「不向活了」.

A pinyin keyboard offers the characters of a syllable, and a hurried or old writer takes the wrong one;
the lexicon matches characters, so one slip in the only urgent phrase of a short message silenced it (a
probe over the caught urgent tuning rows, one homophone slip in their strongest urgent phrase: 619 of
17,157 variants lost their urgency; 515 then).  Here the urgent and self-harm phrases of four or more
characters are also found by sound (nlp/homophones.py), where exactly one character differs from the phrase.

Shorter phrases collide with everyday words — 「老鼠咬破了电线」 reads as 老鼠药, 「俺家报危房改造」 as 家暴,
「还没找着活」 as 着火, 「易书记」 as 遗书 — so a two- or three-character phrase counts only in a short sentence
(``SHORT_SENTENCE``), and only where the wrong character makes no dictionary word with its neighbours and no word
reaches across the phrase's edges (``_reads_as_slip``; jieba's dictionary, and urgency.toml [slips] for the words it
lacks).  With them, of 2,908 short caught emergencies (up to 40 characters) with one slip in their heaviest two- or
three-character urgent phrase (「俺向死」「家里段顿了」「有人要条河」), 51 lose their urgency instead of 144
(tests/nlp/test_invariance.py); once jieba's dictionary lacked two words (找着, 大孩子) and typed pronouns and modal
words were taken as meant (``_GRAMMAR``), no calm tuning row or city message turned urgent.  Triage looks for slips
only where the literal reading found no emergency, and only in a text of ``MAX_CHARS`` or fewer: a long one says its
need in more than one phrase, and encoding it costs more.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from nlp import lexicon as lx
from nlp.homophones import SoundMap
from nlp.matcher import Hit, PhraseMatcher
from nlp.normalize import SENTENCE_END

MIN_CHARS = 4
# Shorter phrases, with a dictionary to tell slips from words (SlipFinder._reads_as_slip), only in sentences up to so
# many characters: the shorter the phrase, the likelier a sound-alike is an everyday word in a longer sentence.
SHORT_SENTENCE = {2: 25, 3: 40}
MAX_CHARS = 100


class SlipFinder:
    """Finds urgent and self-harm phrases written with one homophone slip."""

    def __init__(self, entries: Mapping[str, tuple[lx.Entry, ...]], sounds: SoundMap,
                 is_word: Callable[[str], bool] | None = None) -> None:
        """*is_word*: whether a string is a word of the dictionary (jieba's); with it, phrases of two and three
        characters are found too, where the slipped character makes no word with its neighbours."""
        self._sounds = sounds
        self._is_word = is_word
        self._phrases: dict[str, list[str]] = {}  # sound form -> the phrases that sound so
        shortest = min(SHORT_SENTENCE) if is_word else MIN_CHARS
        for phrase, found in entries.items():
            if len(phrase) >= shortest and any(e.kind in (lx.URGENT, lx.SELF_HARM) for e in found):
                self._phrases.setdefault(sounds.encode(phrase), []).append(phrase)
        self._matcher = PhraseMatcher(self._phrases)

    def find(self, text: str, literal: Iterable[Hit]) -> list[Hit]:
        """Hits of phrases that *text* writes with exactly one wrong character (none found literally there)."""
        if len(text) > MAX_CHARS:
            return []
        seen = {(h.start, h.end) for h in literal}
        slips = []
        for hit in self._matcher.find(self._sounds.encode(text)):
            if (hit.start, hit.end) in seen:
                continue
            written = text[hit.start:hit.end]
            for phrase in self._phrases[hit.phrase]:
                wrong = [i for i, (a, b) in enumerate(zip(phrase, written, strict=True)) if a != b]
                if len(wrong) == 1 and (len(phrase) >= MIN_CHARS or (
                        _sentence_length(text, hit.start, hit.end) <= SHORT_SENTENCE[len(phrase)]
                        and self._reads_as_slip(text, hit.start, hit.end, hit.start + wrong[0]))):
                    slips.append(Hit(phrase, hit.start, hit.end))
        return slips

    def _reads_as_slip(self, text: str, start: int, end: int, at: int) -> bool:
        """Whether text[start:end], with its wrong character at *at*, reads as a slip and not as everyday words: the
        wrong character is no pronoun or modal word (``_GRAMMAR``), the span is not the start of a place name
        (``_NAMED``), no word of two to four characters holds the wrong character (救名, 着伙, 饭迟 make none; 老鼠咬破
        has 咬破) and none reaches across an edge of the span (俺家报 is 俺家 + 报, not 家暴; 找着活 is 找着 + 活)."""
        if text[at] in _GRAMMAR or text[end:end + 1] in _NAMED:
            return False
        for n in range(2, 5):
            for s in range(max(0, start - n + 1), min(end, len(text) - n + 1)):
                if (s <= at < s + n or s < start or s + n > end) and self._is_word(text[s:s + n]):
                    return False
        return True


# Pronouns and modal or case words: typed, they are meant (「要他本人去吗」 is no 要塌, 「是否敢啃」 no 干啃).
_GRAMMAR = frozenset("我你他她它们这那哪谁啥会能敢让被把给")


# A place name's last character: a sound-alike before it is part of a name (「我家住条河路那边」 is no 跳河).
_NAMED = frozenset("路街巷村镇庄屯")


def _sentence_length(text: str, start: int, end: int) -> int:
    """The length of the sentence that holds text[start:end], in characters other than digits and Latin letters: a
    short cry after a long story (「…现在家里啥也没有了。救名 着伙了 快来」) is as short as it is alone, and so is one
    with a phone number after it (「我儿子在楼顶 说要条楼 联系电话13912345678」: numbers make no everyday word of a
    slip; four of the 981 tuning rows triaged self-harm lost the flag with one)."""
    before = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    return len(_NOT_WORDS.sub("", text[before:after.start() if after else len(text)]))


_NOT_WORDS = re.compile(r"[0-9A-Za-z]+")
