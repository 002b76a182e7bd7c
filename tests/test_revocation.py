"""Revocation end to end: an admin revokes a device or a user on the real server; the
workstation wipes its encrypted replica, its key and its sign-in at its next contact.
A merely expired or logged-out sign-in wipes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from desktop.config import Settings
from desktop.domain import protocol as proto
from desktop.models.types import utcnow
from desktop.sync.api import AuthFailed
from desktop.sync.credentials import DATABASE_KEY_SERVICE, CredentialStore
from desktop.sync.engine import Revoked, SyncEngine, client_name
from desktop.sync.localdb import LocalDatabase
from server.store import AuthSession, make_engine, session_factory
from tests.support.memory_keyring import MemoryKeyring
from tests.support.server_helpers import make_user, write_rows

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt's QApplication

API = proto.API_PREFIX
N_TICKETS = 5


@pytest.fixture
def server(db_url, live_server):
    make_user(db_url, "agent1", "agent-pass-1", "agent", level=1)
    make_user(db_url, "boss", "admin-pass-1", "admin")
    write_rows(db_url, "queues", [{"id": "q-1", "name": "1st Level", "level": 1}])
    write_rows(db_url, "tickets", [
        {"id": f"00000000-0000-4000-8000-{i:012d}", "reference": f"T-2026-{i:06d}",
         "title": f"Drucker {i}", "queue_id": "q-1"} for i in range(N_TICKETS)])
    return live_server(db_url)


def workstation(url: str, folder: Path) -> SyncEngine:
    """A signed-in, synced workstation with an encrypted replica and a kept sign-in."""
    db = LocalDatabase(folder, encrypt=True).open()
    assert db.encrypted
    engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 5}), db)
    engine.sign_in("agent1", "agent-pass-1", remember=True)
    engine.sync()
    with engine.db.session() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM tickets").scalar() \
            == N_TICKETS
    return engine


def services(keys: MemoryKeyring) -> set[str]:
    return {service for service, _user in keys.passwords}


def server_cli(db_url: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "server.cli", *args, "--database-url",
                           db_url], capture_output=True, text=True, check=True, timeout=120)
    return done.stdout


def test_a_revoked_device_wipes_its_replica_at_the_next_sync(
        server, db_url, tmp_path, memory_keyring: MemoryKeyring) -> None:
    engine = workstation(server.url, tmp_path / "ws")
    path = engine.db.path
    login_service = CredentialStore(engine.server_url).service
    assert services(memory_keyring) == {login_service, DATABASE_KEY_SERVICE}
    try:
        listing = server_cli(db_url, "device", "list", "--user", "agent1")
        (line,) = listing.splitlines()
        assert "active" in line and line.endswith(client_name())
        device_id = line.split()[0]
        assert f"revoked device {device_id}" in server_cli(db_url, "device", "revoke",
                                                            device_id)
        with pytest.raises(Revoked):
            engine.sync()
        assert not path.exists()
        assert not list(path.parent.glob("agentdesk.sqlite3*"))
        assert memory_keyring.passwords == {}
        assert engine.db.engine is None and engine.user is None
        assert "revoked" in server_cli(db_url, "device", "list")
        # The user is not revoked: a password sign-in on a fresh replica works.
        fresh = LocalDatabase(tmp_path / "ws", encrypt=True).open()
        again = SyncEngine(engine.settings, fresh)
        try:
            assert again.sign_in("agent1", "agent-pass-1")["username"] == "agent1"
        finally:
            again.close()
            fresh.close()
    finally:
        engine.close()


def test_a_revoked_user_is_wiped_on_resume_and_refused_until_restored(
        server, tmp_path, memory_keyring: MemoryKeyring) -> None:
    engine = workstation(server.url, tmp_path / "ws")
    engine.client.tokens = None  # the window was closed; the next start resumes
    try:
        boss = httpx.post(f"{server.url}{API}/auth/login",
                          json={"username": "boss", "password": "admin-pass-1"}).json()
        admin = {"Authorization": f"Bearer {boss['access_token']}"}
        assert httpx.post(f"{server.url}{API}/admin/users/agent1/revoke",
                          headers=admin).status_code == 204
        devices = httpx.get(f"{server.url}{API}/admin/devices",
                            params={"username": "agent1"}, headers=admin).json()
        assert [d["state"] for d in devices] == ["revoked"]

        with pytest.raises(Revoked):
            engine.resume("agent1")
        assert not engine.db.path.exists()
        assert memory_keyring.passwords == {}

        # A password sign-in of the revoked user is answered "revoked" too.
        reply = httpx.post(f"{server.url}{API}/auth/login",
                           json={"username": "agent1", "password": "agent-pass-1"})
        assert (reply.status_code, reply.json()["error"]["code"]) == (401, proto.ERR_REVOKED)
        # ... but a wrong password learns nothing about the revocation.
        wrong = httpx.post(f"{server.url}{API}/auth/login",
                           json={"username": "agent1", "password": "wrong-pass-1"})
        assert wrong.json()["error"]["code"] == proto.ERR_BAD_CREDENTIALS

        assert httpx.post(f"{server.url}{API}/admin/users/agent1/restore",
                          headers=admin).status_code == 204
        fresh = LocalDatabase(tmp_path / "ws", encrypt=True).open()
        again = SyncEngine(engine.settings, fresh)
        try:
            assert again.sign_in("agent1", "agent-pass-1")["username"] == "agent1"
            assert again.sync().entities["tickets"] == N_TICKETS
        finally:
            again.close()
            fresh.close()
    finally:
        engine.close()


def test_only_admins_revoke(server) -> None:
    agent = httpx.post(f"{server.url}{API}/auth/login",
                       json={"username": "agent1", "password": "agent-pass-1"}).json()
    reply = httpx.post(f"{server.url}{API}/admin/users/boss/revoke",
                       headers={"Authorization": f"Bearer {agent['access_token']}"})
    assert reply.status_code == 403


def test_an_expired_sign_in_does_not_wipe(
        server, db_url, tmp_path, memory_keyring: MemoryKeyring) -> None:
    engine = workstation(server.url, tmp_path / "ws")
    try:
        past = utcnow() - timedelta(minutes=1)
        store = make_engine(db_url)
        try:
            with session_factory(store).begin() as s:
                s.execute(update(AuthSession).values(access_expires_at=past,
                                                     refresh_expires_at=past))
        finally:
            store.dispose()
        with pytest.raises(AuthFailed) as info:
            engine.sync()
        assert not isinstance(info.value, Revoked)
        assert info.value.code == proto.ERR_TOKEN_EXPIRED
        assert engine.db.path.exists() and engine.db.engine is not None
        assert DATABASE_KEY_SERVICE in services(memory_keyring)
    finally:
        engine.close()
        engine.db.close()


def test_a_logged_out_sign_in_does_not_wipe(
        server, tmp_path, memory_keyring: MemoryKeyring) -> None:
    engine = workstation(server.url, tmp_path / "ws")
    try:
        stale = engine.client.tokens
        engine.sign_out()
        engine.client.tokens = stale  # a request racing the sign-out
        with pytest.raises(AuthFailed) as info:
            engine.sync()
        assert info.value.code == proto.ERR_TOKEN_INVALID
        assert engine.db.path.exists()
        assert services(memory_keyring) == {DATABASE_KEY_SERVICE}
    finally:
        engine.close()
        engine.db.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
def test_the_sign_in_dialog_says_the_data_was_removed(
        qtbot, server, tmp_path, memory_keyring: MemoryKeyring) -> None:
    """A revoked user signing in through the dialog: the replica is wiped, the dialog
    says so in the interface's language and offers no second try."""
    from desktop.app.tasks import TaskManager
    from desktop.ui.login_dialog import LoginDialog

    engine = workstation(server.url, tmp_path / "ws")
    engine.sign_out()
    boss = httpx.post(f"{server.url}{API}/auth/login",
                      json={"username": "boss", "password": "admin-pass-1"}).json()
    assert httpx.post(f"{server.url}{API}/admin/users/agent1/revoke", headers={
        "Authorization": f"Bearer {boss['access_token']}"}).status_code == 204
    tasks = TaskManager()
    dialog = LoginDialog(engine.settings, engine.db, tasks, engine,
                         lambda url: SyncEngine(engine.settings, engine.db))
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        dialog.user_edit.setText("agent1")
        dialog.password_edit.setText("agent-pass-1")
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: dialog.last_error is not None, timeout=15_000)
        assert isinstance(dialog.last_error, Revoked)
        assert "revoked this workstation's access" in dialog.error_text
        assert not dialog.sign_in_button.isEnabled()
        assert not engine.db.path.exists() and memory_keyring.passwords == {}
        shot = tmp_path / "revoked-login.png"
        assert dialog.grab().save(str(shot))
    finally:
        dialog.close()
        assert tasks.shutdown(20_000)
        engine.close()


def test_server_cli_names_an_unknown_user(db_url) -> None:
    done = subprocess.run([sys.executable, "-m", "server.cli", "user", "revoke", "nobody",
                           "--database-url", db_url], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "no user nobody" in done.stderr
