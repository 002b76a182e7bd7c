"""The push path: apply a client's numbered mutations exactly once, in order.

Each mutation runs in its own transaction that also records its outcome and moves the
client's ``last_seq``; a replay (a retry after a timeout) gets the recorded outcome, a
gap is refused. Updates go through the three-way field merge of
``desktop.domain.merge``; ticket status changes through the status machine; every
replaced value is logged. A mutation the server cannot apply is *rejected* with a
reason and never blocks the ones behind it.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Boolean, Float, Integer, String, Table, Text, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.merge import merge_fields
from desktop.domain.tickets import Status, TransitionError, check_transition
from desktop.models import SYNCED_TABLES
from desktop.models.types import Timestamp, from_wire_time, new_id, to_wire_time, utcnow
from server import permissions
from server.auth import Principal
from server.rules import Rejected, WriteContext, rules_for
from server.store import ClientMutation, ReplacedValue, SyncClient, delete_rows, next_version

log = logging.getLogger("agentdesk.server.push")

MAX_BATCH = 500
MAX_BODY_BYTES = 2 * 1024 * 1024
UUID_PATTERN = r"^[0-9a-fA-F-]{8,36}$"
SERVER_FIELDS = {"id", "version"}


class Mutation(BaseModel):
    seq: int = Field(ge=1)
    id: str = Field(pattern=UUID_PATTERN, description="mutation id (idempotency key)")
    entity: str = Field(max_length=40)
    entity_id: str = Field(min_length=1, max_length=36)
    op: Literal["create", "update", "append", "delete"]
    fields: dict[str, Any] = Field(default_factory=dict)
    base: dict[str, Any] = Field(default_factory=dict)
    base_version: int = Field(default=0, ge=0)


class PushRequest(BaseModel):
    client_id: str = Field(pattern=UUID_PATTERN)
    mutations: list[Mutation] = Field(max_length=MAX_BATCH)


class PushRefused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _wire(value: Any) -> Any:
    return to_wire_time(value) if isinstance(value, datetime) else value


def _coerce(table: Table, name: str, value: Any) -> Any:
    column = table.c[name]
    if value is None:
        if not column.nullable:
            raise Rejected("invalid", f"{name} must not be empty.")
        return None
    kind = column.type
    if isinstance(kind, Timestamp):
        try:
            return from_wire_time(str(value))
        except ValueError as exc:
            raise Rejected("invalid", f"{name} is not a date and time.") from exc
    if isinstance(kind, Boolean):
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise Rejected("invalid", f"{name} must be true or false.")
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise Rejected("invalid", f"{name} must be a whole number.")
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Rejected("invalid", f"{name} must be a number.")
        return float(value)
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise Rejected("invalid", f"{name} must be text.")
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise Rejected("invalid", f"{name} is longer than {length} characters.")
        return value
    return value


def _validate_fields(table: Table, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = [f for f in fields if f not in table.c or f in SERVER_FIELDS]
    if unknown:
        raise Rejected("invalid", f"Unknown or read-only fields: {', '.join(sorted(unknown))}.")
    values = {name: _coerce(table, name, value) for name, value in fields.items()}
    if table.name == "tickets":
        if "status" in values:
            try:
                Status(values["status"])
            except ValueError as exc:
                raise Rejected("invalid", f"Unknown ticket status {values['status']!r}.") from exc
        for name in ("impact", "urgency", "priority"):
            if name in values and not 1 <= values[name] <= 5:
                raise Rejected("invalid", f"{name} must be between 1 and 5.")
    return values


def _current(session: Session, table: Table, entity_id: str) -> dict[str, Any] | None:
    row = session.execute(select(table).where(table.c.id == entity_id)).mappings().first()
    return dict(row) if row is not None else None


def _check_own(principal: Principal, entity: str, row: dict[str, Any]) -> None:
    policy = permissions.POLICIES[entity]
    column = policy.own_rows_column
    if column and principal.role == "agent" and row.get(column) not in (None, principal.user_id):
        raise Rejected("forbidden", f"You may only change your own {entity}.",
                       entity=entity, own=True)


def _outcome(m: Mutation, status: str, **extra: Any) -> dict[str, Any]:
    return {"seq": m.seq, "mutation_id": m.id, "status": status, **extra}


def _apply(session: Session, principal: Principal, m: Mutation) -> dict[str, Any]:
    table = SYNCED_TABLES.get(m.entity)
    if table is None:
        raise Rejected("invalid", f"Unknown kind of record: {m.entity}.")
    policy = permissions.POLICIES.get(m.entity)
    if policy is not None and policy.append_only and m.op in {"update", "delete"}:
        raise Rejected("forbidden", f"{m.entity} can only be added, not changed.")
    refusal = permissions.may(principal, m.entity, m.op)
    if refusal is not None:
        raise Rejected("forbidden", refusal.message, **refusal.params)
    current = _current(session, table, m.entity_id)
    ctx = WriteContext(session=session, principal=principal, entity=m.entity,
                       entity_id=m.entity_id, op=m.op,
                       next_version=lambda: next_version(session))
    rules = rules_for(m.entity)
    if current is not None and m.op in {"update", "delete"}:
        for rule in rules:
            rule.check_access(ctx, current)

    if m.op == "delete":
        if current is None:
            return _outcome(m, "applied", version=None)
        _check_own(principal, m.entity, current)
        return _outcome(m, "applied", version=delete_rows(session, m.entity, [m.entity_id]))

    values = _validate_fields(table, m.fields)
    if m.op in {"create", "append"}:
        if current is not None:
            raise Rejected("exists", "A record with this id exists already.")
        row = {**values, "id": m.entity_id}
        if policy is not None and policy.own_rows_column and principal.role == "agent":
            row.setdefault(policy.own_rows_column, principal.user_id)
            _check_own(principal, m.entity, row)
        notice = ""
        if m.entity == "tickets":
            row["created_by"] = principal.user_id
            row.setdefault("status", Status.NEW.value)
        if m.entity == "ticket_entries":
            ticket = _current(session, SYNCED_TABLES["tickets"], str(row.get("ticket_id")))
            if ticket is None:
                raise Rejected("deleted", "The ticket of this entry no longer exists.")
            row.setdefault("author_id", principal.user_id)
            if ticket["status"] == Status.CLOSED.value:
                notice = "ticket_closed"
        for rule in rules:
            rule.on_create(ctx, row)
        missing = [c.name for c in table.columns
                   if not c.nullable and c.default is None and c.name not in row
                   and c.name != "version"]
        if missing:
            raise Rejected("invalid", f"Missing fields: {', '.join(sorted(missing))}.")
        created = next_version(session)
        session.execute(insert(table).values(**row, version=created))
        if rules:
            written = _current(session, table, m.entity_id) or row
            for rule in rules:
                rule.after_write(ctx, written, created)
        notice = notice or (ctx.notices[0] if ctx.notices else "")
        return _outcome(m, "applied", version=created, applied=sorted(values), notice=notice)

    # update
    if current is None:
        raise Rejected("deleted", "This record was deleted on the server.")
    _check_own(principal, m.entity, current)
    theirs = {k: _wire(v) for k, v in current.items()}
    mine = {k: _wire(v) for k, v in values.items()}
    merged = merge_fields(theirs, m.base, mine)
    if m.entity == "tickets" and "status" in merged.applied:
        try:
            check_transition(str(current["status"]), str(merged.applied["status"]))
        except TransitionError as exc:
            raise Rejected("invalid_transition", str(exc)) from exc
    conflicts = [{"field": c.field, "base": c.base, "mine": c.mine, "theirs": c.theirs}
                 for c in merged.conflicts]
    version: int | None = None
    if merged.applied:
        changes = {k: values[k] for k in merged.applied}
        for rule in rules:
            rule.on_update(ctx, current, changes)
        version = next_version(session)
        if m.entity in {"tickets", "kb_articles"}:
            changes["updated_at"] = utcnow()
        session.execute(update(table).where(table.c.id == m.entity_id)
                        .values(**changes, version=version))
        _log_replaced(session, principal, m, theirs, merged.applied, version)
        if rules:
            written = _current(session, table, m.entity_id) or {**current, **changes}
            for rule in rules:
                rule.after_write(ctx, written, version)
    status = "conflict" if conflicts else "applied"
    extra = {"notice": ctx.notices[0]} if ctx.notices else {}
    return _outcome(m, status, version=version, applied=sorted(merged.applied),
                    conflicts=conflicts, **extra)


def _log_replaced(session: Session, principal: Principal, m: Mutation,
                  theirs: dict[str, Any], applied: dict[str, Any], version: int) -> None:
    audit_rows = []
    for name, value in applied.items():
        old = theirs.get(name)
        session.add(ReplacedValue(entity=m.entity, entity_id=m.entity_id, field=name,
                                  old_value=None if old is None else json.dumps(old),
                                  new_value=None if value is None else json.dumps(value),
                                  user_id=principal.user_id, version=version))
        if m.entity == "customers":
            audit_rows.append({"id": new_id(), "customer_id": m.entity_id, "field": name,
                               "old_value": None if old is None else str(old),
                               "new_value": None if value is None else str(value),
                               "changed_by": principal.user_id, "changed_at": utcnow(),
                               "version": version})
    if audit_rows:
        session.execute(insert(SYNCED_TABLES["customer_audit"]), audit_rows)


def push(sessions: sessionmaker[Session], principal: Principal,
         request: PushRequest) -> dict[str, Any]:
    """Apply a batch; returns ``{"last_seq", "results"}``. Raises PushRefused."""
    results: list[dict[str, Any]] = []
    last_seq = 0
    for m in request.mutations:
        with sessions.begin() as session:
            client = session.get(SyncClient, request.client_id, with_for_update=True)
            if client is None:
                client = SyncClient(client_id=request.client_id, user_id=principal.user_id,
                                    last_seq=0)
                session.add(client)
                session.flush()
            elif client.user_id != principal.user_id:
                raise PushRefused(403, "forbidden",
                                  "This outbox belongs to another user.")
            last_seq = client.last_seq
            if m.seq <= client.last_seq:
                record = session.get(ClientMutation, (request.client_id, m.seq))
                if record is not None and record.mutation_id != m.id:
                    raise PushRefused(409, "sequence_reused",
                                      f"Mutation number {m.seq} was used for another change.")
                replay = json.loads(record.result) if record else _outcome(m, "applied")
                results.append({**replay, "replayed": True})
                continue
            if m.seq != client.last_seq + 1:
                if not results:
                    raise PushRefused(409, "sequence_gap",
                                      f"Expected change number {client.last_seq + 1}, "
                                      f"got {m.seq}.")
                break
            try:
                with session.begin_nested():
                    outcome = _apply(session, principal, m)
            except Rejected as exc:
                extra = {"params": exc.params} if exc.params else {}
                outcome = _outcome(m, "rejected", code=exc.code, message=exc.message, **extra)
            except IntegrityError as exc:
                log.info("mutation %s refused by the database: %s", m.id, exc.orig)
                outcome = _outcome(m, "rejected", code="constraint",
                                   message="The change breaks a rule of the database "
                                           "(a duplicate or a missing reference).")
            session.add(ClientMutation(client_id=request.client_id, seq=m.seq,
                                       mutation_id=m.id, status=outcome["status"],
                                       result=json.dumps(outcome)))
            client.last_seq = m.seq
            client.last_push_at = utcnow()
            last_seq = m.seq
            results.append(outcome)
    return {"last_seq": last_seq, "results": results}
