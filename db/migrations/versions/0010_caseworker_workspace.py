"""The caseworkers' workspace: each worker's service (its referral queue), a referral's
course, next action and who raised it, and notes on referrals.

Revision ID: 0010_caseworker_workspace
Revises: 0009_launch_summary
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_caseworker_workspace"
down_revision = "0009_launch_summary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as b:
        b.add_column(sa.Column("service", sa.String(20), nullable=False, server_default="NSS"))
    with op.batch_alter_table("referrals") as b:
        b.add_column(sa.Column("provision_id", sa.String(20), nullable=True))
        b.add_column(sa.Column("next_action", sa.Text(), nullable=False, server_default=""))
        b.add_column(sa.Column("next_action_due", sa.Date(), nullable=True))
        b.add_column(sa.Column("raised_by", sa.String(120), nullable=False, server_default="bot"))
        b.create_foreign_key("fk_referrals_provision", "provisions", ["provision_id"], ["id"])
        b.create_index("ix_referrals_service_status", ["service", "status"])
    op.create_table(
        "referral_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("referrals.id"), nullable=False,
                  index=True),
        sa.Column("by", sa.String(120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("referral_notes")
    with op.batch_alter_table("referrals") as b:
        b.drop_index("ix_referrals_service_status")
        b.drop_constraint("fk_referrals_provision", type_="foreignkey")
        for col in ("raised_by", "next_action_due", "next_action", "provision_id"):
            b.drop_column(col)
    with op.batch_alter_table("staff_users") as b:
        b.drop_column("service")
