"""Alembic environment of the client replica (synced entities + client-only tables)."""

from __future__ import annotations

from alembic import context

from desktop.models import Base, ClientBase

target_metadata = [Base.metadata, ClientBase.metadata]


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
