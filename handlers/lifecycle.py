"""Ticket transitions: each sets the next deadline, records who and why, and tells the reporter."""

from __future__ import annotations

from handlers import notify
from handlers.context import Context
from handlers.texts import esc
from nlp.sensitive import mask
from storage.models import Ticket


def _reporter_noun(ticket: Ticket) -> str:
    return "您报告的线索" if ticket.source == "volunteer" else "您的工单"


def _office(ctx: Context, ticket: Ticket) -> str:
    office = f"{ticket.town or ctx.settings.district}民政办"
    if ctx.settings.hotline.show_staff_contact and ticket.assignee:
        phone = ctx.uow.persons.phone(ticket.assignee)
        office += f"（{esc(ticket.assignee.name)}{'，电话 ' + esc(phone) if phone else ''}）"
    return office


def accepted(ctx: Context, ticket: Ticket) -> None:
    """After a successful claim: the next clock is first help (urgent) or the home visit."""
    now = ctx.services.now()
    if ticket.urgent and ticket.first_help_due_at:
        ticket.due_at, ticket.due_kind = ticket.first_help_due_at, "first_help"
    else:
        ticket.due_at, ticket.due_kind = ctx.settings.working_hours.add(now, ctx.settings.deadlines.verify), "verify"
    ctx.audit("accepted", ticket_id=ticket.id)
    notify.reporter(ctx, ticket, f"{_reporter_noun(ticket)} #{ticket.id} 已由{esc(_office(ctx, ticket))}受理，"
                                 "工作人员会尽快联系您，需要时上门了解情况。")


def visited(ctx: Context, ticket: Ticket, record: str) -> None:
    """A home visit or check is recorded: the ticket is being verified, the resolve clock runs."""
    ticket.state = "verifying" if ticket.state in ("new", "accepted") else ticket.state
    ticket.due_at = ctx.settings.working_hours.add(ticket.created_at, ctx.settings.deadlines.resolve)
    ticket.due_kind = "resolve"
    ticket.updated_at = ctx.services.now()
    ctx.audit("visit", ticket_id=ticket.id, detail=record)


def resolved(ctx: Context, ticket: Ticket, outcome: str) -> None:
    now = ctx.services.now()
    ticket.state, ticket.outcome, ticket.resolved_at, ticket.updated_at = "resolved", outcome, now, now
    ticket.due_at = ctx.settings.working_hours.add(now, ctx.settings.deadlines.followup)
    ticket.due_kind = "followup"
    ctx.audit("resolved", ticket_id=ticket.id, detail=outcome)
    if ticket.source == "volunteer":
        # The reporter is not the person helped: tell the outcome without ID or phone numbers.
        notify.reporter(ctx, ticket, f"您报告的线索 #{ticket.id} 已办结，谢谢您！\n办理结果：{esc(mask(outcome))}")
        return
    notify.reporter(ctx, ticket, f"{_reporter_noun(ticket)} #{ticket.id} 已办结。\n办理结果：{esc(outcome)}\n"
                                 "之后工作人员会回访，听听您的意见。还有困难可以随时再发消息。")


def rejected(ctx: Context, ticket: Ticket, reason: str) -> None:
    now = ctx.services.now()
    ticket.state, ticket.outcome, ticket.updated_at, ticket.due_at, ticket.due_kind = (
        "rejected", reason, now, None, None)
    ctx.audit("rejected", ticket_id=ticket.id, detail=reason)
    notify.reporter(ctx, ticket, f"{_reporter_noun(ticket)} #{ticket.id} 经核实不予受理。\n理由：{esc(reason)}\n"
                                 f"如有异议，可以向{esc(ctx.settings.hotline.bureau)}申请复核，"
                                 "也可以直接回复说明情况，我们会转给督办人员。")


def reopened(ctx: Context, ticket: Ticket) -> None:
    now = ctx.services.now()
    ticket.state = "accepted" if ticket.assignee_id else "new"
    ticket.outcome, ticket.resolved_at, ticket.updated_at = None, None, now
    ticket.due_at = ctx.settings.working_hours.add(now, ctx.settings.deadlines.verify)
    ticket.due_kind = "verify"
    ctx.audit("reopened", ticket_id=ticket.id)
    notify.reporter(ctx, ticket, f"{_reporter_noun(ticket)} #{ticket.id} 已重新打开，工作人员会继续办理。")


def referred(ctx: Context, ticket: Ticket, department_name: str) -> None:
    ticket.state, ticket.updated_at = "referred", ctx.services.now()
    notify.reporter(ctx, ticket, f"{_reporter_noun(ticket)} #{ticket.id} 已转交{esc(department_name)}协同办理"
                                 "（一门受理、协同办理），办理结果会告诉您。")


def referrals_settled(ctx: Context, ticket: Ticket) -> None:
    """No referral is open any more: the ticket is back with its caseworker to decide."""
    if ticket.state == "referred" and not ctx.uow.referrals.open_of(ticket.id):
        ticket.state = "verifying"
        ticket.due_at = ctx.settings.working_hours.add(ticket.created_at, ctx.settings.deadlines.resolve)
        ticket.due_kind = "resolve"
