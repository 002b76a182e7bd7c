"""Ticket rules on push: reference, priority, customer name, SLA due times, status side
effects, queue visibility and queue moves; the customer name follows renames.

What the server decides (its value wins over whatever a client sent for these fields):

- ``reference``: parsed with :func:`desktop.domain.reference.parse_reference` and stored
  in its canonical form; an existing one is refused as ``duplicate_reference``; it never
  changes afterwards (``reference_read_only``).
- ``priority`` from ``impact`` × ``urgency`` at create and whenever impact or urgency
  change, on the matrix of the queue's SLA policy (``SlaPolicy.priority_matrix``, see
  docs/tickets.md), else :data:`PRIORITY_MATRIX`. An update that sets only
  ``priority`` is a manual override and is kept.
- ``customer_name``: "First Last" of the customer, else the name of the customer's (or
  the ticket's) organisation, else ``""``; refreshed when ``customer_id`` or
  ``organisation_id`` change and when a customer or organisation is renamed.
- ``level`` from the queue. A plain update of ``level``, or of ``queue_id`` to a queue of
  another level, is refused as ``escalation_required``: levels change only through an
  escalation or hand-back entry (:mod:`server.rules.ticket_entries`).
- SLA due times from the queue's :class:`~desktop.models.SlaPolicy` on its business
  calendar (:mod:`desktop.domain.sla`): ``first_response_due`` and ``solution_due`` count
  from ``created_at`` (the client's, never later than the server's clock), recomputed
  when the priority or the policy changes; ``next_update_due`` counts from the last
  update the customer got (or the first response).
- Status side effects: ``resolved_at`` / ``closed_at`` are set and cleared on reopen;
  waiting for the customer (``pending`` with a reason that pauses the clock, see
  :func:`desktop.domain.tickets.pauses_sla`) sets ``sla_paused_since``; leaving it adds
  the paused business minutes to ``sla_paused_minutes`` and moves the running due
  times out by as much. ``first_responded_at`` is set by a phone ticket's creation (the
  caller is on the line), by the first status change away from ``new`` and by the
  first customer-facing entry. ``first_contact_resolution`` is decided on resolution
  by :func:`desktop.domain.escalation.is_first_contact_resolution`.
- ``sla_due_at`` / ``sla_warn_at``: the nearest running due time and the instant it
  turns "at risk" (:func:`desktop.domain.sla.due_instants`), recomputed from the row as
  every write leaves it (also after a hand-over or a first response written by
  :mod:`server.rules.ticket_entries`, for the open tickets of an SLA policy whose
  targets, warn ratio or calendar change, and of a queue given another policy). The
  lists compare them with the time.
- The timeline: every change of ``owner_id``, ``queue_id``, ``status`` and ``priority``
  gets a ``field_change`` ticket entry written by the server (author = the pushing
  user, data ``{"field", "old", "new"}``), so everyone sees it and no client can forget.

SLA policies (admins write them): a ``priority_matrix`` that
:func:`desktop.domain.priority.configured_matrix` refuses is refused with its code
(``matrix_not_json``, ``matrix_size``, ``matrix_levels``, ...) and message.

Visibility (:mod:`server.visibility`): a ticket is created only in a queue the user may
see, and only a ticket the user may see can be changed (``queue_not_visible``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.escalation import Contact, is_first_contact_resolution
from desktop.domain.priority import (
    FIVE_LEVEL_MATRIX,
    PriorityError,
    PriorityMatrix,
    configured_matrix,
    matrix_or_default,
)
from desktop.domain.reference import ReferenceFormatError, parse_reference
from desktop.domain.sla import (
    BusinessCalendar,
    SlaError,
    SlaTargets,
    calendar_for,
    due_instants,
    parse_targets,
)
from desktop.domain.tickets import (
    PendingReasonError,
    Status,
    is_reopen,
    parse_pending_reason,
    pauses_sla,
)
from desktop.models import SYNCED_TABLES
from desktop.models.types import new_id, utcnow
from server.auth import Principal
from server.rules import EntityRules, Rejected, WriteContext, register
from server.store import ReplacedValue
from server.visibility import Visibility, visibility_for

log = logging.getLogger("agentdesk.server.rules.tickets")

TICKETS = SYNCED_TABLES["tickets"]
ENTRIES = SYNCED_TABLES["ticket_entries"]
QUEUES = SYNCED_TABLES["queues"]
POLICIES = SYNCED_TABLES["sla_policies"]
CUSTOMERS = SYNCED_TABLES["customers"]
ORGANISATIONS = SYNCED_TABLES["organisations"]
CALLS = SYNCED_TABLES["calls"]

# Tickets carry impact and urgency 1 … 5 (the push path checks the range), so the
# five-level matrix: the one the seed, the column defaults and the desktop use.
PRIORITY_MATRIX: PriorityMatrix = FIVE_LEVEL_MATRIX
# A phone ticket without a recorded call: its first contact is the call it was opened
# in, taken to last this long (for the first-contact-resolution decision).
FIRST_CONTACT_WINDOW = timedelta(minutes=60)
# A client clock this far ahead of the server's is not believed for ``created_at``.
CLOCK_SKEW = timedelta(minutes=5)
FIELD_CHANGE = "field_change"
TIMELINE_FIELDS = ("owner_id", "queue_id", "status", "priority")
# Fields only the server writes: a value a client sends for them is replaced by the
# server's (``level`` and ``reference`` are refused instead, see on_update).
DERIVED = ("customer_name", "first_response_due", "solution_due", "next_update_due",
           "first_responded_at", "last_customer_update_at", "resolved_at", "closed_at",
           "sla_paused_since", "sla_paused_minutes", "escalation_count",
           "first_contact_resolution", "created_by", "sla_due_at", "sla_warn_at")
ACTIVE = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value)
_DONE = (Status.RESOLVED.value, Status.CLOSED.value)
_STASH = "_ticket_rules_timeline"  # per-mutation scratch on the WriteContext


# --------------------------------------------------------------------- shared helpers

@dataclass(frozen=True)
class Policy:
    """An SLA policy ready to compute with."""

    id: str
    calendar: BusinessCalendar
    targets: Mapping[int, SlaTargets]
    warn_ratio: float


def load_queue(session: Session, queue_id: str | None) -> dict[str, Any] | None:
    if queue_id is None:
        return None
    row = session.execute(select(QUEUES.c.id, QUEUES.c.level, QUEUES.c.team_id,
                                 QUEUES.c.sla_policy_id, QUEUES.c.name)
                          .where(QUEUES.c.id == queue_id)).mappings().first()
    return dict(row) if row is not None else None


def load_policy(session: Session, policy_id: str | None) -> Policy | None:
    """The SLA policy, or None when there is none or it cannot be used (logged)."""
    if policy_id is None:
        return None
    row = session.execute(select(POLICIES).where(POLICIES.c.id == policy_id)).mappings().first()
    if row is None:
        return None
    try:
        return Policy(row["id"], calendar_for(row["calendar"]), parse_targets(row["targets"]),
                      float(row["warn_ratio"]))
    except SlaError as exc:
        log.warning("SLA policy %s is not usable (%s): tickets get no due times",
                    policy_id, exc.message)
        return None


def policy_of_queue(session: Session, queue: Mapping[str, Any] | None) -> Policy | None:
    return load_policy(session, queue["sla_policy_id"]) if queue is not None else None


def _add(policy: Policy, start: datetime, minutes: int) -> datetime | None:
    try:
        return policy.calendar.add_minutes(start, minutes)
    except SlaError as exc:
        log.warning("cannot compute an SLA due time: %s", exc.message)
        return None


def due_times(policy: Policy | None, priority: int, created_at: datetime,
              paused_minutes: int, update_from: datetime | None,
              running: bool) -> dict[str, datetime | None]:
    """``first_response_due``, ``solution_due`` and ``next_update_due`` of a ticket.

    The first two count from ``created_at`` plus the business minutes the clock was
    paused so far; the next update counts from ``update_from`` (the last update the
    customer got, else the first response) while the ticket is ``running`` (not
    resolved or closed).
    """
    targets = policy.targets.get(int(priority)) if policy is not None else None
    if policy is None or targets is None:
        return {"first_response_due": None, "solution_due": None, "next_update_due": None}
    out: dict[str, datetime | None] = {"first_response_due": None, "solution_due": None,
                                       "next_update_due": None}
    if targets.first_response is not None:
        out["first_response_due"] = _add(policy, created_at,
                                         targets.first_response + paused_minutes)
    if targets.solution is not None:
        out["solution_due"] = _add(policy, created_at, targets.solution + paused_minutes)
    if targets.next_update is not None and update_from is not None and running:
        out["next_update_due"] = _add(policy, update_from, targets.next_update)
    return out


def next_update_due(policy: Policy | None, priority: int, start: datetime) -> datetime | None:
    targets = policy.targets.get(int(priority)) if policy is not None else None
    if policy is None or targets is None or targets.next_update is None:
        return None
    return _add(policy, start, targets.next_update)


def matrix_of_queue(session: Session, queue: Mapping[str, Any] | None) -> PriorityMatrix:
    """The priority matrix of the queue's SLA policy, else :data:`PRIORITY_MATRIX`."""
    if queue is None or queue.get("sla_policy_id") is None:
        return PRIORITY_MATRIX
    value = session.execute(select(POLICIES.c.priority_matrix)
                            .where(POLICIES.c.id == queue["sla_policy_id"])).scalar()
    return matrix_or_default(value, PRIORITY_MATRIX)


def sla_instants(policy: Policy | None, ticket: Mapping[str, Any]) -> dict[str, Any]:
    """``sla_due_at`` and ``sla_warn_at`` of a ticket as its fields now are."""
    found = due_instants(
        status=str(ticket.get("status") or Status.NEW.value),
        priority=int(ticket.get("priority") or 3),
        first_response_due=ticket.get("first_response_due"),
        first_responded_at=ticket.get("first_responded_at"),
        solution_due=ticket.get("solution_due"),
        targets=policy.targets if policy is not None else None,
        warn_ratio=policy.warn_ratio if policy is not None else 0.0,
        calendar=policy.calendar if policy is not None else None,
        pending_reason=ticket.get("pending_reason") or None,
        sla_paused_since=ticket.get("sla_paused_since"))
    return {"sla_due_at": found.due, "sla_warn_at": found.warn}


def refresh_sla_instants(session: Session, ticket_id: str,
                         version: int | None = None) -> dict[str, Any]:
    """Recompute a stored ticket's instants after a write another rule made; the
    changed ones (written, with ``version`` when given)."""
    ticket = load_ticket(session, ticket_id)
    if ticket is None:
        return {}
    policy = policy_of_queue(session, load_queue(session, ticket.get("queue_id")))
    fresh = {k: v for k, v in sla_instants(policy, ticket).items() if ticket.get(k) != v}
    if fresh:
        extra = {"version": version} if version is not None else {}
        session.execute(update(TICKETS).where(TICKETS.c.id == ticket_id)
                        .values(**fresh, **extra))
    return fresh


def priority_of(impact: int, urgency: int, matrix: PriorityMatrix | None = None) -> int:
    try:
        return int((matrix or PRIORITY_MATRIX).priority(impact, urgency))
    except PriorityError as exc:
        raise Rejected(exc.code, exc.message, **exc.params) from exc


def customer_name(session: Session, customer_id: str | None,
                  organisation_id: str | None) -> str:
    """The list's sort key: "First Last", else the organisation's name, else ""."""
    org_id = organisation_id
    if customer_id is not None:
        row = session.execute(select(CUSTOMERS.c.first_name, CUSTOMERS.c.last_name,
                                     CUSTOMERS.c.organisation_id)
                              .where(CUSTOMERS.c.id == customer_id)).first()
        if row is not None:
            name = " ".join(p for p in (row[0], row[1]) if p).strip()
            if name:
                return name[:250]
            org_id = row[2] or organisation_id
    if org_id is not None:
        org = session.execute(select(ORGANISATIONS.c.name)
                              .where(ORGANISATIONS.c.id == org_id)).scalar()
        if org:
            return str(org)[:250]
    return ""


def load_ticket(session: Session, ticket_id: str) -> dict[str, Any] | None:
    row = session.execute(select(TICKETS).where(TICKETS.c.id == ticket_id)).mappings().first()
    return dict(row) if row is not None else None


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def add_timeline(session: Session, ticket_id: str, author_id: str,
                 changes: Sequence[tuple[str, Any, Any]], version: int) -> None:
    """``field_change`` entries for (field, old, new) changes, stamped ``version``."""
    if not changes:
        return
    now = utcnow()
    session.execute(insert(ENTRIES), [
        {"id": new_id(), "ticket_id": ticket_id, "kind": FIELD_CHANGE, "author_id": author_id,
         "body": "", "created_at": now, "version": version,
         "data": json.dumps({"field": name, "old": _json(old), "new": _json(new)})}
        for name, old, new in changes])


def log_replaced(session: Session, principal: Principal, ticket_id: str,
                 changes: Sequence[tuple[str, Any, Any]], version: int) -> None:
    """Record values a rule replaced, as the push path does for the client's fields."""
    for name, old, new in changes:
        session.add(ReplacedValue(entity="tickets", entity_id=ticket_id, field=name,
                                  old_value=None if old is None else json.dumps(_json(old)),
                                  new_value=None if new is None else json.dumps(_json(new)),
                                  user_id=principal.user_id, version=version))


def restamp_entries(session: Session, ticket_id: str, version: int) -> None:
    """Give the ticket's entries the new version, so that a user who can see the ticket
    only from now on (it moved into their queue, or to them) gets its whole timeline
    with the next pull."""
    session.execute(update(ENTRIES).where(ENTRIES.c.ticket_id == ticket_id)
                    .where(ENTRIES.c.version < version).values(version=version))


def first_contact(session: Session, ticket: Mapping[str, Any]) -> Contact | None:
    """The ticket's first contact: its first linked call, else (phone tickets) the call
    it was opened in, taken to last :data:`FIRST_CONTACT_WINDOW`."""
    call = session.execute(select(CALLS.c.started_at, CALLS.c.ended_at,
                                  CALLS.c.wrap_up_ended_at)
                           .where(CALLS.c.ticket_id == ticket["id"])
                           .order_by(CALLS.c.started_at).limit(1)).first()
    if call is not None:
        return Contact(call[0], call[1], call[2])
    if ticket.get("channel") == "phone":
        return Contact(ticket["created_at"], ticket["created_at"] + FIRST_CONTACT_WINDOW)
    return None


def _was_reopened(session: Session, ticket_id: str) -> bool:
    return session.execute(
        select(ReplacedValue.id).where(
            ReplacedValue.entity == "tickets", ReplacedValue.entity_id == ticket_id,
            ReplacedValue.field == "status", ReplacedValue.new_value == '"open"',
            ReplacedValue.old_value.in_(['"resolved"', '"closed"'])).limit(1)
    ).first() is not None


def fcr(session: Session, ticket: Mapping[str, Any], resolved_at: datetime) -> bool:
    """First-contact resolution of ``ticket`` (its values after the change)."""
    return is_first_contact_resolution(
        status=str(ticket["status"]), resolved_at=resolved_at,
        resolved_level=int(ticket["level"]),
        ever_escalated=int(ticket.get("escalation_count") or 0) > 0,
        first_contact=first_contact(session, ticket),
        reopened=_was_reopened(session, str(ticket["id"])))


def _pending_reason(value: Any) -> str | None:
    """The reason as :func:`pauses_sla` takes it ("" = none recorded); checks it."""
    if not value:
        return None
    try:
        return str(parse_pending_reason(str(value)))
    except PendingReasonError as exc:
        raise Rejected(exc.code, exc.message, **exc.params) from exc


def visibility(ctx: WriteContext) -> Visibility:
    return visibility_for(ctx.session, ctx.principal)


def not_visible(queue_id: str | None) -> Rejected:
    return Rejected("queue_not_visible",
                    "This ticket is in a queue you do not work in.", queue_id=queue_id)


# ------------------------------------------------------------------------- the rules

class TicketRules(EntityRules):
    entity: ClassVar[str] = "tickets"

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        session, now = ctx.session, utcnow()
        try:
            row["reference"] = parse_reference(str(row.get("reference") or ""))
        except ReferenceFormatError as exc:
            raise Rejected(exc.code, exc.message, **exc.params) from exc
        taken = session.execute(select(TICKETS.c.id)
                                .where(TICKETS.c.reference == row["reference"])).first()
        if taken is not None:
            raise Rejected("duplicate_reference",
                           f"The reference {row['reference']} belongs to another ticket.",
                           reference=row["reference"])
        queue = load_queue(session, row.get("queue_id"))
        if row.get("queue_id") is not None and queue is None:
            raise Rejected("queue_unknown", "This queue does not exist.",
                           queue_id=row.get("queue_id"))
        if not visibility(ctx).queue_visible(row.get("queue_id")):
            raise not_visible(row.get("queue_id"))
        row["level"] = queue["level"] if queue is not None else 1
        created = row.get("created_at")
        if not isinstance(created, datetime) or created > now + CLOCK_SKEW:
            created = now
        row["created_at"] = created
        row.setdefault("updated_at", now)
        row["priority"] = priority_of(int(row.get("impact") or 3), int(row.get("urgency") or 3),
                                      matrix_of_queue(session, queue))
        status = str(row.get("status") or Status.NEW.value)
        for name in DERIVED:
            if name != "created_by":
                row.pop(name, None)
        row["customer_name"] = customer_name(session, row.get("customer_id"),
                                             row.get("organisation_id"))
        row["escalation_count"], row["sla_paused_minutes"] = 0, 0
        responded = created if row.get("channel", "phone") == "phone" else None
        row["first_responded_at"] = responded
        row["last_customer_update_at"] = responded
        reason = _pending_reason(row.get("pending_reason"))
        if status == Status.PENDING and pauses_sla(status, reason):
            row["sla_paused_since"] = created
        if status in _DONE:
            row["resolved_at"] = now
            if status == Status.CLOSED:
                row["closed_at"] = now
        policy = policy_of_queue(session, queue)
        row.update(due_times(policy, row["priority"], created, 0, responded,
                             running=status not in _DONE))
        row.update(sla_instants(policy, {**row, "status": status}))
        if status in _DONE:
            row["first_contact_resolution"] = fcr(session, {**row, "status": status}, now)

    def check_access(self, ctx: WriteContext, current: dict[str, Any]) -> None:
        if not visibility(ctx).ticket_visible(current):
            raise not_visible(current.get("queue_id"))

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        session, now = ctx.session, utcnow()
        if not visibility(ctx).ticket_visible(current):
            raise not_visible(current.get("queue_id"))
        if "reference" in changes:
            raise Rejected("reference_read_only", "A ticket's reference never changes.")
        if "level" in changes:
            raise Rejected("escalation_required",
                           "A ticket changes its support level only by an escalation or a "
                           "hand-back.", level=changes["level"], expected=current["level"])
        for name in DERIVED:  # the server's value wins
            if name in changes:
                changes[name] = current[name]
        after = {**current, **changes}
        queue = load_queue(session, after.get("queue_id"))
        policy_changed = False
        if "queue_id" in changes:
            if changes["queue_id"] is None:
                raise Rejected("queue_required", "A ticket cannot leave its queue; move it to "
                               "another queue instead.")
            if queue is None:
                raise Rejected("queue_unknown", "This queue does not exist.",
                               queue_id=changes["queue_id"])
            if queue["level"] != current["level"]:
                raise Rejected("escalation_required",
                               "A queue of another support level is reached by an escalation "
                               "or a hand-back.", level=queue["level"],
                               expected=current["level"])
            old_queue = load_queue(session, current.get("queue_id"))
            policy_changed = (old_queue or {}).get("sla_policy_id") != queue["sla_policy_id"]
        if "impact" in changes or "urgency" in changes:
            changes["priority"] = after["priority"] = priority_of(
                int(after["impact"]), int(after["urgency"]), matrix_of_queue(session, queue))
        if "customer_id" in changes or "organisation_id" in changes:
            changes["customer_name"] = customer_name(session, after.get("customer_id"),
                                                     after.get("organisation_id"))
        policy = policy_of_queue(session, queue)
        if "status" in changes or "pending_reason" in changes:
            self._status(ctx, current, changes, after, policy, now)
            after = {**current, **changes}
        if policy_changed or after["priority"] != current["priority"]:
            dues = due_times(policy, after["priority"], after["created_at"],
                             int(after["sla_paused_minutes"] or 0),
                             after.get("last_customer_update_at") or after.get(
                                 "first_responded_at"),
                             running=after["status"] not in _DONE)
            changes.update(dues)
        final = {**current, **changes}
        changes.update({k: v for k, v in sla_instants(policy, final).items()
                        if v != current.get(k) or k in changes})
        timeline = [(name, current.get(name), changes[name]) for name in TIMELINE_FIELDS
                    if name in changes and changes[name] != current.get(name)]
        ctx.__dict__[_STASH] = (timeline, current)

    def _status(self, ctx: WriteContext, current: dict[str, Any], changes: dict[str, Any],
                after: dict[str, Any], policy: Policy | None, now: datetime) -> None:
        old, new = str(current["status"]), str(after["status"])
        reason = _pending_reason(after.get("pending_reason"))
        paused_since = current.get("sla_paused_since")
        pausing = pauses_sla(new, reason)
        if pausing and paused_since is None:
            changes["sla_paused_since"] = now
        elif not pausing and paused_since is not None:
            changes["sla_paused_since"] = None
            minutes = 0
            if policy is not None:
                try:
                    minutes = round(policy.calendar.minutes_between(paused_since, now))
                except SlaError as exc:
                    log.warning("cannot count the paused minutes: %s", exc.message)
            if minutes > 0:
                changes["sla_paused_minutes"] = int(current["sla_paused_minutes"] or 0) + minutes
                assert policy is not None
                running = {"first_response_due": current.get("first_responded_at") is None,
                           "solution_due": current.get("resolved_at") is None,
                           "next_update_due": True}
                for name, still in running.items():
                    due = current.get(name)
                    if still and due is not None and due > paused_since:
                        changes[name] = _add(policy, due, minutes)
        if old == new:
            return
        if old == Status.NEW and current.get("first_responded_at") is None:
            changes["first_responded_at"] = now  # an agent took up the ticket
            changes["next_update_due"] = next_update_due(policy, after["priority"], now)
        if new == Status.RESOLVED:
            changes["resolved_at"] = now
            changes["next_update_due"] = None
            changes["first_contact_resolution"] = fcr(ctx.session, {**current, **changes}, now)
        elif new == Status.CLOSED:
            changes["closed_at"] = now
            changes["next_update_due"] = None
            if current.get("resolved_at") is None:
                changes["resolved_at"] = now
        elif is_reopen(old, new):
            changes["resolved_at"] = changes["closed_at"] = None
            changes["first_contact_resolution"] = False
            changes["next_update_due"] = next_update_due(policy, after["priority"], now)

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        stash = ctx.__dict__.pop(_STASH, None)
        if ctx.op != "update" or stash is None:
            return
        timeline, before = stash
        add_timeline(ctx.session, str(row["id"]), ctx.principal.user_id, timeline, version)
        new_owner = row.get("owner_id")
        moved = row.get("queue_id") != before.get("queue_id")
        handed = new_owner not in (before.get("owner_id"), None, ctx.principal.user_id)
        if moved or handed:
            restamp_entries(ctx.session, str(row["id"]), version)


class CustomerNameRules(EntityRules):
    """A renamed customer or organisation renames the tickets' sort key."""

    entity: ClassVar[str] = "customers"

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        if ctx.op != "update":
            return
        if self.entity == "customers":
            where = TICKETS.c.customer_id == row["id"]
        else:
            people = select(CUSTOMERS.c.id).where(CUSTOMERS.c.organisation_id == row["id"])
            where = (TICKETS.c.organisation_id == row["id"]) | TICKETS.c.customer_id.in_(people)
        tickets = ctx.session.execute(select(TICKETS.c.id, TICKETS.c.customer_id,
                                             TICKETS.c.organisation_id,
                                             TICKETS.c.customer_name).where(where)).all()
        names: dict[tuple[Any, Any], str] = {}
        for ticket_id, cid, oid, old in tickets:
            key = (cid, oid)
            if key not in names:
                names[key] = customer_name(ctx.session, cid, oid)
            if names[key] != old:
                ctx.session.execute(update(TICKETS).where(TICKETS.c.id == ticket_id)
                                    .values(customer_name=names[key], version=version))


class OrganisationNameRules(CustomerNameRules):
    entity: ClassVar[str] = "organisations"


class EntryFollowUpRules(EntityRules):
    """After :mod:`server.rules.ticket_entries` moved a ticket (hand-over) or recorded a
    first response, its nearest due time may be another one: the instants are
    recomputed just before the mutation's transaction commits, when every rule of the
    entry has written (that module imports this one, so its rules are registered after
    these and run later)."""

    entity: ClassVar[str] = "ticket_entries"

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        if ctx.op not in ("create", "append") or not row.get("ticket_id"):
            return
        waiting: set[str] = ctx.session.info.setdefault(_REFRESH, set())
        if not waiting:
            event.listen(ctx.session, "before_commit", _refresh_waiting, once=True)
        waiting.add(str(row["ticket_id"]))


_REFRESH = "agentdesk_sla_refresh"


def _refresh_waiting(session: Session) -> None:
    for ticket_id in sorted(session.info.pop(_REFRESH, set())):
        refresh_sla_instants(session, ticket_id)


class SlaPolicyRules(EntityRules):
    """A policy's priority matrix is checked; changed targets, warn ratio or calendar
    recompute the warn instants of the open tickets in its queues."""

    entity: ClassVar[str] = "sla_policies"

    @staticmethod
    def _check_matrix(value: Any) -> None:
        try:
            configured_matrix(value)
        except PriorityError as exc:
            raise Rejected(exc.code, exc.message, **exc.params) from exc

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self._check_matrix(row.get("priority_matrix"))

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        if "priority_matrix" in changes:
            self._check_matrix(changes["priority_matrix"])
        ctx.__dict__[_POLICY_STASH] = any(
            name in changes and changes[name] != current.get(name)
            for name in ("targets", "warn_ratio", "calendar"))

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        if ctx.op != "update" or not ctx.__dict__.pop(_POLICY_STASH, False):
            return
        queues = select(QUEUES.c.id).where(QUEUES.c.sla_policy_id == row["id"])
        ids = ctx.session.execute(select(TICKETS.c.id).where(
            TICKETS.c.queue_id.in_(queues), TICKETS.c.status.in_(ACTIVE))).scalars().all()
        changed = sum(bool(refresh_sla_instants(ctx.session, tid, version)) for tid in ids)
        log.info("SLA policy %s changed: %d of %d open tickets got new warn instants",
                 row["id"], changed, len(ids))


class QueuePolicyRules(EntityRules):
    """A queue given another SLA policy: its open tickets get the warn instants of the
    new policy (their due times stay, as for a move between queues of one policy)."""

    entity: ClassVar[str] = "queues"

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        ctx.__dict__[_POLICY_STASH] = changes.get(
            "sla_policy_id", current.get("sla_policy_id")) != current.get("sla_policy_id")

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        if ctx.op != "update" or not ctx.__dict__.pop(_POLICY_STASH, False):
            return
        ids = ctx.session.execute(select(TICKETS.c.id).where(
            TICKETS.c.queue_id == row["id"], TICKETS.c.status.in_(ACTIVE))).scalars().all()
        for ticket_id in ids:
            refresh_sla_instants(ctx.session, ticket_id, version)


_POLICY_STASH = "_sla_policy_changed"

register(TicketRules())
register(CustomerNameRules())
register(OrganisationNameRules())
register(EntryFollowUpRules())
register(SlaPolicyRules())
register(QueuePolicyRules())
