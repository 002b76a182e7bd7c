"""The ticket status machine under random transition sequences (hypothesis stateful)."""

from __future__ import annotations

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop.domain.tickets import (
    TRANSITIONS,
    PendingReason,
    PendingReasonError,
    Status,
    TransitionError,
    allowed_targets,
    check_transition,
    is_reopen,
    parse_pending_reason,
    pauses_sla,
    transition,
)

# The rules written out independently of desktop/domain/tickets.py, so a change there
# has to be made here too, on purpose.
ALLOWED = {
    ("new", "open"), ("new", "pending"), ("new", "resolved"),
    ("open", "pending"), ("open", "resolved"),
    ("pending", "open"), ("pending", "resolved"),
    ("resolved", "closed"), ("resolved", "open"),
    ("closed", "open"),
}
STATUSES = ["new", "open", "pending", "resolved", "closed"]
NOT_STATUSES = ["", "deleted", "OPEN", "reopened", " new"]


class TicketLifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.status = "new"
        self.visited = {"new"}
        self.reopens = 0

    @rule(wanted=st.sampled_from(STATUSES + NOT_STATUSES))
    def change(self, wanted: str) -> None:
        expected_ok = wanted == self.status or (self.status, wanted) in ALLOWED
        try:
            new = transition(self.status, wanted)
        except TransitionError as exc:
            assert not expected_ok, f"{self.status} → {wanted} was refused"
            assert exc.code == "invalid_transition"
            assert exc.params == {"current": self.status, "target": wanted}
            assert repr(wanted) in exc.message and repr(self.status) in str(exc)
            return
        assert expected_ok, f"{self.status} → {wanted} was allowed"
        if is_reopen(self.status, wanted):
            self.reopens += 1
        self.status = str(new)
        self.visited.add(self.status)

    @precondition(lambda self: self.status in ("resolved", "closed"))
    @rule()
    def reopen(self) -> None:
        assert is_reopen(self.status, "open")
        check_transition(self.status, "open")
        self.status = "open"
        self.reopens += 1

    @invariant()
    def only_defined_states(self) -> None:
        assert self.status in STATUSES
        assert Status(self.status) in TRANSITIONS
        assert allowed_targets(self.status) == {Status(b) for a, b in ALLOWED if a == self.status}


TicketLifecycle.TestCase.settings = settings(max_examples=200, stateful_step_count=40,
                                             deadline=None)
test_ticket_lifecycle = TicketLifecycle.TestCase


def test_table_and_spec_agree() -> None:
    assert {(str(a), str(b)) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED


@pytest.mark.parametrize("status", STATUSES)
def test_staying_is_a_no_op(status: str) -> None:
    assert transition(status, status) == status


@pytest.mark.parametrize(("current", "target"), [
    ("closed", "pending"), ("new", "closed"), ("open", "new"), ("closed", "resolved"),
    ("x", "open"), ("open", "x"),
])
def test_refused_transitions_name_both_states(current: str, target: str) -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(current, target)
    assert info.value.current == current and info.value.target == target  # server/push.py
    assert f"{current!r} to {target!r}" in str(info.value)


def test_reopen_is_only_from_done_states() -> None:
    assert is_reopen("resolved", "open") and is_reopen("closed", "open")
    assert not is_reopen("pending", "open") and not is_reopen("closed", "closed")


def test_pending_reasons() -> None:
    assert pauses_sla("pending", "waiting_for_customer")
    assert pauses_sla("pending", None)  # pending before reasons existed
    assert not pauses_sla("pending", PendingReason.REMINDER)
    assert not pauses_sla("open", "waiting_for_customer")
    assert parse_pending_reason("reminder") is PendingReason.REMINDER
    with pytest.raises(PendingReasonError) as info:
        pauses_sla("pending", "holiday")
    assert info.value.code == "pending_reason_unknown"
    assert info.value.params == {"reason": "holiday"} and "holiday" in info.value.message
