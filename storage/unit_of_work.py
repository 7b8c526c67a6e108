"""One transaction per incoming message or job; repositories never commit, this does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from storage.crypto import Cipher
from storage.models import Person
from storage.reminders import ReminderRepository, track_deadline_changes
from storage.repositories import (
    ConversationRepository,
    EventRepository,
    InviteRepository,
    OutboxRepository,
    PersonRepository,
    ReferralRepository,
    TicketRepository,
    UpdateRepository,
)


class UnitOfWork:
    """`with uow_factory() as uow: …; uow.commit()` — anything uncommitted is rolled back."""

    def __init__(self, session: Session, cipher: Cipher, now: Callable[[], datetime]) -> None:
        self.session = session
        self.cipher = cipher
        self.now = now
        self.persons = PersonRepository(session, cipher, now)
        self.updates = UpdateRepository(session, cipher, now)
        self.tickets = TicketRepository(session, cipher, now)
        self.events = EventRepository(session, now)
        self.outbox = OutboxRepository(session, cipher, now)
        self.conversations = ConversationRepository(session, now)
        self.referrals = ReferralRepository(session, now)
        self.invites = InviteRepository(session, now)
        self.reminders = ReminderRepository(session, now)

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(self, *exc_info) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def sender(self, telegram_id: int, chat_id: int, name: str) -> Person:
        """The person an update is from (created on first contact), their open question loaded with them."""
        person, conversation = self.persons.with_conversation(telegram_id, chat_id, name)
        self.conversations.known(person.id, conversation)
        return person

    def next_update(self) -> None:
        """Between two updates handled in one transaction: write what the first changed, then forget
        every loaded row and cached miss, so the next starts from the database as in a session of its
        own (a Core UPDATE does not refresh a loaded copy)."""
        self.session.flush()
        self.session.expunge_all()
        self.conversations.forget()


class UnitOfWorkFactory:
    """Makes units of work over one engine, with the cipher and clock they all share."""

    def __init__(self, engine: Engine, cipher: Cipher, now: Callable[[], datetime]) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        track_deadline_changes(self._sessions)
        self.engine = engine
        self.cipher = cipher
        self.now = now

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._sessions(), self.cipher, self.now)
