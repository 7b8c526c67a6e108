"""Sandbox: a loopback Telegram Bot API server plus a driver that plays the people."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from types import TracebackType

from sandbox.async_user import AsyncUser
from sandbox.faults import Faults
from sandbox.hub import Hub
from sandbox.models import ApiCall, BotMessage, Callback, TranscriptEntry, UserInfo
from sandbox.runner import ServerThread
from sandbox.server import ApiServer
from sandbox.updates import BotIdentity
from sandbox.user import SandboxUser


class Sandbox:
    """Starts the fake Bot API on 127.0.0.1 (a free port unless given); use as a context manager."""

    def __init__(self, *, port: int = 0, host: str = "127.0.0.1",
                 bot_username: str = "hotline_test_bot", bot_name: str = "Hotline Test Bot",
                 bot_id: int = 123456, token: str | None = None,
                 history_limit: int = 200_000) -> None:
        token = token or f"{bot_id}:TEST-{secrets.token_urlsafe(24)}"
        identity = BotIdentity(bot_id, bot_username, bot_name, token)
        self._hub = Hub(identity, history_limit=history_limit)
        self._host = host
        self._server = ServerThread(ApiServer(self._hub), host=host, port=port)
        self._port: int | None = None

    def start(self) -> Sandbox:
        """Start the server thread."""
        self._port = self._server.start()
        self._hub.queue.set_waker(self._server.wake_threadsafe)
        return self

    def stop(self) -> None:
        """Stop the server thread."""
        self._server.stop()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    @property
    def api_root(self) -> str:
        """The root URL to put in HOTLINE_TELEGRAM_API, like "http://127.0.0.1:PORT"."""
        if self._port is None:
            raise RuntimeError("sandbox not started")
        return f"http://{self._host}:{self._port}"

    @property
    def bot_token(self) -> str:
        """The one token the server accepts."""
        return self._hub.bot.token

    @property
    def bot_id(self) -> int:
        """The bot's user id."""
        return self._hub.bot.bot_id

    @property
    def bot_username(self) -> str:
        """The bot's username."""
        return self._hub.bot.username

    @property
    def faults(self) -> Faults:
        """Switches for flood limits, 5xx failures and delays."""
        return self._hub.faults

    def user(self, user_id: int, first_name: str, *, username: str | None = None,
             last_name: str | None = None, language_code: str | None = "zh-hans",
             phone_number: str | None = None) -> SandboxUser:
        """Create (or re-describe) a person with a private chat; chat id equals user id."""
        info = UserInfo(user_id, first_name, username, last_name, language_code)
        self._hub.chats.add_user(info)
        return SandboxUser(self._hub, info, phone_number=phone_number)

    def async_user(self, user_id: int, first_name: str, *, username: str | None = None,
                   language_code: str | None = "zh-hans") -> AsyncUser:
        """Create a person to drive from an asyncio event loop (for benchmarks)."""
        person = self.user(user_id, first_name, username=username, language_code=language_code)
        return AsyncUser(person, self._hub.chats.subscribe)

    def redeliver(self, update_id: int) -> None:
        """Deliver an update again with the same update_id (a duplicate delivery)."""
        self._hub.queue.redeliver(update_id)

    def calls(self, method: str | None = None) -> list[ApiCall]:
        """The log of API calls, optionally of one method (case-insensitive)."""
        calls = self._hub.calls()
        if method is None:
            return calls
        return [c for c in calls if c.method.lower() == method.lower()]

    def transcript(self) -> list[TranscriptEntry]:
        """The conversation so far with every person, oldest first."""
        return self._hub.transcript()

    def transcript_text(self) -> str:
        """The transcript as readable lines."""
        return "\n".join(entry.render() for entry in self.transcript())

    def callbacks(self) -> list[Callback]:
        """Every button press so far, with the bot's answer."""
        return self._hub.callbacks()

    def unanswered_callbacks(self) -> list[Callback]:
        """Button presses the bot has not answered with answerCallbackQuery."""
        return [c for c in self._hub.callbacks() if not c.answered]

    def on_bot_message(self, listener: Callable[[BotMessage], None]) -> Callable[[], None]:
        """Call listener in the server thread on every bot send or edit; returns an unsubscriber."""
        return self._hub.chats.subscribe(listener)

    def polls_started(self) -> int:
        """getUpdates requests received so far, counted when they arrive (`calls` logs a long poll only
        when it ends): a restarted bot is polling once this grows."""
        return self._hub.polls_started

    def on_get_updates(self, listener: Callable[[int], None]) -> Callable[[], None]:
        """Call listener in the server thread with the offset of every getUpdates, before that offset
        confirms (drops) the updates below it; returns an unsubscriber."""
        self._hub.offset_listeners.append(listener)
        return lambda: self._hub.offset_listeners.remove(listener)

    def pending_updates(self) -> int:
        """How many updates the bot has not fetched and confirmed yet."""
        return self._hub.queue.pending_count()

    def wait_polling(self, timeout: float = 10.0) -> None:
        """Wait until the bot has called getUpdates at least once."""
        if not self._hub.polled.wait(timeout):
            raise AssertionError(f"the bot did not call getUpdates within {timeout}s")

    def wait_confirmed(self, timeout: float = 10.0) -> None:
        """Wait until the bot has fetched and confirmed every update."""
        if not self._hub.queue.wait_confirmed(timeout):
            raise AssertionError(f"{self.pending_updates()} updates still pending after {timeout}s")
