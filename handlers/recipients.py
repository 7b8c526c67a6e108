"""Who hears about a ticket when no person started the work (reminders, reports): looked up once per round."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from handlers.messages import Button, Outgoing
from storage.models import Person, Ticket
from storage.unit_of_work import UnitOfWork


class Recipients:
    """Staff by role, town and department, cached for one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self._cache: dict[tuple[str, str | None, str | None], Sequence[Person]] = {}

    def role(self, role: str, *, town: str | None = None, department: str | None = None) -> Sequence[Person]:
        key = (role, town, department)
        if key not in self._cache:
            self._cache[key] = self.uow.persons.with_role(role, town=town, department=department)
        return self._cache[key]

    def supervisors(self) -> Sequence[Person]:
        return self.role("supervisor")

    def liaisons(self, department: str) -> Sequence[Person]:
        return self.role("liaison", department=department)

    def responsible(self, ticket: Ticket) -> list[Person]:
        """The assignee; else the town's caseworkers; else (no town, complaints, nobody there) supervisors."""
        assignee = ticket.assignee
        if assignee is not None and not assignee.unreachable:
            return [assignee]
        people: list[Person] = []
        if ticket.town and ticket.category != "complaint":
            people = list(self.role("caseworker", town=ticket.town))
        return people or list(self.supervisors())

    @staticmethod
    def each(people: Iterable[Person], text: str, buttons: tuple[tuple[Button, ...], ...] = (), *,
             skip: Iterable[int] = ()) -> list[Outgoing]:
        """One message per reachable person, once each, leaving out `skip` (ids told already)."""
        seen = set(skip)
        replies = []
        for person in people:
            if person.id in seen or person.unreachable:
                continue
            seen.add(person.id)
            replies.append(Outgoing(person.chat_id, text, buttons))
        return replies
