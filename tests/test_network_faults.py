"""How the client behaves when the server is down, busy, slow or talks nonsense."""

from __future__ import annotations

import json

import pytest

from desktop.config import Settings
from desktop.sync.api import BadReply, ServerClient, ServerError, ServerUnreachable
from desktop.sync.http import make_http_client
from tests.support.live_server import free_port
from tests.support.scripted_server import ScriptedServer

HEALTH = json.dumps({"status": "ok", "version": "test"})


def client_for(url: str, timeout: float = 5.0) -> tuple[ServerClient, list[float]]:
    client = ServerClient(make_http_client(Settings(
        cli={"server_url": url, "request_timeout": timeout})))
    sleeps: list[float] = []
    client.sleep = sleeps.append
    return client, sleeps


@pytest.fixture
def scripted(tmp_path):
    servers: list[ScriptedServer] = []

    def make(*answers: tuple) -> ScriptedServer:
        server = ScriptedServer(tmp_path, list(answers))
        servers.append(server)
        return server

    yield make
    for s in servers:
        s.stop()


def test_busy_server_is_retried_honouring_retry_after(scripted) -> None:
    server = scripted((503, {"Retry-After": "2"}, "busy"),
                      (429, {"Retry-After": "1"}, "slow down"),
                      (200, {"Content-Type": "application/json"}, HEALTH))
    client, sleeps = client_for(server.url)
    try:
        assert client.health()["status"] == "ok"
    finally:
        client.close()
    assert sleeps == [2.0, 1.0]


def test_client_errors_are_not_retried(scripted) -> None:
    body = json.dumps({"error": {"code": "bad_request", "message": "nein"}})
    server = scripted((400, {"Content-Type": "application/json"}, body))
    client, sleeps = client_for(server.url)
    try:
        with pytest.raises(ServerError) as info:
            client.health()
    finally:
        client.close()
    assert sleeps == []
    assert info.value.message == "nein"


def test_persistent_5xx_ends_as_unreachable(scripted) -> None:
    server = scripted((502, {}, "<html>bad gateway</html>"))
    client, sleeps = client_for(server.url)
    try:
        with pytest.raises(ServerUnreachable) as info:
            client.health()
    finally:
        client.close()
    assert len(sleeps) == client.attempts - 1
    assert "502" in info.value.message


def test_refused_connection_is_retried_then_reported() -> None:
    client, sleeps = client_for(f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(ServerUnreachable) as info:
            client.health()
    finally:
        client.close()
    assert len(sleeps) == client.attempts - 1
    assert "127.0.0.1" in info.value.message


def test_html_instead_of_json_is_a_bad_reply(scripted) -> None:
    server = scripted((200, {"Content-Type": "text/html"}, "<html>Proxy-Anmeldung</html>"))
    client, _ = client_for(server.url)
    try:
        with pytest.raises(BadReply):
            client.health()
        with pytest.raises(BadReply):
            client.login("anna", "x")
    finally:
        client.close()


def test_wrong_shape_json_is_a_bad_reply(scripted) -> None:
    server = scripted((200, {"Content-Type": "application/json"}, json.dumps({"user": 1})))
    client, _ = client_for(server.url)
    try:
        with pytest.raises(BadReply):
            client.login("anna", "x")
    finally:
        client.close()


def test_slow_server_times_out_clearly(scripted) -> None:
    server = scripted((200, {"Content-Type": "application/json"}, HEALTH, 3.0))
    client, sleeps = client_for(server.url, timeout=0.3)
    try:
        with pytest.raises(ServerUnreachable) as info:
            client.health()
    finally:
        client.close()
    assert "did not answer in time" in info.value.message
    assert len(sleeps) == client.attempts - 1


def test_server_error_and_redirect_are_named(scripted) -> None:
    from desktop.sync.api import Redirected, ServerFailing

    server = scripted((500, {}, "oops"),  # a 500 is not retried (a 502/503/504 would be)
                      (301, {"Location": "https://desk.example.de/"}, ""))
    client, _ = client_for(server.url)
    try:
        with pytest.raises(ServerFailing) as failing:
            client.health()
        with pytest.raises(Redirected) as moved:
            client.health()
    finally:
        client.close()
    assert failing.value.status == 500
    assert moved.value.location == "https://desk.example.de/"
