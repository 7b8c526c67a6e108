"""The core in a process of its own, so that Telegram I/O and the core each get a CPU core.

`hotline run` is two processes: this one polls Telegram and sends (python-telegram-bot or aiogram),
the core process stores, triages and handles (SQLAlchemy, jieba). One Python process is held to one
core by its GIL; with both halves in one, the bot was CPU-bound at ~7 ms per update while the second
core idled (benchmarks/throughput.py, HOTLINE_CORE=inline to compare).

The two talk over a socket pair: a request is (id, method of HotlineCore, args, kwargs), the answer
(id, ok, result or error text). The Telegram side reads answers with the event loop's add_reader: no
thread, so no GIL hand-offs. Nothing is lost if either dies: the core stores every update before
handling it; if the Telegram side dies the core process is killed with it (PR_SET_PDEATHSIG) and the
next start recovers; if the core process dies the Telegram side stops, and exits non-zero.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection

log = logging.getLogger(__name__)
START_TIMEOUT = 120.0


class CoreGone(RuntimeError):
    """The core process has exited: nothing more can be handled until a restart."""


class CoreFailed(RuntimeError):
    """A core method raised in the core process (its traceback is in the core's log)."""


class RemoteCore:
    """Stands in for HotlineCore on the Telegram side: `await remote.process(incoming)` and so on."""

    def __init__(self, env: Mapping[str, str], concurrency: int) -> None:
        """Start `python -m bot.core_process` (a fresh interpreter, no fork of a running loop) on a socket pair;
        it inherits stdout and stderr, so its log lines go where the bot's go."""
        ours, theirs = socket.socketpair()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bot.core_process", str(theirs.fileno()), str(concurrency)],
            env=dict(env), pass_fds=(theirs.fileno(),))
        theirs.close()
        self._conn = Connection(ours.detach())
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future] = {}
        self._on_exit: Callable[[], None] | None = None
        self._closed = False

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Block until the core has migrated the database and loaded triage; raise if it could not."""
        if not self._conn.poll(timeout):
            raise CoreGone(f"core process not ready after {timeout:.0f}s")
        try:
            kind, detail = self._conn.recv()
        except EOFError as error:
            raise CoreGone("core process exited while starting") from error
        if kind != "ready":
            raise CoreFailed(detail)

    def attach(self, loop: asyncio.AbstractEventLoop, on_exit: Callable[[], None] | None = None) -> None:
        """Read answers in this loop from now on; `on_exit` is called if the core process dies."""
        self._on_exit = on_exit
        loop.add_reader(self._conn.fileno(), self._read)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)

        async def method(*args, **kwargs):
            return await self._request(name, args, kwargs)
        method.__name__ = name
        return method

    async def _request(self, name: str, args: tuple, kwargs: dict):
        if self._closed:
            raise CoreGone("core process has exited")
        request_id = next(self._ids)
        future = asyncio.get_running_loop().create_future()
        self._waiting[request_id] = future
        try:
            self._conn.send((request_id, name, args, kwargs))
        except (BrokenPipeError, OSError) as error:
            self._waiting.pop(request_id, None)
            self._gone()
            raise CoreGone("core process has exited") from error
        return await future

    def _read(self) -> None:
        try:
            while self._conn.poll():
                request_id, ok, value = self._conn.recv()
                future = self._waiting.pop(request_id, None)
                if future is None or future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(CoreFailed(value))
        except (EOFError, OSError):
            self._gone()

    def _gone(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            asyncio.get_running_loop().remove_reader(self._conn.fileno())
        except (RuntimeError, ValueError, OSError):
            pass
        for future in self._waiting.values():
            if not future.done():
                future.set_exception(CoreGone("core process has exited"))
        self._waiting.clear()
        log.critical("the core process has exited (code %s); stopping", self._process.poll())
        if self._on_exit is not None:
            self._on_exit()

    def close(self, timeout: float = 10.0) -> None:
        """Ask the core to finish what it is doing and exit (end of input), then wait for it."""
        if not self._closed:
            self._closed = True
            try:
                asyncio.get_running_loop().remove_reader(self._conn.fileno())
            except (RuntimeError, ValueError, OSError):
                pass
        self._conn.close()
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)

    @property
    def pid(self) -> int | None:
        return self._process.pid


# ------------------------------------------------------------------------------ the core process

def serve(conn: Connection, concurrency: int) -> None:
    """The core process: build the runtime, then answer requests until the pipe closes."""
    _die_with_parent()
    # Ctrl-C reaches the whole process group, and a service manager's stop the whole cgroup: the
    # Telegram side decides, stops polling, and closes the pipe; the core then finishes and exits.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from bot.cli import configure_logging

    configure_logging()
    try:
        from bot.app import build_runtime

        runtime = build_runtime(os.environ)
    except Exception as error:  # noqa: BLE001 — told to the parent, which prints it in one line
        conn.send(("error", (str(error) or type(error).__name__).splitlines()[0]))
        return
    conn.send(("ready", ""))
    core = runtime.core
    # SQLite has one writer: requests are handled one after the other. PostgreSQL takes several at once.
    pool = None if runtime.database_url.startswith("sqlite") else ThreadPoolExecutor(concurrency, "core")
    send_lock = threading.Lock()

    def answer(request_id: int, name: str, args: tuple, kwargs: dict) -> None:
        try:
            reply = (request_id, True, getattr(core, name)(*args, **kwargs))
        except Exception as error:  # noqa: BLE001 — the caller gets the error; this process goes on
            log.exception("core.%s failed", name)
            reply = (request_id, False, f"{type(error).__name__}: {error}")
        with send_lock:
            try:
                conn.send(reply)
            except OSError:  # the Telegram side is gone; the loop below sees the end of input
                pass

    _freeze_heap()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            break
        if pool is None:
            answer(*request)
        else:
            pool.submit(answer, *request)
    if pool is not None:
        pool.shutdown(wait=True)
    runtime.engine.dispose()


def _die_with_parent() -> None:
    """Linux: be killed when the Telegram side dies (kill -9 included), so no core outlives its bot."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _freeze_heap() -> None:
    """Keep what start-up loaded (jieba's dictionary, lexicons, libraries) out of the collector's walks."""
    import gc

    gc.collect()
    gc.freeze()


if __name__ == "__main__":
    serve(Connection(int(sys.argv[1])), int(sys.argv[2]))
