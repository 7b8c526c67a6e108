"""Shared fixtures: databases on both backends, one Triager per session."""

from __future__ import annotations

import pytest

from tests.support.databases import BACKENDS, fresh_database


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """An empty database on SQLite and (when HOTLINE_TEST_PG_URL is set) on PostgreSQL."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def settings():
    from bot.config import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def triager(settings):
    from nlp.places import Gazetteer
    from nlp.triage import Triager

    return Triager(Gazetteer(district=settings.district, towns=settings.towns))
