"""The bot's @username for invite deep links: asked from the Bot API when a token is set."""

from __future__ import annotations

import os

import httpx

from handlers.settings import Settings


def bot_username(settings: Settings) -> str:
    """getMe through HOTLINE_TELEGRAM_API if HOTLINE_TOKEN is set, else the configured name."""
    token = os.environ.get("HOTLINE_TOKEN", "").strip()
    if token:
        root = (os.environ.get("HOTLINE_TELEGRAM_API") or "https://api.telegram.org").rstrip("/")
        try:
            answer = httpx.get(f"{root}/bot{token}/getMe", timeout=5).json()
            if answer.get("ok"):
                return answer["result"]["username"]
        except (httpx.HTTPError, ValueError, KeyError):
            pass
    return settings.hotline.bot_username
