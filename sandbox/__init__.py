"""A Telegram-compatible Bot API sandbox on loopback, and a driver that plays the people."""

from sandbox.async_user import AsyncUser
from sandbox.driver import Sandbox
from sandbox.faults import Faults
from sandbox.models import ApiCall, BotMessage, Button, Callback, Reply, SentFile, TranscriptEntry
from sandbox.user import SandboxUser

__all__ = [
    "ApiCall", "AsyncUser", "BotMessage", "Button", "Callback", "Faults", "Reply", "Sandbox",
    "SandboxUser", "SentFile", "TranscriptEntry",
]
