"""Injected trouble, switchable at run time: flood limits (429), 5xx failures, slow answers."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus

from sandbox.models import ApiError

ANY = "*"


@dataclass
class _Bucket:
    """A token bucket: `rate` tokens a second, at most `burst` saved up."""

    rate: float
    burst: float
    tokens: float
    stamp: float

    def refill(self, now: float) -> None:
        """Add the tokens earned since the last look."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait(self) -> float:
        """Return seconds until one token is available (0 if one is)."""
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


@dataclass(frozen=True)
class FloodLimits:
    """Telegram-like flood limits: per chat and across all chats, in messages a second."""

    per_chat_per_s: float = 1.0
    global_per_s: float = 30.0
    per_chat_burst: int = 3
    global_burst: int = 30


class Faults:
    """Thread-safe switchboard of faults; every fault is off until a test turns it on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limits: FloodLimits | None = None
        self._chat_buckets: dict[int, _Bucket] = {}
        self._global: _Bucket | None = None
        self._failures: dict[str, list[int]] = {}
        self._delays: dict[str, tuple[float, bool]] = {}

    def flood(self, per_chat_per_s: float | None = 1.0, global_per_s: float = 30.0, *,
              per_chat_burst: int = 3, global_burst: int | None = None) -> None:
        """Turn flood limits on (429 with retry_after when exceeded), or off with None."""
        with self._lock:
            self._chat_buckets = {}
            self._global = None
            self._limits = None if per_chat_per_s is None else FloodLimits(
                per_chat_per_s, global_per_s, per_chat_burst,
                global_burst if global_burst is not None else max(1, round(global_per_s)))

    def fail_next(self, method: str = ANY, *, status: int = 500, count: int = 1) -> None:
        """Answer the next `count` calls of a method ("*" for any) with an HTTP 5xx error."""
        with self._lock:
            self._failures.setdefault(method.lower(), []).extend([status] * count)

    def delay(self, method: str = ANY, seconds: float = 0.5, *, after: bool = False) -> None:
        """Slow a method's answers ("*" for any) by `seconds`; 0 turns it off.

        By default the call waits before taking effect; with after=True it takes effect at once
        and only the answer is late (a client timeout then hides a success, as in production).
        """
        with self._lock:
            if seconds > 0:
                self._delays[method.lower()] = (seconds, after)
            else:
                self._delays.pop(method.lower(), None)

    def clear(self) -> None:
        """Turn every fault off."""
        self.flood(None)
        with self._lock:
            self._failures = {}
            self._delays = {}

    def delay_for(self, method: str) -> tuple[float, bool]:
        """Return how long to hold a call of this method, and whether after its effect."""
        with self._lock:
            return self._delays.get(method.lower(), self._delays.get(ANY, (0.0, False)))

    def failure_for(self, method: str) -> ApiError | None:
        """Consume and return a scheduled 5xx for this call, if any."""
        with self._lock:
            for key in (method.lower(), ANY):
                queue = self._failures.get(key)
                if queue:
                    status = queue.pop(0)
                    return ApiError(status, _phrase(status))
        return None

    def check_flood(self, chat_id: int) -> None:
        """Spend a send token for this chat, or raise 429 with Telegram's retry_after."""
        with self._lock:
            if self._limits is None:
                return
            now = time.monotonic()
            chat = self._chat_bucket(chat_id, now)
            overall = self._global_bucket(now)
            wait = max(chat.wait(), overall.wait())
            if wait > 0:
                retry = max(1, math.ceil(wait))
                raise ApiError(429, f"Too Many Requests: retry after {retry}", retry_after=retry)
            chat.tokens -= 1
            overall.tokens -= 1

    def _chat_bucket(self, chat_id: int, now: float) -> _Bucket:
        limits = self._limits
        assert limits is not None
        bucket = self._chat_buckets.get(chat_id)
        if bucket is None:
            bucket = _Bucket(limits.per_chat_per_s, limits.per_chat_burst, limits.per_chat_burst, now)
            self._chat_buckets[chat_id] = bucket
        bucket.refill(now)
        return bucket

    def _global_bucket(self, now: float) -> _Bucket:
        limits = self._limits
        assert limits is not None
        if self._global is None:
            self._global = _Bucket(limits.global_per_s, limits.global_burst, limits.global_burst, now)
        self._global.refill(now)
        return self._global


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Internal Server Error"
