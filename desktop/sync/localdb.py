"""The workstation's local SQLite database: the replica the UI reads and the outbox.

WAL and ``synchronous=NORMAL`` like qutebrowser's ``misc/sql.py``; the schema is kept
with Alembic, and a database written by a newer AgentDesk is refused instead of
being touched.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("agentdesk.localdb")

MIGRATIONS = Path(__file__).resolve().parent.parent / "models" / "migrations"
DB_FILENAME = "agentdesk.sqlite3"


class DatabaseTooNewError(RuntimeError):
    """The local database was written by a newer version of AgentDesk."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The local database {path} was written by a newer version of AgentDesk "
            f"(schema {revision}). Install that version or remove the database folder."
        )
        self.path = path
        self.revision = revision


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
    """Opens (creating or migrating) the local replica in a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILENAME
        self.engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def open(self) -> LocalDatabase:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            f"sqlite:///{self.path}", connect_args={"check_same_thread": False, "timeout": 10}
        )
        event.listen(engine, "connect", _pragmas)
        try:
            self._migrate(engine)
        except Exception:
            engine.dispose()
            raise
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        return self

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
