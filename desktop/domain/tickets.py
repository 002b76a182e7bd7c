"""The ticket status machine, enforced on the client and on the server alike.

``new`` → ``open`` / ``pending`` / ``resolved``; ``open`` ⇄ ``pending``; both →
``resolved`` → ``closed``; ``resolved`` and ``closed`` reopen to ``open``. Staying in
the same status is always allowed (a no-op). Anything else raises
:class:`TransitionError`.

A ticket is ``pending`` for a :class:`PendingReason`: waiting for the customer pauses
the SLA clocks (see :mod:`desktop.domain.sla`), a reminder the agent set for
themselves does not.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.OPEN, Status.PENDING, Status.RESOLVED}),
    Status.OPEN: frozenset({Status.PENDING, Status.RESOLVED}),
    Status.PENDING: frozenset({Status.OPEN, Status.RESOLVED}),
    Status.RESOLVED: frozenset({Status.CLOSED, Status.OPEN}),  # reopen
    Status.CLOSED: frozenset({Status.OPEN}),  # reopen
}

# Statuses a ticket leaves by being reopened.
DONE = frozenset({Status.RESOLVED, Status.CLOSED})


class TransitionError(ValueError):
    """A status change the machine does not allow.

    ``code`` is ``"invalid_transition"``, ``params`` ``{"current": …, "target": …}``
    (the raw strings, which may not even be statuses); ``message`` is English.
    """

    code = "invalid_transition"

    def __init__(self, current: str, target: str) -> None:
        self.message = f"A ticket cannot go from {current!r} to {target!r}."
        super().__init__(self.message)
        self.current, self.target = current, target
        self.params: dict[str, Any] = {"current": str(current), "target": str(target)}


def check_transition(current: str, target: str) -> None:
    """Raise TransitionError unless ``current`` → ``target`` is allowed (or a no-op)."""
    try:
        src, dst = Status(current), Status(target)
    except ValueError as exc:
        raise TransitionError(current, target) from exc
    if src is not dst and dst not in TRANSITIONS[src]:
        raise TransitionError(current, target)


def transition(current: str, target: str) -> Status:
    """The new status after ``current`` → ``target``, or :class:`TransitionError`."""
    check_transition(current, target)
    return Status(target)


def is_reopen(current: str, target: str) -> bool:
    """Whether ``current`` → ``target`` reopens a resolved or closed ticket."""
    return current in DONE and target == Status.OPEN


def allowed_targets(current: str) -> frozenset[Status]:
    return TRANSITIONS.get(Status(current), frozenset())


class PendingReason(StrEnum):
    """Why a ticket is ``pending``."""

    WAITING_FOR_CUSTOMER = "waiting_for_customer"  # the customer owes an answer: SLA pauses
    REMINDER = "reminder"  # the agent comes back to it at ``pending_until``: SLA runs on


# Reasons during which the SLA clocks stop.
SLA_PAUSING_REASONS = frozenset({PendingReason.WAITING_FOR_CUSTOMER})


class PendingReasonError(ValueError):
    """An unknown pending reason: ``code`` ``"pending_reason_unknown"``, ``params``
    ``{"reason": …}``."""

    code = "pending_reason_unknown"

    def __init__(self, reason: str) -> None:
        self.message = f"{reason!r} is not a reason for a pending ticket."
        super().__init__(self.message)
        self.params: dict[str, Any] = {"reason": str(reason)}


def parse_pending_reason(reason: str) -> PendingReason:
    try:
        return PendingReason(reason)
    except ValueError as exc:
        raise PendingReasonError(reason) from exc


def pauses_sla(status: str, reason: str | None) -> bool:
    """Whether a ticket in ``status`` (with ``reason`` when pending) stops its SLA clocks.

    A pending ticket without a recorded reason counts as waiting for the customer: that
    is what ``pending`` meant before reasons existed.
    """
    if status != Status.PENDING:
        return False
    if reason is None:
        return True
    return parse_pending_reason(reason) in SLA_PAUSING_REASONS
