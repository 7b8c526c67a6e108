"""Real python-telegram-bot 22 against the sandbox: round trips, refusals, faults."""

from __future__ import annotations

import time

import pytest

from sandbox import Sandbox, SandboxUser
from tests.sandbox.probe_cases import PICTURE, Record, wait_for

pytestmark = pytest.mark.usefixtures("ptb_bot")


def test_message_round_trip(alice: SandboxUser) -> None:
    alice.send("我家房子塌了")
    assert alice.expect("echo: 我家房子塌了").chat_id == alice.id


def test_command_carries_bot_command_entity(alice: SandboxUser) -> None:
    alice.send("/start abc")
    alice.expect("^started abc$")


def test_button_press_round_trip(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("/buttons")
    card = alice.expect(r"工单 #\d+")
    assert card.button_texts == ["接单", "详情"]
    assert card.button("详情").url == "https://example.org/7"
    alice.press("接单")
    edited = alice.expect_edit("已接单 #7 \\(take:7\\)")
    assert edited.buttons == ()
    assert sb.unanswered_callbacks() == []
    assert sb.callbacks()[0].answer_text == "好的"


@pytest.mark.parametrize(("case", "error"), [
    ("bad_html", "BadRequest: Can't parse entities: can't find end tag corresponding to start tag \"b\""),
    ("lt", "BadRequest: Can't parse entities: unsupported start tag \"\" at byte offset 2"),
    ("empty", "BadRequest: Message text is empty"),
    ("blank", "BadRequest: Message text is empty"),
    ("long", "BadRequest: Message is too long"),
    ("data65", "BadRequest: Button_data_invalid"),
    ("stranger", "BadRequest: Chat not found"),
    ("markdown_bad", "BadRequest: Can't parse entities: character '.' is reserved"),
    ("caption", "BadRequest: Message caption is too long"),
])
def test_refusals_raise_bad_request(alice: SandboxUser, ptb_bot: Record, case: str, error: str) -> None:
    alice.send(f"/try {case}")
    alice.expect(error.replace("(", "\\(").replace(".", "\\."))
    assert ptb_bot.error_types() == ["BadRequest"]


def test_limits_count_utf16_units_and_markdown_v2_parses(alice: SandboxUser) -> None:
    alice.send("/try exact")
    assert alice.expect("😀").text == "😀" * 2048
    alice.send("/try markdown")
    assert alice.expect("粗").text == "粗 1.5"


def test_blocked_user_raises_forbidden(sb: Sandbox, alice: SandboxUser, bob: SandboxUser,
                                       ptb_bot: Record) -> None:
    alice.send("你好")
    alice.expect("echo")
    alice.block()
    bob.send(f"/notify {alice.id}")
    bob.expect("^Forbidden: Forbidden: bot was blocked by the user$")
    assert ptb_bot.member_changes == ["kicked"]
    alice.unblock()
    bob.send(f"/notify {alice.id}")
    alice.expect("您的工单有进展")


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_flood_limit_raises_retry_after(sb: Sandbox, alice: SandboxUser, ptb_bot: Record) -> None:
    sb.faults.flood(per_chat_per_s=1.0, per_chat_burst=2)
    alice.send("/burst 3")
    alice.expect("第0条")
    alice.expect("第1条")
    wait_for(lambda: len(ptb_bot.errors) == 2)  # the bot's error report is refused too
    assert ptb_bot.errors[0][0] == "RetryAfter" and ptb_bot.errors[0][2] == 1
    assert [c.status for c in sb.calls("sendMessage")] == [200, 200, 429, 429]


@pytest.mark.parametrize("status", [500, 502])
def test_server_errors_raise_network_error(sb: Sandbox, alice: SandboxUser, ptb_bot: Record,
                                           status: int) -> None:
    alice.send("一")
    alice.expect("echo: 一")
    sb.faults.fail_next("sendMessage", status=status, count=1)
    alice.send("二")
    alice.expect("^NetworkError: ")
    assert ptb_bot.error_types() == ["NetworkError"]


def test_duplicate_delivery_reaches_the_bot_twice(sb: Sandbox, alice: SandboxUser,
                                                  ptb_bot: Record) -> None:
    update_id = alice.send("只说一次")
    alice.expect("echo: 只说一次")
    sb.redeliver(update_id)
    alice.expect("echo: 只说一次")
    alice.send("下一句")
    alice.expect("echo: 下一句")
    assert ptb_bot.update_ids.count(update_id) == 2


def test_slow_answers_delay_the_reply(sb: Sandbox, alice: SandboxUser) -> None:
    sb.faults.delay("sendMessage", seconds=0.4)
    started = time.monotonic()
    alice.send("慢")
    alice.expect("echo: 慢")
    assert time.monotonic() - started >= 0.4


def test_user_media_parse_and_photo_downloads(alice: SandboxUser) -> None:
    alice.send_photo(caption="房子裂了")
    alice.expect(r"^photo \d+ bytes 房子裂了$")
    alice.send_sticker()
    alice.expect("sticker 👍")
    alice.send_voice(duration=3)
    alice.expect("voice 3")
    alice.send_location(39.9, 117.4)
    alice.expect("location 39.9,117.4")
    alice.send_contact("13800138000")
    alice.expect(f"contact 13800138000 {alice.id}")


def test_bot_files_are_stored(alice: SandboxUser, sb: Sandbox) -> None:
    alice.send("/files")
    photo = alice.expect("现场照片")
    assert photo.kind == "photo" and photo.file.data == PICTURE and photo.html == "<b>现场</b>照片"
    document = alice.expect("^$")  # no caption
    assert document.file.file_name == "report.csv" and document.file.data == b"id,name\n1,a\n"
    assert alice.expect("^$").location == (39.9, 117.4)
    assert "[图片] 现场照片" in sb.transcript_text()
