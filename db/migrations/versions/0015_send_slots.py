"""The slot book of the shared send rate (messaging/slots.py): one row per sender or campaign,
the time of its first free slot in seconds since the epoch on the database's clock.

Revision ID: 0015_send_slots
Revises: 0014_queued_messages_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_send_slots"
down_revision = "0014_queued_messages_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("send_slots",
                    sa.Column("key", sa.String(80), primary_key=True),
                    sa.Column("next_at", sa.Float(), nullable=False, server_default="0"))


def downgrade() -> None:
    op.drop_table("send_slots")
