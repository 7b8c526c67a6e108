"""CoreRunner with the core inline: a fetched batch is stored, handled in chunks, and each handler
sends its own update's replies — once, even when Telegram put the same update twice in the batch."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from bot import runner as runner_module
from bot.delivery import Sender, SendOutcome
from bot.runner import CoreRunner
from storage.models import InboundUpdate, OutboxMessage
from tests.support.dialog import Dialog


class Recorder(Sender):
    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []

    async def send(self, outgoing) -> SendOutcome:
        self.sent.append((outgoing.chat_id, outgoing.text))
        return SendOutcome.sent()


@pytest.fixture
def dialog(tmp_path, settings, triager):
    return Dialog(f"sqlite:///{tmp_path / 'runner.db'}", settings, triager)


def run(dialog: Dialog, batch, dispatched, chunk: int) -> list[tuple[int, str]]:
    """Store-and-handle *batch* as the adapters do, then call the handler for each *dispatched* update."""
    async def main():
        recorder = Recorder()
        runtime = SimpleNamespace(core=dialog.core, database_url="sqlite://")
        runner = CoreRunner(runtime, recorder)
        await runner.store_fetched(batch)
        await asyncio.gather(*(runner.handle(runner.fetched(i.update_id) or i) for i in dispatched))
        await runner.marks.drain()
        return recorder.sent

    original = runner_module.HANDLE_CHUNK
    runner_module.HANDLE_CHUNK = chunk
    try:
        return asyncio.run(main())
    finally:
        runner_module.HANDLE_CHUNK = original


@pytest.mark.parametrize("chunk", [1, 2, 8])
def test_each_update_of_a_batch_is_answered_once_by_its_own_handler(dialog, chunk):
    first = dialog.incoming(701, text="/start")
    batch = [first, dialog.incoming(702, text="低保怎么申请"), first, dialog.incoming(703, text="/status")]
    sent = run(dialog, batch, batch, chunk)  # the framework dispatches the repeat too
    assert sorted(chat for chat, _ in sent) == [701, 702, 703], sent
    with dialog.uow_factory() as uow:
        assert {u.status for u in uow.session.query(InboundUpdate)} == {"handled"}
        assert {o.status for o in uow.session.query(OutboxMessage)} == {"sent"}, "every reply marked sent"


@pytest.mark.parametrize(("count", "sizes"), [(0, []), (1, [1]), (8, [8]), (9, [5, 4]), (17, [6, 6, 5]),
                                              (81, [8] * 4 + [7] * 7)])
def test_a_batch_is_cut_into_the_fewest_nearly_equal_chunks(count, sizes):
    chunks = runner_module._chunks(list(range(count)), 8)
    assert [len(chunk) for chunk in chunks] == sizes
    assert [item for chunk in chunks for item in chunk] == list(range(count)), "every update, in order"
