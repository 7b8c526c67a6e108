"""Start-up in a fresh interpreter: one tokenizer, jieba.dt untouched, jieba silent, cache reused."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.nlp.conftest import GAZETTEER

REPO = Path(__file__).resolve().parents[2]
PROGRAM = """
import json, sys, time
start = time.perf_counter()
from nlp import Gazetteer, Triager
t = Triager(Gazetteer.from_json_dict(json.loads(sys.argv[1])))
t.classify("测试")
import jieba
print(json.dumps({"seconds": time.perf_counter() - start, "dt": jieba.dt.initialized,
                  "analyse": "jieba.analyse" in sys.modules}))
"""


def run(cache: Path) -> tuple[dict, str]:
    env = {"XDG_CACHE_HOME": str(cache), "HOME": str(cache), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", PROGRAM, json.dumps(GAZETTEER)], cwd=REPO, env=env,
                         capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1]), out.stderr


def test_fresh_start_builds_then_reuses_the_cache(tmp_path):
    first, err1 = run(tmp_path)
    assert list((tmp_path / "hotline-nlp").glob("jieba-hotline-*.marshal"))
    second, err2 = run(tmp_path)
    assert not first["dt"] and not second["dt"]  # the module-level tokenizer never loads
    assert not second["analyse"]
    assert "Prefix dict" not in err1 + err2 and "Building" not in err1 + err2  # jieba kept quiet
    assert second["seconds"] < 5.0  # target < 2 s; generous for a busy test machine
