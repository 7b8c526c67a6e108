"""jieba behind our own class: one private tokenizer with the domain dictionary, cached.

Memory and start-up: jieba's prefix dictionary is large (~500k entries), so
exactly one ``jieba.Tokenizer`` is built per Triager, and nothing of ours uses
the module-level ``jieba.dt`` (it is never initialised).  The prefix
dictionary *with our domain words added* is cached as a marshal file named by
the hash of jieba's dictionary and of the domain words, in
``$XDG_CACHE_HOME/hotline-nlp`` (else ``~/.cache/hotline-nlp``, else the temp
dir), so every start after the first only reads that file — with
``marshal.loads`` on the bytes, ~3x faster than jieba's own ``marshal.load``
on a file object.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import string
import tempfile
from collections.abc import Iterable
from math import log
from pathlib import Path

import jieba

JIEBA_DIR = Path(jieba.__file__).parent
# jieba's own block and skip patterns (accurate mode), and its re_eng as a set of characters.
_RE_HAN = jieba.re_han_default
_RE_SKIP = jieba.re_skip_default
_ENG = frozenset(string.ascii_letters + string.digits)
_MEMO_MAX = 200_000  # memoised words (~20 MB at most); a real day's messages use a fraction
_NO_WORD = float("-inf")  # below every real score (all are finite)
_PREFIX = 1.0  # memo marker: a prefix of dictionary words with frequency 0 (a log-probability is <= 0)


def quiet_jieba() -> None:
    """Silence jieba's own logger (it logs to stderr at DEBUG); root logging untouched."""
    jieba.setLogLevel(logging.WARNING)


def default_cache_dir() -> Path:
    """A stable, per-user, writable directory for the caches."""
    for base in (os.environ.get("XDG_CACHE_HOME"), Path.home() / ".cache", tempfile.gettempdir()):
        if not base:
            continue
        path = Path(base) / "hotline-nlp"
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(path, os.W_OK):
            return path
    return Path(tempfile.gettempdir())


def digest(*parts: bytes) -> str:
    """Short content hash used in cache file names."""
    h = hashlib.sha1()
    for part in parts:
        h.update(part)
    return h.hexdigest()[:16]


def read_cache(path: Path) -> object | None:
    """The marshalled value in *path*, or None when absent or unreadable."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_cache(path: Path, value: object) -> None:
    """Write *value* marshalled to *path* atomically; a failure only costs speed."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(value))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


class DomainTokenizer:
    """A private jieba.Tokenizer with our words added; built once, loaded from cache after."""

    def __init__(self, words: Iterable[str], cache_dir: Path | None = None) -> None:
        quiet_jieba()
        self._words = sorted({w for w in words if 2 <= len(w) <= 8})
        self._logp: dict[str, float] = {}  # word -> log(freq) - log(total), for _cut_no_hmm
        self._logp_total = 0
        cache_dir = cache_dir or default_cache_dir()
        self.jieba = jieba.Tokenizer()
        dict_hash = digest((JIEBA_DIR / jieba.DEFAULT_DICT_NAME).read_bytes())
        self.jieba.tmp_dir = str(cache_dir)
        self.jieba.cache_file = f"jieba-base-{dict_hash}.cache"  # jieba's own, first build only
        words_hash = digest(dict_hash.encode(), "\n".join(self._words).encode("utf-8"))
        self.cache_path = cache_dir / f"jieba-hotline-{words_hash}.marshal"
        cached = read_cache(self.cache_path)
        if isinstance(cached, tuple) and len(cached) == 2:
            self.jieba.FREQ, self.jieba.total = cached
            self.jieba.initialized = True
        else:
            self._build()

    def _build(self) -> None:
        self.jieba.initialize()
        for word in self._words:
            self.jieba.add_word(word)  # freq suggested so that the word is kept whole
        write_cache(self.cache_path, (self.jieba.FREQ, self.jieba.total))

    def cut(self, text: str, *, hmm: bool = True) -> list[str]:
        """Segment *text* (accurate mode; with *hmm*, jieba's HMM joins characters the dictionary lacks).

        Without the HMM our own copy of jieba's algorithm runs (``_cut_no_hmm``): same words."""
        if hmm:
            return self.jieba.lcut(text, HMM=True)
        return self._cut_no_hmm(text)

    def _cut_no_hmm(self, text: str) -> list[str]:
        """Exactly ``jieba.Tokenizer.lcut(text, HMM=False)``, about twice as fast.

        jieba builds a DAG dict of every word ending at every position, then a
        route dict by ``max`` over a generator that calls ``log`` for every
        candidate word.  Here one backward loop does both (a position's words
        do not depend on other positions), with ``log(freq) - log(total)``
        memoised per word: the same floats, added in the same order, and ties
        broken as ``max`` over (score, end) tuples breaks them (the later end).
        """
        words: list[str] = []
        for block in _RE_HAN.split(text):
            if not block:
                continue
            if _RE_HAN.match(block):
                self._cut_block(block, words)
            else:
                for piece in _RE_SKIP.split(block):
                    if _RE_SKIP.match(piece):
                        words.append(piece)
                    else:
                        words.extend(piece)
        return words

    def _cut_block(self, s: str, words: list[str]) -> None:
        """jieba's ``__cut_DAG_NO_HMM`` of one block, appending to *words*."""
        tok = self.jieba
        if self._logp_total != tok.total or len(self._logp) > _MEMO_MAX:  # add_word changed it, or too big
            self._logp, self._logp_total = {}, tok.total
        freq, logp, logtotal = tok.FREQ, self._logp, log(tok.total)
        n = len(s)
        score = [0.0] * (n + 1)
        end = list(range(n + 1))
        for k in range(n - 1, -1, -1):
            best, best_end = _NO_WORD, k
            i, frag = k, s[k]
            while True:
                lp = logp.get(frag)
                if lp is None:  # not memoised yet: a dictionary word (or prefix), or nothing
                    f = freq.get(frag)
                    if f is None:
                        break
                    lp = logp[frag] = log(f) - logtotal if f else _PREFIX
                if lp is not _PREFIX:
                    value = lp + score[i + 1]
                    if value >= best:  # ends ascend: ">=" keeps the later end on a tie, as max() does
                        best, best_end = value, i
                i += 1
                if i >= n:
                    break
                frag = s[k:i + 1]
            if best is _NO_WORD:  # no word starts here: the character alone, log(1) - log(total)
                best = -logtotal + score[k + 1]
            score[k], end[k] = best, best_end
        x, buf = 0, ""
        while x < n:
            y = end[x] + 1
            word = s[x:y]
            if y == x + 1 and word in _ENG:
                buf += word
            else:
                if buf:
                    words.append(buf)
                    buf = ""
                words.append(word)
            x = y
        if buf:
            words.append(buf)
