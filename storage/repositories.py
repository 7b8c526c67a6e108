"""Repositories: add and query rows for the handlers. They flush, never commit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.crypto import Cipher
from storage.models import Conversation, Event, InboundUpdate, OutboxMessage, Person, Ticket, TicketMessage

OPEN_STATES = ("new", "accepted", "verifying", "referred")


class _Repository:
    def __init__(self, session: Session, now: Callable[[], datetime]) -> None:
        self.session = session
        self.now = now


class PersonRepository(_Repository):
    def __init__(self, session: Session, cipher: Cipher, now: Callable[[], datetime]) -> None:
        super().__init__(session, now)
        self.cipher = cipher

    def by_telegram_id(self, telegram_id: int) -> Person | None:
        return self.session.scalar(select(Person).where(Person.telegram_id == telegram_id))

    def get_or_create(self, telegram_id: int, chat_id: int, name: str) -> Person:
        """The person behind a Telegram account, created as a resident on first contact."""
        person = self.by_telegram_id(telegram_id)
        if person is None:
            person = Person(telegram_id=telegram_id, chat_id=chat_id, name=name[:200],
                            role="resident", created_at=self.now())
            self.session.add(person)
            self.session.flush()
        elif name and person.name != name[:200]:
            person.name = name[:200]
        return person

    def set_phone(self, person: Person, phone: str) -> None:
        person.phone_secret = self.cipher.encrypt(phone)

    def mark_unreachable(self, chat_id: int) -> list[Person]:
        people = list(self.session.scalars(select(Person).where(Person.chat_id == chat_id)))
        for person in people:
            person.unreachable = True
        return people


class UpdateRepository(_Repository):
    def __init__(self, session: Session, cipher: Cipher, now: Callable[[], datetime]) -> None:
        super().__init__(session, now)
        self.cipher = cipher

    def get(self, update_id: int) -> InboundUpdate | None:
        return self.session.scalar(select(InboundUpdate).where(InboundUpdate.update_id == update_id))

    def add(self, update_id: int, telegram_id: int, payload: str) -> InboundUpdate:
        row = InboundUpdate(update_id=update_id, telegram_id=telegram_id, status="received",
                            payload_secret=self.cipher.encrypt(payload), received_at=self.now())
        self.session.add(row)
        self.session.flush()
        return row

    def payload(self, row: InboundUpdate) -> str:
        return self.cipher.decrypt(row.payload_secret)

    def claim(self, update_id: int) -> bool:
        """Mark a received update handled; False if another worker (or an earlier run) did."""
        result = self.session.execute(
            update(InboundUpdate)
            .where(InboundUpdate.update_id == update_id, InboundUpdate.status == "received")
            .values(status="handled", handled_at=self.now()))
        return result.rowcount == 1

    def mark_failed(self, update_id: int, error: str) -> None:
        self.session.execute(update(InboundUpdate).where(InboundUpdate.update_id == update_id)
                             .values(status="failed", error=error[:2000], handled_at=self.now()))

    def unhandled(self) -> Sequence[int]:
        query = select(InboundUpdate.update_id).where(InboundUpdate.status == "received")
        return self.session.scalars(query.order_by(InboundUpdate.id)).all()


class TicketRepository(_Repository):
    def __init__(self, session: Session, cipher: Cipher, now: Callable[[], datetime]) -> None:
        super().__init__(session, now)
        self.cipher = cipher

    def add(self, ticket: Ticket) -> Ticket:
        ticket.created_at = ticket.updated_at = self.now()
        self.session.add(ticket)
        self.session.flush()
        return ticket

    def get(self, ticket_id: int) -> Ticket | None:
        return self.session.get(Ticket, ticket_id)

    def add_message(self, ticket: Ticket, message: TicketMessage, original: str | None) -> TicketMessage:
        """Attach a message; the unmasked original is stored only encrypted."""
        message.ticket_id = ticket.id
        message.created_at = self.now()
        message.text_secret = self.cipher.encrypt(original) if original else None
        ticket.updated_at = self.now()
        self.session.add(message)
        self.session.flush()
        return message

    def message(self, message_id: int) -> TicketMessage | None:
        return self.session.get(TicketMessage, message_id)

    def latest_open_of(self, person_id: int) -> Ticket | None:
        query = (select(Ticket).where(Ticket.reporter_id == person_id, Ticket.state.in_(OPEN_STATES))
                 .order_by(Ticket.id.desc()).limit(1))
        return self.session.scalar(query)

    def of_reporter(self, person_id: int, limit: int = 20) -> Sequence[Ticket]:
        query = select(Ticket).where(Ticket.reporter_id == person_id).order_by(Ticket.id.desc()).limit(limit)
        return self.session.scalars(query).all()

    def count(self) -> int:
        return self.session.scalar(select(func.count(Ticket.id))) or 0


class EventRepository(_Repository):
    def record(self, action: str, *, ticket_id: int | None = None, actor_id: int | None = None,
               detail: str = "") -> Event:
        event = Event(ticket_id=ticket_id, actor_id=actor_id, action=action, detail=detail, at=self.now())
        self.session.add(event)
        return event

    def of_ticket(self, ticket_id: int) -> Sequence[Event]:
        return self.session.scalars(select(Event).where(Event.ticket_id == ticket_id).order_by(Event.id)).all()


class OutboxRepository(_Repository):
    def __init__(self, session: Session, cipher: Cipher, now: Callable[[], datetime]) -> None:
        super().__init__(session, now)
        self.cipher = cipher

    def add(self, chat_id: int, payload: str) -> OutboxMessage:
        row = OutboxMessage(chat_id=chat_id, payload_secret=self.cipher.encrypt(payload),
                            status="pending", attempts=0, created_at=self.now())
        self.session.add(row)
        self.session.flush()
        return row

    def payload(self, row: OutboxMessage) -> str:
        return self.cipher.decrypt(row.payload_secret)

    def get(self, outbox_id: int) -> OutboxMessage | None:
        return self.session.get(OutboxMessage, outbox_id)

    def pending(self, limit: int = 500) -> Sequence[OutboxMessage]:
        query = select(OutboxMessage).where(OutboxMessage.status == "pending").order_by(OutboxMessage.id)
        return self.session.scalars(query.limit(limit)).all()


class ConversationRepository(_Repository):
    def get(self, person_id: int) -> Conversation | None:
        return self.session.get(Conversation, person_id)

    def set(self, person_id: int, state: str, data: dict) -> None:
        row = self.get(person_id)
        if row is None:
            self.session.add(Conversation(person_id=person_id, state=state, data=data, updated_at=self.now()))
        else:
            row.state, row.data, row.updated_at = state, data, self.now()

    def clear(self, person_id: int) -> None:
        row = self.get(person_id)
        if row is not None:
            self.session.delete(row)
