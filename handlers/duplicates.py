"""Likely duplicates (the same person reported twice) are linked, never dropped; staff merge them."""

from __future__ import annotations

from handlers import notify, texts
from handlers.arguments import words_and_rest
from handlers.context import Context
from handlers.scope import find_ticket
from storage.models import Ticket, TicketMessage
from storage.repositories import OPEN_STATES

MIN_SHARED_KEYWORDS = 3


def flag_likely_duplicate(ctx: Context, ticket: Ticket, who: str = "") -> Ticket | None:
    """Link `ticket` to a recent open ticket of the same village about the same person, if any."""
    if ticket.town is None:
        return None
    since = ctx.services.now() - ctx.settings.duplicate_window.wall()
    conditions = [Ticket.id != ticket.id, Ticket.state.in_(OPEN_STATES), Ticket.created_at >= since,
                  Ticket.town == ticket.town]
    if ticket.village:
        conditions.append(Ticket.village == ticket.village)
    best = max(((_likeness(ctx, ticket, other, who), other) for other in ctx.uow.tickets.query(*conditions)),
               key=lambda pair: pair[0], default=(0, None))
    if best[0] <= 0:
        return None
    ctx.audit("possible_duplicate", ticket_id=ticket.id, detail=f"#{best[1].id}")
    return best[1]


def _likeness(ctx: Context, ticket: Ticket, other: Ticket, who: str) -> int:
    """A named person mentioned in both, or several shared keywords."""
    if len(who.strip()) >= 2:
        texts_of_other = " ".join(m.text_masked for m in ctx.uow.tickets.messages(other.id))
        if who.strip() in texts_of_other:
            return 10
    shared = set(ticket.keywords) & set(other.keywords)
    smaller = min(len(ticket.keywords), len(other.keywords)) or 1
    return len(shared) if len(shared) >= MIN_SHARED_KEYWORDS or len(shared) / smaller >= 0.6 else 0


def linked_to(ctx: Context, ticket: Ticket) -> list[str]:
    """'#M' of the tickets this one may duplicate (for staff cards)."""
    return [event.detail for event in ctx.uow.events.of_ticket(ticket.id) if event.action == "possible_duplicate"]


def merge(ctx: Context, args: tuple[str, ...]) -> None:
    """/merge N M — N joins M: all of N's messages move to M; both reporters are told."""
    words, _ = words_and_rest(ctx.incoming.text, 2)
    if len(words) < 2:
        ctx.reply("用法：<code>/merge N M</code>（把工单 N 合并到工单 M）。")
        return
    source = find_ticket(ctx, words[0], "/merge")
    target = find_ticket(ctx, words[1], "/merge") if source else None
    if source is None or target is None:
        return
    if source.id == target.id or source.state not in OPEN_STATES or target.state not in OPEN_STATES:
        ctx.reply(f"不能把 #{source.id} 合并到 #{target.id}：两个工单都必须是未办结的不同工单。")
        return
    moved = ctx.uow.session.query(TicketMessage).filter_by(ticket_id=source.id).update({"ticket_id": target.id})
    source.state, source.duplicate_of, source.due_at, source.due_kind = "duplicate", target.id, None, None
    target.urgent = target.urgent or source.urgent
    ctx.audit("merged", ticket_id=source.id, detail=f"并入 #{target.id}")
    ctx.audit("merged", ticket_id=target.id, detail=f"并入 #{source.id} 的 {moved} 条消息")
    notify.reporter(ctx, source, f"您反映的 #{source.id} 与 #{target.id} 是同一件事，已合并到 #{target.id} 一起办理。")
    if target.reporter_id != source.reporter_id:
        notify.reporter(ctx, target, f"另有人反映了同一情况，已合并到工单 #{target.id} 一起办理。")
    ctx.reply(f"已把工单 #{source.id} 合并到 #{target.id}（移动 {moved} 条消息），已告知双方。")


def hint(ctx: Context, ticket: Ticket) -> str:
    links = linked_to(ctx, ticket)
    return f"\n⚠️ 可能与 {texts.esc('、'.join(links))} 重复（/merge {ticket.id} M 合并）" if links else ""
