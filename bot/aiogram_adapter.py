"""aiogram 3 adapter: the same core, texts, buttons and delivery rules as the python-telegram-bot one."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
)
from aiogram.methods import GetUpdates
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from bot.delivery import Sender, SendOutcome
from bot.runner import CoreRunner
from handlers.messages import Incoming, Location, Media, Outgoing
from handlers.texts import BOT_MENU

log = logging.getLogger(__name__)
MEDIA_KINDS = ("photo", "sticker", "voice", "video", "video_note", "audio", "document", "animation")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


def to_incoming(update: Update) -> Incoming | None:
    """The neutral form of a private-chat message or button press; None for anything else."""
    if update.callback_query is not None:
        query = update.callback_query
        message = query.message if isinstance(query.message, Message) else None
        if query.from_user.is_bot or (message is not None and message.chat.type != "private"):
            return None
        chat_id = message.chat.id if message else query.from_user.id
        return Incoming(update_id=update.update_id, user_id=query.from_user.id, chat_id=chat_id,
                        name=query.from_user.full_name, at=datetime.now(UTC), callback_id=query.id,
                        callback_data=query.data or "", message_id=message.message_id if message else None)
    message = update.message or update.edited_message
    if message is None or message.from_user is None or message.chat.type != "private" or message.from_user.is_bot:
        return None
    return Incoming(update_id=update.update_id, user_id=message.from_user.id, chat_id=message.chat.id,
                    name=message.from_user.full_name, at=message.date.astimezone(UTC),
                    message_id=message.message_id, text=message.text or message.caption or "",
                    media=_media(message),
                    location=Location(message.location.latitude, message.location.longitude)
                    if message.location else None,
                    contact_phone=message.contact.phone_number if message.contact else None)


def _media(message: Message) -> Media | None:
    for kind in MEDIA_KINDS:
        value = getattr(message, kind, None)
        if value:
            item = value[-1] if isinstance(value, list) else value
            return Media(kind=kind, file_id=item.file_id)
    return None


def _markup(outgoing: Outgoing) -> InlineKeyboardMarkup | None:
    if not outgoing.buttons:
        return None
    return InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=b.text, callback_data=b.data) for b in row] for row in outgoing.buttons])


class AiogramSender(Sender):
    """Sends one message with aiogram and classifies what Telegram answered."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, outgoing: Outgoing) -> SendOutcome:
        try:
            if outgoing.document is not None:
                await self.bot.send_document(
                    chat_id=outgoing.chat_id, caption=outgoing.text, parse_mode="HTML",
                    document=BufferedInputFile(outgoing.document.content, filename=outgoing.document.name))
            else:
                await self.bot.send_message(chat_id=outgoing.chat_id, text=outgoing.text, parse_mode="HTML",
                                            reply_markup=_markup(outgoing))
            return SendOutcome.sent()
        except TelegramRetryAfter as error:
            return SendOutcome.later(float(error.retry_after))
        except TelegramForbiddenError as error:
            return SendOutcome.blocked(str(error))
        except TelegramBadRequest as error:
            return SendOutcome.refused(str(error))
        except (TelegramNetworkError, TelegramAPIError) as error:
            return SendOutcome.transient(str(error))


class StoreFetched(BaseRequestMiddleware):
    """Has each batch getUpdates fetched stored before aiogram sees it: its next getUpdates confirms
    the batch (Telegram never sends it again) while handlers may still be waiting for it. If storing
    fails, aiogram logs it and fetches the same updates again (the offset did not move)."""

    def __init__(self, on_fetched) -> None:
        self.on_fetched = on_fetched

    async def __call__(self, make_request, bot, method):
        response = await make_request(bot, method)
        if isinstance(method, GetUpdates):  # the updates themselves (aiogram 3.31), or a Response holding them
            updates = getattr(response, "result", response) or ()
            await self.on_fetched([incoming for incoming in map(to_incoming, updates) if incoming is not None])
        return response


class AiogramBot:
    """The bot on aiogram 3: a Dispatcher with one catch-all update handler into the core."""

    def __init__(self, runtime, token: str, api_root: str, concurrency: int = 4) -> None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_root.rstrip("/")))
        session.middleware(StoreFetched(self._store_fetched))
        self.bot = Bot(token=token, session=session)
        self.dispatcher = Dispatcher()
        # The Dispatcher's own `update` handler routes to these observers; ours must sit behind them.
        for observer in (self.dispatcher.message, self.dispatcher.edited_message, self.dispatcher.callback_query):
            observer.register(self._on_event)
        self.dispatcher.startup.register(self._started)
        self.dispatcher.shutdown.register(self._stopped)
        self.concurrency = concurrency
        self.runner = CoreRunner(runtime, AiogramSender(self.bot), concurrency)

    def run(self) -> None:
        asyncio.run(self.dispatcher.start_polling(self.bot, allowed_updates=ALLOWED_UPDATES, handle_as_tasks=True,
                                                  tasks_concurrency_limit=self.concurrency))

    async def _on_event(self, event: Message | CallbackQuery, event_update: Update) -> None:
        """Every message or button press: answer a press at once, then store, handle and reply."""
        update = event_update
        incoming = self.runner.fetched(update.update_id) or to_incoming(update)
        if incoming is None:
            return
        if update.callback_query is not None:
            try:
                await update.callback_query.answer()
            except TelegramAPIError as error:
                log.warning("answerCallbackQuery failed: %s", error)
        await self.runner.handle(incoming)

    async def _store_fetched(self, incomings: list[Incoming]) -> None:
        await self.runner.store_fetched(incomings)

    async def _started(self) -> None:
        try:
            await self.bot.set_my_commands([BotCommand(command=name, description=text) for name, text in BOT_MENU])
        except TelegramAPIError as error:
            log.warning("setMyCommands failed: %s", error)
        await self.runner.start()
        me = await self.bot.get_me()
        log.info("bot started as @%s (aiogram)", me.username)

    async def _stopped(self) -> None:
        await self.runner.stop()
