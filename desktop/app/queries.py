"""Read-only queries the window asks the local replica: plain rows, never ORM objects.

SQLAlchemy Core over ``LocalDatabase.engine``. Each call opens a short connection
(WAL lets it read while a sync writes).

The ticket list is driven by a ``views.ViewDefinition``: its filters become WHERE
clauses on indexed columns of ``tickets`` (no joins for filtering; the customer sort
uses the denormalised ``tickets.customer_name``), pages follow each other by keyset
``(sort key, rowid)`` so that scrolling deep into 200,000 tickets costs what the first
page costs, and the free text goes through a trigram index (``ticket_search``).

The SLA state filters and the "due" sort read two instants stored on each ticket
(``sla_due_at``, ``sla_warn_at``: :func:`desktop.domain.sla.due_instants`, filled by the
server's ticket rule, by :mod:`desktop.app.tickets` for local edits, and by the
migration for older rows), compared with the time of the query: a ticket turns "at
risk" or "breached" by time passing, without a write, and the comparison walks the
``(status, sla_warn_at, sla_due_at)`` index.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    text,
    tuple_,
    type_coerce,
)
from sqlalchemy import table as text_table

from desktop.app import views
from desktop.domain.reference import ReferenceFormatError, parse_reference
from desktop.domain.tickets import PendingReason
from desktop.models import (
    SYNCED_TABLES,
    Customer,
    Organisation,
    Queue,
    QueueMember,
    SlaPolicy,
    Ticket,
    TicketEntry,
    User,
)
from desktop.models.types import from_wire_time, to_wire_time, utcnow
from desktop.sync.localdb import LocalDatabase

log = logging.getLogger("agentdesk.app.queries")

# Ticket statuses the workplace knows. "Active" ones are the agent's work.
STATUSES = views.STATUSES
ACTIVE_STATUSES = views.ACTIVE_STATUSES

_tickets = Ticket.__table__
_customers = Customer.__table__.alias("c")
_orgs = Organisation.__table__.alias("o")
_owners = User.__table__.alias("u")
_queues = Queue.__table__
_entries = TicketEntry.__table__
_authors = User.__table__.alias("a")
_members = QueueMember.__table__
_policies = SlaPolicy.__table__


@dataclass(frozen=True)
class QueueRow:
    id: str
    name: str
    level: int
    new: int
    open: int
    pending: int
    at_risk: int = 0  # running SLA clocks in the warning window
    breached: int = 0  # running SLA clocks past their due time

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


# -- the ticket list ---------------------------------------------------------------------------
# The ticket list's columns, in the model's column order (``views.COLUMNS``).
TICKET_COLUMNS = views.COLUMNS

_ROWID: ColumnElement[int] = literal_column("tickets.rowid")
_FAR_FUTURE = "9999-12-31T23:59:59.999999+00:00"
# Statuses in the order of the workflow, for sorting by status.
_STATUS_ORDER = {status: rank for rank, status in enumerate(STATUSES)}


class TicketListRow(NamedTuple):
    """One row of the ticket list, plain values only (the first eight fields are what
    ``ticket_page`` always returned)."""

    id: str
    reference: str
    title: str
    status: str
    priority: int
    customer: str
    owner: str
    updated_at: datetime | None
    queue: str
    level: int
    category: str
    channel: str
    created_at: datetime | None
    queue_id: str | None
    first_response_due: datetime | None
    first_responded_at: datetime | None
    solution_due: datetime | None
    pending_reason: str
    sla_paused_since: datetime | None
    rowid: int
    sort_value: Any  # the raw sort key, for the next page (keyset)


def _due() -> ColumnElement[Any]:
    """The nearest running due time (``views.due_kind``; null while no clock runs),
    as stored on the ticket."""
    return _raw(_tickets.c.sla_due_at)


def _stamp(value: datetime) -> Any:
    return literal(to_wire_time(value), String)


def _raw(expr: Any) -> Any:
    """Compare and sort on the stored text of a timestamp (ISO 8601 in UTC sorts like
    the instant), never converting it."""
    return type_coerce(expr, String)


def _breached(now: datetime) -> ColumnElement[Any]:
    """A running clock past its due time (``sla_due_at`` is null unless one runs)."""
    return _due() < _stamp(now)


def _warned(now: datetime) -> ColumnElement[Any]:
    """At risk or breached: the warn instant has come (``warn <= due``)."""
    return _raw(_tickets.c.sla_warn_at) <= _stamp(now)


def _at_risk(now: datetime, rules: views.SlaRules | None = None) -> ColumnElement[Any]:
    """Running, not yet due, and within the warning window of its kind, policy and
    priority (``views.ticket_due``'s rule: the warn instant is ``due`` minus the window
    in business time, so ``warn <= now <= due``). ``rules`` is not needed any more (the
    instants hold the policy); kept for callers that pass it."""
    return and_(_warned(now), _due() >= _stamp(now))


def _sla_state(state: str, now: datetime, rules: views.SlaRules) -> ColumnElement[Any]:
    if state == views.SLA_BREACHED:
        return _breached(now)
    if state == views.SLA_AT_RISK:
        return _at_risk(now, rules)
    return and_(_due() >= _stamp(now),
                or_(_tickets.c.sla_warn_at.is_(None), not_(_warned(now))))


def _sla_states(states: Sequence[str], now: datetime,
                rules: views.SlaRules) -> ColumnElement[Any]:
    """The view's SLA states as one condition; "at risk or breached" (the built-in
    view) is one range on the warn instant (or a breach without a warning window)."""
    wanted = set(states)
    if {views.SLA_AT_RISK, views.SLA_BREACHED} <= wanted:
        risky = or_(_warned(now), _breached(now))
        if views.SLA_OK in wanted:
            return or_(risky, _sla_state(views.SLA_OK, now, rules))
        return risky
    return or_(*(_sla_state(s, now, rules) for s in states))


def _my_queues(conn: Connection, context: views.ViewContext) -> list[str] | None:
    """The agent's queues: active memberships, else the queues of their level; None
    (no restriction) when neither says anything."""
    if context.user_id is not None:
        rows = conn.execute(select(_members.c.queue_id).where(
            _members.c.user_id == context.user_id, _members.c.active.is_(True))).all()
        if rows:
            return sorted({r[0] for r in rows})
    if context.level is not None:
        return [r[0] for r in conn.execute(
            select(_queues.c.id).where(_queues.c.level == context.level))]
    return None


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_REFERENCE_PREFIX = re.compile(r"^T-[0-9A-Z-]*$")


def _text_clauses(conn: Connection, text: str) -> list[Any]:
    """The free-text filter: a reference (exact, or as a prefix while it is typed) goes
    to the unique index on ``reference``; other words must each appear in the title or
    the customer's name - through the trigram index when it is there (any case, also
    umlauts), else with LIKE. Words shorter than three characters are checked with
    LIKE on the rows the others found."""
    text = " ".join(text.split())
    if not text:
        return []
    try:
        return [_tickets.c.reference == parse_reference(text)]
    except ReferenceFormatError:
        pass
    upper = text.upper()
    if _REFERENCE_PREFIX.match(upper):
        return [_tickets.c.reference >= upper, _tickets.c.reference < upper + "\uffff"]
    words = list(dict.fromkeys(text.split()))
    long_words = [w for w in words if len(w) >= 3]
    clauses: list[Any] = []
    if long_words and ticket_search_ready(conn):
        match = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        clauses.append(_ROWID.in_(select(literal_column("rowid"))
                                  .select_from(text_table(SEARCH_TABLE))
                                  .where(literal_column(SEARCH_TABLE).op("MATCH")(match))))
        words = [w for w in words if len(w) < 3]
    for word in words:
        clauses.append(or_(_tickets.c.title.like(_like(word), escape="\\"),
                           _tickets.c.customer_name.like(_like(word), escape="\\")))
    return clauses


def _date_clauses(column: Any, value: views.DateRange | None, now: datetime) -> list[Any]:
    if value is None:
        return []
    since, until = value.bounds(now)
    out = []
    if since is not None:
        out.append(_raw(column) >= _stamp(since))
    if until is not None:
        out.append(_raw(column) < _stamp(until))
    return out


def _view_where(conn: Connection, view: views.ViewDefinition, context: views.ViewContext,
                now: datetime, rules: views.SlaRules | None) -> list[Any]:
    t = _tickets.c
    where: list[Any] = []
    if view.statuses:
        where.append(t.status.in_(view.statuses))
    if view.queues:
        named = [q for q in view.queues if q != views.QUEUES_MINE]
        queue_ids: list[str] | None = named
        if views.QUEUES_MINE in view.queues:
            mine = _my_queues(conn, context)
            queue_ids = None if mine is None else [*named, *mine]
        if queue_ids is not None:
            where.append(t.queue_id.in_(sorted(set(queue_ids))))
    if view.owners:
        owners: list[ColumnElement[bool]] = []
        for owner in view.owners:
            if owner == views.OWNER_UNASSIGNED:
                owners.append(t.owner_id.is_(None))
            elif owner == views.OWNER_ME:
                owners.append(t.owner_id == context.user_id if context.user_id else false())
            else:
                owners.append(t.owner_id == owner)
        where.append(or_(*owners))
    for column, values in ((t.priority, view.priorities), (t.category, view.categories),
                           (t.customer_id, view.customers), (t.channel, view.channels),
                           (t.organisation_id, view.organisations), (t.level, view.levels)):
        if values:
            where.append(column.in_(values))
    if view.my_level:
        where.append(t.level == context.level if context.level is not None else false())
    if view.escalated:
        handed_over = exists().where(_entries.c.ticket_id == t.id,
                                     _entries.c.kind == "escalation")
        where.append(or_(t.escalation_count > 0, handed_over))
    if view.reminder_due:
        where += [t.status == "pending", t.pending_reason == PendingReason.REMINDER.value,
                  t.pending_until.is_not(None), _raw(t.pending_until) <= _stamp(now)]
    if view.sla_states:
        where.append(_sla_states(view.sla_states, now, rules or views.SlaRules()))
    where += _date_clauses(t.created_at, view.created, now)
    where += _date_clauses(t.updated_at, view.updated, now)
    where += _text_clauses(conn, view.text)
    return where


def _sort_expression(key: str) -> tuple[Any, Any]:
    """(sort key, the join it needs) for the page query. Keys on indexed columns sort
    on the bare column so that SQLite walks the index (tie-break: rowid, which every
    index holds)."""
    t = _tickets.c
    plain = {"reference": t.reference, "title": t.title, "priority": t.priority,
             "customer": t.customer_name, "updated_at": _raw(t.updated_at),
             "created_at": _raw(t.created_at), "level": t.level, "category": t.category,
             "channel": t.channel}
    if key in plain:
        return plain[key], None
    if key == "status":
        return case(_STATUS_ORDER, value=t.status, else_=len(STATUSES)), None
    if key == "due":  # running clocks by due time, then the others
        return func.coalesce(_due(), literal(_FAR_FUTURE)), None
    if key == "owner":
        return func.coalesce(_owners.c.display_name, literal("")), (
            _owners, _owners.c.id == t.owner_id)
    if key == "queue":
        return func.coalesce(_queues.c.name, literal("")), (
            _queues, _queues.c.id == t.queue_id)
    raise ValueError(f"cannot sort tickets by {key!r}")


def _as_view(view: views.ViewDefinition | str | None,
             status_filter: Sequence[str] | None, order_by: str | None = None
             ) -> views.ViewDefinition:
    """The old call style (a queue id and a status filter) as a view definition."""
    if isinstance(view, views.ViewDefinition):
        return view.with_sort(order_by.lstrip("-"), order_by.startswith("-")) \
            if order_by else view
    definition = views.queue_view(view, status_filter)
    return definition.with_sort(order_by.lstrip("-"), order_by.startswith("-")) \
        if order_by else definition


def count_tickets(db: LocalDatabase, view: views.ViewDefinition | str | None,
                  status_filter: Sequence[str] | None = None, *,
                  context: views.ViewContext | None = None, now: datetime | None = None,
                  rules: views.SlaRules | None = None) -> int:
    """How many tickets a view shows. Also the old way: a queue id (None: all queues)
    and the statuses to show (None: any)."""
    definition = _as_view(view, status_filter)
    with _engine(db).connect() as conn:
        where = _view_where(conn, definition, context or views.ViewContext(),
                            now or utcnow(), rules)
        query = select(func.count()).select_from(_tickets).where(*where)
        return int(conn.execute(query).scalar_one())


def ticket_page(db: LocalDatabase, view: views.ViewDefinition | str | None,
                offset: int = 0, limit: int = 200, order_by: str | None = None,
                status_filter: Sequence[str] | None = None, *,
                after: tuple[Any, int] | None = None,
                context: views.ViewContext | None = None, now: datetime | None = None,
                rules: views.SlaRules | None = None) -> list[TicketListRow]:
    """One page of a view as :class:`TicketListRow` tuples, in the view's order.

    Pages follow each other by keyset: ``after`` is ``(sort_value, rowid)`` of the
    last row of the page before (``offset`` is for the old call style and skips rows
    the slow way). The rowid breaks ties, so pages never overlap or skip. The page's
    rowids are found first, with only the join the sort needs; then only those rows
    are joined for display.
    """
    definition = _as_view(view, status_filter, order_by)
    sort_key, join = _sort_expression(definition.sort_key)
    descending = definition.descending
    with _engine(db).connect() as conn:
        where = _view_where(conn, definition, context or views.ViewContext(),
                            now or utcnow(), rules)
        if after is not None:
            keyset = tuple_(sort_key, _ROWID)
            bound = tuple_(literal(after[0]), literal(int(after[1])))
            where.append(keyset < bound if descending else keyset > bound)
        source: Any = _tickets
        if join is not None:
            source = source.outerjoin(*join)
        order = [sort_key.desc(), _ROWID.desc()] if descending else [sort_key, _ROWID]
        page = (select(_ROWID.label("page_rowid"), sort_key.label("sort_value"))
                .select_from(source).where(*where).order_by(*order)
                .offset(max(0, offset) if after is None else 0).limit(max(0, limit))
                .subquery("page"))
        t = _tickets.c
        customer = func.coalesce(func.nullif(t.customer_name, ""), _customer_name())
        query = (
            select(t.id, t.reference, t.title, t.status, t.priority, customer,
                   func.coalesce(_owners.c.display_name, literal("")), t.updated_at,
                   func.coalesce(_queues.c.name, literal("")), t.level, t.category,
                   t.channel, t.created_at, t.queue_id, t.first_response_due,
                   t.first_responded_at, t.solution_due, t.pending_reason,
                   t.sla_paused_since, page.c.page_rowid, page.c.sort_value)
            .select_from(
                page.join(_tickets, page.c.page_rowid == _ROWID)
                .outerjoin(_customers, _customers.c.id == t.customer_id)
                .outerjoin(_orgs, _orgs.c.id == func.coalesce(_customers.c.organisation_id,
                                                              t.organisation_id))
                .outerjoin(_owners, _owners.c.id == t.owner_id)
                .outerjoin(_queues, _queues.c.id == t.queue_id))
            .order_by(*([page.c.sort_value.desc(), page.c.page_rowid.desc()] if descending
                        else [page.c.sort_value, page.c.page_rowid]))
        )
        return [TicketListRow(*row) for row in conn.execute(query)]


def page_sql(db: LocalDatabase, view: views.ViewDefinition, *,
             context: views.ViewContext | None = None, now: datetime | None = None,
             limit: int = 200, count: bool = False) -> tuple[str, list[Any]]:
    """The SQL text and parameters of a view's first page (or its count), for running
    the same statement with ``sqlite3`` directly (the benchmark's floor)."""
    sort_key, join = _sort_expression(view.sort_key)
    engine = _engine(db)
    with engine.connect() as conn:
        where = _view_where(conn, view, context or views.ViewContext(), now or utcnow(),
                            None)
    if count:
        statement: Any = select(func.count()).select_from(_tickets).where(*where)
    else:
        source: Any = _tickets if join is None else _tickets.outerjoin(*join)
        order = ([sort_key.desc(), _ROWID.desc()] if view.descending
                 else [sort_key, _ROWID])
        statement = (select(_ROWID, sort_key).select_from(source).where(*where)
                     .order_by(*order).limit(limit))
    compiled = statement.compile(dialect=engine.dialect,
                                 compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    values = [params[name] for name in compiled.positiontup or []]
    return str(compiled), [str(v) if isinstance(v, str) else v for v in values]


def sla_rules(db: LocalDatabase) -> views.SlaRules:
    """The SLA policy of every queue in the replica (for the "Due" column)."""
    with _engine(db).connect() as conn:
        return _sla_rules(conn)


def _sla_rules(conn: Connection) -> views.SlaRules:
    policies = {pid: views.SlaPolicyInfo.from_row(calendar, ratio, targets)
                for pid, calendar, ratio, targets in conn.execute(
                    select(_policies.c.id, _policies.c.calendar, _policies.c.warn_ratio,
                           _policies.c.targets))}
    queue_policy = {qid: pid for qid, pid in conn.execute(
        select(_queues.c.id, _queues.c.sla_policy_id)
        .where(_queues.c.sla_policy_id.is_not(None)))}
    return views.SlaRules(policies, queue_policy)


def queue_overview(db: LocalDatabase, now: datetime | None = None,
                   sla: bool = True) -> list[QueueRow]:
    """Every queue in the replica (the server sends only the queues the agent may
    see) with its counts of new, open and pending tickets and, with ``sla``, of running
    SLA clocks at risk and breached; by level and name.

    The status counts come from the ``(queue_id, status)`` index alone (milliseconds);
    the SLA counts compare the stored instants of every active ticket, so the window
    asks for them in the background.
    """
    now = now or utcnow()
    queues_q = select(_queues.c.id, _queues.c.name, _queues.c.level).order_by(
        _queues.c.level, _queues.c.name)
    with _engine(db).connect() as conn:
        columns: list[Any] = [_tickets.c.queue_id, _tickets.c.status, func.count()]
        if sla:
            columns += [func.sum(case((_at_risk(now), 1), else_=0)),
                        func.sum(case((_breached(now), 1), else_=0))]
        counts_q = (select(*columns).where(_tickets.c.status.in_(ACTIVE_STATUSES))
                    .group_by(_tickets.c.queue_id, _tickets.c.status))
        counts: dict[str | None, dict[str, int]] = {}
        for row in conn.execute(counts_q):
            entry = counts.setdefault(row[0], {})
            entry[row[1]] = int(row[2])
            if sla:
                entry["at_risk"] = entry.get("at_risk", 0) + int(row[3] or 0)
                entry["breached"] = entry.get("breached", 0) + int(row[4] or 0)
        queues = conn.execute(queues_q).all()
    return [QueueRow(qid, name, int(level), c.get("new", 0), c.get("open", 0),
                     c.get("pending", 0), c.get("at_risk", 0), c.get("breached", 0))
            for qid, name, level in queues for c in [counts.get(qid, {})]]


# -- the trigram index of the free-text filter ------------------------------------------------
# Like the knowledge search index (desktop/app/kb_search.py) this is client-only: not in
# the models, no Alembic migration, made on first use (off the UI thread, see
# ``ensure_ticket_search``) and remade when it is found incomplete. Triggers keep it
# current with every write to ``tickets`` (pull, local edits, resync). Until it exists
# the filter falls back to LIKE, with the same results for ASCII text.
SEARCH_TABLE = "ticket_search"
_SEARCH_TRIGGERS = {
    "ticket_search_ai": (
        "CREATE TRIGGER ticket_search_ai AFTER INSERT ON tickets BEGIN "
        "INSERT INTO ticket_search (rowid, title, customer_name) "
        "VALUES (new.rowid, new.title, new.customer_name); END"),
    "ticket_search_ad": (
        "CREATE TRIGGER ticket_search_ad AFTER DELETE ON tickets BEGIN "
        "INSERT INTO ticket_search (ticket_search, rowid, title, customer_name) "
        "VALUES ('delete', old.rowid, old.title, old.customer_name); END"),
    "ticket_search_au": (
        "CREATE TRIGGER ticket_search_au AFTER UPDATE OF title, customer_name ON tickets "
        "BEGIN INSERT INTO ticket_search (ticket_search, rowid, title, customer_name) "
        "VALUES ('delete', old.rowid, old.title, old.customer_name); "
        "INSERT INTO ticket_search (rowid, title, customer_name) "
        "VALUES (new.rowid, new.title, new.customer_name); END"),
}


def ticket_search_ready(conn: Connection) -> bool:
    """Whether the index and all its triggers exist (a later migration that rebuilds
    ``tickets`` drops the triggers; then the index is remade)."""
    names = {r[0] for r in conn.execute(text(
        "SELECT name FROM sqlite_master WHERE name = :t OR "
        "(type = 'trigger' AND tbl_name = 'tickets' AND name LIKE 'ticket_search_%')"),
        {"t": SEARCH_TABLE})}
    return SEARCH_TABLE in names and set(_SEARCH_TRIGGERS) <= names


def prepare_ticket_list(db: LocalDatabase) -> dict[str, bool]:
    """Background upkeep when the window opens: planner statistics of ``tickets``
    (without them SQLite guesses that a status filter is selective and sorts 35,000
    rows instead of walking the sort's index) and the trigram index."""
    return {"analyzed": analyze_tickets(db), "search_built": ensure_ticket_search(db)}


def analyze_tickets(db: LocalDatabase) -> bool:
    """``ANALYZE tickets`` when there are no statistics, an index has none (a migration
    added it: without them SQLite may pick a worse index for a view), or the table has
    grown or shrunk by more than a quarter since (a tenth of a second at 200,000
    tickets)."""
    with _engine(db).begin() as conn:
        rows = int(conn.execute(select(func.count()).select_from(_tickets)).scalar_one())
        stats: dict[str, str] = {}
        if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
                        ).first() is not None:
            stats = {str(idx): str(stat) for idx, stat in conn.execute(text(
                "SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'tickets' "
                "AND idx IS NOT NULL"))}
        indexes = {str(r[0]) for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'"))}
        known = int(next(iter(stats.values())).split()[0]) if stats else None
        if (known is not None and indexes <= set(stats)
                and abs(rows - known) <= max(100, known // 4)):
            return False
        conn.execute(text("ANALYZE tickets"))
    return True


def ensure_ticket_search(db: LocalDatabase) -> bool:
    """Make (or remake) the trigram index when it is missing or incomplete; True when
    it was built now. Takes seconds on 200,000 tickets: run it off the UI thread."""
    with _engine(db).begin() as conn:
        if ticket_search_ready(conn):
            return False
        log.info("building the ticket search index")
        conn.execute(text(f"DROP TABLE IF EXISTS {SEARCH_TABLE}"))
        for name in _SEARCH_TRIGGERS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(
            f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(title, customer_name, "
            "content='tickets', content_rowid='rowid', tokenize='trigram')"))
        for sql in _SEARCH_TRIGGERS.values():
            conn.execute(text(sql))
        conn.execute(text(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('rebuild')"))
    return True


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
