"""Drive the core with neutral messages, as the adapters do, and read what it answers."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timedelta

from handlers.context import Services
from handlers.core import HotlineCore
from handlers.knowledge import KnowledgeBase
from handlers.messages import Incoming, Location, Media, Outgoing
from storage.crypto import Cipher
from storage.database import make_engine, migrate
from storage.unit_of_work import UnitOfWorkFactory


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


class Dialog:
    """`dialog.say(user, text)` returns the replies, like a chat transcript."""

    def __init__(self, database_url: str, settings, triager,
                 start: datetime = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)) -> None:
        self.clock = Clock(start)
        self.engine = make_engine(database_url)
        migrate(self.engine)
        self.uow_factory = UnitOfWorkFactory(self.engine, Cipher("dialog tests"), self.clock)
        services = Services(settings=settings, triager=triager, knowledge=KnowledgeBase.load(), now=self.clock)
        self.core = HotlineCore(services, self.uow_factory)
        self._ids = itertools.count(1000)

    def incoming(self, user: int, **fields) -> Incoming:
        return Incoming(update_id=next(self._ids), user_id=user, chat_id=user, at=self.clock(),
                        name=f"用户{user}", **fields)

    def send(self, incoming: Incoming) -> list[Outgoing]:
        deliveries = self.core.process(incoming)
        for delivery in deliveries:
            self.core.mark_sent(delivery.outbox_id)
        return [delivery.message for delivery in deliveries]

    def say(self, user: int, text: str) -> list[Outgoing]:
        return self.send(self.incoming(user, text=text))

    def press(self, user: int, data: str) -> list[Outgoing]:
        return self.send(self.incoming(user, callback_id="cb", callback_data=data))

    def media(self, user: int, kind: str = "photo", caption: str = "") -> list[Outgoing]:
        return self.send(self.incoming(user, text=caption, media=Media(kind, f"file-{kind}")))

    def location(self, user: int, lat: float = 40.1, lon: float = 117.4) -> list[Outgoing]:
        return self.send(self.incoming(user, location=Location(lat, lon)))

    def register(self, user: int, role: str, **place) -> list[Outgoing]:
        """Make an invite code and redeem it as `user`, the way staff join."""
        from handlers.invites import create_invite

        with self.uow_factory() as uow:
            code = create_invite(uow, self.core.services.settings, role, **place).code
            uow.commit()
        return self.say(user, f"/start {code}")

    def events(self, action: str | None = None):
        from storage.models import Event

        with self.uow_factory() as uow:
            query = uow.session.query(Event).order_by(Event.id)
            rows = query.filter_by(action=action).all() if action else query.all()
            uow.session.expunge_all()
            return rows

    def tickets(self):
        from storage.models import Ticket

        with self.uow_factory() as uow:
            rows = uow.session.query(Ticket).order_by(Ticket.id).all()
            uow.session.expunge_all()
            return rows

    def messages_of(self, ticket_id: int):
        from storage.models import TicketMessage

        with self.uow_factory() as uow:
            rows = uow.session.query(TicketMessage).filter_by(ticket_id=ticket_id).order_by(TicketMessage.id).all()
            uow.session.expunge_all()
            return rows


def text_of(replies: list[Outgoing], chat_id: int | None = None) -> str:
    """The texts of the replies (only those to `chat_id`, if given)."""
    return "\n---\n".join(r.text for r in replies if chat_id is None or r.chat_id == chat_id)


def as_shown(html: str) -> str:
    """A reply's text as the person sees it in the chat (and may copy it): without its HTML tags."""
    return _TAG.sub("", html)


_TAG = re.compile(r"<[^>]+>")


def button_data(replies: list[Outgoing], label: str) -> str:
    """The callback data of the button labelled `label` in the replies."""
    for reply in replies:
        for row in reply.buttons:
            for button in row:
                if button.text == label:
                    return button.data
    raise AssertionError(f"no button {label!r} in {[b.text for r in replies for row in r.buttons for b in row]}")
