"""Bot API editing methods: editMessageText, editMessageCaption, editMessageReplyMarkup, deleteMessage."""

from __future__ import annotations

import time
from dataclasses import replace

from sandbox import params as p
from sandbox.chats import mark_deleted
from sandbox.hub import Hub
from sandbox.markup import Markup, parse_markup
from sandbox.methods_send import text_fields
from sandbox.models import BotMessage, bad_request
from sandbox.text_rules import caption_text, message_text

NOT_MODIFIED = ("message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message")
_TEXT_KEYS = ("text", "entities", "caption", "caption_entities", "reply_markup", "edit_date")


def _target(hub: Hub, params: p.Params) -> tuple[int, dict[str, object], BotMessage]:
    if params.get("inline_message_id"):
        raise bad_request("message to edit not found")
    chat_id = p.chat_id(params)
    hub.chats.require(chat_id)
    message_id = p.integer(params, "message_id")
    if not message_id:
        raise bad_request("message identifier is not specified")
    raw = hub.chats.raw_message(chat_id, message_id)
    if raw is None:
        raise bad_request("message to edit not found")
    current = hub.chats.bot_message(chat_id, message_id)
    if current is None:
        raise bad_request("message can't be edited")
    return chat_id, raw, current


def _store(hub: Hub, chat_id: int, raw: dict[str, object], fields: dict[str, object],
           markup: Markup, message: BotMessage) -> dict[str, object]:
    new_raw = {k: v for k, v in raw.items() if k not in _TEXT_KEYS and k not in fields}
    new_raw.update(fields)
    if markup.echo:
        new_raw["reply_markup"] = markup.echo
    if _same(raw, new_raw):
        raise bad_request(NOT_MODIFIED)
    hub.faults.check_flood(chat_id)
    new_raw["edit_date"] = int(time.time())
    keep_reply_keyboard = message.keyboard not in ("", "inline") and not markup.kind
    edited = replace(message, edited=True,
                     buttons=message.buttons if keep_reply_keyboard else markup.buttons,
                     keyboard=message.keyboard if keep_reply_keyboard else markup.kind)
    hub.chats.replace_outgoing(chat_id, new_raw, edited)
    hub.note_bot(edited)
    return new_raw


def _same(old: dict[str, object], new: dict[str, object]) -> bool:
    keys = ("text", "entities", "caption", "caption_entities", "reply_markup")
    return all(old.get(k) == new.get(k) for k in keys)


def edit_message_text(hub: Hub, params: p.Params) -> dict[str, object]:
    """editMessageText: same text rules as sendMessage; refuses an edit that changes nothing."""
    chat_id, raw, current = _target(hub, params)
    if current.kind != "text":
        raise bad_request("there is no text in the message to edit")
    parsed = message_text(params.get("text"), p.text(params, "parse_mode"), params.get("entities"))
    markup = parse_markup(params.get("reply_markup"), inline_only=True)
    message = replace(current, text=parsed.text, html=p.text(params, "text") or "",
                      parse_mode=p.text(params, "parse_mode"))
    return _store(hub, chat_id, raw, text_fields(parsed), markup, message)


def edit_message_caption(hub: Hub, params: p.Params) -> dict[str, object]:
    """editMessageCaption: caption rules as sendPhoto; refuses an edit that changes nothing."""
    chat_id, raw, current = _target(hub, params)
    if current.kind not in ("photo", "document"):
        raise bad_request("there is no caption in the message to edit")
    parsed = caption_text(params.get("caption"), p.text(params, "parse_mode"),
                          params.get("caption_entities"))
    markup = parse_markup(params.get("reply_markup"), inline_only=True)
    message = replace(current, text=parsed.text, html=p.text(params, "caption") or "",
                      parse_mode=p.text(params, "parse_mode"))
    return _store(hub, chat_id, raw, text_fields(parsed, caption=True), markup, message)


def edit_message_reply_markup(hub: Hub, params: p.Params) -> dict[str, object]:
    """editMessageReplyMarkup: replace or remove the inline keyboard."""
    chat_id, raw, current = _target(hub, params)
    markup = parse_markup(params.get("reply_markup"), inline_only=True)
    kept = {k: raw[k] for k in ("text", "entities", "caption", "caption_entities") if k in raw}
    return _store(hub, chat_id, raw, kept, markup, current)


def delete_message(hub: Hub, params: p.Params) -> bool:
    """deleteMessage: remove a message from the chat (the bot's or the person's)."""
    chat_id = p.chat_id(params)
    hub.chats.require(chat_id)
    message_id = p.integer(params, "message_id") or 0
    if hub.chats.raw_message(chat_id, message_id) is None:
        raise bad_request("message to delete not found")
    current = hub.chats.bot_message(chat_id, message_id)
    if current is None:
        hub.chats.drop_incoming(chat_id, message_id)
        return True
    deleted = mark_deleted(current)
    hub.chats.replace_outgoing(chat_id, None, deleted)
    hub.note_bot(deleted)
    return True
