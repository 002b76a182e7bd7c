"""Ticket rules on push (server/rules/tickets.py, server/rules/ticket_entries.py).

The rules run inside the real push path (``server.push.push``) on a migrated database,
once on SQLite and once on PostgreSQL; the SLA expectations are computed with the same
domain calendar the server uses. The last test goes through a real server process and
two desktop replicas.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text

from desktop.config import Settings
from desktop.domain.escalation import Handover
from desktop.domain.reference import new_reference
from desktop.domain.sla import calendar_for
from desktop.models import SYNCED_TABLES
from desktop.models.types import from_wire_time, to_wire_time, utcnow
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import REJECTED
from server.auth import Principal
from server.push import PushRequest, push
from server.store import make_engine, session_factory
from tests.support.server_helpers import make_user, write_rows

BY = calendar_for("DE-BY")
# A Wednesday morning in Munich, well in the past.
CREATED = datetime(2026, 3, 18, 9, 30, tzinfo=UTC)
TARGETS = {"P1": {"first_response": 15, "next_update": 30, "solution": 240},
           "P2": {"first_response": 30, "next_update": 60, "solution": 480},
           "P3": {"first_response": 60, "next_update": 240, "solution": 1440},
           "P4": {"first_response": 240, "next_update": 480, "solution": 2880},
           "P5": {"first_response": 480, "next_update": 1440, "solution": 7200}}
L2_TARGETS = {p: {k: v * 2 for k, v in t.items()} for p, t in TARGETS.items()}
PASSWORD = "rules-pass-1"
USERS = {"agent1": ("agent", 1, "team-1"), "agent2": ("agent", 2, "team-2"),
         "spec": ("agent", 3, "team-3"), "lead2": ("supervisor", None, "team-2"),
         "boss": ("admin", None, None)}


def build_world(db_url: str) -> dict[str, str]:
    """Teams, two SLA policies, queues on three levels, users, memberships, customers.

    agent1 works q1 (level 1; an ended membership of q1b), agent2 works q2 (level 2),
    spec works q3 (level 3); lead2 supervises team-2, which owns q2 and q2b.
    """
    write_rows(db_url, "teams", [{"id": f"team-{n}", "name": f"Team {n}"} for n in (1, 2, 3)])
    write_rows(db_url, "sla_policies", [
        {"id": "pol-1", "name": "Standard", "calendar": "DE-BY", "warn_ratio": 0.75,
         "targets": json.dumps(TARGETS)},
        {"id": "pol-2", "name": "2nd Level", "calendar": "DE-BY", "warn_ratio": 0.75,
         "targets": json.dumps(L2_TARGETS)}])
    write_rows(db_url, "queues", [
        {"id": "q1", "name": "Service Desk", "level": 1, "team_id": "team-1",
         "sla_policy_id": "pol-1"},
        {"id": "q1b", "name": "Service Desk Premium", "level": 1, "team_id": "team-1",
         "sla_policy_id": "pol-1"},
        {"id": "q2", "name": "2nd Level Arbeitsplatz", "level": 2, "team_id": "team-2",
         "sla_policy_id": "pol-2"},
        {"id": "q2b", "name": "2nd Level Anwendungen", "level": 2, "team_id": "team-2",
         "sla_policy_id": "pol-2"},
        {"id": "q3", "name": "Netzwerk", "level": 3, "team_id": "team-3",
         "sla_policy_id": "pol-2"}])
    ids = {}
    for name, (role, level, team) in USERS.items():
        ids[name] = make_user(db_url, name, PASSWORD, role, level=level, team_id=team)
    write_rows(db_url, "queue_members", [
        {"id": "m-1", "queue_id": "q1", "user_id": ids["agent1"], "active": True},
        {"id": "m-1b", "queue_id": "q1b", "user_id": ids["agent1"], "active": False},
        {"id": "m-2", "queue_id": "q2", "user_id": ids["agent2"], "active": True},
        {"id": "m-3", "queue_id": "q3", "user_id": ids["spec"], "active": True}])
    write_rows(db_url, "organisations", [{"id": "org-1", "name": "Müller Logistik GmbH"}])
    write_rows(db_url, "customers", [
        {"id": "cust-1", "first_name": "Anna", "last_name": "Schmidt",
         "organisation_id": "org-1"},
        {"id": "cust-2", "first_name": "", "last_name": "", "organisation_id": "org-1"}])
    return ids


class Rules:
    """Pushes mutations as a given user through the real push path."""

    def __init__(self, db_url: str, users: dict[str, str]) -> None:
        self.url = db_url
        self.engine: Engine = make_engine(db_url)
        self.sessions = session_factory(self.engine)
        self.users = users
        self.clients: dict[str, tuple[str, int]] = {}

    def principal(self, user: str) -> Principal:
        role, level, team = USERS[user]
        return Principal(self.users[user], user, role, level, team, "session")

    def push(self, user: str, entity: str, op: str, entity_id: str,
             fields: dict[str, Any], base: dict[str, Any] | None = None) -> dict[str, Any]:
        client_id, seq = self.clients.get(user, (str(uuid.uuid4()), 0))
        self.clients[user] = (client_id, seq + 1)
        request = PushRequest.model_validate({"client_id": client_id, "mutations": [
            {"seq": seq + 1, "id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id,
             "op": op, "fields": fields, "base": base or {}}]})
        (outcome,) = push(self.sessions, self.principal(user), request)["results"]
        return outcome

    def create(self, user: str = "agent1", **fields: Any) -> tuple[str, dict[str, Any]]:
        ticket_id = str(uuid.uuid4())
        values = {"reference": new_reference(), "title": "Drucker druckt nicht",
                  "queue_id": "q1", "created_at": CREATED.isoformat(), **fields}
        return ticket_id, self.push(user, "tickets", "create", ticket_id, values)

    def update(self, user: str, ticket_id: str, **fields: Any) -> dict[str, Any]:
        current = self.ticket(ticket_id)
        base = {k: _wire(current[k]) for k in fields if k in current}
        return self.push(user, "tickets", "update", ticket_id, fields, base)

    def entry(self, user: str, ticket_id: str, kind: str, data: dict[str, Any] | None = None,
              body: str = "") -> tuple[str, dict[str, Any]]:
        entry_id = str(uuid.uuid4())
        return entry_id, self.push(user, "ticket_entries", "append", entry_id, {
            "ticket_id": ticket_id, "kind": kind, "body": body,
            "data": json.dumps(data or {})})

    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql), params).mappings()]

    def ticket(self, ticket_id: str) -> dict[str, Any]:
        table = SYNCED_TABLES["tickets"]
        with self.engine.connect() as conn:
            return dict(conn.execute(select(table).where(table.c.id == ticket_id))
                        .mappings().one())

    def timeline(self, ticket_id: str, kind: str = "field_change") -> list[dict[str, Any]]:
        rows = self.rows("SELECT data, author_id, version FROM ticket_entries "
                         "WHERE ticket_id = :t AND kind = :k ORDER BY version",
                         t=ticket_id, k=kind)
        return [{**json.loads(r["data"]), "author_id": r["author_id"], "version": r["version"]}
                for r in rows]


def _wire(value: Any) -> Any:
    return to_wire_time(value) if isinstance(value, datetime) else value


def _applied(outcome: dict[str, Any]) -> dict[str, Any]:
    assert outcome["status"] == "applied", outcome
    return outcome


def _rejected(outcome: dict[str, Any], code: str) -> dict[str, Any]:
    assert (outcome["status"], outcome.get("code")) == ("rejected", code), outcome
    return outcome


@pytest.fixture
def rules(db_url: str) -> Iterator[Rules]:
    users = build_world(db_url)
    r = Rules(db_url, users)
    yield r
    r.engine.dispose()


# -- create -----------------------------------------------------------------------------


def test_create_fills_what_the_server_decides(rules: Rules) -> None:
    reference = new_reference()
    typed = reference.lower().replace("-", " ")  # as read over the phone
    ticket_id, outcome = rules.create(reference=typed, impact=1, urgency=2, priority=5,
                                      level=3, channel="phone", customer_id="cust-1",
                                      escalation_count=7, first_contact_resolution=True,
                                      resolved_at="2026-03-18T09:31:00+00:00")
    _applied(outcome)
    t = rules.ticket(ticket_id)
    assert t["reference"] == reference
    assert (t["priority"], t["level"]) == (2, 1)  # ceil((1 + 2) / 2); the queue's level
    assert t["customer_name"] == "Anna Schmidt"
    assert (t["escalation_count"], t["first_contact_resolution"], t["resolved_at"]) == (
        0, None, None)
    assert t["created_by"] == rules.users["agent1"]
    # P2 on the standard policy, on the Bavarian business calendar
    assert t["created_at"] == CREATED
    assert t["first_response_due"] == BY.add_minutes(CREATED, 30)
    assert t["solution_due"] == BY.add_minutes(CREATED, 480)
    # a phone ticket: the caller is on the line, so that is the first response
    assert t["first_responded_at"] == CREATED
    assert t["next_update_due"] == BY.add_minutes(CREATED, 60)


def test_mail_ticket_has_no_first_response_yet_and_org_name_as_sort_key(rules: Rules) -> None:
    ticket_id, outcome = rules.create(channel="email", customer_id="cust-2")
    _applied(outcome)
    t = rules.ticket(ticket_id)
    assert (t["first_responded_at"], t["next_update_due"]) == (None, None)
    assert t["customer_name"] == "Müller Logistik GmbH"
    assert t["priority"] == 3 and t["first_response_due"] == BY.add_minutes(CREATED, 60)


def test_create_refusals(rules: Rules) -> None:
    good = new_reference()
    broken = good[:-1] + ("0" if good[-1] != "0" else "1")  # wrong check symbol
    _rejected(rules.create(reference=broken)[1], "reference_check_failed")
    _rejected(rules.create(reference="T-OFF-1")[1], "reference_bad_length")
    _applied(rules.create(reference=good)[1])
    dup = _rejected(rules.create(reference=good.lower())[1], "duplicate_reference")
    assert dup["params"] == {"reference": good}
    _rejected(rules.create(queue_id="q2")[1], "queue_not_visible")  # agent1 works q1 only
    _rejected(rules.create(queue_id="q1b")[1], "queue_not_visible")  # membership ended
    _rejected(rules.create(queue_id="nope")[1], "queue_unknown")
    _applied(rules.create("lead2", queue_id="q2b")[1])  # the supervisor's team owns q2b
    _applied(rules.create("boss", queue_id="q3")[1])
    legacy = _applied(rules.create(reference="T-2025-000123")[1])
    assert legacy["version"] > 0


# -- update -----------------------------------------------------------------------------


def test_priority_follows_impact_and_urgency(rules: Rules) -> None:
    ticket_id, _ = rules.create()
    _applied(rules.update("agent1", ticket_id, impact=1, urgency=1, priority=4))
    t = rules.ticket(ticket_id)
    assert t["priority"] == 1
    assert t["first_response_due"] == BY.add_minutes(CREATED, 15)
    assert t["solution_due"] == BY.add_minutes(CREATED, 240)
    _applied(rules.update("agent1", ticket_id, priority=2))  # a manual override stays
    assert rules.ticket(ticket_id)["priority"] == 2
    changes = rules.timeline(ticket_id)
    assert [(c["field"], c["old"], c["new"]) for c in changes] == [
        ("priority", 3, 1), ("priority", 1, 2)]
    assert {c["author_id"] for c in changes} == {rules.users["agent1"]}


def test_levels_change_only_through_escalation(rules: Rules) -> None:
    ticket_id, _ = rules.create()
    _rejected(rules.update("agent1", ticket_id, level=2), "escalation_required")
    refused = _rejected(rules.update("agent1", ticket_id, queue_id="q2"), "escalation_required")
    assert refused["params"] == {"level": 2, "expected": 1}
    _rejected(rules.update("agent1", ticket_id, reference=new_reference()),
              "reference_read_only")
    _rejected(rules.update("agent1", ticket_id, queue_id=None), "queue_required")
    # same level: a transfer; the ticket then leaves agent1's queues (they created it)
    _applied(rules.update("agent1", ticket_id, queue_id="q1b"))
    assert [(c["field"], c["old"], c["new"]) for c in rules.timeline(ticket_id)] == [
        ("queue_id", "q1", "q1b")]


def test_server_fields_keep_the_servers_value(rules: Rules) -> None:
    ticket_id, _ = rules.create()
    before = rules.ticket(ticket_id)
    _applied(rules.update("agent1", ticket_id, escalation_count=5, customer_name="X",
                          solution_due="2030-01-01T00:00:00+00:00", title="neu"))
    after = rules.ticket(ticket_id)
    assert after["title"] == "neu"
    for name in ("escalation_count", "customer_name", "solution_due"):
        assert after[name] == before[name], name


def test_updates_of_invisible_tickets_are_refused(rules: Rules) -> None:
    ticket_id, _ = rules.create("agent2", queue_id="q2")
    _rejected(rules.update("agent1", ticket_id, title="x"), "queue_not_visible")
    # a stale base would be a conflict for a visible ticket; for an invisible one the
    # refusal comes first and tells nothing of the ticket's current values
    hidden = rules.push("agent1", "tickets", "update", ticket_id, {"title": "x"},
                        {"title": "some older title"})
    _rejected(hidden, "queue_not_visible")
    assert "conflicts" not in hidden and "Drucker" not in json.dumps(hidden)
    _rejected(rules.entry("agent1", ticket_id, "note", body="x")[1], "queue_not_visible")
    _applied(rules.update("lead2", ticket_id, title="vom Teamleiter"))
    # whoever owns a ticket keeps seeing it, in any queue
    _applied(rules.update("agent2", ticket_id, owner_id=rules.users["agent1"]))
    _applied(rules.update("agent1", ticket_id, title="jetzt meins"))


def test_status_side_effects_and_the_paused_clock(rules: Rules) -> None:
    # created a week ago on a Monday morning (08:00 UTC is 09:00 or 10:00 in Munich)
    week_ago = (utcnow() - timedelta(days=7)).date()
    monday = week_ago - timedelta(days=week_ago.weekday())
    since = datetime(monday.year, monday.month, monday.day, 8, tzinfo=UTC)
    ticket_id, _ = rules.create(channel="email", created_at=since.isoformat())
    started = utcnow()
    _applied(rules.update("agent1", ticket_id, status="open"))
    t = rules.ticket(ticket_id)
    assert started <= t["first_responded_at"] <= utcnow()
    assert [(c["field"], c["new"]) for c in rules.timeline(ticket_id)] == [("status", "open")]
    _rejected(rules.update("agent1", ticket_id, status="pending", pending_reason="holiday"),
              "pending_reason_unknown")
    _applied(rules.update("agent1", ticket_id, status="pending",
                          pending_reason="waiting_for_customer"))
    assert rules.ticket(ticket_id)["sla_paused_since"] is not None
    # pretend the customer has kept us waiting since the ticket came in
    write_rows(rules.url, "tickets", [{"id": ticket_id, "sla_paused_since": since}])
    before = rules.ticket(ticket_id)
    low = round(BY.minutes_between(since, utcnow()))
    _applied(rules.update("agent1", ticket_id, status="open", pending_reason=""))
    high = round(BY.minutes_between(since, utcnow()))
    t = rules.ticket(ticket_id)
    paused = t["sla_paused_minutes"]
    assert t["sla_paused_since"] is None and 0 < low <= paused <= high
    # the clock stood still while waiting: the running due times move out as much
    assert t["solution_due"] == BY.add_minutes(before["solution_due"], paused)
    assert t["next_update_due"] == BY.add_minutes(before["next_update_due"], paused)
    assert t["first_response_due"] == before["first_response_due"]  # answered already
    # a reminder does not stop the clock
    _applied(rules.update("agent1", ticket_id, status="pending", pending_reason="reminder"))
    assert rules.ticket(ticket_id)["sla_paused_since"] is None


def test_resolve_reopen_and_first_contact_resolution(rules: Rules) -> None:
    now = utcnow()
    quick, _ = rules.create(channel="phone", created_at=now.isoformat())
    _applied(rules.update("agent1", quick, status="resolved"))
    t = rules.ticket(quick)
    assert t["resolved_at"] is not None and t["next_update_due"] is None
    assert t["first_contact_resolution"] is True  # solved while the caller was on the line
    _applied(rules.update("agent1", quick, status="open"))
    t = rules.ticket(quick)
    assert (t["resolved_at"], t["closed_at"], t["first_contact_resolution"]) == (
        None, None, False)
    _applied(rules.update("agent1", quick, status="resolved"))
    assert rules.ticket(quick)["first_contact_resolution"] is False  # it was reopened
    _applied(rules.update("agent1", quick, status="closed"))
    assert rules.ticket(quick)["closed_at"] is not None
    # an old phone ticket resolved today was not solved at first contact
    old, _ = rules.create(channel="phone")
    _applied(rules.update("agent1", old, status="resolved"))
    assert rules.ticket(old)["first_contact_resolution"] is False


# -- escalation -------------------------------------------------------------------------


HANDOVER = {"tried": "Spooler neu gestartet", "findings": "Treiber passt nicht zur Firmware",
            "customer_told": "Rückruf durch den 2nd Level heute"}


def test_escalation_needs_a_complete_handover_and_the_next_level(rules: Rules) -> None:
    ticket_id, _ = rules.create()
    refused = _rejected(rules.entry("agent1", ticket_id, "escalation",
                                    {"to_queue_id": "q2", "to_level": 2,
                                     "tried": "Neustart", "findings": " "})[1],
                        "handover_incomplete")
    assert refused["params"] == {"missing": ["findings", "customer_told"]}
    _rejected(rules.entry("agent1", ticket_id, "escalation",
                          {"to_queue_id": "q3", **HANDOVER})[1], "target_level_mismatch")
    _rejected(rules.entry("agent1", ticket_id, "escalation",
                          {"to_queue_id": "nope", **HANDOVER})[1], "queue_unknown")
    _rejected(rules.entry("agent1", ticket_id, "field_change",
                          {"field": "owner_id"})[1], "forbidden")
    t = rules.ticket(ticket_id)
    assert (t["level"], t["queue_id"], t["escalation_count"]) == (1, "q1", 0)
    assert rules.rows("SELECT id FROM ticket_entries WHERE ticket_id = :t", t=ticket_id) == []


def test_escalation_moves_the_ticket_in_the_same_change(rules: Rules) -> None:
    ticket_id, _ = rules.create(channel="email")
    _applied(rules.update("agent1", ticket_id, owner_id=rules.users["agent1"]))
    entry_id, outcome = rules.entry("agent1", ticket_id, "escalation",
                                    {"to_queue_id": "q2", "to_level": 2,
                                     "tried": HANDOVER["tried"],
                                     "findings": HANDOVER["findings"],
                                     "told_customer": HANDOVER["customer_told"]})
    version = _applied(outcome)["version"]
    t = rules.ticket(ticket_id)
    assert (t["level"], t["queue_id"], t["owner_id"], t["status"]) == (2, "q2", None, "open")
    assert (t["escalation_count"], t["first_contact_resolution"]) == (1, False)
    assert t["version"] == version
    # the 2nd level's policy counts double: new due times
    assert t["solution_due"] == BY.add_minutes(CREATED, 2 * 1440)
    (entry,) = rules.rows("SELECT data, body, author_id FROM ticket_entries WHERE id = :e",
                          e=entry_id)
    handover = Handover.from_dict(json.loads(entry["data"]))
    assert (handover.from_level, handover.to_level, handover.from_queue_id) == (1, 2, "q1")
    assert handover.customer_told == HANDOVER["customer_told"]
    assert entry["body"].startswith("Eskalation von Level 1 an Level 2")
    assert entry["author_id"] == rules.users["agent1"]
    agent1 = rules.users["agent1"]
    changes = {(c["field"], c["old"], c["new"]) for c in rules.timeline(ticket_id)}
    assert changes == {("owner_id", None, agent1),  # the take before
                       ("owner_id", agent1, None), ("status", "new", "open")}
    replaced = rules.rows("SELECT field, old_value, new_value FROM replaced_values "
                          "WHERE entity_id = :t AND version = :v", t=ticket_id, v=version)
    assert {(r["field"], r["new_value"]) for r in replaced} >= {("level", "2"),
                                                                ("queue_id", '"q2"')}
    # every entry of the ticket now carries the escalation's version (see test_visibility)
    assert {r["version"] for r in rules.rows(
        "SELECT version FROM ticket_entries WHERE ticket_id = :t", t=ticket_id)} == {version}
    # agent1 created it and still sees it, but may not move a level-2 ticket
    _rejected(rules.entry("agent1", ticket_id, "handback",
                          {"to_queue_id": "q1", "reason": "Rückfrage"})[1], "forbidden")
    _rejected(rules.entry("agent2", ticket_id, "escalation",
                          {"to_queue_id": "q3", "tried": "x", "findings": "y"})[1],
              "handover_incomplete")


def test_handback_and_the_client_side_move(rules: Rules) -> None:
    ticket_id, _ = rules.create()
    _applied(rules.entry("agent1", ticket_id, "escalation", {"to_queue_id": "q2", **HANDOVER})[1])
    # The desktop also sends the move as an ordinary update with the very same values
    # (desktop/app/tickets.py): the merge sees both sides agree and applies nothing.
    same = rules.push("agent1", "tickets", "update", ticket_id,
                      {"level": 2, "queue_id": "q2", "owner_id": None, "escalation_count": 1},
                      {"level": 1, "queue_id": "q1", "owner_id": None, "escalation_count": 0})
    assert (same["status"], same["applied"], same["conflicts"]) == ("applied", [], [])
    _rejected(rules.entry("agent2", ticket_id, "handback", {"to_queue_id": "q1"})[1],
              "reason_missing")
    _rejected(rules.entry("agent2", ticket_id, "handback",
                          {"to_queue_id": "q2b", "reason": "x"})[1], "handback_not_lower")
    _applied(rules.entry("agent2", ticket_id, "handback",
                         {"to_queue_id": "q1", "to_level": 1,
                          "reason": "Kunde braucht Anleitung am Telefon"})[1])
    t = rules.ticket(ticket_id)
    assert (t["level"], t["queue_id"], t["owner_id"], t["escalation_count"]) == (1, "q1", None, 1)
    assert t["solution_due"] == BY.add_minutes(CREATED, 1440)  # back on the standard policy
    _applied(rules.update("agent1", ticket_id, status="resolved"))
    assert rules.ticket(ticket_id)["first_contact_resolution"] is False  # it was escalated
    _rejected(rules.entry("agent1", ticket_id, "escalation",
                          {"to_queue_id": "q2", **HANDOVER})[1], "ticket_resolved")


def test_customer_facing_entries_start_the_next_update_clock(rules: Rules) -> None:
    ticket_id, _ = rules.create(channel="email")
    _applied(rules.entry("agent1", ticket_id, "note", body="intern")[1])
    assert rules.ticket(ticket_id)["first_responded_at"] is None
    started = utcnow()
    _applied(rules.entry("agent1", ticket_id, "customer_message", {"direction": "outbound"},
                         body="Guten Tag, wir kümmern uns.")[1])
    t = rules.ticket(ticket_id)
    assert started <= t["first_responded_at"] == t["last_customer_update_at"] <= utcnow()
    assert t["next_update_due"] == BY.add_minutes(t["last_customer_update_at"], 240)


def test_renamed_customers_rename_their_tickets(rules: Rules) -> None:
    mine, _ = rules.create(customer_id="cust-1")
    org_only, _ = rules.create(customer_id="cust-2")
    version = rules.ticket(mine)["version"]
    _applied(rules.push("agent1", "customers", "update", "cust-1", {"last_name": "Schmitt"},
                        {"last_name": "Schmidt"}))
    t = rules.ticket(mine)
    assert t["customer_name"] == "Anna Schmitt" and t["version"] > version
    _applied(rules.push("agent1", "organisations", "update", "org-1",
                        {"name": "Müller Logistik AG"}, {"name": "Müller Logistik GmbH"}))
    assert rules.ticket(org_only)["customer_name"] == "Müller Logistik AG"
    assert rules.ticket(mine)["customer_name"] == "Anna Schmitt"
    _applied(rules.update("agent1", mine, customer_id="cust-2"))
    assert rules.ticket(mine)["customer_name"] == "Müller Logistik AG"


# -- end to end -------------------------------------------------------------------------


def _replica(url: str, folder: Path, user: str) -> SyncEngine:
    engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 10}),
                        LocalDatabase(folder).open())
    engine.sign_in(user, PASSWORD)
    return engine


def _local(engine: SyncEngine, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(engine.db.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_escalation_from_the_desktop_reaches_the_second_level(db_url: str, live_server: Any,
                                                               tmp_path: Path) -> None:
    build_world(db_url)
    server = live_server(db_url)
    first = _replica(server.url, tmp_path / "agent1", "agent1")
    second = _replica(server.url, tmp_path / "agent2", "agent2")
    try:
        ticket_id = first.writer.create("tickets", {
            "reference": new_reference(), "title": "VPN bricht ab", "queue_id": "q1",
            "impact": 2, "urgency": 1, "channel": "phone", "customer_id": "cust-1"})
        first.writer.create("ticket_entries", {"ticket_id": ticket_id, "kind": "note",
                                               "body": "Client neu installiert"})
        first.writer.create("ticket_entries", {"ticket_id": ticket_id, "kind": "escalation",
                                               "data": json.dumps({"to_queue_id": "q2"})})
        first.writer.create("ticket_entries", {
            "ticket_id": ticket_id, "kind": "escalation", "body": "",
            "data": json.dumps({"to_queue_id": "q2", "to_level": 2, "tried": "Neuinstallation",
                                "findings": "Zertifikat abgelaufen",
                                "customer_told": "Rückruf morgen"})})
        result = first.sync()
        assert (result.pushed.applied, result.pushed.rejected) == (3, 1)
        (refused,) = first.writer.items(REJECTED)
        assert refused.error_code == "handover_incomplete"
        assert _local(first, f"SELECT level, queue_id, priority, customer_name FROM tickets "
                             f"WHERE id = '{ticket_id}'") == [(2, "q2", 2, "Anna Schmidt")]
        second.sync()
        assert _local(second, f"SELECT level, owner_id FROM tickets WHERE id = '{ticket_id}'") \
            == [(2, None)]
        kinds = sorted(k for (k,) in _local(
            second, f"SELECT kind FROM ticket_entries WHERE ticket_id = '{ticket_id}'"))
        assert kinds == ["escalation", "field_change", "note"]  # status new -> open
        ((due_text, created_text),) = _local(
            second, f"SELECT solution_due, created_at FROM tickets WHERE id = '{ticket_id}'")
        due, created = from_wire_time(due_text), from_wire_time(created_text)
        assert due is not None and created is not None
        assert due == BY.add_minutes(created, 2 * 480)  # P2 on the 2nd level's policy
        assert due - created >= timedelta(hours=16)
    finally:
        for engine in (first, second):
            engine.close()
            engine.db.close()


# -- stored SLA instants and the configured priority matrix ------------------------------------


def _window(minutes: int, ratio: float = 0.75) -> timedelta:
    return timedelta(minutes=minutes * (1 - ratio))


def _instants(t: dict[str, Any]) -> tuple[Any, Any]:
    return t["sla_due_at"], t["sla_warn_at"]


def test_stored_sla_instants_follow_every_write(rules: Rules) -> None:
    # a mail ticket, P3: the first-response clock runs (60 min, warn in the last 15)
    ticket_id, _ = rules.create(channel="email", sla_due_at="2000-01-01T00:00:00+00:00")
    t = rules.ticket(ticket_id)
    assert _instants(t) == (t["first_response_due"],
                            BY.back(t["first_response_due"], _window(60)))
    # the first answer to the customer (ticket_entries' rule): the solution clock is next
    _applied(rules.entry("agent1", ticket_id, "customer_message", {"direction": "outbound"},
                         body="Wir melden uns.")[1])
    t = rules.ticket(ticket_id)
    assert t["first_responded_at"] is not None
    assert _instants(t) == (t["solution_due"], BY.back(t["solution_due"], _window(1440)))
    # waiting for the customer: no clock runs, nothing to warn about
    _applied(rules.update("agent1", ticket_id, status="pending",
                          pending_reason="waiting_for_customer"))
    assert _instants(rules.ticket(ticket_id)) == (None, None)
    _applied(rules.update("agent1", ticket_id, status="open", pending_reason=""))
    t = rules.ticket(ticket_id)
    assert _instants(t) == (t["solution_due"], BY.back(t["solution_due"], _window(1440)))
    # a higher priority: the due time and its window follow (P1: 240 min solution)
    _applied(rules.update("agent1", ticket_id, impact=1, urgency=1))
    t = rules.ticket(ticket_id)
    assert t["priority"] == 1
    assert _instants(t) == (t["solution_due"], BY.back(t["solution_due"], _window(240)))
    _applied(rules.update("agent1", ticket_id, status="resolved"))
    assert _instants(rules.ticket(ticket_id)) == (None, None)


def test_escalation_gives_the_instants_of_the_new_policy(rules: Rules) -> None:
    ticket_id, _ = rules.create(channel="phone", impact=2, urgency=1)  # P2, responded
    before = rules.ticket(ticket_id)
    _applied(rules.entry("agent1", ticket_id, "escalation",
                         {"to_queue_id": "q2", **HANDOVER})[1])
    t = rules.ticket(ticket_id)
    assert t["queue_id"] == "q2" and t["solution_due"] != before["solution_due"]
    assert t["solution_due"] == BY.add_minutes(t["created_at"], 2 * 480)
    assert _instants(t) == (t["solution_due"], BY.back(t["solution_due"], _window(2 * 480)))
    assert t["version"] > before["version"]  # pulled by everyone who sees the ticket


def test_a_changed_policy_moves_the_warn_instants_of_its_open_tickets(rules: Rules) -> None:
    open_id, _ = rules.create(channel="email")
    done_id, _ = rules.create(channel="email", status="resolved")
    other_id, _ = rules.create(user="boss", channel="email", queue_id="q1b")
    before = {tid: rules.ticket(tid) for tid in (open_id, done_id, other_id)}
    _applied(rules.push("boss", "sla_policies", "update", "pol-1", {"warn_ratio": 0.5},
                        {"warn_ratio": 0.75}))
    t = rules.ticket(open_id)
    assert t["sla_warn_at"] == BY.back(t["sla_due_at"], _window(60, 0.5))
    assert t["sla_warn_at"] < before[open_id]["sla_warn_at"]
    assert t["version"] > before[open_id]["version"]
    assert rules.ticket(other_id)["sla_warn_at"] == BY.back(t["sla_due_at"], _window(60, 0.5))
    assert rules.ticket(done_id) == before[done_id]  # no clock: untouched
    # a change that does not touch the clocks leaves the tickets alone
    _applied(rules.push("boss", "sla_policies", "update", "pol-1", {"name": "Standard 2"},
                        {"name": "Standard"}))
    assert rules.ticket(open_id)["version"] == t["version"]


def test_a_queue_given_another_policy_moves_the_warn_instants(rules: Rules) -> None:
    ticket_id, _ = rules.create(channel="email")  # P3 in q1: first response, 60 min
    before = rules.ticket(ticket_id)
    _applied(rules.push("boss", "queues", "update", "q1", {"sla_policy_id": "pol-2"},
                        {"sla_policy_id": "pol-1"}))
    t = rules.ticket(ticket_id)
    assert t["sla_due_at"] == before["sla_due_at"]  # the due time stays
    assert t["sla_warn_at"] == BY.back(t["sla_due_at"], _window(2 * 60))  # pol-2's window
    assert t["version"] > before["version"]


# Everything one priority more urgent than the built-in rule (P1 floor): impact 3 ×
# urgency 3 is P2 instead of P3.
STRICT = [[max(1, -(-(i + u) // 2) - 1) for u in range(1, 6)] for i in range(1, 6)]


def test_a_bad_priority_matrix_is_refused_and_the_default_stays(rules: Rules) -> None:
    outcome = rules.push("boss", "sla_policies", "update", "pol-1",
                         {"priority_matrix": json.dumps([[1, 2, 3], [2, 3, 4], [3, 4, 5]])},
                         {"priority_matrix": None})
    _rejected(outcome, "matrix_levels")
    assert "5 impact and 5 urgency levels" in outcome["message"]
    _rejected(rules.push("boss", "sla_policies", "update", "pol-1",
                         {"priority_matrix": "[[1, 2"}, {"priority_matrix": None}),
              "matrix_not_json")
    _rejected(rules.push("boss", "sla_policies", "create", "pol-x",
                         {"name": "Kaputt", "targets": "{}",
                          "priority_matrix": json.dumps([[9] * 5] * 5)}),
              "matrix_cell_invalid")
    ticket_id, _ = rules.create(impact=3, urgency=3)
    assert rules.ticket(ticket_id)["priority"] == 3  # still the built-in matrix


def test_a_configured_priority_matrix_decides_on_the_server(rules: Rules) -> None:
    _applied(rules.push("boss", "sla_policies", "update", "pol-1",
                        {"priority_matrix": json.dumps(STRICT)}, {"priority_matrix": None}))
    in_q1, _ = rules.create(impact=3, urgency=3, priority=5)
    assert rules.ticket(in_q1)["priority"] == 2
    _applied(rules.update("agent1", in_q1, urgency=5))  # STRICT[2][4] = ceil(8/2) - 1
    assert rules.ticket(in_q1)["priority"] == 3
    in_q2, _ = rules.create(user="agent2", queue_id="q2", impact=3, urgency=3)
    assert rules.ticket(in_q2)["priority"] == 3  # pol-2 has no matrix: the built-in one
    # back to the built-in matrix
    _applied(rules.push("boss", "sla_policies", "update", "pol-1", {"priority_matrix": ""},
                        {"priority_matrix": json.dumps(STRICT)}))
    again, _ = rules.create(impact=3, urgency=3)
    assert rules.ticket(again)["priority"] == 3


def test_a_configured_matrix_reaches_the_desktop_with_the_next_pull(
        db_url: str, live_server: Any, tmp_path: Path) -> None:
    """The admin changes the matrix on the server; after a sync the desktop previews
    and creates with it, and the server's rule agrees with the desktop."""
    from desktop.app import tickets as svc

    users = build_world(db_url)
    server = live_server(db_url)
    desk = _replica(server.url, tmp_path / "agent1", "agent1")
    try:
        desk.sync()
        assert svc.priority_of(3, 3, svc.matrix_for_queue(desk.db, "q1")) == 3
        admin = Rules(db_url, users)
        try:
            _applied(admin.push("boss", "sla_policies", "update", "pol-1",
                                {"priority_matrix": json.dumps(STRICT)},
                                {"priority_matrix": None}))
        finally:
            admin.engine.dispose()
        desk.sync()
        matrix = svc.matrix_for_queue(desk.db, "q1")
        assert [svc.priority_of(i, u, matrix) for i, u in ((3, 3), (1, 1), (5, 5))] == [
            2, 1, 4]
        agent = svc.Agent(id=users["agent1"], name="agent1", level=1)
        ticket_id = svc.create_ticket(desk.writer, agent, svc.TicketDraft(
            title="Drucker", impact=3, urgency=3, queue_id="q1"))
        assert _local(desk, f"SELECT priority FROM tickets WHERE id = '{ticket_id}'") == [(2,)]
        result = desk.sync()
        assert result.pushed.applied == 1
        assert _local(desk, f"SELECT priority FROM tickets WHERE id = '{ticket_id}'") == [(2,)]
    finally:
        desk.close()
        desk.db.close()


def test_the_seed_stores_the_instants_the_rule_computes(tmp_path: Path) -> None:
    """Reference and demo data come with the instants the SLA views filter on, equal to
    what the ticket rule computes from the same rows."""
    from server.migrate import upgrade
    from server.rules.tickets import load_policy, sla_instants
    from server.seed import Scale, seed_database

    tiny = Scale("tiny", teams=3, users=14, organisations=6, customers=45, tickets=70,
                 entries=300, kb_articles=9, call_scripts=14, macros=15, calls=40,
                 audit_rows=6, chunk_size=16, normalize_phones=False)
    engine = make_engine(f"sqlite:///{tmp_path}/seed.db")
    try:
        upgrade(engine)
        seed_database(engine, tiny, random_seed=7, now=CREATED)
        table, queues = SYNCED_TABLES["tickets"], SYNCED_TABLES["queues"]
        with session_factory(engine)() as session:
            policy_of = dict(session.execute(select(queues.c.id, queues.c.sla_policy_id)).all())
            tickets = [dict(r) for r in session.execute(select(table)).mappings()]
            running = 0
            for t in tickets:
                expected = sla_instants(load_policy(session, policy_of[t["queue_id"]]), t)
                assert (t["sla_due_at"], t["sla_warn_at"]) == (
                    expected["sla_due_at"], expected["sla_warn_at"]), t["reference"]
                running += t["sla_due_at"] is not None
        assert 0 < running < len(tickets)  # open ones run, done and waiting ones do not
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres",
                                                            marks=pytest.mark.postgres)])
def test_the_migration_fills_the_instants_of_stored_tickets(
        backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Tickets stored before the instants existed get them from the migration, equal
    to what the rule computes; done ones stay null."""
    from alembic import command

    from server.migrate import alembic_config, upgrade
    from server.rules.tickets import load_policy, sla_instants

    url = (f"sqlite:///{tmp_path}/old.db" if backend == "sqlite"
           else request.getfixturevalue("pg_url"))
    engine = make_engine(url)
    try:
        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "1e9139fadd93")  # the revision before the instants
            conn.execute(text(
                "INSERT INTO sla_policies (id, version, name, calendar, warn_ratio, targets) "
                "VALUES ('pol-1', 1, 'Standard', 'DE-BY', 0.75, :t)"),
                {"t": json.dumps(TARGETS)})
            conn.execute(text("INSERT INTO queues (id, version, name, level, description, "
                              "sla_policy_id) VALUES ('q1', 1, 'SD', 1, '', 'pol-1')"))
            tickets = SYNCED_TABLES["tickets"]
            base = {"version": 1, "title": "Drucker", "description": "", "impact": 3,
                    "urgency": 3, "priority": 3, "category": "", "channel": "email",
                    "level": 1, "queue_id": "q1", "created_at": CREATED,
                    "updated_at": CREATED, "pending_reason": "", "sla_paused_minutes": 0,
                    "escalation_count": 0, "customer_name": "",
                    "first_response_due": BY.add_minutes(CREATED, 60),
                    "solution_due": BY.add_minutes(CREATED, 1440)}
            old_columns = {c["name"] for c in inspect(conn).get_columns("tickets")}
            variants: list[dict[str, Any]] = [
                {"status": "new"},
                {"status": "open", "first_responded_at": CREATED},
                {"status": "pending", "pending_reason": "waiting_for_customer",
                 "sla_paused_since": CREATED},
                {"status": "closed", "resolved_at": CREATED, "closed_at": CREATED}]
            for n, extra in enumerate(variants):
                row = {**base, "id": f"t{n}", "reference": f"T-OLD-{n}", **extra}
                conn.execute(tickets.insert().values(
                    **{k: v for k, v in row.items() if k in old_columns}))
        upgrade(engine)  # to head: the migration fills the instants
        with session_factory(engine)() as session:
            policy = load_policy(session, "pol-1")
            rows = {r["id"]: dict(r) for r in session.execute(
                select(SYNCED_TABLES["tickets"])).mappings()}
        assert rows["t0"]["sla_due_at"] == rows["t0"]["first_response_due"]
        assert rows["t1"]["sla_due_at"] == rows["t1"]["solution_due"]
        assert rows["t2"]["sla_due_at"] is None and rows["t3"]["sla_due_at"] is None
        for row in rows.values():
            assert (row["sla_due_at"], row["sla_warn_at"]) == tuple(
                sla_instants(policy, row).values()), row["id"]
            assert row["version"] == 1  # the same on every side: no new version
    finally:
        engine.dispose()
