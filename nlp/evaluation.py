"""Quality figures of a Triager on labelled messages (used by benchmarks/ and tests/).

A labelled row is {"id", "text", "category", "urgent", "town", "role"?, ...}.
Figures: category accuracy, macro-F1 over the categories present in the gold
labels, per-category F1, urgent recall and precision, town accuracy (a None
label must be predicted None) and role accuracy when roles are labelled.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from nlp.triage import CATEGORY_LABELS, Triage, Triager

TARGETS = {"category_accuracy": 0.90, "urgent_recall": 0.97, "urgent_precision": 0.80, "town_accuracy": 0.95}
ROLES = ("resident", "volunteer")


@dataclass(frozen=True)
class Report:
    n: int
    category_accuracy: float
    macro_f1: float
    per_category_f1: dict[str, float]
    urgent_recall: float
    urgent_precision: float
    town_accuracy: float
    role_accuracy: float | None
    errors: list[dict] = field(default_factory=list)

    def below_target(self) -> dict[str, float]:
        """The target figures this report misses (name -> value)."""
        return {k: getattr(self, k) for k, t in TARGETS.items() if getattr(self, k) < t}


def f1(gold: Sequence[str], pred: Sequence[str], label: str) -> float:
    tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
    fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
    fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _wrong(row: dict, t: Triage) -> bool:
    role_wrong = row.get("role") in ROLES and row["role"] != t.reporter
    return (row["category"], bool(row["urgent"]), row.get("town")) != (t.category, t.urgent, t.town) or role_wrong


def evaluate(triager: Triager, rows: Iterable[dict]) -> Report:
    """Classify *rows* and compare with their labels."""
    rows = list(rows)
    results = [triager.classify(r["text"]) for r in rows]
    gold = [r["category"] for r in rows]
    pred = [t.category for t in results]
    order = list(CATEGORY_LABELS)
    labels = sorted(set(gold) | set(pred), key=lambda c: order.index(c) if c in order else len(order))
    per = {c: f1(gold, pred, c) for c in labels}
    present = [c for c in labels if c in gold]
    tp = sum(bool(r["urgent"]) and t.urgent for r, t in zip(rows, results, strict=True))
    roles = [(r["role"], t.reporter) for r, t in zip(rows, results, strict=True) if r.get("role") in ROLES]
    errors = [
        {"id": r.get("id"), "text": r["text"], "gold": [r["category"], r["urgent"], r.get("town"), r.get("role")],
         "pred": [t.category, t.urgent, t.town, t.reporter], "evidence": t.evidence_text()}
        for r, t in zip(rows, results, strict=True) if _wrong(r, t)
    ]
    return Report(
        n=len(rows),
        category_accuracy=_ratio(sum(g == p for g, p in zip(gold, pred, strict=True)), len(rows)),
        macro_f1=sum(per[c] for c in present) / len(present) if present else 0.0,
        per_category_f1=per,
        urgent_recall=_ratio(tp, sum(bool(r["urgent"]) for r in rows)),
        urgent_precision=_ratio(tp, sum(t.urgent for t in results)),
        town_accuracy=_ratio(sum(r.get("town") == t.town for r, t in zip(rows, results, strict=True)), len(rows)),
        role_accuracy=_ratio(sum(g == p for g, p in roles), len(roles)) if roles else None,
        errors=errors,
    )
