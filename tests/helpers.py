"""Setting up people, staff and a catalogue in a test database through the real code paths."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import demo
from db.models import District, Person, StaffUser, WebhookEndpoint
from db.session import transaction
from neet.interchange import catalogue, cohort
from tests.factories import cohort_csv, row

TODAY = date(2026, 11, 23)


def seed(rt, rows: list[dict] | None = None, with_catalogue: bool = True,
         today: date = TODAY) -> None:
    """Load `rows` as a cohort file dated `today` (the tests' fixed day unless a test works
    from the real one: a file is checked against its day, and a date after it is refused)."""
    rows = rows or [row(YoungPersonsID="YP1", Forename="Jade", Mobile="07400 123456",
                        District="Maidstone", ActivityCode="810", DateAscertained="2026-09-01",
                        DateVerified="", StartDate="")]
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(rows), "test", today)
        if with_catalogue:
            catalogue.load(s, demo.catalogue_csv().encode(), "test", today)
        maid = s.scalar(select(District).where(District.name == "Maidstone"))
        s.add(StaffUser(email="nss@test", name="Nia", password_hash="x", role="nss",
                        district_id=maid.id, duty_worker=True))


def add_endpoint(rt, url: str, secret: str = "s3cret", district: str | None = None) -> int:
    with transaction(rt.sessions) as s:
        did = s.scalar(select(District.id).where(District.name == district)) if district else None
        ep = WebhookEndpoint(name="test", url=url, secret=secret, district_id=did)
        s.add(ep)
        s.flush()
        return ep.id


def person(s, ccis: str = "YP1") -> Person:
    return s.scalar(select(Person).where(Person.ccis_id == ccis))


def csrf_token(client, path: str = "/login") -> str:
    import re

    return re.search(r'name="csrf_token" value="([^"]+)"',
                     client.get(path).get_data(as_text=True)).group(1)


def signed_in(app, email: str, password: str):
    """A test client signed in as `email`, and a CSRF token of its new session."""
    c = app.test_client()
    r = c.post("/login", data={"email": email, "password": password, "csrf_token": csrf_token(c)})
    assert r.status_code == 302, f"sign-in failed for {email}"
    return c, csrf_token(c, "/people")


STAFF_PASSWORD = "correct horse battery"


def add_staff(rt, *accounts: tuple) -> None:
    """Staff accounts as (email, role) or (email, role, district or area name[, service]):
    an nss worker's place is a district, a manager's is the area that district is in."""
    from werkzeug.security import generate_password_hash

    pw = generate_password_hash(STAFF_PASSWORD)
    with transaction(rt.sessions) as s:
        districts = {d.name: d for d in s.scalars(select(District))}
        for email, role, *rest in accounts:
            place = districts[rest[0]] if rest else None
            s.add(StaffUser(email=email, name=email.split("@")[0], role=role, password_hash=pw,
                            district_id=place.id if place and role != "manager" else None,
                            area_id=place.area_id if place and role == "manager" else None,
                            service=rest[1] if len(rest) > 1 else "NSS"))


def shows(page: str, word: str) -> bool:
    """Whether a page shows `word` as a word of its own: a short name can occur by chance
    inside a random token of the page (a CSRF token held "...SYlKaiAa4d...")."""
    import re

    return re.search(rf"(?<![A-Za-z0-9_\-]){re.escape(word)}(?![A-Za-z0-9_\-])", page) is not None


def texts_in(rt, text: str, phone: str = "+447400123456") -> int:
    """An SMS from `phone` (Jade's, as `seed` loads her) received and processed: its id."""
    import hashlib

    from bot import inbound

    mid, _ = inbound.receive(rt, "sms", phone, text, f"SM-{hashlib.md5(text.encode()).hexdigest()}")
    inbound.process(rt, mid, today=TODAY)
    return mid


def asked_what_she_does(rt) -> None:
    """Jade is seeded and has just been asked what she is doing (a check-in)."""
    from db.models import Conversation

    seed(rt)
    with rt.sessions() as s, s.begin():
        s.add(Conversation(person_id=person(s).id, state="awaiting_status", context={},
                           unclear_count=0))
