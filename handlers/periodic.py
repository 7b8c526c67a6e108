"""Periodic work, each once per period: the monthly summary, the weekly digest, the quarterly spot check.

The scheduler (bot/scheduler.py) calls `run` at the configured times, and once at start to catch up a
run missed that day (a restart at 09:05 still sends the 09:00 report). A row in `periodic_runs` makes
each period run once, whichever worker gets there first.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from handlers import monthly_report, spot_check
from handlers.deadlines import DEADLINE_LABELS, ticket_deadline
from handlers.messages import Outgoing
from handlers.settings import Schedule, Settings
from handlers.staff_texts import place
from handlers.texts import STATE_LABELS, when
from nlp.triage import CATEGORY_LABELS
from storage.models import Ticket
from storage.repositories import OPEN_STATES
from storage.unit_of_work import UnitOfWork

JOBS = ("monthly", "weekly", "quarterly")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CATCH_UP = timedelta(hours=12)


def _clock(text: str) -> time:
    hours, minutes = (int(part) for part in text.split(":"))
    return time(hours, minutes)


def last_moment(job: str, schedule: Schedule, local: datetime) -> datetime:
    """The latest scheduled run of `job` at or before `local` (an aware local datetime)."""
    zone = local.tzinfo
    if job == "weekly":
        day = local.date() - timedelta(days=(local.weekday() - WEEKDAYS.index(schedule.weekly_day)) % 7)
        moment = datetime.combine(day, _clock(schedule.weekly_at), zone)
        return moment if moment <= local else moment - timedelta(days=7)
    if job == "monthly":
        day, at = date(local.year, local.month, schedule.monthly_day), schedule.monthly_at
    else:
        day, at = date(local.year, 3 * ((local.month - 1) // 3) + 1, 1), schedule.quarterly_at
    moment = datetime.combine(day, _clock(at), zone)
    if moment <= local:
        return moment
    earlier = _months_before(day, 1 if job == "monthly" else 3)
    return datetime.combine(earlier, _clock(at), zone)


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, day.day)


def period(job: str, moment: datetime) -> tuple[str, datetime, datetime]:
    """The period a run at `moment` is about: last month, this ISO week, last quarter (key, start, end)."""
    zone = moment.tzinfo
    if job == "weekly":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}", moment, moment
    months = 1 if job == "monthly" else 3
    first = date(moment.year, moment.month if job == "monthly" else 3 * ((moment.month - 1) // 3) + 1, 1)
    start = _months_before(first, months)
    key = f"{start.year}-{start.month:02d}" if job == "monthly" else f"{start.year}Q{(start.month - 1) // 3 + 1}"
    return key, datetime.combine(start, time(0), zone), datetime.combine(first, time(0), zone)


def run(uow: UnitOfWork, settings: Settings, job: str, now: datetime, *, catch_up: bool = False) -> list[Outgoing]:
    """Claim this period of `job` and build its messages; nothing if it ran already (or is long past)."""
    local = now.astimezone(settings.working_hours.zone)
    moment = last_moment(job, settings.schedule, local)
    if catch_up and local - moment > CATCH_UP:
        return []
    key, start, end = period(job, moment)
    if not uow.reminders.claim_period(job, key):
        return []
    if job == "monthly":
        return monthly_report.build(uow, settings, now, start, end, key)
    if job == "quarterly":
        return spot_check.draw(uow, settings, start, end, key)
    return weekly_digest(uow, settings, now)


def weekly_digest(uow: UnitOfWork, settings: Settings, now: datetime) -> list[Outgoing]:
    """Each caseworker: their open tickets, follow-ups due, and tickets of their town nobody has taken."""
    replies = []
    for person in uow.persons.with_role("caseworker"):
        mine = uow.tickets.query(Ticket.assignee_id == person.id,
                                 Ticket.state.in_((*OPEN_STATES, "resolved")), limit=60)
        mine = [t for t in mine if t.state != "resolved" or t.due_kind == "followup"]
        waiting = uow.tickets.query(Ticket.town == person.town, Ticket.category != "complaint",
                                    Ticket.state == "new", limit=30)
        if not mine and not waiting:
            continue
        lines = [f"📋 <b>每周待办</b>（{len(mine)} 件承办中，{len(waiting)} 件待接单）"]
        lines += [_line(settings, t, now) for t in mine]
        if waiting:
            lines += ["\n<b>本镇街待接单</b>（/next 领取）"] + [_line(settings, t, now) for t in waiting]
        replies.append(Outgoing(person.chat_id, "\n".join(lines)[:3900]))
    return replies


def _line(settings: Settings, ticket: Ticket, now: datetime) -> str:
    deadline = ticket_deadline(ticket)
    late = deadline is not None and deadline.at < now
    due = ""
    if ticket.due_at:
        label = DEADLINE_LABELS.get(ticket.due_kind or "", "")
        due = f" · {label}时限 {when(ticket.due_at, settings.working_hours.timezone)}{'（已超时）' if late else ''}"
    mark = "🔴" if late or ticket.urgent else "·"
    return (f"{mark} #{ticket.id} {CATEGORY_LABELS.get(ticket.category, ticket.category)} {place(ticket)}"
            f" — {STATE_LABELS.get(ticket.state, ticket.state)}{due}")
