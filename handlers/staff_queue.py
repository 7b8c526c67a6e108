"""What staff look at: /next, /mine, /open, /ticket, /stats — always within their scope (/overdue: overdue.py)."""

from __future__ import annotations

from handlers import notify, staff_texts, texts
from handlers.context import Context
from handlers.scope import find_ticket, ticket_conditions
from handlers.staff_actions import take
from nlp.triage import CATEGORY_LABELS
from storage.models import Referral, Ticket
from storage.repositories import OPEN_STATES


def _line(ctx: Context, ticket: Ticket) -> str:
    zone = ctx.settings.working_hours.timezone
    due = f" · 时限 {texts.when(ticket.due_at, zone)}" if ticket.due_at else ""
    urgent = "🔴" if ticket.urgent else "·"
    return (f"{urgent} #{ticket.id} {CATEGORY_LABELS.get(ticket.category, ticket.category)} "
            f"{staff_texts.place(ticket)} — {texts.STATE_LABELS.get(ticket.state, ticket.state)}{due}")


def _listing(ctx: Context, title: str, tickets) -> None:
    if not tickets:
        ctx.reply(f"{title}：没有。")
        return
    ctx.reply(f"<b>{title}</b>（{len(tickets)}）\n" + "\n".join(_line(ctx, t) for t in tickets))


def next_ticket(ctx: Context, args: tuple[str, ...]) -> None:
    """/next — take the most urgent waiting ticket of your scope (urgent first, then oldest deadline)."""
    for ticket in ctx.uow.tickets.query(*ticket_conditions(ctx.person), Ticket.state == "new", limit=5):
        if take(ctx, ticket, quiet_if_taken=True):
            return
    ctx.reply("目前没有待接单的工单。")


def mine(ctx: Context, args: tuple[str, ...]) -> None:
    """/mine — the tickets you have taken that are still open."""
    tickets = ctx.uow.tickets.query(Ticket.assignee_id == ctx.person.id, Ticket.state.in_(OPEN_STATES))
    _listing(ctx, "我承办的工单", tickets)


def open_tickets(ctx: Context, args: tuple[str, ...]) -> None:
    """/open — open tickets of your town (district for supervisors; referrals for liaisons)."""
    if ctx.person.role == "liaison":
        referrals = ctx.uow.referrals.open_for_department(ctx.person.department)
        tickets = [ctx.uow.tickets.get(r.ticket_id) for r in referrals]
        _listing(ctx, "转介到本部门、待办理的工单", tickets)
        return
    _listing(ctx, "未办结工单", ctx.uow.tickets.query(*ticket_conditions(ctx.person), Ticket.state.in_(OPEN_STATES)))


def show_ticket(ctx: Context, args: tuple[str, ...]) -> None:
    """/ticket N — details, masked sensitive data, triage evidence, messages and timeline."""
    ticket = find_ticket(ctx, args[0] if args else None, "/ticket")
    if ticket is None:
        return
    buttons = notify.staff_buttons(ticket.id) if ctx.person.role != "liaison" else ()
    ctx.reply(staff_texts.detail(ctx, ticket), buttons)


def stats(ctx: Context, args: tuple[str, ...]) -> None:
    """/stats — counts by state, category and source for your town (district-wide for supervisors)."""
    conditions = ticket_conditions(ctx.person)
    scope = "全区" if ctx.person.role == "supervisor" else texts.esc(ctx.person.town or ctx.person.department or "")
    if ctx.person.role == "liaison":
        conditions = [Ticket.id.in_(ctx.uow.session.query(Referral.ticket_id)
                                    .filter(Referral.department == ctx.person.department))]
    tickets = ctx.uow.tickets
    by_state = "、".join(f"{texts.STATE_LABELS.get(k, k)} {n}" for k, n in tickets.counts(Ticket.state, *conditions))
    by_category = "、".join(f"{CATEGORY_LABELS.get(k, k)} {n}" for k, n in tickets.counts(Ticket.category, *conditions))
    by_source = "、".join(f"{staff_texts.SOURCE_LABELS.get(k, k)} {n}" for k, n in tickets.counts(Ticket.source, *conditions))
    urgent = sum(n for k, n in tickets.counts(Ticket.urgent, *conditions) if k == "True")
    ctx.reply(f"<b>统计（{scope}）</b>\n按状态：{by_state or '—'}\n按类别：{by_category or '—'}\n"
              f"按来源：{by_source or '—'}\n其中急难：{urgent}")

