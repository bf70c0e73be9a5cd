"""Alembic environment: the URL comes from the caller (db.migrate) or from neet.config."""

from alembic import context

from db.models import Base
from db.session import make_engine, normalise_url
from neet import config as neet_config

target_metadata = Base.metadata


def _url() -> str:
    return context.config.attributes.get("url") or neet_config.load().database_url


def run_migrations_offline() -> None:
    context.configure(url=normalise_url(_url()), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        engine = make_engine(_url())
        try:
            with engine.connect() as connection:
                _run(connection)
        finally:
            engine.dispose()
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
