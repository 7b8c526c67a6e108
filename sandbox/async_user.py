"""An asyncio-side person for benchmarks: many of them can send and await replies concurrently."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from sandbox.models import BotMessage, Reply
from sandbox.user import SandboxUser


class AsyncUser:
    """Wraps a SandboxUser for use inside an event loop (not the sandbox's own loop)."""

    def __init__(self, user: SandboxUser, subscribe: Callable[..., Callable[[], None]]) -> None:
        self.user = user
        self._subscribe = subscribe
        self._inbox: asyncio.Queue[BotMessage] | None = None
        self._unsubscribe: Callable[[], None] | None = None

    @property
    def id(self) -> int:
        """The person's user id, also the chat id."""
        return self.user.id

    def _queue(self) -> asyncio.Queue[BotMessage]:
        if self._inbox is None:
            loop = asyncio.get_running_loop()
            inbox: asyncio.Queue[BotMessage] = asyncio.Queue()

            def deliver(message: BotMessage) -> None:
                if not loop.is_closed():
                    loop.call_soon_threadsafe(inbox.put_nowait, message)

            self._unsubscribe = self._subscribe(deliver, self.user.id)
            self._inbox = inbox
        return self._inbox

    def _drain(self) -> None:
        inbox = self._queue()
        while not inbox.empty():
            inbox.get_nowait()

    async def send(self, text: str) -> int:
        """Send a text message; return its update_id."""
        self._queue()
        return self.user.send(text)

    async def next_message(self, timeout: float = 10.0) -> BotMessage:
        """Wait for the next bot send or edit to this person."""
        return await asyncio.wait_for(self._queue().get(), timeout)

    async def send_and_wait(self, text: str, timeout: float = 10.0) -> Reply:
        """Send text and wait for the bot's first message or edit after it; report the latency."""
        self._drain()
        started = time.perf_counter()
        self.user.send(text)
        message = await self.next_message(timeout)
        return Reply(message, time.perf_counter() - started)

    async def press_and_wait(self, text: str, timeout: float = 10.0) -> Reply:
        """Press a button and wait for the bot's first message or edit after it."""
        self._drain()
        started = time.perf_counter()
        self.user.press(text)
        message = await self.next_message(timeout)
        return Reply(message, time.perf_counter() - started)

    def close(self) -> None:
        """Stop receiving bot messages."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
