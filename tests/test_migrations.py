"""The Alembic migrations of both sides produce exactly the schema the models declare.

A model change without its migration (or a migration that drifts from the model) would
only show up on a customer's upgraded database; this catches it here.
"""

from __future__ import annotations

import sqlite3
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


def _create_sql(path: Path, table: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                (table,)).fetchone()[0])
    finally:
        conn.close()


def test_client_upgrade_keeps_data_and_the_outbox_numbering(tmp_path: Path) -> None:
    """A workstation upgraded from the first released schema keeps its outbox (with
    AUTOINCREMENT, so a mutation number is never reused) and gets the new sort key."""
    from alembic import command

    from desktop.sync import localdb

    path = tmp_path / localdb.DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    cfg = localdb._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "734bf2e4e685")  # the outbox revision, before issues 4-8
        conn.exec_driver_sql(
            "INSERT INTO customers (id, version, salutation, first_name, last_name, language,"
            " service_level, contact_consent, street, postal_code, city, country, notes,"
            " erased) VALUES ('c1', 1, '', 'Anna', 'Müller', 'de', 'standard', 0, '', '',"
            " '', 'DE', '', 0)")
        conn.exec_driver_sql(
            "INSERT INTO tickets (id, version, reference, title, description, status, impact,"
            " urgency, priority, category, channel, level, customer_id, created_at,"
            " updated_at) VALUES ('t1', 1, 'T-1', 'Drucker', '', 'open', 3, 3, 3, '',"
            " 'phone', 1, 'c1', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')")
        conn.exec_driver_sql(
            "INSERT INTO outbox (client_seq, mutation_id, user_id, entity, entity_id, op,"
            " fields, base, base_version, created_at, state, attempts, error_code,"
            " error_message, theirs, notice) VALUES (7, 'm1', 'u1', 'tickets', 't1',"
            " 'update', '{}', '{}', 1, '2026-01-01T00:00:00+00:00', 'pending', 0, '', '',"
            " '{}', '')")
    engine.dispose()

    db = LocalDatabase(tmp_path).open()  # migrates to head
    db.close()
    assert "AUTOINCREMENT" in _create_sql(path, "outbox")
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT customer_name FROM tickets").fetchone() == ("Anna Müller",)
        assert raw.execute("SELECT client_seq, error_params FROM outbox").fetchall() == [
            (7, "{}")]
    finally:
        raw.close()


def _insert_outbox_era_rows(conn: Any) -> None:
    conn.exec_driver_sql(
        "INSERT INTO customers (id, version, salutation, first_name, last_name, language,"
        " service_level, contact_consent, street, postal_code, city, country, notes,"
        " erased) VALUES ('c1', 1, '', 'Anna', 'Müller', 'de', 'standard', 0, '', '',"
        " '', 'DE', '', 0)")
    conn.exec_driver_sql(
        "INSERT INTO tickets (id, version, reference, title, description, status, impact,"
        " urgency, priority, category, channel, level, customer_id, created_at,"
        " updated_at) VALUES ('t1', 1, 'T-1', 'Drucker', '', 'open', 3, 3, 3, '',"
        " 'phone', 1, 'c1', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')")
    conn.exec_driver_sql(
        "INSERT INTO outbox (client_seq, mutation_id, user_id, entity, entity_id, op,"
        " fields, base, base_version, created_at, state, attempts, error_code,"
        " error_message, theirs, notice) VALUES (7, 'm1', 'u1', 'tickets', 't1',"
        " 'update', '{}', '{}', 1, '2026-01-01T00:00:00+00:00', 'pending', 0, '', '',"
        " '{}', '')")


def test_encrypted_client_upgrades_through_every_revision_and_keeps_the_outbox(
        tmp_path: Path) -> None:
    """An encrypted replica taken from the oldest schema through every revision, one
    at a time (this session's included), keeps its outbox; a plain one from the outbox
    era is encrypted and migrated in one open."""
    import sqlcipher3.dbapi2 as sqlcipher
    from alembic import command
    from alembic.script import ScriptDirectory

    from desktop.sync import localdb
    from desktop.sync.credentials import DatabaseKeyStore

    path = tmp_path / localdb.DB_FILENAME
    key = DatabaseKeyStore().create(tmp_path)
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher,
                           creator=lambda: localdb.connect_raw(path, key))
    cfg = localdb._config()
    order = [s.revision for s in reversed(list(ScriptDirectory.from_config(cfg)
                                               .walk_revisions()))]
    assert order[0] == "416ee3548992" and order[-1] in localdb.known_revisions()[1]
    assert "a0b1c2d3e4f5" in order  # this session's revision
    seen_outbox = False
    for rev in order:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, rev)
            if rev == "734bf2e4e685":
                _insert_outbox_era_rows(conn)
                seen_outbox = True
            if seen_outbox:
                assert conn.exec_driver_sql(
                    "SELECT client_seq, mutation_id FROM outbox").fetchall() == [(7, "m1")]
    engine.dispose()
    assert localdb.file_state(path) == "encrypted"

    db = LocalDatabase(tmp_path, encrypt=True).open()  # at head: nothing to migrate
    try:
        assert db.encrypted and db.engine is not None
        with db.engine.begin() as conn:
            assert conn.exec_driver_sql(
                "SELECT customer_name FROM tickets").fetchall() == [("Anna Müller",)]
            conn.exec_driver_sql(
                "INSERT INTO outbox (client_seq, mutation_id, user_id, entity, entity_id,"
                " op, fields, base, base_version, created_at, state, attempts, error_code,"
                " error_message, error_params, theirs, notice) VALUES (8, 'm2', 'u1',"
                " 'tickets', 't1', 'update', '{}', '{}', 1, '2026-01-02T00:00:00+00:00',"
                " 'pending', 0, '', '', '{}', '{}', '')")
            assert conn.exec_driver_sql(
                "SELECT seq, client_seq FROM outbox ORDER BY seq").fetchall() == [
                    (1, 7), (2, 8)]
    finally:
        db.close()


def test_plain_outbox_era_replica_is_encrypted_and_migrated_in_one_open(
        tmp_path: Path) -> None:
    from alembic import command

    from desktop.sync import localdb

    path = tmp_path / localdb.DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    cfg = localdb._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "734bf2e4e685")
        _insert_outbox_era_rows(conn)
    engine.dispose()

    db = LocalDatabase(tmp_path, encrypt=True).open()
    try:
        assert db.encrypted and localdb.file_state(path) == "encrypted"
        assert db.engine is not None
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT client_seq, error_params FROM outbox").fetchall() == [(7, "{}")]
            (head,) = localdb.known_revisions()[1]
            assert conn.exec_driver_sql(
                "SELECT version_num FROM alembic_version").fetchall() == [(head,)]
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'outbox'").scalar()
            assert "AUTOINCREMENT" in str(sql)
    finally:
        db.close()
