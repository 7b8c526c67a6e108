"""The driver's own promises: expect, expect_none, press, transcript, async users."""

from __future__ import annotations

import asyncio
import re
import threading

import httpx
import pytest

from sandbox import BotMessage, Sandbox, SandboxUser


def say(sb: Sandbox, chat_id: int, text: str, **extra: str) -> None:
    """Send a message as the bot would."""
    url = f"{sb.api_root}/bot{sb.bot_token}/sendMessage"
    body = httpx.post(url, data={"chat_id": chat_id, "text": text, **extra}).json()
    assert body["ok"], body


def test_expect_consumes_in_order_and_skips_non_matching(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("在吗")
    for text in ("您好", "工单 #12 已登记", "工单 #13 已登记"):
        say(sb, alice.id, text)
    assert alice.expect(r"#\d+").text == "工单 #12 已登记"
    assert alice.expect(r"#\d+").text == "工单 #13 已登记"
    assert alice.expect("您好").text == "您好"
    assert len(alice.messages) == 3


def test_expect_timeout_lists_what_arrived(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("在吗")
    say(sb, alice.id, "您好，请问有什么困难？")
    with pytest.raises(AssertionError) as caught:
        alice.expect("工单", timeout=0.2)
    assert "您好，请问有什么困难？" in str(caught.value)


def test_expect_waits_for_a_late_message(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("在吗")
    threading.Timer(0.2, say, args=(sb, alice.id, "来了")).start()
    assert alice.expect("来了", timeout=5).text == "来了"


def test_expect_none(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("在吗")
    alice.expect_none(within=0.1)
    threading.Timer(0.05, say, args=(sb, alice.id, "打扰了")).start()
    with pytest.raises(AssertionError, match="打扰了"):
        alice.expect_none(within=2.0)


def test_press_reports_missing_and_url_buttons(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("在吗")
    keyboard = '{"inline_keyboard": [[{"text": "政策", "url": "https://example.org"}]]}'
    say(sb, alice.id, "看看", reply_markup=keyboard)
    with pytest.raises(AssertionError, match="no button '接单'"):
        alice.press("接单")
    with pytest.raises(AssertionError, match="url button"):
        alice.press("政策")


def test_transcript_reads_like_the_conversation(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("我家房子塌了")
    say(sb, alice.id, "<b>已收到</b>", parse_mode="HTML",
        reply_markup='{"inline_keyboard": [[{"text": "查看进度", "callback_data": "s"}]]}')
    alice.press("查看进度")
    lines = [(e.user_name, e.direction, e.text, e.buttons) for e in sb.transcript()]
    assert lines == [
        ("张阿姨", "in", "我家房子塌了", ()),
        ("张阿姨", "out", "已收到", (("查看进度",),)),
        ("张阿姨", "in", "[按下 查看进度]", ()),
    ]
    assert re.search(r"张阿姨 bot → 已收到  \[查看进度\]", sb.transcript_text())


def test_async_users_measure_latency(sb: Sandbox) -> None:
    seen: list[BotMessage] = []
    unsubscribe = sb.on_bot_message(seen.append)

    def echo_bot(stop: threading.Event) -> None:
        with httpx.Client(base_url=f"{sb.api_root}/bot{sb.bot_token}/") as api:
            offset = 0
            while not stop.is_set():
                updates = api.post("getUpdates", data={"offset": offset, "timeout": 1}).json()["result"]
                for update in updates:
                    offset = update["update_id"] + 1
                    message = update["message"]
                    api.post("sendMessage", data={"chat_id": message["chat"]["id"], "text": message["text"]})

    async def crowd() -> list[float]:
        users = [sb.async_user(5000 + n, f"用户{n}") for n in range(20)]
        replies = await asyncio.gather(*(u.send_and_wait(f"你好 {u.id}") for u in users))
        assert all(r.message.text == f"你好 {u.id}" for r, u in zip(replies, users, strict=True))
        for user in users:
            user.close()
        return [r.latency for r in replies]

    stop = threading.Event()
    worker = threading.Thread(target=echo_bot, args=(stop,))
    worker.start()
    try:
        latencies = asyncio.run(crowd())
    finally:
        stop.set()
        worker.join(5)
    unsubscribe()
    assert len(latencies) == 20 and all(0 < latency < 5 for latency in latencies)
    assert len(seen) == 20


def test_removed_reply_keyboard_cannot_be_pressed(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("在吗")
    say(sb, alice.id, "请选择", reply_markup='{"keyboard": [["求助"], [{"text": "发送手机号", "request_contact": true}]]}')
    alice.press("发送手机号")
    say(sb, alice.id, "谢谢", reply_markup='{"remove_keyboard": true}')
    with pytest.raises(AssertionError, match="no button '求助'"):
        alice.press("求助")
    assert "[联系方式 +86138" in sb.transcript_text()


def test_expect_sees_edits_unless_told_not_to(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("在吗")
    say(sb, alice.id, "请选择镇")
    sent = alice.expect("镇")
    url = f"{sb.api_root}/bot{sb.bot_token}/editMessageText"
    httpx.post(url, data={"chat_id": alice.id, "message_id": sent.message_id, "text": "请选择村"})
    with pytest.raises(AssertionError, match="expected a new message"):
        alice.expect("村", timeout=0.2, edits=False)
    assert alice.expect("村").edited
