"""Several people at once through the sandbox: resident, caseworkers, liaison, supervisor, volunteer."""

from __future__ import annotations

import re

import pytest

from tests.e2e.test_resident_e2e import query

pytestmark = pytest.mark.slow

REQUEST = "我是下营镇郭家沟村的，房子漏雨墙也裂了，老伴腿脚不好，想请政府帮帮忙"


@pytest.fixture(scope="module")
def team(hotline):
    """Staff of the district, registered through invite codes as people would."""
    people = {
        "cw1": (hotline.person("张干部"), hotline.invite("caseworker", town="下营镇")),
        "cw2": (hotline.person("赵干部"), hotline.invite("caseworker", town="下营镇")),
        "other": (hotline.person("钱干部"), hotline.invite("caseworker", town="邦均镇")),
        "liaison": (hotline.person("吴联络员"), hotline.invite("liaison", department="HOUSING")),
        "supervisor": (hotline.person("周科长"), hotline.invite("supervisor")),
        "volunteer": (hotline.person("孙网格员"), hotline.invite("volunteer", village="郭家沟村")),
    }
    for person, code in people.values():
        person.send(f"/start {code}")
        person.expect("登记成功")
    return {name: person for name, (person, _) in people.items()}


def test_a_used_or_wrong_invite_code_is_refused(hotline, team):
    code = hotline.invite("caseworker", town="下营镇")
    stranger, other = hotline.person(), hotline.person()
    stranger.send(f"/start {code}")
    stranger.expect("登记成功")
    other.send(f"/start {code}")
    other.expect("无效")


def test_whole_path_from_message_to_resolution_and_the_residents_notice(hotline, team):
    resident = hotline.person("郭大娘")
    resident.send(REQUEST)
    number = int(re.search(r"#(\d+)", resident.expect(r"#\d+").text).group(1))
    card = team["cw1"].expect(f"新工单 #{number}")
    team["cw2"].expect(f"新工单 #{number}")
    assert card.button_texts == ["接单", "转介", "记录核查", "办结"]
    team["cw1"].press("接单", message=card)
    team["cw1"].expect(f"您已接单 #{number}")
    resident.expect("受理")
    team["cw2"].press("接单")
    team["cw2"].expect("已由 张干部 接单")
    team["cw1"].send(f"/visit {number} 入户核查：屋顶漏雨属实")
    team["cw1"].expect("核查情况")
    team["cw1"].press("转介")
    team["cw1"].expect("哪个部门")
    team["cw1"].press("区住房建设委")
    team["cw1"].expect("已转介")
    resident.expect("住房建设委")
    team["liaison"].expect(f"#{number}")
    team["liaison"].press("接收")
    team["cw1"].expect("已接收")
    team["liaison"].send(f"/close {number} 鉴定为C级危房，纳入改造")
    team["cw1"].expect("C级危房")
    team["cw1"].send(f"/close {number} 纳入危房改造，先行临时救助")
    resident.expect("已办结")
    team["cw1"].send(f"/ticket {number}")
    timeline = team["cw1"].expect("时间线").text
    for step in ("接单", "入户核查", "转介", "部门接收", "部门办结回复", "办结"):
        assert step in timeline
    assert query(hotline, "SELECT state FROM tickets WHERE id = :id", id=number) == [("resolved",)]


def test_each_refusal_answers_and_changes_nothing(hotline, team):
    resident = hotline.person()
    resident.send(REQUEST)
    number = int(re.search(r"#(\d+)", resident.expect(r"#\d+").text).group(1))
    checks = [
        (team["other"], f"/accept {number}", "权限"),
        (team["other"], f"/ticket {number}", "权限"),
        (team["liaison"], f"/ticket {number}", "权限"),
        (team["liaison"], f"/refer {number} HEALTH", "角色不能"),
        (resident, f"/accept {number}", "只供民政工作人员"),
        (team["volunteer"], f"/close {number} 好了", "只供民政工作人员"),
        (team["cw1"], f"/reveal {number}", "承办人"),
        (team["cw1"], f"/town {number} 邦均镇", "督办"),
        (team["cw1"], f"/close {number}", "办理结果"),
        (team["cw1"], "/accept 99999", "没有找到"),
    ]
    before = query(hotline, "SELECT count(*) FROM events WHERE action = 'refused'")[0][0]
    for person, command, answer in checks:
        person.send(command)
        person.expect(answer)
    assert query(hotline, "SELECT state, assignee_id FROM tickets WHERE id = :id", id=number) == [("new", None)]
    refusals = query(hotline, "SELECT count(*) FROM events WHERE action = 'refused'")[0][0] - before
    assert refusals == 8, "every refusal of a role or scope is logged (missing arguments are not refusals)"


def test_complaints_reach_supervisors_only(hotline, team):
    resident = hotline.person()
    resident.send("下营镇郭家沟村的村干部优亲厚友，把低保给了自己亲戚")
    number = int(re.search(r"#(\d+)", resident.expect(r"#\d+").text).group(1))
    team["supervisor"].expect(f"#{number}")
    team["cw1"].send(f"/ticket {number}")
    team["cw1"].expect("权限")


def test_volunteer_guided_report_with_photo_and_location_then_hears_back(hotline, team):
    volunteer = team["volunteer"]
    volunteer.send("/report")
    volunteer.expect("第 1 步")
    volunteer.send("郭家沟村独居的刘大爷两天没开门了，喊也不应")
    volunteer.expect("第 2 步")
    volunteer.send("刘大爷，八十多岁")
    volunteer.expect("第 3 步")
    volunteer.press("是，在郭家沟村")
    volunteer.expect("第 4 步")
    volunteer.send_photo()
    volunteer.expect("附在报告里")
    volunteer.send_location(40.12, 117.45)
    volunteer.expect("附在报告里")
    volunteer.press("完成")
    volunteer.expect("请核对报告")
    volunteer.press("提交")
    number = int(re.search(r"#(\d+)", volunteer.expect("已登记线索").text).group(1))
    card = team["cw1"].expect(f"#{number}")
    assert "急难" in card.text and "主动发现" in card.text
    team["cw1"].press("接单", message=card)
    volunteer.expect("受理")
    team["cw1"].send(f"/close {number} 已破门查看，老人摔倒已送医，通知其子13812345678回来照顾")
    done = volunteer.expect("已办结")
    assert "13812345678" not in done.text
    kinds = query(hotline, "SELECT media_kind, latitude FROM ticket_messages WHERE ticket_id = :id", id=number)
    assert any(kind == "photo" for kind, _ in kinds) and any(lat for _, lat in kinds)


def test_volunteer_free_text_with_confirmation_and_a_merged_duplicate(hotline, team):
    volunteer, supervisor = team["volunteer"], team["supervisor"]
    volunteer.send("郭家沟村的马奶奶一个人住，房子后墙塌了一块，晚上漏风")
    volunteer.expect("我的理解")
    volunteer.press("提交")
    first = int(re.search(r"#(\d+)", volunteer.expect("已登记线索").text).group(1))
    volunteer.send("/report")
    volunteer.expect("第 1 步")
    volunteer.send("马奶奶家后墙塌了，一个人住很危险")
    volunteer.expect("第 2 步")
    volunteer.send("马奶奶")
    volunteer.expect("第 3 步")
    volunteer.press("是，在郭家沟村")
    volunteer.expect("第 4 步")
    volunteer.press("完成")
    volunteer.press("提交", message=volunteer.expect("请核对报告"))
    second = int(re.search(r"#(\d+)", volunteer.expect("已登记线索").text).group(1))
    assert f"可能与 #{first} 重复" in team["cw1"].expect(f"#{second}").text
    supervisor.send(f"/merge {second} {first}")
    supervisor.expect("已把工单")
    volunteer.expect(f"已合并到 #{first}")
    assert query(hotline, "SELECT state, duplicate_of FROM tickets WHERE id = :id", id=second) == [
        ("duplicate", first)]


def test_residents_cannot_report(hotline):
    resident = hotline.person()
    resident.send("/report")
    resident.expect("志愿者")
