"""Local edits: the row and its outbox entry in one SQLite transaction, then delivery.

Nothing typed is lost: ``LocalWriter`` commits the changed row together with the
mutation that will carry it to the server. ``Pusher`` sends pending mutations in order,
numbered per user, and files the server's answers: delivered entries disappear,
conflicts and rejections stay visible (with the server's reason) until the agent
decides, and never block the entries behind them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select, text

from desktop.models import SYNCED_TABLES, OutboxEntry, SyncState
from desktop.models.types import new_id, to_wire_time, utcnow
from desktop.sync.api import ServerClient, push_batch
from desktop.sync.localdb import INTEGRITY_ERRORS, LocalDatabase
from desktop.sync.replica import STALE_PREFIX

log = logging.getLogger("agentdesk.sync.outbox")

OUTBOX = cast(Table, OutboxEntry.__table__)
SYNC_STATE = cast(Table, SyncState.__table__)
APPEND_ONLY = {"ticket_entries", "customer_audit", "kb_events", "kb_article_versions",
               "broadcasts"}
PENDING, CONFLICT, REJECTED, NOTICE = "pending", "conflict", "rejected", "notice"
BATCH = 200


class LocalEditError(ValueError):
    """The edit cannot be made locally (unknown record, unknown field)."""


def _wire(value: Any) -> Any:
    from datetime import datetime

    if isinstance(value, datetime):
        return to_wire_time(value)
    return value


@dataclass
class OutboxItem:
    seq: int
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any]
    state: str
    error_code: str
    error_message: str
    conflicts: list[dict[str, Any]]
    notice: str
    created_at: str
    error_params: dict[str, Any] = field(default_factory=dict)


@dataclass
class PushResult:
    sent: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    notices: list[str] = field(default_factory=list)


class LocalWriter:
    """The one way the application changes synced data."""

    def __init__(self, db: LocalDatabase, user_id: str) -> None:
        self.db = db
        self.user_id = user_id

    # -- helpers ---------------------------------------------------------------------
    def _conn(self) -> Any:
        assert self.db.engine is not None
        return self.db.engine.begin()

    def _next_client_seq(self, conn: Connection) -> int:
        key = f"client_seq:{self.user_id}"
        raw = conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()
        value = int(raw or 0) + 1
        conn.execute(text("INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {"k": key, "v": str(value)})
        return value

    @staticmethod
    def _check(entity: str, fields: dict[str, Any]) -> None:
        table = SYNCED_TABLES.get(entity)
        if table is None:
            raise LocalEditError(f"unknown entity {entity!r}")
        bad = [f for f in fields if f not in table.c or f in {"id", "version"}]
        if bad:
            raise LocalEditError(f"unknown or read-only fields of {entity}: {bad}")

    def _enqueue(self, conn: Connection, entity: str, entity_id: str, op: str,
                 fields: dict[str, Any], base: dict[str, Any], base_version: int) -> int:
        entry = {"client_seq": self._next_client_seq(conn), "mutation_id": new_id(),
                 "user_id": self.user_id, "entity": entity, "entity_id": entity_id, "op": op,
                 "fields": json.dumps(fields), "base": json.dumps(base),
                 "base_version": base_version, "created_at": to_wire_time(utcnow()),
                 "state": PENDING}
        result = conn.execute(OUTBOX.insert().values(**entry))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    # -- edits -----------------------------------------------------------------------
    def create(self, entity: str, fields: dict[str, Any], entity_id: str | None = None) -> str:
        """Insert a new row with a client-generated UUID and queue its creation."""
        self._check(entity, fields)
        entity_id = entity_id or new_id()
        values = {k: _wire(v) for k, v in {**_defaults(entity), **fields}.items()}
        missing = [c.name for c in SYNCED_TABLES[entity].columns
                   if not c.nullable and c.name not in values and c.name not in {"id", "version"}]
        if missing:
            raise LocalEditError(f"required fields of {entity} missing: {', '.join(missing)}")
        cols = ["id", "version", *values]
        with self._conn() as conn:
            raw = conn.connection.driver_connection
            try:
                raw.execute(
                    f'INSERT INTO "{entity}" ({", ".join(map(repr_col, cols))}) '
                    f'VALUES ({", ".join("?" * len(cols))})',
                    [entity_id, 0, *values.values()])
            except INTEGRITY_ERRORS as exc:
                raise LocalEditError(f"{entity}: {exc}") from exc
            op = "append" if entity in APPEND_ONLY else "create"
            self._enqueue(conn, entity, entity_id, op, values, {}, 0)
        return entity_id

    def update(self, entity: str, entity_id: str, fields: dict[str, Any]) -> None:
        """Change fields of a row; the base of each field is its value right now."""
        self._check(entity, fields)
        if entity in APPEND_ONLY:
            raise LocalEditError(f"{entity} can only be added")
        values = {k: _wire(v) for k, v in fields.items()}
        with self._conn() as conn:
            raw = conn.connection.driver_connection
            names = list(values)
            row = raw.execute(
                f'SELECT version, {", ".join(map(repr_col, names))} FROM "{entity}" '
                "WHERE id = ?", (entity_id,)).fetchone()
            if row is None:
                raise LocalEditError(f"no {entity} with id {entity_id}")
            base = dict(zip(names, row[1:], strict=True))
            changed = {k: v for k, v in values.items() if base[k] != v}
            if not changed:
                return
            raw.execute(
                f'UPDATE "{entity}" SET {", ".join(f"{repr_col(k)} = ?" for k in changed)} '
                "WHERE id = ?", [*changed.values(), entity_id])
            self._enqueue(conn, entity, entity_id, "update", changed,
                          {k: base[k] for k in changed}, int(row[0]))

    def delete(self, entity: str, entity_id: str) -> None:
        self._check(entity, {})
        with self._conn() as conn:
            raw = conn.connection.driver_connection
            raw.execute(f'DELETE FROM "{entity}" WHERE id = ?', (entity_id,))
            self._enqueue(conn, entity, entity_id, "delete", {}, {}, 0)

    # -- the agent's lists -----------------------------------------------------------
    def pending_count(self) -> int:
        assert self.db.engine is not None
        with self.db.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(OutboxEntry)
                                    .where(OutboxEntry.state == PENDING,
                                           OutboxEntry.user_id == self.user_id)
                                    ).scalar_one())

    def items(self, *states: str) -> list[OutboxItem]:
        assert self.db.engine is not None
        with self.db.engine.connect() as conn:
            rows = conn.execute(select(OUTBOX)
                                .where(OutboxEntry.state.in_(states),
                                       OutboxEntry.user_id == self.user_id)
                                .order_by(OutboxEntry.seq)).mappings().all()
        return [OutboxItem(r["seq"], r["entity"], r["entity_id"], r["op"],
                           json.loads(r["fields"]), r["state"], r["error_code"],
                           r["error_message"], json.loads(r["theirs"] or "[]") or [],
                           r["notice"], to_wire_time(r["created_at"]) or "",
                           json.loads(r["error_params"] or "{}"))
                for r in rows]

    def discard(self, seq: int) -> None:
        """Drop an undelivered change; the record goes back to the server's copy at the
        next sync (fetched again; a record the server never had disappears)."""
        with self._conn() as conn:
            row = conn.execute(select(OutboxEntry.entity, OutboxEntry.entity_id)
                               .where(OutboxEntry.seq == seq)).first()
            conn.execute(OUTBOX.delete().where(OutboxEntry.seq == seq))
            if row is not None:
                _mark_stale(conn, row.entity, row.entity_id)

    def resolve(self, seq: int, chosen: dict[str, Any]) -> None:
        """Settle a conflict: ``chosen`` maps each field to the value the agent decided
        on. It goes out as a new change based on the server's values."""
        with self._conn() as conn:
            entry = conn.execute(select(OUTBOX)
                                 .where(OutboxEntry.seq == seq)).mappings().first()
            if entry is None or entry["state"] != CONFLICT:
                raise LocalEditError("no such conflict")
            theirs = {c["field"]: c["theirs"] for c in json.loads(entry["theirs"])}
            conn.execute(OUTBOX.delete().where(OutboxEntry.seq == seq))
            changed = {k: _wire(v) for k, v in chosen.items() if theirs.get(k) != _wire(v)}
            entity, entity_id = entry["entity"], entry["entity_id"]
            raw = conn.connection.driver_connection
            if theirs:
                raw.execute(
                    f'UPDATE "{entity}" SET {", ".join(f"{repr_col(k)} = ?" for k in theirs)}'
                    " WHERE id = ?", [*theirs.values(), entity_id])
            if changed:
                raw.execute(
                    f'UPDATE "{entity}" SET {", ".join(f"{repr_col(k)} = ?" for k in changed)}'
                    " WHERE id = ?", [*changed.values(), entity_id])
                self._enqueue(conn, entity, entity_id, "update", changed,
                              {k: theirs.get(k) for k in changed}, 0)

    def retry(self, seq: int, fields: dict[str, Any] | None = None) -> None:
        """Send a rejected change again (optionally corrected) as a new change."""
        with self._conn() as conn:
            entry = conn.execute(select(OUTBOX)
                                 .where(OutboxEntry.seq == seq)).mappings().first()
            if entry is None or entry["state"] != REJECTED:
                raise LocalEditError("no such rejected change")
            conn.execute(OUTBOX.delete().where(OutboxEntry.seq == seq))
            new_fields = {**json.loads(entry["fields"]),
                          **{k: _wire(v) for k, v in (fields or {}).items()}}
            self._check(entry["entity"], new_fields)
            entity, entity_id = entry["entity"], entry["entity_id"]
            raw = conn.connection.driver_connection
            try:
                if entry["op"] in {"create", "append"}:
                    cols = ["id", "version", *new_fields]
                    # upsert by id only: a clash on another unique column is an error,
                    # never a silent replacement of a different record
                    updates = ", ".join(f"{repr_col(k)} = excluded.{repr_col(k)}"
                                        for k in new_fields) or '"id" = "id"'
                    raw.execute(
                        f'INSERT INTO "{entity}" ({", ".join(map(repr_col, cols))}) '
                        f'VALUES ({", ".join("?" * len(cols))}) '
                        f"ON CONFLICT(id) DO UPDATE SET {updates}",
                        [entity_id, 0, *new_fields.values()])
                elif entry["op"] == "update" and new_fields:
                    raw.execute(
                        f'UPDATE "{entity}" SET '
                        f'{", ".join(f"{repr_col(k)} = ?" for k in new_fields)} WHERE id = ?',
                        [*new_fields.values(), entity_id])
                elif entry["op"] == "delete":
                    raw.execute(f'DELETE FROM "{entity}" WHERE id = ?', (entity_id,))
            except INTEGRITY_ERRORS as exc:
                raise LocalEditError(f"{entity}: {exc}") from exc
            self._enqueue(conn, entity, entity_id, entry["op"], new_fields,
                          json.loads(entry["base"]), entry["base_version"])


def _defaults(entity: str) -> dict[str, Any]:
    """The model's column defaults, computed once here so client and server agree."""
    values: dict[str, Any] = {}
    for column in SYNCED_TABLES[entity].columns:
        default = column.default
        if column.name in {"id", "version"} or default is None:
            continue
        arg = getattr(default, "arg", None)
        if getattr(default, "is_scalar", False):
            values[column.name] = arg
        elif getattr(default, "is_callable", False) and callable(arg):
            values[column.name] = arg(None)
    return values


def repr_col(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise LocalEditError(f"bad column name {name!r}")
    return f'"{name}"'


def _mark_stale(conn: Connection, entity: str, entity_id: str) -> None:
    """Ask the next sync to fetch the server's copy of this record again."""
    conn.execute(text("INSERT INTO sync_state (key, value) VALUES (:k, '1') "
                      "ON CONFLICT(key) DO NOTHING"),
                 {"k": f"{STALE_PREFIX}{entity}:{entity_id}"})


class Pusher:
    def __init__(self, db: LocalDatabase, user_id: str) -> None:
        self.db = db
        self.user_id = user_id

    def client_id(self) -> str:
        """This user's outbox identity on the server (made once per data folder)."""
        assert self.db.engine is not None
        key = f"client_id:{self.user_id}"
        with self.db.engine.begin() as conn:
            value = conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()
            if value is None:
                value = new_id()
                conn.execute(SYNC_STATE.insert().values(key=key, value=value))
        return str(value)

    def _batch(self) -> list[dict[str, Any]]:
        assert self.db.engine is not None
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(OUTBOX)
                .where(OutboxEntry.state == PENDING, OutboxEntry.user_id == self.user_id)
                .order_by(OutboxEntry.seq).limit(BATCH)).mappings().all()
        return [dict(r) for r in rows]

    def push(self, client: ServerClient) -> PushResult:
        """Deliver pending changes until none are left. Network errors propagate and
        leave everything pending; a replay after a lost reply is answered from the
        server's record, so nothing is applied twice."""
        assert self.db.engine is not None
        result = PushResult()
        client_id = self.client_id()
        while True:
            batch = self._batch()
            if not batch:
                return result
            wire = [{"seq": e["client_seq"], "id": e["mutation_id"], "entity": e["entity"],
                     "entity_id": e["entity_id"], "op": e["op"],
                     "fields": json.loads(e["fields"]), "base": json.loads(e["base"]),
                     "base_version": e["base_version"]} for e in batch]
            with self.db.engine.begin() as conn:
                conn.execute(OUTBOX.update()
                             .where(OutboxEntry.seq.in_([e["seq"] for e in batch]))
                             .values(attempts=OutboxEntry.attempts + 1))
            reply = push_batch(client, client_id, wire)
            result.sent += len(batch)
            by_mutation = {e["mutation_id"]: e for e in batch}
            with self.db.engine.begin() as conn:
                for outcome in reply["results"]:
                    entry = by_mutation.get(outcome["mutation_id"])
                    if entry is not None:
                        self._file(conn, entry, outcome, result)
            if len(reply["results"]) < len(batch):
                log.warning("server applied %d of %d changes; the rest stay queued",
                            len(reply["results"]), len(batch))
                return result

    @staticmethod
    def _file(conn: Connection, entry: dict[str, Any], outcome: dict[str, Any],
              result: PushResult) -> None:
        table = OUTBOX
        where = table.c.seq == entry["seq"]
        status = outcome.get("status")
        if status == "applied":
            result.applied += 1
            notice = str(outcome.get("notice") or "")
            if notice:
                result.notices.append(notice)
                conn.execute(table.update().where(where).values(state=NOTICE, notice=notice))
            else:
                conn.execute(table.delete().where(where))
        elif status == "conflict":
            result.conflicts += 1
            conn.execute(table.update().where(where).values(
                state=CONFLICT, theirs=json.dumps(outcome.get("conflicts") or [])))
            _mark_stale(conn, entry["entity"], entry["entity_id"])
        else:
            # Undone locally at once (the server's copy is fetched again, a record the
            # server never had disappears); the change itself lives on in the "not
            # delivered" list, from where the agent corrects and retries or discards it.
            result.rejected += 1
            conn.execute(table.update().where(where).values(
                state=REJECTED, error_code=str(outcome.get("code") or "rejected"),
                error_message=str(outcome.get("message") or ""),
                error_params=json.dumps(outcome.get("params") or {})))
            _mark_stale(conn, entry["entity"], entry["entity_id"])
