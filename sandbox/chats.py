"""Private chats: every message in them, the bot's messages as seen, and waiting for replies."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sandbox.models import BotMessage, UserInfo, bad_request

Listener = Callable[[BotMessage], None]
_LOG = logging.getLogger(__name__)


@dataclass
class _Chat:
    """Mutable record of one private chat, only touched under the book's lock."""

    user: UserInfo
    known: bool = False
    blocked: bool = False
    next_message_id: int = 1
    raw: dict[int, dict[str, object]] = field(default_factory=dict)
    bot: dict[int, BotMessage] = field(default_factory=dict)
    events: list[BotMessage] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)
    first_open: int = 0
    listeners: list[Listener] = field(default_factory=list)


class ChatBook:
    """Thread-safe store of chats; the server thread writes, test threads wait and read."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._chats: dict[int, _Chat] = {}
        self._listeners: list[Listener] = []

    def add_user(self, user: UserInfo) -> None:
        """Register a person (their private chat exists but has not written yet)."""
        with self._changed:
            chat = self._chats.get(user.user_id)
            if chat is None:
                self._chats[user.user_id] = _Chat(user)
            else:
                chat.user = user

    def user(self, chat_id: int) -> UserInfo:
        """Return the person of a chat."""
        with self._changed:
            return self._chats[chat_id].user

    def add_incoming(self, chat_id: int, build: Callable[[int], dict[str, object]]) -> dict[str, object]:
        """Store a message from the person (built from its message_id); the chat becomes known."""
        with self._changed:
            chat = self._chats[chat_id]
            chat.known = True
            message = build(self._next_id(chat))
            chat.raw[int(message["message_id"])] = message  # type: ignore[call-overload]
            return message

    def require(self, chat_id: int) -> UserInfo:
        """Return the person if the bot may write to this chat, else 400 chat not found."""
        with self._changed:
            chat = self._chats.get(chat_id)
            if chat is None or not chat.known:
                raise bad_request("chat not found")
            return chat.user

    def is_blocked(self, chat_id: int) -> bool:
        """Tell whether the person blocked the bot."""
        with self._changed:
            return self._chats[chat_id].blocked

    def set_blocked(self, chat_id: int, blocked: bool) -> bool:
        """Block or unblock the bot; return True if that changed anything."""
        with self._changed:
            chat = self._chats[chat_id]
            changed, chat.blocked = chat.blocked != blocked, blocked
            return changed

    def add_outgoing(self, chat_id: int,
                     build: Callable[[int], tuple[dict[str, object], BotMessage]]) -> dict[str, object]:
        """Store a bot message built from its new message_id and tell whoever waits."""
        with self._changed:
            chat = self._chats[chat_id]
            raw, message = build(self._next_id(chat))
            chat.raw[message.message_id] = raw
            self._publish(chat, message)
        self._notify(chat, message)
        return raw

    def replace_outgoing(self, chat_id: int, raw: dict[str, object] | None, message: BotMessage) -> None:
        """Store an edited or deleted bot message; edits are announced to waiters."""
        with self._changed:
            chat = self._chats[chat_id]
            if raw is None:
                chat.raw.pop(message.message_id, None)
            else:
                chat.raw[message.message_id] = raw
            if message.deleted:
                chat.bot[message.message_id] = message
                return
            self._publish(chat, message)
        self._notify(chat, message)

    def drop_incoming(self, chat_id: int, message_id: int) -> None:
        """Forget a person's message (the bot deleted it)."""
        with self._changed:
            self._chats[chat_id].raw.pop(message_id, None)

    def raw_message(self, chat_id: int, message_id: int) -> dict[str, object] | None:
        """Return the current JSON of any message in the chat."""
        with self._changed:
            chat = self._chats.get(chat_id)
            return None if chat is None else chat.raw.get(message_id)

    def bot_message(self, chat_id: int, message_id: int) -> BotMessage | None:
        """Return the bot's message as currently seen (after edits), if it is one."""
        with self._changed:
            chat = self._chats.get(chat_id)
            return None if chat is None else chat.bot.get(message_id)

    def messages(self, chat_id: int) -> list[BotMessage]:
        """Return every bot message in the chat as currently seen, oldest first."""
        with self._changed:
            return list(self._chats[chat_id].bot.values())

    def events(self, chat_id: int) -> list[BotMessage]:
        """Return every send and edit in arrival order."""
        with self._changed:
            return list(self._chats[chat_id].events)

    def event_count(self, chat_id: int) -> int:
        """Return how many sends and edits the chat has seen."""
        with self._changed:
            return len(self._chats[chat_id].events)

    def take_match(self, chat_id: int, pattern: re.Pattern[str], *, edited: bool | None,
                   timeout: float) -> BotMessage | None:
        """Wait for the first unconsumed send or edit (None: either) whose text matches; consume it."""
        deadline = time.monotonic() + timeout
        with self._changed:
            chat = self._chats[chat_id]
            while True:
                found = self._find(chat, pattern, edited)
                if found is not None:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._changed.wait(left)

    def wait_events(self, chat_id: int, count: int, timeout: float) -> bool:
        """Wait until the chat has more than `count` sends and edits; False on timeout."""
        with self._changed:
            chat = self._chats[chat_id]
            return self._changed.wait_for(lambda: len(chat.events) > count, timeout=timeout)

    def subscribe(self, listener: Listener, chat_id: int | None = None) -> Callable[[], None]:
        """Call listener (in the server thread) on each bot send and edit; return an unsubscriber."""
        with self._changed:
            target = self._listeners if chat_id is None else self._chats[chat_id].listeners
            target.append(listener)

        def unsubscribe() -> None:
            with self._changed:
                if listener in target:
                    target.remove(listener)

        return unsubscribe

    @staticmethod
    def _find(chat: _Chat, pattern: re.Pattern[str], edited: bool | None) -> BotMessage | None:
        while chat.first_open in chat.consumed:
            chat.first_open += 1
        for index in range(chat.first_open, len(chat.events)):
            message = chat.events[index]
            if index in chat.consumed or edited not in (None, message.edited):
                continue
            if pattern.search(message.text):
                chat.consumed.add(index)
                return message
        return None

    @staticmethod
    def _next_id(chat: _Chat) -> int:
        chat.next_message_id += 1
        return chat.next_message_id - 1

    def _publish(self, chat: _Chat, message: BotMessage) -> None:
        chat.bot[message.message_id] = message
        chat.events.append(message)
        self._changed.notify_all()

    def _notify(self, chat: _Chat, message: BotMessage) -> None:
        for listener in [*self._listeners, *chat.listeners]:
            try:
                listener(message)
            except Exception:  # a listener's failure must not fail the bot's request
                _LOG.exception("bot message listener failed")


def mark_deleted(message: BotMessage) -> BotMessage:
    """Return the message marked as deleted."""
    return replace(message, deleted=True)
