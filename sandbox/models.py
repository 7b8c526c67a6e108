"""Typed values the sandbox hands to tests: bot messages, buttons, calls, transcript lines."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


class ApiError(Exception):
    """A Bot API refusal, answered as {"ok": false, "error_code": ..., "description": ...}."""

    def __init__(self, code: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(f"{code} {description}")
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, object]:
        """Return the JSON body Telegram would answer with."""
        body: dict[str, object] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    """Build a 400 error with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


@dataclass(frozen=True)
class UserInfo:
    """A simulated Telegram user; in a private chat the chat id equals the user id."""

    user_id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = "zh-hans"


@dataclass(frozen=True)
class Button:
    """One keyboard button as the bot sent it; kind is callback, url, reply, contact, location or other."""

    text: str
    callback_data: str | None = None
    url: str | None = None
    kind: str = "callback"


@dataclass(frozen=True)
class SentFile:
    """A file the bot sent (photo or document), with its stored bytes."""

    file_id: str
    kind: str
    file_name: str | None
    mime_type: str | None
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        """Return the size in bytes."""
        return len(self.data)


@dataclass(frozen=True)
class BotMessage:
    """A message from the bot as a person would see it (text is plain, after entity parsing)."""

    message_id: int
    chat_id: int
    text: str
    html: str
    date: int
    parse_mode: str | None = None
    buttons: tuple[tuple[Button, ...], ...] = ()
    keyboard: str = ""
    kind: str = "text"
    file: SentFile | None = None
    location: tuple[float, float] | None = None
    edited: bool = False
    deleted: bool = False

    def button(self, text: str) -> Button | None:
        """Return the first button with exactly this text, if any."""
        return next((b for row in self.buttons for b in row if b.text == text), None)

    @property
    def button_texts(self) -> list[str]:
        """Return the texts of all buttons, row by row."""
        return [b.text for row in self.buttons for b in row]


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made: method, decoded parameters, HTTP status, seconds since start."""

    method: str
    params: Mapping[str, object]
    status: int
    at: float
    description: str | None = None
    content_type: str = ""


@dataclass(frozen=True)
class TranscriptEntry:
    """One line of the conversation: who, which way ('in' to the bot, 'out' from it), what."""

    at: float
    user_id: int
    user_name: str
    direction: str
    text: str
    buttons: tuple[tuple[str, ...], ...] = ()

    def render(self) -> str:
        """Format the entry as one readable line."""
        arrow = "→ bot" if self.direction == "in" else "bot →"
        keys = " ".join(f"[{t}]" for row in self.buttons for t in row)
        tail = f"  {keys}" if keys else ""
        return f"{self.at:7.2f}s {self.user_name} {arrow} {self.text}{tail}"


@dataclass(frozen=True)
class Callback:
    """A button press sent to the bot and whether the bot answered it."""

    query_id: str
    update_id: int
    user_id: int
    data: str
    answered: bool = False
    answer_text: str | None = None
    show_alert: bool = False


@dataclass(frozen=True)
class Reply:
    """The bot's first message after an async send, and how long it took."""

    message: BotMessage
    latency: float
