"""The change feed: "changes after cursor", paged with a keyset, tombstones last.

A pull covers the window ``(since, hw]`` where ``hw`` is the committed counter value
when the window was opened; the client passes the same ``hw`` back with the position
of the last row it applied, so an interrupted initial sync resumes exactly there.
Within the window the feed walks the entity tables in dependency order, each by
``(version, id)``, then the tombstones by ``(version, entity, entity_id)``.

With a :class:`~server.visibility.Visibility` the feed only carries the tickets (and
their entries) the user may see; a ticket in the window that the user may not see
(any more) goes out as a deletion to a replica that already has data (``since > 0``),
so a ticket that moved out of the user's queues disappears from their replica.
Knowledge articles a 1st-level agent may not see (drafts, archived) are handled the
same way (:meth:`~server.visibility.Visibility.article_condition`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from desktop.models import SYNCED_TABLES
from desktop.models.types import to_wire_time
from server.store import committed_version, pruned_through
from server.visibility import Visibility, resync_reason

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


def _entity_query(entity: str, since: int,
                  visibility: Visibility | None) -> tuple[str, str, dict[str, Any], bool]:
    """(extra select, extra condition, their parameters, whether the last column is
    a "visible" flag) for one entity of the feed under ``visibility``."""
    if entity == "kb_articles" and visibility is not None and not visibility.kb_all:
        condition, params = visibility.article_condition("kb_articles")
        if since > 0:  # an article the replica may hold and no longer see: a deletion
            return f", CASE WHEN {condition} THEN 1 ELSE 0 END", "", params, True
        return "", f" AND {condition}", params, False
    if visibility is None or not visibility.restricted:
        return "", "", {}, False
    if entity == "tickets":
        condition, params = visibility.ticket_condition("tickets")
        if since > 0:  # walk every changed ticket: the hidden ones become deletions
            return f", CASE WHEN {condition} THEN 1 ELSE 0 END", "", params, True
        return "", f" AND {condition}", params, False
    if entity == "ticket_entries":
        condition, params = visibility.ticket_condition("t")
        return ("", " AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_entries.ticket_id "
                f"AND {condition})", params, False)
    return "", "", {}, False


def pull_page(session: Session, since: int, hw: int | None, position: str | None,
              limit: int, visibility: Visibility | None = None) -> dict[str, Any]:
    """One page of the feed as a JSON-ready dict, as ``visibility`` allows (None: all).

    Raises :class:`ResyncRequired` when what the user may see changed inside the
    window (see :func:`server.visibility.resync_reason`)."""
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
    if visibility is not None:
        reason = resync_reason(session, visibility, since, hw)
        if reason is not None:
            raise ResyncRequired(f"what you may see changed ({reason}); sync again from 0")
    pos = Position.decode(position) if position else Position(0, since, "")
    convert = session.get_bind().dialect.name == "postgresql"

    changes: list[dict[str, Any]] = []
    hidden: list[list[Any]] = []  # tickets/articles the user may no longer see: deletions
    remaining = limit
    rank, after_v, after_key = pos.rank, pos.version, pos.key
    last = pos
    while rank < TOMBSTONE_RANK and remaining > 0:
        entity = ENTITIES[rank]
        extra_column, extra_condition, extra, flagged = _entity_query(entity, since, visibility)
        rows = session.execute(
            text(
                f"SELECT {_COLUMNS[entity]}{extra_column} FROM {entity} "
                "WHERE version > :since AND version <= :hw "
                "AND (version > :v OR (version = :v AND id > :k))"
                f"{extra_condition} ORDER BY version, id LIMIT :n"
            ),
            {"since": since, "hw": hw, "v": after_v, "k": after_key, "n": remaining, **extra},
        ).all()
        if rows:
            cols = _COLUMN_NAMES[entity]
            vi, ii = cols.index("version"), cols.index("id")
            shown: list[Any] = list(rows)
            if flagged:
                shown = [r[:-1] for r in rows if r[-1]]
                hidden += [[entity, r[ii], r[vi]] for r in rows if not r[-1]]
            if shown:
                data = ([[_wire(v) for v in r] for r in shown] if convert
                        else [list(r) for r in shown])
                changes.append({"entity": entity, "columns": cols, "rows": data})
            remaining -= len(rows)
            last = Position(rank, rows[-1][vi], rows[-1][ii])
            if remaining == 0:
                break
        rank, after_v, after_key = rank + 1, since, ""
        last = Position(rank, since, "") if remaining > 0 else last

    tombstones: list[list[Any]] = hidden
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
        tombstones += [list(r) for r in rows]
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


def _hidden_ids(session: Session, entity: str, rows: Sequence[Any],
                visibility: Visibility | None) -> set[str]:
    """Ids among fetched ``rows`` of ``entity`` that ``visibility`` does not allow."""
    cols = _COLUMN_NAMES[entity]
    ii = cols.index("id")
    if entity == "kb_articles" and visibility is not None:
        return {r[ii] for r in rows
                if not visibility.article_visible(dict(zip(cols, r, strict=True)))}
    if visibility is None or not visibility.restricted or entity not in (
            "tickets", "ticket_entries"):
        return set()
    if entity == "tickets":
        return {r[ii] for r in rows if not visibility.ticket_visible(dict(zip(cols, r,
                                                                              strict=True)))}
    ti = cols.index("ticket_id")
    parents = session.execute(
        text("SELECT id, queue_id, owner_id, created_by FROM tickets WHERE id IN :ids")
        .bindparams(bindparam("ids", expanding=True)),
        {"ids": sorted({r[ti] for r in rows})}).mappings().all()
    seen = {p["id"] for p in parents if visibility.ticket_visible(dict(p))}
    return {r[ii] for r in rows if r[ti] not in seen}


def fetch_records(session: Session, records: list[tuple[str, str]],
                  visibility: Visibility | None = None) -> dict[str, Any]:
    """The current server copy of named records, and which of them no longer exist.

    Tickets (and entries of tickets) that ``visibility`` does not allow are reported
    as missing, so the client deletes its copy."""
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
        hidden = _hidden_ids(session, entity, rows, visibility) if rows else set()
        if hidden:
            rows = [r for r in rows if r[cols.index("id")] not in hidden]
        found = {r[cols.index("id")] for r in rows}
        missing += [[entity, i] for i in sorted(ids - found)]
        if rows:
            data = [[_wire(v) for v in r] for r in rows] if convert else [list(r) for r in rows]
            changes.append({"entity": entity, "columns": cols, "rows": data})
    return {"changes": changes, "missing": missing}
