"""Message wording changed by an admin, over the shipped templates.

Revision ID: 0011_message_wording
Revises: 0010_caseworker_workspace
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_message_wording"
down_revision = "0010_caseworker_workspace"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_wordings",
        sa.Column("name", sa.String(60), primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("message_wordings")
