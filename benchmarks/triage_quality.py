"""Triage quality on labelled JSON lines, and a robustness run over the citizen messages.

Usage:
    python benchmarks/triage_quality.py [FILE.jsonl ...] [--citizen] [--errors N] [--sample N]

Without FILE: tests/data/dev_holdout.jsonl, dev_holdout2.jsonl, dev_holdout3.jsonl and
../shared/data/sample_messages.jsonl
(each skipped with a message when absent).  A labelled line is
{"id","text","category","urgent","town", ...}.  Reported per file: category
accuracy, macro-F1 and per-category F1, urgent recall and precision, town
accuracy (None must be predicted as None), role accuracy when a "role" field
is there (see nlp/evaluation.py).  Targets (issue): category accuracy
>= 0.90, urgent recall >= 0.97 at precision >= 0.80, town accuracy >= 0.95.

--citizen: classify every text of ../shared/data/citizen_messages.jsonl
(unlabelled city-level messages): none may raise; prints the category and
urgency distribution and a sample of what lands outside other/complaint/inquiry.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nlp import Gazetteer, Triager  # noqa: E402
from nlp.evaluation import TARGETS, Report, evaluate  # noqa: E402

SHARED = Path(__file__).parents[1].parent / "shared"
HOLDOUT = REPO / "tests/data/dev_holdout.jsonl"
HOLDOUT2 = REPO / "tests/data/dev_holdout2.jsonl"
HOLDOUT3 = REPO / "tests/data/dev_holdout3.jsonl"
SAMPLE = Path(__file__).parents[1].parent / "shared/data/sample_messages.jsonl"
CITIZEN = SHARED / "data/citizen_messages.jsonl"
# The example gazetteer (same as shared/data/gazetteer.json), used when shared/ is absent.
DEFAULT_GAZETTEER = {
    "district": "蓟州区",
    "towns": {
        "渔阳镇": ["南关村", "北关村", "西北隅社区", "府君山社区"],
        "文昌街道": ["文昌社区", "鼓楼社区", "翠屏社区", "兴华社区"],
        "下营镇": ["常州村", "船舱峪村", "郭家沟村", "青山岭村"],
        "邦均镇": ["邦均村", "南小庄村", "东塔村", "西塔村"],
        "白涧镇": ["白涧村", "辛庄村", "花果峪村", "东营房村"],
        "马伸桥镇": ["马伸桥村", "淋河村", "杨庄村", "龙山村"],
        "上仓镇": ["上仓村", "程家庄村", "小毛庄村", "河西村"],
        "东赵各庄镇": ["东赵各庄村", "西赵各庄村", "杨家峪村", "北擂鼓台村"],
    },
}


def load_gazetteer() -> Gazetteer:
    path = SHARED / "data/gazetteer.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else DEFAULT_GAZETTEER
    return Gazetteer.from_json_dict(data)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def print_report(name: str, rep: Report, show_errors: int) -> None:
    print(f"== {name}: {rep.n} labelled messages")
    for key, target in TARGETS.items():
        value = getattr(rep, key)
        print(f"  {key:<18} {value:.3f}  (target {target:.2f}) {'ok' if value >= target else 'BELOW TARGET'}")
    print(f"  {'macro_f1':<18} {rep.macro_f1:.3f}")
    if rep.role_accuracy is not None:
        print(f"  {'role_accuracy':<18} {rep.role_accuracy:.3f}")
    print("  per-category F1: " + ", ".join(f"{c} {f:.2f}" for c, f in rep.per_category_f1.items()))
    for err in rep.errors[:show_errors]:
        print(f"  ✗ {err['id']} gold={err['gold']} pred={err['pred']} | {err['evidence']} | {err['text'][:90]}")


def citizen_run(triager: Triager, sample: int) -> None:
    if not CITIZEN.exists():
        print(f"-- {CITIZEN} absent: citizen run skipped")
        return
    rows = read_jsonl(CITIZEN)
    cats: Counter[str] = Counter()
    urgent = harm = failed = 0
    elsewhere: list[tuple[str, object]] = []
    for row in rows:
        try:
            t = triager.classify(row["text"])
        except Exception as exc:  # noqa: BLE001 — counted and reported
            failed += 1
            print(f"  RAISED on {row['id']}: {exc!r}")
            continue
        cats[t.category] += 1
        urgent += t.urgent
        harm += t.self_harm
        if t.category not in ("other", "complaint", "inquiry") or t.urgent:
            elsewhere.append((row["id"], t))
    n = len(rows)
    print(f"== citizen messages: {n}, raised: {failed}, urgent: {urgent} ({urgent / n:.1%}), self-harm: {harm}")
    for cat, count in cats.most_common():
        print(f"  {cat:<12} {count:5d}  {count / n:6.1%}")
    main = sum(cats[c] for c in ("other", "complaint", "inquiry"))
    print(f"  other+complaint+inquiry: {main / n:.1%}")
    for msg_id, t in random.Random(7).sample(elsewhere, min(sample, len(elsewhere))):
        print(f"  · {msg_id} {t.category}{' URGENT' if t.urgent else ''} | {t.evidence_text()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--citizen", action="store_true", help="also run the citizen messages")
    parser.add_argument("--errors", type=int, default=0, help="show up to N misclassified lines per file")
    parser.add_argument("--sample", type=int, default=20, help="citizen messages outside the main three to show")
    args = parser.parse_args(argv)
    triager = Triager(load_gazetteer())
    for path in args.files or [HOLDOUT, HOLDOUT2, HOLDOUT3, SAMPLE]:
        if not path.exists():
            print(f"-- {path} absent: skipped")
            continue
        print_report(str(path), evaluate(triager, read_jsonl(path)), args.errors)
    if args.citizen:
        citizen_run(triager, args.sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
