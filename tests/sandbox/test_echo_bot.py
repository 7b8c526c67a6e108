"""The echo bot as a separate process, driven by many asyncio users at once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("framework", ["ptb", "aiogram"])
def test_echo_bot_process_answers_a_crowd(sb: Sandbox, framework: str) -> None:
    env = {**os.environ, "HOTLINE_TOKEN": sb.bot_token, "HOTLINE_TELEGRAM_API": sb.api_root,
           "HOTLINE_ECHO_CONCURRENCY": "8"}
    bot = subprocess.Popen([sys.executable, "-m", "sandbox.echo_bot", "--framework", framework],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        sb.wait_polling(timeout=60)

        async def crowd() -> list[float]:
            users = [sb.async_user(7000 + n, f"居民{n}") for n in range(30)]
            replies = await asyncio.gather(*(u.send_and_wait(f"第{u.id}号") for u in users))
            assert [r.message.text for r in replies] == [f"第{u.id}号" for u in users]
            return [r.latency for r in replies]

        assert max(asyncio.run(crowd())) < 10
    finally:
        bot.terminate()
        bot.wait(15)
