"""Load run: many simulated agents against one server on PostgreSQL, on loopback.

Every agent signs in (before the timed phase: argon2 is slow by design, so sign-in is
measured apart and not part of the figures of the timed phase), keeps the event stream
(SSE) open, pulls its change feed every ``pull_interval`` seconds from its own cursor
(paging and opening the next window as docs/sync-protocol.md says) and pushes one small
mutation every ``push_interval`` seconds with its own outbox numbering: an update of
the title of a ticket only it edits (so the three-way merge never reports a conflict),
or an appended ticket entry. The phases of the timers are random, so the requests
spread over the interval.

The agents run as asyncio tasks in one or two worker processes (``workers``) with one
``httpx.AsyncClient`` each, as each workstation has its own connections; the server is
one ``agentdesk-server run`` process. Every loop ends by itself after ``seconds``; the
server, the workers and (in :func:`run`) the throwaway PostgreSQL cluster are stopped
in ``finally`` blocks. All traffic goes to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import os
import random
import resource
import secrets
import shutil
import ssl
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import httpx
import orjson

from desktop.domain import protocol as proto

PASSWORD = secrets.token_urlsafe(16)  # per run: the agents live only as long as the bench
DEFAULT_AGENTS = 500
DEFAULT_SECONDS = 60.0
DEFAULT_TICKETS = 3000
PULL_INTERVAL = 30.0
PUSH_INTERVAL = 10.0
REQUEST_TIMEOUT = 15.0  # the desktop client's default request timeout
STREAM_READ_TIMEOUT = 40.0  # the desktop client's: the server sends a keepalive every 15 s
# uvicorn closes a keep-alive connection after 5 s idle; httpx's default expiry is also
# 5 s, and a request sent on a connection the server is closing at that moment fails
# with "Server disconnected". The agents give connections up a second earlier.
KEEPALIVE_EXPIRY = 4.0
MAX_WINDOWS = 10  # windows one pull round may chase while the head keeps moving
KINDS = ("pull", "push", "events")


def ticket_id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


@dataclass(frozen=True)
class Plan:
    """What every agent does; the same for all workers."""

    agents: int
    seconds: float
    pull_interval: float
    push_interval: float
    tickets: int
    since: int  # the committed version when the timed phase starts: agents are in sync
    ramp_seconds: float  # event streams open spread over this time


@dataclass(frozen=True)
class AgentSpec:
    index: int
    token: str
    client_id: str


@dataclass
class WorkerResult:
    """Raw observations of one worker process; merged by :func:`summarise`."""

    agents: list[int] = field(default_factory=list)
    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    errors: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    pull_rounds: dict[int, int] = field(default_factory=Counter)
    pushes: dict[int, int] = field(default_factory=Counter)
    hints: dict[int, int] = field(default_factory=Counter)
    rows_pulled: int = 0
    max_windows: int = 0
    streams: list[tuple[float, int]] = field(default_factory=list)  # (monotonic, +1/-1)
    cpu_seconds: float = 0.0


# -- one simulated agent ---------------------------------------------------------------


class Agent:
    def __init__(self, spec: AgentSpec, plan: Plan, url: str, verify: ssl.SSLContext,
                 rec: WorkerResult) -> None:
        self.spec, self.plan, self.rec = spec, plan, rec
        self.client = httpx.AsyncClient(
            base_url=url, verify=verify,
            timeout=httpx.Timeout(REQUEST_TIMEOUT, connect=5.0),
            limits=httpx.Limits(keepalive_expiry=KEEPALIVE_EXPIRY),
            headers={"Authorization": f"Bearer {spec.token}",
                     proto.PROTOCOL_HEADER: str(proto.PROTOCOL_VERSION),
                     "User-Agent": "AgentDesk-load-run"})
        self.rng = random.Random(spec.index)
        self.since = plan.since
        self.seq = 0
        self.pending: list[dict[str, Any]] = []  # the outbox: sent until acknowledged
        self.own = list(range(spec.index % plan.agents, plan.tickets, plan.agents))
        self.titles = {n: f"Ticket {n}" for n in self.own}  # the last server copy seen
        self.pushed = 0

    async def run(self, start: float) -> None:
        end = start + self.plan.seconds
        stream = asyncio.create_task(
            self._events(start + self.rng.uniform(0, self.plan.ramp_seconds), end))
        try:
            next_push = start + self.rng.uniform(0, self.plan.push_interval)
            next_pull = start + self.rng.uniform(0, self.plan.pull_interval)
            while True:
                due = min(next_push, next_pull)
                if due >= end:
                    break
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                now = time.monotonic()
                if next_push <= next_pull:
                    await self.push()
                    next_push = max(next_push + self.plan.push_interval, now)
                else:
                    await self.pull()
                    next_pull = max(next_pull + self.plan.pull_interval, now)
            await asyncio.sleep(max(0.0, end - time.monotonic()))  # the stream stays open
        finally:
            stream.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await stream
            await self.client.aclose()

    async def _request(self, kind: str, method: str, path: str,
                       **kwargs: Any) -> httpx.Response | None:
        started = time.monotonic()
        try:
            response = await self.client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            self.rec.errors[f"{kind} {type(exc).__name__}"] += 1
            return None
        self.rec.latencies[kind].append((time.monotonic() - started) * 1000)
        if response.status_code != 200:
            self.rec.errors[f"{kind} HTTP {response.status_code}"] += 1
            return None
        return response

    async def pull(self) -> None:
        """One sync round: every page of the window, and the next windows while the
        head moved on (bounded by MAX_WINDOWS)."""
        since, hw, position = self.since, None, None
        windows = 1
        while True:
            params: dict[str, Any] = {"since": since}
            if hw is not None:
                params["hw"] = hw
            if position is not None:
                params["position"] = position
            response = await self._request("pull", "GET", f"{proto.API_PREFIX}/sync/pull",
                                           params=params)
            if response is None:
                return  # keeps its cursor; the next round starts there again
            page = orjson.loads(response.content)
            self.rec.rows_pulled += sum(len(g["rows"]) for g in page["changes"])
            self.rec.rows_pulled += len(page["tombstones"])
            if not page["complete"]:
                hw, position = page["hw"], page["position"]
                continue
            since = self.since = int(page["hw"])
            if int(page["head"]) > since and windows < MAX_WINDOWS:
                hw, position, windows = None, None, windows + 1
                continue
            break
        self.rec.max_windows = max(self.rec.max_windows, windows)
        self.rec.pull_rounds[self.spec.index] += 1

    def _mutation(self) -> dict[str, Any]:
        self.seq += 1
        self.pushed += 1
        base = {"seq": self.seq, "id": str(uuid.uuid4())}
        if self.pushed % 2 == 1:  # an update of a ticket only this agent edits
            n = self.own[(self.pushed // 2) % len(self.own)]
            title = f"Agent {self.spec.index} edit {self.pushed}"
            mutation = {**base, "entity": "tickets", "entity_id": ticket_id(n),
                        "op": "update", "fields": {"title": title},
                        "base": {"title": self.titles[n]}, "base_version": self.since}
            self.titles[n] = title
            return mutation
        return {**base, "entity": "ticket_entries", "entity_id": str(uuid.uuid4()),
                "op": "append",
                "fields": {"ticket_id": ticket_id(self.rng.randrange(self.plan.tickets)),
                           "kind": "note", "body": f"Note {self.pushed} of the load run"},
                "base": {}, "base_version": self.since}

    async def push(self) -> None:
        self.pending.append(self._mutation())
        body = {"client_id": self.spec.client_id, "mutations": self.pending}
        response = await self._request("push", "POST", f"{proto.API_PREFIX}/sync/push",
                                       json=body)
        if response is None:
            return  # stays in the outbox; the next push sends it again (a replay is safe)
        answer = orjson.loads(response.content)
        for outcome in answer["results"]:
            status = str(outcome.get("status"))
            self.rec.outcomes[status] += 1
            if status != "applied":
                self.rec.errors[f"push outcome {status} {outcome.get('code', '')}".strip()] += 1
        last = int(answer["last_seq"])
        self.pending = [m for m in self.pending if m["seq"] > last]
        self.rec.pushes[self.spec.index] += 1

    async def _events(self, connect_at: float, end: float) -> None:
        await asyncio.sleep(max(0.0, connect_at - time.monotonic()))
        attempt = 0
        while time.monotonic() < end:
            opened = False
            started = time.monotonic()
            try:
                async with self.client.stream(
                        "GET", f"{proto.API_PREFIX}/events",
                        headers={"Accept": "text/event-stream"},
                        timeout=httpx.Timeout(10.0, read=STREAM_READ_TIMEOUT)) as response:
                    if response.status_code != 200:
                        self.rec.errors[f"events HTTP {response.status_code}"] += 1
                    else:
                        kind = "message"
                        async for line in response.aiter_lines():
                            if line.startswith("event:"):
                                kind = line[6:].strip()
                            elif line.startswith("data:") and kind == "changes":
                                if not opened:  # the current version, sent on connect
                                    opened = True
                                    attempt = 0
                                    self.rec.latencies["events"].append(
                                        (time.monotonic() - started) * 1000)
                                    self.rec.streams.append((time.monotonic(), 1))
                                else:
                                    self.rec.hints[self.spec.index] += 1
                            elif not line:
                                kind = "message"
                        self.rec.errors["events stream ended by the server"] += 1
            except httpx.HTTPError as exc:
                self.rec.errors[f"events {type(exc).__name__}"] += 1
            finally:
                if opened:
                    self.rec.streams.append((time.monotonic(), -1))
            attempt += 1
            await asyncio.sleep(random.uniform(0.5, 1.0) * min(30.0, 2.0 ** attempt))


# -- worker processes ------------------------------------------------------------------


async def _run_agents(specs: list[AgentSpec], plan: Plan, url: str, start: float,
                      rec: WorkerResult) -> None:
    verify = ssl.create_default_context()  # one context for all (the URL is plain http)
    agents = [Agent(spec, plan, url, verify, rec) for spec in specs]
    tasks = [asyncio.create_task(agent.run(start)) for agent in agents]
    # Every loop ends by itself; this bound only guards against a hang in a library.
    done, pending = await asyncio.wait(tasks, timeout=plan.seconds + 3 * REQUEST_TIMEOUT)
    for task in pending:
        task.cancel()
    if pending:
        rec.errors["agent did not finish in time"] += len(pending)
        await asyncio.wait(pending)
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            rec.errors[f"agent crashed: {type(exc).__name__}: {exc}"] += 1


def _worker_main(conn: Connection, specs: list[AgentSpec], plan: Plan, url: str) -> None:
    """Entry point of a worker process: report ready, wait for the start time, run."""
    try:
        rec = WorkerResult(agents=[s.index for s in specs])
        conn.send(("ready", None))
        start = float(conn.recv())
        cpu = resource.getrusage(resource.RUSAGE_SELF)
        asyncio.run(_run_agents(specs, plan, url, start, rec))
        after = resource.getrusage(resource.RUSAGE_SELF)
        rec.cpu_seconds = (after.ru_utime + after.ru_stime) - (cpu.ru_utime + cpu.ru_stime)
        conn.send(("result", rec))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def _recv(conn: Connection, timeout: float, what: str) -> Any:
    if not conn.poll(timeout):
        raise RuntimeError(f"a load worker sent no {what} within {timeout:.0f} s")
    tag, value = conn.recv()
    if tag == "error":
        raise RuntimeError(f"a load worker failed:\n{value}")
    return value


def _process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process (and of its reaped children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a server process and its worker processes (``--workers``)."""
    return _process_cpu(pid) + _children_cpu(pid)


def _children_cpu(parent: int) -> float:
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _postgres_cpu(postmaster: int | None) -> float:
    if postmaster is None:
        return float("nan")
    try:
        return _process_cpu(postmaster) + _children_cpu(postmaster)
    except OSError:
        return float("nan")


# -- set-up ----------------------------------------------------------------------------


def seed(db_url: str, agents: int, tickets: int) -> tuple[list[str], int, int | None]:
    """Migrate, create the agents and the tickets. Returns (user names, committed
    version, pid of the postmaster when PostgreSQL runs on this machine)."""
    from sqlalchemy import text

    from server.auth import create_user, hash_password
    from server.migrate import upgrade
    from server.store import committed_version, make_engine, session_factory, upsert_rows

    engine = make_engine(db_url)
    try:
        upgrade(engine)
        password_hash = hash_password(PASSWORD)  # once: argon2 is slow by design
        names = [f"agent{i:03d}" for i in range(agents)]
        with session_factory(engine).begin() as session:
            for i, name in enumerate(names):
                create_user(session, username=name, password=PASSWORD,
                            password_hash=password_hash, display_name=f"Agent {i}",
                            role="agent", level=1 + i % 3)
            upsert_rows(session, "tickets", [
                {"id": ticket_id(n), "reference": f"L-{n:06d}", "title": f"Ticket {n}",
                 "description": "Created for the load run.", "impact": 1 + n % 5,
                 "urgency": 1 + (n // 5) % 5}
                for n in range(tickets)])
        with session_factory(engine)() as session:
            version = committed_version(session)
            backend = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
        postmaster: int | None = None
        with contextlib.suppress(OSError, ValueError, IndexError):
            postmaster = int(Path(f"/proc/{backend}/stat").read_text()
                             .rsplit(")", 1)[1].split()[1])
        return names, version, postmaster
    finally:
        engine.dispose()


async def _sign_in_all(url: str, names: list[str], concurrency: int) -> list[str]:
    """Sign every agent in through the API (``concurrency`` at a time); their tokens."""
    tokens: list[str] = [""] * len(names)
    gate = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=120.0) as client:
        async def one(i: int, name: str) -> None:
            async with gate:
                r = await client.post(f"{proto.API_PREFIX}/auth/login",
                                      json={"username": name, "password": PASSWORD,
                                            "client_name": "load run"})
                r.raise_for_status()
                tokens[i] = str(r.json()["access_token"])
        await asyncio.gather(*(one(i, n) for i, n in enumerate(names)))
    return tokens


# -- the run ---------------------------------------------------------------------------


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summarise(results: list[WorkerResult], plan: Plan) -> dict[str, float]:
    """Figures of the timed phase. Error kinds appear as ``error: <kind>`` keys."""
    figures: dict[str, float] = {"agents": float(plan.agents), "seconds": plan.seconds}
    total = 0
    errors: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    pull_rounds: Counter[int] = Counter()
    pushes: Counter[int] = Counter()
    hints: Counter[int] = Counter()
    timeline: list[tuple[float, int]] = []
    for r in results:
        errors.update(r.errors)
        outcomes.update(r.outcomes)
        pull_rounds.update(r.pull_rounds)
        pushes.update(r.pushes)
        hints.update(r.hints)
        timeline += r.streams
    for kind in KINDS:
        values = [v for r in results for v in r.latencies[kind]]
        total += len(values)
        figures[f"{kind}_requests"] = float(len(values))
        figures[f"{kind}_p50_ms"] = _percentile(values, 0.50)
        figures[f"{kind}_p99_ms"] = _percentile(values, 0.99)
        figures[f"{kind}_errors"] = float(sum(n for k, n in errors.items()
                                              if k.startswith(f"{kind} ")))
    figures["requests"] = float(total)
    figures["errors"] = float(sum(errors.values()))
    figures["pull_rounds"] = float(sum(pull_rounds.values()))
    figures["pushes"] = float(sum(pushes.values()))
    figures["mutations_applied"] = float(outcomes["applied"])
    figures["rows_pulled"] = float(sum(r.rows_pulled for r in results))
    figures["max_windows_per_pull"] = float(max((r.max_windows for r in results), default=0))
    figures["hints"] = float(sum(hints.values()))
    everyone = range(plan.agents)
    figures["pull_rounds_min_per_agent"] = float(min(pull_rounds[i] for i in everyone))
    figures["pushes_min_per_agent"] = float(min(pushes[i] for i in everyone))
    figures["hints_min_per_agent"] = float(min(hints[i] for i in everyone))
    open_now = peak = 0
    for _t, delta in sorted(timeline):
        open_now += delta
        peak = max(peak, open_now)
    figures["peak_streams"] = float(peak)
    figures["loadgen_cpu_s"] = sum(r.cpu_seconds for r in results)
    for kind, n in sorted(errors.items()):
        figures[f"error: {kind}"] = float(n)
    return figures


def load_run(db_url: str, *, agents: int = DEFAULT_AGENTS,
             seconds: float = DEFAULT_SECONDS, pull_interval: float = PULL_INTERVAL,
             push_interval: float = PUSH_INTERVAL, tickets: int = DEFAULT_TICKETS,
             workers: int = 2, sign_in_concurrency: int = 2,
             log_dir: Path | None = None, server_workers: int = 1) -> dict[str, float]:
    """The load run against an empty PostgreSQL database ``db_url``: seed it, start one
    server, sign the agents in, run the timed phase, stop everything. Its figures."""
    from tests.support.live_server import LiveServer

    if agents < 1 or seconds <= 0:
        raise ValueError("the load run needs at least one agent and a positive duration")
    tickets = max(tickets, agents)  # every agent owns at least one ticket it edits
    names, since, postmaster = seed(db_url, agents, tickets)
    folder = Path(tempfile.mkdtemp(prefix="agentdesk-load-")) if log_dir is None else log_dir
    server = LiveServer(db_url, folder, ["--log-level", "warning",
                                         "--workers", str(server_workers)])
    ctx = multiprocessing.get_context("spawn")
    procs: list[multiprocessing.process.BaseProcess] = []
    conns: list[Connection] = []
    try:
        server.start()
        assert server.process is not None
        started = time.perf_counter()
        tokens = asyncio.run(_sign_in_all(server.url, names, sign_in_concurrency))
        sign_in_s = time.perf_counter() - started
        plan = Plan(agents=agents, seconds=seconds, pull_interval=pull_interval,
                    push_interval=push_interval, tickets=tickets, since=since,
                    ramp_seconds=min(5.0, seconds / 4))
        specs = [AgentSpec(i, tokens[i], str(uuid.uuid4())) for i in range(agents)]
        workers = max(1, min(workers, agents))
        for w in range(workers):
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_worker_main, name=f"agentdesk-load-{w}",
                               args=(child, specs[w::workers], plan, server.url))
            proc.start()
            child.close()
            procs.append(proc)
            conns.append(parent)
        for conn in conns:
            _recv(conn, 120, "ready signal")
        server_cpu = _tree_cpu(server.process.pid)
        pg_cpu = _postgres_cpu(postmaster)
        start = time.monotonic() + 0.2
        for conn in conns:
            conn.send(start)
        results: list[WorkerResult] = [
            _recv(conn, seconds + 6 * REQUEST_TIMEOUT + 60, "result") for conn in conns]
        elapsed = time.monotonic() - start
        server_cpu = _tree_cpu(server.process.pid) - server_cpu
        pg_cpu = _postgres_cpu(postmaster) - pg_cpu
    finally:
        for worker in procs:
            worker.join(10)
            if worker.is_alive():
                worker.kill()
                worker.join()
        for conn in conns:
            conn.close()
        server.stop()
    figures = summarise(results, plan)
    if log_dir is None:
        if figures["errors"]:
            print(f"load run: errors; the server's log is in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    figures["sign_in_s"] = sign_in_s
    # answered requests over the time until the last answer: requests still in flight
    # at the end of the timed phase (up to their timeouts) count, and so does their time
    figures["elapsed_s"] = elapsed
    figures["requests_per_s"] = figures["requests"] / elapsed
    figures["server_cpu_pct"] = 100 * server_cpu / elapsed
    figures["postgres_cpu_pct"] = 100 * pg_cpu / elapsed
    figures["loadgen_cpu_pct"] = 100 * figures.pop("loadgen_cpu_s") / elapsed
    return figures


def run(agents: int = DEFAULT_AGENTS, seconds: float = DEFAULT_SECONDS,
        server_workers: int = 1) -> dict[str, float]:
    """``make bench``: a throwaway PostgreSQL 15 cluster, one database, the load run."""
    from tests.support.postgres import PostgresCluster

    cluster = PostgresCluster()
    try:
        cluster.start()
        return load_run(cluster.url(cluster.create_database()), agents=agents,
                        seconds=seconds, server_workers=server_workers)
    finally:
        cluster.stop()


if __name__ == "__main__":  # a quick look: python -m bench.load_run [agents] [seconds]
    figures = run(int(sys.argv[1]) if len(sys.argv) > 1 else 20,
                  float(sys.argv[2]) if len(sys.argv) > 2 else 10.0)
    print(json.dumps(figures, indent=2))
