"""Builders for Telegram JSON objects: users, chats, messages, callback queries, member updates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sandbox.html_check import utf16_len
from sandbox.models import UserInfo

_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")


@dataclass(frozen=True)
class BotIdentity:
    """The sandbox bot: its id, names and token."""

    bot_id: int
    username: str
    first_name: str
    token: str


def user_json(user: UserInfo) -> dict[str, object]:
    """Return a Telegram User object for a person."""
    body: dict[str, object] = {"id": user.user_id, "is_bot": False, "first_name": user.first_name}
    optional = {"last_name": user.last_name, "username": user.username,
                "language_code": user.language_code}
    body.update({k: v for k, v in optional.items() if v})
    return body


def chat_json(user: UserInfo) -> dict[str, object]:
    """Return the private Chat object of a person."""
    body: dict[str, object] = {"id": user.user_id, "type": "private", "first_name": user.first_name}
    optional = {"last_name": user.last_name, "username": user.username}
    body.update({k: v for k, v in optional.items() if v})
    return body


def bot_json(bot: BotIdentity) -> dict[str, object]:
    """Return the bot's User object as it appears in messages."""
    return {"id": bot.bot_id, "is_bot": True, "first_name": bot.first_name, "username": bot.username}


def me_json(bot: BotIdentity) -> dict[str, object]:
    """Return the getMe answer."""
    return {
        **bot_json(bot),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def command_entities(text: str) -> list[dict[str, object]]:
    """Mark /commands with bot_command entities the way Telegram clients do."""
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]),
         "length": utf16_len(m.group())}
        for m in _COMMAND.finditer(text)
    ]


def user_message(
    user: UserInfo, message_id: int, date: int, content: dict[str, object]
) -> dict[str, object]:
    """Return a Message object sent by a person to the bot."""
    return {
        "message_id": message_id,
        "from": user_json(user),
        "chat": chat_json(user),
        "date": date,
        **content,
    }


def text_content(text: str) -> dict[str, object]:
    """Return the text fields of a message, with command entities when present."""
    entities = command_entities(text)
    return {"text": text, **({"entities": entities} if entities else {})}


def bot_message(
    bot: BotIdentity, chat: UserInfo, message_id: int, date: int, content: dict[str, object]
) -> dict[str, object]:
    """Return a Message object the bot sent to a private chat."""
    return {
        "message_id": message_id,
        "from": bot_json(bot),
        "chat": chat_json(chat),
        "date": date,
        **content,
    }


def callback_query(
    query_id: str, user: UserInfo, message: dict[str, object], data: str
) -> dict[str, object]:
    """Return a CallbackQuery object for a pressed inline button."""
    return {
        "id": query_id,
        "from": user_json(user),
        "message": message,
        "chat_instance": str(-(user.user_id * 7919 % 10**18 + 10**12)),
        "data": data,
    }


def member_update(
    bot: BotIdentity, user: UserInfo, date: int, *, old: str, new: str
) -> dict[str, object]:
    """Return a ChatMemberUpdated for the bot in a private chat (block or unblock)."""
    member = bot_json(bot)
    new_member: dict[str, object] = {"user": member, "status": new}
    if new == "kicked":
        new_member["until_date"] = 0
    old_member: dict[str, object] = {"user": member, "status": old}
    if old == "kicked":
        old_member["until_date"] = 0
    return {
        "chat": chat_json(user),
        "from": user_json(user),
        "date": date,
        "old_chat_member": old_member,
        "new_chat_member": new_member,
    }


def update_type(update: dict[str, object]) -> str:
    """Return the kind of an update, the key beside update_id."""
    return next(key for key in update if key != "update_id")

