"""A reply the model reads as a stop that the rules did not take as one: the bot sends nothing
more (no question, no reminder, no campaign) until a person has read it in the review queue
and chosen what it means. A message after an opt-out is the worst failure; a person reading
one reply is cheap."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import inbound, takeover
from bot.conversation import HELD, decide
from bot.understand import Understanding, classify
from bot.understand.combine import POSSIBLE_OPT_OUT_AT, SURE_FOR, _possibly_a_stop, combine
from bot.understand.model.predict import Guess, guess
from db.models import ConsentEvent, ContactPoint, Conversation, Message, ReviewItem, StaffUser
from messaging import send
from neet import consent
from tests.helpers import TODAY, asked_what_she_does, person, texts_in


def _guess(label: str, p: float) -> Guess:
    rest = (1.0 - p) / 2
    other = "unclear" if label != "unclear" else "affirm"
    return Guess(label, p, {label: p, other: rest, "crisis": rest})


def _u(label: str, text: str, **details) -> Understanding:
    return Understanding(label, dict(details), text, 0.5, "en")


@pytest.mark.parametrize(("label", "p", "asked", "text", "held"), [
    ("unclear", POSSIBLE_OPT_OUT_AT, "checkin", "dont txt back", True),
    ("deny", 0.6, "checkin", "nah dont", True),
    ("status:education", 0.5, "", "at college, wish these would end", True),
    ("unclear", POSSIBLE_OPT_OUT_AT - 0.01, "checkin", "dont txt back", False),  # below the line
    ("unclear", 0.8, "yesno", "dont txt back", False),  # the model reads check-in replies only
    ("opt_out", 0.8, "checkin", "stop", False),  # already one
    ("crisis", 0.8, "checkin", "stop texting me, ill be gone soon", False),  # a person at once
    ("unclear", 0.8, "checkin", "stop calling me, text me instead", False),  # asks for texts
    ("unclear", 0.8, "checkin", "dont stop messaging me", False),  # negated
])
def test_which_replies_are_held_for_a_person(label, p, asked, text, held):
    g = _guess("opt_out", p) if p >= 0.5 else Guess("unclear", 1 - p, {"opt_out": p,
                                                                         "unclear": 1 - p})
    assert _possibly_a_stop(_u(label, text), g, asked, text) is held


def test_a_no_with_a_stop_the_model_is_sure_of_is_an_opt_out():
    sure = _guess("opt_out", SURE_FOR["opt_out"])
    assert combine(_u("deny", "no thx pls stop thee messages now"), sure, "en",
                   "no thx, pls stop thee messages now").label == "opt_out"
    # not when the model is unsure, and never against a negation
    assert combine(_u("deny", "no thanks"), _guess("opt_out", 0.85), "en",
                   "no thanks").label == "deny"
    assert combine(_u("deny", "no dont stop messaging me"), sure, "en",
                   "no dont stop messaging me").label == "deny"


def test_classify_marks_a_stop_the_rules_do_not_read():
    """Whatever the shipped model's figures, a reply it reads as a stop between the line and
    SURE_FOR is marked, and one it is sure of is an opt-out."""
    for text in ("dont txt back", "i dont want this", "pls no mor msgs", "kinda over these texts"):
        u, p = classify(text), guess(text).p("opt_out")
        if u.label == "opt_out":
            continue
        assert ("possible_opt_out" in u.details) == (p >= POSSIBLE_OPT_OUT_AT), text
    assert "possible_opt_out" not in classify("at college doing plumbing").details


def test_a_held_reply_gets_no_answer_and_waits_for_a_person():
    u = _u("unclear", "dont txt back", possible_opt_out=0.7)
    d = decide("awaiting_status", {}, 0, u)
    assert d.replies == [] and d.state == HELD
    assert d.actions == [("human_review", {"label": "possible_opt_out"})]
    # a call asked for is still made; a crisis and a stop are still acted on at once
    help_ = decide("idle", {}, 0, _u("help", "ring me dont txt", possible_opt_out=0.5))
    assert ("callback", {}) in help_.actions and help_.replies == []
    assert decide(HELD, {}, 0, _u("crisis", "i want to die")).state == "crisis_hold"
    assert ("opt_out", {}) in decide(HELD, {}, 0, _u("opt_out", "stop")).actions
    # anything else they send while held is left for the person too
    later = decide(HELD, {}, 0, _u("status:education", "at college", code=200))
    assert later.replies == [] and later.actions == [] and later.state == HELD


def test_campaigns_pass_a_held_person_by():
    held = send.Facts(True, with_worker=True)
    assert send.block_reason("campaign", held, True, False) == "with a worker"
    assert send.block_reason("reply", held, True, False) is None  # a person's label may answer


def _held(rt) -> int:
    asked_what_she_does(rt)
    text = next(t for t in ("dont txt back", "i dont want this")
                if "possible_opt_out" in classify(t).details)
    return texts_in(rt, text)


def test_a_held_reply_is_stored_unanswered_with_a_review_item(sqlite_rt):
    mid = _held(sqlite_rt)
    with sqlite_rt.sessions() as s:
        assert not s.scalars(select(Message).where(Message.direction == "out")).all()
        item = s.scalars(select(ReviewItem).where(ReviewItem.message_id == mid)).one()
        assert item.label == "possible_opt_out" and item.status == "open"
        p = person(s)
        assert s.scalar(select(Conversation.state).where(Conversation.person_id == p.id)) == HELD
        with pytest.raises(send.Blocked, match="with a worker"):
            send.allowed(s, p, s.scalars(select(ContactPoint)).one(), "campaign")
        assert consent.may_message(s, p.id, "sms")  # not opted out by guesswork


def test_a_person_choosing_opt_out_honours_it(sqlite_rt):
    mid = _held(sqlite_rt)
    with sqlite_rt.sessions() as s, s.begin():
        s.scalars(select(ReviewItem)).one().status = "labelled"
    inbound.relabel(sqlite_rt, mid, "opt_out", "nss@test", today=TODAY)
    with sqlite_rt.sessions() as s:
        p = person(s)
        assert not consent.may_message(s, p.id, "sms")
        assert s.scalars(select(ConsentEvent).where(ConsentEvent.person_id == p.id)).all()
        assert s.scalar(select(Conversation.state).where(Conversation.person_id == p.id)) == "idle"


def test_a_person_choosing_a_status_lets_the_bot_answer_again(sqlite_rt):
    mid = _held(sqlite_rt)
    with sqlite_rt.sessions() as s, s.begin():
        s.scalars(select(ReviewItem)).one().status = "labelled"
    queued = inbound.relabel(sqlite_rt, mid, "status:education", "nss@test", today=TODAY)
    with sqlite_rt.sessions() as s:
        p = person(s)
        assert queued and consent.may_message(s, p.id, "sms")
        assert s.scalar(select(Conversation.state).where(Conversation.person_id == p.id)) == "idle"


def test_the_hold_stays_while_its_review_item_is_open(sqlite_rt):
    """Labelling some other reply of theirs does not lift it; handing back does."""
    mid = _held(sqlite_rt)
    inbound.relabel(sqlite_rt, mid, "unclear", "nss@test", today=TODAY)  # item still open
    with sqlite_rt.sessions() as s, s.begin():
        p = person(s)
        assert s.scalar(select(Conversation.state).where(Conversation.person_id == p.id)) == HELD
        user = StaffUser(email="nss@test", name="Sam Worker", role="nss", password_hash="x")
        takeover.hand_back(s, p, user)
    with sqlite_rt.sessions() as s:
        assert s.scalar(select(Conversation.state).where(
            Conversation.person_id == person(s).id)) == "idle"


def test_staff_see_why_it_is_held_and_their_label_acts(sqlite_rt):
    from tests.helpers import STAFF_PASSWORD, add_staff, signed_in
    from web.app import create_app

    mid = _held(sqlite_rt)
    add_staff(sqlite_rt, ("nss@k", "nss", "Maidstone"))
    c, tok = signed_in(create_app(sqlite_rt), "nss@k", STAFF_PASSWORD)
    page = c.get("/review").get_data(as_text=True)
    assert "may be asking us to stop" in page
    with sqlite_rt.sessions() as s:
        pid = person(s).id
        iid = s.scalar(select(ReviewItem.id).where(ReviewItem.message_id == mid))
    assert 'data-testid="held"' in c.get(f"/people/{pid}").get_data(as_text=True)
    assert c.post(f"/review/{iid}", data={"label": "opt_out", "csrf_token": tok}).status_code == 302
    with sqlite_rt.sessions() as s:
        assert not consent.may_message(s, pid, "sms")
        assert s.scalar(select(Conversation.state).where(Conversation.person_id == pid)) == "idle"
    assert 'data-testid="held"' not in c.get(f"/people/{pid}").get_data(as_text=True)


@pytest.mark.parametrize("text", ["nothin rly, take me off da rora for saturday lol wrong chat",
                                  "take me off the rtoa for saturday"])
def test_a_list_taken_off_for_a_day_is_a_rota_not_ours(text):
    assert classify(text).label != "opt_out"


def test_taken_off_our_list_is_still_a_stop():
    assert classify("take me off your list").label == "opt_out"


def test_contact_from_someone_else_typed_with_a_slip_is_no_stop():
    from bot.understand.rules import by_rules

    # "form" for "from": the job centre's contact is declined, not ours (a false opt-out)
    assert by_rules("i dnt wanna get contact form da job centre, ill find work myself").label != "opt_out"
    assert by_rules("i dont want to get messages form you").label == "opt_out"
