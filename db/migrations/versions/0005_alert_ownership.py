"""Safeguarding alerts: who acknowledged with what note, who cleared the hold with what note
and what happens next, and how far an unacknowledged alert has been escalated.

Revision ID: 0005_alert_ownership
Revises: 0004_unmet_demand
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_alert_ownership"
down_revision = "0004_unmet_demand"
branch_labels = None
depends_on = None

COLUMNS = [
    sa.Column("ack_note", sa.Text(), nullable=False, server_default=""),
    sa.Column("cleared_by", sa.String(120), nullable=False, server_default=""),
    sa.Column("clear_note", sa.Text(), nullable=False, server_default=""),
    sa.Column("after_hold", sa.String(20), nullable=False, server_default=""),
    sa.Column("escalation_level", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
]


def upgrade() -> None:
    with op.batch_alter_table("alerts") as b:
        for col in COLUMNS:
            b.add_column(col)


def downgrade() -> None:
    with op.batch_alter_table("alerts") as b:
        for col in reversed(COLUMNS):
            b.drop_column(col.name)
