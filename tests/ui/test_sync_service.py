"""SyncService: sync off the UI thread, one at a time, online/offline by signal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.app.sync_service import SyncService
from desktop.sync.api import Tokens
from desktop.sync.engine import SyncEngine
from desktop.sync.replica import SyncResult
from tests.support.server_helpers import write_rows
from tests.ui.conftest import AGENT, AGENT_PASSWORD


@pytest.fixture
def engine(ui_server, engine_factory) -> SyncEngine:
    engine = engine_factory(ui_server.url)
    engine.sign_in(AGENT, AGENT_PASSWORD)
    return engine


@pytest.fixture
def service(qtbot, engine) -> Iterator[SyncService]:
    service = SyncService(engine, 3600)
    yield service
    service.shutdown()


def test_sync_runs_in_the_background_and_reports(qtbot, service) -> None:
    results: list[SyncResult] = []
    service.sync_finished.connect(results.append)
    with qtbot.waitSignals([service.sync_started, service.online_changed,
                            service.sync_finished], order="strict", timeout=15_000):
        assert service.sync_now()
        assert service.running
        assert not service.sync_now()  # never two at once: this one waits behind
        assert not service.sync_now()  # and never more than one waits
        assert service.queued
    first = results[0]
    assert first.entities["tickets"] == 60
    assert service.online is True
    qtbot.waitUntil(lambda: len(results) == 2 and not service.running, timeout=15_000)
    assert results[1].rows == 0  # the queued sync found nothing new
    assert not service.queued


def test_offline_when_the_server_stops_and_online_when_it_is_back(qtbot, service,
                                                                   ui_server) -> None:
    with qtbot.waitSignal(service.sync_finished, timeout=15_000):
        service.sync_now()
    ui_server.stop()
    with qtbot.waitSignals([service.online_changed, service.sync_failed], timeout=15_000,
                           check_params_cbs=[lambda online: online is False,
                                             lambda text: "Server not reachable" in text]):
        service.sync_now()
    assert service.online is False
    ui_server.start()
    with qtbot.waitSignal(service.online_changed, timeout=15_000,
                          check_params_cb=lambda online: online is True):
        service.sync_now()


def test_a_rejected_sign_in_asks_for_a_new_one(qtbot, service, engine) -> None:
    engine.client.tokens = Tokens("not-valid-access", "not-valid-refresh", {"username": AGENT})
    with qtbot.waitSignals([service.sign_in_required, service.sync_failed], timeout=15_000):
        service.sync_now()
    assert service.needs_sign_in
    assert service.online is True  # the server answered


def test_periodic_sync_and_shutdown(qtbot, engine) -> None:
    service = SyncService(engine, 5)
    with qtbot.waitSignal(service.sync_finished, timeout=15_000):
        service.start(sync_at_once=True)
    # the stream's first hint may have queued one more sync; then it waits for the next
    qtbot.waitUntil(lambda: not service.running and service._timer.isActive(),
                    timeout=15_000)
    service.shutdown()  # waits for the worker thread
    assert not service._timer.isActive()
    assert not service.sync_now()


def started_and_idle(qtbot, service: SyncService) -> None:
    with qtbot.waitSignal(service.sync_finished, timeout=15_000):
        service.start(sync_at_once=True)
    qtbot.waitUntil(lambda: service.stream_connected and not service.running
                    and not service.queued, timeout=15_000)


def test_a_hint_from_the_server_starts_a_sync(qtbot, engine, ui_server) -> None:
    service = SyncService(engine, 3600)  # the safety poll would take an hour
    try:
        started_and_idle(qtbot, service)
        results: list[SyncResult] = []
        service.sync_finished.connect(results.append)
        version = write_rows(ui_server.db_url, "queues",
                             [{"id": "q-live", "name": "Live", "level": 1}])
        qtbot.waitUntil(lambda: bool(results) and results[-1].entities.get("queues") == 1,
                        timeout=15_000)
        assert engine.replica.version() >= version
        assert service._timer.remainingTime() > 60_000  # hints arrive: no fast polling
    finally:
        service.shutdown()


def test_polls_with_backoff_while_the_stream_is_down(qtbot, engine, ui_server) -> None:
    service = SyncService(engine, 3600)
    try:
        started_and_idle(qtbot, service)
        ui_server.stop()
        qtbot.waitUntil(lambda: not service.stream_connected, timeout=15_000)
        failures: list[str] = []
        service.sync_failed.connect(failures.append)
        qtbot.waitUntil(lambda: len(failures) >= 2, timeout=30_000)  # nobody pressed F5
        assert service.online is False
        assert service._timer.remainingTime() < 60_000
        ui_server.start()
        qtbot.waitUntil(lambda: service.online is True and service.stream_connected,
                        timeout=60_000)
        qtbot.waitUntil(lambda: not service.running and not service.queued, timeout=15_000)
        assert service._timer.remainingTime() > 60_000  # back to the slow safety poll
    finally:
        service.shutdown()
