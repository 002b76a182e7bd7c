"""The offline-first write path through the real window against a real server: live
updates, the pending count, conflicts resolved by keyboard, rejections retried and
discarded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from desktop.app.i18n import install_translators, remove_translators
from desktop.app.sync_service import SyncService
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import CONFLICT, REJECTED
from desktop.ui.application import AppController
from desktop.ui.conflict_dialog import ConflictDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox_panel import COL_REASON, RetryDialog
from desktop.ui.ticket_model import COL_TITLE
from server.store import make_engine
from tests.ui.conftest import AGENT, AGENT_PASSWORD, make_settings

TICKET = "00000000-0000-4000-8000-000000000001"  # T-2026-004712, status "new"
QUEUE = "q-l1-general"
QUEUE_NAME = "Allgemeine Anfragen"
WAIT = 20_000


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


class Client:
    """Another agent's workstation, without a window: its own data folder and engine."""

    def __init__(self, url: str, folder: Path, user: str, password: str) -> None:
        self.db = LocalDatabase(folder).open()
        self.engine = SyncEngine(make_settings(url, folder), self.db)
        self.engine.sign_in(user, password)
        self.engine.sync()

    def value(self, sql: str) -> object:
        assert self.db.engine is not None
        with self.db.engine.connect() as conn:
            return conn.exec_driver_sql(sql).scalar()

    def close(self) -> None:
        self.engine.close()
        self.db.close()


@pytest.fixture
def tom(ui_server, tmp_path) -> Iterator[Client]:
    client = Client(ui_server.url, tmp_path / "tom", "tom.berger", "Tee-2026!!")
    yield client
    client.close()


def server_value(db_url: str, sql: str) -> object:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql(sql).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def controller(qapp, ui_server, tmp_path, local_db, tasks) -> Iterator[AppController]:
    # A slow safety poll: whatever arrives faster came through the event stream.
    settings = make_settings(ui_server.url, tmp_path / "client", sync_interval=3600)
    ctl = AppController(qapp, settings, local_db, tasks)
    yield ctl
    if ctl.sync is not None:
        ctl.sync.shutdown()
    if ctl.window is not None:
        ctl.window.closed.disconnect()
        ctl.window.close()
    ctl.engine.close()


@pytest.fixture
def window(qtbot, controller) -> MainWindow:
    with qtbot.waitSignal(controller.main_window_opened, timeout=WAIT) as opened:
        controller.start(AGENT, AGENT_PASSWORD)
    main: MainWindow = opened.args[0]
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.activateWindow()
    sync = controller.sync
    assert sync is not None
    qtbot.waitUntil(lambda: sync.last_result is not None and sync.stream_connected
                    and not sync.running and not sync.queued, timeout=WAIT)
    return main


def idle(sync: SyncService) -> Callable[[], bool]:
    return lambda: not sync.running and not sync.queued


def local_value(window: MainWindow, sql: str) -> object:
    assert window.db.engine is not None
    with window.db.engine.connect() as conn:
        return conn.exec_driver_sql(sql).scalar()


def test_a_change_by_another_agent_arrives_live(qtbot, window, tom, english) -> None:
    row = window.ticket_model.row_of(TICKET)
    assert row is not None
    window.select_ticket_row(row)
    assert window.detail.ticket_id == TICKET
    started = []
    window.sync.sync_started.connect(lambda: started.append(True))

    tom.engine.writer.update("tickets", TICKET, {"title": "Live: VPN wieder stabil"})
    tom.engine.sync()

    def shown() -> bool:
        index = window.ticket_model.index(window.ticket_model.row_of(TICKET) or 0, COL_TITLE)
        return index.data() == "Live: VPN wieder stabil"

    qtbot.waitUntil(shown, timeout=WAIT)  # no F5: the event stream's hint pulled it
    assert window.detail.title.text() == "Live: VPN wieder stabil"
    assert started and window.sync.stream_connected


def test_pending_count_while_the_server_is_away(qtbot, window, ui_server, english) -> None:
    sync = window.sync
    assert window.pending_label.isHidden()
    ui_server.stop()
    qtbot.waitUntil(lambda: not sync.stream_connected, timeout=WAIT)
    with qtbot.waitSignal(sync.outbox_changed, timeout=WAIT,
                          check_params_cb=lambda pending, _a: pending == 1):
        sync.edit(lambda w: w.update("tickets", TICKET, {"title": "Offline geändert"}))
    assert window.pending_label.isVisible()
    assert window.pending_label.text() == "1 change waiting"
    qtbot.waitUntil(lambda: sync.online is False, timeout=WAIT)
    assert window.online.state == "offline"
    assert window.pending_label.isVisible()  # still waiting after the failed attempt

    ui_server.start()
    # No F5: polling (or the stream, once back) delivers the change.
    qtbot.waitUntil(lambda: window.pending_label.isHidden(), timeout=60_000)
    assert window.online.state == "online"
    assert server_value(ui_server.db_url,
                        f"SELECT title FROM tickets WHERE id='{TICKET}'") == "Offline geändert"
    qtbot.waitUntil(idle(sync), timeout=WAIT)


def test_conflict_resolved_by_keyboard(qtbot, window, tom, ui_server, english) -> None:
    sync = window.sync
    # Anna's edit waits in her outbox while Tom changes the same fields and delivers.
    writer = sync.writer()
    assert writer is not None
    writer.update("tickets", TICKET, {"title": "Anna: VPN bricht ab",
                                      "description": "Anna: betrifft das ganze Büro"})
    tom.engine.writer.update("tickets", TICKET, {"title": "Tom: VPN bricht ab",
                                                 "description": "Tom: nur im Homeoffice"})
    tom.engine.sync()
    # Tom's delivery is hinted to Anna's window, whose sync pushes her edit: a conflict.
    with qtbot.waitSignal(sync.outbox_changed, timeout=WAIT,
                          check_params_cb=lambda p, a: (p, a) == (0, 1)):
        pass
    assert window.attention_button.isVisible()
    assert window.attention_button.text() == "1 not delivered"
    (conflict,) = writer.items(CONFLICT)
    # nothing was overwritten: the server kept Tom's values
    assert server_value(ui_server.db_url, f"SELECT title FROM tickets WHERE id='{TICKET}'"
                        ) == "Tom: VPN bricht ab"

    qtbot.keyClick(window, Qt.Key.Key_5,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.outbox_panel
    assert window.outbox_dock.isVisible()
    assert panel.table.hasFocus()
    assert "Title, Description" in panel.model.index(0, COL_REASON).data()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, ConflictDialog)
    title, description = dialog.rows
    assert title.theirs_cell.view.text() == "Tom: VPN bricht ab"
    assert isinstance(description.editor.widget, QPlainTextEdit)
    assert isinstance(title.editor.widget, QLineEdit)
    qtbot.waitUntil(title.editor.widget.hasFocus)  # once the dialog is active

    qtbot.keyClick(title.editor.widget, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(title.editor.widget, Qt.Key.Key_Tab)
    assert description.editor.widget.hasFocus()
    qtbot.keyClick(description.editor.widget, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(description.editor.widget, "Buero und Homeoffice betroffen")
    with qtbot.waitSignal(sync.outbox_changed, timeout=WAIT,
                          check_params_cb=lambda p, a: a == 0):
        qtbot.keyClick(description.editor.widget, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert writer.items(CONFLICT) == []
    qtbot.waitUntil(lambda: writer.pending_count() == 0 and idle(sync)(), timeout=WAIT)
    assert window.attention_button.isHidden() and window.pending_label.isHidden()
    assert panel.stack.currentWidget() is panel.empty

    tom.engine.sync()
    ticket = f"FROM tickets WHERE id='{TICKET}'"
    assert tom.value(f"SELECT title {ticket}") == "Tom: VPN bricht ab"
    assert tom.value(f"SELECT description {ticket}") == "Buero und Homeoffice betroffen"
    assert server_value(ui_server.db_url, f"SELECT description {ticket}"
                        ) == "Buero und Homeoffice betroffen"
    assert local_value(window, f"SELECT title {ticket}") == "Tom: VPN bricht ab"
    assert conflict.seq not in [i.seq for i in writer.items(CONFLICT, REJECTED)]


def test_rejected_change_is_retried_and_discarded(qtbot, window, ui_server, english) -> None:
    sync = window.sync
    with qtbot.waitSignal(sync.outbox_changed, timeout=WAIT,
                          check_params_cb=lambda p, a: (p, a) == (0, 1)):
        sync.edit(lambda w: w.update("queues", QUEUE, {"name": "Meine Warteschlange"}))
    queue_name = f"SELECT name FROM queues WHERE id='{QUEUE}'"
    qtbot.waitUntil(idle(sync), timeout=WAIT)
    assert local_value(window, queue_name) == QUEUE_NAME  # undone here at once
    window.show_outbox()
    panel = window.outbox_panel
    assert panel.model.rowCount() == 1
    reason = panel.model.index(0, COL_REASON).data()
    # told from the server's code and params, so it can be shown in German too
    assert reason == "Changing queues needs the role “Administrator”."
    assert panel.model.index(0, 0).data() == "Not permitted"
    assert panel.table.hasFocus()
    first = panel.current_item()
    assert first is not None and first.state == REJECTED

    # Try again (Enter): a small form with the change prefilled, corrected, sent again
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, RetryDialog)
    name = dialog.editors["name"].widget
    assert isinstance(name, QLineEdit) and name.text() == "Meine Warteschlange"
    qtbot.waitUntil(name.hasFocus)
    name.selectAll()
    qtbot.keyClicks(name, "Meine Queue 2")
    seen: list[tuple[int, int, object]] = []
    sync.outbox_changed.connect(
        lambda p, a: seen.append((p, a, local_value(window, queue_name))))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert seen[0] == (1, 0, "Meine Queue 2")  # queued again at once, shown locally
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and idle(sync)(), timeout=WAIT)
    again = panel.current_item()
    assert again is not None and again.seq != first.seq
    assert again.fields == {"name": "Meine Queue 2"} and again.state == REJECTED

    # Discard (Del, confirmed with Enter): gone from the list, the server's name stays
    # A window manager hands activation back to the window when the dialog closes; the
    # offscreen platform does not, so the test does.
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = panel.confirm_box
    assert box is not None
    assert box.text() == "Discard your change to “Queue · Allgemeine Anfragen”?"
    assert "Name: Meine Queue 2" in box.informativeText()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0 and idle(sync)(), timeout=WAIT)
    assert local_value(window, queue_name) == QUEUE_NAME
    row = window.queue_model.row_of(QUEUE)
    assert row is not None and window.queue_model.index(row, 0).data() == QUEUE_NAME
    assert window.attention_button.isHidden()
    assert server_value(ui_server.db_url,
                        f"SELECT name FROM queues WHERE id='{QUEUE}'") == QUEUE_NAME
