"""`hotline demo` is the README's "try it" command: it must play through and print what it promises."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def test_demo_plays_the_script_and_prints_transcript_and_tickets(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "demo"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "===== 对话记录 =====" in out and "===== 工单表 =====" in out
    for expected in ("24小时", "哪个镇", "东塔村", "材料", "12345", "补充到", "您的工单", "已办结", "住房建设委"):
        assert expected in out, expected
    table = out.split("===== 工单表 =====", 1)[1]
    assert "#1" in table and "#2" in table and "邦均镇" in table
