"""Commands everyone has: /start (with an invite code) and /help, each by role."""

from __future__ import annotations

from handlers import staff_texts, texts
from handlers.context import Context
from handlers.invites import ROLES, redeem


def start(ctx: Context, args: tuple[str, ...]) -> None:
    """/start [code] — the welcome; with a valid invite code, registration in a role."""
    if args:
        invite = redeem(ctx.uow, ctx.person, args[0])
        if invite is None:
            ctx.audit("refused", detail="邀请码无效、已使用或已过期")
            ctx.reply(texts.invite_invalid())
        else:
            place = "".join(p for p in (invite.town, invite.village) if p)
            department = ctx.settings.department(invite.department) if invite.department else None
            where = texts.esc(department.name if department else place or ctx.settings.district)
            ctx.reply(f"登记成功：您现在是<b>{ROLES[invite.role]}</b>（{where}）。")
            help_(ctx, ())
            return
    if ctx.person.role in staff_texts.STAFF_HELP:
        help_(ctx, ())
    else:
        ctx.reply(texts.welcome(ctx.settings))


def help_(ctx: Context, args: tuple[str, ...]) -> None:
    """/help — the commands of the sender's own role."""
    if ctx.person.role == "volunteer":
        from handlers.volunteer import HELP

        ctx.reply(HELP)
        return
    ctx.reply(staff_texts.STAFF_HELP.get(ctx.person.role) or texts.resident_help())
