"""A referral's outcome kept whole (it was cut to 40 characters).

Revision ID: 0008_referral_outcome_text
Revises: 0007_call_logs
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_referral_outcome_text"
down_revision = "0007_call_logs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referrals") as b:
        b.alter_column("outcome", type_=sa.Text(), existing_type=sa.String(40))


def downgrade() -> None:
    with op.batch_alter_table("referrals") as b:
        b.alter_column("outcome", type_=sa.String(40), existing_type=sa.Text())
