"""server.store.upsert_rows with rows of different shapes, on SQLite and PostgreSQL.

A multi-row INSERT compiled from the first row's keys used to drop the extra keys of
later rows without a word; each row is now written with exactly its own keys, and a key
that is no column is refused before anything is written.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop.models import SYNCED_TABLES
from server.store import committed_version, make_engine, session_factory, upsert_rows

QUEUES = SYNCED_TABLES["queues"]


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def _id() -> str:
    return str(uuid.uuid4())


def _queues(engine: Engine) -> dict[str, dict[str, Any]]:
    with Session(engine) as session:
        return {r.id: dict(r._mapping) for r in session.execute(select(QUEUES))}


def test_later_rows_keep_the_keys_the_first_row_lacks(engine: Engine) -> None:
    team = _id()
    plain, rich, plain_again, level_only = _id(), _id(), _id(), _id()
    with session_factory(engine).begin() as session:
        upsert_rows(session, "teams", [{"id": team, "name": "Service desk"}])
        version = upsert_rows(session, "queues", [
            {"id": plain, "name": "SD", "level": 1},
            {"id": rich, "name": "L2", "level": 2, "description": "second level",
             "team_id": team},
            {"id": plain_again, "name": "SD 2", "level": 1},
            {"id": level_only, "level": 3, "name": "L3", "team_id": team},
        ])
    rows = _queues(engine)
    assert rows[rich]["description"] == "second level"
    assert rows[rich]["team_id"] == team
    assert rows[level_only]["team_id"] == team
    assert (rows[plain]["description"], rows[plain]["team_id"]) == ("", None)
    assert (rows[plain_again]["description"], rows[plain_again]["team_id"]) == ("", None)
    assert {rows[i]["version"] for i in (plain, rich, plain_again, level_only)} == {version}


def test_inserts_and_updates_of_different_shapes_in_one_call(engine: Engine) -> None:
    old, new = _id(), _id()
    with session_factory(engine).begin() as session:
        upsert_rows(session, "queues", [{"id": old, "name": "Old", "level": 1,
                                         "description": "kept"}])
    with session_factory(engine).begin() as session:
        version = upsert_rows(session, "queues", [
            {"id": old, "name": "Renamed"},
            {"id": new, "name": "New", "level": 2, "description": "fresh"},
        ])
    rows = _queues(engine)
    assert (rows[old]["name"], rows[old]["description"], rows[old]["level"]) == (
        "Renamed", "kept", 1)
    assert (rows[new]["name"], rows[new]["description"], rows[new]["level"]) == (
        "New", "fresh", 2)
    assert rows[old]["version"] == rows[new]["version"] == version


@pytest.mark.parametrize("bad_row, message", [
    ({"name": "No id", "level": 1}, "row 1 has no 'id'"),
    ({"id": "x", "name": "Typo", "level": 1, "descripton": "?"},
     "row 1 has unknown columns ['descripton']"),
])
def test_a_bad_row_is_refused_before_anything_is_written(
        engine: Engine, bad_row: dict[str, Any], message: str) -> None:
    with session_factory(engine).begin() as session:
        before = committed_version(session)
    good = _id()
    with (pytest.raises(ValueError, match=re.escape(message)),
          session_factory(engine).begin() as session):
        upsert_rows(session, "queues", [{"id": good, "name": "Fine", "level": 1}, bad_row])
    assert good not in _queues(engine)
    with session_factory(engine).begin() as session:
        assert committed_version(session) == before
