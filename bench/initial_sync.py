"""Initial sync of the reference workload from a local server vs. raw bulk insert."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from desktop.config import Settings
from desktop.models import SYNCED_TABLES
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase

BATCH = 5000


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "run", "--no-migrate", "--database-url",
         f"sqlite:///{db}", "--port", str(port), "--log-level", "warning"])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError("server exited")
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def raw_floor(server_db: Path, work: Path) -> tuple[int, float]:
    """Insert the same rows with sqlite3 executemany into a fresh replica: the floor."""
    target = LocalDatabase(work / "floor").open()
    target.close()
    src = sqlite3.connect(server_db)
    dst = sqlite3.connect(target.path)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    dst.execute("PRAGMA cache_size=-65536")
    total, seconds = 0, 0.0
    for name, table in SYNCED_TABLES.items():
        cols = [c.name for c in table.columns]
        col_sql = ", ".join(f'"{c}"' for c in cols)
        rows = src.execute(f'SELECT {col_sql} FROM "{name}" ORDER BY version, id').fetchall()
        sql = f'INSERT INTO "{name}" ({col_sql}) VALUES ({", ".join("?" * len(cols))})'
        started = time.perf_counter()
        for i in range(0, len(rows), BATCH):
            with dst:
                dst.executemany(sql, rows[i:i + BATCH])
        seconds += time.perf_counter() - started
        total += len(rows)
    src.close()
    dst.close()
    return total, seconds


def run(server_db: Path) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="agentdesk-bench-"))
    proc, url = start_server(server_db)
    try:
        settings = Settings(cli={"server_url": url, "request_timeout": 120})
        db = LocalDatabase(work / "client").open()
        engine = SyncEngine(settings, db)
        engine.sign_in("agent1", "demo")
        started = time.perf_counter()
        result = engine.sync()
        sync_s = time.perf_counter() - started
        engine.close()
        db.close()
    finally:
        proc.terminate()
        proc.wait(30)
    rows, floor_s = raw_floor(server_db, work)
    shutil.rmtree(work, ignore_errors=True)
    return {"rows": float(result.rows), "floor_rows": float(rows), "sync_s": sync_s,
            "floor_s": floor_s, "ratio": sync_s / floor_s if floor_s else float("nan")}
