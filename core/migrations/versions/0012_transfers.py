"""transfers through their whole workflow: who asked, packed and carried; what was sent; each step;
what each receipt found (core/transfers.py)

Revision ID: 0012_transfers
Revises: 0011_handover
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_transfers"
down_revision = "0011_handover"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("transfers") as batch:
        batch.add_column(sa.Column("requested_by", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("packed_by", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("carrier", sa.String(120), nullable=False, server_default=""))
        batch.add_column(sa.Column("dispatched_at", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("updated_at", sa.String(40), nullable=False, server_default=""))
    with op.batch_alter_table("transfer_lines") as batch:
        batch.add_column(sa.Column("sent", sa.BigInteger(), nullable=False, server_default="0"))
    op.create_table(
        "transfer_steps",
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("transfer_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["transfer_id"], ["transfers.transfer_id"]),
        sa.PrimaryKeyConstraint("step_id"),
    )
    op.create_index("ix_transfer_steps_transfer_id", "transfer_steps", ["transfer_id"], unique=False)
    op.create_table(
        "transfer_receipt_lines",
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("transfer_id", sa.String(length=36), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("damaged", sa.BigInteger(), nullable=False),
        sa.Column("missing", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["transfer_id"], ["transfers.transfer_id"]),
        sa.PrimaryKeyConstraint("step_id", "sku"),
    )
    op.create_index(
        "ix_transfer_receipt_lines_transfer_id", "transfer_receipt_lines", ["transfer_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_transfer_receipt_lines_transfer_id", table_name="transfer_receipt_lines")
    op.drop_table("transfer_receipt_lines")
    op.drop_index("ix_transfer_steps_transfer_id", table_name="transfer_steps")
    op.drop_table("transfer_steps")
    with op.batch_alter_table("transfer_lines") as batch:
        batch.drop_column("sent")
    with op.batch_alter_table("transfers") as batch:
        for name in ("updated_at", "dispatched_at", "carrier", "packed_by", "requested_by"):
            batch.drop_column(name)
