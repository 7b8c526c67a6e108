"""Normalisation before matching."""
from __future__ import annotations

import pytest

from nlp.normalize import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(("raw", "clean"), [
    ("家裡沒飯吃了", "家里没饭吃了"),                 # traditional → simplified
    ("ＡＢＣ１２３！！！", "abc123!"),               # full-width, repeated punctuation, lower case
    ("救命😭😭😭房子塌了", "救命房子塌了"),             # emoji
    ("没 饭 吃 了", "没饭吃了"),                      # letter-spaced text is joined
    ("没活干 有没有活", "没活干,有没有活"),            # a space between words separates clauses
    ("老伴兒住院了", "老伴住院了"),                   # 儿化 (after t2s)
    ("女儿和儿子", "女儿和儿子"),                     # …but not in 女儿 / 儿子
    ("<b>低保</b>&amp;", "低保 &"),                 # markup (a tag is a space) and entities
    ("a\x00b\u200bc", "abc"),                        # control and zero-width characters
])
def test_normalize(norm, raw, clean):
    assert norm.normalize(raw) == clean


def test_simplified_text_is_not_converted(norm):
    text = "我家低保停发了"
    assert norm.to_simplified(text) is text
