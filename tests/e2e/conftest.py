"""End-to-end fixtures: the sandbox Bot API and the real `hotline run` process, per backend and framework."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.launcher import BotProcess
from sandbox import Sandbox
from tests.support.databases import BACKENDS, fresh_database

FRAMEWORKS = ["ptb", "aiogram"]
_user_ids = itertools.count(10_000)


@dataclass
class Hotline:
    """A running bot with its sandbox; `person()` gives a fresh simulated user."""

    sandbox: Sandbox
    bot: BotProcess
    database_url: str

    def person(self, name: str = "居民"):
        return self.sandbox.user(next(_user_ids), name)

    def restart(self) -> None:
        polls = self.sandbox.polls_started()
        self.bot.start()
        self.bot.wait_until(lambda: self.sandbox.polls_started() > polls, timeout=90)

    def invite(self, role: str, **place) -> str:
        from bot.app import build_runtime
        from handlers.invites import create_invite

        runtime = build_runtime({"HOTLINE_DB": self.database_url, "HOTLINE_SECRET_KEY": "sandbox-secret-key"},
                                with_triage=False)
        with runtime.uow_factory() as uow:
            code = create_invite(uow, runtime.settings, role, **place).code
            uow.commit()
        runtime.engine.dispose()
        return code


def start_hotline(sandbox: Sandbox, database_url: str, workdir: Path, framework: str,
                  config: Path | None = None) -> Hotline:
    bot = BotProcess(token=sandbox.bot_token, api_root=sandbox.api_root, database_url=database_url,
                     workdir=workdir, framework=framework, config=config)
    hotline = Hotline(sandbox, bot, database_url)
    hotline.restart()
    return hotline


@pytest.fixture(scope="module", params=[(b, f) for f in FRAMEWORKS for b in BACKENDS],
                ids=lambda p: f"{p[0]}-{p[1]}")
def hotline(request, tmp_path_factory):
    """One bot per module, backend and framework, shared by tests that use distinct people."""
    backend, framework = request.param
    workdir = tmp_path_factory.mktemp(f"e2e-{backend}-{framework}")
    with fresh_database(backend, workdir) as url, Sandbox() as sandbox:
        hotline = start_hotline(sandbox, url, workdir, framework)
        yield hotline
        hotline.bot.stop()


@pytest.fixture(params=[(b, f) for f in FRAMEWORKS for b in BACKENDS], ids=lambda p: f"{p[0]}-{p[1]}")
def own_hotline(request, tmp_path):
    """A bot of the test's own, for tests that kill, restart or inject faults."""
    backend, framework = request.param
    with fresh_database(backend, tmp_path) as url, Sandbox() as sandbox:
        hotline = start_hotline(sandbox, url, tmp_path, framework)
        yield hotline
        hotline.bot.stop()
