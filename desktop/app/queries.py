"""Read-only queries the window asks the local replica: plain rows, never ORM objects.

SQLAlchemy Core over ``LocalDatabase.engine``. Each call opens a short connection
(WAL lets it read while a sync writes). The ticket list pages with LIMIT/OFFSET over
``ORDER BY <column>, id`` so pages never overlap or skip rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, select
from sqlalchemy.sql.elements import KeyedColumnElement

from desktop.models import (
    SYNCED_TABLES,
    Customer,
    Organisation,
    Queue,
    Ticket,
    TicketEntry,
    User,
)
from desktop.models.types import from_wire_time
from desktop.sync.localdb import LocalDatabase

# Ticket statuses the workplace knows. "Active" ones are the agent's work.
STATUSES = ("new", "open", "pending", "resolved", "closed")
ACTIVE_STATUSES = ("new", "open", "pending")

_tickets = Ticket.__table__
_customers = Customer.__table__.alias("c")
_orgs = Organisation.__table__.alias("o")
_owners = User.__table__.alias("u")
_queues = Queue.__table__
_entries = TicketEntry.__table__
_authors = User.__table__.alias("a")


@dataclass(frozen=True)
class QueueRow:
    id: str
    name: str
    level: int
    new: int
    open: int
    pending: int

    @property
    def active(self) -> int:
        return self.new + self.open + self.pending


@dataclass(frozen=True)
class EntryRow:
    id: str
    kind: str
    author: str
    body: str
    created_at: datetime | None


@dataclass(frozen=True)
class TicketDetail:
    id: str
    reference: str
    title: str
    description: str
    status: str
    priority: int
    impact: int
    urgency: int
    category: str
    channel: str
    level: int
    queue: str
    owner: str
    customer: str
    organisation: str
    created_at: datetime | None
    updated_at: datetime | None
    solution_due: datetime | None
    entries: list[EntryRow] = field(default_factory=list)


def _engine(db: LocalDatabase) -> Any:
    if db.engine is None:
        raise RuntimeError("the local database is not open")
    return db.engine


def _customer_name() -> ColumnElement[Any]:
    person = func.trim(_customers.c.first_name.concat(" ").concat(_customers.c.last_name))
    return func.coalesce(func.nullif(person, ""), _orgs.c.name, literal(""))


# The ticket list's columns, in the order ``ticket_page`` returns them (after the id).
TICKET_COLUMNS = ("reference", "title", "status", "priority", "customer", "owner",
                  "updated_at")


def _order_columns() -> dict[str, ColumnElement[Any] | KeyedColumnElement[Any]]:
    return {
        "reference": _tickets.c.reference,
        "title": _tickets.c.title,
        "status": _tickets.c.status,
        "priority": _tickets.c.priority,
        "customer": _customer_name(),
        "owner": func.coalesce(_owners.c.display_name, literal("")),
        "updated_at": _tickets.c.updated_at,
    }


def _where(queue_id: str | None, status_filter: Sequence[str] | None) -> list[Any]:
    clauses: list[Any] = []
    if queue_id is not None:
        clauses.append(_tickets.c.queue_id == queue_id)
    if status_filter is not None:
        clauses.append(_tickets.c.status.in_(list(status_filter)))
    return clauses


def queue_overview(db: LocalDatabase) -> list[QueueRow]:
    """Every queue with its counts of new, open and pending tickets (by level, name)."""
    counts_q = (
        select(_tickets.c.queue_id, _tickets.c.status, func.count())
        .where(_tickets.c.status.in_(ACTIVE_STATUSES))
        .group_by(_tickets.c.queue_id, _tickets.c.status)
    )
    queues_q = select(_queues.c.id, _queues.c.name, _queues.c.level).order_by(
        _queues.c.level, _queues.c.name)
    with _engine(db).connect() as conn:
        counts: dict[tuple[str | None, str], int] = {
            (q, s): int(n) for q, s, n in conn.execute(counts_q)}
        queues = conn.execute(queues_q).all()
    return [QueueRow(qid, name, int(level), counts.get((qid, "new"), 0),
                     counts.get((qid, "open"), 0), counts.get((qid, "pending"), 0))
            for qid, name, level in queues]


def count_tickets(db: LocalDatabase, queue_id: str | None,
                  status_filter: Sequence[str] | None = None) -> int:
    """How many tickets a queue (None: all) holds with one of ``status_filter``
    (None: any status)."""
    query = select(func.count()).select_from(_tickets).where(
        *_where(queue_id, status_filter))
    with _engine(db).connect() as conn:
        return int(conn.execute(query).scalar_one())


def ticket_page(db: LocalDatabase, queue_id: str | None, offset: int, limit: int,
                order_by: str = "-updated_at",
                status_filter: Sequence[str] | None = None) -> list[tuple[Any, ...]]:
    """One page of the ticket list as plain tuples:
    ``(id, reference, title, status, priority, customer, owner, updated_at)``.

    ``order_by`` is one of ``TICKET_COLUMNS``, with a leading ``-`` for descending;
    the ticket id breaks ties so that pages are stable. The page's ids are found first
    (joining only what the sort needs, skipping ``offset`` rows cheaply), then only
    those rows are joined for display.
    """
    descending = order_by.startswith("-")
    key = order_by.lstrip("-")
    columns = _order_columns()
    if key not in columns:
        raise ValueError(f"cannot sort tickets by {key!r}")
    source: Any = _tickets
    if key == "customer":
        source = source.outerjoin(_customers, _customers.c.id == _tickets.c.customer_id)
        source = source.outerjoin(_orgs, _orgs.c.id == func.coalesce(
            _customers.c.organisation_id, _tickets.c.organisation_id))
    elif key == "owner":
        source = source.outerjoin(_owners, _owners.c.id == _tickets.c.owner_id)
    sort_key = columns[key].label("sort_key")
    page = (
        select(_tickets.c.id.label("page_id"), sort_key)
        .select_from(source)
        .where(*_where(queue_id, status_filter))
        .order_by(sort_key.desc() if descending else sort_key.asc(),
                  _tickets.c.id.desc() if descending else _tickets.c.id.asc())
        .offset(max(0, offset)).limit(max(0, limit))
        .subquery("page")
    )
    display = _order_columns()
    query = (
        select(_tickets.c.id, _tickets.c.reference, _tickets.c.title, _tickets.c.status,
               _tickets.c.priority, display["customer"], display["owner"],
               _tickets.c.updated_at)
        .select_from(
            page.join(_tickets, _tickets.c.id == page.c.page_id)
            .outerjoin(_customers, _customers.c.id == _tickets.c.customer_id)
            .outerjoin(_orgs, _orgs.c.id == func.coalesce(_customers.c.organisation_id,
                                                          _tickets.c.organisation_id))
            .outerjoin(_owners, _owners.c.id == _tickets.c.owner_id))
        .order_by(page.c.sort_key.desc() if descending else page.c.sort_key.asc(),
                  page.c.page_id.desc() if descending else page.c.page_id.asc())
    )
    with _engine(db).connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


def ticket_detail(db: LocalDatabase, ticket_id: str) -> TicketDetail | None:
    """One ticket with its timeline entries (oldest first), or None when it is gone."""
    query = (
        select(_tickets, _customer_name().label("customer_display"),
               func.coalesce(_orgs.c.name, literal("")).label("org_name"),
               func.coalesce(_owners.c.display_name, literal("")).label("owner_name"),
               func.coalesce(_queues.c.name, literal("")).label("queue_name"))
        .select_from(
            _tickets.outerjoin(_customers, _customers.c.id == _tickets.c.customer_id)
            .outerjoin(_orgs, _orgs.c.id == func.coalesce(_customers.c.organisation_id,
                                                          _tickets.c.organisation_id))
            .outerjoin(_owners, _owners.c.id == _tickets.c.owner_id)
            .outerjoin(_queues, _queues.c.id == _tickets.c.queue_id))
        .where(_tickets.c.id == ticket_id)
    )
    entries_q = (
        select(_entries.c.id, _entries.c.kind,
               func.coalesce(_authors.c.display_name, literal("")),
               _entries.c.body, _entries.c.created_at)
        .select_from(_entries.outerjoin(_authors, _authors.c.id == _entries.c.author_id))
        .where(and_(_entries.c.ticket_id == ticket_id))
        .order_by(_entries.c.created_at, _entries.c.id)
    )
    with _engine(db).connect() as conn:
        row = conn.execute(query).mappings().first()
        if row is None:
            return None
        entries = [EntryRow(eid, kind, author, body or "", from_wire_time(created))
                   for eid, kind, author, body, created in conn.execute(entries_q)]
    return TicketDetail(
        id=row["id"], reference=row["reference"], title=row["title"],
        description=row["description"] or "", status=row["status"],
        priority=int(row["priority"]), impact=int(row["impact"]),
        urgency=int(row["urgency"]), category=row["category"] or "",
        channel=row["channel"] or "", level=int(row["level"]), queue=row["queue_name"],
        owner=row["owner_name"], customer=row["customer_display"],
        organisation=row["org_name"], created_at=from_wire_time(row["created_at"]),
        updated_at=from_wire_time(row["updated_at"]),
        solution_due=from_wire_time(row["solution_due"]), entries=entries)


# -- records named in the "not delivered" list --------------------------------------------
@dataclass(frozen=True)
class RecordSummary:
    """How the agent recognises a record: a reference (tickets) and a title or name."""

    reference: str
    title: str


# The column that names a record of each kind (tickets and entries are handled apart).
_NAME_COLUMNS = {
    "queues": "name", "teams": "name", "sla_policies": "name", "organisations": "name",
    "kb_articles": "title", "call_scripts": "name", "macros": "name",
    "users": "display_name", "customer_phones": "e164", "customer_emails": "address",
}


def record_summaries(db: LocalDatabase, keys: Iterable[tuple[str, str]]
                     ) -> dict[tuple[str, str], RecordSummary]:
    """Reference and title of each ``(entity, id)`` that still exists locally. A ticket
    entry is named by its ticket."""
    wanted: dict[str, set[str]] = {}
    for entity, entity_id in keys:
        wanted.setdefault(entity, set()).add(entity_id)
    found: dict[tuple[str, str], RecordSummary] = {}
    with _engine(db).connect() as conn:
        for entity, ids in wanted.items():
            if entity == "tickets":
                rows = conn.execute(select(_tickets.c.id, _tickets.c.reference,
                                           _tickets.c.title).where(_tickets.c.id.in_(ids)))
            elif entity == "ticket_entries":
                rows = conn.execute(
                    select(_entries.c.id, _tickets.c.reference, _tickets.c.title)
                    .select_from(_entries.join(_tickets,
                                               _tickets.c.id == _entries.c.ticket_id))
                    .where(_entries.c.id.in_(ids)))
            elif entity == "customers":
                person = func.trim(Customer.__table__.c.first_name.concat(" ")
                                   .concat(Customer.__table__.c.last_name))
                rows = conn.execute(select(Customer.__table__.c.id, literal(""), person)
                                    .where(Customer.__table__.c.id.in_(ids)))
            elif entity in _NAME_COLUMNS and entity in SYNCED_TABLES:
                table = SYNCED_TABLES[entity]
                rows = conn.execute(select(table.c.id, literal(""),
                                           table.c[_NAME_COLUMNS[entity]])
                                    .where(table.c.id.in_(ids)))
            else:
                continue
            for record_id, reference, title in rows:
                found[(entity, record_id)] = RecordSummary(reference or "", title or "")
    return found


def ticket_reference(db: LocalDatabase, ticket_id: str) -> str:
    """The reference of a ticket ("" when it is not here)."""
    with _engine(db).connect() as conn:
        value = conn.execute(select(_tickets.c.reference)
                             .where(_tickets.c.id == ticket_id)).scalar()
    return str(value or "")


def queue_choices(db: LocalDatabase) -> list[tuple[str, str]]:
    """(id, name) of every queue, by level and name."""
    with _engine(db).connect() as conn:
        rows = conn.execute(select(_queues.c.id, _queues.c.name)
                            .order_by(_queues.c.level, _queues.c.name)).all()
    return [(qid, name) for qid, name in rows]


def user_choices(db: LocalDatabase) -> list[tuple[str, str]]:
    """(id, display name) of every active user, by name."""
    users = User.__table__
    with _engine(db).connect() as conn:
        rows = conn.execute(select(users.c.id, users.c.display_name)
                            .where(users.c.active.is_(True))
                            .order_by(users.c.display_name)).all()
    return [(uid, name) for uid, name in rows]
