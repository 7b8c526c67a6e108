"""Storage on SQLite and PostgreSQL: migrations, store-first, dedup, encryption at rest."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text

from storage.crypto import Cipher
from storage.database import make_engine, migrate, normalize_url
from storage.models import Person, Ticket
from storage.unit_of_work import UnitOfWorkFactory

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


@pytest.fixture
def uow_factory(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    yield UnitOfWorkFactory(engine, Cipher("test key"), lambda: NOW)
    engine.dispose()


def test_migrations_create_every_table_and_are_idempotent(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"persons", "inbound_updates", "tickets", "ticket_messages", "events", "outbox",
            "conversations", "alembic_version"} <= tables
    engine.dispose()


def test_plain_postgresql_url_gets_the_psycopg_driver():
    assert normalize_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    assert normalize_url("sqlite:///x.db") == "sqlite:///x.db"


def test_update_payload_is_encrypted_at_rest(uow_factory):
    with uow_factory() as uow:
        uow.updates.add(1, 42, '{"text": "身份证 120225198001011234"}')
        uow.commit()
    with uow_factory() as uow:
        raw = uow.session.execute(text("SELECT payload_secret FROM inbound_updates")).scalar_one()
        assert "120225" not in raw
        assert "120225198001011234" in uow.updates.payload(uow.updates.get(1))


def test_claim_handles_an_update_once(uow_factory):
    with uow_factory() as uow:
        uow.updates.add(7, 42, "{}")
        uow.commit()
    with uow_factory() as uow:
        row_id = uow.updates.claim(7)
        assert row_id == uow.updates.get(7).id
        uow.commit()
    with uow_factory() as uow:
        assert uow.updates.claim(7) is None
        assert list(uow.updates.unhandled()) == []


def test_rolled_back_unit_of_work_leaves_nothing(uow_factory):
    with uow_factory() as uow:
        uow.persons.get_or_create(5, 5, "张三")
    with uow_factory() as uow:
        assert uow.persons.by_telegram_id(5) is None


def test_ticket_messages_keep_the_original_only_encrypted(uow_factory):
    with uow_factory() as uow:
        person = uow.persons.get_or_create(9, 9, "李四")
        ticket = uow.tickets.add(Ticket(reporter_id=person.id, category="subsistence", state="new",
                                        secondary=[], keywords=[], evidence=""))
        from storage.models import TicketMessage

        uow.tickets.add_message(ticket, TicketMessage(person_id=person.id, text_masked="电话 138****5678"),
                                "电话 13812345678")
        uow.commit()
        ticket_id = ticket.id
    with uow_factory() as uow:
        raw = uow.session.execute(text("SELECT text_masked, text_secret FROM ticket_messages")).one()
        assert "13812345678" not in raw[0] and "13812345678" not in raw[1]
        assert uow.cipher.decrypt(raw[1]) == "电话 13812345678"
        assert uow.tickets.latest_open_of(uow.persons.by_telegram_id(9).id).id == ticket_id
        assert isinstance(uow.session.get(Person, 1).created_at.tzinfo, type(UTC))


def test_cipher_refuses_a_wrong_key():
    token = Cipher("one").encrypt("秘密")
    assert Cipher("one").decrypt(token) == "秘密"
    with pytest.raises(ValueError):
        Cipher("two").decrypt(token)


def test_claims_of_a_dead_or_unreaped_process_are_released_at_start(uow_factory):
    """A killed bot's core process may linger as a zombie until init reaps it: its claims are released."""
    import socket
    import subprocess
    import time

    from storage.claims import release_dead_claims, worker_name
    from storage.models import OutboxMessage

    zombie = subprocess.Popen(["sleep", "0"])
    time.sleep(0.3)  # exited, not yet reaped (no wait() yet)
    host = socket.gethostname()[:60]
    alive = worker_name()  # this very process
    with uow_factory() as uow:
        now = datetime.now(UTC)
        for owner in (f"{host}:{zombie.pid}:dead", alive):
            uow.session.add(OutboxMessage(chat_id=1, payload_secret="x", status="sending", attempts=0,
                                          created_at=now, claimed_at=now, claimed_by=owner))
        uow.commit()
    try:
        with uow_factory() as uow:
            assert release_dead_claims(uow.session, f"{host}:999999999:new") == 1
            uow.commit()
            owners = {row.claimed_by: row.status for row in uow.session.query(OutboxMessage)}
        assert owners == {None: "pending", alive: "sending"}
    finally:
        zombie.wait()
