"""CPU cost of the hotline core per update, without Telegram: where the bot's time goes.

Usage:
    python benchmarks/core_cost.py [--residents 200] [--messages 10] [--db sqlite|URL] [--batch 8] [--profile N]

Feeds the texts of benchmarks/throughput.py to the core and marks every reply sent, on a fresh SQLite
file (or a PostgreSQL URL): with --batch N as `hotline run` does (store N fetched updates, then
HotlineCore.handle_many in one transaction; bot/runner.py uses 8), with --batch 0 one update at a
time through HotlineCore.process (store, triage, handle, outbox: one transaction each);
prints ms of CPU per update for the whole and for triage alone in the same run, and with
--profile N the N costliest functions (cProfile, cumulative).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.throughput import MESSAGES  # noqa: E402
from bot.app import build_runtime  # noqa: E402
from handlers.messages import Incoming  # noqa: E402
from storage.crypto import Cipher  # noqa: E402


def incoming_stream(residents: int, messages: int) -> list[Incoming]:
    """Round-robin over residents, as the closed loop interleaves them."""
    now = datetime.now(UTC)
    stream, update_id = [], 1
    for m in range(messages):
        for r in range(residents):
            user = 900_000 + r
            text = MESSAGES[(r + m) % len(MESSAGES)]
            stream.append(Incoming(update_id=update_id, user_id=user, chat_id=user, at=now, name=f"居民{r}", text=text))
            update_id += 1
    return stream


def run(core, stream: list[Incoming], batch: int) -> float:
    start = time.process_time()
    if batch == 0:
        for incoming in stream:
            deliveries = core.process(incoming)
            core.mark_sent_many([d.outbox_id for d in deliveries])
        return time.process_time() - start
    for at in range(0, len(stream), batch):  # as `hotline run` does: store the fetched batch, then handle it
        chunk = stream[at:at + batch]
        core.store(chunk)
        answers = core.handle_many(chunk)
        core.mark_sent_many([d.outbox_id for deliveries in answers for d in deliveries])
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=200)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--db", default="sqlite")
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--batch", type=int, default=8,
                        help="store and handle N updates at a time, as hotline run does (0: process one by one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        url = f"sqlite:///{workdir}/core.db" if args.db == "sqlite" else args.db
        runtime = build_runtime({"HOTLINE_DB": url, "HOTLINE_SECRET_KEY": Cipher.generate_key()})
        core = runtime.core
        stream = incoming_stream(args.residents, args.messages)
        warm = incoming_stream(5, 2)
        for i, incoming in enumerate(warm):  # compile caches, first imports
            core.process(Incoming(**{**incoming.__dict__, "update_id": 10**9 + i, "user_id": 10**8 + i,
                                     "chat_id": 10**8 + i}))
        triage_start = time.process_time()
        for incoming in stream:
            core.services.triager.classify(incoming.text)
        triage_s = time.process_time() - triage_start
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
        total_s = run(core, stream, args.batch)
        if args.profile:
            profiler.disable()
        n = len(stream)
        print(f"updates: {n} ({args.residents} residents x {args.messages}), db: {args.db}")
        print(f"core CPU per update: {1000 * total_s / n:.2f} ms  (triage alone: {1000 * triage_s / n:.2f} ms)")
        if args.profile:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(str(REPO), args.profile)
        runtime.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
