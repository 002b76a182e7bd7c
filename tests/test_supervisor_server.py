"""The supervisor API against a real server process (SQLite and PostgreSQL): who may use
it, the figures of the worked example of docs/kpis.md computed by the server's SQL, and
the actions reaching clients through the change feed.

The data set is the worked example (Tuesday 4 March 2025, Europe/Berlin): calls C1-C8,
carla's night shift, the after-call work of anna and ben, tickets T1-T9, in team "t1"
with the queues sd (level 1), l2 and l3. Every expected figure is worked out by hand in
docs/kpis.md; the after-call work intervals are those of
tests/test_domain_kpis.py::test_after_call_work_is_attached_to_the_call_before_it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from desktop.app import supervisor as supervisor_app
from desktop.config import Settings
from desktop.models import SYNCED_TABLES
from desktop.sync.api import ServerClient
from desktop.sync.http import make_http_client
from server.store import make_engine, session_factory
from tests.support.live_server import LiveServer, LiveServerFactory
from tests.support.server_helpers import make_user, write_rows
from tests.support.tcp_proxy import TcpProxy

BERLIN = ZoneInfo("Europe/Berlin")
API = "/api/v1/supervisor"
DAY_4 = {"start": "2025-03-03T23:00:00Z", "end": "2025-03-04T23:00:00Z"}  # Berlin day


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


T1_TEAM, T2_TEAM = uid(1), uid(2)
SD, L2, L3, SD2, L2B, OTHER = uid(11), uid(12), uid(13), uid(14), uid(15), uid(16)
ANNA, BEN, CARLA, SUP, SUP2, BOSS = uid(21), uid(22), uid(23), uid(24), uid(25), uid(26)
PASSWORD = "geheim-12345"


def at(day: int, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(2025, 3, day, hh, mm, ss, tzinfo=BERLIN).astimezone(UTC)


def tid(name: str) -> str:
    return uid(100 + int(name[1:]))


def _call(n: int, started: datetime, answered: datetime | None, ended: datetime | None,
          agent: str | None, direction: str = "inbound",
          queue: str | None = SD) -> dict[str, Any]:
    return {"id": uid(200 + n), "external_id": f"c{n}", "direction": direction,
            "caller_number": f"+4930123456{n:02d}", "agent_id": agent,
            "queue_id": queue if direction == "inbound" else None, "started_at": started,
            "answered_at": answered, "ended_at": ended}


def _state(n: int, user: str, state: str, start: datetime, end: datetime | None,
           reason: str = "") -> dict[str, Any]:
    return {"id": uid(300 + n), "user_id": user, "state": state, "reason": reason,
            "started_at": start, "ended_at": end}


def _ticket(name: str, created: datetime, resolved: datetime | None, queue: str,
            owner: str | None = None, level: int = 1, fcr: bool | None = None,
            csat: int | None = None, escalations: int = 0,
            status: str | None = None) -> dict[str, Any]:
    return {"id": tid(name), "reference": f"T-2025-{int(name[1:]):06d}", "title": name,
            "status": status or ("resolved" if resolved else "open"), "level": level,
            "queue_id": queue, "owner_id": owner, "created_at": created,
            "updated_at": created, "resolved_at": resolved, "first_contact_resolution": fcr,
            "satisfaction": csat, "escalation_count": escalations}


def _escalation(n: int, ticket: str, when: datetime, src: int, dst: int) -> dict[str, Any]:
    return {"id": uid(400 + n), "ticket_id": tid(ticket), "kind": "escalation",
            "body": "", "created_at": when,
            "data": json.dumps({"kind": "escalation", "from_level": src, "to_level": dst})}


def build(db_url: str, now: datetime) -> None:
    write_rows(db_url, "teams", [{"id": T1_TEAM, "name": "Team Nord"},
                                 {"id": T2_TEAM, "name": "Team Süd"}])
    write_rows(db_url, "queues", [
        {"id": SD, "name": "Service Desk", "level": 1, "team_id": T1_TEAM},
        {"id": SD2, "name": "Service Desk Premium", "level": 1, "team_id": T1_TEAM},
        {"id": L2, "name": "2nd Level", "level": 2, "team_id": T1_TEAM},
        {"id": L2B, "name": "2nd Level Netz", "level": 2, "team_id": T1_TEAM},
        {"id": L3, "name": "3rd Level", "level": 3, "team_id": T1_TEAM},
        {"id": OTHER, "name": "Süd", "level": 1, "team_id": T2_TEAM},
    ])
    for user, name, role, level, team in (
            (ANNA, "anna", "agent", 1, T1_TEAM), (BEN, "ben", "agent", 1, T1_TEAM),
            (CARLA, "carla", "agent", 1, T1_TEAM), (SUP, "sup", "supervisor", None, T1_TEAM),
            (SUP2, "sup2", "supervisor", None, T2_TEAM), (BOSS, "boss", "admin", None, None)):
        make_user(db_url, name, PASSWORD, role, level, team_id=team, user_id=user,
                  display_name=name.title())
    write_rows(db_url, "queue_members", [
        {"id": uid(31), "queue_id": SD, "user_id": ANNA, "active": True},
        {"id": uid(32), "queue_id": SD, "user_id": BEN, "active": True},
    ])
    write_rows(db_url, "calls", [
        _call(1, at(3, 23, 58), at(3, 23, 58, 10), at(4, 0, 4, 10), BEN),
        _call(2, at(4, 8, 0), at(4, 8, 0, 15), at(4, 8, 5, 15), ANNA),
        _call(3, at(4, 8, 10), at(4, 8, 10, 40), at(4, 8, 14, 40), ANNA),
        _call(4, at(4, 8, 20), None, at(4, 8, 20, 3), None),
        _call(5, at(4, 8, 30), None, at(4, 8, 31), None),
        _call(6, at(4, 9, 0), at(4, 9, 0, 5), at(4, 9, 10, 5), BEN),
        _call(7, at(4, 23, 59), at(4, 23, 59, 20), at(5, 0, 3, 20), BEN),
        _call(8, at(4, 10, 0), at(4, 10, 0, 10), at(4, 10, 5), ANNA, "outbound"),
        # now: anna talks, a caller waits in the service desk
        _call(9, now - timedelta(minutes=5), now - timedelta(minutes=4), None, ANNA),
        _call(10, now - timedelta(seconds=90), None, None, None),
    ])
    write_rows(db_url, "agent_states", [
        _state(1, CARLA, "available", at(3, 22, 0), at(3, 23, 30)),
        _state(2, CARLA, "on_call", at(3, 23, 30), at(4, 0, 30)),
        _state(3, CARLA, "after_call_work", at(4, 0, 30), at(4, 0, 40)),
        _state(4, CARLA, "break", at(4, 0, 40), at(4, 1, 0), "short_break"),
        _state(5, CARLA, "available", at(4, 1, 0), at(4, 1, 50)),
        _state(6, CARLA, "training", at(4, 1, 50), at(4, 2, 0)),
        _state(7, CARLA, "offline", at(4, 2, 0), at(4, 12, 0)),
        _state(11, ANNA, "after_call_work", at(4, 8, 5, 15), at(4, 8, 6, 0)),
        _state(12, ANNA, "after_call_work", at(4, 8, 6, 30), at(4, 8, 6, 45)),
        _state(13, ANNA, "after_call_work", at(4, 8, 14, 40), at(4, 8, 15, 10)),
        _state(14, ANNA, "on_call", now - timedelta(minutes=4), None),
        _state(21, BEN, "after_call_work", at(3, 20, 0), at(3, 20, 1)),  # no call before
        _state(22, BEN, "after_call_work", at(5, 0, 3, 20), at(5, 0, 4, 20)),
    ])
    tickets = [
        _ticket("T1", at(2, 10, 0), None, L2, BEN, level=2, escalations=1),
        _ticket("T2", at(4, 8, 0), at(4, 8, 5), SD, ANNA, fcr=True, csat=5),
        _ticket("T3", at(4, 8, 10), at(4, 11, 0), SD, ANNA, fcr=False, csat=3),
        _ticket("T4", at(3, 15, 0), at(4, 16, 0), L3, level=3, fcr=True, escalations=2),
        _ticket("T5", at(4, 12, 0), None, SD, ANNA),
        _ticket("T6", at(1, 9, 0), None, L2, level=2),
        _ticket("T7", at(4, 20, 0), at(5, 1, 0), SD),
        _ticket("T8", at(5, 9, 0), None, SD),
        _ticket("T9", at(1, 9, 0), at(2, 9, 0), SD, fcr=True, csat=1),
        # now: one at risk (due in an hour, warned since), one breached
        _ticket("T10", now - timedelta(hours=10), None, SD),
        _ticket("T11", now - timedelta(hours=10), None, SD),
    ]
    columns = SYNCED_TABLES["tickets"].c
    sla = {"solution_due": None, "first_responded_at": None}
    if "sla_due_at" in columns:
        sla.update(sla_due_at=None, sla_warn_at=None)
    for ticket in tickets:  # one insert of many rows: every row needs the same keys
        ticket.update(sla)
    for ticket, due, warn in ((tickets[9], now + timedelta(hours=1), now - timedelta(hours=1)),
                              (tickets[10], now - timedelta(hours=1),
                               now - timedelta(hours=3))):
        ticket.update(solution_due=due, first_responded_at=ticket["created_at"])
        if "sla_due_at" in columns:
            ticket.update(sla_due_at=due, sla_warn_at=warn)
    write_rows(db_url, "tickets", tickets)
    write_rows(db_url, "ticket_entries", [
        _escalation(1, "T1", at(4, 9, 0), 1, 2),
        _escalation(2, "T4", at(3, 16, 0), 1, 2),
        _escalation(3, "T4", at(4, 10, 0), 2, 3),
    ])


@pytest.fixture
def centre(db_url: str, live_server: LiveServerFactory) -> Iterator[tuple[LiveServer, str]]:
    build(db_url, datetime.now(UTC))
    yield live_server(db_url), db_url


def token(server: LiveServer, user: str) -> dict[str, str]:
    r = httpx.post(f"{server.url}/api/v1/auth/login",
                   json={"username": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def get(server: LiveServer, headers: dict[str, str], path: str, **params: Any) -> Any:
    r = httpx.get(f"{server.url}{API}{path}", headers=headers, params=params, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def post(server: LiveServer, headers: dict[str, str], path: str, body: Any,
         status: int = 200) -> Any:
    r = httpx.post(f"{server.url}{API}{path}", headers=headers, json=body, timeout=30)
    assert r.status_code == status, r.text
    return r.json()


ENDPOINTS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/overview", None),
    ("GET", "/kpis", None),
    ("GET", "/series", None),
    ("GET", "/drill", None),
    ("POST", "/reassign", {"ticket_ids": [tid("T5")], "owner_id": BEN, "queue_id": None}),
    ("POST", "/move-agent", {"user_id": ANNA, "from_queue_id": SD, "to_queue_id": SD2}),
    ("POST", "/broadcast", {"body": "Hallo", "team_id": None, "expires_minutes": 5}),
]


def test_agents_are_refused_and_anonymous_callers_must_sign_in(
        centre: tuple[LiveServer, str]) -> None:
    server, db_url = centre
    agent = token(server, "anna")
    params = {**DAY_4, "kpi": "calls"}
    for method, path, body in ENDPOINTS:
        for headers, status in ((agent, 403), ({}, 401),
                                ({"Authorization": "Bearer nonsense"}, 401)):
            r = httpx.request(method, f"{server.url}{API}{path}", headers=headers,
                              params=params if method == "GET" else None, json=body)
            assert r.status_code == status, (path, r.text)
            assert r.json()["error"]["code"] == (
                "forbidden" if status == 403 else "token_invalid"), (path, r.text)
    # nothing was changed by the refused actions
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as session:
            t = SYNCED_TABLES["tickets"]
            assert session.execute(select(t.c.owner_id).where(t.c.id == tid("T5"))
                                   ).scalar_one() == ANNA
            assert session.execute(select(SYNCED_TABLES["broadcasts"].c.id)).first() is None
    finally:
        engine.dispose()


def test_a_supervisor_sees_only_their_team(centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup2 = token(server, "sup2")
    r = httpx.get(f"{server.url}{API}/overview", headers=sup2, params={"team_id": T1_TEAM})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    r = httpx.get(f"{server.url}{API}/kpis", headers=sup2, params={**DAY_4, "queue_id": SD})
    assert r.status_code == 403
    own = get(server, sup2, "/overview")
    assert own["agents"] == [] and [q["queue_id"] for q in own["queues"]] == [OTHER]
    kpis = get(server, sup2, "/kpis", **DAY_4)
    assert kpis["counts"]["calls"] == 0 and kpis["kpis"]["service_level"] is None
    r = post(server, sup2, "/reassign", {"ticket_ids": [tid("T5")], "owner_id": BEN,
                                         "queue_id": None}, status=403)
    assert r["error"]["params"] == {"user_id": BEN}
    # an admin may look at any team, or at all of them
    boss = token(server, "boss")
    assert len(get(server, boss, "/overview", team_id=T1_TEAM)["agents"]) == 3
    assert len(get(server, boss, "/overview")["queues"]) == 6


def test_kpis_of_the_worked_example(centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup = token(server, "sup")
    got = get(server, sup, "/kpis", **DAY_4)
    assert got["start"] == "2025-03-03T23:00:00.000000+00:00"
    assert got["service_level_target_seconds"] == 20
    k = got["kpis"]
    assert k["service_level"] == 0.6
    assert k["asa_seconds"] == 20.0
    assert k["aht_seconds"] == 382.5  # (360 + 270 + 600 + 300) / 4, with after-call work
    assert k["abandonment_rate"] == 0.2
    # carla 40 min of 90 ready, plus anna's 90 s of after-call work
    assert k["occupancy"] == pytest.approx(2490 / 5490, abs=1e-6)
    assert k["fcr_rate"] == pytest.approx(1 / 3, abs=1e-6)  # T2 of T2, T3, T4
    assert k["escalation_rate"] == {"1": 0.2, "2": pytest.approx(1 / 3, abs=1e-6), "3": 0.0}
    assert k["backlog"] == 4  # T1, T5, T6, T7 at the end of the day
    assert k["backlog_age_seconds"] == 37 * 3600.0
    assert k["csat"] == 4.0
    assert got["counts"] == {"calls": 6, "answered": 4, "answered_in_target": 3,
                             "abandoned": 1, "tickets_created": 4, "tickets_resolved": 3,
                             "offered": 5, "short_abandoned": 1, "waiting": 0, "handled": 4}
    # the day before: C1 alone, handled across midnight; carla's evening
    before = get(server, sup, "/kpis", start="2025-03-02T23:00:00Z",
                 end="2025-03-03T23:00:00Z")["kpis"]
    assert (before["service_level"], before["aht_seconds"]) == (1.0, 360.0)
    # carla: 30 min talk of 120 min; ben's minute of after-call work without a call
    assert before["occupancy"] == pytest.approx((1800 + 60) / (7200 + 60), abs=1e-6)
    assert before["escalation_rate"] == {"1": 0.5, "2": 0.0, "3": None}


def test_kpis_per_agent_and_level_and_an_empty_period(
        centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup = token(server, "sup")
    anna = get(server, sup, "/kpis", **DAY_4, agent_id=ANNA)
    assert anna["kpis"]["service_level"] == 0.5
    assert anna["kpis"]["asa_seconds"] == 27.5
    assert anna["kpis"]["aht_seconds"] == 315.0
    assert anna["kpis"]["csat"] == 4.0 and anna["kpis"]["backlog"] == 1  # T5
    carla = get(server, sup, "/kpis", **DAY_4, agent_id=CARLA)["kpis"]
    assert carla["occupancy"] == pytest.approx(2400 / 5400, abs=1e-6)
    assert carla["service_level"] is None  # no calls: no value, no division by zero
    level3 = get(server, sup, "/kpis", **DAY_4, level=3)["kpis"]
    assert level3["fcr_rate"] == 0.0 and level3["backlog"] == 0  # T4, resolved at 16:00
    empty = get(server, sup, "/kpis", start="2025-06-01T00:00:00Z",
                end="2025-06-01T01:00:00Z")
    assert all(empty["kpis"][name] is None for name in (
        "service_level", "asa_seconds", "aht_seconds", "fcr_rate", "abandonment_rate",
        "occupancy", "csat"))
    assert empty["kpis"]["escalation_rate"] == {"1": 0.0, "2": 0.0, "3": None}
    assert empty["kpis"]["backlog"] == 4  # T1, T5, T6, T8 still open then
    r = httpx.get(f"{server.url}{API}/kpis", headers=sup,
                  params={"start": DAY_4["end"], "end": DAY_4["start"]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "bad_request"


def test_hourly_series_of_the_worked_example(centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup = token(server, "sup")
    buckets = get(server, sup, "/series", **DAY_4)["buckets"]
    assert len(buckets) == 24
    assert buckets[0]["start"] == "2025-03-03T23:00:00.000000+00:00"
    calls = {i: (b["calls"], b["service_level"]) for i, b in enumerate(buckets) if b["calls"]}
    assert calls == {8: (4, pytest.approx(1 / 3, abs=1e-6)), 9: (1, 1.0), 23: (1, 1.0)}
    assert {i: b["tickets"] for i, b in enumerate(buckets) if b["tickets"]} == {
        8: 2, 12: 1, 20: 1}
    assert [b["backlog"] for b in buckets] == [3] * 8 + [4, 4, 4, 3, 4, 4, 4, 4, 3, 3, 3, 3,
                                                          4, 4, 4, 4]
    assert [b["staffed_agents"] for b in buckets[:3]] == [1.0, 1.0, 0.0]  # carla's night
    assert buckets[8]["staffed_agents"] == 0.025  # anna's 90 s of after-call work
    assert buckets[12]["service_level"] is None


def test_drill_down_lists_what_is_behind_a_figure(centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup = token(server, "sup")

    def drill(kpi: str, **extra: Any) -> tuple[set[str], set[str]]:
        got = get(server, sup, "/drill", kpi=kpi, **{**DAY_4, **extra})
        assert got["truncated"] is False
        return ({t["title"] for t in got["tickets"]},
                {c["id"] for c in got["calls"]})

    assert drill("calls")[1] == {uid(200 + n) for n in (2, 3, 4, 5, 6, 7)}
    assert drill("abandoned")[1] == {uid(205)}
    assert drill("service_level")[1] == {uid(203), uid(205)}  # late, abandoned
    assert drill("answered", agent_id=BEN)[1] == {uid(206), uid(207)}
    assert drill("tickets_created")[0] == {"T2", "T3", "T5", "T7"}
    assert drill("tickets_resolved")[0] == {"T2", "T3", "T4"}
    assert drill("backlog")[0] == {"T1", "T5", "T6", "T7"}
    assert drill("escalated")[0] == {"T1", "T4"}
    assert drill("breached")[0] == {"T11"}
    assert drill("at_risk")[0] == {"T10"}
    r = httpx.get(f"{server.url}{API}/drill", headers=sup, params={**DAY_4, "kpi": "nope"})
    assert r.status_code == 422


def test_overview_shows_the_team_now(centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup = token(server, "sup")
    got = get(server, sup, "/overview")
    agents = {a["name"]: a for a in got["agents"]}
    assert list(agents) == ["Anna", "Ben", "Carla"]  # agents only, by name
    anna = agents["Anna"]
    assert (anna["state"], anna["reason"], anna["team_id"]) == ("on_call", "", T1_TEAM)
    assert anna["state_since"] is not None
    assert anna["call"]["id"] == uid(209) and anna["call"]["answered_at"] is not None
    assert anna["open_tickets"] == 1  # T5 (T2 and T3 are resolved)
    assert anna["queue_ids"] == [SD]
    call_day = (datetime.now(UTC) - timedelta(minutes=4)).astimezone(BERLIN).date()
    assert anna["handled_today"] == (1 if call_day == datetime.now(BERLIN).date() else 0)
    assert agents["Carla"]["state"] == "offline"
    assert agents["Carla"]["state_since"] == "2025-03-04T11:00:00.000000+00:00"
    assert agents["Ben"]["call"] is None and agents["Ben"]["open_tickets"] == 1  # T1
    queues = {q["name"]: q for q in got["queues"]}
    sd = queues["Service Desk"]
    assert (sd["waiting_calls"], sd["waiting_tickets"], sd["at_risk"], sd["breached"]) == (
        1, 3, 1, 1)  # the waiting caller; T8, T10, T11 without owner; T10; T11
    assert isinstance(sd["longest_wait_seconds"], int) and sd["longest_wait_seconds"] >= 90
    assert queues["2nd Level"]["waiting_tickets"] == 1  # T6 (T1 is ben's)
    assert queues["3rd Level"]["longest_wait_seconds"] is None
    assert [q["level"] for q in got["queues"]] == [1, 1, 2, 2, 3]
    only_l2 = get(server, sup, "/overview", level=2)
    assert {q["name"] for q in only_l2["queues"]} == {"2nd Level", "2nd Level Netz"}


def pull_all(server: LiveServer, headers: dict[str, str], since: int) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    position = None
    while True:
        params: dict[str, Any] = {"since": since}
        if position:
            params["position"] = position
        r = httpx.get(f"{server.url}/api/v1/sync/pull", headers=headers, params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        for change in page["changes"]:
            rows.setdefault(change["entity"], []).extend(
                dict(zip(change["columns"], row, strict=True)) for row in change["rows"])
        if page["complete"]:
            return rows
        position, since = page["position"], page["since"]


def head(server: LiveServer, headers: dict[str, str]) -> int:
    r = httpx.get(f"{server.url}/api/v1/sync/pull", headers=headers,
                  params={"since": 0, "limit": 1})
    return int(r.json()["head"])


def test_reassign_moves_tickets_and_reaches_the_feed(centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup, boss, ben = token(server, "sup"), token(server, "boss"), token(server, "ben")
    before = head(server, boss)
    got = post(server, sup, "/reassign", {"ticket_ids": [tid("T5"), tid("T2")],
                                          "owner_id": BEN, "queue_id": None})
    assert got == {"updated": 2}
    again = post(server, sup, "/reassign", {"ticket_ids": [tid("T5")], "owner_id": BEN,
                                            "queue_id": None})
    assert again == {"updated": 0}  # already his: no new version
    moved = post(server, sup, "/reassign", {"ticket_ids": [tid("T6")], "owner_id": None,
                                            "queue_id": L2B})
    assert moved == {"updated": 1}
    # another level's queue is an escalation: all or nothing
    refused = post(server, sup, "/reassign", {"ticket_ids": [tid("T8"), tid("T5")],
                                              "owner_id": None, "queue_id": L2}, status=422)
    assert refused["error"]["code"] == "escalation_required"
    feed = pull_all(server, boss, before)
    tickets = {t["id"]: t for t in feed["tickets"]}
    assert set(tickets) == {tid("T5"), tid("T2"), tid("T6")}
    assert tickets[tid("T5")]["owner_id"] == BEN and tickets[tid("T6")]["queue_id"] == L2B
    changes = [json.loads(e["data"]) for e in feed["ticket_entries"]
               if e["kind"] == "field_change"]
    assert {"field": "owner_id", "old": ANNA, "new": BEN} in changes
    assert {"field": "queue_id", "old": L2, "new": L2B} in changes
    # ben, the new owner, gets the ticket with his own pull
    assert tid("T5") in {t["id"] for t in pull_all(server, ben, before)["tickets"]}


def test_move_agent_and_broadcast_reach_the_feed(centre: tuple[LiveServer, str]) -> None:
    server, _ = centre
    sup, boss = token(server, "sup"), token(server, "boss")
    before = head(server, boss)
    assert post(server, sup, "/move-agent", {"user_id": ANNA, "from_queue_id": SD,
                                             "to_queue_id": SD2}) == {"ok": True}
    members = {(m["user_id"], m["queue_id"]): m["active"]
               for m in pull_all(server, boss, before)["queue_members"]}
    assert members == {(ANNA, SD): False, (ANNA, SD2): True}
    middle = head(server, boss)
    # and back: the old row is re-activated, not duplicated
    post(server, sup, "/move-agent", {"user_id": ANNA, "from_queue_id": SD2,
                                      "to_queue_id": SD})
    back = pull_all(server, boss, middle)["queue_members"]
    assert {(m["queue_id"], m["active"], m["id"]) for m in back} == {
        (SD, True, uid(31)), (SD2, False, next(m["id"] for m in back if m["queue_id"] == SD2))}
    assert get(server, sup, "/overview", agent_id=ANNA)["agents"][0]["queue_ids"] == [SD]
    post(server, sup, "/move-agent", {"user_id": ANNA, "from_queue_id": None,
                                      "to_queue_id": OTHER}, status=403)

    middle = head(server, boss)
    sent = post(server, sup, "/broadcast", {"body": "Bitte Headsets prüfen – Störung L2",
                                            "team_id": None, "expires_minutes": 30})
    rows = pull_all(server, boss, middle)["broadcasts"]
    assert [r["id"] for r in rows] == [sent["id"]]
    row = rows[0]
    assert (row["team_id"], row["author_id"], row["body"]) == (
        T1_TEAM, SUP, "Bitte Headsets prüfen – Störung L2")
    created = datetime.fromisoformat(row["created_at"])
    assert datetime.fromisoformat(row["expires_at"]) - created == timedelta(minutes=30)
    post(server, sup, "/broadcast", {"body": "x" * 501, "team_id": None,
                                     "expires_minutes": 30}, status=422)
    post(server, sup, "/broadcast", {"body": "Hallo", "team_id": T2_TEAM,
                                     "expires_minutes": 30}, status=403)


def test_a_repeated_broadcast_request_is_one_broadcast(
        centre: tuple[LiveServer, str]) -> None:
    server, db_url = centre
    sup, boss = token(server, "sup"), token(server, "boss")
    request = {"body": "Teammeeting um 14 Uhr", "team_id": None, "expires_minutes": 30,
               "request_id": str(uuid.uuid4())}
    first = post(server, sup, "/broadcast", request)
    assert post(server, sup, "/broadcast", request) == first
    # another action of the same supervisor, and the same key from another author, are
    # broadcasts of their own
    other = post(server, sup, "/broadcast", {**request, "request_id": str(uuid.uuid4())})
    by_boss = post(server, boss, "/broadcast", request)
    assert broadcast_rows(db_url) == sorted([
        (first["id"], SUP), (other["id"], SUP), (by_boss["id"], BOSS)])

    # the desktop's call: the server commits, the reply is lost on the way, the client's
    # HTTP layer sends the request again; still one broadcast, and the client has its id
    proxy = TcpProxy(server.port)
    try:
        http = make_http_client(Settings(cli={"server_url": proxy.url, "request_timeout": 10}),
                                limits=httpx.Limits(max_keepalive_connections=0))
        client = ServerClient(http)
        client.sleep = lambda _s: None  # retry at once
        try:
            client.login("sup", PASSWORD)
            modes = iter(["drop_after"])
            proxy.chooser = lambda: next(modes, "pass")
            sent = supervisor_app.broadcast(client, "Headsets bitte neu starten", T1_TEAM, 15)
        finally:
            http.close()
    finally:
        proxy.close()
    assert proxy.counts.get("drop_after") == 1
    rows = broadcast_rows(db_url)
    assert len(rows) == 4 and (sent, SUP) in rows


def broadcast_rows(db_url: str) -> list[tuple[str, str]]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            table = SYNCED_TABLES["broadcasts"]
            return sorted((str(i), str(a)) for i, a in conn.execute(
                select(table.c.id, table.c.author_id)))
    finally:
        engine.dispose()


def test_figures_on_sqlite_read_a_snapshot_without_the_write_lock(tmp_path: Path) -> None:
    """A supervisor's long KPI read must not hold up the agents' pushes on SQLite: the
    read sessions begin deferred, see one snapshot, and a write goes through meanwhile."""
    from server.migrate import upgrade
    from server.store import committed_version, next_version
    from server.supervisor import read_sessions

    engine = make_engine(f"sqlite:///{tmp_path}/s.sqlite3")
    try:
        upgrade(engine)
        reads = read_sessions(engine)
        with reads() as snapshot:
            before = committed_version(snapshot)  # the read transaction has begun
            with session_factory(engine).begin() as writer:  # would wait for the lock
                written = next_version(writer)
            assert written == before + 1
            assert committed_version(snapshot) == before  # still its snapshot
        with reads() as fresh:
            assert committed_version(fresh) == written
            with pytest.raises(OperationalError):  # read-only
                fresh.execute(text("UPDATE sync_counter SET value = 0"))
        reads.kw["bind"].dispose()
    finally:
        engine.dispose()
