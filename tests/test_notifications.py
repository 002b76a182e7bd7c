"""The notification center on a real local replica: what it announces, once, and when not.

The replica is filled and changed with direct inserts/updates (what a pull does) and
with ``LocalWriter`` (what the agent's own edits do). The clock is injected and the
checks are called directly (the center's timer is not started), so no QApplication is
needed here; the tray and the timer are tested in tests/ui/test_tray_notifier.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.app.notifications import (
    KIND_ASSIGNED,
    KIND_ESCALATED,
    KIND_REMINDER,
    KIND_SLA,
    NotificationCenter,
    state_key,
)
from desktop.config import ConfigError, Settings
from desktop.models import SYNCED_TABLES
from desktop.models.types import to_wire_time
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter

ME, BOSS, OTHER = "u-me", "u-boss", "u-other"
# Monday, 23 November 2026, 10:30 in Munich: business hours on the DE-BY calendar.
START = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    insert(database, "users", [
        {"id": ME, "username": "anna", "display_name": "Anna Schmidt", "role": "agent",
         "level": 2},
        {"id": BOSS, "username": "sven", "display_name": "Sven Vogt", "role": "supervisor"},
        {"id": OTHER, "username": "tom", "display_name": "Tom Berger", "role": "agent",
         "level": 1},
    ])
    insert(database, "sla_policies", [{
        "id": "sla-std", "name": "Standard", "calendar": "DE-BY", "warn_ratio": 0.75,
        "targets": json.dumps({"P3": {"first_response": 60, "solution": 240}})}])
    insert(database, "queues", [
        {"id": "q1", "name": "Allgemein", "level": 1, "sla_policy_id": "sla-std"},
        {"id": "q2", "name": "Netzwerk", "level": 2, "sla_policy_id": "sla-std"},
        {"id": "q2-other", "name": "Anwendungen", "level": 2, "sla_policy_id": "sla-std"},
        {"id": "q3", "name": "Entwicklung", "level": 3, "sla_policy_id": "sla-std"},
    ])
    insert(database, "queue_members", [{"id": "m1", "queue_id": "q2", "user_id": ME}])
    yield database
    database.close()


def insert(db: LocalDatabase, entity: str, rows: list[dict[str, Any]]) -> None:
    assert db.engine is not None
    with db.engine.begin() as conn:
        for row in rows:  # one by one: the rows name different columns
            conn.execute(SYNCED_TABLES[entity].insert().values(**row))


def pulled(db: LocalDatabase, ticket_id: str, **fields: Any) -> None:
    """What a pull does to a ticket another user changed: the server's copy with a new
    version, and the replica's cursor moved on to it."""
    table = SYNCED_TABLES["tickets"]
    assert db.engine is not None
    with db.engine.begin() as conn:
        since = int(conn.execute(text(
            "SELECT value FROM sync_state WHERE key = 'since'")).scalar() or 0)
        conn.execute(table.update().where(table.c.id == ticket_id)
                     .values(**fields, version=since + 1))
        conn.execute(text("INSERT INTO sync_state (key, value) VALUES ('since', :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {"v": str(since + 1)})


_entry_numbers = iter(range(1, 1_000_000))


def timeline(db: LocalDatabase, ticket_id: str, kind: str, author: str | None,
             at: datetime, **data: Any) -> None:
    insert(db, "ticket_entries", [{
        "id": f"e-{next(_entry_numbers)}", "ticket_id": ticket_id, "kind": kind,
        "author_id": author, "data": json.dumps(data), "created_at": at}])


def ticket(number: int, **fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": f"t-{number}", "reference": f"T-2026-{number:06d}",
        "title": f"Drucker Nummer {number} druckt nicht", "status": "open", "priority": 3,
        "level": 1, "queue_id": "q1", "owner_id": None, "created_by": OTHER,
        "created_at": START - timedelta(days=1), "updated_at": START - timedelta(hours=1),
        "first_responded_at": START - timedelta(hours=20)}
    row.update(fields)
    return row


def synced(db: LocalDatabase) -> None:
    """The replica finished a sync (the center waits for one before its baseline)."""
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_state (key, value) VALUES ('last_sync_at', :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {"v": to_wire_time(START)})


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def center(db: LocalDatabase, settings: Settings,
           clock: Clock) -> NotificationCenter:
    synced(db)
    return NotificationCenter(db, settings, ME, clock=clock)


def emitted(center: NotificationCenter) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    center.notification_ready.connect(lambda *args: out.append(args))
    return out


# -- the baseline ---------------------------------------------------------------------------
def test_the_first_check_takes_a_baseline_and_announces_nothing(
        db: LocalDatabase, center: NotificationCenter, clock: Clock) -> None:
    insert(db, "tickets", [
        *[ticket(n, owner_id=ME, solution_due=START - timedelta(minutes=5)) for n in range(6)],
        *[ticket(10 + n, level=2, queue_id="q2", escalation_count=1) for n in range(4)],
        ticket(20, owner_id=ME, status="pending", pending_reason="reminder",
               pending_until=START - timedelta(hours=1)),
    ])
    heard = emitted(center)
    assert center.check() == []
    assert heard == []
    stored = center.scanner.load_state()
    assert stored is not None
    assert len(stored["owned"]) == 7
    assert sorted(stored["escalated"]) == [f"t-{10 + n}" for n in range(4)]
    assert stored["reminders"] == {"t-20": to_wire_time(START - timedelta(hours=1))}
    assert len(stored["sla"]) == 6  # breached, but known from the start
    clock.advance(minutes=1)
    assert center.check() == []
    assert heard == []


def test_no_baseline_before_the_replica_has_synced(
        db: LocalDatabase, settings: Settings, clock: Clock) -> None:
    center = NotificationCenter(db, settings, ME, clock=clock)
    insert(db, "tickets", [ticket(1)])
    assert center.check() == []
    assert center.scanner.load_state() is None  # a half-filled replica is no baseline
    synced(db)
    center.check()
    assert center.scanner.load_state() is not None
    pulled(db, "t-1", owner_id=ME)
    # a pull window half applied (an interrupted sync): wait for the rest
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_state (key, value) VALUES ('position', 'x')"))
    assert center.check() == []
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_state WHERE key = 'position'"))
    assert [n.kind for n in center.check()] == [KIND_ASSIGNED]


def test_a_restart_announces_what_happened_meanwhile_once(
        db: LocalDatabase, center: NotificationCenter, settings: Settings,
        clock: Clock) -> None:
    insert(db, "tickets", [ticket(1), ticket(2)])
    center.check()
    pulled(db, "t-1", owner_id=ME)  # while AgentDesk was closed

    again = NotificationCenter(db, settings, ME, clock=clock)
    notes = again.check()
    assert [(n.kind, n.ticket_id) for n in notes] == [(KIND_ASSIGNED, "t-1")]
    assert again.check() == []
    third = NotificationCenter(db, settings, ME, clock=clock)
    assert third.check() == []  # the stored state remembers what was said

    # another user on this computer starts with a baseline of their own
    other = NotificationCenter(db, settings, OTHER, clock=clock)
    insert(db, "tickets", [ticket(3, owner_id=OTHER)])
    assert other.check() == []
    assert other.scanner.load_state() is not None
    assert state_key(OTHER) != state_key(ME)


# -- assigned ------------------------------------------------------------------------------
def test_a_ticket_assigned_by_someone_else_is_announced_once(
        db: LocalDatabase, center: NotificationCenter, clock: Clock) -> None:
    insert(db, "tickets", [ticket(1), ticket(2)])
    center.check()
    heard = emitted(center)
    pulled(db, "t-1", owner_id=ME)
    timeline(db, "t-1", "field_change", BOSS, START, field="owner_id", old=None, new=ME)

    notes = center.check()
    assert len(notes) == 1
    note = notes[0]
    assert (note.kind, note.ticket_id) == (KIND_ASSIGNED, "t-1")
    assert note.title == "Ticket assigned to you"
    assert note.body == "T-2026-000001 – Drucker Nummer 1 druckt nicht\nAssigned by Sven Vogt"
    assert heard == [(KIND_ASSIGNED, note.title, note.body, "t-1")]
    clock.advance(seconds=30)
    assert center.check() == []
    assert len(heard) == 1

    # released and assigned again: news again
    pulled(db, "t-1", owner_id=OTHER)
    assert center.check() == []
    pulled(db, "t-1", owner_id=ME)
    timeline(db, "t-1", "field_change", BOSS, START + timedelta(minutes=5),
             field="owner_id", old=OTHER, new=ME)
    assert [n.ticket_id for n in center.check()] == ["t-1"]


def test_taking_a_ticket_myself_is_no_news(db: LocalDatabase,
                                           center: NotificationCenter) -> None:
    insert(db, "tickets", [ticket(1), ticket(2)])
    center.check()
    LocalWriter(db, ME).update("tickets", "t-1", {"owner_id": ME})
    assert center.check() == []
    # the server's echo: the outbox entry is delivered, the timeline names me
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM outbox"))
    timeline(db, "t-1", "field_change", ME, START, field="owner_id", old=None, new=ME)
    assert center.check() == []

    # taken while nothing was checked, echoed by the server before the next check
    pulled(db, "t-2", owner_id=ME)
    timeline(db, "t-2", "field_change", ME, START, field="owner_id", old=None, new=ME)
    assert center.check() == []


def test_a_reopened_ticket_of_mine_is_not_an_assignment(
        db: LocalDatabase, center: NotificationCenter) -> None:
    insert(db, "tickets", [ticket(1, owner_id=ME, status="resolved"),
                           ticket(2, owner_id=ME, status="closed")])
    timeline(db, "t-1", "field_change", BOSS, START - timedelta(days=1),
             field="owner_id", old=None, new=ME)
    center.check()
    # the customer called back: another agent reopened it
    pulled(db, "t-1", status="open")
    timeline(db, "t-1", "field_change", OTHER, START, field="status", old="resolved",
             new="open")
    # and I reopened the other one myself (still on its way to the server)
    LocalWriter(db, ME).update("tickets", "t-2", {"status": "open"})
    assert center.check() == []


def test_many_assignments_become_one_summary(db: LocalDatabase,
                                             center: NotificationCenter) -> None:
    insert(db, "tickets", [ticket(n) for n in range(1, 8)])
    center.check()
    heard = emitted(center)
    for n in range(1, 8):
        pulled(db, f"t-{n}", owner_id=ME)
    notes = center.check()
    assert len(notes) == 1
    assert notes[0].title == "7 tickets assigned to you"
    assert notes[0].ticket_id == ""
    assert notes[0].body == ("T-2026-000001, T-2026-000002, T-2026-000003, T-2026-000004, "
                             "T-2026-000005, …")
    assert len(notes[0].tickets) == 7
    assert heard == [(KIND_ASSIGNED, "7 tickets assigned to you", notes[0].body, "")]


# -- escalated -----------------------------------------------------------------------------
def test_an_escalation_to_my_level_in_my_queue_is_announced_once(
        db: LocalDatabase, center: NotificationCenter) -> None:
    insert(db, "tickets", [ticket(1), ticket(2), ticket(3)])
    center.check()
    escalate = {"level": 2, "owner_id": None, "escalation_count": 1}
    pulled(db, "t-1", queue_id="q2", **escalate)
    timeline(db, "t-1", "escalation", OTHER, START, from_level=1, to_level=2)
    pulled(db, "t-2", queue_id="q2-other", **escalate)  # not one of my queues
    notes = center.check()
    assert [(n.kind, n.ticket_id, n.title) for n in notes] == [
        (KIND_ESCALATED, "t-1", "Ticket escalated to your level")]
    assert center.check() == []

    # taken by a colleague and released again: not a new escalation
    pulled(db, "t-1", owner_id=OTHER)
    assert center.check() == []
    pulled(db, "t-1", owner_id=None)
    assert center.check() == []

    # up to the 3rd level and handed back down to mine
    pulled(db, "t-1", level=3, queue_id="q3", escalation_count=2)
    assert center.check() == []
    pulled(db, "t-1", level=2, queue_id="q2")
    timeline(db, "t-1", "handback", "u-3rd", START + timedelta(hours=1), to_level=2)
    notes = center.check()
    assert [(n.ticket_id, n.title) for n in notes] == [
        ("t-1", "Ticket handed back to your level")]


def test_a_second_escalation_and_grouping(db: LocalDatabase,
                                          center: NotificationCenter) -> None:
    insert(db, "tickets", [ticket(1, level=2, queue_id="q2", escalation_count=1),
                           *[ticket(n) for n in range(2, 5)]])
    center.check()
    for n in range(2, 5):
        pulled(db, f"t-{n}", level=2, queue_id="q2", escalation_count=1)
    pulled(db, "t-1", escalation_count=2)  # back from level 1 once more
    notes = center.check()
    assert [(n.kind, n.title, n.ticket_id) for n in notes] == [
        (KIND_ESCALATED, "4 tickets escalated to your level", "")]
    assert set(notes[0].tickets) == {"t-1", "t-2", "t-3", "t-4"}


# -- SLA -----------------------------------------------------------------------------------
def test_an_sla_warning_fires_at_risk_then_breached_once_each(
        db: LocalDatabase, center: NotificationCenter, clock: Clock) -> None:
    due = START + timedelta(hours=2, minutes=30)  # 150 business minutes ahead
    insert(db, "tickets", [ticket(1, owner_id=ME, solution_due=due),
                           ticket(2, solution_due=due)])  # not mine: never announced
    assert center.check() == []
    clock.advance(minutes=60)  # 90 minutes left of a 240-minute target: still ok
    assert center.check() == []
    clock.advance(minutes=40)  # 50 left: at risk (warn ratio 0.75)
    notes = center.check()
    assert [(n.kind, n.ticket_id, n.title) for n in notes] == [(KIND_SLA, "t-1", "SLA at risk")]
    assert notes[0].body.splitlines()[1].startswith("Solution due at ")
    clock.advance(minutes=10)
    assert center.check() == []
    clock.advance(minutes=41)  # past due
    notes = center.check()
    assert [(n.ticket_id, n.title) for n in notes] == [("t-1", "SLA breached")]
    assert notes[0].body.splitlines()[1].startswith("Solution was due at ")
    clock.advance(minutes=5)
    assert center.check() == []

    # waiting for the customer pauses the clock; that changes nothing to announce
    pulled(db, "t-1", status="pending", pending_reason="waiting_for_customer")
    assert center.check() == []
    pulled(db, "t-1", status="open", pending_reason="")
    assert center.check() == []


def test_a_new_clock_at_risk_is_news_again(db: LocalDatabase, center: NotificationCenter,
                                           clock: Clock) -> None:
    insert(db, "tickets", [ticket(1, owner_id=ME, first_responded_at=None,
                                  first_response_due=START + timedelta(minutes=10),
                                  solution_due=START + timedelta(minutes=50))])
    assert center.check() == []  # first response at risk from the start: baseline
    pulled(db, "t-1", first_responded_at=START)  # answered; the solution clock is at risk
    notes = center.check()
    assert [(n.ticket_id, n.title) for n in notes] == [("t-1", "SLA at risk")]


# -- reminders -----------------------------------------------------------------------------
def test_a_reminder_is_announced_when_it_falls_due(
        db: LocalDatabase, center: NotificationCenter, clock: Clock) -> None:
    insert(db, "tickets", [
        ticket(1, owner_id=ME, status="pending", pending_reason="reminder",
               pending_until=START + timedelta(minutes=10)),
        ticket(2, owner_id=ME, status="pending", pending_reason="waiting_for_customer",
               pending_until=START + timedelta(minutes=10)),
        ticket(3, owner_id=OTHER, status="pending", pending_reason="reminder",
               pending_until=START + timedelta(minutes=10)),
    ])
    assert center.check() == []
    clock.advance(minutes=9, seconds=59)
    assert center.check() == []
    clock.advance(seconds=1)
    notes = center.check()
    assert [(n.kind, n.ticket_id, n.title) for n in notes] == [(KIND_REMINDER, "t-1",
                                                                "Reminder due")]
    assert notes[0].body == "T-2026-000001 – Drucker Nummer 1 druckt nicht"
    clock.advance(minutes=30)
    assert center.check() == []

    # set again for later: announced again when that time comes
    LocalWriter(db, ME).update("tickets", "t-1",
                               {"pending_until": START + timedelta(hours=2)})
    assert center.check() == []
    clock.now = START + timedelta(hours=2)
    assert [n.ticket_id for n in center.check()] == ["t-1"]


# -- settings ------------------------------------------------------------------------------
def test_a_kind_turned_off_stays_silent_and_does_not_replay(
        db: LocalDatabase, center: NotificationCenter, settings: Settings,
        clock: Clock) -> None:
    insert(db, "tickets", [ticket(1), ticket(2, owner_id=ME, status="pending",
                                              pending_reason="reminder",
                                              pending_until=START + timedelta(minutes=1))])
    center.check()
    center.set_enabled(KIND_ASSIGNED, False)
    center.set_enabled(KIND_REMINDER, False)
    assert settings["notify_assigned"] is False
    assert json.loads(settings.user_path.read_text())["notify_reminders"] is False
    heard = emitted(center)
    pulled(db, "t-1", owner_id=ME)
    clock.advance(minutes=2)
    assert center.check() == []
    assert heard == []

    center.set_enabled(KIND_ASSIGNED, True)
    center.set_enabled(KIND_REMINDER, True)
    assert center.check() == []  # old news stays unsaid
    pulled(db, "t-1", owner_id=OTHER)
    center.check()
    pulled(db, "t-1", owner_id=ME)
    assert [n.kind for n in center.check()] == [KIND_ASSIGNED]


def test_locked_kinds_keep_the_machine_value(
        db: LocalDatabase, isolated_env: dict[str, Path],
        clock: Clock) -> None:
    machine = isolated_env["machine_config"]
    machine.parent.mkdir(parents=True, exist_ok=True)
    machine.write_text('notify_sla = false\nlocked = ["notify_sla"]\n', encoding="utf-8")
    settings = Settings()
    synced(db)
    center = NotificationCenter(db, settings, ME, clock=clock)
    assert center.locked(KIND_SLA) and not center.enabled(KIND_SLA)
    assert not center.locked(KIND_ASSIGNED) and center.enabled(KIND_ASSIGNED)
    with pytest.raises(ConfigError):
        center.set_enabled(KIND_SLA, True)
    insert(db, "tickets", [ticket(1, owner_id=ME, solution_due=START + timedelta(minutes=70))])
    center.check()
    clock.advance(minutes=20)
    assert center.check() == []
    stored = center.scanner.load_state()
    assert stored is not None and stored["sla"] == {"t-1": ["solution", 1]}


def test_each_kind_once_in_one_check(db: LocalDatabase, center: NotificationCenter,
                                     clock: Clock) -> None:
    insert(db, "tickets", [
        ticket(1), ticket(2),
        ticket(3, owner_id=ME, solution_due=START + timedelta(minutes=70)),
        ticket(4, owner_id=ME, status="pending", pending_reason="reminder",
               pending_until=START + timedelta(minutes=5)),
    ])
    center.check()
    pulled(db, "t-1", owner_id=ME, solution_due=START + timedelta(days=3))
    pulled(db, "t-2", level=2, queue_id="q2", escalation_count=1)
    clock.advance(minutes=15)
    kinds = [n.kind for n in center.check()]
    assert kinds == [KIND_ASSIGNED, KIND_ESCALATED, KIND_SLA, KIND_REMINDER]
    assert center.check() == []


def test_known_escalations_are_no_news_when_released_edited_or_my_queues_change(
        db: LocalDatabase, center: NotificationCenter) -> None:
    insert(db, "tickets", [
        ticket(1, level=2, queue_id="q2", escalation_count=1, owner_id=OTHER),
        ticket(2, level=2, queue_id="q2", escalation_count=1),
        ticket(3, level=2, queue_id="q2-other", escalation_count=1),
        ticket(4)])
    center.check()
    pulled(db, "t-1", owner_id=None)  # taken before the baseline, released now
    pulled(db, "t-2", title="Drucker im 2. OG druckt nur leere Seiten")  # edited
    assert center.check() == []

    # a supervisor puts me in a second queue: what waits there is not news
    insert(db, "queue_members", [{"id": "m2", "queue_id": "q2-other", "user_id": ME}])
    assert center.check() == []
    stored = center.scanner.load_state()
    assert stored is not None and stored["queues"] == ["q2", "q2-other"]
    assert set(stored["escalated"]) == {"t-1", "t-2", "t-3"}
    # but what arrives there from now on is
    pulled(db, "t-4", level=2, queue_id="q2-other", escalation_count=1)
    assert [(n.kind, n.ticket_id) for n in center.check()] == [(KIND_ESCALATED, "t-4")]
