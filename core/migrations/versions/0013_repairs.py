"""repairs: equipment, preventive schedules, engineers, travel times, tickets; typhoon signals

Revision ID: 0013_repairs
Revises: 0012_transfers
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_repairs"
down_revision = "0012_transfers"
branch_labels = None
depends_on = None


def _text(name: str, length: int, **kw: bool) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False, **kw)


def _int(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False)


def _event() -> list:
    return [_text("event_id", 36), sa.ForeignKeyConstraint(["event_id"], ["events.event_id"])]


def upgrade() -> None:
    op.create_table(
        "repair_equipment",
        _text("equipment_id", 36, primary_key=True),
        *_event(),
        _text("store_id", 32),
        _text("kind", 20),
        _text("name", 120),
        _text("model", 120),
        _text("serial", 120),
        _text("installed_on", 10),
        _text("warranty_until", 10),
    )
    op.create_index("ix_repair_equipment_store", "repair_equipment", ["store_id"])
    op.create_table(
        "repair_schedules",
        _text("schedule_id", 36, primary_key=True),
        *_event(),
        _text("store_id", 32),
        _text("equipment_id", 36),
        _text("task", 200),
        _int("every_days"),
        _text("next_due", 10),
    )
    op.create_table(
        "repair_engineers",
        _text("staff_id", 40, primary_key=True),
        *_event(),
        _text("skills", 200),
        _text("base_store", 32),
        _int("load_limit"),
        _int("start_minute"),
        _int("end_minute"),
        _text("weekdays", 7),
        _text("phone", 40),
    )
    op.create_table(
        "repair_travel",
        _text("from_store", 32, primary_key=True),
        _text("to_store", 32, primary_key=True),
        *_event(),
        _int("minutes"),
    )
    op.create_table(
        "repair_tickets",
        _text("ticket_id", 36, primary_key=True),
        *_event(),
        _text("store_id", 32),
        _text("equipment_id", 36),
        _text("schedule_id", 36),
        _text("skill", 20),
        _text("priority", 4),
        _text("description", 200),
        sa.Column("photos", sa.Text(), nullable=False),
        _text("source", 12),
        sa.Column("diagnostics", sa.Text(), nullable=False),
        _text("raised_by", 40),
        _text("raised_at", 40),
        _text("state", 12),
        _text("engineer_id", 40),
        _text("offered_at", 40),
        _text("eta", 40),
        _text("passed_over", 400),
        _text("accepted_at", 40),
        _text("on_site_at", 40),
        _text("resolved_at", 40),
        _text("verified_at", 40),
        _text("resolution", 200),
        _text("parts", 200),
        _text("updated_at", 40),
    )
    op.create_index("ix_repair_tickets_state", "repair_tickets", ["state"])
    op.create_index("ix_repair_tickets_store", "repair_tickets", ["store_id"])
    op.create_index("ix_repair_tickets_engineer", "repair_tickets", ["engineer_id"])
    op.create_table(
        "typhoon_signals",
        _text("signal_id", 36, primary_key=True),
        *_event(),
        _int("level"),
        _text("set_at", 40),
        _text("staff_id", 40),
    )
    op.create_index("ix_typhoon_signals_set_at", "typhoon_signals", ["set_at"])


def downgrade() -> None:
    for table in ("typhoon_signals", "repair_tickets", "repair_travel", "repair_engineers"):
        op.drop_table(table)
    op.drop_table("repair_schedules")
    op.drop_table("repair_equipment")
