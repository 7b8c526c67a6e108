"""The `hotline` command line: run, demo, classify, departments."""

from __future__ import annotations

import json
import logging
import os
import sys

import click

from bot.config import ConfigError, load_settings

DEFAULT_API = "https://api.telegram.org"
DEFAULT_CONCURRENCY = 4


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """社会救助热线机器人 — the social-assistance hotline bot."""


@main.command()
@click.option("--framework", type=click.Choice(["ptb", "aiogram"]), default=None,
              help="Telegram library (default: HOTLINE_FRAMEWORK or ptb).")
def run(framework: str | None) -> None:
    """Run the bot (long polling) and its scheduler."""
    token = os.environ.get("HOTLINE_TOKEN", "").strip()
    if not token:
        _fail("HOTLINE_TOKEN 未设置：请设置 Telegram 机器人令牌后再运行 hotline run；"
              "不用令牌、不联网试用请运行 hotline demo。")
    framework = framework or os.environ.get("HOTLINE_FRAMEWORK", "ptb")
    if framework not in ("ptb", "aiogram"):
        _fail(f"HOTLINE_FRAMEWORK 应为 ptb 或 aiogram，而不是 '{framework}'。")
    concurrency = _concurrency()
    configure_logging()
    inline = _core_mode() == "inline"
    settings = _settings()
    remote = None if inline else _start_core(concurrency)  # it loads triage while we import the adapter
    if framework == "aiogram":
        from bot.aiogram_adapter import AiogramBot as Bot
    else:
        from bot.ptb_adapter import PtbBot as Bot
    runtime = _runtime() if inline else _remote_runtime(settings, remote)
    api_root = os.environ.get("HOTLINE_TELEGRAM_API") or DEFAULT_API
    Bot(runtime, token, api_root, concurrency).run()


def _core_mode() -> str:
    """HOTLINE_CORE: 'process' (default: the core in a process of its own, bot/core_process.py) or 'inline'."""
    mode = os.environ.get("HOTLINE_CORE", "").strip() or "process"
    if mode not in ("process", "inline"):
        _fail(f"HOTLINE_CORE 应为 process 或 inline，而不是 '{mode}'。")
    return mode


def _start_core(concurrency: int):
    from bot.core_process import RemoteCore

    return RemoteCore(os.environ, concurrency)


def _remote_runtime(settings, remote):
    """Settings here; database, migrations and triage in the core process, awaited now."""
    from bot.core_process import CoreFailed, CoreGone
    from bot.runtime import DEFAULT_DB, Runtime

    try:
        remote.wait_ready()
    except (CoreFailed, CoreGone) as error:
        remote.close()
        _fail(str(error))
    return Runtime(settings=settings, engine=None, core=remote, uow_factory=None,
                   database_url=os.environ.get("HOTLINE_DB") or DEFAULT_DB)


def _concurrency() -> int:
    """HOTLINE_CONCURRENCY: updates handled at once (default 4; measured by benchmarks/throughput.py)."""
    value = os.environ.get("HOTLINE_CONCURRENCY", "").strip() or str(DEFAULT_CONCURRENCY)
    if not value.isdigit() or int(value) < 1:
        _fail(f"HOTLINE_CONCURRENCY 应为正整数，而不是 '{value}'。")
    return int(value)


@main.command()
@click.option("--framework", type=click.Choice(["ptb", "aiogram"]), default="ptb")
def demo(framework: str) -> None:
    """Play a scripted conversation against a local sandbox: no token, no network."""
    from bot.demo import run_demo

    sys.exit(run_demo(framework=framework))


@main.command()
@click.argument("text", required=False)
@click.option("--jsonl", is_flag=True, help="Read JSON lines {\"id\",\"text\"} on stdin.")
def classify(text: str | None, jsonl: bool) -> None:
    """Print the classification of TEXT as JSON."""
    if not jsonl and text is None:
        _fail("请给出要分类的文字：hotline classify \"文字\"，或用 --jsonl 从标准输入读取。")
    triager = _triager()
    if not jsonl:
        click.echo(json.dumps(triager.classify(text).as_dict(), ensure_ascii=False))
        return
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            result = triager.classify(str(item.get("text", "")))
        except (json.JSONDecodeError, AttributeError):
            _fail(f"第 {number} 行不是 JSON 对象 {{\"id\":…, \"text\":…}}")
        click.echo(json.dumps({"id": item.get("id"), "category": result.category, "urgent": result.urgent,
                               "town": result.town, "village": result.village,
                               "keywords": list(result.keywords)}, ensure_ascii=False))


@main.command()
@click.argument("role", type=click.Choice(["volunteer", "caseworker", "liaison", "supervisor"]))
@click.option("--town", help="镇/街道 (caseworker; volunteer optional)")
@click.option("--village", help="村/社区 (volunteer)")
@click.option("--department", help="department code (liaison), see `hotline departments`")
@click.option("--days", type=float, default=7.0, show_default=True, help="days the code stays valid")
def invite(role: str, town: str | None, village: str | None, department: str | None, days: float) -> None:
    """Print a one-time invite code and its deep link."""
    from datetime import timedelta

    from bot.invite_link import bot_username
    from handlers.invites import InviteError, create_invite

    runtime = _runtime(with_triage=False)
    try:
        with runtime.uow_factory() as uow:
            code = create_invite(uow, runtime.settings, role, town=town, village=village,
                                 department=department, valid_for=timedelta(days=days)).code
            uow.commit()
    except InviteError as error:
        _fail(str(error))
    username = bot_username(runtime.settings)
    click.echo(code)
    click.echo(f"https://t.me/{username or '<bot username>'}?start={code}")


@main.command()
@click.option("--month", required=True, help="YYYY-MM")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="FILE.xlsx")
def export(month: str, out: str) -> None:
    """Write the ledger (台账) of a month as a spreadsheet."""
    from handlers.ledger import build_ledger, month_bounds

    runtime = _runtime(with_triage=False)
    try:
        month_bounds(month, runtime.settings.working_hours.timezone)
    except ValueError:
        _fail(f"--month 应为 YYYY-MM，例如 2026-11，而不是 {month}")
    with runtime.uow_factory() as uow:
        content = build_ledger(uow, runtime.settings, month)
    with open(out, "wb") as file:
        file.write(content)
    click.echo(f"已写入 {out}")


@main.command()
def departments() -> None:
    """List the configured departments: CODE<TAB>NAME."""
    for department in _settings().departments:
        click.echo(f"{department.code}\t{department.name}")


def _settings():
    try:
        return load_settings(os.environ.get("HOTLINE_CONFIG") or None)
    except ConfigError as error:
        _fail(str(error))


def _triager():
    from nlp.places import Gazetteer
    from nlp.triage import Triager

    settings = _settings()
    return Triager(Gazetteer(district=settings.district, towns=settings.towns))


def _runtime(with_triage: bool = True):
    from bot.app import build_runtime

    try:
        return build_runtime(with_triage=with_triage)
    except ConfigError as error:
        _fail(str(error))


def configure_logging() -> None:
    level = os.environ.get("HOTLINE_LOG_LEVEL", "INFO").upper()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "apscheduler", "aiogram.event"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(2)
