"""The aiohttp Bot API server: routes, token and method checks, faults, long polling."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable

from aiohttp import web

from sandbox import methods_bot as bot_methods
from sandbox import methods_edit as edit
from sandbox import methods_send as send
from sandbox import params as p
from sandbox.hub import Hub
from sandbox.models import ApiCall, ApiError

Handler = Callable[[Hub, p.Params], object]
CONFLICT = ("Conflict: terminated by other getUpdates request; "
            "make sure that only one bot instance is running")
MAX_BODY = 60 * 1024 * 1024
_TOKEN = re.compile(r"\d+:[A-Za-z0-9_-]+")
_LOG = logging.getLogger(__name__)


def method_table() -> dict[str, Handler]:
    """Map lower-cased Bot API method names to their handlers."""
    table: dict[str, Handler] = {
        "getme": bot_methods.get_me, "deletewebhook": bot_methods.delete_webhook,
        "getwebhookinfo": bot_methods.get_webhook_info,
        "setmycommands": bot_methods.set_my_commands,
        "getmycommands": bot_methods.get_my_commands,
        "deletemycommands": bot_methods.delete_my_commands, "getchat": bot_methods.get_chat,
        "sendchataction": bot_methods.send_chat_action,
        "answercallbackquery": bot_methods.answer_callback_query,
        "getfile": bot_methods.get_file,
        "sendmessage": send.send_message, "sendphoto": send.send_photo,
        "senddocument": send.send_document, "sendlocation": send.send_location,
        "copymessage": send.copy_message, "forwardmessage": send.forward_message,
        "editmessagetext": edit.edit_message_text,
        "editmessagecaption": edit.edit_message_caption,
        "editmessagereplymarkup": edit.edit_message_reply_markup,
        "deletemessage": edit.delete_message,
    }
    for name in ("setwebhook", "logout", "close", "setmydescription", "setmyshortdescription",
                 "setchatmenubutton", "setmyname"):
        table[name] = bot_methods.ok
    return table


class ApiServer:
    """Answers Bot API calls like api.telegram.org, for the one sandbox bot."""

    def __init__(self, hub: Hub) -> None:
        self._hub = hub
        self._methods = method_table()
        self._poller: asyncio.Future[bool] | None = None

    def application(self) -> web.Application:
        """Build the aiohttp application with the API and file routes."""
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        return app

    def wake(self) -> None:
        """Release a waiting getUpdates (call in the server loop)."""
        if self._poller is not None and not self._poller.done():
            self._poller.set_result(True)

    def _token_error(self, token: str) -> ApiError | None:
        if token == self._hub.bot.token:
            return None
        return ApiError(401, "Unauthorized") if _TOKEN.fullmatch(token) else ApiError(404, "Not Found")

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, object] = {}
        try:
            error = self._token_error(request.match_info["token"])
            if error is not None:
                raise error
            params = await p.read_params(request)
            status, body = 200, {"ok": True, "result": await self._call(method, params)}
        except ApiError as err:
            status, body = err.code, err.payload()
        except Exception as err:  # a sandbox bug must show, not hang the bot
            _LOG.exception("sandbox failed on %s", method)
            status, body = 500, ApiError(500, f"Internal Server Error: sandbox: {err!r}").payload()
        self._hub.log_call(ApiCall(method, p.loggable(params), status, self._hub.clock(),
                                   body.get("description"), request.content_type))  # type: ignore[arg-type]
        return web.Response(status=status, content_type="application/json",
                            text=json.dumps(body, ensure_ascii=False))

    async def _call(self, method: str, params: p.Params) -> object:
        if method.lower() == "getupdates":
            self._hub.polls_started += 1  # counted on arrival, even if a fault then refuses it
        faults = self._hub.faults
        pause, after = faults.delay_for(method)
        if pause > 0 and not after:
            await asyncio.sleep(pause)
        failure = faults.failure_for(method)
        if failure is not None:
            raise failure
        name = method.lower()
        handler = self._methods.get(name)
        if name == "getupdates":
            result: object = await self._get_updates(params)
        elif handler is None:
            raise ApiError(404, "Not Found")
        else:
            result = handler(self._hub, params)
        pause, after = faults.delay_for(method)  # read again: a long poll may predate the fault
        if pause > 0 and after:
            await asyncio.sleep(pause)
        return result

    async def _get_updates(self, params: p.Params) -> list[dict[str, object]]:
        self._hub.polled.set()
        offset = p.integer(params, "offset", default=0) or 0
        limit = p.integer(params, "limit", default=100) or 100
        timeout = p.integer(params, "timeout", default=0) or 0
        allowed = p.structured(params, "allowed_updates")
        for listener in list(self._hub.offset_listeners):  # before the offset confirms anything
            listener(offset)
        self.wake_conflict()
        updates = self._hub.queue.take(offset, limit, allowed if isinstance(allowed, list) else None)
        if updates or timeout <= 0:
            return updates
        waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._poller = waiter
        try:
            alive = await asyncio.wait_for(waiter, timeout)
        except TimeoutError:
            return []
        finally:
            if self._poller is waiter:
                self._poller = None
        if not alive:
            raise ApiError(409, CONFLICT)
        return self._hub.queue.take(offset, limit, None)

    def wake_conflict(self) -> None:
        """End an older waiting getUpdates with 409, as Telegram does for a second poller."""
        if self._poller is not None and not self._poller.done():
            self._poller.set_result(False)
        self._poller = None

    async def _file(self, request: web.Request) -> web.Response:
        error = self._token_error(request.match_info["token"])
        stored = self._hub.files.by_path(request.match_info["path"])
        if error is None and stored is None:
            error = ApiError(404, "Not Found")
        if error is not None:
            return web.Response(status=error.code, content_type="application/json",
                                text=json.dumps(error.payload()))
        assert stored is not None
        return web.Response(body=stored.data,
                            content_type=stored.mime_type or "application/octet-stream")
