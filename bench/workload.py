"""The reference workload of DESIGN.md, generated once and cached outside the repository."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import platformdirs

REPO = Path(__file__).resolve().parent.parent


def cache_dir() -> Path:
    folder = Path(os.environ.get("AGENTDESK_BENCH_CACHE")
                  or platformdirs.user_cache_dir("agentdesk-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _fingerprint() -> str:
    """Changes whenever the seed or the schema changes, so the cache is rebuilt."""
    h = hashlib.sha256()
    for rel in ("server/seed.py", "desktop/models/entities.py", "server/store.py"):
        h.update((REPO / rel).read_bytes())
    for mig in sorted((REPO / "server/migrations/versions").glob("*.py")):
        h.update(mig.read_bytes())
    return h.hexdigest()[:16]


def reference_server_db() -> Path:
    """Path of a server SQLite database holding the reference workload (built if needed)."""
    folder = cache_dir() / f"reference-{_fingerprint()}"
    db = folder / "server.sqlite3"
    done = folder / "complete"
    if done.exists():
        return db
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("server.sqlite3*"):
        stale.unlink()
    print(f"generating the reference workload in {folder} (once)…", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "server.cli", "seed", "--scale", "reference",
                    "--database-url", f"sqlite:///{db}"], check=True, cwd=REPO)
    done.write_text(f"{time.perf_counter() - started:.1f}\n")
    return db


def seed_seconds() -> float | None:
    folder = cache_dir() / f"reference-{_fingerprint()}"
    try:
        return float((folder / "complete").read_text())
    except (OSError, ValueError):
        return None
