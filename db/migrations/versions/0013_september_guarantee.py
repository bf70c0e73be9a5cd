"""September Guarantee offers and intended destinations (DESIGN.md 9).

Revision ID: 0013_september_guarantee
Revises: 0012_trusted_records
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_september_guarantee"
down_revision = "0012_trusted_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sg_offers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=False,
                  index=True),
        sa.Column("for_september", sa.Integer(), nullable=False),
        sa.Column("offer_type", sa.String(30), nullable=False),
        sa.Column("provider", sa.String(120), nullable=False, server_default=""),
        sa.Column("intended_destination", sa.String(120), nullable=False, server_default=""),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("reporter", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sg_offers")
