"""python-telegram-bot adapter: Telegram updates → Incoming, core deliveries → Telegram messages."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.delivery import Sender, SendOutcome, deliver_all
from handlers.messages import Incoming, Location, Media, Outgoing

log = logging.getLogger(__name__)
MEDIA_KINDS = ("photo", "sticker", "voice", "video", "video_note", "audio", "document", "animation")
MENU = [("start", "热线介绍和紧急电话"), ("status", "查看我的工单"), ("cancel", "撤回工单"), ("help", "帮助")]


def to_incoming(update: Update) -> Incoming | None:
    """The neutral form of a private-chat message or button press; None for anything else."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != "private" or user.is_bot:
        return None
    base = {"update_id": update.update_id, "user_id": user.id, "chat_id": chat.id, "name": user.full_name}
    if update.callback_query is not None:
        query = update.callback_query
        return Incoming(**base, at=datetime.now(UTC), callback_id=query.id, callback_data=query.data or "",
                        message_id=query.message.message_id if query.message else None)
    message = update.effective_message
    if message is None:
        return None
    return Incoming(**base, at=message.date.astimezone(UTC), message_id=message.message_id,
                    text=message.text or message.caption or "", media=_media(message),
                    location=Location(message.location.latitude, message.location.longitude)
                    if message.location else None,
                    contact_phone=message.contact.phone_number if message.contact else None)


def _media(message) -> Media | None:
    for kind in MEDIA_KINDS:
        value = getattr(message, kind, None)
        if value:
            item = value[-1] if isinstance(value, tuple | list) else value
            return Media(kind=kind, file_id=item.file_id)
    return None


def _markup(outgoing: Outgoing) -> InlineKeyboardMarkup | None:
    if not outgoing.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row]
                                 for row in outgoing.buttons])


class PtbSender(Sender):
    """Sends one message with python-telegram-bot and classifies what Telegram answered."""

    def __init__(self, application: Application) -> None:
        self.application = application

    async def send(self, outgoing: Outgoing) -> SendOutcome:
        try:
            await self.application.bot.send_message(outgoing.chat_id, outgoing.text, parse_mode=ParseMode.HTML,
                                                    reply_markup=_markup(outgoing))
            return SendOutcome.sent()
        except RetryAfter as error:
            after = error.retry_after
            return SendOutcome.later(after if isinstance(after, int | float) else after.total_seconds())
        except Forbidden as error:
            return SendOutcome.blocked(str(error))
        except BadRequest as error:
            return SendOutcome.refused(str(error))
        except (NetworkError, TelegramError) as error:
            return SendOutcome.transient(str(error))


class PtbBot:
    """The running bot on python-telegram-bot: long polling, one TypeHandler into the core."""

    def __init__(self, runtime, token: str, api_root: str, concurrency: int = 4) -> None:
        self.runtime = runtime
        workers = 1 if runtime.database_url.startswith("sqlite") else concurrency
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="core")
        self.application = (
            Application.builder().token(token)
            .base_url(f"{api_root.rstrip('/')}/bot").base_file_url(f"{api_root.rstrip('/')}/file/bot")
            .concurrent_updates(concurrency).connection_pool_size(32)
            .post_init(self._started).post_shutdown(self._stopped).build()
        )
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.sender = PtbSender(self.application)
        self._flusher: asyncio.Task | None = None

    def run(self) -> None:
        self.application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=False)

    async def _call(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self.executor, function, *args)

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every update: answer a button press at once, store and handle, then send replies."""
        incoming = to_incoming(update)
        if incoming is None:
            return
        if update.callback_query is not None:
            try:
                await update.callback_query.answer()
            except TelegramError as error:
                log.warning("answerCallbackQuery failed: %s", error)
        deliveries = await self._call(self.runtime.core.process, incoming)
        await deliver_all(self.sender, self.runtime.core, deliveries, self._call)

    async def _started(self, application: Application) -> None:
        try:
            await application.bot.set_my_commands([BotCommand(name, text) for name, text in MENU])
        except TelegramError as error:
            log.warning("setMyCommands failed: %s", error)
        recovered = await self._call(self.runtime.core.recover)
        await deliver_all(self.sender, self.runtime.core, recovered, self._call)
        self._flusher = asyncio.create_task(self._flush_forever())
        log.info("bot started as @%s", application.bot.username)

    async def _flush_forever(self, every: float = 10.0) -> None:
        """Resend what is waiting in the outbox (after a transient failure or a crash)."""
        while True:
            await asyncio.sleep(every)
            try:
                due = await self._call(self.runtime.core.due_deliveries)
                await deliver_all(self.sender, self.runtime.core, due, self._call)
            except Exception:  # noqa: BLE001 — keep flushing whatever one round hit
                log.exception("outbox flush failed")

    async def _stopped(self, application: Application) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
        self.executor.shutdown(wait=True)
