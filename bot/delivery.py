"""Sending deliveries, framework-neutral: retry after 429 and network errors, stop on 403."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handlers.messages import Delivery, Outgoing

if TYPE_CHECKING:
    from handlers.core import HotlineCore

log = logging.getLogger(__name__)
MAX_TRIES = 5


@dataclass(frozen=True)
class SendOutcome:
    """What Telegram made of one send: sent, wait and retry, blocked, refused, or a network fault."""

    kind: str
    detail: str = ""
    retry_after: float = 0.0

    @classmethod
    def sent(cls) -> SendOutcome:
        return cls("sent")

    @classmethod
    def later(cls, seconds: float) -> SendOutcome:
        return cls("later", retry_after=seconds)

    @classmethod
    def blocked(cls, detail: str) -> SendOutcome:
        return cls("blocked", detail)

    @classmethod
    def refused(cls, detail: str) -> SendOutcome:
        return cls("refused", detail)

    @classmethod
    def transient(cls, detail: str) -> SendOutcome:
        return cls("transient", detail)


class Sender:
    """One framework's way of sending an Outgoing."""

    async def send(self, outgoing: Outgoing) -> SendOutcome:  # pragma: no cover - interface
        raise NotImplementedError


Call = Callable[..., Awaitable]


class SentMarks:
    """Writes 'sent' on delivered outbox rows in batches, off the reply path.

    The next message of a reply goes out without waiting for a transaction, and one commit covers
    every row sent within `linger` seconds (a transaction per sent message was about 8 % of the
    bot's CPU under load: benchmarks/throughput.py). A crash before a batch is written sends those
    rows again at the next start: at least once, as before (a crash between a send and its mark
    always could).
    """

    def __init__(self, core: HotlineCore, call: Call, linger: float = 0.05) -> None:
        self.core = core
        self.call = call
        self.linger = linger
        self._ids: list[int] = []
        self._writer: asyncio.Task | None = None

    def add(self, outbox_id: int) -> None:
        self._ids.append(outbox_id)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write())

    async def _write(self) -> None:
        await asyncio.sleep(self.linger)
        while self._ids:
            ids, self._ids = self._ids, []
            try:
                await self.call(self.core.mark_sent_many, ids)
            except Exception:  # noqa: BLE001 — the rows stay claimed and are sent again, never lost
                log.exception("marking outbox rows %s sent failed", ids)

    async def drain(self) -> None:
        """Wait until every mark is written (before stopping)."""
        while self._writer is not None and not self._writer.done():
            await self._writer


async def deliver_all(sender: Sender, core: HotlineCore, deliveries: Sequence[Delivery], call: Call,
                      marks: SentMarks | None = None) -> None:
    """Send in order; each outcome is written back to the outbox ('sent' through `marks` when given)."""
    for delivery in deliveries:
        await deliver(sender, core, delivery, call, marks)


async def deliver(sender: Sender, core: HotlineCore, delivery: Delivery, call: Call,
                  marks: SentMarks | None = None) -> None:
    outcome = SendOutcome.transient("not tried")
    for attempt in range(MAX_TRIES):
        outcome = await sender.send(delivery.message)
        if outcome.kind == "later":
            await asyncio.sleep(outcome.retry_after + 0.05)
        elif outcome.kind == "transient":
            await asyncio.sleep(0.2 * 2 ** attempt)
        else:
            break
    if outcome.kind == "sent":
        if marks is not None:
            marks.add(delivery.outbox_id)
        else:
            await call(core.mark_sent, delivery.outbox_id)
    elif outcome.kind == "blocked":
        fallbacks = await call(core.mark_blocked, delivery.outbox_id, delivery.message.chat_id)
        await deliver_all(sender, core, fallbacks, call, marks)
    elif outcome.kind == "refused":
        await call(core.mark_failed, delivery.outbox_id, outcome.detail)
    else:
        log.warning("outbox %s not sent yet: %s", delivery.outbox_id, outcome.detail)
        await call(core.mark_retry, delivery.outbox_id, outcome.detail)
