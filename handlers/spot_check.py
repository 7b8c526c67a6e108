"""The quarterly random spot check (随机抽查): a seeded sample of last quarter's resolved tickets per town."""

from __future__ import annotations

import json
import math
import random
import secrets
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select

from handlers.messages import Outgoing
from handlers.settings import Schedule, Settings
from handlers.staff_texts import place
from nlp.triage import CATEGORY_LABELS
from storage.models import Ticket
from storage.unit_of_work import UnitOfWork

UNKNOWN_TOWN = "镇街未知"


def sample(ids_by_town: dict[str, list[int]], schedule: Schedule, seed: str) -> dict[str, list[int]]:
    """Per town: `spot_check_share` of the tickets, at least `spot_check_min_per_town` (all, if fewer)."""
    rng = random.Random(seed)
    chosen = {}
    for town in sorted(ids_by_town):
        ids = sorted(ids_by_town[town])
        size = min(len(ids), max(schedule.spot_check_min_per_town, math.ceil(schedule.spot_check_share * len(ids))))
        chosen[town] = sorted(rng.sample(ids, size))
    return chosen


def draw(uow: UnitOfWork, settings: Settings, start: datetime, end: datetime, key: str) -> list[Outgoing]:
    """Draw the sample, record seed and tickets, share the visits out among the supervisors."""
    tickets = uow.session.scalars(select(Ticket).where(Ticket.resolved_at >= start, Ticket.resolved_at < end,
                                                       Ticket.state.in_(("resolved", "followed_up")))).all()
    by_town: dict[str, list[int]] = defaultdict(list)
    for ticket in tickets:
        by_town[ticket.town or UNKNOWN_TOWN].append(ticket.id)
    seed = settings.schedule.spot_check_seed or secrets.token_hex(8)
    chosen = sample(by_town, settings.schedule, seed)
    picked = [n for town in chosen for n in chosen[town]]
    supervisors = list(uow.persons.with_role("supervisor"))
    assigned: dict[int, list[Ticket]] = defaultdict(list)
    for index, number in enumerate(picked):
        ticket = uow.tickets.get(number)
        person = supervisors[index % len(supervisors)] if supervisors else None
        uow.events.record("spot_check", ticket_id=number, actor_id=person.id if person else None,
                          detail=f"{key} 随机抽查（种子 {seed}）" + (f"，督办：{person.name}" if person else ""))
        if person is not None:
            assigned[person.id].append(ticket)
    record = {"seed": seed, "resolved": len(tickets), "tickets": chosen,
              "assigned": {str(k): [t.id for t in v] for k, v in assigned.items()}}
    uow.reminders.run_detail("quarterly", key, json.dumps(record, ensure_ascii=False))
    uow.events.record("spot_check_drawn", detail=f"{key}：已办结 {len(tickets)} 件，抽查 {len(picked)} 件，种子 {seed}")
    return [Outgoing(person.chat_id, _message(key, seed, assigned[person.id]))
            for person in supervisors if assigned[person.id]]


def _message(key: str, seed: str, tickets: list[Ticket]) -> str:
    lines = [f"🔍 <b>{key} 随机抽查</b>：请对以下 {len(tickets)} 件已办结工单上门或电话回访核实"
             f"（抽样种子 {seed}），结果用 <code>/note N 抽查：…</code> 记录。"]
    lines += [f"· #{t.id} {CATEGORY_LABELS.get(t.category, t.category)} {place(t)}" for t in tickets]
    return "\n".join(lines)[:3900]
