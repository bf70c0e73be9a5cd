"""An inbound reply is stored, understood, recorded and answered in one transaction; the
answer is sent after the commit and its outcome recorded with one update."""

from __future__ import annotations

from sqlalchemy import event, select

from bot.arrival import handle
from db.models import Activity, Message
from tests.helpers import person, seed


def _watch(engine) -> tuple[list[str], list[str]]:
    commits: list[str] = []
    statements: list[str] = []

    @event.listens_for(engine, "commit")
    def on_commit(conn):  # noqa: ARG001
        commits.append("commit")
        statements.append("COMMIT")

    @event.listens_for(engine, "before_cursor_execute")
    def on_statement(conn, cursor, statement, *args):  # noqa: ARG001
        statements.append(" ".join(statement.split())[:60])

    return commits, statements


def test_a_reply_is_handled_in_one_transaction_and_answered_after_it(rt):
    seed(rt)
    handle(rt, "sms", "+447400123456", "hi", "SMwarm")  # the sender's slot row, made once
    commits, statements = _watch(rt.engine)
    out = handle(rt, "sms", "+447400123456", "I'm at college now doing level 2 plumbing", "SMone")
    assert out["new"] and out["replies"] == 1 and not out["urgent"]
    # one transaction for everything the reply changes; after it, one slot booking (shared
    # by every worker) and the outcome, each a statement atomic on its own (no transaction)
    assert len(commits) == 1, statements
    def updates(of: list[str]) -> list[str]:
        return [s for s in of if s.startswith("UPDATE messages")]

    first_commit = statements.index("COMMIT")
    assert updates(statements[:first_commit]) == []  # inserted once, already understood
    after = statements[first_commit + 1:]
    assert len(after) == 2 and after[0].startswith("INSERT INTO send_slots"), after
    assert len(updates(after)) == 1  # the outcome of the send
    with rt.sessions() as s:
        yp = person(s, "YP1")
        assert s.get(Activity, yp.current_activity_id).source == "reply"
        reply = s.scalars(select(Message).where(Message.direction == "out")
                          .order_by(Message.id.desc())).first()
        assert reply.status in ("sent", "delivered") and reply.attempts == 1
        assert s.scalars(select(Message).where(Message.provider_id == "SMone")).one().processed_at


def test_a_retried_webhook_is_recognised_and_nothing_is_done_twice(rt):
    seed(rt)
    first = handle(rt, "sms", "+447400123456", "4", "SMsame")
    again = handle(rt, "sms", "+447400123456", "4", "SMsame")
    assert first["new"] and not again["new"] and again["message_id"] == first["message_id"]
    with rt.sessions() as s:
        assert len(s.scalars(select(Message).where(Message.direction == "out")).all()) == 1


def test_a_crisis_from_a_stranger_is_answered_at_once_in_the_same_way(rt):
    seed(rt)
    out = handle(rt, "sms", "+447499999999", "i want to end it all tonight", "SMcrisis")
    assert out["urgent"] and out["replies"] == 1
    with rt.sessions() as s:
        reply = s.scalars(select(Message).where(Message.direction == "out")).one()
        assert reply.status in ("sent", "delivered") and reply.label == "crisis:crisis"


def test_consent_read_with_the_sender_is_the_latest_event_and_forgotten_once_one_is_added(rt):
    """The sender's consent on the channel is read in the query that finds them (no query of
    its own): the latest event counts, and one recorded in the same transaction is read again."""
    from neet import consent

    seed(rt)
    with rt.sessions() as s, s.begin():
        yp = person(s, "YP1")
        consent.record(s, yp.id, "sms", False, source="reply", reason="test")
    out = handle(rt, "sms", "+447400123456", "I'm at college now", "SMafter-stop")
    assert out["new"] and out["replies"] == 0  # opted out: nothing but a crisis reply goes
    with rt.sessions() as s, s.begin():
        consent.record(s, person(s, "YP1").id, "sms", True, source="reply", reason="test")
    assert handle(rt, "sms", "+447400123456", "I'm at college now", "SMback")["replies"] == 1
    with rt.sessions() as s, s.begin():
        yp = person(s, "YP1")
        consent.read_beside(s, yp.id, "sms", True)
        assert consent.may_message(s, yp.id, "sms")
        consent.record(s, yp.id, "sms", False, source="reply", reason="test")
        assert not consent.may_message(s, yp.id, "sms")
