"""Compose the bot: configuration, database, triage, knowledge base, core. Nothing at import time."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from bot.config import load_settings
from bot.runtime import DEFAULT_DB, Runtime
from handlers.context import Services
from handlers.core import HotlineCore
from handlers.knowledge import KnowledgeBase
from nlp.places import Gazetteer
from nlp.triage import Triager
from storage.crypto import Cipher
from storage.database import make_engine, migrate
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)
DEV_KEY_FILE = ".hotline-dev-key"


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_runtime(env: Mapping[str, str] = os.environ, *, with_triage: bool = True) -> Runtime:
    """Read the environment, migrate the database, load the classifier (skipped for admin commands)."""
    settings = load_settings(env.get("HOTLINE_CONFIG") or None)
    url = env.get("HOTLINE_DB") or DEFAULT_DB
    engine = make_engine(url)
    migrate(engine)
    uow_factory = UnitOfWorkFactory(engine, Cipher(secret_key(env)), utc_now)
    core = None
    if with_triage:
        triager = Triager(Gazetteer(district=settings.district, towns=settings.towns))
        services = Services(settings=settings, triager=triager, knowledge=KnowledgeBase.load(), now=utc_now)
        core = HotlineCore(services, uow_factory)
    return Runtime(settings=settings, engine=engine, core=core, uow_factory=uow_factory, database_url=url)


def secret_key(env: Mapping[str, str]) -> str:
    """HOTLINE_SECRET_KEY, or a development key kept beside the working directory, with a warning."""
    key = env.get("HOTLINE_SECRET_KEY")
    if key:
        return key
    path = Path(DEV_KEY_FILE)
    if not path.exists():
        path.write_text(Cipher.generate_key(), encoding="ascii")
        path.chmod(0o600)
    print(f"警告: 未设置 HOTLINE_SECRET_KEY，使用开发密钥 {path.resolve()}（生产环境必须设置）",
          file=sys.stderr)
    return path.read_text(encoding="ascii").strip()
