"""Bulk inserts for imports: COPY on PostgreSQL (the fastest way in; issue 18), executemany
elsewhere, in the caller's transaction either way. COPY never sees SQLAlchemy's Python-side
column defaults, so those are filled in here."""

from __future__ import annotations

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: list[dict]) -> None:
    """Insert rows that all have the same keys."""
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.execute(insert(table), rows)
        return
    from psycopg import sql

    cols = list(rows[0])
    fill = {}
    for c in table.columns:
        if c.name in cols or c.primary_key or c.default is None:
            continue
        fill[c.name] = c.default.arg(None) if c.default.is_callable else c.default.arg
    names = cols + list(fill)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names)))
    extra = list(fill.values())
    raw = session.connection().connection.driver_connection
    with raw.cursor() as cur, cur.copy(statement) as copy:
        for r in rows:
            copy.write_row([r[c] for c in cols] + extra)
