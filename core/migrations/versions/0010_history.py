"""history that survives snapshots: totals per store and business day (core/history.py), filled from
the sales, refunds and ledger this database already holds

Revision ID: 0010_history
Revises: 0009_receipt_numbers
"""

from collections import defaultdict
from datetime import UTC, datetime, timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision = "0010_history"
down_revision = "0009_receipt_numbers"
branch_labels = None
depends_on = None

_MACAU = timezone(timedelta(hours=8))


def _day(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(_MACAU).date().isoformat()


def _money(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False)


def upgrade() -> None:
    sku_day = op.create_table(
        "history_sku_day",
        sa.Column("store_id", sa.String(length=32), primary_key=True),
        sa.Column("day", sa.String(length=10), primary_key=True),
        sa.Column("sku", sa.String(length=40), primary_key=True),
        _money("sold_qty"),
        _money("sold_avos"),
        _money("returned_qty"),
        _money("returned_avos"),
    )
    store_day = op.create_table(
        "history_store_day",
        sa.Column("store_id", sa.String(length=32), primary_key=True),
        sa.Column("day", sa.String(length=10), primary_key=True),
        _money("sales"),
        _money("sales_avos"),
        _money("discount_avos"),
        _money("refunds"),
        _money("refunds_avos"),
    )
    moves = op.create_table(
        "history_movements",
        sa.Column("store_id", sa.String(length=32), primary_key=True),
        sa.Column("day", sa.String(length=10), primary_key=True),
        sa.Column("reason", sa.String(length=20), primary_key=True),
        _money("units_in"),
        _money("units_out"),
    )
    # What this database already knows, summed the way core/history.py sums new facts.
    conn = op.get_bind()
    skus: defaultdict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    stores: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    days: dict[str, str] = {}
    for sale_id, store_id, total, at, discount in conn.execute(
        sa.text(
            "SELECT s.sale_id, s.store_id, s.total_avos, s.occurred_at, COALESCE(d.discount_avos, 0)"
            " FROM sales s LEFT JOIN sale_details d ON d.sale_id = s.sale_id"
        )
    ):
        days[sale_id] = day = _day(at)
        t = stores[(store_id, day)]
        t[0] += 1
        t[1] += total
        t[2] += discount
    for sale_id, store_id, sku, qty, price, discount in conn.execute(
        sa.text(
            "SELECT l.sale_id, s.store_id, l.sku, l.qty, l.unit_price_avos, l.discount_avos"
            " FROM sale_lines l JOIN sales s ON s.sale_id = l.sale_id"
        )
    ):
        t = skus[(store_id, days[sale_id], sku)]
        t[0] += qty
        t[1] += qty * price - discount
    for refund_id, store_id, total, at in conn.execute(
        sa.text("SELECT refund_id, store_id, total_avos, occurred_at FROM refunds")
    ):
        days[refund_id] = day = _day(at)
        t = stores[(store_id, day)]
        t[3] += 1
        t[4] += total
    for refund_id, store_id, sku, qty, price in conn.execute(
        sa.text(
            "SELECT l.refund_id, r.store_id, l.sku, l.qty, l.unit_price_avos"
            " FROM refund_lines l JOIN refunds r ON r.refund_id = l.refund_id"
        )
    ):
        t = skus[(store_id, days[refund_id], sku)]
        t[2] += qty
        t[3] += qty * price
    moved: defaultdict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for store_id, reason, delta, at in conn.execute(
        sa.text(
            "SELECT m.store_id, m.reason, m.delta, e.occurred_at FROM stock_movements m"
            " JOIN events e ON e.event_id = m.event_id WHERE m.reason <> 'snapshot'"
        )
    ):
        t = moved[(store_id, _day(at), reason)]
        if delta >= 0:
            t[0] += delta
        else:
            t[1] -= delta
    if skus:
        op.bulk_insert(
            sku_day,
            [
                {
                    "store_id": k[0],
                    "day": k[1],
                    "sku": k[2],
                    "sold_qty": v[0],
                    "sold_avos": v[1],
                    "returned_qty": v[2],
                    "returned_avos": v[3],
                }
                for k, v in skus.items()
            ],
        )
    if stores:
        op.bulk_insert(
            store_day,
            [
                {
                    "store_id": k[0],
                    "day": k[1],
                    "sales": v[0],
                    "sales_avos": v[1],
                    "discount_avos": v[2],
                    "refunds": v[3],
                    "refunds_avos": v[4],
                }
                for k, v in stores.items()
            ],
        )
    if moved:
        op.bulk_insert(
            moves,
            [
                {"store_id": k[0], "day": k[1], "reason": k[2], "units_in": v[0], "units_out": v[1]}
                for k, v in moved.items()
            ],
        )


def downgrade() -> None:
    op.drop_table("history_movements")
    op.drop_table("history_store_day")
    op.drop_table("history_sku_day")
