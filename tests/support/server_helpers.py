"""Make server-side changes directly in a server database (users, synced rows).

Sync tests use these to play "another agent changed something on the server" without
going through the HTTP API.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from server import auth
from server.store import delete_rows as store_delete_rows
from server.store import make_engine, session_factory
from server.store import upsert_rows as store_upsert_rows


def make_user(db_url: str, username: str, password: str, role: str,
              level: int | None = None, **fields: Any) -> str:
    """Create a user who can sign in with ``password``; returns the user's id.

    Extra keyword arguments (``display_name``, ``team_id``, ``language``, ...) go to
    ``server.auth.create_user``.
    """
    fields.setdefault("display_name", username.replace(".", " ").title())
    engine = make_engine(db_url)
    try:
        with session_factory(engine).begin() as session:
            return auth.create_user(session, username=username, password=password,
                                    role=role, level=level, **fields)
    finally:
        engine.dispose()


def write_rows(db_url: str, entity: str, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert or update synced rows in one transaction; returns their new version."""
    engine = make_engine(db_url)
    try:
        with session_factory(engine).begin() as session:
            return store_upsert_rows(session, entity, list(rows))
    finally:
        engine.dispose()


def delete_rows(db_url: str, entity: str, ids: Iterable[str]) -> int:
    """Delete synced rows (leaving tombstones) in one transaction; returns the version."""
    engine = make_engine(db_url)
    try:
        with session_factory(engine).begin() as session:
            return store_delete_rows(session, entity, list(ids))
    finally:
        engine.dispose()
