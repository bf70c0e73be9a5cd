"""Calls staff make to young people, and how they went.

Revision ID: 0007_call_logs
Revises: 0006_endpoint_services
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_call_logs"
down_revision = "0006_endpoint_services"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_logs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("contact_point_id", sa.Integer(), sa.ForeignKey("contact_points.id"),
                  nullable=True),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by", sa.String(120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_call_logs_person_id", "call_logs", ["person_id"])


def downgrade() -> None:
    op.drop_table("call_logs")
