"""The pacer keeps sends under Telegram's limits; the scheduler's jobs have ids and call the core."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.delivery import Sender, SendOutcome
from bot.pacing import PacedSender, Pacer
from bot.scheduler import start_scheduler, stop_scheduler
from handlers.messages import Outgoing
from handlers.settings import Settings


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def booked(pacer: Pacer, clock: FakeClock, chats: list[int]) -> list[float]:
    """When each of these sends, made one after the other as the flush does, goes out."""
    times = []
    for chat in chats:
        clock.now += pacer.reserve_chat(chat)
        clock.now += pacer.reserve()
        times.append(clock.now)
    return times


def test_a_burst_to_many_chats_stays_under_the_global_rate():
    clock = FakeClock()
    times = booked(Pacer(25, clock=clock), clock, list(range(1000)))
    assert times[-1] - times[0] >= 39.0, "1000 messages at 25/s take about 40 s"
    window = [t for t in times if t < times[0] + 1.0]
    assert len(window) <= 28


def test_one_chat_gets_about_one_message_a_second_after_a_short_burst():
    clock = FakeClock()
    times = booked(Pacer(25, 1.0, per_chat_burst=3, clock=clock), clock, [7] * 6)
    assert [round(t, 6) for t in times[:3]] == [100.0] * 3
    assert [round(b - a, 2) for a, b in zip(times[2:], times[3:], strict=False)] == [1.0, 1.0, 1.0]


def test_a_429_holds_the_chat_for_retry_after():
    clock = FakeClock()
    pacer = Pacer(25, 1.0, clock=clock)
    pacer.hold(7, 5.0)
    assert pacer.reserve_chat(7) >= 5.0 and pacer.reserve_chat(8) == 0 and pacer.reserve() == 0


class Recording(Sender):
    def __init__(self) -> None:
        self.sent: list[int] = []

    async def send(self, outgoing: Outgoing) -> SendOutcome:
        self.sent.append(outgoing.chat_id)
        return SendOutcome.later(0.01) if len(self.sent) == 1 else SendOutcome.sent()


async def test_paced_sender_waits_and_passes_outcomes_through():
    inner = Recording()
    sender = PacedSender(inner, Pacer(200, 100))
    outcomes = [await sender.send(Outgoing(chat, "x")) for chat in (1, 1, 2)]
    assert [o.kind for o in outcomes] == ["later", "sent", "sent"] and inner.sent == [1, 1, 2]


@dataclass
class FakeCore:
    calls: list[str] = field(default_factory=list)

    def fire_reminders(self) -> int:
        self.calls.append("fire")
        return 1

    def next_reminder_due(self):
        from datetime import UTC, datetime, timedelta

        return datetime.now(UTC) + timedelta(milliseconds=300)

    def run_periodic(self, job: str, *, catch_up: bool = False) -> int:
        self.calls.append(f"{job}{'-catch-up' if catch_up else ''}")
        return 0


@dataclass
class FakeRuntime:
    settings: Settings
    core: FakeCore


class FakeRunner:
    def __init__(self, settings: Settings) -> None:
        self.runtime = FakeRuntime(settings, FakeCore())
        self.woken = 0

    async def call(self, function, *args, **kwargs):
        return function(*args, **kwargs)

    def wake(self) -> None:
        self.woken += 1


async def test_scheduler_jobs_fire_reminders_and_catch_up_periodic_work(settings):
    runner = FakeRunner(settings)
    scheduler = start_scheduler(runner, worker="test")  # type: ignore[arg-type]
    try:
        ids = {job.id for job in scheduler.get_jobs()}
        assert {"test:reminders", "test:monthly", "test:weekly", "test:quarterly"} <= ids
        monthly = scheduler.get_job("test:monthly")
        assert monthly.args == ("test", "monthly") and str(monthly.trigger.timezone) == "Asia/Shanghai"
        await asyncio.sleep(1.7)
        calls = runner.runtime.core.calls
        assert "fire" in calls and {"monthly-catch-up", "weekly-catch-up", "quarterly-catch-up"} <= set(calls)
        assert calls.count("fire") >= 2, "looked again when the next reminder fell due, before the next second"
        assert runner.woken >= 1
    finally:
        stop_scheduler(scheduler, worker="test")


def test_replies_go_at_once_and_background_sends_leave_them_room():
    clock = FakeClock()
    pacer = Pacer(25, 1.0, clock=clock)
    for chat in range(100):
        pacer.note(chat)  # a storm of replies: never waits, booked at most a second ahead
    assert 0.9 <= pacer.reserve() <= 1.0 + 0.04
    for _ in range(3):
        pacer.note(5)
    assert pacer.reserve_chat(5) >= 0.99, "a reminder to a chat just sent three replies waits its turn"
