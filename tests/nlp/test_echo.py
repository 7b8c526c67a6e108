"""The bot's own replies pasted back are not the writer's words (nlp/echo.py), and the filter knows them as the
bot writes them today (handlers/texts.py)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers import texts
from nlp.echo import without_echo
from tests.support.dialog import as_shown


@pytest.mark.parametrize("urgent", [True, False])
def test_the_acknowledgment_as_the_bot_writes_it_is_left_out_whole(urgent):
    when = texts.when(datetime(2026, 11, 24, 8, 0, tzinfo=UTC), "Asia/Shanghai")
    assert without_echo(as_shown(texts.ticket_opened(12, "临时救助", when, urgent))) == ""


def test_the_other_replies_to_a_ticket_are_left_out_too():
    for reply in (texts.added_to_ticket(7), texts.became_urgent(7)):
        assert without_echo(as_shown(reply)) == ""


def test_an_emergency_under_the_pasted_acknowledgment_stays_urgent(triager):
    """Pasted before a caught urgent tuning row, the acknowledgment silenced 209 of 7,242 (its 临时救助 and 核实)."""
    pasted = ("“已收到，您的工单号是 #12（临时救助）。镇街民政干部会在 12月7日 前与您联系，需要时上门核实情况。”\n"
              "等不了了 俺爹摔了起不来 两天没吃东西了")
    t = triager.classify(pasted)
    assert t.urgent and "临时救助" not in t.category_evidence


def test_the_writers_own_words_about_the_ticket_stay():
    assert without_echo("我的工单 #12 还没人来，老人已经两天没吃东西了") == "我的工单 #12 还没人来，老人已经两天没吃东西了"
    assert without_echo("已收到，谢谢你们") == "已收到，谢谢你们"
