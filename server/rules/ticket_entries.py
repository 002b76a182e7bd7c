"""Ticket entry rules on push: visibility, tier escalation and hand-back, first response.

Entries are append-only, so they never conflict; an escalation is therefore an entry,
and the server moves the ticket in the same transaction:

- ``kind`` ``"escalation"``, ``data`` ``{"to_queue_id", "tried", "findings",
  "customer_told"}`` (``"told_customer"`` is read as well): checked with
  :func:`desktop.domain.escalation.escalate` against the ticket's current level and the
  target queue's level (exactly one level up; ``handover_incomplete`` names the missing
  parts in ``params["missing"]``). The ticket gets the queue's level and queue, no
  owner, status ``open`` if it was ``new``, ``escalation_count`` + 1,
  ``first_contact_resolution`` false, and new SLA due times when the queue's policy
  differs.
- ``kind`` ``"handback"``, ``data`` ``{"to_queue_id", "reason"}``: checked with
  :func:`desktop.domain.escalation.hand_back` (a lower level, a reason); the ticket gets
  the lower queue and level and no owner.

In both, ``to_level`` in the data is informational: the target queue's level counts.
The stored ``data`` is the domain's :meth:`~desktop.domain.escalation.Handover.to_dict`
(so it also names ``from_level`` and ``from_queue_id``); an empty ``body`` is filled with
the German rendering. An agent must work on at least the ticket's level to escalate or
hand it back; a resolved or closed ticket is reopened first (``ticket_resolved``).

A customer-facing entry (``call_log``, or ``customer_message`` with ``data.direction``
``"outbound"``) sets ``first_responded_at`` (once), ``last_customer_update_at`` and a new
``next_update_due``. ``field_change`` entries are written by the server only.

Entries on a ticket the user may not see are refused (``queue_not_visible``).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import update

from desktop.domain.escalation import (
    EscalationError,
    Handover,
    HandoverKind,
    escalate,
    hand_back,
    render_handover,
)
from desktop.domain.roles import Role
from desktop.domain.tickets import Status
from desktop.models.types import utcnow
from server.rules import EntityRules, Rejected, WriteContext, register
from server.rules.tickets import (
    FIELD_CHANGE,
    TICKETS,
    add_timeline,
    due_times,
    load_queue,
    load_ticket,
    log_replaced,
    next_update_due,
    not_visible,
    policy_of_queue,
    restamp_entries,
    visibility,
)

HANDOVER_KINDS = (HandoverKind.ESCALATION.value, HandoverKind.HANDBACK.value)
_DONE = (Status.RESOLVED.value, Status.CLOSED.value)


def _data(row: dict[str, Any]) -> dict[str, Any]:
    raw = row.get("data") or "{}"
    try:
        data = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError as exc:
        raise Rejected("invalid", "The entry's data is not valid JSON.", field="data") from exc
    if not isinstance(data, dict):
        raise Rejected("invalid", "The entry's data must be an object.", field="data")
    return data


def _text(data: dict[str, Any], *names: str) -> str:
    for name in names:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise Rejected("data_invalid", f"The hand-over's {name} is not text.", field=name)
        if value:
            return value
    return ""


def customer_facing(row: dict[str, Any]) -> bool:
    kind = row.get("kind")
    if kind == "call_log":
        return True
    if kind != "customer_message":
        return False
    try:
        data = json.loads(row.get("data") or "{}")
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("direction") == "outbound"


class TicketEntryRules(EntityRules):
    entity: ClassVar[str] = "ticket_entries"

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        ticket = load_ticket(ctx.session, str(row.get("ticket_id")))
        if ticket is None:
            return  # the push path refuses it as "deleted"
        if not visibility(ctx).ticket_visible(ticket):
            raise not_visible(ticket.get("queue_id"))
        kind = row.get("kind")
        if kind == FIELD_CHANGE:
            raise Rejected("forbidden", "Field changes are written by the server.", kind=kind)
        if kind in HANDOVER_KINDS:
            handover, queue_name = self._handover(ctx, ticket, str(kind), _data(row))
            row["data"] = json.dumps(handover.to_dict(), ensure_ascii=False)
            row["author_id"] = ctx.principal.user_id
            if not str(row.get("body") or "").strip():
                row["body"] = render_handover(handover, "de",
                                              {str(handover.to_queue_id): queue_name})

    def _handover(self, ctx: WriteContext, ticket: dict[str, Any], kind: str,
                  data: dict[str, Any]) -> tuple[Handover, str]:
        """Check a hand-over against the ticket as it is now; the handover and the
        target queue's name. Raises Rejected."""
        if ticket["status"] in _DONE:
            raise Rejected("ticket_resolved", "A resolved or closed ticket is reopened "
                           "before it is escalated or handed back.", status=ticket["status"])
        principal = ctx.principal
        if principal.role == Role.AGENT.value and (principal.level or 0) < ticket["level"]:
            raise Rejected("forbidden", f"Only level {ticket['level']} or higher can move this "
                           "ticket between levels.", level=ticket["level"])
        to_queue_id = data.get("to_queue_id")
        if not isinstance(to_queue_id, str) or not to_queue_id:
            raise Rejected("data_invalid", "The hand-over names no target queue.",
                           field="to_queue_id")
        queue = load_queue(ctx.session, to_queue_id)
        if queue is None:
            raise Rejected("queue_unknown", "This queue does not exist.", queue_id=to_queue_id)
        try:
            if kind == HandoverKind.ESCALATION:
                handover = escalate(
                    from_level=int(ticket["level"]), to_queue_id=to_queue_id,
                    to_queue_level=int(queue["level"]), tried=_text(data, "tried"),
                    findings=_text(data, "findings"),
                    customer_told=_text(data, "customer_told", "told_customer"),
                    from_queue_id=ticket.get("queue_id"))
            else:
                handover = hand_back(from_level=int(ticket["level"]),
                                     to_level=int(queue["level"]),
                                     reason=_text(data, "reason"), to_queue_id=to_queue_id,
                                     from_queue_id=ticket.get("queue_id"))
        except EscalationError as exc:
            raise Rejected(exc.code, exc.message, **exc.params) from exc
        return handover, str(queue["name"])

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        # Read the ticket again: every writer holds the version counter's lock by now,
        # so this is the ticket as the last committed change left it.
        ticket = load_ticket(ctx.session, str(row["ticket_id"]))
        if ticket is None:
            return
        if row["kind"] in HANDOVER_KINDS:
            handover, _ = self._handover(ctx, ticket, str(row["kind"]), _data(row))
            self._move(ctx, ticket, handover, version)
        elif customer_facing(row):
            self._responded(ctx, ticket, version)

    def _move(self, ctx: WriteContext, ticket: dict[str, Any], handover: Handover,
              version: int) -> None:
        session, now = ctx.session, utcnow()
        target = load_queue(session, handover.to_queue_id)
        assert target is not None  # checked by _handover in this transaction
        changes: dict[str, Any] = {"level": handover.to_level, "queue_id": target["id"],
                                   "owner_id": None}
        if handover.kind is HandoverKind.ESCALATION:
            changes["escalation_count"] = int(ticket["escalation_count"] or 0) + 1
            changes["first_contact_resolution"] = False
            if ticket["status"] == Status.NEW:
                changes["status"] = Status.OPEN.value
                if ticket.get("first_responded_at") is None:
                    changes["first_responded_at"] = now
        source = load_queue(session, ticket.get("queue_id"))
        if (source or {}).get("sla_policy_id") != target["sla_policy_id"]:
            after = {**ticket, **changes}
            changes.update(due_times(
                policy_of_queue(session, target), int(after["priority"]), after["created_at"],
                int(after["sla_paused_minutes"] or 0),
                after.get("last_customer_update_at") or after.get("first_responded_at"),
                running=True))
        session.execute(update(TICKETS).where(TICKETS.c.id == ticket["id"])
                        .values(**changes, updated_at=now, version=version))
        replaced = [(name, ticket.get(name), changes[name])
                    for name in ("level", "queue_id", "owner_id", "status", "escalation_count")
                    if name in changes and changes[name] != ticket.get(name)]
        log_replaced(session, ctx.principal, str(ticket["id"]), replaced, version)
        # The hand-over entry shows the queue and level; owner and status changes get
        # their own timeline lines.
        add_timeline(session, str(ticket["id"]), ctx.principal.user_id,
                     [c for c in replaced if c[0] in ("owner_id", "status")], version)
        restamp_entries(session, str(ticket["id"]), version)

    def _responded(self, ctx: WriteContext, ticket: dict[str, Any], version: int) -> None:
        now: datetime = utcnow()
        changes: dict[str, Any] = {"last_customer_update_at": now}
        if ticket.get("first_responded_at") is None:
            changes["first_responded_at"] = now
        if ticket["status"] not in _DONE:
            policy = policy_of_queue(ctx.session, load_queue(ctx.session, ticket.get("queue_id")))
            changes["next_update_due"] = next_update_due(policy, int(ticket["priority"]), now)
        ctx.session.execute(update(TICKETS).where(TICKETS.c.id == ticket["id"])
                            .values(**changes, updated_at=now, version=version))


register(TicketEntryRules())
