"""The main window end to end: sign-in, first sync, queues, tickets, languages, layout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.app.i18n import install_translators, remove_translators
from desktop.app.sync_service import SyncService
from desktop.app.tasks import TaskManager
from desktop.sync.engine import SyncEngine
from desktop.ui.application import AppController
from desktop.ui.main_window import MainWindow, state_path
from desktop.ui.queue_model import QUEUE_ID_ROLE
from tests.ui.conftest import AGENT, AGENT_NAME, AGENT_PASSWORD, fill_local, make_settings


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "de") == "de"
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def controller(qapp, ui_server, tmp_path, local_db, tasks) -> Iterator[AppController]:
    settings = make_settings(ui_server.url, tmp_path / "client")
    ctl = AppController(qapp, settings, local_db, tasks)
    quits: list[bool] = []
    ctl.quit_requested.connect(lambda: quits.append(True))
    yield ctl
    if ctl.sync is not None:
        ctl.sync.shutdown()
    ctl.engine.close()


def test_main_window_opens_with_synced_data(qtbot, controller, english) -> None:
    with qtbot.waitSignal(controller.main_window_opened, timeout=15_000) as opened:
        controller.start(AGENT, AGENT_PASSWORD)  # like `make demo`: no dialog
    window: MainWindow = opened.args[0]
    qtbot.addWidget(window)
    assert controller.login is None
    assert window.windowTitle() == f"AgentDesk — {AGENT_NAME}"
    assert controller.sync is not None
    qtbot.waitUntil(lambda: controller.sync.last_result is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.queue_model.rowCount() == 6, timeout=5000)

    names = [window.queue_model.index(r, 0).data() for r in range(6)]
    assert names[0] == "All tickets"
    assert "Netzwerk & VPN" in names and "Hardware & Drucker" in names
    assert window.ticket_model.rowCount() > 0
    assert window.list_count.text() == f"{window.ticket_model.total} tickets"
    assert window.online.state == "online"
    assert window.online.text.text() == "Online"
    assert window.last_sync_label.text().startswith("Last sync: ")

    # another queue narrows the list; a ticket fills the detail dock
    row = window.queue_model.row_of("q-l2-network")
    assert row is not None
    window.queue_view.setCurrentIndex(window.queue_model.index(row, 0))
    assert window.ticket_model.queue_id == "q-l2-network"
    assert window.list_title.text() == "Netzwerk & VPN"
    window.select_ticket_row(0)
    assert window.detail.ticket_id == window.ticket_model.ticket_id(0)
    assert window.detail.reference.text().startswith("T-2026-")
    assert window.queue_view.currentIndex().data(QUEUE_ID_ROLE) == "q-l2-network"


def test_a_sync_failure_marks_the_window_offline(qtbot, controller, ui_server, english) -> None:
    with qtbot.waitSignal(controller.main_window_opened, timeout=15_000) as opened:
        controller.start(AGENT, AGENT_PASSWORD)
    window: MainWindow = opened.args[0]
    qtbot.addWidget(window)
    sync = controller.sync
    assert sync is not None
    qtbot.waitUntil(lambda: sync.online is True and not sync.running, timeout=15_000)
    ui_server.stop()
    with qtbot.waitSignal(sync.online_changed, timeout=15_000):
        window.sync_action.trigger()
    assert window.online.state == "offline"
    assert window.online.text.text() == "Offline"
    assert "Server not reachable" in window.progress_label.text()


def offline_window(qtbot, tmp_path, local_db, tasks: TaskManager,
                   fill: bool = True) -> MainWindow:
    if fill:
        fill_local(local_db, 30)
    settings = make_settings("http://127.0.0.1:1", tmp_path / "client")
    engine = SyncEngine(settings, local_db)
    sync = SyncService(engine, 3600, tasks)
    window = MainWindow(settings, local_db, sync, {"display_name": "Anna Schmidt"},
                        offline=True)
    qtbot.addWidget(window)
    window.destroyed.connect(engine.close)
    return window


def test_german_window(qtbot, tmp_path, local_db, tasks, german) -> None:
    window = offline_window(qtbot, tmp_path, local_db, tasks)
    assert window.file_menu.title() == "&Datei"
    assert window.view_menu.title() == "&Ansicht"
    assert window.help_menu.title() == "&Hilfe"
    assert window.queue_model.index(0, 0).data() == "Alle Tickets"
    assert window.online.text.text() == "Offline"
    assert window.last_sync_label.text() == "Noch nicht synchronisiert"
    assert window.ticket_model.headerData(3, Qt.Orientation.Horizontal) == "Priorität"
    assert window.list_count.text().endswith(" Tickets")
    assert window.sync_action.text() == "Jetzt &synchronisieren"


def test_english_window(qtbot, tmp_path, local_db, tasks, english) -> None:
    window = offline_window(qtbot, tmp_path, local_db, tasks)
    assert window.file_menu.title() == "&File"
    assert window.queue_model.index(0, 0).data() == "All tickets"
    shortcuts = dict(window.shortcut_rows())
    assert shortcuts["Sync now"] == "Ctrl+R, F5"
    assert shortcuts["Quit"] == "Ctrl+Q"
    assert shortcuts["Keyboard shortcuts"] == "F1"


def test_window_layout_is_saved_and_restored(qtbot, tmp_path, local_db, tasks,
                                             english) -> None:
    window = offline_window(qtbot, tmp_path, local_db, tasks)
    window.show()
    qtbot.waitExposed(window)
    window.knowledge_dock.hide()
    window.resize(1300, 777)
    window.close()
    path = state_path(window.settings)
    assert path.exists()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("main_window/state")

    again = offline_window(qtbot, tmp_path, local_db, tasks, fill=False)
    assert again.knowledge_dock.isHidden()
    again.reset_layout()
    assert not again.knowledge_dock.isHidden()
