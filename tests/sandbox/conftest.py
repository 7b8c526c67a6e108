"""Fixtures: a fresh sandbox per test, people in it, and the probe bots running against it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sandbox import Sandbox, SandboxUser
from tests.sandbox.probe_cases import Record


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def alice(sb: Sandbox) -> SandboxUser:
    return sb.user(1001, "张阿姨")


@pytest.fixture
def bob(sb: Sandbox) -> SandboxUser:
    return sb.user(2002, "李干部", username="li_ganbu")


@pytest.fixture
def record() -> Record:
    return Record()


@pytest.fixture
def ptb_bot(sb: Sandbox, record: Record) -> Iterator[Record]:
    from tests.sandbox.ptb_probe import run_ptb

    with run_ptb(sb, record):
        sb.wait_polling()
        yield record


@pytest.fixture
def aiogram_bot(sb: Sandbox, record: Record) -> Iterator[Record]:
    from tests.sandbox.aiogram_probe import run_aiogram

    with run_aiogram(sb, record):
        sb.wait_polling()
        yield record
