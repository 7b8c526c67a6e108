"""A fetched batch handled in one transaction (`HotlineCore.handle_many`, what `hotline run` does)
must leave exactly what handling its updates one by one leaves, and one bad update must spoil nothing."""

from __future__ import annotations

import pytest

from storage.models import Event, InboundUpdate, Reminder, Ticket
from tests.dialogs.test_resident import NO_PLACE, URGENT_WITH_PLACE
from tests.support.dialog import Dialog, button_data

A, B, C = 601, 602, 603


@pytest.fixture
def one_by_one(database_url, settings, triager):
    return Dialog(database_url, settings, triager)


@pytest.fixture
def batched(tmp_path, settings, triager):
    # The same conversations on a second database (SQLite: the comparison is of the core's logic).
    return Dialog(f"sqlite:///{tmp_path / 'batched.db'}", settings, triager)


def first_batch(dialog: Dialog):
    opened = dialog.incoming(A, text=NO_PLACE)
    return [
        opened,
        dialog.incoming(B, text=URGENT_WITH_PLACE),
        dialog.incoming(A, text="补充一下，屋里住的是我八十多岁的老母亲"),
        dialog.incoming(C, text="/start"),
        opened,  # Telegram delivered it twice in one batch
        dialog.incoming(B, text="/status"),
        dialog.incoming(C, text="低保怎么申请，要带什么材料"),
        dialog.incoming(A, text="老母亲刚才摔倒了起不来，家里两天没吃的了"),  # the ticket becomes urgent
        dialog.incoming(C, text="我也想反映一下，我家孩子没人管，我住院了"),
    ]


def second_batch(dialog: Dialog, town_question):
    return [
        dialog.incoming(A, callback_id="cb", callback_data=button_data(town_question, "邦均镇")),
        dialog.incoming(B, text="/cancel"),
    ]


def handle_one_by_one(dialog: Dialog, incomings) -> list[list[str]]:
    answers = []
    for incoming in incomings:
        deliveries = dialog.core.process(incoming)
        dialog.core.mark_sent_many([d.outbox_id for d in deliveries])
        answers.append([d.message.text for d in deliveries])
    return answers


def handle_batched(dialog: Dialog, incomings) -> list[list[str]]:
    dialog.core.store(incomings)
    answers = dialog.core.handle_many(incomings)
    dialog.core.mark_sent_many([d.outbox_id for deliveries in answers for d in deliveries])
    return [[d.message.text for d in deliveries] for deliveries in answers]


def state(dialog: Dialog):
    """What the core left: tickets, their reminders, the audit trail, each update's fate."""
    with dialog.uow_factory() as uow:
        s = uow.session
        return (
            [(t.id, t.reporter_id, t.category, t.urgent, t.state, t.town, t.village, t.due_at, t.due_kind)
             for t in s.query(Ticket).order_by(Ticket.id)],
            [(r.ticket_id, r.kind, r.deadline_kind, r.deadline_at, r.due_at, r.status)
             for r in s.query(Reminder).order_by(Reminder.id)],
            [(e.ticket_id, e.actor_id, e.action) for e in s.query(Event).order_by(Event.id)],
            [(u.update_id, u.status) for u in s.query(InboundUpdate).order_by(InboundUpdate.update_id)],
        )


def test_a_batch_in_one_transaction_answers_and_stores_as_one_by_one(one_by_one, batched):
    expected = handle_one_by_one(one_by_one, first_batch(one_by_one))
    got = handle_batched(batched, first_batch(batched))
    assert got == expected
    assert expected[4] == [], "the repeat in the batch is handled once"
    assert all(expected[i] for i in (0, 1, 2, 3, 5, 6, 7, 8)), "every other update is answered"
    assert one_by_one.core.recover() == [] and batched.core.recover() == [], "nothing left unhandled"

    # Press the town button of A's ticket and cancel B's ticket, in a second batch.
    expected_second = handle_one_by_one(one_by_one, second_batch(one_by_one, questions_to(one_by_one, A)))
    got_second = handle_batched(batched, second_batch(batched, questions_to(batched, A)))
    assert got_second == expected_second
    assert state(batched) == state(one_by_one)
    tickets, reminders, _, updates = state(batched)
    assert any(t[3] for t in tickets if t[1] == tickets[0][1]), "A's ticket became urgent"
    assert {status for _, status in updates} == {"handled"}
    assert any(r[-1] == "cancelled" for r in reminders), "the upgrade moved the deadline: old reminders cancelled"


def questions_to(dialog: Dialog, user: int):
    """The replies with buttons sent to *user* (the town question), read back from the outbox."""
    from handlers.messages import Outgoing
    from storage.models import OutboxMessage

    with dialog.uow_factory() as uow:
        rows = uow.session.query(OutboxMessage).filter_by(chat_id=user).order_by(OutboxMessage.id).all()
        replies = [Outgoing.from_json(uow.outbox.payload(row)) for row in rows]
    return [reply for reply in replies if reply.buttons]


def test_one_failing_update_in_a_batch_spoils_nothing_else(batched, monkeypatch):
    classify = batched.core.services.triager.classify

    def fails_on_one_text(text):
        if "炸" in text:
            raise RuntimeError("boom")
        return classify(text)

    monkeypatch.setattr(batched.core.services.triager, "classify", fails_on_one_text)
    incomings = [batched.incoming(A, text=URGENT_WITH_PLACE), batched.incoming(B, text="炸了"),
                 batched.incoming(C, text=NO_PLACE)]
    answers = handle_batched(batched, incomings)
    assert "#" in "".join(answers[0]) and "#" in "".join(answers[2]), "the others got their tickets"
    assert "已经保存" in "".join(answers[1]), "the failing one is told its message is kept"
    tickets, _, _, updates = state(batched)
    assert len(tickets) == 2, "rolled back and handled again one by one: no ticket twice"
    assert dict(updates) == {incomings[0].update_id: "handled", incomings[1].update_id: "failed",
                             incomings[2].update_id: "handled"}
