"""催办、超时督办、通报: reminders before a deadline, escalation at it, repeats until the ticket moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.deadlines.conftest import (
    CASEWORKER,
    CASEWORKER_2,
    OTHER_TOWN,
    SUPERVISOR,
    URGENT,
    local,
    make_dialog,
    open_ticket,
    tick,
    to,
)
from tests.support.dialog import button_data, text_of


def test_reminder_before_the_accept_deadline_waits_for_working_hours(dialog):
    number = open_ticket(dialog)  # Monday 10:00 → accept within 1 working day: Tuesday 10:00
    assert tick(dialog, to=local(2026, 11, 23, 17, 0)) == []
    assert tick(dialog, to=local(2026, 11, 24, 8, 0)) == [], "08:00 is before working hours"
    replies = tick(dialog, to=local(2026, 11, 24, 8, 30))
    assert {r.chat_id for r in replies} == {CASEWORKER, CASEWORKER_2}, "the town's caseworkers, nobody else"
    assert "催办" in replies[0].text and f"#{number}" in replies[0].text and "接单" in replies[0].text
    assert button_data(replies, "接单") == f"acc:{number}"
    assert tick(dialog, minutes=30) == [], "sent once"


def test_escalation_at_the_deadline_repeats_until_the_ticket_moves(dialog):
    number = open_ticket(dialog)
    tick(dialog, to=local(2026, 11, 24, 8, 30))
    escalated = tick(dialog, to=local(2026, 11, 24, 10, 0))
    assert "已超时" in text_of(escalated, CASEWORKER) and "超时督办" in text_of(escalated, SUPERVISOR)
    assert not to(escalated, OTHER_TOWN)
    assert f"acc:{number}" in [b.data for r in to(escalated, SUPERVISOR) for row in r.buttons for b in row]
    again = tick(dialog, to=local(2026, 11, 24, 14, 0))  # escalate_every = 4h
    assert "第 2 次" in text_of(again, SUPERVISOR)
    for hour in (18, 22):
        assert tick(dialog, to=local(2026, 11, 24, hour, 0)) == [], "not at night"
    assert tick(dialog, to=local(2026, 11, 25, 2, 0)) == []
    morning = tick(dialog, to=local(2026, 11, 25, 8, 30))
    assert len(to(morning, SUPERVISOR)) == 1 and "第 3 次" in text_of(morning, SUPERVISOR)
    dialog.say(CASEWORKER, f"/accept {number}")
    assert tick(dialog, to=local(2026, 11, 25, 12, 30)) == [], "the ticket moved: no more escalations"
    assert [e.action for e in dialog.events("escalated")] == ["escalated"] * 3


def test_a_reminder_due_on_a_holiday_goes_out_when_work_starts_once(database_url, settings, triager):
    dialog = make_dialog(database_url, settings, triager, local(2026, 9, 29, 10, 0))
    open_ticket(dialog)  # accept deadline Wednesday 30 September 10:00; 1–7 October are holidays
    tick(dialog, to=local(2026, 9, 30, 10, 0))
    tick(dialog, to=local(2026, 9, 30, 14, 0))
    during = []
    moment = local(2026, 9, 30, 17, 0)
    while moment < local(2026, 10, 8, 8, 0):
        during += tick(dialog, to=moment)
        moment += timedelta(hours=3)
    assert during == [], "nothing during the night and the National Day holidays"
    first_day = tick(dialog, to=local(2026, 10, 8, 8, 30))
    assert len(to(first_day, SUPERVISOR)) == 1 and len(to(first_day, CASEWORKER)) == 1
    assert tick(dialog, to=local(2026, 10, 8, 9, 0)) == []


def test_urgent_tickets_are_re_pinged_at_any_hour(database_url, settings, triager):
    dialog = make_dialog(database_url, settings, triager, local(2026, 11, 24, 23, 0))
    number = open_ticket(dialog, URGENT)
    assert tick(dialog, minutes=29) == [], "the ping on opening was the reminder"
    night = tick(dialog, minutes=1)  # 23:30: 30 minutes, not accepted
    assert "已超时" in text_of(night, CASEWORKER) and "超时督办" in text_of(night, SUPERVISOR)
    assert "急难" in text_of(night, CASEWORKER) and button_data(to(night, CASEWORKER), "接单") == f"acc:{number}"
    assert to(tick(dialog, hours=4), SUPERVISOR), "repeats at 03:30, night or not"
    dialog.press(CASEWORKER, f"acc:{number}")  # first help is due 24 hours after the report
    before = tick(dialog, to=local(2026, 11, 25, 22, 30))
    assert "先行救助" in text_of(before, CASEWORKER) and not to(before, CASEWORKER_2)


def test_unmoved_tickets_are_flagged_after_working_days(dialog):
    number = open_ticket(dialog)
    for day in (24, 25, 26):
        tick(dialog, to=local(2026, 11, day, 10, 0))
    assert not dialog.events("flagged")
    flagged = tick(dialog, to=local(2026, 11, 27, 10, 0))  # Tuesday 10:00 + 3 working days
    assert "通报" in text_of(flagged, SUPERVISOR) and not [r for r in flagged if "通报" in r.text and
                                                         r.chat_id == CASEWORKER]
    assert [e.ticket_id for e in dialog.events("flagged")] == [number]
    listing = text_of(dialog.say(SUPERVISOR, "/overdue"))
    assert f"#{number}" in listing and "🚩" in listing
    assert f"#{number}" in text_of(dialog.say(CASEWORKER, "/overdue"))
    assert f"#{number}" not in text_of(dialog.say(OTHER_TOWN, "/overdue"))


def test_every_transition_plans_the_next_deadline(dialog):
    number = open_ticket(dialog)
    dialog.say(CASEWORKER, f"/accept {number}")  # verify within 3 working days: Thursday 10:00
    reminded = tick(dialog, to=local(2026, 11, 26, 8, 30))
    assert [r.chat_id for r in reminded] == [CASEWORKER], "the assignee only"
    assert "入户核查" in reminded[0].text
    dialog.say(CASEWORKER, f"/visit {number} 已入户")  # resolve: 10 working days from the report
    assert tick(dialog, to=local(2026, 11, 26, 10, 0)) == [], "the verify deadline no longer runs"
    late = tick(dialog, to=local(2026, 12, 7, 10, 0))
    assert "办结" in text_of(late, CASEWORKER) and "超时督办" in text_of(late, SUPERVISOR)


def test_withdrawn_and_rejected_tickets_are_not_reminded(dialog):
    from tests.deadlines.conftest import RESIDENT

    open_ticket(dialog)
    dialog.say(RESIDENT, "/cancel")
    dialog.press(RESIDENT, "cxy:1")
    second = open_ticket(dialog, "我是下营镇船舱峪村的，孩子上学学费交不起", 504)
    dialog.say(CASEWORKER, f"/reject {second} 已享受教育资助")
    assert tick(dialog, to=local(2026, 12, 31, 10, 0)) == []


def test_a_night_outage_does_not_send_at_night(database_url, settings, triager):
    """A worker that was down and restarts at night holds non-urgent reminders until work starts."""
    dialog = make_dialog(database_url, settings, triager, local(2026, 11, 23, 10, 0))
    open_ticket(dialog)
    assert tick(dialog, to=local(2026, 11, 24, 23, 0)) == [], "all due, none at 23:00"
    morning = tick(dialog, to=local(2026, 11, 25, 8, 30))
    assert len(to(morning, SUPERVISOR)) == 1 and len(to(morning, CASEWORKER)) == 2, "remind + escalation, once"


def test_seconds_long_deadlines_for_demos(database_url, settings, triager):
    from handlers.timing import Duration, WorkCalendar

    fast = replace(settings, working_hours=WorkCalendar(start="00:00", end="24:00", calendar="all"),
                   deadlines=replace(settings.deadlines, accept=Duration(6, "s"), remind_before=Duration(3, "s"),
                                     escalate_every=Duration(5, "s")))
    dialog = make_dialog(database_url, fast, triager, local(2026, 11, 28, 3, 0))  # a Saturday night
    open_ticket(dialog)
    assert "催办" in text_of(tick(dialog, seconds=3), CASEWORKER)
    assert "超时督办" in text_of(tick(dialog, seconds=3), SUPERVISOR)
    assert "第 2 次" in text_of(tick(dialog, seconds=5), SUPERVISOR)


def test_many_reminders_for_one_person_come_as_one_list(dialog):
    numbers = [open_ticket(dialog, user=user) for user in range(510, 517)]
    tick(dialog, to=local(2026, 11, 24, 8, 30))
    replies = to(tick(dialog, to=local(2026, 11, 24, 10, 0)), SUPERVISOR)
    assert len(replies) == 1 and "共 7 条提醒" in replies[0].text, "1 message a second is Telegram's pace per chat"
    assert all(f"#{n}" in replies[0].text for n in numbers)
