"""The migrations make exactly the schema the models describe, on both backends."""

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.models import Base


def test_models_and_migrations_agree(db_url):
    from db.session import normalise_url

    engine = sa.create_engine(normalise_url(db_url))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.postgres
def test_the_dispatcher_reads_only_the_queued_messages(request, tmp_path):
    """With 100,000 messages sent and a handful waiting, PostgreSQL claims through the partial
    index of queued messages, not by reading the whole table."""
    from db.session import normalise_url
    from tests.conftest import _fresh_url

    fresh = _fresh_url(request, "postgresql", tmp_path)
    engine = sa.create_engine(normalise_url(next(fresh)))
    try:
        with engine.begin() as c:
            c.execute(sa.text(
                "insert into messages (channel, direction, sender, body, status, error_code, "
                "attempts, segments, encoding, label, created_at) select 'sms', 'out', '', 'x', "
                "case when g % 2000 = 0 then 'queued' else 'delivered' end, '', 0, 1, 'gsm', '', "
                "now() from generate_series(1, 100000) g"))
            c.execute(sa.text("analyze messages"))
            plan = "\n".join(r[0] for r in c.execute(sa.text(
                "explain select id from messages where direction = 'out' and status = 'queued' "
                "order by id limit 100")))
        assert "ix_messages_queued" in plan, plan
    finally:
        engine.dispose()
        fresh.close()  # drops the database
