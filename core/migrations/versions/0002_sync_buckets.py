"""checkpoint buckets and snapshot offset

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_buckets",
        sa.Column("store_key", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("store_key"),
    )
    with op.batch_alter_table("replica_state") as batch:
        batch.add_column(sa.Column("snapshot_offset", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("replica_state") as batch:
        batch.drop_column("snapshot_offset")
    op.drop_table("sync_buckets")
