"""The migrations make exactly the schema the models describe, on both backends."""

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
