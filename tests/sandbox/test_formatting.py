"""Telegram's HTML and MarkdownV2 parse modes as the sandbox applies them (TDLib's messages)."""

from __future__ import annotations

import pytest

from sandbox.html_check import EntityError, parse_html, utf16_len
from sandbox.markdown_check import parse_markdown, parse_markdown_v2
from sandbox.models import ApiError
from sandbox.text_rules import caption_text, message_text


@pytest.mark.parametrize(("html", "message"), [
    ("<br>", 'Unsupported start tag "br" at byte offset 0'),
    ("a < b", 'Unsupported start tag "" at byte offset 2'),
    ("x <b", "Unclosed start tag at byte offset 2"),
    ("<a href", 'Unclosed start tag "a" at byte offset 0'),
    ('<a href="x"', "Unclosed start tag at byte offset 0"),
    ('<a ="x">y</a>', 'Empty attribute name in the tag "a" at byte offset 0'),
    ("<a href=x/>y</a>", "Unexpected end of name token at byte offset 8"),
    ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ("x</b>", "Unexpected end tag at byte offset 1"),
    ("<b>x</b", "Unclosed end tag at byte offset 4"),
    ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
    ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
    ("房子<b>塌", 'Can\'t find end tag corresponding to start tag "b"'),
    ("房 <p>", 'Unsupported start tag "p" at byte offset 4'),
    ('<tg-emoji emoji-id="x">y</tg-emoji>', "Invalid custom emoji identifier specified"),
])
def test_html_refused_like_telegram(html: str, message: str) -> None:
    with pytest.raises(EntityError) as caught:
        parse_html(html)
    assert str(caught.value) == message


def test_html_entities_and_offsets_in_utf16() -> None:
    parsed = parse_html('😀 <b>粗</b> &lt;&amp;&gt;&quot;&#20320;&#x597D; &nbsp; <a href="https://x.org">链</a>')
    assert parsed.text == '😀 粗 <&>"你好 &nbsp; 链'
    assert parsed.entities == (
        {"type": "bold", "offset": 3, "length": 1},
        {"type": "text_link", "offset": 19, "length": 1, "url": "https://x.org"},
    )


def test_html_supported_tags() -> None:
    html = ("<b>1</b><strong>2</strong><i>3</i><em>4</em><u>5</u><ins>6</ins><s>7</s><strike>8</strike>"
            "<del>9</del><tg-spoiler>a</tg-spoiler><span class=\"tg-spoiler\">b</span><code>c</code>"
            "<pre><code class=\"language-python\">d</code></pre><blockquote>e</blockquote>"
            "<blockquote expandable>f</blockquote>")
    parsed = parse_html(html)
    assert parsed.text == "123456789abcdef"
    kinds = [e["type"] for e in parsed.entities]
    assert kinds == ["bold", "bold", "italic", "italic", "underline", "underline", "strikethrough",
                     "strikethrough", "strikethrough", "spoiler", "spoiler", "code", "pre",
                     "blockquote", "expandable_blockquote"]
    assert parsed.entities[12]["language"] == "python"


def test_text_limits_count_utf16_after_parsing() -> None:
    assert utf16_len("😀a") == 3
    assert message_text("<b>" + "a" * 4096 + "</b>", "HTML").text == "a" * 4096
    with pytest.raises(ApiError, match="message is too long"):
        message_text("😀" * 2049, None)
    with pytest.raises(ApiError, match="message text is empty"):
        message_text("  <i> </i> ", "HTML")
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        message_text("x", "BBCode")
    assert caption_text(None, "HTML").text == ""
    with pytest.raises(ApiError, match="message caption is too long"):
        caption_text("字" * 1025, None)


def test_trimming_shifts_entities() -> None:
    parsed = message_text("\n  <b>粗</b> 细 \n", "HTML")
    assert parsed.text == "粗 细"
    assert parsed.entities == ({"type": "bold", "offset": 0, "length": 1},)


@pytest.mark.parametrize(("text", "message"), [
    ("1.5", "Character '.' is reserved and must be escaped with the preceding '\\'"),
    ("*粗", "Can't find end of Bold entity at byte offset 0"),
    ("a_b", "Can't find end of Italic entity at byte offset 1"),
    ("[链](http://x.org", "Can't find end of a URL at byte offset 6"),
])
def test_markdown_v2_refused_like_telegram(text: str, message: str) -> None:
    with pytest.raises(EntityError) as caught:
        parse_markdown_v2(text)
    assert str(caught.value) == message


def test_markdown_v2_entities() -> None:
    parsed = parse_markdown_v2("*粗* _斜_ __下__ ~删~ ||隐|| `码` [链](http://x.org) 1\\.5\n```python\nx\n```")
    assert parsed.text == "粗 斜 下 删 隐 码 链 1.5\nx\n"
    kinds = [(e["type"], e["offset"]) for e in parsed.entities]
    assert kinds == [("bold", 0), ("italic", 2), ("underline", 4), ("strikethrough", 6),
                     ("spoiler", 8), ("code", 10), ("text_link", 12), ("pre", 18)]
    assert parsed.entities[-1]["language"] == "python"


def test_legacy_markdown() -> None:
    assert parse_markdown("*粗* [链](http://x.org)").entities == (
        {"type": "bold", "offset": 0, "length": 1},
        {"type": "text_link", "offset": 2, "length": 1, "url": "http://x.org"},
    )
    with pytest.raises(EntityError, match="Can't find end of the entity starting at byte offset 0"):
        parse_markdown("*粗")
