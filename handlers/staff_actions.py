"""Caseworkers' and supervisors' actions on a ticket: accept, note, visit, close, reject, reopen, town, reveal."""

from __future__ import annotations

from handlers import lifecycle, notify, staff_texts, texts
from handlers.arguments import words_and_rest
from handlers.context import Context
from handlers.scope import find_ticket, refuse
from storage.models import Ticket

WORKING_STATES = ("accepted", "verifying", "referred")


def _ticket_and_text(ctx: Context, command: str, needs_text: str | None) -> tuple[Ticket | None, str]:
    """Parse `/cmd N text`; answers and returns None when something is missing or not allowed."""
    words, rest = words_and_rest(ctx.incoming.text, 1)
    ticket = find_ticket(ctx, words[0] if words else None, command)
    if ticket is not None and needs_text and not rest:
        ctx.reply(f"请在工单号后写上{needs_text}，例如 <code>{command} {ticket.id} …</code>。")
        return None, ""
    return ticket, rest


def _wrong_state(ctx: Context, ticket: Ticket, action: str) -> None:
    ctx.reply(f"工单 #{ticket.id} 现在是「{texts.STATE_LABELS.get(ticket.state, ticket.state)}」，不能{action}。")


def accept(ctx: Context, args: tuple[str, ...]) -> None:
    """/accept N — take the ticket; of two caseworkers pressing at once, exactly one gets it."""
    ticket, _ = _ticket_and_text(ctx, "/accept", None)
    if ticket is not None:
        take(ctx, ticket)


def take(ctx: Context, ticket: Ticket, *, quiet_if_taken: bool = False) -> bool:
    """Claim the ticket for the sender; says who has it when someone was faster."""
    if ticket.state != "new" or not ctx.uow.tickets.claim_new(ticket.id, ctx.person.id):
        ctx.uow.session.refresh(ticket)
        if quiet_if_taken:
            return False
        holder = ticket.assignee.name if ticket.assignee else "其他人"
        if ticket.state == "accepted" or ticket.assignee_id:
            ctx.reply(f"工单 #{ticket.id} 已由 {texts.esc(holder)} 接单。")
        else:
            _wrong_state(ctx, ticket, "接单")
        return False
    ctx.uow.session.refresh(ticket)
    lifecycle.accepted(ctx, ticket)
    ctx.reply(staff_texts.card(ctx, ticket, headline="您已接单"), notify.staff_buttons(ticket.id))
    notify.staff_update(ctx, ticket, f"工单 #{ticket.id} 已由 {texts.esc(ctx.person.name)} 接单。")
    return True


def note(ctx: Context, args: tuple[str, ...]) -> None:
    """/note N text — a note on the timeline."""
    ticket, text = _ticket_and_text(ctx, "/note", "备注内容")
    if ticket is not None:
        ctx.audit("note", ticket_id=ticket.id, detail=text)
        ctx.reply(f"已在工单 #{ticket.id} 记录备注。")


def visit(ctx: Context, args: tuple[str, ...]) -> None:
    """/visit N text — the home visit or check result; the ticket moves to verifying."""
    ticket, text = _ticket_and_text(ctx, "/visit", "核查情况")
    if ticket is not None:
        record_visit(ctx, ticket, text)


def record_visit(ctx: Context, ticket: Ticket, text: str) -> None:
    if ticket.state not in WORKING_STATES:
        hint = "请先接单（/accept）。" if ticket.state == "new" else ""
        _wrong_state(ctx, ticket, f"记录核查。{hint}")
        return
    lifecycle.visited(ctx, ticket, text)
    ctx.reply(f"已记录工单 #{ticket.id} 的核查情况，状态：{texts.STATE_LABELS[ticket.state]}。")


def close(ctx: Context, args: tuple[str, ...]) -> None:
    """/close N outcome — resolve; refused while a referral is still open."""
    if ctx.person.role == "liaison":
        from handlers.referrals import liaison_close

        liaison_close(ctx, args)
        return
    ticket, text = _ticket_and_text(ctx, "/close", "办理结果")
    if ticket is not None:
        close_ticket(ctx, ticket, text)


def close_ticket(ctx: Context, ticket: Ticket, outcome: str) -> None:
    if ticket.state not in WORKING_STATES:
        _wrong_state(ctx, ticket, "办结")
        return
    waiting = ctx.uow.referrals.open_of(ticket.id)
    if waiting:
        codes = "、".join(texts.esc(r.department) for r in waiting)
        ctx.reply(f"工单 #{ticket.id} 还有未完成的转介（{codes}），请等部门回复或先撤回（/revoke）。")
        return
    lifecycle.resolved(ctx, ticket, outcome)
    ctx.reply(f"工单 #{ticket.id} 已办结，已告知求助人。{ctx.settings.deadlines.followup.describe()}后提醒回访。")


def reject(ctx: Context, args: tuple[str, ...]) -> None:
    """/reject N reason — not eligible; the reporter hears the reason and how to appeal."""
    ticket, text = _ticket_and_text(ctx, "/reject", "不予受理的理由")
    if ticket is None:
        return
    if ticket.state not in ("new", *WORKING_STATES) or ctx.uow.referrals.open_of(ticket.id):
        _wrong_state(ctx, ticket, "不予受理（有未完成的转介时也不能）")
        return
    lifecycle.rejected(ctx, ticket, text)
    ctx.reply(f"工单 #{ticket.id} 已标记为不予受理，已告知求助人理由和复核途径。")


def reopen(ctx: Context, args: tuple[str, ...]) -> None:
    """/reopen N — a resolved or rejected ticket is worked on again."""
    ticket, _ = _ticket_and_text(ctx, "/reopen", None)
    if ticket is None:
        return
    if ticket.state not in ("resolved", "rejected", "followed_up"):
        _wrong_state(ctx, ticket, "重新打开")
        return
    lifecycle.reopened(ctx, ticket)
    ctx.reply(f"工单 #{ticket.id} 已重新打开（{texts.STATE_LABELS[ticket.state]}）。")


def set_town(ctx: Context, args: tuple[str, ...]) -> None:
    """/town N TOWN — supervisors route a ticket whose town was unknown."""
    if ctx.person.role != "supervisor":
        refuse(ctx, "/town", "只有区民政局督办人员可以指定镇街。")
        return
    words, _ = words_and_rest(ctx.incoming.text, 2)
    ticket = find_ticket(ctx, words[0] if words else None, "/town")
    if ticket is None:
        return
    town = _match_town(ctx, words[1] if len(words) > 1 else "")
    if town is None:
        ctx.reply(f"请写镇街名称，可选：{texts.esc('、'.join(ctx.settings.towns))}。")
        return
    ticket.town, ticket.village = town, None
    ctx.audit("town_set", ticket_id=ticket.id, detail=town)
    ctx.reply(f"工单 #{ticket.id} 已指定到 {texts.esc(town)}，已通知该镇街民政干部。")
    notify.new_ticket(ctx, ticket)


def _match_town(ctx: Context, name: str) -> str | None:
    """Exact name, or a short form such as 下营 for 下营镇."""
    name = name.strip()
    if not name:
        return None
    matches = [town for town in ctx.settings.towns if town == name or town.startswith(name)]
    return matches[0] if len(matches) == 1 else None


def reveal(ctx: Context, args: tuple[str, ...]) -> None:
    """/reveal N — the unmasked originals, for the assigned caseworker only; every reveal is audited."""
    ticket, _ = _ticket_and_text(ctx, "/reveal", None)
    if ticket is None:
        return
    if ticket.assignee_id != ctx.person.id:
        refuse(ctx, f"/reveal #{ticket.id}", "只有本工单的承办人可以查看未打码的信息。", ticket_id=ticket.id)
        return
    originals = [ctx.uow.tickets.original_text(m) for m in ctx.uow.tickets.messages(ticket.id)]
    phone = ctx.uow.persons.phone(ticket.reporter)
    ctx.audit("reveal", ticket_id=ticket.id, detail="查看未打码的原文和电话")
    body = "\n".join(f"• {texts.esc(text)}" for text in originals if text)
    ctx.reply(f"🔒 工单 #{ticket.id} 原文（已留痕，请勿转发）：\n{body[:3500]}"
              f"\n求助人电话：{texts.esc(phone) if phone else '未提供'}")
