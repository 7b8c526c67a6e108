"""Reminder rows: add the plan of a deadline, cancel it, claim what is due (once, across workers)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from sqlalchemy import event, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from storage.models import PeriodicRun, Referral, Reminder, Ticket

DEADLINE_FIELDS = ("due_at", "due_kind", "state", "urgent")


class ReminderRepository:
    """Queries on `reminders`; like every repository it flushes, never commits."""

    def __init__(self, session: Session, now: Callable[[], datetime]) -> None:
        self.session = session
        self.now = now

    def add_all(self, reminders: Iterable[Reminder]) -> None:
        for reminder in reminders:
            reminder.created_at = self.now()
            self.session.add(reminder)

    def about(self, ticket_id: int, referral_id: int | None, deadline_at: datetime | None) -> Sequence[Reminder]:
        """The ticket's (or referral's) pending reminders, and any reminder about `deadline_at`."""
        wanted = Reminder.status == "pending"
        if deadline_at is not None:
            wanted = or_(wanted, Reminder.deadline_at == deadline_at)
        owner = Reminder.referral_id.is_(None) if referral_id is None else Reminder.referral_id == referral_id
        query = select(Reminder).where(Reminder.ticket_id == ticket_id, owner, wanted)
        return self.session.scalars(query.order_by(Reminder.id)).all()

    def cancel(self, ids: Sequence[int]) -> None:
        """Cancel the rows that are still pending (one another worker fired stays done)."""
        if ids:
            self.session.execute(update(Reminder).where(Reminder.id.in_(ids), Reminder.status == "pending")
                                 .values(status="cancelled", done_at=self.now())
                                 .execution_options(synchronize_session=False))

    def claim_due(self, now: datetime, limit: int) -> Sequence[Reminder]:
        """Lock due pending rows; a second worker skips them (FOR UPDATE SKIP LOCKED; SQLite has one writer)."""
        query = (select(Reminder).where(Reminder.status == "pending", Reminder.due_at <= now)
                 .order_by(Reminder.due_at, Reminder.id).limit(limit).with_for_update(skip_locked=True))
        return self.session.scalars(query).all()

    def next_due(self) -> datetime | None:
        """When the earliest pending reminder falls due."""
        return self.session.scalar(select(func.min(Reminder.due_at)).where(Reminder.status == "pending"))

    def claim_period(self, job: str, period: str, detail: str = "") -> bool:
        """Record that `job` ran for `period`; False if it already did (the unique key decides)."""
        exists = self.session.scalar(select(PeriodicRun.id).where(PeriodicRun.job == job,
                                                                  PeriodicRun.period == period))
        if exists is not None:
            return False
        self.session.add(PeriodicRun(job=job, period=period, detail=detail, created_at=self.now()))
        self.session.flush()
        return True

    def run_detail(self, job: str, period: str, detail: str) -> None:
        self.session.execute(update(PeriodicRun).where(PeriodicRun.job == job, PeriodicRun.period == period)
                             .values(detail=detail))


def track_deadline_changes(sessions: sessionmaker) -> None:
    """Remember every ticket or referral whose deadline or state was flushed, for the deadline engine."""
    event.listen(sessions, "after_flush", _collect)


def _collect(session: Session, _flush_context) -> None:
    touched = session.info.setdefault("deadline_touched", {})
    for row in session.new:
        if isinstance(row, Ticket | Referral):
            touched[(type(row).__name__, row.id)] = row
    for row in session.dirty:
        if _deadline_changed(row):
            touched[(type(row).__name__, row.id)] = row


def _deadline_changed(row: object) -> bool:
    if not isinstance(row, Ticket | Referral):
        return False
    from sqlalchemy import inspect

    state = inspect(row)
    return any(state.attrs[name].history.has_changes() for name in DEADLINE_FIELDS if name in state.attrs)


def take_touched(session: Session) -> list[Ticket | Referral]:
    """The tickets and referrals changed since the last call (flushing first if one has unflushed
    deadline changes: most updates only add a message, and a flush per update was ~10 % of the core)."""
    if any(isinstance(row, Ticket | Referral) for row in session.new) or any(map(_deadline_changed, session.dirty)):
        session.flush()
    touched = session.info.pop("deadline_touched", {})
    return list(touched.values())
