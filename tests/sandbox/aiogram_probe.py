"""A real aiogram 3 bot that echoes, and on /try <case> does what Telegram refuses."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramAPIError, TelegramRetryAfter
from aiogram.filters import Command, CommandObject
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from sandbox import Sandbox
from tests.sandbox.bot_thread import BotThread
from tests.sandbox.probe_cases import PICTURE, Record


def cases(bot: Bot, chat_id: int) -> dict[str, Callable[[], Awaitable[object]]]:
    """What /try <case> sends; the same cases as the python-telegram-bot probe."""
    keyboard = InlineKeyboardMarkup(inline_keyboard=[[
        InlineKeyboardButton(text="x", callback_data="x" * 65)]])
    return {
        "bad_html": lambda: bot.send_message(chat_id, "房子 <b>塌了", parse_mode="HTML"),
        "empty": lambda: bot.send_message(chat_id, ""),
        "long": lambda: bot.send_message(chat_id, "啊" * 4097),
        "data65": lambda: bot.send_message(chat_id, "选一个", reply_markup=keyboard),
        "stranger": lambda: bot.send_message(999_999, "你好"),
        "caption": lambda: bot.send_photo(chat_id, BufferedInputFile(PICTURE, "p.png"),
                                          caption="字" * 1025),
    }


class AiogramProbe:
    """Builds the Bot and Dispatcher and records what the library raised."""

    def __init__(self, sb: Sandbox, record: Record) -> None:
        self.record = record
        session = AiohttpSession(api=TelegramAPIServer.from_base(sb.api_root))
        self.bot = Bot(sb.bot_token, session=session)
        self.dp = Dispatcher()
        self.dp.update.outer_middleware(self.seen)
        self.dp.message.register(self.attempt, Command("try"))
        self.dp.message.register(self.buttons, Command("buttons"))
        self.dp.message.register(self.notify, Command("notify"))
        self.dp.message.register(self.burst, Command("burst"))
        self.dp.message.register(self.files, Command("files"))
        self.dp.message.register(self.photo, F.photo)
        self.dp.message.register(self.media, F.sticker | F.voice | F.location | F.contact)
        self.dp.message.register(self.echo, F.text)
        self.dp.callback_query.register(self.pressed)
        self.dp.my_chat_member.register(self.member)

    async def serve(self, stop: asyncio.Event) -> None:
        """Poll until told to stop."""
        polling = asyncio.create_task(
            self.dp.start_polling(self.bot, handle_signals=False, polling_timeout=5))
        await stop.wait()
        await self.dp.stop_polling()
        await polling

    async def seen(self, handler, update: Update, data):  # type: ignore[no-untyped-def]
        self.record.update_ids.append(update.update_id)
        return await handler(update, data)

    async def guarded(self, chat_id: int, action: Callable[[], Awaitable[object]]) -> None:
        """Run a Bot API call; tell the person which exception the library raised."""
        try:
            await action()
        except TelegramAPIError as err:
            retry = err.retry_after if isinstance(err, TelegramRetryAfter) else None
            self.record.errors.append((type(err).__name__, err.message, retry))
            try:
                await self.bot.send_message(chat_id, f"{type(err).__name__}: {err.message}")
            except TelegramAPIError as again:
                self.record.errors.append((type(again).__name__, again.message, None))

    async def echo(self, message: Message) -> None:
        await self.guarded(message.chat.id, lambda: message.answer(f"echo: {message.text}"))

    async def attempt(self, message: Message, command: CommandObject) -> None:
        await self.guarded(message.chat.id, cases(self.bot, message.chat.id)[command.args or ""])

    async def buttons(self, message: Message) -> None:
        keyboard = InlineKeyboardMarkup(inline_keyboard=[
            [InlineKeyboardButton(text="接单", callback_data="take:7")],
            [InlineKeyboardButton(text="详情", url="https://example.org/7")],
        ])
        await message.answer("<b>工单 #7</b> 待处理", parse_mode="HTML", reply_markup=keyboard)

    async def pressed(self, query: CallbackQuery) -> None:
        await query.answer("好的")
        await query.message.edit_text(f"已接单 #7 ({query.data})")  # type: ignore[union-attr]

    async def notify(self, message: Message, command: CommandObject) -> None:
        target = int(command.args or 0)
        await self.guarded(message.chat.id, lambda: self.bot.send_message(target, "您的工单有进展"))

    async def burst(self, message: Message, command: CommandObject) -> None:
        for number in range(int(command.args or 0)):
            await self.guarded(message.chat.id, lambda n=number: message.answer(f"第{n}条"))

    async def files(self, message: Message) -> None:
        await message.answer_photo(BufferedInputFile(PICTURE, "现场.png"), caption="<b>现场</b>照片",
                                   parse_mode="HTML")
        await message.answer_document(BufferedInputFile(b"id,name\n1,a\n", "report.csv"))

    async def photo(self, message: Message) -> None:
        data = await self.bot.download(message.photo[-1])  # type: ignore[index]
        size = len(data.getvalue()) if data else 0
        await message.answer(f"photo {size} bytes {message.caption or ''}".strip())

    async def media(self, message: Message) -> None:
        if message.sticker:
            text = f"sticker {message.sticker.emoji}"
        elif message.voice:
            text = f"voice {message.voice.duration}"
        elif message.location:
            text = f"location {message.location.latitude},{message.location.longitude}"
        else:
            text = f"contact {message.contact.phone_number} {message.contact.user_id}"  # type: ignore[union-attr]
        await message.answer(text)

    async def member(self, event: ChatMemberUpdated) -> None:
        self.record.member_changes.append(event.new_chat_member.status)


def run_aiogram(sb: Sandbox, record: Record) -> BotThread:
    """Start the probe bot in a thread; use as a context manager."""
    return BotThread(AiogramProbe(sb, record).serve)
