"""Deadline tests: a dialog with staff in 下营镇, a clock the test moves, and `tick` to run the scheduler's work."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.messages import Outgoing
from tests.support.dialog import Dialog, text_of

SH = ZoneInfo("Asia/Shanghai")
RESIDENT, CASEWORKER, CASEWORKER_2, OTHER_TOWN = 501, 601, 602, 603
LIAISON, SUPERVISOR = 701, 801
XIAYING = "我是下营镇常州村的，家里房子漏雨，墙裂了好大的缝，想申请危房改造"
URGENT = "下营镇郭家沟村一个独居老人瘫痪在床，两天没吃饭了，没人管"


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SH)


def staffed(dialog: Dialog) -> Dialog:
    dialog.register(CASEWORKER, "caseworker", town="下营镇")
    dialog.register(CASEWORKER_2, "caseworker", town="下营镇")
    dialog.register(OTHER_TOWN, "caseworker", town="邦均镇")
    dialog.register(LIAISON, "liaison", department="HOUSING")
    dialog.register(SUPERVISOR, "supervisor")
    return dialog


def make_dialog(database_url, settings, triager, start: datetime) -> Dialog:
    return staffed(Dialog(database_url, settings, triager, start=start))


@pytest.fixture
def dialog(database_url, settings, triager):
    """Monday 2026-11-23 10:00 in Shanghai, a working day."""
    return make_dialog(database_url, settings, triager, local(2026, 11, 23, 10, 0))


def tick(dialog: Dialog, to: datetime | None = None, **advance: float) -> list[Outgoing]:
    """Move the clock, fire what is due (as the scheduler does) and return what the outbox then sends."""
    if to is not None:
        dialog.clock.moment = to
    dialog.clock.advance(**advance)
    dialog.core.fire_reminders()
    return drain(dialog)


def drain(dialog: Dialog) -> list[Outgoing]:
    sent = []
    for delivery in dialog.core.due_deliveries():
        dialog.core.mark_sent(delivery.outbox_id)
        sent.append(delivery.message)
    return sent


def open_ticket(dialog: Dialog, text: str = XIAYING, user: int = RESIDENT) -> int:
    return int(re.search(r"#(\d+)", text_of(dialog.say(user, text), user)).group(1))


def to(replies: list[Outgoing], chat_id: int) -> list[Outgoing]:
    return [r for r in replies if r.chat_id == chat_id]
