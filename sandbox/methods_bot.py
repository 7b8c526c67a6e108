"""Bot API housekeeping methods: identity, webhook, commands, chat actions, callbacks, files."""

from __future__ import annotations

import re

from sandbox import params as p
from sandbox import updates as tg
from sandbox.hub import Hub
from sandbox.methods_send import BLOCKED
from sandbox.models import ApiError, bad_request

_ACTIONS = frozenset({"typing", "upload_photo", "record_video", "upload_video", "record_voice",
                      "upload_voice", "upload_document", "choose_sticker", "find_location",
                      "record_video_note", "upload_video_note"})
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_CALLBACK_GONE = "query is too old and response timeout expired or query ID is invalid"


def get_me(hub: Hub, params: p.Params) -> dict[str, object]:
    """getMe: the sandbox bot's User object."""
    return tg.me_json(hub.bot)


def ok(hub: Hub, params: p.Params) -> bool:
    """Methods that only need a true answer: setWebhook, logOut, close, set*Description."""
    return True


def delete_webhook(hub: Hub, params: p.Params) -> bool:
    """deleteWebhook: optionally drop pending updates."""
    if p.flag(params, "drop_pending_updates"):
        hub.queue.drop_pending()
    return True


def get_webhook_info(hub: Hub, params: p.Params) -> dict[str, object]:
    """getWebhookInfo: no webhook, and the number of pending updates."""
    return {"url": "", "has_custom_certificate": False,
            "pending_update_count": hub.queue.pending_count()}


def _scope_key(params: p.Params) -> str:
    scope = p.structured(params, "scope") or {"type": "default"}
    kind = scope.get("type", "default") if isinstance(scope, dict) else "default"
    return f"{kind}:{scope.get('chat_id', '') if isinstance(scope, dict) else ''}:" \
           f"{p.text(params, 'language_code') or ''}"


def set_my_commands(hub: Hub, params: p.Params) -> bool:
    """setMyCommands: commands of 1..32 lowercase letters, digits or _, descriptions 1..256."""
    commands = p.structured(params, "commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        name = command.get("command", "") if isinstance(command, dict) else ""
        description = command.get("description", "") if isinstance(command, dict) else ""
        if not isinstance(name, str) or not _COMMAND.fullmatch(name.lstrip("/")):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description) <= 256:
            raise bad_request("command description must be non-empty")
    hub.set_commands(_scope_key(params), tuple(commands))
    return True


def get_my_commands(hub: Hub, params: p.Params) -> list[object]:
    """getMyCommands: the commands set for this scope and language."""
    return hub.commands(_scope_key(params))


def delete_my_commands(hub: Hub, params: p.Params) -> bool:
    """deleteMyCommands: forget the commands of this scope and language."""
    hub.set_commands(_scope_key(params), None)
    return True


def get_chat(hub: Hub, params: p.Params) -> dict[str, object]:
    """getChat: the full ChatFullInfo of a private chat that wrote to the bot."""
    user = hub.chats.require(p.chat_id(params))
    return {**tg.chat_json(user), "accent_color_id": 0, "max_reaction_count": 11,
            "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False,
                                    "unique_gifts": False, "premium_subscription": False,
                                    "gifts_from_channels": False}}


def send_chat_action(hub: Hub, params: p.Params) -> bool:
    """sendChatAction: a known action in a chat that wrote to the bot and did not block it."""
    chat_id = p.chat_id(params)
    hub.chats.require(chat_id)
    if p.text(params, "action") not in _ACTIONS:
        raise bad_request("wrong parameter action in request")
    if hub.chats.is_blocked(chat_id):
        raise ApiError(403, BLOCKED)
    return True


def answer_callback_query(hub: Hub, params: p.Params) -> bool:
    """answerCallbackQuery: once per query, text up to 200 characters."""
    text = p.text(params, "text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query_id = p.text(params, "callback_query_id") or ""
    if not hub.answer_callback(query_id, text, p.flag(params, "show_alert")):
        raise bad_request(_CALLBACK_GONE)
    return True


def get_file(hub: Hub, params: p.Params) -> dict[str, object]:
    """getFile: the File object with the path to download it from /file/bot<token>/<path>."""
    file_id = p.text(params, "file_id")
    if not file_id:
        raise bad_request("file_id not specified")
    stored = hub.files.get(file_id)
    if stored is None:
        raise bad_request("invalid file_id")
    return stored.file_json()
