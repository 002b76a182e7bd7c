"""Merge rules and the ticket status machine, as pure functions (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.merge import merge_fields
from desktop.domain.tickets import TRANSITIONS, Status, TransitionError, check_transition

FIELDS = ["title", "description", "status", "priority", "category"]
values = st.sampled_from(["a", "b", "c", None])
edits = st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS))


def push(server: dict, base: dict, mine: dict, log: list) -> None:
    """What the server does with one client's edit (see server/push.py)."""
    result = merge_fields(server, {k: base[k] for k in mine}, mine)
    server.update(result.applied)
    log.extend(c.field for c in result.conflicts)


@given(start=st.fixed_dictionaries({f: values for f in FIELDS}), a=edits, b=edits,
       a_first=st.booleans())
def test_two_agents_converge_and_no_edit_vanishes(start: dict, a: dict, b: dict,
                                                   a_first: bool) -> None:
    server = dict(start)
    conflicts_a: list[str] = []
    conflicts_b: list[str] = []
    order = [(a, conflicts_a), (b, conflicts_b)]
    if not a_first:
        order.reverse()
    for mine, log in order:
        changed = {k: v for k, v in mine.items() if start[k] != v}  # what a client sends
        push(server, start, changed, log)
    # after both pull, both clients hold exactly the server's copy (the replica is the
    # server's rows), so they agree; now: every edit is either in or a recorded conflict
    for mine, log in ((a, conflicts_a), (b, conflicts_b)):
        for field, value in mine.items():
            if start[field] == value:
                continue
            assert server[field] == value or field in log
    # different fields never conflict
    for field in conflicts_a + conflicts_b:
        assert field in a and field in b and a[field] != b[field]


@given(current=values, base=values, mine=values)
def test_single_field_rules(current, base, mine) -> None:
    result = merge_fields({"f": current}, {"f": base}, {"f": mine})
    if current == mine:
        assert result.unchanged == ["f"] and result.clean
    elif current == base:
        assert result.applied == {"f": mine}
    else:
        assert [c.theirs for c in result.conflicts] == [current]


def test_field_unknown_to_the_base_applies() -> None:
    assert merge_fields({"f": "x"}, {}, {"f": "y"}).applied == {"f": "y"}


@given(st.lists(st.sampled_from(list(Status)), max_size=30))
def test_status_machine_never_reaches_an_undeclared_state(targets: list[Status]) -> None:
    status = Status.NEW
    for target in targets:
        try:
            check_transition(status, target)
        except TransitionError:
            assert target is not status and target not in TRANSITIONS[status]
            continue
        assert target is status or target in TRANSITIONS[status]
        status = target


def test_known_transitions() -> None:
    check_transition("new", "resolved")  # solved at first contact
    check_transition("closed", "open")  # reopen
    for bad in [("closed", "pending"), ("new", "closed"), ("open", "new"), ("x", "open")]:
        try:
            check_transition(*bad)
        except TransitionError as exc:
            assert bad[1] in str(exc)
        else:
            raise AssertionError(f"{bad} was allowed")
