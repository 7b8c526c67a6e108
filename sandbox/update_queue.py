"""The bot's update queue with getUpdates semantics: offset confirms, limit, allowed_updates."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable
from itertools import islice

from sandbox.updates import update_type

DEFAULT_ALLOWED = frozenset({
    "message", "edited_message", "channel_post", "edited_channel_post", "business_connection",
    "business_message", "edited_business_message", "deleted_business_messages", "inline_query",
    "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query",
    "purchased_paid_media", "poll", "poll_answer", "my_chat_member", "chat_join_request",
    "chat_boost", "removed_chat_boost",
})
FIRST_UPDATE_ID = 10_001


class UpdateQueue:
    """Pending updates kept until the bot confirms them with a higher offset; thread-safe."""

    def __init__(self, *, history_limit: int = 200_000) -> None:
        self._changed = threading.Condition()
        self._history_limit = history_limit
        self._pending: deque[dict[str, object]] = deque()
        self._redeliver: deque[dict[str, object]] = deque()
        self._sent: dict[int, dict[str, object]] = {}
        self._next_id = FIRST_UPDATE_ID
        self._allowed = DEFAULT_ALLOWED
        self._wake: Callable[[], None] = lambda: None

    def set_waker(self, wake: Callable[[], None]) -> None:
        """Install the thread-safe callback that wakes a waiting getUpdates."""
        self._wake = wake

    def push(self, build: Callable[[int], dict[str, object]]) -> int:
        """Create an update from its builder (given the new update_id) and queue it."""
        with self._changed:
            update_id = self._next_id
            self._next_id += 1
            update = build(update_id)
            self._sent[update_id] = update
            if len(self._sent) > self._history_limit:
                del self._sent[next(iter(self._sent))]
            if update_type(update) in self._allowed:
                self._pending.append(update)
        self._wake()
        return update_id

    def redeliver(self, update_id: int) -> None:
        """Deliver an already created update again, with the same update_id."""
        with self._changed:
            update = self._sent.get(update_id)
            if update is None:
                raise KeyError(f"no update {update_id}")
            self._redeliver.append(update)
        self._wake()

    def take(self, offset: int, limit: int, allowed: Iterable[str] | None) -> list[dict[str, object]]:
        """Confirm updates below offset and return up to limit pending ones (a re-delivery alone)."""
        with self._changed:
            if allowed is not None:
                self._allowed = frozenset(allowed) or DEFAULT_ALLOWED
                self._pending = deque(u for u in self._pending if update_type(u) in self._allowed)
            self._confirm(offset)
            self._changed.notify_all()
            if self._redeliver:
                return [self._redeliver.popleft()]
            return list(islice(self._pending, max(1, min(limit, 100))))

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            keep = list(self._pending)[offset:]
            self._pending = deque(keep)
            return
        while self._pending and int(self._pending[0]["update_id"]) < offset:  # type: ignore[call-overload]
            self._pending.popleft()

    def drop_pending(self) -> None:
        """Forget every pending update (deleteWebhook with drop_pending_updates)."""
        with self._changed:
            self._pending.clear()
            self._redeliver.clear()
            self._changed.notify_all()

    def pending_count(self) -> int:
        """Return how many updates wait for the bot."""
        with self._changed:
            return len(self._pending) + len(self._redeliver)

    def wait_confirmed(self, timeout: float) -> bool:
        """Block until the bot has fetched and confirmed every update; False on timeout."""
        with self._changed:
            return self._changed.wait_for(
                lambda: not self._pending and not self._redeliver, timeout=timeout)
