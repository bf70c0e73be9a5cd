"""Persistence: SQLAlchemy 2 typed models, engine/session helpers and Alembic migrations."""
