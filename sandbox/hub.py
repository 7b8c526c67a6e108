"""The sandbox's shared state: chats, the update queue, files, callbacks, call log, transcript."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import replace

from sandbox import updates as tg
from sandbox.chats import ChatBook
from sandbox.faults import Faults
from sandbox.files import FileStore
from sandbox.models import ApiCall, BotMessage, Callback, TranscriptEntry
from sandbox.update_queue import UpdateQueue
from sandbox.updates import BotIdentity


class Hub:
    """Everything the server and the driver share; each part is thread-safe."""

    def __init__(self, bot: BotIdentity, *, history_limit: int = 200_000) -> None:
        self.bot = bot
        self.chats = ChatBook()
        self.queue = UpdateQueue(history_limit=history_limit)
        self.files = FileStore()
        self.faults = Faults()
        self.polled = threading.Event()
        self.offset_listeners: list[Callable[[int], None]] = []  # called with each getUpdates offset
        self.polls_started = 0  # getUpdates requests received (a long poll is logged only when it ends)
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._calls: deque[ApiCall] = deque(maxlen=history_limit)
        self._transcript: deque[TranscriptEntry] = deque(maxlen=history_limit)
        self._callbacks: dict[str, Callback] = {}
        self._commands: dict[str, tuple[object, ...]] = {}
        self._next_query = 0

    def clock(self) -> float:
        """Seconds since the sandbox started."""
        return time.monotonic() - self._started

    def user_says(self, user_id: int, content: dict[str, object], shown: str) -> int:
        """Queue a message from a person; return its update_id."""
        if self.chats.set_blocked(user_id, False):
            self._member_change(user_id, old="kicked", new="member")
        user = self.chats.user(user_id)
        date = int(time.time())
        message = self.chats.add_incoming(
            user_id, lambda mid: tg.user_message(user, mid, date, content))
        self.note(user_id, "in", shown)
        return self.queue.push(lambda uid: {"update_id": uid, "message": message})

    def user_presses(self, user_id: int, message: BotMessage, data: str, label: str) -> int:
        """Queue a callback query for an inline button; return its update_id."""
        raw = self.chats.raw_message(user_id, message.message_id)
        if raw is None:
            raise AssertionError(f"message {message.message_id} was deleted; nothing to press")
        user = self.chats.user(user_id)
        with self._lock:
            self._next_query += 1
            query_id = str(4_400_000_000_000_000 + user_id * 1000 + self._next_query)
        self.note(user_id, "in", f"[按下 {label}]")
        # Known before the bot can see it: a fast bot answers the query while push() returns (a loaded CI
        # machine once made answerCallbackQuery fail with "query is too old" here).
        with self._lock:
            self._callbacks[query_id] = Callback(query_id, 0, user_id, data)
        update_id = self.queue.push(lambda uid: {
            "update_id": uid, "callback_query": tg.callback_query(query_id, user, raw, data)})
        with self._lock:
            self._callbacks[query_id] = replace(self._callbacks[query_id], update_id=update_id)
        return update_id

    def set_blocked(self, user_id: int, blocked: bool) -> None:
        """Make a person block or unblock the bot, with the my_chat_member update Telegram sends."""
        if self.chats.set_blocked(user_id, blocked):
            old, new = ("member", "kicked") if blocked else ("kicked", "member")
            self._member_change(user_id, old=old, new=new)
            self.note(user_id, "in", "[屏蔽了机器人]" if blocked else "[解除屏蔽]")

    def _member_change(self, user_id: int, *, old: str, new: str) -> None:
        user = self.chats.user(user_id)
        body = tg.member_update(self.bot, user, int(time.time()), old=old, new=new)
        self.queue.push(lambda uid: {"update_id": uid, "my_chat_member": body})

    def answer_callback(self, query_id: str, text: str | None, show_alert: bool) -> bool:
        """Record the bot's answer to a button press; False if unknown or answered already."""
        with self._lock:
            callback = self._callbacks.get(query_id)
            if callback is None or callback.answered:
                return False
            self._callbacks[query_id] = replace(
                callback, answered=True, answer_text=text, show_alert=show_alert)
            return True

    def callbacks(self) -> list[Callback]:
        """Return every button press so far."""
        with self._lock:
            return list(self._callbacks.values())

    def set_commands(self, scope: str, commands: tuple[object, ...] | None) -> None:
        """Store (or with None forget) the bot's command list for a scope and language."""
        with self._lock:
            if commands is None:
                self._commands.pop(scope, None)
            else:
                self._commands[scope] = commands

    def commands(self, scope: str) -> list[object]:
        """Return the bot's command list for a scope and language."""
        with self._lock:
            return list(self._commands.get(scope, ()))

    def log_call(self, call: ApiCall) -> None:
        """Append one API call to the log."""
        with self._lock:
            self._calls.append(call)

    def calls(self) -> list[ApiCall]:
        """Return the API call log."""
        with self._lock:
            return list(self._calls)

    def note(self, user_id: int, direction: str, text: str,
             buttons: tuple[tuple[str, ...], ...] = ()) -> None:
        """Append a transcript line."""
        name = self.chats.user(user_id).first_name
        entry = TranscriptEntry(self.clock(), user_id, name, direction, text, buttons)
        with self._lock:
            self._transcript.append(entry)

    def note_bot(self, message: BotMessage) -> None:
        """Append the transcript line for a bot send, edit or delete."""
        prefix = "[已撤回] " if message.deleted else "[已编辑] " if message.edited else ""
        media = {"photo": "[图片] ", "document": "[文件] ", "location": "[位置] "}.get(message.kind, "")
        body = message.text
        if message.kind == "location" and message.location:
            body = f"{message.location[0]}, {message.location[1]}"
        if message.kind == "document" and message.file:
            body = f"{message.file.file_name} {body}".strip()
        labels = tuple(tuple(b.text for b in row) for row in message.buttons)
        self.note(message.chat_id, "out", f"{prefix}{media}{body}", labels)

    def transcript(self) -> list[TranscriptEntry]:
        """Return the conversation so far, oldest first."""
        with self._lock:
            return list(self._transcript)
