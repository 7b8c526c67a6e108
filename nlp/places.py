"""The configured jurisdiction (Gazetteer) and finding its towns and villages in text.

Tolerance, in the order tried:
1. exact names and derived short forms — 下营镇 / 下营 / 下营乡; 文昌街道 /
   文昌街 / 文昌; 郭家沟村 / 郭家沟 (a village short form needs 3+ characters
   alone; a 2-character one, like 南关, counts only when its town is named too, or
   when it stands as a place: a clause of its own (「淋河 老两口…」「…断顿了 西塔」),
   after 在 at a clause's end (「他一个人在龙山」), or before 这片 / 那边 / a building
   number (「鼓楼这片」「翠屏 502」) — short messages name the village that way);
2. aliases from lexicon/places.toml (common misspellings);
3. homophones (pinyin input slips) of names of 3+ characters — 马神桥 →
   马伸桥镇, 翠平社区 → 翠屏社区 — when 1-2 found no village (homophones.py);
4. one wrong character in a name of 3+ characters followed by 镇/乡/街道/村/社区
   (马申桥镇 → 马伸桥镇), tried only when 1-3 found nothing.
Names of real places outside the gazetteer (lexicon/places.toml ``outside``)
are matched too, so they shadow look-alikes, and then ignored.  A village
alone implies its town; when a town and a village of another town are both
named, the town wins and the village is dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from nlp.homophones import SoundMap
from nlp.matcher import PhraseMatcher

_TOWN_SUFFIX = re.compile(r"(街道|镇|乡|街)$")
_VILLAGE_SUFFIX = re.compile(r"(社区|村)$")
_SUFFIX = re.compile(r"街道|镇|乡|村|社区")
_OUTSIDE = ("", "")  # marker target: a known place that is not ours
_CLAUSE_EDGE = ",.;!?。:"
# A 2-character village short form standing as a place (see the module docstring).
_AS_PLACE_AFTER = re.compile(r"(?:这片|那片|这块|那块|这边|那边|这里|那里|[0-9]{2,4}(?![0-9]))")
# What makes a 2-character village short form a place wherever it stands: the estate, school, shop or square
# named after it (「住兴华小区」「淋河小学的老师」「杨庄小卖部的」「鼓楼广场东边」; dev_tune_more19 first sight).
_NAMED_AFTER = re.compile(r"(?:小区|小学|中学|幼儿园|卫生室|卫生院|小卖部|广场|公园|村委|大队)")


@dataclass(frozen=True)
class Gazetteer:
    """District → towns → villages, with canonical names."""

    district: str
    towns: Mapping[str, tuple[str, ...]]  # canonical town -> canonical villages (config order)

    def __post_init__(self) -> None:
        # Accept any mapping of iterables (e.g. a config's dict of lists); store it read-only.
        towns = {str(t): tuple(str(v) for v in vs) for t, vs in dict(self.towns).items()}
        object.__setattr__(self, "towns", MappingProxyType(towns))

    @classmethod
    def from_json_dict(cls, d: dict) -> Gazetteer:
        """Build from the gazetteer.json shape {"district": ..., "towns": {town: [villages]}}."""
        return cls(district=str(d.get("district", "")), towns=dict(d.get("towns", {})))

    def town_of(self, village: str) -> str | None:
        """The town a canonical village belongs to."""
        return next((t for t, vs in self.towns.items() if village in vs), None)


@dataclass(frozen=True)
class Place:
    town: str | None
    village: str | None


def _town_forms(town: str) -> dict[str, tuple[str, str]]:
    short = _TOWN_SUFFIX.sub("", town)
    forms = {town: (town, "")}
    if len(short) >= 2:
        for suffix in ("", "镇", "乡", "街道", "街", "办事处"):
            forms[short + suffix] = (town, "")
    return forms


def _village_forms(town: str, village: str, town_shorts: set[str]) -> tuple[dict, dict]:
    """(strong forms, weak 2-char forms) of one village."""
    short = _VILLAGE_SUFFIX.sub("", village)
    strong = {village: (town, village)}
    weak: dict[str, tuple[str, str]] = {}
    if len(short) >= 3 and short not in town_shorts:
        strong.update({short: (town, village), short + "村": (town, village), short + "社区": (town, village)})
    elif len(short) == 2 and short not in town_shorts:
        weak[short] = (town, village)
    return strong, weak


class PlaceMask:
    """The gazetteer's names replaced by generic ones (下营镇常州村 → 某镇某村) in the text the model reads.

    The model was trained on messages written for one example district, where the villages named most
    often were those of grid workers' emergency reports: 「下营镇常州村的，」 before a calm message made 139
    of 7,550 calm tuning rows urgent.  Which village is named says nothing about the need, and a deployment
    with another gazetteer would not have those names at all; the lexicon still reads the real ones."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        names: dict[str, str] = {}
        for town, villages in gazetteer.towns.items():
            names[town] = "某" + _suffix(town)
            for village in villages:
                names[village] = "某" + _suffix(village)
                if len(short := _VILLAGE_SUFFIX.sub("", village)) >= 3:
                    names.setdefault(short, "某村")
            if len(short := _TOWN_SUFFIX.sub("", town)) >= 2:
                names.setdefault(short, "某镇")
        if gazetteer.district:
            names[gazetteer.district] = "某区"
        self._names = names
        self._regex = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None

    def __call__(self, text: str) -> str:
        return self._regex.sub(lambda m: self._names[m.group()], text) if self._regex else text


def _suffix(name: str) -> str:
    m = _SUFFIX.search(name, len(name) - 2)
    return m.group() if m else ""


class PlaceFinder:
    """Finds the gazetteer's town and village named in a normalised text."""

    def __init__(self, gazetteer: Gazetteer, aliases: Mapping[str, str], outside: tuple[str, ...],
                 sounds: SoundMap | None = None) -> None:
        self._gazetteer = gazetteer
        town_shorts = {_TOWN_SUFFIX.sub("", t) for t in gazetteer.towns}
        forms: dict[str, tuple[str, str]] = {}
        weak: dict[str, tuple[str, str]] = {}
        for town, villages in gazetteer.towns.items():
            forms.update(_town_forms(town))
            for village in villages:
                strong_v, weak_v = _village_forms(town, village, town_shorts)
                forms.update(strong_v)
                weak.update(weak_v)
        for alias, canonical in aliases.items():
            target = self._resolve_canonical(canonical)
            if target is not None:
                forms.setdefault(alias, target)
        forms.update({name: _OUTSIDE for name in outside if name not in forms})
        self._forms = MappingProxyType({**weak, **forms})
        self._weak = frozenset(weak) - set(forms)
        self._matcher = PhraseMatcher(self._forms)
        self._fuzzy = self._fuzzy_stems(forms)
        self._sounds = sounds
        self._sound_forms: dict[str, tuple[str, str]] = {}
        if sounds is not None:  # 3+ character names only: 2-character homophones are everywhere
            for form, target in forms.items():
                if len(form) >= 3:
                    self._sound_forms.setdefault(sounds.encode(form), target)
        self._sound_matcher = PhraseMatcher(self._sound_forms)
        self._sound_gate = self._sound_prefilter()
        # _fuzzy_hits by look-up: per name length, the name with one position blanked -> (order, target)
        self._fuzzy_keys: dict[int, dict[str, tuple[int, tuple[str, str]]]] = {}
        for length, stems in self._fuzzy.items():
            keys = self._fuzzy_keys.setdefault(length, {})
            for order, (stem, target) in enumerate(stems.items()):
                for p in range(length):
                    keys.setdefault(stem[:p] + "\0" + stem[p + 1:], (order, target))

    def _sound_prefilter(self) -> re.Pattern[str] | None:
        """A regex on the plain text that must match wherever a sound form could match the encoded text.

        A sound form's first three codes, each as the class of the characters that encode to it (and
        the code character itself, which encodes to itself): when it finds nothing, encoding the text
        (``str.translate`` through a 20,000-entry map, the slow part) and searching it are skipped."""
        if self._sounds is None or not self._sound_forms:
            return None
        chars_of: dict[str, set[str]] = {}
        for cp, code in self._sounds.table.items():
            chars_of.setdefault(chr(code), set()).add(chr(cp))
        classes: list[set[str]] = [set(), set(), set()]
        for form in self._sound_forms:
            for k in range(3):  # every sound form has 3+ characters
                classes[k].add(form[k])
                classes[k].update(chars_of.get(form[k], ()))
        return re.compile("".join("[" + "".join(map(re.escape, sorted(c))) + "]" for c in classes))

    def _resolve_canonical(self, name: str) -> tuple[str, str] | None:
        if name in self._gazetteer.towns:
            return (name, "")
        town = self._gazetteer.town_of(name)
        return (town, name) if town else None

    @staticmethod
    def _fuzzy_stems(forms: Mapping[str, tuple[str, str]]) -> dict[int, dict[str, tuple[str, str]]]:
        """Names of 3+ characters (no suffix) that may carry one wrong character, by length."""
        stems: dict[int, dict[str, tuple[str, str]]] = {}
        for form, target in forms.items():
            if target != _OUTSIDE and len(form) >= 3 and not _TOWN_SUFFIX.search(form) \
                    and not _VILLAGE_SUFFIX.search(form):
                stems.setdefault(len(form), {})[form] = target
        return stems

    def _fuzzy_hits(self, text: str) -> list[tuple[str, str]]:
        """Names with one wrong character, found right before a 镇/乡/街道/村/社区."""
        found = []
        for m in _SUFFIX.finditer(text):
            for length, keys in self._fuzzy_keys.items():
                guess = text[max(0, m.start() - length):m.start()]
                if len(guess) != length or guess in self._forms:
                    continue  # an exact name (ours or outside) was handled already
                # A stem equal to guess but at one position is one wrong character (guess itself is
                # no name); the first such stem, in the order of the names, as a scan would find it.
                hits = [hit for p in range(length) if (hit := keys.get(guess[:p] + "\0" + guess[p + 1:]))]
                if hits:
                    found.append(min(hits)[1])
        return found

    def find(self, text: str) -> Place:
        """Town and village named in *text* (normalised), or None."""
        towns: list[str] = []
        villages: list[tuple[str, str]] = []
        weak: list[tuple[str, str]] = []
        for hit in self._matcher.find_longest(text):
            town, village = self._forms[hit.phrase]
            if not town:
                continue  # a real place outside the gazetteer
            if hit.phrase in self._weak:
                (villages if _stands_as_place(text, hit.start, hit.end) else weak).append((town, village))
            elif village:
                villages.append((town, village))
            else:
                towns.append(town)
        if not villages and self._sound_gate is not None and self._sound_gate.search(text):
            for hit in self._sound_matcher.find_longest(self._sounds.encode(text)):
                town, village = self._sound_forms[hit.phrase]
                if town and village:
                    villages.append((town, village))
                elif town:
                    towns.append(town)
        if not towns and not villages:
            for town, village in self._fuzzy_hits(text):
                if village:
                    villages.append((town, village))
                else:
                    towns.append(town)
        return self._decide(towns, villages, weak)

    @staticmethod
    def _decide(towns: list[str], villages: list[tuple[str, str]], weak: list[tuple[str, str]]) -> Place:
        if towns:
            ranked = Counter(towns).most_common()
            top = [t for t, n in ranked if n == ranked[0][1]]
            town = next(t for t in towns if t in top)  # most named, then first named
            for t, v in villages + weak:
                if t in towns:
                    return Place(t, v)
            return Place(town, None)
        if villages:
            town, village = Counter(villages).most_common(1)[0][0]
            return Place(town, village)
        return Place(None, None)


def _stands_as_place(text: str, start: int, end: int) -> bool:
    """A short village name used as a place, not inside other words: its own clause, 在 X at a clause's
    end, X before 这片 / 那边 / a building number, or X naming an estate, school or shop (翠屏小区)."""
    before = text[start - 1] if start else ","
    after = text[end] if end < len(text) else ","
    if _NAMED_AFTER.match(text, end):
        return True
    if before in _CLAUSE_EDGE and after in _CLAUSE_EDGE:
        return True
    if before == "在" and after in _CLAUSE_EDGE:
        return True
    return before in _CLAUSE_EDGE + "在" and bool(_AS_PLACE_AFTER.match(text, end + (after == " ")))
