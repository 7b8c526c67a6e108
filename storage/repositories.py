"""Repositories: add and query rows for the handlers. They flush, never commit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from storage.crypto import Cipher
from storage.models import (
    Conversation,
    Event,
    InboundUpdate,
    Invite,
    OutboxMessage,
    Person,
    Referral,
    Ticket,
    TicketMessage,
)

OPEN_STATES = ("new", "accepted", "verifying", "referred")
OPEN_REFERRAL_STATES = ("sent", "accepted")


# Statements built once: these run for every update, and building one costs as much as running it.
_PERSON_AND_CONVERSATION = (select(Person, Conversation)
                            .outerjoin(Conversation, Conversation.person_id == Person.id)
                            .where(Person.telegram_id == bindparam("telegram_id")))
_LATEST_OPEN_TICKET = (select(Ticket).where(Ticket.reporter_id == bindparam("person_id"), Ticket.state.in_(OPEN_STATES))
                       .order_by(Ticket.id.desc()).limit(1))


_messages = TicketMessage.__table__
_message_columns = [column for column in _messages.columns if column.key != "id"]
_INSERT_MESSAGE = _messages.insert().returning(_messages.c.id)
_tickets = Ticket.__table__
_TOUCH_TICKET = (update(_tickets).where(_tickets.c.id == bindparam("ticket_id"))
                 .values(updated_at=bindparam("at")))


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
        return self.with_conversation(telegram_id, chat_id, name)[0]

    def with_conversation(self, telegram_id: int, chat_id: int, name: str) -> tuple[Person, Conversation | None]:
        """`get_or_create`, and the person's open question loaded by the same SELECT (every update
        asks for it: one statement fewer per update)."""
        row = self.session.execute(_PERSON_AND_CONVERSATION, {"telegram_id": telegram_id}).first()
        person, conversation = row if row is not None else (None, None)
        if person is None:
            person = Person(telegram_id=telegram_id, chat_id=chat_id, name=name[:200],
                            role="resident", created_at=self.now())
            self.session.add(person)
            self.session.flush()
        elif name and person.name != name[:200]:
            person.name = name[:200]
        return person, conversation

    def set_phone(self, person: Person, phone: str) -> None:
        person.phone_secret = self.cipher.encrypt(phone)

    def get(self, person_id: int) -> Person | None:
        return self.session.get(Person, person_id)

    def with_role(self, role: str, *, town: str | None = None, department: str | None = None) -> Sequence[Person]:
        """Reachable people of a role, narrowed to a town or a department."""
        query = select(Person).where(Person.role == role, Person.unreachable.is_(False))
        if town is not None:
            query = query.where(Person.town == town)
        if department is not None:
            query = query.where(Person.department == department)
        return self.session.scalars(query.order_by(Person.id)).all()

    def phone(self, person: Person) -> str | None:
        return self.cipher.decrypt(person.phone_secret) if person.phone_secret else None

    def mark_unreachable(self, chat_id: int) -> list[Person]:
        people = list(self.session.scalars(select(Person).where(Person.chat_id == chat_id)))
        for person in people:
            person.unreachable = True
        return people


_updates = InboundUpdate.__table__
# Built once: these run for every update, and building a statement costs more than running it.
_INSERT_UPDATE = _updates.insert()
_CLAIM_UPDATES = (update(_updates)
                  .where(_updates.c.update_id.in_(bindparam("wanted", expanding=True)), _updates.c.status == "received")
                  .values(status="handled", handled_at=bindparam("at"))
                  .returning(_updates.c.update_id, _updates.c.id))


class UpdateRepository(_Repository):
    def __init__(self, session: Session, cipher: Cipher, now: Callable[[], datetime]) -> None:
        super().__init__(session, now)
        self.cipher = cipher

    def get(self, update_id: int) -> InboundUpdate | None:
        return self.session.scalar(select(InboundUpdate).where(InboundUpdate.update_id == update_id))

    def add(self, update_id: int, telegram_id: int, payload: str) -> None:
        """Store a raw update, encrypted (a Core insert: this runs for every update, the ORM is not needed)."""
        self.session.connection().execute(_INSERT_UPDATE, {
            "update_id": update_id, "telegram_id": telegram_id, "status": "received",
            "payload_secret": self.cipher.encrypt(payload), "received_at": self.now()})

    def add_many(self, updates: list[tuple[int, int, str]]) -> None:
        """(update_id, telegram_id, payload) rows in one statement."""
        now = self.now()
        self.session.connection().execute(_INSERT_UPDATE, [
            {"update_id": update_id, "telegram_id": telegram_id, "status": "received",
             "payload_secret": self.cipher.encrypt(payload), "received_at": now}
            for update_id, telegram_id, payload in updates])

    def payload(self, row: InboundUpdate) -> str:
        return self.cipher.decrypt(row.payload_secret)

    def claim_many(self, update_ids: list[int]) -> dict[int, int]:
        """`claim` for a batch in one statement: update_id -> row id of those this worker got."""
        rows = self.session.connection().execute(_CLAIM_UPDATES, {"wanted": update_ids, "at": self.now()})
        return dict(rows.all())

    def claim(self, update_id: int) -> int | None:
        """Mark a received update handled and return its row id; None if another worker (or an earlier run) did."""
        return self.claim_many([update_id]).get(update_id)

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
        """Attach a message; the unmasked original is stored only encrypted.

        A Core insert (most updates add a message, and the ORM's flush cost more than the INSERT);
        `message` comes back with its id but stays outside the session."""
        message.ticket_id = ticket.id
        message.created_at = self.now()
        message.text_secret = self.cipher.encrypt(original) if original else None
        values = {column.key: getattr(message, column.key) for column in _message_columns}
        connection = self.session.connection()
        message.id = connection.execute(_INSERT_MESSAGE, values).scalar_one()
        # The ticket's new updated_at as a Core UPDATE, its ORM copy told so (no dirty ticket): a flush
        # for this one column was ~12 % of the core's CPU per update, as most updates only add a message.
        connection.execute(_TOUCH_TICKET, {"ticket_id": ticket.id, "at": message.created_at})
        set_committed_value(ticket, "updated_at", message.created_at)
        if "messages" in ticket.__dict__:  # a loaded collection would not show the new row
            self.session.expire(ticket, ["messages"])
        return message

    def message(self, message_id: int) -> TicketMessage | None:
        return self.session.get(TicketMessage, message_id)

    def latest_open_of(self, person_id: int) -> Ticket | None:
        return self.session.scalar(_LATEST_OPEN_TICKET, {"person_id": person_id})

    def of_reporter(self, person_id: int, limit: int = 20) -> Sequence[Ticket]:
        query = select(Ticket).where(Ticket.reporter_id == person_id).order_by(Ticket.id.desc()).limit(limit)
        return self.session.scalars(query).all()

    def count(self) -> int:
        return self.session.scalar(select(func.count(Ticket.id))) or 0

    def claim_new(self, ticket_id: int, assignee_id: int) -> bool:
        """Accept atomically: exactly one of two caseworkers pressing at once gets the ticket."""
        result = self.session.execute(
            update(Ticket).where(Ticket.id == ticket_id, Ticket.state == "new")
            .values(state="accepted", assignee_id=assignee_id, accepted_at=self.now(), updated_at=self.now())
            .execution_options(synchronize_session="fetch"))
        return result.rowcount == 1

    def query(self, *conditions, limit: int = 30) -> Sequence[Ticket]:
        """Tickets matching SQLAlchemy conditions, most urgent and oldest deadline first."""
        statement = (select(Ticket).where(*conditions)
                     .order_by(Ticket.urgent.desc(), Ticket.due_at.asc().nulls_last(), Ticket.id).limit(limit))
        return self.session.scalars(statement).all()

    def counts(self, column, *conditions) -> list[tuple[str, int]]:
        statement = select(column, func.count(Ticket.id)).where(*conditions).group_by(column).order_by(column)
        return [(str(key), count) for key, count in self.session.execute(statement).all()]

    def messages(self, ticket_id: int) -> Sequence[TicketMessage]:
        query = select(TicketMessage).where(TicketMessage.ticket_id == ticket_id).order_by(TicketMessage.id)
        return self.session.scalars(query).all()

    def original_text(self, message: TicketMessage) -> str:
        return self.cipher.decrypt(message.text_secret) if message.text_secret else message.text_masked


class ReferralRepository(_Repository):
    def add(self, referral: Referral) -> Referral:
        referral.created_at = referral.updated_at = self.now()
        self.session.add(referral)
        self.session.flush()
        return referral

    def of_ticket(self, ticket_id: int) -> Sequence[Referral]:
        return self.session.scalars(select(Referral).where(Referral.ticket_id == ticket_id)
                                    .order_by(Referral.id)).all()

    def open_of(self, ticket_id: int, department: str | None = None) -> Sequence[Referral]:
        query = select(Referral).where(Referral.ticket_id == ticket_id,
                                       Referral.state.in_(OPEN_REFERRAL_STATES))
        if department is not None:
            query = query.where(Referral.department == department)
        return self.session.scalars(query.order_by(Referral.id)).all()

    def open_for_department(self, department: str) -> Sequence[Referral]:
        query = select(Referral).where(Referral.department == department,
                                       Referral.state.in_(OPEN_REFERRAL_STATES))
        return self.session.scalars(query.order_by(Referral.due_at, Referral.id)).all()


class InviteRepository(_Repository):
    def add(self, invite: Invite) -> Invite:
        self.session.add(invite)
        self.session.flush()
        return invite

    def redeem(self, code: str, person_id: int) -> bool:
        """Use a code once: False if unknown, used or expired."""
        result = self.session.execute(
            update(Invite).where(Invite.code == code, Invite.used_at.is_(None), Invite.expires_at > self.now())
            .values(used_at=self.now(), used_by=person_id))
        return result.rowcount == 1

    def get(self, code: str) -> Invite | None:
        return self.session.get(Invite, code)


_INSERT_EVENT = Event.__table__.insert()


class EventRepository(_Repository):
    def record(self, action: str, *, ticket_id: int | None = None, actor_id: int | None = None,
               detail: str = "") -> None:
        """Append to the audit log at once (a Core insert: no object to track, nothing left for the flush)."""
        self.session.connection().execute(_INSERT_EVENT, {
            "ticket_id": ticket_id, "actor_id": actor_id, "action": action, "detail": detail, "at": self.now()})

    def of_ticket(self, ticket_id: int) -> Sequence[Event]:
        return self.session.scalars(select(Event).where(Event.ticket_id == ticket_id).order_by(Event.id)).all()


_outbox = OutboxMessage.__table__
_INSERT_CLAIMED_OUTBOX = _outbox.insert().returning(_outbox.c.id, sort_by_parameter_order=True)
_MARK_OUTBOX_SENT = (update(_outbox).where(_outbox.c.id.in_(bindparam("ids", expanding=True)))
                     .values(status="sent", sent_at=bindparam("at")))


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

    def add_claimed(self, replies: list[tuple[int, str]], worker: str) -> list[int]:
        """Replies this worker sends at once, (chat_id, payload) each: inserted as 'sending', claimed by
        it, in one statement however many; returns their row ids in the same order."""
        if not replies:
            return []
        now = self.now()
        rows = [{"chat_id": chat_id, "payload_secret": self.cipher.encrypt(payload), "status": "sending",
                 "attempts": 0, "created_at": now, "claimed_at": now, "claimed_by": worker}
                for chat_id, payload in replies]
        return list(self.session.connection().execute(_INSERT_CLAIMED_OUTBOX, rows).scalars())

    def mark_sent(self, outbox_ids: list[int], at: datetime) -> None:
        self.session.connection().execute(_MARK_OUTBOX_SENT, {"ids": outbox_ids, "at": at})

    def payload(self, row: OutboxMessage) -> str:
        return self.cipher.decrypt(row.payload_secret)

    def get(self, outbox_id: int) -> OutboxMessage | None:
        return self.session.get(OutboxMessage, outbox_id)

    def pending(self, limit: int = 500) -> Sequence[OutboxMessage]:
        query = select(OutboxMessage).where(OutboxMessage.status == "pending").order_by(OutboxMessage.id)
        return self.session.scalars(query.limit(limit)).all()


class ConversationRepository(_Repository):
    """A person's open question. Most people have none: a miss is remembered for the unit of work,
    so asking again (several handlers do, for one update) costs no second SELECT."""

    def __init__(self, session: Session, now: Callable[[], datetime]) -> None:
        super().__init__(session, now)
        self._absent: set[int] = set()

    def get(self, person_id: int) -> Conversation | None:
        if person_id in self._absent:
            return None
        row = self.session.get(Conversation, person_id)
        if row is None:
            self._absent.add(person_id)
        return row

    def forget(self) -> None:
        self._absent.clear()

    def known(self, person_id: int, row: Conversation | None) -> None:
        """What a joined SELECT found (the row itself is in the session now); a miss is remembered."""
        if row is None:
            self._absent.add(person_id)

    def set(self, person_id: int, state: str, data: dict) -> None:
        row = self.get(person_id)
        if row is None:
            self.session.add(Conversation(person_id=person_id, state=state, data=data, updated_at=self.now()))
            self._absent.discard(person_id)
        else:
            row.state, row.data, row.updated_at = state, data, self.now()

    def clear(self, person_id: int) -> None:
        row = self.get(person_id)
        if row is not None:
            self.session.delete(row)
            self._absent.add(person_id)
