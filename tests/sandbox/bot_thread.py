"""Run a real bot (python-telegram-bot or aiogram) in its own thread and event loop during a test."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable

Serve = Callable[[asyncio.Event], Awaitable[None]]


class BotThread:
    """Runs `serve(stop)` in a thread; leaving the context sets `stop` and joins."""

    def __init__(self, serve: Serve) -> None:
        self._serve = serve
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="test-bot", daemon=True)

    def __enter__(self) -> BotThread:
        self._thread.start()
        self._started.wait(10)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(20)
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._started.set()
        try:
            await self._serve(self._stop)
        except BaseException as err:  # reported when the test leaves the context
            self._error = err
