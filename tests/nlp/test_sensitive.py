"""ID-card and phone spans: GB 11643 check digit, phone forms, offsets, masking."""
from __future__ import annotations

import pytest

from nlp.sensitive import find_sensitive, id_check_char, id_is_valid, mask

VALID_ID = "12022519800101123" + id_check_char("12022519800101123")


def wrong_check(number: str) -> str:
    return number[:17] + ("0" if number[17] != "0" else "1")


def test_check_digit_matches_the_standard_example():
    # GB 11643-1999 appendix example: 11010519491231002X
    assert id_check_char("11010519491231002") == "X"
    assert id_is_valid("11010519491231002X") and id_is_valid("11010519491231002x")


def test_valid_and_invalid_ids_are_told_apart():
    text = f"身份证{VALID_ID}，抄错了一位{wrong_check(VALID_ID)}"
    spans = find_sensitive(text)
    assert [(s.kind, s.valid) for s in spans] == [("id_card", True), ("id_card", False)]


@pytest.mark.parametrize("number", ["120225198013011234", "990225198001011230", "120225203001011235"])
def test_impossible_date_or_province_is_invalid(number):
    fixed = number[:17] + id_check_char(number[:17])
    assert not id_is_valid(fixed)


def test_spans_are_offsets_in_the_original_text_even_with_full_width_digits():
    full = VALID_ID.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    text = f"号码：{full} 谢谢"
    (span,) = find_sensitive(text)
    assert span.text == full and text[span.start:span.end] == full and span.valid


def test_grouped_id_is_found():
    grouped = f"{VALID_ID[:6]} {VALID_ID[6:14]} {VALID_ID[14:]}"
    (span,) = find_sensitive(f"身份证号 {grouped}")
    assert span.kind == "id_card" and span.valid


@pytest.mark.parametrize("sep", [" ", "-"])
def test_an_id_read_off_the_card_in_fours_is_one_id_and_masked_whole(sep):
    """Grouped 4-4-4-4-2 it was taken for a landline (0519 4912 3100), and 14 of its 18 digits stayed on screen."""
    fours = sep.join(VALID_ID[i:i + 4] for i in range(0, 18, 4))
    (span,) = find_sensitive(f"身份证 {fours}")
    assert (span.kind, span.valid, span.text) == ("id_card", True, fours)
    assert mask(f"身份证 {fours}") == f"身份证 {VALID_ID[:6]}********{VALID_ID[-4:]}"


@pytest.mark.parametrize("phone", ["13812345678", "138-1234-5678", "138 1234 5678", "+86 13812345678",
                                   "022-29142345", "(022)29142345", "0315-5551234", "02229142345"])
def test_phone_forms(phone):
    (span,) = find_sensitive(f"联系我 {phone} 谢谢")
    assert span.kind == "phone" and span.text == phone and span.valid


@pytest.mark.parametrize(("text", "masked"), [
    ("电话139.1234.5678", "电话139****5678"),  # grouped by dots, as some phones display it
    ("Tel.139.1234.5678", "Tel.139****5678"),
    # read out in Chinese numerals (幺 for 一, as said on the phone), spaced or not: the offsets stay the original's
    ("我的电话是一三九一二三四五六七八，谢谢", "我的电话是139****5678，谢谢"),
    ("打幺三八 幺二三四 五六七八找我", "打138****5678找我"),
    ("身份证" + VALID_ID.translate(str.maketrans("0123456789", "零一二三四五六七八九")),
     f"身份证{VALID_ID[:6]}********{VALID_ID[-4:]}"),
    # ... and nothing that only looks like one
    ("价格是139.12元，3.139.1234.5678，139.1234.5678.9", None),
    ("一九四九年十月一日，三三两两，一二三四五六", None),
])
def test_phones_in_dots_or_chinese_numerals_are_masked(text, masked):
    """Before, 139.1234.5678 and 一三九一二三四五六七八 stayed whole in the masked text staff see and the database keeps."""
    assert mask(text) == (masked or text)


def test_local_number_needs_a_phone_word():
    assert [s.text for s in find_sensitive("座机：2914 2345")] == ["2914 2345"]
    assert find_sensitive("今年收入29142345元") == ()


def test_long_digit_runs_are_not_ids_or_phones():
    assert find_sensitive("银行卡号6222021234567890123") == ()
    assert find_sensitive("订单2019103113812345678999") == ()


def test_masks():
    text = f"身份证{VALID_ID}，手机13812345678，座机022-29142345"
    assert mask(text) == f"身份证{VALID_ID[:6]}********{VALID_ID[-4:]}，手机138****5678，座机022-****2345"


def test_mask_uses_given_spans_and_leaves_the_rest():
    text = "电话13812345678和13987654321"
    first = find_sensitive(text)[:1]
    assert mask(text, first) == "电话138****5678和13987654321"


@pytest.mark.parametrize("junk", ["", "\x00\x01", "１" * 40, "1" * 10_000, "\ud800", "<b>13812345678</b>"])
def test_never_raises(junk):
    mask(junk)
