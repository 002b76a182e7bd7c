"""Start-up: process start to a usable main window showing queue rows.

The client, started with ``AGENTDESK_STARTUP_PROBE=1``, prints ``READY <rss_kb>`` on
stdout once its main window is shown with ticket rows, then quits. The floor is a bare
PySide6 process that shows a window with a table.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import initial_sync, workload
from desktop.config import Settings
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase

QT_FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv)
w = QMainWindow(); t = QTableWidget(50, 6); w.setCentralWidget(t); w.show()
app.processEvents()
print("READY 0", flush=True)
"""


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True, cwd=workload.REPO)
    assert proc.stdout is not None
    rss_kb = 0
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - started
            rss_kb = int(line.split()[1])
            break
    else:
        proc.wait()
        raise RuntimeError(f"{cmd[:3]} never reported READY (exit {proc.returncode})")
    proc.wait(30)
    return elapsed, rss_kb


def reference_client_dir(server_db: Path) -> Path:
    """A client data folder holding the synced reference workload (built once)."""
    folder = server_db.parent / "client"
    if (folder / "complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    proc, url = initial_sync.start_server(server_db)
    try:
        db = LocalDatabase(folder).open()
        engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 120}), db)
        engine.sign_in("agent1", "demo")
        engine.sync()
        engine.close()
        db.close()
    finally:
        proc.terminate()
        proc.wait(30)
    (folder / "complete").write_text("ok\n")
    return folder


def run(server_db: Path, repeats: int = 5) -> dict[str, float]:
    client_dir = reference_client_dir(server_db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENTDESK_STARTUP_PROBE": "1",
           "AGENTDESK_LANGUAGE": "de"}
    floor = min(_timed([sys.executable, "-c", QT_FLOOR], env)[0] for _ in range(repeats))
    proc, url = initial_sync.start_server(server_db)
    try:
        env_app = {**env, "AGENTDESK_USER": "agent1", "AGENTDESK_PASSWORD": "demo"}
        cmd = [sys.executable, "-m", "desktop.cli", "--data-dir", str(client_dir),
               "--server-url", url]
        runs = [_timed(cmd, env_app) for _ in range(repeats)]
    finally:
        proc.terminate()
        proc.wait(30)
    best = min(runs)
    return {"qt_floor_s": floor, "startup_s": best[0], "rss_mb": best[1] / 1024}
