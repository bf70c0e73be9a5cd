"""Every label of DESIGN.md section 3, from the check-in to what is recorded, replied and
asked next, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import inbound
from db.models import Alert, ContactPoint, Conversation, Message, ReviewItem
from messaging import dispatch
from neet import consent
from tests.helpers import TODAY, person, seed

PHONE = "+447400123456"
# reply -> (label, recorded code or None, reply template or None, next state)
CASES = {
    "im at college doing plumbing": ("status:education", 230, "thanks_eet", "idle"),
    "doing an apprenticeship as a sparky": ("status:apprenticeship", 310, "thanks_eet", "idle"),
    "on a traineeship": ("status:training", 450, "thanks_eet", "idle"),
    "working at a garage and doing my NVQ": ("status:employment_with_training", 320, "thanks_eet", "idle"),
    "working part time at asda": ("status:employment", 360, "thanks_employment", "idle"),
    "volunteering at the food bank": ("status:volunteering", 540, "thanks_eet", "idle"),
    "nothing atm": ("status:seeking", 619, "ask_interests", "awaiting_interests"),
    "starting college in january": ("status:start_agreed", 616, "thanks_start", "idle"),
    "signed off sick with anxiety": ("status:not_available_illness", 640, "thanks_not_available", "idle"),
    "im pregnant": ("status:not_available_pregnancy", 650, "thanks_not_available", "idle"),
    "looking after my baby": ("status:not_available_parent", 630, "thanks_not_available", "idle"),
    "i look after my mum": ("status:not_available_carer", 620, "thanks_not_available", "idle"),
    "moved to scotland": ("status:moved_away", None, "thanks_moved", "closed"),
    "im in prison till march": ("status:custody", 710, "thanks_custody", "idle"),
    "mind your own business": ("refused", 830, "thanks_refused", "idle"),
    "this is my new number": ("new_number", None, "new_number_ack", "awaiting_status"),
    "who is this?": ("question", None, "who_we_are", "awaiting_status"),
    "STOP": ("opt_out", None, "opt_out_confirm", "idle"),
    "START": ("opt_in", None, "opt_in_confirm", "idle"),
    "wrong number": ("wrong_number", None, None, "closed"),
    "can someone call me": ("help", None, "help_ack", "awaiting_status"),
    "i want to kill myself": ("crisis", None, "crisis", "crisis_hold"),
    "yes": ("affirm", None, "ask_again", "awaiting_status"),
    "no": ("deny", None, "ask_again", "awaiting_status"),
    "lol": ("unclear", None, "ask_again", "awaiting_status"),
}


@pytest.mark.parametrize("text", list(CASES))
def test_label_from_check_in_to_next_step(rt, text):
    label, code, template, state = CASES[text]
    seed(rt)
    with rt.sessions() as s, s.begin():
        s.add(Conversation(person_id=person(s).id, state="awaiting_status", context={},
                           unclear_count=0))
    mid, _ = inbound.receive(rt, "sms", PHONE, text, f"SM-{label}")
    queued = inbound.process(rt, mid, today=TODAY)
    dispatch.send_queued(rt, dispatch.channels_for(rt.settings), ids=queued)
    with rt.sessions() as s:
        p = person(s)
        assert s.get(Message, mid).label == label
        replies = s.scalars(select(Message).where(Message.id.in_(queued))).all()
        assert [m.label.split(":", 1)[1] for m in replies] == ([template] if template else [])
        assert all(m.status == "delivered" for m in replies)
        assert s.scalar(select(Conversation.state).where(Conversation.person_id == p.id)) == state
        if code:
            assert p.current_activity.code == code and p.current_activity.source == "reply"
            assert p.current_activity.verified == TODAY
        else:
            assert p.current_activity.code == 810
        extra = {650: 180, 630: 120, 620: 140}.get(code)
        if extra:
            assert extra in p.characteristic_codes
        if label == "status:moved_away":
            assert p.transferred_out
        if label == "opt_out":
            assert not consent.may_message(s, p.id, "sms")
        if label == "wrong_number":
            assert not s.scalar(select(ContactPoint.valid))
        if label == "new_number":  # nothing moves by guesswork: a person confirms first
            assert s.scalar(select(ContactPoint.valid))
            assert s.scalar(select(ReviewItem.label)) == "new_number"
        if label in ("crisis", "help"):
            kind = "safeguarding" if label == "crisis" else "callback"
            assert s.scalar(select(Alert).where(Alert.kind == kind)).person_id == p.id
            assert p.crisis_hold is (label == "crisis")
        if label == "unclear":
            assert s.scalar(select(ReviewItem)) is None  # only the second unclear goes to a human
