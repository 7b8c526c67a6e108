"""Only the adapters in bot/ may import a Telegram library; the logic stays transport-free."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("telegram", "aiogram")
ALLOWED_IN_BOT = {"ptb_adapter.py", "aiogram_adapter.py"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", ["handlers", "nlp", "storage"])
def test_logic_packages_import_no_telegram_library(package):
    offenders = {str(p.relative_to(ROOT)): sorted(imported_modules(p) & set(FORBIDDEN))
                 for p in (ROOT / package).rglob("*.py") if imported_modules(p) & set(FORBIDDEN)}
    assert offenders == {}


def test_in_bot_only_the_adapters_import_telegram_libraries():
    offenders = [p.name for p in (ROOT / "bot").rglob("*.py")
                 if p.name not in ALLOWED_IN_BOT and imported_modules(p) & set(FORBIDDEN)]
    assert offenders == []


def test_the_check_itself_sees_an_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from telegram.ext import Application\nimport aiogram.types\n", encoding="utf-8")
    assert imported_modules(sample) >= {"telegram", "aiogram"}
