"""Time helpers: store UTC, show Europe/London."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def utcnow() -> datetime:
    return datetime.now(UTC)


def today_london() -> date:
    return datetime.now(LONDON).date()


def as_utc(dt: datetime) -> datetime:
    """SQLite returns naive datetimes for timezone-aware columns; treat them as UTC."""
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def london_date(dt: datetime | None) -> date | None:
    """The day in London a stored moment fell on (a referral raised at 00:30 BST is that day)."""
    return None if dt is None else as_utc(dt).astimezone(LONDON).date()
