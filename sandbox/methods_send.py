"""Bot API sending methods: sendMessage, sendPhoto, sendDocument, sendLocation, copy/forward."""

from __future__ import annotations

import time

from sandbox import params as p
from sandbox import updates as tg
from sandbox.files import StoredFile
from sandbox.html_check import Formatted
from sandbox.hub import Hub
from sandbox.markup import Markup, parse_markup
from sandbox.models import ApiError, BotMessage, SentFile, bad_request
from sandbox.text_rules import caption_text, message_text

BLOCKED = "Forbidden: bot was blocked by the user"


def text_fields(parsed: Formatted, *, caption: bool = False) -> dict[str, object]:
    """Return the message JSON fields for text or a caption with its entities."""
    key, entities_key = ("caption", "caption_entities") if caption else ("text", "entities")
    if not parsed.text:
        return {}
    fields: dict[str, object] = {key: parsed.text}
    if parsed.entities:
        fields[entities_key] = list(parsed.entities)
    return fields


def deliver(hub: Hub, params: p.Params, chat_id: int, content: dict[str, object],
            view: dict[str, object], markup: Markup) -> dict[str, object]:
    """Refuse blocked chats and floods, then store the message and return its JSON."""
    if hub.chats.is_blocked(chat_id):
        raise ApiError(403, BLOCKED)
    replied = _replied(hub, params, chat_id)
    hub.faults.check_flood(chat_id)
    user = hub.chats.user(chat_id)
    extra = {"reply_to_message": replied} if replied else {}
    if markup.echo:
        extra["reply_markup"] = markup.echo
    date = int(time.time())
    shown: list[BotMessage] = []

    def build(message_id: int) -> tuple[dict[str, object], BotMessage]:
        raw = tg.bot_message(hub.bot, user, message_id, date, {**extra, **content})
        message = BotMessage(message_id=message_id, chat_id=chat_id, date=date,
                             buttons=markup.buttons, keyboard=markup.kind, **view)  # type: ignore[arg-type]
        shown.append(message)
        return raw, message

    raw = hub.chats.add_outgoing(chat_id, build)
    hub.note_bot(shown[0])
    return raw


def _replied(hub: Hub, params: p.Params, chat_id: int) -> dict[str, object] | None:
    reply = p.structured(params, "reply_parameters")
    message_id = reply.get("message_id") if isinstance(reply, dict) else None
    message_id = message_id or p.integer(params, "reply_to_message_id")
    if not message_id:
        return None
    raw = hub.chats.raw_message(chat_id, int(message_id))
    lenient = p.flag(params, "allow_sending_without_reply") or (
        isinstance(reply, dict) and bool(reply.get("allow_sending_without_reply")))
    if raw is None and not lenient:
        raise bad_request("message to be replied not found")
    return None if raw is None else {k: v for k, v in raw.items() if k != "reply_to_message"}


def send_message(hub: Hub, params: p.Params) -> dict[str, object]:
    """sendMessage: text 1..4096 after parsing, a valid parse mode and reply_markup."""
    chat_id = p.chat_id(params)
    hub.chats.require(chat_id)
    parsed = message_text(params.get("text"), p.text(params, "parse_mode"), params.get("entities"))
    markup = parse_markup(params.get("reply_markup"))
    view = {"text": parsed.text, "html": p.text(params, "text") or "",
            "parse_mode": p.text(params, "parse_mode")}
    return deliver(hub, params, chat_id, text_fields(parsed), view, markup)


def _media(hub: Hub, params: p.Params, name: str, kind: str) -> StoredFile:
    value = p.upload_or_id(params, name)
    if value is None or value == "":
        raise bad_request(f"there is no {name} in the request")
    if isinstance(value, p.Upload):
        generic = value.content_type in (None, "application/octet-stream")
        return hub.files.add(value.data, kind=kind, file_name=value.filename,
                             mime_type=None if generic else value.content_type)
    if value.startswith(("http://", "https://")):
        raise bad_request("failed to get HTTP URL content")
    stored = hub.files.get(value)
    if stored is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    return stored


def _send_file(hub: Hub, params: p.Params, name: str) -> dict[str, object]:
    chat_id = p.chat_id(params)
    hub.chats.require(chat_id)
    stored = _media(hub, params, name, name)
    parsed = caption_text(params.get("caption"), p.text(params, "parse_mode"),
                          params.get("caption_entities"))
    markup = parse_markup(params.get("reply_markup"))
    sent = SentFile(stored.file_id, name, stored.file_name, stored.mime_type, stored.data)
    view = {"text": parsed.text, "html": p.text(params, "caption") or "",
            "parse_mode": p.text(params, "parse_mode"), "kind": name, "file": sent}
    content = {name: file_object(stored), **text_fields(parsed, caption=True)}
    return deliver(hub, params, chat_id, content, view, markup)


def file_object(stored: StoredFile) -> object:
    """Return the Telegram JSON of a stored photo (a PhotoSize list) or document."""
    base = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data)}
    if stored.kind == "photo":
        return [{**base, "width": 320, "height": 320}]
    extra = {"file_name": stored.file_name, "mime_type": stored.mime_type}
    return {**base, **{k: v for k, v in extra.items() if v}}


def send_photo(hub: Hub, params: p.Params) -> dict[str, object]:
    """sendPhoto: an upload or a known file_id, caption up to 1024 after parsing."""
    return _send_file(hub, params, "photo")


def send_document(hub: Hub, params: p.Params) -> dict[str, object]:
    """sendDocument: an upload or a known file_id, caption up to 1024 after parsing."""
    return _send_file(hub, params, "document")


def send_location(hub: Hub, params: p.Params) -> dict[str, object]:
    """sendLocation: latitude and longitude."""
    chat_id = p.chat_id(params)
    hub.chats.require(chat_id)
    latitude, longitude = p.number(params, "latitude"), p.number(params, "longitude")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request("wrong location specified")
    markup = parse_markup(params.get("reply_markup"))
    view = {"text": "", "html": "", "kind": "location", "location": (latitude, longitude)}
    content = {"location": {"latitude": latitude, "longitude": longitude}}
    return deliver(hub, params, chat_id, content, view, markup)


def copy_message(hub: Hub, params: p.Params) -> dict[str, object]:
    """copyMessage: resend a text message to another known chat; answers the new MessageId."""
    sent = _resend(hub, params, forward=False)
    return {"message_id": sent["message_id"]}


def forward_message(hub: Hub, params: p.Params) -> dict[str, object]:
    """forwardMessage: resend a text message to another known chat with forward origin."""
    return _resend(hub, params, forward=True)


def _resend(hub: Hub, params: p.Params, *, forward: bool) -> dict[str, object]:
    chat_id = p.chat_id(params)
    hub.chats.require(chat_id)
    source = hub.chats.raw_message(p.chat_id(params, "from_chat_id"),
                                   p.integer(params, "message_id") or 0)
    if source is None:
        raise bad_request("message to copy not found" if not forward else "message to forward not found")
    if "text" not in source:
        raise bad_request("the sandbox only copies and forwards text messages")
    fields = {k: source[k] for k in ("text", "entities") if k in source}
    if forward:
        fields["forward_origin"] = {"type": "user", "sender_user": source["from"], "date": source["date"]}
    markup = parse_markup(params.get("reply_markup"))
    view = {"text": str(source["text"]), "html": str(source["text"])}
    return deliver(hub, params, chat_id, fields, view, markup)
