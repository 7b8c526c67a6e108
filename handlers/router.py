"""Route an update by the sender's role: commands and buttons by table, free text to its handler."""

from __future__ import annotations

from collections.abc import Callable

from handlers import (
    common,
    duplicates,
    export,
    followup,
    overdue,
    referrals,
    report_flow,
    resident_actions,
    staff_actions,
    staff_buttons,
    staff_queue,
    texts,
    volunteer,
)
from handlers.context import Context
from handlers.scope import refuse

Command = Callable[[Context, tuple[str, ...]], None]
ButtonHandler = Callable[[Context, str], None]

RESIDENT_COMMANDS: dict[str, Command] = {
    "/start": common.start, "/help": common.help_,
    "/status": resident_actions.status, "/cancel": resident_actions.cancel,
}
RESIDENT_BUTTONS: dict[str, ButtonHandler] = {
    "town": resident_actions.press_town, "vill": resident_actions.press_village,
    "split": resident_actions.press_split, "open": resident_actions.press_open,
    "cx": resident_actions.press_cancel_choice, "cxy": resident_actions.press_cancel_yes,
    "cxn": resident_actions.press_cancel_no, "fu": followup.press_rating,
}
CASEWORKER_COMMANDS: dict[str, Command] = {
    "/start": common.start, "/help": common.help_, "/cancel": staff_buttons.cancel,
    "/next": staff_queue.next_ticket, "/mine": staff_queue.mine, "/open": staff_queue.open_tickets,
    "/ticket": staff_queue.show_ticket, "/overdue": overdue.overdue, "/stats": staff_queue.stats,
    "/followup": followup.followup_command, "/accept": staff_actions.accept, "/note": staff_actions.note, "/visit": staff_actions.visit,
    "/close": staff_actions.close, "/reject": staff_actions.reject, "/reopen": staff_actions.reopen,
    "/reveal": staff_actions.reveal, "/town": staff_actions.set_town,
    "/refer": referrals.refer, "/revoke": referrals.revoke, "/merge": duplicates.merge, "/export": export.export,
}
VOLUNTEER_COMMANDS: dict[str, Command] = {
    **RESIDENT_COMMANDS, "/help": volunteer.help_, "/cancel": volunteer.cancel, "/report": report_flow.begin,
}
VOLUNTEER_BUTTONS: dict[str, ButtonHandler] = {
    **RESIDENT_BUTTONS, "rp": report_flow.press, "rt": report_flow.press_town, "rv": report_flow.press_village,
    "vc": volunteer.press_confirm,
}
STAFF_BUTTONS: dict[str, ButtonHandler] = {
    "acc": staff_buttons.press_accept, "ref": staff_buttons.press_refer,
    "refd": staff_buttons.press_refer_department, "vis": staff_buttons.press_visit,
    "cls": staff_buttons.press_close,
}
LIAISON_COMMANDS: dict[str, Command] = {
    "/start": common.start, "/help": common.help_, "/cancel": staff_buttons.cancel,
    "/open": staff_queue.open_tickets, "/ticket": staff_queue.show_ticket, "/overdue": overdue.overdue,
    "/stats": staff_queue.stats, "/accept": referrals.liaison_accept, "/note": referrals.liaison_note,
    "/close": referrals.liaison_close, "/return": referrals.liaison_return,
}
LIAISON_BUTTONS: dict[str, ButtonHandler] = {
    "lacc": staff_buttons.press_liaison_accept, "lcls": staff_buttons.press_liaison_close,
    "lret": staff_buttons.press_liaison_return,
}
STAFF_ONLY = frozenset(CASEWORKER_COMMANDS) | frozenset(LIAISON_COMMANDS) | {"/followup"}

COMMANDS_BY_ROLE: dict[str, dict[str, Command]] = {
    "resident": RESIDENT_COMMANDS, "volunteer": VOLUNTEER_COMMANDS,
    "caseworker": CASEWORKER_COMMANDS, "supervisor": CASEWORKER_COMMANDS, "liaison": LIAISON_COMMANDS,
}
BUTTONS_BY_ROLE: dict[str, dict[str, ButtonHandler]] = {
    "resident": RESIDENT_BUTTONS, "volunteer": VOLUNTEER_BUTTONS,
    "caseworker": STAFF_BUTTONS, "supervisor": STAFF_BUTTONS, "liaison": LIAISON_BUTTONS,
}
MESSAGES_BY_ROLE: dict[str, Callable[[Context], None]] = {
    "resident": followup.resident_message, "volunteer": volunteer.on_message,
    "caseworker": staff_buttons.on_text, "supervisor": staff_buttons.on_text, "liaison": staff_buttons.on_text,
}


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
    elif name == "/report":
        ctx.reply("/report 是给登记过的志愿者、网格员报告线索用的。您遇到困难，直接用几句话描述就可以，我们会登记。")
    elif name in STAFF_ONLY:
        answer = texts.staff_only() if role in ("resident", "volunteer") else "您的角色不能使用这个命令，发送 /help 查看。"
        refuse(ctx, name, answer)
    else:
        ctx.reply(texts.unknown_command())
