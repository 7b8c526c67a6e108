"""Stored files: uploads from the bot and media sent by simulated users, by file_id and path."""

from __future__ import annotations

import mimetypes
import secrets
import struct
import threading
import zlib
from dataclasses import dataclass, field

_FOLDERS = {"photo": "photos", "document": "documents", "voice": "voice", "sticker": "stickers"}


@dataclass(frozen=True)
class StoredFile:
    """One file the sandbox can serve: ids, download path, name, type and bytes."""

    file_id: str
    file_unique_id: str
    file_path: str
    kind: str
    file_name: str | None
    mime_type: str | None
    data: bytes = field(repr=False)

    def file_json(self) -> dict[str, object]:
        """Return the File object answered by getFile."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }


class FileStore:
    """Thread-safe map of file_id and file_path to stored files."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}

    def add(self, data: bytes, *, kind: str, file_name: str | None = None,
            mime_type: str | None = None) -> StoredFile:
        """Store bytes and return the new file's record."""
        if mime_type is None and file_name:
            mime_type = mimetypes.guess_type(file_name)[0]
        unique = secrets.token_urlsafe(12)
        extension = _extension(kind, file_name, mime_type)
        with self._lock:
            number = len(self._by_id)
            stored = StoredFile(
                file_id=f"BQACAgUAAx{kind[:2].upper()}{unique}{number}",
                file_unique_id=f"AQAD{unique[:10]}",
                file_path=f"{_FOLDERS.get(kind, 'documents')}/file_{number}{extension}",
                kind=kind, file_name=file_name, mime_type=mime_type, data=data,
            )
            self._by_id[stored.file_id] = stored
            self._by_path[stored.file_path] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        """Look a file up by its file_id."""
        with self._lock:
            return self._by_id.get(file_id)

    def by_path(self, file_path: str) -> StoredFile | None:
        """Look a file up by its download path."""
        with self._lock:
            return self._by_path.get(file_path)


def _extension(kind: str, file_name: str | None, mime_type: str | None) -> str:
    if file_name and "." in file_name:
        return "." + file_name.rsplit(".", 1)[1]
    defaults = {"photo": ".jpg", "voice": ".oga", "sticker": ".webp"}
    guessed = mimetypes.guess_extension(mime_type) if mime_type else None
    return guessed or defaults.get(kind) or ""


def tiny_png(width: int = 4, height: int = 4) -> bytes:
    """Return a small valid grey PNG, the default picture simulated users send."""
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))
