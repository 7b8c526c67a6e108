"""Triage speed: messages/s against bare jieba segmentation, p99 latency, cold start, memory.

Usage:
    python benchmarks/triage_speed.py [--limit N] [--file citizen_messages.jsonl]

In one run: classify every text of ../shared/data/citizen_messages.jsonl with
a Triager and segment the same texts with ``jieba.lcut`` alone (the module
tokenizer, default dictionary, HMM on: the cheapest thing any keyword
extraction must do), interleaved text by text so that machine load hits both
alike.  Prints messages/s for both and their ratio (target:
triage >= 0.5x bare segmentation), the p50/p99/max time per message, the
time for a 4,096-character message, the RSS after building the Triager, and
the cold start (import + Triager build) measured twice in fresh
subprocesses — the first may build the tokenizer cache, the second must use it
(target < 2 s).
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CITIZEN = REPO.parent / "shared/data/citizen_messages.jsonl"
COLD = (
    "import time, json, sys; t = time.perf_counter(); sys.path.insert(0, {repo!r});"
    "from nlp import Triager, Gazetteer;"
    "Triager(Gazetteer.from_json_dict({gazetteer!r})).classify('测试');"
    "print(time.perf_counter() - t)"
)


def load_gazetteer_dict() -> dict:
    """The shared example gazetteer, or a one-town stand-in when shared/ is absent."""
    path = REPO.parent / "shared/data/gazetteer.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"district": "蓟州区", "towns": {"下营镇": ["常州村"]}}


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc), else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_start() -> list[float]:
    """Seconds for import + build + one classify, in two fresh interpreters."""
    times = []
    for _ in range(2):
        code = COLD.format(repo=str(REPO), gazetteer=load_gazetteer_dict())
        out = subprocess.run([sys.executable, "-c", code],
                             capture_output=True, text=True, check=True, cwd=REPO)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=CITIZEN)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N messages")
    args = parser.parse_args(argv)
    if not args.file.exists():
        print(f"-- {args.file} absent: speed run skipped")
        return 0
    cold = cold_start()
    print(f"cold start (import + Triager build + 1 classify, fresh process): first {cold[0]:.2f} s, "
          f"second {cold[1]:.2f} s (target < 2 s)")

    sys.path.insert(0, str(REPO))
    import jieba  # noqa: E402

    from nlp import Gazetteer, Triager  # noqa: E402

    with args.file.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    texts = texts[: args.limit] if args.limit else texts
    before = rss_mb()
    triager = Triager(Gazetteer.from_json_dict(load_gazetteer_dict()))
    print(f"RSS: {before:.0f} MB before building the Triager, {rss_mb():.0f} MB after")

    jieba.setLogLevel(60)
    jieba.lcut("预热")  # loads jieba's module tokenizer (its cache) outside the timing
    # Interleaved (triage, then bare segmentation, of each text in turn) so that a
    # busy machine slows both sides alike and the ratio stays meaningful.
    per: list[float] = []
    jieba_s = 0.0
    for text in texts:
        t0 = time.perf_counter()
        triager.classify(text)
        t1 = time.perf_counter()
        jieba.lcut(text)
        jieba_s += time.perf_counter() - t1
        per.append(t1 - t0)
    triage_s = sum(per)

    n, chars = len(texts), sum(map(len, texts))
    q = statistics.quantiles(per, n=100)
    print(f"messages: {n}, mean {chars / n:.0f} chars, max {max(map(len, texts))} chars")
    print(f"triage:      {n / triage_s:8.1f} msg/s  ({triage_s:.2f} s)")
    print(f"jieba.lcut:  {n / jieba_s:8.1f} msg/s  ({jieba_s:.2f} s)")
    print(f"ratio triage/jieba: {jieba_s / triage_s:.2f}x (target >= 0.5x)")
    print(f"per message: p50 {q[49] * 1000:.2f} ms, p99 {q[98] * 1000:.2f} ms, max {max(per) * 1000:.2f} ms")
    long_text = ("".join(texts))[:4096]
    t0 = time.perf_counter()
    triager.classify(long_text)
    print(f"one 4,096-character message: {(time.perf_counter() - t0) * 1000:.1f} ms")
    print(f"RSS at the end (jieba's module tokenizer now loaded too): {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
