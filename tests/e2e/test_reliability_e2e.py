"""What Telegram does under stress, and crashes: nothing a person sends is lost."""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import pytest

from tests.e2e.test_resident_e2e import HOUSE, URGENT, query

pytestmark = pytest.mark.slow


def crash_before_answering(own_hotline, crash) -> None:
    """A resident writes; the ticket is stored but the answer is held up; `crash` happens; after a
    restart the answer comes, and there is still one ticket."""
    sandbox = own_hotline.sandbox
    sandbox.faults.delay("sendMessage", seconds=30)
    person = own_hotline.person()
    person.send(URGENT)
    own_hotline.bot.wait_until(lambda: bool(query(own_hotline, "SELECT id FROM tickets")), timeout=30)
    crash()
    sandbox.faults.clear()
    assert query(own_hotline, "SELECT count(*) FROM inbound_updates") == [(1,)]
    own_hotline.restart()
    assert re.search(r"#\d+", person.expect(r"#\d+", timeout=30).text)
    assert query(own_hotline, "SELECT count(*) FROM tickets") == [(1,)]


def test_killed_before_answering_the_message_is_answered_after_restart(own_hotline):
    crash_before_answering(own_hotline, own_hotline.bot.kill)


def test_flood_limits_and_server_errors_are_retried_not_lost(own_hotline):
    sandbox = own_hotline.sandbox
    sandbox.faults.flood(per_chat_per_s=1.0, global_per_s=30.0)
    sandbox.faults.fail_next("sendMessage", status=502, count=2)
    person = own_hotline.person()
    person.send(HOUSE)
    person.expect(r"#\d+", timeout=30)
    person.expect("哪个镇", timeout=30)
    assert any(call.status == 429 for call in sandbox.calls("sendMessage")) or \
        any(call.status == 502 for call in sandbox.calls("sendMessage"))


def test_a_person_who_blocked_the_bot_becomes_a_phone_task_for_the_caseworker(own_hotline):
    caseworker = own_hotline.person("张干部")
    caseworker.send(f"/start {own_hotline.invite('caseworker', town='下营镇')}")
    caseworker.expect("登记成功")
    person = own_hotline.person()
    person.send(URGENT)
    number = int(re.search(r"#(\d+)", person.expect(r"#\d+").text).group(1))
    caseworker.expect(f"#{number}")
    person.block()
    caseworker.send(f"/accept {number}")
    caseworker.expect("您已接单")
    task = caseworker.expect("屏蔽机器人", timeout=30)
    assert f"#{number}" in task.text and "电话" in task.text
    assert query(own_hotline, "SELECT unreachable FROM persons WHERE telegram_id = :id", id=person.id) == [(True,)]
    assert query(own_hotline, "SELECT count(*) FROM events WHERE action = 'unreachable_task'") == [(1,)]


def core_pid(bot) -> int:
    """The core process `hotline run` started (bot/core_process.py): the bot process's only child."""
    children = Path(f"/proc/{bot.pid}/task/{bot.pid}/children").read_text().split()
    assert len(children) == 1, children
    return int(children[0])


# Process handling does not depend on the framework or the database: one pair each, not all four.
TWO_KINDS = pytest.mark.parametrize("own_hotline", [("sqlite", "ptb"), ("postgresql", "aiogram")],
                                    indirect=True, ids=["sqlite-ptb", "postgresql-aiogram"])


@TWO_KINDS
def test_killing_the_bot_kills_its_core_process_too(own_hotline):
    core = core_pid(own_hotline.bot)
    own_hotline.bot.kill()
    for _ in range(100):
        if not Path(f"/proc/{core}").exists() or "State:\tZ" in Path(f"/proc/{core}/status").read_text():
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the core process outlived its bot")
    own_hotline.restart()
    person = own_hotline.person()
    person.send(URGENT)
    person.expect(r"#\d+", timeout=30)


@TWO_KINDS
def test_a_dead_core_process_stops_the_bot_and_a_restart_answers(own_hotline):
    def kill_the_core() -> None:
        os.kill(core_pid(own_hotline.bot), signal.SIGKILL)
        assert own_hotline.bot.process.wait(15) == 3, "the bot stops, non-zero, for its supervisor to restart it"
        assert "the core process has exited" in own_hotline.bot.logs()

    crash_before_answering(own_hotline, kill_the_core)


def test_one_process_mode_stores_first_and_answers(tmp_path):
    """HOTLINE_CORE=inline: no core process; the same answers, the batch stored before it is confirmed."""
    from bot.launcher import BotProcess
    from sandbox import Sandbox

    with Sandbox() as sandbox:
        bot = BotProcess(token=sandbox.bot_token, api_root=sandbox.api_root,
                         database_url=f"sqlite:///{tmp_path}/inline.db", workdir=tmp_path,
                         extra_env={"HOTLINE_CORE": "inline"})
        polls = sandbox.polls_started()
        with bot.start(lambda: sandbox.polls_started() > polls, timeout=90):
            assert not Path(f"/proc/{bot.pid}/task/{bot.pid}/children").read_text().split(), "one process"
            person = sandbox.user(77_001, "居民")
            person.send(URGENT)
            assert re.search(r"#\d+", person.expect(r"#\d+", timeout=30).text)
