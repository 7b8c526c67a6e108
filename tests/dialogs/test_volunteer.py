"""Volunteers and grid workers: guided reports, free-text reports, duplicates, and hearing back."""

from __future__ import annotations

import re

import pytest

from tests.support.dialog import Dialog, button_data, text_of

VOLUNTEER, VOLUNTEER_2, RESIDENT, CASEWORKER, SUPERVISOR = 901, 902, 501, 601, 801
SEEN = "村东头独居的老人这两天窗帘一直没拉开，敲门也没人应，怕出事"


@pytest.fixture
def dialog(database_url, settings, triager):
    d = Dialog(database_url, settings, triager)
    d.register(VOLUNTEER, "volunteer", village="常州村")
    d.register(VOLUNTEER_2, "volunteer", village="常州村")
    d.register(CASEWORKER, "caseworker", town="下营镇")
    d.register(SUPERVISOR, "supervisor")
    return d


def report_via_flow(dialog, user=VOLUNTEER, what=SEEN, who="王德顺") -> list:
    dialog.say(user, "/report")
    dialog.say(user, what)
    if who:
        dialog.say(user, who)
    else:
        dialog.press(user, "rp:skip")
    dialog.press(user, "rp:here")
    dialog.media(user, "photo")
    dialog.location(user, 40.05, 117.45)
    summary = dialog.press(user, "rp:done")
    assert "请核对报告" in text_of(summary)
    return dialog.press(user, button_data(summary, "提交"))


def test_guided_report_becomes_a_volunteer_ticket_with_its_extras(dialog):
    replies = report_via_flow(dialog)
    number = int(re.search(r"#(\d+)", text_of(replies, VOLUNTEER)).group(1))
    ticket = dialog.tickets()[0]
    assert (ticket.source, ticket.town, ticket.village, ticket.urgent) == ("volunteer", "下营镇", "常州村", True)
    assert f"#{number}" in text_of(replies, CASEWORKER) and "主动发现" in text_of(replies, CASEWORKER)
    kinds = [(m.media_kind, m.latitude) for m in dialog.messages_of(number)]
    assert ("photo", None) in kinds and (None, 40.05) in kinds
    assert "王德顺" in dialog.messages_of(number)[0].text_masked


def test_volunteer_hears_acceptance_and_a_masked_outcome(dialog):
    number = int(re.search(r"#(\d+)", text_of(report_via_flow(dialog), VOLUNTEER)).group(1))
    assert "受理" in text_of(dialog.say(CASEWORKER, f"/accept {number}"), VOLUNTEER)
    closed = dialog.say(CASEWORKER, f"/close {number} 已送医，联系其儿子13812345678回来照顾")
    told = text_of(closed, VOLUNTEER)
    assert "已办结" in told and "13812345678" not in told and "138****5678" in told


def test_free_text_is_read_back_and_filed_only_when_confirmed(dialog):
    reading = dialog.say(VOLUNTEER, "我是常州村网格员，发现村里李大娘家房顶塌了一角，她一个人住")
    assert "我的理解" in text_of(reading) and dialog.tickets() == []
    filed = dialog.press(VOLUNTEER, button_data(reading, "提交"))
    assert re.search(r"#\d+", text_of(filed, VOLUNTEER))
    ticket = dialog.tickets()[0]
    assert ticket.source == "volunteer" and ticket.category == "housing" and ticket.village == "常州村"


def test_free_text_cancelled_files_nothing(dialog):
    reading = dialog.say(VOLUNTEER, "村里有户人家孩子辍学了")
    dialog.press(VOLUNTEER, button_data(reading, "取消"))
    assert dialog.tickets() == []
    assert "失效" in text_of(dialog.press(VOLUNTEER, "vc:yes"))


def test_cancel_leaves_the_flow_at_any_step_and_a_stale_flow_is_forgotten(dialog):
    dialog.say(VOLUNTEER, "/report")
    dialog.say(VOLUNTEER, SEEN)
    assert "退出" in text_of(dialog.say(VOLUNTEER, "/cancel"))
    dialog.say(VOLUNTEER, "/report")
    dialog.clock.advance(days=3)
    reading = dialog.say(VOLUNTEER, "村里有户人家孩子辍学了")
    assert "我的理解" in text_of(reading), "days later the volunteer is not stuck in the old flow"
    assert "结束或超时" in text_of(dialog.press(VOLUNTEER, "rp:done"))


def test_likely_duplicate_is_linked_and_can_be_merged(dialog):
    first = report_via_flow(dialog, VOLUNTEER)
    second = report_via_flow(dialog, VOLUNTEER_2, what="王德顺老人好几天没出门了，家里没动静")
    a = int(re.search(r"#(\d+)", text_of(first, VOLUNTEER)).group(1))
    b = int(re.search(r"#(\d+)", text_of(second, VOLUNTEER_2)).group(1))
    assert f"可能与 #{a} 重复" in text_of(second, CASEWORKER)
    assert len(dialog.tickets()) == 2, "nothing is dropped automatically"
    merged = dialog.say(CASEWORKER, f"/merge {b} {a}")
    assert f"#{a}" in text_of(merged, VOLUNTEER_2) and "同一情况" in text_of(merged, VOLUNTEER)
    tickets = {t.id: t for t in dialog.tickets()}
    assert tickets[b].state == "duplicate" and tickets[b].duplicate_of == a
    assert len(dialog.messages_of(a)) > len(dialog.messages_of(b)) == 0


def test_many_reports_in_a_row_are_all_filed(dialog):
    for n in range(6):
        reading = dialog.say(VOLUNTEER, f"村里第{n}户的老人独居，冬天取暖有困难，房子也漏风")
        dialog.press(VOLUNTEER, button_data(reading, "提交"))
    assert len(dialog.tickets()) == 6


def test_bad_input_in_reports(dialog):
    assert "范围" in text_of(dialog.location(VOLUNTEER, 39.9, 116.4)), "a location in Beijing is questioned"
    kept = dialog.media(VOLUNTEER, "photo")
    assert "附在您接下来的报告" in text_of(kept)
    reading = dialog.say(VOLUNTEER, "发现一个人躺在路边")
    assert "常州村" in text_of(reading), "no place in the text: the volunteer's own village by default"
    dialog.press(VOLUNTEER, button_data(reading, "提交"))
    assert [m.media_kind for m in dialog.messages_of(dialog.tickets()[0].id)].count("photo") == 1


def test_residents_are_told_report_is_for_volunteers(dialog):
    assert "志愿者" in text_of(dialog.say(RESIDENT, "/report"))
    assert dialog.tickets() == []


def test_volunteer_status_lists_reports(dialog):
    number = int(re.search(r"#(\d+)", text_of(report_via_flow(dialog), VOLUNTEER)).group(1))
    assert f"#{number}" in text_of(dialog.say(VOLUNTEER, "/status"))
    assert "/report" in text_of(dialog.say(VOLUNTEER, "/help"))
