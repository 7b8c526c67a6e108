"""Runs the API server in a background thread with its own asyncio loop."""

from __future__ import annotations

import asyncio
import threading

from aiohttp import web

from sandbox.server import ApiServer


class ServerThread:
    """Starts aiohttp on host:port in a daemon thread; stop() shuts it down cleanly."""

    def __init__(self, server: ApiServer, *, host: str, port: int) -> None:
        self._server = server
        self._host = host
        self._port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The server's event loop."""
        assert self._loop is not None, "server not started"
        return self._loop

    def start(self, timeout: float = 10.0) -> int:
        """Start serving and return the bound port."""
        self._thread = threading.Thread(target=self._run, name="bot-api-sandbox", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("sandbox server did not start")
        if self._error is not None:
            raise RuntimeError(f"sandbox server failed to start: {self._error}") from self._error
        return self._port

    def wake_threadsafe(self) -> None:
        """Ask the loop to release a waiting getUpdates; safe from any thread."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._server.wake)
            except RuntimeError:
                pass

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and join the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._startup())
        except BaseException as err:  # reported to start()
            self._error = err
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _startup(self) -> None:
        runner = web.AppRunner(self._server.application(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port)
        await site.start()
        self._runner = runner
        sockets = getattr(site._server, "sockets", None) or []  # noqa: SLF001
        if sockets:
            self._port = sockets[0].getsockname()[1]

    async def _shutdown(self) -> None:
        self._server.wake()
        if self._runner is not None:
            await self._runner.cleanup()
