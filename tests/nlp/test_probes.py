"""Hand-written messages of every category (tests/nlp/probes.py) keep their label."""
from __future__ import annotations

import pytest

from tests.nlp.probes import PROBES


@pytest.mark.parametrize(("text", "category", "urgent"), PROBES, ids=[p[0][:12] for p in PROBES])
def test_probe(triager, text, category, urgent):
    t = triager.classify(text)
    assert (t.category, t.urgent) == (category, urgent), t.evidence_text()
