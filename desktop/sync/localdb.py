"""The workstation's local SQLite database: the replica the UI reads and the outbox.

WAL and ``synchronous=NORMAL`` like qutebrowser's ``misc/sql.py``; the schema is kept
with Alembic, and a database written by a newer AgentDesk is refused instead of
being touched.

Encryption at rest: the file is a SQLCipher 4 database (AES-256 pages with an HMAC)
whose random 256-bit key lives in the keyring (:class:`DatabaseKeyStore`), one key per
data folder. An encrypted replica is opened with the ``sqlcipher3`` driver, a plain
one with the standard library's ``sqlite3``; code on a raw connection catches the
errors of both (:data:`INTEGRITY_ERRORS` ...). Never open an encrypted replica's file
with ``sqlite3`` beside it: two SQLite libraries in one process on one file break each
other's POSIX locks (sqlite.org/howtocorrupt.html, 2.2.1). Use
:meth:`LocalDatabase.raw_connection`.

- A new replica is encrypted when ``encrypt`` is on and a keyring is usable. Without a
  keyring the key could not be kept, so the replica stays plain and a warning is
  logged (``encryption_note`` says why; the self-test reports it).
- An existing plain replica is encrypted in place on the next open with ``encrypt``
  on: ``sqlcipher_export`` into a new file beside it, then an atomic rename. The
  outbox and the sync cursor are kept, so nothing is re-downloaded.
- An encrypted replica is always opened with its key, whatever ``encrypt`` says.
  Without the key (keyring emptied) it cannot be read: :class:`DatabaseKeyLostError`.
  :meth:`LocalDatabase.discard` then removes it so a fresh replica is pulled after
  sign-in; un-pushed changes in its outbox are lost with it.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring.errors
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.sync.credentials import DatabaseKeyStore

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("agentdesk.localdb")

MIGRATIONS = Path(__file__).resolve().parent.parent / "models" / "migrations"
DB_FILENAME = "agentdesk.sqlite3"
PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPT_ENV = "AGENTDESK_ENCRYPT_DATABASE"

# The DB-API errors of both drivers: code that talks to a raw connection catches these.
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,
                                                 sqlcipher.IntegrityError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,
                                                   sqlcipher.OperationalError)
PROGRAMMING_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.ProgrammingError, sqlite3.InterfaceError,
    sqlcipher.ProgrammingError, sqlcipher.InterfaceError)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,
                                                sqlcipher.DatabaseError)


class DatabaseTooNewError(RuntimeError):
    """The local database was written by a newer version of AgentDesk."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The local database {path} was written by a newer version of AgentDesk "
            f"(schema {revision}). Install that version or remove the database folder."
        )
        self.path = path
        self.revision = revision


class DatabaseKeyLostError(RuntimeError):
    """The replica is encrypted and its key is not in the keyring (or does not fit).

    The file cannot be read by anyone, this workstation included: its un-pushed
    changes are lost. :meth:`LocalDatabase.discard` removes it for a fresh replica.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The local database {path} is encrypted and cannot be read: {reason}. "
            "It will be replaced by a fresh copy from the server after sign-in; "
            "changes that had not reached the server are lost.")
        self.path = path
        self.reason = reason


def encryption_wanted(settings: Any = None) -> bool:
    """The product default (on), unless the ``encrypt_database`` setting or
    ``$AGENTDESK_ENCRYPT_DATABASE`` turns it off for diagnosis."""
    if settings is not None:
        try:
            return bool(settings["encrypt_database"])
        except KeyError:
            pass
    raw = os.environ.get(ENCRYPT_ENV, "1").strip().lower()
    return raw not in {"0", "false", "no", "off", "nein"}


def file_state(path: Path) -> str:
    """``missing`` (or empty), ``plain`` (an SQLite header) or ``encrypted``."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return "missing"
    if not head:
        return "missing"
    return "plain" if head == PLAIN_HEADER else "encrypted"


def connect_raw(path: Path, key: str | None, **kwargs: Any) -> Any:
    """A DB-API connection to ``path``: sqlcipher3 keyed with ``key``, or the standard
    library's sqlite3 for a plain file (``key`` None).

    ``PRAGMA key`` must be the first statement on the connection; a raw hex key
    skips SQLCipher's passphrase derivation (the key is already random)."""
    kwargs.setdefault("check_same_thread", False)
    kwargs.setdefault("timeout", 10)
    if key is None:
        return sqlite3.connect(str(path), **kwargs)
    con = sqlcipher.connect(str(path), **kwargs)
    con.execute(f"PRAGMA key = \"x'{key}'\"")
    return con


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=OFF")  # the replica is applied table by table
    cur.execute("PRAGMA cache_size=-16384")  # 16 MB per connection (RSS target 300 MB)
    cur.close()


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> tuple[set[str], set[str]]:
    """All revision ids of the client migrations, and the heads, read from the files."""
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        if path.name.startswith("_"):
            continue
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([0-9a-f]+)['\"]", source, re.M)
        down = re.search(r"^down_revision\s*=\s*['\"]([0-9a-f]+)['\"]", source, re.M)
        if rev:
            revisions[rev.group(1)] = down.group(1) if down else None
    parents = {d for d in revisions.values() if d}
    return set(revisions), set(revisions) - parents


class LocalDatabase:
    """Opens (creating, encrypting or migrating) the local replica in a data folder.

    ``encrypt`` decides for a new or a plain replica (the product passes
    :func:`encryption_wanted`); an encrypted one is always opened with its key.
    """

    def __init__(self, data_dir: Path, *, encrypt: bool = False,
                 keys: DatabaseKeyStore | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILENAME
        self.encrypt = encrypt
        self.keys = keys or DatabaseKeyStore()
        self.engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._key: str | None = None
        self.encryption_note = ""

    @property
    def exists(self) -> bool:
        return self.path.exists()

    @property
    def encrypted(self) -> bool:
        """True when the open replica is encrypted at rest."""
        return self._key is not None

    def open(self) -> LocalDatabase:
        """Raises DatabaseTooNewError, DatabaseKeyLostError."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._key = self._choose_key()
        if self._key is not None:
            engine = create_engine(
                f"sqlite:///{self.path}", module=sqlcipher, creator=self.raw_connection)
        else:  # the standard library's SQLite, as before encryption existed
            engine = create_engine(f"sqlite:///{self.path}",
                                   connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _pragmas)
        try:
            if self._key is not None:
                self._check_key(engine)
            self._migrate(engine)
        except Exception:
            engine.dispose()
            raise
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        return self

    def raw_connection(self, **kwargs: Any) -> Any:
        """A DB-API connection of its own to the replica (keyed if it is encrypted)."""
        return connect_raw(self.path, self._key, **kwargs)

    # -- encryption ------------------------------------------------------------------
    def _choose_key(self) -> str | None:
        state = file_state(self.path)
        if state == "encrypted":
            key = self.keys.load(self.data_dir)
            if key is None:
                raise DatabaseKeyLostError(self.path, "its key is not in the keyring")
            return key
        if not self.encrypt:
            self.encryption_note = "encryption is turned off"
            return None
        if not self.keys.available():
            self.encryption_note = "no usable keyring to keep the key"
            log.warning("the local database is NOT encrypted: no usable keyring backend")
            return None
        try:
            key = self.keys.create(self.data_dir)
        except keyring.errors.KeyringError as exc:
            self.encryption_note = f"the keyring refused the key ({exc})"
            log.warning("the local database is NOT encrypted: %s", exc)
            return None
        if state == "plain":
            try:
                self._refuse_if_too_new()  # before touching the file at all
                self._encrypt_plain(key)
            except Exception:
                self.keys.forget(self.data_dir)
                raise
        self.encryption_note = ""
        return key

    def _refuse_if_too_new(self) -> None:
        con = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError:  # no such table: an empty replica
            rows = []
        finally:
            con.close()
        known, _heads = known_revisions()
        for (rev,) in rows:
            if rev not in known:
                raise DatabaseTooNewError(self.path, rev)

    def _check_key(self, engine: Engine) -> None:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
        except Exception as exc:
            if "not a database" in str(exc):
                raise DatabaseKeyLostError(
                    self.path, "the key in the keyring does not fit") from exc
            raise

    def _encrypt_plain(self, key: str) -> None:
        """Encrypt a plain replica: export into a keyed copy, then swap it in."""
        target = self.path.with_name(self.path.name + ".encrypting")
        for leftover in _files_of(target):
            leftover.unlink()
        log.info("encrypting the local database %s", self.path)
        # sqlcipher3 without a key reads the plain file; only it has sqlcipher_export.
        con = sqlcipher.connect(str(self.path), isolation_level=None)
        try:
            con.execute("PRAGMA busy_timeout=10000")
            # The export reads through the WAL; afterwards the plain WAL is empty.
            con.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key}'\"", (str(target),))
            con.execute("SELECT sqlcipher_export('encrypted')")
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            con.execute("DETACH DATABASE encrypted")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        check = connect_raw(target, key)
        try:
            check.execute("SELECT count(*) FROM sqlite_master").fetchall()
            if check.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
                             ).fetchone():
                # The statistics came from the standard library's SQLite; SQLCipher's
                # (newer, with STAT4) picks bad plans on them: the active-tickets view
                # sorted by update went from an index walk to a sort, 0.3 -> 75+ ms.
                started = time.perf_counter()
                check.execute("ANALYZE")
                check.commit()
                log.info("statistics remade in %.1f s", time.perf_counter() - started)
        finally:
            check.close()
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())
        for stale in _files_of(self.path)[1:]:  # the plain -wal/-shm must not outlive it
            stale.unlink()
        os.replace(target, self.path)
        log.info("the local database is now encrypted")

    # -- lifecycle -------------------------------------------------------------------
    def discard(self) -> None:
        """Remove the replica (file, WAL, key): a fresh one is made on the next open."""
        self.close()
        for path in _files_of(self.path):
            path.unlink()
        self.keys.forget(self.data_dir)
        self._key = None

    def _migrate(self, engine: Engine) -> None:
        # Start-up path: decide from the revision files' names and the alembic_version
        # row whether anything is to do, and load Alembic (~100 ms) only when it is.
        known, heads = known_revisions()
        with engine.connect() as conn:
            current: set[str] = set()
            if inspect(conn).has_table("alembic_version"):
                current = {r[0] for r in conn.execute(text(
                    "SELECT version_num FROM alembic_version"))}
        for rev in current:
            if rev not in known:
                raise DatabaseTooNewError(self.path, rev)
        if current != heads:
            from alembic import command

            log.info("migrating local database %s from %s", self.path,
                     sorted(current) or "empty")
            cfg = _config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")

    def session(self) -> Session:
        if self._sessions is None:
            raise RuntimeError("database not open")
        return self._sessions()

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
            self._sessions = None


def _files_of(path: Path) -> list[Path]:
    """The database file and its WAL/SHM/journal companions that exist (main first)."""
    candidates = [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]
    return [p for p in candidates if p.exists()]
