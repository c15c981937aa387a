"""transfer rules: each store's limit under which the hub approves a request at once, and which
approvals the hub made by it (core/transfers.py)

Revision ID: 0015_transfer_rules
Revises: 0014_shifts
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_transfer_rules"
down_revision = "0014_shifts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "transfer_rules",
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("event_id", sa.String(length=36), sa.ForeignKey("events.event_id"), nullable=False),
        sa.Column("auto_approve_avos", sa.BigInteger(), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("store_id"),
    )
    with op.batch_alter_table("transfer_steps") as batch:
        batch.add_column(sa.Column("auto_limit_avos", sa.BigInteger(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("transfer_steps") as batch:
        batch.drop_column("auto_limit_avos")
    op.drop_table("transfer_rules")
