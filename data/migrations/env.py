"""Alembic environment: runs migrations on the connection handed in by data.store."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from data.schema import Base

target_metadata = Base.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        url = context.config.get_main_option("sqlalchemy.url")
        with create_engine(url).begin() as own_connection:
            context.configure(connection=own_connection, target_metadata=target_metadata)
            context.run_migrations()
        return
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()


run_migrations()
