"""The ticket status machine, enforced on the client and on the server alike."""

from __future__ import annotations

from enum import StrEnum


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


class TransitionError(ValueError):
    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"A ticket cannot go from {current!r} to {target!r}.")
        self.current, self.target = current, target


def check_transition(current: str, target: str) -> None:
    """Raise TransitionError unless ``current`` → ``target`` is allowed (or a no-op)."""
    try:
        src, dst = Status(current), Status(target)
    except ValueError as exc:
        raise TransitionError(current, target) from exc
    if src is not dst and dst not in TRANSITIONS[src]:
        raise TransitionError(current, target)


def allowed_targets(current: str) -> frozenset[Status]:
    return TRANSITIONS.get(Status(current), frozenset())
