"""Alembic environment: always run programmatically with a connection from core.db.run_migrations."""

from alembic import context

from core.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    version_table=config.attributes.get("version_table", "alembic_version"),
)
with context.begin_transaction():
    context.run_migrations()
