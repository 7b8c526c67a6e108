"""The supervisors' monthly summary (月报): by category, town and source; on time; overdue; satisfaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select

from handlers.deadlines import overdue_conditions
from handlers.messages import Outgoing
from handlers.settings import Settings
from handlers.staff_texts import SOURCE_LABELS
from nlp.triage import CATEGORY_LABELS
from storage.models import Event, Ticket
from storage.unit_of_work import UnitOfWork

SATISFACTION_LABELS = {"satisfied": "满意", "basic": "基本满意", "dissatisfied": "不满意"}


def build(uow: UnitOfWork, settings: Settings, now: datetime, start: datetime, end: datetime,
          key: str) -> list[Outgoing]:
    """The summary of tickets registered in [start, end), sent to every supervisor."""
    text = render(uow, settings, now, start, end, key)
    return [Outgoing(person.chat_id, text) for person in uow.persons.with_role("supervisor")]


def render(uow: UnitOfWork, settings: Settings, now: datetime, start: datetime, end: datetime, key: str) -> str:
    tickets = uow.session.scalars(select(Ticket).where(Ticket.created_at >= start, Ticket.created_at < end)
                                  .order_by(Ticket.id)).all()
    year, month = key.split("-")
    lines = [f"📊 <b>{settings.district}社会救助热线 {int(year)}年{int(month)}月 月报</b>",
             f"新登记工单 {len(tickets)} 件（急难 {sum(1 for t in tickets if t.urgent)} 件）",
             "按类别：" + _counts(CATEGORY_LABELS.get(t.category, t.category) for t in tickets),
             "按镇街：" + _counts(t.town or "镇街未知" for t in tickets),
             "按来源：" + _counts(SOURCE_LABELS.get(t.source, t.source) for t in tickets)]
    accepted = [t for t in tickets if t.accepted_at]
    resolved = [t for t in tickets if t.resolved_at]
    lines.append(f"按时受理：{sum(1 for t in accepted if t.accepted_at <= _accept_due(settings, t))}"
                 f"/{len(accepted)} 件（未受理 {len(tickets) - len(accepted)} 件）")
    lines.append(f"按时办结：{sum(1 for t in resolved if t.resolved_at <= _resolve_due(settings, t))}"
                 f"/{len(resolved)} 件")
    escalated = _tickets_with(uow, "escalated", start, end)
    flagged = sorted(_tickets_with(uow, "flagged", start, end))
    still = uow.session.scalar(select(func.count(Ticket.id)).where(*overdue_conditions(now))) or 0
    lines.append(f"本月超时督办：{len(escalated)} 件；目前仍超时：{still} 件")
    lines.append("🚩 通报：" + ("、".join(f"#{n}" for n in flagged[:60]) + ("…" if len(flagged) > 60 else "")
                               if flagged else "无"))
    lines.append(_satisfaction(uow, start, end))
    lines.append(f"台账：/export {key}")
    return "\n".join(lines)


def _counts(values: Iterable[str]) -> str:
    counted = Counter(values).most_common()
    return "、".join(f"{name} {count}" for name, count in counted) or "—"


def _accept_due(settings: Settings, ticket: Ticket) -> datetime:
    rules = settings.deadlines
    if ticket.urgent:
        return ticket.created_at + rules.urgent_accept.wall()
    return settings.working_hours.add(ticket.created_at, rules.accept)


def _resolve_due(settings: Settings, ticket: Ticket) -> datetime:
    return settings.working_hours.add(ticket.created_at, settings.deadlines.resolve)


def _tickets_with(uow: UnitOfWork, action: str, start: datetime, end: datetime) -> set[int]:
    query = select(Event.ticket_id).where(Event.action == action, Event.at >= start, Event.at < end).distinct()
    return {n for n in uow.session.scalars(query) if n is not None}


def _satisfaction(uow: UnitOfWork, start: datetime, end: datetime) -> str:
    """Follow-ups recorded in the month, by rating."""
    rated = _tickets_with(uow, "followed_up", start, end)
    if not rated:
        return "回访满意度：本月无回访记录"
    values = uow.session.scalars(select(Ticket.satisfaction).where(Ticket.id.in_(rated))).all()
    counts = Counter(values)
    good = counts["satisfied"] + counts["basic"]
    parts = "、".join(f"{label} {counts[code]}" for code, label in SATISFACTION_LABELS.items())
    return f"回访满意度：{parts}（满意率 {100 * good / max(1, len(values)):.0f}%）"
