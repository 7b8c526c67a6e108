"""The editable lexicons load, stay consistent with TAXONOMY and use sane weights."""
from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from nlp.lexicon import CATEGORY, _with_dialect, load_lexicon
from nlp.normalize import Normalizer
from nlp.triage import CATEGORY_LABELS

FILES = ["categories.toml", "urgency.toml", "cues.toml", "roles.toml", "keywords.toml", "places.toml"]


@pytest.mark.parametrize("name", FILES)
def test_files_are_packaged_and_parse(name):
    text = resources.files("nlp").joinpath("lexicon", name).read_text(encoding="utf-8")
    assert tomllib.loads(text)


def test_labels_follow_taxonomy_order():
    assert list(CATEGORY_LABELS) == [
        "subsistence", "destitute", "temporary", "medical", "education", "housing", "employment",
        "disability", "child", "elderly", "vagrant", "mental", "complaint", "inquiry", "other"]


def test_every_category_but_inquiry_has_phrases_and_weights_are_in_range():
    lex = load_lexicon()
    targets = {e.target for es in lex.entries.values() for e in es if e.kind == CATEGORY}
    assert targets == set(CATEGORY_LABELS) - {"inquiry"}
    weights = [e.weight for es in lex.entries.values() for e in es] + [e.weight for p in lex.patterns for e in p.entries]
    assert all(0.0 <= w <= 6.0 for w in weights)


def test_phrases_are_normalised_forms():
    """Phrases must be written as the normaliser leaves text (simplified, half-width, lower case, no 儿化):
    any other form never matches.  「那会儿」 was such a dead entry until this compared with the normaliser."""
    lex = load_lexicon()
    normalizer = Normalizer()
    bad = [p for p in lex.entries if p != p.lower() or re.search(r"[\uff01-\uff5e\s]", p)
           or normalizer.normalize(p) != p]
    assert bad == []


def test_a_lexicon_directory_can_be_swapped(tmp_path):
    src = resources.files("nlp").joinpath("lexicon")
    for name in FILES:
        (tmp_path / name).write_text(src.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    assert load_lexicon(tmp_path).urgent_threshold == load_lexicon().urgent_threshold


@pytest.mark.parametrize(("regex", "dialect"), [
    ("药(?:我)?查好了", "药(?:(?:我|俺))?查好了"),
    ("没有我[^.;!?。]{0,12}更好", "没有(?:我|俺)[^.;!?。]{0,12}更好"),
    ("[我们]", "[我们俺]"),
    ("[^我]", "[^我俺]"),      # a class that excludes 我 excludes 俺 too
    ("[我俺咱]", "[我俺咱]"),  # already spelled out
    ("\\[我\\]", "\\[(?:我|俺)\\]"),
    ("琢磨怎么(?:结束|死)", "琢磨(?:怎么|咋)(?:结束|死)"),  # and the north's 咋 for 怎么, 啥 for 什么
    ("没什么", "没(?:什么|啥)"),
])
def test_a_pattern_reads_the_norths_an_wherever_it_reads_wo(regex, dialect):
    assert _with_dialect(regex) == dialect


def test_a_phrase_written_with_wo_also_matches_an():
    lex = load_lexicon()
    assert lex.entries["没有我就好了"] == lex.entries["没有俺就好了"]


def test_a_phrase_written_with_zenme_also_matches_za_and_back():
    lex = load_lexicon()
    assert lex.entries["今晚咋办"] == lex.entries["今晚怎么办"]
    assert lex.entries["不咋回应"] == lex.entries["不怎么回应"]


def test_every_hedge_list_sits_in_hedges_and_the_ends_of_one_danger_load():
    """[[hedges.ends_one_danger]] is an array of tables: a key written after its header would belong to it, and the hedge
    list it held would silently be read as empty (a misplaced block turned a held-out row's crisis talk on)."""
    hedges = tomllib.loads(resources.files("nlp").joinpath("lexicon/urgency.toml").read_text(encoding="utf-8"))["hedges"]
    for name in ("calm", "joke", "resolved", "turn", "found", "mild", "not_now", "news", "survived", "ongoing"):
        assert isinstance(hedges[name], list) and hedges[name], name
    pairs = load_lexicon().ends_one_danger
    assert len(pairs) >= 2
    fire_out, leaves = (re.compile(p) for p in pairs[0])
    assert fire_out.search("火灭了") and leaves.search("今晚睡哪")
