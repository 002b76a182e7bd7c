"""The pull replica: applies the server's change feed to the local SQLite database.

Each page is applied in one local transaction together with the new cursor, so an
interrupted initial sync resumes where it stopped and never duplicates a row. Rows are
upserted by id; tombstones delete. A 410 "resync required" starts over from zero and
clears the synced tables when the first page of the new window arrives (client-only
tables such as the outbox are kept).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from desktop.domain import protocol as proto
from desktop.models import SYNCED_TABLES, SyncState
from desktop.models.types import from_wire_time, to_wire_time, utcnow
from desktop.sync.api import BadReply, ResyncRequired, ServerClient, fetch_records
from desktop.sync.localdb import INTEGRITY_ERRORS, PROGRAMMING_ERRORS, LocalDatabase

STALE_PREFIX = "stale:"

# A page whose rows do not fit the local tables.
ROW_ERRORS: tuple[type[Exception], ...] = (*PROGRAMMING_ERRORS, *INTEGRITY_ERRORS, TypeError)

log = logging.getLogger("agentdesk.sync.replica")

K_SINCE, K_HW, K_POSITION = "since", "hw", "position"
K_LAST_SYNC, K_USER, K_SERVER, K_RESYNC = "last_sync_at", "user", "server_url", "resync"

_LOCAL_COLUMNS = {name: {c.name for c in t.columns} for name, t in SYNCED_TABLES.items()}


@dataclass
class SyncResult:
    rows: int = 0
    tombstones: int = 0
    pages: int = 0
    version: int = 0
    seconds: float = 0.0
    entities: dict[str, int] = field(default_factory=dict)
    pushed: Any = None  # outbox.PushResult of the push that ran before the pull


ProgressFn = Callable[[int, int], None]  # rows so far, pages so far


class Replica:
    def __init__(self, db: LocalDatabase) -> None:
        self.db = db

    # -- sync state ------------------------------------------------------------------
    def _state(self, conn: Connection) -> dict[str, str]:
        rows = conn.execute(select(SyncState.key, SyncState.value)).all()
        return {k: v for k, v in rows}

    @staticmethod
    def _put(conn: Connection, values: dict[str, str | None]) -> None:
        for key, value in values.items():
            conn.execute(delete(SyncState).where(SyncState.key == key))
            if value is not None:
                conn.execute(insert(SyncState).values(key=key, value=value))

    def state(self) -> dict[str, str]:
        assert self.db.engine is not None
        with self.db.engine.connect() as conn:
            return self._state(conn)

    def version(self) -> int:
        return int(self.state().get(K_SINCE, "0"))

    def last_sync_at(self) -> datetime | None:
        raw = self.state().get(K_LAST_SYNC)
        return from_wire_time(raw) if raw else None

    def has_data(self) -> bool:
        return K_LAST_SYNC in self.state()

    def remember_user(self, user: dict[str, Any], server_url: str) -> None:
        """Record who last signed in here, so the window can open offline."""
        assert self.db.engine is not None
        with self.db.engine.begin() as conn:
            state = self._state(conn)
            previous = state.get(K_SERVER)
            if previous and previous.rstrip("/") != server_url.rstrip("/"):
                # Another server's data must not mix with this one's: start over.
                log.info("server changed from %s to %s: clearing the replica", previous,
                         server_url)
                self._clear_synced(conn)
                self._put(conn, {K_SINCE: None, K_HW: None, K_POSITION: None,
                                 K_LAST_SYNC: None})
            self._put(conn, {K_USER: json.dumps(user), K_SERVER: server_url.rstrip("/")})

    def last_user(self) -> dict[str, Any] | None:
        raw = self.state().get(K_USER)
        return json.loads(raw) if raw else None

    @staticmethod
    def _clear_synced(conn: Connection) -> None:
        for table in reversed(list(SYNCED_TABLES.values())):
            conn.execute(table.delete())

    # -- pull ------------------------------------------------------------------------
    def sync_once(self, client: ServerClient, progress: ProgressFn | None = None,
                  page_size: int = proto.DEFAULT_PAGE_SIZE,
                  max_pages: int | None = None) -> SyncResult:
        """Pull until the window is complete (or ``max_pages`` pages were applied).

        The next page is fetched while the current one is written, so the server's
        query and the local insert overlap; the cursor only moves with applied pages.
        """
        assert self.db.engine is not None
        started = time.perf_counter()
        result = SyncResult()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="agentdesk-pull") as pool:
            pending: Future[dict[str, Any]] | None = None
            while max_pages is None or result.pages < max_pages:
                if pending is None:
                    state = self.state()
                    since = int(state.get(K_SINCE, "0"))
                    hw = int(state[K_HW]) if K_HW in state else None
                    pending = pool.submit(client.pull_page, since, hw, state.get(K_POSITION),
                                          page_size)
                try:
                    page = pending.result()
                except ResyncRequired:
                    log.warning("server asks for a full resync")
                    with self.db.engine.begin() as conn:
                        self._put(conn, {K_SINCE: "0", K_HW: None, K_POSITION: None,
                                         K_RESYNC: "1"})
                    pending = None
                    continue
                pending = None
                more = max_pages is None or result.pages + 1 < max_pages
                window = self._next_window(page) if more else None
                if window is not None:
                    pending = pool.submit(client.pull_page, *window, page_size)
                self._apply(page, result)
                result.pages += 1
                if progress is not None:
                    progress(result.rows, result.pages)
                if page["complete"]:
                    # Changes committed after the window opened: open the next window.
                    head = page.get("head")
                    if isinstance(head, int) and head > self.version() and more:
                        continue
                    break
            if pending is not None:
                pending.cancel()
        result.version = self.version()
        result.seconds = time.perf_counter() - started
        return result

    @staticmethod
    def _next_window(page: dict[str, Any]) -> tuple[int, int, str] | None:
        """(since, hw, position) of the page after ``page``; None when complete or odd."""
        try:
            if page["complete"] or not isinstance(page["position"], str):
                return None
            return int(page["since"]), int(page["hw"]), page["position"]
        except (KeyError, TypeError, ValueError):
            return None  # _apply reports the malformed page

    def _apply(self, page: dict[str, Any], result: SyncResult) -> None:
        assert self.db.engine is not None
        try:
            hw = int(page["hw"])
            complete = bool(page["complete"])
            position = page.get("position")
            changes = page["changes"]
            tombstones = page.get("tombstones") or []
        except (KeyError, TypeError, ValueError) as exc:
            raise BadReply("The server's change feed page is malformed.") from exc
        with self.db.engine.begin() as conn:
            state = self._state(conn)
            if state.get(K_RESYNC) == "1":
                self._clear_synced(conn)
            raw = conn.connection.driver_connection
            assert raw is not None
            for group in changes:
                entity = str(group.get("entity")) if isinstance(group, dict) else ""
                if entity not in _LOCAL_COLUMNS:
                    log.warning("skipping unknown entity %r from the server", entity)
                    continue
                count = self._upsert(raw, entity, group)
                result.rows += count
                result.entities[entity] = result.entities.get(entity, 0) + count
            self._rebase(raw, changes)
            for item in tombstones:
                try:
                    entity, entity_id = str(item[0]), str(item[1])
                except (IndexError, TypeError) as exc:
                    raise BadReply("The server sent a malformed tombstone.") from exc
                if entity in _LOCAL_COLUMNS:
                    raw.execute(f'DELETE FROM "{entity}" WHERE id = ?', (entity_id,))
                    if entity == "tickets":
                        # a ticket that left this user's queues takes its timeline along
                        raw.execute("DELETE FROM ticket_entries WHERE ticket_id = ?",
                                    (entity_id,))
                    result.tombstones += 1
            if complete:
                self._put(conn, {K_SINCE: str(hw), K_HW: None, K_POSITION: None,
                                 K_RESYNC: None, K_LAST_SYNC: to_wire_time(utcnow())})
            else:
                if not isinstance(position, str):
                    raise BadReply("The server's change feed page has no position.")
                self._put(conn, {K_HW: str(hw), K_POSITION: position, K_RESYNC: None})

    @staticmethod
    def _rebase(raw: Any, changes: list[Any]) -> None:
        """Put local changes that are still on their way back on top of the server's
        copy just written, so the agent keeps seeing what they typed."""
        pending = raw.execute(
            "SELECT entity, entity_id, fields FROM outbox "
            "WHERE state = 'pending' AND op IN ('create', 'update') ORDER BY seq").fetchall()
        if not pending:
            return
        touched: set[tuple[str, str]] = set()
        for group in changes:
            if isinstance(group, dict) and isinstance(group.get("columns"), list) \
                    and "id" in group["columns"]:
                at = group["columns"].index("id")
                touched.update((group["entity"], r[at]) for r in group.get("rows") or [])
        for entity, entity_id, fields_json in pending:
            if (entity, entity_id) not in touched or entity not in _LOCAL_COLUMNS:
                continue
            fields = {k: v for k, v in json.loads(fields_json).items()
                      if k in _LOCAL_COLUMNS[entity]}
            if fields:
                sets = ", ".join(f'"{k}" = ?' for k in fields)
                raw.execute(f'UPDATE "{entity}" SET {sets} WHERE id = ?',
                            [*fields.values(), entity_id])

    def refresh_stale(self, client: ServerClient) -> int:
        """Fetch the server's copy of records whose local change was discarded."""
        assert self.db.engine is not None
        keys = [k for k in self.state() if k.startswith(STALE_PREFIX)]
        if not keys:
            return 0
        records = [tuple(k[len(STALE_PREFIX):].split(":", 1)) for k in keys]
        reply = fetch_records(client, [(e, i) for e, i in records])
        with self.db.engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            for group in reply["changes"]:
                if isinstance(group, dict) and group.get("entity") in _LOCAL_COLUMNS:
                    self._upsert(raw, str(group["entity"]), group)
            for item in reply.get("missing") or []:
                if isinstance(item, list) and len(item) == 2 and item[0] in _LOCAL_COLUMNS:
                    raw.execute(f'DELETE FROM "{item[0]}" WHERE id = ?', (str(item[1]),))
            self._rebase(raw, reply["changes"])
            self._put(conn, dict.fromkeys(keys))
        return len(keys)

    @staticmethod
    def _upsert(raw: Any, entity: str, group: dict[str, Any]) -> int:
        columns = group.get("columns")
        rows = group.get("rows")
        if not isinstance(columns, list) or not isinstance(rows, list) or "id" not in columns:
            raise BadReply(f"The server sent malformed rows for {entity}.")
        known = _LOCAL_COLUMNS[entity]
        keep = [i for i, c in enumerate(columns) if c in known]
        names = [columns[i] for i in keep]
        if len(keep) != len(columns):  # a newer server with extra columns
            rows = [[r[i] for i in keep] for r in rows]
        cols = ", ".join(f'"{c}"' for c in names)
        marks = ", ".join("?" for _ in names)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in names if c != "id")
        sql = (f'INSERT INTO "{entity}" ({cols}) VALUES ({marks}) '
               f"ON CONFLICT(id) DO UPDATE SET {updates}")
        try:
            raw.executemany(sql, rows)
        except ROW_ERRORS as exc:
            raise BadReply(f"The server sent rows for {entity} that do not fit.") from exc
        return len(rows)
