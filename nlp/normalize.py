"""Text normalisation: every rule matches against the same cleaned, simplified text.

Steps, in order: drop control / zero-width / surrogate characters, full-width
forms to half-width, HTML entities and tags out, emoji turned into spaces (people
use them as punctuation: 「没饭吃了😭孩子饿得直哭」), traditional to simplified
characters (OpenCC tw2s, only when a traditional character is present: the
pure-Python converter is slow and most messages are already simplified; tw2s
rather than t2s because it also folds Taiwan's forms, 「活著」「看著辦」, which t2s
leaves as 著), regional written forms read as Mandarin (莫得 → 没得; Cantonese
冇嘢食 → 没东西吃; nlp/lexicon/dialect.toml), repeated punctuation collapsed, spaces
between Chinese words turned into a clause break (「没活干 有没有活」) unless the text
is letter-spaced (「没 饭 吃」, joined) or word-spaced as sign-language glosses are
(「桥 下面 人 躺 一个」, joined), clause breaks restored in a long run without punctuation (voice input,
old people's typing: 「…平时是我妈照顾我妈今天凌晨去世了…」 gets a break before
今天, so that 平时 no longer speaks for it), a one-digit count written as the lexicon
writes it (断了2天 → 断了两天), 儿化 removed (老伴儿 → 老伴), pinyin-input slips that are never a word fixed
(以经 → 已经, 再家 → 在家), ASCII lower-cased. Offsets are NOT preserved; sensitive spans are found on the
original text (see sensitive.py).
"""
from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path

import opencc

DIALECT = Path(__file__).parent / "lexicon" / "dialect.toml"

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space map 1:1 to ASCII.
FULLWIDTH_TO_ASCII: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FULLWIDTH_TO_ASCII[0x3000] = 0x20
_FULLWIDTH = frozenset(map(chr, FULLWIDTH_TO_ASCII))


def to_halfwidth(text: str) -> str:
    """``text.translate(FULLWIDTH_TO_ASCII)``, faster: only the few full-width characters present are replaced.

    (``translate`` looks every character up in the dict, ~1 µs per 10 characters of Chinese; the
    replacements are independent, since no ASCII character is full-width.)"""
    for ch in _FULLWIDTH.intersection(text):
        text = text.replace(ch, chr(FULLWIDTH_TO_ASCII[ord(ch)]))
    return text

_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ud800-\udfff]")
_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)[!-~]+", re.IGNORECASE)
_TAG = re.compile(r"<[^<>\n]{0,200}>")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U0001fc00-\U0001ffff\u2600-\u27bf\u2b00-\u2bff"
    "\ufe00-\ufe0f\u20e3\U000e0000-\U000e007f]"
)
_PUNCT = "!?。,.~…;、:·—-"
_REPEATED_PUNCT = re.compile(rf"([{re.escape(_PUNCT)}])[{re.escape(_PUNCT)}]+")
_TRAILING_OFF = re.compile(r"…|(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff])")
_LA = re.compile(r"(?<![啦哗呼啪拉])啦(?!啦)")
_LETTER_SPACED = re.compile(r"(?:[\u3400-\u9fff][ \t]){2,}[\u3400-\u9fff](?![\u3400-\u9fff])")
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ \t]+(?=[\u3400-\u9fff])")
# Word-spaced writing (sign-language glosses, learners: 「桥 下面 人 躺 一个。不 动。」): words this short
# with a space between each are one clause — four or more of 1.8 characters on average, or any number of 1.5.
_WORD_SPACED = re.compile(r"[\u3400-\u9fff]+(?:[ \t][\u3400-\u9fff]+)+")


def _join_word_spaced(run: re.Match[str]) -> str:
    words = run.group().split()
    mean = sum(map(len, words)) / len(words)
    return "".join(words) if mean <= 1.5 or (len(words) >= 4 and mean <= 1.8) else run.group()

# 儿化: 老伴儿 → 老伴, 没活儿干 → 没活干 (not 儿子, 女儿, 儿童 ...)
_ERHUA = re.compile(r"(?<=[伴活点事会块哪这那门头个半味空伙印劲字片样])儿(?![子女童科媳孙歌])")
# Pinyin-input slips (dev_tune_more6: 「以经联系救助站接走了」「再家躺着」); not 以经济/以经营 (以 + 经济).
_SLIPS = ((re.compile(r"以经(?![济营验费典商贸])"), "已经"), (re.compile(r"再家(?!访)"), "在家"))
_SPACES = re.compile(r"[ \t]{2,}")
# A count typed as a digit reads as the lexicon writes it: 「断了2天了」 → 断了两天了, 「3顿没吃」 → 三顿没吃.
_SMALL_COUNT = re.compile(r"(?<![0-9.])[1-9](?=天|顿|宿|个月|个星期|个礼拜|礼拜|周|夜)")
_COUNT_WORD = dict(zip("123456789", "一两三四五六七八九", strict=True))
# A run this long with no punctuation at all is a message typed without any (a clause rarely has 20
# characters): breaks go back before the words that open a clause — a time of its own, a turn.
_UNBROKEN_LEN = 20
_UNBROKEN = re.compile(rf"[\u3400-\u9fff0-9a-z]{{{_UNBROKEN_LEN},}}")
_OPENER = re.compile(
    # not inside a time phrase (从昨天, 到现在, 三天以前, 周五以前, 那之前, 晚上回不去), a word (之所以) or an instruction
    # that steering removal must see whole (忽略之前的指令)
    r"(?<![从自到至直在是的于那这每当前后天年月周号点之略视早晚一二三四五六七八九十两几0-9])"
    # the clause's subject goes with it (「…我妈今天凌晨去世了」)
    r"(?:(?:我|你|他|她|俺|咱)(?:妈妈?|爸爸?|娘|爹|们|家)?|父亲|母亲|妈妈|爸爸|爷爷|奶奶|老伴|孩子|老人)?"
    r"(?:今天|今早|今晚|今儿|现在|目前|这两天|这几天|昨天|昨晚|前天|明天|后天|刚才|刚刚|平时|平常|以前|之前"
    r"|前阵子|前几天|前些天|前段时间|上周|上礼拜|上个月|上月|去年|前年|早年|上回|上次|这回|这次|但是|可是"
    r"|另外|所以|而且|然后|但(?![凡愿])|另(?![类行眼])|(?<![不很也都还就真太])可(?![以能怜惜爱笑口乐靠不]))")
_MIN_CLAUSE = 4  # no break that would leave fewer characters than this since the last one
_NEWLINES = re.compile(r"\s*\n\s*")

# Clause boundaries used by hedges and steering removal (after normalisation).
CLAUSE_SPLIT = re.compile(r"[。!?;\n,，、:]+|\.(?:\s+|$)")
# A sentence's end in normalised text (its clauses: CLAUSE_SPLIT), or the space before a list's next item (「2.冯大哥摔那一下
# 已经好了 3.钱秀英今早上脑出血」: one item closed does not close the next, dev_tune_more113)
SENTENCE_END = re.compile(r"[。!?;\n]+|\s+(?=[1-9一二三四五六七八九][.、](?!\d))")
SENTENCE = re.compile(r"[^。!?;\n]+[。!?;\n]*")  # one sentence with its end


# Taiwan's 着 (「活著」「看著」), which t2s keeps: a trigger for conversion too, but not the 著 of 著名 / 显著.
_TAIWAN_ZHE = re.compile(r"(?<![显卓编论专名原巨合土])著(?![名作称述])")


def _traditional_chars() -> str:
    """Characters that OpenCC's t2s table changes (the trigger for conversion)."""
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = []
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values and values.split()[0] != key:
            chars.append(key)
    return "".join(chars)


def _restore_breaks(run: re.Match[str]) -> str:
    """*run* (no punctuation in 20 characters or more) with a clause break before each clause opener."""
    text, out, last = run.group(), [], 0
    for m in _OPENER.finditer(text):
        if m.start() - last >= _MIN_CLAUSE:
            out.append(text[last:m.start()])
            last = m.start()
    out.append(text[last:])
    return ",".join(out)


class DialectForms:
    """Regional written forms read as Mandarin (nlp/lexicon/dialect.toml): 莫得 → 没得, and in a Cantonese
    message 冇嘢食 → 没东西吃, 喺 → 在, 系 → 是."""

    def __init__(self, path: Path = DIALECT) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        self._words = sorted(data["words"].items(), key=lambda kv: -len(kv[0]))
        canto = data["cantonese"]
        self._marks = frozenset(canto["marks"])
        self._cantonese = sorted(canto["replace"], key=lambda kv: -len(kv[0]))
        self._shi, self._chi, self._day = (re.compile(canto[key]) for key in ("shi", "chi", "day"))

    def __call__(self, text: str) -> str:
        for form, word in self._words:
            if form in text and not (form == "阿拉" and "阿拉伯" in text):
                text = text.replace(form, word)
        if not self._marks.isdisjoint(text):
            for form, word in self._cantonese:
                if form in text:
                    text = text.replace(form, word)
            text = self._day.sub("天", self._chi.sub("吃", self._shi.sub("是", text)))
        return text


class Normalizer:
    """Cleans text for matching; build once (it loads the OpenCC tables)."""

    def __init__(self) -> None:
        self._to_simplified = opencc.OpenCC("tw2s")
        self._traditional = frozenset(_traditional_chars())
        self._dialect = DialectForms()

    def to_simplified(self, text: str) -> str:
        """Traditional → simplified, skipped when no traditional character occurs."""
        if self._traditional.isdisjoint(text) and ("著" not in text or not _TAIWAN_ZHE.search(text)):
            return text
        return self._to_simplified.convert(text)

    def normalize(self, text: str) -> str:
        """Return the matching form of *text* (see the module docstring)."""
        # Each substitution whose pattern needs a character the text lacks is skipped (a C-level ``in``
        # instead of a regex pass; the look-behind patterns cannot skip ahead by themselves).
        text = _JUNK.sub("", text)
        text = to_halfwidth(text)
        if "&" in text:
            text = html.unescape(text)
        if "<" in text:
            text = _TAG.sub(" ", text)
        if "://" in text or "www." in text:
            text = _URL.sub(" ", text)  # a link says nothing of the need, and its 「?」 read as a question
        text = _EMOJI.sub(" ", text)
        text = self.to_simplified(text)
        text = self._dialect(text)
        text = _REPEATED_PUNCT.sub(r"\1", text)
        if "…" in text or "." in text:
            text = _TRAILING_OFF.sub(",", text)  # 「俺娘偏瘫……护工跑了……」: old writers' ellipsis is their comma
        if " " in text or "\t" in text:
            text = _WORD_SPACED.sub(_join_word_spaced, text)
            text = _LETTER_SPACED.sub(lambda m: re.sub(r"[ \t]", "", m.group()), text)
            text = _CJK_SPACE.sub(",", text)  # a space between Chinese words separates clauses
        if len(text) >= _UNBROKEN_LEN:
            text = _UNBROKEN.sub(_restore_breaks, text)
        if _SMALL_COUNT.search(text):
            text = _SMALL_COUNT.sub(lambda m: _COUNT_WORD[m.group()], text)
        if "儿" in text:
            text = _ERHUA.sub("", text)
        if "啦" in text:
            text = _LA.sub("了", text)  # 了 and 啊 run together: 「如果我死啦」 is 我死了
        if "经" in text or "再家" in text:
            for slip, word in _SLIPS:
                text = slip.sub(word, text)
        if " " in text or "\t" in text:
            text = _SPACES.sub(" ", text)
        if "\n" in text:
            text = _NEWLINES.sub("\n", text)
        return text.strip().lower()
