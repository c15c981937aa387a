"""the shift handover: one row per handover at a till (core/handover.py)

Revision ID: 0011_handover
Revises: 0010_history
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_handover"
down_revision = "0010_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shift_handovers",
        sa.Column("handover_id", sa.String(length=36), primary_key=True),
        sa.Column("event_id", sa.String(length=36), sa.ForeignKey("events.event_id"), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("handover_no", sa.String(length=40), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("incoming_staff_id", sa.String(length=40), nullable=False),
        sa.Column("approved_by", sa.String(length=40), nullable=False),
        sa.Column("shift_start", sa.String(length=40), nullable=False),
        sa.Column("handed_over_at", sa.String(length=40), nullable=False),
        sa.Column("variance_avos", sa.BigInteger(), nullable=False),
        sa.Column("float_mop_avos", sa.BigInteger(), nullable=False),
        sa.Column("float_hkd_cents", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("fact", sa.Text(), nullable=False),
    )
    op.create_index("ix_shift_handovers_store_id", "shift_handovers", ["store_id"])


def downgrade() -> None:
    op.drop_index("ix_shift_handovers_store_id", table_name="shift_handovers")
    op.drop_table("shift_handovers")
