"""Who may see which ticket: town for caseworkers, referrals for liaisons, all for supervisors."""

from __future__ import annotations

from sqlalchemy import select

from handlers import texts
from handlers.context import Context
from storage.models import Person, Referral, Ticket

STAFF_ROLES = ("caseworker", "supervisor")


def ticket_conditions(person: Person) -> list:
    """SQL conditions for the tickets `person` may see. Complaints: supervisors only."""
    if person.role == "supervisor":
        return []
    if person.role == "caseworker":
        return [Ticket.town == person.town, Ticket.category != "complaint"]
    if person.role == "liaison":
        referred = select(Referral.ticket_id).where(Referral.department == person.department)
        return [Ticket.id.in_(referred)]
    return [Ticket.reporter_id == person.id]


def can_see(ctx: Context, ticket: Ticket) -> bool:
    person = ctx.person
    if person.role == "supervisor":
        return True
    if person.role == "caseworker":
        return ticket.town == person.town and ticket.category != "complaint"
    if person.role == "liaison":
        return any(r.department == person.department for r in ctx.uow.referrals.of_ticket(ticket.id))
    return ticket.reporter_id == person.id


def parse_number(raw: str) -> int | None:
    number = raw.strip().lstrip("#")
    return int(number) if number.isdigit() and 0 < len(number) <= 9 else None


def find_ticket(ctx: Context, raw: str | None, command: str) -> Ticket | None:
    """The ticket named by `raw` if the sender may see it; otherwise answers why not (and logs refusals)."""
    number = parse_number(raw or "")
    if number is None:
        ctx.reply(f"请写工单号，例如 <code>{command} 12</code>。")
        return None
    ticket = ctx.uow.tickets.get(number)
    if ticket is None:
        ctx.reply(f"没有找到工单 #{number}。")
        return None
    if not can_see(ctx, ticket):
        refuse(ctx, f"{command} #{number}", f"工单 #{number} 不在您的权限范围内。", ticket_id=number)
        return None
    return ticket


def refuse(ctx: Context, what: str, answer: str, *, ticket_id: int | None = None) -> None:
    """A refused action: a clear answer, and a line in the audit log."""
    ctx.audit("refused", ticket_id=ticket_id, detail=f"{ctx.person.role}：{what}")
    ctx.reply(f"⛔ {texts.esc(answer)}")
