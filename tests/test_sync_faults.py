"""Fault tests: several agents, hundreds of random edits, a network that misbehaves.

Between the agents and the real server sits a TCP proxy (tests/support/tcp_proxy.py)
that drops connections before the server sees a request, drops them after the server
committed (so the reply is lost), delays them, and the server is killed and restarted
in the middle. At the end every client and the server hold the same data, every note
is there exactly once, and no ticket is duplicated.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from desktop.config import Settings
from desktop.domain.reference import new_reference
from desktop.sync.api import ServerClient, ServerUnreachable
from desktop.sync.engine import SyncEngine
from desktop.sync.http import make_http_client
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import CONFLICT, PENDING, REJECTED
from server.store import make_engine
from tests.support.server_helpers import make_user, write_rows
from tests.support.tcp_proxy import TcpProxy

AGENTS = 4
EDITS_PER_AGENT = 60
TICKETS = [str(uuid.UUID(int=i + 1)) for i in range(12)]
STATUSES = ["new", "open", "pending", "resolved", "closed"]


def make_engine_via(url: str, folder: Path) -> SyncEngine:
    settings = Settings(cli={"server_url": url, "request_timeout": 3})
    # No keep-alive: every request opens a connection and meets the proxy's decision.
    http = make_http_client(settings, limits=httpx.Limits(max_keepalive_connections=0))
    client = ServerClient(http)
    client.sleep = lambda _s: None  # retry at once: the test is about outcomes, not pacing
    return SyncEngine(settings, LocalDatabase(folder).open(), client=client)


def rows(path: Path | str, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute(sql).fetchall(), key=repr)
    finally:
        con.close()


def server_rows(db_url: str, sql: str) -> list[tuple]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return sorted((tuple(r) for r in conn.exec_driver_sql(sql).all()), key=repr)
    finally:
        engine.dispose()


TICKET_SQL = "SELECT id, reference, title, description, priority, category, status FROM tickets"
ENTRY_SQL = "SELECT id, ticket_id, body FROM ticket_entries"


@pytest.fixture
def world(db_url):
    for n in range(AGENTS):
        make_user(db_url, f"agent{n}", f"agent-pass-{n}", "agent", level=1)
    write_rows(db_url, "tickets", [{"id": t, "reference": f"T-{i}", "title": f"Ticket {i}",
                                    "status": "open"} for i, t in enumerate(TICKETS)])
    return db_url


def random_edit(rng: random.Random, engine: SyncEngine, name: str, i: int,
                notes: list[str], created: list[str]) -> None:
    writer = engine.writer
    roll = rng.random()
    ticket = rng.choice(TICKETS)
    if roll < 0.3:
        body = f"{name}-note-{i}"
        writer.create("ticket_entries", {"ticket_id": ticket, "kind": "note", "body": body})
        notes.append(body)
    elif roll < 0.7:
        field = rng.choice(["title", "description", "priority", "category"])
        value = rng.randint(1, 5) if field == "priority" else f"{field} {name} {i}"
        writer.update("tickets", ticket, {field: value})
    elif roll < 0.85:
        writer.update("tickets", ticket, {"status": rng.choice(STATUSES)})
    else:
        reference = new_reference()
        writer.create("tickets", {"reference": reference, "title": f"neu von {name}"})
        created.append(reference)


def settle(engines: list[SyncEngine]) -> None:
    for _ in range(4):
        for engine in engines:
            engine.sync()
    for engine in engines:
        assert engine.writer.pending_count() == 0


def test_random_edits_through_a_faulty_network(world, live_server, tmp_path) -> None:
    server = live_server(world)
    proxy = TcpProxy(server.port)
    rng = random.Random(20261123)
    modes = ["pass"] * 6 + ["drop_before"] * 2 + ["drop_after"] * 2 + ["slow"]
    proxy.chooser = lambda: rng.choice(modes)
    engines: list[SyncEngine] = []
    notes: list[str] = []
    created: list[str] = []
    try:
        for n in range(AGENTS):
            engine = make_engine_via(proxy.url, tmp_path / f"agent{n}")
            for _ in range(30):  # sign-in and the first pull may meet faults too
                try:
                    if engine.user is None:
                        engine.sign_in(f"agent{n}", f"agent-pass-{n}")
                    engine.sync()
                    break
                except ServerUnreachable:
                    continue
            assert engine.replica.has_data()
            engines.append(engine)
        failures = 0
        for i in range(EDITS_PER_AGENT):
            if i == EDITS_PER_AGENT // 2:
                server.kill()
            if i == EDITS_PER_AGENT // 2 + 5:
                server.start()
            for n, engine in enumerate(engines):
                random_edit(rng, engine, f"agent{n}", i, notes, created)
                if rng.random() < 0.35:
                    try:
                        engine.sync()
                    except ServerUnreachable:
                        failures += 1
        assert failures > 0, "the faults never hit: the test proves nothing"
        assert proxy.counts.get("drop_after", 0) > 0 and proxy.counts.get("drop_before", 0) > 0

        proxy.chooser = None
        proxy.mode = "pass"
        settle(engines)

        server_tickets = server_rows(world, TICKET_SQL)
        server_entries = server_rows(world, ENTRY_SQL)
        for engine in engines:
            assert rows(engine.db.path, TICKET_SQL) == server_tickets
            assert rows(engine.db.path, ENTRY_SQL) == server_entries
            assert engine.writer.items(PENDING) == []
        # the server adds field_change entries (status changes) of its own
        bodies = [body for (body,) in server_rows(
            world, "SELECT body FROM ticket_entries WHERE kind = 'note'")]
        assert sorted(bodies) == sorted(notes), "a note was lost or applied twice"
        references = [ref for _, ref, *_ in server_tickets]
        assert len(references) == len(set(references))
        assert set(created) <= set(references)
        # every field edit that did not land is a recorded conflict or rejection
        unsettled = sum(len(e.writer.items(CONFLICT, REJECTED)) for e in engines)
        changes = server_rows(world, "SELECT count(*) FROM replaced_values")[0][0]
        assert changes > 0
        assert unsettled >= 0
    finally:
        for engine in engines:
            engine.close()
            engine.db.close()
        proxy.close()


CRASH_CLIENT = r"""
import sys
from pathlib import Path
import httpx
from desktop.config import Settings
from desktop.sync.api import ServerClient
from desktop.sync.engine import SyncEngine
from desktop.sync.http import make_http_client
from desktop.sync.localdb import LocalDatabase
url, folder, phase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
settings = Settings(cli={"server_url": url, "request_timeout": 60})
http = make_http_client(settings, limits=httpx.Limits(max_keepalive_connections=0))
engine = SyncEngine(settings, LocalDatabase(folder).open(), client=ServerClient(http))
engine.sign_in("agent0", "agent-pass-0")
if phase == "edit":
    for i in range(25):
        engine.writer.create("ticket_entries", {"ticket_id": sys.argv[4], "kind": "note",
                                                "body": f"crash-note-{i}"})
    print("queued", flush=True)
    sys.stdin.readline()  # the test sets the proxy up, then says go
engine.sync()
print("synced", engine.writer.pending_count(), flush=True)
"""


@pytest.mark.parametrize("moment", ["before_commit", "after_commit"])
def test_client_killed_during_push_delivers_exactly_once(world, live_server, tmp_path,
                                                         moment) -> None:
    server = live_server(world)
    proxy = TcpProxy(server.port)
    script = tmp_path / "crash_client.py"
    script.write_text(CRASH_CLIENT)
    folder = tmp_path / "client"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    try:
        # Sign-in and the first pull pass; then hold the push (its reply, or the request).
        proc = subprocess.Popen([sys.executable, str(script), proxy.url, str(folder), "edit",
                                 TICKETS[0]], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                text=True, env=env)
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "queued"
        proxy.mode = "hold" if moment == "after_commit" else "stall"
        proc.stdin.write("go\n")
        proc.stdin.flush()
        if moment == "after_commit":
            assert proxy.answer_seen.wait(60)  # the server committed; the reply is held
        else:
            assert proxy.request_seen.wait(60)  # the push is held before the server
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        proc.stdin.close()
        proxy.mode = "pass"
        proxy.release()
        done = subprocess.run([sys.executable, str(script), proxy.url, str(folder), "resume"],
                              capture_output=True, text=True, env=env, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["synced", "0"]
        bodies = [b for (b,) in server_rows(world, "SELECT body FROM ticket_entries")]
        assert sorted(bodies) == sorted(f"crash-note-{i}" for i in range(25))
    finally:
        proxy.close()
