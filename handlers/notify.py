"""Who is told about a ticket: caseworkers of its town, supervisors, liaisons, the reporter."""

from __future__ import annotations

from handlers import staff_texts
from handlers.context import Context
from handlers.messages import Button
from storage.models import Person, Ticket


def staff_buttons(ticket_id: int) -> tuple[tuple[Button, ...], ...]:
    return ((Button("接单", f"acc:{ticket_id}"), Button("转介", f"ref:{ticket_id}")),
            (Button("记录核查", f"vis:{ticket_id}"), Button("办结", f"cls:{ticket_id}")))


def responsible_staff(ctx: Context, ticket: Ticket) -> list[Person]:
    """Caseworkers of the town (never for complaints), plus supervisors where the rules say so."""
    people: list[Person] = []
    if ticket.town and ticket.category != "complaint":
        people += ctx.uow.persons.with_role("caseworker", town=ticket.town)
    if ticket.urgent or ticket.town is None or ticket.category == "complaint" or not people:
        people += ctx.uow.persons.with_role("supervisor")
    return people


def new_ticket(ctx: Context, ticket: Ticket) -> None:
    """Send the new ticket's card with action buttons to everyone responsible."""
    card = staff_texts.card(ctx, ticket, headline="新工单")
    for person in responsible_staff(ctx, ticket):
        ctx.notify(person.chat_id, card, staff_buttons(ticket.id))


def staff_update(ctx: Context, ticket: Ticket, text: str, *, include_supervisors: bool = False) -> None:
    """Tell the assignee (or the town's caseworkers) about a change someone else made."""
    people = [ticket.assignee] if ticket.assignee else ctx.uow.persons.with_role("caseworker", town=ticket.town)
    if include_supervisors:
        people = [*people, *ctx.uow.persons.with_role("supervisor")]
    seen: set[int] = {ctx.person.id}
    for person in people:
        if person is not None and person.id not in seen and not person.unreachable:
            seen.add(person.id)
            ctx.notify(person.chat_id, text)


def reporter(ctx: Context, ticket: Ticket, text: str) -> None:
    """Tell the person who asked, unless they blocked the bot (then a caseworker phones instead)."""
    person = ticket.reporter
    if person is None or person.unreachable or person.id == ctx.person.id:
        return
    ctx.notify(person.chat_id, text)
