"""Opening tickets and attaching messages: shared by residents' requests and volunteers' reports."""

from __future__ import annotations

from handlers import notify, texts
from handlers.context import Context
from handlers.duplicates import flag_likely_duplicate
from handlers.messages import Button
from nlp.sensitive import mask
from nlp.triage import CATEGORY_LABELS, Triage
from storage.models import Ticket, TicketMessage

NO_TICKET_CATEGORIES = ("inquiry", "other")


def category_label(code: str) -> str:
    return CATEGORY_LABELS.get(code, code)


def open_ticket(ctx: Context, triage: Triage, text: str, *, category: str | None = None,
                place: tuple[str | None, str | None] | None = None, items: list[dict] | None = None,
                who: str = "") -> Ticket:
    """Store a new ticket for the sender with its first message and its first deadline.

    `place` overrides the town and village read from the text (a volunteer's chosen place);
    `items` are media or locations sent with it; `who` names the person a report is about.
    """
    now = ctx.services.now()
    town, village = place if place is not None else (triage.town, triage.village)
    chosen = category or triage.category
    if chosen in NO_TICKET_CATEGORIES:
        chosen = next((c for c in triage.secondary if c not in NO_TICKET_CATEGORIES), "temporary")
    ticket = Ticket(
        reporter_id=ctx.person.id, source="volunteer" if ctx.person.role == "volunteer" else "resident",
        category=chosen, secondary=list(triage.secondary), urgent=triage.urgent, state="new",
        town=town, village=village, keywords=list(triage.keywords),
        evidence=triage.evidence_text(),
    )
    _set_first_deadlines(ctx, ticket, now)
    ctx.uow.tickets.add(ticket)
    add_message(ctx, ticket, text, triage)
    attach_items(ctx, ticket, items or [])
    _attach_pending_media(ctx, ticket)
    ctx.audit("created", ticket_id=ticket.id, detail=f"{category_label(chosen)}；{ticket.evidence}")
    flag_likely_duplicate(ctx, ticket, who)
    notify.new_ticket(ctx, ticket)
    return ticket


def _set_first_deadlines(ctx: Context, ticket: Ticket, now) -> None:
    """Urgent: accept in 30 minutes, first help in 24 hours on the clock; else accept in working days."""
    deadlines = ctx.settings.deadlines
    if ticket.urgent:
        ticket.due_at = now + deadlines.urgent_accept.wall()
        ticket.first_help_due_at = now + deadlines.urgent_first_help.wall()
    else:
        ticket.due_at = ctx.settings.working_hours.add(now, deadlines.accept)
        ticket.first_help_due_at = None
    ticket.due_kind = "accept"


def make_urgent(ctx: Context, ticket: Ticket, triage: Triage) -> None:
    """A later message reveals an emergency: the ticket moves to the green channel."""
    ticket.urgent = True
    now = ctx.services.now()
    ticket.first_help_due_at = now + ctx.settings.deadlines.urgent_first_help.wall()
    if ticket.state == "new":
        ticket.due_at = now + ctx.settings.deadlines.urgent_accept.wall()
    elif ticket.due_at is None or ticket.first_help_due_at < ticket.due_at:  # taken already: first help is due
        ticket.due_at, ticket.due_kind = ticket.first_help_due_at, "first_help"
    ctx.audit("urgent", ticket_id=ticket.id, detail=triage.evidence_text())


def add_message(ctx: Context, ticket: Ticket, text: str, triage: Triage | None = None) -> TicketMessage:
    """Attach the sender's text (masked; original encrypted when it holds ID or phone numbers)."""
    incoming = ctx.incoming
    spans = triage.sensitive if triage else ()
    message = TicketMessage(
        person_id=ctx.person.id, inbound_id=ctx.inbound_id,
        text_masked=mask(text, spans) if spans else text,
        media_kind=incoming.media.kind if incoming.media else None,
        media_file_id=incoming.media.file_id if incoming.media else None,
        latitude=incoming.location.latitude if incoming.location else None,
        longitude=incoming.location.longitude if incoming.location else None,
    )
    return ctx.uow.tickets.add_message(ticket, message, text if spans else None)


def _attach_pending_media(ctx: Context, ticket: Ticket) -> None:
    """Photos or locations sent before any words join the ticket they were meant for."""
    state = ctx.state()
    if state is None or state.state != "pending_media":
        return
    attach_items(ctx, ticket, state.data.get("items", []))
    ctx.uow.conversations.clear(ctx.person.id)


def attach_items(ctx: Context, ticket: Ticket, items: list[dict]) -> None:
    """Media and locations kept while the words were still coming."""
    for item in items:
        message = TicketMessage(person_id=ctx.person.id, inbound_id=item.get("inbound_id"),
                                media_kind=item.get("kind"), media_file_id=item.get("file_id"),
                                latitude=item.get("lat"), longitude=item.get("lon"), text_masked="")
        ctx.uow.tickets.add_message(ticket, message, None)


def town_buttons(ctx: Context, ticket_id: int) -> tuple[tuple[Button, ...], ...]:
    towns = list(ctx.settings.towns)
    buttons = [Button(town, f"town:{ticket_id}:{index}") for index, town in enumerate(towns)]
    return tuple(tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2))


def village_buttons(ctx: Context, ticket_id: int, town: str) -> tuple[tuple[Button, ...], ...]:
    villages = ctx.settings.towns.get(town, ())
    buttons = [Button(village, f"vill:{ticket_id}:{index}") for index, village in enumerate(villages)]
    rows = [tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((Button("不清楚 / 不在列表里", f"vill:{ticket_id}:x"),))
    return tuple(rows)


def contact_by(ctx: Context, ticket: Ticket) -> str:
    """When the person will be contacted, in their time zone."""
    moment = ticket.first_help_due_at if ticket.urgent and ticket.first_help_due_at else ticket.due_at
    return texts.when(moment, ctx.settings.working_hours.timezone)
