"""The change feed: "changes after cursor", paged with a keyset, tombstones last.

A pull covers the window ``(since, hw]`` where ``hw`` is the committed counter value
when the window was opened; the client passes the same ``hw`` back with the position
of the last row it applied, so an interrupted initial sync resumes exactly there.
Within the window the feed walks the entity tables in dependency order, each by
``(version, id)``, then the tombstones by ``(version, entity, entity_id)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from desktop.models import SYNCED_TABLES
from desktop.models.types import to_wire_time
from server.store import committed_version, pruned_through

ENTITIES = list(SYNCED_TABLES)
TOMBSTONE_RANK = len(ENTITIES)


class ResyncRequired(Exception):
    """The cursor is older than the tombstone window; the client must start again."""


class BadPosition(ValueError):
    pass


@dataclass(frozen=True)
class Position:
    rank: int
    version: int
    key: str

    def encode(self) -> str:
        return f"{self.rank}:{self.version}:{self.key}"

    @classmethod
    def decode(cls, raw: str) -> Position:
        try:
            rank, version, key = raw.split(":", 2)
            pos = cls(int(rank), int(version), key)
        except ValueError as exc:
            raise BadPosition(f"malformed position {raw!r}") from exc
        if not 0 <= pos.rank <= TOMBSTONE_RANK:
            raise BadPosition(f"position names an unknown entity ({pos.rank})")
        return pos


_COLUMNS = {
    name: ", ".join(f'"{c.name}"' for c in table.columns) for name, table in SYNCED_TABLES.items()
}
_COLUMN_NAMES = {name: [c.name for c in t.columns] for name, t in SYNCED_TABLES.items()}


def _wire(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_wire_time(value)
    return value


def pull_page(session: Session, since: int, hw: int | None, position: str | None,
              limit: int) -> dict[str, Any]:
    """One page of the feed as a JSON-ready dict."""
    if since < 0:
        raise BadPosition("since must not be negative")
    floor = pruned_through(session)
    if 0 < since < floor:
        raise ResyncRequired(
            f"cursor {since} is older than the kept tombstones (through {floor})")
    current = committed_version(session)
    if hw is None:
        hw = current
    if hw > current or hw < since:
        raise BadPosition(f"window ({since}, {hw}] is not valid on this server")
    pos = Position.decode(position) if position else Position(0, since, "")
    convert = session.get_bind().dialect.name == "postgresql"

    changes: list[dict[str, Any]] = []
    remaining = limit
    rank, after_v, after_key = pos.rank, pos.version, pos.key
    last = pos
    while rank < TOMBSTONE_RANK and remaining > 0:
        entity = ENTITIES[rank]
        rows = session.execute(
            text(
                f"SELECT {_COLUMNS[entity]} FROM {entity} "
                "WHERE version > :since AND version <= :hw "
                "AND (version > :v OR (version = :v AND id > :k)) "
                "ORDER BY version, id LIMIT :n"
            ),
            {"since": since, "hw": hw, "v": after_v, "k": after_key, "n": remaining},
        ).all()
        if rows:
            cols = _COLUMN_NAMES[entity]
            vi, ii = cols.index("version"), cols.index("id")
            data = [[_wire(v) for v in r] for r in rows] if convert else [list(r) for r in rows]
            changes.append({"entity": entity, "columns": cols, "rows": data})
            remaining -= len(rows)
            last = Position(rank, rows[-1][vi], rows[-1][ii])
            if remaining == 0:
                break
        rank, after_v, after_key = rank + 1, since, ""
        last = Position(rank, since, "") if remaining > 0 else last

    tombstones: list[list[Any]] = []
    if rank >= TOMBSTONE_RANK and remaining > 0:
        if pos.rank == TOMBSTONE_RANK:
            after_v, after_key = pos.version, pos.key
        else:
            after_v, after_key = since, ""
        ent, _, eid = after_key.partition("/")
        rows = session.execute(
            text(
                "SELECT entity, entity_id, version FROM tombstones "
                "WHERE version > :since AND version <= :hw AND (version > :v OR (version = :v AND "
                "(entity > :e OR (entity = :e AND entity_id > :i)))) "
                "ORDER BY version, entity, entity_id LIMIT :n"
            ),
            {"since": since, "hw": hw, "v": after_v, "e": ent, "i": eid, "n": remaining},
        ).all()
        tombstones = [list(r) for r in rows]
        if len(rows) == remaining:
            last = Position(TOMBSTONE_RANK, rows[-1][2], f"{rows[-1][0]}/{rows[-1][1]}")
            complete = False
        else:
            complete = True
    else:
        complete = False
    return {
        "since": since,
        "hw": hw,
        "changes": changes,
        "tombstones": tombstones,
        "position": None if complete else last.encode(),
        "complete": complete,
        "head": current,
    }


MAX_FETCH = 500


def fetch_records(session: Session, records: list[tuple[str, str]]) -> dict[str, Any]:
    """The current server copy of named records, and which of them no longer exist."""
    if len(records) > MAX_FETCH:
        raise BadPosition(f"at most {MAX_FETCH} records per fetch")
    convert = session.get_bind().dialect.name == "postgresql"
    wanted: dict[str, set[str]] = {}
    for entity, entity_id in records:
        if entity not in SYNCED_TABLES:
            raise BadPosition(f"unknown entity {entity!r}")
        wanted.setdefault(entity, set()).add(entity_id)
    changes, missing = [], []
    for entity, ids in wanted.items():
        rows = session.execute(
            text(f"SELECT {_COLUMNS[entity]} FROM {entity} WHERE id IN :ids")
            .bindparams(bindparam("ids", expanding=True)), {"ids": sorted(ids)}).all()
        cols = _COLUMN_NAMES[entity]
        found = {r[cols.index("id")] for r in rows}
        missing += [[entity, i] for i in sorted(ids - found)]
        if rows:
            data = [[_wire(v) for v in r] for r in rows] if convert else [list(r) for r in rows]
            changes.append({"entity": entity, "columns": cols, "rows": data})
    return {"changes": changes, "missing": missing}
