"""TF-IDF keywords over our DomainTokenizer, with a domain IDF and stop words.

The formula is jieba.analyse's TF-IDF (a word's weight = its count x its IDF /
the number of counted words; a word missing from the IDF table gets the median
IDF), and the general table is the one jieba ships (jieba/analyse/idf.txt,
computed from news).  We do not import ``jieba.analyse`` itself: its import
alone loads the POS-tagging HMM and parses idf.txt (~0.9 s and ~60 MB, half of
the 2-second start-up budget), and its extractors default to ``jieba.dt``.
Instead the table is parsed once and cached (marshal, by hash), and adapted to
the hotline (lexicon/keywords.toml): letter-writing formulas and function
words are stop words, and every lexicon phrase gets at least ``domain_idf`` so
that the policy and hardship vocabulary ranks first.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from nlp.lexicon import KeywordConfig
from nlp.tokenizer import JIEBA_DIR, DomainTokenizer, digest, read_cache, write_cache

_USEFUL = re.compile(r"[\u4e00-\u9fff]{2,}|[a-z]{3,}")  # Chinese words, or real latin words
_IDF_FILE = JIEBA_DIR / "analyse" / "idf.txt"


def general_idf(cache_dir: Path) -> tuple[dict[str, float], float]:
    """jieba's general IDF table and its median (cached after the first parse)."""
    raw = _IDF_FILE.read_bytes()
    path = cache_dir / f"jieba-idf-{digest(raw)}.marshal"
    cached = read_cache(path)
    if isinstance(cached, tuple) and len(cached) == 2:
        return cached
    idf: dict[str, float] = {}
    for line in raw.decode("utf-8").splitlines():
        word, _, value = line.strip().partition(" ")
        if word and value:
            idf[word] = float(value)
    median = sorted(idf.values())[len(idf) // 2] if idf else 10.0
    write_cache(path, (idf, median))
    return idf, median


class KeywordExtractor:
    """Top TF-IDF keywords of a text, best first."""

    def __init__(self, tokenizer: DomainTokenizer, config: KeywordConfig, domain_terms: Iterable[str],
                 cache_dir: Path) -> None:
        self._tokenizer = tokenizer
        self._config = config
        self._stop = frozenset(config.stop_words)
        self._idf, self._median = general_idf(cache_dir)
        for term in domain_terms:  # our private table: raising domain terms is safe
            self._idf[term] = max(config.domain_idf, self._idf.get(term, 0.0))
        self._idf.update(config.idf)

    def extract(self, text: str) -> tuple[str, ...]:
        """Top keywords of *text* (its first ``max_chars`` characters), best first."""
        counts: dict[str, int] = {}
        # Without the HMM: the words that matter are in the dictionary (ours adds the policy vocabulary and
        # place names); words the HMM would guess are mostly names, which keywords must not show anyway.
        # A quarter of triage's time went to that guessing (benchmarks/triage_speed.py).
        stop, useful = self._stop, _USEFUL.fullmatch
        for word in self._tokenizer.cut(text[: self._config.max_chars], hmm=False):
            # len >= 2 first: a single character never is _USEFUL, and most words are single characters
            if len(word) > 1 and word not in stop and useful(word):
                counts[word] = counts.get(word, 0) + 1
        total = sum(counts.values()) or 1
        idf, median = self._idf, self._median
        ranked = sorted(counts, key=lambda w: -counts[w] * idf.get(w, median) / total)  # stable: first seen wins ties
        return tuple(ranked[: self._config.top_k])
