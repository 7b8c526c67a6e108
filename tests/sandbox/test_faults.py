"""Flood limits, scheduled failures and delays, switched at run time."""

from __future__ import annotations

import pytest

from sandbox.faults import Faults
from sandbox.models import ApiError


def test_flood_is_off_by_default() -> None:
    faults = Faults()
    for _ in range(100):
        faults.check_flood(1)


def test_per_chat_burst_then_retry_after() -> None:
    faults = Faults()
    faults.flood(per_chat_per_s=1.0, per_chat_burst=3)
    for _ in range(3):
        faults.check_flood(1)
    with pytest.raises(ApiError) as caught:
        faults.check_flood(1)
    assert (caught.value.code, caught.value.retry_after) == (429, 1)
    assert caught.value.payload()["parameters"] == {"retry_after": 1}
    faults.check_flood(2)  # another chat has its own budget


def test_global_limit_spans_chats() -> None:
    faults = Faults()
    faults.flood(per_chat_per_s=1.0, global_per_s=5.0)
    for chat in range(5):
        faults.check_flood(chat)
    with pytest.raises(ApiError, match="Too Many Requests: retry after 1"):
        faults.check_flood(99)
    faults.flood(None)
    faults.check_flood(99)


def test_fail_next_counts_down_per_method() -> None:
    faults = Faults()
    faults.fail_next("sendMessage", status=502, count=2)
    assert faults.failure_for("getMe") is None
    assert faults.failure_for("sendmessage").description == "Bad Gateway"
    assert faults.failure_for("sendMessage").code == 502
    assert faults.failure_for("sendMessage") is None
    faults.fail_next(status=500)
    assert faults.failure_for("getUpdates").description == "Internal Server Error"


def test_delay_switches_on_and_off() -> None:
    faults = Faults()
    faults.delay("sendMessage", seconds=0.5)
    faults.delay("*", seconds=0.1, after=True)
    assert faults.delay_for("SENDMESSAGE") == (0.5, False)
    assert faults.delay_for("getMe") == (0.1, True)
    faults.clear()
    assert faults.delay_for("sendMessage") == (0.0, False)
