"""The test fixtures themselves: isolation, the PostgreSQL cluster, the live server."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import httpx
import keyring
import pytest
from sqlalchemy import make_url, text

from server.store import make_engine
from tests.support.isolation import isolate_environment, leftover_threads
from tests.support.live_server import LiveServerFactory
from tests.support.memory_keyring import MemoryKeyring
from tests.support.postgres import OWNER_FILE, PostgresCluster, reap_stale_clusters
from tests.support.server_helpers import delete_rows, make_user, write_rows


def database_name(url: str) -> str:
    name = make_url(url).database
    assert name
    return name


def process_ends(pid: int, timeout: float) -> bool:
    """Whether the process is gone (or a zombie) within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


# -- isolation ---------------------------------------------------------------------------


def test_environment_points_into_tmp_path(tmp_path: Path,
                                         isolated_env: dict[str, Path]) -> None:
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        assert Path(os.environ[name]).is_relative_to(tmp_path)
    for name in ("AGENTDESK_MACHINE_CONFIG", "AGENTDESK_USER_CONFIG"):
        path = Path(os.environ[name])
        assert path.is_relative_to(tmp_path)
        assert not path.exists()
    stray = {k for k in os.environ if k.startswith("AGENTDESK_")}
    assert stray == {"AGENTDESK_MACHINE_CONFIG", "AGENTDESK_USER_CONFIG"}
    assert isolated_env["user_config"] == Path(os.environ["AGENTDESK_USER_CONFIG"])


def test_desktop_settings_read_nothing_from_the_real_machine(tmp_path: Path) -> None:
    from desktop.config import Settings

    settings = Settings()
    assert settings.machine_path.is_relative_to(tmp_path)
    assert settings.user_path.is_relative_to(tmp_path)
    assert {settings.source(key) for key in settings.as_dict()} == {"default"}
    assert settings.data_dir.is_relative_to(tmp_path)


def test_inherited_agentdesk_variables_are_removed(tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as outer:
        outer.setenv("AGENTDESK_SERVER_URL", "http://real-server.example")
        outer.setenv("AGENTDESK_PASSWORD", "from the developer's shell")
        outer.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
        with pytest.MonkeyPatch.context() as inner:
            isolate_environment(inner, tmp_path / "inner")
            assert "AGENTDESK_SERVER_URL" not in os.environ
            assert "AGENTDESK_PASSWORD" not in os.environ
            assert "PYTHON_KEYRING_BACKEND" not in os.environ
        assert os.environ["AGENTDESK_SERVER_URL"] == "http://real-server.example"
    assert "AGENTDESK_SERVER_URL" not in os.environ


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_gets_an_empty_keyring(run: int, memory_keyring: MemoryKeyring) -> None:
    # Whichever run comes second proves the first one's password did not survive.
    assert keyring.get_keyring() is memory_keyring
    assert keyring.get_password("agentdesk-test", "agent1") is None
    keyring.set_password("agentdesk-test", "agent1", f"secret {run}")
    assert keyring.get_password("agentdesk-test", "agent1") == f"secret {run}"
    credential = keyring.get_credential("agentdesk-test", None)
    assert credential is not None
    assert credential.username == "agent1"
    keyring.delete_password("agentdesk-test", "agent1")
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password("agentdesk-test", "agent1")


def test_thread_guard_finds_threads_that_keep_running() -> None:
    before = threading.enumerate()
    stop = threading.Event()
    finished = threading.Thread(target=lambda: None, name="finishes")
    hanging = threading.Thread(target=stop.wait, name="hangs")
    daemon = threading.Thread(target=stop.wait, name="daemon", daemon=True)
    for thread in (finished, hanging, daemon):
        thread.start()
    try:
        assert leftover_threads(before, timeout=0.2) == [hanging]
    finally:
        stop.set()
        for thread in (finished, hanging, daemon):
            thread.join()
    assert leftover_threads(before, timeout=0.2) == []


# -- databases -----------------------------------------------------------------------------


@pytest.mark.postgres
def test_postgres_cluster_gives_each_test_its_own_database(
        pg_url: str, postgres_server: PostgresCluster) -> None:
    name = database_name(pg_url)
    assert name.startswith("test_")
    with postgres_server.connect(name) as conn:
        row = conn.execute("SELECT current_database(), current_setting('fsync')").fetchone()
    assert row == (name, "off")
    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_tables "
                                     "WHERE schemaname = 'public'")).scalar_one() == 0
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_clusters_of_killed_sessions_are_reaped(postgres_server: PostgresCluster) -> None:
    orphan = PostgresCluster()
    try:
        orphan.start()
        pid = int((orphan.data_dir / "postmaster.pid").read_text().split()[0])
        (orphan.root / OWNER_FILE).write_text("999999999 0")  # a test process long gone
        assert orphan.root in reap_stale_clusters()
        assert not orphan.root.exists()
        assert process_ends(pid, timeout=10)
        # The cluster of this (living) session is left alone.
        assert postgres_server.root.exists()
        with postgres_server.connect() as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        if orphan.root.exists():
            orphan.stop()


def test_db_url_is_migrated(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM sync_counter WHERE id = 1")
                                ).scalar_one() == 0
    finally:
        engine.dispose()


def test_server_helpers_write_users_and_rows(db_url: str) -> None:
    from desktop.models import SYNCED_TABLES

    assert "teams" in SYNCED_TABLES
    user_id = make_user(db_url, "agent.one", "secret-password", "agent", level=1)
    team_id = "00000000-0000-4000-8000-000000000001"
    v1 = write_rows(db_url, "teams", [{"id": team_id, "name": "First level"}])
    v2 = delete_rows(db_url, "teams", [team_id])
    assert v2 > v1
    # The server's SQLite engine takes the write lock at BEGIN: read after writing.
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT username, display_name, role, level FROM users "
                                    "WHERE id = :id"), {"id": user_id}).one()
            assert tuple(row) == ("agent.one", "Agent One", "agent", 1)
            tombstones = conn.execute(
                text("SELECT count(*) FROM tombstones WHERE entity_id = :id"), {"id": team_id}
            ).scalar_one()
            assert tombstones == 1
    finally:
        engine.dispose()


# -- the live server ---------------------------------------------------------------------


def test_live_server_answers_health_and_ready(db_url: str,
                                              live_server: LiveServerFactory) -> None:
    server = live_server(db_url)
    health = httpx.get(f"{server.url}/health", timeout=5)
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    ready = httpx.get(f"{server.url}/ready", timeout=5)
    assert ready.status_code == 200, ready.text
    assert server.db_url == db_url


def test_live_server_signs_in_a_user(tmp_path: Path, live_server: LiveServerFactory) -> None:
    from server.migrate import upgrade

    url = f"sqlite:///{tmp_path}/signin.sqlite3"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    make_user(url, "agent1", "demo-password", "agent", level=1)
    server = live_server(url, access_ttl=1)
    assert "--access-ttl" in server.command
    response = httpx.post(f"{server.url}/api/v1/auth/login", timeout=5,
                          json={"username": "agent1", "password": "demo-password"})
    assert response.status_code == 200, response.text
    assert response.json()["expires_in"] == 1


def test_live_server_stops_restarts_and_can_be_killed(tmp_path: Path,
                                                      live_server: LiveServerFactory) -> None:
    from server.migrate import upgrade

    url = f"sqlite:///{tmp_path}/restart.sqlite3"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    server = live_server(url)
    server.stop()
    assert not server.running
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{server.url}/health", timeout=2)
    server.start()
    assert httpx.get(f"{server.url}/health", timeout=5).status_code == 200
    server.kill()
    assert not server.running
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{server.url}/health", timeout=2)
    server.start()
    assert httpx.get(f"{server.url}/ready", timeout=5).status_code == 200


@pytest.mark.postgres
def test_ready_is_503_when_the_database_is_gone(pg_url: str, postgres_server: PostgresCluster,
                                                live_server: LiveServerFactory) -> None:
    from server.migrate import upgrade

    engine = make_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    server = live_server(pg_url)
    assert httpx.get(f"{server.url}/ready", timeout=5).status_code == 200
    postgres_server.drop_database(database_name(pg_url))
    ready = httpx.get(f"{server.url}/ready", timeout=10)
    assert ready.status_code == 503
    assert ready.json()["error"]["code"] == "database_unavailable"
    assert httpx.get(f"{server.url}/health", timeout=5).status_code == 200

