"""The call-script service (desktop/app/script_runs.py) on a real local database: runs
saved at every answer, resumed after a crash, finished into a transcript entry and
ticket fields; publishing revisions; statistics; and delivery to a real server."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.app.script_runs import (
    ENTRY_KIND,
    DirectEditor,
    ScriptInvalid,
    ScriptRunService,
)
from desktop.config import Settings
from desktop.domain import scripts as sd
from desktop.domain.script_yaml import ScriptDocument
from desktop.models import SYNCED_TABLES
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter
from server.store import make_engine
from tests.support.server_helpers import make_user, write_rows
from tests.test_domain_scripts import DEMO

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TICKET = "00000000-0000-4000-8000-000000000001"
SEED_DEFINITION = {"start": "s1", "steps": {
    "s1": {"text": "Hallo {customer.first_name}", "questions": [], "branches": [],
           "outcome": "solved"}}}


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def base_rows(user_id: str) -> dict[str, list[dict[str, Any]]]:
    return {
        "users": [{"id": user_id, "username": "anna", "display_name": "Anna Schmidt",
                   "role": "agent", "level": 1}],
        "queues": [{"id": "q-1", "name": "1st Level", "level": 1}],
        "organisations": [{"id": "org-1", "name": "Stadtwerke Rosenheim"}],
        "customers": [{"id": "cust-1", "salutation": "Frau", "first_name": "Monika",
                       "last_name": "Müller", "customer_number": "K-20001",
                       "organisation_id": "org-1", "language": "de"}],
        "tickets": [{"id": TICKET, "reference": "T-2026-004711", "title": "Drucker druckt nicht",
                     "category": "Drucker", "queue_id": "q-1", "customer_id": "cust-1",
                     "status": "open", "impact": 3, "urgency": 3}],
        "calls": [{"id": "call-1", "caller_number": "+49891234567",
                   "dialled_number": "+498921094000", "ticket_id": TICKET,
                   "customer_id": "cust-1", "queue_id": "q-1", "started_at": T0}],
        "call_scripts": [
            {"id": "demo-1", "key": "demo", "name": "Geräte-Check", "revision": 1,
             "status": "published", "queue_id": "q-1", "category": "Drucker",
             "definition": json.dumps(DEMO)},
            {"id": "general-1", "key": "general", "name": "Allgemein", "revision": 1,
             "status": "published", "queue_id": "q-1", "definition": json.dumps(DEMO)},
            # as the seed writes them: no key
            {"id": "seed-1", "key": "", "name": "Alt", "revision": 1, "status": "retired",
             "definition": json.dumps(SEED_DEFINITION)},
            {"id": "seed-2", "key": "", "name": "Alt", "revision": 2, "status": "published",
             "definition": json.dumps(SEED_DEFINITION)},
        ],
    }


def fill(db: LocalDatabase, rows: dict[str, list[dict[str, Any]]]) -> None:
    assert db.engine is not None
    with db.engine.begin() as conn:
        for entity, values in rows.items():
            for row in values:  # rows of one table may set different columns
                conn.execute(SYNCED_TABLES[entity].insert(), row)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "client"


@pytest.fixture
def db(folder: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(folder).open()
    fill(database, base_rows("user-1"))
    yield database
    database.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def service_for(db: LocalDatabase, clock: Clock, user: str = "user-1") -> ScriptRunService:
    return ScriptRunService(db, DirectEditor(LocalWriter(db, user)), clock)


@pytest.fixture
def service(db: LocalDatabase, clock: Clock) -> ScriptRunService:
    return service_for(db, clock)


def sql(db: LocalDatabase, query: str, *args: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def outbox(db: LocalDatabase) -> list[tuple[str, str, dict[str, Any]]]:
    return [(entity, op, json.loads(fields)) for entity, op, fields in
            sql(db, "SELECT entity, op, fields FROM outbox ORDER BY seq")]


# -- choosing and starting ------------------------------------------------------------------

def test_the_script_is_chosen_by_category_before_queue(service: ScriptRunService) -> None:
    chosen = service.suggest(TICKET)
    assert chosen is not None and chosen.id == "demo-1"
    assert [s.name for s in service.available()] == ["Allgemein", "Alt", "Geräte-Check"]
    assert service.context(TICKET) == {
        "today": service.context(TICKET)["today"],
        "customer.salutation": "Frau", "customer.first_name": "Monika",
        "customer.last_name": "Müller", "customer.number": "K-20001",
        "customer.name": "Monika Müller", "customer.organisation": "Stadtwerke Rosenheim",
        "ticket.reference": "T-2026-004711", "ticket.title": "Drucker druckt nicht",
        "ticket.category": "Drucker", "agent.name": "Anna Schmidt",
        "agent.first_name": "Anna", "call.caller_number": "+49891234567",
        "call.dialled_number": "+498921094000"}


def test_a_script_for_the_dialled_hotline_wins(db: LocalDatabase,
                                               service: ScriptRunService) -> None:
    fill(db, {"call_scripts": [{"id": "hotline-1", "key": "hotline", "name": "Hotline",
                                "revision": 1, "status": "published",
                                "dialled_number": "089 2109 4000",
                                "definition": json.dumps(DEMO)}]})
    assert service.suggest(TICKET).id == "hotline-1"  # type: ignore[union-attr]
    assert service.suggest(TICKET, "no-such-call").id == "demo-1"  # type: ignore[union-attr]


def test_every_answer_is_saved_with_its_outbox_entry(db: LocalDatabase,
                                                     service: ScriptRunService,
                                                     clock: Clock) -> None:
    run = service.start("demo-1", TICKET, "call-1")
    assert run.render(run.script.steps["greet"].text).startswith("Guten Tag Frau Müller")
    assert sql(db, "SELECT script_id, agent_id, ticket_id, call_id, current_step, outcome "
                   "FROM script_runs") == [("demo-1", "user-1", TICKET, "call-1", "greet", "")]
    clock.tick(15)
    run, advance, finished = service.submit(run, {"device": "Drucker"})
    assert advance.status == "moved" and finished is None
    clock.tick(5)
    run, issue = service.record(run, "error_text", "E13")
    assert issue is None
    stored = sql(db, "SELECT current_step, answers, path FROM script_runs")[0]
    assert stored[0] == "printer"
    assert json.loads(stored[1]) == {"device": "Drucker", "error_text": "E13"}
    assert [(p["step"], p["seconds"]) for p in json.loads(stored[2])] == [
        ("greet", 15.0), ("printer", 0.0)]
    assert [(e, op) for e, op, _f in outbox(db)] == [
        ("script_runs", "create"), ("script_runs", "update"), ("script_runs", "update")]
    # a refused answer changes nothing and writes nothing
    run2, advance, _ = service.submit(run, {"error_shown": "vielleicht"})
    assert advance.status == "invalid" and run2 == run
    assert advance.issues["error_shown"].code == "not_yes_no"
    assert len(outbox(db)) == 3


def test_a_run_resumes_after_a_crash(folder: Path, db: LocalDatabase, clock: Clock) -> None:
    service = service_for(db, clock)
    run = service.start("demo-1", TICKET)
    clock.tick(10)
    run, _a, _f = service.submit(run, {"device": "Laptop"})
    run, _ = service.record(run, "affected", "12")
    db.close()  # the window is gone (nothing else is written)

    reopened = LocalDatabase(folder).open()
    try:
        later = service_for(reopened, clock)
        clock.tick(3600)
        resumed = later.resume(TICKET)
        assert resumed is not None
        assert (resumed.id, resumed.state.current) == (run.id, "laptop")
        assert dict(resumed.state.answers) == {"device": "Laptop", "affected": 12}
        assert resumed.state == run.state
        assert later.resume("another-ticket") is None
        assert service_for(reopened, clock, "user-2").resume(TICKET) is None  # not theirs
        done, advance, _ = later.submit(resumed, {"affected": "12"})
        assert advance.status == "moved" and done.state.current == "escalate"
    finally:
        reopened.close()


def test_back_and_restart_are_saved(db: LocalDatabase, service: ScriptRunService) -> None:
    run = service.start("demo-1", TICKET)
    run, _a, _f = service.submit(run, {"device": "Drucker"})
    run = service.back(run)
    assert sql(db, "SELECT current_step, answers FROM script_runs") == [
        ("greet", '{"device": "Drucker"}')]
    run, _a, _f = service.submit(run, {"device": "Laptop"})
    run = service.restart(run)
    assert sql(db, "SELECT current_step, answers FROM script_runs") == [("greet", "{}")]
    assert service.back(run) == run  # nothing before the start


# -- finishing -------------------------------------------------------------------------------

def test_finishing_writes_the_transcript_and_applies_the_actions(
        db: LocalDatabase, service: ScriptRunService, clock: Clock) -> None:
    run = service.start("demo-1", TICKET)
    clock.tick(20)
    run, _a, _f = service.submit(run, {"device": "Drucker"})
    clock.tick(30)
    run, _a, _f = service.submit(run, {"error_shown": "ja", "error_text": "E13 Papierstau"})
    clock.tick(10)
    run, advance, finished = service.submit(run, {})
    assert advance.status == "ended" and finished is not None
    assert finished.outcome == "escalated"
    assert finished.escalation == {"to_level": 2, "tried": "Fehler: E13 Papierstau",
                                   "findings": "Gerät: Drucker",
                                   "told_customer": "Rückmeldung durch den 2nd Level."}
    assert finished.articles == ("kb-printer-display",)
    assert dict(finished.fields) == {"category": "Drucker", "impact": 2}

    entries = sql(db, "SELECT id, kind, author_id, body, data FROM ticket_entries "
                      "WHERE ticket_id = ?", TICKET)
    assert len(entries) == 1
    entry_id, kind, author, body, data = entries[0]
    assert (entry_id, kind, author) == (finished.entry_id, ENTRY_KIND, "user-1")
    assert body.splitlines()[0] == "Call script \u201cGeräte-Check\u201d (revision 1)"
    assert "   - Fehlertext: E13 Papierstau" in body.splitlines()
    assert body.splitlines()[-2:] == ["Outcome: escalated", "Time: 60 s"]
    payload = json.loads(data)
    assert (payload["script_id"], payload["script_key"], payload["revision"],
            payload["run_id"], payload["outcome"]) == ("demo-1", "demo", 1, run.id, "escalated")
    assert [(p["step"], p["seconds"]) for p in payload["path"]] == [
        ("greet", 20.0), ("printer", 30.0), ("escalate", 10.0)]
    assert payload["path"][1]["answers"][0]["shown"] == "yes"
    assert payload["articles"] == ["kb-printer-display"]
    assert payload["escalation"]["to_level"] == 2

    assert sql(db, "SELECT category, impact, urgency FROM tickets WHERE id = ?",
               TICKET) == [("Drucker", 2, 3)]
    assert sql(db, "SELECT outcome, ended_at IS NOT NULL FROM script_runs") == [
        ("escalated", 1)]
    assert service.resume(TICKET) is None  # nothing left to resume
    # the article the script showed is linked to the ticket
    assert sql(db, "SELECT article_id, ticket_id, kind FROM kb_events") == [
        ("kb-printer-display", TICKET, "linked")]
    last = outbox(db)[-4:]
    assert [(e, op) for e, op, _f in last] == [("ticket_entries", "append"),
                                              ("kb_events", "append"),
                                              ("tickets", "update"), ("script_runs", "update")]
    assert last[2][2] == {"impact": 2}  # the category was "Drucker" already


def test_finishing_again_after_a_crash_adds_no_second_entry(
        db: LocalDatabase, service: ScriptRunService) -> None:
    run = service.start("demo-1", TICKET)
    run, _a, _f = service.submit(run, {"device": "Drucker"})
    run, _a, _f = service.submit(run, {"error_shown": False})
    ended = sd.answer(run.script, run.state, {}, T0 + timedelta(minutes=1)).state
    service._finish(run, ended)  # the crash came after this, before the window knew
    _run, advance, finished = service.submit(run, {})
    assert advance.status == "ended" and finished is not None
    assert sql(db, "SELECT count(*) FROM ticket_entries") == [(1,)]
    assert sql(db, "SELECT first_contact_resolution FROM tickets") == [(1,)]  # "solved"
    linked = sql(db, "SELECT count(*) FROM kb_events")[0][0]
    service._finish(run, ended)  # and once more: nothing doubles
    assert sql(db, "SELECT count(*) FROM kb_events") == [(linked,)]
    assert sql(db, "SELECT count(*) FROM ticket_entries") == [(1,)]


# -- authoring --------------------------------------------------------------------------------

def document(definition: dict[str, Any], **meta: Any) -> ScriptDocument:
    return ScriptDocument(script=sd.parse_script(definition), **{"name": "Geräte-Check",
                                                                   "key": "demo", **meta})


def test_publishing_makes_a_new_revision_and_runs_keep_theirs(
        db: LocalDatabase, service: ScriptRunService) -> None:
    run = service.start("demo-1", TICKET)
    run, _a, _f = service.submit(run, {"device": "Drucker"})
    changed = copy.deepcopy(DEMO)
    changed["steps"]["greet"]["text"] = "Servus {customer.first_name}!"
    published = service.publish(document(changed, category="Drucker", queue_id="q-1"), "demo")
    assert (published.key, published.revision, published.status) == ("demo", 2, "published")
    assert sql(db, "SELECT id, revision, status FROM call_scripts WHERE key = 'demo' "
                   "ORDER BY revision") == [("demo-1", 1, "archived"),
                                            (published.id, 2, "published")]
    assert service.suggest(TICKET).id == published.id  # type: ignore[union-attr]
    resumed = service.resume(TICKET)
    assert resumed is not None and (resumed.id, resumed.info.revision) == (run.id, 1)
    assert resumed.script.steps["greet"].text.startswith("Guten Tag")
    assert resumed.state.current == "printer"
    fresh = service.start(published.id, TICKET)
    assert fresh.render(fresh.script.steps["greet"].text) == "Servus Monika!"


def test_drafts_are_kept_until_published(db: LocalDatabase, service: ScriptRunService) -> None:
    draft = service.save_draft(document(DEMO), "demo")
    again = service.save_draft(document(DEMO, description="zweiter Entwurf"), "demo")
    assert (draft.revision, draft.status, again.id) == (2, "draft", draft.id)
    assert again.description == "zweiter Entwurf"
    assert service.suggest(TICKET).id == "demo-1"  # type: ignore[union-attr]
    published = service.publish(document(DEMO, category="Drucker"), "demo")
    assert (published.id, published.revision) == (draft.id, 2)


def test_an_invalid_script_is_not_published(db: LocalDatabase,
                                            service: ScriptRunService) -> None:
    broken = copy.deepcopy(DEMO)
    broken["steps"]["orphan"] = {"text": "Nie erreicht.", "outcome": "solved"}
    with pytest.raises(ScriptInvalid) as raised:
        service.publish(document(broken), "demo")
    assert [(i.code, i.step) for i in raised.value.issues] == [("unreachable_step", "orphan")]
    assert sql(db, "SELECT count(*) FROM call_scripts WHERE key = 'demo'") == [(1,)]
    assert outbox(db) == []


def test_revising_a_seeded_script_gives_it_a_key(db: LocalDatabase,
                                                 service: ScriptRunService) -> None:
    published = service.publish(document(SEED_DEFINITION, name="Alt", key=""), "name:Alt")
    assert (published.key, published.revision) == ("alt", 3)
    assert sql(db, "SELECT key, revision, status FROM call_scripts WHERE name = 'Alt' "
                   "ORDER BY revision") == [("alt", 1, "retired"), ("alt", 2, "archived"),
                                            ("alt", 3, "published")]
    new = service.publish(document(SEED_DEFINITION, name="Neu", key=""))
    assert new.key.startswith("neu-") and new.revision == 1


def test_statistics_per_script(db: LocalDatabase, service: ScriptRunService,
                               clock: Clock) -> None:
    for device, answers in (("Telefon", {}), ("Drucker", {"error_shown": False})):
        run = service.start("demo-1", TICKET)
        clock.tick(10)
        run, _a, _f = service.submit(run, {"device": device})
        clock.tick(20)
        run, _a, _f = service.submit(run, answers)
        if not run.state.ended:
            run, _a, _f = service.submit(run, {})
    left = service.start("demo-1", TICKET)
    clock.tick(30)
    service.submit(left, {"device": "Laptop"})
    clock.tick(9 * 3600)
    stats = service.statistics("demo")
    assert (stats.runs, stats.finished, stats.left, stats.in_progress) == (3, 2, 1, 0)
    assert dict(stats.outcomes) == {"not_responsible": 1, "solved": 1}
    assert dict(stats.left_at) == {"laptop": 1}
    assert stats.mean_seconds_per_step["greet"] == pytest.approx((10 + 10 + 30) / 3)
    assert service.statistics("general").runs == 0


# -- against a real server ---------------------------------------------------------------------

def test_a_run_made_offline_reaches_the_server(tmp_path: Path, db_url: str,
                                               live_server: Any) -> None:
    user_id = make_user(db_url, "anna", "anna-pass-1", "agent", level=1,
                        display_name="Anna Schmidt")
    rows = base_rows(user_id)
    for entity in ("queues", "organisations", "customers", "tickets", "calls", "call_scripts"):
        for row in rows[entity]:  # one by one: rows of a table set different columns
            write_rows(db_url, entity, [row])
    server = live_server(db_url)
    local = LocalDatabase(tmp_path / "agent").open()
    engine = SyncEngine(Settings(cli={"server_url": server.url, "request_timeout": 5}), local)
    try:
        engine.sign_in("anna", "anna-pass-1")
        engine.sync()
        server.stop()  # offline from here on
        service = ScriptRunService(local, DirectEditor(engine.writer))
        run = service.start("demo-1", TICKET, "call-1")
        run, _a, _f = service.submit(run, {"device": "Telefon"})
        run, advance, finished = service.submit(run, {})
        assert advance.status == "ended" and finished is not None
        server.start()
        result = engine.sync()
        assert result.pushed is not None
        # run created, moved, transcript appended, run ended (no ticket fields to set)
        assert (result.pushed.applied, result.pushed.rejected) == (4, 0)
        srv = make_engine(db_url)
        try:
            with srv.connect() as conn:
                runs = conn.exec_driver_sql(
                    "SELECT agent_id, current_step, outcome, ended_at IS NOT NULL "
                    "FROM script_runs").all()
                entries = conn.exec_driver_sql(
                    "SELECT kind, author_id FROM ticket_entries").all()
        finally:
            srv.dispose()
        assert [tuple(r) for r in runs] == [(user_id, "not_ours", "not_responsible", True)]
        assert [tuple(e) for e in entries] == [(ENTRY_KIND, user_id)]
        engine.sync()  # the row stays after the pull: the server kept it
        assert sql(local, "SELECT outcome FROM script_runs") == [("not_responsible",)]
    finally:
        engine.close()
        local.close()
