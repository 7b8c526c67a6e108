"""reply_markup validation: inline keyboards (callback data 1..64 bytes, URLs), reply keyboards."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sandbox.models import Button, bad_request

MAX_CALLBACK_BYTES = 64
MAX_BUTTONS = 100
_URL_SCHEMES = ("http://", "https://", "tg://")
_OTHER_ACTIONS = ("web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
                  "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay")


@dataclass(frozen=True)
class Markup:
    """A validated reply_markup: its kind, buttons, and the JSON echoed in the sent message."""

    kind: str = ""
    buttons: tuple[tuple[Button, ...], ...] = ()
    echo: dict[str, object] | None = None


def parse_markup(raw: object, *, inline_only: bool = False) -> Markup:
    """Validate reply_markup (a JSON string or an object) the way the Bot API does."""
    if raw in (None, ""):
        return Markup()
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError as err:
        raise bad_request("can't parse reply keyboard markup JSON object") from err
    if not isinstance(value, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in value:
        return _inline(value["inline_keyboard"])
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in value:
        return Markup("reply", _rows(value["keyboard"], _reply_button, "ReplyKeyboardMarkup", "keyboard"))
    if value.get("remove_keyboard"):
        return Markup("remove")
    if value.get("force_reply"):
        return Markup("force_reply")
    raise bad_request("can't find field \"inline_keyboard\"")


def _inline(rows: object) -> Markup:
    parsed = _rows(rows, _inline_button, "InlineKeyboardMarkup", "inline_keyboard")
    echo = {"inline_keyboard": [[_echo(b) for b in row] for row in rows]}  # type: ignore[union-attr]
    return Markup("inline", parsed, echo)


def _rows(rows: object, parse: Callable[[object], Button], owner: str,
          field: str) -> tuple[tuple[Button, ...], ...]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'field "{field}" of the {owner} must be an Array of Arrays')
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    return tuple(tuple(parse(button) for button in row) for row in rows)


def _inline_button(raw: object) -> Button:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Field \"text\" must be of type String")
    text = raw["text"]
    if not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    if "callback_data" in raw:
        data = raw["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
        return Button(text, callback_data=data)
    if "url" in raw:
        url = raw["url"]
        if not isinstance(url, str) or not url.startswith(_URL_SCHEMES) or " " in url:
            raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")
        return Button(text, url=url, kind="url")
    if any(key in raw for key in _OTHER_ACTIONS):
        return Button(text, kind="other")
    raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")


def _reply_button(raw: object) -> Button:
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or not raw["text"]:
        raise bad_request("can't parse keyboard button: Field \"text\" must be of type String")
    if raw.get("request_contact"):
        return Button(raw["text"], kind="contact")
    if raw.get("request_location"):
        return Button(raw["text"], kind="location")
    return Button(raw["text"], kind="reply")


def _echo(raw: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in raw.items() if v is not None}
