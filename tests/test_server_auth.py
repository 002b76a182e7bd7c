"""Server authentication and permissions, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from desktop.domain import protocol as proto
from desktop.models.types import utcnow
from server.store import AuthSession, Credential, make_engine, session_factory
from tests.support.server_helpers import make_user

API = proto.API_PREFIX


@pytest.fixture
def server(db_url, live_server):
    make_user(db_url, "agent1", "agent-pass-1", "agent", level=1)
    make_user(db_url, "boss", "admin-pass-1", "admin")
    return live_server(db_url)


def login(url: str, username: str, password: str) -> httpx.Response:
    return httpx.post(f"{url}{API}/auth/login",
                      json={"username": username, "password": password})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_login_returns_tokens_and_user(server) -> None:
    r = login(server.url, "agent1", "agent-pass-1")
    assert r.status_code == 200
    body = r.json()
    assert body["user"]["username"] == "agent1"
    assert body["user"]["level"] == 1
    assert body["access_token"] != body["refresh_token"]
    me = httpx.get(f"{server.url}{API}/me", headers=bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.json()["role"] == "agent"


def test_passwords_and_tokens_are_stored_hashed(server, db_url) -> None:
    body = login(server.url, "agent1", "agent-pass-1").json()
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as s:
            hashes = s.execute(select(Credential.password_hash)).scalars().all()
            sessions = s.execute(select(AuthSession)).scalars().all()
    finally:
        engine.dispose()
    assert all(h.startswith("$argon2") for h in hashes)
    assert all("agent-pass-1" not in h for h in hashes)
    stored = {a.access_hash for a in sessions} | {a.refresh_hash for a in sessions}
    assert body["access_token"] not in stored and body["refresh_token"] not in stored


@pytest.mark.parametrize("username,password", [("agent1", "wrong"), ("nobody", "agent-pass-1")])
def test_wrong_credentials_are_refused(server, username: str, password: str) -> None:
    r = login(server.url, username, password)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == proto.ERR_BAD_CREDENTIALS
    assert "password" in r.json()["error"]["message"]


def test_missing_and_garbage_tokens_are_refused(server) -> None:
    assert httpx.get(f"{server.url}{API}/me").status_code == 401
    r = httpx.get(f"{server.url}{API}/me", headers=bearer("not-a-token"))
    assert r.status_code == 401
    assert r.json()["error"]["code"] == proto.ERR_TOKEN_INVALID
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


def test_expired_access_token_is_refused_and_refresh_renews(server, db_url) -> None:
    body = login(server.url, "agent1", "agent-pass-1").json()
    engine = make_engine(db_url)
    try:
        with session_factory(engine).begin() as s:
            s.execute(update(AuthSession).values(access_expires_at=utcnow() - timedelta(seconds=1)))
    finally:
        engine.dispose()
    r = httpx.get(f"{server.url}{API}/me", headers=bearer(body["access_token"]))
    assert r.status_code == 401
    assert r.json()["error"]["code"] == proto.ERR_TOKEN_EXPIRED

    renewed = httpx.post(f"{server.url}{API}/auth/refresh",
                         json={"refresh_token": body["refresh_token"]})
    assert renewed.status_code == 200
    fresh = renewed.json()
    assert httpx.get(f"{server.url}{API}/me",
                     headers=bearer(fresh["access_token"])).status_code == 200
    # Refresh tokens rotate: the old one is spent.
    again = httpx.post(f"{server.url}{API}/auth/refresh",
                       json={"refresh_token": body["refresh_token"]})
    assert again.status_code == 401


def test_expired_refresh_token_is_refused(server, db_url) -> None:
    body = login(server.url, "agent1", "agent-pass-1").json()
    engine = make_engine(db_url)
    try:
        with session_factory(engine).begin() as s:
            s.execute(update(AuthSession).values(refresh_expires_at=utcnow() - timedelta(1)))
    finally:
        engine.dispose()
    r = httpx.post(f"{server.url}{API}/auth/refresh",
                   json={"refresh_token": body["refresh_token"]})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == proto.ERR_TOKEN_EXPIRED


def test_logout_revokes_the_session(server) -> None:
    body = login(server.url, "agent1", "agent-pass-1").json()
    out = httpx.post(f"{server.url}{API}/auth/logout", headers=bearer(body["access_token"]))
    assert out.status_code == 204
    assert httpx.get(f"{server.url}{API}/me",
                     headers=bearer(body["access_token"])).status_code == 401
    assert httpx.post(f"{server.url}{API}/auth/refresh",
                      json={"refresh_token": body["refresh_token"]}).status_code == 401


def test_agent_is_denied_admin_endpoints(server) -> None:
    token = login(server.url, "agent1", "agent-pass-1").json()["access_token"]
    r = httpx.get(f"{server.url}{API}/admin/users", headers=bearer(token))
    assert r.status_code == 403
    assert r.json()["error"]["code"] == proto.ERR_FORBIDDEN
    r = httpx.post(f"{server.url}{API}/admin/users", headers=bearer(token), json={
        "username": "sneaky", "password": "longenough1", "display_name": "S", "role": "admin"})
    assert r.status_code == 403


def test_admin_manages_users(server) -> None:
    token = login(server.url, "boss", "admin-pass-1").json()["access_token"]
    r = httpx.post(f"{server.url}{API}/admin/users", headers=bearer(token), json={
        "username": "agent2", "password": "agent-pass-2", "display_name": "Zweite Ebene",
        "role": "agent", "level": 2})
    assert r.status_code == 201, r.text
    assert login(server.url, "agent2", "agent-pass-2").status_code == 200
    names = [u["username"] for u in httpx.get(f"{server.url}{API}/admin/users",
                                              headers=bearer(token)).json()]
    assert names == ["agent1", "agent2", "boss"]
    # an agent without a level, and a taken name, are clear 4xx
    bad = httpx.post(f"{server.url}{API}/admin/users", headers=bearer(token), json={
        "username": "nolevel", "password": "agent-pass-3", "display_name": "N",
        "role": "agent"})
    assert bad.status_code == 422 and "level" in bad.json()["error"]["message"]
    dup = httpx.post(f"{server.url}{API}/admin/users", headers=bearer(token), json={
        "username": "agent2", "password": "agent-pass-2", "display_name": "Z",
        "role": "agent", "level": 2})
    assert dup.status_code == 409


def test_malformed_requests_get_4xx_with_a_message(server) -> None:
    r = httpx.post(f"{server.url}{API}/auth/login", content=b"{not json",
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == proto.ERR_BAD_REQUEST
    r = httpx.post(f"{server.url}{API}/auth/login", json={"username": "x"})
    assert r.status_code == 422
    assert "password" in r.json()["error"]["message"]


def test_unsupported_protocol_version_is_named(server) -> None:
    r = httpx.get(f"{server.url}{API}/me", headers={proto.PROTOCOL_HEADER: "99"})
    assert r.status_code == 426
    assert "update" in r.json()["error"]["message"].lower()


def test_openapi_health_and_ready(server) -> None:
    schema = httpx.get(f"{server.url}/openapi.json").json()
    assert f"{API}/sync/pull" in schema["paths"]
    assert httpx.get(f"{server.url}/health").json()["status"] == "ok"
    assert httpx.get(f"{server.url}/ready").status_code == 200
