"""Keep sends under Telegram's flood limits: about 30 messages a second overall, about one a second per chat.

A reservation scheduler (GCRA, a token bucket without a timer): each send waits for its chat's next
slot, then for a slot of the global budget. A 429 pushes the chat back by its
retry_after. One Pacer serves every send of the process: replies to a person go at once and are only
counted; background sends (reminders, reports, outbox retries) wait, leaving the replies room.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from bot.delivery import Sender, SendOutcome
from handlers.messages import Outgoing


class Pacer:
    """Earliest allowed send moments; `per_second` overall, `per_chat_per_second` per chat (with a small burst)."""

    def __init__(self, per_second: float = 25.0, per_chat_per_second: float = 0.95, *, burst: int = 3,
                 per_chat_burst: int = 3, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / per_second
        self.chat_interval = 1.0 / per_chat_per_second
        self.tolerance = (burst - 1) * self.interval
        self.chat_tolerance = (per_chat_burst - 1) * self.chat_interval
        self.clock = clock
        self._next = 0.0
        self._chats: dict[int, float] = {}

    def reserve_chat(self, chat_id: int) -> float:
        """Book the chat's next slot (in order per chat); returns seconds to wait for it."""
        now = self.clock()
        chat_next = self._chats.get(chat_id, 0.0)
        start = max(now, chat_next - self.chat_tolerance)
        self._chats[chat_id] = max(chat_next, start) + self.chat_interval
        if len(self._chats) > 10_000:
            self._chats = {chat: moment for chat, moment in self._chats.items() if moment > now}
        return start - now

    def reserve(self) -> float:
        """Book a slot of the bot's overall budget, when the send is about to happen; seconds to wait."""
        now = self.clock()
        start = max(now, self._next - self.tolerance)
        self._next = max(self._next, start) + self.interval
        return start - now

    def note(self, chat_id: int) -> None:
        """A reply sent at once (it never waits): count it, so background sends leave room for it."""
        now = self.clock()
        self._next = min(max(self._next, now) + self.interval, now + 1.0)  # at most a second booked ahead
        chat_next = max(self._chats.get(chat_id, 0.0), now) + self.chat_interval
        self._chats[chat_id] = min(chat_next, now + self.chat_tolerance + self.chat_interval)

    def hold(self, chat_id: int, seconds: float) -> None:
        """Telegram said 429: nothing more to this chat for `seconds`."""
        self._chats[chat_id] = max(self._chats.get(chat_id, 0.0), self.clock() + seconds + self.chat_tolerance)


class PacedSender(Sender):
    """Wraps a framework's Sender: waits for the pacer (or, for replies, only counts), backs off after a 429."""

    def __init__(self, inner: Sender, pacer: Pacer, *, wait: bool = True) -> None:
        self.inner = inner
        self.pacer = pacer
        self.wait = wait

    async def send(self, outgoing: Outgoing) -> SendOutcome:
        if not self.wait:
            self.pacer.note(outgoing.chat_id)
        else:
            for delay in (self.pacer.reserve_chat(outgoing.chat_id), self.pacer.reserve()):
                if delay > 0:  # the chat's turn first, then a global slot: a slow chat holds up no other
                    await asyncio.sleep(delay)
        outcome = await self.inner.send(outgoing)
        if outcome.kind == "later":
            self.pacer.hold(outgoing.chat_id, outcome.retry_after)
        return outcome
