"""A bare echo bot, the throughput ceiling: `python -m sandbox.echo_bot [--framework aiogram]`.

Reads HOTLINE_TOKEN and HOTLINE_TELEGRAM_API; the bound on concurrently handled updates comes
from --concurrency or HOTLINE_ECHO_CONCURRENCY (default 4).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_CONCURRENCY = 4


@dataclass(frozen=True)
class EchoConfig:
    """What the echo bot needs: framework, token, API root and concurrency bound."""

    framework: str
    token: str
    api_root: str
    concurrency: int


def parse_config(argv: Sequence[str] | None = None) -> EchoConfig:
    """Read the command line and the environment."""
    parser = argparse.ArgumentParser(prog="python -m sandbox.echo_bot", description=__doc__)
    parser.add_argument("--framework", choices=("ptb", "aiogram"), default="ptb")
    parser.add_argument("--concurrency", type=int,
                        default=int(os.environ.get("HOTLINE_ECHO_CONCURRENCY", DEFAULT_CONCURRENCY)))
    args = parser.parse_args(argv)
    token = os.environ.get("HOTLINE_TOKEN")
    if not token:
        parser.error("HOTLINE_TOKEN is not set")
    api_root = os.environ.get("HOTLINE_TELEGRAM_API", "https://api.telegram.org").rstrip("/")
    return EchoConfig(args.framework, token, api_root, max(1, args.concurrency))


def ptb_application(config: EchoConfig):  # type: ignore[no-untyped-def]
    """Build the python-telegram-bot Application that echoes text and answers button presses."""
    from telegram import Update
    from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Send the text back."""
        message = update.effective_message
        if message is not None and message.text:
            await context.bot.send_message(message.chat_id, message.text)

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer a button press."""
        if update.callback_query is not None:
            await update.callback_query.answer()

    application = (
        Application.builder().token(config.token)
        .base_url(f"{config.api_root}/bot").base_file_url(f"{config.api_root}/file/bot")
        .concurrent_updates(config.concurrency).connection_pool_size(max(8, config.concurrency * 2))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(answer))
    return application


def aiogram_parts(config: EchoConfig):  # type: ignore[no-untyped-def]
    """Build the aiogram Bot and Dispatcher that echo text and answer button presses."""
    from aiogram import Bot, Dispatcher, F
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import CallbackQuery, Message

    session = AiohttpSession(api=TelegramAPIServer.from_base(config.api_root))
    bot = Bot(config.token, session=session)
    dispatcher = Dispatcher()

    async def echo(message: Message) -> None:
        """Send the text back."""
        await message.bot.send_message(message.chat.id, message.text or "")  # type: ignore[union-attr]

    async def answer(query: CallbackQuery) -> None:
        """Answer a button press."""
        await query.answer()

    dispatcher.message.register(echo, F.text)
    dispatcher.callback_query.register(answer)
    return bot, dispatcher


async def run_aiogram(config: EchoConfig) -> None:
    """Poll with aiogram until interrupted."""
    bot, dispatcher = aiogram_parts(config)
    await dispatcher.start_polling(bot, polling_timeout=10, tasks_concurrency_limit=config.concurrency)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the echo bot until SIGINT or SIGTERM."""
    config = parse_config(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if config.framework == "aiogram":
        asyncio.run(run_aiogram(config))
    else:
        ptb_application(config).run_polling(poll_interval=0.0, timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
