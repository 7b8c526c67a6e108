"""python-telegram-bot adapter: Telegram updates → Incoming, core deliveries → Telegram messages."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, ExtBot, TypeHandler
from telegram.request import HTTPXRequest

from bot.delivery import Sender, SendOutcome
from bot.runner import CoreRunner
from handlers.messages import Incoming, Location, Media, Outgoing
from handlers.texts import BOT_MENU

log = logging.getLogger(__name__)
MEDIA_KINDS = ("photo", "sticker", "voice", "video", "video_note", "audio", "document", "animation")


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
            if outgoing.document is not None:
                await self.application.bot.send_document(
                    outgoing.chat_id, InputFile(outgoing.document.content, filename=outgoing.document.name),
                    caption=outgoing.text, parse_mode=ParseMode.HTML)
            else:
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


class StoringBot(ExtBot):
    """ExtBot that has each fetched batch stored before python-telegram-bot sees it.

    getUpdates' offset confirms every update below it, and Telegram never sends those again; the
    Updater asks for the next batch while this one still waits for handlers, so the batch is stored
    here, in one transaction, first. If storing fails, the Updater logs it and fetches the same
    updates again (the offset did not move)."""

    def __init__(self, *args, on_fetched, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():
            self.on_fetched = on_fetched

    async def get_updates(self, *args, **kwargs):
        updates = await super().get_updates(*args, **kwargs)
        await self.on_fetched([incoming for incoming in map(to_incoming, updates) if incoming is not None])
        return updates


class PtbBot:
    """The bot on python-telegram-bot: long polling, one TypeHandler into the core."""

    def __init__(self, runtime, token: str, api_root: str, concurrency: int = 4) -> None:
        root = api_root.rstrip("/")
        bot = StoringBot(token, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot",
                         request=HTTPXRequest(connection_pool_size=32),
                         get_updates_request=HTTPXRequest(connection_pool_size=1),
                         on_fetched=self._store_fetched)
        self.application = (
            Application.builder().bot(bot).concurrent_updates(concurrency)
            .post_init(self._started).post_shutdown(self._stopped).build()
        )
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.runner = CoreRunner(runtime, PtbSender(self.application), concurrency)

    def run(self) -> None:
        self.application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=False)

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every update: answer a button press at once, then store, handle and reply."""
        incoming = self.runner.fetched(update.update_id) or to_incoming(update)
        if incoming is None:
            return
        if update.callback_query is not None:
            try:
                await update.callback_query.answer()
            except TelegramError as error:
                log.warning("answerCallbackQuery failed: %s", error)
        await self.runner.handle(incoming)

    async def _store_fetched(self, incomings: list[Incoming]) -> None:
        await self.runner.store_fetched(incomings)

    async def _started(self, application: Application) -> None:
        try:
            await application.bot.set_my_commands([BotCommand(name, text) for name, text in BOT_MENU])
        except TelegramError as error:
            log.warning("setMyCommands failed: %s", error)
        await self.runner.start()
        log.info("bot started as @%s (python-telegram-bot)", application.bot.username)

    async def _stopped(self, application: Application) -> None:
        await self.runner.stop()
