"""What a handler gets: the unit of work, the shared services, the message and its sender."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from handlers.messages import Button, Document, Incoming, Outgoing
from handlers.settings import Settings

if TYPE_CHECKING:
    from handlers.knowledge import KnowledgeBase
    from nlp.triage import Triager
    from storage.models import Conversation, Person
    from storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Services:
    """Built once at start-up by bot/app.py and shared by every handler."""

    settings: Settings
    triager: Triager
    knowledge: KnowledgeBase
    now: Callable[[], datetime]


@dataclass
class Context:
    """One incoming update being handled inside one unit of work."""

    uow: UnitOfWork
    services: Services
    incoming: Incoming
    person: Person
    inbound_id: int  # the stored update's row: messages and media point back to it
    replies: list[Outgoing] = field(default_factory=list)

    @property
    def settings(self) -> Settings:
        return self.services.settings

    def reply(self, text: str, buttons: tuple[tuple[Button, ...], ...] = (), document: Document | None = None) -> None:
        """Answer the person who wrote."""
        self.replies.append(Outgoing(chat_id=self.incoming.chat_id, text=text, buttons=buttons, document=document))

    def notify(self, chat_id: int, text: str, buttons: tuple[tuple[Button, ...], ...] = ()) -> None:
        """Tell someone else (a caseworker, a reporter)."""
        self.replies.append(Outgoing(chat_id=chat_id, text=text, buttons=buttons))

    def state(self) -> Conversation | None:
        """The question this person is in the middle of, unless it has gone stale."""
        row = self.uow.conversations.get(self.person.id)
        if row is None:
            return None
        if self.services.now() - row.updated_at > self.settings.conversation_timeout.wall():
            self.uow.conversations.clear(self.person.id)
            return None
        return row

    def audit(self, action: str, *, ticket_id: int | None = None, detail: str = "") -> None:
        self.uow.events.record(action, ticket_id=ticket_id, actor_id=self.person.id, detail=detail)
