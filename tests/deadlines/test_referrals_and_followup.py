"""Referral deadlines (automatic return) and the follow-up (回访) with the resident's rating."""

from __future__ import annotations

from tests.deadlines.conftest import (
    CASEWORKER,
    CASEWORKER_2,
    LIAISON,
    RESIDENT,
    SUPERVISOR,
    local,
    open_ticket,
    tick,
    to,
)
from tests.support.dialog import button_data, text_of


def referred(dialog) -> int:
    number = open_ticket(dialog)
    dialog.say(CASEWORKER, f"/accept {number}")
    dialog.say(CASEWORKER, f"/refer {number} HOUSING 请评估危房等级")  # accept within 2 working days
    return number


def test_the_department_is_reminded_then_the_referral_returns_by_itself(dialog):
    number = referred(dialog)  # Monday 10:00 → department must accept by Wednesday 10:00
    reminded = tick(dialog, to=local(2026, 11, 25, 8, 30))
    assert [r.chat_id for r in reminded] == [LIAISON] and "部门接收" in reminded[0].text
    assert button_data(reminded, "接收") == f"lacc:{number}"
    returned = tick(dialog, to=local(2026, 11, 25, 10, 0))
    assert "超时未接收/未回复，自动退回" in text_of(returned, CASEWORKER) and f"/refer {number}" in \
        text_of(returned, CASEWORKER)
    assert "自动退回" in text_of(returned, LIAISON) and "超时督办" in text_of(returned, SUPERVISOR)
    ticket = dialog.tickets()[0]
    assert ticket.state == "verifying" and ticket.due_kind == "resolve"
    assert "转介超时退回" in text_of(dialog.say(CASEWORKER, f"/ticket {number}"))
    assert tick(dialog, to=local(2026, 11, 25, 14, 0)) == [], "returned once, no escalation of a dead referral"


def test_an_accepted_referral_must_report_back_in_time(dialog):
    number = referred(dialog)
    dialog.say(LIAISON, f"/accept {number}")  # report back within 10 working days: 7 December 10:00
    assert tick(dialog, to=local(2026, 11, 25, 10, 0)) == [], "the accept deadline no longer runs"
    returned = tick(dialog, to=local(2026, 12, 7, 10, 0))
    assert "部门办结回复" in text_of(returned, CASEWORKER) and "自动退回" in text_of(returned, CASEWORKER)
    with dialog.uow_factory() as uow:
        (referral,) = uow.referrals.of_ticket(number)
        assert (referral.state, referral.result) == ("returned", "超时未接收/未回复，自动退回")


def test_a_referral_answered_in_time_is_not_returned(dialog):
    number = referred(dialog)
    dialog.say(LIAISON, f"/accept {number}")
    dialog.say(LIAISON, f"/close {number} 已鉴定为C级危房")
    assert not [r for r in tick(dialog, to=local(2026, 12, 8, 10, 0)) if "退回" in r.text]


def resolved(dialog) -> int:
    number = open_ticket(dialog)
    dialog.say(CASEWORKER, f"/accept {number}")
    dialog.say(CASEWORKER, f"/close {number} 纳入危房改造，先行发放临时救助1000元")  # follow up in 7 days
    return number


def test_follow_up_asks_the_resident_and_reminds_the_caseworker(dialog):
    number = resolved(dialog)
    assert tick(dialog, to=local(2026, 11, 30, 9, 59)) == []
    due = tick(dialog, to=local(2026, 11, 30, 10, 0))
    assert "回访提醒" in text_of(due, CASEWORKER) and f"/followup {number}" in text_of(due, CASEWORKER)
    question = to(due, RESIDENT)
    assert [b.text for row in question[0].buttons for b in row] == ["满意", "基本满意", "不满意"]
    assert all(len(b.data.encode()) <= 64 for row in question[0].buttons for b in row)
    thanks = dialog.press(RESIDENT, button_data(question, "满意"))
    assert "谢谢" in text_of(thanks, RESIDENT) and "满意" in text_of(thanks, CASEWORKER)
    ticket = dialog.tickets()[0]
    assert (ticket.state, ticket.satisfaction, ticket.due_at) == ("followed_up", "satisfied", None)
    comment = dialog.say(RESIDENT, "工作人员态度很好，谢谢政府")
    assert "已收到您的意见" in text_of(comment, RESIDENT) and "态度很好" in text_of(comment, CASEWORKER)
    assert len(dialog.tickets()) == 1, "the comment joins the ticket, no new ticket"
    assert "已记录过" in text_of(dialog.press(RESIDENT, button_data(question, "不满意")))
    assert tick(dialog, to=local(2026, 12, 31, 10, 0)) == []


def test_dissatisfied_residents_reach_a_supervisor(dialog):
    number = resolved(dialog)
    due = tick(dialog, to=local(2026, 11, 30, 10, 0))
    pressed = dialog.press(RESIDENT, button_data(to(due, RESIDENT), "不满意"))
    assert "不满意" in text_of(pressed, SUPERVISOR) and f"/reopen {number}" in text_of(pressed, SUPERVISOR)
    assert "哪里不满意" in text_of(pressed, RESIDENT)
    comment = dialog.say(RESIDENT, "说好的救助金一直没到账")
    assert "没到账" in text_of(comment, SUPERVISOR) and "没到账" in text_of(comment, CASEWORKER)
    assert dialog.tickets()[0].satisfaction == "dissatisfied"


def test_caseworker_records_the_follow_up(dialog):
    number = resolved(dialog)
    assert "/followup" in text_of(dialog.say(CASEWORKER, "/help"), CASEWORKER)
    assert "回访结果" in text_of(dialog.say(CASEWORKER, f"/followup {number} 很好"))
    done = dialog.say(CASEWORKER, f"/followup {number} 2 电话回访，老人说修好了但还有点漏")
    assert "基本满意" in text_of(done, CASEWORKER)
    ticket = dialog.tickets()[0]
    assert (ticket.state, ticket.satisfaction) == ("followed_up", "basic")
    assert "已回访" in text_of(dialog.say(CASEWORKER, f"/followup {number} 满意"))
    assert tick(dialog, to=local(2026, 11, 30, 10, 0)) == [], "nothing left to remind"
    assert "只供" in text_of(dialog.say(RESIDENT, f"/followup {number} 满意"))


def test_caseworker_dissatisfied_opens_the_conversation_again(dialog):
    number = resolved(dialog)
    replies = dialog.say(CASEWORKER_2, f"/followup {number} 不满意 老人说修得不好")
    assert "不满意" in text_of(replies, SUPERVISOR) and "修得不好" in text_of(replies, SUPERVISOR)
    assert "督办" in text_of(replies, RESIDENT)
    comment = dialog.say(RESIDENT, "修完以后墙角还是有点渗水，不着急")
    assert "墙角还是有点渗水" in text_of(comment, SUPERVISOR) and len(dialog.tickets()) == 1


def test_an_emergency_in_a_comment_is_not_just_a_comment(dialog):
    resolved(dialog)
    due = tick(dialog, to=local(2026, 11, 30, 10, 0))
    dialog.press(RESIDENT, button_data(to(due, RESIDENT), "基本满意"))
    dialog.say(RESIDENT, "下营镇常州村，我老伴突然晕倒了叫不醒，家里没人")
    assert len(dialog.tickets()) == 2 and dialog.tickets()[1].urgent


def test_unrated_follow_up_is_escalated(dialog):
    number = resolved(dialog)
    tick(dialog, to=local(2026, 11, 30, 10, 0))
    late = tick(dialog, to=local(2026, 11, 30, 14, 0))
    assert "回访" in text_of(late, SUPERVISOR) and f"#{number}" in text_of(dialog.say(SUPERVISOR, "/overdue"))
