"""The server's database: engine, server-only tables and the change-version counter.

PostgreSQL in production (psycopg 3), SQLite as the embedded default. Every write to a
synced table stamps the rows with a version taken from the counter row inside the same
transaction (``UPDATE sync_counter SET value = value + 1 RETURNING value``). The row
lock makes versions follow commit order, so a reader that pulls "everything up to the
committed counter value" never skips a row.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from itertools import groupby
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    create_engine,
    delete,
    event,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from desktop.models import SYNCED_TABLES, User
from desktop.models.base import NAMING
from desktop.models.types import Timestamp, utcnow

log = logging.getLogger("agentdesk.server.store")


class ServerBase(DeclarativeBase):
    """Tables only the server has: credentials, sessions, the counter, tombstones."""

    metadata = MetaData(naming_convention=NAMING)


class Credential(ServerBase):
    __tablename__ = "credentials"

    user_id: Mapped[str] = mapped_column(ForeignKey(User.__table__.c.id), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    changed_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    # Set by an admin's revocation: no sign-in, and every workstation wipes its replica.
    revoked_at: Mapped[datetime | None] = mapped_column(Timestamp)


class AuthSession(ServerBase):
    """One signed-in client. Tokens are stored only as SHA-256 hashes."""

    __tablename__ = "auth_sessions"
    __table_args__ = (
        Index("ix_auth_sessions_access", "access_hash", unique=True),
        Index("ix_auth_sessions_refresh", "refresh_hash", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey(User.__table__.c.id), nullable=False)
    access_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    access_expires_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False)
    refresh_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    refresh_expires_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False)
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(Timestamp)
    client_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    # Why revoked_at is set: "logout", or "revoked" by an admin (the client then wipes).
    revoked_reason: Mapped[str] = mapped_column(String(20), nullable=False, default="",
                                                server_default="")


class SyncCounter(ServerBase):
    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    # Tombstones at or below this version have been pruned; older cursors must resync.
    pruned_through: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class Tombstone(ServerBase):
    __tablename__ = "tombstones"
    __table_args__ = (Index("ix_tombstones_version_id", "version", "entity_id"),)

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deleted_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)


class SyncClient(ServerBase):
    """A workstation's outbox as the server knows it: who, and the last number applied."""

    __tablename__ = "sync_clients"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey(User.__table__.c.id), nullable=False)
    last_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    last_push_at: Mapped[datetime | None] = mapped_column(Timestamp)


class ClientMutation(ServerBase):
    """The recorded outcome of each pushed mutation, so a replay gets the same answer."""

    __tablename__ = "client_mutations"

    client_id: Mapped[str] = mapped_column(
        ForeignKey("sync_clients.client_id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(36), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False)
    applied_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)


class ReplacedValue(ServerBase):
    """Every value a pushed mutation replaced on the server: who, when, old, new."""

    __tablename__ = "replaced_values"
    __table_args__ = (Index("ix_replaced_values_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                    primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str] = mapped_column(String(80), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    replaced_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for a server database URL (``postgresql+psycopg://`` or ``sqlite:///``)."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        # SQLite's own BEGIN is deferred; take the write lock at BEGIN so that two
        # writers never deadlock on lock upgrades (pysqlite's transaction handling off).
        event.listen(engine, "connect", _sqlite_no_autobegin)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _sqlite_no_autobegin(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _sqlite_begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


CHANNEL = "agentdesk_changes"


def next_version(session: Session) -> int:
    """Take the next change version inside the caller's transaction (locks the counter).

    On PostgreSQL the transaction also notifies ``agentdesk_changes``; PostgreSQL
    delivers the notification only when (and if) the transaction commits, to every
    server instance listening, which is how a change reaches clients of all instances.
    """
    value = session.execute(
        update(SyncCounter).where(SyncCounter.id == 1).values(value=SyncCounter.value + 1)
        .returning(SyncCounter.value)
    ).scalar_one()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": str(value)})
    return int(value)


def committed_version(session: Session) -> int:
    return int(session.execute(select(SyncCounter.value).where(SyncCounter.id == 1)).scalar_one())


def pruned_through(session: Session) -> int:
    return int(
        session.execute(select(SyncCounter.pruned_through).where(SyncCounter.id == 1)).scalar_one()
    )


def ensure_counter(session: Session) -> None:
    if session.get(SyncCounter, 1) is None:
        session.add(SyncCounter(id=1, value=0, pruned_through=0))
        session.flush()


def upsert_rows(session: Session, entity: str, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert or update synced rows, stamping them with one new version. Returns it.

    Rows may carry different sets of columns: each row is written with exactly its own
    keys (a column a new row leaves out gets its default). A key that is no column of
    the table raises ``ValueError``, as does a row without an ``id``.
    """
    table = SYNCED_TABLES[entity]
    rows = list(rows)
    if not rows:
        return committed_version(session)
    columns = set(table.c.keys())
    for index, r in enumerate(rows):
        unknown = sorted(set(r) - columns)
        if unknown or "id" not in r:
            raise ValueError(f"upsert_rows({entity!r}): row {index} "
                             + (f"has unknown columns {unknown}" if unknown else "has no 'id'"))
    version = next_version(session)
    ids = [r["id"] for r in rows]
    existing = set(session.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())
    new_rows = [{**r, "version": version} for r in rows if r["id"] not in existing]
    # One multi-row INSERT per run of rows with the same keys, in the given order (rows
    # may refer to each other): an INSERT compiled from the first row's keys would
    # silently drop the extra keys of later rows.
    for _keys, run in groupby(new_rows, key=lambda r: frozenset(r)):
        session.execute(insert(table), list(run))
    for r in rows:
        if r["id"] in existing:
            # the row's own version (if any) is replaced by the one of this write
            values = {k: v for k, v in r.items() if k not in ("id", "version")}
            session.execute(
                update(table).where(table.c.id == r["id"]).values(**values, version=version)
            )
    # A re-created id must not stay deleted on clients.
    session.execute(
        delete(Tombstone).where(Tombstone.entity == entity, Tombstone.entity_id.in_(ids))
    )
    return version


def delete_rows(session: Session, entity: str, ids: Iterable[str]) -> int:
    """Delete synced rows and leave tombstones that travel through the change feed."""
    table = SYNCED_TABLES[entity]
    ids = list(ids)
    version = next_version(session)
    session.execute(delete(table).where(table.c.id.in_(ids)))
    for entity_id in ids:
        session.merge(Tombstone(entity=entity, entity_id=entity_id, version=version))
    return version


def prune_tombstones(session: Session, older_than_version: int) -> None:
    session.execute(delete(Tombstone).where(Tombstone.version <= older_than_version))
    session.execute(
        update(SyncCounter).where(SyncCounter.id == 1).values(pruned_through=older_than_version)
    )


def check_database(engine: Engine) -> None:
    """Raise if the database cannot answer a trivial query (used by /ready)."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
