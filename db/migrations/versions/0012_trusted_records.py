"""Records the council can trust: who reported each status and how sure the bot was; a
transfer's receiving council and date; the "plans to leave" at-risk flag.

Revision ID: 0012_trusted_records
Revises: 0011_message_wording
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_trusted_records"
down_revision = "0011_message_wording"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activities") as b:
        b.add_column(sa.Column("reporter", sa.String(20), nullable=False, server_default=""))
        b.add_column(sa.Column("confidence", sa.Float(), nullable=True))
    with op.batch_alter_table("people") as b:
        b.add_column(sa.Column("transferred_on", sa.Date(), nullable=True))
        b.add_column(sa.Column("transferred_to", sa.String(80), nullable=False, server_default=""))
        b.add_column(sa.Column("at_risk_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("people") as b:
        for col in ("at_risk_on", "transferred_to", "transferred_on"):
            b.drop_column(col)
    with op.batch_alter_table("activities") as b:
        b.drop_column("confidence")
        b.drop_column("reporter")
