"""Periodic work: the monthly summary, the Monday digest, the quarterly spot check — each once per period."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select

from handlers import spot_check
from handlers.periodic import last_moment, period
from handlers.settings import Schedule
from storage.models import PeriodicRun
from tests.deadlines.conftest import (
    CASEWORKER,
    CASEWORKER_2,
    OTHER_TOWN,
    RESIDENT,
    SUPERVISOR,
    URGENT,
    drain,
    local,
    make_dialog,
    open_ticket,
    tick,
    to,
)
from tests.support.dialog import button_data, text_of


def run(dialog, job: str, at=None, **options) -> list:
    if at is not None:
        dialog.clock.moment = at
    dialog.core.run_periodic(job, **options)
    return drain(dialog)


def test_periods_and_last_scheduled_moments():
    schedule = Schedule()
    assert last_moment("monthly", schedule, local(2026, 11, 1, 9, 0)) == local(2026, 11, 1, 9, 0)
    assert last_moment("monthly", schedule, local(2026, 11, 1, 8, 59)) == local(2026, 10, 1, 9, 0)
    assert last_moment("weekly", schedule, local(2026, 11, 25, 12, 0)) == local(2026, 11, 23, 9, 0)
    assert last_moment("quarterly", schedule, local(2026, 1, 1, 8, 0)) == local(2025, 10, 1, 9, 0)
    assert period("monthly", local(2026, 1, 1, 9, 0))[0] == "2025-12"
    assert period("quarterly", local(2026, 10, 1, 9, 0))[:2] == ("2026Q3", local(2026, 7, 1, 0, 0))


def test_monthly_summary_for_supervisors_once(database_url, settings, triager):
    dialog = make_dialog(database_url, settings, triager, local(2026, 10, 12, 10, 0))
    first = open_ticket(dialog)
    open_ticket(dialog, URGENT, user=502)
    dialog.say(CASEWORKER, f"/accept {first}")
    dialog.say(CASEWORKER, f"/close {first} 已修缮")
    due = tick(dialog, to=local(2026, 10, 19, 10, 0))
    dialog.press(RESIDENT, button_data(to(due, RESIDENT), "满意"))
    tick(dialog, to=local(2026, 10, 30, 10, 0))
    replies = run(dialog, "monthly", local(2026, 11, 1, 9, 0))
    assert [r.chat_id for r in replies] == [SUPERVISOR]
    summary = replies[0].text
    for expected in ("2026年10月", "新登记工单 2 件（急难 1 件）", "住房救助 1", "下营镇 2", "居民求助 2",
                     "按时受理：1/1", "按时办结：1/1", "满意 1", "满意率 100%", "本月超时督办：1 件"):
        assert expected in summary, expected
    assert run(dialog, "monthly") == [], "once per month"
    assert run(dialog, "monthly", local(2026, 11, 1, 15, 0), catch_up=True) == []


def test_a_missed_run_is_caught_up_the_same_day_only(dialog):
    assert run(dialog, "monthly", local(2026, 12, 2, 10, 0), catch_up=True) == [], "a day late: skipped"
    assert [r.chat_id for r in run(dialog, "monthly", local(2026, 12, 1, 11, 0), catch_up=True)] == [SUPERVISOR]


def test_monday_digest_of_open_tickets(dialog):
    first = open_ticket(dialog)
    second = open_ticket(dialog, "我是下营镇船舱峪村的，孩子上学学费交不起", 504)
    dialog.say(CASEWORKER, f"/accept {first}")
    replies = run(dialog, "weekly", local(2026, 11, 30, 9, 0))
    mine = text_of(replies, CASEWORKER)
    assert f"#{first}" in mine and f"#{second}" in mine and "待接单" in mine
    assert f"#{first}" not in text_of(replies, CASEWORKER_2) and f"#{second}" in text_of(replies, CASEWORKER_2)
    assert not to(replies, OTHER_TOWN), "nothing open in 邦均镇: no message"
    assert "已超时" in mine
    assert run(dialog, "weekly", local(2026, 11, 30, 9, 5)) == []


def test_quarterly_spot_check_sample_is_seeded_and_recorded(database_url, settings, triager):
    seeded = replace(settings, schedule=replace(settings.schedule, spot_check_seed="2026Q3-draw"))
    dialog = make_dialog(database_url, seeded, triager, local(2026, 8, 3, 10, 0))
    dialog.register(802, "supervisor")
    numbers = []
    for user, village in enumerate(("常州村", "船舱峪村", "郭家沟村", "青山岭村", "常州村"), start=510):
        numbers.append(open_ticket(dialog, f"我是下营镇{village}的，家里房子漏雨，墙裂了", user))
    numbers.append(open_ticket(dialog, "我是邦均镇东塔村的，家里房子漏雨，墙裂了", 520))
    dialog.register(604, "caseworker", town="邦均镇")
    for number in numbers:
        caseworker = 604 if number == numbers[-1] else CASEWORKER
        dialog.say(caseworker, f"/accept {number}")
        dialog.say(caseworker, f"/close {number} 已修缮")
    replies = run(dialog, "quarterly", local(2026, 10, 1, 9, 0))
    expected = spot_check.sample({"下营镇": numbers[:5], "邦均镇": numbers[5:]}, seeded.schedule, "2026Q3-draw")
    assert len(expected["下营镇"]) == 3 and expected["邦均镇"] == numbers[5:], "at least 3 per town, all if fewer"
    drawn = sorted(e.ticket_id for e in dialog.events("spot_check"))
    assert drawn == sorted(expected["下营镇"] + expected["邦均镇"])
    assert {r.chat_id for r in replies} == {SUPERVISOR, 802}, "shared out among the supervisors"
    assert all("随机抽查" in r.text and "2026Q3-draw" in r.text for r in replies)
    with dialog.uow_factory() as uow:
        (row,) = uow.session.scalars(select(PeriodicRun).where(PeriodicRun.job == "quarterly")).all()
        assert row.period == "2026Q3" and json.loads(row.detail)["seed"] == "2026Q3-draw"
    assert run(dialog, "quarterly") == []


def test_without_a_configured_seed_a_fresh_one_is_recorded(dialog):
    run(dialog, "quarterly", local(2027, 1, 1, 9, 0))
    with dialog.uow_factory() as uow:
        (row,) = uow.session.scalars(select(PeriodicRun)).all()
        assert len(json.loads(row.detail)["seed"]) == 16
