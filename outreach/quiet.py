"""Quiet hours: automated messages only go out between start and end, local time (Europe/London
by default, so the BST/GMT change is handled by zoneinfo), and not on Sundays by default."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def allowed(now: datetime, tz: ZoneInfo, start: time, end: time, no_sundays: bool) -> bool:
    local = now.astimezone(tz)
    if no_sundays and local.weekday() == 6:
        return False
    return start <= local.time() < end


def next_allowed(now: datetime, tz: ZoneInfo, start: time, end: time, no_sundays: bool) -> datetime:
    """The first moment at or after `now` when sending is allowed (returned in UTC)."""
    if allowed(now, tz, start, end, no_sundays):
        return now.astimezone(UTC)
    local = now.astimezone(tz)
    day = local.date() if local.time() < start else local.date() + timedelta(days=1)
    for _ in range(8):
        candidate = datetime.combine(day, start, tzinfo=tz)
        if not (no_sundays and candidate.weekday() == 6):
            return candidate.astimezone(UTC)
        day += timedelta(days=1)
    raise ValueError("no sending window in a week")
