"""Throughput, latency, memory and cold start of the real hotline bot, against a bare echo bot.

Usage:
    python benchmarks/throughput.py [--framework ptb|aiogram|both] [--db sqlite|URL] [--quick]
                                    [--sweep none|echo|all] [--residents N] [--messages N]
                                    [--latency-residents N]

Everything goes through the project's Telegram-compatible sandbox (sandbox/) to real processes:
the hotline bot is `python -m bot run --framework X` (bot/launcher.py BotProcess) on a fresh SQLite
file in a temporary directory (or, with --db URL, a fresh PostgreSQL schema that is dropped after);
the ceiling is `python -m sandbox.echo_bot --framework X`, a bare echo bot of the same framework with
the same concurrency bound (4), each on its own sandbox, one after the other in the same run.

What is measured, per framework:

* saturation: R residents (default 200), each sending its next message as soon as the previous one
  is answered, M messages each (default 10) -> updates/s = R*M / (last answer - first send), for the
  hotline and for the echo bot, and their ratio (target >= 0.5).
* latency below saturation: 20 residents the same way -> reply latency p50/p95/p99 (target p95 < 200 ms).
  With no pause between an answer and the next message this is still a closed loop that keeps the bot
  busy whenever it is slower than 20 / 0.2 s = 100 updates/s (Little's law: latency = residents / rate),
  so a second run adds a pause of 0.5-1.5 s (as a person reads and types) to show the latency a
  resident sees when the bot is not saturated.
* the hotline's peak resident memory, VmHWM of /proc/PID/status summed over `hotline run` and the
  core process it starts (bot/core_process.py; a sum of peaks, so an upper bound; target < 350 MB),
  read after all its runs, and the cold start: from launching `hotline run` (a message is already
  waiting in the sandbox) to the bot's first answer.  Bot CPU is summed over both processes too;
  --core inline measures the hotline in one process.
* the concurrency bound swept over 1, 4, 16 and 256 ("unbounded"): the echo bot through
  --concurrency, the hotline through HOTLINE_CONCURRENCY (python-telegram-bot: concurrent_updates;
  aiogram: tasks_concurrency_limit).  --sweep echo (default) sweeps the echo bots, --sweep all also the
  hotline (one fresh bot and database per bound), --sweep none skips it.

How an answer is counted.  Latency is from just before the driver queues the update to the moment
the sandbox server receives the bot's first sendMessage to that chat (taken in the server thread, by
a sb.on_bot_message listener).  The hotline sometimes sends two messages for one update (the ticket
and the town question; "became urgent" and "added to ticket"): the resident does not send its next
message until the whole answer has arrived.  The driver knows how many messages to wait for because it
classifies its own fixed texts once with the bot's triager (nlp.Triager on the configured gazetteer)
and follows each resident's ticket state (open? urgent?), with the rules of handlers/resident.py:
first words -> ticket (+ town question when no town; out-of-scope or policy answer -> 1 message);
later words -> "added to ticket" (+ "became urgent" when it turns urgent); + the crisis text on
self-harm.  The rest of an answer is awaited for at most 30 s after its first message (the bot sends
them one after the other); a message found waiting before the next send, or still queued 1 s after
the run, counts as "unexpected".  Non-zero "unexpected" or "short answers" counts mean the prediction
no longer matches the bot's rules (they are printed, with the bot's log).  A resident's second message
joins their open ticket: that is the real behaviour.

The driver (one asyncio loop in the main thread; the sandbox server is an aiohttp loop in a thread of
the same process) is checked not to be the bottleneck: the echo bot's figure is its ceiling, and the
CPU used by the driver process and by the bot process during each run is printed (2 cores: a process
at ~100 % of one core is saturated, its GIL being the limit).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import itertools
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.launcher import BotProcess  # noqa: E402
from sandbox import Sandbox  # noqa: E402
from sandbox.models import BotMessage  # noqa: E402

TARGETS = {"ratio": 0.5, "p95_ms": 200.0, "vmhwm_mb": 350.0}
BOUNDS = (1, 4, 16, 256)
DEFAULT_BOUND = 4
REPLY_TIMEOUT = 60.0
REST_TIMEOUT = 30.0  # the rest of an answer follows its first message (sent one after the other)
PAUSE = 1.0  # seconds a resident of the paced latency run waits (x 0.5 to 1.5) before the next message
START_TIMEOUT = 120.0

# Residents' messages: short, plain, asking for help; half name a town of the default gazetteer.
MESSAGES = (
    "我是下营镇常州村的，家里房子漏雨了，屋顶一直往下滴水",
    "家里房子漏雨好几天了，墙上裂了好大的缝",
    "邦均镇西塔村，我老伴住院了，医药费实在交不起",
    "我得了癌症，化疗的钱实在拿不出来了",
    "我住渔阳镇南关村，一个人过日子，没有收入，想申请低保",
    "我一个人带孙子，没有收入，吃饭都成问题",
    "白涧镇辛庄村的，孩子上学的学费凑不齐，能帮帮我们吗",
    "老伴瘫痪在床，我腿也摔了，家里没人照顾",
    "马伸桥镇杨庄村，家里着火烧了两间房，现在没地方住",
    "孩子考上大学了，学费还差一万多，求帮助",
    "上仓镇程家庄村，我失业半年了，家里快揭不开锅了",
    "我原来是低保户，最近低保停了，生活没着落了",
    "文昌街道鼓楼社区，我是残疾人，轮椅坏了出不了门",
    "家里好几个月交不起电费，被停电了",
    "东赵各庄镇杨家峪村，老人八十多了没人照顾，儿女都在外地",
    "我腿脚不方便，想申请残疾人补贴，家里实在困难",
    "下营镇郭家沟村，冬天取暖的煤买不起，家里太冷了",
    "住的房子快塌了，下雨天不敢在屋里睡",
    "邦均镇南小庄村，丈夫去世了，我带两个孩子生活很困难",
    "爸爸突发脑梗住院，家里积蓄都花光了",
)
PROBE = MESSAGES[0]
_user_ids = itertools.count(700_000)


# ---------------------------------------------------------------- how many messages answer an update

@dataclass
class ResidentState:
    """What the bot knows of a resident that changes how many messages it answers with."""

    open_ticket: bool = False
    urgent: bool = False


class AnswerModel:
    """Predicts how many messages answer a text: the echo bot always 1, the hotline by its rules."""

    def __init__(self, hotline: bool) -> None:
        self.hotline = hotline
        self._triage: dict[str, object] = {}
        if hotline:
            from bot.config import load_settings
            from handlers.tickets import NO_TICKET_CATEGORIES
            from nlp.places import Gazetteer
            from nlp.triage import Triager

            settings = load_settings(os.environ.get("HOTLINE_CONFIG") or None)
            triager = Triager(Gazetteer(district=settings.district, towns=settings.towns))
            self._no_ticket = NO_TICKET_CATEGORIES
            self._triage = {text: triager.classify(text) for text in MESSAGES}

    def expect(self, state: ResidentState, text: str) -> int:
        """Messages the bot will send for `text`; updates `state` as the bot would."""
        if not self.hotline:
            return 1
        triage = self._triage[text]
        crisis = 1 if triage.self_harm else 0
        if state.open_ticket:
            turned_urgent = triage.urgent and not state.urgent
            state.urgent = state.urgent or triage.urgent
            return crisis + (1 if turned_urgent else 0) + 1
        if triage.urgent or triage.category not in self._no_ticket:
            state.open_ticket, state.urgent = True, triage.urgent
            return crisis + 1 + (1 if triage.town is None else 0)
        return 1  # a policy answer or "not ours, call 12345"

    def describe(self) -> str:
        if not self.hotline:
            return ""
        towns = sum(1 for t in self._triage.values() if t.town)
        urgent = sum(1 for t in self._triage.values() if t.urgent)
        other = sum(1 for t in self._triage.values() if t.category in self._no_ticket and not t.urgent)
        return (f"{len(MESSAGES)} texts: {towns} name a town, {urgent} urgent, {other} not a ticket on "
                f"their own (joins the ticket when one is open)")


@functools.cache
def answer_model(hotline: bool) -> AnswerModel:
    return AnswerModel(hotline)


# ---------------------------------------------------------------- the driver

class Inboxes:
    """Bot sends, stamped in the sandbox server thread, routed to the driver loop per chat."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queues: dict[int, asyncio.Queue[tuple[float, BotMessage]]] = {}

    def add(self, chat_id: int) -> asyncio.Queue[tuple[float, BotMessage]]:
        queue: asyncio.Queue[tuple[float, BotMessage]] = asyncio.Queue()
        self.queues[chat_id] = queue
        return queue

    def __call__(self, message: BotMessage) -> None:  # in the sandbox server thread
        stamp = time.perf_counter()
        if message.edited or message.deleted:
            return
        queue = self.queues.get(message.chat_id)
        if queue is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(queue.put_nowait, (stamp, message))


@dataclass
class RunResult:
    """One closed-loop run: residents x messages."""

    residents: int
    messages: int
    seconds: float
    latencies: list[float]
    answered: int
    failed: int = 0
    extra: int = 0
    short: int = 0
    bot_cpu: float = 0.0
    driver_cpu: float = 0.0
    other_cpu: float = 0.0
    errors: list[str] = field(default_factory=list)
    complete: list[float] = field(default_factory=list)  # to the last message of each answer

    @property
    def rate(self) -> float:
        return self.answered / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_ms(self) -> float:
        """The bot's CPU time per answered update, in ms (less sensitive to a busy machine than the rate)."""
        return 1000 * self.bot_cpu * self.seconds / self.answered if self.answered else math.nan

    def pct(self, q: float, *, complete: bool = False) -> float:
        """Nearest-rank percentile of the latencies (to the first message, or to the last), in ms."""
        values = self.complete if complete else self.latencies
        if not values:
            return math.nan
        ordered = sorted(values)
        return 1000 * ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def process_tree(pid: int) -> list[int]:
    """The process and its descendants (the hotline bot is two: Telegram side and core process)."""
    pids, index = [pid], 0
    while index < len(pids):
        try:
            children = Path(f"/proc/{pids[index]}/task/{pids[index]}/children").read_text().split()
        except OSError:
            children = []
        pids += [int(child) for child in children]
        index += 1
    return pids


def proc_cpu_seconds(pid: int) -> float:
    """utime + stime of a process and its live descendants, from /proc/PID/stat."""
    total = 0.0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            if member == pid:
                return math.nan
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def machine_busy_seconds() -> float:
    """CPU seconds all processes have used since boot (every core), from /proc/stat."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def proc_status_kb(pid: int, key: str) -> int | None:
    """A /proc/PID/status figure summed over the process and its descendants (VmHWM: a sum of peaks,
    an upper bound of the peak of the whole)."""
    total = None
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith(key + ":"):
                    total = (total or 0) + int(line.split()[1])
        except OSError:
            continue
    return total


async def closed_loop(sandbox: Sandbox, inboxes: Inboxes, model: AnswerModel, pid: int,
                      residents: int, messages: int, alive: Callable[[], bool], pause: float = 0.0) -> RunResult:
    """R residents, each sending its next message when the whole answer to the previous one came
    (and, with `pause`, after a further 0.5 to 1.5 x pause seconds, as a person reads and types; the
    first messages then start spread over `pause` seconds too)."""
    jitter = random.Random(residents * 1000 + messages)
    people = []
    for index in range(residents):
        user = sandbox.user(next(_user_ids), f"居民{index}")
        people.append((user, inboxes.add(user.id), index))
    latencies: list[float] = []
    complete: list[float] = []
    errors: list[str] = []
    done = [0.0]
    answered = [0]
    stray = [0, 0]  # messages nobody waited for; answers shorter than predicted

    async def resident(user, queue, index: int) -> None:
        state = ResidentState()
        if pause > 0:  # independent people: not all at the same moment
            await asyncio.sleep(pause * jitter.uniform(0.0, 1.0))
        for turn in range(messages):
            text = MESSAGES[(index * 7 + turn) % len(MESSAGES)]
            expected = model.expect(state, text)
            while not queue.empty():  # arrived after the answer was complete: not predicted
                queue.get_nowait()
                stray[0] += 1
            sent = time.perf_counter()
            user.send(text)
            try:
                first, _ = await asyncio.wait_for(queue.get(), REPLY_TIMEOUT)
            except TimeoutError:
                errors.append(f"resident {index} turn {turn}: no answer in {REPLY_TIMEOUT:.0f}s")
                return
            last = first
            for _ in range(expected - 1):
                try:
                    last, _ = await asyncio.wait_for(queue.get(), REST_TIMEOUT)
                except TimeoutError:  # fewer messages than predicted: go on, and say so
                    stray[1] += 1
                    break
            latencies.append(first - sent)
            complete.append(last - sent)
            answered[0] += 1
            done[0] = max(done[0], last)
            if pause > 0 and turn < messages - 1:
                await asyncio.sleep(pause * jitter.uniform(0.5, 1.5))

    async def watchdog() -> None:
        while alive():
            await asyncio.sleep(0.5)
        raise RuntimeError("the bot process exited during the run")

    cpu_bot, cpu_driver, cpu_all = proc_cpu_seconds(pid), time.process_time(), machine_busy_seconds()
    started = time.perf_counter()
    everyone = asyncio.gather(*(resident(u, q, i) for u, q, i in people))
    guard = asyncio.ensure_future(watchdog())
    await asyncio.wait({everyone, guard}, return_when=asyncio.FIRST_COMPLETED)
    if not everyone.done():
        everyone.cancel()
        await asyncio.gather(everyone, return_exceptions=True)
        guard.result()  # raises: the bot died
    guard.cancel()
    everyone.result()
    finished = done[0] or time.perf_counter()
    wall = finished - started
    cpu_bot, cpu_driver = proc_cpu_seconds(pid) - cpu_bot, time.process_time() - cpu_driver
    cpu_other = max(0.0, machine_busy_seconds() - cpu_all - cpu_bot - cpu_driver)
    await asyncio.sleep(1.0)  # anything arriving now was not predicted
    extra = stray[0] + sum(q.qsize() for _, q, _ in people)
    for user, _, _ in people:
        inboxes.queues.pop(user.id, None)
    return RunResult(residents, messages, wall, latencies, answered[0], residents * messages - answered[0],
                     extra, stray[1], cpu_bot / wall, cpu_driver / wall, cpu_other / wall, errors, complete)


async def cold_start(sandbox: Sandbox, inboxes: Inboxes, model: AnswerModel,
                     launch: Callable[[], subprocess.Popen]) -> tuple[float, subprocess.Popen]:
    """Queue one resident message, launch the bot, time its first answer (then let the answer finish)."""
    user = sandbox.user(next(_user_ids), "冷启动")
    queue = inboxes.add(user.id)
    expected = model.expect(ResidentState(), PROBE)
    user.send(PROBE)
    started = time.perf_counter()
    process = launch()
    deadline = started + START_TIMEOUT
    while True:
        try:
            first, _ = await asyncio.wait_for(queue.get(), 0.2)
            break
        except TimeoutError:
            if process.poll() is not None:
                raise RuntimeError(f"bot exited with {process.returncode} before answering") from None
            if time.perf_counter() > deadline:
                raise RuntimeError(f"no answer {START_TIMEOUT:.0f}s after the start") from None
    for _ in range(expected - 1):
        await asyncio.wait_for(queue.get(), REPLY_TIMEOUT)
    inboxes.queues.pop(user.id, None)
    return first - started, process


# ---------------------------------------------------------------- the bots

@contextmanager
def fresh_database(spec: str, workdir: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file in workdir, or a new schema of a PostgreSQL URL."""
    if spec == "sqlite":
        yield f"sqlite:///{workdir / 'hotline.db'}"
        return
    if spec.startswith("sqlite"):
        raise SystemExit("--db: give 'sqlite' (a fresh file per run) or a PostgreSQL URL")
    from sqlalchemy import create_engine, text

    from storage.database import normalize_url

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalize_url(spec))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in spec else "?"
    try:
        yield f"{spec}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@dataclass
class BotFigures:
    """Everything measured of one bot process."""

    kind: str
    framework: str
    bound: int
    cold_start: float = math.nan
    latency: RunResult | None = None
    paced: RunResult | None = None
    saturation: RunResult | None = None
    vmhwm_mb: float = math.nan
    rss_mb: float = math.nan
    log_tail: str = ""


async def measure_bot(kind: str, framework: str, bound: int, db: str, residents: int, messages: int,
                      latency_residents: int, latency_messages: int, *, core: str = "process",
                      with_latency: bool = True) -> BotFigures:
    """Start a fresh sandbox and bot, cold start, latency run, saturation run, peak memory; stop."""
    figures = BotFigures(kind, framework, bound)
    model = answer_model(kind == "hotline")
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-{framework}-") as folder, \
            Sandbox() as sandbox, fresh_database(db, Path(folder)) as url:
        workdir = Path(folder)
        inboxes = Inboxes(loop)
        unsubscribe = sandbox.on_bot_message(inboxes)
        holder: dict[str, object] = {}

        def launch() -> subprocess.Popen:
            if kind == "hotline":
                bot = BotProcess(token=sandbox.bot_token, api_root=sandbox.api_root, database_url=url,
                                 workdir=workdir, framework=framework,
                                 extra_env={"HOTLINE_CONCURRENCY": str(bound), "HOTLINE_LOG_LEVEL": "WARNING",
                                            "HOTLINE_CORE": core})
                bot.start()
                holder["bot"] = bot
                return bot.process  # type: ignore[return-value]
            log = (workdir / "echo.log").open("ab")
            env = {**os.environ, "HOTLINE_TOKEN": sandbox.bot_token, "HOTLINE_TELEGRAM_API": sandbox.api_root}
            process = subprocess.Popen(
                [sys.executable, "-m", "sandbox.echo_bot", "--framework", framework, "--concurrency", str(bound)],
                cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
            log.close()
            holder["echo"] = process
            return process

        process: subprocess.Popen | None = None
        try:
            figures.cold_start, process = await cold_start(sandbox, inboxes, model, launch)
            pid = process.pid

            def alive() -> bool:
                return process.poll() is None

            if with_latency:
                # A short warm-up (jieba, SQLAlchemy compiled statements, connections) before figures count.
                await closed_loop(sandbox, inboxes, model, pid, min(20, latency_residents), 2, alive)
                figures.latency = await closed_loop(sandbox, inboxes, model, pid, latency_residents,
                                                    latency_messages, alive)
                figures.paced = await closed_loop(sandbox, inboxes, model, pid, latency_residents,
                                                  latency_messages, alive, pause=PAUSE)
            figures.saturation = await closed_loop(sandbox, inboxes, model, pid, residents, messages, alive)
            figures.vmhwm_mb = (proc_status_kb(pid, "VmHWM") or 0) / 1024
            figures.rss_mb = (proc_status_kb(pid, "VmRSS") or 0) / 1024
        except (RuntimeError, TimeoutError) as error:
            log_file = workdir / ("echo.log" if kind == "echo" else f"bot-{framework}.log")
            tail = log_file.read_text(errors="replace")[-3000:] if log_file.exists() else ""
            raise RuntimeError(f"{kind} bot ({framework}, bound {bound}): {error}\n--- its log ---\n{tail}") from error
        finally:
            unsubscribe()
            if "bot" in holder:
                bot = holder["bot"]
                bot.stop()  # type: ignore[attr-defined]
                figures.log_tail = bot.logs()[-2000:]  # type: ignore[attr-defined]
            elif process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
            if kind != "hotline" and (workdir / "echo.log").exists():
                figures.log_tail = (workdir / "echo.log").read_text(errors="replace")[-2000:]
    return figures


# ---------------------------------------------------------------- printing

def fmt(value: float, spec: str = ".0f") -> str:
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else format(value, spec)


def check(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def run_line(label: str, run: RunResult | None) -> str:
    if run is None:
        return f"  {label:<30} —"
    problems = ""
    if run.failed or run.extra or run.short:
        problems = f"  !! {run.failed} unanswered, {run.extra} unexpected, {run.short} short answers"
    return (f"  {label:<30}{run.rate:>8.1f}/s {run.pct(50):>7.1f} {run.pct(95):>7.1f} {run.pct(99):>7.1f} "
            f"{run.seconds:>7.2f}s {100 * run.bot_cpu:>5.0f}% {run.cpu_ms:>7.2f} {100 * run.driver_cpu:>5.0f}% "
            f"{100 * run.other_cpu:>5.0f}%{problems}")


def print_framework(framework: str, echo: BotFigures, hotline: BotFigures) -> list[str]:
    """The table for one framework; returns the missed targets."""
    missed = []
    print(f"\n=== {framework}: hotline bot vs bare echo bot (concurrency bound {echo.bound}) ===")
    print(f"  {'run':<30}{'rate':>10} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'wall':>8} "
          f"{'bot':>6} {'ms/upd':>7} {'drv':>6} {'other':>6}")
    print("  (rate = updates/s; bot, drv, other = CPU of the bot process, of this driver and sandbox, of anything "
          "else on the machine, in % of one core; ms/upd = bot CPU per update)")
    for label, figures in (("echo", echo), ("hotline", hotline)):
        lat, sat, paced = figures.latency, figures.saturation, figures.paced
        print(run_line(f"{label} latency {lat.residents}x{lat.messages}" if lat else f"{label} latency", lat))
        print(run_line(f"{label} latency {paced.residents}x{paced.messages} {PAUSE:g}s pause" if paced
                       else f"{label} latency paused", paced))
        print(run_line(f"{label} saturation {sat.residents}x{sat.messages}" if sat else f"{label} saturation",
                       sat))
    ratio = hotline.saturation.rate / echo.saturation.rate if echo.saturation and echo.saturation.rate else math.nan
    p95 = hotline.latency.pct(95) if hotline.latency else math.nan
    paced95 = hotline.paced.pct(95) if hotline.paced else math.nan
    print(f"  saturation ratio hotline/echo      {fmt(ratio, '.2f'):>8}   target >= {TARGETS['ratio']}   "
          f"{check(ratio >= TARGETS['ratio'])}")
    print(f"  hotline latency p95                {fmt(p95, '.1f'):>8} ms   target < {TARGETS['p95_ms']:.0f} ms  "
          f"{check(p95 < TARGETS['p95_ms'])}")
    print(f"  hotline latency p95, {PAUSE:g} s pauses    {fmt(paced95, '.1f'):>8} ms   target < {TARGETS['p95_ms']:.0f} ms  "
          f"{check(paced95 < TARGETS['p95_ms'])}")
    if hotline.latency and hotline.paced:
        print(f"  hotline to the last message of an answer, p95: {hotline.latency.pct(95, complete=True):.1f} ms, "
              f"with pauses {hotline.paced.pct(95, complete=True):.1f} ms")
    print(f"  hotline peak memory (VmHWM)        {fmt(hotline.vmhwm_mb, '.0f'):>8} MB   target < "
          f"{TARGETS['vmhwm_mb']:.0f} MB  {check(hotline.vmhwm_mb < TARGETS['vmhwm_mb'])}   "
          f"(VmRSS at the end {fmt(hotline.rss_mb, '.0f')} MB; echo bot {fmt(echo.vmhwm_mb, '.0f')} MB)")
    print(f"  cold start to first answer         {fmt(hotline.cold_start, '.2f'):>8} s    "
          f"(echo bot {fmt(echo.cold_start, '.2f')} s)")
    if not ratio >= TARGETS["ratio"]:
        missed.append(f"{framework}: throughput ratio {ratio:.2f}")
    if not p95 < TARGETS["p95_ms"]:
        missed.append(f"{framework}: p95 {p95:.0f} ms")
    if not hotline.vmhwm_mb < TARGETS["vmhwm_mb"]:
        missed.append(f"{framework}: VmHWM {hotline.vmhwm_mb:.0f} MB")
    for figures in (echo, hotline):
        report_errors(figures, (figures.latency, figures.paced, figures.saturation))
    return missed


def report_errors(figures: BotFigures, runs) -> None:
    """A resident left waiting: the bot failed, or answered with another number of messages than predicted."""
    for run in runs:
        if run and (run.errors or run.extra or run.short):
            first = run.errors[0] if run.errors else "-"
            print(f"  !! {figures.kind} ({figures.framework}, bound {figures.bound}): {len(run.errors)} residents "
                  f"stopped waiting, {run.extra} unexpected messages, {run.short} answers shorter than predicted; "
                  f"first: {first}")
            print("     (a wrong count means the answer rules changed: see AnswerModel; or the code changed "
                  "under the run)")
            if figures.log_tail.strip():
                print("     bot log tail:\n" + "\n".join("       " + line for line in figures.log_tail.splitlines()[-15:]))


def print_sweep(framework: str, rows: dict[str, dict[int, BotFigures]]) -> None:
    print(f"\n=== {framework}: concurrency bound sweep (saturation: updates/s and bot CPU ms/update) ===")
    print(f"  {'bot':<10}" + "".join(f"{'bound ' + str(b):>14}" for b in BOUNDS) + "   (256 = unbounded)")
    for kind, by_bound in rows.items():
        cells = []
        for bound in BOUNDS:
            run = by_bound[bound].saturation if bound in by_bound else None
            cells.append(f"{run.rate:>7.1f}/s {run.cpu_ms:>5.1f}" if run else f"{'—':>14}")
        print(f"  {kind:<10}" + "".join(cells))
        best = max((b for b in by_bound if by_bound[b].saturation), default=None,
                   key=lambda b: by_bound[b].saturation.rate)
        if best is not None and 256 in by_bound and by_bound[256].saturation:
            slow = by_bound[best].saturation.rate / max(by_bound[256].saturation.rate, 1e-9)
            print(f"  {'':<10}best bound {best}; unbounded is {slow:.2f}x slower than the best")
        for bound in BOUNDS:
            if bound in by_bound:
                report_errors(by_bound[bound], (by_bound[bound].saturation,))


# ---------------------------------------------------------------- main

def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gb() -> float:
    try:
        return int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        return math.nan


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def package_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("python-telegram-bot", "aiogram", "httpx", "aiohttp", "SQLAlchemy", "sniffio"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--framework", choices=("ptb", "aiogram", "both"), default="both")
    parser.add_argument("--db", default="sqlite", help="'sqlite' (fresh temp file per bot) or a PostgreSQL URL "
                                                       "(a fresh schema per bot, dropped after)")
    parser.add_argument("--quick", action="store_true", help="50x5 saturation, 10x5 latency, echo sweep only")
    parser.add_argument("--sweep", choices=("none", "echo", "all"), default=None,
                        help="concurrency bounds 1/4/16/256: none, the echo bot (default), or echo and hotline")
    parser.add_argument("--residents", type=int, default=None, help="saturation residents (default 200)")
    parser.add_argument("--messages", type=int, default=None, help="messages per resident (default 10)")
    parser.add_argument("--latency-residents", type=int, default=None, help="default 20")
    parser.add_argument("--core", choices=("process", "inline"), default="process",
                        help="HOTLINE_CORE of the hotline bot: the core in a process of its own (default) or inline")
    args = parser.parse_args(argv)
    args.residents = args.residents or (50 if args.quick else 200)
    args.messages = args.messages or (5 if args.quick else 10)
    args.latency_residents = args.latency_residents or (10 if args.quick else 20)
    args.sweep = args.sweep or "echo"
    return args


async def main_async(args: argparse.Namespace) -> int:
    frameworks = ["ptb", "aiogram"] if args.framework == "both" else [args.framework]
    db_label = "SQLite (fresh file in a temp dir per bot)" if args.db == "sqlite" else \
        f"{args.db} (fresh schema per bot)"
    print("Hotline throughput benchmark")
    print(f"  command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"  machine: nproc={os.cpu_count()} (affinity {len(os.sched_getaffinity(0))}), {cpu_model()}, "
          f"{memory_gb():.0f} GB, {platform.system()} {platform.release()}; load average {load_average()}")
    print(f"  software: Python {platform.python_version()}, {package_versions()}")
    print(f"  frameworks: {', '.join(frameworks)}; database: {db_label}; hotline core: {args.core} "
          f"(bot CPU and memory are summed over the bot's processes)")
    print(f"  saturation: {args.residents} residents x {args.messages} messages, closed loop "
          f"(next message when the whole answer arrived)")
    print(f"  latency: {args.latency_residents} residents x {args.messages} messages, after a warm-up of "
          f"{min(20, args.latency_residents)}x2; then the same with a {PAUSE * 0.5:g}-{PAUSE * 1.5:g} s pause "
          f"before each next message")
    print(f"  concurrency bound of the compared bots: {DEFAULT_BOUND}; sweep: {args.sweep} over {BOUNDS}")
    print(f"  resident texts: {answer_model(True).describe()}")
    print("  latency = queueing the update in the sandbox -> the sandbox receiving the bot's first sendMessage")
    sys.stdout.flush()
    missed: list[str] = []
    for framework in frameworks:
        common = dict(db=args.db, residents=args.residents, messages=args.messages, core=args.core,
                      latency_residents=args.latency_residents, latency_messages=args.messages)
        echo = await measure_bot("echo", framework, DEFAULT_BOUND, **common)
        hotline = await measure_bot("hotline", framework, DEFAULT_BOUND, **common)
        missed += print_framework(framework, echo, hotline)
        sys.stdout.flush()
        if args.sweep != "none":
            rows: dict[str, dict[int, BotFigures]] = {"echo": {DEFAULT_BOUND: echo}}
            if args.sweep == "all":
                rows["hotline"] = {DEFAULT_BOUND: hotline}
            for kind, by_bound in rows.items():
                for bound in BOUNDS:
                    if bound not in by_bound:
                        by_bound[bound] = await measure_bot(kind, framework, bound, with_latency=False, **common)
            print_sweep(framework, rows)
            sys.stdout.flush()
    print(f"\nload average at the end: {load_average()} (other sessions' work on the machine inflates the figures)")
    print("summary: " + ("all targets met" if not missed else "MISSED: " + "; ".join(missed)))
    return 0 if not missed else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())
