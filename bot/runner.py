"""The framework-neutral half of a running bot: calling the core (its own process, or inline), recovery, outbox flushing."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from bot.core_process import RemoteCore
from bot.delivery import Sender, SentMarks, deliver_all
from bot.pacing import PacedSender, Pacer
from bot.scheduler import start_scheduler, stop_scheduler
from handlers.messages import Incoming

log = logging.getLogger(__name__)
# Updates handled in one core transaction: a commit per update was ~15 % of the core's CPU at
# saturation; a few more per transaction add only a few ms to the first reply of a batch.
HANDLE_CHUNK = 8


class CoreRunner:
    """Runs the synchronous core and sends what it answers."""

    def __init__(self, runtime, sender: Sender, concurrency: int = 4, flush_every: float = 10.0) -> None:
        self.runtime = runtime
        pacer = Pacer()  # one flood budget: replies go at once and are counted, background sends wait
        self.sender = PacedSender(sender, pacer, wait=False)
        self.background = PacedSender(sender, pacer)
        # Usually the core is a process of its own (bot/core_process.py) and its methods are awaited.
        # In one process (HOTLINE_CORE=inline): SQLite has one writer, so the core runs on the event loop
        # itself (a worker thread cost about 5 ms of GIL hand-offs per update); PostgreSQL takes threads.
        self.remote = isinstance(runtime.core, RemoteCore)
        sqlite = runtime.database_url.startswith("sqlite")
        self.executor = (None if self.remote or sqlite
                         else ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="core"))
        self.marks = SentMarks(runtime.core, self.call)
        # update_id -> (its Incoming, the answers of its chunk, its place in them), until its handler runs
        self._stored: dict[int, tuple[Incoming, asyncio.Future, int]] = {}
        self.flush_every = flush_every
        self._flusher: asyncio.Task | None = None
        self._recovery: asyncio.Task | None = None
        self._wake = asyncio.Event()
        self._scheduler = None

    async def call(self, function, *args, **kwargs):
        """Run a core method: a request to the core process, or inline on SQLite, or in a worker thread."""
        if self.remote:
            return await function(*args, **kwargs)
        if self.executor is None:
            return function(*args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self.executor, partial(function, *args, **kwargs))

    async def store_fetched(self, incomings: list[Incoming]) -> None:
        """Store a batch just fetched from Telegram, before the framework hands it to handlers; then
        start handling it, HANDLE_CHUNK updates to a transaction, while the framework dispatches."""
        if not incomings:
            return
        await self.call(self.runtime.core.store, incomings)
        # An update Telegram sent twice is handled with its first copy; a second handler call finds none.
        fresh = list({i.update_id: i for i in incomings if i.update_id not in self._stored}.values())
        for chunk in _chunks(fresh, HANDLE_CHUNK):
            answers = asyncio.ensure_future(self.call(self.runtime.core.handle_many, chunk))
            answers.add_done_callback(_retrieved)
            for index, incoming in enumerate(chunk):
                self._stored[incoming.update_id] = (incoming, answers, index)

    def fetched(self, update_id: int) -> Incoming | None:
        """The Incoming stored for this update when its batch came (the adapter need not convert it again)."""
        stored = self._stored.get(update_id)
        return stored[0] if stored else None

    async def handle(self, incoming: Incoming) -> None:
        """Send the replies to one update, in order: handled with its batch, or stored and handled now."""
        stored = self._stored.pop(incoming.update_id, None)
        if stored is not None:
            _, answers, index = stored
            deliveries = (await answers)[index]
        else:
            deliveries = await self.call(self.runtime.core.process, incoming)
        await deliver_all(self.sender, self.runtime.core, deliveries, self.call, self.marks)

    async def start(self) -> None:
        """Answer what a crash left unanswered, then keep flushing the outbox."""
        if self.remote:
            self.runtime.core.attach(asyncio.get_running_loop(), on_exit=_core_exited)
        recovered = await self.call(self.runtime.core.recover)
        self._recovery = asyncio.create_task(deliver_all(self.background, self.runtime.core, recovered, self.call))
        self._flusher = asyncio.create_task(self._flush_forever())  # paced: polling starts without waiting
        self._scheduler = start_scheduler(self)
        # What is loaded by now (jieba's dictionary, the lexicons, the libraries) lives as long as the
        # process: keep it out of the collector, or every full collection walks it (~100-200 ms with
        # the loop blocked; ~15 ms after this). The core process does the same for itself.
        gc.collect()
        gc.freeze()

    def wake(self) -> None:
        """New rows are in the outbox (reminders, reports): flush now rather than at the next round."""
        self._wake.set()

    async def _flush_forever(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), self.flush_every)
            except TimeoutError:
                pass
            self._wake.clear()
            try:
                await self.flush()
            except Exception:  # noqa: BLE001 — one bad round must not stop the flushing
                log.exception("outbox flush failed")

    async def flush(self, batch: int = 20) -> None:
        """Send what the outbox holds a small batch at a time, so a crash leaves few rows claimed."""
        while True:
            due = await self.call(self.runtime.core.due_deliveries, batch)
            # Each background send (reminders, reports: paced, slow) is marked sent before the next goes,
            # so a crash repeats at most the one in flight; replies batch their marks (SentMarks).
            await deliver_all(self.background, self.runtime.core, due, self.call)
            if len(due) < batch:
                return

    async def stop(self) -> None:
        stop_scheduler(self._scheduler)
        for task in (self._flusher, self._recovery):
            if task is not None:
                task.cancel()
        await self.marks.drain()
        if self.executor is not None:
            self.executor.shutdown(wait=True)
        if self.remote:
            self.runtime.core.close()


def _core_exited() -> None:
    """The core process died: stop at once, non-zero, for the supervisor to restart the bot. Updates
    were stored before handling, so the next start recovers them; a graceful stop would only confirm
    to Telegram updates that nobody can handle now."""
    logging.shutdown()
    os._exit(3)


def _chunks(items: list, largest: int) -> list[list]:
    """*items* in the fewest chunks of at most *largest*, of nearly equal size (81 -> 11 of 7-8, not
    10 of 8 and one alone: a chunk of one costs a transaction of its own)."""
    count = -(-len(items) // largest)
    size, extra = divmod(len(items), count) if count else (0, 0)
    chunks, at = [], 0
    for index in range(count):
        end = at + size + (index < extra)
        chunks.append(items[at:end])
        at = end
    return chunks


def _retrieved(answers: asyncio.Future) -> None:
    """Each handler awaiting a chunk sees its error; this keeps asyncio from also logging it unretrieved."""
    if not answers.cancelled():
        answers.exception()
