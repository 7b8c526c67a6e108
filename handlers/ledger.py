"""The monthly ledger (台账) as a spreadsheet: every ticket of the month, and counts by town, source, village."""

from __future__ import annotations

import io
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.settings import Settings
from handlers.texts import STATE_LABELS
from nlp.sensitive import mask
from nlp.triage import CATEGORY_LABELS
from storage.models import Person, Ticket
from storage.unit_of_work import UnitOfWork

COLUMNS = ("工单号", "登记时间", "来源", "类别", "急难", "镇街", "村/社区", "状态", "承办人", "受理时间",
           "办结时间", "结果")
SOURCES = {"resident": "居民求助", "volunteer": "主动发现"}


def month_bounds(month: str, zone: str) -> tuple[datetime, datetime]:
    """'2026-11' → [start, end) in the district's time zone; ValueError on a bad month."""
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1, tzinfo=ZoneInfo(zone))
    end = datetime(year + (number == 12), number % 12 + 1, 1, tzinfo=ZoneInfo(zone))
    return start, end


def build_ledger(uow: UnitOfWork, settings: Settings, month: str, conditions: list | None = None) -> bytes:
    """The workbook for `month`, limited by `conditions` (a staff member's scope)."""
    start, end = month_bounds(month, settings.working_hours.timezone)
    tickets = uow.tickets.query(*(conditions or []), Ticket.created_at >= start, Ticket.created_at < end,
                                limit=100_000)
    tickets = sorted(tickets, key=lambda t: t.id)
    from openpyxl import Workbook  # here, not at import: a month's ledger is rare, the bot's memory is not

    book = Workbook()
    _ticket_sheet(book.active, tickets, uow, settings)
    _summary_sheet(book.create_sheet("统计"), tickets, uow)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _bold():
    from openpyxl.styles import Font

    return Font(bold=True)


def _local(moment: datetime | None, settings: Settings) -> str:
    if moment is None:
        return ""
    return moment.astimezone(ZoneInfo(settings.working_hours.timezone)).strftime("%Y-%m-%d %H:%M")


def _ticket_sheet(sheet, tickets: list[Ticket], uow: UnitOfWork, settings: Settings) -> None:
    sheet.title = "台账"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = _bold()
    for t in tickets:
        assignee = uow.persons.get(t.assignee_id) if t.assignee_id else None
        sheet.append((t.id, _local(t.created_at, settings), SOURCES.get(t.source, t.source),
                      CATEGORY_LABELS.get(t.category, t.category), "是" if t.urgent else "", t.town or "",
                      t.village or "", STATE_LABELS.get(t.state, t.state), assignee.name if assignee else "",
                      _local(t.accepted_at, settings), _local(t.resolved_at, settings), mask(t.outcome or "")))
    sheet.freeze_panes = "A2"


def _summary_sheet(sheet, tickets: list[Ticket], uow: UnitOfWork) -> None:
    """Counts the district reports: by category, town and source; active discovery by village and volunteer."""
    sections = [
        ("按类别", Counter(CATEGORY_LABELS.get(t.category, t.category) for t in tickets)),
        ("按镇街", Counter(t.town or "未知" for t in tickets)),
        ("按来源（主动发现 / 居民求助）", Counter(SOURCES.get(t.source, t.source) for t in tickets)),
        ("主动发现：按村/社区", Counter(f"{t.town or ''}{t.village or ''}" for t in tickets
                                     if t.source == "volunteer")),
        ("主动发现：按志愿者", Counter(_name(uow, t.reporter_id) for t in tickets if t.source == "volunteer")),
        ("按状态", Counter(STATE_LABELS.get(t.state, t.state) for t in tickets)),
    ]
    for title, counts in sections:
        sheet.append((title,))
        sheet.cell(row=sheet.max_row, column=1).font = _bold()
        for key, count in counts.most_common():
            sheet.append((key, count))
        sheet.append(())


def _name(uow: UnitOfWork, person_id: int) -> str:
    person: Person | None = uow.persons.get(person_id)
    return person.name if person else str(person_id)
