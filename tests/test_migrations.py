"""The Alembic migrations of both sides produce exactly the schema the models declare.

A model change without its migration (or a migration that drifts from the model) would
only show up on a customer's upgraded database; this catches it here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from desktop.models import Base, ClientBase
from desktop.sync.localdb import LocalDatabase
from server.migrate import upgrade
from server.store import ServerBase, make_engine


def _diff(engine: Any, metadata: Any) -> list[Any]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(ctx, metadata))


def test_server_migrations_match_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        assert _diff(engine, [Base.metadata, ServerBase.metadata]) == []
    finally:
        engine.dispose()


def test_client_migrations_match_the_models(tmp_path: Path) -> None:
    db = LocalDatabase(tmp_path).open()
    try:
        engine = create_engine(f"sqlite:///{tmp_path / 'agentdesk.sqlite3'}")
        assert (tmp_path / "agentdesk.sqlite3").exists()
        assert _diff(engine, [Base.metadata, ClientBase.metadata]) == []
        engine.dispose()
    finally:
        db.close()
