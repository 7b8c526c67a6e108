"""The policy knowledge base: the packaged file, keyword matching, hints, and validation errors."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pytest

from handlers.knowledge import GENERAL, HELP_CATEGORIES, KnowledgeBase, PolicyAnswer

SEEDS = Path("/work/shared/seeds")
SEED_NAME = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


# ---------------------------------------------------------------- the packaged file


def test_every_help_category_and_general_has_exactly_one_entry(kb: KnowledgeBase) -> None:
    categories = [e.category for e in kb.entries()]
    assert sorted(categories) == sorted((*HELP_CATEGORIES, GENERAL))
    for code in (*HELP_CATEGORIES, GENERAL):
        entry = kb.get(code)
        assert isinstance(entry, PolicyAnswer)
        assert entry.category == code


def test_no_entry_for_inquiry_or_other(kb: KnowledgeBase) -> None:
    assert kb.get("inquiry") is None
    assert kb.get("other") is None
    assert kb.get("nonsense") is None


def test_every_field_is_filled(kb: KnowledgeBase) -> None:
    for entry in kb.entries():
        for f in fields(PolicyAnswer):
            value = getattr(entry, f.name)
            assert value, f"{entry.category}.{f.name} is empty"
            if isinstance(value, tuple):
                assert all(isinstance(v, str) and v.strip() for v in value), f"{entry.category}.{f.name}"
            else:
                assert isinstance(value, str) and value == value.strip()


def test_texts_are_short_enough_for_a_chat_answer(kb: KnowledgeBase) -> None:
    for entry in kb.entries():
        for name in ("title", "who", "how", "where", "time"):
            assert len(getattr(entry, name)) <= 160, f"{entry.category}.{name} is too long"
        assert all(len(item) <= 60 for item in entry.bring), entry.category


def test_sources_name_seed_files(kb: KnowledgeBase) -> None:
    for entry in kb.entries():
        names = SEED_NAME.findall(entry.source)
        assert names, f"{entry.category} cites no seed file"
        if SEEDS.is_dir():
            for name in names:
                assert (SEEDS / name).is_file(), f"{entry.category} cites missing {name}"


def test_answers_quote_the_district_rules(kb: KnowledgeBase) -> None:
    assert "24小时" in kb.get("temporary").time  # 急难对象24小时先行救助
    assert "先" in kb.get("subsistence").time and "临时救助" in kb.get("subsistence").time
    assert "渐退" in kb.get("subsistence").time
    assert "单独立户" in kb.get("subsistence").who
    assert "照料协议" in kb.get("destitute").how
    assert "护理补贴" in kb.get("disability").who and "生活补贴" in kb.get("disability").who
    assert "事实无人抚养" in kb.get("child").who
    assert "/status" in kb.get("general").how
    assert "不会转给" in kb.get("complaint").where
    for entry in kb.entries():
        if entry.category not in ("vagrant", "mental", "complaint", "general"):
            assert any("身份证" in item for item in entry.bring), entry.category


def test_no_money_amounts_are_invented(kb: KnowledgeBase) -> None:
    for entry in kb.entries():
        text = " ".join((entry.who, entry.how, entry.where, entry.time, *entry.bring))
        assert not re.search(r"\d+\s*元", text), f"{entry.category} states an amount"


def test_keywords_are_not_shared_between_entries(kb: KnowledgeBase) -> None:
    owner: dict[str, str] = {}
    for entry in kb.entries():
        for keyword in entry.keywords:
            assert keyword not in owner, f"{keyword!r} in both {owner[keyword]} and {entry.category}"
            owner[keyword] = entry.category


def test_render_is_plain_text_with_every_part(kb: KnowledgeBase) -> None:
    text = kb.get("subsistence").render()
    assert text.startswith("【低保")
    for label in ("谁可以申请：", "怎么申请：", "到哪里办：", "要带的材料：", "要多久："):
        assert label in text
    assert "身份证" in text
    assert ".txt" not in text  # sources are for staff, not residents


# ---------------------------------------------------------------- best_match


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("低保一个月能领多少？咋申请", "subsistence"),
        ("低保渐退是什么意思", "subsistence"),
        ("残疾证怎么办", "disability"),
        ("重度残疾人护理补贴有什么条件", "disability"),
        ("我的申请到哪一步了", "general"),
        ("你好，请问这个热线怎么用", "general"),
        ("我申请的低保批下来没有", "general"),
        ("五保户能去敬老院住吗", "destitute"),
        ("孤寡老人能进敬老院吗", "destitute"),
        ("家里着火了，能申请临时救助吗", "temporary"),
        ("住院费太贵，医保报销完还是交不起，有什么救助", "medical"),
        ("孩子考上大学交不起学费怎么办", "education"),
        ("我家房子漏雨，是危房，能给修吗", "housing"),
        ("失业了找不到工作，政府有什么帮扶", "employment"),
        ("孩子爸爸坐牢、妈妈联系不上，算不算事实无人抚养儿童", "child"),
        ("村里八十多岁的独居老人，有没有助餐服务", "elderly"),
        ("桥洞下面有个流浪的人，该找谁", "vagrant"),
        ("心情不好，老是想不开，有地方能聊聊吗", "mental"),
        ("村干部优亲厚友搞人情保，怎么举报", "complaint"),
        ("村干部的亲戚都吃低保，我想举报", "complaint"),
    ],
)
def test_best_match_realistic_questions(kb: KnowledgeBase, question: str, expected: str) -> None:
    assert kb.best_match(question).category == expected


def test_best_match_falls_back_to_general(kb: KnowledgeBase) -> None:
    assert kb.best_match("今天天气怎么样").category == GENERAL
    assert kb.best_match("").category == GENERAL
    assert kb.best_match("   ").category == GENERAL


def test_best_match_folds_traditional_characters_and_width(kb: KnowledgeBase) -> None:
    assert kb.best_match("殘疾證怎麼辦").category == "disability"
    assert kb.best_match("查询进度 /ＳＴＡＴＵＳ").category == GENERAL


def test_hint_wins_when_the_text_matches_its_keywords(kb: KnowledgeBase) -> None:
    question = "孩子是残疾人，上学有没有补助"
    assert kb.best_match(question, hints=["education"]).category == "education"
    assert kb.best_match(question, hints=["disability"]).category == "disability"
    # the first hint that matches wins, in the classifier's order
    assert kb.best_match(question, hints=["education", "disability"]).category == "education"
    assert kb.best_match(question, hints=["disability", "education"]).category == "disability"


def test_hint_is_ignored_when_the_text_does_not_match_it(kb: KnowledgeBase) -> None:
    assert kb.best_match("低保怎么申请", hints=["housing"]).category == "subsistence"
    assert kb.best_match("今天天气怎么样", hints=["housing"]).category == GENERAL


def test_hints_without_an_entry_are_skipped(kb: KnowledgeBase) -> None:
    question = "孩子是残疾人，上学有没有补助"
    assert kb.best_match(question, hints=["inquiry", "other", "education"]).category == "education"
    assert kb.best_match(question, hints="education").category == "education"  # a bare string is one hint


def test_score_counts_overlapping_keywords_once(kb: KnowledgeBase) -> None:
    assert kb.score("低保金", "subsistence") == 3  # 低保 inside 低保金 adds nothing
    assert kb.score("天气", "subsistence") == 0
    assert kb.score("低保", "no-such-category") == 0


# ---------------------------------------------------------------- malformed files


def _entry(category: str, **overrides: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "category": category,
        "title": f"{category} 标题",
        "who": "谁",
        "how": "怎么办",
        "where": "哪里",
        "bring": ["身份证"],
        "time": "多久",
        "keywords": [f"{category}词"],
        "source": "000_600db8f4d96df117.txt",
    }
    entry.update(overrides)
    return {k: v for k, v in entry.items() if v is not None}


def _write(tmp_path: Path, *entries: dict[str, object]) -> Path:
    lines: list[str] = []
    for entry in entries:
        lines.append("[[policy]]")
        lines.extend(f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in entry.items())
        lines.append("")
    path = tmp_path / "policies.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_valid_custom_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, _entry("subsistence", keywords=["低保"]), _entry(GENERAL, keywords=["进度"]))
    kb = KnowledgeBase.load(path)
    assert [e.category for e in kb.entries()] == ["subsistence", GENERAL]
    assert kb.get("subsistence").bring == ("身份证",)
    assert kb.best_match("低保").category == "subsistence"
    assert kb.best_match("残疾证").category == GENERAL
    assert KnowledgeBase.load(str(path)).get(GENERAL) is not None


def test_missing_key_names_the_entry_and_the_key(tmp_path: Path) -> None:
    path = _write(tmp_path, _entry("subsistence", who=None), _entry(GENERAL))
    with pytest.raises(ValueError, match=r"#1 \(category 'subsistence'\).*missing key 'who'"):
        KnowledgeBase.load(path)


def test_missing_category_names_the_entry_number(tmp_path: Path) -> None:
    nameless = _entry("medical")
    del nameless["category"]
    path = _write(tmp_path, _entry(GENERAL), nameless)
    with pytest.raises(ValueError, match=r"entry #2: missing key 'category'"):
        KnowledgeBase.load(path)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"how": ""}, r"key 'how' is empty"),
        ({"how": "   "}, r"key 'how' is empty"),
        ({"bring": []}, r"key 'bring' is empty"),
        ({"bring": "身份证"}, r"key 'bring' must be a list of strings"),
        ({"keywords": [1, 2]}, r"key 'keywords' must be a list of strings"),
        ({"time": 3}, r"key 'time' must be a string"),
        ({"keyword": ["低保"]}, r"unknown key 'keyword'"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, overrides: dict[str, object], message: str) -> None:
    path = _write(tmp_path, _entry("housing", **overrides), _entry(GENERAL))
    with pytest.raises(ValueError, match=r"category 'housing'.*" + message):
        KnowledgeBase.load(path)


def test_unknown_and_duplicate_categories_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown code 'welfare'"):
        KnowledgeBase.load(_write(tmp_path, _entry("welfare"), _entry(GENERAL)))
    with pytest.raises(ValueError, match=r"repeats 'housing'"):
        KnowledgeBase.load(_write(tmp_path, _entry("housing"), _entry("housing"), _entry(GENERAL)))


def test_general_entry_is_required(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"'general'"):
        KnowledgeBase.load(_write(tmp_path, _entry("housing")))


def test_empty_or_broken_toml_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "policies.toml"
    path.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match=r"no \[\[policy\]\] entries"):
        KnowledgeBase.load(path)
    path.write_text("[[policy]]\ncategory = \n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"not valid TOML"):
        KnowledgeBase.load(path)
    path.write_text('title = "x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown top-level key 'title'"):
        KnowledgeBase.load(path)
