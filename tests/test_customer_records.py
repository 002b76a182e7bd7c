"""Customer records on a real local replica (SQLite): validation, atomic save with the
outbox, duplicates, history order and the audit trail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from desktop.app import customer_records as cr
from desktop.app.customer_records import ContactInput, CustomerForm, CustomerInvalid
from desktop.models import SYNCED_TABLES, OutboxEntry
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalEditError, LocalWriter

ORG, OTHER_ORG = "org-1", "org-2"
HANS, PETRA, JUERGEN, OTTO = "cust-hans", "cust-petra", "cust-juergen", "cust-otto"
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _rows() -> dict[str, list[dict[str, Any]]]:
    return {
        "users": [{"id": "user-1", "username": "anna.schmidt", "display_name": "Anna Schmidt",
                   "role": "agent", "level": 1}],
        "organisations": [{"id": ORG, "name": "Stadtwerke Rosenheim"},
                          {"id": OTHER_ORG, "name": "Bäckerei Huber GmbH"}],
        "customers": [
            {"id": HANS, "first_name": "Hans", "last_name": "Müller", "organisation_id": ORG,
             "customer_number": "K-1"},
            {"id": PETRA, "first_name": "Petra", "last_name": "Schneider",
             "organisation_id": ORG, "customer_number": "K-2"},
            {"id": JUERGEN, "first_name": "Jürgen", "last_name": "Müller",
             "organisation_id": OTHER_ORG, "customer_number": "K-3"},
            {"id": OTTO, "first_name": "Otto", "last_name": "Weber", "organisation_id": None,
             "customer_number": "K-4"},
        ],
        "customer_phones": [
            {"id": "ph-1", "customer_id": HANS, "label": "Mobil", "e164": "+491711234567"},
            {"id": "ph-2", "customer_id": PETRA, "label": "Büro", "e164": "+4980311234"},
        ],
        "customer_emails": [
            {"id": "em-1", "customer_id": HANS, "label": "Büro",
             "address": "hans.mueller@stadtwerke.example"},
        ],
        "tickets": [
            {"id": "t-closed-new", "reference": "T-1", "title": "Closed but recent",
             "status": "closed", "customer_id": HANS, "updated_at": T0 + timedelta(hours=5)},
            {"id": "t-open-old", "reference": "T-2", "title": "Open and old",
             "status": "open", "customer_id": HANS, "updated_at": T0},
            {"id": "t-pending", "reference": "T-3", "title": "Pending, newer",
             "status": "pending", "customer_id": HANS, "updated_at": T0 + timedelta(hours=1)},
            {"id": "t-other", "reference": "T-4", "title": "Someone else's",
             "status": "open", "customer_id": PETRA, "updated_at": T0},
        ],
        "ticket_entries": [
            {"id": "e-note", "ticket_id": "t-closed-new", "kind": "note", "body": "Notiz",
             "created_at": T0 + timedelta(hours=3)},
            {"id": "e-reply", "ticket_id": "t-closed-new", "kind": "customer_reply",
             "body": "Danke", "created_at": T0 + timedelta(hours=4)},
            {"id": "e-call", "ticket_id": "t-open-old", "kind": "call", "body": "Anruf",
             "created_at": T0 + timedelta(hours=2)},
        ],
        "calls": [
            {"id": "call-1", "customer_id": HANS, "caller_number": "+491711234567",
             "ticket_id": "t-open-old", "started_at": T0 + timedelta(hours=6)},
            {"id": "call-2", "customer_id": PETRA, "caller_number": "+4980311234",
             "ticket_id": None, "started_at": T0 + timedelta(hours=7)},
        ],
        "customer_audit": [
            {"id": "a-1", "customer_id": HANS, "field": "city", "old_value": "",
             "new_value": "Rosenheim", "changed_by": "user-1", "changed_at": T0},
            {"id": "a-2", "customer_id": HANS, "field": "last_name", "old_value": "Muller",
             "new_value": "Müller", "changed_by": "user-1",
             "changed_at": T0 + timedelta(days=1)},
        ],
    }


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    assert database.engine is not None
    with database.engine.begin() as conn:
        for entity, rows in _rows().items():
            conn.execute(insert(SYNCED_TABLES[entity]), rows)
    yield database
    database.close()


@pytest.fixture
def writer(db: LocalDatabase) -> LocalWriter:
    return LocalWriter(db, "user-1")


def outbox(db: LocalDatabase) -> list[dict[str, Any]]:
    assert db.engine is not None
    with db.engine.connect() as conn:
        rows = conn.execute(select(OutboxEntry.__table__).order_by(OutboxEntry.seq))
        return [dict(r._mapping) for r in rows]


def count(db: LocalDatabase, table: str) -> int:
    assert db.engine is not None
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(SYNCED_TABLES[table]))
                   .scalar_one())


def hans_form(db: LocalDatabase) -> CustomerForm:
    record = cr.load_customer(db, HANS)
    assert record is not None
    return CustomerForm.from_record(record)


# -- load -------------------------------------------------------------------------------
def test_load_customer_with_phones_emails_and_organisation(db: LocalDatabase) -> None:
    record = cr.load_customer(db, HANS)
    assert record is not None
    assert record.display_name == "Hans Müller"
    assert record.organisation == "Stadtwerke Rosenheim"
    assert [(p.label, p.value) for p in record.phones] == [("Mobil", "+491711234567")]
    assert [e.value for e in record.emails] == ["hans.mueller@stadtwerke.example"]
    assert cr.load_customer(db, "nobody") is None
    form = CustomerForm.from_record(record, "national")
    assert form.phones[0].text == "0171 1234567"


# -- validation -------------------------------------------------------------------------
def test_validation_reports_every_problem_at_once() -> None:
    form = CustomerForm(first_name=" ", last_name="",
                        phones=[ContactInput("Mobil", "0123 456"),
                                ContactInput("Büro", "0171 1234567")],
                        emails=[ContactInput("Büro", "max.mustermann(at)example.de"),
                                ContactInput("Privat", "max@@example")],
                        country="Deutschland")
    result = cr.validate(form)
    assert not result.ok and result.clean is None
    assert result.errors["name"].code == "missing"
    assert result.errors["phones.0"].code in {"invalid", "too_short"}
    assert result.errors["phones.0"].params == {"text": "0123 456"}
    assert "phones.1" not in result.errors
    assert result.errors["emails.0"].code == "missing_at"
    assert result.errors["emails.1"].code == "invalid_local_part"
    assert result.errors["country"].code == "invalid_country"


@pytest.mark.parametrize(("text", "code"), [
    ("110", "too_short"), ("+99 1234 5678", "invalid_country_code"),
    ("Hans Müller", "not_a_number"), ("0171 1234567890123", "too_long"),
])
def test_impossible_phone_numbers_get_the_domain_code(text: str, code: str) -> None:
    form = CustomerForm(last_name="Müller", phones=[ContactInput("Mobil", text)])
    assert cr.validate(form).errors == {"phones.0": cr.FieldError(code, {"text": text})}


def test_valid_form_is_normalised_and_blank_rows_ignored() -> None:
    form = CustomerForm(first_name=" Jürgen ", last_name="Müller", country="de",
                        phones=[ContactInput("Mobil", "+49 (0)171 / 123 45 67"),
                                ContactInput("", "  ")],
                        emails=[ContactInput("Büro", " Max.Mustermann@Example.DE ")])
    result = cr.validate(form)
    assert result.ok and result.clean is not None
    assert result.clean.fields["first_name"] == "Jürgen"
    assert result.clean.fields["country"] == "DE"
    assert [p.text for p in result.clean.phones] == ["+491711234567"]
    assert [e.text for e in result.clean.emails] == ["max.mustermann@example.de"]


def test_the_same_number_twice_in_one_form_is_reported() -> None:
    form = CustomerForm(last_name="Müller", phones=[ContactInput("Mobil", "0171 1234567"),
                                                    ContactInput("Büro", "+491711234567")])
    assert cr.validate(form).errors["phones.1"].code == "duplicate"


def test_too_long_fields_report_the_limit() -> None:
    form = CustomerForm(last_name="x" * 121)
    assert cr.validate(form).errors["last_name"] == cr.FieldError("too_long", {"max": 120})


# -- save -------------------------------------------------------------------------------
def test_a_failed_validation_writes_nothing_and_keeps_the_form(
        db: LocalDatabase, writer: LocalWriter) -> None:
    form = hans_form(db)
    form.city = "Rosenheim"
    form.phones.append(ContactInput("Büro", "0123 456"))
    typed = [(p.label, p.text) for p in form.phones]
    with pytest.raises(CustomerInvalid) as caught:
        cr.save_customer(writer, HANS, form)
    assert set(caught.value.errors) == {"phones.1"}
    assert outbox(db) == []
    record = cr.load_customer(db, HANS)
    assert record is not None and record.city == ""
    assert [(p.label, p.text) for p in form.phones] == typed


def test_a_good_save_writes_customer_and_phones_in_one_batch(
        db: LocalDatabase, writer: LocalWriter) -> None:
    form = hans_form(db)
    form.city = "Rosenheim"
    form.phones[0].text = "0171 7654321"
    form.phones.append(ContactInput("Büro", "08031 1234567"))
    form.emails = []
    result = cr.save_customer(writer, HANS, form)
    assert result.changed and not result.created
    record = cr.load_customer(db, HANS)
    assert record is not None
    assert record.city == "Rosenheim"
    assert sorted(p.value for p in record.phones) == ["+491717654321", "+4980311234567"]
    assert record.emails == ()
    entries = outbox(db)
    assert [(e["entity"], e["op"]) for e in entries] == [
        ("customers", "update"), ("customer_phones", "update"),
        ("customer_phones", "create"), ("customer_emails", "delete")]
    # contiguous mutation numbers: one batch, in order
    assert [e["client_seq"] for e in entries] == [1, 2, 3, 4]
    update = entries[0]
    assert json.loads(update["fields"]) == {"city": "Rosenheim"}
    assert json.loads(update["base"]) == {"city": ""}  # per-field base for the merge


def test_a_failure_in_the_middle_of_a_save_rolls_everything_back(
        db: LocalDatabase, writer: LocalWriter) -> None:
    assert db.engine is not None
    with db.engine.begin() as conn:  # a real database failure on the last row written
        conn.execute(text("CREATE TRIGGER refuse_boom BEFORE INSERT ON customer_emails "
                          "WHEN NEW.address = 'boom@example.com' "
                          "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    form = hans_form(db)
    form.city = "Rosenheim"
    form.phones.append(ContactInput("Büro", "08031 1234567"))
    form.emails.append(ContactInput("Privat", "boom@example.com"))
    with pytest.raises(LocalEditError):
        cr.save_customer(writer, HANS, form)
    assert outbox(db) == []
    record = cr.load_customer(db, HANS)
    assert record is not None and record.city == "" and len(record.phones) == 1
    assert count(db, "customer_phones") == 2


def test_create_a_new_customer(db: LocalDatabase, writer: LocalWriter) -> None:
    form = CustomerForm(first_name="Sabine", last_name="Fischer", organisation_id=OTHER_ORG,
                        phones=[ContactInput("Mobil", "0151 12345678")],
                        emails=[ContactInput("Privat", "Sabine.Fischer@example.de")])
    result = cr.save_customer(writer, None, form)
    assert result.created
    record = cr.load_customer(db, result.customer_id)
    assert record is not None and record.organisation == "Bäckerei Huber GmbH"
    assert [p.value for p in record.phones] == ["+4915112345678"]
    assert [e.value for e in record.emails] == ["sabine.fischer@example.de"]
    assert [(e["entity"], e["op"]) for e in outbox(db)] == [
        ("customers", "create"), ("customer_phones", "create"), ("customer_emails", "create")]


def test_saving_unchanged_form_writes_nothing(db: LocalDatabase, writer: LocalWriter) -> None:
    result = cr.save_customer(writer, HANS, hans_form(db))
    assert not result.changed
    assert outbox(db) == []


# -- duplicates -------------------------------------------------------------------------
def test_duplicates_by_phone_email_and_similar_name(db: LocalDatabase) -> None:
    form = CustomerForm(first_name="Hanns", last_name="Mueller", organisation_id=ORG)
    by_name = cr.find_duplicates(db, form)
    assert [(d.customer_id, d.reason) for d in by_name] == [(HANS, "name")]
    assert by_name[0].score >= cr.NAME_SIMILARITY
    # the same name in another organisation is not a duplicate
    form.organisation_id = OTHER_ORG
    assert [d.customer_id for d in cr.find_duplicates(db, form)] == []
    by_contact = cr.find_duplicates(db, CustomerForm(
        last_name="Neu", phones=[ContactInput("", "08031 1234")],
        emails=[ContactInput("", "HANS.Mueller@Stadtwerke.example")]))
    assert {(d.customer_id, d.reason, d.value) for d in by_contact} == {
        (PETRA, "phone", "+4980311234"), (HANS, "email", "hans.mueller@stadtwerke.example")}


def test_a_customer_is_not_its_own_duplicate(db: LocalDatabase) -> None:
    assert cr.find_duplicates(db, hans_form(db), exclude_id=HANS) == []


def test_name_folding() -> None:
    assert cr.fold_name("Jürgen  Müller-Lüdenscheidt") == "juergenmuellerluedenscheidt"
    assert cr.name_similarity("Jürgen Müller", "Juergen Mueller") == 1.0
    assert cr.name_similarity("Jürgen Müller", "Petra Schneider") < cr.NAME_SIMILARITY


# -- history and audit -------------------------------------------------------------------
def test_history_has_open_tickets_first_then_everything_newest_first(
        db: LocalDatabase) -> None:
    items = cr.customer_history(db, HANS)
    assert [(i.kind, i.id) for i in items] == [
        ("ticket", "t-pending"), ("ticket", "t-open-old"),
        ("call", "call-1"), ("ticket", "t-closed-new"),
        ("entry", "e-note"), ("entry", "e-call")]
    assert items[0].is_open and not items[3].is_open
    assert items[2].ticket_id == "t-open-old" and items[2].reference == "T-2"
    assert cr.customer_history(db, OTTO) == []


def test_audit_rows_newest_first_with_the_users_name(db: LocalDatabase) -> None:
    rows = cr.customer_audit(db, HANS)
    assert [(r.field, r.old_value, r.new_value) for r in rows] == [
        ("last_name", "Muller", "Müller"), ("city", "", "Rosenheim")]
    assert {r.changed_by_name for r in rows} == {"Anna Schmidt"}


# -- against a real server ---------------------------------------------------------------
def test_saves_reach_the_server_merge_per_field_and_come_back_audited(
        tmp_path: Path, live_server: Any) -> None:
    """Two agents edit the same customer offline (different fields), sync through the
    real server process; both edits win and the audit trail names who changed what."""
    from desktop.config import Settings
    from desktop.sync.engine import SyncEngine
    from server.migrate import upgrade
    from server.store import make_engine
    from tests.support.server_helpers import make_user, write_rows

    url = f"sqlite:///{tmp_path}/server.sqlite3"
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    make_user(url, "anna", "anna-pass-1", "agent", level=1, display_name="Anna Schmidt")
    make_user(url, "ben", "ben-pass-12", "agent", level=1, display_name="Ben Berger")
    write_rows(url, "organisations", [{"id": ORG, "name": "Stadtwerke Rosenheim"}])
    write_rows(url, "customers", [{"id": HANS, "first_name": "Hans", "last_name": "Müller",
                                   "organisation_id": ORG}])
    write_rows(url, "customer_phones", [{"id": "ph-1", "customer_id": HANS,
                                         "label": "Mobil", "e164": "+491711234567"}])
    server = live_server(url)
    agents = []
    try:
        for user, password in (("anna", "anna-pass-1"), ("ben", "ben-pass-12")):
            db = LocalDatabase(tmp_path / user).open()
            sync = SyncEngine(Settings(cli={"server_url": server.url, "request_timeout": 5}),
                              db)
            sync.sign_in(user, password)
            sync.sync()
            agents.append((db, sync))
        (anna_db, anna), (ben_db, ben) = agents
        form = hans_form(anna_db)
        form.city = "Rosenheim"
        form.phones.append(ContactInput("Büro", "08031 1234567"))
        cr.save_customer(anna.writer, HANS, form)
        ben_form = hans_form(ben_db)
        ben_form.notes = "Ruft meist vormittags an"
        cr.save_customer(ben.writer, HANS, ben_form)
        assert anna.sync().pushed.applied == 2
        assert ben.sync().pushed.applied == 1
        anna.sync()
        for db in (anna_db, ben_db):
            record = cr.load_customer(db, HANS)
            assert record is not None
            assert (record.city, record.notes) == ("Rosenheim", "Ruft meist vormittags an")
            assert sorted(p.value for p in record.phones) == ["+491711234567",
                                                              "+4980311234567"]
        audit = {(a.field, a.new_value, a.changed_by_name)
                 for a in cr.customer_audit(anna_db, HANS)}
        assert audit == {("city", "Rosenheim", "Anna Schmidt"),
                         ("phone", "+4980311234567", "Anna Schmidt"),
                         ("notes", "Ruft meist vormittags an", "Ben Berger")}
    finally:
        for db, sync in agents:
            sync.close()
            db.close()
