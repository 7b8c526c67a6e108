"""What reminders say (催办、超时督办、通报、回访、转介退回). HTML; user text goes through `esc`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from handlers import notify
from handlers.deadlines import Deadline
from handlers.messages import Button, Outgoing
from handlers.settings import Settings
from handlers.staff_texts import place
from handlers.texts import esc, when
from nlp.triage import CATEGORY_LABELS
from storage.models import Person, Ticket

RATINGS = {3: "满意", 2: "基本满意", 1: "不满意"}
CHUNK = 3800


def span(delta: timedelta) -> str:
    """'2小时'、'45分钟'、'3天4小时' — rounded for people."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return f"{seconds}秒"
    if seconds < 3600:
        return f"{seconds // 60}分钟"
    if seconds < 2 * 86400:
        hours, minutes = divmod(seconds // 60, 60)
        return f"{hours}小时" + (f"{minutes}分钟" if minutes and hours < 10 else "")
    days, rest = divmod(seconds, 86400)
    return f"{days}天" + (f"{rest // 3600}小时" if rest >= 3600 else "")


def summary(ticket: Ticket) -> str:
    urgent = "🔴【急难】" if ticket.urgent else ""
    return f"{urgent}工单 #{ticket.id}（{esc(CATEGORY_LABELS.get(ticket.category, ticket.category))} · {place(ticket)}）"


def _at(settings: Settings, deadline: Deadline) -> str:
    return when(deadline.at, settings.working_hours.timezone)


def staff_buttons(ticket: Ticket) -> tuple[tuple[Button, ...], ...]:
    return notify.staff_buttons(ticket.id)


def liaison_buttons(ticket_id: int, kind: str) -> tuple[tuple[Button, ...], ...]:
    if kind == "referral_accept":
        return ((Button("接收", f"lacc:{ticket_id}"), Button("退回", f"lret:{ticket_id}")),)
    return ((Button("办结回复", f"lcls:{ticket_id}"), Button("退回", f"lret:{ticket_id}")),)


def rating_buttons(ticket_id: int) -> tuple[tuple[Button, ...], ...]:
    return (tuple(Button(label, f"fu:{ticket_id}:{score}") for score, label in RATINGS.items()),)


def remind(settings: Settings, ticket: Ticket, deadline: Deadline, now: datetime) -> str:
    return (f"⏰ <b>催办</b>：{summary(ticket)}\n<b>{deadline.label}</b>时限 {_at(settings, deadline)}，"
            f"还剩约 {span(deadline.at - now)}。")


def _late(deadline: Deadline, now: datetime) -> str:
    late = now - deadline.at
    return f"（超时约 {span(late)}）" if late >= timedelta(seconds=1) else ""


def _again(repeat: int) -> str:
    return f"（第 {repeat + 1} 次提醒）" if repeat else ""


def overdue(settings: Settings, ticket: Ticket, deadline: Deadline, now: datetime, repeat: int) -> str:
    return (f"🔴 <b>已超时</b>{_again(repeat)}：{summary(ticket)}\n<b>{deadline.label}</b>时限 "
            f"{_at(settings, deadline)} 已过{_late(deadline, now)}，已报区民政局督办，请尽快办理。")


def escalation(settings: Settings, ticket: Ticket, deadline: Deadline, now: datetime, repeat: int,
               staff: Sequence[Person]) -> str:
    holder = f"承办人：{esc(ticket.assignee.name)}" if ticket.assignee else \
        f"未接单（{esc('、'.join(p.name for p in staff) or '无人负责')}）"
    return (f"🔴 <b>超时督办</b>{_again(repeat)}：{summary(ticket)}\n<b>{deadline.label}</b>时限 "
            f"{_at(settings, deadline)} 已过{_late(deadline, now)}。{holder}。")


def flag(settings: Settings, ticket: Ticket, deadline: Deadline) -> str:
    return (f"🚩 <b>通报</b>：{summary(ticket)}\n<b>{deadline.label}</b>时限 {_at(settings, deadline)} 已过 "
            f"{settings.deadlines.flag_after.describe()}仍未办理，已列入通报（月报中列出）。")


def followup_staff(ticket: Ticket) -> str:
    return (f"📞 <b>回访提醒</b>：{summary(ticket)} 已办结，请上门或电话回访，并记录满意度：\n"
            f"<code>/followup {ticket.id} 满意</code>（或 基本满意、不满意，可加说明）")


def followup_question(ticket: Ticket) -> str:
    outcome = f"\n办理结果：{esc(ticket.outcome)}" if ticket.outcome else ""
    return (f"您好！您的工单 #{ticket.id}（{esc(CATEGORY_LABELS.get(ticket.category, ticket.category))}）已办结。"
            f"{outcome}\n您对办理结果满意吗？请点下面的按钮，点完还可以写几句意见。")


def referral_remind(settings: Settings, ticket: Ticket, deadline: Deadline, now: datetime) -> str:
    return (f"⏰ <b>催办</b>：转介{summary(ticket)}\n<b>{deadline.label}</b>时限 {_at(settings, deadline)}，"
            f"还剩约 {span(deadline.at - now)}。逾期未办将自动退回镇街。")


def referral_returned(settings: Settings, ticket: Ticket, deadline: Deadline, department: str) -> str:
    return (f"↩️ <b>转介超时自动退回</b>：{esc(department)} 未在<b>{deadline.label}</b>时限"
            f"（{_at(settings, deadline)}）内办理{summary(ticket)}的转介。\n原因：超时未接收/未回复，自动退回。\n"
            f"请改转其他部门（<code>/refer {ticket.id} 部门代码</code>）或报区民政局督办。")


def referral_returned_liaison(ticket: Ticket, deadline: Deadline) -> str:
    return f"工单 #{ticket.id} 的转介已超过{deadline.label}时限，已自动退回镇街，本部门无需再办理。"


def referral_escalation(ticket: Ticket, department: str, deadline: Deadline) -> str:
    return (f"🔴 <b>超时督办</b>：{esc(department)} 未在{deadline.label}时限内办理{summary(ticket)}的转介，"
            "已自动退回镇街。")


def digest(chat_id: int, items: Sequence[Outgoing]) -> list[Outgoing]:
    """Many reminders for one person as few messages (no buttons; /overdue and /ticket N have them)."""
    head = f"⏰ 共 {len(items)} 条提醒（可用 /overdue 查看，/ticket N 办理）：\n\n"
    chunks, current = [], head
    for item in items:
        if len(current) + len(item.text) + 2 > CHUNK:
            chunks.append(current)
            current = ""
        current += item.text + "\n\n"
    chunks.append(current)
    return [Outgoing(chat_id, chunk.strip()) for chunk in chunks if chunk.strip()]
