"""SyncService: sync off the UI thread, one at a time, online/offline by signal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.app.sync_service import SyncService
from desktop.sync.api import Tokens
from desktop.sync.engine import SyncEngine
from desktop.sync.replica import SyncResult
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
        assert not service.sync_now()  # never two at once
    [result] = results
    assert result.entities["tickets"] == 60
    assert service.online is True and not service.running


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
    assert service._timer.isActive()
    service.shutdown()  # waits for the worker thread
    assert not service._timer.isActive()
    assert not service.sync_now()
