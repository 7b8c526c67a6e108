"""Urgent phrases typed with one sound-alike slip: 「每饭吃了」 (没饭吃), 「人还再地上躺着」 (在地上躺), 「不向活了」.

A pinyin keyboard offers the characters of a syllable, and a hurried or old writer takes the wrong one;
the lexicon matches characters, so one slip in the only urgent phrase of a short message silenced it (a
probe over the caught urgent tuning rows, one homophone slip in their strongest urgent phrase: 619 of
17,157 variants lost their urgency; 515 now).  Here the urgent and self-harm phrases of four or more
characters are also found by sound (nlp/homophones.py), where exactly one character differs from the phrase.
Shorter ones are not: three syllables still collide with everyday words — 「老鼠咬破了电线」 read as 老鼠药,
「几个大孩子要钱」 as 打孩子 — and with them three calm tuning rows turned urgent.  Triage looks for slips only where the
literal reading found no emergency, and only in a short message (``MAX_CHARS``): a long one says its need in
more than one phrase, and encoding it costs more.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from nlp import lexicon as lx
from nlp.homophones import SoundMap
from nlp.matcher import Hit, PhraseMatcher

MIN_CHARS = 4
MAX_CHARS = 100


class SlipFinder:
    """Finds urgent and self-harm phrases written with one homophone slip."""

    def __init__(self, entries: Mapping[str, tuple[lx.Entry, ...]], sounds: SoundMap) -> None:
        self._sounds = sounds
        self._phrases: dict[str, list[str]] = {}  # sound form -> the phrases that sound so
        for phrase, found in entries.items():
            if len(phrase) >= MIN_CHARS and any(e.kind in (lx.URGENT, lx.SELF_HARM) for e in found):
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
                if sum(a != b for a, b in zip(phrase, written, strict=True)) == 1:
                    slips.append(Hit(phrase, hit.start, hit.end))
        return slips
