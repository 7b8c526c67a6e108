"""The volunteer's guided report (/report): what → who → where → extras → summary → submit.

```mermaid
stateDiagram-v2
    [*] --> what: /report
    what --> who: text
    who --> where: text or 跳过
    where --> extras: 就在本村 / village chosen
    where --> pick_town: 换一个村
    pick_town --> pick_village: town pressed
    pick_village --> extras: village pressed
    extras --> extras: photo / location / phone
    extras --> summary: 完成
    summary --> [*]: 提交 (ticket) / 取消
    summary --> what: 修改
```
Any step: /cancel or 取消 leaves; a flow untouched for `conversation.timeout` is forgotten.
"""

from __future__ import annotations

from handlers import texts
from handlers.context import Context
from handlers.messages import Button
from handlers.tickets import category_label

FLOW = "report"
CANCEL = Button("取消", "rp:cancel")


def begin(ctx: Context, args: tuple[str, ...]) -> None:
    """/report — start the guided report."""
    _save(ctx, {"step": "what", "media": []})
    ctx.reply("好的，开始报告线索。\n第 1 步：请描述您看到的情况（发生了什么、有多急）。", ((CANCEL,),))


def data_of(ctx: Context) -> dict | None:
    state = ctx.state()
    return dict(state.data) if state and state.state == FLOW else None


def _save(ctx: Context, data: dict) -> None:
    ctx.uow.conversations.set(ctx.person.id, FLOW, data)


def on_input(ctx: Context, data: dict) -> None:
    """A message while the flow is open: it answers the current step."""
    incoming, step = ctx.incoming, data["step"]
    text = incoming.text.strip()
    if incoming.media or incoming.location or incoming.contact_phone:
        _add_extra(ctx, data)
        return
    if not text:
        ctx.reply(texts.empty_text())
    elif step == "what":
        _save(ctx, {**data, "what": text, "step": "who"})
        ctx.reply("第 2 步：当事人是谁？写姓名或描述（如“村东头独居的王大爷”），不知道可以跳过。",
                  ((Button("跳过", "rp:skip"), CANCEL),))
    elif step == "who":
        _save(ctx, {**data, "who": text, "step": "where"})
        _ask_where(ctx)
    elif step == "extras":
        _save(ctx, {**data, "note": f"{data.get('note', '')}\n{text}".strip()})
        ctx.reply("已记下。还可以发照片、位置或电话；发完请点“完成”。", _extras_buttons())
    else:
        ctx.reply("请点上面的按钮继续，或发送 /cancel 退出报告。")


def _ask_where(ctx: Context) -> None:
    village = ctx.person.village or ctx.person.town or "本辖区"
    ctx.reply(f"第 3 步：地点是{texts.esc(village)}吗？",
              ((Button(f"是，在{village}", "rp:here"), Button("换一个村", "rp:other")), (CANCEL,)))


def _extras_buttons() -> tuple[tuple[Button, ...], ...]:
    return ((Button("完成", "rp:done"), CANCEL),)


def _ask_extras(ctx: Context) -> None:
    ctx.reply("第 4 步（可选）：可以发照片、分享位置，或发当事人的电话。没有就直接点“完成”。", _extras_buttons())


def _add_extra(ctx: Context, data: dict) -> None:
    incoming = ctx.incoming
    if incoming.location and not ctx.settings.in_district(incoming.location.latitude, incoming.location.longitude):
        ctx.reply(f"这个位置不在{texts.esc(ctx.settings.district)}范围内，没有记下。请确认后重新分享，或用文字说明地点。")
        return
    item = {"inbound_id": ctx.inbound_id, "kind": incoming.media.kind if incoming.media else None,
            "file_id": incoming.media.file_id if incoming.media else None,
            "lat": incoming.location.latitude if incoming.location else None,
            "lon": incoming.location.longitude if incoming.location else None}
    note = data.get("note", "")
    if incoming.contact_phone:
        note = f"{note}\n当事人电话：{incoming.contact_phone}".strip()
    caption = incoming.text.strip()
    if caption:
        note = f"{note}\n{caption}".strip()
    updated = {**data, "media": [*data.get("media", []), item] if (item["kind"] or item["lat"]) else
               data.get("media", []), "note": note}
    _save(ctx, updated)
    if data["step"] in ("extras", "summary"):
        ctx.reply("已收到，会附在报告里。还有就继续发，发完请点“完成”。", _extras_buttons())
    else:
        ctx.reply("已收到附件，会附在报告里。请先回答上面的问题。")


def press(ctx: Context, value: str) -> None:
    """The flow's buttons: rp:skip / here / other / done / submit / edit / cancel."""
    data = data_of(ctx)
    if data is None:
        ctx.reply("这次报告已经结束或超时了。要报告新线索，请发送 /report。")
        return
    action = {"skip": _skip, "here": _here, "other": _other, "done": _summary, "submit": _submit,
              "edit": _edit, "cancel": _cancel}.get(value)
    if action is None:
        ctx.reply(texts.button_expired())
    else:
        action(ctx, data)


def _skip(ctx: Context, data: dict) -> None:
    _save(ctx, {**data, "who": "", "step": "where"})
    _ask_where(ctx)


def _here(ctx: Context, data: dict) -> None:
    _save(ctx, {**data, "town": ctx.person.town, "village": ctx.person.village, "step": "extras"})
    _ask_extras(ctx)


def _other(ctx: Context, data: dict) -> None:
    towns = list(ctx.settings.towns)
    buttons = [Button(town, f"rt:{index}") for index, town in enumerate(towns)]
    ctx.reply("在哪个镇（街道）？", tuple(tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2)))


def press_town(ctx: Context, value: str) -> None:
    data, towns = data_of(ctx), list(ctx.settings.towns)
    if data is None or not value.isdigit() or int(value) >= len(towns):
        ctx.reply(texts.button_expired())
        return
    town = towns[int(value)]
    _save(ctx, {**data, "town": town, "village": None})
    buttons = [Button(v, f"rv:{i}") for i, v in enumerate(ctx.settings.towns[town])]
    rows = [tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2)] + [(Button("只知道镇街", "rv:x"),)]
    ctx.reply(f"{texts.esc(town)}的哪个村（社区）？", tuple(rows))


def press_village(ctx: Context, value: str) -> None:
    data = data_of(ctx)
    if data is None or not data.get("town"):
        ctx.reply(texts.button_expired())
        return
    villages = ctx.settings.towns.get(data["town"], ())
    village = villages[int(value)] if value.isdigit() and int(value) < len(villages) else None
    _save(ctx, {**data, "village": village, "step": "extras"})
    _ask_extras(ctx)


def _summary(ctx: Context, data: dict) -> None:
    if not data.get("what"):
        ctx.reply("还没有描述情况。请先用文字说明看到了什么。")
        return
    triage = ctx.services.triager.classify(data["what"])
    _save(ctx, {**data, "step": "summary"})
    place = texts.esc(f"{data.get('town') or '镇街未知'}{data.get('village') or ''}")
    attachments = len(data.get("media", []))
    urgent = "⚠️ <b>急难</b>（提交后马上通知值班人员）" if triage.urgent else "一般"
    ctx.reply(f"<b>请核对报告：</b>\n情况：{texts.esc(data['what'][:800])}\n"
              f"当事人：{texts.esc(data.get('who') or '未说明')}\n地点：{place}\n附件：{attachments} 个\n"
              f"初步判断：{category_label(triage.category)}，{urgent}",
              ((Button("提交", "rp:submit"), Button("修改", "rp:edit"), CANCEL),))


def _submit(ctx: Context, data: dict) -> None:
    if data.get("step") != "summary":
        ctx.reply("请先点“完成”查看汇总，再提交。")
        return
    from handlers.volunteer import file_report

    ctx.uow.conversations.clear(ctx.person.id)
    file_report(ctx, data)


def _edit(ctx: Context, data: dict) -> None:
    _save(ctx, {**data, "step": "what"})
    ctx.reply(f"请重新描述情况（原来写的是：{texts.esc(data.get('what', '')[:300])}）。", ((CANCEL,),))


def _cancel(ctx: Context, data: dict | None = None) -> None:
    ctx.uow.conversations.clear(ctx.person.id)
    ctx.reply("已取消这次报告，没有登记。需要时再发送 /report。")
