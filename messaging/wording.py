"""Message wording an admin has changed. A change is checked before it is saved: it must be
a valid template, use no variable the shipped one does not (a send must never fail), keep
every number and capitalised keyword of the shipped one (999, 116 123, STOP...), and cost no
more SMS segments than the shipped one (two at least). Senders read it through a short
cache, so a worker process picks a change up within CACHE_SECONDS."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from jinja2 import TemplateSyntaxError, meta
from sqlalchemy.orm import Session

from db.models import MessageWording
from messaging.segments import count, gsm_safe
from messaging.templates import _env, names, render
from neet.audit import audit
from neet.clock import utcnow

CACHE_SECONDS = 30.0
MAX_CHARS = 2000
_KEEP = re.compile(r"\b[A-Z]{3,}\b|\d[\d ]*\d")
_cache: dict[tuple[str, str], tuple[float, str | None]] = {}

SAMPLE = {"first_name": "Alexandra", "district": "Tunbridge Wells", "language": "en",
          "question": "What are you doing at the moment?", "choice": "Level 2 Plumbing",
          "offers": ["x" * 70] * 3, "staff_name": "Samantha Smith", "text": "x" * 160,
          "what": "college", "start_date": "7 September", "team": "Participation Team",
          "council": "Kent County Council"}


def shipped(name: str) -> str:
    return _env.loader.get_source(_env, f"{name}.txt.j2")[0]


def override(session: Session, name: str) -> str | None:
    """The admin's wording for `name`, if any (cached for CACHE_SECONDS per database)."""
    key = (str(session.get_bind().url), name)
    hit = _cache.get(key)
    if hit and time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    row = session.get(MessageWording, name)
    body = row.body if row else None
    _cache[key] = (time.monotonic(), body)
    return body


def _forget(session: Session, name: str) -> None:
    _cache.pop((str(session.get_bind().url), name), None)


@dataclass(frozen=True)
class Checked:
    sample: str
    segments: int
    encoding: str
    shipped_segments: int


def _sample(name: str, source: str | None, team: str, council: str):
    text = render(name, source=source, **{**SAMPLE, "team": team, "council": council}).text
    text = gsm_safe(text)
    return text, count(text)


def check(name: str, body: str, team: str = SAMPLE["team"],
          council: str = SAMPLE["council"]) -> Checked:
    """Raise ValueError saying what is wrong, or return a sample and its cost."""
    if name not in names():
        raise ValueError("no message of that name")
    body = body.replace("\r\n", "\n").strip()
    if not body or len(body) > MAX_CHARS or "\x00" in body:
        raise ValueError(f"the wording must be 1 to {MAX_CHARS} characters")
    original = shipped(name)
    try:
        used = meta.find_undeclared_variables(_env.parse(body))
    except TemplateSyntaxError as exc:
        raise ValueError(f"line {exc.lineno}: {exc.message}") from None
    extra = used - meta.find_undeclared_variables(_env.parse(original))
    if extra:
        raise ValueError("these names are not filled in for this message: "
                         + ", ".join(sorted(extra)))
    missing = sorted({t for t in _KEEP.findall(original)} - set(_KEEP.findall(body)),
                     key=original.find)
    if missing:
        raise ValueError("keep these from the original: " + ", ".join(missing))
    try:
        text, seg = _sample(name, body, team, council)
    except Exception as exc:  # noqa: BLE001 - any template error (the sandbox's too) is theirs
        raise ValueError(f"the wording does not render: {exc}") from None
    _, ship = _sample(name, None, team, council)
    if seg.segments > max(ship.segments, 2):
        raise ValueError(f"it costs {seg.segments} SMS segments ({seg.encoding}); the original "
                         f"costs {ship.segments}: shorten it")
    return Checked(text, seg.segments, seg.encoding, ship.segments)


def save(session: Session, name: str, body: str, actor: str, **names_in) -> Checked:
    checked = check(name, body, **names_in)
    row = session.get(MessageWording, name) or MessageWording(name=name)
    row.body, row.updated_by, row.updated_at = body.replace("\r\n", "\n").strip(), actor, utcnow()
    session.add(row)
    _forget(session, name)
    audit(session, actor, "admin.wording_change", entity="message_template", entity_id=name,
          detail=f"{checked.segments} segments ({checked.encoding})")
    return checked


def restore(session: Session, name: str, actor: str) -> None:
    row = session.get(MessageWording, name)
    if row is not None:
        session.delete(row)
    _forget(session, name)
    audit(session, actor, "admin.wording_restore", entity="message_template", entity_id=name)
