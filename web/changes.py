"""One shape for a staff change to a young person's record: find them within the user's
districts (a 404 outside), make the change, then commit and go on; bad input (ValueError) is
rolled back, said, and answered 400 with nothing written; a change this user may not make
(PermissionError) is a 403."""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, flash

from db.models import Person
from web.auth import current_user, db
from web.scope import person_or_404


def on_person(pid: int, change: Callable, *, done: str | Callable[[Person], str],
              failed: str, again: Callable, then: Callable):
    """`change(session, person, user)` makes the change; `again(session, person)` renders the
    page with the error; `then()` is where to go after it worked."""
    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.update")
    try:
        change(s, p, user)
    except PermissionError:
        abort(403)
    except ValueError as exc:
        s.rollback()
        flash(f"{failed}: {exc}", "error")
        return again(s, s.get(Person, pid)), 400
    s.commit()
    flash(done(p) if callable(done) else done)
    return then()


def form_id(form, name: str) -> int | None:
    """A record id chosen in a form, if it is one (digits, not absurdly long)."""
    raw = form.get(name) or ""
    return int(raw) if raw.isdigit() and len(raw) < 10 else None
