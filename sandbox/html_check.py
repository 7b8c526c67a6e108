"""Telegram's HTML parse mode, ported from TDLib's parser: same tags, entities and errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "tg-spoiler": "spoiler", "span": "spoiler", "a": "text_link",
    "code": "code", "pre": "pre", "blockquote": "blockquote", "tg-emoji": "custom_emoji",
    "tg-time": "",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPECIAL = re.compile(r"[&<]")
_TAG_NAME = re.compile(r"[^\s>]*")
_ATTR_NAME = re.compile(r"[^\s=>/\"']*")
_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")
_SPACES = re.compile(r"\s*")
_HEX = re.compile(r"[0-9a-fA-F]*")
_DIGITS = re.compile(r"[0-9]*")
_LETTERS = re.compile(r"[A-Za-z]*")


class EntityError(ValueError):
    """Text that Telegram would refuse with "can't parse entities: ..."."""


@dataclass(frozen=True)
class Formatted:
    """Plain text after parsing plus Telegram message entities (offsets in UTF-16 units)."""

    text: str
    entities: tuple[dict[str, object], ...] = field(default=())


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    chunk: int


def utf16_len(text: str) -> int:
    """Count UTF-16 code units, the unit of Telegram offsets and length limits."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode an HTML character reference at pos like TDLib; None keeps '&' literally."""
    end = pos + 1
    if text.startswith("#", end):
        end += 1
        hexa = text.startswith("x", end)
        end += hexa
        digits = (_HEX if hexa else _DIGITS).match(text, end).group()
        end += len(digits)
        value = int(digits, 16 if hexa else 10) if digits else 0
        if value == 0 or value >= 0x10FFFF or 0xD800 <= value <= 0xDFFF:
            return None
        char = chr(value)
    else:
        name = _LETTERS.match(text, end).group()
        end += len(name)
        if name not in _NAMED:
            return None
        char = _NAMED[name]
    return char, end + 1 if text.startswith(";", end) else end


def parse_html(text: str) -> Formatted:
    """Parse Telegram HTML into plain text and entities, or raise EntityError."""
    out: list[str] = []
    stack: list[_Open] = []
    entities: list[dict[str, object]] = []
    offset, i, n = 0, 0, len(text)
    while i < n:
        found = _SPECIAL.search(text, i)
        stop = found.start() if found else n
        if stop > i:
            out.append(text[i:stop])
            offset += utf16_len(text[i:stop])
            i = stop
            continue
        if text[i] == "&":
            decoded = decode_entity(text, i)
            char, i = decoded if decoded else ("&", i + 1)
            out.append(char)
            offset += utf16_len(char)
        elif text.startswith("</", i):
            i = _close_tag(text, i, stack, entities, offset, out)
        else:
            i, opened = _open_tag(text, i)
            stack.append(_Open(opened[0], opened[1], offset, len(out)))
    if stack:
        raise EntityError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    return Formatted("".join(out), _finish(entities))


def _finish(entities: list[dict[str, object]]) -> tuple[dict[str, object], ...]:
    cleaned = [
        {k: v for k, v in e.items() if not (e["type"] == "code" and k == "language")}
        for e in entities
    ]
    return sort_entities(cleaned)


def sort_entities(entities: list[dict[str, object]]) -> tuple[dict[str, object], ...]:
    """Order entities as Telegram does: by offset, longer first."""
    return tuple(sorted(entities, key=lambda e: (int(str(e["offset"])), -int(str(e["length"])))))


def _open_tag(text: str, begin: int) -> tuple[int, tuple[str, str]]:
    i = begin + 1
    tag = _TAG_NAME.match(text, i).group().lower()
    i += len(tag)
    if i >= len(text):
        raise EntityError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
    if tag not in _TAG_TYPES:
        raise EntityError(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(text, begin)}')
    argument = ""
    while True:
        i = _SPACES.match(text, i).end()
        if i >= len(text):
            raise EntityError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        if text[i] == ">":
            break
        name = _ATTR_NAME.match(text, i).group().lower()
        i = _SPACES.match(text, i + len(name)).end()
        if not name:
            raise EntityError(
                f'Empty attribute name in the tag "{tag}" at byte offset {_byte_offset(text, begin)}'
            )
        if i >= len(text):
            raise EntityError(f'Unclosed start tag "{tag}" at byte offset {_byte_offset(text, begin)}')
        if not text.startswith("=", i):
            argument = "expandable" if (tag, name) == ("blockquote", "expandable") else argument
            continue
        value, i = _attribute_value(text, _SPACES.match(text, i + 1).end(), tag, begin)
        if i >= len(text):
            raise EntityError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        argument = _argument(tag, name, value) or argument
    if tag == "span" and argument != "spoiler":
        raise EntityError(
            f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(text, begin)}'
        )
    return i + 1, (tag, argument)


def _attribute_value(text: str, i: int, tag: str, begin: int) -> tuple[str, int]:
    if i >= len(text):
        raise EntityError(f'Unclosed start tag "{tag}" at byte offset {_byte_offset(text, begin)}')
    quote = text[i]
    if quote not in "'\"":
        token = _TOKEN.match(text, i).group()
        end = i + len(token)
        if end < len(text) and not (text[end].isspace() or text[end] == ">"):
            raise EntityError(f"Unexpected end of name token at byte offset {_byte_offset(text, i)}")
        return token.lower(), end
    chars: list[str] = []
    i += 1
    while i < len(text) and text[i] != quote:
        decoded = decode_entity(text, i) if text[i] == "&" else None
        char, i = decoded if decoded else (text[i], i + 1)
        chars.append(char)
    return "".join(chars), i + 1


def _argument(tag: str, name: str, value: str) -> str:
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-"):]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-"):]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    if tag == "blockquote" and name == "expandable":
        return "expandable"
    return ""


def _close_tag(
    text: str, begin: int, stack: list[_Open], entities: list[dict[str, object]], offset: int,
    out: list[str],
) -> int:
    if not stack:
        raise EntityError(f"Unexpected end tag at byte offset {_byte_offset(text, begin)}")
    name = _TAG_NAME.match(text, begin + 2).group()
    i = _SPACES.match(text, begin + 2 + len(name)).end()
    if i >= len(text) or text[i] != ">":
        raise EntityError(f"Unclosed end tag at byte offset {_byte_offset(text, begin)}")
    opened = stack.pop()
    if name and name.lower() != opened.tag:
        raise EntityError(
            f'Unmatched end tag at byte offset {_byte_offset(text, begin)}, '
            f'expected "</{opened.tag}>", found "</{name}>"'
        )
    entity = _entity(opened, offset, "".join(out[opened.chunk:]))
    if entity is not None:
        _merge_pre_code(entity, entities)
    return i + 1


def _entity(opened: _Open, end: int, inner: str) -> dict[str, object] | None:
    length = end - opened.offset
    kind = _TAG_TYPES[opened.tag]
    if length <= 0 or not kind:
        return None
    entity: dict[str, object] = {"type": kind, "offset": opened.offset, "length": length}
    if kind == "custom_emoji":
        if not opened.argument.isdigit() or int(opened.argument) <= 0:
            raise EntityError("Invalid custom emoji identifier specified")
        entity["custom_emoji_id"] = opened.argument
    elif kind == "text_link":
        url = _check_url(opened.argument or inner)
        if url is None:
            return None
        entity["url"] = url
    elif kind == "blockquote" and opened.argument:
        entity["type"] = "expandable_blockquote"
    elif kind == "code" and opened.argument:
        entity["language"] = opened.argument
    return entity


def _merge_pre_code(entity: dict[str, object], entities: list[dict[str, object]]) -> None:
    last = entities[-1] if entities else None
    if entity["type"] == "pre" and last is not None and last["type"] == "code" and (
        last["offset"], last["length"]) == (entity["offset"], entity["length"]):
        entities.pop()
        if "language" in last:
            entity["language"] = last["language"]
    entities.append(entity)


def _check_url(url: str) -> str | None:
    url = url.strip()
    if not url or any(ch.isspace() for ch in url):
        return None
    if "://" not in url and not url.startswith("tg:"):
        url = "http://" + url
    scheme = url.split(":", 1)[0].lower()
    return url if scheme in {"http", "https", "tg", "ftp", "mailto"} else None
