"""The write path against a real server: outbox, exactly-once push, merge, rejections."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import httpx
import pytest

from desktop.config import Settings
from desktop.domain.reference import new_reference
from desktop.sync.api import ServerError, ServerUnreachable, push_batch
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import CONFLICT, NOTICE, REJECTED, LocalEditError, Pusher
from server.store import make_engine
from tests.support.server_helpers import make_user, write_rows

TICKET = "00000000-0000-4000-8000-000000000001"


@pytest.fixture
def world(db_url):
    make_user(db_url, "anna", "anna-pass-1", "agent", level=1)
    make_user(db_url, "ben", "ben-pass-12", "agent", level=1)
    write_rows(db_url, "queues", [{"id": "q-1", "name": "1st Level", "level": 1}])
    write_rows(db_url, "tickets", [{"id": TICKET, "reference": "T-1", "title": "VPN bricht ab",
                                    "description": "seit Montag", "queue_id": "q-1",
                                    "status": "open"}])
    return db_url


@pytest.fixture
def server(world, live_server):
    return live_server(world)


class Agent:
    def __init__(self, url: str, folder: Path, user: str, password: str) -> None:
        self.db = LocalDatabase(folder).open()
        self.engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 5}),
                                 self.db)
        self.engine.sign_in(user, password)
        self.engine.sync()

    @property
    def writer(self):
        return self.engine.writer

    def sql(self, query: str) -> list[tuple]:
        con = sqlite3.connect(self.db.path)
        try:
            return con.execute(query).fetchall()
        finally:
            con.close()

    def close(self) -> None:
        self.engine.close()
        self.db.close()


@pytest.fixture
def agents(server, tmp_path):
    made: list[Agent] = []

    def make(user: str = "anna", password: str = "anna-pass-1") -> Agent:
        agent = Agent(server.url, tmp_path / f"{user}-{len(made)}", user, password)
        made.append(agent)
        return agent

    yield make
    for a in made:
        a.close()


def server_row(db_url: str, sql: str) -> list[tuple]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql).all()]
    finally:
        engine.dispose()


def test_offline_create_is_delivered_once(server, agents, world) -> None:
    anna = agents()
    server.stop()
    new_id = anna.writer.create("tickets", {"reference": new_reference(),
                                            "title": "Drucker offline", "queue_id": "q-1"})
    assert anna.sql(f"SELECT title FROM tickets WHERE id='{new_id}'") == [("Drucker offline",)]
    assert anna.writer.pending_count() == 1
    with pytest.raises(ServerUnreachable):
        anna.engine.sync()
    assert anna.writer.pending_count() == 1
    server.start()
    result = anna.engine.sync()
    assert result.pushed.applied == 1
    assert anna.writer.pending_count() == 0
    assert server_row(world, f"SELECT title, created_by IS NOT NULL FROM tickets "
                             f"WHERE id='{new_id}'") == [("Drucker offline", True)]
    ben = agents("ben", "ben-pass-12")
    assert ben.sql(f"SELECT count(*) FROM tickets WHERE id='{new_id}'") == [(1,)]


def test_replayed_batch_is_answered_from_the_record(server, agents, world) -> None:
    anna = agents()
    client = anna.engine.client
    cid = str(uuid.uuid4())
    mutation = {"seq": 1, "id": str(uuid.uuid4()), "entity": "tickets", "entity_id": TICKET,
                "op": "update", "fields": {"title": "VPN stabil"},
                "base": {"title": "VPN bricht ab"}}
    first = push_batch(client, cid, [mutation])
    (version_after,) = server_row(world, f"SELECT version FROM tickets WHERE id='{TICKET}'")[0]
    again = push_batch(client, cid, [mutation])  # the reply was "lost": the client retries
    assert first["results"][0]["status"] == "applied"
    assert again["results"][0]["status"] == "applied"
    assert again["results"][0]["replayed"] is True
    assert server_row(world, f"SELECT version FROM tickets WHERE id='{TICKET}'") == [
        (version_after,)]
    with pytest.raises(ServerError) as gap:
        push_batch(client, cid, [{**mutation, "seq": 5, "id": str(uuid.uuid4())}])
    assert gap.value.status == 409 and gap.value.code == "sequence_gap"
    with pytest.raises(ServerError) as reused:
        push_batch(client, cid, [{**mutation, "id": str(uuid.uuid4())}])
    assert reused.value.code == "sequence_reused"


def test_different_fields_both_win(agents) -> None:
    anna, ben = agents(), agents("ben", "ben-pass-12")
    anna.writer.update("tickets", TICKET, {"title": "VPN bricht nach 5 Minuten ab"})
    ben.writer.update("tickets", TICKET, {"description": "auch im Homeoffice"})
    anna.engine.sync()
    ben.engine.sync()
    anna.engine.sync()
    for agent in (anna, ben):
        assert agent.sql(f"SELECT title, description FROM tickets WHERE id='{TICKET}'") == [
            ("VPN bricht nach 5 Minuten ab", "auch im Homeoffice")]
        assert agent.writer.items(CONFLICT, REJECTED) == []


def test_same_field_is_a_conflict_the_agent_resolves(agents, world) -> None:
    anna, ben = agents(), agents("ben", "ben-pass-12")
    anna.writer.update("tickets", TICKET, {"title": "Annas Titel"})
    ben.writer.update("tickets", TICKET, {"title": "Bens Titel", "priority": 2})
    anna.engine.sync()
    result = ben.engine.sync()
    assert result.pushed.conflicts == 1
    (conflict,) = ben.writer.items(CONFLICT)
    assert conflict.conflicts == [{"field": "title", "base": "VPN bricht ab",
                                   "mine": "Bens Titel", "theirs": "Annas Titel"}]
    # the non-conflicting field went through; the server kept Anna's title
    assert server_row(world, f"SELECT title, priority FROM tickets WHERE id='{TICKET}'") == [
        ("Annas Titel", 2)]
    assert ben.sql(f"SELECT title FROM tickets WHERE id='{TICKET}'") == [("Annas Titel",)]
    ben.writer.resolve(conflict.seq, {"title": "Bens Titel (abgestimmt)"})
    ben.engine.sync()
    anna.engine.sync()
    assert ben.writer.items(CONFLICT) == []
    assert anna.sql(f"SELECT title FROM tickets WHERE id='{TICKET}'") == [
        ("Bens Titel (abgestimmt)",)]
    replaced = server_row(world, "SELECT count(*) FROM replaced_values WHERE field='title'")
    assert replaced == [(2,)]


def test_rejection_does_not_block_the_queue(agents, world) -> None:
    anna = agents()
    anna.writer.update("queues", "q-1", {"name": "Meine Queue"})  # admins only
    anna.writer.update("tickets", TICKET, {"status": "resolved"})
    result = anna.engine.sync()
    assert (result.pushed.applied, result.pushed.rejected) == (1, 1)
    (rejected,) = anna.writer.items(REJECTED)
    assert rejected.entity == "queues" and rejected.error_code == "forbidden"
    assert "admin" in rejected.error_message
    assert server_row(world, f"SELECT status FROM tickets WHERE id='{TICKET}'") == [("resolved",)]
    assert server_row(world, "SELECT name FROM queues") == [("1st Level",)]
    anna.writer.discard(rejected.seq)
    anna.engine.sync()
    assert anna.sql("SELECT name FROM queues") == [("1st Level",)]
    assert anna.writer.items(REJECTED) == []


def test_status_machine_and_notes_on_closed_tickets(agents, world) -> None:
    write_rows(world, "tickets", [{"id": TICKET, "status": "closed"}])
    anna = agents()
    anna.writer.update("tickets", TICKET, {"status": "pending"})
    anna.writer.create("ticket_entries", {"ticket_id": TICKET, "kind": "note",
                                          "body": "Kunde hat zurückgerufen"})
    result = anna.engine.sync()
    assert result.pushed.rejected == 1
    (bad,) = anna.writer.items(REJECTED)
    assert bad.error_code == "invalid_transition"
    assert "closed" in bad.error_message
    (notice,) = anna.writer.items(NOTICE)
    assert notice.notice == "ticket_closed"
    assert server_row(world, "SELECT body FROM ticket_entries") == [("Kunde hat zurückgerufen",)]


def test_pending_edit_survives_a_pull(agents, world) -> None:
    anna = agents()
    anna.writer.update("tickets", TICKET, {"title": "lokal geändert"})
    write_rows(world, "tickets", [{"id": TICKET, "description": "am Server geändert"}])
    anna.engine.replica.sync_once(anna.engine.client)  # pull only
    assert anna.sql(f"SELECT title, description FROM tickets WHERE id='{TICKET}'") == [
        ("lokal geändert", "am Server geändert")]
    anna.engine.sync()
    assert server_row(world, f"SELECT title FROM tickets WHERE id='{TICKET}'") == [
        ("lokal geändert",)]


def test_invalid_values_are_rejected_with_reasons(agents) -> None:
    anna = agents()
    anna.writer.update("tickets", TICKET, {"impact": 9})
    with pytest.raises(LocalEditError, match="reference"):
        anna.writer.create("tickets", {"title": "ohne Referenz"})
    anna.engine.sync()
    (rejected,) = anna.writer.items(REJECTED)
    assert "between 1 and 5" in rejected.error_message
    # the server checks on its own too: a create without its required fields
    reply = push_batch(anna.engine.client, str(uuid.uuid4()), [{
        "seq": 1, "id": str(uuid.uuid4()), "entity": "tickets",
        "entity_id": str(uuid.uuid4()), "op": "create", "fields": {"title": "x"}}])
    assert reply["results"][0]["status"] == "rejected"
    assert "reference" in reply["results"][0]["message"]


def test_outbox_of_another_user_is_refused(server, agents) -> None:
    anna, ben = agents(), agents("ben", "ben-pass-12")
    anna.writer.update("tickets", TICKET, {"title": "x"})
    anna.engine.sync()
    cid = Pusher(anna.db, str(anna.engine.user["id"])).client_id()
    with pytest.raises(ServerError) as info:
        push_batch(ben.engine.client, cid, [{
            "seq": 2, "id": str(uuid.uuid4()), "entity": "tickets", "entity_id": TICKET,
            "op": "update", "fields": {"title": "y"}, "base": {}}])
    assert info.value.status == 403


def test_oversized_and_malformed_pushes_get_4xx(server, agents) -> None:
    anna = agents()
    token = anna.engine.client.tokens.access_token
    url = f"{server.url}/api/v1/sync/push"
    headers = {"Authorization": f"Bearer {token}"}
    big = httpx.post(url, headers=headers, content=b"x" * (3 * 1024 * 1024))
    assert big.status_code == 413
    many = httpx.post(url, headers=headers, json={"client_id": str(uuid.uuid4()), "mutations": [
        {"seq": i + 1, "id": str(uuid.uuid4()), "entity": "tickets", "entity_id": TICKET,
         "op": "update", "fields": {}} for i in range(501)]})
    assert many.status_code == 422
    junk = httpx.post(url, headers=headers, json={"client_id": "nope", "mutations": "x"})
    assert junk.status_code == 422 and junk.json()["error"]["message"]


def test_rejected_create_is_undone_locally_and_can_be_corrected(agents, world) -> None:
    anna = agents()
    with pytest.raises(LocalEditError, match="reference"):  # known locally: refused at once
        anna.writer.create("tickets", {"reference": "T-1", "title": "x", "queue_id": "q-1"})
    # taken on the server meanwhile, not yet known here: the server refuses it
    taken, fresh = new_reference(), new_reference()
    write_rows(world, "tickets", [{"id": str(uuid.uuid4()), "reference": taken,
                                   "title": "von Ben"}])
    new_id = anna.writer.create("tickets", {"reference": taken, "title": "Doppelte Nummer",
                                            "queue_id": "q-1"})
    anna.engine.sync()
    (rejected,) = anna.writer.items(REJECTED)
    assert rejected.error_code == "duplicate_reference"
    assert anna.sql(f"SELECT count(*) FROM tickets WHERE id='{new_id}'") == [(0,)]
    assert rejected.fields["title"] == "Doppelte Nummer"  # nothing typed is lost
    anna.writer.retry(rejected.seq, {"reference": fresh})
    assert anna.sql(f"SELECT reference FROM tickets WHERE id='{new_id}'") == [(fresh,)]
    anna.engine.sync()
    assert anna.writer.items(REJECTED) == []
    assert server_row(world, f"SELECT reference, title FROM tickets WHERE id='{new_id}'") == [
        (fresh, "Doppelte Nummer")]
