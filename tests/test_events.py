"""Live hints over server-sent events, on SQLite and across two PostgreSQL instances."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.config import Settings
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener, backoff_delay
from desktop.sync.localdb import LocalDatabase
from tests.support.server_helpers import make_user, write_rows

WAIT = 15.0  # generous upper bound for a hint to arrive; typical is milliseconds


class Recorder:
    def __init__(self) -> None:
        self.versions: list[int] = []
        self.states: list[bool] = []
        self._cond = threading.Condition()

    def changes(self, version: int) -> None:
        with self._cond:
            self.versions.append(version)
            self._cond.notify_all()

    def state(self, up: bool) -> None:
        with self._cond:
            self.states.append(up)
            self._cond.notify_all()

    def wait_for(self, predicate, timeout: float = WAIT) -> bool:
        with self._cond:
            return self._cond.wait_for(predicate, timeout)


def engine_for(url: str, folder: Path, user: str, password: str) -> SyncEngine:
    engine = SyncEngine(Settings(cli={"server_url": url}), LocalDatabase(folder).open())
    engine.sign_in(user, password)
    return engine


@pytest.fixture
def seeded(db_url):
    make_user(db_url, "anna", "anna-pass-1", "agent", level=1)
    write_rows(db_url, "queues", [{"id": "q-1", "name": "1st Level", "level": 1}])
    return db_url


def test_a_change_is_hinted_and_the_stream_recovers(seeded, live_server, tmp_path) -> None:
    server = live_server(seeded)
    engine = engine_for(server.url, tmp_path / "a", "anna", "anna-pass-1")
    rec = Recorder()
    listener = EventListener(engine.client, rec.changes, rec.state)
    listener.start()
    try:
        assert rec.wait_for(lambda: rec.versions)  # the current version on connect
        version = write_rows(seeded, "queues", [{"id": "q-2", "name": "2nd", "level": 2}])
        assert rec.wait_for(lambda: version in rec.versions)
        server.kill()
        assert rec.wait_for(lambda: rec.states[-1:] == [False])
        server.start()
        assert rec.wait_for(lambda: rec.states[-1:] == [True], timeout=60)
        later = write_rows(seeded, "queues", [{"id": "q-3", "name": "3rd", "level": 3}])
        assert rec.wait_for(lambda: later in rec.versions)
    finally:
        listener.stop()
        engine.close()
        engine.db.close()


@pytest.mark.postgres
def test_change_through_instance_a_reaches_client_of_instance_b(pg_url, live_server,
                                                                 tmp_path) -> None:
    from server.migrate import upgrade
    from server.store import make_engine

    engine = make_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    make_user(pg_url, "anna", "anna-pass-1", "agent", level=1)
    make_user(pg_url, "ben", "ben-pass-12", "agent", level=1)
    write_rows(pg_url, "tickets", [{"id": "00000000-0000-4000-8000-000000000001",
                                    "reference": "T-1", "title": "vorher"}])
    a, b = live_server(pg_url), live_server(pg_url)
    anna = engine_for(a.url, tmp_path / "anna", "anna", "anna-pass-1")
    ben = engine_for(b.url, tmp_path / "ben", "ben", "ben-pass-12")
    ben.sync()
    rec = Recorder()
    listener = EventListener(ben.client, rec.changes, rec.state)
    listener.start()
    try:
        assert rec.wait_for(lambda: rec.versions)
        anna.sync()
        anna.writer.update("tickets", "00000000-0000-4000-8000-000000000001",
                           {"title": "nachher"})
        anna.sync()
        head = anna.replica.version()
        assert rec.wait_for(lambda: any(v >= head for v in rec.versions))
        ben.sync()
        import sqlite3

        con = sqlite3.connect(ben.db.path)
        try:
            assert con.execute("SELECT title FROM tickets").fetchall() == [("nachher",)]
        finally:
            con.close()
    finally:
        listener.stop()
        for e in (anna, ben):
            e.close()
            e.db.close()


def test_backoff_grows_with_jitter_and_a_cap() -> None:
    import random

    rng = random.Random(1)
    delays = [backoff_delay(n, rng=rng) for n in range(10)]
    assert 0.5 <= delays[0] <= 1.0
    assert all(d <= 30.0 for d in delays)
    assert delays[6] >= 15.0  # capped range [15, 30]
