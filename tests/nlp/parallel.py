"""Triage many texts on every core: the metamorphic checks (test_invariance.py) read about 400,000 edited messages.

On one core they took five of the suite's nine minutes.  Each worker builds its own Triager on the test gazetteer
(a second or so from jieba's cache) and answers, for a chunk of texts, which ones it finds urgent.  The workers
are spawned, not forked: a fork would copy whatever locks the test process's other threads hold.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence

_CHUNK = 500
_triager = None  # a worker's own


def _build() -> None:
    global _triager
    from nlp.places import Gazetteer
    from nlp.triage import Triager
    from tests.nlp.conftest import GAZETTEER
    _triager = Triager(Gazetteer.from_json_dict(GAZETTEER))
    # The checks read urgency only.  Keywords, a jieba pass over the text, are 40% of triage's time and are computed
    # after every decision, from the cleaned text alone (nlp/triage.py ``_classify``): a worker leaves them out.
    _triager._keywords.extract = lambda clean: ()


def _urgency(texts: list[str]) -> list[bool]:
    return [_triager.classify(t).urgent for t in texts]


class UrgencyPool:
    """``pool.urgent(texts)``: the urgency triage gives each text, in order, read by all workers at once."""

    def __init__(self, workers: int | None = None) -> None:
        workers = workers or min(os.cpu_count() or 1, 4)  # each worker holds a Triager (about 350 MB)
        self._pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_build)

    def urgent(self, texts: Sequence[str]) -> list[bool]:
        chunks = [list(texts[i:i + _CHUNK]) for i in range(0, len(texts), _CHUNK)]
        return [flag for chunk in self._pool.map(_urgency, chunks) for flag in chunk]

    def read_as(self, urgent: bool, texts: Sequence[str]) -> list[str]:
        """The texts that triage finds urgent (or calm: ``urgent=False``)."""
        return [t for t, flag in zip(texts, self.urgent(texts), strict=True) if flag is urgent]

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()
