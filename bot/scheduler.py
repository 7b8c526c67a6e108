"""APScheduler 3 in the bot's event loop: due reminders (every second, and when the next falls due), periodic jobs.

The reminders themselves are database rows (handlers/deadlines.py), so the job store stays in memory:
a restart loses no reminder, and several workers may run this scheduler side by side (the rows are
claimed with FOR UPDATE SKIP LOCKED, periodic runs with a unique key). Jobs are module-level functions
with primitive arguments; `worker` names the runner they act for.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

if TYPE_CHECKING:
    from bot.runner import CoreRunner

log = logging.getLogger(__name__)
_workers: dict[str, tuple[CoreRunner, AsyncIOScheduler]] = {}


async def fire_reminders(worker: str) -> None:
    """Write due reminders to the outbox, wake the paced flush, and look again when the next one is due."""
    if worker not in _workers:
        return
    runner, scheduler = _workers[worker]
    queued = await runner.call(runner.runtime.core.fire_reminders)
    if queued:
        log.info("%d reminder message(s) queued", queued)
        runner.wake()
    upcoming = await runner.call(runner.runtime.core.next_reminder_due)
    every = runner.runtime.settings.schedule.reminder_every.wall()
    now = datetime.now(UTC)
    if upcoming is not None and now + timedelta(milliseconds=10) < upcoming < now + every:
        scheduler.add_job(fire_reminders, "date", run_date=upcoming, args=[worker], id=f"{worker}:reminders-next",
                          replace_existing=True, misfire_grace_time=None)


async def run_periodic(worker: str, job: str, catch_up: bool = False) -> None:
    """The monthly summary, weekly digest or quarterly spot check (once per period across workers)."""
    if worker not in _workers:
        return
    runner, _ = _workers[worker]
    queued = await runner.call(runner.runtime.core.run_periodic, job, catch_up=catch_up)
    if queued:
        log.info("%s: %d message(s) queued", job, queued)
        runner.wake()


def _triggers(runner: CoreRunner) -> dict[str, CronTrigger]:
    schedule, zone = runner.runtime.settings.schedule, runner.runtime.settings.working_hours.timezone

    def at(clock: str, **fields) -> CronTrigger:
        hour, minute = clock.split(":")
        return CronTrigger(hour=int(hour), minute=int(minute), timezone=zone, **fields)

    return {"monthly": at(schedule.monthly_at, day=schedule.monthly_day),
            "weekly": at(schedule.weekly_at, day_of_week=schedule.weekly_day),
            "quarterly": at(schedule.quarterly_at, month="1,4,7,10", day=1)}


def start_scheduler(runner: CoreRunner, worker: str = "main") -> AsyncIOScheduler:
    """Create and start the scheduler in the running loop; periodic jobs missed today run once now."""
    settings = runner.runtime.settings
    scheduler = AsyncIOScheduler(timezone=settings.working_hours.timezone)
    _workers[worker] = (runner, scheduler)
    every = settings.schedule.reminder_every.wall().total_seconds()
    scheduler.add_job(fire_reminders, "interval", seconds=every, args=[worker], id=f"{worker}:reminders",
                      replace_existing=True, max_instances=1, coalesce=True, misfire_grace_time=None)
    for job, trigger in _triggers(runner).items():
        scheduler.add_job(run_periodic, trigger, args=[worker, job], id=f"{worker}:{job}", replace_existing=True,
                          max_instances=1, coalesce=True, misfire_grace_time=3600)
        scheduler.add_job(run_periodic, args=[worker, job, True], id=f"{worker}:{job}:catch-up",
                          replace_existing=True)
    scheduler.start()
    return scheduler


def stop_scheduler(scheduler: AsyncIOScheduler | None, worker: str = "main") -> None:
    _workers.pop(worker, None)
    if scheduler is not None and scheduler.running:
        scheduler.shutdown(wait=False)
