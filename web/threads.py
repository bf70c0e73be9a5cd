"""The last few messages with each of a set of young people, in one query (a window over
each person's messages), oldest first: the conversation staff pages show beside an item."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import Message


def last_messages(session, person_ids, n: int) -> dict[int, list[Message]]:
    ids = [p for p in set(person_ids) if p is not None]
    if not ids:
        return {}
    rank = func.row_number().over(partition_by=Message.person_id,
                                  order_by=(Message.created_at.desc(), Message.id.desc()))
    newest = (select(Message.id, rank.label("rank")).where(Message.person_id.in_(ids))
              .subquery())
    out: dict[int, list[Message]] = {p: [] for p in ids}
    for m in session.scalars(select(Message).join(newest, newest.c.id == Message.id)
                             .where(newest.c.rank <= n)
                             .order_by(Message.created_at, Message.id)):
        out[m.person_id].append(m)
    return out

