"""Telegram's MarkdownV2 and legacy Markdown parse modes, after TDLib's parsers (no blockquotes)."""

from __future__ import annotations

from dataclasses import dataclass

from sandbox.html_check import EntityError, Formatted, sort_entities, utf16_len

_RESERVED = "_*[]()~`>#+-=|{}.!"
_NAMES = {
    "bold": "Bold", "italic": "Italic", "underline": "Underline", "strikethrough": "Strikethrough",
    "spoiler": "Spoiler", "code": "Code", "pre": "Pre", "text_link": "TextUrl",
}


@dataclass
class _Open:
    kind: str
    offset: int
    byte_offset: int
    text_start: int
    language: str = ""


def _reserved(char: str) -> EntityError:
    return EntityError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")


def _closes(top: _Open, text: str, i: int) -> bool:
    c, ahead = text[i], text[i + 1: i + 3]
    return {
        "bold": c == "*", "italic": c == "_" and not ahead.startswith("_"),
        "underline": c == "_" and ahead.startswith("_"), "strikethrough": c == "~",
        "spoiler": c == "|" and ahead.startswith("|"), "code": c == "`",
        "pre": c == "`" and ahead == "``", "text_link": c == "]",
    }[top.kind]


def _opening(text: str, i: int) -> tuple[str, int, str]:
    c, ahead = text[i], text[i + 1: i + 3]
    if c == "_":
        return ("underline", i + 2, "") if ahead.startswith("_") else ("italic", i + 1, "")
    simple = {"*": "bold", "~": "strikethrough", "[": "text_link"}
    if c in simple:
        return simple[c], i + 1, ""
    if c == "|" and ahead.startswith("|"):
        return "spoiler", i + 2, ""
    if c == "`" and ahead == "``":
        return _pre_start(text, i + 3)
    if c == "`":
        return "code", i + 1, ""
    raise _reserved(c)


def _pre_start(text: str, i: int) -> tuple[str, int, str]:
    end = i
    while end < len(text) and not text[end].isspace() and text[end] != "`":
        end += 1
    language = ""
    if end != i and end < len(text) and text[end] != "`":
        language, i = text[i:end], end
    if text[i: i + 1] in ("\n", "\r"):
        i += 2 if text[i + 1: i + 2] in ("\n", "\r") and text[i + 1] != text[i] else 1
    return "pre", i, language


def parse_markdown_v2(text: str) -> Formatted:
    """Parse MarkdownV2 into plain text and entities, or raise EntityError."""
    out: list[str] = []
    stack: list[_Open] = []
    entities: list[dict[str, object]] = []
    offset, i = 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and 0 < ord(text[i + 1]) <= 126:
            out.append(text[i + 1])
            offset, i = offset + 1, i + 2
            continue
        reserved = "`" if stack and stack[-1].kind in ("code", "pre") else _RESERVED
        if c not in reserved:
            out.append(c)
            offset, i = offset + utf16_len(c), i + 1
            continue
        if stack and _closes(stack[-1], text, i):
            i = _close(text, i, stack.pop(), out, offset, entities)
            continue
        kind, after, language = _opening(text, i)
        stack.append(_Open(kind, offset, len(text[:i].encode()), len("".join(out)), language))
        i = after
    if stack:
        top = stack[-1]
        name = _NAMES[top.kind]
        raise EntityError(f"Can't find end of {name} entity at byte offset {top.byte_offset}")
    return Formatted("".join(out), sort_entities(entities))


def _close(
    text: str, i: int, top: _Open, out: list[str], offset: int, entities: list[dict[str, object]]
) -> int:
    step = {"underline": 2, "spoiler": 2, "pre": 3}.get(top.kind, 1)
    entity: dict[str, object] = {"type": top.kind, "offset": top.offset, "length": offset - top.offset}
    i += step
    if top.kind == "pre" and top.language:
        entity["language"] = top.language
    if top.kind == "text_link":
        if text.startswith("(", i):
            url, i = _url(text, i + 1)
        else:
            url = "".join(out)[top.text_start:]
        entity["url"] = url
    if entity["length"] and (top.kind != "text_link" or entity["url"]):
        entities.append(entity)
    return i


def _url(text: str, i: int) -> tuple[str, int]:
    begin, chars = i, []
    while i < len(text) and text[i] != ")":
        if text[i] == "\\" and i + 1 < len(text) and 0 < ord(text[i + 1]) <= 126:
            chars.append(text[i + 1])
            i += 2
            continue
        chars.append(text[i])
        i += 1
    if i >= len(text):
        raise EntityError(f"Can't find end of a URL at byte offset {len(text[:begin].encode())}")
    return "".join(chars), i + 1


def parse_markdown(text: str) -> Formatted:
    """Parse legacy Markdown (*bold* _italic_ `code` ```pre``` [text](url)) or raise EntityError."""
    out: list[str] = []
    entities: list[dict[str, object]] = []
    offset, i = 0, 0
    kinds = {"*": "bold", "_": "italic", "`": "code", "[": "text_link"}
    while i < len(text):
        c = text[i]
        if c == "\\" and text[i + 1: i + 2] in ("_", "*", "`", "["):
            out.append(text[i + 1])
            offset, i = offset + 1, i + 2
            continue
        if c not in kinds:
            out.append(c)
            offset, i = offset + utf16_len(c), i + 1
            continue
        kind, end_char, start = kinds[c], "]" if c == "[" else c, i
        if text.startswith("```", i):
            kind, end_char, i = "pre", "```", i + 2
        close = text.find(end_char, i + 1)
        if close < 0:
            raise EntityError(
                f"Can't find end of the entity starting at byte offset {len(text[:start].encode())}"
            )
        inner = text[i + 1: close]
        entity: dict[str, object] = {"type": kind, "offset": offset, "length": utf16_len(inner)}
        i = close + len(end_char)
        if kind == "text_link":
            url_end = text.find(")", i) if text.startswith("(", i) else -1
            entity["url"], i = (text[i + 1: url_end], url_end + 1) if url_end > 0 else (inner, i)
        if inner:
            entities.append(entity)
        out.append(inner)
        offset += utf16_len(inner)
    return Formatted("".join(out), tuple(entities))
