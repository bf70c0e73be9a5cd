"""The batch paths (planning a campaign's due rows, the dispatcher's claim) decide by the same
rules as the single send path: whatever changed since launch (an opt-out, a crisis hold, a
caseworker taking over, a dead number, a transfer) stops the message, in the batch as one at a
time."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ContactPoint, Conversation, Message, OutboxItem
from db.session import transaction
from messaging import dispatch, send
from neet import consent
from outreach import campaigns, outbox
from tests.factories import row
from tests.helpers import person, seed
from tests.test_outreach import MONDAY_10AM, TODAY

CHANGES = {
    "B1": "opted out", "B2": "crisis hold", "B3": "with a worker",
    "B4": "no valid contact point", "B5": "transferred out",
}


def _change(s, ccis: str) -> None:
    p = person(s, ccis)
    if ccis == "B1":
        consent.record(s, p.id, "sms", False, source="reply")
    elif ccis == "B2":
        p.crisis_hold = True
    elif ccis == "B3":
        s.add(Conversation(person_id=p.id, state="with_worker", context={}))
    elif ccis == "B4":
        for cp in s.scalars(select(ContactPoint).where(ContactPoint.person_id == p.id)):
            cp.valid = False
    elif ccis == "B5":
        p.transferred_out = True


def _people(rt) -> None:
    seed(rt, [row(YoungPersonsID=f"B{i}", Forename=f"Kid{i}", Mobile=f"07400 4000{i:02d}",
                  ActivityCode="810", DateAscertained="2026-09-01", DateVerified="", StartDate="")
              for i in range(7)], with_catalogue=False)


def test_planning_a_batch_skips_whatever_changed_since_launch_with_the_reason(rt):
    _people(rt)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="Chase", rule={"kind": "not_known"}, actor="t",
                             now=MONDAY_10AM)
        assert campaigns.launch(s, c, "t", TODAY, MONDAY_10AM) == 7
        for ccis in CHANGES:
            _change(s, ccis)
    with rt.sessions() as s:  # one at a time, the single send path says the same
        for ccis, why in CHANGES.items():
            p = person(s, ccis)
            try:
                send.queue(s, rt.settings, p, "checkin", kind="campaign", now=MONDAY_10AM)
                raise AssertionError(f"{ccis} was queued")
            except send.Blocked as exc:
                assert exc.reason == why
        s.rollback()
    queued = outbox.plan_due(rt, MONDAY_10AM)
    assert len(queued) == 2  # B0 and B6
    with rt.sessions() as s:
        skipped = {person_id: reason for person_id, reason in s.execute(
            select(OutboxItem.person_id, OutboxItem.last_error)
            .where(OutboxItem.status == "skipped"))}
        assert {ccis: skipped[person(s, ccis).id] for ccis in CHANGES} == CHANGES
        bodies = " | ".join(s.scalars(select(Message.body).where(Message.id.in_(queued))))
        assert "Kid0" in bodies and "Kid6" in bodies and "Kid1" not in bodies


def test_the_claim_blocks_a_queued_batch_for_whatever_changed_since_it_was_queued(rt):
    _people(rt)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="Chase", rule={"kind": "not_known"}, actor="t",
                             now=MONDAY_10AM)
        campaigns.launch(s, c, "t", TODAY, MONDAY_10AM)
    queued = outbox.plan_due(rt, MONDAY_10AM)
    assert len(queued) == 7
    with transaction(rt.sessions) as s:
        for ccis in CHANGES:
            _change(s, ccis)
    counts = dispatch.send_queued(rt, dispatch.channels_for(rt.settings), ids=queued, limit=50)
    assert counts["blocked"] == 5 and counts["sent"] == 2
    with rt.sessions() as s:
        blocked = dict(s.execute(select(Message.person_id, Message.error_code)
                                 .where(Message.status == "blocked")).all())
        assert {ccis: blocked[person(s, ccis).id] for ccis in CHANGES} == {
            "B1": "opted out", "B2": "crisis hol", "B3": "with a wor", "B4": "invalid co",
            "B5": "transferre"}
