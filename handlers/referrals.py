"""Referrals (转介): caseworkers refer and revoke; department liaisons accept, note, report back or return."""

from __future__ import annotations

from handlers import lifecycle, notify, staff_texts, texts
from handlers.arguments import words_and_rest
from handlers.context import Context
from handlers.messages import Button
from handlers.scope import find_ticket
from handlers.settings import Department
from storage.models import Referral, Ticket


def department_buttons(ctx: Context, ticket_id: int) -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(d.name, f"refd:{ticket_id}:{d.code}") for d in ctx.settings.departments]
    return tuple(tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2))


def refer(ctx: Context, args: tuple[str, ...]) -> None:
    """/refer N DEPT [text] — hand the ticket to a department; several may be open at once."""
    words, text = words_and_rest(ctx.incoming.text, 2)
    ticket = find_ticket(ctx, words[0] if words else None, "/refer")
    if ticket is None:
        return
    department = ctx.settings.department(words[1]) if len(words) > 1 else None
    if department is None:
        codes = "\n".join(f"<code>{texts.esc(d.code)}</code> {texts.esc(d.name)}" for d in ctx.settings.departments)
        ctx.reply(f"请写部门代码，例如 <code>/refer {ticket.id} {ctx.settings.departments[0].code}</code>：\n{codes}")
        return
    refer_to(ctx, ticket, department, text)


def refer_to(ctx: Context, ticket: Ticket, department: Department, text: str) -> None:
    if ticket.state not in ("accepted", "verifying", "referred"):
        hint = "请先接单（/accept）。" if ticket.state == "new" else ""
        ctx.reply(f"工单 #{ticket.id} 现在是「{texts.STATE_LABELS.get(ticket.state)}」，不能转介。{hint}")
        return
    if ctx.uow.referrals.open_of(ticket.id, department.code):
        ctx.reply(f"工单 #{ticket.id} 已转介给{texts.esc(department.name)}，还在办理中。")
        return
    due = ctx.settings.working_hours.add(ctx.services.now(), ctx.settings.deadlines.referral_accept)
    ctx.uow.referrals.add(Referral(ticket_id=ticket.id, department=department.code, state="sent", note=text,
                                   referred_by=ctx.person.id, due_at=due))
    ctx.audit("referred", ticket_id=ticket.id, detail=f"{department.code} {text}".strip())
    lifecycle.referred(ctx, ticket, department.name)
    card = staff_texts.card(ctx, ticket, headline=f"转介给{department.name}的工单")
    note = f"\n转介说明：{texts.esc(text)}" if text else ""
    buttons = ((Button("接收", f"lacc:{ticket.id}"), Button("退回", f"lret:{ticket.id}")),
               (Button("办结回复", f"lcls:{ticket.id}"),))
    for liaison in ctx.uow.persons.with_role("liaison", department=department.code):
        ctx.notify(liaison.chat_id, card + note, buttons)
    ctx.reply(f"工单 #{ticket.id} 已转介给{texts.esc(department.name)}，部门接收时限 "
              f"{texts.when(due, ctx.settings.working_hours.timezone)}。")


def revoke(ctx: Context, args: tuple[str, ...]) -> None:
    """/revoke N DEPT — the caseworker takes a referral back."""
    words, _ = words_and_rest(ctx.incoming.text, 2)
    ticket = find_ticket(ctx, words[0] if words else None, "/revoke")
    if ticket is None:
        return
    code = words[1].upper() if len(words) > 1 else ""
    referrals = ctx.uow.referrals.open_of(ticket.id, ctx.settings.department(code).code) \
        if ctx.settings.department(code) else []
    if not referrals:
        ctx.reply(f"工单 #{ticket.id} 没有转给「{texts.esc(code)}」且未完成的转介。用 /ticket {ticket.id} 查看。")
        return
    _settle(ctx, ticket, referrals[0], "revoked", "revoked")
    for liaison in ctx.uow.persons.with_role("liaison", department=referrals[0].department):
        ctx.notify(liaison.chat_id, f"工单 #{ticket.id} 的转介已由镇街撤回，无需再办理。")
    ctx.reply(f"已撤回工单 #{ticket.id} 对 {texts.esc(referrals[0].department)} 的转介。")


def _settle(ctx: Context, ticket: Ticket, referral: Referral, state: str, action: str, detail: str = "") -> None:
    """Close a referral one way or another; the ticket leaves `referred` when none is open."""
    referral.state, referral.updated_at = state, ctx.services.now()
    if detail:
        referral.result = detail
    ctx.audit(action, ticket_id=ticket.id, detail=f"{referral.department} {detail}".strip())
    lifecycle.referrals_settled(ctx, ticket)


def _liaison_referral(ctx: Context, command: str, needs_text: str | None) -> tuple[Ticket, Referral, str] | None:
    """The open referral of the ticket to the liaison's own department, or an answer why not."""
    words, text = words_and_rest(ctx.incoming.text, 1)
    ticket = find_ticket(ctx, words[0] if words else None, command)
    if ticket is None:
        return None
    referrals = ctx.uow.referrals.open_of(ticket.id, ctx.person.department)
    if not referrals:
        ctx.reply(f"工单 #{ticket.id} 没有转给本部门、待办理的转介。")
        return None
    if needs_text and not text:
        ctx.reply(f"请在工单号后写上{needs_text}，例如 <code>{command} {ticket.id} …</code>。")
        return None
    return ticket, referrals[0], text


def liaison_accept(ctx: Context, args: tuple[str, ...]) -> None:
    """/accept N (liaison) — the department takes the referral; the report-back clock starts."""
    found = _liaison_referral(ctx, "/accept", None)
    if found is None:
        return
    ticket, referral, _ = found
    if referral.state == "accepted":
        ctx.reply(f"本部门已接收工单 #{ticket.id} 的转介。")
        return
    referral.state, referral.updated_at = "accepted", ctx.services.now()
    referral.due_at = ctx.settings.working_hours.add(ctx.services.now(), ctx.settings.deadlines.referral_done)
    ctx.audit("referral_accepted", ticket_id=ticket.id, detail=referral.department)
    notify.staff_update(ctx, ticket, f"{_dept(ctx, referral)}已接收工单 #{ticket.id} 的转介。")
    ctx.reply(f"已接收工单 #{ticket.id}。办结回复时限 {texts.when(referral.due_at, ctx.settings.working_hours.timezone)}。")


def liaison_note(ctx: Context, args: tuple[str, ...]) -> None:
    found = _liaison_referral(ctx, "/note", "备注内容")
    if found is None:
        return
    ticket, referral, text = found
    ctx.audit("referral_note", ticket_id=ticket.id, detail=f"{referral.department} {text}")
    notify.staff_update(ctx, ticket, f"{_dept(ctx, referral)}在工单 #{ticket.id} 备注：{texts.esc(text)}")
    ctx.reply(f"已在工单 #{ticket.id} 记录备注，已告知承办人。")


def liaison_close(ctx: Context, args: tuple[str, ...]) -> None:
    """/close N result (liaison) — report back; the caseworker decides what follows."""
    found = _liaison_referral(ctx, "/close", "办理结果")
    if found is None:
        return
    ticket, referral, text = found
    _settle(ctx, ticket, referral, "done", "referral_done", text)
    notify.staff_update(ctx, ticket, f"{_dept(ctx, referral)}已办结工单 #{ticket.id} 的转介：{texts.esc(text)}")
    ctx.reply(f"已回复工单 #{ticket.id} 的办理结果，已告知承办人。")


def liaison_return(ctx: Context, args: tuple[str, ...]) -> None:
    """/return N reason (liaison) — send the referral back to the caseworker."""
    found = _liaison_referral(ctx, "/return", "退回理由")
    if found is None:
        return
    ticket, referral, text = found
    _settle(ctx, ticket, referral, "returned", "referral_returned", text)
    notify.staff_update(ctx, ticket, f"{_dept(ctx, referral)}退回了工单 #{ticket.id} 的转介：{texts.esc(text)}")
    ctx.reply(f"已退回工单 #{ticket.id} 的转介，已告知承办人。")


def _dept(ctx: Context, referral: Referral) -> str:
    department = ctx.settings.department(referral.department)
    return texts.esc(department.name if department else referral.department)
