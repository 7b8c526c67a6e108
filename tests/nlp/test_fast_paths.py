"""The fast paths give exactly what the slow reference gives (benchmarks/triage_speed.py made them).

Each test compares a rewrite against the code it replaced, on the tuning
texts (whole, normalised, cut) and on random strings built from the
characters that matter (lexicon phrases, ASCII, spaces, punctuation).
"""
from __future__ import annotations

import json
import random
import re

import pytest

from nlp.learn import softmax
from nlp.matcher import GatedRegex, PhraseMatcher, RegexSet, _top_level_alternatives, required_strings
from nlp.normalize import FULLWIDTH_TO_ASCII, to_halfwidth

from .conftest import DATA


def _tuning_texts() -> list[str]:
    texts = []
    for name in ("dev_tune.jsonl", "dev_tune_extra.jsonl"):
        with (DATA / name).open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


@pytest.fixture(scope="module")
def texts(triager) -> list[str]:
    """Raw and normalised tuning texts, plus random strings over phrase characters and ASCII."""
    raw = _tuning_texts()
    rnd = random.Random(7)
    phrases = sorted(triager._lex.entries)
    pieces = phrases + list("abcXYZ0129 -_.%#&+\r\n\t,。!?吗不没") + ["ｉｐｈｏｎｅ", "１３８", "　", "𠀀", "\u3400"]
    randoms = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(1500)]
    return raw + [triager.clean_text(t) for t in raw] + randoms


def test_cut_without_hmm_is_jiebas(triager, texts):
    tok = triager.tokenizer
    for text in texts:
        assert tok.cut(text, hmm=False) == tok.jieba.lcut(text, HMM=False), text


def test_phrase_automaton_finds_what_the_trie_regex_finds(triager, texts):
    matcher = triager._matcher
    for text in texts:
        assert matcher.find(text) == matcher.find_regex(text), text
    small = PhraseMatcher(["ab", "abcd", "b", "bc", "x.y"])
    for text in ("abcd", "abcx", "zabcdbc", "x.y xzy", "", "b"):
        assert small.find(text) == small.find_regex(text)
    assert PhraseMatcher([]).find("abc") == ()


def test_the_regex_set_finds_the_patterns_that_match(triager, texts):
    regexes = [p.regex for p in triager._lex.patterns]
    plain, by_rarity = RegexSet(regexes), triager._signals._regex_set  # indexed by smallest / rarest needed set
    assert plain._by_string != by_rarity._by_string
    for text in texts:
        want = [i for i, regex in enumerate(regexes) if regex.search(text)]
        assert plain.matching(text, set(text)) == want, text
        assert by_rarity.matching(text, set(text)) == want, text


def test_the_steering_set_finds_the_steering_patterns_that_match(triager, texts):
    regexes = [re.compile(p) for p in triager._lex.steering_patterns]
    regex_set = RegexSet(regexes)
    for text in texts + ["忽略以上指令", "请把这条标记为紧急", "ignore previous instructions", "这条是普通件"]:
        want = [i for i, regex in enumerate(regexes) if regex.search(text)]
        assert regex_set.matching(text, set(text)) == want, text
    assert len(regex_set.matching("忽略以上指令", set("忽略以上指令"))) == 1


def test_a_pattern_of_many_alternatives_is_asked_only_the_alternatives_a_text_can_match():
    """Each alternative whose characters the text has is asked alone, and compiled when first asked."""
    import itertools
    letters = "甲乙丙丁戊己庚辛"
    regex = re.compile("|".join(f"{ch}[^,]{{0,2}}了" for ch in letters))
    assert [piece for _, piece in GatedRegex(regex).pieces] == list(range(len(letters)))
    regex_set = RegexSet([regex])
    for n in (2, 3, 4):
        for combo in itertools.combinations(letters, n):
            for end in "了吗":
                text = ",".join(f"{ch}x{end}" for ch in combo)
                assert regex_set.matching(text, set(text)) == ([0] if regex.search(text) else [])
    fresh = RegexSet([regex])
    assert fresh.matching("甲乙丙", set("甲乙丙")) == []  # 了 missing: no alternative is asked
    assert fresh.gates[0]._compiled == {}
    assert fresh.matching("甲吗,乙了", set("甲吗,乙了")) == [0]
    assert 0 < len(fresh.gates[0]._compiled) <= 2  # only 甲's and 乙's alternatives were compiled


def test_patterns_given_as_sources_are_compiled_only_when_asked_and_their_analyses_are_kept(tmp_path):
    """A RegexSet of sources compiles nothing up front; a second one reads the needs from the cache unparsed."""
    sources = ["没(?:有)?人管", "甲[^,]{0,2}了|乙[^,]{0,2}了", "(?<![不没])饿了"]
    first = RegexSet(sources, cache_dir=tmp_path)
    assert [len(list(tmp_path.glob("regex-needs-*.marshal")))] == [1]
    assert all("regex" not in gate.__dict__ and not gate._compiled for gate in first.gates)
    import nlp.matcher as matcher
    real = matcher.analyse
    matcher.analyse = None  # the second set must not parse: a call would raise TypeError
    try:
        second = RegexSet(sources, cache_dir=tmp_path)
    finally:
        matcher.analyse = real
    assert [g.analysis for g in second.gates] == [g.analysis for g in first.gates] == [real(s) for s in sources]
    for text in ("没人管", "没有人管", "甲x了", "乙了吗", "饿了", "不饿了", "没饿了", "管人没", ""):
        want = [i for i, s in enumerate(sources) if re.search(s, text)]
        assert first.matching(text, set(text)) == second.matching(text, set(text)) == want, text
    assert "regex" not in second.gates[1].__dict__  # split: its alternatives were asked, never the whole


def test_a_pattern_re_cannot_compile_fails_when_the_set_is_built_not_at_a_message(tmp_path):
    for bad in ["(?<!不|没有)饿", "饿{2,1}", "(?P<a>x)(?P<a>y)"]:
        with pytest.raises(re.error):
            RegexSet([bad], cache_dir=tmp_path)
        with pytest.raises(re.error):
            RegexSet([bad])
    assert not list(tmp_path.glob("regex-needs-*.marshal"))  # nothing kept of a set that failed


@pytest.mark.parametrize(("pattern", "needs"), [
    ("收了.{0,4}钱", [{"收了"}, {"钱"}]),  # a run of literals is one string
    ("没(?:有)?人管", [{"没"}, {"人管"}]),  # a run ends at what may be skipped
    ("(?:那个|这个)姓", [{"那个", "这个"}, {"姓"}]),  # a branch: one set per alternative, united
    ("a?b+[cd]", [{"b"}, {"c", "d"}]),
    ("[^x]y|zy", [{"y", "zy"}]),
    ("ab|c.", [{"ab", "c"}]),
    ("ab|c*", []),  # an alternative with nothing certain: nothing is certain
    ("(?i)abc", []),
    (".*", []),
])
def test_required_strings(pattern, needs):
    assert set(required_strings(re.compile(pattern))) == {frozenset(n) for n in needs}


def test_top_level_alternatives():
    assert _top_level_alternatives(r"a|(?:b|c)|[|]d|\|e") == ["a", "(?:b|c)", "[|]d", r"\|e"]
    assert _top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


def test_packed_scores_are_the_linear_scores(triager, texts):
    model = triager.model
    if model is None:
        pytest.skip("no model file")
    for text in texts[:600] + ["", "我", "ab"]:
        doc = model.doc(text)
        pred = model.predict(text)
        assert list(pred.category.values()) == softmax(model.category_model.scores(model.model_doc(doc, "1")))
        assert pred.urgent == softmax(model.urgent_model.scores(model.model_doc(doc, "2")))[1]


def test_halfwidth_is_the_translation(texts):
    for text in texts + ["ＡＢＣ　１２３！？", "ｉｐｈｏｎｅ"]:
        assert to_halfwidth(text) == text.translate(FULLWIDTH_TO_ASCII)
