"""money and quantity columns 64-bit on every backend; joins the two branches of 0003

Revision ID: 0008_wide_amounts
Revises: 0004_product_search, 0007_store_contact

PostgreSQL's INTEGER is 32-bit: a sale of MOP 22,000,000.00 (2.2e9 avos) did not fit. SQLite stores
every INTEGER in up to 8 bytes already, so there is nothing to change there (and rebuilding its tables
would drop the product search triggers).
"""

from alembic import op

revision = "0008_wide_amounts"
down_revision = ("0004_product_search", "0007_store_contact")
branch_labels = None
depends_on = None

COLUMNS = {
    "products": ["price_avos"],
    "stock_movements": ["delta"],
    "stock_balances": ["on_hand"],
    "sales": ["total_avos"],
    "sale_lines": ["qty", "unit_price_avos", "discount_avos"],
    "sale_tenders": ["amount_avos", "tendered"],
    "sale_details": ["discount_avos", "change_avos"],
    "refunds": ["total_avos"],
    "refund_lines": ["qty", "unit_price_avos"],
    "holds": ["qty"],
    "transfer_lines": ["qty"],
    "oversell_alerts": ["available"],
    "stocktake_lines": ["expected", "counted"],
    "stocktake_draft_lines": ["counted"],
}


def _alter(type_: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        # One statement per table: PostgreSQL rewrites the table once, not once per column.
        changes = ", ".join(f'ALTER COLUMN "{column}" TYPE {type_}' for column in columns)
        op.execute(f'ALTER TABLE "{table}" {changes}')


def upgrade() -> None:
    _alter("BIGINT")


def downgrade() -> None:
    _alter("INTEGER")
