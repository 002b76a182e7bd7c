"""Push: a batch of 1,000 mutations, and the time from one agent's push to the change
being in a second agent's local database (through the event stream and a pull)."""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
import time
from pathlib import Path

from bench.initial_sync import start_server
from desktop.config import Settings
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener
from desktop.sync.localdb import LocalDatabase
from server.migrate import upgrade
from server.store import make_engine, session_factory, upsert_rows

N = 1000
PASSWORD = secrets.token_urlsafe(16)  # per run: the users live only as long as the bench


def _engine(url: str, folder: Path, user: str) -> SyncEngine:
    engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 60}),
                        LocalDatabase(folder).open())
    engine.sign_in(user, PASSWORD)
    engine.sync()
    return engine


def run() -> dict[str, float]:
    from server.auth import create_user

    work = Path(tempfile.mkdtemp(prefix="agentdesk-bench-push-"))
    db = work / "server.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    with session_factory(engine).begin() as s:
        for user in ("anna", "ben"):
            create_user(s, username=user, password=PASSWORD, display_name=user,
                        role="agent", level=1)
        upsert_rows(s, "tickets", [{"id": f"00000000-0000-4000-8000-{i:012d}",
                                    "reference": f"T-{i}", "title": f"Ticket {i}"}
                                   for i in range(N)])
    engine.dispose()
    proc, url = start_server(db)
    try:
        anna = _engine(url, work / "anna", "anna")
        ben = _engine(url, work / "ben", "ben")
        for i in range(N):
            anna.writer.update("tickets", f"00000000-0000-4000-8000-{i:012d}",
                               {"title": f"geändert {i}"})
        started = time.perf_counter()
        pushed = anna.sync().pushed
        push_s = time.perf_counter() - started
        assert pushed.applied == N

        # propagation: anna changes one ticket; ben's listener hints, ben pulls
        arrived = threading.Event()

        def on_changes(_version: int) -> None:
            ben.sync()
            con = ben.db.engine.raw_connection() if ben.db.engine else None
            if con is not None:
                try:
                    row = con.execute("SELECT title FROM tickets WHERE reference = 'T-0'"
                                      ).fetchone()
                finally:
                    con.close()
                if row and row[0] == "live":
                    arrived.set()

        listener = EventListener(ben.client, on_changes)
        listener.start()
        time.sleep(0.5)  # bench only: let the stream connect before the change
        samples = []
        for n in range(5):
            arrived.clear()
            value = "live" if n % 2 == 0 else "wieder"
            anna.writer.update("tickets", "00000000-0000-4000-8000-000000000000",
                               {"title": value})
            t0 = time.perf_counter()
            anna.sync()
            if value == "live":
                arrived.wait(10)
                samples.append(time.perf_counter() - t0)
            else:
                time.sleep(0.5)
        listener.stop()
        for e in (anna, ben):
            e.close()
            e.db.close()
    finally:
        proc.terminate()
        proc.wait(30)
        shutil.rmtree(work, ignore_errors=True)
    return {"push_s": push_s, "push_per_s": N / push_s,
            "propagation_s": sorted(samples)[len(samples) // 2]}
