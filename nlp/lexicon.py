"""Load the editable lexicons (nlp/lexicon/*.toml) into typed, immutable values.

A phrase (or a regular-expression pattern) maps to one or more Entries: what
finding it contributes.  Category sections come in three kinds:
``topic`` (names the area; not negatable, not a need), ``status`` (a status
of the person, e.g. 五保户; negatable: 「不是五保」), ``request`` (asks for a
benefit by name: 申请低保; a separate weight, but alone still a question),
``need`` (a concrete hardship; counts as the writer's own need).
"""
from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from nlp.lexicon_config import KeywordConfig, RoleLexicon, keyword_config, role_lexicon

__all__ = ["Entry", "Pattern", "Lexicon", "load_lexicon", "KeywordConfig", "RoleLexicon"]

# Entry kinds (what a matched phrase means).
CATEGORY, URGENT, SELF_HARM, HARDSHIP, INQUIRY, POLICY, RULE, SHADOW = (
    "category", "urgent", "self_harm", "hardship", "inquiry", "policy", "rule", "shadow")
HEDGE_CALM, HEDGE_JOKE, HEDGE_RESOLVED, HEDGE_NOT_NOW, HEDGE_MILD, HEDGE_ONGOING, HEDGE_SURVIVED, HEDGE_NEWS = (
    "hedge_calm", "hedge_joke", "hedge_resolved", "hedge_not_now", "hedge_mild", "hedge_ongoing", "hedge_survived",
    "hedge_news")
FIGURE = "figure"  # the target of a shadow that is a figure of speech around an alarm word (cues.toml [figure])
# Category section -> (negatable, need)
SECTIONS = {"topic": (False, False), "status": (True, False), "request": (False, False), "need": (False, True)}
_NEGATABLE_KINDS = {URGENT: True, SELF_HARM: True, HARDSHIP: True, RULE: True,
                    HEDGE_JOKE: True}  # 「其实不是测试」「我不是开玩笑」 insist that it is real


@dataclass(frozen=True)
class Entry:
    """What one phrase contributes when found."""

    kind: str
    target: str  # category code (CATEGORY), self-harm group, rule name, else ""
    weight: float
    negatable: bool = False  # a negator right before the phrase cancels it
    need: bool = False  # shows a hardship / request of the writer's own
    section: str = ""  # category section (topic / status / need)

    @cached_property  # read for every hit; computed once (a frozen dataclass still has a __dict__)
    def group(self) -> tuple[str, str, str]:
        """Entries of one group found nested inside each other count once."""
        return (self.kind, self.target, self.section)


@dataclass(frozen=True)
class Pattern:
    """A regular expression (its source, compiled when first used) with the entries a match contributes."""

    source: str
    entries: tuple[Entry, ...]

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source)


@dataclass(frozen=True)
class Warm:
    """Warm weather (``words``) without ``cold`` or a ``child`` named: the ``outdoors`` phrases do not count."""

    words: tuple[str, ...] = ()
    cold: tuple[str, ...] = ()
    child: tuple[str, ...] = ()
    outdoors: str = r"(?!x)x"

    def applies(self, text: str) -> bool:
        return (any(w in text for w in self.words) and not any(w in text for w in self.cold)
                and not any(w in text for w in self.child))


@dataclass(frozen=True)
class Lexicon:
    """Everything the scorer, role finder, place finder and keyword extractor read."""

    categories: tuple[str, ...]  # category codes that have phrases
    entries: Mapping[str, tuple[Entry, ...]]  # phrase -> what it means
    patterns: tuple[Pattern, ...]
    urgent_threshold: float
    hedge_limit: float  # urgent weight, in thresholds, that a calm / joke hedge cannot silence (urgency.toml)
    self_harm_threshold: float
    negators: tuple[str, ...]
    negation_gap: tuple[str, ...]
    news_others: tuple[str, ...]  # someone else named before a past self-harm phrase (urgency.toml)
    news_deaths: tuple[str, ...]  # a death told right after it
    turns: tuple[str, ...]  # clause openings after which a resolved hedge no longer reaches (urgency.toml)
    found: tuple[str, ...]  # resolved hedges that end a search only: a danger found with the person is new
    ends_one_danger: tuple[tuple[str, str], ...]  # (resolved hedge, urgent phrases of a danger it does not end)
    everyday_words: frozenset[str]  # words that a short urgent phrase with a slip must not be read out of (nlp/slips.py)
    warm: Warm  # warm weather: rough sleeping alone is not urgent (urgency.toml [warm])
    steering_patterns: tuple[str, ...]
    steering_keys: tuple[str, ...]
    roles: RoleLexicon
    keywords: KeywordConfig
    place_aliases: Mapping[str, str]
    places_outside: tuple[str, ...]

    def content_phrases(self) -> tuple[str, ...]:
        """Phrases that name a need or a topic (not hedges or question cues)."""
        kinds = (CATEGORY, URGENT, SELF_HARM, HARDSHIP)
        return tuple(p for p, es in self.entries.items() if any(e.kind in kinds for e in es))


def _read(directory: Path | None, name: str) -> dict[str, Any]:
    if directory is not None:
        return tomllib.loads((directory / name).read_text(encoding="utf-8"))
    text = resources.files(__package__).joinpath("lexicon", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _entry(kind: str, target: str, weight: float, section: str = "") -> Entry:
    if kind == CATEGORY:
        negatable, need = SECTIONS[section]
    else:
        negatable, need, section = _NEGATABLE_KINDS.get(kind, False), kind == HARDSHIP, ""
    return Entry(kind, target, float(weight), negatable, need, section)


def _add(table: dict[str, list[Entry]], phrases: Mapping[str, float], kind: str, target: str = "", section: str = "") -> None:
    for phrase, weight in phrases.items():
        key = phrase.strip().lower()
        if key:
            table[key].append(_entry(kind, target, weight, section))


def _categories(doc: dict[str, Any], table: dict[str, list[Entry]]) -> tuple[str, ...]:
    codes = [c for c in doc if c != "patterns"]
    for code in codes:
        for section in SECTIONS:
            _add(table, doc[code].get(section, {}), CATEGORY, code, section)
    return tuple(codes)


def _patterns(rows: list[dict[str, Any]]) -> list[Pattern]:
    """[[patterns]] rows: regex, kind, target, weight (and section for categories)."""
    out = []
    for row in rows:
        entry = _entry(row["kind"], row.get("target", ""), row["weight"], row.get("section", "need"))
        out.append(Pattern(_with_dialect(row["regex"]), (entry,)))
    return out


def _with_dialect(regex: str) -> str:
    """*regex* reading 俺 wherever it reads 我 (the north's 我: 「药俺查好了」): 我 becomes (?:我|俺), and a character
    class that holds 我 holds 俺 too ([^我] excludes both); 怎么 reads 咋 too and 什么 啥 (「老琢磨咋结束」)."""
    out, i = [], 0
    while i < len(regex):
        ch = regex[i]
        if ch == "\\":
            out.append(regex[i:i + 2])
            i += 2
        elif ch == "[":
            j = i + 1 + (regex[i + 1:i + 2] == "^")
            j += regex[j:j + 1] == "]"  # a ] first in a class is a literal
            while j < len(regex) and regex[j] != "]":
                j += 2 if regex[j] == "\\" else 1
            klass = regex[i:j + 1]
            out.append(klass[:-1] + "俺]" if "我" in klass and "俺" not in klass else klass)
            i = j + 1
        elif regex[i:i + 2] in _NORTHERN_WORDS:  # 怎么 reads 咋 too, 什么 啥
            out.append(_NORTHERN_WORDS[regex[i:i + 2]])
            i += 2
        else:
            out.append("(?:我|俺)" if ch == "我" else ch)
            i += 1
    return "".join(out)


# The north's own forms of a Mandarin word: 俺 for 我, 咋 for 怎么, 啥 for 什么 (and back), in phrases and patterns.
_NORTHERN = (("我", "俺"), ("怎么", "咋"), ("咋", "怎么"), ("什么", "啥"), ("啥", "什么"))
_NORTHERN_WORDS = {"怎么": "(?:怎么|咋)", "什么": "(?:什么|啥)"}


def _dialect_variants(table: dict[str, list[Entry]]) -> None:
    """Every phrase written with 我 also matches with the north's 俺 (「药我查好了」 / 「药俺查好了」), with 怎么 as 咋
    (「怎么走我都想好了」 / 「咋走我都想好了」), with 什么 as 啥, and back, unless the lexicon gives that form its own
    entries.  (Regular-expression patterns spell out [我俺] themselves.)"""
    for mandarin, northern in _NORTHERN:
        for phrase in [p for p in table if mandarin in p]:
            variant = phrase.replace(mandarin, northern)
            if variant not in table:
                table[variant] = list(table[phrase])


def _rules(rules: dict[str, list[str]], table: dict[str, list[Entry]]) -> None:
    """Rule triggers fire from any phrase that contains them (「五保户」 fires 五保).

    Not from a shadow phrase: it hides what lies inside it (「特困难」 is no 特困, dev_tune_more3)."""
    for name, triggers in rules.items():
        for trigger in triggers:
            table[trigger.lower()]  # make sure the trigger itself is a phrase
        if not triggers:
            continue
        contains_one = re.compile("|".join(re.escape(t.lower()) for t in triggers)).search  # (one pass per phrase)
        for phrase in list(table):
            if contains_one(phrase) and not any(e.kind == SHADOW for e in table[phrase]):
                table[phrase].append(_entry(RULE, name, 0.0))


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Read the TOML lexicons (the packaged ones unless *directory* is given)."""
    cats, urgency, cues = (_read(directory, n) for n in ("categories.toml", "urgency.toml", "cues.toml"))
    table: dict[str, list[Entry]] = defaultdict(list)
    categories = _categories(cats, table)
    _add(table, urgency["urgent"], URGENT)
    for group in ("means", "feelings"):
        _add(table, urgency["self_harm"][group], SELF_HARM, group)
    for name, kind in (("calm", HEDGE_CALM), ("joke", HEDGE_JOKE), ("resolved", HEDGE_RESOLVED), ("not_now", HEDGE_NOT_NOW),
                       ("mild", HEDGE_MILD), ("ongoing", HEDGE_ONGOING), ("survived", HEDGE_SURVIVED),
                       ("news", HEDGE_NEWS)):
        _add(table, dict.fromkeys(urgency["hedges"].get(name, []), 0.0), kind)
    _add(table, cues["hardship"], HARDSHIP)
    _add(table, cues["inquiry"], INQUIRY)
    _add(table, dict.fromkeys(cues["policy"]["words"], 0.0), POLICY)
    _add(table, dict.fromkeys(cues["shadow"]["words"], 0.0), SHADOW)
    _add(table, dict.fromkeys(cues.get("figure", {}).get("words", []), 0.0), SHADOW, FIGURE)
    _dialect_variants(table)
    _rules(cues["rules"], table)
    patterns = _patterns(cats.get("patterns", []) + urgency.get("patterns", []) + cues.get("patterns", []))
    places = _read(directory, "places.toml")
    return Lexicon(
        categories=categories,
        entries=MappingProxyType({p: tuple(e) for p, e in table.items()}),
        patterns=tuple(patterns),
        urgent_threshold=float(urgency["threshold"]),
        hedge_limit=float(urgency.get("hedge_limit", "inf")),
        self_harm_threshold=float(urgency["self_harm"]["threshold"]),
        negators=tuple(cues["negation"]["negators"]),
        negation_gap=tuple(cues["negation"]["gap"]),
        news_others=tuple(urgency["hedges"].get("survived_others", [])),
        news_deaths=tuple(urgency["hedges"].get("survived_deaths", [])),
        turns=tuple(urgency["hedges"].get("turn", [])),
        found=tuple(urgency["hedges"].get("found", [])),
        ends_one_danger=tuple((pair["ends"], pair["leaves"]) for pair in urgency["hedges"].get("ends_one_danger", [])),
        everyday_words=frozenset(urgency.get("slips", {}).get("words", [])),
        warm=Warm(**{k: (v if k == "outdoors" else tuple(v)) for k, v in urgency.get("warm", {}).items()}),
        steering_patterns=tuple(cues["steering"]["patterns"]),
        steering_keys=tuple(cues["steering"]["object_keys"]),
        roles=role_lexicon(_read(directory, "roles.toml")),
        keywords=keyword_config(_read(directory, "keywords.toml")),
        place_aliases=MappingProxyType(dict(places.get("aliases", {}))),
        places_outside=tuple(places.get("outside", [])),
    )
