"""Caseworkers, liaisons and supervisors: the work queue, referrals, permissions and audit."""

from __future__ import annotations

import re

import pytest

from tests.support.dialog import Dialog, button_data, text_of

RESIDENT, OTHER_RESIDENT = 501, 502
CASEWORKER, CASEWORKER_2, OTHER_TOWN = 601, 602, 603
LIAISON, OTHER_LIAISON, SUPERVISOR, VOLUNTEER = 701, 702, 801, 901
XIAYING_REQUEST = "我是下营镇常州村的，家里房子漏雨，墙裂了好大的缝，想申请危房改造"


@pytest.fixture
def dialog(database_url, settings, triager):
    d = Dialog(database_url, settings, triager)
    d.register(CASEWORKER, "caseworker", town="下营镇")
    d.register(CASEWORKER_2, "caseworker", town="下营镇")
    d.register(OTHER_TOWN, "caseworker", town="邦均镇")
    d.register(LIAISON, "liaison", department="HOUSING")
    d.register(OTHER_LIAISON, "liaison", department="HEALTH")
    d.register(SUPERVISOR, "supervisor")
    return d


def open_ticket(dialog, text=XIAYING_REQUEST, user=RESIDENT) -> tuple[int, list]:
    replies = dialog.say(user, text)
    return int(re.search(r"#(\d+)", text_of(replies, user)).group(1)), replies


def test_invites_register_roles_once(dialog):
    with dialog.uow_factory() as uow:
        person = uow.persons.by_telegram_id(CASEWORKER)
        assert (person.role, person.town) == ("caseworker", "下营镇")
    from handlers.invites import create_invite

    with dialog.uow_factory() as uow:
        code = create_invite(uow, dialog.core.services.settings, "volunteer", village="常州村").code
        uow.commit()
    assert "登记成功" in text_of(dialog.say(VOLUNTEER, f"/start {code}"))
    assert "无效" in text_of(dialog.say(RESIDENT, f"/start {code}")), "a code works once"
    with dialog.uow_factory() as uow:
        assert uow.persons.by_telegram_id(RESIDENT).role == "resident"


def test_expired_invite_is_refused(dialog):
    from datetime import timedelta

    from handlers.invites import create_invite

    with dialog.uow_factory() as uow:
        code = create_invite(uow, dialog.core.services.settings, "caseworker", town="下营镇",
                             valid_for=timedelta(days=7)).code
        uow.commit()
    dialog.clock.advance(days=8)
    assert "过期" in text_of(dialog.say(RESIDENT, f"/start {code}"))


def test_help_shows_each_role_its_commands(dialog):
    assert "/refer" in text_of(dialog.say(CASEWORKER, "/help"))
    assert "/return" in text_of(dialog.say(LIAISON, "/help"))
    assert "/town" in text_of(dialog.say(SUPERVISOR, "/help"))
    resident_help = text_of(dialog.say(RESIDENT, "/help"))
    assert "/status" in resident_help and "/refer" not in resident_help


def test_new_ticket_goes_to_the_towns_caseworkers_with_buttons(dialog):
    number, replies = open_ticket(dialog)
    to_caseworkers = [r for r in replies if r.chat_id in (CASEWORKER, CASEWORKER_2)]
    assert len(to_caseworkers) == 2 and f"#{number}" in to_caseworkers[0].text
    assert [b.text for row in to_caseworkers[0].buttons for b in row] == ["接单", "转介", "记录核查", "办结"]
    assert not [r for r in replies if r.chat_id in (OTHER_TOWN, SUPERVISOR)]


def test_urgent_ticket_is_marked_and_also_goes_to_supervisors(dialog):
    _, replies = open_ticket(dialog, "下营镇郭家沟村一个独居老人瘫痪在床，两天没吃饭了，没人管")
    assert "急难" in text_of(replies, CASEWORKER) and "急难" in text_of(replies, SUPERVISOR)


def test_ticket_without_a_town_goes_to_supervisors_who_set_it(dialog):
    number, replies = open_ticket(dialog, "我家房顶漏雨，下雨天得拿盆接水，想请村里帮忙修修")
    assert f"#{number}" in text_of(replies, SUPERVISOR) and not text_of(replies, CASEWORKER)
    refused = dialog.say(CASEWORKER, f"/town {number} 下营镇")
    assert "督办" in text_of(refused) and dialog.tickets()[0].town is None
    routed = dialog.say(SUPERVISOR, f"/town {number} 下营")
    assert dialog.tickets()[0].town == "下营镇" and f"#{number}" in text_of(routed, CASEWORKER)


def test_the_whole_path_with_a_referral_and_the_residents_notices(dialog):
    number, replies = open_ticket(dialog)
    accepted = dialog.press(CASEWORKER, button_data([r for r in replies if r.chat_id == CASEWORKER], "接单"))
    assert "受理" in text_of(accepted, RESIDENT)
    assert dialog.tickets()[0].state == "accepted"
    dialog.say(CASEWORKER, f"/visit {number} 已入户，屋顶确有漏雨，东墙裂缝")
    assert dialog.tickets()[0].state == "verifying"
    referred = dialog.say(CASEWORKER, f"/refer {number} HOUSING 请评估危房等级")
    assert f"#{number}" in text_of(referred, LIAISON) and "住房建设委" in text_of(referred, RESIDENT)
    assert dialog.tickets()[0].state == "referred"
    refused_close = dialog.say(CASEWORKER, f"/close {number} 已修好")
    assert "未完成的转介" in text_of(refused_close) and dialog.tickets()[0].state == "referred"
    assert "接收" in text_of(dialog.say(LIAISON, f"/accept {number}"), CASEWORKER)
    reported = dialog.say(LIAISON, f"/close {number} 已鉴定为C级危房，纳入改造计划")
    assert "C级危房" in text_of(reported, CASEWORKER)
    assert dialog.tickets()[0].state == "verifying"
    closed = dialog.say(CASEWORKER, f"/close {number} 纳入危房改造，先行发放临时救助1000元")
    assert "临时救助1000元" in text_of(closed, RESIDENT) and dialog.tickets()[0].state == "resolved"
    timeline = text_of(dialog.say(CASEWORKER, f"/ticket {number}"))
    for step in ("登记", "接单", "入户核查", "转介", "部门接收", "部门办结回复", "办结"):
        assert step in timeline


def test_two_caseworkers_pressing_accept_only_one_gets_it(dialog):
    number, replies = open_ticket(dialog)
    first = dialog.press(CASEWORKER, f"acc:{number}")
    second = dialog.press(CASEWORKER_2, f"acc:{number}")
    assert "您已接单" in text_of(first, CASEWORKER)
    assert "已由" in text_of(second, CASEWORKER_2) and "用户601" in text_of(second, CASEWORKER_2)
    with dialog.uow_factory() as uow:
        assert dialog.tickets()[0].assignee_id == uow.persons.by_telegram_id(CASEWORKER).id


def test_next_hands_out_the_most_urgent_first(dialog):
    normal, _ = open_ticket(dialog)
    urgent, _ = open_ticket(dialog, "下营镇船舱峪村有个老人摔倒在家起不来，没人照顾，已经一天没吃东西", OTHER_RESIDENT)
    assert f"#{urgent}" in text_of(dialog.say(CASEWORKER, "/next"))
    assert f"#{normal}" in text_of(dialog.say(CASEWORKER_2, "/next"))
    assert "没有待接单" in text_of(dialog.say(CASEWORKER, "/next"))


def test_several_referrals_keep_the_ticket_referred_until_all_settle(dialog):
    number, _ = open_ticket(dialog)
    dialog.say(CASEWORKER, f"/accept {number}")
    dialog.say(CASEWORKER, f"/refer {number} HOUSING")
    dialog.say(CASEWORKER, f"/refer {number} HEALTH 老人有慢性病")
    dialog.say(OTHER_LIAISON, f"/return {number} 不属于医疗救助范围")
    assert dialog.tickets()[0].state == "referred"
    revoked = dialog.say(CASEWORKER, f"/revoke {number} HOUSING")
    assert "撤回" in text_of(revoked, LIAISON)
    assert dialog.tickets()[0].state == "verifying"


def test_reject_tells_the_reason_and_how_to_appeal_and_reopen_works(dialog):
    number, _ = open_ticket(dialog)
    replies = dialog.say(CASEWORKER, f"/reject {number} 经核实家庭收入超过低保标准")
    assert "收入超过" in text_of(replies, RESIDENT) and "复核" in text_of(replies, RESIDENT)
    assert "重新打开" in text_of(dialog.say(CASEWORKER, f"/reopen {number}"), RESIDENT)


# ---- refusals: each answers clearly, changes nothing, and is logged -----------------------

def test_caseworker_of_another_town_sees_and_does_nothing(dialog):
    number, _ = open_ticket(dialog)
    for command in (f"/ticket {number}", f"/accept {number}", f"/note {number} 看看", f"/close {number} x"):
        assert "权限" in text_of(dialog.say(OTHER_TOWN, command))
    assert "权限" in text_of(dialog.press(OTHER_TOWN, f"acc:{number}"))
    assert dialog.tickets()[0].state == "new"
    assert len(dialog.events("refused")) == 5
    assert f"#{number}" not in text_of(dialog.say(OTHER_TOWN, "/open"))


def test_complaints_are_for_supervisors_only(dialog):
    number, replies = open_ticket(dialog, "下营镇常州村的村干部优亲厚友，把低保给了自己亲戚，我们真正困难的申请不上")
    assert dialog.tickets()[0].category == "complaint"
    assert not text_of(replies, CASEWORKER) and f"#{number}" in text_of(replies, SUPERVISOR)
    assert "权限" in text_of(dialog.say(CASEWORKER, f"/ticket {number}"))
    assert f"#{number}" not in text_of(dialog.say(CASEWORKER, "/open"))
    assert f"#{number}" in text_of(dialog.say(SUPERVISOR, f"/ticket {number}"))


def test_liaison_acts_only_on_referrals_to_its_department(dialog):
    number, _ = open_ticket(dialog)
    assert "权限" in text_of(dialog.say(LIAISON, f"/ticket {number}"))
    dialog.say(CASEWORKER, f"/accept {number}")
    dialog.say(CASEWORKER, f"/refer {number} HOUSING")
    assert "权限" in text_of(dialog.say(OTHER_LIAISON, f"/accept {number}"))
    assert "角色不能" in text_of(dialog.say(LIAISON, f"/refer {number} HEALTH"))
    assert f"#{number}" in text_of(dialog.say(LIAISON, f"/ticket {number}"))


@pytest.mark.parametrize("command", ["/mine", "/open", "/ticket 1", "/accept 1", "/stats", "/reveal 1"])
def test_residents_cannot_use_staff_commands(dialog, command):
    open_ticket(dialog)
    assert "只供民政工作人员" in text_of(dialog.say(RESIDENT, command))
    assert dialog.tickets()[0].state == "new"
    assert dialog.events("refused")


def test_reveal_is_for_the_assigned_caseworker_only_and_audited(dialog):
    number, _ = open_ticket(dialog, "下营镇常州村，我要申请低保，身份证120225198001011230，电话13812345678")
    assert "120225198001011230" not in text_of(dialog.say(CASEWORKER, f"/ticket {number}"))
    assert "承办人" in text_of(dialog.say(CASEWORKER, f"/reveal {number}"))
    dialog.say(CASEWORKER, f"/accept {number}")
    assert "承办人" in text_of(dialog.say(SUPERVISOR, f"/reveal {number}"))
    revealed = text_of(dialog.say(CASEWORKER, f"/reveal {number}"))
    assert "120225198001011230" in revealed and "13812345678" in revealed
    assert len(dialog.events("reveal")) == 1 and len(dialog.events("refused")) == 2


@pytest.mark.parametrize(("command", "expected"), [
    ("/accept", "请写工单号"), ("/accept 999", "没有找到"), ("/accept abc", "请写工单号"),
    ("/note 1", "备注内容"), ("/refer 1 NOPE", "部门代码"), ("/close 1", "办理结果"),
    ("/reopen 1", "不能重新打开"), ("/visit 1 看过了", "请先接单"),
])
def test_bad_staff_input_gets_a_clear_answer_and_changes_nothing(dialog, command, expected):
    open_ticket(dialog)
    assert expected in text_of(dialog.say(CASEWORKER, command))
    assert dialog.tickets()[0].state == "new"


def test_closing_a_closed_ticket_is_refused(dialog):
    number, _ = open_ticket(dialog)
    dialog.say(CASEWORKER, f"/accept {number}")
    dialog.say(CASEWORKER, f"/close {number} 已解决")
    assert "不能办结" in text_of(dialog.say(CASEWORKER, f"/close {number} 再办一次"))


def test_long_notes_with_markup_are_kept_and_escaped(dialog):
    number, _ = open_ticket(dialog)
    note = "<b>注意</b>&" + "很长的备注" * 800
    assert "已在工单" in text_of(dialog.say(CASEWORKER, f"/note {number} {note}"))
    detail = text_of(dialog.say(CASEWORKER, f"/ticket {number}"))
    assert "<b>注意</b>" not in detail and "&lt;b&gt;注意" in detail
    assert len(detail) <= 4096


def test_buttons_that_ask_for_words_take_the_next_message(dialog):
    number, _ = open_ticket(dialog)
    dialog.say(CASEWORKER, f"/accept {number}")
    assert "核查情况" in text_of(dialog.press(CASEWORKER, f"vis:{number}"))
    dialog.say(CASEWORKER, "入户看过，情况属实")
    assert dialog.tickets()[0].state == "verifying"
    departments = dialog.press(CASEWORKER, f"ref:{number}")
    dialog.press(CASEWORKER, button_data(departments, "区住房建设委"))
    assert dialog.tickets()[0].state == "referred"


def test_stats_count_the_scope(dialog):
    open_ticket(dialog)
    open_ticket(dialog, "邦均镇东塔村，我孙子上学学费交不起", OTHER_RESIDENT)
    town = text_of(dialog.say(CASEWORKER, "/stats"))
    district = text_of(dialog.say(SUPERVISOR, "/stats"))
    assert "待受理 1" in town and "待受理 2" in district


def test_a_resident_who_blocked_the_bot_becomes_a_task_for_the_caseworker(dialog):
    number, _ = open_ticket(dialog)
    dialog.say(CASEWORKER, f"/accept {number}")
    deliveries = dialog.core.process(dialog.incoming(CASEWORKER, text=f"/close {number} 已解决"))
    to_resident = next(d for d in deliveries if d.message.chat_id == RESIDENT)
    follow = dialog.core.mark_blocked(to_resident.outbox_id, RESIDENT)
    assert any(d.message.chat_id == CASEWORKER and "电话" in d.message.text for d in follow)
    assert dialog.events("unreachable_task")


def test_export_sends_the_months_ledger_within_scope(dialog):
    import io

    from openpyxl import load_workbook

    number, _ = open_ticket(dialog)
    open_ticket(dialog, "邦均镇东塔村，我孙子上学学费交不起", OTHER_RESIDENT)
    (reply,) = dialog.say(CASEWORKER, "/export 2026-11")
    sheet = load_workbook(io.BytesIO(reply.document.content))["台账"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [number], "a caseworker's ledger holds only their town"
    (district,) = dialog.say(SUPERVISOR, "/export 2026-11")
    assert load_workbook(io.BytesIO(district.document.content))["台账"].max_row == 3
    assert "YYYY-MM" in text_of(dialog.say(CASEWORKER, "/export November"))
    assert "只供民政工作人员" in text_of(dialog.say(RESIDENT, "/export"))
