"""Session versions (sign-out, password change and disabling end every session), the
sign-in throttle table (atomic counters per account + address and per address), and a count
of provider attempts on each message (error_code no longer doubles as a retry counter).

Revision ID: 0003_sessions_throttle
Revises: 0002_current_activity_fk
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_sessions_throttle"
down_revision = "0002_current_activity_fk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as b:
        b.add_column(sa.Column("session_version", sa.Integer(), nullable=False,
                               server_default="1"))
    with op.batch_alter_table("messages") as b:
        b.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("login_throttle")
    with op.batch_alter_table("messages") as b:
        b.drop_column("attempts")
    with op.batch_alter_table("staff_users") as b:
        b.drop_column("session_version")
