"""Caseworker endpoints of specialist services (VSK, SEND NEET lead, Youth Justice), told
of the crises and referrals that concern their young people.

Revision ID: 0006_endpoint_services
Revises: 0005_alert_ownership
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_endpoint_services"
down_revision = "0005_alert_ownership"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_endpoints") as b:
        b.add_column(sa.Column("service", sa.String(20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("webhook_endpoints") as b:
        b.drop_column("service")
