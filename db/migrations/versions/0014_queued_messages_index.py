"""A partial index of the messages waiting to go, so the dispatcher's claim reads only them
(not the whole messages table, which grows by every message ever sent).

Revision ID: 0014_queued_messages_index
Revises: 0013_september_guarantee
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_queued_messages_index"
down_revision = "0013_september_guarantee"
branch_labels = None
depends_on = None

WHERE = "direction = 'out' AND status = 'queued'"


def upgrade() -> None:
    op.create_index("ix_messages_queued", "messages", ["id"],
                    postgresql_where=sa.text(WHERE), sqlite_where=sa.text(WHERE))


def downgrade() -> None:
    op.drop_index("ix_messages_queued", table_name="messages")
