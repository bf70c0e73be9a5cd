"""Scorecard snapshots (neet/reports/snapshots.py): pages read the figures in one query.

Revision ID: 0016_figure_snapshots
Revises: 0015_send_slots
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_figure_snapshots"
down_revision = "0015_send_slots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("figure_snapshots",
                    sa.Column("key", sa.String(60), primary_key=True),
                    sa.Column("fingerprint", sa.String(200), nullable=False),
                    sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("body", sa.JSON(), nullable=False))


def downgrade() -> None:
    op.drop_table("figure_snapshots")
