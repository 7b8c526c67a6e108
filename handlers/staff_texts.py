"""What staff read: ticket cards, details with timeline, help per role. User text is escaped."""

from __future__ import annotations

from handlers.context import Context
from handlers.texts import DUE_LABELS, STATE_LABELS, esc, when
from nlp.triage import CATEGORY_LABELS
from storage.models import Ticket

ACTION_LABELS = {
    "created": "登记", "message_added": "补充消息", "media_added": "补充图片/位置", "place_set": "确定地址",
    "urgent": "升为急难", "accepted": "接单", "note": "备注", "visit": "入户核查", "referred": "转介",
    "revoked": "撤回转介", "referral_accepted": "部门接收", "referral_note": "部门备注",
    "referral_done": "部门办结回复", "referral_returned": "部门退回", "resolved": "办结", "rejected": "不予受理",
    "reopened": "重新打开", "withdrawn": "居民撤回", "town_set": "指定镇街", "reveal": "查看敏感信息",
    "refused": "拒绝操作", "split": "拆分", "unreachable_task": "待电话/上门联系", "merged": "合并",
    "possible_duplicate": "可能重复",
    "reminded": "催办提醒", "escalated": "超时督办", "flagged": "通报", "followup_due": "回访提醒",
    "referral_timeout": "转介超时退回", "followed_up": "回访", "followup_comment": "回访意见", "spot_check": "随机抽查",
}
SOURCE_LABELS = {"resident": "居民求助", "volunteer": "主动发现"}


def place(ticket: Ticket) -> str:
    return esc(f"{ticket.town or '镇街未知'}{ticket.village or ''}")


def card(ctx: Context, ticket: Ticket, *, headline: str) -> str:
    """The short form sent with action buttons."""
    zone = ctx.settings.working_hours.timezone
    urgent = "🔴 <b>【急难·绿色通道】</b>\n" if ticket.urgent else ""
    messages = ctx.uow.tickets.messages(ticket.id)
    first = next((m.text_masked for m in messages if m.text_masked), "")
    excerpt = esc(first[:300] + ("…" if len(first) > 300 else ""))
    kind = DUE_LABELS.get(ticket.due_kind or "", ticket.due_kind or "")
    due = f"\n时限：{when(ticket.due_at, zone)}（{kind}）" if ticket.due_at else ""
    from handlers.duplicates import hint

    return (f"{urgent}<b>{esc(headline)} #{ticket.id}</b> {esc(CATEGORY_LABELS.get(ticket.category, ticket.category))}"
            f" · {place(ticket)} · {SOURCE_LABELS.get(ticket.source, ticket.source)}\n"
            f"{excerpt}\n研判依据：{esc(ticket.evidence or '—')}{due}{hint(ctx, ticket)}")


def detail(ctx: Context, ticket: Ticket) -> str:
    """`/ticket N`: everything staff may see, masked, with messages and the timeline."""
    zone = ctx.settings.working_hours.timezone
    uow = ctx.uow
    lines = [card(ctx, ticket, headline="工单"),
             f"状态：{STATE_LABELS.get(ticket.state, ticket.state)}"
             f"；承办人：{esc(ticket.assignee.name) if ticket.assignee else '未接单'}",
             f"关键词：{esc('、'.join(ticket.keywords) or '—')}"]
    if ticket.outcome:
        lines.append(f"结果：{esc(ticket.outcome)}")
    referrals = uow.referrals.of_ticket(ticket.id)
    if referrals:
        lines.append("转介：" + "；".join(f"{esc(r.department)} {r.state}" for r in referrals))
    lines.append("\n<b>消息</b>")
    for message in uow.tickets.messages(ticket.id):
        media = f"［{message.media_kind}］" if message.media_kind else ""
        spot = f"［位置 {message.latitude:.4f},{message.longitude:.4f}］" if message.latitude is not None else ""
        lines.append(f"{when(message.created_at, zone)} {media}{spot}{esc(message.text_masked[:600])}")
    lines.append("\n<b>时间线</b>")
    for event in uow.events.of_ticket(ticket.id):
        actor = uow.persons.get(event.actor_id) if event.actor_id else None
        who = esc(actor.name) if actor else "系统"
        lines.append(f"{when(event.at, zone)} {ACTION_LABELS.get(event.action, event.action)} · {who}"
                     f"{'：' + esc(event.detail[:300]) if event.detail else ''}")
    return _fit("\n".join(lines))


def _fit(text: str, limit: int = 3900) -> str:
    """Telegram's limit is 4096 characters: cut long histories at a line break."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[:cut] + "\n…（内容过长，已截断）"


STAFF_HELP = {
    "caseworker": (
        "<b>镇街民政干部命令</b>\n/next 领取最紧急的待办工单\n/mine 我承办的工单\n/open 本镇街未办结工单\n"
        "/ticket N 工单详情\n/accept N 接单\n/note N 内容 记录备注\n/visit N 内容 入户核查结果\n"
        "/refer N 部门代码 [说明] 转介\n/revoke N 部门代码 撤回转介\n/close N 结果 办结\n/reject N 理由 不予受理\n"
        "/reopen N 重新打开\n/reveal N 查看未打码的身份证号和电话（留痕）\n"
        "/followup N 满意|基本满意|不满意 [说明] 记录回访\n/merge N M 把重复的工单 N 合并到 M\n"
        "/overdue 超时工单和转介\n/stats 统计\n/export [YYYY-MM] 导出月度台账（Excel）"),
    "supervisor": (
        "<b>区民政局督办命令</b>\n/next /mine /open /ticket N /accept N /note N /visit N /refer N 部门 /revoke N 部门\n"
        "/close N /reject N /reopen N /reveal N /followup N 满意|基本满意|不满意 /merge N M\n"
        "/overdue /stats /export [YYYY-MM]（全区）\n"
        "/town N 镇街 为未知镇街的工单指定镇街"),
    "liaison": (
        "<b>部门联络员命令</b>（只针对转介到本部门的工单）\n/open 本部门待办转介\n/ticket N 工单详情\n"
        "/accept N 接收转介\n/note N 内容 备注\n/close N 结果 办结并回复\n/return N 理由 退回\n"
        "/overdue 超时未接收或未回复的转介\n/stats 统计"),
}
