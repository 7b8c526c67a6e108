"""One Triager per test session, on the example gazetteer (no dependency on shared/ or bot/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp.places import Gazetteer
from nlp.triage import Triager

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA = Path(__file__).resolve().parents[1] / "data"
GAZETTEER = {
    "district": "蓟州区",
    "towns": {
        "渔阳镇": ["南关村", "北关村", "西北隅社区", "府君山社区"],
        "文昌街道": ["文昌社区", "鼓楼社区", "翠屏社区", "兴华社区"],
        "下营镇": ["常州村", "船舱峪村", "郭家沟村", "青山岭村"],
        "邦均镇": ["邦均村", "南小庄村", "东塔村", "西塔村"],
        "白涧镇": ["白涧村", "辛庄村", "花果峪村", "东营房村"],
        "马伸桥镇": ["马伸桥村", "淋河村", "杨庄村", "龙山村"],
        "上仓镇": ["上仓村", "程家庄村", "小毛庄村", "河西村"],
        "东赵各庄镇": ["东赵各庄村", "西赵各庄村", "杨家峪村", "北擂鼓台村"],
    },
}


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_json_dict(GAZETTEER)


@pytest.fixture(scope="session")
def triager(gazetteer: Gazetteer) -> Triager:
    """The slow part (dictionary, lexicons) done once for all nlp tests."""
    return Triager(gazetteer)
