"""The conversation end to end through the simulator channel, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot import inbound
from bot.conversation import decide, wants_offers
from bot.understand import LABELS, Understanding
from bot.understand.combine import combine
from bot.understand.model.predict import Guess
from bot.understand.rules import by_rules
from db.models import (
    Alert,
    ConsentEvent,
    ContactPoint,
    Message,
    Referral,
    ReviewItem,
    WebhookDelivery,
)
from messaging import dispatch, send
from messaging.templates import names, offer_line, render
from tests.helpers import TODAY, person, seed

_ids = itertools.count(1)
PHONE = "+447400123456"


def say(rt, text: str, address: str = PHONE, channel: str = "sms") -> list[str]:
    """The young person sends `text`; returns the bodies of the replies they receive."""
    mid, _ = inbound.receive(rt, channel, address, text, f"SM{next(_ids):030d}")
    queued = inbound.process(rt, mid, today=TODAY)
    dispatch.send_queued(rt, dispatch.channels_for(rt.settings), ids=queued)
    with rt.sessions() as s:
        return [m.body for m in s.scalars(select(Message).where(Message.id.in_(queued))
                                          .order_by(Message.id))]


def test_seeking_to_offer_to_referral(rt):
    seed(rt)
    r = say(rt, "nothing atm")
    assert "What are you into" in r[0]
    r = say(rt, "i like fixing cars")
    assert r[0].startswith("Here's what you could start near you") and "1 " in r[0]
    r = say(rt, "1")
    assert "adviser" in r[0] and "YES or NO" in r[0]
    r = say(rt, "yes please")
    assert "will contact you" in r[0]
    with rt.sessions() as s:
        p = person(s)
        assert p.current_activity.code == 619 and p.current_activity.source == "reply"
        ref = s.scalar(select(Referral))
        assert ref.service == "NSS" and "asked for help" in ref.reasons
        assert ref.assigned_to_id is not None and "cars" in ref.summary
        assert s.scalar(select(func.count()).select_from(ConsentEvent)
                        .where(ConsentEvent.kind == "referral")) == 1
        sent = s.scalars(select(Message).where(Message.direction == "out")).all()
        assert all(m.status == "delivered" and m.segments <= 2 for m in sent)


def test_a_seeking_reply_that_names_interests_goes_straight_to_offers(sqlite_rt):
    seed(sqlite_rt)
    r = say(sqlite_rt, "nothing atm, into cars and fixing them")
    assert r[0].startswith("Here's what you could start near you") and "What are you into" not in r[0]
    with sqlite_rt.sessions() as s:
        p = person(s)
        assert p.current_activity.code == 619  # the status is recorded as well
        from db.models import Conversation

        convo = s.scalar(select(Conversation).where(Conversation.person_id == p.id))
        assert convo.state == "awaiting_choice" and "motor vehicle" in convo.context["interests"]


def test_looking_without_naming_anything_is_asked_what_they_are_into(sqlite_rt):
    seed(sqlite_rt)
    assert "What are you into" in say(sqlite_rt, "nothing at the moment, looking for work")[0]


def test_crisis_alerts_holds_and_stops_chatter(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    r = say(rt, "at college but i dont want to be here anymore")
    assert "999" in r[0] and "116 123" in r[0] and "85258" in r[0]
    assert say(rt, "hello?") == []  # no automated chatter: a human takes over
    with rt.sessions() as s:
        assert person(s).crisis_hold
        alert = s.scalar(select(Alert).where(Alert.kind == "safeguarding"))
        assert alert.district_id == person(s).district_id
        with pytest.raises(send.Blocked, match="crisis hold"):
            send.queue(s, rt.settings, person(s), "checkin", kind="campaign")


def test_a_crisis_said_with_a_stop_reaches_a_human_and_the_stop_is_honoured(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    r = say(rt, "stop texting me, no one can help, ill be gone soon anyway")
    assert len(r) == 1 and "116 123" in r[0]  # the help numbers, and no opt-out chatter
    with rt.sessions() as s:
        assert person(s).crisis_hold
        assert s.scalar(select(Alert).where(Alert.kind == "safeguarding")) is not None
        with pytest.raises(send.Blocked, match="opted out"):
            send.queue(s, rt.settings, person(s), "checkin", kind="reply")


def test_a_stop_the_model_finds_risky_is_a_stop_and_the_duty_worker_sees_it():
    """The combination and the decision, as pure functions: a plain stop that the model finds
    somewhat risky stays a stop and alerts the duty worker; if the model is sure, the crisis
    comes first and the stop is honoured too."""
    text = "how many times, i said stop"
    probs = {"crisis": 0.5, "opt_out": 0.4, "unclear": 0.1}
    u = combine(by_rules(text), Guess("crisis", 0.5, probs), "en", text)
    assert u.label == "opt_out" and u.details["possible_crisis"] == 0.5
    d = decide("idle", {}, 0, u)
    assert [a for a, _ in d.actions] == ["possible_crisis_alert", "opt_out"]
    fairly_sure = {"crisis": 0.9, "opt_out": 0.1}  # below combine.STOP_CRISIS_AT: still a stop
    u = combine(by_rules(text), Guess("crisis", 0.9, fairly_sure), "en", text)
    assert u.label == "opt_out" and u.details["possible_crisis"] == 0.9
    sure = {"crisis": 0.97, "opt_out": 0.03}
    u = combine(by_rules(text), Guess("crisis", 0.97, sure), "en", text)
    assert u.label == "crisis" and u.details["opt_out"]
    d = decide("idle", {}, 0, u)
    assert [a for a, _ in d.actions] == ["safeguarding_alert", "opt_out"]
    assert [r for r, _ in d.replies] == ["crisis"] and d.state == "crisis_hold"


def test_opt_out_confirms_once_and_blocks_everything_after(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    r = say(rt, "STOP")
    assert "won't get any more messages" in r[0]
    with rt.sessions() as s:
        for kind in ("campaign", "reply"):
            with pytest.raises(send.Blocked, match="opted out"):
                send.queue(s, rt.settings, person(s), "checkin", kind=kind)
    r = say(rt, "START")
    assert "again" in r[0]
    with rt.sessions() as s:
        assert send.queue(s, rt.settings, person(s), "checkin", kind="campaign").id


def test_wrong_number_invalidates_and_never_replies(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    assert say(rt, "wrong number mate") == []
    with rt.sessions() as s:
        cp = s.scalar(select(ContactPoint))
        assert not cp.valid and "wrong number" in cp.invalid_reason and person(s).phone_chase
        with pytest.raises(send.Blocked):
            send.queue(s, rt.settings, person(s), "checkin", kind="campaign")


def test_unclear_twice_goes_to_a_human(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    assert "didn't quite get that" in say(rt, "lol")[0]
    assert "one of our team" in say(rt, "hmm")[0]
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ReviewItem)) == 1


def test_the_same_provider_message_is_processed_once(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    a, new_a = inbound.receive(rt, "sms", PHONE, "4", "SMdup")
    b, new_b = inbound.receive(rt, "sms", PHONE, "4", "SMdup")
    assert a == b and new_a and not new_b
    assert inbound.process(rt, a, today=TODAY) and inbound.process(rt, a, today=TODAY) == []


def test_unknown_sender_in_crisis_still_reaches_a_human(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    r = say(rt, "i want to kill myself", address="+447400999999")
    assert "999" in r[0]
    assert say(rt, "at college", address="+447400999998") == []
    with rt.sessions() as s:
        assert s.scalar(select(Alert).where(Alert.kind == "safeguarding")).person_id is None
        assert s.scalar(select(func.count()).select_from(ReviewItem)) == 1


def test_status_help_and_notification_queue(sqlite_rt):
    rt = sqlite_rt
    seed(rt)
    from tests.helpers import add_endpoint

    add_endpoint(rt, "http://127.0.0.1:9/hook")
    r = say(rt, "i work at tesco, can someone call me")
    assert "call you soon" in r[0]  # the reply says a call is coming, not only thanks
    with rt.sessions() as s:
        assert person(s).current_activity.code == 330
        assert s.scalar(select(Alert).where(Alert.kind == "callback")) is not None
        d = s.scalar(select(WebhookDelivery))
        assert d.event == "callback.requested"


LONG = dict(first_name="Ellie-Mae-Francesca", team="the Participation Team",
            text="x" * 260, staff_name="Ellie-Mae-Francesca",
            council="Kent County Council", what="your job and training", start_date="2027-01-06",
            offers=[offer_line("Level 3 Motor vehicle maintenance and repair (full time)",
                               "Folkestone and Hythe Learning Partnership", "2027-09-06",
                               "16 Sep")] * 3,
            district="Tonbridge and Malling", choice="Level 3 Business administration (full time)",
            question="What are you doing at the moment? Reply 1 college, 2 apprenticeship, "
                     "3 working, 4 nothing right now.")


def test_offer_lines_are_cut_to_fit():
    line = offer_line("A" * 90, "B" * 60, "rolling", "")
    assert len(line) <= 70 and line.endswith("any time")


@pytest.mark.parametrize("name", names())
def test_every_sms_template_fits_two_gsm7_segments(name):
    r = render(name, **LONG)
    assert r.encoding == "GSM-7" and 1 <= r.segments <= 2, (name, len(r.text))


REPLIES = st.sampled_from(["STOP", "START", "nothing", "cars", "1", "yes", "no", "lol",
                           "at college", "stop texting me", "help", "unsubscribe", "4"])


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(script=st.lists(REPLIES, min_size=1, max_size=8))
def test_nothing_ever_reaches_an_opted_out_channel(sqlite_template, tmp_path_factory, script):
    import shutil

    from neet import runtime

    path = tmp_path_factory.mktemp("prop") / "p.db"
    shutil.copy(sqlite_template, path)
    rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": f"sqlite:///{path}", "NEET_CHANNEL": "simulator"})
    seed(rt, with_catalogue=True)
    for text in script:
        say(rt, text)
        with rt.sessions() as s:
            p = person(s)
            try:
                send.queue(s, rt.settings, p, "checkin", kind="campaign")
                s.flush()
            except send.Blocked:
                pass
            s.commit()
        dispatch.send_queued(rt, dispatch.channels_for(rt.settings))
    with rt.sessions() as s:
        events = s.scalars(select(ConsentEvent).where(ConsentEvent.kind == "messaging")
                           .order_by(ConsentEvent.at, ConsentEvent.id)).all()
        outs = s.scalars(select(Message).where(Message.direction == "out",
                                               Message.status != "blocked")).all()
        for m in outs:
            before = [e for e in events if e.id and e.at <= m.created_at]
            opted_out = bool(before) and not before[-1].granted
            if opted_out:
                assert m.label.startswith(("confirmation:", "crisis:")), (script, m.label)
    rt.engine.dispose()


def test_conversations_expire(sqlite_rt):
    from datetime import timedelta

    from db.models import Conversation
    from neet.clock import utcnow

    rt = sqlite_rt
    seed(rt)
    say(rt, "nothing atm")
    with rt.sessions() as s, s.begin():
        c = s.scalar(select(Conversation))
        assert c.state == "awaiting_interests"
        c.expires_at = utcnow() - timedelta(minutes=1)
    # weeks later "yes" no longer answers an old question: it is just unclear
    assert "didn't quite get that" in say(rt, "yes")[0]


@pytest.mark.parametrize("label", sorted(set(LABELS) - {"crisis"}))
@pytest.mark.parametrize("state", ["awaiting_interests", "idle"])
def test_provision_is_matched_exactly_when_the_conversation_would_offer_it(label, state):
    """`wants_offers` (the caller matches, and records unmet demand) and `decide` (it offers)
    agree for every label: no matching, and no unmet demand recorded, for a reply that is
    answered otherwise ("who is this?" in answer to "what are you into?")."""
    u = Understanding(label, {"interests": ["cars"]}, "into cars", 0.95)
    offer = [{"id": 1, "title": "Motor vehicle", "line": "Motor vehicle L2"}]
    d = decide(state, {}, 0, u, offer, False)
    assert wants_offers(state, u) == any(t == "offer" for t, _ in d.replies), d.replies



def test_a_status_said_beside_a_request_for_help_records_both():
    """DESIGN.md 3: a status with a request for help records the status and the call back,
    also where the status is read only in the part beside the request; a request alone, or
    being without anything and asking us, stays a request for help."""
    from bot.understand import classify

    for text, label in [("fitting kitchens with my uncle, could someone ring me please",
                         "status:employment"),
                        ("hi there asda, could someone ring me please", "status:employment"),
                        ("we went back to latvia in the summer, can someone call me thanks",
                         "status:moved_away")]:
        assert by_rules(text).label == "help", text  # the request hid the status
        u = classify(text)
        assert u.label == label and u.details["help_requested"], (text, u)
        assert u.confidence < 0.7  # to verify: read apart from the rest of the reply
        d = decide("idle", {}, 0, u)
        assert [a for a, _ in d.actions] == ["record_status", "callback"]
        assert [r for r, _ in d.replies] == ["help_ack"]
    for alone in ["are there any apprenticeships going in thanet",
                  "could you ring me, i dont know what to do",
                  "im struggling to find anything, could someone help me"]:
        assert classify(alone).label == "help", alone


def test_a_model_crisis_that_no_part_of_the_reply_carries_goes_to_the_duty_worker():
    """The model read over the whole reply can add up ordinary words to a crisis ("moved back
    to my dads, sleeping on the sofa till we sort my room"): when no part alone is risky it
    is no crisis label, but a possible crisis (the duty worker at once). A crisis said in one
    part stays a crisis."""
    risky = {"crisis": 0.6, "status:employment": 0.4}
    calm = "working at the garage, all good, speak soon"  # (each part far below 0.2)
    u = combine(by_rules(calm), Guess("crisis", 0.6, risky), "en", calm)
    assert u.label == "status:employment" and u.details["possible_crisis"] == 0.6
    assert "possible_crisis_alert" in [a for a, _ in decide("idle", {}, 0, u).actions]
    said = "started uni in september, i just want everything to go quiet forever"
    assert by_rules(said).label != "crisis"  # (the model's reading, in one part)
    assert combine(by_rules(said), Guess("crisis", 0.6, risky), "en", said).label == "crisis"


@pytest.mark.parametrize(("text", "language"), [
    ("potrzebuję pomocy z pracą, zadzwońcie do mnie proszę", "pl"),
    ("am nevoie de ajutor, vreau să vorbesc cu cineva despre școală", "ro"),
    ("أحتاج مساعدة في إيجاد عمل", "ar"),
])
def test_a_call_asked_for_in_another_language_names_the_language(text, language):
    from bot.understand import classify

    u = classify(text)
    assert (u.label, u.language) == ("help", language), u
    d = decide("idle", {}, 0, u)
    assert ("callback", {"language": language}) in d.actions


@pytest.mark.parametrize("text", ["nie potrzebuję żadnej pomocy", "no necesito ayuda de nadie, gracias",
                                  "мне не нужна помощь, спасибо"])
def test_help_turned_down_in_another_language_asks_for_no_call(text):
    from bot.understand import classify

    u = classify(text)
    assert u.label != "help", u
    assert not any(a == "callback" for a, _ in decide("idle", {}, 0, u).actions)
