"""Who claimed an outbox row: `host:pid:boot`, so a restarted bot takes back at once what its killed self held."""

from __future__ import annotations

import os
import secrets
import socket
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.models import OutboxMessage


def worker_name() -> str:
    """This process, as written into outbox.claimed_by (boot tells two lives with one pid apart, as in containers)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Dead but not reaped: a killed bot's core process waits for an init that may be slow to reap it,
    and kill(pid, 0) still finds it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state in ("Z", "X")


def release_dead_claims(session: Session, me: str) -> int:
    """At start: rows 'sending' by a dead process of this host (or an earlier life with our pid) go back
    to pending now. Claims of other hosts wait for the stale-claim timeout, as before."""
    host, my_pid, _ = me.rsplit(":", 2)
    owners = session.scalars(select(OutboxMessage.claimed_by).where(OutboxMessage.status == "sending")
                             .distinct()).all()
    released = 0
    for owner in owners:
        parts = (owner or "").rsplit(":", 2)
        if len(parts) != 3 or owner == me or parts[0] != host or not parts[1].isdigit():
            continue
        if parts[1] == my_pid or not _alive(int(parts[1])):
            result = session.execute(update(OutboxMessage).where(OutboxMessage.status == "sending",
                                                                 OutboxMessage.claimed_by == owner)
                                     .values(status="pending", claimed_by=None))
            released += result.rowcount
    return released
