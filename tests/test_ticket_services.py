"""The ticket services of desktop/app/tickets.py on a real local database: create,
edit through the status machine, assignment, entries, escalation, hand-back, macros.

Every write goes through the real ``LocalWriter``, so each test also checks the outbox
entries the push will carry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.app import tickets as svc
from desktop.domain.reference import parse_reference
from desktop.models import SYNCED_TABLES, OutboxEntry
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter

ANNA = svc.Agent("user-anna", "Anna Schmidt", level=1, language="de")
TOM = svc.Agent("user-tom", "Tom Berger", level=2, language="en")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
T_NEW = "ticket-new"
T_OPEN = "ticket-open"
T_L2 = "ticket-l2"


def rows() -> dict[str, list[dict[str, Any]]]:
    return {
        "users": [
            {"id": ANNA.id, "username": "anna", "display_name": ANNA.name, "role": "agent",
             "level": 1},
            {"id": TOM.id, "username": "tom", "display_name": TOM.name, "role": "agent",
             "level": 2},
        ],
        "queues": [
            {"id": "q-l1-a", "name": "Allgemeine Anfragen", "level": 1},
            {"id": "q-l1-b", "name": "Hardware & Drucker", "level": 1},
            {"id": "q-l2-net", "name": "Netzwerk & VPN", "level": 2},
            {"id": "q-l2-apps", "name": "Anwendungen", "level": 2},
            {"id": "q-l3-dev", "name": "Entwicklung", "level": 3},
        ],
        "queue_members": [{"id": "m-1", "queue_id": "q-l1-b", "user_id": ANNA.id}],
        "organisations": [{"id": "org-1", "name": "Stadtwerke Rosenheim"}],
        "customers": [
            {"id": "cust-1", "first_name": "Jürgen", "last_name": "Müller",
             "salutation": "Herr", "organisation_id": "org-1", "customer_number": "K-20000"},
            {"id": "cust-2", "first_name": "Monika", "last_name": "Schneider",
             "salutation": "Frau", "customer_number": "K-20001"},
        ],
        "tickets": [
            {"id": T_NEW, "reference": "T-2026-004711", "title": "Drucker druckt leer",
             "status": "new", "level": 1, "queue_id": "q-l1-a", "customer_id": "cust-1",
             "category": "Hardware"},
            {"id": T_OPEN, "reference": "T-2026-004712", "title": "VPN bricht ab",
             "status": "open", "level": 1, "queue_id": "q-l1-a", "owner_id": ANNA.id,
             "customer_id": "cust-2", "category": "Netzwerk"},
            {"id": T_L2, "reference": "T-2026-004713", "title": "Outlook startet nicht",
             "status": "open", "level": 2, "queue_id": "q-l2-apps", "owner_id": TOM.id,
             "escalation_count": 1, "category": "Software"},
        ],
        "macros": [
            {"id": "macro-greet", "name": "Rückruf vereinbart", "owner_id": TOM.id,
             "shared": True, "shortcut": "Ctrl+Alt+R", "actions": json.dumps([
                 {"type": "add_note",
                  "template": "{customer.salutation} {customer.last_name} "
                              "({customer.first_name}) zu {ticket.reference} "
                              "„{ticket.title}“ angerufen – {agent.name}. {unknown.x}"},
                 {"type": "set_status", "status": "pending"},
                 {"type": "set_pending_until", "hours": 24}])},
            {"id": "macro-private", "name": "Privat", "owner_id": TOM.id, "shared": False,
             "actions": "[]"},
            {"id": "macro-close", "name": "Duplikat schließen", "owner_id": ANNA.id,
             "shared": False, "actions": json.dumps([
                 {"type": "add_entry", "kind": "note", "body": "Duplikat."},
                 {"type": "set_status", "status": "closed"}])},
            {"id": "macro-escalate", "name": "An Netzwerk übergeben", "owner_id": ANNA.id,
             "shared": True, "actions": json.dumps([
                 {"type": "escalate", "level": 2, "queue_id": "q-l2-net"},
                 {"type": "add_entry", "kind": "escalation", "body": "Problem: VPN"},
                 {"type": "set_impact", "impact": 1}])},
        ],
    }


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    assert database.engine is not None
    with database.engine.begin() as conn:
        for entity, values in rows().items():
            for value in values:  # one by one: the rows leave out different columns
                conn.execute(SYNCED_TABLES[entity].insert(), value)
    yield database
    database.close()


@pytest.fixture
def writer(db: LocalDatabase) -> LocalWriter:
    return LocalWriter(db, ANNA.id)


def outbox(db: LocalDatabase) -> list[dict[str, Any]]:
    assert db.engine is not None
    with db.engine.connect() as conn:
        entries = conn.execute(select(OutboxEntry.__table__)
                               .order_by(OutboxEntry.seq)).mappings().all()
    return [{**e, "fields": json.loads(e["fields"]), "base": json.loads(e["base"])}
            for e in entries]


def ticket_row(db: LocalDatabase, ticket_id: str) -> dict[str, Any]:
    assert db.engine is not None
    table = SYNCED_TABLES["tickets"]
    with db.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == ticket_id)).mappings().one()
    return dict(row)


# -- create ----------------------------------------------------------------------------------
def test_create_gives_reference_priority_queue_and_sort_key(db, writer) -> None:
    draft = svc.TicketDraft(title="  Monitor flackert  ", description="Seit heute früh.",
                            customer_id="cust-1", category="Hardware", impact=1, urgency=2)
    ticket_id = svc.create_ticket(writer, ANNA, draft, now=NOW)

    row = ticket_row(db, ticket_id)
    assert parse_reference(row["reference"]) == row["reference"]  # valid, canonical
    assert row["reference"].startswith("T-") and len(row["reference"]) == 15
    assert row["title"] == "Monitor flackert"
    assert row["status"] == "new"
    assert (row["impact"], row["urgency"], row["priority"]) == (1, 2, 2)  # ceil(3/2)
    # the queue Anna is a member of on her level, not merely the first by name
    assert (row["queue_id"], row["level"]) == ("q-l1-b", 1)
    assert row["owner_id"] == ANNA.id and row["created_by"] == ANNA.id
    assert row["customer_name"] == "Jürgen Müller"
    assert row["organisation_id"] == "org-1"
    assert row["created_at"] == row["updated_at"] == NOW

    [entry] = outbox(db)
    assert (entry["entity"], entry["op"], entry["entity_id"]) == ("tickets", "create",
                                                                  ticket_id)
    assert entry["fields"]["reference"] == row["reference"]
    assert entry["fields"]["priority"] == 2


def test_create_keeps_the_reference_read_to_the_caller(db, writer) -> None:
    reference = svc.new_ticket_reference(db)
    ticket_id = svc.create_ticket(writer, ANNA, svc.TicketDraft(
        title="Anruf", reference=reference, assign_to_me=False))
    row = ticket_row(db, ticket_id)
    assert row["reference"] == reference
    assert row["owner_id"] is None
    assert row["customer_id"] is None and row["customer_name"] == ""


def test_create_without_title_is_refused_and_writes_nothing(db, writer) -> None:
    with pytest.raises(svc.TicketError) as caught:
        svc.create_ticket(writer, ANNA, svc.TicketDraft(title="   "))
    assert caught.value.code == "title_missing"
    with pytest.raises(svc.TicketError) as caught:
        svc.create_ticket(writer, ANNA, svc.TicketDraft(title="x", impact=6))
    assert caught.value.code == "impact_out_of_range"
    assert caught.value.params["maximum"] == 5
    assert outbox(db) == []


def test_default_queue_without_membership_is_the_first_of_the_level(db) -> None:
    assert svc.default_queue(db, TOM) == svc.QueueChoice("q-l2-apps", "Anwendungen", 2)
    nobody = svc.Agent("user-x", "X", level=None)
    choice = svc.default_queue(db, nobody)
    assert choice is not None and choice.level == 1


# -- edit --------------------------------------------------------------------------------------
def test_invalid_transition_is_refused_with_code_and_params(db, writer) -> None:
    with pytest.raises(svc.TicketError) as caught:
        svc.change_fields(writer, T_NEW, {"status": "closed", "title": "Neuer Titel"})
    assert caught.value.code == "invalid_transition"
    assert caught.value.params == {"current": "new", "target": "closed"}
    assert ticket_row(db, T_NEW)["status"] == "new"
    assert ticket_row(db, T_NEW)["title"] == "Drucker druckt leer"  # all or nothing
    assert outbox(db) == []


def test_allowed_statuses_follow_the_machine() -> None:
    assert svc.allowed_statuses("new") == ["new", "open", "pending", "resolved"]
    assert svc.allowed_statuses("closed") == ["open", "closed"]


def test_change_fields_writes_only_what_changed_with_derived_priority(db, writer) -> None:
    written = svc.change_fields(writer, T_OPEN, {
        "title": "VPN bricht ab", "status": "pending", "impact": 1, "urgency": 1,
        "category": "Netzwerk"})
    assert written == {"status": "pending", "pending_reason": "waiting_for_customer",
                       "impact": 1, "urgency": 1, "priority": 1}
    [entry] = outbox(db)
    assert entry["op"] == "update"
    assert entry["fields"] == written
    assert entry["base"]["status"] == "open"
    assert "updated_at" not in entry["fields"]  # the server stamps it

    # leaving "pending" clears the reason
    assert svc.change_fields(writer, T_OPEN, {"status": "open"}) == {
        "status": "open", "pending_reason": ""}


def test_queue_of_another_level_needs_escalation(db, writer) -> None:
    with pytest.raises(svc.TicketError) as caught:
        svc.change_fields(writer, T_OPEN, {"queue_id": "q-l2-net"})
    assert caught.value.code == "queue_level"
    assert svc.change_fields(writer, T_OPEN, {"queue_id": "q-l1-b"}) == {
        "queue_id": "q-l1-b"}


def test_take_assign_release(db, writer) -> None:
    assert svc.take(writer, ANNA, T_NEW) == {"owner_id": ANNA.id, "status": "open"}
    assert svc.assign(writer, T_NEW, TOM.id) == {"owner_id": TOM.id}
    assert svc.release(writer, T_NEW) == {"owner_id": None}
    with pytest.raises(svc.TicketError) as caught:
        svc.assign(writer, T_NEW, "nobody")
    assert caught.value.code == "user_unknown"
    assert [e["fields"] for e in outbox(db)] == [
        {"owner_id": ANNA.id, "status": "open"}, {"owner_id": TOM.id}, {"owner_id": None}]


def test_add_entry(db, writer) -> None:
    entry_id = svc.add_entry(writer, ANNA, T_OPEN, "customer_message", " Bitte neu starten. ",
                             now=NOW)
    [entry] = outbox(db)
    assert (entry["entity"], entry["op"], entry["entity_id"]) == ("ticket_entries", "append",
                                                                  entry_id)
    assert entry["fields"]["body"] == "Bitte neu starten."
    assert json.loads(entry["fields"]["data"]) == {"direction": "outbound"}
    record = svc.load_ticket(db, T_OPEN)
    assert record is not None
    assert [(e.kind, e.author) for e in record.entries] == [("customer_message", ANNA.name)]
    with pytest.raises(svc.TicketError) as caught:
        svc.add_entry(writer, ANNA, T_OPEN, "note", "   ")
    assert caught.value.code == "entry_empty"
    with pytest.raises(svc.TicketError) as caught:
        svc.add_entry(writer, ANNA, T_OPEN, "escalation", "Übergabe")
    assert caught.value.code == "entry_kind_unknown"


# -- escalation ---------------------------------------------------------------------------------
def test_escalate_without_hand_over_note_is_refused(db, writer) -> None:
    with pytest.raises(svc.TicketError) as caught:
        svc.escalate(writer, ANNA, T_OPEN, "q-l2-net", tried="Neustart", findings=" ",
                     customer_told="")
    assert caught.value.code == "handover_incomplete"
    assert caught.value.params["missing"] == ["findings", "customer_told"]
    with pytest.raises(svc.TicketError) as caught:
        svc.escalate(writer, ANNA, T_OPEN, "q-l3-dev", "a", "b", "c")
    assert caught.value.code == "target_level_mismatch"
    assert outbox(db) == []
    row = ticket_row(db, T_OPEN)
    assert (row["level"], row["queue_id"], row["owner_id"]) == (1, "q-l1-a", ANNA.id)


def test_escalate_with_note_appends_the_hand_over_and_moves_locally(db, writer) -> None:
    entry_id = svc.escalate(writer, ANNA, T_OPEN, "q-l2-net", tried="Router neu gestartet",
                            findings="Abbruch nach genau 10 Minuten",
                            customer_told="Rückruf durch den 2nd Level heute", now=NOW)
    row = ticket_row(db, T_OPEN)
    assert (row["level"], row["queue_id"], row["owner_id"], row["escalation_count"]) == (
        2, "q-l2-net", None, 1)

    append, move = outbox(db)  # the entry first: the server's rule sees the old level
    assert (append["entity"], append["op"], append["entity_id"]) == (
        "ticket_entries", "append", entry_id)
    data = json.loads(append["fields"]["data"])
    assert data["kind"] == "escalation"
    assert (data["from_level"], data["to_level"], data["to_queue_id"]) == (1, 2, "q-l2-net")
    assert data["from_queue_id"] == "q-l1-a"
    assert data["tried"] == "Router neu gestartet"
    assert data["customer_told"] == "Rückruf durch den 2nd Level heute"
    body = append["fields"]["body"]
    assert body.startswith("Eskalation von Level 1 an Level 2 (Queue: Netzwerk & VPN)")
    assert "Abbruch nach genau 10 Minuten" in body
    assert (move["entity"], move["op"]) == ("tickets", "update")
    assert move["fields"] == {"level": 2, "queue_id": "q-l2-net", "owner_id": None,
                              "escalation_count": 1}
    assert move["base"] == {"level": 1, "queue_id": "q-l1-a", "owner_id": ANNA.id,
                            "escalation_count": 0}

    record = svc.load_ticket(db, T_OPEN)
    assert record is not None
    assert record.entries[-1].kind == "escalation"
    assert record.entries[-1].data["findings"] == "Abbruch nach genau 10 Minuten"
    assert svc.escalation_targets(db, record) == [svc.QueueChoice("q-l3-dev", "Entwicklung",
                                                                  3)]


def test_escalating_a_new_ticket_opens_it_like_the_server(db, writer) -> None:
    svc.escalate(writer, ANNA, T_NEW, "q-l2-apps", "a", "b", "c")
    _append, move = outbox(db)
    assert move["fields"]["status"] == "open"
    assert ticket_row(db, T_NEW)["status"] == "open"


def test_hand_over_refused_where_the_server_would(db, writer) -> None:
    svc.change_fields(writer, T_OPEN, {"status": "resolved"})
    with pytest.raises(svc.TicketError) as caught:
        svc.escalate(writer, ANNA, T_OPEN, "q-l2-net", "a", "b", "c")
    assert caught.value.code == "ticket_resolved"
    with pytest.raises(svc.TicketError) as caught:  # a level 1 agent, a level 2 ticket
        svc.hand_back(writer, ANNA, T_L2, "q-l1-a", reason="Kunde informieren")
    assert caught.value.code == "level_too_low"
    assert caught.value.params == {"level": 2}
    assert len(outbox(db)) == 1  # only the status change


def test_hand_back_needs_a_reason_and_a_lower_level(db) -> None:
    writer = LocalWriter(db, TOM.id)
    with pytest.raises(svc.TicketError) as caught:
        svc.hand_back(writer, TOM, T_L2, "q-l1-a", reason="  ")
    assert caught.value.code == "reason_missing"
    with pytest.raises(svc.TicketError) as caught:
        svc.hand_back(writer, TOM, T_L2, "q-l2-net", reason="Kunde informieren")
    assert caught.value.code == "handback_not_lower"
    svc.hand_back(writer, TOM, T_L2, "q-l1-a", reason="Bitte Kunde informieren")
    row = ticket_row(db, T_L2)
    assert (row["level"], row["queue_id"], row["owner_id"], row["escalation_count"]) == (
        1, "q-l1-a", None, 1)
    append, move = outbox(db)
    assert json.loads(append["fields"]["data"])["reason"] == "Bitte Kunde informieren"
    assert move["fields"] == {"level": 1, "queue_id": "q-l1-a", "owner_id": None}
    assert append["fields"]["body"].startswith("Handed back from level 2 to level 1")


# -- macros -------------------------------------------------------------------------------------
def test_macros_visible_to_an_agent(db) -> None:
    names = [m.name for m in svc.list_macros(db, ANNA)]
    assert names == ["An Netzwerk übergeben", "Duplikat schließen", "Rückruf vereinbart"]
    assert "Privat" in [m.name for m in svc.list_macros(db, TOM)]
    assert svc.macro_shortcuts(svc.list_macros(db, ANNA))["Ctrl+Alt+R"].id == "macro-greet"


def test_macro_fills_placeholders_and_sets_fields(db, writer) -> None:
    outcome = svc.run_macro(writer, ANNA, T_OPEN, "macro-greet", now=NOW)
    assert outcome.fields == {"status": "pending", "pending_reason": "waiting_for_customer",
                              "pending_until": NOW + timedelta(hours=24)}
    record = svc.load_ticket(db, T_OPEN)
    assert record is not None
    [note] = record.entries
    assert note.kind == "note"
    assert note.body == ("Frau Schneider (Monika) zu T-2026-004712 „VPN bricht ab“ "
                         "angerufen – Anna Schmidt. {unknown.x}")
    assert note.data["macro_id"] == "macro-greet"
    assert record.pending_until == NOW + timedelta(hours=24)
    update, append = outbox(db)
    assert (update["op"], append["op"]) == ("update", "append")


def test_macro_refused_by_the_status_machine_writes_nothing(db, writer) -> None:
    with pytest.raises(svc.TicketError) as caught:
        svc.run_macro(writer, ANNA, T_NEW, "macro-close")
    assert caught.value.code == "invalid_transition"
    assert outbox(db) == []


def test_macro_escalation_is_left_to_the_hand_over_dialog(db, writer) -> None:
    outcome = svc.run_macro(writer, ANNA, T_OPEN, "macro-escalate")
    assert outcome.escalate_to == "q-l2-net"
    assert outcome.handover_prefill == {"findings": "Problem: VPN"}
    assert outcome.fields == {"impact": 1, "priority": 2}  # ceil((1 + 3) / 2)
    assert ticket_row(db, T_OPEN)["level"] == 1  # not moved without a hand-over note
    assert [e["entity"] for e in outbox(db)] == ["tickets"]


def test_save_macro_own_only(db, writer) -> None:
    macro_id = svc.save_macro(writer, ANNA, " Gelöst ", [{"type": "set_status",
                                                          "status": "resolved"}],
                              shared=True, shortcut="Ctrl+Alt+G")
    macro = svc.load_macro(db, macro_id)
    assert macro is not None
    assert (macro.name, macro.shared, macro.shortcut, macro.owner_id) == (
        "Gelöst", True, "Ctrl+Alt+G", ANNA.id)
    with pytest.raises(svc.TicketError) as caught:
        svc.save_macro(writer, ANNA, "Fremd", [], macro_id="macro-greet")
    assert caught.value.code == "macro_not_own"
    with pytest.raises(svc.TicketError) as caught:
        svc.save_macro(writer, ANNA, "", [])
    assert caught.value.code == "macro_name_missing"
    svc.delete_macro(writer, ANNA, macro_id)
    assert svc.load_macro(db, macro_id) is None


def test_customer_search(db) -> None:
    hits = svc.search_customers(db, "Schn")
    assert [h.id for h in hits] == ["cust-2"]
    assert hits[0].label == "Monika Schneider · K-20001"
    assert [h.id for h in svc.search_customers(db, "K-20000")] == ["cust-1"]
    assert svc.search_customers(db, "  ") == []


def test_categories_most_used_first(db, writer) -> None:
    svc.create_ticket(writer, ANNA, svc.TicketDraft(title="a", category="Software"))
    svc.create_ticket(writer, ANNA, svc.TicketDraft(title="b", category="Software"))
    assert svc.categories(db) == ["Software", "Hardware", "Netzwerk"]


def test_changing_the_customer_leaves_the_sort_key_to_the_server(db, writer) -> None:
    assert svc.change_fields(writer, T_OPEN, {"customer_id": "cust-1"}) == {
        "customer_id": "cust-1", "organisation_id": "org-1"}
    record = svc.load_ticket(db, T_OPEN)
    assert record is not None
    assert (record.customer_name, record.organisation_name) == ("Jürgen Müller",
                                                                "Stadtwerke Rosenheim")
    with pytest.raises(svc.TicketError) as caught:
        svc.change_fields(writer, T_OPEN, {"customer_id": "nobody"})
    assert caught.value.code == "customer_unknown"


# -- SLA instants of local edits and the queue's priority matrix -------------------------------
# Everything one priority more urgent than the built-in rule (P1 floor).
STRICT = [[max(1, -(-(i + u) // 2) - 1) for u in range(1, 6)] for i in range(1, 6)]
TARGETS = {"P3": {"first_response": 60, "solution": 480},
           "P1": {"first_response": 15, "solution": 240}}


def with_policy(db: LocalDatabase, matrix: str | None = None) -> None:
    """Give queue q-l1-a a policy (as a pull would bring it) and T_OPEN its due times."""
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(SYNCED_TABLES["sla_policies"].insert(), {
            "id": "pol-1", "name": "Standard", "calendar": "DE-BY", "warn_ratio": 0.75,
            "targets": json.dumps(TARGETS), "priority_matrix": matrix})
        queues = SYNCED_TABLES["queues"]
        conn.execute(queues.update().where(queues.c.id == "q-l1-a")
                     .values(sla_policy_id="pol-1"))
        tickets = SYNCED_TABLES["tickets"]
        conn.execute(tickets.update().where(tickets.c.id == T_OPEN).values(
            first_responded_at=NOW, first_response_due=NOW + timedelta(hours=1),
            solution_due=NOW + timedelta(days=1)))


def test_local_pause_and_resume_move_the_sla_instants_without_sending_them(db,
                                                                          writer) -> None:
    from desktop.domain.sla import calendar_for

    with_policy(db)
    svc.refresh_sla_instants(db, T_OPEN)  # as after a pull from an older server
    due = NOW + timedelta(days=1)
    warn = calendar_for("DE-BY").back(due, timedelta(minutes=480 * 0.25))
    row = ticket_row(db, T_OPEN)
    assert (row["sla_due_at"], row["sla_warn_at"]) == (due, warn)

    svc.change_fields(writer, T_OPEN, {"status": "pending"})  # waiting for the customer
    row = ticket_row(db, T_OPEN)
    assert (row["sla_due_at"], row["sla_warn_at"]) == (None, None)
    svc.change_fields(writer, T_OPEN, {"status": "open"})
    row = ticket_row(db, T_OPEN)
    assert (row["sla_due_at"], row["sla_warn_at"]) == (due, warn)
    # a higher priority warns earlier (P1: a quarter of 240 minutes)
    svc.change_fields(writer, T_OPEN, {"impact": 1, "urgency": 1})
    row = ticket_row(db, T_OPEN)
    assert row["sla_warn_at"] == calendar_for("DE-BY").back(due, timedelta(minutes=60))
    svc.change_fields(writer, T_OPEN, {"status": "resolved"})
    assert ticket_row(db, T_OPEN)["sla_due_at"] is None
    # the server computes them: they never travel in the outbox
    assert all(not {"sla_due_at", "sla_warn_at"} & set(e["fields"]) for e in outbox(db))
    assert len(outbox(db)) == 4


def test_the_queues_configured_matrix_gives_the_priority(db, writer) -> None:
    with_policy(db, json.dumps(STRICT))
    assert svc.matrix_for_queue(db, "q-l1-a").priority(3, 3) == 2
    assert svc.matrix_for_queue(db, "q-l1-b") == svc.DEFAULT_MATRIX  # no policy
    assert svc.matrix_for_queue(db, None) == svc.DEFAULT_MATRIX
    made = svc.create_ticket(writer, ANNA, svc.TicketDraft(
        title="Monitor flackert", impact=3, urgency=3, queue_id="q-l1-a"), now=NOW)
    assert ticket_row(db, made)["priority"] == 2
    elsewhere = svc.create_ticket(writer, ANNA, svc.TicketDraft(
        title="Maus defekt", impact=3, urgency=3, queue_id="q-l1-b"), now=NOW)
    assert ticket_row(db, elsewhere)["priority"] == 3
    # the built-in matrix would give P5 and P2
    assert svc.change_fields(writer, T_OPEN, {"impact": 5, "urgency": 5})["priority"] == 4
    assert svc.change_fields(writer, T_OPEN, {"impact": 2, "urgency": 1})["priority"] == 1


def test_a_stored_matrix_that_cannot_be_read_falls_back_to_the_default(db) -> None:
    with_policy(db, "[[1, 2], [2, 3]]")  # 2 x 2: the server refuses it for tickets
    assert svc.matrix_for_queue(db, "q-l1-a") == svc.DEFAULT_MATRIX
