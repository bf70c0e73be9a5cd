"""What the command-line modules share: the runtime from --database, the date from --today,
and how a bad file is reported (every problem named, exit code 2)."""

from __future__ import annotations

import sys
from datetime import date

from neet.clock import today_london


def _runtime(args):
    from neet import runtime

    return runtime.build({"DATABASE_URL": args.database} if args.database else None)


def _today(args) -> date:
    return date.fromisoformat(args.today) if getattr(args, "today", None) else today_london()


def _bad_file(exc) -> int:
    for p in exc.problems:
        print(f"error: {p}", file=sys.stderr)
    print(f"error: {len(exc.problems)} problem(s); nothing was changed", file=sys.stderr)
    return 2


def _month(args, today: date) -> str | None:
    """--month (YYYY-MM), this month by default; None (after saying why) if it is not one."""
    from neet.reports import scorecard

    month = args.month or f"{today.year}-{today.month:02d}"
    try:
        scorecard.parse_month(month)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    return month
