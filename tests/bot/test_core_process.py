"""The core in its own process (bot/core_process.py): requests, answers, errors, start-up failures."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime

import pytest

from bot.core_process import CoreFailed, CoreGone, RemoteCore
from handlers.messages import Incoming
from storage.crypto import Cipher


def core_env(tmp_path, **extra: str) -> dict[str, str]:
    return {**os.environ, "HOTLINE_DB": f"sqlite:///{tmp_path}/core.db", "HOTLINE_SECRET_KEY": Cipher.generate_key(),
            **extra}


def incoming(update_id: int, text: str) -> Incoming:
    return Incoming(update_id=update_id, user_id=501, chat_id=501, at=datetime.now(UTC), name="王", text=text)


async def test_requests_are_answered_in_the_core_process_and_errors_come_back(tmp_path):
    remote = RemoteCore(core_env(tmp_path), concurrency=4)
    try:
        remote.wait_ready()
        exited: list[bool] = []
        remote.attach(asyncio.get_running_loop(), on_exit=lambda: exited.append(True))
        first, again, second = await asyncio.gather(
            remote.process(incoming(1, "我是下营镇常州村的，家里房子漏雨了")),
            remote.process(incoming(1, "我是下营镇常州村的，家里房子漏雨了")),  # the same update_id
            remote.process(incoming(2, "/status")))
        assert "#1" in first[0].message.text and first[0].outbox_id > 0
        assert again == [], "a repeated update is handled once, across the process boundary too"
        assert "#1" in second[0].message.text
        await remote.mark_sent_many([d.outbox_id for d in first + second])
        with pytest.raises(CoreFailed, match="TypeError"):
            await remote.process()  # a wrong call raises here; the core process goes on
        assert (await remote.process(incoming(3, "/status")))[0].message.text.startswith("<b>您的工单")
        assert not exited
    finally:
        remote.close()
    assert remote._process.returncode == 0, "end of input: the core finishes and exits cleanly"


async def test_a_killed_core_fails_waiting_requests_and_tells_the_bot(tmp_path):
    remote = RemoteCore(core_env(tmp_path), concurrency=4)
    try:
        remote.wait_ready()
        exited = asyncio.Event()
        remote.attach(asyncio.get_running_loop(), on_exit=exited.set)
        remote._process.kill()
        await asyncio.wait_for(exited.wait(), 10)
        with pytest.raises(CoreGone):
            await remote.process(incoming(1, "/status"))
    finally:
        remote.close()


def test_a_core_that_cannot_start_says_why_in_one_line(tmp_path):
    remote = RemoteCore(core_env(tmp_path, HOTLINE_DB="postgresql://nobody@127.0.0.1:1/none"), concurrency=1)
    try:
        with pytest.raises(CoreFailed) as failure:
            remote.wait_ready()
        assert "\n" not in str(failure.value) and "127.0.0.1" in str(failure.value)
    finally:
        remote.close()
