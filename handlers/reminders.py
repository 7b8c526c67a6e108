"""Firing due reminders: claim the rows, check the deadline still runs, write the messages — one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select

from handlers import deadlines, lifecycle, reminder_texts
from handlers.context import Services
from handlers.deadlines import Deadline
from handlers.messages import Outgoing
from handlers.recipients import Recipients
from storage.models import Event, Person, Referral, Reminder, Ticket
from storage.unit_of_work import UnitOfWork

RETURN_REASON = "超时未接收/未回复，自动退回"
COALESCE_OVER = 5  # a person due more reminders than this in one round gets them as one list


@dataclass
class _System:
    """The part of a handler Context that lifecycle helpers use, for work no person started."""

    uow: UnitOfWork
    settings: object


def fire_due(uow: UnitOfWork, services: Services, now: datetime, limit: int = 200) -> tuple[int, list[Outgoing]]:
    """Fire up to `limit` due reminders; returns how many rows were claimed and the messages to queue."""
    # A handful of statements per round, whatever its size: rows, tickets and people are loaded with one
    # query each; events, repeats (and, in the core, outbox rows) are written with one executemany each.
    rows = uow.reminders.claim_due(now, limit)
    if not rows:
        return 0, []
    tickets = {t.id: t for t in uow.session.scalars(select(Ticket).where(Ticket.id.in_({r.ticket_id for r in rows})))}
    referral_ids = {r.referral_id for r in rows if r.referral_id is not None}
    referrals = {r.id: r for r in uow.session.scalars(select(Referral).where(Referral.id.in_(referral_ids)))} \
        if referral_ids else {}
    wanted = ({t.assignee_id for t in tickets.values()} | {t.reporter_id for t in tickets.values()}) - {None}
    people = list(uow.session.scalars(select(Person).where(Person.id.in_(wanted))))
    work = _Round(uow, services, Recipients(uow), now, held=people)
    replies: list[Outgoing] = []
    with uow.session.no_autoflush:
        for row in rows:
            replies += _fire(work, row, tickets[row.ticket_id], referrals.get(row.referral_id))
    work.write()
    deadlines.sync(uow, services.settings, now)
    return len(rows), coalesce(replies)


@dataclass
class _Round:
    """One round of firing: what it shares, and the rows it writes in bulk at the end."""

    uow: UnitOfWork
    services: Services
    recipients: Recipients
    now: datetime
    held: list[Person] = field(default_factory=list)  # the session's identity map is weak: keep them loaded
    events: list[dict] = field(default_factory=list)
    repeats: list[dict] = field(default_factory=list)

    def record(self, action: str, ticket_id: int, detail: str) -> None:
        self.events.append({"ticket_id": ticket_id, "actor_id": None, "action": action, "detail": detail,
                            "at": self.now})

    def write(self) -> None:
        self.uow.session.flush()
        for model, values in ((Event, self.events), (Reminder, self.repeats)):
            if values:
                self.uow.session.execute(insert(model.__table__), values)  # Core executemany, no ORM bookkeeping


def _fire(work: _Round, row: Reminder, ticket: Ticket, referral: Referral | None) -> list[Outgoing]:
    settings, recipients, now = work.services.settings, work.recipients, work.now
    row.claimed_at = now
    deadline = deadlines.referral_deadline(referral) if referral else deadlines.ticket_deadline(ticket)
    if deadline is None or deadline.at != row.deadline_at or deadline.kind != row.deadline_kind:
        row.status, row.done_at = "cancelled", now  # the ticket moved on: nothing to say
        return []
    calendar = settings.working_hours
    if not deadline.urgent and not calendar.in_working_hours(now):
        row.due_at, row.claimed_at = calendar.next_working_moment(now), None  # e.g. after a night-time outage
        return []
    row.status, row.done_at = "done", now
    if row.kind == "escalate":
        again = calendar.add(now, settings.deadlines.escalate_every)
        work.repeats.append({
            "ticket_id": row.ticket_id, "referral_id": None, "kind": "escalate", "deadline_kind": row.deadline_kind,
            "deadline_at": row.deadline_at, "due_at": again if deadline.urgent else calendar.next_working_moment(again),
            "status": "pending", "repeat": row.repeat + 1, "created_at": now})
    if referral is not None:
        if row.kind == "referral_overdue":
            return _return_referral(work, ticket, referral, deadline)
        work.record("reminded", ticket.id, f"{referral.department} {deadline.label}时限")
        text = reminder_texts.referral_remind(settings, ticket, deadline, now)
        return recipients.each(recipients.liaisons(referral.department), text,
                               reminder_texts.liaison_buttons(ticket.id, deadline.kind))
    action = {"remind": "reminded", "escalate": "escalated", "flag": "flagged", "followup": "followup_due"}
    work.record(action.get(row.kind, row.kind), ticket.id,
                f"{deadline.label}时限{'（第' + str(row.repeat + 1) + '次）' if row.repeat else ''}")
    return _messages(settings, recipients, row, ticket, deadline, now)


def _messages(settings, recipients: Recipients, row: Reminder, ticket: Ticket, deadline: Deadline,
              now: datetime) -> list[Outgoing]:
    """Who hears what for each kind of reminder."""
    texts = reminder_texts
    if row.kind == "remind":
        return recipients.each(recipients.responsible(ticket), texts.remind(settings, ticket, deadline, now),
                               texts.staff_buttons(ticket))
    if row.kind == "escalate":
        staff = recipients.responsible(ticket)
        told = recipients.each(staff, texts.overdue(settings, ticket, deadline, now, row.repeat),
                               texts.staff_buttons(ticket))
        escalation = texts.escalation(settings, ticket, deadline, now, row.repeat, staff)
        return told + recipients.each(recipients.supervisors(), escalation, texts.staff_buttons(ticket),
                                      skip={p.id for p in staff})
    if row.kind == "flag":
        return recipients.each(recipients.supervisors(), texts.flag(settings, ticket, deadline))
    return _followup(recipients, ticket)


def _followup(recipients: Recipients, ticket: Ticket) -> list[Outgoing]:
    """The caseworker is asked to visit or call; a resident who asked for help rates it with buttons."""
    replies = recipients.each(recipients.responsible(ticket), reminder_texts.followup_staff(ticket))
    reporter = ticket.reporter
    if ticket.source == "resident" and reporter is not None and not reporter.unreachable:
        replies.append(Outgoing(reporter.chat_id, reminder_texts.followup_question(ticket),
                                reminder_texts.rating_buttons(ticket.id)))
    return replies


def _return_referral(work: _Round, ticket: Ticket, referral: Referral, deadline: Deadline) -> list[Outgoing]:
    """The department let the deadline pass: the referral goes back to the caseworker, with the reason."""
    uow, services, recipients = work.uow, work.services, work.recipients
    referral.state, referral.result, referral.updated_at = "returned", RETURN_REASON, work.now
    work.record("referral_timeout", ticket.id, f"{referral.department} {RETURN_REASON}")
    uow.session.flush()  # the open-referrals query below must see this one settled
    lifecycle.referrals_settled(_System(uow, services.settings), ticket)  # type: ignore[arg-type]
    department = services.settings.department(referral.department)
    name = department.name if department else referral.department
    staff = recipients.responsible(ticket)
    text = reminder_texts.referral_returned(services.settings, ticket, deadline, name)
    replies = recipients.each(staff, text, reminder_texts.staff_buttons(ticket))
    replies += recipients.each(recipients.liaisons(referral.department),
                               reminder_texts.referral_returned_liaison(ticket, deadline), skip={p.id for p in staff})
    return replies + recipients.each(recipients.supervisors(), reminder_texts.referral_escalation(ticket, name, deadline),
                                     skip={p.id for p in staff})


def coalesce(replies: list[Outgoing]) -> list[Outgoing]:
    """Many reminders for one person in one round become one list (1 message/s per chat is Telegram's pace)."""
    by_chat: dict[int, list[Outgoing]] = {}
    for reply in replies:
        by_chat.setdefault(reply.chat_id, []).append(reply)
    result: list[Outgoing] = []
    for chat_id, items in by_chat.items():
        rating = any(b.data.startswith("fu:") for item in items for row in item.buttons for b in row)
        result += items if len(items) <= COALESCE_OVER or rating else reminder_texts.digest(chat_id, items)
    return result
