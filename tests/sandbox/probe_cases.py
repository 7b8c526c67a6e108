"""What the probe bots share: a picture to upload and a record of what the libraries raised."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sandbox.files import tiny_png

PICTURE = tiny_png(16, 16)


@dataclass
class Record:
    """Filled by a probe bot in its thread; read by the test after the bot answered."""

    errors: list[tuple[str, str, object]] = field(default_factory=list)
    update_ids: list[int] = field(default_factory=list)
    member_changes: list[str] = field(default_factory=list)

    def error_types(self) -> list[str]:
        """Names of the exceptions raised, in order."""
        return [name for name, _, _ in self.errors]


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll until condition() holds, for what the bot records rather than says."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)
