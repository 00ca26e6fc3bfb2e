"""Alembic environment: runs migrations on the connection handed over by claimwatch.store.db."""

from alembic import context
from sqlalchemy import create_engine

from claimwatch import settings
from claimwatch.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line: use the configured store
        with create_engine(settings.db_url()).begin() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    context.run_migrations()


run()
