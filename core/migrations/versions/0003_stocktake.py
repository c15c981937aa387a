"""stocktake: counted sections, their lines, reviews; drafts of counts in progress

Revision ID: 0003_stocktake
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_stocktake"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stocktakes",
        sa.Column("stocktake_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("section", sa.String(length=80), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("anchor", sa.Text(), nullable=False),
        sa.Column("counted_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("stocktake_id"),
    )
    op.create_index("ix_stocktakes_event_id", "stocktakes", ["event_id"], unique=False)
    op.create_index("ix_stocktakes_store_id", "stocktakes", ["store_id"], unique=False)
    op.create_table(
        "stocktake_lines",
        sa.Column("stocktake_id", sa.String(length=36), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["stocktake_id"], ["stocktakes.stocktake_id"]),
        sa.PrimaryKeyConstraint("stocktake_id", "sku"),
    )
    op.create_table(
        "stocktake_reviews",
        sa.Column("stocktake_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("approved_by", sa.String(length=40), nullable=False),
        sa.Column("reviewed_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("stocktake_id"),
    )
    op.create_index("ix_stocktake_reviews_event_id", "stocktake_reviews", ["event_id"], unique=False)
    op.create_table(
        "stocktake_drafts",
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("section", sa.String(length=80), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("anchor", sa.Text(), nullable=False),
        sa.Column("started_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("draft_id"),
    )
    op.create_table(
        "stocktake_draft_lines",
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.Column("touched", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["draft_id"], ["stocktake_drafts.draft_id"]),
        sa.PrimaryKeyConstraint("draft_id", "sku"),
    )


def downgrade() -> None:
    op.drop_table("stocktake_draft_lines")
    op.drop_table("stocktake_drafts")
    op.drop_index("ix_stocktake_reviews_event_id", table_name="stocktake_reviews")
    op.drop_table("stocktake_reviews")
    op.drop_table("stocktake_lines")
    op.drop_index("ix_stocktakes_store_id", table_name="stocktakes")
    op.drop_index("ix_stocktakes_event_id", table_name="stocktakes")
    op.drop_table("stocktakes")
