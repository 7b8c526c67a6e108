"""Volunteers and grid workers (主动发现): reports by guided flow or free text, confirmed before filing."""

from __future__ import annotations

from handlers import report_flow, resident_actions, texts
from handlers.context import Context
from handlers.messages import Button
from handlers.tickets import category_label, contact_by, open_ticket

CONFIRM = "vconfirm"
HELP = ("<b>志愿者/网格员</b>\n/report 按步骤报告线索（情况、当事人、地点、照片/位置/电话）\n"
        "也可以直接发一段文字，我会先给出判断，您确认后登记。\n/status 我报告的线索\n/cancel 退出正在进行的报告\n"
        "紧急情况请先拨打 110 / 120 / 119。")


def on_message(ctx: Context) -> None:
    """A volunteer's message: the next answer of an open /report, or a free-text report to confirm."""
    data = report_flow.data_of(ctx)
    if data is not None:
        report_flow.on_input(ctx, data)
        return
    incoming = ctx.incoming
    text = incoming.text.strip()
    if not text:
        _keep_extra(ctx)
        return
    triage = ctx.services.triager.classify(text)
    town, village = _place(ctx, triage)
    state = ctx.state()
    kept = list(state.data.get("media", [])) if state and state.state == CONFIRM else []
    ctx.uow.conversations.set(ctx.person.id, CONFIRM, {"what": text, "town": town, "village": village,
                                                       "media": kept, "step": "summary"})
    default = "" if triage.town else "（文字里没有写地点，默认您所在的村；不对请点“按步骤修改”）"
    urgent = "⚠️ <b>急难</b>，提交后马上通知值班人员" if triage.urgent else "一般"
    ctx.reply(f"<b>我的理解：</b>\n类别：{category_label(triage.category)}\n紧急程度：{urgent}\n"
              f"地点：{texts.esc((town or '镇街未知') + (village or ''))}{default}\n要登记为线索吗？",
              ((Button("提交", "vc:yes"), Button("按步骤修改", "vc:edit"), Button("取消", "vc:no")),))


def _place(ctx: Context, triage) -> tuple[str | None, str | None]:
    if triage.town:
        return triage.town, triage.village
    return ctx.person.town, ctx.person.village


def _keep_extra(ctx: Context) -> None:
    """A photo or location with no words, outside a report: keep it for the next report."""
    incoming = ctx.incoming
    if incoming.media is None and incoming.location is None:
        ctx.reply(texts.empty_text())
        return
    if incoming.location and not ctx.settings.in_district(incoming.location.latitude, incoming.location.longitude):
        ctx.reply(f"这个位置不在{texts.esc(ctx.settings.district)}范围内。请确认地点，或用文字说明。")
        return
    state = ctx.state()
    media = list(state.data.get("media", [])) if state and state.state == CONFIRM else []
    media.append({"inbound_id": ctx.inbound_id, "kind": incoming.media.kind if incoming.media else None,
                  "file_id": incoming.media.file_id if incoming.media else None,
                  "lat": incoming.location.latitude if incoming.location else None,
                  "lon": incoming.location.longitude if incoming.location else None})
    data = dict(state.data) if state and state.state == CONFIRM else {}
    ctx.uow.conversations.set(ctx.person.id, CONFIRM, {**data, "media": media})
    ctx.reply("已收到，会附在您接下来的报告里。请用几句话说明情况，或发送 /report 按步骤报告。")


def press_confirm(ctx: Context, value: str) -> None:
    """vc:yes / vc:edit / vc:no under the reading of a free-text report."""
    state = ctx.state()
    if state is None or state.state != CONFIRM or not state.data.get("what"):
        ctx.reply(texts.button_expired())
        return
    data = dict(state.data)
    if value == "yes":
        ctx.uow.conversations.clear(ctx.person.id)
        file_report(ctx, data)
    elif value == "edit":
        ctx.uow.conversations.set(ctx.person.id, report_flow.FLOW, {**data, "step": "who"})
        ctx.reply("好的，按步骤补充。当事人是谁？写姓名或描述，不知道可以跳过。",
                  ((Button("跳过", "rp:skip"), report_flow.CANCEL),))
    else:
        ctx.uow.conversations.clear(ctx.person.id)
        ctx.reply("已取消，没有登记。")


def file_report(ctx: Context, data: dict) -> None:
    """Turn a confirmed report into a ticket (source: volunteer) and tell the volunteer what happens."""
    parts = [data["what"], f"当事人：{data['who']}" if data.get("who") else "", data.get("note", "")]
    text = "\n".join(part for part in parts if part)
    triage = ctx.services.triager.classify(text)
    place = (data.get("town"), data.get("village")) if data.get("town") else (triage.town, triage.village)
    ticket = open_ticket(ctx, triage, text, place=place, items=data.get("media", []), who=data.get("who", ""))
    plan = ("已按<b>急难</b>走绿色通道，值班人员马上收到通知。" if ticket.urgent
            else f"镇街民政干部会在 {contact_by(ctx, ticket)} 前核实。")
    ctx.reply(f"已登记线索 <b>#{ticket.id}</b>（{category_label(ticket.category)}）。{plan}\n"
              "受理和办结时会告诉您。谢谢您的细心！")


def cancel(ctx: Context, args: tuple[str, ...]) -> None:
    """/cancel — leave a report in progress; otherwise withdraw a report like a resident."""
    state = ctx.state()
    if state is not None and state.state in (report_flow.FLOW, CONFIRM):
        ctx.uow.conversations.clear(ctx.person.id)
        ctx.reply("已退出这次报告，没有登记。")
        return
    resident_actions.cancel(ctx, args)


def help_(ctx: Context, args: tuple[str, ...]) -> None:
    ctx.reply(HELP)
