"""Real deadlines, seconds long, through the sandbox: a reminder, an escalation, a follow-up rating, and a
kill -9 in the middle of a burst of due reminders (each is sent, and we count any sent twice)."""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from sandbox import Sandbox
from storage.database import normalize_url
from storage.models import Person, Reminder, Ticket
from tests.e2e.conftest import start_hotline
from tests.e2e.test_resident_e2e import query
from tests.support.databases import fresh_database

pytestmark = pytest.mark.slow

FAST = """
[deadlines]
urgent_accept = "6s"
urgent_first_help = "60s"
accept = "6s"
verify = "60s"
resolve = "120s"
referral_accept = "30s"
referral_done = "60s"
followup = "4s"
remind_before = "3s"
escalate_every = "30s"
flag_after = "120s"

[working_hours]
start = "00:00"
end = "24:00"
calendar = "all"
"""
REQUEST = "我是下营镇常州村的，家里房子漏雨，墙裂了好大的缝，想申请危房改造"
BURST = 60


@pytest.fixture(scope="module", params=[("sqlite", "ptb"), ("postgresql", "aiogram")], ids=lambda p: "-".join(p))
def fast_hotline(request, tmp_path_factory):
    """One bot per backend (the two frameworks shared out between them) with seconds-long deadlines."""
    backend, framework = request.param
    workdir = tmp_path_factory.mktemp(f"deadlines-{backend}")
    config = workdir / "fast.toml"
    config.write_text(FAST, encoding="utf-8")
    with fresh_database(backend, workdir) as url, Sandbox() as sandbox:
        hotline = start_hotline(sandbox, url, workdir, framework, config=config)
        yield hotline
        hotline.bot.stop()


def number_in(message) -> int:
    return int(re.search(r"#(\d+)", message.text).group(1))


def test_reminder_escalation_and_follow_up_rating(fast_hotline):
    caseworker, supervisor = fast_hotline.person("王干部"), fast_hotline.person("李督办")
    caseworker.send(f"/start {fast_hotline.invite('caseworker', town='下营镇')}")
    caseworker.expect("登记成功")
    supervisor.send(f"/start {fast_hotline.invite('supervisor')}")
    supervisor.expect("登记成功")
    resident = fast_hotline.person("张大爷")
    resident.send(REQUEST)
    number = number_in(resident.expect(r"#\d+"))
    caseworker.expect(f"新工单 #{number}")
    reminder = caseworker.expect("催办", timeout=15)  # 3 s before the 6 s accept deadline
    assert f"#{number}" in reminder.text and "接单" in reminder.button_texts
    assert "已超时" in caseworker.expect("已超时", timeout=15).text
    assert f"#{number}" in supervisor.expect("超时督办", timeout=15).text
    caseworker.press("接单", message=reminder)
    caseworker.expect("您已接单")
    caseworker.send(f"/close {number} 已修缮屋顶")
    caseworker.expect("已办结")
    resident.expect("已办结")
    question = resident.expect("满意吗", timeout=15)  # the follow-up, 4 s after resolving
    assert question.button_texts == ["满意", "基本满意", "不满意"]
    caseworker.expect("回访提醒", timeout=15)
    resident.press("满意", message=question)
    resident.expect("谢谢")
    rows = query(fast_hotline, "SELECT state, satisfaction FROM tickets WHERE id = :id", id=number)
    assert rows == [("followed_up", "satisfied")]


def _insert_due_reminders(hotline, telegram_ids: list[int], due: datetime) -> None:
    """One accepted ticket per person, each with a reminder due at `due` (as if the deadline came)."""
    engine = create_engine(normalize_url(hotline.database_url))
    with Session(engine) as session:
        people = session.scalars(select(Person).where(Person.telegram_id.in_(telegram_ids))).all()
        now = datetime.now(UTC)
        for person in people:
            ticket = Ticket(reporter_id=person.id, assignee_id=person.id, category="housing", state="accepted",
                            town="下营镇", created_at=now, updated_at=now, due_at=now + timedelta(hours=1),
                            due_kind="verify", secondary=[], keywords=[], evidence="")
            session.add(ticket)
            session.flush()
            session.add(Reminder(ticket_id=ticket.id, kind="remind", deadline_kind="verify",
                                 deadline_at=ticket.due_at, due_at=due, status="pending", repeat=0, created_at=now))
        session.commit()
    engine.dispose()


def _reminders_sent(sandbox, ids: set[int]) -> Counter:
    sent = Counter()
    for call in sandbox.calls("sendMessage"):
        chat = int(str(call.params.get("chat_id")))
        if call.status == 200 and chat in ids and "催办" in str(call.params.get("text", "")):
            sent[chat] += 1
    return sent


def test_kill_9_during_a_burst_of_due_reminders(fast_hotline):
    sandbox = fast_hotline.sandbox
    people = [fast_hotline.person(f"干部{i}") for i in range(BURST)]
    for person in people:
        person.send("/start")  # the sandbox lets the bot write only to chats that wrote first
    for person in people:
        person.expect("热线", timeout=30)
    ids = {person.id for person in people}
    sandbox.faults.flood(per_chat_per_s=1.0, global_per_s=30.0)
    _insert_due_reminders(fast_hotline, sorted(ids), datetime.now(UTC) + timedelta(seconds=1))
    fast_hotline.bot.wait_until(lambda: sum(_reminders_sent(sandbox, ids).values()) >= BURST // 3, timeout=30)
    fast_hotline.bot.kill()
    before = sum(_reminders_sent(sandbox, ids).values())
    assert before < BURST, "killed in the middle of the burst"
    fast_hotline.restart()
    fast_hotline.bot.wait_until(lambda: set(_reminders_sent(sandbox, ids)) == ids, timeout=60)
    time.sleep(2)  # anything sent twice would show by now
    sent = _reminders_sent(sandbox, ids)
    twice = sum(count - 1 for count in sent.values())
    print(f"\nkill -9 after {before}/{BURST} reminders: all {len(sent)} delivered after restart, {twice} twice")
    assert set(sent) == ids, "none lost"
    assert twice <= 1, f"at most the one in flight at the kill may repeat; {twice} did"
    assert not [c for c in sandbox.calls("sendMessage") if c.status == 429], "paced under the flood limits"
    pending = query(fast_hotline, "SELECT count(*) FROM reminders WHERE status = 'pending' AND kind = 'remind' "
                                  "AND deadline_kind = 'verify' AND repeat = 0 AND due_at < :now",
                    now=datetime.now(UTC))
    assert pending == [(0,)]
