"""When nothing in their district fits what a young person named: the bot says so and offers
an adviser, the ask is recorded (what, where, when; not who), and staff see it in a report
and a CSV, within their districts."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import District, StaffUser, UnmetDemand
from db.session import transaction
from tests.helpers import TODAY, seed, signed_in
from tests.test_conversation import say
from web.app import create_app


def test_nothing_fits_is_said_recorded_and_reported(rt):
    seed(rt)
    assert "What are you into" in say(rt, "nothing atm")[0]
    r = say(rt, "i want to be an astronaut")
    assert "nothing for that in Maidstone" in r[0] and "YES or NO" in r[0]
    with rt.sessions() as s:
        row = s.scalar(select(UnmetDemand))
        assert row.asked == "i want to be an astronaut" and row.asked_on == TODAY
        assert s.get(District, row.district_id).name == "Maidstone"
    assert "will contact you" in say(rt, "yes")[0]  # the adviser route still works

    out = subprocess.run([sys.executable, "-m", "app.cli", "report", "unmet", "--json",
                          "--today", TODAY.isoformat()], capture_output=True, text=True,
                         env={**__import__("os").environ, "DATABASE_URL": rt.settings.database_url})
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["total"] == 1 and report["by_district"] == {"Maidstone": 1}

    with transaction(rt.sessions) as s:
        thanet = s.scalar(select(District.id).where(District.name == "Thanet"))
        maid = s.scalar(select(District.id).where(District.name == "Maidstone"))
        pw = generate_password_hash("pw-for-tests-only")
        s.add_all([StaffUser(email="t@k", name="T", role="nss", district_id=thanet, password_hash=pw),
                   StaffUser(email="m@k", name="M", role="nss", district_id=maid, password_hash=pw)])
    app = create_app(rt)
    for email, sees in (("m@k", True), ("t@k", False)):
        c, _ = signed_in(app, email, "pw-for-tests-only")
        page = c.get(f"/reports/unmet?since=2026-09-01&until={TODAY}").get_data(as_text=True)
        assert ("astronaut" in page) is sees
        got = c.get(f"/reports/unmet.csv?since=2026-09-01&until={TODAY}")
        rows = list(csv.reader(io.StringIO(got.get_data(as_text=True))))
        assert rows[0] == ["district", "asked_for", "times"]
        assert (rows[1:] == [["Maidstone", "i want to be an astronaut", "1"]]) is sees


def test_vague_answers_still_get_re_engagement_and_record_nothing(sqlite_rt):
    seed(sqlite_rt)
    say(sqlite_rt, "nothing atm")
    r = say(sqlite_rt, "dunno really")
    assert "nothing for that" not in r[0]
    with sqlite_rt.sessions() as s:
        assert s.scalar(select(UnmetDemand)) is None
