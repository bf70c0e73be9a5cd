"""No staff page reads the database once per row: each page's statements are counted with a
few young people and again with four times as many (replies, alerts, review items, a
campaign), and must be the same number, and a handful."""

from __future__ import annotations

from sqlalchemy import event

from db.session import transaction
from neet.clock import today_london, utcnow
from outreach import campaigns
from tests.factories import row
from tests.helpers import STAFF_PASSWORD, add_staff, seed, signed_in
from tests.test_conversation import say
from web.app import create_app

MOST = 15  # statements a page may issue, whatever the number of rows it shows
PAGES = {
    "track@k": ["/dashboard", "/people", "/people?status=neet", "/campaigns", "/campaigns/1",
                "/phone-chase", "/reports/figures", "/review"],
    "nss@k": ["/dashboard", "/people", "/referrals", "/alerts", "/inbox", "/board", "/review"],
}


def _people(rt, first: int, n: int) -> None:
    from neet.interchange import cohort
    from tests.factories import cohort_csv

    rows = [row(YoungPersonsID=f"Q{i:04d}", Forename=f"Kid{i}", Mobile=f"07400 9{i:05d}",
                District="Maidstone", ActivityCode="810", DateAscertained="2026-09-01",
                DateVerified="", StartDate="") for i in range(first, first + n)]
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(rows), "test", today_london())
        c = campaigns.create(s, name=f"Chase {first}", rule={"kind": "not_known"}, actor="t",
                             now=utcnow())
        campaigns.launch(s, c, "t", today_london(), utcnow())
    for i in range(first, first + n):
        text = ["nothing atm", "who is this?", "i want to end it all", "at college"][i % 4]
        say(rt, text, address=f"+447400{9:01d}{i:05d}")


def _count(rt, client, path: str) -> int:
    client.get(path)  # caches warm, as for any later view
    seen: list[str] = []

    def on(conn, cursor, statement, *args):  # noqa: ARG001
        seen.append(statement)

    event.listen(rt.engine, "before_cursor_execute", on)
    try:
        r = client.get(path)
    finally:
        event.remove(rt.engine, "before_cursor_execute", on)
    assert r.status_code == 200, (path, r.status_code)
    return len(seen)


def test_no_page_reads_once_per_row(rt):
    seed(rt, [], with_catalogue=True)
    add_staff(rt, ("track@k", "tracking"), ("nss@k", "nss", "Maidstone"))
    app = create_app(rt)
    clients = {email: signed_in(app, email, STAFF_PASSWORD)[0] for email in PAGES}
    _people(rt, 0, 4)
    few = {(e, p): _count(rt, clients[e], p) for e, pages in PAGES.items() for p in pages}
    _people(rt, 4, 12)
    many = {(e, p): _count(rt, clients[e], p) for e, pages in PAGES.items() for p in pages}
    print("statements per page:", many)
    grew = {k: (few[k], many[k]) for k in few if many[k] > few[k]}
    assert not grew, f"statements grew with the rows shown: {grew}"
    assert max(many.values()) <= MOST, many
