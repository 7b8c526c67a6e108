"""The hotline core: store every update first, handle it once, write replies to the outbox."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError

from handlers import deadlines, periodic, reminders, texts, unreachable
from handlers.context import Context, Services
from handlers.messages import Delivery, Incoming, Outgoing
from handlers.router import route
from storage.claims import release_dead_claims, worker_name
from storage.models import OutboxMessage
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)
STALE_CLAIM = timedelta(seconds=60)


class HotlineCore:
    """What every adapter calls: `process` an update, then report each delivery's fate."""

    def __init__(self, services: Services, uow_factory: UnitOfWorkFactory) -> None:
        self.services = services
        self.uow_factory = uow_factory
        self.worker = worker_name()

    def process(self, incoming: Incoming) -> list[Delivery]:
        """Store, then handle; a repeated update_id gives no deliveries."""
        if not self._store(incoming):
            return []
        return self._handle(incoming)

    def store(self, incomings: list[Incoming]) -> None:
        """Commit a batch of raw updates in one transaction before anything else (the adapters do it as
        soon as Telegram hands a batch over); a repeat is left as it is (one at a time, then)."""
        try:
            with self.uow_factory() as uow:
                uow.updates.add_many([(i.update_id, i.user_id, i.to_json()) for i in incomings])
                uow.commit()
        except IntegrityError:
            for incoming in incomings:
                self._store(incoming)

    def handle(self, incoming: Incoming) -> list[Delivery]:
        """Handle a stored update; a repeat (already handled, or being handled elsewhere) gives nothing."""
        return self._handle(incoming)

    def handle_many(self, incomings: list[Incoming]) -> list[list[Delivery]]:
        """Handle stored updates in one transaction (what one commit per update cost, shared);
        if any of them raises, none is kept and each is handled again in a transaction of its own,
        so one bad update neither blocks nor spoils the others."""
        if len(incomings) < 2:
            return [self._handle(incoming) for incoming in incomings]
        try:
            with self.uow_factory() as uow:
                claimed = uow.updates.claim_many([incoming.update_id for incoming in incomings])
                replies = []
                for incoming in incomings:
                    inbound_id = claimed.pop(incoming.update_id, None)  # pop: a repeat in the batch gets nothing
                    replies.append([] if inbound_id is None else self._answer(uow, incoming, inbound_id))
                    uow.next_update()
                deliveries = iter(self._queue(uow, [reply for each in replies for reply in each]))
                uow.commit()
                return [[next(deliveries) for _ in each] for each in replies]
        except Exception:  # noqa: BLE001 — retried one by one below, where a failure is logged and answered
            log.warning("a chunk of %d updates failed; handling each alone", len(incomings), exc_info=True)
            return [self._handle(incoming) for incoming in incomings]

    def _answer(self, uow, incoming: Incoming, inbound_id: int) -> list[Outgoing]:
        """Handle one claimed update inside *uow*; its replies, for the caller to queue."""
        person = uow.sender(incoming.user_id, incoming.chat_id, incoming.name)
        ctx = Context(uow, self.services, incoming, person, inbound_id)
        route(ctx)
        deadlines.sync(uow, self.services.settings, self.services.now())
        return ctx.replies

    def _store(self, incoming: Incoming) -> bool:
        """Commit the raw update before anything else; False if it was seen and handled already.

        The insert comes first (a repeat is rare: the unique update_id refuses it), then a repeat is
        looked up: handled again only if a crash left it unhandled, and `claim` lets one worker do it."""
        try:
            with self.uow_factory() as uow:
                uow.updates.add(incoming.update_id, incoming.user_id, incoming.to_json())
                uow.commit()
                return True
        except IntegrityError:
            with self.uow_factory() as uow:
                existing = uow.updates.get(incoming.update_id)
                return existing is not None and existing.status == "received"

    def _handle(self, incoming: Incoming) -> list[Delivery]:
        try:
            with self.uow_factory() as uow:
                inbound_id = uow.updates.claim(incoming.update_id)
                if inbound_id is None:
                    return []
                deliveries = self._queue(uow, self._answer(uow, incoming, inbound_id))
                uow.commit()
                return deliveries
        except Exception as error:  # noqa: BLE001 — the person gets an answer, the update stays stored
            log.exception("handling update %s failed", incoming.update_id)
            return self._fail(incoming, error)

    def _fail(self, incoming: Incoming, error: Exception) -> list[Delivery]:
        with self.uow_factory() as uow:
            uow.updates.mark_failed(incoming.update_id, f"{type(error).__name__}: {error}")
            deliveries = self._queue(uow, [Outgoing(incoming.chat_id, texts.internal_error())])
            uow.commit()
            return deliveries

    def _queue(self, uow, replies: list[Outgoing]) -> list[Delivery]:
        """Outbox rows claimed by this worker (status 'sending') for the adapter to send now.

        Inserted already claimed (no UPDATE at the commit), in one Core statement: this runs for every update."""
        ids = uow.outbox.add_claimed([(reply.chat_id, reply.to_json()) for reply in replies], self.worker)
        return [Delivery(outbox_id, reply) for outbox_id, reply in zip(ids, replies, strict=True)]

    @staticmethod
    def _enqueue(uow, replies: list[Outgoing]) -> None:
        """Outbox rows left pending, for the paced flush to claim a few at a time (reminders, reports)."""
        if replies:  # one executemany, however many
            uow.session.execute(insert(OutboxMessage.__table__), [
                {"chat_id": reply.chat_id, "payload_secret": uow.cipher.encrypt(reply.to_json()), "status": "pending",
                 "attempts": 0, "created_at": uow.now()} for reply in replies])

    def fire_reminders(self, limit: int = 500) -> int:
        """Fire every due reminder into the outbox, `limit` rows per transaction; returns messages queued."""
        queued = 0
        while True:
            with self.uow_factory() as uow:
                claimed, replies = reminders.fire_due(uow, self.services, self.services.now(), limit)
                self._enqueue(uow, replies)
                uow.commit()
            queued += len(replies)
            if claimed < limit:
                return queued

    def next_reminder_due(self) -> datetime | None:
        """When the scheduler should look next (it also looks every `reminder_every`)."""
        with self.uow_factory() as uow:
            return uow.reminders.next_due()

    def run_periodic(self, job: str, *, catch_up: bool = False) -> int:
        """Monthly report, weekly digest or quarterly spot check, once per period; returns messages queued."""
        try:
            with self.uow_factory() as uow:
                replies = periodic.run(uow, self.services.settings, job, self.services.now(), catch_up=catch_up)
                self._enqueue(uow, replies)
                uow.commit()
        except IntegrityError:  # another worker claimed this period first
            return 0
        return len(replies)

    def recover(self) -> list[Delivery]:
        """At start: handle updates stored but never handled (a crash), then resend what is due."""
        with self.uow_factory() as uow:
            stored = [(update_id, uow.updates.payload(uow.updates.get(update_id)))
                      for update_id in uow.updates.unhandled()]
            release_dead_claims(uow.session, self.worker)
            deadlines.backfill(uow, self.services.settings, self.services.now())
            uow.commit()
        deliveries: list[Delivery] = []
        for update_id, payload in stored:
            log.info("recovering update %s", update_id)
            deliveries += self._handle(Incoming.from_json(payload))
        return deliveries + self.due_deliveries()

    def due_deliveries(self, limit: int = 200) -> list[Delivery]:
        """Claim outbox rows that are pending, or whose sender vanished mid-send."""
        with self.uow_factory() as uow:
            stale = uow.now() - STALE_CLAIM
            rows = uow.session.query(OutboxMessage).where(
                (OutboxMessage.status == "pending")
                | ((OutboxMessage.status == "sending") & (OutboxMessage.claimed_at < stale))
            ).order_by(OutboxMessage.id).limit(limit).with_for_update(skip_locked=True).all()
            for row in rows:
                row.status, row.claimed_at, row.claimed_by = "sending", uow.now(), self.worker
            deliveries = [Delivery(row.id, Outgoing.from_json(uow.outbox.payload(row))) for row in rows]
            uow.commit()
            return deliveries

    def mark_sent(self, outbox_id: int) -> None:
        self.mark_sent_many([outbox_id])

    def mark_sent_many(self, outbox_ids: list[int]) -> None:
        """Rows the adapter has sent, in one transaction (the runner batches what was sent meanwhile)."""
        if not outbox_ids:
            return
        with self.uow_factory() as uow:
            uow.outbox.mark_sent(outbox_ids, self.services.now())
            uow.commit()

    def mark_retry(self, outbox_id: int, error: str) -> None:
        """A temporary failure: back to pending for the next flush."""
        self._set_outbox(outbox_id, status="pending", error=error[:500], attempts=OutboxMessage.attempts + 1)

    def mark_failed(self, outbox_id: int, error: str) -> None:
        """Telegram refused the message itself (a bug to look at): keep it, stop retrying."""
        log.error("outbox %s refused: %s", outbox_id, error)
        self._set_outbox(outbox_id, status="failed", error=error[:500], attempts=OutboxMessage.attempts + 1)

    def mark_blocked(self, outbox_id: int, chat_id: int) -> list[Delivery]:
        """The person blocked the bot: stop retrying, and give their news to someone who can act."""
        with self.uow_factory() as uow:
            row = uow.outbox.get(outbox_id)
            undelivered = Outgoing.from_json(uow.outbox.payload(row)).text if row else ""
            uow.session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id)
                                .values(status="blocked", error="403 blocked by the user"))
            replies: list[Outgoing] = []
            for person in uow.persons.mark_unreachable(chat_id):
                uow.events.record("unreachable", actor_id=person.id, detail="用户已屏蔽机器人")
                replies += unreachable.fallbacks(uow, self.services.settings, person, undelivered)
            deliveries = self._queue(uow, replies)
            uow.commit()
            return deliveries

    def _set_outbox(self, outbox_id: int, **values) -> None:
        with self.uow_factory() as uow:
            uow.session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values)
                                .execution_options(synchronize_session=False))  # nothing to refresh: a fresh session
            uow.commit()
