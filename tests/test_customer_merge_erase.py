"""Merge, data-protection export and erasure of customers, end to end: a real server
process over HTTP, two workstations with their own SQLite replicas (issue 5)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text

from desktop.app import customer_records as cr
from desktop.app import customers as lookup
from desktop.app.customer_records import ContactInput
from desktop.config import Settings
from desktop.models import SYNCED_TABLES
from desktop.sync import api
from desktop.sync.api import ServerError
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from tests.support.server_helpers import make_user, write_rows

ORG = "org-rosenheim"
HANS, DUP, OTHER = "cust-hans", "cust-hans-dup", "cust-petra"
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PASSWORDS = {"anna": "anna-pass-1", "ben": "ben-pass-12", "sue": "sue-pass-123"}


def put(url: str, entity: str, rows: list[dict[str, Any]]) -> None:
    """Rows with different columns, one write each (one insert needs one shape)."""
    for row in rows:
        write_rows(url, entity, [row])


def seed(url: str) -> None:
    make_user(url, "anna", PASSWORDS["anna"], "agent", level=1, display_name="Anna Schmidt")
    make_user(url, "ben", PASSWORDS["ben"], "agent", level=1, display_name="Ben Berger")
    make_user(url, "sue", PASSWORDS["sue"], "supervisor", display_name="Sue Sommer")
    put(url, "organisations", [{"id": ORG, "name": "Stadtwerke Rosenheim",
                                       "customer_number": "F-100"}])
    put(url, "customers", [
        {"id": HANS, "first_name": "Hans", "last_name": "Müller", "organisation_id": ORG,
         "customer_number": "K-1001", "city": "Rosenheim", "notes": "Ruft vormittags an"},
        {"id": DUP, "first_name": "Hans", "last_name": "Mueller", "organisation_id": ORG,
         "customer_number": "K-1009", "street": "Bahnhofstr. 1", "city": "Rosenheim",
         "notes": "Hat zwei Zähler"},
        {"id": OTHER, "first_name": "Petra", "last_name": "Schneider"},
    ])
    put(url, "customer_phones", [
        {"id": "ph-hans", "customer_id": HANS, "label": "Mobil", "e164": "+491711234567"},
        {"id": "ph-dup-same", "customer_id": DUP, "label": "Mobil", "e164": "+491711234567"},
        {"id": "ph-dup-office", "customer_id": DUP, "label": "Büro", "e164": "+4980311234567"},
        {"id": "ph-petra", "customer_id": OTHER, "label": "", "e164": "+4930123456"},
    ])
    put(url, "customer_emails", [
        {"id": "em-hans", "customer_id": HANS, "label": "", "address": "hans@example.org"},
        {"id": "em-dup", "customer_id": DUP, "label": "", "address": "h.mueller@example.org"},
    ])
    put(url, "tickets", [
        {"id": "t-hans", "reference": "T-1", "customer_id": HANS, "status": "open",
         "title": "Zähler defekt, Rückruf an 0171 1234567",
         "description": "Herr Hans Müller (hans@example.org) meldet einen Defekt.",
         "customer_name": "Hans Müller", "created_at": T0, "updated_at": T0},
        {"id": "t-dup", "reference": "T-2", "customer_id": DUP, "status": "closed",
         "title": "Abschlag ändern", "description": "Büro: +49 8031 1234567",
         "customer_name": "Hans Mueller", "created_at": T0, "updated_at": T0},
        {"id": "t-petra", "reference": "T-3", "customer_id": OTHER, "status": "open",
         "title": "Petra fragt nach Tarif, Herr Müller vom Nachbarhaus auch",
         "customer_name": "Petra Schneider", "created_at": T0, "updated_at": T0},
    ])
    put(url, "ticket_entries", [
        {"id": "e-1", "ticket_id": "t-hans", "kind": "note",
         "body": "Rückruf unter 0049-171-1234567 vereinbart.", "created_at": T0},
        {"id": "e-2", "ticket_id": "t-dup", "kind": "call", "body": "Anruf von Hans Mueller",
         "data": json.dumps({"caller": "+4980311234567"}),
         "created_at": T0 + timedelta(hours=1)},
    ])
    put(url, "calls", [
        {"id": "call-hans", "customer_id": HANS, "direction": "inbound",
         "caller_number": "+491711234567", "dialled_number": "+4980319000",
         "ticket_id": "t-hans", "started_at": T0},
        {"id": "call-dup", "customer_id": DUP, "direction": "outbound",
         "caller_number": "+4980319000", "dialled_number": "+4980311234567",
         "started_at": T0 + timedelta(hours=2)},
    ])
    put(url, "customer_audit", [
        {"id": "a-1", "customer_id": HANS, "field": "city", "old_value": "Kolbermoor",
         "new_value": "Rosenheim", "changed_at": T0},
    ])


@dataclass
class Desk:
    """One workstation: its replica and its sync engine, signed in."""

    db: LocalDatabase
    sync: SyncEngine

    def count(self, table: str, **where: Any) -> int:
        t = SYNCED_TABLES[table]
        query = select(func.count()).select_from(t)
        for column, value in where.items():
            query = query.where(t.c[column] == value)
        assert self.db.engine is not None
        with self.db.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def row(self, table: str, row_id: str) -> dict[str, Any]:
        t = SYNCED_TABLES[table]
        assert self.db.engine is not None
        with self.db.engine.connect() as conn:
            found = conn.execute(select(t).where(t.c.id == row_id)).mappings().first()
        assert found is not None, f"{table} {row_id} is not in the replica"
        return dict(found)


@pytest.fixture
def server_url(db_url: str) -> str:
    """A migrated server database (SQLite and PostgreSQL) with the rows above."""
    seed(db_url)
    return db_url


@pytest.fixture
def desks(tmp_path: Path, server_url: str, live_server: Any) -> Iterator[dict[str, Desk]]:
    server = live_server(server_url)
    opened: dict[str, Desk] = {}
    try:
        for user in ("anna", "ben", "sue"):
            db = LocalDatabase(tmp_path / user).open()
            engine = SyncEngine(Settings(cli={"server_url": server.url,
                                              "request_timeout": 10}), db)
            opened[user] = Desk(db, engine)
            engine.sign_in(user, PASSWORDS[user])
            engine.sync()
        yield opened
    finally:
        for desk in opened.values():
            desk.sync.close()
            desk.db.close()


# -- merge ----------------------------------------------------------------------------------

def test_merge_moves_everything_to_the_survivor_on_every_replica(
        desks: dict[str, Desk]) -> None:
    anna, ben = desks["anna"], desks["ben"]
    assert {m.id for m in lookup.lookup(ben.db, "08031 1234567")} == {DUP}

    reply = api.merge_customers(anna.sync.client, HANS, DUP, take_from_merged=["street"])
    assert reply["tickets"] == 1 and reply["calls"] == 1
    assert (reply["phones"], reply["emails"]) == (1, 1)  # the same mobile number once
    anna.sync.sync()
    ben.sync.sync()

    for desk in (anna, ben):
        survivor = cr.load_customer(desk.db, HANS)
        assert survivor is not None
        assert sorted(p.value for p in survivor.phones) == ["+491711234567", "+4980311234567"]
        assert sorted(e.value for e in survivor.emails) == ["h.mueller@example.org",
                                                            "hans@example.org"]
        assert survivor.street == "Bahnhofstr. 1"  # empty on the survivor: taken over
        assert survivor.notes == "Ruft vormittags an\n\nHat zwei Zähler"
        assert desk.row("customers", DUP)["merged_into_id"] == HANS
        assert desk.count("customer_phones", customer_id=DUP) == 0
        assert desk.count("customer_phones", id="ph-dup-same") == 0  # tombstone applied
        assert desk.row("tickets", "t-dup")["customer_id"] == HANS
        assert desk.row("tickets", "t-dup")["customer_name"] == "Hans Müller"
        assert desk.row("calls", "call-dup")["customer_id"] == HANS
        history = {item.id for item in cr.customer_history(desk.db, HANS)}
        assert {"t-hans", "t-dup", "call-hans", "call-dup", "e-2"} <= history
        # the old record's number finds the survivor, and only the survivor
        assert [m.id for m in lookup.lookup(desk.db, "08031 1234567")] == [HANS]
        assert [m.id for m in lookup.lookup(desk.db, "K-1009")] == [HANS]
        audit = {(a.field, a.new_value, a.changed_by_name)
                 for a in cr.customer_audit(desk.db, HANS)}
        assert ("merged", "Hans Mueller · K-1009", "Anna Schmidt") in audit
        assert ("street", "Bahnhofstr. 1", "Anna Schmidt") in audit
        assert ("city", "Rosenheim", "") in audit  # the old record's trail moved along


def test_a_merged_record_cannot_be_merged_again_nor_edited(desks: dict[str, Desk]) -> None:
    anna, ben = desks["anna"], desks["ben"]
    api.merge_customers(anna.sync.client, HANS, DUP)
    with pytest.raises(ServerError) as refused:
        api.merge_customers(ben.sync.client, OTHER, DUP)
    assert (refused.value.status, refused.value.code) == (409, "merged")
    # ben edits the old record offline; the server refuses it with a reason
    form = cr.CustomerForm.from_record(cr.load_customer(ben.db, DUP))  # type: ignore[arg-type]
    form.city = "Kolbermoor"
    cr.save_customer(ben.sync.writer, DUP, form)
    pushed = ben.sync.sync().pushed
    assert pushed.rejected == 1


# -- permissions ------------------------------------------------------------------------------

def test_erasure_needs_a_supervisor_and_a_sign_in(desks: dict[str, Desk]) -> None:
    ben = desks["ben"]
    with pytest.raises(ServerError) as refused:
        api.erase_customer(ben.sync.client, HANS)
    assert refused.value.status == 403
    with pytest.raises(ServerError) as refused:
        api.export_customer(ben.sync.client, HANS)
    assert refused.value.status == 403
    base = ben.sync.client.base_url
    with httpx.Client(base_url=base, timeout=10) as raw:
        for method, path in (("POST", f"/api/v1/customers/{HANS}/erase"),
                             ("GET", f"/api/v1/customers/{HANS}/export"),
                             ("POST", "/api/v1/customers/merge")):
            answer = raw.request(method, path, json={} if method == "POST" else None)
            assert answer.status_code == 401, (path, answer.text)
        forged = raw.post(f"/api/v1/customers/{HANS}/erase",
                          headers={"Authorization": "Bearer not-a-token"})
        assert forged.status_code == 401
    # nothing was erased
    record = cr.load_customer(desks["sue"].db, HANS)
    assert record is not None and record.first_name == "Hans"


# -- export -----------------------------------------------------------------------------------

def test_export_contains_every_part(desks: dict[str, Desk]) -> None:
    sue = desks["sue"]
    api.merge_customers(desks["anna"].sync.client, HANS, DUP)
    data = api.export_customer(sue.sync.client, HANS)
    assert data["format"] == "agentdesk.customer-export"
    assert data["exported_by"] == "sue"
    assert data["customer"]["id"] == HANS and data["customer"]["last_name"] == "Müller"
    assert data["organisation"] == {"id": ORG, "name": "Stadtwerke Rosenheim",
                                    "customer_number": "F-100"}
    assert [m["id"] for m in data["merged_records"]] == [DUP]
    assert {p["e164"] for p in data["phones"]} == {"+491711234567", "+4980311234567"}
    assert {e["address"] for e in data["emails"]} == {"hans@example.org",
                                                      "h.mueller@example.org"}
    tickets = {t["id"]: t for t in data["tickets"]}
    assert set(tickets) == {"t-hans", "t-dup"}
    assert [e["id"] for e in tickets["t-hans"]["entries"]] == ["e-1"]
    assert {c["id"] for c in data["calls"]} == {"call-hans", "call-dup"}
    assert {a["field"] for a in data["audit"]} >= {"city", "merged", "merged_into"}
    json.dumps(data)  # plain JSON values throughout


# -- erasure ----------------------------------------------------------------------------------

def test_erasure_reaches_every_replica_and_its_indexes(desks: dict[str, Desk]) -> None:
    from desktop.app import queries

    anna, ben, sue = desks["anna"], desks["ben"], desks["sue"]
    api.merge_customers(anna.sync.client, HANS, DUP)
    for desk in (anna, ben):
        desk.sync.sync()
        queries.ensure_ticket_search(desk.db)  # the trigram index the ticket list uses
    assert _search(ben, "Müller") >= {"t-hans"}

    reply = api.erase_customer(sue.sync.client, HANS)
    assert sorted(reply["erased_ids"]) == sorted([HANS, DUP])
    for desk in (anna, ben):
        desk.sync.sync()
        for cid in (HANS, DUP):
            row = desk.row("customers", cid)
            assert row["erased"] is True or row["erased"] == 1
            assert (row["first_name"], row["last_name"], row["street"], row["notes"]) == \
                ("", "", "", "")
            assert desk.count("customer_phones", customer_id=cid) == 0
            assert desk.count("customer_emails", customer_id=cid) == 0
        assert lookup.lookup(desk.db, "0171 1234567") == []
        assert lookup.lookup(desk.db, "hans@example.org") == []
        assert lookup.lookup(desk.db, "K-1001") == []
        ticket = desk.row("tickets", "t-hans")
        assert ticket["title"] == "Zähler defekt, Rückruf an [erased]"
        assert ticket["description"] == "Herr [erased] ([erased]) meldet einen Defekt."
        assert ticket["customer_name"] == "Stadtwerke Rosenheim"
        assert desk.row("tickets", "t-dup")["description"] == "Büro: [erased]"
        assert desk.row("ticket_entries", "e-1")["body"] == "Rückruf unter [erased] vereinbart."
        assert "+4980311234567" not in desk.row("ticket_entries", "e-2")["data"]
        # another customer's ticket keeps its text
        assert desk.row("tickets", "t-petra")["title"].startswith("Petra fragt")
        assert desk.row("calls", "call-hans")["caller_number"] == ""
        assert desk.row("calls", "call-dup")["dialled_number"] == ""
        audit = cr.customer_audit(desk.db, HANS)
        assert all(a.old_value is None and a.new_value is None for a in audit)
        assert ("erased", "Sue Sommer") in {(a.field, a.changed_by_name) for a in audit}
        assert _search(desk, "Müller") <= {"t-petra"}  # the index forgot the name
        assert "t-hans" in _search(desk, "Zähler")  # the ticket itself is kept
        record = cr.load_customer(desk.db, HANS)
        assert record is not None and record.erased
        assert record.display_name == "Stadtwerke Rosenheim"


def test_an_offline_edit_after_the_erasure_does_not_bring_the_data_back(
        desks: dict[str, Desk]) -> None:
    ben, sue = desks["ben"], desks["sue"]
    form = cr.CustomerForm.from_record(cr.load_customer(ben.db, OTHER))  # type: ignore[arg-type]
    form.city = "Berlin"
    form.phones.append(ContactInput("Mobil", "0151 23456789"))
    cr.save_customer(ben.sync.writer, OTHER, form)  # still offline for this customer
    api.erase_customer(sue.sync.client, OTHER)
    result = ben.sync.sync()
    assert result.pushed.rejected == 2
    row = ben.row("customers", OTHER)
    assert (row["first_name"], row["city"]) == ("", "")
    assert ben.count("customer_phones", customer_id=OTHER) == 0


def test_phone_and_email_changes_are_audited(desks: dict[str, Desk]) -> None:
    anna, ben = desks["anna"], desks["ben"]
    record = cr.load_customer(anna.db, OTHER)
    assert record is not None
    form = cr.CustomerForm.from_record(record)
    form.phones[0].text = "030 654321"  # changed
    form.phones.append(ContactInput("Mobil", "0151 23456789"))  # added
    form.emails.append(ContactInput("", "petra@example.org"))  # added
    cr.save_customer(anna.sync.writer, OTHER, form)
    anna.sync.sync()
    form = cr.CustomerForm.from_record(cr.load_customer(anna.db, OTHER))  # type: ignore[arg-type]
    form.emails = []  # removed
    cr.save_customer(anna.sync.writer, OTHER, form)
    anna.sync.sync()
    ben.sync.sync()
    audit = {(a.field, a.old_value, a.new_value, a.changed_by_name)
             for a in cr.customer_audit(ben.db, OTHER)}
    assert audit == {
        ("phone", "+4930123456", "+4930654321", "Anna Schmidt"),
        ("phone", None, "+4915123456789", "Anna Schmidt"),
        ("email", None, "petra@example.org", "Anna Schmidt"),
        ("email", "petra@example.org", None, "Anna Schmidt"),
    }


def _search(desk: Desk, word: str) -> set[str]:
    assert desk.db.engine is not None
    with desk.db.engine.connect() as conn:
        return {r[0] for r in conn.execute(text(
            "SELECT t.id FROM ticket_search s JOIN tickets t ON t.rowid = s.rowid "
            "WHERE ticket_search MATCH :q"), {"q": f'"{word}"'})}


def test_export_on_the_command_line(desks: dict[str, Desk], tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    url = desks["sue"].sync.client.base_url.rstrip("/")
    target = tmp_path / "export.json"
    monkeypatch.setenv("AGENTDESK_PASSWORD", PASSWORDS["sue"])
    status = main(["--server-url", url, "--data-dir", str(tmp_path / "cli"), "customer",
                   "export", HANS, str(target), "--user", "sue"])
    assert status == 0, capsys.readouterr().err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["customer"]["id"] == HANS and data["phones"]
    monkeypatch.setenv("AGENTDESK_PASSWORD", PASSWORDS["ben"])
    status = main(["--server-url", url, "--data-dir", str(tmp_path / "cli-ben"), "customer",
                   "export", HANS, str(tmp_path / "ben.json"), "--user", "ben"])
    assert status == 6
    assert "supervisor" in capsys.readouterr().err
    assert not (tmp_path / "ben.json").exists()
