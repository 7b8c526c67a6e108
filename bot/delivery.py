"""Sending deliveries, framework-neutral: retry after 429 and network errors, stop on 403."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from handlers.core import HotlineCore
from handlers.messages import Delivery, Outgoing

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


async def deliver_all(sender: Sender, core: HotlineCore, deliveries: Sequence[Delivery], call: Call) -> None:
    """Send in order; each outcome is written back to the outbox."""
    for delivery in deliveries:
        await deliver(sender, core, delivery, call)


async def deliver(sender: Sender, core: HotlineCore, delivery: Delivery, call: Call) -> None:
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
        await call(core.mark_sent, delivery.outbox_id)
    elif outcome.kind == "blocked":
        fallbacks = await call(core.mark_blocked, delivery.outbox_id, delivery.message.chat_id)
        await deliver_all(sender, core, fallbacks, call)
    elif outcome.kind == "refused":
        await call(core.mark_failed, delivery.outbox_id, outcome.detail)
    else:
        log.warning("outbox %s not sent yet: %s", delivery.outbox_id, outcome.detail)
        await call(core.mark_retry, delivery.outbox_id, outcome.detail)
