"""The telephony webhook against a real server process (SQLite and PostgreSQL): who may
call it, and call events reaching the right agent's EventListener live."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from desktop.config import Settings
from desktop.models import Call
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener
from desktop.sync.localdb import LocalDatabase
from server.store import make_engine, session_factory
from tests.support.live_server import LiveServer
from tests.support.server_helpers import make_user, write_rows

SECRET = "t3lefon-geheimnis-0815"
WAIT = 15.0  # generous upper bound for an event to arrive; typical is milliseconds
HANS = "00000000-0000-4000-8000-00000000c001"
ERNA = "00000000-0000-4000-8000-00000000c002"
OTTO = "00000000-0000-4000-8000-00000000c003"
ORG = "00000000-0000-4000-8000-00000000f001"


class Recorder:
    """Collects what an EventListener reports, and waits for it."""

    def __init__(self) -> None:
        self.versions: list[int] = []
        self.calls: list[dict[str, Any]] = []
        self._cond = threading.Condition()

    def changes(self, version: int) -> None:
        with self._cond:
            self.versions.append(version)
            self._cond.notify_all()

    def call(self, event: dict[str, Any]) -> None:
        with self._cond:
            self.calls.append(event)
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[], bool], timeout: float = WAIT) -> bool:
        with self._cond:
            return self._cond.wait_for(predicate, timeout)

    def calls_of(self, call_id: str) -> list[dict[str, Any]]:
        with self._cond:
            return [c for c in self.calls if c["call_id"] == call_id]


class Agent:
    """A signed-in client with its event stream open."""

    def __init__(self, url: str, folder: Path, username: str, password: str) -> None:
        self.engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 10}),
                                 LocalDatabase(folder).open())
        self.engine.sign_in(username, password)
        self.rec = Recorder()
        self.listener = EventListener(self.engine.client, self.rec.changes,
                                      on_call=self.rec.call)
        self.listener.start()
        # the first hint (the current version) means the stream is subscribed
        assert self.rec.wait_for(lambda: bool(self.rec.versions)), "stream did not connect"

    def wait_call(self, call_id: str, stage: str) -> dict[str, Any]:
        assert self.rec.wait_for(
            lambda: any(c["event"] == stage for c in self.rec.calls_of(call_id))), (
            f"no {stage} event for {call_id}; got {self.rec.calls}")
        return next(c for c in self.rec.calls_of(call_id) if c["event"] == stage)

    def local(self, sql: str) -> list[tuple[Any, ...]]:
        con = sqlite3.connect(self.engine.db.path)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    def close(self) -> None:
        self.listener.stop()
        self.engine.close()
        self.engine.db.close()


@pytest.fixture
def centre(db_url: str) -> str:
    """Two agents with extensions, an admin, and customers with German numbers."""
    make_user(db_url, "anna", "anna-pass-1", "agent", level=1, extension="2001")
    make_user(db_url, "ben", "ben-pass-12", "agent", level=1, extension="2002")
    make_user(db_url, "boss", "boss-pass-1", "admin")
    write_rows(db_url, "organisations", [{"id": ORG, "name": "Muster GmbH",
                                          "customer_number": "F-10001"}])
    write_rows(db_url, "customers", [
        {"id": HANS, "first_name": "Hans", "last_name": "Müller", "organisation_id": ORG,
         "customer_number": "K-1000001"},
        {"id": ERNA, "first_name": "Erna", "last_name": "Schmidt", "organisation_id": None,
         "customer_number": "K-1000002"},
        {"id": OTTO, "first_name": "Otto", "last_name": "Schmidt", "organisation_id": None,
         "customer_number": "K-1000003"},
    ])
    write_rows(db_url, "customer_phones", [
        {"id": "00000000-0000-4000-8000-0000000000a1", "customer_id": HANS,
         "label": "mobil", "e164": "+491711234567"},
        # a household line two customers share
        {"id": "00000000-0000-4000-8000-0000000000a2", "customer_id": ERNA,
         "label": "privat", "e164": "+49301234567"},
        {"id": "00000000-0000-4000-8000-0000000000a3", "customer_id": OTTO,
         "label": "privat", "e164": "+49301234567"},
    ])
    return db_url


@pytest.fixture
def server(centre: str, live_server: Callable[..., LiveServer]) -> LiveServer:
    return live_server(centre, telephony_secret=SECRET)


@pytest.fixture
def agents(server: LiveServer, tmp_path: Path) -> Iterator[Callable[[str, str], Agent]]:
    started: list[Agent] = []

    def connect(username: str, password: str) -> Agent:
        agent = Agent(server.url, tmp_path / username, username, password)
        started.append(agent)
        return agent

    yield connect
    for agent in started:
        agent.close()


def post(url: str, body: dict[str, Any], token: str | None = SECRET) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return httpx.post(f"{url}/api/v1/telephony/events", json=body, headers=headers,
                      timeout=10)


def ringing(call_id: str, caller: str, extension: str = "2001", **extra: Any) -> dict[str, Any]:
    return {"event": "ringing", "call_id": call_id, "caller": caller,
            "dialled": "+49 89 9999000", "direction": "inbound", "extension": extension,
            **extra}


def sign_in(url: str, username: str, password: str) -> str:
    reply = httpx.post(f"{url}/api/v1/auth/login",
                       json={"username": username, "password": password}, timeout=10)
    reply.raise_for_status()
    return str(reply.json()["access_token"])


def calls_in(db_url: str) -> list[Call]:
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as session:
            return list(session.execute(select(Call).order_by(Call.started_at)).scalars())
    finally:
        engine.dispose()


# -- who may call it ------------------------------------------------------------------

def test_without_a_configured_secret_the_webhook_answers_503(centre, live_server) -> None:
    server = live_server(centre)
    reply = post(server.url, ringing("c-1", "0171 1234567"))
    assert reply.status_code == 503
    assert reply.json()["error"]["code"] == "not_configured"
    assert calls_in(centre) == []


def test_only_the_secret_or_an_admin_may_post_call_events(server, centre) -> None:
    body = ringing("c-auth", "0171 1234567")
    missing = post(server.url, body, token=None)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert post(server.url, body, token="t3lefon-geheimnis-0816").status_code == 401
    basic = httpx.post(f"{server.url}/api/v1/telephony/events", json=body, timeout=10,
                       headers={"Authorization": f"Basic {SECRET}"})
    assert basic.status_code == 401
    agent_token = sign_in(server.url, "anna", "anna-pass-1")
    forbidden = post(server.url, body, token=agent_token)
    assert forbidden.status_code == 403
    assert forbidden.json()["error"]["code"] == "forbidden"
    assert calls_in(centre) == []  # nothing refused left a trace

    admin_token = sign_in(server.url, "boss", "boss-pass-1")
    assert post(server.url, body, token=admin_token).status_code == 200
    assert post(server.url, {**body, "event": "answered"}).status_code == 200
    assert [c.external_id for c in calls_in(centre)] == ["c-auth"]


def test_a_malformed_event_is_refused_with_the_reason(server) -> None:
    reply = post(server.url, {"event": "exploded", "call_id": "c-bad", "caller": "0171"})
    assert reply.status_code == 422
    assert reply.json()["error"]["code"] == "bad_request"
    assert "event" in reply.json()["error"]["message"]
    # ...but the authentication comes first: no secret, no hint about the body
    assert post(server.url, {"event": "exploded"}, token=None).status_code == 401


# -- live delivery --------------------------------------------------------------------

def test_a_known_number_pops_up_with_its_customer(server, agents) -> None:
    anna = agents("anna", "anna-pass-1")
    reply = post(server.url, ringing("c-100", "0171 1234567"))
    assert reply.status_code == 200
    assert reply.json()["delivered"] is True
    assert reply.json()["agent"] == "anna"
    event = anna.wait_call("c-100", "ringing")
    assert event["caller"] == "+491711234567"
    assert event["caller_raw"] == "0171 1234567"
    assert event["customer_id"] == HANS
    assert event["matches"] == [{"id": HANS, "name": "Hans Müller",
                                 "organisation": "Muster GmbH"}]
    assert event["direction"] == "inbound"
    assert "user_id" not in event
    # the call row itself comes with the next pull
    anna.engine.sync()
    assert anna.local("SELECT external_id, caller_number, customer_id FROM calls") == [
        ("c-100", "+491711234567", HANS)]


def test_unknown_withheld_and_shared_numbers(server, agents) -> None:
    anna = agents("anna", "anna-pass-1")
    post(server.url, ringing("c-unknown", "0043 664 1234567"))
    unknown = anna.wait_call("c-unknown", "ringing")
    assert unknown["caller"] == "+436641234567"
    assert unknown["matches"] == []
    assert unknown["customer_id"] is None

    post(server.url, ringing("c-anon", "anonymous"))
    withheld = anna.wait_call("c-anon", "ringing")
    assert withheld["caller"] == "anonymous"
    assert withheld["matches"] == []

    post(server.url, ringing("c-shared", "+49 (0)30 123 45 67"))
    shared = anna.wait_call("c-shared", "ringing")
    assert sorted(m["id"] for m in shared["matches"]) == [ERNA, OTTO]
    assert {m["name"] for m in shared["matches"]} == {"Erna Schmidt", "Otto Schmidt"}
    assert shared["customer_id"] is None  # the agent chooses


def test_an_outbound_call_matches_the_dialled_number(server, agents) -> None:
    anna = agents("anna", "anna-pass-1")
    post(server.url, {"event": "newCall", "call_id": "c-out", "caller": "2001",
                      "dialled": "0171-1234567", "direction": "out", "agent": "anna"})
    event = anna.wait_call("c-out", "ringing")
    assert event["direction"] == "outbound"
    assert event["matches"][0]["id"] == HANS


def test_a_call_for_another_agent_does_not_reach_this_one(server, agents) -> None:
    anna = agents("anna", "anna-pass-1")
    ben = agents("ben", "ben-pass-12")
    reply = post(server.url, ringing("c-ben", "0171 1234567", extension="2002"))
    assert reply.json()["agent"] == "ben"
    ben.wait_call("c-ben", "ringing")
    post(server.url, ringing("c-anna", "0171 1234567", extension="2001"))
    anna.wait_call("c-anna", "ringing")
    # events reach a stream in the order they are published: ben's came first
    assert [c["call_id"] for c in anna.rec.calls] == ["c-anna"]
    assert [c["call_id"] for c in ben.rec.calls] == ["c-ben"]
    # an extension nobody has: recorded, delivered to nobody
    nobody = post(server.url, ringing("c-nobody", "0171 1234567", extension="2999"))
    assert nobody.status_code == 200
    assert nobody.json()["delivered"] is False
    post(server.url, ringing("c-anna-2", "0171 1234567"))
    anna.wait_call("c-anna-2", "ringing")
    assert [c["call_id"] for c in anna.rec.calls] == ["c-anna", "c-anna-2"]


def test_the_events_of_one_call_update_one_row(server, centre, agents) -> None:
    anna = agents("anna", "anna-pass-1")
    call = ringing("c-200", "+49 171 1234567", timestamp="2026-11-23T09:00:00+00:00")
    for body in (call, call,  # delivered twice by the telephone system
                 {**call, "event": "answered", "timestamp": "2026-11-23T09:00:07Z"},
                 {**call, "event": "hangup", "cause": "normalClearing",
                  "timestamp": "2026-11-23T09:04:00+00:00"},
                 # a late duplicate of "answered" does not move anything back
                 {**call, "event": "answer", "timestamp": "2026-11-23T09:05:00+00:00"}):
        assert post(server.url, body).status_code == 200
    hangup = anna.wait_call("c-200", "hangup")
    assert hangup["cause"] == "normalClearing"
    assert anna.rec.wait_for(lambda: len(anna.rec.calls_of("c-200")) == 5)
    assert [c["event"] for c in anna.rec.calls_of("c-200")] == [
        "ringing", "ringing", "answered", "hangup", "answered"]
    assert len({c["id"] for c in anna.rec.calls_of("c-200")}) == 1

    rows = calls_in(centre)
    assert len(rows) == 1
    row = rows[0]
    assert row.external_id == "c-200"
    assert row.customer_id == HANS
    assert row.started_at == datetime(2026, 11, 23, 9, 0, 0, tzinfo=UTC)
    assert row.answered_at == datetime(2026, 11, 23, 9, 0, 7, tzinfo=UTC)
    assert row.ended_at == datetime(2026, 11, 23, 9, 4, 0, tzinfo=UTC)
    anna.engine.sync()
    assert anna.local("SELECT count(*), min(ended_at) FROM calls") == [
        (1, "2026-11-23T09:04:00.000000+00:00")]


@pytest.mark.postgres
def test_a_webhook_on_one_instance_reaches_an_agent_on_another(pg_url, live_server,
                                                               tmp_path) -> None:
    from server.migrate import upgrade

    engine = make_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    make_user(pg_url, "anna", "anna-pass-1", "agent", level=1, extension="2001")
    write_rows(pg_url, "customers", [{"id": HANS, "first_name": "Hans",
                                      "last_name": "Müller"}])
    write_rows(pg_url, "customer_phones", [{"id": "00000000-0000-4000-8000-0000000000a1",
                                            "customer_id": HANS, "e164": "+491711234567"}])
    a = live_server(pg_url, telephony_secret=SECRET)
    b = live_server(pg_url, telephony_secret=SECRET)
    anna = Agent(b.url, tmp_path / "anna", "anna", "anna-pass-1")
    try:
        assert post(a.url, ringing("c-pg", "0049-171-1234567")).status_code == 200
        event = anna.wait_call("c-pg", "ringing")
        assert event["matches"] == [{"id": HANS, "name": "Hans Müller", "organisation": None}]
    finally:
        anna.close()
