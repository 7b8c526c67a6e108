"""Find many literal phrases in one pass, and gate regular expressions by the strings they need.

``PhraseMatcher.find`` reports every phrase starting at every position (an
Aho-Corasick automaton); signals.py decides what a nested hit adds.  A trie
compiled to one regex is kept as the reference and for ``find_longest``:
``re`` skips, in C, positions whose character starts no phrase.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

_END = ""  # trie key marking "a phrase ends here"


class Hit(NamedTuple):
    """One phrase found in a text (a tuple: created by the thousand, and cheaper than a dataclass)."""

    phrase: str
    start: int
    end: int


def _start_then_longest(hit: Hit) -> tuple[int, int]:
    return hit.start, -hit.end


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
    """Longest-match phrase finder over a fixed phrase set.

    ``find`` runs an Aho-Corasick automaton (pyahocorasick, in C): one pass
    over the text reports every phrase ending at every position, overlapping
    ones included.  It replaced a walk of the trie in Python from every
    possible start, which cost a twentieth of triage's time on the city
    messages.  The hits are the same (``find_regex`` is kept as the reference:
    tests/nlp compare the two).
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._phrases = frozenset(p for p in phrases if p)
        self._automaton = ahocorasick.Automaton()
        for phrase in self._phrases:
            self._automaton.add_word(phrase, len(phrase))
        if self._phrases:
            self._automaton.make_automaton()

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        """The trie regex, compiled when first used (``find`` does not need it: ~0.1 s of start-up saved)."""
        return trie_regex(self._phrases)

    def find(self, text: str) -> tuple[Hit, ...]:
        """Every phrase found, longest first at each start position, in text order."""
        if not self._phrases:
            return ()
        hits = [Hit(text[end + 1 - n:end + 1], end + 1 - n, end + 1) for end, n in self._automaton.iter(text)]
        hits.sort(key=_start_then_longest)
        return tuple(hits)

    def find_regex(self, text: str) -> tuple[Hit, ...]:
        """``find`` by the trie regex (the reference implementation; slower)."""
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
        """Longest phrases only: no hit lies inside another (for names: 上仓库 hides 上仓).

        By the trie regex: the place names have few first characters, which ``re`` skips to in C."""
        hits: list[Hit] = []
        search = self._regex.search
        pos, reach = 0, -1
        while (m := search(text, pos)) is not None:
            if m.end() > reach:
                hits.append(Hit(m.group(), m.start(), m.end()))
                reach = m.end()
            pos = m.start() + 1
        return tuple(hits)


# --- A cheap gate for regular expressions: strings every match must contain --------------------------------

def required_strings(regex: re.Pattern[str] | str, flags: int = 0, limit: int = 64) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of *regex* contains a string of EACH set.

    Read from the parsed pattern: a run of literal characters, or a small
    character class (a set of one-character strings), that the match cannot
    skip (not optional, not in only some branches; a branch gives the union of
    one set per alternative, its longest-stringed).  So when a text contains no
    string of one set, *regex* cannot match it and need not be run.  () when
    nothing is certain (case-insensitive patterns, negated classes, ``.``).
    A run is cut at anything but a literal, so the strings are never longer
    than the pattern promises.  *regex* may be a pattern's source (with
    *flags*): it is parsed, not compiled.
    """
    if isinstance(regex, re.Pattern):
        regex, flags = regex.pattern, regex.flags
    return _needs(_parse(regex, flags), limit)


def _parse(pattern: str, flags: int) -> Any:
    from re import _parser as parser  # Python 3.11+ (the project's floor): the parser of re itself
    return parser.parse(pattern, flags)


def _needs(parsed: Any, limit: int = 64) -> tuple[frozenset[str], ...]:
    """``required_strings`` of an already parsed pattern."""
    if parsed.state.flags & re.IGNORECASE:
        return ()
    from re import _constants as c
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}

    def char_set(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
        chars: set[str] = set()
        for op, av in items:
            if op is c.LITERAL:
                chars.add(chr(av))
            elif op is c.RANGE and av[1] - av[0] < limit:
                chars.update(map(chr, range(av[0], av[1] + 1)))
            else:  # NEGATE, CATEGORY (\d, \s), a big range: anything may match
                return None
        return frozenset(chars) if 0 < len(chars) <= limit else None

    def sequence(items: Any) -> list[frozenset[str]]:
        """Every set certain for a match of the sequence *items*."""
        out: list[frozenset[str]] = []
        run: list[str] = []  # literal characters in a row so far
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                out.append(frozenset(["".join(run)]))
                run = []
            if op is c.IN:
                found = char_set(av)
                out += [found] if found else []
            elif op in repeats:
                out += sequence(av[2]) if av[0] >= 1 else []
            elif op is c.SUBPATTERN:
                out += [] if av[1] & re.IGNORECASE else sequence(av[3])
            elif op is c.ATOMIC_GROUP:
                out += sequence(av)
            elif op is c.BRANCH:
                picks = [max(sequence(alt), key=_selective, default=None) for alt in av[1]]
                if all(picks):
                    out.append(frozenset().union(*picks))
            # anything else (ANY, NOT_LITERAL, AT, assertions, group references) promises nothing
        if run:
            out.append(frozenset(["".join(run)]))
        return out

    return tuple(sorted(set(sequence(parsed)), key=_selective, reverse=True))


Needs = tuple[frozenset[str], ...]
# What GatedRegex reads of a pattern before any search: its needs, and (needs, source) of each top-level alternative
# when it is asked alternative by alternative (else ()).  Plain tuples, strings and frozensets: marshal stores them.
Analysis = tuple[Needs, tuple[tuple[Needs, str], ...]]


def analyse(pattern: str, flags: int = 0) -> Analysis:
    """The needs of *pattern* and of its top-level alternatives (see GatedRegex), from its parse.

    Raises re.error as ``re.compile`` would: it compiles *pattern* once, since some errors (a look-behind of
    variable width) only the compiler finds, and a lexicon's bad pattern must fail at start, not at a message."""
    re.compile(pattern, flags)
    parsed = _parse(pattern, flags)
    needs = _needs(parsed)
    parts = _top_level_alternatives(pattern)
    if len(parts) < 2 or parsed.state.groups > 1 or "(?" in pattern.replace("(?:", "").replace("(?=", "") \
            .replace("(?!", "").replace("(?<=", "").replace("(?<!", ""):
        return needs, ()  # one alternative, or groups / inline flags / named groups: not split
    alternatives = tuple((required_strings(p, flags), p) for p in parts)
    return (needs, alternatives) if all(n for n, _ in alternatives) else (needs, ())


def _selective(strings: frozenset[str]) -> tuple[int, int]:
    """How few texts a set of needed strings lets through, without word counts: longer strings, then fewer."""
    return min(map(len, strings)), -len(strings)


def _top_level_alternatives(pattern: str) -> list[str]:
    """*pattern* split at its top-level ``|`` (outside groups and character classes)."""
    parts, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # skip the class; a ']' first in it (after an optional '^') is literal
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class GatedRegex:
    """A regex asked piece by piece, each piece only of texts that have the strings it needs.

    A pattern that is a top-level alternation ``A|B|C`` has one piece per
    alternative: it matches a text exactly when one of them does, and one
    alternative alone is a short regex that ``re`` skips through in C, where the
    whole alternation tries every branch at every character.  (Compiling the
    alternation of the live alternatives instead cost a compile for nearly every
    message once the self-harm patterns had dozens.)  Other patterns are one piece.

    Nothing is compiled until a text asks for it: the whole regex when it is one
    piece or is searched by a caller, an alternative when its needs are met.
    Compiling the lexicon's ~650 patterns and their ~1,300 alternatives up front
    was half of the Triager's start-up; most are never asked of most days' texts.
    """

    def __init__(self, regex: re.Pattern[str] | str, flags: int = 0, analysis: Analysis | None = None) -> None:
        if isinstance(regex, re.Pattern):
            self.__dict__["regex"] = regex  # (already compiled: the cached_property below is not needed)
            regex, flags = regex.pattern, regex.flags
        self.source, self.flags = regex, flags
        self.needs, self._alternatives = analysis if analysis is not None else analyse(regex, flags)
        self._compiled: dict[int, re.Pattern[str]] = {}  # alternative -> its regex, compiled when first asked

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The whole regex, compiled when first used."""
        return re.compile(self.source, self.flags)

    @property
    def analysis(self) -> Analysis:
        return self.needs, self._alternatives

    @property
    def pieces(self) -> list[tuple[tuple[frozenset[str], ...], int]]:
        """(needs, piece) of what ``piece_matches`` can ask: each alternative by its index, or the whole as -1."""
        if self._alternatives:
            return [(needs, i) for i, (needs, _) in enumerate(self._alternatives)]
        return [(self.needs, -1)]

    def piece_matches(self, piece: int, text: str, present: set[str]) -> bool:
        """Whether the alternative *piece* (-1: the whole regex) matches anywhere in *text*.

        *present*: the needed strings *text* contains (every one of its characters, and the longer strings found)."""
        needs = self.needs if piece < 0 else self._alternatives[piece][0]
        if needs and any(map(present.isdisjoint, needs)):
            return False
        return (self.regex if piece < 0 else self._alternative(piece)).search(text) is not None

    def _alternative(self, i: int) -> re.Pattern[str]:
        compiled = self._compiled.get(i)
        if compiled is None:
            compiled = self._compiled[i] = re.compile(self._alternatives[i][1], self.flags)
        return compiled


class RegexSet:
    """Which of many regexes match a text, asking as few of them as the strings in the text allow.

    Every piece of every regex (``GatedRegex.pieces``: its alternatives, or the
    whole) is indexed by the strings of one of its needed sets (the rarest with
    *char_weight*, else the most selective), so a message's own characters and
    the longer needed strings in it (found in one pass by an Aho-Corasick
    automaton) pick the few pieces worth a search.  A piece is searched only if
    the text has a string of each of its sets: gated by characters alone, six
    searches in seven on the city messages found nothing (没有 needs 没 and 有,
    and most messages have both, apart).  A regex that matches is searched again
    by its caller (``finditer``): only for the few that match.
    """

    def __init__(self, regexes: Iterable[re.Pattern[str] | str], char_weight: Callable[[str], float] | None = None,
                 cache_dir: Path | None = None) -> None:
        """*regexes*: compiled, or sources (compiled when first asked).  *char_weight*: how common a string is
        (jieba's frequency of it as a word); a piece is then indexed by its rarest needed set rather than its most
        selective, and asked of half as many messages (不 is in every one).  *cache_dir*: where the patterns'
        analyses are kept between runs (parsing ~2,000 patterns and alternatives took a quarter of start-up)."""
        regexes = list(regexes)
        analyses = _cached_analyses(regexes, cache_dir) if cache_dir else [None] * len(regexes)
        self.gates = tuple(GatedRegex(r, analysis=a) for r, a in zip(regexes, analyses, strict=True))
        self._always: list[tuple[int, int]] = []  # pieces that need nothing: asked of every text
        self._by_string: dict[str, list[tuple[int, int]]] = {}

        def commonness(strings: frozenset[str]) -> float:
            # a string that is no word (weight 0) is as common as its rarest character, at most
            return sum(char_weight(s) or min(map(char_weight, s)) for s in strings)  # type: ignore[misc]

        longer: set[str] = set()
        for i, gate in enumerate(self.gates):
            for needs, piece in gate.pieces:
                longer.update(s for strings in needs for s in strings if len(s) > 1)
                if not needs:
                    self._always.append((i, piece))
                    continue
                chosen = min(needs, key=commonness) if char_weight else needs[0]
                for s in chosen:
                    self._by_string.setdefault(s, []).append((i, piece))
        self._keys = frozenset(self._by_string)
        self._longer = ahocorasick.Automaton()
        for s in longer:
            self._longer.add_word(s, s)
        if longer:
            self._longer.make_automaton()

    def present(self, text: str, chars: set[str]) -> set[str]:
        """The needed strings in *text*: its characters, and the longer strings found."""
        if not len(self._longer):
            return chars
        return chars.union([s for _, s in self._longer.iter(text)])

    def matching(self, text: str, chars: set[str]) -> list[int]:
        """Indices of the regexes that match *text* somewhere, in order; *chars* is ``set(text)``."""
        present = self.present(text, chars)
        asked = set(self._always)
        for s in self._keys.intersection(present):
            asked.update(self._by_string[s])
        found: set[int] = set()
        gates = self.gates
        for i, piece in asked:
            if i not in found and gates[i].piece_matches(piece, text, present):
                found.add(i)
        return sorted(found)


def _cached_analyses(regexes: list[re.Pattern[str] | str], cache_dir: Path) -> list[Analysis]:
    """``analyse`` of every regex, read from *cache_dir* when this module and these patterns were seen before."""
    from nlp.tokenizer import digest, read_cache, write_cache  # (the caches' one home)
    keys = [(r.pattern, r.flags) if isinstance(r, re.Pattern) else (r, 0) for r in regexes]
    name = digest(Path(__file__).read_bytes(), sys.version.encode(), repr(keys).encode("utf-8"))
    path = cache_dir / f"regex-needs-{name}.marshal"
    cached = read_cache(path)
    if isinstance(cached, list) and len(cached) == len(keys):
        return cached
    analyses = [analyse(pattern, flags) for pattern, flags in keys]
    write_cache(path, analyses)
    return analyses
