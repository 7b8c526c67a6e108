"""/export [YYYY-MM]: the ledger of a month as a spreadsheet, within the sender's scope."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from handlers import texts
from handlers.context import Context
from handlers.ledger import build_ledger, month_bounds
from handlers.messages import Document
from handlers.scope import ticket_conditions


def export(ctx: Context, args: tuple[str, ...]) -> None:
    """Send the month's ledger (default: this month) as an .xlsx file."""
    zone = ctx.settings.working_hours.timezone
    month = args[0] if args else ctx.services.now().astimezone(ZoneInfo(zone)).strftime("%Y-%m")
    try:
        month_bounds(month, zone)
    except ValueError:
        ctx.reply(f"月份格式应为 YYYY-MM，例如 <code>/export 2026-11</code>，而不是 {texts.esc(month[:20])}。")
        return
    content = build_ledger(ctx.uow, ctx.settings, month, ticket_conditions(ctx.person))
    ctx.audit("export", detail=f"台账 {month}")
    ctx.reply(f"{texts.esc(month)} 台账（{texts.esc(ctx.person.town or ctx.person.department or '全区')}）",
              document=Document.of(f"ledger-{month}.xlsx", content))
