"""The main journeys in a real Chromium (Debian package) driven by Playwright. Screenshots of
the main pages are kept in tests/artifacts/."""

from __future__ import annotations

import re
import shutil
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from werkzeug.security import generate_password_hash
from werkzeug.serving import make_server

from db.models import Alert, AuditEntry, District, Message, Person, StaffUser
from db.session import transaction
from messaging import dispatch
from neet import runtime
from neet.clock import LONDON
from outreach import outbox
from tests.factories import row
from tests.helpers import seed, shows
from web.app import create_app

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PASSWORD = "correct horse battery"


@pytest.fixture
def server(sqlite_template, tmp_path):
    db = tmp_path / "browser.db"
    shutil.copy(sqlite_template, db)
    rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": f"sqlite:///{db}", "NEET_CHANNEL": "simulator",
                        "NEET_QUIET_START": "00:00", "NEET_QUIET_END": "23:59",
                        "NEET_QUIET_SUNDAYS": "0", "SECRET_KEY": "browser-test"})
    rows = [row(YoungPersonsID=f"M{i}", Forename=name, Mobile=f"07400 70000{i}",
                District="Maidstone", ActivityCode="810", DateAscertained="2026-09-01",
                DateVerified="", StartDate="")
            for i, name in enumerate(["Jade", "Kai", "Priya"])]
    rows.append(row(YoungPersonsID="T1", Forename="Tess", Mobile="07400 800001",
                    District="Thanet", ActivityCode="810", DateAscertained="2026-09-01",
                    DateVerified="", StartDate=""))
    seed(rt, rows)
    with transaction(rt.sessions) as s:
        d = {x.name: x.id for x in s.scalars(select(District))}
        pw = generate_password_hash(PASSWORD)
        s.add_all([StaffUser(email="track@kent", name="Tracy", role="tracking", password_hash=pw),
                   StaffUser(email="nss.m@kent", name="Mo", role="nss", district_id=d["Maidstone"],
                             password_hash=pw, duty_worker=True),
                   StaffUser(email="nss.t@kent", name="Tom", role="nss", district_id=d["Thanet"],
                             password_hash=pw)])
    app = create_app(rt)
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield rt, f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    rt.engine.dispose()


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update"])
        pg = browser.new_page(viewport={"width": 1100, "height": 900})
        yield pg
        browser.close()


def sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/dashboard"))


def sign_out(page) -> None:
    page.get_by_role("button", name=re.compile("Sign out")).click()


def reply_as(page, base: str, rt, name: str, text: str) -> None:
    with rt.sessions() as s:
        pid = s.scalar(select(Person.id).where(Person.forename == name))
    page.goto(f"{base}/simulator/{pid}")
    page.get_by_label(f"Reply as {name}").fill(text)
    page.get_by_role("button", name="Send").click()
    page.wait_for_load_state()


def test_campaign_to_referral_to_alert_and_district_walls(server, page):
    rt, base = server
    # 1. A tracking officer previews and launches a campaign.
    sign_in(page, base, "track@kent")
    before = page.get_by_test_id("county-neet").inner_text()
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    page.get_by_role("link", name="Campaigns").click()
    page.get_by_label("Name").fill("Maidstone Not Known chase")
    page.get_by_label("Maidstone").check()
    page.get_by_role("button", name="Create and preview").click()
    assert page.get_by_test_id("preview-recipients").inner_text() == "3"
    page.screenshot(path=str(ARTIFACTS / "campaign-preview.png"), full_page=True)
    page.get_by_role("button", name="Launch").click()  # not without the confirmation
    assert page.get_by_test_id("campaign-status").inner_text() == "draft"
    page.get_by_label("I have checked who will get it").check()
    page.get_by_role("button", name="Launch").click()
    assert page.get_by_test_id("campaign-status").inner_text() == "live"
    assert "3 young people" in page.get_by_test_id("launch-summary").inner_text()  # kept
    assert page.locator("meta[http-equiv=refresh]").count() == 0
    campaign_url = page.url
    # the worker's dispatch round
    assert outbox.run(rt, dispatch.channels_for(rt.settings))["planned"] == 3
    # the open page updates itself, without a reload
    from playwright.sync_api import expect

    page.evaluate("window.neetLiveUpdate()")
    expect(page.get_by_test_id("total-sent")).to_have_text("3", timeout=10_000)
    assert page.url == campaign_url

    # 2. Replies arrive through the simulator.
    reply_as(page, base, rt, "Jade", "nothing atm")
    assert "What are you into" in page.get_by_test_id("thread").inner_text()
    reply_as(page, base, rt, "Jade", "fixing cars")
    reply_as(page, base, rt, "Jade", "1")
    reply_as(page, base, rt, "Jade", "yes")
    assert "will contact you" in page.get_by_test_id("thread").inner_text()
    page.screenshot(path=str(ARTIFACTS / "simulator.png"), full_page=True)
    reply_as(page, base, rt, "Kai", "at college doing plumbing")

    # 3. The dashboard figures change once the worker's minute job has rebuilt them
    from neet.clock import today_london
    from neet.reports import snapshots

    with rt.sessions() as s:
        assert snapshots.refresh(s, today_london())
    page.goto(f"{base}/dashboard")
    assert page.get_by_test_id("county-neet").inner_text() != before
    page.goto(f"{base}/campaigns")
    page.get_by_role("link", name="Maidstone Not Known chase").click()
    assert page.get_by_test_id("total-replied").inner_text() == "2"
    page.screenshot(path=str(ARTIFACTS / "campaign-results.png"), full_page=True)
    sign_out(page)

    # 4. The Maidstone NSS worker sees and accepts the referral.
    sign_in(page, base, "nss.m@kent")
    page.get_by_role("link", name="Referrals").first.click()
    page.get_by_role("link", name=re.compile("Jade")).click()
    page.get_by_role("button", name="Accept").click()
    assert page.get_by_test_id("referral-status").inner_text() == "accepted"
    page.screenshot(path=str(ARTIFACTS / "referral.png"), full_page=True)
    referral_url = page.url

    # 5. A crisis reply raises an alert that the worker acknowledges.
    reply_as(page, base, rt, "Priya", "honestly i just want to end it all")
    assert "116 123" in page.get_by_test_id("thread").inner_text()
    page.goto(f"{base}/dashboard")
    assert page.get_by_test_id("alert-banner").is_visible()
    page.get_by_role("link", name="acknowledge now").click()
    page.get_by_role("link", name="safeguarding").first.click()
    assert "end it all" in page.get_by_test_id("alert-said").inner_text()
    page.get_by_label("What have you done").fill("Rang Priya, she is safe with her mum tonight")
    page.get_by_role("button", name=re.compile("Acknowledge")).click()
    assert page.get_by_test_id("alert-state").inner_text() == "acknowledged"
    assert page.get_by_test_id("alert-banner").count() == 0
    alert_url = page.url
    page.screenshot(path=str(ARTIFACTS / "alert.png"), full_page=True)
    sign_out(page)

    # 6. A worker of another district cannot see any of it.
    sign_in(page, base, "nss.t@kent")
    page.goto(f"{base}/referrals")
    assert not shows(page.content(), "Jade")
    for url in (referral_url, alert_url):
        assert page.goto(url).status == 404
    with rt.sessions() as s:
        jade = s.scalar(select(Person.id).where(Person.forename == "Jade"))
    assert page.goto(f"{base}/people/{jade}").status == 404
    assert page.goto(f"{base}/api/people/{jade}").status == 404
    assert page.goto(f"{base}/campaigns").status == 403  # wrong role

    # 7. On a phone-sized screen the pages still work without sideways scrolling.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/referrals")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, width
    page.screenshot(path=str(ARTIFACTS / "phone-referrals.png"), full_page=True)


def _axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})"
            for v in result.response.get("violations", [])]


def test_every_page_is_accessible_and_fits_a_phone(server, page):
    """axe-core finds no violation on any staff page, at 1280 and at 390 pixels wide, and no
    page scrolls sideways on a phone. Screenshots of each are kept in tests/artifacts/."""
    rt, base = server
    reply_as_api = rt  # a crisis and an unclear reply, so the alert and review pages have content
    from tests.test_conversation import say  # noqa: F401 - the same helper the journeys use

    with rt.sessions() as s:
        priya = s.scalar(select(Person.id).where(Person.forename == "Priya"))
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="admin@kent", name="Ada", role="admin",
                        password_hash=generate_password_hash(PASSWORD)))
        for p in s.scalars(select(Person).where(Person.forename.in_(("Kai", "Tess")))):
            p.phone_chase = True
    sign_in(page, base, "nss.m@kent")
    reply_as(page, base, reply_as_api, "Priya", "i want to end it all")
    reply_as(page, base, reply_as_api, "Kai", "hmm")
    reply_as(page, base, reply_as_api, "Kai", "eh")


    with rt.sessions() as s:
        alert = s.scalar(select(Alert.id).where(Alert.kind == "safeguarding"))
    from neet.clock import utcnow
    from outreach import campaigns

    with transaction(rt.sessions) as s:
        live = campaigns.create(s, name="Live chase", rule={"kind": "not_known"}, actor="t",
                                now=utcnow())
        campaigns.launch(s, live, "t", utcnow().date(), utcnow())
        draft = campaigns.create(s, name="Draft chase", rule={"kind": "not_known"}, actor="t",
                                 now=utcnow())
        live_id, draft_id = live.id, draft.id
        from neet.referrals.rules import Routing
        from neet.referrals.service import raise_referral

        p = s.get(Person, priya)
        rid = raise_referral(s, p, Routing("VSK", ("Youth Justice",), ("care leaver",)),
                             said="i want to do something with cars", actor="bot",
                             base_url=base, today=utcnow().date()).id
    pages = {
        "nss.m@kent": ["/dashboard", "/people", f"/people/{priya}", "/referrals", "/alerts",
                       f"/alerts/{alert}", "/review", "/reports/unmet", "/simulator",
                       f"/simulator/{priya}", "/inbox", "/board", "/referrals?queue=all",
                       f"/referrals/{rid}", "/phone-chase", "/reports/figures"],
        "track@kent": ["/campaigns", f"/campaigns/{live_id}", f"/campaigns/{draft_id}",
                       f"/alerts/{alert}", "/exports", "/board", "/inbox", "/phone-chase",
                       "/reports/figures", "/people?group=Not+Known&district=Maidstone"],
        "admin@kent": ["/admin", "/admin/wording", "/admin/wording/checkin"],
    }
    problems = []
    for email, paths in pages.items():
        sign_out(page)
        sign_in(page, base, email)
        for path in paths:
            for width in (1280, 390):
                page.set_viewport_size({"width": width, "height": 900})
                assert page.goto(base + path).status == 200, path
                for v in _axe_violations(page):
                    problems.append(f"{path} at {width}px: {v}")
                scroll = page.evaluate("document.documentElement.scrollWidth")
                if scroll > width + 1:
                    problems.append(f"{path} at {width}px scrolls sideways ({scroll}px)")
                name = re.sub(r"[/?=&+]", "-", path.strip("/")) or "home"
                page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    page.goto(f"{base}/login")
    sign_out_needed = page.get_by_role("button", name=re.compile("Sign out")).count()
    if sign_out_needed:
        sign_out(page)
    page.goto(f"{base}/login")
    problems += [f"/login: {v}" for v in _axe_violations(page)]
    assert problems == [], "\n".join(problems)


def london_time(dt: datetime) -> datetime:
    from neet.clock import as_utc

    return as_utc(dt).astimezone(LONDON)


def _next_half_past_eleven() -> datetime:
    """23:30 tonight in London (tomorrow night if that has passed): always ahead of the real
    clock, so the browser's cookies stay valid while the server's clock is moved."""
    now = datetime.now(LONDON)
    night = now.replace(hour=23, minute=30, second=0, microsecond=0)
    return night if night > now + timedelta(minutes=5) else night + timedelta(days=1)


def test_a_crisis_at_half_past_eleven_escalates_until_the_duty_worker_acknowledges(server, page):
    """Nobody acknowledges a crisis sent at 23:30: after 10 minutes the area manager is told,
    after 20 the county out-of-hours service; a tracking officer cannot acknowledge it; the
    district's duty worker does, with a note of what was done."""
    import time_machine

    from app import jobs
    from tests.helpers import add_endpoint
    from tests.receiver import Receiver

    rt, base = server
    receiver = Receiver("s3cret")
    add_endpoint(rt, receiver.url, secret="s3cret")  # the county's caseworker system
    with transaction(rt.sessions) as s:
        maid = s.scalar(select(District).where(District.name == "Maidstone"))
        s.add(StaffUser(email="mgr@kent", name="Wen", role="manager", area_id=maid.area_id,
                        password_hash=generate_password_hash(PASSWORD)))
    jobs.register(rt)

    def events() -> list[str]:
        return [b["event"] for b in receiver.accepted.values()]

    night = _next_half_past_eleven()
    try:
        with time_machine.travel(night, tick=True):
            sign_in(page, base, "track@kent")
            reply_as(page, base, rt, "Priya", "honestly i cant cope, i want to end it all tonight")
            assert "116 123" in page.get_by_test_id("thread").inner_text()
            for _ in range(200):  # the duty worker's system is told at once
                if "safeguarding.alert" in events():
                    break
                page.wait_for_timeout(50)
            assert "safeguarding.alert" in events()
        with rt.sessions() as s:
            alert = s.scalar(select(Alert).where(Alert.kind == "safeguarding"))
        assert london_time(alert.raised_at).hour == 23
        with time_machine.travel(night + timedelta(minutes=11), tick=True):
            jobs.escalation_job(rt.settings.database_url)
            assert "safeguarding.escalated" in events()
            page.goto(f"{base}/alerts/{alert.id}")
            assert "area managers" in page.get_by_test_id("alert-escalation").inner_text()
            assert page.get_by_test_id("not-yours").is_visible()  # no acknowledge form
            token = page.locator("input[name=csrf_token]").first.get_attribute("value")
            forged = page.request.post(f"{base}/alerts/{alert.id}/acknowledge",
                                       form={"note": "I rang her", "csrf_token": token})
            assert forged.status == 403
        with time_machine.travel(night + timedelta(minutes=22), tick=True):
            jobs.escalation_job(rt.settings.database_url)
            assert "safeguarding.out_of_hours" in events()
            sign_out(page)
            sign_in(page, base, "nss.m@kent")
            page.goto(f"{base}/alerts/{alert.id}")
            assert "out-of-hours" in page.get_by_test_id("alert-escalation").inner_text()
            page.get_by_label("What have you done").fill(
                "Rang Priya at 23:55; she is with her mum, GP appointment booked for 9am")
            page.get_by_role("button", name=re.compile("Acknowledge")).click()
            assert page.get_by_test_id("alert-state").inner_text() == "acknowledged"
            trail = page.get_by_test_id("alert-trail").inner_text()
            assert trail.count("escalated") == 2 and "acknowledged by nss.m@kent" in trail
            page.screenshot(path=str(ARTIFACTS / "alert-escalated-acknowledged.png"),
                            full_page=True)
            sign_out(page)
    finally:
        receiver.close()
    with rt.sessions() as s:
        a = s.get(Alert, alert.id)
        assert a.escalation_level == 2 and a.acknowledged_by == "nss.m@kent"


def test_a_caseworker_reveals_calls_talks_and_hands_back(server, page):
    from playwright.sync_api import expect

    rt, base = server
    with rt.sessions() as s:
        jade = s.scalar(select(Person.id).where(Person.forename == "Jade"))
    sign_in(page, base, "nss.m@kent")
    page.goto(f"{base}/people/{jade}")
    assert "+447400700000" not in page.content()
    page.get_by_role("button", name=re.compile("Show the numbers")).click()
    assert page.get_by_test_id("number").first.inner_text() == "+447400700000"
    with rt.sessions() as s:
        assert s.scalar(select(AuditEntry.actor).where(AuditEntry.action == "contact.reveal",
                                                       AuditEntry.person_id == jade)) == "nss.m@kent"
    page.get_by_label("No answer").check()
    page.get_by_label("Note", exact=True).last.fill("Rang at 4pm, no voicemail set up")
    page.get_by_role("button", name="Log the call").click()
    assert "no voicemail set up" in page.get_by_test_id("calls").inner_text()
    page.get_by_label(re.compile("Message Jade as yourself")).fill(
        "Hi Jade, it's Mo from the youth team. Free for a chat tomorrow?")
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.get_by_test_id("hand-back")).to_be_visible()  # (waits for the page after the post)

    def bot_messages() -> int:
        with rt.sessions() as s:
            return len(s.scalars(select(Message.id).where(
                Message.person_id == jade, Message.direction == "out")).all())

    before = bot_messages()
    reply_as(page, base, rt, "Jade", "yeah after 2 is good")
    assert bot_messages() == before  # the bot stays quiet: Mo has the conversation
    page.goto(f"{base}/people/{jade}")
    page.get_by_test_id("hand-back").click()
    assert page.get_by_test_id("hand-back").count() == 0
    reply_as(page, base, rt, "Jade", "at college doing plumbing now")
    assert bot_messages() == before + 1  # the bot answers again
    page.screenshot(path=str(ARTIFACTS / "caseworker-talks.png"), full_page=True)


def test_a_care_leavers_referral_lands_in_the_vsk_queue_and_closing_it_changes_the_figures(
        server, page):
    rt, base = server
    with transaction(rt.sessions) as s:
        kai = s.scalar(select(Person).where(Person.forename == "Kai"))
        kai.characteristics = "160"  # a care leaver
        s.add(StaffUser(email="vsk.m@kent", name="Vi", role="nss", service="VSK",
                        district_id=kai.district_id, password_hash=generate_password_hash(PASSWORD)))
        kai_id = kai.id
    sign_in(page, base, "vsk.m@kent")
    for text in ("nothing atm", "fixing cars", "1", "yes"):
        reply_as(page, base, rt, "Kai", text)
    assert "will contact you" in page.get_by_test_id("thread").inner_text()
    page.get_by_role("link", name="Referrals").first.click()
    assert page.get_by_test_id("queue-title").inner_text().startswith("VSK: open (1)")
    assert page.get_by_test_id("kpi-70").inner_text() == "–%"
    page.get_by_role("link", name=re.compile("Kai")).click()
    assert "Vi (VSK)" in page.get_by_test_id("worker").inner_text()
    assert page.get_by_test_id("course").is_visible()  # the course Kai chose in the bot
    page.get_by_label("Next action").fill("Meet Kai at the college open day")
    page.get_by_label("Due").fill((datetime.now(LONDON).date() + timedelta(days=2)).isoformat())
    page.get_by_role("button", name="Set next action").click()
    page.get_by_label("Add a note").fill("Kai is keen; personal adviser says he has a bike")
    page.get_by_role("button", name="Add note").click()
    assert "has a bike" in page.get_by_test_id("notes").inner_text()
    page.get_by_role("button", name="Accept").click()
    page.get_by_role("button", name=re.compile("Assessed")).click()
    outcome = ("Enrolled on the Level 1 motor vehicle course at Mid Kent College, starting "
               "Monday; travel bursary arranged with his personal adviser")
    page.get_by_label("Outcome").fill(outcome)
    page.get_by_label(re.compile("EET destination code")).fill("230")
    page.get_by_role("button", name="Close").click()
    assert page.get_by_test_id("referral-status").inner_text() == "closed"
    assert outcome in page.get_by_test_id("referral-outcome").inner_text()  # kept whole
    page.screenshot(path=str(ARTIFACTS / "referral-closed.png"), full_page=True)
    page.goto(f"{base}/people/{kai_id}")
    assert page.get_by_test_id("person-group").inner_text() == "EET"
    page.goto(f"{base}/referrals?show=closed")
    assert page.get_by_test_id("kpi-70").inner_text() == "100.0%"


def test_a_tracking_officers_day(server, page):
    """Search by full name; a live campaign cancelled (after a confirmation) leaves nothing
    queued; the phone-chase list logs a call; exports download and open as CSV and Excel with
    only the user's districts."""
    import csv
    import io

    from openpyxl import load_workbook
    from playwright.sync_api import expect

    from db.models import Campaign, OutboxItem
    from neet.clock import utcnow
    from neet.interchange import cohort
    from outreach import campaigns
    from tests.factories import cohort_csv
    from tests.helpers import TODAY

    rt, base = server
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv([row(YoungPersonsID="M9", Forename="Megan", Surname="Hall",
                                       Mobile="07400 700009", District="Maidstone",
                                       ActivityCode="810", DateAscertained="2026-09-01",
                                       DateVerified="", StartDate="")]), "test", TODAY)
        c = campaigns.create(s, name="Maidstone chase", rule={"kind": "not_known",
                                                             "districts": ["Maidstone"]},
                             actor="t", now=utcnow())
        campaigns.launch(s, c, "t", utcnow().date(), utcnow())
        cid = c.id
        for p in s.scalars(select(Person).where(Person.forename.in_(("Kai", "Tess")))):
            p.phone_chase = True
    sign_in(page, base, "track@kent")

    # 1. Search by full name
    page.get_by_role("link", name="People").first.click()
    page.get_by_label(re.compile("Search by name")).fill("Megan Hall")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r".*/people\?q=Megan"))  # the results page, not the one before
    expect(page.get_by_role("link", name="Megan Hall")).to_be_visible()

    # 2. Cancel needs its confirmation, then nothing of the campaign is left to send
    page.goto(f"{base}/campaigns/{cid}")
    page.get_by_role("button", name="Cancel").click()  # the browser asks for the tick first
    assert page.get_by_test_id("campaign-status").inner_text() == "live"
    page.get_by_label(re.compile("Stop every message")).check()
    page.get_by_role("button", name="Cancel").click()
    assert page.get_by_test_id("campaign-status").inner_text() == "cancelled"
    assert outbox.run(rt, dispatch.channels_for(rt.settings))["planned"] == 0
    with rt.sessions() as s:
        assert s.get(Campaign, cid).status == "cancelled"
        assert s.scalars(select(OutboxItem).where(OutboxItem.campaign_id == cid,
                                                  OutboxItem.status == "pending")).all() == []
        assert s.scalars(select(Message).where(Message.campaign_id == cid,
                                               Message.status.in_(("queued", "sending")))).all() == []

    # 3. The phone-chase list: numbers, and a call logged from the list
    page.get_by_role("link", name="Phone chase").click()
    kai = page.locator("li", has=page.get_by_role("link", name=re.compile("Kai")))
    assert "+447400700001" in kai.inner_text()
    kai.get_by_label("No answer").check()
    kai.get_by_label("Note").fill("rang twice, no answer")
    kai.get_by_role("button", name="Log the call").click()
    assert "no answer" in page.locator("li", has=page.get_by_role(
        "link", name=re.compile("Kai"))).inner_text()
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    page.screenshot(path=str(ARTIFACTS / "phone-chase-390.png"), full_page=True)
    page.set_viewport_size({"width": 1100, "height": 900})

    # 4. Exports download and open, with only the user's districts
    sign_out(page)
    with transaction(rt.sessions) as s:
        maid = s.scalar(select(District).where(District.name == "Maidstone"))
        s.add(StaffUser(email="mgr@kent", name="Wen", role="manager", area_id=maid.area_id,
                        password_hash=generate_password_hash(PASSWORD)))
    sign_in(page, base, "mgr@kent")
    page.get_by_role("link", name="Exports").click()
    with page.expect_download() as got:
        page.get_by_role("row", name=re.compile("CCIS status")).get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(got.value.path()).read_text())))
    assert rows and {r["YoungPersonsID"][0] for r in rows} == {"M"}  # Maidstone, not Thanet
    with page.expect_download() as got:
        page.get_by_role("row", name=re.compile("Phone-chase")).get_by_role("link", name="Excel").click()
    sheet = list(load_workbook(io.BytesIO(Path(got.value.path()).read_bytes()), read_only=True)
                 .active.iter_rows(values_only=True))
    assert sheet[0][0] == "YoungPersonsID" and [r[1] for r in sheet[1:]] == ["Kai"]
    assert "Mobile" not in sheet[0]  # a manager does not call: no numbers
    page.goto(f"{base}/campaigns/{cid}")
    with page.expect_download() as got:
        page.get_by_role("link", name="CSV").last.click()
    recipients = list(csv.DictReader(io.StringIO(Path(got.value.path()).read_text())))
    assert {r["District"] for r in recipients} == {"Maidstone"}
    page.goto(f"{base}/reports/figures")
    assert page.get_by_test_id("kpi-table").is_visible()
    page.screenshot(path=str(ARTIFACTS / "figures-1280.png"), full_page=True)
