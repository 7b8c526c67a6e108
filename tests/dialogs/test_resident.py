"""A resident's conversation with the core: Incoming → Outgoing, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest

from tests.support.dialog import Dialog, as_shown, button_data, text_of

RESIDENT = 501
URGENT_WITH_PLACE = "我是下营镇常州村的，老伴瘫痪在床，家里两天没米下锅了，我腿也摔了起不来"
NO_PLACE = "我家房顶漏雨，下雨天屋里摆满了盆接水，想请政府帮忙修一修"


@pytest.fixture
def dialog(database_url, settings, triager):
    return Dialog(database_url, settings, triager)


def ticket_number(replies) -> int:
    match = re.search(r"#(\d+)", text_of(replies))
    assert match, text_of(replies)
    return int(match.group(1))


def test_start_explains_the_hotline_and_gives_emergency_numbers(dialog, settings):
    text = text_of(dialog.say(RESIDENT, "/start"))
    for number in ("110", "120", "119", *(line.number for line in settings.hotline.crisis_lines)):
        assert number in text
    assert "保存" in text and "加密" in text


def test_urgent_request_with_a_place_gets_a_ticket_and_the_24_hour_promise(dialog):
    replies = dialog.say(RESIDENT, URGENT_WITH_PLACE)
    number = ticket_number(replies)
    ticket = dialog.tickets()[0]
    assert ticket.id == number and ticket.urgent and ticket.state == "new"
    assert (ticket.town, ticket.village) == ("下营镇", "常州村")
    assert "24小时" in text_of(replies) and "急难" in text_of(replies)
    assert not any(reply.buttons for reply in replies), "the town is known: no town question"


def test_unknown_town_is_asked_with_buttons_then_the_village(dialog):
    replies = dialog.say(RESIDENT, NO_PLACE)
    number = ticket_number(replies)
    assert dialog.tickets()[0].town is None, "the ticket exists before the resident answers"
    village_question = dialog.press(RESIDENT, button_data(replies, "邦均镇"))
    assert "邦均镇" in text_of(village_question)
    saved = dialog.press(RESIDENT, button_data(village_question, "东塔村"))
    assert f"#{number}" in text_of(saved)
    ticket = dialog.tickets()[0]
    assert (ticket.town, ticket.village) == ("邦均镇", "东塔村")


def test_a_normal_ticket_promises_contact_in_working_time(dialog):
    replies = dialog.say(RESIDENT, NO_PLACE)
    ticket = dialog.tickets()[0]
    assert not ticket.urgent
    assert ticket.due_at > dialog.clock()
    assert "前与您联系" in text_of(replies)


def test_inquiry_is_answered_from_the_knowledge_base_with_a_ticket_button(dialog):
    replies = dialog.say(RESIDENT, "请问低保的申请条件是什么？需要带什么材料？")
    assert "低保" in text_of(replies) and "材料" in text_of(replies)
    assert dialog.tickets() == []
    opened = dialog.press(RESIDENT, button_data(replies, "我有困难，需要登记求助"))
    number = ticket_number(opened)
    assert dialog.tickets()[0].id == number
    assert dialog.tickets()[0].category == "subsistence"


def test_out_of_scope_opens_nothing_and_names_the_channel(dialog):
    replies = dialog.say(RESIDENT, "小区门口天天有人乱停车，物业也不管，太烦人了")
    assert "12345" in text_of(replies)
    assert dialog.tickets() == []


def test_self_harm_gets_crisis_numbers_first_and_is_urgent(dialog, settings):
    replies = dialog.say(RESIDENT, "活着太累了，我买了一瓶农药放在床底下")
    crisis = settings.hotline.crisis_lines[0].number
    assert crisis in replies[0].text and "120" in replies[0].text
    assert dialog.tickets()[0].urgent


def test_crisis_told_without_a_lexicon_word_still_gets_crisis_numbers(dialog, settings, triager):
    """「想不开」 and things made ready: urgent and `mental` by the combined decision, not by a self-harm phrase.  (Its
    first wording, 「药都买好了」, is a self-harm phrase since dev_tune_more91.)"""
    text = "我想不开了 东西都准备好了 北擂鼓台"
    t = triager.classify(text)
    assert not t.self_harm and t.urgent and t.category == "mental" and t.crisis
    replies = dialog.say(RESIDENT, text)
    assert settings.hotline.crisis_lines[0].number in replies[0].text
    assert dialog.tickets()[0].urgent


def test_no_crisis_numbers_for_an_ordinary_request(dialog, settings):
    replies = dialog.say(RESIDENT, "请问高龄补贴怎么申请")
    assert settings.hotline.crisis_lines[0].number not in text_of(replies)


def test_a_second_message_joins_the_open_ticket(dialog):
    number = ticket_number(dialog.say(RESIDENT, URGENT_WITH_PLACE))
    replies = dialog.say(RESIDENT, "补充一下，村里的李医生来看过一次")
    assert f"#{number}" in text_of(replies)
    assert len(dialog.tickets()) == 1
    assert len(dialog.messages_of(number)) == 2


def test_a_new_problem_can_be_split_into_its_own_ticket(dialog):
    first = ticket_number(dialog.say(RESIDENT, NO_PLACE))
    replies = dialog.say(RESIDENT, "还有我孙子今年上初中，学费交不起")
    split = dialog.press(RESIDENT, button_data(replies, "这是新问题，另开工单"))
    assert len(dialog.tickets()) == 2
    second = dialog.tickets()[1]
    assert f"#{second.id}" in text_of(split) and second.id != first
    assert second.category == "education"
    assert len(dialog.messages_of(first)) == 1
    again = dialog.press(RESIDENT, button_data(replies, "这是新问题，另开工单"))
    assert "失效" in text_of(again) and len(dialog.tickets()) == 2


def test_an_emergency_in_a_later_message_upgrades_the_ticket(dialog):
    dialog.say(RESIDENT, NO_PLACE)
    replies = dialog.say(RESIDENT, "刚才房梁塌下来一半，老伴被压着了")
    assert dialog.tickets()[0].urgent
    assert "急难" in text_of(replies)


def test_the_acknowledgment_pasted_back_with_an_emergency_under_it_upgrades_the_ticket(dialog):
    """Some writers copy the bot's reply and write under it: the bot's words are not theirs (nlp/echo.py)."""
    first = dialog.say(RESIDENT, NO_PLACE)
    shown = as_shown(first[0].text)  # what the resident sees and copies
    # (read with the pasted reply, 「透析要停了 欠费了」 was calm: pasted before a caught urgent tuning row, the reply
    # silenced 177 of 7,242)
    replies = dialog.say(RESIDENT, f"“{shown}”\n透析要停了 欠费了")
    assert dialog.tickets()[0].urgent and len(dialog.tickets()) == 1
    assert "急难" in text_of(replies)


def test_status_lists_tickets_with_state_and_deadline(dialog):
    number = ticket_number(dialog.say(RESIDENT, URGENT_WITH_PLACE))
    text = text_of(dialog.say(RESIDENT, "/status"))
    assert f"#{number}" in text and "待受理" in text and "时限" in text


def test_cancel_asks_first_then_withdraws(dialog):
    number = ticket_number(dialog.say(RESIDENT, NO_PLACE))
    question = dialog.say(RESIDENT, "/cancel")
    assert dialog.tickets()[0].state == "new"
    kept = dialog.press(RESIDENT, button_data(question, "不撤回"))
    assert "继续办理" in text_of(kept) and dialog.tickets()[0].state == "new"
    done = dialog.press(RESIDENT, button_data(question, "确定撤回"))
    assert f"#{number}" in text_of(done) and dialog.tickets()[0].state == "withdrawn"
    assert "没有可以撤回" in text_of(dialog.say(RESIDENT, "/cancel"))


@pytest.mark.parametrize("argument", ["99", "abc", "#0", "<b>1</b>"])
def test_cancel_of_someone_elses_or_unknown_ticket_changes_nothing(dialog, argument):
    dialog.say(777, NO_PLACE)
    replies = dialog.say(RESIDENT, f"/cancel {argument}")
    assert "没有找到" in text_of(replies)
    assert "<b>1</b>" not in text_of(replies)
    assert dialog.tickets()[0].state == "new"


def test_another_persons_button_does_nothing(dialog):
    replies = dialog.say(777, NO_PLACE)
    stolen = dialog.press(RESIDENT, button_data(replies, "邦均镇"))
    assert "失效" in text_of(stolen)
    assert dialog.tickets()[0].town is None


def test_media_without_words_is_kept_and_joins_the_ticket(dialog):
    asked = dialog.media(RESIDENT, "photo")
    assert "文字" in text_of(asked) and dialog.tickets() == []
    dialog.location(RESIDENT)
    number = ticket_number(dialog.say(RESIDENT, NO_PLACE))
    kinds = [(m.media_kind, m.latitude) for m in dialog.messages_of(number)]
    assert ("photo", None) in kinds and any(lat == 40.1 for _, lat in kinds)


@pytest.mark.parametrize("kind", ["sticker", "voice"])
def test_media_on_an_open_ticket_is_attached(dialog, kind):
    number = ticket_number(dialog.say(RESIDENT, NO_PLACE))
    replies = dialog.media(RESIDENT, kind)
    assert f"#{number}" in text_of(replies)
    assert dialog.messages_of(number)[-1].media_kind == kind


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_asks_for_words(dialog, text):
    assert "文字" in text_of(dialog.say(RESIDENT, text))
    assert dialog.tickets() == []


def test_a_4096_character_message_is_stored_whole(dialog):
    text = ("我家房子漏雨，" * 600)[:4096]
    number = ticket_number(dialog.say(RESIDENT, text))
    assert len(dialog.messages_of(number)[0].text_masked) == 4096


def test_id_and_phone_numbers_are_masked_in_the_ticket(dialog):
    number = ticket_number(dialog.say(RESIDENT, "我要申请低保，身份证120225198001011230，电话13812345678"))
    message = dialog.messages_of(number)[0]
    assert "13812345678" not in message.text_masked and "138****5678" in message.text_masked
    assert message.text_secret and "13812345678" not in message.text_secret


@pytest.mark.parametrize(("text", "expected"), [
    ("/frobnicate", "没有这个命令"),
    ("/accept 1", "只供民政工作人员"),
    ("/reveal 3", "只供民政工作人员"),
    ("/report", "志愿者"),
    ("/start WRONGCODE", "邀请码无效"),
])
def test_commands_a_resident_cannot_use_get_a_clear_answer(dialog, text, expected):
    assert expected in text_of(dialog.say(RESIDENT, text))
    assert dialog.tickets() == []


def test_markup_in_a_message_is_never_echoed_raw(dialog):
    replies = dialog.say(RESIDENT, "<b>我家</b>房子漏雨 <a href='x'>看</a>")
    assert all("<a href" not in reply.text for reply in replies)


def test_a_repeated_update_is_handled_once(dialog):
    incoming = dialog.incoming(RESIDENT, text=NO_PLACE)
    assert dialog.send(incoming)
    assert dialog.send(incoming) == []
    assert len(dialog.tickets()) == 1


def test_an_update_stored_before_a_crash_is_answered_on_recovery(dialog):
    incoming = dialog.incoming(RESIDENT, text=URGENT_WITH_PLACE)
    assert dialog.core._store(incoming)  # the process dies right after storing
    replies = [delivery.message for delivery in dialog.core.recover()]
    assert ticket_number(replies) == dialog.tickets()[0].id
    assert dialog.core.recover() == []


def test_a_fetched_batch_is_stored_at_once_and_each_update_handled_once(dialog):
    first = dialog.incoming(RESIDENT, text=URGENT_WITH_PLACE)
    dialog.core.store([first])
    again = dialog.incoming(RESIDENT, text="/status")
    dialog.core.store([first, again])  # Telegram sent `first` again in the next batch: kept as it was
    with dialog.uow_factory() as uow:
        assert list(uow.updates.unhandled()) == [first.update_id, again.update_id]
    assert ticket_number([d.message for d in dialog.core.handle(first)]) == dialog.tickets()[0].id
    assert dialog.core.handle(first) == [], "handled once"
    assert dialog.core.handle(again)
    assert dialog.core.recover() == []  # nothing left unhandled


def test_a_reply_not_sent_before_a_crash_is_sent_after(dialog):
    deliveries = dialog.core.process(dialog.incoming(RESIDENT, text="/start"))
    dialog.clock.advance(minutes=5)  # never marked sent: the process died mid-send
    resent = dialog.core.recover()
    assert [d.outbox_id for d in resent] == [d.outbox_id for d in deliveries]


def test_a_failing_handler_still_answers_and_keeps_the_update(dialog, monkeypatch):
    def broken(text):
        raise RuntimeError("boom")

    monkeypatch.setattr(dialog.core.services.triager, "classify", broken)
    replies = dialog.say(RESIDENT, NO_PLACE)
    assert "已经保存" in text_of(replies)
    with dialog.uow_factory() as uow:
        from storage.models import InboundUpdate

        row = uow.session.query(InboundUpdate).one()
        assert row.status == "failed" and NO_PLACE in uow.updates.payload(row)
