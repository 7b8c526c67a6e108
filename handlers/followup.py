"""Follow-up (回访): the resident's rating buttons and comment, and `/followup N RATING [text]` for staff.

```mermaid
stateDiagram-v2
    resolved --> followed_up: 满意 / 基本满意 / 不满意 (button or /followup)
    followed_up --> comment: bot asks for a few words (不满意: supervisors told)
    comment --> [*]: next text joins the ticket, passed on to staff
```
"""

from __future__ import annotations

from handlers import notify, resident, texts
from handlers.arguments import words_and_rest
from handlers.context import Context
from handlers.reminder_texts import RATINGS, summary
from handlers.scope import find_ticket
from handlers.tickets import add_message
from storage.models import Ticket

CODES = {3: "satisfied", 2: "basic", 1: "dissatisfied"}
SCORES = {"满意": 3, "基本满意": 2, "不满意": 1, "3": 3, "2": 2, "1": 1}
COMMENT_STATE = "followup_comment"


def press_rating(ctx: Context, value: str) -> None:
    """fu:N:S — the resident rates the handling of their ticket (3 满意, 2 基本满意, 1 不满意)."""
    number, _, score = value.partition(":")
    ticket = ctx.uow.tickets.get(int(number)) if number.isdigit() else None
    if ticket is None or ticket.reporter_id != ctx.person.id or not score.isdigit() or int(score) not in CODES:
        ctx.reply(texts.button_expired())
        return
    if ticket.state == "followed_up":
        ctx.reply(f"已记录过您对工单 #{ticket.id} 的评价，谢谢！")
        return
    if ticket.state != "resolved":
        ctx.reply(texts.button_expired())
        return
    complete(ctx, ticket, int(score), "", by_resident=True)
    ctx.uow.conversations.set(ctx.person.id, COMMENT_STATE, {"ticket": ticket.id})
    if int(score) == 1:
        ctx.reply("很抱歉没有让您满意。请写几句哪里不满意，我们会转给区民政局督办人员跟进。")
    else:
        ctx.reply(f"谢谢您的评价（{RATINGS[int(score)]}）！有意见或建议可以直接写下来发给我们，不写也可以。")


def complete(ctx: Context, ticket: Ticket, score: int, text: str, *, by_resident: bool) -> None:
    """Record the rating; the ticket is followed up; 不满意 goes to the supervisors."""
    ticket.state, ticket.satisfaction, ticket.updated_at = "followed_up", CODES[score], ctx.services.now()
    ticket.due_at, ticket.due_kind = None, None
    who = "居民评价" if by_resident else "回访记录"
    ctx.audit("followed_up", ticket_id=ticket.id, detail=f"{who}：{RATINGS[score]}{'；' + text if text else ''}")
    note = f"{who}「{RATINGS[score]}」" + (f"：{texts.esc(text)}" if text else "")
    if score == 1:
        notify.staff_update(ctx, ticket, f"⚠️ <b>回访不满意</b>：{summary(ticket)}\n{note}\n"
                                         f"如需重新办理：<code>/reopen {ticket.id}</code>", include_supervisors=True)
    elif by_resident:
        notify.staff_update(ctx, ticket, f"工单 #{ticket.id} 回访：{note}。")


def followup_command(ctx: Context, args: tuple[str, ...]) -> None:
    """/followup N RATING [text] — record the return visit: 满意 / 基本满意 / 不满意 (or 3 / 2 / 1)."""
    words, text = words_and_rest(ctx.incoming.text, 2)
    ticket = find_ticket(ctx, words[0] if words else None, "/followup")
    if ticket is None:
        return
    score = SCORES.get(words[1]) if len(words) > 1 else None
    if score is None:
        ctx.reply(f"请写回访结果：<code>/followup {ticket.id} 满意</code>（或 基本满意、不满意；3/2/1），可加说明。")
        return
    if ticket.state != "resolved":
        ctx.reply(f"工单 #{ticket.id} 现在是「{texts.STATE_LABELS.get(ticket.state, ticket.state)}」，"
                  "只有已办结、待回访的工单可以记录回访。")
        return
    complete(ctx, ticket, score, text, by_resident=False)
    ctx.reply(f"已记录工单 #{ticket.id} 的回访：{RATINGS[score]}。")
    reporter = ticket.reporter
    if score == 1 and ticket.source == "resident" and reporter is not None and not reporter.unreachable:
        ctx.uow.conversations.set(reporter.id, COMMENT_STATE, {"ticket": ticket.id})
        ctx.notify(reporter.chat_id, f"关于工单 #{ticket.id}：回访中了解到您对办理结果不满意，已转给区民政局督办人员。"
                                     "有什么想说的，可以直接回复文字。")


def resident_message(ctx: Context) -> None:
    """A resident's free text: the follow-up comment when one was asked for, otherwise the usual path."""
    state = ctx.state()
    text = ctx.incoming.text.strip()
    if state is None or state.state != COMMENT_STATE or not text:
        resident.on_message(ctx)
        return
    ctx.uow.conversations.clear(ctx.person.id)
    triage = ctx.services.triager.classify(text)
    ticket = ctx.uow.tickets.get(int(state.data.get("ticket", 0)))
    if triage.urgent or ticket is None or ticket.reporter_id != ctx.person.id:
        resident.on_message(ctx)  # an emergency is never just a comment
        return
    shown = add_message(ctx, ticket, text, triage).text_masked  # ID and phone numbers masked
    ctx.audit("followup_comment", ticket_id=ticket.id, detail=shown[:300])
    unhappy = ticket.satisfaction == "dissatisfied"
    notify.staff_update(ctx, ticket, f"工单 #{ticket.id} 的回访意见：{texts.esc(shown[:1000])}",
                        include_supervisors=unhappy)
    ctx.reply("已收到您的意见，已转给工作人员。谢谢！以后有困难随时发消息。")
