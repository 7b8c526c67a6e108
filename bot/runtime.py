"""What a running bot is made of, built once (bot/app.py; on the Telegram side of `hotline run`, bot/cli.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.core_process import RemoteCore
    from handlers.core import HotlineCore
    from handlers.settings import Settings
    from storage.unit_of_work import UnitOfWorkFactory

DEFAULT_DB = "sqlite:///hotline.db"


@dataclass(frozen=True)
class Runtime:
    """Everything a running bot needs. On the Telegram side of `hotline run` the core is a RemoteCore
    and there is no engine here: the core process has the database (bot/core_process.py)."""

    settings: Settings
    engine: Engine | None
    core: HotlineCore | RemoteCore | None
    uow_factory: UnitOfWorkFactory | None
    database_url: str
