"""A resident's commands (/start /help /status /cancel) and button presses."""

from __future__ import annotations

from handlers import notify, texts
from handlers.context import Context
from handlers.messages import Button, Incoming
from handlers.resident import reply_opened
from handlers.tickets import category_label, open_ticket, village_buttons
from storage.models import InboundUpdate, Ticket
from storage.repositories import OPEN_STATES


def status(ctx: Context, args: tuple[str, ...]) -> None:
    """The resident's tickets with category, state and next deadline."""
    tickets = ctx.uow.tickets.of_reporter(ctx.person.id)
    if not tickets:
        ctx.reply("您还没有工单。直接发文字描述您的困难，我们就会登记。")
        return
    zone = ctx.settings.working_hours.timezone
    lines = ["<b>您的工单：</b>"]
    for ticket in tickets:
        due = f"，时限 {texts.when(ticket.due_at, zone)}" if ticket.state in OPEN_STATES and ticket.due_at else ""
        urgent = "【急】" if ticket.urgent else ""
        lines.append(f"#{ticket.id} {urgent}{category_label(ticket.category)} — "
                     f"{texts.STATE_LABELS.get(ticket.state, ticket.state)}{due}")
    ctx.reply("\n".join(lines))


def cancel(ctx: Context, args: tuple[str, ...]) -> None:
    """Withdraw a ticket, after a confirmation button."""
    if args:
        ticket = _own_open_ticket(ctx, args[0])
        if ticket is None:
            ctx.reply(f"没有找到您可以撤回的工单 {texts.esc(args[0])}。发送 /status 查看您的工单。")
            return
        _ask_confirmation(ctx, ticket)
        return
    tickets = [t for t in ctx.uow.tickets.of_reporter(ctx.person.id) if t.state in OPEN_STATES]
    if not tickets:
        ctx.reply("您目前没有可以撤回的工单。")
    elif len(tickets) == 1:
        _ask_confirmation(ctx, tickets[0])
    else:
        rows = tuple((Button(f"撤回 #{t.id} {category_label(t.category)}", f"cx:{t.id}"),) for t in tickets)
        ctx.reply("要撤回哪一个工单？", rows)


def _ask_confirmation(ctx: Context, ticket: Ticket) -> None:
    buttons = ((Button("确定撤回", f"cxy:{ticket.id}"), Button("不撤回", f"cxn:{ticket.id}")),)
    ctx.reply(f"确定要撤回工单 <b>#{ticket.id}</b>（{category_label(ticket.category)}）吗？撤回后工作人员将不再办理。",
              buttons)


def _own_open_ticket(ctx: Context, raw: str) -> Ticket | None:
    """The sender's own open ticket named by `raw` ('12' or '#12'), else None."""
    number = raw.lstrip("#")
    if not number.isdigit() or len(number) > 9:
        return None
    ticket = ctx.uow.tickets.get(int(number))
    if ticket is None or ticket.reporter_id != ctx.person.id or ticket.state not in OPEN_STATES:
        return None
    return ticket


def press_cancel_choice(ctx: Context, value: str) -> None:
    ticket = _own_open_ticket(ctx, value)
    if ticket is None:
        ctx.reply(texts.button_expired())
        return
    _ask_confirmation(ctx, ticket)


def press_cancel_yes(ctx: Context, value: str) -> None:
    ticket = _own_open_ticket(ctx, value)
    if ticket is None:
        ctx.reply(texts.button_expired())
        return
    ticket.state = "withdrawn"
    ticket.due_at = None
    ctx.audit("withdrawn", ticket_id=ticket.id, detail="居民撤回")
    ctx.reply(f"工单 #{ticket.id} 已撤回。以后如果还需要帮助，随时发消息给我们。")


def press_cancel_no(ctx: Context, value: str) -> None:
    ctx.reply(f"好的，工单 #{texts.esc(value)} 继续办理。")


def press_town(ctx: Context, value: str) -> None:
    """A town button under 'which town are you in?'."""
    ticket, index = _ticket_and_index(ctx, value)
    towns = list(ctx.settings.towns)
    if ticket is None or index is None or index >= len(towns):
        ctx.reply(texts.button_expired())
        return
    ticket.town, ticket.village = towns[index], None
    ctx.audit("place_set", ticket_id=ticket.id, detail=f"居民选择：{ticket.town}")
    ctx.reply(texts.ask_village(ticket.town), village_buttons(ctx, ticket.id, ticket.town))
    notify.new_ticket(ctx, ticket)


def press_village(ctx: Context, value: str) -> None:
    ticket, index = _ticket_and_index(ctx, value)
    if ticket is None or ticket.town is None:
        ctx.reply(texts.button_expired())
        return
    villages = ctx.settings.towns.get(ticket.town, ())
    if index is not None and index < len(villages):
        ticket.village = villages[index]
        ctx.audit("place_set", ticket_id=ticket.id, detail=f"居民选择：{ticket.town}{ticket.village}")
    ctx.reply(texts.place_saved(ticket.id, ticket.town, ticket.village))


def _ticket_and_index(ctx: Context, value: str) -> tuple[Ticket | None, int | None]:
    ticket_part, _, index_part = value.partition(":")
    ticket = _own_open_ticket(ctx, ticket_part)
    return ticket, int(index_part) if index_part.isdigit() else None


def press_split(ctx: Context, value: str) -> None:
    """'This is a new problem': move the message out of the open ticket into a new one."""
    message = ctx.uow.tickets.message(int(value)) if value.isdigit() else None
    old = ctx.uow.tickets.get(message.ticket_id) if message else None
    if message is None or old is None or message.person_id != ctx.person.id or old.messages[0].id == message.id:
        ctx.reply(texts.button_expired())
        return
    original = ctx.uow.cipher.decrypt(message.text_secret) if message.text_secret else message.text_masked
    triage = ctx.services.triager.classify(original)
    new = open_ticket(ctx, triage, original)
    ctx.uow.session.delete(message)
    ctx.audit("split", ticket_id=old.id, detail=f"消息移到新工单 #{new.id}")
    ctx.reply(texts.split_done(old.id, new.id))
    reply_opened(ctx, new, triage)


def press_open(ctx: Context, value: str) -> None:
    """'I need help after all' under a policy answer."""
    inbound_part, _, category = value.partition(":")
    row = ctx.uow.session.get(InboundUpdate, int(inbound_part)) if inbound_part.isdigit() else None
    if row is None or row.telegram_id != ctx.incoming.user_id:
        ctx.reply(texts.button_expired())
        return
    existing = ctx.uow.tickets.latest_open_of(ctx.person.id)
    if existing is not None:
        ctx.reply(f"您已经有正在办理的工单 #{existing.id}，直接发消息补充情况即可。")
        return
    if category == "general":
        ctx.uow.conversations.set(ctx.person.id, "describe", {"category": None})
        ctx.reply("好的。请用几句话说说您遇到的困难、您在哪个镇（街道）哪个村，我们马上登记。")
        return
    text = Incoming.from_json(ctx.uow.updates.payload(row)).text
    triage = ctx.services.triager.classify(text)
    reply_opened(ctx, open_ticket(ctx, triage, text, category=category), triage)
