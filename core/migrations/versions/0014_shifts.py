"""shifts: the published roster, attendance punches, and each person's skills and agreements
(core/shifts.py)

Revision ID: 0014_shifts
Revises: 0013_repairs
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_shifts"
down_revision = "0013_repairs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_shifts",
        sa.Column("shift_id", sa.String(length=36), primary_key=True),
        sa.Column("event_id", sa.String(length=36), sa.ForeignKey("events.event_id"), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("start", sa.String(length=16), nullable=False),
        sa.Column("end", sa.String(length=16), nullable=False),
        sa.Column("template", sa.String(length=20), nullable=False),
        sa.Column("overtime", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("released_staff_id", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
    )
    op.create_index("ix_roster_shifts_store_start", "roster_shifts", ["store_id", "start"])
    op.create_table(
        "shift_punches",
        sa.Column("punch_id", sa.String(length=36), primary_key=True),
        sa.Column("event_id", sa.String(length=36), sa.ForeignKey("events.event_id"), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("shift_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=12), nullable=False),
        sa.Column("method", sa.String(length=12), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
    )
    op.create_index("ix_shift_punches_staff", "shift_punches", ["staff_id"])
    op.create_table(
        "roster_terms",
        sa.Column("staff_id", sa.String(length=40), primary_key=True),
        sa.Column("event_id", sa.String(length=36), sa.ForeignKey("events.event_id"), nullable=False),
        sa.Column("skills", sa.String(length=120), nullable=False),
        sa.Column("long_day", sa.Boolean(), nullable=False),
        sa.Column("flexible_rest", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("roster_terms")
    op.drop_index("ix_shift_punches_staff", table_name="shift_punches")
    op.drop_table("shift_punches")
    op.drop_index("ix_roster_shifts_store_start", table_name="roster_shifts")
    op.drop_table("roster_shifts")
