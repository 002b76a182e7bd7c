"""Fixtures every test uses.

- ``isolated_env`` (autouse): config, data, cache and state folders in ``tmp_path``,
  offscreen Qt, no inherited ``AGENTDESK_*`` variables, a fresh in-memory keyring.
- ``no_leftover_threads`` (autouse): fails a test that leaves a non-daemon thread running.
- ``postgres_server`` (session): a throwaway PostgreSQL cluster on a Unix socket.
- ``pg_url``: a fresh, empty PostgreSQL database, dropped after the test.
- ``db_url``: a fresh, migrated server database, once on SQLite and once on PostgreSQL.
- ``live_server``: starts the real server process against a database URL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.support.isolation import isolate_environment, leftover_threads
from tests.support.live_server import LiveServer, LiveServerFactory
from tests.support.memory_keyring import MemoryKeyring
from tests.support.postgres import (
    PostgresCluster,
    PostgresUnavailableError,
    reap_stale_clusters,
)


@pytest.fixture(autouse=True)
def no_leftover_threads() -> Iterator[None]:
    before = threading.enumerate()
    yield
    leftovers = leftover_threads(before, timeout=2.0)
    if leftovers:
        names = ", ".join(sorted(t.name for t in leftovers))
        pytest.fail(f"the test left non-daemon threads running: {names}", pytrace=False)


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, Path]]:
    """Isolated folders and environment; yields the folders (see ``isolate_environment``)."""
    folders = isolate_environment(monkeypatch, tmp_path)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield folders
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """The in-memory keyring backend installed for this test."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresCluster]:
    """A PostgreSQL cluster for the whole session. Fails (never skips) without PostgreSQL."""
    try:
        reap_stale_clusters()
        cluster = PostgresCluster()
    except PostgresUnavailableError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        cluster.start()
    except PostgresUnavailableError as exc:
        cluster.stop()
        pytest.fail(f"could not start the test PostgreSQL cluster: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(postgres_server: PostgresCluster) -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database (not migrated)."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a fresh server database at the newest schema, on each backend."""
    from server.migrate import upgrade
    from server.store import make_engine

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/server.sqlite3"
    else:
        url = request.getfixturevalue("pg_url")
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return url


def _option_args(opts: dict[str, Any]) -> list[str]:
    """``access_ttl=1`` -> ``--access-ttl 1``; ``True`` -> a bare flag; falsy -> nothing."""
    args: list[str] = []
    for key, value in opts.items():
        flag = "--" + key.replace("_", "-")
        if value is True:
            args.append(flag)
        elif value is not None and value is not False:
            args += [flag, str(value)]
    return args


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServerFactory]:
    """Factory: ``live_server(db_url, access_ttl=1, extra_args=[...]) -> LiveServer``.

    The server is started and healthy when the factory returns; every server started
    through it is stopped at teardown.
    """
    servers: list[LiveServer] = []

    def start(db_url: str, *, extra_args: list[str] | tuple[str, ...] = (),
              **opts: Any) -> LiveServer:
        server = LiveServer(db_url, tmp_path, [*_option_args(opts), *extra_args])
        servers.append(server)
        return server.start()

    yield start
    for server in servers:
        server.stop()
