"""product search index: an FTS5 trigram table over products.search_text (SQLite only)

Revision ID: 0004_product_search
Revises: 0003_stocktake

Kept in step with ``products`` by triggers, so every writer (projection, snapshot) maintains it
without knowing it exists. PostgreSQL (the hub) does not search products and gets nothing.
"""

from alembic import op

revision = "0004_product_search"
down_revision = "0003_stocktake"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE product_search USING fts5("
        "search_text, content='products', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER product_search_ai AFTER INSERT ON products BEGIN "
        "INSERT INTO product_search(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER product_search_ad AFTER DELETE ON products BEGIN "
        "INSERT INTO product_search(product_search, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER product_search_au AFTER UPDATE OF search_text ON products BEGIN "
        "INSERT INTO product_search(product_search, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); "
        "INSERT INTO product_search(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute("INSERT INTO product_search(product_search) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("product_search_ai", "product_search_ad", "product_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS product_search")
