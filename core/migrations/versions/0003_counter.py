"""the counter: tenders, sale details, refunds, holds, transfer requests, waitlist, oversell alerts,
audit log, parked baskets; line discounts

Revision ID: 0003_counter
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_counter"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sale_lines") as batch:
        batch.add_column(sa.Column("discount_avos", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "sale_tenders",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("amount_avos", sa.Integer(), nullable=False),
        sa.Column("tendered", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"]),
        sa.PrimaryKeyConstraint("sale_id", "line_no"),
    )
    op.create_table(
        "sale_details",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("approved_by", sa.String(length=40), nullable=False),
        sa.Column("discount_avos", sa.Integer(), nullable=False),
        sa.Column("change_avos", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.sale_id"]),
        sa.PrimaryKeyConstraint("sale_id"),
    )
    op.create_index("ix_sale_details_receipt_no", "sale_details", ["receipt_no"], unique=False)
    op.create_table(
        "refunds",
        sa.Column("refund_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("total_avos", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"]),
        sa.PrimaryKeyConstraint("refund_id"),
    )
    op.create_index("ix_refunds_sale_id", "refunds", ["sale_id"], unique=False)
    op.create_table(
        "refund_lines",
        sa.Column("refund_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("unit_price_avos", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["refund_id"], ["refunds.refund_id"]),
        sa.PrimaryKeyConstraint("refund_id", "line_no"),
    )
    op.create_table(
        "holds",
        sa.Column("hold_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("for_store_id", sa.String(length=32), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("customer_name", sa.String(length=120), nullable=False),
        sa.Column("customer_phone", sa.String(length=40), nullable=False),
        sa.Column("until", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("note", sa.String(length=80), nullable=False),
        sa.Column("requested_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"]),
        sa.PrimaryKeyConstraint("hold_id"),
    )
    op.create_index("ix_holds_store_sku", "holds", ["store_id", "sku"], unique=False)
    op.create_table(
        "transfers",
        sa.Column("transfer_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("from_store_id", sa.String(length=32), nullable=False),
        sa.Column("to_store_id", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("hold_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("requested_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"]),
        sa.PrimaryKeyConstraint("transfer_id"),
    )
    op.create_index("ix_transfers_from_store_id", "transfers", ["from_store_id"], unique=False)
    op.create_index("ix_transfers_to_store_id", "transfers", ["to_store_id"], unique=False)
    op.create_table(
        "transfer_lines",
        sa.Column("transfer_id", sa.String(length=36), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["transfer_id"], ["transfers.transfer_id"]),
        sa.PrimaryKeyConstraint("transfer_id", "sku"),
    )
    op.create_table(
        "waitlist",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("customer_name", sa.String(length=120), nullable=False),
        sa.Column("customer_phone", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"]),
        sa.PrimaryKeyConstraint("entry_id"),
    )
    op.create_index("ix_waitlist_store_sku", "waitlist", ["store_id", "sku"], unique=False)
    op.create_table(
        "oversell_alerts",
        sa.Column("alert_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("available", sa.Integer(), nullable=False),
        sa.Column("cause_event_ids", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("resolved_by", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"]),
        sa.PrimaryKeyConstraint("alert_id"),
    )
    op.create_index("ix_oversell_alerts_store_id", "oversell_alerts", ["store_id"], unique=False)
    op.create_table(
        "audit_log",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("approved_by", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"]),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_audit_log_store_id", "audit_log", ["store_id"], unique=False)
    op.create_table(
        "parked_baskets",
        sa.Column("basket_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("parked_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("basket_id"),
    )


def downgrade() -> None:
    op.drop_table("parked_baskets")
    op.drop_table("audit_log")
    op.drop_table("oversell_alerts")
    op.drop_table("waitlist")
    op.drop_table("transfer_lines")
    op.drop_table("transfers")
    op.drop_table("holds")
    op.drop_table("refund_lines")
    op.drop_table("refunds")
    op.drop_table("sale_details")
    op.drop_table("sale_tenders")
    with op.batch_alter_table("sale_lines") as batch:
        batch.drop_column("discount_avos")
