"""people.current_activity_id foreign key on PostgreSQL

The initial migration declared this constraint with use_alter (people and activities refer to
each other), and Alembic's create_table skips such constraints; SQLite got it inline. This
adds it where it is missing. Found by tests/test_migrations.py.

Revision ID: 0002_current_activity_fk
Revises: 9b3af6537978
"""

from alembic import op

revision = "0002_current_activity_fk"
down_revision = "9b3af6537978"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.create_foreign_key("fk_people_current_activity", "people", "activities",
                              ["current_activity_id"], ["id"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_people_current_activity", "people", type_="foreignkey")
