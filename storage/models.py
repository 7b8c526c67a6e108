"""SQLAlchemy 2 models: people, stored updates, tickets and their messages, events, outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out (SQLite forgets the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        from datetime import UTC

        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value, dialect):
        from datetime import UTC

        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Person(Base):
    """Anyone who wrote to the bot; staff roles come from invite codes."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="resident")
    town: Mapped[str | None] = mapped_column(String(50))
    village: Mapped[str | None] = mapped_column(String(50))
    department: Mapped[str | None] = mapped_column(String(30))
    phone_secret: Mapped[str | None] = mapped_column(Text)
    unreachable: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class InboundUpdate(Base):
    """Every Telegram update, stored before anything else happens (payload encrypted)."""

    __tablename__ = "inbound_updates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    payload_secret: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Ticket(Base):
    """One case (工单), shown to people as #id."""

    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    source: Mapped[str] = mapped_column(String(20), default="resident")
    category: Mapped[str] = mapped_column(String(30), index=True)
    secondary: Mapped[list] = mapped_column(JSON, default=list)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(20), default="new", index=True)
    town: Mapped[str | None] = mapped_column(String(50), index=True)
    village: Mapped[str | None] = mapped_column(String(50))
    keywords: Mapped[list] = mapped_column(JSON, default=list)
    evidence: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    outcome: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    due_kind: Mapped[str | None] = mapped_column(String(30))
    first_help_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))

    messages: Mapped[list[TicketMessage]] = relationship(back_populates="ticket", order_by="TicketMessage.id")
    reporter: Mapped[Person] = relationship(foreign_keys=[reporter_id])
    assignee: Mapped[Person | None] = relationship(foreign_keys=[assignee_id])


class TicketMessage(Base):
    """What a person sent about a ticket: masked text for screens, the original encrypted."""

    __tablename__ = "ticket_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_updates.id"))
    text_masked: Mapped[str] = mapped_column(Text, default="")
    text_secret: Mapped[str | None] = mapped_column(Text)
    media_kind: Mapped[str | None] = mapped_column(String(20))
    media_file_id: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    ticket: Mapped[Ticket] = relationship(back_populates="messages")


class Event(Base):
    """The audit trail and each ticket's timeline: who did what, when, why."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class OutboxMessage(Base):
    """A reply written in the same transaction as the change it reports; sent afterwards."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_id", "status", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    payload_secret: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Conversation(Base):
    """A question the bot is waiting on (town buttons, a confirmation), per person."""

    __tablename__ = "conversations"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(40))
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Invite(Base):
    """A one-time code that makes whoever sends `/start CODE` a volunteer or staff member."""

    __tablename__ = "invites"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    town: Mapped[str | None] = mapped_column(String(50))
    village: Mapped[str | None] = mapped_column(String(50))
    department: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    used_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))


class Referral(Base):
    """A ticket handed to a department (转介): sent → accepted → done, or returned / revoked."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    department: Mapped[str] = mapped_column(String(30), index=True)
    state: Mapped[str] = mapped_column(String(20), default="sent")
    note: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str | None] = mapped_column(Text)
    referred_by: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Reminder(Base):
    """A scheduled ping about one deadline (催办/督办/通报/回访): pending → done | cancelled."""

    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_status_due_at", "status", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    deadline_kind: Mapped[str] = mapped_column(String(20))
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(12), default="pending")
    repeat: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PeriodicRun(Base):
    """One run of a periodic job for one period (monthly report, weekly digest, spot check): at most once."""

    __tablename__ = "periodic_runs"
    __table_args__ = (UniqueConstraint("job", "period", name="uq_periodic_runs_job_period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
