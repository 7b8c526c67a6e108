"""Route an update by the sender's role: commands and buttons by table, free text to its handler."""

from __future__ import annotations

from collections.abc import Callable

from handlers import resident, resident_actions, texts
from handlers.context import Context

Command = Callable[[Context, tuple[str, ...]], None]
ButtonHandler = Callable[[Context, str], None]

STAFF_COMMANDS = frozenset({
    "/next", "/mine", "/open", "/ticket", "/accept", "/note", "/visit", "/refer", "/revoke", "/close",
    "/reject", "/reopen", "/merge", "/town", "/reveal", "/followup", "/overdue", "/stats", "/export",
    "/return",
})

RESIDENT_COMMANDS: dict[str, Command] = {
    "/start": resident_actions.start,
    "/help": resident_actions.help_,
    "/status": resident_actions.status,
    "/cancel": resident_actions.cancel,
}

RESIDENT_BUTTONS: dict[str, ButtonHandler] = {
    "town": resident_actions.press_town,
    "vill": resident_actions.press_village,
    "split": resident_actions.press_split,
    "open": resident_actions.press_open,
    "cx": resident_actions.press_cancel_choice,
    "cxy": resident_actions.press_cancel_yes,
    "cxn": resident_actions.press_cancel_no,
}

COMMANDS_BY_ROLE: dict[str, dict[str, Command]] = {"resident": RESIDENT_COMMANDS}
BUTTONS_BY_ROLE: dict[str, dict[str, ButtonHandler]] = {"resident": RESIDENT_BUTTONS}
MESSAGES_BY_ROLE: dict[str, Callable[[Context], None]] = {"resident": resident.on_message}


def route(ctx: Context) -> None:
    """Dispatch one update to the handler for its kind and the sender's role."""
    role = ctx.person.role if ctx.person.role in COMMANDS_BY_ROLE else "resident"
    incoming = ctx.incoming
    if incoming.is_button:
        prefix, _, value = (incoming.callback_data or "").partition(":")
        handler = BUTTONS_BY_ROLE[role].get(prefix)
        if handler is None:
            ctx.reply(texts.button_expired())
        else:
            handler(ctx, value)
        return
    command = incoming.command()
    if command is None:
        MESSAGES_BY_ROLE[role](ctx)
        return
    name, args = command
    handler = COMMANDS_BY_ROLE[role].get(name)
    if handler is not None:
        handler(ctx, args)
    elif name in STAFF_COMMANDS:
        ctx.audit("refused", detail=f"{name}：居民无权使用")
        ctx.reply(texts.staff_only())
    elif name == "/report":
        ctx.reply("/report 是给登记过的志愿者、网格员报告线索用的。您遇到困难，直接用几句话描述就可以，我们会登记。")
    else:
        ctx.reply(texts.unknown_command())
