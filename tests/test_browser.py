"""The main journeys in a real Chromium (Debian package) driven by Playwright. Screenshots of
the main pages are kept in tests/artifacts/."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from werkzeug.security import generate_password_hash
from werkzeug.serving import make_server

from db.models import District, Person, StaffUser
from db.session import transaction
from messaging import dispatch
from neet import runtime
from outreach import outbox
from tests.factories import row
from tests.helpers import seed
from web.app import create_app

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PASSWORD = "correct horse battery"


@pytest.fixture
def server(sqlite_template, tmp_path):
    db = tmp_path / "browser.db"
    shutil.copy(sqlite_template, db)
    rt = runtime.build({"DATABASE_URL": f"sqlite:///{db}", "NEET_CHANNEL": "simulator",
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

    # 3. The dashboard figures change.
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
    assert "Jade" not in page.content()
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
    sign_in(page, base, "nss.m@kent")
    reply_as(page, base, reply_as_api, "Priya", "i want to end it all")
    reply_as(page, base, reply_as_api, "Kai", "hmm")
    reply_as(page, base, reply_as_api, "Kai", "eh")
    from db.models import Alert

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
    pages = {
        "nss.m@kent": ["/dashboard", "/people", f"/people/{priya}", "/referrals", "/alerts",
                       f"/alerts/{alert}", "/review", "/reports/unmet", "/simulator",
                       f"/simulator/{priya}"],
        "track@kent": ["/campaigns", f"/campaigns/{live_id}", f"/campaigns/{draft_id}",
                       f"/alerts/{alert}", "/exports"],
        "admin@kent": ["/admin"],
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
                name = path.strip("/").replace("/", "-") or "home"
                page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    page.goto(f"{base}/login")
    sign_out_needed = page.get_by_role("button", name=re.compile("Sign out")).count()
    if sign_out_needed:
        sign_out(page)
    page.goto(f"{base}/login")
    problems += [f"/login: {v}" for v in _axe_violations(page)]
    assert problems == [], "\n".join(problems)
