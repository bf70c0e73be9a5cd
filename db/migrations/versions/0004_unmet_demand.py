"""Unmet demand: what young people asked for that no provision in their district offered.

Revision ID: 0004_unmet_demand
Revises: 0003_sessions_throttle
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_unmet_demand"
down_revision = "0003_sessions_throttle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unmet_demand",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("asked", sa.String(300), nullable=False),
        sa.Column("interests", sa.String(300), nullable=False),
        sa.Column("district_id", sa.Integer(), sa.ForeignKey("districts.id"), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_unmet_demand_district_id", "unmet_demand", ["district_id"])
    op.create_index("ix_unmet_demand_asked_on", "unmet_demand", ["asked_on"])


def downgrade() -> None:
    op.drop_table("unmet_demand")
