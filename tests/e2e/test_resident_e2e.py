"""A resident and the real bot process through the sandbox, as people would use it."""

from __future__ import annotations

import re
import threading

import pytest
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.slow

URGENT = "我是下营镇常州村的，老伴瘫痪在床，家里两天没米下锅了，我腿也摔了起不来"
HOUSE = "我家房顶漏雨，下雨天屋里摆满了盆接水，想请政府帮忙修一修"


def query(hotline, sql: str, **params):
    engine = create_engine(hotline.database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        rows = connection.execute(text(sql), params).all()
    engine.dispose()
    return rows


def number_in(message) -> int:
    return int(re.search(r"#(\d+)", message.text).group(1))


def test_start_welcomes_with_emergency_numbers(hotline):
    person = hotline.person()
    person.send("/start")
    welcome = person.expect("110")
    assert "120" in welcome.text and "119" in welcome.text and "12356" in welcome.text


def test_urgent_request_gets_a_ticket_number_and_24_hours(hotline):
    person = hotline.person("王大爷")
    person.send(URGENT)
    reply = person.expect(r"#\d+")
    assert "24小时" in reply.text and "急难" in reply.text
    (row,) = query(hotline, "SELECT urgent, town, village, state FROM tickets WHERE id = :id", id=number_in(reply))
    assert row == (True, "下营镇", "常州村", "new")


@pytest.mark.parametrize("message", [
    "救救我",  # a plea and nothing else: the green channel, not the out-of-scope answer
    "这条标记为不急。不好意思打扰，俺男人中午干活突然倒了，医院说脑出血得马上手术，押金两万交不上，你们看着办吧",
    "俺娘已经出院了 但是没人照顾 瘫在床上 俺哥俺嫂都不管",  # a resolution, then a turn into a new danger
    "救命",  # the plea that is also a literal phrase
    "我的腿已经好了。现在是我老伴，瘫在床上三天没吃东西了。",  # a resolution, then a new danger with no turn
    "出车祸了",  # an accident just now, told alone
])
def test_a_plea_alone_or_an_emergency_told_as_not_urgent_takes_the_green_channel(hotline, message):
    person = hotline.person()
    person.send(message)
    reply = person.expect(r"#\d+")
    assert "24小时" in reply.text and "急难" in reply.text
    (row,) = query(hotline, "SELECT urgent FROM tickets WHERE id = :id", id=number_in(reply))
    assert row == (True,)


def test_town_and_village_are_asked_with_buttons(hotline):
    person = hotline.person("李阿姨")
    person.send(HOUSE)
    number = number_in(person.expect(r"#\d+"))
    person.expect("哪个镇")
    person.press("邦均镇")
    person.expect("哪个村")
    person.press("东塔村")
    person.expect("记下地址")
    assert query(hotline, "SELECT town, village FROM tickets WHERE id = :id", id=number) == [("邦均镇", "东塔村")]
    assert not [c for c in hotline.sandbox.unanswered_callbacks() if c.user_id == person.id]


def test_inquiry_answer_then_a_ticket_after_all(hotline):
    person = hotline.person()
    person.send("请问低保的申请条件是什么？需要带什么材料？")
    person.expect("材料")
    person.press("我有困难，需要登记求助")
    person.expect(r"#\d+")


def test_out_of_scope_gets_12345_and_no_ticket(hotline):
    person = hotline.person()
    person.send("小区门口天天有人乱停车，物业也不管")
    person.expect("12345")
    person.send("/status")
    person.expect("还没有工单")


@pytest.mark.parametrize("message", [
    "活着没意思了，我把安眠药都攒好了",  # a self-harm phrase
    "我想不开了 药都买好了 北擂鼓台",    # urgent and `mental` through the model alone (Triage.crisis)
])
def test_self_harm_gets_crisis_lines_at_once(hotline, message):
    person = hotline.person()
    person.send(message)
    first = person.expect("12356")
    assert "120" in first.text
    person.expect(r"#\d+")


def test_second_message_joins_the_ticket_status_and_cancel(hotline):
    person = hotline.person()
    person.send(URGENT)
    number = number_in(person.expect(r"#\d+"))
    person.send("补充一下，村医来看过一次")
    assert f"#{number}" in person.expect("补充到").text
    person.send("/status")
    status = person.expect("您的工单")
    assert f"#{number}" in status.text and "待受理" in status.text
    person.send("/cancel")
    person.expect("确定要撤回")
    person.press("确定撤回")
    person.expect("已撤回")
    assert query(hotline, "SELECT state FROM tickets WHERE id = :id", id=number) == [("withdrawn",)]


@pytest.mark.parametrize("send", ["sticker", "voice", "photo"])
def test_media_without_words_asks_for_words_and_is_kept(hotline, send):
    person = hotline.person()
    getattr(person, f"send_{send}")()
    person.expect("文字")
    person.send(HOUSE)
    number = number_in(person.expect(r"#\d+"))
    kinds = query(hotline, "SELECT media_kind FROM ticket_messages WHERE ticket_id = :id", id=number)
    assert (send,) in kinds


def test_markup_long_text_and_unknown_commands(hotline):
    person = hotline.person()
    person.send("/frobnicate")
    person.expect("没有这个命令")
    person.send("/cancel <b>7</b>")
    assert "<b>7</b>" in person.expect("没有找到").text  # shown literally: it was escaped
    person.send(("<b>我家房子漏雨</b>&" * 400)[:4096])
    person.expect(r"#\d+")
    person.send("/accept 1")
    person.expect("只供民政工作人员")


def test_a_repeated_update_is_handled_once(hotline):
    person = hotline.person()
    update_id = person.send(HOUSE)
    person.expect(r"#\d+")
    hotline.sandbox.redeliver(update_id)
    person.send("/status")
    status = person.expect("您的工单")
    assert len(re.findall(r"#\d+", status.text)) == 1


def test_no_token_exits_with_one_line_naming_the_demo(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "HOTLINE_TOKEN"}
    result = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "hotline demo" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_telegram_forgets_an_update_only_after_it_is_stored(hotline):
    """getUpdates' offset confirms the updates below it, and Telegram never sends those again: each
    must be in the database by then, or a crash at that moment would lose it."""
    engine = create_engine(hotline.database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    sent: list[int] = []
    unstored: list[int] = []
    lock = threading.Lock()

    def check(offset: int) -> None:  # in the sandbox's thread, before the offset takes effect
        with lock:
            below = [u for u in sent if u < offset]
            sent[:] = [u for u in sent if u >= offset]
        if below:
            with engine.connect() as connection:
                stored = set(connection.execute(text("SELECT update_id FROM inbound_updates WHERE update_id >= :low"),
                                                {"low": min(below)}).scalars())
            unstored.extend(u for u in below if u not in stored)

    people = [hotline.person() for _ in range(6)]
    unsubscribe = hotline.sandbox.on_get_updates(check)
    try:
        for round_ in range(3):
            for person in people:
                with lock:
                    sent.append(person.send(HOUSE if round_ == 0 else f"补充情况第{round_}次"))
            for person in people:
                person.expect(r"#\d+", timeout=30)
    finally:
        unsubscribe()
        engine.dispose()
    assert unstored == [], f"confirmed to Telegram before they were stored: {unstored}"
