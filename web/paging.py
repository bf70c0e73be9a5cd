"""Paging for staff lists: a page number from the query string, the total, and whether there
is more, so no list is ever cut short without saying so."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request
from sqlalchemy import Select, func, select


@dataclass(frozen=True)
class Page:
    items: list
    number: int
    size: int
    total: int

    @property
    def more(self) -> bool:
        return self.number * self.size < self.total

    @property
    def first(self) -> int:
        return (self.number - 1) * self.size + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1 if self.items else 0


def number() -> int:
    raw = request.args.get("page") or "1"
    return max(1, min(int(raw), 100_000)) if raw.isdigit() and len(raw) < 7 else 1


def page_of(session, query: Select, size: int, *, scalars: bool = True) -> Page:
    """One page of an ordered query, with the total of the whole query."""
    n = number()
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    q = query.offset((n - 1) * size).limit(size)
    items = list(session.scalars(q) if scalars else session.execute(q))
    return Page(items, n, size, total or 0)
