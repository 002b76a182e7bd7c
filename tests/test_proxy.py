"""Every request goes through the proxy: configured, or the system's from the environment.

A real local proxy (tests/support/http_proxy.py) counts what passes; the real server
runs behind it. Retries and the event stream take the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from desktop.config import Settings
from desktop.domain import protocol as proto
from desktop.sync.api import ServerClient
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener
from desktop.sync.http import effective_proxy, make_http_client
from desktop.sync.localdb import LocalDatabase
from tests.support.http_proxy import HttpProxy
from tests.support.server_helpers import make_user, write_rows
from tests.support.tls_server import TlsServer, write_ca

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy",
                   "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_inherited_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server_db(tmp_path: Path) -> str:
    from server.migrate import upgrade
    from server.store import make_engine

    url = f"sqlite:///{tmp_path}/server.sqlite3"
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    make_user(url, "anna", "anna-pass-1", "agent", level=1)
    write_rows(url, "queues", [{"id": "q-1", "name": "1st Level", "level": 1}])
    return url


@pytest.fixture
def proxy() -> Iterator[HttpProxy]:
    with HttpProxy() as running:
        yield running


def targets(proxy: HttpProxy) -> list[str]:
    return [target for _method, target in proxy.seen()]


def test_configured_proxy_carries_sign_in_and_sync(server_db: str, live_server,
                                                   proxy: HttpProxy, tmp_path: Path) -> None:
    server = live_server(server_db)
    settings = Settings(cli={"server_url": server.url, "proxy": proxy.url})
    engine = SyncEngine(settings, LocalDatabase(tmp_path / "client").open())
    try:
        engine.sign_in("anna", "anna-pass-1")
        result = engine.sync()
    finally:
        engine.close()
        engine.db.close()
    assert result.rows >= 1  # the queue came through the proxy
    seen = targets(proxy)
    assert f"{server.url}{proto.API_PREFIX}/auth/login" in seen
    assert any(t.startswith(f"{server.url}{proto.API_PREFIX}/sync/pull") for t in seen)
    assert all(t.startswith(server.url) for t in seen)


def test_retries_go_through_the_proxy(server_db: str, live_server, proxy: HttpProxy) -> None:
    server = live_server(server_db)
    client = ServerClient(make_http_client(Settings(cli={"server_url": server.url,
                                                         "proxy": proxy.url})))
    retries: list[float] = []
    client.sleep = retries.append
    proxy.fail_next = 2  # the proxy answers 503 twice, then lets the request through
    try:
        assert client.health()["status"] == "ok"
    finally:
        client.close()
    assert targets(proxy) == [f"{server.url}/health"] * 3
    assert retries == [0.0, 0.0]  # Retry-After: 0 honoured, both retries proxied


def test_event_stream_goes_through_the_proxy(server_db: str, live_server, proxy: HttpProxy,
                                             tmp_path: Path) -> None:
    server = live_server(server_db)
    settings = Settings(cli={"server_url": server.url, "proxy": proxy.url})
    engine = SyncEngine(settings, LocalDatabase(tmp_path / "client").open())
    versions: list[int] = []
    arrived = threading.Condition()

    def changed(version: int) -> None:
        with arrived:
            versions.append(version)
            arrived.notify_all()

    engine.sign_in("anna", "anna-pass-1")
    listener = EventListener(engine.client, changed)
    listener.start()
    try:
        with arrived:
            assert arrived.wait_for(lambda: versions, 15.0)
        version = write_rows(server_db, "queues", [{"id": "q-2", "name": "2nd", "level": 2}])
        with arrived:
            assert arrived.wait_for(lambda: version in versions, 15.0)
    finally:
        listener.stop()
        engine.close()
        engine.db.close()
    assert f"{server.url}{proto.API_PREFIX}/events" in targets(proxy)


def test_system_proxy_from_the_environment(server_db: str, live_server, proxy: HttpProxy,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    server = live_server(server_db)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    settings = Settings(cli={"server_url": server.url})
    assert effective_proxy(settings) == proxy.url
    client = ServerClient(make_http_client(settings))
    try:
        assert client.health()["status"] == "ok"
    finally:
        client.close()
    assert targets(proxy) == [f"{server.url}/health"]


def test_no_proxy_bypasses_the_system_proxy(server_db: str, live_server, proxy: HttpProxy,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    server = live_server(server_db)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    settings = Settings(cli={"server_url": server.url})
    assert effective_proxy(settings) is None
    client = ServerClient(make_http_client(settings))
    try:
        assert client.health()["status"] == "ok"
    finally:
        client.close()
    assert proxy.seen() == []


def test_configured_proxy_wins_over_the_environment(server_db: str, live_server,
                                                    proxy: HttpProxy,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    server = live_server(server_db)
    with HttpProxy() as other:
        monkeypatch.setenv("HTTP_PROXY", other.url)
        client = ServerClient(make_http_client(
            Settings(cli={"server_url": server.url, "proxy": proxy.url})))
        try:
            assert client.health()["status"] == "ok"
        finally:
            client.close()
        assert other.seen() == []
    assert targets(proxy) == [f"{server.url}/health"]


def test_https_through_the_proxy_is_tunnelled_and_verified(tmp_path: Path,
                                                            proxy: HttpProxy) -> None:
    ca = trustme.CA()
    bundle = write_ca(ca, tmp_path / "company-ca.pem")
    with TlsServer(ca.issue_cert("localhost")) as server:
        client = ServerClient(make_http_client(Settings(cli={
            "server_url": server.url, "proxy": proxy.url, "ca_bundle": str(bundle)})))
        try:
            assert client.health()["status"] == "ok"
        finally:
            client.close()
        assert server.paths == ["/health"]
    assert proxy.seen() == [("CONNECT", f"localhost:{server.port}")]
