"""stores carry the address and phone number printed on their receipts

Revision ID: 0007_store_contact
Revises: 0006_staff_admin
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_store_contact"
down_revision = "0006_staff_admin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stores") as batch:
        batch.add_column(sa.Column("address_zh", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("address_pt", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("phone", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("stores") as batch:
        batch.drop_column("phone")
        batch.drop_column("address_pt")
        batch.drop_column("address_zh")
