"""Confirm to Telegram only updates that are stored, with either framework's long polling.

getUpdates' offset confirms every update below it, and Telegram never sends a confirmed update again.
python-telegram-bot and aiogram both ask for the next batch (so confirm this one) while this one still
waits for a handler; a crash then would lose it. Each adapter holds its getUpdates back with this
until the core has stored what the offset would confirm (tests/e2e: the sandbox checks the database
at every getUpdates).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

log = logging.getLogger(__name__)


class StoredFirst:
    """The fetched updates that are not stored yet."""

    def __init__(self, patience: float = 60.0) -> None:
        self.patience = patience
        self._unstored: set[int] = set()
        self._changed = asyncio.Event()

    def fetched(self, update_ids: Iterable[int]) -> None:
        self._unstored.update(update_ids)

    def stored(self, update_id: int) -> None:
        self._unstored.discard(update_id)
        self._changed.set()

    async def wait(self, offset: int) -> None:
        """Until every fetched update below `offset` is stored (at most `patience` s: never stop polling)."""
        deadline = asyncio.get_running_loop().time() + self.patience
        while any(update_id < offset for update_id in self._unstored):
            self._changed.clear()
            left = deadline - asyncio.get_running_loop().time()
            try:
                await asyncio.wait_for(self._changed.wait(), max(left, 0))
            except TimeoutError:
                log.warning("updates %s still not stored after %.0f s; polling on",
                            sorted(u for u in self._unstored if u < offset), self.patience)
                return
