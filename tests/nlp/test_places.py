"""Town and village: canonical names, short forms, slips, village-only, outside names."""
from __future__ import annotations

import pytest

from nlp.places import Gazetteer, PlaceMask


@pytest.mark.parametrize(("text", "town", "village"), [
    ("我家住在下营镇常州村", "下营镇", "常州村"),
    ("俺是下营的", "下营镇", None),                      # short form
    ("下营乡的老人", "下营镇", None),                     # wrong suffix
    ("文昌街翠屏社区", "文昌街道", "翠屏社区"),
    ("郭家沟村有个老人", "下营镇", "郭家沟村"),          # a village alone implies its town
    ("俺们郭家沟的", "下营镇", "郭家沟村"),              # village short form (3+ chars)
    ("渔阳镇南关那边", "渔阳镇", "南关村"),              # 2-char short form, with its town
    ("東趙各莊鎮西趙各莊村", "东赵各庄镇", "西赵各庄村"),  # traditional characters
    ("马申桥镇", "马伸桥镇", None),                       # alias (one wrong character)
    ("郭家峪村", "下营镇", "郭家沟村"),                   # one wrong character before 村
    # a 2-char short form standing as a place (short messages name the village that way)
    ("淋河 老两口 老头瘫了", "马伸桥镇", "淋河村"),        # a clause of its own
    ("隔壁老刘断顿了 西塔", "邦均镇", "西塔村"),
    ("他一个人在龙山", "马伸桥镇", "龙山村"),              # 在 X at a clause's end
    ("路灯坏了半个月了 鼓楼这片", "文昌街道", "鼓楼社区"),  # X 这片
    ("楼长 翠屏 502老太太窗帘两天没拉开", "文昌街道", "翠屏社区"),  # X and a building number
    ("我们住兴华小区 楼上老太太两天没见人了", "文昌街道", "兴华社区"),  # the estate named after it
    ("我是淋河小学的老师", "马伸桥镇", "淋河村"),                      # its school
    ("俺是杨庄小卖部的", "马伸桥镇", "杨庄村"),                        # its shop
])
def test_found(triager, text, town, village):
    t = triager.classify(text)
    assert (t.town, t.village) == (town, village)


@pytest.mark.parametrize("text", [
    "南关有个老人",            # a 2-char short form alone is too common to trust
    "下仓镇有人",              # a real town that is not in the gazetteer
    "蓟州区民政局",            # the district as a whole
    "我在上仓库上班",          # 上仓 inside another word
    "老天爷上苍保佑",          # a homophone of a 2-char name
    "常州来的亲戚",            # a city, not 常州村
    "我在河西区上班",          # a 2-char short form inside a longer name
    "龙山的风景真好看",        # nor before 的: too common a way to name anything
    "河西区小学开学了",        # an estate or school word after a longer name that is not ours
])
def test_none(triager, text):
    t = triager.classify(text)
    assert (t.town, t.village) == (None, None)


@pytest.mark.parametrize(("text", "town", "village"), [
    ("马神桥的", "马伸桥镇", None),
    ("翠平社区有个老人", "文昌街道", "翠屏社区"),
])
def test_homophone_slips(triager, text, town, village):
    """Needs the optional pypinyin package (or a sound cache built with it)."""
    if triager.sounds is None:
        pytest.skip("pypinyin not installed: homophone matching is off")
    t = triager.classify(text)
    assert (t.town, t.village) == (town, village)


def test_town_and_village_of_another_town_keeps_the_town(triager):
    t = triager.classify("下营镇东塔村")
    assert (t.town, t.village) == ("下营镇", None)


def test_gazetteer_accepts_lists_and_is_read_only():
    g = Gazetteer(district="蓟州区", towns={"下营镇": ["常州村"]})
    assert g.towns["下营镇"] == ("常州村",) and g.town_of("常州村") == "下营镇"
    with pytest.raises(TypeError):
        g.towns["x"] = ()  # type: ignore[index]


def test_from_json_dict_keeps_config_order():
    g = Gazetteer.from_json_dict({"district": "D", "towns": {"B镇": ["2村", "1村"], "A镇": []}})
    assert list(g.towns) == ["B镇", "A镇"] and g.towns["B镇"] == ("2村", "1村")


def test_the_model_reads_generic_place_names(gazetteer):
    mask = PlaceMask(gazetteer)
    assert mask("下营镇常州村的，俺爹") == "某镇某村的，俺爹"
    assert mask("文昌街道翠屏社区8号楼") == "某街道某社区8号楼"
    assert mask("郭家沟的老李 下营那边") == "某村的老李 某镇那边"  # short forms of 3+ / 2+ characters
    assert mask("蓟州区民政局") == "某区民政局"
    assert mask("南关的") == "南关的"  # a 2-character village short form may be a word: left alone
    assert PlaceMask(Gazetteer("", {}))("常州村") == "常州村"
