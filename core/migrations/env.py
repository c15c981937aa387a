"""Alembic environment: always run programmatically with a connection from core.db.run_migrations."""

from alembic import context

from core.models import schema

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=schema(),
    render_as_batch=True,
    version_table=config.attributes.get("version_table", "alembic_version"),
)
with context.begin_transaction():
    context.run_migrations()
