"""Real aiogram 3 against the sandbox: round trips, refusals, faults."""

from __future__ import annotations

import time

import pytest

from sandbox import Sandbox, SandboxUser
from tests.sandbox.probe_cases import PICTURE, Record, wait_for

pytestmark = pytest.mark.usefixtures("aiogram_bot")


def test_message_round_trip(alice: SandboxUser) -> None:
    alice.send("我家房子塌了")
    alice.expect("echo: 我家房子塌了")


def test_button_press_round_trip(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("/buttons")
    card = alice.expect(r"^工单 #7 待处理$")
    assert card.html == "<b>工单 #7</b> 待处理"
    alice.press("接单", message=card)
    alice.expect_edit(r"已接单 #7 \(take:7\)")
    assert sb.unanswered_callbacks() == []


@pytest.mark.parametrize(("case", "error"), [
    ("bad_html", "TelegramBadRequest: Bad Request: can't parse entities: Can't find end tag"),
    ("empty", "TelegramBadRequest: Bad Request: message text is empty"),
    ("long", "TelegramBadRequest: Bad Request: message is too long"),
    ("data65", "TelegramBadRequest: Bad Request: BUTTON_DATA_INVALID"),
    ("stranger", "TelegramBadRequest: Bad Request: chat not found"),
    ("caption", "TelegramBadRequest: Bad Request: message caption is too long"),
])
def test_refusals_raise_bad_request(alice: SandboxUser, aiogram_bot: Record, case: str,
                                    error: str) -> None:
    alice.send(f"/try {case}")
    alice.expect("^" + error)
    assert aiogram_bot.error_types() == ["TelegramBadRequest"]


def test_blocked_user_raises_forbidden(alice: SandboxUser, bob: SandboxUser,
                                       aiogram_bot: Record) -> None:
    alice.send("你好")
    alice.expect("echo")
    alice.block()
    bob.send(f"/notify {alice.id}")
    bob.expect("^TelegramForbiddenError: Forbidden: bot was blocked by the user$")
    alice.send("我回来了")  # writing again unblocks, as Telegram's Restart button does
    alice.expect("echo: 我回来了")
    assert aiogram_bot.member_changes == ["kicked", "member"]


def test_flood_limit_raises_retry_after(sb: Sandbox, alice: SandboxUser, aiogram_bot: Record) -> None:
    sb.faults.flood(per_chat_per_s=1.0, per_chat_burst=2)
    alice.send("/burst 3")
    alice.expect("第1条")
    wait_for(lambda: len(aiogram_bot.errors) == 2)  # the bot's error report is refused too
    assert aiogram_bot.errors[0][0] == "TelegramRetryAfter" and aiogram_bot.errors[0][2] == 1
    assert [c.status for c in sb.calls("sendMessage")] == [200, 200, 429, 429]


def test_server_error_raises_telegram_server_error(sb: Sandbox, alice: SandboxUser,
                                                   aiogram_bot: Record) -> None:
    sb.faults.fail_next("sendMessage", status=502)
    alice.send("一")
    alice.expect("^TelegramServerError: Bad Gateway$")


def test_duplicate_delivery_reaches_the_bot_twice(sb: Sandbox, alice: SandboxUser,
                                                  aiogram_bot: Record) -> None:
    update_id = alice.send("只说一次")
    alice.expect("echo: 只说一次")
    sb.redeliver(update_id)
    alice.expect("echo: 只说一次")
    assert aiogram_bot.update_ids.count(update_id) == 2


def test_user_media_parse_and_photo_downloads(alice: SandboxUser) -> None:
    alice.send_photo(caption="房子裂了")
    alice.expect(r"^photo \d+ bytes 房子裂了$")
    alice.send_sticker("🙏")
    alice.expect("sticker 🙏")
    alice.send_voice(duration=5)
    alice.expect("voice 5")
    alice.send_location(39.9, 117.4)
    alice.expect("location 39.9,117.4")
    alice.send_contact()
    alice.expect(rf"contact \+86138\d{{8}} {alice.id}")


def test_bot_uploads_are_stored(sb: Sandbox, alice: SandboxUser) -> None:
    alice.send("/files")
    photo = alice.expect("^现场照片$")
    assert photo.kind == "photo" and photo.file.data == PICTURE
    document = alice.expect("^$")  # no caption
    assert (document.file.file_name, document.file.mime_type) == ("report.csv", "text/csv")
    assert sb.calls("sendPhoto")[0].content_type == "multipart/form-data"
    assert sb.calls("sendPhoto")[0].params["photo"].startswith("attach://")


def test_late_answers_to_get_updates_still_deliver(sb: Sandbox, alice: SandboxUser) -> None:
    sb.faults.delay("getUpdates", seconds=0.3, after=True)
    started = time.monotonic()
    alice.send("慢")
    alice.expect("echo: 慢")
    assert time.monotonic() - started >= 0.3
