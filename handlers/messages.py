"""The neutral message pair: what an adapter hands the core, and what the core answers."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Button:
    """An inline button; `data` is at most 64 bytes (Telegram's limit)."""

    text: str
    data: str


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Media:
    """A file a person sent: photo, sticker, voice, video, document …"""

    kind: str
    file_id: str


@dataclass(frozen=True)
class Incoming:
    """One update from a person: a message (text, media, location, contact) or a button press."""

    update_id: int
    user_id: int
    chat_id: int
    at: datetime
    name: str = ""
    text: str = ""
    message_id: int | None = None
    callback_id: str | None = None
    callback_data: str | None = None
    media: Media | None = None
    location: Location | None = None
    contact_phone: str | None = None

    @property
    def is_button(self) -> bool:
        return self.callback_data is not None

    def command(self) -> tuple[str, tuple[str, ...]] | None:
        """('/name', args) when the text is a bot command, else None."""
        text = self.text.strip()
        if not text.startswith("/") or len(text) < 2:
            return None
        head, *args = text.split()
        return head.split("@", 1)[0].lower(), tuple(args)

    def to_json(self) -> str:
        data = dict(self.__dict__)  # shallow: asdict's deep copy cost more than the JSON (every update is stored)
        data["at"] = self.at.isoformat()
        data["media"] = asdict(self.media) if self.media else None
        data["location"] = asdict(self.location) if self.location else None
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Incoming:
        data = json.loads(text)
        data["at"] = datetime.fromisoformat(data["at"])
        data["media"] = Media(**data["media"]) if data.get("media") else None
        data["location"] = Location(**data["location"]) if data.get("location") else None
        return cls(**data)


@dataclass(frozen=True)
class Document:
    """A file to send (a ledger spreadsheet): its name and its bytes, base64 for the outbox."""

    name: str
    content_b64: str

    @classmethod
    def of(cls, name: str, content: bytes) -> Document:
        return cls(name, base64.b64encode(content).decode("ascii"))

    @property
    def content(self) -> bytes:
        return base64.b64decode(self.content_b64)


@dataclass(frozen=True)
class Outgoing:
    """A message to send: HTML text (user text already escaped), rows of buttons, maybe a document."""

    chat_id: int
    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default_factory=tuple)
    document: Document | None = None

    def to_json(self) -> str:
        buttons = [[{"text": button.text, "data": button.data} for button in row] for row in self.buttons]
        document = asdict(self.document) if self.document else None
        return json.dumps({"chat_id": self.chat_id, "text": self.text, "buttons": buttons, "document": document},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Outgoing:
        data = json.loads(text)
        rows = tuple(tuple(Button(**button) for button in row) for row in data.get("buttons", ()))
        document = Document(**data["document"]) if data.get("document") else None
        return cls(chat_id=data["chat_id"], text=data["text"], buttons=rows, document=document)


@dataclass(frozen=True)
class Delivery:
    """An Outgoing stored in the outbox, with the id the adapter reports back on."""

    outbox_id: int
    message: Outgoing
