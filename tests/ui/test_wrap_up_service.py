"""Agent states and wrap-ups on the local database (no server): what is written to the
rows and the outbox when the call has not arrived yet, several calls in a row, open
rows another session left, the codes in the interface's language, and after-call work
that ends by itself when configured so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest

from desktop.app.agent_states import AgentStateService, open_states, wrap_up_choices
from desktop.domain.agent_states import State, StateSettings
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import PENDING, LocalWriter
from desktop.ui.wrap_up import WrapUpBar

T = TypeVar("T")
USER = "user-anna"
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class LocalEditor:
    """What the window's sync service offers the state service, without a server."""

    def __init__(self, writer: LocalWriter) -> None:
        self._writer = writer
        self.edits = 0

    def writer(self) -> LocalWriter | None:
        return self._writer

    def edit(self, change: Callable[[LocalWriter], T]) -> T:
        self.edits += 1
        return change(self._writer)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def insert(db: LocalDatabase, entity: str, rows: list[dict[str, Any]]) -> None:
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(SYNCED_TABLES[entity].insert(), rows)


def scalar(db: LocalDatabase, sql: str) -> Any:
    assert db.engine is not None
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql).scalar()


@pytest.fixture
def db(local_db: LocalDatabase) -> LocalDatabase:
    insert(local_db, "users", [{"id": USER, "username": "anna.schmidt",
                                "display_name": "Anna Schmidt", "role": "agent", "level": 1}])
    insert(local_db, "wrap_up_codes", [
        {"id": "w1", "code": "solved", "label_de": "Gelöst", "label_en": "Solved",
         "active": True, "position": 2},
        {"id": "w2", "code": "callback", "label_de": "Rückruf vereinbart", "label_en": "",
         "active": True, "position": 1},
        {"id": "w3", "code": "retired", "label_de": "Alt", "label_en": "Old",
         "active": False, "position": 0}])
    return local_db


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(qtbot: Any, db: LocalDatabase, clock: Clock) -> AgentStateService:
    editor = LocalEditor(LocalWriter(db, USER))
    svc = AgentStateService(db, editor, USER, clock=clock)
    svc.start_session()
    return svc


def event(kind: str, call_id: str, row_id: str) -> dict[str, Any]:
    return {"type": "call", "user_id": USER, "event": kind, "call_id": call_id,
            "id": row_id, "caller": "+491711234567", "customer_id": "cust-0",
            "matches": [{"id": "cust-0", "name": "Jürgen Müller", "organisation": None}]}


def test_a_wrap_up_waits_for_its_call_and_is_written_after_the_sync(
        service: AgentStateService, db: LocalDatabase, clock: Clock) -> None:
    clock.advance(30)
    service.on_call_event(event("answered", "c1", "call-row-1"))
    clock.advance(90)
    service.on_call_event(event("hangup", "c1", "call-row-1"))
    assert service.presence.state is State.AFTER_CALL_WORK
    assert [(w.call_row_id, w.customer) for w in service.pending] == [
        ("call-row-1", "Jürgen Müller")]
    clock.advance(20)
    assert service.confirm_wrap_up("call-row-1", "callback")
    assert service.presence.state is State.AVAILABLE and not service.pending
    assert service.unsaved_wrap_ups() == 1  # the call has not come with a sync yet

    # the sync brings the call: the wrap-up goes to it, through the outbox
    insert(db, "calls", [{"id": "call-row-1", "external_id": "c1", "agent_id": USER,
                          "started_at": T0, "answered_at": T0,
                          "ended_at": T0 + timedelta(seconds=90)}])
    service.after_sync()
    assert service.unsaved_wrap_ups() == 0
    assert scalar(db, "SELECT wrap_up_code FROM calls WHERE id = 'call-row-1'") == "callback"
    assert scalar(db, "SELECT wrap_up_ended_at FROM calls") is not None
    items = LocalWriter(db, USER).items(PENDING)
    assert [(i.entity, i.op) for i in items if i.entity == "calls"] == [("calls", "update")]
    assert [i.fields.get("state") for i in items if i.op == "create"] == [
        "available", "on_call", "after_call_work", "available"]
    # one open row, and each row ended where the next began
    assert [r["state"] for r in open_states(db, USER)] == ["available"]
    assert scalar(db, "SELECT count(*) FROM agent_states a JOIN agent_states b "
                      "ON a.ended_at = b.started_at") == 3


def test_two_calls_in_a_row_are_wrapped_up_in_turn(service: AgentStateService,
                                                   clock: Clock) -> None:
    service.on_call_event(event("answered", "c1", "r1"))
    service.on_call_event(event("hangup", "c1", "r1"))
    clock.advance(10)
    service.on_call_event(event("answered", "c2", "r2"))  # the next call during ACW
    assert service.presence.state is State.ON_CALL
    service.on_call_event(event("hangup", "c1", "r1"))  # repeated: nothing new
    service.on_call_event(event("hangup", "c2", "r2"))
    assert [w.call_row_id for w in service.pending] == ["r1", "r2"]
    service.confirm_wrap_up("r1", "solved")
    assert service.presence.state is State.AFTER_CALL_WORK  # r2 still to wrap up
    service.confirm_wrap_up("r2", "solved", State.BREAK, "lunch")
    assert (service.presence.state, service.presence.reason) == (State.BREAK, "lunch")
    # another agent's event is not ours
    other = {**event("answered", "c3", "r3"), "user_id": "someone-else"}
    service.on_call_event(other)
    assert service.presence.state is State.BREAK


def test_open_rows_left_by_another_session_are_ended_after_the_sync(
        service: AgentStateService, db: LocalDatabase) -> None:
    insert(db, "agent_states", [{"id": "old", "user_id": USER, "state": "on_call",
                                 "reason": "", "started_at": T0 - timedelta(hours=3)}])
    assert len(open_states(db, USER)) == 2
    service.after_sync()
    assert [r["state"] for r in open_states(db, USER)] == ["available"]
    ended = scalar(db, "SELECT ended_at FROM agent_states WHERE id = 'old'")
    assert ended is not None


def test_codes_in_the_interface_language_and_the_bar(qtbot: Any, db: LocalDatabase,
                                                     service: AgentStateService) -> None:
    assert [(c.code, c.label) for c in wrap_up_choices(db, "de")] == [
        ("callback", "Rückruf vereinbart"), ("solved", "Gelöst")]
    # an empty English label falls back to the German one
    assert [c.label for c in wrap_up_choices(db, "en")] == ["Rückruf vereinbart", "Solved"]
    service.on_call_event(event("answered", "c1", "r1"))
    service.on_call_event(event("hangup", "c1", "r1"))
    bar = WrapUpBar()
    qtbot.addWidget(bar)
    bar.show_wrap_up(service.pending[0], wrap_up_choices(db, "en"), 0,
                     ("break", "short_break"))
    assert bar.call_label.text() == "Call with Jürgen Müller · 0171 1234567"
    assert bar.next_state() == ("break", "short_break")
    assert bar.more_label.isHidden()
    with qtbot.assertNotEmitted(bar.confirmed):
        bar.confirm()  # no code chosen
    bar.code_combo.setCurrentIndex(1)
    with qtbot.waitSignal(bar.confirmed) as confirmed:
        bar.confirm()
    assert confirmed.args == ["r1", "solved", "break", "short_break"]


def test_after_call_work_can_end_by_itself_at_its_limit(qtbot: Any, db: LocalDatabase
                                                        ) -> None:
    editor = LocalEditor(LocalWriter(db, USER))
    service = AgentStateService(db, editor, USER,
                                StateSettings(after_call_work_seconds=0.05),
                                auto_end_acw=True)
    service.start_session()
    service.on_call_event(event("answered", "c1", "r1"))
    with qtbot.waitSignal(service.state_changed, timeout=10_000) as changed:
        service.on_call_event(event("hangup", "c1", "r1"))
        assert service.presence.state is State.AFTER_CALL_WORK
    assert changed.args[0].state is State.AFTER_CALL_WORK
    qtbot.waitUntil(lambda: service.presence.state is State.AVAILABLE, timeout=10_000)
    assert [r["state"] for r in open_states(db, USER)] == ["available"]


def test_a_restart_goes_on_with_a_break_but_not_with_a_call(qtbot: Any, db: LocalDatabase,
                                                           clock: Clock) -> None:
    editor = LocalEditor(LocalWriter(db, USER))
    first = AgentStateService(db, editor, USER, clock=clock)
    first.start_session()
    first.set_state(State.BREAK, "lunch")
    # the program ends without a sign-out (a crash): the break is still open here
    clock.advance(60)
    again = AgentStateService(db, editor, USER, clock=clock)
    assert (again.presence.state, again.presence.reason) == (State.BREAK, "lunch")
    assert again.seconds_in_state() == 60
    again.start_session()
    assert again.presence.state is State.BREAK
    # a call state left open goes to available at the next sign-in
    again.on_call_event(event("answered", "c1", "r1"))
    clock.advance(30)
    third = AgentStateService(db, editor, USER, clock=clock)
    assert third.presence.state is State.ON_CALL
    third.start_session()
    assert third.presence.state is State.AVAILABLE
    assert [r["state"] for r in open_states(db, USER)] == ["available"]
