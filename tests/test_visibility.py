"""Queue visibility (server/visibility.py) in the change feed, the fetch and the replica.

The feed is called directly on a migrated database (SQLite and PostgreSQL) where the
pages themselves are the subject; the last tests run a real server process and real
desktop replicas over HTTP.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desktop.config import Settings
from desktop.domain.reference import new_reference
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import REJECTED
from server.auth import Principal
from server.feed import ResyncRequired, fetch_records, pull_page
from server.store import committed_version, make_engine, session_factory
from server.visibility import Visibility, visibility_for
from tests.support.server_helpers import make_user, write_rows
from tests.test_ticket_rules import HANDOVER, PASSWORD, Rules, build_world


def _ticket(n: int, queue: str | None, **extra: Any) -> dict[str, Any]:
    # every row with the same keys: write_rows inserts them in one executemany
    return {"id": f"00000000-0000-4000-8000-{n:012d}", "reference": f"T-2026-{n:06d}",
            "title": f"Ticket {n}", "queue_id": queue, "owner_id": None, "created_by": None,
            "level": 1, **extra}


def _entries(ticket: dict[str, Any], count: int = 2) -> list[dict[str, Any]]:
    return [{"id": f"00000000-0000-4000-9{k:03d}-{ticket['id'][-12:]}",
             "ticket_id": ticket["id"], "kind": "note",
             "body": f"Notiz {k}"} for k in range(count)]


class World:
    """build_world plus tickets: T1, T2 in q1; T3 in q2; T4 in q3; T5 in q2 owned by
    agent1; T6 in q3 created by agent1; T7 without a queue. Two entries each."""

    def __init__(self, db_url: str) -> None:
        self.url = db_url
        self.users = build_world(db_url)
        a1 = self.users["agent1"]
        self.tickets = {
            "T1": _ticket(1, "q1"), "T2": _ticket(2, "q1"), "T3": _ticket(3, "q2"),
            "T4": _ticket(4, "q3"), "T5": _ticket(5, "q2", owner_id=a1, level=2),
            "T6": _ticket(6, "q3", created_by=a1, level=3), "T7": _ticket(7, None)}
        write_rows(db_url, "tickets", list(self.tickets.values()))
        write_rows(db_url, "ticket_entries",
                   [e for t in self.tickets.values() for e in _entries(t)])
        self.engine: Engine = make_engine(db_url)
        self.sessions = session_factory(self.engine)
        self.rules = Rules(db_url, self.users)

    def id(self, name: str) -> str:
        return str(self.tickets[name]["id"])

    def names(self, ids: set[str]) -> set[str]:
        return {name for name, t in self.tickets.items() if t["id"] in ids}

    def principal(self, user: str) -> Principal:
        return self.rules.principal(user)

    def visibility(self, user: str) -> Visibility:
        with self.sessions() as session:
            return visibility_for(session, self.principal(user))

    def pull(self, user: str, since: int = 0, limit: int = 1000) -> dict[str, Any]:
        """A whole window, page by page: rows per entity, deletions, the new cursor."""
        rows: dict[str, dict[str, dict[str, Any]]] = {}
        deleted: list[tuple[str, str]] = []
        hw: int | None = None
        position: str | None = None
        pages = 0
        while True:
            with self.sessions() as session:
                page = pull_page(session, since, hw, position, limit, visibility_for(
                    session, self.principal(user)))
            pages += 1
            for group in page["changes"]:
                for r in group["rows"]:
                    row = dict(zip(group["columns"], r, strict=True))
                    rows.setdefault(group["entity"], {})[row["id"]] = row
            deleted += [(e, i) for e, i, _v in page["tombstones"]]
            hw, position = page["hw"], page["position"]
            if page["complete"]:
                return {"rows": rows, "deleted": deleted, "since": hw, "pages": pages}

    def version(self) -> int:
        with self.sessions() as session:
            return committed_version(session)


@pytest.fixture
def world(db_url: str) -> Iterator[World]:
    w = World(db_url)
    yield w
    w.rules.engine.dispose()
    w.engine.dispose()


def _ids(pulled: dict[str, Any], entity: str) -> set[str]:
    return set(pulled["rows"].get(entity, {}))


def test_who_sees_which_queues(world: World) -> None:
    assert world.visibility("agent1").queue_ids == {"q1"}  # the q1b membership ended
    assert world.visibility("agent2").queue_ids == {"q2"}
    assert world.visibility("lead2").queue_ids == {"q2", "q2b"}  # the team's queues
    boss = world.visibility("boss")
    assert not boss.restricted and boss.ticket_visible({"queue_id": "q3"})
    agent1 = world.visibility("agent1")
    assert agent1.ticket_visible(world.tickets["T5"])  # owner
    assert agent1.ticket_visible(world.tickets["T6"])  # creator
    assert agent1.ticket_visible(world.tickets["T7"])  # no queue
    assert not agent1.ticket_visible(world.tickets["T3"])


def test_without_any_membership_nobody_is_restricted(db_url: str) -> None:
    agent = make_user(db_url, "solo", PASSWORD, "agent", level=1)
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            seen = visibility_for(session, Principal(agent, "solo", "agent", 1, None, "s"))
        assert not seen.restricted and seen.ticket_visible({"queue_id": "anything"})
    finally:
        engine.dispose()


@pytest.mark.parametrize("limit", [1000, 3])
def test_initial_pull_carries_only_what_the_user_may_see(world: World, limit: int) -> None:
    pulled = world.pull("agent1", limit=limit)
    assert world.names(_ids(pulled, "tickets")) == {"T1", "T2", "T5", "T6", "T7"}
    shown = {world.id(n) for n in ("T1", "T2", "T5", "T6", "T7")}
    entry_parents = {e["ticket_id"] for e in pulled["rows"]["ticket_entries"].values()}
    assert entry_parents == shown and len(_ids(pulled, "ticket_entries")) == 10
    assert pulled["deleted"] == []  # nothing to delete in an empty replica
    assert len(_ids(pulled, "queues")) == 5  # queues themselves are not secret
    if limit == 3:
        assert pulled["pages"] > 10
    everything = world.pull("boss")
    assert len(_ids(everything, "tickets")) == 7 and len(_ids(everything, "ticket_entries")) == 14


def test_an_escalated_ticket_leaves_one_replica_and_reaches_another(world: World) -> None:
    first, second = world.pull("agent1"), world.pull("agent2")
    assert world.id("T1") not in _ids(second, "tickets")
    outcome = world.rules.entry("agent1", world.id("T1"), "escalation",
                                {"to_queue_id": "q2", **HANDOVER})[1]
    assert outcome["status"] == "applied", outcome
    version = outcome["version"]
    # unrelated: a change in a queue agent1 never saw
    write_rows(world.url, "tickets", [{"id": world.id("T4"), "title": "neu"}])

    after1 = world.pull("agent1", since=first["since"])
    assert ("tickets", world.id("T1")) in after1["deleted"]
    assert ("tickets", world.id("T4")) in after1["deleted"]  # harmless: never held it
    assert world.id("T1") not in _ids(after1, "tickets")
    assert _ids(after1, "ticket_entries") == set()  # the moved ticket's entries stay away

    after2 = world.pull("agent2", since=second["since"])
    assert _ids(after2, "tickets") == {world.id("T1")}
    assert after2["rows"]["tickets"][world.id("T1")]["version"] == version
    entries = after2["rows"]["ticket_entries"].values()
    assert {e["kind"] for e in entries} == {"note", "escalation", "field_change"}
    assert {e["id"] for e in entries if e["kind"] == "note"} == {
        e["id"] for e in _entries(world.tickets["T1"])}  # written long before the move
    assert after2["deleted"] == [("tickets", world.id("T4"))]


def test_a_ticket_given_to_someone_brings_its_history(world: World) -> None:
    before = world.pull("agent1")
    outcome = world.rules.update("agent2", world.id("T3"), owner_id=world.users["agent1"])
    assert outcome["status"] == "applied", outcome
    after = world.pull("agent1", since=before["since"])
    assert _ids(after, "tickets") == {world.id("T3")}
    parents = {e["ticket_id"] for e in after["rows"]["ticket_entries"].values()}
    assert parents == {world.id("T3")} and len(after["rows"]["ticket_entries"]) == 3


def test_changes_of_what_a_user_may_see_force_a_resync(world: World) -> None:
    cursors = {user: world.pull(user)["since"] for user in ("agent1", "agent2", "lead2",
                                                           "boss")}
    write_rows(world.url, "queue_members", [{"id": "m-1b", "queue_id": "q1b",
                                             "user_id": world.users["agent1"],
                                             "active": True}])
    with pytest.raises(ResyncRequired, match="memberships"):
        world.pull("agent1", since=cursors["agent1"])
    world.pull("agent2", since=cursors["agent2"])  # someone else's membership: no matter
    again = world.pull("agent1")  # the fresh initial sync sees the new queue
    assert world.visibility("agent1").queue_ids == {"q1", "q1b"}
    assert world.names(_ids(again, "tickets")) == {"T1", "T2", "T5", "T6", "T7"}
    world.pull("agent1", since=again["since"])  # and the next window is normal again

    write_rows(world.url, "queues", [{"id": "q3", "team_id": "team-2"}])
    with pytest.raises(ResyncRequired, match="queues"):
        world.pull("lead2", since=cursors["lead2"])  # a supervisor sees by team
    assert world.names(_ids(world.pull("lead2"), "tickets")) == {"T3", "T4", "T5", "T6", "T7"}
    world.pull("agent2", since=cursors["agent2"])
    world.pull("boss", since=cursors["boss"])


def test_memberships_coming_into_use_rebuild_every_replica(db_url: str) -> None:
    agent = make_user(db_url, "early", PASSWORD, "agent", level=1)
    write_rows(db_url, "queues", [{"id": "qa", "name": "A", "level": 1},
                                  {"id": "qb", "name": "B", "level": 1}])
    write_rows(db_url, "tickets", [_ticket(1, "qa"), _ticket(2, "qb")])
    engine = make_engine(db_url)
    sessions = session_factory(engine)
    me = Principal(agent, "early", "agent", 1, None, "s")
    try:
        with sessions() as session:
            page = pull_page(session, 0, None, None, 100, visibility_for(session, me))
        assert len(page["changes"][-1]["rows"]) == 2 and page["complete"]
        write_rows(db_url, "queue_members", [{"id": "m", "queue_id": "qa", "user_id": agent}])
        with sessions() as session, pytest.raises(ResyncRequired, match="came into use"):
            pull_page(session, page["hw"], None, None, 100, visibility_for(session, me))
        with sessions() as session:
            fresh = pull_page(session, 0, None, None, 100, visibility_for(session, me))
        tickets = [g for g in fresh["changes"] if g["entity"] == "tickets"]
        assert [r[tickets[0]["columns"].index("queue_id")] for r in tickets[0]["rows"]] == [
            "qa"]
    finally:
        engine.dispose()


def test_fetch_reports_what_the_user_may_not_see_as_missing(world: World) -> None:
    t1, t3 = world.id("T1"), world.id("T3")
    e3 = _entries(world.tickets["T3"])[0]["id"]
    e1 = _entries(world.tickets["T1"])[0]["id"]
    with world.sessions() as session:
        reply = fetch_records(session, [("tickets", t1), ("tickets", t3),
                                        ("ticket_entries", e1), ("ticket_entries", e3)],
                              visibility_for(session, world.principal("agent1")))
    found = {(g["entity"], r[g["columns"].index("id")]) for g in reply["changes"]
             for r in g["rows"]}
    assert found == {("tickets", t1), ("ticket_entries", e1)}
    assert sorted(map(tuple, reply["missing"])) == sorted(
        [("tickets", t3), ("ticket_entries", e3)])


# -- over HTTP, with desktop replicas ------------------------------------------------------


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


def test_replicas_follow_visibility_over_http(world: World, live_server: Any,
                                              tmp_path: Path) -> None:
    server = live_server(world.url)
    agent1 = _replica(server.url, tmp_path / "agent1", "agent1")
    try:
        agent1.sync()
        assert {r for (r,) in _local(agent1, "SELECT reference FROM tickets")} == {
            world.tickets[n]["reference"] for n in ("T1", "T2", "T5", "T6", "T7")}
        held = _local(agent1, "SELECT count(*) FROM ticket_entries "
                              f"WHERE ticket_id = '{world.id('T2')}'")
        assert held[0][0] > 0
        # the server refuses a ticket in a queue agent1 does not work in
        agent1.writer.create("tickets", {"reference": new_reference(), "title": "fremd",
                                         "queue_id": "q2"})
        # escalate T2 away: agent1 neither owns nor created it, so it leaves the replica
        agent1.writer.create("ticket_entries", {
            "ticket_id": world.id("T2"), "kind": "escalation",
            "data": json.dumps({"to_queue_id": "q2", **HANDOVER})})
        result = agent1.sync()
        assert (result.pushed.applied, result.pushed.rejected) == (1, 1)
        (refused,) = agent1.writer.items(REJECTED)
        assert refused.error_code == "queue_not_visible"
        assert _local(agent1, f"SELECT count(*) FROM tickets WHERE id = '{world.id('T2')}'") \
            == [(0,)]
        # its timeline left with it (personal data stays where it may be seen)
        assert _local(agent1, "SELECT count(*) FROM ticket_entries "
                              f"WHERE ticket_id = '{world.id('T2')}'") == [(0,)]

        # a pending local edit survives the resync that a new membership causes
        agent1.writer.update("tickets", world.id("T1"), {"title": "lokal geändert"})
        write_rows(world.url, "queue_members", [{"id": "m-new", "queue_id": "q2",
                                                 "user_id": world.users["agent1"]}])
        assert agent1.client.tokens is not None
        token = agent1.client.tokens.access_token
        gone = httpx.get(f"{server.url}/api/v1/sync/pull",
                         params={"since": agent1.replica.version()},
                         headers={"Authorization": f"Bearer {token}"})
        assert gone.status_code == 410 and gone.json()["error"]["code"] == "resync_required"
        agent1.replica.sync_once(agent1.client)  # pull only: the edit is still pending
        assert agent1.writer.pending_count() == 1
        names = {r for (r,) in _local(agent1, "SELECT reference FROM tickets")}
        assert names == {world.tickets[n]["reference"] for n in ("T1", "T2", "T3", "T5",
                                                                  "T6", "T7")}
        assert _local(agent1, f"SELECT title FROM tickets WHERE id = '{world.id('T1')}'") == [
            ("lokal geändert",)]
        agent1.sync()
        assert world.rules.ticket(world.id("T1"))["title"] == "lokal geändert"
    finally:
        agent1.close()
        agent1.db.close()


def test_an_agent_without_memberships_sees_only_unqueued_tickets(world: World) -> None:
    """Once memberships are in use, an agent in no queue sees only what has no queue."""
    stranger = Principal(str(uuid.uuid4()), "x", "agent", 1, None, "s")
    with world.sessions() as session:
        seen = visibility_for(session, stranger)
        page = pull_page(session, 0, None, None, 1000, seen)
    tickets = [g for g in page["changes"] if g["entity"] == "tickets"]
    ids = {r[tickets[0]["columns"].index("id")] for r in tickets[0]["rows"]}
    assert world.names(ids) == {"T7"}
