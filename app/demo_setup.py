"""Load the demo: synthetic cohort, a catalogue, staff accounts (one per role)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from app import demo
from db.models import Area, District, Person, Provision, StaffUser
from db.session import transaction
from neet.config import ROOT
from neet.interchange import catalogue, cohort
from neet.runtime import Runtime

DEMO_PASSWORD = "demo-password-2026"  # printed by `make run`; demo databases only
SHARED_CATALOGUE = ROOT.parent / "shared" / "data" / "provision_catalogue.csv"


def demo_staff() -> list[dict]:
    """(email, name, role, district, area, duty) for a walk through every role."""
    return [
        dict(email="admin@demo.kent", name="Ada Admin", role="admin"),
        dict(email="tracking@demo.kent", name="Tariq Tracking", role="tracking"),
        dict(email="manager.west@demo.kent", name="Wendy West", role="manager", area="West"),
        dict(email="nss.maidstone@demo.kent", name="Mo Maidstone", role="nss",
             district="Maidstone", duty=True),
        dict(email="nss.thanet@demo.kent", name="Tess Thanet", role="nss", district="Thanet",
             duty=True),
        dict(email="vsk.maidstone@demo.kent", name="Vic Virtual School", role="nss",
             district="Maidstone", service="VSK"),
    ]


def load(rt: Runtime, people: int, today: date, seed: int = 2026) -> dict:
    summary: dict = {}
    with transaction(rt.sessions) as s:
        have = s.scalar(select(func.count()).select_from(Person))
    if not have:
        print(f"generating a synthetic cohort of {people} young people...", file=sys.stderr)
        data = demo.cohort_csv(people, today, seed).encode()
        with transaction(rt.sessions) as s:
            summary["cohort"] = cohort.load(s, data, "demo", today).__dict__
    with transaction(rt.sessions) as s:
        if not s.scalar(select(func.count()).select_from(Provision)):
            path = Path(os.environ.get("NEET_DEMO_CATALOGUE", SHARED_CATALOGUE))
            data = path.read_bytes() if path.exists() else demo.catalogue_csv().encode()
            summary["catalogue"] = catalogue.load(s, data, "demo", today)
        districts = {d.name: d.id for d in s.scalars(select(District))}
        areas = {a.name: a.id for a in s.scalars(select(Area))}
        pw = generate_password_hash(DEMO_PASSWORD)
        for u in demo_staff():
            if s.scalar(select(StaffUser).where(StaffUser.email == u["email"])):
                continue
            s.add(StaffUser(email=u["email"], name=u["name"], role=u["role"], password_hash=pw,
                            district_id=districts.get(u.get("district", "")),
                            area_id=areas.get(u.get("area", "")), duty_worker=u.get("duty", False),
                            service=u.get("service", "NSS")))
        summary["staff"] = [u["email"] for u in demo_staff()]
        summary["password"] = DEMO_PASSWORD
    return summary
