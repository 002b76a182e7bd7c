"""Agent-state rules on push (server/rules/agent_states.py) through the real push
endpoint of a real server process, on SQLite and PostgreSQL: the rows the desktop's
state rules produce are stored, every other kind of row is refused with its code."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from desktop.app.messages import describe_rejection_detail
from desktop.domain.agent_states import BreakReason, State
from desktop.models import SYNCED_TABLES
from desktop.models.types import from_wire_time, to_wire_time, utcnow
from server.store import make_engine
from tests.support.live_server import LiveServerFactory
from tests.support.server_helpers import make_user, write_rows

PASSWORD = "states-pass-1"
_states = SYNCED_TABLES["agent_states"]


@dataclass
class Pusher:
    """One agent's outbox against the push endpoint: numbered mutations, one per call."""

    url: str
    headers: dict[str, str]
    user_id: str
    client_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    seq: int = 0

    def send(self, op: str, entity_id: str, fields: dict[str, Any],
             base: dict[str, Any] | None = None) -> dict[str, Any]:
        self.seq += 1
        wire = {k: to_wire_time(v) if isinstance(v, datetime) else v
                for k, v in fields.items()}
        r = httpx.post(f"{self.url}/api/v1/sync/push", headers=self.headers, timeout=30,
                       json={"client_id": self.client_id, "mutations": [{
                           "seq": self.seq, "id": str(uuid.uuid4()),
                           "entity": "agent_states", "entity_id": entity_id, "op": op,
                           "base": base or {}, "fields": wire}]})
        assert r.status_code == 200, r.text
        result: dict[str, Any] = r.json()["results"][0]
        return result

    def create(self, state: str, reason: str = "", started_at: datetime | None = None,
               ended_at: datetime | None = None, entity_id: str | None = None
               ) -> dict[str, Any]:
        return self.send("create", entity_id or str(uuid.uuid4()), {
            "user_id": self.user_id, "state": state, "reason": reason,
            "started_at": started_at or utcnow(), "ended_at": ended_at})


@dataclass
class World:
    db_url: str
    agent: Pusher


@pytest.fixture
def world(db_url: str, live_server: LiveServerFactory) -> Iterator[World]:
    user_id = make_user(db_url, "anna", PASSWORD, "agent", level=1)
    server = live_server(db_url)
    r = httpx.post(f"{server.url}/api/v1/auth/login",
                   json={"username": "anna", "password": PASSWORD})
    assert r.status_code == 200, r.text
    headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
    yield World(db_url, Pusher(server.url, headers, user_id))


def stored(db_url: str) -> dict[str, dict[str, Any]]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return {r["id"]: dict(r) for r in conn.execute(select(_states)).mappings()}
    finally:
        engine.dispose()


def test_the_rows_the_state_rules_produce_are_stored(world: World) -> None:
    agent, now = world.agent, utcnow()
    made = {}
    for n, state in enumerate(State):
        reason = BreakReason.LUNCH.value if state is State.BREAK else ""
        start = now - timedelta(minutes=60 - n)
        result = agent.create(state.value, reason, start, start + timedelta(seconds=30))
        assert result["status"] == "applied", result
        made[result["mutation_id"]] = state
    for reason in BreakReason:
        assert agent.create("break", reason.value)["status"] == "applied"
    # an end at its own start (a zero-length state), and a clock a minute ahead
    assert agent.create("available", "", now, now)["status"] == "applied"
    ahead = now + timedelta(minutes=1)
    open_id = str(uuid.uuid4())
    assert agent.create("training", "", ahead, entity_id=open_id)["status"] == "applied"
    # ending the open row, as the desktop's end_states does
    ended = agent.send("update", open_id, {"ended_at": ahead + timedelta(minutes=2)},
                       base={"ended_at": None})
    assert ended["status"] == "applied", ended
    rows = stored(world.db_url)
    assert len(rows) == len(State) + len(BreakReason) + 2
    assert {r["state"] for r in rows.values()} == {s.value for s in State}
    assert from_wire_time(rows[open_id]["ended_at"]) == ahead + timedelta(minutes=2)


INVALID: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = [
    ("a state the domain does not know", {"state": "lunch"}, "unknown_state",
     {"state": "lunch"}),
    ("a break without a reason", {"state": "break", "reason": ""}, "reason_required", {}),
    ("a break reason nobody knows", {"state": "break", "reason": "smoking"},
     "unknown_reason", {"reason": "smoking"}),
    ("training is the state, not a break reason", {"state": "break", "reason": "training"},
     "unknown_reason", {"reason": "training"}),
    ("a reason on available", {"state": "available", "reason": "lunch"},
     "reason_not_allowed", {"state": "available"}),
    ("a reason on a call state", {"state": "on_call", "reason": "meeting"},
     "reason_not_allowed", {"state": "on_call"}),
    ("a start ten minutes ahead", {"state": "available", "ahead": 10}, "in_future",
     {"field": "started_at"}),
    ("an end a day ahead", {"state": "available", "end_ahead": 24 * 60}, "in_future",
     {"field": "ended_at"}),
    ("an end before the start", {"state": "available", "end_ahead": -90}, "ends_before_start",
     {}),
]


def test_every_invalid_row_is_refused_with_its_code(world: World) -> None:
    agent = world.agent
    for what, spec, code, params in INVALID:
        now = utcnow()
        start = now + timedelta(minutes=spec.get("ahead", -60))
        end = (now + timedelta(minutes=spec["end_ahead"]) if "end_ahead" in spec else None)
        if end is not None and end < now:
            start = now - timedelta(minutes=30)
        result = agent.create(spec["state"], spec.get("reason", ""), start, end)
        assert result["status"] == "rejected", (what, result)
        assert result["code"] == code, (what, result)
        assert params.items() <= result.get("params", {}).items(), (what, result)
        # the desktop shows its own translated sentence for it, not the server's English
        assert describe_rejection_detail(code, result.get("params"), "") != (
            describe_rejection_detail("no_such_code", None, "")), what
    assert stored(world.db_url) == {}


def test_updates_are_checked_on_the_fields_they_change(world: World) -> None:
    agent, now = world.agent, utcnow()
    start = now - timedelta(hours=1)
    row_id = str(uuid.uuid4())
    assert agent.create("available", "", start, entity_id=row_id)["status"] == "applied"
    refused: list[tuple[dict[str, Any], str]] = [
        ({"ended_at": start - timedelta(seconds=1)}, "ends_before_start"),
        ({"started_at": now + timedelta(minutes=30)}, "in_future"),
        ({"reason": "lunch"}, "reason_not_allowed"),
        ({"state": "break"}, "reason_required"),
        ({"state": "break", "reason": "nap"}, "unknown_reason"),
        ({"state": "away"}, "unknown_state"),
    ]
    for changes, code in refused:
        result = agent.send("update", row_id, changes)
        assert (result["status"], result.get("code")) == ("rejected", code), (changes, result)
    changed = agent.send("update", row_id, {"state": "break", "reason": "meeting"})
    assert changed["status"] == "applied", changed
    row = stored(world.db_url)[row_id]
    assert (row["state"], row["reason"], row["ended_at"]) == ("break", "meeting", None)

    # a row written before these rules (here: straight into the database) can still be
    # ended: only what an update changes is checked
    legacy = str(uuid.uuid4())
    write_rows(world.db_url, "agent_states", [{
        "id": legacy, "user_id": agent.user_id, "state": "pause", "reason": "coffee",
        "started_at": start, "ended_at": None}])
    ended = agent.send("update", legacy, {"ended_at": now}, base={"ended_at": None})
    assert ended["status"] == "applied", ended
    assert from_wire_time(stored(world.db_url)[legacy]["ended_at"]) == now.astimezone(UTC)
