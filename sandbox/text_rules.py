"""Telegram's rules for message text and captions: parse mode, trimming, length limits."""

from __future__ import annotations

import json

from sandbox.html_check import EntityError, Formatted, parse_html, utf16_len
from sandbox.markdown_check import parse_markdown, parse_markdown_v2
from sandbox.models import bad_request

MAX_TEXT = 4096
MAX_CAPTION = 1024
_PARSERS = {"html": parse_html, "markdownv2": parse_markdown_v2, "markdown": parse_markdown}


def parse_text(text: str, parse_mode: str | None, entities: object = None) -> Formatted:
    """Apply a parse mode (or explicit entities) and trim whitespace like Telegram."""
    mode = (parse_mode or "").strip().lower()
    if mode and mode not in _PARSERS:
        raise bad_request("unsupported parse_mode")
    if mode:
        try:
            parsed = _PARSERS[mode](text)
        except EntityError as err:
            raise bad_request(f"can't parse entities: {err}") from err
    else:
        parsed = Formatted(text, _explicit_entities(entities))
    return _trim(parsed)


def _explicit_entities(raw: object) -> tuple[dict[str, object], ...]:
    if raw in (None, ""):
        return ()
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError as err:
        raise bad_request("can't parse entities JSON object") from err
    if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
        raise bad_request("can't parse entities JSON object")
    return tuple(value)


def _trim(parsed: Formatted) -> Formatted:
    text = parsed.text
    stripped = text.strip()
    if stripped == text:
        return parsed
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    entities = []
    for entity in parsed.entities:
        start = max(0, int(entity["offset"]) - lead)  # type: ignore[call-overload]
        end = min(size, int(entity["offset"]) + int(entity["length"]) - lead)  # type: ignore[call-overload]
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return Formatted(stripped, tuple(entities))


def message_text(text: object, parse_mode: str | None, entities: object = None) -> Formatted:
    """Validate the text of sendMessage/editMessageText: 1..4096 UTF-16 units after parsing."""
    if not isinstance(text, str) or not text:
        raise bad_request("message text is empty")
    parsed = parse_text(text, parse_mode, entities)
    if not parsed.text:
        raise bad_request("message text is empty")
    if utf16_len(parsed.text) > MAX_TEXT:
        raise bad_request("message is too long")
    return parsed


def caption_text(caption: object, parse_mode: str | None, entities: object = None) -> Formatted:
    """Validate a media caption: may be empty, at most 1024 UTF-16 units after parsing."""
    if caption in (None, ""):
        return Formatted("")
    if not isinstance(caption, str):
        raise bad_request("message caption is invalid")
    parsed = parse_text(caption, parse_mode, entities)
    if utf16_len(parsed.text) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return parsed
