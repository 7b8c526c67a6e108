"""A simulated person in a private chat with the bot: says things, presses buttons, expects replies."""

from __future__ import annotations

import re

from sandbox import user_media as media
from sandbox.hub import Hub
from sandbox.models import BotMessage, UserInfo
from sandbox.updates import text_content

DEFAULT_PLACE = (39.9, 117.4)


def _compile(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.DOTALL)


class SandboxUser:
    """Drives one person's private chat; every send returns the new update_id."""

    def __init__(self, hub: Hub, info: UserInfo, *, phone_number: str | None = None) -> None:
        self._hub = hub
        self.info = info
        self.phone_number = phone_number or f"+86138{info.user_id % 10**8:08d}"

    @property
    def id(self) -> int:
        """The person's user id, also the private chat id."""
        return self.info.user_id

    @property
    def name(self) -> str:
        """The person's first name."""
        return self.info.first_name

    def _say(self, content: dict[str, object]) -> int:
        return self._hub.user_says(self.id, content, media.shown(content))

    def send(self, text: str) -> int:
        """Send a text message (/commands get bot_command entities)."""
        return self._say(text_content(text))

    def send_photo(self, caption: str | None = None, *, data: bytes | None = None) -> int:
        """Send a picture (a small PNG unless data is given)."""
        return self._say(media.photo(self._hub.files, caption, data))

    def send_document(self, data: bytes, file_name: str, *, caption: str | None = None,
                      mime_type: str | None = None) -> int:
        """Send a file as a document."""
        return self._say(media.document(self._hub.files, data, file_name, caption, mime_type))

    def send_sticker(self, emoji: str = "👍") -> int:
        """Send a sticker."""
        return self._say(media.sticker(self._hub.files, emoji))

    def send_voice(self, duration: int = 3, *, data: bytes | None = None) -> int:
        """Send a voice note."""
        return self._say(media.voice(self._hub.files, duration, data))

    def send_location(self, latitude: float, longitude: float) -> int:
        """Share a location."""
        return self._say(media.location(latitude, longitude))

    def send_contact(self, phone_number: str | None = None, *, first_name: str | None = None,
                     own: bool = True) -> int:
        """Share a contact card (by default the person's own, as a request_contact button does)."""
        card = media.contact(self.info, phone_number or self.phone_number, first_name, own)
        return self._say(card)

    def press(self, text: str, *, message: BotMessage | None = None,
              place: tuple[float, float] = DEFAULT_PLACE) -> int:
        """Press the button with this text on the given or latest bot message that has it."""
        target = self._find_button_message(text, message)
        button = target.button(text)
        assert button is not None
        if button.kind == "callback" and button.callback_data is not None:
            return self._hub.user_presses(self.id, target, button.callback_data, text)
        if button.kind == "reply":
            return self.send(text)
        if button.kind == "contact":
            return self.send_contact()
        if button.kind == "location":
            return self.send_location(*place)
        raise AssertionError(f"button {text!r} is a {button.kind} button ({button.url}); "
                             "pressing it sends nothing to the bot")

    def _find_button_message(self, text: str, message: BotMessage | None) -> BotMessage:
        if message is not None:
            current = self._hub.chats.bot_message(self.id, message.message_id)
            if current is None or current.deleted or current.button(text) is None:
                raise AssertionError(f"message {message.message_id} has no button {text!r} now")
            return current
        reply_keyboard_gone = False  # a later reply keyboard or remove_keyboard replaced it
        for candidate in reversed(self.messages):
            button = None if candidate.deleted else candidate.button(text)
            if button is not None and not (candidate.keyboard == "reply" and reply_keyboard_gone):
                return candidate
            reply_keyboard_gone |= candidate.keyboard in ("reply", "remove")
        raise AssertionError(f"{self.name} has no button {text!r}; received:\n{self._received()}")

    def expect(self, pattern: str | re.Pattern[str], timeout: float = 10.0, *,
               edits: bool = True) -> BotMessage:
        """Consume the next unconsumed bot message or edit (edits=False: messages) matching the regex."""
        return self._take(pattern, timeout, edited=None if edits else False)

    def expect_edit(self, pattern: str | re.Pattern[str], timeout: float = 10.0) -> BotMessage:
        """Wait for an unconsumed edit of a bot message whose new text matches; consume it."""
        return self._take(pattern, timeout, edited=True)

    def _take(self, pattern: str | re.Pattern[str], timeout: float, *,
              edited: bool | None) -> BotMessage:
        compiled = _compile(pattern)
        found = self._hub.chats.take_match(self.id, compiled, edited=edited, timeout=timeout)
        if found is None:
            what = {None: "a message or edit", True: "an edit", False: "a new message"}[edited]
            raise AssertionError(
                f"{self.name} expected {what} matching {compiled.pattern!r} within {timeout}s; "
                f"received:\n{self._received()}")
        return found

    def expect_none(self, within: float = 1.0) -> None:
        """Assert that no new bot message or edit arrives within `within` seconds."""
        before = self._hub.chats.event_count(self.id)
        if self._hub.chats.wait_events(self.id, before, within):
            late = self._hub.chats.events(self.id)[before:]
            texts = "\n".join(f"  {m.text!r}" for m in late)
            raise AssertionError(f"{self.name} expected no message but got:\n{texts}")

    @property
    def messages(self) -> list[BotMessage]:
        """Every bot message to this person so far, as currently seen (edits applied)."""
        return self._hub.chats.messages(self.id)

    def block(self) -> None:
        """Block the bot: sends to this person now fail with 403."""
        self._hub.set_blocked(self.id, True)

    def unblock(self) -> None:
        """Unblock the bot (sending a message also unblocks, as Telegram's Restart does)."""
        self._hub.set_blocked(self.id, False)

    def _received(self) -> str:
        lines = [
            f"  #{m.message_id}{' (edit)' if m.edited else ''}: {m.text!r}"
            + (f" buttons={m.button_texts}" if m.buttons else "")
            for m in self._hub.chats.events(self.id)
        ]
        return "\n".join(lines) or "  (nothing)"
