"""The local database: migrated on open, refused when written by a newer version."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from desktop.sync.localdb import (
    DB_FILENAME,
    DatabaseTooNewError,
    LocalDatabase,
    _config,
    known_revisions,
)


def test_old_database_is_migrated_and_keeps_its_data(tmp_path) -> None:
    path = tmp_path / DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "416ee3548992")  # the first client schema, before the outbox
        conn.exec_driver_sql("INSERT INTO sync_state (key, value) VALUES ('since', '42')")
    engine.dispose()
    db = LocalDatabase(tmp_path).open()
    db.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT value FROM sync_state WHERE key='since'").fetchall() == [
            ("42",)]
        assert con.execute("SELECT count(*) FROM outbox").fetchall() == [(0,)]
        (head,) = known_revisions()[1]
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
    finally:
        con.close()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path) -> None:
    LocalDatabase(tmp_path).open().close()
    path = tmp_path / DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as info:
        LocalDatabase(tmp_path).open()
    assert "newer version" in str(info.value)
    assert path.read_bytes() == before
