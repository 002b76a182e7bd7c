"""The local replica encrypted at rest (SQLCipher, key in the keyring): a new replica,
FTS5 knowledge search inside it, a plain replica encrypted in place with its outbox, a
lost key, no keyring, and a database from a newer version refused untouched."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import insert, text

from desktop.app.kb_search import KnowledgeSearch
from desktop.models import SYNCED_TABLES
from desktop.sync.credentials import DATABASE_KEY_SERVICE, DatabaseKeyStore
from desktop.sync.localdb import (
    DB_FILENAME,
    PLAIN_HEADER,
    DatabaseKeyLostError,
    DatabaseTooNewError,
    LocalDatabase,
    encryption_wanted,
    file_state,
)
from desktop.sync.outbox import LocalWriter
from tests.support.memory_keyring import MemoryKeyring

ARTICLES = SYNCED_TABLES["kb_articles"]


def scalar(db: LocalDatabase, sql: str) -> Any:
    assert db.engine is not None
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def put_customer(db: LocalDatabase, writer: LocalWriter, last_name: str) -> str:
    return writer.create("customers", {"first_name": "Anna", "last_name": last_name,
                                       "language": "de", "country": "DE"})


def test_a_new_replica_is_encrypted_with_a_key_only_in_the_keyring(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    db = LocalDatabase(tmp_path, encrypt=True).open()
    try:
        assert db.encrypted
        writer = LocalWriter(db, "u1")
        put_customer(db, writer, "Vertraulich-Müller")
        assert scalar(db, "SELECT last_name FROM customers") == "Vertraulich-Müller"
        with db.raw_connection() as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    key = memory_keyring.passwords[(DATABASE_KEY_SERVICE, str(tmp_path.resolve()))]
    assert len(key) == 64
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert not raw.startswith(PLAIN_HEADER) and file_state(tmp_path / DB_FILENAME) == "encrypted"
    assert b"Vertraulich" not in raw
    assert key.encode() not in raw and bytes.fromhex(key) not in raw
    plain = sqlite3.connect(tmp_path / DB_FILENAME)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    plain.close()
    # Opening again (even with encryption turned off) uses the key from the keyring.
    again = LocalDatabase(tmp_path, encrypt=False).open()
    try:
        assert again.encrypted
        assert scalar(again, "SELECT count(*) FROM outbox") == 1
    finally:
        again.close()


def test_knowledge_search_uses_fts5_inside_the_encrypted_replica(tmp_path: Path) -> None:
    db = LocalDatabase(tmp_path, encrypt=True).open()
    assert db.engine is not None
    with db.engine.begin() as conn:
        for i, (title, body) in enumerate([
                ("Drucker druckt nicht", "Papierstau im Fach 2 beheben."),
                ("WLAN im Besprechungsraum", "Mit dem 5-GHz-Netz verbinden."),
                ("Passwortrücksetzung", "Im Kundenportal auf Passwort vergessen.")]):
            conn.execute(insert(ARTICLES).values(
                id=f"a{i}", version=1, title=title, body=body, category="", tags="[]",
                language="de", product="", status="published"))
    search = KnowledgeSearch.for_database(db)
    try:
        search.refresh()
        assert [h.article_id for h in search.search("drucker").hits] == ["a0"]
        assert [h.article_id for h in search.search("passwort").hits] == ["a2"]
        assert not search.search('"unbalanced AND').hits  # odd FTS syntax: no hits
        assert scalar(db, "SELECT count(*) FROM sqlite_master WHERE sql LIKE "
                          "'%USING fts5%'") >= 1
    finally:
        search.close()
        db.close()


def test_a_plain_replica_is_encrypted_in_place_and_keeps_its_outbox(tmp_path: Path) -> None:
    plain = LocalDatabase(tmp_path).open()
    writer = LocalWriter(plain, "u1")
    first = put_customer(plain, writer, "Alt")
    put_customer(plain, writer, "Älter")
    assert plain.engine is not None
    with plain.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM outbox WHERE entity_id <> ?", (first,))
        conn.exec_driver_sql("INSERT INTO sync_state (key, value) VALUES ('since', '42')")
        conn.exec_driver_sql("ANALYZE")  # the standard library's statistics (no STAT4)
    plain.close()
    assert file_state(tmp_path / DB_FILENAME) == "plain"

    db = LocalDatabase(tmp_path, encrypt=True).open()
    try:
        assert db.encrypted and file_state(db.path) == "encrypted"
        assert not (tmp_path / (DB_FILENAME + ".encrypting")).exists()
        assert scalar(db, "SELECT value FROM sync_state WHERE key = 'since'") == "42"
        assert scalar(db, "SELECT count(*) FROM customers") == 2
        # remade by SQLCipher's SQLite, whose planner needs its own statistics
        assert scalar(db, "SELECT count(*) FROM sqlite_master "
                          "WHERE name = 'sqlite_stat4'") == 1
        assert scalar(db, "SELECT client_seq FROM outbox") == 1
        # AUTOINCREMENT survived the export: a drained number is never reused.
        put_customer(db, LocalWriter(db, "u1"), "Neu")
        assert scalar(db, "SELECT max(seq) FROM outbox") == 3
        assert scalar(db, "SELECT max(client_seq) FROM outbox") == 3
    finally:
        db.close()


def test_a_lost_key_says_so_and_gives_a_fresh_replica(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    db = LocalDatabase(tmp_path, encrypt=True).open()
    put_customer(db, LocalWriter(db, "u1"), "Unpushed")
    db.close()
    memory_keyring.passwords.clear()  # the keyring was emptied

    lost = LocalDatabase(tmp_path, encrypt=True)
    with pytest.raises(DatabaseKeyLostError) as info:
        lost.open()
    assert "not reached the server are lost" in str(info.value)
    assert lost.path.exists()  # nothing is removed without the caller's decision
    lost.discard()
    assert not lost.path.exists()
    fresh = lost.open()
    try:
        assert fresh.encrypted
        assert scalar(fresh, "SELECT count(*) FROM outbox") == 0
    finally:
        fresh.close()


def test_a_key_that_does_not_fit_is_a_lost_key(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    LocalDatabase(tmp_path, encrypt=True).open().close()
    memory_keyring.passwords[(DATABASE_KEY_SERVICE, str(tmp_path.resolve()))] = "ab" * 32
    with pytest.raises(DatabaseKeyLostError, match="does not fit"):
        LocalDatabase(tmp_path, encrypt=True).open()


def test_without_a_keyring_the_replica_stays_plain_and_says_why(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores the previous one
    db = LocalDatabase(tmp_path, encrypt=True).open()
    try:
        assert not db.encrypted
        assert "keyring" in db.encryption_note
        assert file_state(db.path) == "plain"
    finally:
        db.close()
    assert DatabaseKeyStore().load(tmp_path) is None


def test_a_database_from_a_newer_version_is_refused_untouched_when_encrypted(
        tmp_path: Path) -> None:
    db = LocalDatabase(tmp_path, encrypt=True).open()
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    with db.raw_connection() as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        LocalDatabase(tmp_path, encrypt=True).open()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_encryption_is_on_unless_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert encryption_wanted() is True
    assert encryption_wanted({"encrypt_database": False}) is False
    monkeypatch.setenv("AGENTDESK_ENCRYPT_DATABASE", "0")
    assert encryption_wanted() is False
    assert json.dumps(encryption_wanted({"encrypt_database": True})) == "true"


def test_a_plain_database_from_a_newer_version_is_neither_encrypted_nor_changed(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    LocalDatabase(tmp_path).open().close()
    path = tmp_path / DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        LocalDatabase(tmp_path, encrypt=True).open()
    assert path.read_bytes() == before and file_state(path) == "plain"
    assert memory_keyring.passwords == {}
