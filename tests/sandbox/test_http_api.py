"""The Bot API over plain HTTP: encodings, answers, long polling, edits and files."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from sandbox import Sandbox, SandboxUser
from sandbox.files import tiny_png


@pytest.fixture
def api(sb: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{sb.api_root}/bot{sb.bot_token}/", timeout=10) as client:
        yield client


def ok(response: httpx.Response) -> object:
    body = response.json()
    assert body["ok"] is True, body
    return body["result"]


def test_every_encoding_is_accepted(api: httpx.Client, alice: SandboxUser) -> None:
    alice.send("在吗")
    keyboard = {"inline_keyboard": [[{"text": "好", "callback_data": "ok"}]]}
    ok(api.get("sendMessage", params={"chat_id": alice.id, "text": "query"}))
    ok(api.post("sendMessage", json={"chat_id": alice.id, "text": "json", "reply_markup": keyboard}))
    ok(api.post("sendMessage", data={"chat_id": str(alice.id), "text": "form",
                                     "reply_markup": json.dumps(keyboard)}))
    ok(api.post("sendMessage", files={"chat_id": (None, str(alice.id)), "text": (None, "multipart")}))
    assert [m.text for m in alice.messages] == ["query", "json", "form", "multipart"]
    assert alice.messages[1].button("好").callback_data == "ok"


def test_uploads_file_ids_and_downloads(sb: Sandbox, api: httpx.Client, alice: SandboxUser) -> None:
    alice.send("在吗")
    sent = ok(api.post("sendPhoto", data={"chat_id": alice.id, "photo": "attach://pic"},
                       files={"pic": ("p.png", tiny_png(), "image/png")}))
    file_id = sent["photo"][-1]["file_id"]
    again = ok(api.post("sendPhoto", data={"chat_id": alice.id, "photo": file_id, "caption": "再发"}))
    assert again["photo"][-1]["file_id"] == file_id and again["caption"] == "再发"
    document = ok(api.post("sendDocument", data={"chat_id": alice.id},
                           files={"document": ("名单.csv", b"a,b\n", "text/csv")}))
    assert document["document"]["file_name"] == "名单.csv"
    path = ok(api.post("getFile", data={"file_id": document["document"]["file_id"]}))["file_path"]
    download = httpx.get(f"{sb.api_root}/file/bot{sb.bot_token}/{path}")
    assert download.content == b"a,b\n"
    assert api.post("sendPhoto", data={"chat_id": alice.id, "photo": "nope"}).json()["description"] == \
        "Bad Request: wrong file identifier/HTTP URL specified"


def test_errors_look_like_telegram(sb: Sandbox, api: httpx.Client) -> None:
    wrong = httpx.get(f"{sb.api_root}/bot{sb.bot_id}:WRONG/getMe").json()
    assert wrong == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert httpx.get(f"{sb.api_root}/botgarbage/getMe").json()["error_code"] == 404
    assert api.get("noSuchMethod").json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert api.get("sendMessage", params={"chat_id": 5, "text": "x"}).json() == {
        "ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
    assert ok(api.get("GETME"))["username"] == "hotline_test_bot"


def test_flood_answer_carries_retry_after(sb: Sandbox, api: httpx.Client, alice: SandboxUser) -> None:
    alice.send("在吗")
    sb.faults.flood(per_chat_per_s=0.5, per_chat_burst=1)
    ok(api.post("sendMessage", data={"chat_id": alice.id, "text": "1"}))
    refused = api.post("sendMessage", data={"chat_id": alice.id, "text": "2"})
    assert refused.status_code == 429
    assert refused.json() == {"ok": False, "error_code": 429,
                              "description": "Too Many Requests: retry after 2",
                              "parameters": {"retry_after": 2}}
    sb.faults.flood(None)
    ok(api.post("sendMessage", data={"chat_id": alice.id, "text": "3"}))


def test_long_poll_wakes_at_once_and_offset_confirms(sb: Sandbox, api: httpx.Client,
                                                     alice: SandboxUser) -> None:
    threading.Timer(0.2, alice.send, args=("醒醒",)).start()
    started = time.monotonic()
    updates = ok(api.post("getUpdates", data={"timeout": 10}))
    assert time.monotonic() - started < 1.0
    assert [u["message"]["text"] for u in updates] == ["醒醒"]
    first = updates[0]["update_id"]
    alice.send("二")
    alice.send("三")
    assert len(ok(api.post("getUpdates", data={"offset": first, "limit": 1}))) == 1
    assert len(ok(api.post("getUpdates", data={"offset": first + 1}))) == 2
    assert ok(api.post("getUpdates", data={"offset": first + 3, "timeout": 0})) == []
    assert sb.pending_updates() == 0


def test_second_poller_ends_the_first_with_conflict(sb: Sandbox, api: httpx.Client) -> None:
    answers: list[dict[str, object]] = []
    first = threading.Thread(target=lambda: answers.append(api.post("getUpdates", data={"timeout": 5}).json()))
    first.start()
    sb.wait_polling()
    time.sleep(0.1)
    with httpx.Client(base_url=f"{sb.api_root}/bot{sb.bot_token}/") as other:
        assert ok(other.post("getUpdates", data={"timeout": 0})) == []
    first.join(5)
    assert answers[0]["error_code"] == 409


def test_allowed_updates_filter(api: httpx.Client, alice: SandboxUser) -> None:
    ok(api.post("getUpdates", data={"allowed_updates": '["callback_query"]'}))
    alice.send("看不见")
    alice.block()
    assert ok(api.post("getUpdates", data={})) == []
    ok(api.post("getUpdates", data={"allowed_updates": "[]"}))
    alice.send("看得见")
    kinds = [next(k for k in u if k != "update_id") for u in ok(api.post("getUpdates", data={}))]
    assert kinds == ["my_chat_member", "message"]  # writing again unblocked the bot


def test_edits_and_deletes(sb: Sandbox, api: httpx.Client, alice: SandboxUser) -> None:
    alice.send("在吗")
    keyboard = json.dumps({"inline_keyboard": [[{"text": "接单", "callback_data": "take"}]]})
    sent = ok(api.post("sendMessage", data={"chat_id": alice.id, "text": "工单", "reply_markup": keyboard}))
    target = {"chat_id": alice.id, "message_id": sent["message_id"]}
    same = api.post("editMessageText", data={**target, "text": "工单", "reply_markup": keyboard}).json()
    assert same["description"].startswith("Bad Request: message is not modified")
    ok(api.post("editMessageText", data={**target, "text": "<i>已接单</i>", "parse_mode": "HTML"}))
    assert alice.expect_edit("已接单").buttons == ()
    assert api.post("editMessageText", data={**target, "message_id": 99, "text": "x"}).json()[
        "description"] == "Bad Request: message to edit not found"
    assert api.post("editMessageText", data={**target, "message_id": 1, "text": "x"}).json()[
        "description"] == "Bad Request: message can't be edited"
    ok(api.post("deleteMessage", data=target))
    assert alice.messages[0].deleted
    assert api.post("deleteMessage", data=target).json()["description"] == \
        "Bad Request: message to delete not found"


def test_callback_answers_are_recorded_once(sb: Sandbox, api: httpx.Client, alice: SandboxUser) -> None:
    alice.send("在吗")
    keyboard = json.dumps({"inline_keyboard": [[{"text": "接单", "callback_data": "take"}]]})
    ok(api.post("sendMessage", data={"chat_id": alice.id, "text": "工单", "reply_markup": keyboard}))
    alice.press("接单")
    update = ok(api.post("getUpdates", data={"offset": -1}))[0]
    query = update["callback_query"]
    assert query["data"] == "take" and query["message"]["text"] == "工单"
    assert [c.data for c in sb.unanswered_callbacks()] == ["take"]
    ok(api.post("answerCallbackQuery", data={"callback_query_id": query["id"], "text": "好"}))
    assert sb.unanswered_callbacks() == []
    again = api.post("answerCallbackQuery", data={"callback_query_id": query["id"]}).json()
    assert again["description"] == ("Bad Request: query is too old and response timeout expired "
                                    "or query ID is invalid")


def test_markup_refusals(api: httpx.Client, alice: SandboxUser) -> None:
    alice.send("在吗")

    def refused(markup: object) -> str:
        data = {"chat_id": alice.id, "text": "x", "reply_markup": json.dumps(markup)}
        return api.post("sendMessage", data=data).json()["description"]

    assert refused({"inline_keyboard": [[{"text": "x", "callback_data": "数" * 22}]]}) == \
        "Bad Request: BUTTON_DATA_INVALID"
    assert refused({"inline_keyboard": [[{"text": "x"}]]}).endswith(
        "Text buttons are unallowed in the inline keyboard")
    assert refused({"inline_keyboard": [[{"text": "x", "url": "example"}]]}).startswith(
        "Bad Request: inline keyboard button URL")
    accepted = {"keyboard": [[{"text": "分享位置", "request_location": True}]], "resize_keyboard": True}
    ok(api.post("sendMessage", data={"chat_id": alice.id, "text": "位置?", "reply_markup": json.dumps(accepted)}))
    alice.press("分享位置")
    assert ok(api.post("getUpdates", data={"offset": -1}))[0]["message"]["location"]["latitude"] == 39.9


def test_housekeeping_methods(api: httpx.Client, alice: SandboxUser) -> None:
    alice.send("在吗")
    commands = json.dumps([{"command": "start", "description": "开始"}, {"command": "status", "description": "进度"}])
    assert ok(api.post("setMyCommands", data={"commands": commands})) is True
    assert [c["command"] for c in ok(api.post("getMyCommands"))] == ["start", "status"]
    bad = json.dumps([{"command": "Start!", "description": "x"}])
    assert api.post("setMyCommands", data={"commands": bad}).json()["description"] == \
        "Bad Request: BOT_COMMAND_INVALID"
    assert ok(api.post("sendChatAction", data={"chat_id": alice.id, "action": "typing"})) is True
    assert api.post("sendChatAction", data={"chat_id": alice.id, "action": "dancing"}).json()[
        "description"] == "Bad Request: wrong parameter action in request"
    reply = ok(api.post("sendMessage", data={"chat_id": alice.id, "text": "收到",
                                             "reply_parameters": json.dumps({"message_id": 1})}))
    assert reply["reply_to_message"]["text"] == "在吗"
    missing = {"chat_id": alice.id, "text": "x", "reply_parameters": json.dumps({"message_id": 99})}
    assert api.post("sendMessage", data=missing).json()["description"] == \
        "Bad Request: message to be replied not found"
    assert ok(api.post("getChat", data={"chat_id": alice.id}))["first_name"] == "张阿姨"
