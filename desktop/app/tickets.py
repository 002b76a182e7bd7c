"""Application services for one ticket: create, edit, assign, timeline entries,
tier escalation and hand-back, macros.

Every change goes through :class:`~desktop.sync.outbox.LocalWriter` (the row and its
outbox entry in one SQLite transaction), so it works offline and reaches the server
with the next push. The rules come from the domain layer (status machine, priority
matrix, escalation, references); a refused change raises :class:`TicketError` with a
``code`` and ``params`` that the window turns into a translated sentence, and an
English ``message`` for logs. Nothing here imports Qt: tests call these functions
directly on a local database.

Reads are SQLAlchemy Core over the writer's database and return frozen dataclasses.

A few decisions worth knowing:

- Ticket updates never send ``updated_at``: the server stamps it on every applied
  update, and sending the client's clock would turn every concurrent edit into a
  conflict on that field.
- Escalation and hand-back append the hand-over entry first and then move the ticket
  (level, queue, owner cleared, escalation count) with an ordinary update carrying the
  same values the server's escalation rule writes; the three-way merge sees "both
  sides agree" and applies nothing twice. ``LocalWriter`` has no multi-record
  transaction yet, so these are two local transactions (entry first): a crash between
  them leaves the entry, and the server's rule still moves the ticket.
- Priority follows impact × urgency on the matrix of the ticket's queue's SLA policy
  (``SlaPolicy.priority_matrix``, set centrally and pulled like any policy; see
  docs/tickets.md), else :data:`DEFAULT_MATRIX` (the five-level matrix, which the seed
  data and the model's column defaults agree with) - the server's rule does the same.
- ``sla_due_at`` / ``sla_warn_at`` (what the SLA views filter and sort on) are the
  server's to compute, but a local edit that pauses, resumes or closes a ticket moves
  them at once: :func:`refresh_sla_instants` recomputes them with the same domain
  function (:func:`desktop.domain.sla.due_instants`) and writes them to the local row
  only, never to the outbox (sending them could only make conflicts; the server's
  values arrive with the next pull). It runs in its own small transaction after the
  edit's: a crash in between leaves the old instants until that pull.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update

from desktop.domain import escalation as esc
from desktop.domain.priority import (
    FIVE_LEVEL_MATRIX,
    PriorityError,
    PriorityMatrix,
    matrix_or_default,
)
from desktop.domain.reference import new_reference
from desktop.domain.sla import SlaError, calendar_for, due_instants, parse_targets
from desktop.domain.tickets import (
    PendingReason,
    PendingReasonError,
    Status,
    TransitionError,
    allowed_targets,
    check_transition,
    parse_pending_reason,
)
from desktop.models import (
    Customer,
    Macro,
    Organisation,
    Queue,
    QueueMember,
    SlaPolicy,
    Ticket,
    TicketEntry,
    User,
)
from desktop.models.types import from_wire_time, utcnow
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalEditError, LocalWriter

DEFAULT_MATRIX: PriorityMatrix = FIVE_LEVEL_MATRIX

# Entry kinds an agent writes in the composer, in the order the window offers them.
COMPOSER_KINDS = ("note", "call_log", "customer_message")
ESCALATION, HANDBACK, FIELD_CHANGE = "escalation", "handback", "field_change"
# Fields an agent edits in the ticket form (priority follows impact × urgency).
EDITABLE_FIELDS = ("title", "description", "status", "pending_reason", "pending_until",
                   "impact", "urgency", "category", "queue_id", "owner_id", "customer_id")
STATUS_ORDER = tuple(s.value for s in Status)
CHANNELS = ("phone", "email", "web", "chat", "walk_in")

_tickets = Ticket.__table__
_entries = TicketEntry.__table__
_queues = Queue.__table__
_members = QueueMember.__table__
_users = User.__table__
_customers = Customer.__table__
_orgs = Organisation.__table__
_macros = Macro.__table__
_policies = SlaPolicy.__table__

_TITLE_MAX = int(_tickets.c.title.type.length)  # type: ignore[attr-defined]
_CATEGORY_MAX = int(_tickets.c.category.type.length)  # type: ignore[attr-defined]
_MACRO_NAME_MAX = int(_macros.c.name.type.length)  # type: ignore[attr-defined]
_SHORTCUT_MAX = int(_macros.c.shortcut.type.length)  # type: ignore[attr-defined]


class TicketError(ValueError):
    """A change the rules refuse; ``code`` + ``params`` for a translated message.

    Codes (params): ``ticket_missing``, ``title_missing``, ``title_too_long``
    (maximum), ``category_too_long`` (maximum), ``invalid_transition`` (current,
    target), ``pending_reason_unknown`` (reason), ``impact_out_of_range`` /
    ``urgency_out_of_range`` (value, maximum), ``queue_unknown``, ``queue_level``
    (level, expected: a move to another level is an escalation or a hand-back),
    ``no_queue`` (level), ``user_unknown``, ``customer_unknown``, ``field_read_only``
    (field), ``entry_kind_unknown`` (kind), ``entry_empty``, the escalation codes of
    :class:`desktop.domain.escalation.EscalationError` (``top_level``,
    ``target_level_mismatch``, ``handover_incomplete`` with ``missing``,
    ``handback_not_lower``, ``reason_missing``, ``level_invalid``), ``ticket_resolved``
    (status), ``level_too_low`` (level), ``macro_missing``,
    ``macro_not_own``, ``macro_name_missing``, ``macro_name_too_long`` (maximum),
    ``macro_shortcut_too_long`` (maximum), ``macro_actions_invalid`` (detail),
    ``local_edit`` (detail: the local database refused the write).
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


# -- who is working ------------------------------------------------------------------------
@dataclass(frozen=True)
class Agent:
    """The signed-in user as the services need them."""

    id: str
    name: str
    level: int | None = None
    role: str = "agent"
    language: str = "de"

    @classmethod
    def from_user(cls, user: Mapping[str, Any]) -> Agent:
        """From the user dict the sign-in returns (``id``, ``display_name``, ...)."""
        level = user.get("level")
        return cls(id=str(user["id"]),
                   name=str(user.get("display_name") or user.get("username") or ""),
                   level=int(level) if isinstance(level, int) else None,
                   role=str(user.get("role") or "agent"),
                   language=str(user.get("language") or "de"))


# -- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryRecord:
    id: str
    kind: str
    author_id: str | None
    author: str
    body: str
    data: dict[str, Any]
    created_at: datetime | None


@dataclass(frozen=True)
class TicketRecord:
    """One ticket with everything the editor shows, and its timeline (oldest first)."""

    id: str
    version: int
    reference: str
    title: str
    description: str
    status: str
    pending_reason: str
    pending_until: datetime | None
    impact: int
    urgency: int
    priority: int
    category: str
    channel: str
    level: int
    queue_id: str | None
    queue_name: str
    owner_id: str | None
    owner_name: str
    customer_id: str | None
    customer_name: str
    customer_first_name: str
    customer_last_name: str
    customer_salutation: str
    organisation_name: str
    escalation_count: int
    created_at: datetime | None
    updated_at: datetime | None
    solution_due: datetime | None
    entries: tuple[EntryRecord, ...] = ()

    def value(self, name: str) -> Any:
        """The stored value of an editable field."""
        return getattr(self, name)


@dataclass(frozen=True)
class QueueChoice:
    id: str
    name: str
    level: int


@dataclass(frozen=True)
class UserChoice:
    id: str
    name: str
    level: int | None


@dataclass(frozen=True)
class CustomerHit:
    id: str
    name: str
    customer_number: str
    organisation: str
    phone: str

    @property
    def label(self) -> str:
        """"Jürgen Müller · K-20000 · Stadtwerke Rosenheim" for a completer."""
        return " · ".join(x for x in (self.name, self.customer_number, self.organisation) if x)


def _engine(db: LocalDatabase) -> Any:
    if db.engine is None:
        raise RuntimeError("the local database is not open")
    return db.engine


def _data(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def load_ticket(db: LocalDatabase, ticket_id: str) -> TicketRecord | None:
    """The ticket and its timeline, or None when it is not (or no longer) here."""
    owners = _users.alias("owner")
    authors = _users.alias("author")
    query = (
        select(_tickets, _customers.c.first_name, _customers.c.last_name,
               _customers.c.salutation,
               func.coalesce(_orgs.c.name, "").label("org_name"),
               func.coalesce(owners.c.display_name, "").label("owner_name"),
               func.coalesce(_queues.c.name, "").label("queue_name"))
        .select_from(
            _tickets.outerjoin(_customers, _customers.c.id == _tickets.c.customer_id)
            .outerjoin(_orgs, _orgs.c.id == func.coalesce(_customers.c.organisation_id,
                                                          _tickets.c.organisation_id))
            .outerjoin(owners, owners.c.id == _tickets.c.owner_id)
            .outerjoin(_queues, _queues.c.id == _tickets.c.queue_id))
        .where(_tickets.c.id == ticket_id))
    entries_q = (
        select(_entries.c.id, _entries.c.kind, _entries.c.author_id,
               func.coalesce(authors.c.display_name, ""), _entries.c.body,
               _entries.c.data, _entries.c.created_at)
        .select_from(_entries.outerjoin(authors, authors.c.id == _entries.c.author_id))
        .where(_entries.c.ticket_id == ticket_id)
        .order_by(_entries.c.created_at, _entries.c.id))
    with _engine(db).connect() as conn:
        row = conn.execute(query).mappings().first()
        if row is None:
            return None
        entries = tuple(
            EntryRecord(eid, kind, author_id, author, body or "", _data(data),
                        from_wire_time(created))
            for eid, kind, author_id, author, body, data, created in conn.execute(entries_q))
    first, last = row["first_name"] or "", row["last_name"] or ""
    person = " ".join(x for x in (first, last) if x)
    return TicketRecord(
        id=row["id"], version=int(row["version"]), reference=row["reference"],
        title=row["title"], description=row["description"] or "", status=row["status"],
        pending_reason=row["pending_reason"] or "",
        pending_until=from_wire_time(row["pending_until"]),
        impact=int(row["impact"]), urgency=int(row["urgency"]),
        priority=int(row["priority"]), category=row["category"] or "",
        channel=row["channel"] or "", level=int(row["level"]), queue_id=row["queue_id"],
        queue_name=row["queue_name"], owner_id=row["owner_id"],
        owner_name=row["owner_name"], customer_id=row["customer_id"],
        customer_name=person or (row["org_name"] if row["customer_id"] else ""),
        customer_first_name=first, customer_last_name=last,
        customer_salutation=row["salutation"] or "", organisation_name=row["org_name"],
        escalation_count=int(row["escalation_count"] or 0),
        created_at=from_wire_time(row["created_at"]),
        updated_at=from_wire_time(row["updated_at"]),
        solution_due=from_wire_time(row["solution_due"]), entries=entries)


def queue_choices(db: LocalDatabase, level: int | None = None) -> list[QueueChoice]:
    """The queues on this computer (those the agent may see), by level and name."""
    query = select(_queues.c.id, _queues.c.name, _queues.c.level)
    if level is not None:
        query = query.where(_queues.c.level == level)
    with _engine(db).connect() as conn:
        rows = conn.execute(query.order_by(_queues.c.level, _queues.c.name)).all()
    return [QueueChoice(qid, name, int(lvl)) for qid, name, lvl in rows]


def queue(db: LocalDatabase, queue_id: str | None) -> QueueChoice | None:
    if not queue_id:
        return None
    with _engine(db).connect() as conn:
        row = conn.execute(select(_queues.c.id, _queues.c.name, _queues.c.level)
                           .where(_queues.c.id == queue_id)).first()
    return QueueChoice(row[0], row[1], int(row[2])) if row is not None else None


def default_queue(db: LocalDatabase, agent: Agent) -> QueueChoice | None:
    """Where a new ticket goes: the agent's first visible queue of their level (a queue
    they are a member of first), else the first queue of the lowest level."""
    level = agent.level or 1
    with _engine(db).connect() as conn:
        member = conn.execute(
            select(_queues.c.id, _queues.c.name, _queues.c.level)
            .select_from(_queues.join(_members, _members.c.queue_id == _queues.c.id))
            .where(_members.c.user_id == agent.id, _members.c.active.is_(True),
                   _queues.c.level == level)
            .order_by(_queues.c.name).limit(1)).first()
    if member is not None:
        return QueueChoice(member[0], member[1], int(member[2]))
    same_level = queue_choices(db, level)
    if same_level:
        return same_level[0]
    every = queue_choices(db)
    return every[0] if every else None


def user_choices(db: LocalDatabase) -> list[UserChoice]:
    """Active users (people a ticket can be assigned to), by name."""
    with _engine(db).connect() as conn:
        rows = conn.execute(select(_users.c.id, _users.c.display_name, _users.c.level)
                            .where(_users.c.active.is_(True))
                            .order_by(_users.c.display_name)).all()
    return [UserChoice(uid, name, lvl) for uid, name, lvl in rows]


def categories(db: LocalDatabase, limit: int = 200, recent: int = 5000) -> list[str]:
    """Categories in use, most used first, among the ``recent`` most recently updated
    tickets (walks the ``updated_at`` index: a few ms where counting all 200,000
    tickets takes a third of a second)."""
    latest = (select(_tickets.c.category).order_by(_tickets.c.updated_at.desc())
              .limit(recent).subquery("latest"))
    count = func.count().label("n")
    with _engine(db).connect() as conn:
        rows = conn.execute(select(latest.c.category, count)
                            .where(latest.c.category != "")
                            .group_by(latest.c.category)
                            .order_by(count.desc(), latest.c.category)
                            .limit(limit)).all()
    return [name for name, _n in rows]


def search_customers(db: LocalDatabase, text: str, limit: int = 20) -> list[CustomerHit]:
    """Customers matching a name, customer number, phone number or e-mail (the lookup
    of :mod:`desktop.app.customers`), best first."""
    from desktop.app import customers as lookup

    if not text.strip():
        return []
    return [CustomerHit(m.id, m.display_name, m.customer_number or "", m.organisation or "",
                        m.phones[0].e164 if m.phones else "")
            for m in lookup.lookup(db, text, limit)]


def customer_hit(db: LocalDatabase, customer_id: str) -> CustomerHit | None:
    with _engine(db).connect() as conn:
        row = conn.execute(
            select(_customers.c.id, _customers.c.first_name, _customers.c.last_name,
                   _customers.c.customer_number, func.coalesce(_orgs.c.name, ""))
            .select_from(_customers.outerjoin(
                _orgs, _orgs.c.id == _customers.c.organisation_id))
            .where(_customers.c.id == customer_id)).first()
    if row is None:
        return None
    name = " ".join(x for x in (row[1], row[2]) if x) or row[4]
    return CustomerHit(row[0], name, row[3] or "", row[4], "")


def allowed_statuses(current: str) -> list[str]:
    """The current status and those the machine allows from it, in workflow order."""
    try:
        targets = {str(s) for s in allowed_targets(current)}
    except ValueError:
        return [current]
    return [s for s in STATUS_ORDER if s == current or s in targets]


def matrix_for_queue(db: LocalDatabase, queue_id: str | None) -> PriorityMatrix:
    """The priority matrix of the queue's SLA policy (as last pulled), else
    :data:`DEFAULT_MATRIX`: what the server's rule will use for the same ticket."""
    if not queue_id:
        return DEFAULT_MATRIX
    with _engine(db).connect() as conn:
        value = conn.execute(
            select(_policies.c.priority_matrix)
            .select_from(_queues.join(_policies, _policies.c.id == _queues.c.sla_policy_id))
            .where(_queues.c.id == queue_id)).scalar()
    return matrix_or_default(value, DEFAULT_MATRIX)


def priority_of(impact: int, urgency: int, matrix: PriorityMatrix | None = None) -> int:
    """The priority impact × urgency gives (raises TicketError off the scale)."""
    try:
        return int((matrix or DEFAULT_MATRIX).priority(impact, urgency))
    except PriorityError as exc:
        raise TicketError(exc.code, exc.message, **exc.params) from exc


# -- creating -------------------------------------------------------------------------------
@dataclass
class TicketDraft:
    """What the agent typed into "New ticket"."""

    title: str
    description: str = ""
    customer_id: str | None = None
    category: str = ""
    impact: int = 3
    urgency: int = 3
    channel: str = "phone"
    queue_id: str | None = None
    assign_to_me: bool = True
    reference: str | None = None  # shown to the caller before the ticket is saved


def _checked_title(title: str) -> str:
    text = (title or "").strip()
    if not text:
        raise TicketError("title_missing", "A ticket needs a title.")
    if len(text) > _TITLE_MAX:
        raise TicketError("title_too_long", f"The title is longer than {_TITLE_MAX} "
                          "characters.", maximum=_TITLE_MAX)
    return text


def _checked_category(category: str) -> str:
    text = (category or "").strip()
    if len(text) > _CATEGORY_MAX:
        raise TicketError("category_too_long", f"The category is longer than {_CATEGORY_MAX} "
                          "characters.", maximum=_CATEGORY_MAX)
    return text


def _customer_fields(conn: Any, customer_id: str | None) -> dict[str, Any]:
    """customer_id, organisation_id and the list's sort key for a customer (or none)."""
    if not customer_id:
        return {"customer_id": None, "organisation_id": None, "customer_name": ""}
    row = conn.execute(
        select(_customers.c.first_name, _customers.c.last_name,
               _customers.c.organisation_id, _orgs.c.name)
        .select_from(_customers.outerjoin(_orgs, _orgs.c.id == _customers.c.organisation_id))
        .where(_customers.c.id == customer_id)).first()
    if row is None:
        raise TicketError("customer_unknown", "This customer is not on this computer.")
    first, last, org_id, org_name = row
    # The same "First Last" (else the organisation) the seed and the list show.
    name = " ".join(x for x in (first, last) if x) or org_name or ""
    return {"customer_id": customer_id, "organisation_id": org_id,
            "customer_name": name[:250]}


def new_ticket_reference(db: LocalDatabase) -> str:
    """A fresh reference that no ticket on this computer has (see
    :mod:`desktop.domain.reference` for the odds of a clash elsewhere)."""
    with _engine(db).connect() as conn:
        while True:
            reference = new_reference()
            taken = conn.execute(select(_tickets.c.id)
                                 .where(_tickets.c.reference == reference)).first()
            if taken is None:
                return reference


def create_ticket(writer: LocalWriter, agent: Agent, draft: TicketDraft,
                  matrix: PriorityMatrix | None = None,
                  now: datetime | None = None) -> str:
    """Create a ticket locally (status ``new``); returns its id.

    The queue defaults to :func:`default_queue`; the reference is ``draft.reference``
    (one handed out by :func:`new_ticket_reference`) or a fresh one. The priority
    comes from ``matrix``, by default the queue's (:func:`matrix_for_queue`).
    """
    title = _checked_title(draft.title)
    category = _checked_category(draft.category)
    db = writer.db
    target = queue(db, draft.queue_id) if draft.queue_id else default_queue(db, agent)
    if draft.queue_id and target is None:
        raise TicketError("queue_unknown", "This queue is not on this computer.")
    if target is None:
        raise TicketError("no_queue", "There is no queue for new tickets.",
                          level=agent.level or 1)
    priority = priority_of(draft.impact, draft.urgency,
                           matrix or matrix_for_queue(db, target.id))
    with _engine(db).connect() as conn:
        customer = _customer_fields(conn, draft.customer_id)
    when = now or utcnow()
    fields = {
        "reference": draft.reference or new_ticket_reference(db),
        "title": title, "description": (draft.description or "").strip(),
        "status": Status.NEW.value, "impact": draft.impact, "urgency": draft.urgency,
        "priority": priority, "category": category,
        "channel": draft.channel if draft.channel in CHANNELS else "phone",
        "level": target.level, "queue_id": target.id,
        "owner_id": agent.id if draft.assign_to_me else None,
        "created_by": agent.id, "created_at": when, "updated_at": when, **customer,
    }
    try:
        return writer.create("tickets", fields)
    except LocalEditError as exc:
        raise TicketError("local_edit", str(exc), detail=str(exc)) from exc


# -- changing ---------------------------------------------------------------------------------
def _require(db: LocalDatabase, ticket_id: str) -> TicketRecord:
    record = load_ticket(db, ticket_id)
    if record is None:
        raise TicketError("ticket_missing", "This ticket is no longer on this computer.")
    return record


def _user_exists(db: LocalDatabase, user_id: str) -> bool:
    with _engine(db).connect() as conn:
        return conn.execute(select(_users.c.id).where(_users.c.id == user_id)).first() \
            is not None


def _update(writer: LocalWriter, ticket_id: str, fields: dict[str, Any]) -> None:
    try:
        writer.update("tickets", ticket_id, fields)
    except LocalEditError as exc:
        raise TicketError("local_edit", str(exc), detail=str(exc)) from exc
    if _SLA_INPUTS.intersection(fields):
        refresh_sla_instants(writer.db, ticket_id)


# Fields a local edit can change that move the nearest due time or its warn instant.
_SLA_INPUTS = frozenset({"status", "pending_reason", "priority", "queue_id", "level",
                         "impact", "urgency"})


def refresh_sla_instants(db: LocalDatabase, ticket_id: str) -> dict[str, Any]:
    """Recompute the ticket's ``sla_due_at`` / ``sla_warn_at`` from the local row and
    its queue's policy (:func:`desktop.domain.sla.due_instants`, as the server does)
    and write the changed ones to the local row only (no outbox entry). Returns them."""
    t, p = _tickets.c, _policies.c
    with _engine(db).begin() as conn:
        row = conn.execute(
            select(t.status, t.priority, t.pending_reason, t.sla_paused_since,
                   t.first_response_due, t.first_responded_at, t.solution_due,
                   t.sla_due_at, t.sla_warn_at, p.calendar, p.warn_ratio, p.targets)
            .select_from(_tickets.outerjoin(_queues, _queues.c.id == t.queue_id)
                         .outerjoin(_policies, p.id == _queues.c.sla_policy_id))
            .where(t.id == ticket_id)).mappings().first()
        if row is None:
            return {}
        calendar, targets = None, None
        if row["targets"] is not None:
            try:
                calendar = calendar_for(row["calendar"])
                targets = parse_targets(row["targets"])
            except SlaError:
                calendar, targets = None, None  # as the server: no usable policy
        found = due_instants(
            status=row["status"], priority=int(row["priority"]),
            first_response_due=from_wire_time(row["first_response_due"]),
            first_responded_at=from_wire_time(row["first_responded_at"]),
            solution_due=from_wire_time(row["solution_due"]), targets=targets,
            warn_ratio=float(row["warn_ratio"] if row["warn_ratio"] is not None else 0.0),
            calendar=calendar, pending_reason=row["pending_reason"] or None,
            sla_paused_since=from_wire_time(row["sla_paused_since"]))
        fresh = {name: value for name, value in (("sla_due_at", found.due),
                                                 ("sla_warn_at", found.warn))
                 if from_wire_time(row[name]) != value}
        if fresh:
            conn.execute(update(Ticket).where(t.id == ticket_id).values(**fresh))
    return fresh


def validate_changes(db: LocalDatabase, record: TicketRecord, changes: Mapping[str, Any],
                     matrix: PriorityMatrix | None = None) -> dict[str, Any]:
    """Check an edit against the rules; the fields to write (only those that differ,
    with the priority and the fields that follow from them). Raises TicketError.
    The priority comes from ``matrix``, by default the ticket's queue's."""
    unknown = [name for name in changes if name not in EDITABLE_FIELDS]
    if unknown:
        raise TicketError("field_read_only", f"{unknown[0]} cannot be edited here.",
                          field=unknown[0])
    out: dict[str, Any] = {}
    if "title" in changes:
        out["title"] = _checked_title(str(changes["title"] or ""))
    if "description" in changes:
        out["description"] = str(changes["description"] or "")
    if "category" in changes:
        out["category"] = _checked_category(str(changes["category"] or ""))
    status = str(changes.get("status", record.status))
    if status != record.status:
        try:
            check_transition(record.status, status)
        except TransitionError as exc:
            raise TicketError(exc.code, exc.message, **exc.params) from exc
        out["status"] = status
    if status == Status.PENDING:
        reason = str(changes.get("pending_reason") or record.pending_reason
                     or PendingReason.WAITING_FOR_CUSTOMER)
        try:
            out["pending_reason"] = str(parse_pending_reason(reason))
        except PendingReasonError as exc:
            raise TicketError(exc.code, exc.message, **exc.params) from exc
        if "pending_until" in changes:
            out["pending_until"] = changes["pending_until"]
    elif record.status == Status.PENDING or "pending_reason" in changes:
        out["pending_reason"] = ""  # not waiting any more
        out["pending_until"] = None
    impact = int(changes.get("impact", record.impact))
    urgency = int(changes.get("urgency", record.urgency))
    if impact != record.impact or urgency != record.urgency:
        out["priority"] = priority_of(impact, urgency,
                                      matrix or matrix_for_queue(db, record.queue_id))
        out["impact"], out["urgency"] = impact, urgency
    if "queue_id" in changes and changes["queue_id"] != record.queue_id:
        target = queue(db, changes["queue_id"])
        if target is None:
            raise TicketError("queue_unknown", "This queue is not on this computer.")
        if target.level != record.level:
            raise TicketError("queue_level", "A queue of another support level is reached "
                              "by escalating or handing back.", level=target.level,
                              expected=record.level)
        out["queue_id"] = target.id
    if "owner_id" in changes:
        owner = changes["owner_id"] or None
        if owner is not None and not _user_exists(db, owner):
            raise TicketError("user_unknown", "This user is not on this computer.")
        out["owner_id"] = owner
    if "customer_id" in changes and (changes["customer_id"] or None) != record.customer_id:
        with _engine(db).connect() as conn:
            customer = _customer_fields(conn, changes["customer_id"] or None)
        # The list's sort key is the server's to keep (it follows renames); sending it
        # could only make a conflict.
        customer.pop("customer_name")
        out.update(customer)
    current = {
        "title": record.title, "description": record.description, "status": record.status,
        "pending_reason": record.pending_reason, "pending_until": record.pending_until,
        "impact": record.impact, "urgency": record.urgency, "priority": record.priority,
        "category": record.category, "queue_id": record.queue_id,
        "owner_id": record.owner_id, "customer_id": record.customer_id,
    }
    return {k: v for k, v in out.items() if k not in current or current[k] != v}


def change_fields(writer: LocalWriter, ticket_id: str, changes: Mapping[str, Any],
                  matrix: PriorityMatrix | None = None) -> dict[str, Any]:
    """Validate and write an edit of the ticket form; the fields written."""
    record = _require(writer.db, ticket_id)
    fields = validate_changes(writer.db, record, changes, matrix)
    if fields:
        _update(writer, ticket_id, fields)
    return fields


def take(writer: LocalWriter, agent: Agent, ticket_id: str) -> dict[str, Any]:
    """The agent takes the ticket; a new ticket is opened by taking it."""
    record = _require(writer.db, ticket_id)
    changes: dict[str, Any] = {"owner_id": agent.id}
    if record.status == Status.NEW:
        changes["status"] = Status.OPEN.value
    return change_fields(writer, ticket_id, changes)


def assign(writer: LocalWriter, ticket_id: str, user_id: str | None) -> dict[str, Any]:
    """Give the ticket to someone (None: nobody)."""
    return change_fields(writer, ticket_id, {"owner_id": user_id})


def release(writer: LocalWriter, ticket_id: str) -> dict[str, Any]:
    """Put the ticket back into its queue without an owner."""
    return change_fields(writer, ticket_id, {"owner_id": None})


def add_entry(writer: LocalWriter, agent: Agent, ticket_id: str, kind: str, body: str,
              data: Mapping[str, Any] | None = None, now: datetime | None = None) -> str:
    """Append a note, a call log or a message to the customer; the entry's id."""
    if kind not in COMPOSER_KINDS:
        raise TicketError("entry_kind_unknown", f"{kind!r} is not an entry agents write.",
                          kind=kind)
    text = (body or "").strip()
    if not text:
        raise TicketError("entry_empty", "An entry needs some text.")
    _require(writer.db, ticket_id)
    payload = dict(data or {})
    if kind == "customer_message":
        payload.setdefault("direction", "outbound")
    return _append(writer, agent, ticket_id, kind, text, payload, now)


def _append(writer: LocalWriter, agent: Agent, ticket_id: str, kind: str, body: str,
            data: Mapping[str, Any], now: datetime | None) -> str:
    try:
        return writer.create("ticket_entries", {
            "ticket_id": ticket_id, "kind": kind, "author_id": agent.id, "body": body,
            "data": json.dumps(dict(data), ensure_ascii=False),
            "created_at": now or utcnow()})
    except LocalEditError as exc:
        raise TicketError("local_edit", str(exc), detail=str(exc)) from exc


# -- escalation ----------------------------------------------------------------------------------
def escalation_targets(db: LocalDatabase, record: TicketRecord) -> list[QueueChoice]:
    """The queues one level above the ticket (several on the 3rd level)."""
    return queue_choices(db, record.level + 1) if record.level < esc.TOP_LEVEL else []


def handback_targets(db: LocalDatabase, record: TicketRecord) -> list[QueueChoice]:
    """The queues below the ticket's level, nearest level first."""
    lower = [q for q in queue_choices(db) if q.level < record.level]
    return sorted(lower, key=lambda q: (-q.level, q.name))


def _queue_names(db: LocalDatabase) -> dict[str, str]:
    return {q.id: q.name for q in queue_choices(db)}


def _check_may_move(agent: Agent, record: TicketRecord) -> None:
    """The server's conditions for a hand-over (server/rules/ticket_entries.py), checked
    here first so the agent hears at once instead of finding a rejection later."""
    if record.status in (Status.RESOLVED, Status.CLOSED):
        raise TicketError("ticket_resolved", "A resolved or closed ticket is reopened "
                          "before it is escalated or handed back.", status=record.status)
    if agent.role == "agent" and (agent.level or 0) < record.level:
        raise TicketError("level_too_low", f"Only level {record.level} or higher can move "
                          "this ticket between levels.", level=record.level)


def escalate(writer: LocalWriter, agent: Agent, ticket_id: str, to_queue_id: str,
             tried: str, findings: str, customer_told: str,
             now: datetime | None = None) -> str:
    """Escalate to a queue one level up with a hand-over note; the entry's id.

    Appends the ``escalation`` entry (data :meth:`Handover.to_dict`, body rendered in
    the agent's language) and moves the ticket locally the way the server's rule does:
    level, queue, no owner, one more escalation, ``new`` becomes ``open``. Raises
    TicketError (nothing is written then).
    """
    db = writer.db
    record = _require(db, ticket_id)
    _check_may_move(agent, record)
    target = queue(db, to_queue_id)
    if target is None:
        raise TicketError("queue_unknown", "This queue is not on this computer.")
    try:
        handover = esc.escalate(from_level=record.level, to_queue_id=target.id,
                                to_queue_level=target.level, tried=tried, findings=findings,
                                customer_told=customer_told, from_queue_id=record.queue_id)
    except esc.EscalationError as exc:
        raise TicketError(exc.code, exc.message, **exc.params) from exc
    body = esc.render_handover(handover, agent.language, _queue_names(db))
    entry_id = _append(writer, agent, ticket_id, ESCALATION, body, handover.to_dict(), now)
    move: dict[str, Any] = {"level": target.level, "queue_id": target.id, "owner_id": None,
                            "escalation_count": record.escalation_count + 1}
    if record.status == Status.NEW:
        move["status"] = Status.OPEN.value  # as the server's rule does
    _update(writer, ticket_id, move)
    return entry_id


def hand_back(writer: LocalWriter, agent: Agent, ticket_id: str, to_queue_id: str,
              reason: str, now: datetime | None = None) -> str:
    """Hand the ticket down to a lower level's queue (for customer communication)."""
    db = writer.db
    record = _require(db, ticket_id)
    _check_may_move(agent, record)
    target = queue(db, to_queue_id)
    if target is None:
        raise TicketError("queue_unknown", "This queue is not on this computer.")
    try:
        handover = esc.hand_back(from_level=record.level, to_level=target.level,
                                 reason=reason, to_queue_id=target.id,
                                 from_queue_id=record.queue_id)
    except esc.EscalationError as exc:
        raise TicketError(exc.code, exc.message, **exc.params) from exc
    body = esc.render_handover(handover, agent.language, _queue_names(db))
    entry_id = _append(writer, agent, ticket_id, HANDBACK, body, handover.to_dict(), now)
    _update(writer, ticket_id, {"level": target.level, "queue_id": target.id,
                                "owner_id": None})
    return entry_id


# -- macros -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MacroRecord:
    id: str
    name: str
    owner_id: str | None
    shared: bool
    shortcut: str
    actions: tuple[dict[str, Any], ...]

    def own(self, agent: Agent) -> bool:
        return self.owner_id == agent.id


@dataclass
class MacroOutcome:
    """What a macro did: the fields written, the entries added, and what is left for
    the agent (an escalation needs the hand-over dialog)."""

    fields: dict[str, Any] = field(default_factory=dict)
    entries: list[str] = field(default_factory=list)
    escalate_to: str | None = None
    handover_prefill: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


PLACEHOLDERS = ("{customer.salutation}", "{customer.first_name}", "{customer.last_name}",
                "{ticket.reference}", "{ticket.title}", "{agent.name}")
_PLACEHOLDER = re.compile(r"\{(customer|ticket|agent)\.([a-z_]+)\}")
# Fields a macro may set directly, besides the dedicated action types.
_MACRO_FIELDS = {"status", "pending_reason", "impact", "urgency", "category", "title"}


def render_template(template: str, record: TicketRecord, agent: Agent) -> str:
    """Fill ``{customer.first_name}``, ``{customer.last_name}``,
    ``{customer.salutation}``, ``{ticket.reference}``, ``{ticket.title}`` and
    ``{agent.name}``; unknown placeholders stay as written, missing values are empty."""
    values = {
        ("customer", "first_name"): record.customer_first_name,
        ("customer", "last_name"): record.customer_last_name,
        ("customer", "salutation"): record.customer_salutation,
        ("customer", "name"): record.customer_name,
        ("ticket", "reference"): record.reference,
        ("ticket", "title"): record.title,
        ("agent", "name"): agent.name,
    }

    def fill(match: re.Match[str]) -> str:
        key = (match.group(1), match.group(2))
        return values[key] if key in values else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


def _parse_actions(raw: Any) -> tuple[dict[str, Any], ...]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(a for a in value if isinstance(a, dict))


def list_macros(db: LocalDatabase, agent: Agent) -> list[MacroRecord]:
    """The macros the agent may run: shared ones and their own, by name."""
    with _engine(db).connect() as conn:
        rows = conn.execute(
            select(_macros.c.id, _macros.c.name, _macros.c.owner_id, _macros.c.shared,
                   _macros.c.shortcut, _macros.c.actions)
            .where(or_(_macros.c.shared.is_(True), _macros.c.owner_id == agent.id))
            .order_by(func.lower(_macros.c.name), _macros.c.id)).all()
    return [MacroRecord(mid, name, owner, bool(shared), shortcut or "", _parse_actions(actions))
            for mid, name, owner, shared, shortcut, actions in rows]


def load_macro(db: LocalDatabase, macro_id: str) -> MacroRecord | None:
    with _engine(db).connect() as conn:
        row = conn.execute(
            select(_macros.c.id, _macros.c.name, _macros.c.owner_id, _macros.c.shared,
                   _macros.c.shortcut, _macros.c.actions)
            .where(_macros.c.id == macro_id)).first()
    if row is None:
        return None
    return MacroRecord(row[0], row[1], row[2], bool(row[3]), row[4] or "",
                       _parse_actions(row[5]))


def _checked_actions(actions: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for action in actions:
        if not isinstance(action, Mapping) or not isinstance(action.get("type"), str):
            raise TicketError("macro_actions_invalid", "Every macro action needs a type.",
                              detail="type")
        out.append(dict(action))
    return out


def save_macro(writer: LocalWriter, agent: Agent, name: str,
               actions: Sequence[Mapping[str, Any]], shared: bool = False,
               shortcut: str = "", macro_id: str | None = None) -> str:
    """Create (``macro_id`` None) or change one of the agent's own macros; its id."""
    text = (name or "").strip()
    if not text:
        raise TicketError("macro_name_missing", "A macro needs a name.")
    if len(text) > _MACRO_NAME_MAX:
        raise TicketError("macro_name_too_long", "The macro's name is too long.",
                          maximum=_MACRO_NAME_MAX)
    keys = (shortcut or "").strip()
    if len(keys) > _SHORTCUT_MAX:
        raise TicketError("macro_shortcut_too_long", "The shortcut is too long.",
                          maximum=_SHORTCUT_MAX)
    fields = {"name": text, "shared": bool(shared), "shortcut": keys,
              "actions": json.dumps(_checked_actions(actions), ensure_ascii=False)}
    try:
        if macro_id is None:
            return writer.create("macros", {**fields, "owner_id": agent.id})
        existing = load_macro(writer.db, macro_id)
        if existing is None:
            raise TicketError("macro_missing", "This macro is no longer on this computer.")
        if not existing.own(agent):
            raise TicketError("macro_not_own", "Only the macro's owner can change it.")
        writer.update("macros", macro_id, fields)
        return macro_id
    except LocalEditError as exc:
        raise TicketError("local_edit", str(exc), detail=str(exc)) from exc


def delete_macro(writer: LocalWriter, agent: Agent, macro_id: str) -> None:
    existing = load_macro(writer.db, macro_id)
    if existing is None:
        raise TicketError("macro_missing", "This macro is no longer on this computer.")
    if not existing.own(agent):
        raise TicketError("macro_not_own", "Only the macro's owner can delete it.")
    writer.delete("macros", macro_id)


def plan_macro(db: LocalDatabase, agent: Agent, record: TicketRecord, macro: MacroRecord,
               now: datetime | None = None) -> tuple[dict[str, Any], list[tuple[str, str]],
                                                     MacroOutcome]:
    """What running ``macro`` on ``record`` would do, checked against every rule before
    anything is written: (field changes, entries as (kind, body), outcome to fill)."""
    when = now or utcnow()
    changes: dict[str, Any] = {}
    entries: list[tuple[str, str]] = []
    outcome = MacroOutcome()
    for action in macro.actions:
        kind = str(action.get("type", ""))
        if kind == "set_status":
            changes["status"] = str(action.get("status", ""))
            if "reason" in action:
                changes["pending_reason"] = str(action["reason"])
        elif kind in {"set_category", "set_impact", "set_urgency"}:
            name = kind.removeprefix("set_")
            changes[name] = action.get(name)
        elif kind == "set_pending_until":
            hours = action.get("hours")
            if isinstance(hours, int | float) and not isinstance(hours, bool):
                changes["pending_until"] = when + timedelta(hours=float(hours))
            else:
                outcome.skipped.append(kind)
        elif kind in {"set_field", "set_fields"}:
            values: Any = action.get("fields") if kind == "set_fields" else {
                action.get("field"): action.get("value")}
            for name, value in (values if isinstance(values, dict) else {}).items():
                if name in _MACRO_FIELDS:
                    changes[str(name)] = value
                else:
                    outcome.skipped.append(f"{kind}:{name}")
        elif kind == "take":
            changes["owner_id"] = agent.id
        elif kind == "release":
            changes["owner_id"] = None
        elif kind == "assign":
            changes["owner_id"] = action.get("user_id")
        elif kind in {"add_entry", "add_note"}:
            entry_kind = str(action.get("kind") or "note")
            body = render_template(str(action.get("template", action.get("body", ""))),
                                   record, agent)
            if entry_kind in {ESCALATION, HANDBACK}:
                # A hand-over is only written through the escalation dialog's checks.
                outcome.handover_prefill.setdefault("findings", body)
            elif entry_kind in COMPOSER_KINDS:
                entries.append((entry_kind, body))
            else:
                outcome.skipped.append(f"{kind}:{entry_kind}")
        elif kind == "escalate":
            target = action.get("queue_id")
            outcome.escalate_to = str(target) if target else None
            if outcome.escalate_to is None:
                outcome.skipped.append(kind)
        else:
            outcome.skipped.append(kind)
    for name in ("impact", "urgency"):
        if name in changes:
            value = changes[name]
            if isinstance(value, bool) or not isinstance(value, int):
                raise TicketError(f"{name}_out_of_range", f"{name} must be a whole number.",
                                  value=value, maximum=DEFAULT_MATRIX.impact_levels)
    if "pending_until" in changes and changes.get("status", record.status) != Status.PENDING:
        changes.pop("pending_until")
    fields = validate_changes(db, record, changes)
    if any(not body.strip() for _kind, body in entries):
        raise TicketError("entry_empty", "An entry needs some text.")
    return fields, entries, outcome


def run_macro(writer: LocalWriter, agent: Agent, ticket_id: str, macro_id: str,
              now: datetime | None = None) -> MacroOutcome:
    """Run a macro on a ticket: all its checks first, then the field changes and its
    entries. An ``escalate`` action is not done here: ``outcome.escalate_to`` names the
    target queue for the hand-over dialog."""
    db = writer.db
    record = _require(db, ticket_id)
    macro = load_macro(db, macro_id)
    if macro is None or not (macro.shared or macro.own(agent)):
        raise TicketError("macro_missing", "This macro is no longer on this computer.")
    fields, entries, outcome = plan_macro(db, agent, record, macro, now)
    if fields:
        _update(writer, ticket_id, fields)
        outcome.fields = fields
    when = now or utcnow()
    for offset, (kind, body) in enumerate(entries):
        data = {"direction": "outbound"} if kind == "customer_message" else {}
        data["macro_id"] = macro.id
        outcome.entries.append(_append(writer, agent, ticket_id, kind, body, data,
                                       when + timedelta(microseconds=offset)))
    return outcome


def macro_shortcuts(macros: Iterable[MacroRecord]) -> dict[str, MacroRecord]:
    """Shortcut string → macro, for macros that have one (the first wins a tie)."""
    out: dict[str, MacroRecord] = {}
    for macro in macros:
        if macro.shortcut and macro.shortcut not in out:
            out[macro.shortcut] = macro
    return out

