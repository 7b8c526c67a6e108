"""Reminders at scale: 100,000 open tickets with pending deadlines, then 1,000 reminders due at once.

Usage:
    python benchmarks/reminders_scale.py [--tickets 100000] [--burst 1000] [--pg URL] [--sqlite-only]

PostgreSQL runs too when --pg or HOTLINE_TEST_PG_URL is given (a fresh schema, dropped after).
Per backend it prints:

* seeding: N tickets (a mix of new and accepted, deadlines from tomorrow to a month ahead) with their
  reminder rows (remind / escalate / flag), as the engine plans them;
* start-up of the real bot (`python -m bot run`, bot/launcher.py) against the sandbox, from launch to its
  first getUpdates, on an empty database and on the seeded one; its resident memory (VmRSS) after start
  and its peak (VmHWM) after the burst;
* database statements per reminder: `HotlineCore.fire_reminders` run in this process on `--burst` due
  reminders, every statement counted (an executemany is one), and per message for the outbox flush
  (claim a batch, mark each sent);
* the burst: `--burst` reminders due at the same moment for as many distinct chats, sent by the real bot
  with the sandbox's flood limits on (1 message/s per chat, 30/s overall). Scheduler lateness = due ->
  the reminder's message written to the outbox (its created_at, taken just before the round commits and
  wakes the paced sender; target p99 < 2 s). Delivery = due -> the sandbox's sendMessage, paced at 25/s by bot/pacing.py. Every chat
  must get its reminder exactly once, and no 429 may be lost.
The benchmark configuration makes every hour a working hour (calendar "all", 00:00-24:00), so the burst
is not held until the next working morning.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, event, insert, select, text, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import load_settings  # noqa: E402
from bot.launcher import BotProcess  # noqa: E402
from handlers.context import Services  # noqa: E402
from handlers.core import HotlineCore  # noqa: E402
from sandbox import Sandbox  # noqa: E402
from storage.crypto import Cipher  # noqa: E402
from storage.database import make_engine, migrate, normalize_url  # noqa: E402
from storage.models import OutboxMessage, Person, Reminder, Ticket  # noqa: E402
from storage.unit_of_work import UnitOfWorkFactory  # noqa: E402

CONFIG = '[working_hours]\nstart = "00:00"\nend = "24:00"\ncalendar = "all"\n'
KEY = "sandbox-secret-key"
TOWNS = ["渔阳镇", "文昌街道", "下营镇", "邦均镇", "白涧镇", "马伸桥镇", "上仓镇", "东赵各庄镇"]
BURST_BASE = 3_000_000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def figures(values: list[float]) -> str:
    return f"p50 {pct(values, 0.5):.2f} s, p99 {pct(values, 0.99):.2f} s, max {max(values):.2f} s"


@contextmanager
def database(backend: str, pg_url: str | None, path: Path):
    """A SQLite file at `path`, or a fresh PostgreSQL schema."""
    if backend == "sqlite":
        yield f"sqlite:///{path}"
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(normalize_url(pg_url))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def seed(url: str, tickets: int, burst: int) -> tuple[list[int], float]:
    """Staff, residents, `tickets` open tickets and their reminders; returns the burst tickets' ids."""
    engine = make_engine(url)
    migrate(engine)
    started = time.perf_counter()
    now = datetime.now(UTC)
    rng = random.Random(7)
    with engine.begin() as connection:
        people = [{"telegram_id": 1_000_000 + i, "chat_id": 1_000_000 + i, "name": f"居民{i}", "role": "resident",
                   "unreachable": False, "created_at": now} for i in range(2000)]
        people += [{"telegram_id": 2_000_000 + i, "chat_id": 2_000_000 + i, "name": f"干部{i}", "role": "caseworker",
                    "town": TOWNS[i % 8], "unreachable": False, "created_at": now} for i in range(200)]
        people += [{"telegram_id": BURST_BASE + i, "chat_id": BURST_BASE + i, "name": f"承办{i}",
                    "role": "caseworker", "town": TOWNS[i % 8], "unreachable": False, "created_at": now}
                   for i in range(burst)]
        people += [{"telegram_id": 4_000_000 + i, "chat_id": 4_000_000 + i, "name": f"督办{i}", "role": "supervisor",
                    "unreachable": False, "created_at": now} for i in range(2)]
        connection.execute(insert(Person), people)
        ids = dict(connection.execute(select(Person.telegram_id, Person.id)).all())
        burst_ids: list[int] = []
        for start in range(0, tickets, 5000):
            rows = []
            for n in range(start, min(tickets, start + 5000)):
                due = now + timedelta(days=1 + rng.random() * 30)
                assignee = ids[BURST_BASE + n] if n < burst else (ids[2_000_000 + n % 200] if n % 3 else None)
                rows.append({"reporter_id": ids[1_000_000 + n % 2000], "source": "resident", "category": "housing",
                             "secondary": [], "urgent": False, "state": "accepted" if assignee else "new",
                             "town": TOWNS[n % 8], "keywords": [], "evidence": "", "assignee_id": assignee,
                             "created_at": now, "updated_at": now, "due_at": due,
                             "due_kind": "verify" if assignee else "accept"})
            first = connection.execute(insert(Ticket).returning(Ticket.id, Ticket.due_at, Ticket.due_kind), rows)
            reminders = []
            for number, (ticket_id, due, kind) in enumerate(first.all(), start=start):
                if number < burst:
                    burst_ids.append(ticket_id)
                for what, at in (("remind", due - timedelta(hours=2)), ("escalate", due),
                                 ("flag", due + timedelta(days=3))):
                    reminders.append({"ticket_id": ticket_id, "kind": what, "deadline_kind": kind,
                                      "deadline_at": due, "due_at": at, "status": "pending", "repeat": 0,
                                      "created_at": now})
            connection.execute(insert(Reminder), reminders)
    elapsed = time.perf_counter() - started
    engine.dispose()
    return burst_ids, elapsed


def make_due(url: str, ticket_ids: list[int], at: datetime) -> None:
    """The 'remind' rows of these tickets fall due at `at`."""
    engine = make_engine(url)
    with engine.begin() as connection:
        for start in range(0, len(ticket_ids), 500):
            connection.execute(update(Reminder).where(Reminder.ticket_id.in_(ticket_ids[start:start + 500]),
                                                      Reminder.kind == "remind").values(due_at=at))
    engine.dispose()


def statements_per_reminder(url: str, ticket_ids: list[int], settings) -> tuple[float, float, float]:
    """Fire `len(ticket_ids)` due reminders in this process, counting statements; then flush the outbox."""
    make_due(url, ticket_ids, datetime.now(UTC) - timedelta(seconds=1))
    engine = make_engine(url)
    count = [0]
    event.listen(engine, "before_cursor_execute", lambda *args: count.__setitem__(0, count[0] + 1))
    services = Services(settings=settings, triager=None, knowledge=None, now=lambda: datetime.now(UTC))  # type: ignore[arg-type]
    core = HotlineCore(services, UnitOfWorkFactory(engine, Cipher(KEY), services.now))
    started = time.perf_counter()
    queued = core.fire_reminders()
    fire_seconds = time.perf_counter() - started
    fired = count[0]
    count[0] = 0
    sent = 0
    while True:
        batch = core.due_deliveries(20)
        for delivery in batch:
            core.mark_sent(delivery.outbox_id)
        sent += len(batch)
        if len(batch) < 20:
            break
    flushed = count[0]
    with engine.begin() as connection:  # put the rows back for the bot's own burst
        connection.execute(update(Reminder).where(Reminder.ticket_id.in_(ticket_ids), Reminder.kind == "remind")
                           .values(status="pending", done_at=None, claimed_at=None,
                                   due_at=datetime.now(UTC) + timedelta(days=1)))
        connection.execute(update(OutboxMessage).values(status="sent"))
    engine.dispose()
    assert queued == sent == len(ticket_ids), (queued, sent)
    return fired / queued, flushed / sent, fire_seconds


def memory(pid: int) -> tuple[float, float]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def start_bot(sandbox: Sandbox, url: str, workdir: Path, config: Path) -> tuple[BotProcess, float]:
    bot = BotProcess(token=sandbox.bot_token, api_root=sandbox.api_root, database_url=url, workdir=workdir,
                     config=config, extra_env={"HOTLINE_SECRET_KEY": KEY, "HOTLINE_LOG_LEVEL": "WARNING"})
    polls = sandbox.polls_started()
    started = time.perf_counter()
    bot.start(lambda: sandbox.polls_started() > polls, timeout=300)
    return bot, time.perf_counter() - started


def known_chats(sandbox: Sandbox, count: int) -> None:
    """Chats that have written to the bot (the sandbox refuses others), without 1,000 welcome replies."""
    hub = sandbox._hub  # the benchmark's one peek inside: mark the chats as having written
    for i in range(count):
        sandbox.user(BURST_BASE + i, f"承办{i}")
        hub.chats.add_incoming(BURST_BASE + i, lambda mid: {"message_id": mid, "text": "/start"})


def burst(sandbox: Sandbox, url: str, ticket_ids: list[int], bot: BotProcess) -> None:
    chats = {BURST_BASE + i for i in range(len(ticket_ids))}
    sandbox.faults.flood(per_chat_per_s=1.0, global_per_s=30.0)
    lead = 3.0
    due = datetime.now(UTC) + timedelta(seconds=lead)
    due_on_sandbox = sandbox._hub.clock() + lead
    make_due(url, ticket_ids, due)

    def delivered() -> Counter:
        return Counter(int(str(c.params.get("chat_id"))) for c in sandbox.calls("sendMessage")
                       if c.status == 200 and int(str(c.params.get("chat_id"))) in chats)

    bot.wait_until(lambda: len(delivered()) == len(chats), timeout=60 + len(chats) / 10)
    time.sleep(2)
    calls = [c for c in sandbox.calls("sendMessage") if int(str(c.params.get("chat_id"))) in chats]
    ok = [c for c in calls if c.status == 200]
    late = [c.at - due_on_sandbox for c in ok]
    twice = sum(n - 1 for n in delivered().values())
    engine = make_engine(url)
    with engine.connect() as connection:  # each chat's reminder row in the outbox: written just before commit
        written = connection.execute(select(OutboxMessage.created_at).where(
            OutboxMessage.chat_id.in_(chats), OutboxMessage.created_at >= due - timedelta(seconds=5))).scalars().all()
    engine.dispose()
    lateness = [(moment - due).total_seconds() for moment in written]
    span = max(c.at for c in ok) - min(c.at for c in ok)
    print(f"  scheduler lateness (due -> written to the outbox for the paced sender), {len(lateness)} reminders: "
          f"{figures(lateness)}")
    print(f"  delivery (due -> sendMessage), paced: {figures(late)}; {len(ok)} sent in {span:.1f} s "
          f"= {len(ok) / max(span, 1e-9):.1f}/s; 429 answers: {sum(1 for c in calls if c.status == 429)}")
    print(f"  every chat got its reminder: {len(delivered()) == len(chats)}; sent twice: {twice}")


def run(backend: str, args, settings) -> None:
    print(f"\n== {backend}: {args.tickets:,} open tickets, burst of {args.burst:,} ==")
    with tempfile.TemporaryDirectory(prefix="reminders-scale-") as tmp:
        workdir = Path(tmp)
        config = workdir / "bench.toml"
        config.write_text(CONFIG, encoding="utf-8")
        with database(backend, args.pg, workdir / "empty.db") as empty_url, Sandbox() as sandbox:
            bot, empty_start = start_bot(sandbox, empty_url, workdir, config)
            empty_rss, _ = memory(bot.pid)
            bot.stop()
        with database(backend, args.pg, workdir / "scale.db") as url, Sandbox(history_limit=400_000) as sandbox:
            burst_ids, seeding = seed(url, args.tickets, args.burst)
            print(f"  seeded {args.tickets:,} tickets and {3 * args.tickets:,} reminders in {seeding:.1f} s")
            per_fire, per_send, fire_seconds = statements_per_reminder(url, burst_ids, settings)
            print(f"  statements per reminder: {per_fire:.2f} to fire ({fire_seconds:.2f} s for {args.burst:,}), "
                  f"{per_send:.2f} per message to flush (claim + mark sent)")
            known_chats(sandbox, args.burst)
            bot, start = start_bot(sandbox, url, workdir, config)
            rss, _ = memory(bot.pid)
            print(f"  start-up: {start:.1f} s with {args.tickets:,} open tickets (empty database: {empty_start:.1f} s)")
            print(f"  resident memory after start: {rss:.0f} MB (empty database: {empty_rss:.0f} MB)")
            burst(sandbox, url, burst_ids, bot)
            print(f"  peak resident memory (VmHWM) after the burst: {memory(bot.pid)[1]:.0f} MB")
            bot.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--burst", type=int, default=1_000)
    parser.add_argument("--pg", default=os.environ.get("HOTLINE_TEST_PG_URL"))
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    settings = load_settings()
    from dataclasses import replace

    from handlers.timing import WorkCalendar
    settings = replace(settings, working_hours=WorkCalendar(start="00:00", end="24:00", calendar="all"))
    run("sqlite", args, settings)
    if args.pg and not args.sqlite_only:
        run("postgresql", args, settings)
    elif not args.sqlite_only:
        print("\n(PostgreSQL skipped: give --pg URL or set HOTLINE_TEST_PG_URL)")


if __name__ == "__main__":
    main()
