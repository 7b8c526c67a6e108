"""Message contents a simulated person can send: photos, documents, stickers, voice, places, contacts."""

from __future__ import annotations

from sandbox.files import FileStore, StoredFile, tiny_png
from sandbox.models import UserInfo


def _file(stored: StoredFile) -> dict[str, object]:
    return {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data)}


def _caption(caption: str | None) -> dict[str, object]:
    return {"caption": caption} if caption else {}


def photo(files: FileStore, caption: str | None, data: bytes | None) -> dict[str, object]:
    """Return a photo message body: a thumbnail and a full size, both downloadable."""
    full = files.add(data or tiny_png(32, 24), kind="photo", mime_type="image/png" if data is None else None)
    thumb = files.add(tiny_png(8, 6), kind="photo", mime_type="image/png")
    sizes = [{**_file(thumb), "width": 90, "height": 68}, {**_file(full), "width": 1280, "height": 960}]
    return {"photo": sizes, **_caption(caption)}


def document(files: FileStore, data: bytes, file_name: str, caption: str | None,
             mime_type: str | None) -> dict[str, object]:
    """Return a document message body."""
    stored = files.add(data, kind="document", file_name=file_name, mime_type=mime_type)
    body = {**_file(stored), "file_name": file_name}
    if stored.mime_type:
        body["mime_type"] = stored.mime_type
    return {"document": body, **_caption(caption)}


def sticker(files: FileStore, emoji: str) -> dict[str, object]:
    """Return a regular static sticker message body."""
    stored = files.add(b"RIFF\x00\x00\x00\x00WEBPVP8 ", kind="sticker", mime_type="image/webp")
    return {"sticker": {**_file(stored), "type": "regular", "width": 512, "height": 512,
                        "is_animated": False, "is_video": False, "emoji": emoji,
                        "set_name": "HotlineSandbox"}}


def voice(files: FileStore, duration: int, data: bytes | None) -> dict[str, object]:
    """Return a voice note message body (OGG/Opus)."""
    stored = files.add(data or b"OggS\x00\x02" + bytes(58), kind="voice", mime_type="audio/ogg")
    return {"voice": {**_file(stored), "duration": duration, "mime_type": "audio/ogg"}}


def location(latitude: float, longitude: float) -> dict[str, object]:
    """Return a location message body."""
    return {"location": {"latitude": latitude, "longitude": longitude}}


def contact(user: UserInfo, phone_number: str, first_name: str | None, own: bool) -> dict[str, object]:
    """Return a contact message body; `own` shares the sender's own card (with user_id)."""
    card: dict[str, object] = {"phone_number": phone_number,
                               "first_name": first_name or user.first_name}
    if own:
        card["user_id"] = user.user_id
    return {"contact": card}


def shown(content: dict[str, object]) -> str:
    """Return how a message from a person reads in the transcript."""
    caption = str(content.get("caption", ""))
    if "text" in content:
        return str(content["text"])
    if "photo" in content:
        return f"[图片] {caption}".strip()
    if "document" in content:
        return f"[文件 {content['document']['file_name']}] {caption}".strip()  # type: ignore[index]
    if "sticker" in content:
        return f"[贴纸 {content['sticker']['emoji']}]"  # type: ignore[index]
    if "voice" in content:
        return f"[语音 {content['voice']['duration']}秒]"  # type: ignore[index]
    if "location" in content:
        place = content["location"]
        return f"[位置 {place['latitude']}, {place['longitude']}]"  # type: ignore[index]
    if "contact" in content:
        return f"[联系方式 {content['contact']['phone_number']}]"  # type: ignore[index]
    return "[消息]"
