"""staff managed at the counter: names in Chinese and Portuguese, a discount limit, active or not

Revision ID: 0006_staff_admin
Revises: 0005_alert_lookup
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_staff_admin"
down_revision = "0005_alert_lookup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("name_zh", sa.String(length=120), nullable=False, server_default=""))
        batch.add_column(sa.Column("name_pt", sa.String(length=120), nullable=False, server_default=""))
        batch.add_column(sa.Column("discount_limit", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        for column in ("active", "discount_limit", "name_pt", "name_zh"):
            batch.drop_column(column)
