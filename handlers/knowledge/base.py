"""Policy answers for pure policy questions (`inquiry`), loaded from an editable TOML file."""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

GENERAL = "general"
"""The entry about the hotline itself and how to check progress; the fallback of best_match."""

HELP_CATEGORIES: tuple[str, ...] = (
    "subsistence",
    "destitute",
    "temporary",
    "medical",
    "education",
    "housing",
    "employment",
    "disability",
    "child",
    "elderly",
    "vagrant",
    "mental",
    "complaint",
)
"""The taxonomy codes that have a policy answer (every code except `inquiry` and `other`)."""

KNOWN_CATEGORIES: frozenset[str] = frozenset((*HELP_CATEGORIES, GENERAL))

_TEXT_FIELDS: tuple[str, ...] = ("category", "title", "who", "how", "where", "time", "source")
_FIELDS: tuple[str, ...] = ("category", "title", "who", "how", "where", "bring", "time", "keywords", "source")

_PACKAGED_FILE = "policies.toml"


@dataclass(frozen=True)
class PolicyAnswer:
    """One knowledge-base entry: who qualifies, how and where to apply, what to bring, how long."""

    category: str
    title: str
    who: str
    how: str
    where: str
    bring: tuple[str, ...]
    time: str
    keywords: tuple[str, ...]
    source: str

    def render(self) -> str:
        """Plain-text answer for a resident (no markup, no sources)."""
        return "\n".join(
            (
                f"【{self.title}】",
                f"谁可以申请：{self.who}",
                f"怎么申请：{self.how}",
                f"到哪里办：{self.where}",
                f"要带的材料：{'；'.join(self.bring)}",
                f"要多久：{self.time}",
            )
        )


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    """Traditional-to-simplified converter (OpenCC when installed, identity otherwise)."""
    try:
        from opencc import OpenCC
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return lambda text: text
    return OpenCC("t2s").convert


def normalize(text: str) -> str:
    """Fold width, case, traditional characters and whitespace so keywords match loosely."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(_t2s()(folded).split())


def _coverage(text: str, keywords: Sequence[str]) -> int:
    """Number of characters of `text` covered by occurrences of any keyword (overlaps count once)."""
    covered = bytearray(len(text))
    for keyword in keywords:
        if not keyword:
            continue
        start = text.find(keyword)
        while start != -1:
            covered[start : start + len(keyword)] = b"\x01" * len(keyword)
            start = text.find(keyword, start + 1)
    return sum(covered)


class KnowledgeBase:
    """The set of policy answers, one per category, with keyword matching."""

    def __init__(self, entries: Sequence[PolicyAnswer]) -> None:
        """Build from already validated entries (use `load` to read a file)."""
        self._entries: tuple[PolicyAnswer, ...] = tuple(entries)
        self._by_category: dict[str, PolicyAnswer] = {e.category: e for e in self._entries}
        if len(self._by_category) != len(self._entries):
            raise ValueError("knowledge base: duplicate category among entries")
        if GENERAL not in self._by_category:
            raise ValueError(f"knowledge base: no entry with category {GENERAL!r} (the fallback answer)")
        self._normalized: dict[str, tuple[str, ...]] = {
            e.category: tuple(k for k in (normalize(k) for k in e.keywords) if k) for e in self._entries
        }

    @classmethod
    def load(cls, path: Path | str | None = None) -> KnowledgeBase:
        """Read and validate a policies file (default: the packaged policies.toml)."""
        if path is None:
            resource = resources.files(__package__).joinpath(_PACKAGED_FILE)
            label = f"{__package__}/{_PACKAGED_FILE}"
            raw = resource.read_text(encoding="utf-8")
        else:
            label = str(path)
            raw = Path(path).read_text(encoding="utf-8")
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{label}: not valid TOML: {exc}") from exc
        return cls(_parse(data, label))

    def get(self, category: str) -> PolicyAnswer | None:
        """The entry of a category code, or None."""
        return self._by_category.get(category)

    def entries(self) -> tuple[PolicyAnswer, ...]:
        """All entries, in file order."""
        return self._entries

    def score(self, text: str, category: str) -> int:
        """How strongly `text` matches the keywords of `category` (0 = not at all)."""
        keywords = self._normalized.get(category)
        return _coverage(normalize(text), keywords) if keywords else 0

    def best_match(self, text: str, hints: Sequence[str] = ()) -> PolicyAnswer:
        """The entry answering `text`: first matching hinted category, else best keyword score, else general."""
        if isinstance(hints, str):
            hints = (hints,)
        norm = normalize(text)
        for hint in hints:
            entry = self._by_category.get(hint)
            if entry is not None and _coverage(norm, self._normalized[hint]) > 0:
                return entry
        best: PolicyAnswer | None = None
        best_key: tuple[int, bool] = (0, False)
        for entry in self._entries:
            score = _coverage(norm, self._normalized[entry.category])
            key = (score, entry.category != GENERAL)  # on a tie a specific entry beats `general`
            if score > 0 and key > best_key:
                best, best_key = entry, key
        return best if best is not None else self._by_category[GENERAL]


def _parse(data: dict[str, Any], label: str) -> list[PolicyAnswer]:
    """Validate the parsed TOML document and build its entries."""
    extra = sorted(set(data) - {"policy"})
    if extra:
        raise ValueError(f"{label}: unknown top-level key {extra[0]!r} (expected only [[policy]] tables)")
    tables = data.get("policy")
    if not isinstance(tables, list) or not tables:
        raise ValueError(f"{label}: no [[policy]] entries")
    entries: list[PolicyAnswer] = []
    seen: set[str] = set()
    for number, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            raise ValueError(f"{label}: policy entry #{number} is not a table")
        category = table.get("category")
        where = f"{label}: policy entry #{number}" + (
            f" (category {category!r})" if isinstance(category, str) and category else ""
        )
        for key in table:
            if key not in _FIELDS:
                raise ValueError(f"{where}: unknown key {key!r} (allowed: {', '.join(_FIELDS)})")
        values: dict[str, Any] = {}
        for key in _FIELDS:
            if key not in table:
                raise ValueError(f"{where}: missing key {key!r}")
            value = table[key]
            if key in _TEXT_FIELDS:
                if not isinstance(value, str):
                    raise ValueError(f"{where}: key {key!r} must be a string")
                value = value.strip()
                if not value:
                    raise ValueError(f"{where}: key {key!r} is empty")
            else:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValueError(f"{where}: key {key!r} must be a list of strings")
                value = tuple(v.strip() for v in value if v.strip())
                if not value:
                    raise ValueError(f"{where}: key {key!r} is empty")
            values[key] = value
        category = values["category"]
        if category not in KNOWN_CATEGORIES:
            allowed = ", ".join((*HELP_CATEGORIES, GENERAL))
            raise ValueError(f"{where}: key 'category' has unknown code {category!r} (allowed: {allowed})")
        if category in seen:
            raise ValueError(f"{where}: key 'category' repeats {category!r}, which already has an entry")
        seen.add(category)
        entries.append(PolicyAnswer(**values))
    if GENERAL not in seen:
        raise ValueError(f"{label}: no entry with category {GENERAL!r} (the fallback answer)")
    return entries
