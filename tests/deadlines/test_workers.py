"""Several workers, crashes and the outbox: a due reminder is written once, and never lost."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from handlers import reminders
from handlers.core import HotlineCore
from storage.models import OutboxMessage, Reminder
from tests.deadlines.conftest import CASEWORKER, SUPERVISOR, drain, local, open_ticket, tick


def due_rows(dialog) -> int:
    with dialog.uow_factory() as uow:
        return uow.session.scalar(select(func.count(Reminder.id)).where(Reminder.status == "pending",
                                                                        Reminder.due_at <= dialog.clock())) or 0


def test_two_workers_claim_due_rows_once(dialog, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer and the bot one core thread; SKIP LOCKED is PostgreSQL's")
    for user in range(510, 516):
        open_ticket(dialog, user=user)
    dialog.clock.moment = local(2026, 11, 24, 10, 0)  # each ticket: a reminder and an escalation due
    services = dialog.core.services
    first, second = dialog.uow_factory(), dialog.uow_factory()
    claimed, replies = reminders.fire_due(first, services, dialog.clock(), limit=7)
    assert claimed == 7 and replies
    other, more = reminders.fire_due(second, services, dialog.clock(), limit=100)
    assert other == 5, "the second worker skips the 7 rows the first holds and takes the rest"
    first.commit()
    second.commit()
    first.session.close()
    second.session.close()
    assert due_rows(dialog) == 0
    with dialog.uow_factory() as uow:
        assert uow.session.scalar(select(func.count(Reminder.id)).where(Reminder.status == "done")) == 12


def test_two_cores_firing_one_after_the_other_send_each_reminder_once(dialog):
    open_ticket(dialog)
    dialog.clock.moment = local(2026, 11, 24, 10, 0)
    other = HotlineCore(dialog.core.services, dialog.uow_factory)
    assert dialog.core.fire_reminders() == 5  # remind ×2 caseworkers, overdue ×2, escalation ×1
    assert other.fire_reminders() == 0
    assert len(drain(dialog)) == 5


def test_a_crash_before_commit_sends_nothing_and_loses_nothing(dialog, monkeypatch):
    open_ticket(dialog)
    dialog.clock.moment = local(2026, 11, 24, 10, 0)

    def crash(uow, replies):
        raise RuntimeError("killed between writing and committing")

    monkeypatch.setattr(HotlineCore, "_enqueue", staticmethod(crash))
    with pytest.raises(RuntimeError):
        dialog.core.fire_reminders()
    assert drain(dialog) == [] and due_rows(dialog) == 2
    monkeypatch.undo()
    assert {r.chat_id for r in tick(dialog)} == {CASEWORKER, 602, SUPERVISOR}


def test_a_crash_after_commit_is_sent_from_the_outbox(dialog):
    open_ticket(dialog)
    dialog.clock.moment = local(2026, 11, 24, 10, 0)
    assert dialog.core.fire_reminders() == 5  # committed; the process dies before sending anything
    restarted = HotlineCore(dialog.core.services, dialog.uow_factory)
    sent = [d.message for d in restarted.recover()]
    assert len(sent) == 5 and due_rows(dialog) == 0
    with dialog.uow_factory() as uow:
        assert uow.session.scalar(select(func.count(OutboxMessage.id))
                                  .where(OutboxMessage.status == "pending")) == 0
