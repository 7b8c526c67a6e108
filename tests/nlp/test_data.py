"""The labelled data keep their promises: held-out rows never leak into the tuning or validation files."""
from __future__ import annotations

from collections import Counter

from nlp.training import LEXICON_FILES, REPO, TUNING_FILES, VALID_FILE
from nlp.training import read_jsonl as _rows
from nlp.triage import CATEGORY_LABELS
from tests.nlp.probes import PROBES

HOLDOUT = REPO / "tests/data/dev_holdout.jsonl"
HOLDOUT2 = REPO / "tests/data/dev_holdout2.jsonl"
HOLDOUT3 = REPO / "tests/data/dev_holdout3.jsonl"


def _trigrams(text: str) -> set[str]:
    return {text[i:i + 3] for i in range(len(text) - 2)}


def test_no_tuning_row_is_a_near_copy_of_a_held_out_row():
    """Half the trigrams shared counts as a copy: the held-out figures must be on unseen wordings."""
    held = [_trigrams(r["text"]) for path in (HOLDOUT, HOLDOUT2, HOLDOUT3) for r in _rows(path)]
    rows_with: dict[str, list[int]] = {}  # trigram -> held-out rows that have it: compare only rows that share one
    for i, h in enumerate(held):
        for g in h:
            rows_with.setdefault(g, []).append(i)
    copies = []
    tuning = [(row["id"], row["text"]) for path in (*TUNING_FILES, *LEXICON_FILES, VALID_FILE) for row in _rows(path)]
    for ident, text in tuning + [(f"probe {text}", text) for text, _, _ in PROBES]:
        grams = _trigrams(text)
        shared = Counter(i for g in grams for i in rows_with.get(g, ()))
        for i, n in shared.items():
            small = min(len(grams), len(held[i]))
            if small > 3 and n >= small / 2:
                copies.append(ident)
    assert copies == []


def test_every_labelled_row_is_well_formed():
    ids = set()
    for path in (*TUNING_FILES, *LEXICON_FILES, VALID_FILE, HOLDOUT, HOLDOUT2, HOLDOUT3):
        for row in _rows(path):
            assert row["category"] in CATEGORY_LABELS and isinstance(row["urgent"], bool), row
            assert row["id"] not in ids, row["id"]
            ids.add(row["id"])
