"""receipt and refund numbers counted per till; refunds keep their number, reason and approver

Revision ID: 0009_receipt_numbers
Revises: 0008_wide_amounts
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_receipt_numbers"
down_revision = "0008_wide_amounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("replica_state") as batch:
        batch.add_column(sa.Column("receipt_seq", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("refund_seq", sa.Integer(), nullable=False, server_default="0"))
    # Receipts numbered before took the till's seq: start above it so no number is ever given twice.
    op.execute("UPDATE replica_state SET receipt_seq = last_seq")
    with op.batch_alter_table("refunds") as batch:
        batch.add_column(sa.Column("refund_no", sa.String(length=40), nullable=False, server_default=""))
        batch.add_column(sa.Column("reason", sa.String(length=30), nullable=False, server_default=""))
        batch.add_column(sa.Column("approved_by", sa.String(length=40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("refunds") as batch:
        batch.drop_column("approved_by")
        batch.drop_column("reason")
        batch.drop_column("refund_no")
    with op.batch_alter_table("replica_state") as batch:
        batch.drop_column("refund_seq")
        batch.drop_column("receipt_seq")
