"""The people list's filters: district, status group (currency applied), characteristic,
lapsing soon, campaign and last heard from, with paging, inside the user's districts."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Person, StaffUser
from db.session import transaction
from neet.clock import today_london, utcnow
from neet.records import NewActivity, record_activity
from outreach import campaigns
from tests.factories import row
from tests.helpers import seed, signed_in
from tests.test_conversation import say
from web.app import create_app

PW = "correct horse battery"


def _names(client, **args) -> list[str]:
    import re

    page = client.get("/people", query_string=args)
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    table = body[body.index('data-testid="people"'):]
    return sorted(re.findall(r'/people/\d+">(\w+) ', table))


def test_filters_narrow_the_list_and_stay_in_scope(rt):
    nk = {"ActivityCode": "810", "StartDate": "", "DateVerified": ""}
    seed(rt, [row(YoungPersonsID="M1", Forename="Jade", Mobile="07400 700001",
                  District="Maidstone", Characteristics="160", **nk),
              row(YoungPersonsID="M2", Forename="Kai", Mobile="07400 700002",
                  District="Maidstone", **nk),
              row(YoungPersonsID="M3", Forename="Priya", Mobile="07400 700003",
                  District="Maidstone", **nk),
              row(YoungPersonsID="T1", Forename="Tess", Mobile="07400 800001",
                  District="Thanet", Characteristics="160", **nk)], with_catalogue=False)
    today = today_london()
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="track@k", name="T", role="tracking",
                        password_hash=generate_password_hash(PW)))
        kai = s.scalar(select(Person).where(Person.ccis_id == "M2"))
        # an apprenticeship confirmed 11 months ago: in EET, lapsing within about a month
        record_activity(s, kai, NewActivity(code=310, start=today - timedelta(days=340),
                                            ascertained=today - timedelta(days=334),
                                            verified=today - timedelta(days=334)),
                        source="caseworker", actor="t", today=today)
        c = campaigns.create(s, name="Thanet chase", rule={"kind": "not_known",
                                                          "districts": ["Thanet"]},
                             actor="t", now=utcnow())
        campaigns.launch(s, c, "t", today, utcnow())
        cid = c.id
    say(rt, "who is this?", address="+447400700003")  # Priya replies, with no status
    app = create_app(rt)
    t, _ = signed_in(app, "track@k", PW)
    assert _names(t) == ["Jade", "Kai", "Priya", "Tess"]
    assert _names(t, district="Thanet") == ["Tess"]
    assert _names(t, characteristic="160") == ["Jade", "Tess"]
    assert _names(t, group="EET") == ["Kai"]
    assert "Kai" not in _names(t, group="Not Known")
    assert _names(t, lapsing="60") == ["Kai"] and _names(t, lapsing="7") == []
    assert _names(t, campaign=str(cid)) == ["Tess"]
    assert _names(t, heard="never") == ["Jade", "Kai", "Tess"]
    assert _names(t, characteristic="160", district="Maidstone") == ["Jade"]
    # anything not on the lists is ignored, never an error
    assert _names(t, district="Atlantis", group="x", characteristic="999", lapsing="-1",
                  campaign="0", heard="soon") == ["Jade", "Kai", "Priya", "Tess"]
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="nss.m@k", name="M", role="nss", password_hash=generate_password_hash(PW),
                        district_id=kai.district_id))
    m, _ = signed_in(app, "nss.m@k", PW)
    assert _names(m, characteristic="160") == ["Jade"]
    assert _names(m, district="Thanet") == ["Jade", "Kai", "Priya"]  # not theirs: ignored


def test_filtered_pages_are_fifty_long(rt):
    from tests.factories import people

    seed(rt, people(120, ActivityCode="810", StartDate="", DateVerified="", District="Dover"),
         with_catalogue=False)
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="track@k", name="T", role="tracking",
                        password_hash=generate_password_hash(PW)))
    t, _ = signed_in(create_app(rt), "track@k", PW)
    first = t.get("/people?group=Not+Known").get_data(as_text=True)
    third = t.get("/people?group=Not+Known&page=3").get_data(as_text=True)
    assert first.count('<a href="/people/') == 50 and "Next 50" in first
    assert "group=Not+Known" in first[first.index("Next 50") - 200:]
    assert third.count('<a href="/people/') == 20 and "Next 50" not in third
