"""What a campaign's preview said when it was launched (recipients by district, who was left
out and why, cost), kept after launch.

Revision ID: 0009_launch_summary
Revises: 0008_referral_outcome_text
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_launch_summary"
down_revision = "0008_referral_outcome_text"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns") as b:
        b.add_column(sa.Column("launch_summary", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("campaigns") as b:
        b.drop_column("launch_summary")
