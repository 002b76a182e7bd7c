"""Supervisor views (issue 8): the day's KPIs, overview and hourly series for 500 agents
on the server, and the time from an agent's state change to a supervisor's /overview.

The database: the seed at the reference workload's size for everything these figures
read (500 users in 25 teams, 200,000 tickets with 1,000,000 entries, 100,000 calls over
60 days, today's agent states of every agent), but with 10,000 customers and few
articles (not read here, and most of the reference build's time). On top, the busiest
day of the states gets one inbound call per ``on_call`` state (the seed spreads its
100,000 calls thinly over 60 days) plus 6 % abandoned calls, so the measured day has a
call centre's load: ~9,000 calls for 500 agents. Built once and cached beside the
reference workload (``bench.workload.cache_dir``).

    python -m bench.supervisor [--rebuild] [--repeat N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import secrets
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from bench import workload
from bench.initial_sync import start_server
from desktop.config import Settings
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener
from desktop.sync.localdb import LocalDatabase
from server.migrate import upgrade
from server.seed import DEMO_PASSWORD, Scale, seed_database
from server.store import make_engine

BERLIN = ZoneInfo("Europe/Berlin")
API = "/api/v1/supervisor"
SCALE = Scale("supervisor-bench", teams=25, users=500, organisations=500, customers=10_000,
              tickets=200_000, entries=1_000_000, kb_articles=50, call_scripts=10,
              macros=20, calls=100_000, audit_rows=100, normalize_phones=False,
              log_progress=True)
ABANDON_SHARE = 0.06
LIVE_SAMPLES = 10


def _fingerprint() -> str:
    h = hashlib.sha256()
    for rel in ("server/seed.py", "desktop/models/entities.py"):
        h.update((workload.REPO / rel).read_bytes())
    for mig in sorted((workload.REPO / "server/migrations/versions").glob("*.py")):
        h.update(mig.read_bytes())
    return h.hexdigest()[:16]


def database(rebuild: bool = False) -> Path:
    folder = workload.cache_dir() / f"supervisor-{_fingerprint()}"
    db, done = folder / "server.sqlite3", folder / "complete"
    if done.exists() and not rebuild:
        return db
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("server.sqlite3*"):
        stale.unlink()
    print(f"building the supervisor bench database in {folder} (once)…", file=sys.stderr)
    started = time.perf_counter()
    engine = make_engine(f"sqlite:///{db}")
    try:
        upgrade(engine)
        print(seed_database(engine, SCALE), file=sys.stderr)
    finally:
        engine.dispose()
    calls = add_calls_of_the_day(db)
    done.write_text(json.dumps({"seconds": time.perf_counter() - started, "day_calls": calls}))
    return db


def busiest_day(con: sqlite3.Connection) -> tuple[datetime, datetime]:
    """The Berlin day of the newest agent states: [midnight, next midnight) in UTC."""
    newest = con.execute("SELECT MAX(started_at) FROM agent_states").fetchone()[0]
    day = datetime.fromisoformat(newest).astimezone(BERLIN).date()
    lo = datetime(day.year, day.month, day.day, tzinfo=BERLIN)
    return lo.astimezone(UTC), (lo + timedelta(days=1)).astimezone(UTC)


def add_calls_of_the_day(db: Path) -> int:
    """One inbound call per ``on_call`` state of the day (answered when the state began,
    ended when it ended) and 6 % abandoned calls; version = the counter's next value."""
    rng = random.Random(8)
    con = sqlite3.connect(db)
    try:
        lo, hi = busiest_day(con)
        queues: dict[tuple[str | None, int], str] = {}
        for qid, team, level in con.execute("SELECT id, team_id, level FROM queues"):
            queues.setdefault((team, level), qid)
            queues.setdefault((None, level), qid)
        agents = {uid: (team, level or 1) for uid, team, level in con.execute(
            "SELECT id, team_id, level FROM users WHERE role = 'agent'")}
        states = con.execute(
            "SELECT user_id, started_at, ended_at FROM agent_states WHERE state = 'on_call' "
            "AND started_at >= ? AND started_at < ?", (_stamp(lo), _stamp(hi))).fetchall()
        con.execute("UPDATE sync_counter SET value = value + 1 WHERE id = 1")
        version = con.execute("SELECT value FROM sync_counter WHERE id = 1").fetchone()[0]
        rows = []
        for n, (user, started, ended) in enumerate(states):
            team, level = agents.get(user, (None, 1))
            queue = queues.get((team, level)) or queues.get((None, level))
            answered = datetime.fromisoformat(started)
            offered = answered - timedelta(seconds=rng.uniform(2, 45))
            rows.append(_call_row(f"bench-{n}", offered, answered,
                                  datetime.fromisoformat(ended) if ended else None,
                                  user, queue, version))
        day_seconds = (hi - lo).total_seconds()
        for n in range(int(len(states) * ABANDON_SHARE)):
            offered = lo + timedelta(seconds=day_seconds * (0.3 + 0.45 * rng.random()))
            queue = queues.get((None, 1))
            rows.append(_call_row(f"bench-a{n}", offered, None,
                                  offered + timedelta(seconds=rng.uniform(2, 120)), None,
                                  queue, version))
        con.executemany(
            "INSERT INTO calls (id, version, external_id, direction, caller_number, "
            "dialled_number, agent_id, customer_id, ticket_id, queue_id, started_at, "
            "answered_at, ended_at, wrap_up_code, extension, hold_seconds) "
            "VALUES (:id, :version, :external_id, 'inbound', :caller, '', :agent, NULL, "
            "NULL, :queue, :started, :answered, :ended, '', '', 0)", rows)
        con.commit()
        con.execute("ANALYZE")
        return len(rows)
    finally:
        con.close()


def _stamp(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat(timespec="microseconds")


def _call_row(external: str, offered: datetime, answered: datetime | None,
              ended: datetime | None, agent: str | None, queue: str | None,
              version: int) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "version": version,
            "external_id": external, "caller": f"+4930{secrets.randbelow(10**8):08d}",
            "agent": agent, "queue": queue, "started": _stamp(offered),
            "answered": _stamp(answered), "ended": _stamp(ended)}


def _login(url: str, user: str) -> dict[str, str]:
    r = httpx.post(f"{url}/api/v1/auth/login",
                   json={"username": user, "password": DEMO_PASSWORD}, timeout=30)
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def _timed(client: httpx.Client, path: str, headers: dict[str, str], repeat: int,
           **params: Any) -> tuple[float, float, Any]:
    """(first call, median of the next ``repeat``) in seconds, and the last answer."""
    times = []
    body: Any = None
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        r = client.get(path, headers=headers, params=params)
        times.append(time.perf_counter() - t0)
        r.raise_for_status()
        body = r.json()
    return times[0], statistics.median(times[1:]), body


def run(rebuild: bool = False, repeat: int = 5) -> dict[str, float]:
    db = database(rebuild)
    info = json.loads((db.parent / "complete").read_text())
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        lo, hi = busiest_day(con)
        day_calls = con.execute("SELECT COUNT(*) FROM calls WHERE started_at >= ? AND "
                                "started_at < ?", (_stamp(lo), _stamp(hi))).fetchone()[0]
        day_states = con.execute("SELECT COUNT(*) FROM agent_states WHERE started_at >= ? "
                                 "AND started_at < ?", (_stamp(lo), _stamp(hi))).fetchone()[0]
        agents = con.execute("SELECT COUNT(*) FROM users WHERE role = 'agent'").fetchone()[0]
        sup_team = con.execute("SELECT team_id FROM users WHERE username = 'supervisor'"
                               ).fetchone()[0]
        agent_name = con.execute(
            "SELECT username FROM users WHERE role = 'agent' AND team_id = ? "
            "ORDER BY username LIMIT 1", (sup_team,)).fetchone()[0]
    finally:
        con.close()
    day = {"start": _stamp(lo), "end": _stamp(hi)}
    figures: dict[str, float] = {"agents": agents, "day_calls": day_calls,
                                 "day_states": day_states, "build_s": info["seconds"]}
    proc, url = start_server(db)
    work = Path(tempfile.mkdtemp(prefix="agentdesk-bench-supervisor-"))
    try:
        admin, sup = _login(url, "admin"), _login(url, "supervisor")
        with httpx.Client(base_url=url, timeout=120) as client:
            health = []
            for _ in range(20):
                t0 = time.perf_counter()
                client.get("/health").raise_for_status()
                health.append(time.perf_counter() - t0)
            figures["health_s"] = statistics.median(health)
            for name, path, headers, extra in (
                    ("kpis_all", "/kpis", admin, day),
                    ("kpis_team", "/kpis", sup, day),
                    ("overview_all", "/overview", admin, {}),
                    ("overview_team", "/overview", sup, {}),
                    ("series_all", "/series", admin, day),
                    ("series_team", "/series", sup, day)):
                first, median, body = _timed(client, f"{API}{path}", headers, repeat, **extra)
                figures[f"{name}_first_s"], figures[f"{name}_s"] = first, median
                if name == "kpis_all":
                    figures["kpis_all_calls"] = body["counts"]["calls"]
                if name == "overview_all":
                    figures["overview_agents"] = len(body["agents"])
        figures.update(live_latency(url, work, agent_name, sup))
    finally:
        proc.terminate()
        proc.wait(30)
        shutil.rmtree(work, ignore_errors=True)
    return figures


def live_latency(url: str, work: Path, agent: str,
                 sup: dict[str, str]) -> dict[str, float]:
    """An agent pushes a state change; the supervisor's event stream hints, the
    supervisor fetches /overview: time from the push until /overview shows the state."""
    supervisor = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 60}),
                            LocalDatabase(work / "supervisor").open())
    supervisor.sign_in("supervisor", DEMO_PASSWORD)
    agent_headers = _login(url, agent)
    me = httpx.get(f"{url}/api/v1/me", headers=agent_headers).json()["id"]
    wanted: dict[str, Any] = {}
    seen = threading.Event()
    hinted = threading.Event()
    lock = threading.Lock()
    client = httpx.Client(base_url=url, timeout=60)

    def on_changes(_version: int) -> None:
        hinted.set()
        with lock:
            target = dict(wanted)
        if not target:
            return
        body = client.get(f"{API}/overview", headers=sup).json()  # as the team view does
        row: dict[str, Any] = next((a for a in body["agents"] if a["user_id"] == me), {})
        if (row.get("state"), row.get("reason")) == (target["state"], target["reason"]):
            seen.set()

    listener = EventListener(supervisor.client, on_changes)
    listener.start()
    hinted.wait(30)  # the first hint (the current version): the stream is connected
    client_id = str(uuid.uuid4())
    samples: list[float] = []
    try:
        for n in range(LIVE_SAMPLES):
            state, reason = (("break", "short_break") if n % 2 == 0 else ("available", ""))
            seen.clear()
            with lock:
                wanted.update(state=state, reason=reason)
            mutation = {"seq": n + 1, "id": str(uuid.uuid4()),
                        "entity": "agent_states", "entity_id": str(uuid.uuid4()),
                        "op": "create",
                        "fields": {"user_id": me, "state": state, "reason": reason,
                                   "started_at": _stamp(datetime.now(UTC))}}
            t0 = time.perf_counter()
            r = httpx.post(f"{url}/api/v1/sync/push", headers=agent_headers, timeout=60,
                           json={"client_id": client_id, "mutations": [mutation]})
            r.raise_for_status()
            assert r.json()["results"][0]["status"] == "applied", r.text
            if seen.wait(10):
                samples.append(time.perf_counter() - t0)
            time.sleep(0.3)  # bench only: let the hint throttle settle between samples
    finally:
        listener.stop()
        client.close()
        supervisor.close()
        supervisor.db.close()
    if not samples:
        return {"live_samples": 0}
    return {"live_samples": len(samples), "live_p50_s": statistics.median(samples),
            "live_max_s": max(samples)}


def lines(f: dict[str, float]) -> list[tuple[str, str, str]]:
    def ms(key: str) -> str:
        return f"{f[key] * 1000:.0f} ms"

    out = [
        (f"supervisor: the day's KPIs, {f['agents']:.0f} agents, {f['day_calls']:,.0f} calls, "
         f"{f['day_states']:,.0f} states (all teams)",
         f"{ms('kpis_all_s')} (first {ms('kpis_all_first_s')})", "-"),
        ("  the same for one team", f"{ms('kpis_team_s')} (first {ms('kpis_team_first_s')})",
         "-"),
        (f"  overview, {f['overview_agents']:.0f} agents / one team",
         f"{ms('overview_all_s')} / {ms('overview_team_s')}", "-"),
        ("  hourly series, all / one team", f"{ms('series_all_s')} / {ms('series_team_s')}",
         "-"),
        ("  HTTP floor (/health)", ms("health_s"), "-"),
    ]
    if f.get("live_samples"):
        out.append((f"agent state change to supervisor's /overview "
                    f"(median, max of {f['live_samples']:.0f})",
                    f"{ms('live_p50_s')}, {ms('live_max_s')}", "<= 1000 ms"))
    else:
        out.append(("agent state change to supervisor's /overview", "not seen", "<= 1000 ms"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.supervisor")
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--repeat", type=int, default=5, help="timed calls per figure")
    args = parser.parse_args()
    f = run(args.rebuild, args.repeat)
    for a, b, c in lines(f):
        print(f"{a:<90} {b:<30} {c}")
    print(json.dumps(f, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
