"""The command-line contracts and the running service, driven as other tools would."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from tests.factories import cohort_csv, people, row

NEET = [sys.executable, "-m", "app.cli"]


def run(args: list[str], db: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": db}
    return subprocess.run(NEET + args, input=stdin, capture_output=True, text=True, env=env,
                          timeout=120)


def test_import_export_and_scorecard_commands(db_url, tmp_path: Path):
    good = tmp_path / "cohort.csv"
    good.write_bytes(cohort_csv(people(4)))
    r = run(["import", "cohort", str(good)], db_url)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["created"] == 4

    bad = tmp_path / "bad.csv"
    bad.write_bytes(cohort_csv([row(YoungPersonsID="Z1", District="Narnia"),
                                row(YoungPersonsID="Z2", ActivityCode="123")]))
    r = run(["import", "cohort", str(bad)], db_url)
    assert r.returncode == 2
    assert "line 2: unknown district 'Narnia'" in r.stderr
    assert "line 3:" in r.stderr and "nothing was changed" in r.stderr

    missing = run(["import", "cohort", str(tmp_path / "nope.csv")], db_url)
    assert missing.returncode == 2 and "cannot read" in missing.stderr

    out = tmp_path / "out.csv"
    r = run(["export", "statuses", "--since", "2020-01-01", "--out", str(out)], db_url)
    assert r.returncode == 0 and len(out.read_text().splitlines()) == 5

    r = run(["report", "scorecard", "--month", "2026-11", "--json", "--today", "2026-11-23"],
            db_url)
    card = json.loads(r.stdout)
    assert card["county"]["cohort"] == 4 and "Maidstone" in card["districts"]
    assert run(["report", "scorecard", "--month", "2026-13"], db_url).returncode == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_then_serve_answers_health_and_a_page_within_a_minute(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    r = run(["demo", "--people", "400"], db)
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["cohort"]["created"] == 400 and summary["catalogue"] > 0
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": db}
    proc = subprocess.Popen(NEET + ["serve", "--with-worker", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "service did not start within a minute"
                time.sleep(0.3)
        assert health.status_code == 200 and health.json()["database"] == "ok"
        page = requests.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "Staff sign in" in page.text
    finally:
        proc.terminate()
        proc.wait(10)


def test_demo_cohort_has_kent_like_shares(tmp_path: Path):
    from datetime import date

    from app import demo
    from neet.interchange import cohort as cohort_mod

    rows = cohort_mod.parse(demo.cohort_csv(20000, date(2026, 11, 23)), date(2026, 11, 23))
    assert len({r.district for r in rows}) == 12
    y1213 = [r for r in rows if 16 <= (2026 - r.dob.year - (r.dob.month >= 9)) <= 17]
    from neet.codes import Group, group_of
    from neet.currency import effective_group

    groups = [effective_group(r.record(), date(2026, 11, 23)) for r in y1213]
    neet = groups.count(Group.NEET) / len(groups)
    nk = groups.count(Group.NOT_KNOWN) / len(groups)
    assert 0.03 < neet < 0.08 and 0.07 < nk < 0.14
    assert 0.03 < sum(r.send for r in rows) / len(rows) < 0.05
    assert any(group_of(r.code) is Group.NEET and 110 in r.characteristics for r in rows)


def test_crossval_needs_two_folds_and_writes_nothing_without_them(db_url, tmp_path: Path):
    r = run(["model", "crossval", "--folds", "1", "--out", str(tmp_path / "cv.jsonl")], db_url)
    assert r.returncode == 2 and "--folds must be 2 or more" in r.stderr
    assert not (tmp_path / "cv.jsonl").exists()
