"""A real python-telegram-bot 22 bot that echoes, and on /try <case> does what Telegram refuses."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import RetryAfter, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBDeprecationWarning

from sandbox import Sandbox
from tests.sandbox.bot_thread import BotThread
from tests.sandbox.probe_cases import PICTURE, Record

Context = ContextTypes.DEFAULT_TYPE


def retry_seconds(err: TelegramError) -> float | None:
    """RetryAfter's delay in seconds, without PTB 22's int/timedelta deprecation warning."""
    if not isinstance(err, RetryAfter):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = err.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def cases(bot, chat_id: int) -> dict[str, Callable[[], Awaitable[object]]]:  # type: ignore[no-untyped-def]
    """What /try <case> sends; each should be refused (or, for exact and markdown, accepted)."""
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x" * 65)]])
    return {
        "bad_html": lambda: bot.send_message(chat_id, "房子 <b>塌了", parse_mode=ParseMode.HTML),
        "lt": lambda: bot.send_message(chat_id, "a < b", parse_mode=ParseMode.HTML),
        "empty": lambda: bot.send_message(chat_id, ""),
        "blank": lambda: bot.send_message(chat_id, "<b> </b>", parse_mode=ParseMode.HTML),
        "long": lambda: bot.send_message(chat_id, "啊" * 4097),
        "exact": lambda: bot.send_message(chat_id, "😀" * 2048),
        "data65": lambda: bot.send_message(chat_id, "选一个", reply_markup=keyboard),
        "stranger": lambda: bot.send_message(999_999, "你好"),
        "markdown": lambda: bot.send_message(chat_id, "*粗* 1\\.5", parse_mode=ParseMode.MARKDOWN_V2),
        "markdown_bad": lambda: bot.send_message(chat_id, "1.5", parse_mode=ParseMode.MARKDOWN_V2),
        "caption": lambda: bot.send_photo(chat_id, PICTURE, caption="字" * 1025),
    }


class PtbProbe:
    """Builds the Application and records what the library raised."""

    def __init__(self, sb: Sandbox, record: Record) -> None:
        self.record = record
        root = sb.api_root
        self.app = (Application.builder().token(sb.bot_token).base_url(f"{root}/bot")
                    .base_file_url(f"{root}/file/bot").build())
        handlers = [
            CommandHandler("start", self.start), CommandHandler("try", self.attempt),
            CommandHandler("buttons", self.buttons), CommandHandler("notify", self.notify),
            CommandHandler("burst", self.burst), CommandHandler("files", self.files),
            MessageHandler(filters.PHOTO, self.photo),
            MessageHandler(filters.Sticker.ALL | filters.VOICE | filters.LOCATION | filters.CONTACT,
                           self.media),
            MessageHandler(filters.TEXT & ~filters.COMMAND, self.echo),
            CallbackQueryHandler(self.pressed),
        ]
        self.app.add_handler(TypeHandler(Update, self.seen), group=-1)
        self.app.add_handlers(handlers)

    async def serve(self, stop: asyncio.Event) -> None:
        """Poll until told to stop."""
        async with self.app:
            await self.app.start()
            await self.app.updater.start_polling(poll_interval=0.0, timeout=5)
            await stop.wait()
            await self.app.updater.stop()
            await self.app.stop()

    async def guarded(self, chat_id: int, action: Callable[[], Awaitable[object]]) -> None:
        """Run a Bot API call; tell the person which exception the library raised."""
        try:
            await action()
        except TelegramError as err:
            retry = retry_seconds(err)
            self.record.errors.append((type(err).__name__, str(err), retry))
            try:
                await self.app.bot.send_message(chat_id, f"{type(err).__name__}: {err}")
            except TelegramError as again:
                self.record.errors.append((type(again).__name__, str(again), None))

    async def seen(self, update: Update, context: Context) -> None:
        self.record.update_ids.append(update.update_id)
        if update.my_chat_member is not None:
            self.record.member_changes.append(update.my_chat_member.new_chat_member.status)

    async def start(self, update: Update, context: Context) -> None:
        await update.effective_message.reply_text(f"started {' '.join(context.args or [])}".strip())

    async def echo(self, update: Update, context: Context) -> None:
        chat_id = update.effective_chat.id
        await self.guarded(chat_id, lambda: context.bot.send_message(
            chat_id, f"echo: {update.effective_message.text}"))

    async def attempt(self, update: Update, context: Context) -> None:
        chat_id = update.effective_chat.id
        action = cases(context.bot, chat_id)[context.args[0]]
        await self.guarded(chat_id, action)

    async def buttons(self, update: Update, context: Context) -> None:
        keyboard = InlineKeyboardMarkup([
            [InlineKeyboardButton("接单", callback_data="take:7")],
            [InlineKeyboardButton("详情", url="https://example.org/7")],
        ])
        await update.effective_message.reply_html("<b>工单 #7</b> 待处理", reply_markup=keyboard)

    async def pressed(self, update: Update, context: Context) -> None:
        query = update.callback_query
        await query.answer("好的")
        await query.edit_message_text(f"已接单 #7 ({query.data})")

    async def notify(self, update: Update, context: Context) -> None:
        target = int(context.args[0])
        await self.guarded(update.effective_chat.id,
                           lambda: context.bot.send_message(target, "您的工单有进展"))

    async def burst(self, update: Update, context: Context) -> None:
        chat_id = update.effective_chat.id
        for number in range(int(context.args[0])):
            await self.guarded(chat_id, lambda n=number: context.bot.send_message(chat_id, f"第{n}条"))

    async def files(self, update: Update, context: Context) -> None:
        chat_id = update.effective_chat.id
        await context.bot.send_photo(chat_id, PICTURE, caption="<b>现场</b>照片", parse_mode=ParseMode.HTML)
        await context.bot.send_document(chat_id, b"id,name\n1,a\n", filename="report.csv")
        await context.bot.send_location(chat_id, 39.9, 117.4)

    async def photo(self, update: Update, context: Context) -> None:
        message = update.effective_message
        picture = await message.photo[-1].get_file()
        data = await picture.download_as_bytearray()
        await message.reply_text(f"photo {len(data)} bytes {message.caption or ''}".strip())

    async def media(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message.sticker:
            text = f"sticker {message.sticker.emoji}"
        elif message.voice:
            text = f"voice {message.voice.to_dict()['duration']}"
        elif message.location:
            text = f"location {message.location.latitude},{message.location.longitude}"
        else:
            text = f"contact {message.contact.phone_number} {message.contact.user_id}"
        await message.reply_text(text)


def run_ptb(sb: Sandbox, record: Record) -> BotThread:
    """Start the probe bot in a thread; use as a context manager."""
    return BotThread(PtbProbe(sb, record).serve)
