"""Typed views of roles.toml and keywords.toml (the non-scoring lexicons)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class RoleLexicon:
    roles: tuple[str, ...]
    self_markers: tuple[str, ...]
    self_gap: int
    report_verbs: tuple[str, ...]
    byline_chars: int
    third_person: tuple[str, ...]
    role_acts: tuple[str, ...] = ()
    report_marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeywordConfig:
    top_k: int
    domain_idf: float
    max_chars: int
    vocabulary: tuple[str, ...]
    idf: Mapping[str, float]
    stop_words: frozenset[str]


def role_lexicon(doc: dict[str, Any]) -> RoleLexicon:
    """RoleLexicon from the parsed roles.toml."""
    return RoleLexicon(
        roles=tuple(doc["roles"]),
        self_markers=tuple(doc["self_markers"]),
        self_gap=int(doc["self_gap"]),
        report_verbs=tuple(doc["report_verbs"]),
        byline_chars=int(doc["byline_chars"]),
        third_person=tuple(doc["third_person"]),
        role_acts=tuple(doc.get("role_acts", ())),
        report_marks=tuple(doc.get("report_marks", ())),
    )


def keyword_config(doc: dict[str, Any]) -> KeywordConfig:
    """KeywordConfig from the parsed keywords.toml."""
    return KeywordConfig(
        top_k=int(doc["top_k"]),
        domain_idf=float(doc["domain_idf"]),
        max_chars=int(doc["max_chars"]),
        vocabulary=tuple(doc["vocabulary"]),
        idf=MappingProxyType({k: float(v) for k, v in doc.get("idf", {}).items()}),
        stop_words=frozenset(doc["stop"]["stop_words"]),
    )
