"""A resident's free text: triage, then a ticket, a policy answer, or the right channel."""

from __future__ import annotations

from handlers import knowledge_texts, texts
from handlers.context import Context
from handlers.messages import Button
from handlers.tickets import (
    NO_TICKET_CATEGORIES,
    add_message,
    category_label,
    contact_by,
    make_urgent,
    open_ticket,
    town_buttons,
)
from nlp.triage import Triage
from storage.models import Ticket


def on_message(ctx: Context) -> None:
    """Any non-command message from a resident."""
    incoming = ctx.incoming
    if incoming.contact_phone:
        ctx.uow.persons.set_phone(ctx.person, incoming.contact_phone)
    text = incoming.text.strip()
    if not text:
        _without_words(ctx)
        return
    triage = ctx.services.triager.classify(text)
    ticket = ctx.uow.tickets.latest_open_of(ctx.person.id)
    if ticket is not None:
        _add_to_open(ctx, ticket, triage, text)
    elif _wants_ticket_anyway(ctx) or triage.urgent or triage.category not in NO_TICKET_CATEGORIES:
        _open(ctx, triage, text)
    elif triage.category == "inquiry":
        _answer_inquiry(ctx, triage, text)
    else:
        ctx.audit("out_of_scope", detail=f"update {incoming.update_id}")
        ctx.reply(texts.out_of_scope(ctx.settings))


def _open(ctx: Context, triage: Triage, text: str, category: str | None = None) -> Ticket:
    """Open the ticket, answer with its number and deadline, and ask for the town if unknown."""
    hinted = _take_requested_category(ctx)
    ticket = open_ticket(ctx, triage, text, category=category or hinted)
    reply_opened(ctx, ticket, triage)
    return ticket


def reply_opened(ctx: Context, ticket: Ticket, triage: Triage) -> None:
    if triage.crisis:
        ctx.reply(texts.self_harm_first(ctx.settings))
    ctx.reply(texts.ticket_opened(ticket.id, category_label(ticket.category), contact_by(ctx, ticket),
                                  ticket.urgent))
    if ticket.town is None:
        ctx.reply(texts.ask_town(), town_buttons(ctx, ticket.id))


def _add_to_open(ctx: Context, ticket: Ticket, triage: Triage, text: str) -> None:
    """A second message joins the open ticket; an emergency in it upgrades the ticket."""
    message = add_message(ctx, ticket, text, triage)
    if ticket.town is None and triage.town:
        ticket.town, ticket.village = triage.town, triage.village
        ctx.audit("place_set", ticket_id=ticket.id, detail=f"{triage.town}{triage.village or ''}（从补充消息识别）")
    if triage.crisis:
        ctx.reply(texts.self_harm_first(ctx.settings))
    if triage.urgent and not ticket.urgent:
        make_urgent(ctx, ticket, triage)
        ctx.reply(texts.became_urgent(ticket.id))
    ctx.audit("message_added", ticket_id=ticket.id, detail=f"消息 {message.id}")
    ctx.reply(texts.added_to_ticket(ticket.id), ((Button("这是新问题，另开工单", f"split:{message.id}"),),))


def _answer_inquiry(ctx: Context, triage: Triage, text: str) -> None:
    """A pure policy question: answer from the knowledge base, offer a ticket after all."""
    entry = ctx.services.knowledge.best_match(text, triage.secondary)
    button = Button("我有困难，需要登记求助", f"open:{ctx.inbound_id}:{entry.category}")
    ctx.audit("inquiry_answered", detail=f"{entry.category}；update {ctx.incoming.update_id}")
    ctx.reply(knowledge_texts.answer(entry, ctx.settings), ((button,),))


def _without_words(ctx: Context) -> None:
    """Media, a location or an empty message: keep what came, ask for a few words."""
    incoming = ctx.incoming
    if incoming.media is None and incoming.location is None:
        ctx.reply(texts.empty_text())
        return
    ticket = ctx.uow.tickets.latest_open_of(ctx.person.id)
    if ticket is not None:
        add_message(ctx, ticket, "")
        ctx.audit("media_added", ticket_id=ticket.id, detail=incoming.media.kind if incoming.media else "位置")
        ctx.reply(texts.ask_for_words(ticket.id))
        return
    _keep_pending_media(ctx)
    ctx.reply(texts.ask_for_words(None))


def _keep_pending_media(ctx: Context) -> None:
    incoming = ctx.incoming
    state = ctx.state()
    items = list(state.data.get("items", [])) if state and state.state == "pending_media" else []
    items.append({
        "inbound_id": ctx.inbound_id,
        "kind": incoming.media.kind if incoming.media else None,
        "file_id": incoming.media.file_id if incoming.media else None,
        "lat": incoming.location.latitude if incoming.location else None,
        "lon": incoming.location.longitude if incoming.location else None,
    })
    ctx.uow.conversations.set(ctx.person.id, "pending_media", {"items": items})


def _wants_ticket_anyway(ctx: Context) -> bool:
    """After the 'open a ticket' button on a general answer, the next words open a ticket."""
    state = ctx.state()
    return state is not None and state.state == "describe"


def _take_requested_category(ctx: Context) -> str | None:
    state = ctx.state()
    if state is None or state.state != "describe":
        return None
    ctx.uow.conversations.clear(ctx.person.id)
    return state.data.get("category")
