"""Staff buttons: they do what the commands do; a button that needs words asks for them first."""

from __future__ import annotations

from handlers import referrals, staff_actions, texts
from handlers.context import Context
from handlers.scope import find_ticket

ASKS = {
    "visit": "请发送工单 #{n} 的入户核查情况（一条消息）。发送 /cancel 放弃。",
    "close": "请发送工单 #{n} 的办结结果（一条消息，会告诉求助人）。发送 /cancel 放弃。",
    "lclose": "请发送工单 #{n} 的办理结果（一条消息，会告诉承办人）。发送 /cancel 放弃。",
    "lreturn": "请发送退回工单 #{n} 的理由（一条消息）。发送 /cancel 放弃。",
}


def press_accept(ctx: Context, value: str) -> None:
    ticket = find_ticket(ctx, value, "/accept")
    if ticket is not None:
        staff_actions.take(ctx, ticket)


def press_refer(ctx: Context, value: str) -> None:
    ticket = find_ticket(ctx, value, "/refer")
    if ticket is not None:
        ctx.reply(f"工单 #{ticket.id} 转介给哪个部门？", referrals.department_buttons(ctx, ticket.id))


def press_refer_department(ctx: Context, value: str) -> None:
    number, _, code = value.partition(":")
    ticket = find_ticket(ctx, number, "/refer")
    department = ctx.settings.department(code)
    if ticket is None:
        return
    if department is None:
        ctx.reply(texts.button_expired())
        return
    referrals.refer_to(ctx, ticket, department, "")


def _ask(kind: str):
    def press(ctx: Context, value: str) -> None:
        ticket = find_ticket(ctx, value, "/ticket")
        if ticket is not None:
            ctx.uow.conversations.set(ctx.person.id, f"await_{kind}", {"ticket": ticket.id})
            ctx.reply(ASKS[kind].format(n=ticket.id))
    return press


press_visit, press_close = _ask("visit"), _ask("close")
press_liaison_close, press_liaison_return = _ask("lclose"), _ask("lreturn")


def press_liaison_accept(ctx: Context, value: str) -> None:
    _as_command(ctx, "/accept", value, "", referrals.liaison_accept)


def on_text(ctx: Context) -> None:
    """Staff free text: the answer to a button's question, or a pointer to /help."""
    state = ctx.state()
    kind = state.state.removeprefix("await_") if state and state.state.startswith("await_") else None
    text = ctx.incoming.text.strip()
    if kind not in ASKS or not text:
        ctx.reply("工作人员请用命令操作，发送 /help 查看。要登记求助，请让求助人直接给机器人发消息。")
        return
    ctx.uow.conversations.clear(ctx.person.id)
    number = str(state.data.get("ticket"))
    handler = {"visit": staff_actions.visit, "close": staff_actions.close,
               "lclose": referrals.liaison_close, "lreturn": referrals.liaison_return}[kind]
    command = {"visit": "/visit", "close": "/close", "lclose": "/close", "lreturn": "/return"}[kind]
    _as_command(ctx, command, number, text, handler)


def _as_command(ctx: Context, command: str, number: str, text: str, handler) -> None:
    """Run a command handler as if the person had typed `/command N text`."""
    from dataclasses import replace

    original = ctx.incoming
    ctx.incoming = replace(original, text=f"{command} {number} {text}".strip(), callback_data=None)
    try:
        handler(ctx, (number,))
    finally:
        ctx.incoming = original


def cancel(ctx: Context, args: tuple[str, ...]) -> None:
    """/cancel for staff: drop a pending question."""
    ctx.uow.conversations.clear(ctx.person.id)
    ctx.reply("已取消。")
