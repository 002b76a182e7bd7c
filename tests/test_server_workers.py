"""``agentdesk-server run --workers N``: several processes on one PostgreSQL, live
events between them; the embedded SQLite database refuses it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.sync.events import EventListener
from tests.support.server_helpers import make_user, write_rows
from tests.test_events import Recorder, engine_for

TICKET = "00000000-0000-4000-8000-000000000001"


@pytest.mark.postgres
def test_two_worker_processes_serve_one_database_live(pg_url: str, live_server: Any,
                                                      tmp_path: Path) -> None:
    from server.migrate import upgrade
    from server.store import make_engine

    engine = make_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    make_user(pg_url, "anna", "anna-pass-1", "agent", level=1)
    make_user(pg_url, "ben", "ben-pass-12", "agent", level=1)
    write_rows(pg_url, "tickets", [{"id": TICKET, "reference": "T-1", "title": "vorher"}])
    server = live_server(pg_url, extra_args=["--workers", "2"])
    anna = engine_for(server.url, tmp_path / "anna", "anna", "anna-pass-1")
    ben = engine_for(server.url, tmp_path / "ben", "ben", "ben-pass-12")
    ben.sync()
    rec = Recorder()
    listener = EventListener(ben.client, rec.changes, rec.state)
    listener.start()
    try:
        assert rec.wait_for(lambda: rec.versions)
        anna.sync()
        anna.writer.update("tickets", TICKET, {"title": "nachher"})
        result = anna.sync()
        assert result.pushed.applied == 1
        head = anna.replica.version()
        # whichever worker holds ben's stream hears of a commit made in the other one
        assert rec.wait_for(lambda: max(rec.versions) >= head)
    finally:
        listener.stop()
        anna.close()
        ben.close()


def test_several_workers_need_postgresql(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "run", "--workers", "2", "--database-url",
         f"sqlite:///{tmp_path / 'server.sqlite3'}"],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "need PostgreSQL" in done.stderr
