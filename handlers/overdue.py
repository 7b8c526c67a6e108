"""/overdue — what is past its deadline in the person's scope, as the deadline engine counts it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from handlers import texts
from handlers.context import Context
from handlers.deadlines import DEADLINE_LABELS, overdue_conditions
from handlers.reminder_texts import span
from handlers.scope import ticket_conditions
from handlers.staff_texts import place
from nlp.triage import CATEGORY_LABELS
from storage.models import Referral, Reminder, Ticket
from storage.repositories import OPEN_REFERRAL_STATES

LIMIT = 50


def overdue(ctx: Context, args: tuple[str, ...]) -> None:
    """/overdue — tickets past their running deadline (🚩 = 通报), and referrals past theirs."""
    now = ctx.services.now()
    lines: list[str] = []
    if ctx.person.role != "liaison":
        tickets = ctx.uow.tickets.query(*ticket_conditions(ctx.person), *overdue_conditions(now), limit=LIMIT)
        flagged = _flagged(ctx, [t.id for t in tickets])
        lines += [_ticket_line(ctx, t, now, t.id in flagged) for t in tickets]
    referrals = _late_referrals(ctx, now)
    lines += [_referral_line(ctx, r, now) for r in referrals]
    if not lines:
        ctx.reply("目前没有超时的工单或转介。")
        return
    ctx.reply(f"<b>已超时</b>（{len(lines)}{'+' if len(lines) >= LIMIT else ''}）\n" + "\n".join(lines))


def _flagged(ctx: Context, ids: list[int]) -> set[int]:
    """Tickets whose current deadline has been flagged (通报)."""
    if not ids:
        return set()
    query = (select(Reminder.ticket_id).join(Ticket, Ticket.id == Reminder.ticket_id)
             .where(Reminder.ticket_id.in_(ids), Reminder.kind == "flag", Reminder.status == "done",
                    Reminder.deadline_at == Ticket.due_at))
    return set(ctx.uow.session.scalars(query))


def _late_referrals(ctx: Context, now: datetime) -> list[Referral]:
    late = [Referral.state.in_(OPEN_REFERRAL_STATES), Referral.due_at < now]
    if ctx.person.role == "liaison":
        late.append(Referral.department == ctx.person.department)
    else:
        late.append(Referral.ticket_id.in_(select(Ticket.id).where(*ticket_conditions(ctx.person))))
    return list(ctx.uow.session.scalars(select(Referral).where(*late).order_by(Referral.due_at).limit(LIMIT)))


def _ticket_line(ctx: Context, ticket: Ticket, now: datetime, flagged: bool) -> str:
    label = DEADLINE_LABELS.get(ticket.due_kind or "", "时限")
    return (f"{'🔴' if ticket.urgent else '·'} #{ticket.id} {CATEGORY_LABELS.get(ticket.category, ticket.category)} "
            f"{place(ticket)} — {texts.STATE_LABELS.get(ticket.state, ticket.state)} · {label}时限 "
            f"{texts.when(ticket.due_at, ctx.settings.working_hours.timezone)}，超时 {span(now - ticket.due_at)}"
            f"{' 🚩通报' if flagged else ''}")


def _referral_line(ctx: Context, referral: Referral, now: datetime) -> str:
    department = ctx.settings.department(referral.department)
    name = texts.esc(department.name if department else referral.department)
    label = DEADLINE_LABELS["referral_accept" if referral.state == "sent" else "referral_done"]
    return (f"↪ #{referral.ticket_id} 转介 {name} · {label}时限 "
            f"{texts.when(referral.due_at, ctx.settings.working_hours.timezone)}，超时 {span(now - referral.due_at)}")
