"""The deadline engine's plan: which reminders each deadline gets, kept in step with the tickets.

A ticket (or referral) has one running deadline (`due_at`, `due_kind`). Its reminders are rows:
`remind` before it (催办), `escalate` at it (超时督办, repeating every `escalate_every`), `flag` some
working days later (通报); a follow-up deadline gets `followup` (回访), a referral `referral_overdue`
(automatic return). Non-urgent reminders are moved into working hours when planned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, or_, select

from handlers.settings import Settings
from storage.models import Referral, Reminder, Ticket
from storage.reminders import take_touched
from storage.repositories import OPEN_REFERRAL_STATES, OPEN_STATES
from storage.unit_of_work import UnitOfWork

DEADLINE_LABELS = {
    "accept": "接单", "verify": "入户核查", "first_help": "先行救助", "resolve": "办结", "followup": "回访",
    "referral_accept": "部门接收", "referral_done": "部门办结回复",
}


@dataclass(frozen=True)
class Deadline:
    """The running deadline of a ticket or referral; urgent ones are reminded at any hour."""

    at: datetime
    kind: str
    urgent: bool = False

    @property
    def label(self) -> str:
        return DEADLINE_LABELS.get(self.kind, self.kind)


def ticket_deadline(ticket: Ticket) -> Deadline | None:
    """The ticket's running deadline, or None when nothing is due (closed, withdrawn, followed up)."""
    if ticket.due_at is None or ticket.due_kind is None:
        return None
    running = ticket.state == "resolved" if ticket.due_kind == "followup" else ticket.state in OPEN_STATES
    return Deadline(ticket.due_at, ticket.due_kind, bool(ticket.urgent)) if running else None


def referral_deadline(referral: Referral) -> Deadline | None:
    """Accept while sent, report back once accepted; working-day clocks, so never urgent."""
    if referral.due_at is None or referral.state not in OPEN_REFERRAL_STATES:
        return None
    return Deadline(referral.due_at, "referral_accept" if referral.state == "sent" else "referral_done")


def overdue_conditions(now: datetime) -> list:
    """SQL conditions for tickets whose running deadline has passed (what /overdue and reports count)."""
    running = or_(and_(Ticket.state.in_(OPEN_STATES), or_(Ticket.due_kind.is_(None), Ticket.due_kind != "followup")),
                  and_(Ticket.state == "resolved", Ticket.due_kind == "followup"))
    return [Ticket.due_at.is_not(None), Ticket.due_at < now, running]


def lead_time(settings: Settings, urgent: bool) -> timedelta:
    """How long before a deadline the reminder goes: `remind_before`, a quarter of it on urgent clocks."""
    lead = settings.deadlines.remind_before
    span = settings.working_hours.day_length() * lead.amount if lead.working_days else lead.wall()
    return span / 4 if urgent else span


def plan(settings: Settings, deadline: Deadline, now: datetime, *, ticket_id: int,
         referral_id: int | None = None) -> list[Reminder]:
    """The reminder rows for a deadline that has just been set (those already past the lead are skipped)."""
    calendar, rules = settings.working_hours, settings.deadlines

    def when(moment: datetime) -> datetime:
        return moment if deadline.urgent else calendar.next_working_moment(moment)

    if deadline.kind == "followup":
        steps = [("followup", when(deadline.at)), ("escalate", when(calendar.add(deadline.at, rules.escalate_every)))]
    else:
        last = "referral_overdue" if referral_id is not None else "escalate"
        steps = [("remind", when(deadline.at - lead_time(settings, deadline.urgent))), (last, when(deadline.at))]
        if steps[0][1] <= now or steps[0][1] >= steps[1][1]:
            steps = steps[1:]
    if referral_id is None:
        steps.append(("flag", when(calendar.add(deadline.at, rules.flag_after))))
    return [Reminder(ticket_id=ticket_id, referral_id=referral_id, kind=kind, deadline_kind=deadline.kind,
                     deadline_at=deadline.at, due_at=due, status="pending", repeat=0) for kind, due in steps]


def reschedule(uow: UnitOfWork, settings: Settings, ticket_id: int, referral_id: int | None,
               deadline: Deadline | None, now: datetime) -> None:
    """Cancel reminders of a deadline that no longer runs; plan the running one unless it already is."""
    rows = uow.reminders.about(ticket_id, referral_id, deadline.at if deadline else None)
    current = [r for r in rows if deadline and r.deadline_at == deadline.at and r.deadline_kind == deadline.kind]
    uow.reminders.cancel([r.id for r in rows if r.status == "pending" and r not in current])
    if deadline is not None and not current:
        uow.reminders.add_all(plan(settings, deadline, now, ticket_id=ticket_id, referral_id=referral_id))


def sync(uow: UnitOfWork, settings: Settings, now: datetime) -> None:
    """Bring the reminders of every ticket and referral changed in this unit of work in step with it."""
    for _ in range(3):  # cancelling can touch nothing new; one more pass catches knock-on changes
        touched = take_touched(uow.session)
        if not touched:
            return
        for row in touched:
            if isinstance(row, Ticket):
                reschedule(uow, settings, row.id, None, ticket_deadline(row), now)
            else:
                reschedule(uow, settings, row.ticket_id, row.id, referral_deadline(row), now)
    uow.session.flush()


def backfill(uow: UnitOfWork, settings: Settings, now: datetime) -> int:
    """At start: plan running deadlines that have no reminders (tickets from before the engine)."""
    planned = select(Reminder.id).where(Reminder.ticket_id == Ticket.id, Reminder.referral_id.is_(None),
                                        Reminder.deadline_at == Ticket.due_at)
    tickets = uow.session.scalars(select(Ticket).where(Ticket.due_at.is_not(None),
                                                       Ticket.state.in_((*OPEN_STATES, "resolved")),
                                                       ~exists(planned))).all()
    for ticket in tickets:
        reschedule(uow, settings, ticket.id, None, ticket_deadline(ticket), now)
    covered = select(Reminder.id).where(Reminder.referral_id == Referral.id, Reminder.deadline_at == Referral.due_at)
    referrals = uow.session.scalars(select(Referral).where(Referral.due_at.is_not(None),
                                                           Referral.state.in_(OPEN_REFERRAL_STATES),
                                                           ~exists(covered))).all()
    for referral in referrals:
        reschedule(uow, settings, referral.ticket_id, referral.id, referral_deadline(referral), now)
    take_touched(uow.session)
    return len(tickets) + len(referrals)
