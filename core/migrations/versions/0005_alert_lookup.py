"""open oversell alerts looked up by (store, SKU, state): the hub checks them on every group of sales

Revision ID: 0005_alert_lookup
Revises: 0003_counter
"""

from alembic import op

revision = "0005_alert_lookup"
down_revision = "0003_counter"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_oversell_alerts_store_sku_state", "oversell_alerts", ["store_id", "sku", "state"])


def downgrade() -> None:
    op.drop_index("ix_oversell_alerts_store_sku_state", table_name="oversell_alerts")
