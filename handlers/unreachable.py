"""When someone has blocked the bot: residents become a phone/visit task, staff messages go to supervisors."""

from __future__ import annotations

from handlers.messages import Outgoing
from handlers.scope import STAFF_ROLES
from handlers.settings import Settings
from handlers.texts import esc
from storage.models import Person, Ticket
from storage.repositories import OPEN_STATES
from storage.unit_of_work import UnitOfWork


def fallbacks(uow: UnitOfWork, settings: Settings, person: Person, undelivered: str) -> list[Outgoing]:
    """The messages that replace the ones `person` can no longer receive."""
    if person.role in (*STAFF_ROLES, "liaison"):
        return [Outgoing(s.chat_id, f"⚠️ 工作人员 {esc(person.name)} 已屏蔽机器人，以下消息未送达：\n{undelivered}")
                for s in uow.persons.with_role("supervisor") if s.id != person.id]
    replies: list[Outgoing] = []
    for ticket in uow.tickets.of_reporter(person.id):
        if ticket.state in (*OPEN_STATES, "resolved"):
            replies += _task(uow, ticket, person)
    return replies


def _task(uow: UnitOfWork, ticket: Ticket, person: Person) -> list[Outgoing]:
    """A task on the ticket: phone or visit the person instead."""
    uow.events.record("unreachable_task", ticket_id=ticket.id, actor_id=person.id,
                      detail="求助人已屏蔽机器人，收不到通知：请电话或上门联系")
    text = (f"⚠️ 工单 #{ticket.id} 的求助人已屏蔽机器人，收不到办理通知。"
            "请电话联系或上门告知（/reveal 可查看电话，操作留痕）。")
    staff = [ticket.assignee] if ticket.assignee and not ticket.assignee.unreachable else \
        list(uow.persons.with_role("caseworker", town=ticket.town)) if ticket.town else []
    if not staff or ticket.category == "complaint":
        staff = list(uow.persons.with_role("supervisor"))
    return [Outgoing(member.chat_id, text) for member in staff]
