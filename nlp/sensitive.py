"""ID-card and phone numbers in free text: find them (offsets in the original text) and mask them.

* ID card: 18 characters, 17 digits and a check character (digit or X), as
  one run or grouped 6-8-4 / 6-4-4-4 / 4-4-4-4-2 (read off the card in fours: as a landline, 14 of its 18 digits
  had stayed on screen) by single spaces or hyphens.  ``valid``
  means the GB 11643-1999 check character is right AND the birth date is a
  real date between 1900 and today AND the first two digits are a province
  code.  An 18-digit run that fails is still reported (valid=False) and masked:
  it is probably a mistyped ID, and masking costs nothing.
* Phone: mainland mobile numbers (1[3-9]x, 11 digits, optional +86 / 86,
  3-4-4 grouping by spaces, hyphens or dots), landlines with an area code (010 / 02x / 0xxx, optional
  parentheses or separator, 7-8 digit local number), and a bare 7-8 digit local
  number right after a phone word (电话/座机/联系...).
Full-width digits count (they are read through a 1:1 half-width map, so the
offsets stay those of the original text), and so do Chinese numerals in a run of seven or more
(「一三九一二三四五六七八」, 幺 for 一 as it is said on the phone): such a run is a number read out, not words.  Runs of digits longer than these
(bank cards, order numbers) are left alone.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from nlp.normalize import FULLWIDTH_TO_ASCII, to_halfwidth

_ID_RE = re.compile(
    r"(?<![0-9])(?:\d{17}[0-9Xx]|\d{6}([ -])\d{8}\1\d{3}[0-9Xx]|\d{6}([ -])\d{4}\2\d{4}\2\d{3}[0-9Xx]"
    r"|\d{4}([ -])\d{4}\3\d{4}\3\d{4}\3\d[0-9Xx])(?![0-9A-Za-z])"
)
_MOBILE_RE = re.compile(r"(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])"
                        r"|(?<![0-9])(?<![0-9]\.)1[3-9]\d\.\d{4}\.\d{4}(?![0-9]|\.[0-9])")  # 139.1234.5678, not a decimal
_CN_DIGITS = str.maketrans("零〇一二三四五六七八九幺", "001234567891")
_CN_RUN = re.compile(r"[零〇一二三四五六七八九幺][零〇一二三四五六七八九幺 -]{6,}")
_LANDLINE_RE = re.compile(r"(?<![0-9])(?:\(0\d{2,3}\)|0\d{2,3})[ -]?[2-9]\d{2,3}[ -]?\d{4}(?![0-9])")
_LOCAL_RE = re.compile(r"(?:电话|座机|固话|联系|致电|打|tel|TEL|Tel)[^0-9\n]{0,6}?(?<![0-9])([2-9]\d{2,3}[ -]?\d{4})(?![0-9])")

_THREE_DIGITS = re.compile(r"\d\d\d")  # what every pattern above contains (\d as they use it: any Unicode digit)

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 91".split()
)


@dataclass(frozen=True)
class SensitiveSpan:
    """An ID-card or phone number found in a text."""

    kind: str  # "id_card" | "phone"
    start: int  # offsets in the ORIGINAL text
    end: int
    text: str
    valid: bool  # id_card: check digit, date and province ok; phone: True


def _digits(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isdigit() or ch in "Xx").upper()


def _ascii(s: str) -> str:
    return s.translate(FULLWIDTH_TO_ASCII).translate(_CN_DIGITS)


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def id_is_valid(number: str) -> bool:
    """True if *number* (18 chars) has a right check character, birth date and province."""
    n = number.upper()
    if len(n) != 18 or not n[:17].isdigit() or n[:2] not in _PROVINCES:
        return False
    try:
        born = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today() and id_check_char(n[:17]) == n[17]


def _overlaps(start: int, end: int, taken: Iterable[SensitiveSpan]) -> bool:
    return any(start < s.end and s.start < end for s in taken)


def find_sensitive(text: str) -> tuple[SensitiveSpan, ...]:
    """All ID-card and phone spans in *text*, in order of position."""
    if not isinstance(text, str) or not text:
        return ()
    probe = to_halfwidth(text)  # same length, ASCII digits
    if _CN_RUN.search(probe):
        probe = _CN_RUN.sub(lambda m: m.group().translate(_CN_DIGITS), probe)
    if _THREE_DIGITS.search(probe) is None:
        return ()  # every pattern below needs three digits in a row
    spans: list[SensitiveSpan] = []
    for m in _ID_RE.finditer(probe):
        spans.append(SensitiveSpan("id_card", m.start(), m.end(), text[m.start():m.end()], id_is_valid(_digits(m.group()))))
    for regex, group in ((_MOBILE_RE, 0), (_LANDLINE_RE, 0), (_LOCAL_RE, 1)):
        for m in regex.finditer(probe):
            start, end = m.span(group)
            if not _overlaps(start, end, spans):
                spans.append(SensitiveSpan("phone", start, end, text[start:end], True))
    return tuple(sorted(spans, key=lambda s: s.start))


def mask_span(span: SensitiveSpan) -> str:
    """The masked form of one span: 120225********1234, 138****5678, 022-****2345."""
    digits = _digits(span.text)
    if span.kind == "id_card":
        return digits[:6] + "*" * 8 + digits[-4:]
    raw = _ascii(span.text)
    mobile = re.search(r"1[3-9]\d(?:[ .-]?\d{4}){2}$", raw)
    if mobile and not raw.lstrip("(").startswith("0"):
        prefix = raw[: mobile.start()]
        core = _digits(mobile.group())
        return prefix + core[:3] + "****" + core[-4:]
    digits = digits.removeprefix("86") if raw.startswith(("+86", "86")) else digits
    area_len = 0
    if digits.startswith("0"):
        area_len = 3 if digits[1] in "12" else 4  # 010 and 02x are 3 digits, others 4
    area, local = digits[:area_len], digits[area_len:]
    keep = 4 if len(local) >= 8 else 3
    return (f"{area}-" if area else "") + "*" * (len(local) - keep) + local[-keep:]


def mask(text: str, spans: Iterable[SensitiveSpan] | None = None) -> str:
    """*text* with every sensitive span masked (spans computed when not given)."""
    chosen = find_sensitive(text) if spans is None else tuple(spans)
    out: list[str] = []
    pos = 0
    for span in sorted(chosen, key=lambda s: s.start):
        if span.start < pos:
            continue  # overlapping span given by the caller: already masked
        out.append(text[pos:span.start])
        out.append(mask_span(span))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
