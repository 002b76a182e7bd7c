"""The pull replica against a real server process over HTTP (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.config import Settings
from desktop.sync.api import AuthFailed, BadReply, ServerUnreachable
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from server.store import make_engine, prune_tombstones, session_factory
from tests.support.server_helpers import delete_rows, make_user, write_rows

N_TICKETS = 57


def ticket(i: int, **extra: object) -> dict:
    return {"id": f"00000000-0000-4000-8000-{i:012d}", "reference": f"T-2026-{i:06d}",
            "title": f"Drucker druckt nicht {i}", "queue_id": "q-1", **extra}


@pytest.fixture
def populated(db_url):
    make_user(db_url, "agent1", "agent-pass-1", "agent", level=1)
    write_rows(db_url, "queues", [{"id": "q-1", "name": "1st Level", "level": 1}])
    write_rows(db_url, "tickets", [ticket(i) for i in range(N_TICKETS)])
    return db_url


@pytest.fixture
def server(populated, live_server):
    return live_server(populated)


def client_for(url: str, data_dir: Path) -> tuple[SyncEngine, LocalDatabase]:
    settings = Settings(cli={"server_url": url, "request_timeout": 5})
    db = LocalDatabase(data_dir).open()
    return SyncEngine(settings, db), db


@pytest.fixture
def client(server, tmp_path):
    engine, db = client_for(server.url, tmp_path / "client")
    yield engine
    engine.close()
    db.close()


def local(engine: SyncEngine, sql: str) -> list[tuple]:
    con = sqlite3.connect(engine.db.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_first_sync_fills_the_replica(client) -> None:
    client.sign_in("agent1", "agent-pass-1")
    result = client.sync()
    assert result.entities["tickets"] == N_TICKETS
    assert local(client, "SELECT count(*) FROM tickets") == [(N_TICKETS,)]
    assert local(client, "SELECT count(*) FROM users WHERE username='agent1'") == [(1,)]
    # timestamps arrive as UTC ISO text and read back as aware datetimes
    (created,) = local(client, "SELECT created_at FROM tickets LIMIT 1")[0]
    assert created.endswith("+00:00")
    assert client.replica.last_sync_at() is not None


def test_incremental_sync_gets_only_changes(client, populated) -> None:
    client.sign_in("agent1", "agent-pass-1")
    first = client.sync()
    write_rows(populated, "tickets", [ticket(3, title="Drucker geht wieder"), ticket(999)])
    second = client.sync()
    assert second.rows == 2
    assert second.version > first.version
    assert local(client, "SELECT title FROM tickets WHERE reference='T-2026-000003'") == [
        ("Drucker geht wieder",)]
    assert local(client, "SELECT count(*) FROM tickets") == [(N_TICKETS + 1,)]
    assert client.sync().rows == 0


def test_delete_arrives_as_tombstone(client, populated) -> None:
    client.sign_in("agent1", "agent-pass-1")
    client.sync()
    gone = ticket(7)["id"]
    delete_rows(populated, "tickets", [gone])
    result = client.sync()
    assert result.tombstones == 1
    assert local(client, f"SELECT count(*) FROM tickets WHERE id='{gone}'") == [(0,)]
    assert local(client, "SELECT count(*) FROM tickets") == [(N_TICKETS - 1,)]


def test_interrupted_initial_sync_resumes_without_duplicates(server, tmp_path, populated) -> None:
    engine, db = client_for(server.url, tmp_path / "c")
    engine.sign_in("agent1", "agent-pass-1")
    partial = engine.replica.sync_once(engine.client, page_size=10, max_pages=3)
    assert partial.rows == 30
    state = engine.replica.state()
    assert "position" in state and "hw" in state
    # a change made while the client was away lands after the window, not twice
    write_rows(populated, "tickets", [ticket(1, title="geändert")])
    engine.close()
    db.close()

    engine, db = client_for(server.url, tmp_path / "c")  # a restarted client
    try:
        engine.sign_in("agent1", "agent-pass-1")
        rest = engine.replica.sync_once(engine.client, page_size=10)
        total_rows = 1 + 1 + N_TICKETS  # user, queue, tickets
        assert partial.rows + rest.rows == total_rows + 1  # + the later change
        assert local(engine, "SELECT count(*), count(DISTINCT reference) FROM tickets") == [
            (N_TICKETS, N_TICKETS)]
        assert local(engine, "SELECT title FROM tickets WHERE reference='T-2026-000001'") == [
            ("geändert",)]
    finally:
        engine.close()
        db.close()


def test_server_gone_mid_sync_then_back(server, tmp_path) -> None:
    engine, db = client_for(server.url, tmp_path / "c")
    try:
        engine.sign_in("agent1", "agent-pass-1")
        engine.replica.sync_once(engine.client, page_size=10, max_pages=2)
        server.kill()
        with pytest.raises(ServerUnreachable):
            engine.replica.sync_once(engine.client, page_size=10)
        assert local(engine, "SELECT count(*) FROM tickets")[0][0] < N_TICKETS
        server.start()
        engine.replica.sync_once(engine.client, page_size=10)
        assert local(engine, "SELECT count(*) FROM tickets") == [(N_TICKETS,)]
    finally:
        engine.close()
        db.close()


def test_old_cursor_gets_a_full_resync(client, populated) -> None:
    client.sign_in("agent1", "agent-pass-1")
    client.sync()
    gone = ticket(5)["id"]
    delete_rows(populated, "tickets", [gone])
    write_rows(populated, "tickets", [ticket(6, title="nach dem Löschen")])
    engine = make_engine(populated)
    try:
        with session_factory(engine).begin() as s:
            from server.store import committed_version

            prune_tombstones(s, committed_version(s))
    finally:
        engine.dispose()
    client.sync()
    assert local(client, f"SELECT count(*) FROM tickets WHERE id='{gone}'") == [(0,)]
    assert local(client, "SELECT title FROM tickets WHERE reference='T-2026-000006'") == [
        ("nach dem Löschen",)]
    assert local(client, "SELECT count(*) FROM tickets") == [(N_TICKETS - 1,)]


def test_browsing_offline_after_sync(server, tmp_path) -> None:
    engine, db = client_for(server.url, tmp_path / "c")
    engine.sign_in("agent1", "agent-pass-1")
    engine.sync()
    engine.close()
    db.close()
    server.stop()
    engine, db = client_for(server.url, tmp_path / "c")
    try:
        with pytest.raises(ServerUnreachable):
            engine.sign_in("agent1", "agent-pass-1")
        user = engine.use_offline()
        assert user is not None and user["username"] == "agent1"
        assert engine.replica.has_data()
        assert local(engine, "SELECT count(*) FROM tickets") == [(N_TICKETS,)]
    finally:
        engine.close()
        db.close()


def test_wrong_password_and_renewal(client, populated) -> None:
    with pytest.raises(AuthFailed) as info:
        client.sign_in("agent1", "nope")
    assert info.value.code == "bad_credentials"
    client.sign_in("agent1", "agent-pass-1")
    old = client.client.tokens
    assert old is not None
    # the access token is revoked behind the client's back: the client renews once
    from sqlalchemy import update

    from desktop.models.types import utcnow
    from server.store import AuthSession

    engine = make_engine(populated)
    try:
        with session_factory(engine).begin() as s:
            s.execute(update(AuthSession).values(access_expires_at=utcnow()))
    finally:
        engine.dispose()
    client.sync()
    assert client.client.tokens is not None
    assert client.client.tokens.access_token != old.access_token


def test_remember_me_keeps_only_a_refresh_token(client) -> None:
    import keyring

    client.sign_in("agent1", "agent-pass-1", remember=True)
    stored = keyring.get_password(client.credentials.service, "agent1")
    assert stored is not None and stored != "agent-pass-1"
    assert client.client.tokens is not None
    assert stored == client.client.tokens.refresh_token
    client.client.tokens = None
    assert client.resume("agent1") is not None
    client.sign_out()
    assert keyring.get_password(client.credentials.service, "agent1") is None


def _garbage_server(tmp_path: Path) -> tuple[subprocess.Popen, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    script = tmp_path / "garbage.py"
    script.write_text(
        "import http.server, sys\n"
        "class H(http.server.BaseHTTPRequestHandler):\n"
        "    def _send(self):\n"
        "        body = b'<html>proxy login</html>'\n"
        "        self.send_response(200)\n"
        "        self.send_header('Content-Type', 'text/html')\n"
        "        self.send_header('Content-Length', str(len(body)))\n"
        "        self.end_headers()\n"
        "        self.wfile.write(body)\n"
        "    do_GET = do_POST = _send\n"
        "    def log_message(self, *a): pass\n"
        "s = http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H)\n"
        "print('ready', flush=True)\n"
        "s.serve_forever()\n")
    proc = subprocess.Popen([sys.executable, str(script), str(port)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc, f"http://127.0.0.1:{port}"


def test_malformed_server_reply_is_a_clear_error(tmp_path) -> None:
    proc, url = _garbage_server(tmp_path)
    engine, db = client_for(url, tmp_path / "c")
    try:
        with pytest.raises(BadReply) as info:
            engine.sign_in("agent1", "agent-pass-1")
        assert "JSON" in info.value.message
        with pytest.raises(BadReply):
            engine.client.health()
    finally:
        engine.close()
        db.close()
        proc.terminate()
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()


def test_unknown_columns_from_a_newer_server_are_ignored(tmp_path) -> None:
    from desktop.sync.replica import Replica, SyncResult

    db = LocalDatabase(tmp_path / "c").open()
    try:
        replica = Replica(db)
        page = {"hw": 5, "complete": True, "position": None, "tombstones": [], "changes": [
            {"entity": "teams", "columns": ["id", "version", "name", "colour"],
             "rows": [["t1", 5, "Team Nord", "blue"]]},
            {"entity": "holograms", "columns": ["id"], "rows": [["x"]]}]}
        result = SyncResult()
        replica._apply(page, result)
        assert result.rows == 1
        assert replica.version() == 5
        with pytest.raises(BadReply):
            replica._apply({"hw": 6, "complete": True, "changes": [
                {"entity": "teams", "columns": ["id", "version", "name"], "rows": [["t2"]]}]},
                SyncResult())
        assert replica.version() == 5  # the bad page changed nothing
    finally:
        db.close()


def test_two_clients_side_by_side(server, tmp_path) -> None:
    a, dba = client_for(server.url, tmp_path / "a")
    b, dbb = client_for(server.url, tmp_path / "b")
    try:
        a.sign_in("agent1", "agent-pass-1")
        b.sign_in("agent1", "agent-pass-1")
        a.sync()
        assert local(a, "SELECT count(*) FROM tickets") == [(N_TICKETS,)]
        assert local(b, "SELECT count(*) FROM tickets") == [(0,)]
    finally:
        for e, d in ((a, dba), (b, dbb)):
            e.close()
            d.close()


def test_headless_sync_command(server, tmp_path) -> None:
    env = {"AGENTDESK_USER": "agent1", "AGENTDESK_PASSWORD": "agent-pass-1",
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "AGENTDESK_MACHINE_CONFIG": str(tmp_path / "m.toml")}
    out = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path / "d"),
         "--server-url", server.url, "sync", "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["entities"]["tickets"] == N_TICKETS
    bad = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path / "d"),
         "--server-url", server.url, "sync"],
        capture_output=True, text=True, env={**env, "AGENTDESK_PASSWORD": "wrong"},
        timeout=120, check=False)
    assert bad.returncode == 4
    assert "sign-in failed" in bad.stderr
