"""The tray notifier on the real main window: fallback, native path, clicks, toggles.

Qt's offscreen platform has no system tray (``isSystemTrayAvailable()`` is False), so
the fallback path - ``QApplication.alert`` plus a status-bar message - runs for real.
The native path is tested by declaring the platform able (``native_messages``
patched: the one thing that cannot run here) and watching ``showMessage``; clicks on
the notification and the tray icon are played with ``QSystemTrayIcon``'s own signals
(``messageClicked``, ``activated``), which is what the platform emits.
``QApplication.alert`` is wrapped to see that it was called (offscreen it has no
visible effect); the real one still runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.app.i18n import install_translators, remove_translators
from desktop.app.notifications import KIND_ASSIGNED, KIND_REMINDER, KIND_SLA, KINDS
from desktop.app.sync_service import SyncService
from desktop.app.tasks import TaskManager
from desktop.config import Settings
from desktop.models import SYNCED_TABLES
from desktop.models.types import to_wire_time, utcnow
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.ui.application import AppController
from desktop.ui.main_window import MainWindow
from desktop.ui.notifications import TrayNotifier, install
from tests.ui.conftest import AGENT, AGENT_PASSWORD, fill_local, make_settings

WAIT = 20_000
ME = "user-1"  # fill_local's agent; owns every fourth demo ticket


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    real = QApplication.alert

    def alert(widget: Any, msec: int = 0) -> None:
        seen.append(widget)
        real(widget, msec)

    monkeypatch.setattr(QApplication, "alert", staticmethod(alert))
    return seen


def mark_synced(db: LocalDatabase) -> None:
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES ('last_sync_at', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (to_wire_time(utcnow()),))


def pulled(db: LocalDatabase, ticket_id: str, **fields: Any) -> None:
    table = SYNCED_TABLES["tickets"]
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == ticket_id).values(**fields))


def demo_ticket(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


@pytest.fixture
def local_window(qtbot, tmp_path: Path, local_db: LocalDatabase,
                 tasks: TaskManager) -> Callable[..., MainWindow]:
    """A window over a filled local replica, offline (no server is needed)."""
    def make(settings: Settings | None = None) -> MainWindow:
        fill_local(local_db, 30)
        assert local_db.engine is not None
        with local_db.engine.begin() as conn:  # SLA clocks of the demo rows run on the
            conn.exec_driver_sql("UPDATE tickets SET solution_due = NULL")  # wall clock
        mark_synced(local_db)
        settings = settings or make_settings("http://127.0.0.1:1", tmp_path / "client")
        engine = SyncEngine(settings, local_db)
        sync = SyncService(engine, 3600, tasks)
        window = MainWindow(settings, local_db, sync, {"id": ME, "display_name": "Anna Schmidt",
                                                       "level": 1}, offline=True)
        qtbot.addWidget(window)
        window.destroyed.connect(engine.close)
        return window

    return make


def installed(qtbot, window: MainWindow) -> TrayNotifier:
    """``install`` as the application does it, once its first check took the baseline."""
    notifier = install(window)
    assert notifier is not None
    notifier.center.timer.setInterval(20)  # the 30 s timer, made quick for the test
    qtbot.waitUntil(lambda: notifier.center.scanner.load_state() is not None)
    return notifier


def test_fallback_alerts_and_says_it_in_the_status_bar(qtbot, local_window, local_db,
                                                       alerts, english) -> None:
    window = local_window()
    notifier = install(window)
    assert notifier is not None
    assert notifier.center.scanner.load_state() is None  # not inside install()
    qtbot.waitUntil(lambda: notifier.center.scanner.load_state() is not None)  # baseline
    assert notifier.center.timer.isActive()
    notifier.center.timer.setInterval(20)  # the 30 s timer, made quick for the test
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray
    assert not notifier.tray.isVisible()
    assert not notifier.native_messages()

    pulled(local_db, demo_ticket(1), owner_id=ME)  # a supervisor gave it to Anna
    with qtbot.waitSignal(notifier.center.notification_ready, timeout=WAIT) as heard:
        pass  # the timer's next check finds it
    kind, title, body, ticket_id = heard.args
    assert (kind, title, ticket_id) == (KIND_ASSIGNED, "Ticket assigned to you",
                                        demo_ticket(1))
    assert body.startswith("T-2026-004712 – ")
    assert alerts == [window]
    assert window.statusBar().currentMessage() == f"Ticket assigned to you: {body}"

    # a click on the tray icon brings the window up with the ticket
    assert window.detail.ticket_id is None
    notifier.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()
    assert window.detail.ticket_id == demo_ticket(1)
    assert window.detail.reference.text() == "T-2026-004712"
    assert notifier.last_ticket_id == ""


def test_native_notification_and_its_click(qtbot, local_window, local_db, alerts,
                                           monkeypatch, english) -> None:
    window = local_window()
    notifier = installed(qtbot, window)
    # The one thing offscreen Qt cannot do: a system tray that shows messages.
    monkeypatch.setattr(notifier, "native_messages", lambda: True)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(notifier.tray, "showMessage",
                        lambda title, body, *_args: shown.append((title, body)))

    for n in (4, 8, 12):  # three reminders on Anna's tickets fall due: one summary
        pulled(local_db, demo_ticket(n), status="pending",
               pending_reason="reminder", pending_until=utcnow() - timedelta(minutes=1))
    with qtbot.waitSignal(notifier.center.notification_ready, timeout=WAIT) as heard:
        pass
    assert heard.args[0] == KIND_REMINDER
    assert heard.args[3] == ""
    assert shown == [("3 reminders due", "T-2026-004715, T-2026-004719, T-2026-004723")]
    assert alerts == []  # the native notification says it; no flashing, no status text
    assert window.statusBar().currentMessage() == ""

    # a single one names its ticket; clicking the notification opens it
    pulled(local_db, demo_ticket(17), owner_id=ME)
    with qtbot.waitSignal(notifier.center.notification_ready, timeout=WAIT):
        pass
    assert shown[-1][0] == "Ticket assigned to you"
    notifier.tray.messageClicked.emit()
    assert window.detail.ticket_id == demo_ticket(17)


def test_in_front_the_status_bar_is_enough(qtbot, local_window, local_db, alerts,
                                           english) -> None:
    window = local_window()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    notifier = installed(qtbot, window)
    notifier.notify(KIND_SLA, "SLA at risk", "T-2026-004712 – Drucker\nSolution due at 13:00",
                    demo_ticket(1))
    assert alerts == []
    assert window.statusBar().currentMessage() == "SLA at risk: T-2026-004712 – Drucker"


def test_menu_toggles_follow_settings_and_locks(qtbot, tmp_path, local_window, english,
                                                isolated_env) -> None:
    machine = isolated_env["machine_config"]
    machine.parent.mkdir(parents=True, exist_ok=True)
    machine.write_text('notify_escalated = false\nlocked = ["notify_escalated"]\n',
                       encoding="utf-8")
    settings = Settings(cli={"server_url": "http://127.0.0.1:1",
                             "data_dir": str(tmp_path / "client"), "language": "en"})
    window = local_window(settings)
    notifier = installed(qtbot, window)
    menu = notifier.tray.contextMenu()
    assert menu is notifier.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Show AgentDesk", "Notify when a ticket is &assigned to me",
                     "Notify when a ticket is &escalated to my level",
                     "Notify about &SLA warnings on my tickets",
                     "Notify when a &reminder is due", "&Quit"]
    actions = notifier.kind_actions
    assert list(actions) == list(KINDS)
    assert all(a.isCheckable() for a in actions.values())
    escalated = actions["escalated"]
    assert not escalated.isEnabled() and not escalated.isChecked()
    assert escalated.toolTip() == "Set by your administrator"
    assert actions[KIND_SLA].isEnabled() and actions[KIND_SLA].isChecked()

    actions[KIND_SLA].trigger()  # off
    assert settings["notify_sla"] is False
    assert not actions[KIND_SLA].isChecked()
    assert '"notify_sla": false' in settings.user_path.read_text(encoding="utf-8")
    actions[KIND_SLA].trigger()  # on again
    assert settings["notify_sla"] is True

    # a locked kind cannot be switched, even if its action is triggered somehow
    escalated.setEnabled(True)
    escalated.trigger()
    assert settings["notify_escalated"] is False
    assert not escalated.isChecked() and not escalated.isEnabled()


def test_show_and_quit_from_the_menu(qtbot, local_window, english) -> None:
    window = local_window()
    notifier = installed(qtbot, window)
    window.showMinimized()
    notifier.show_action.trigger()
    assert window.isVisible() and not window.isMinimized()
    with qtbot.waitSignal(window.closed, timeout=WAIT):
        notifier.quit_action.trigger()
    assert not window.isVisible()
    assert not notifier.center.timer.isActive()  # closing the window stopped the checks


# -- end to end: another agent assigns a ticket over the real server -----------------------
@pytest.fixture
def controller(qapp, ui_server, tmp_path, local_db, tasks) -> Iterator[AppController]:
    settings = make_settings(ui_server.url, tmp_path / "client", sync_interval=3600)
    ctl = AppController(qapp, settings, local_db, tasks)
    yield ctl
    if ctl.sync is not None:
        ctl.sync.shutdown()
    if ctl.window is not None:
        ctl.window.closed.disconnect()
        ctl.window.close()
    ctl.engine.close()


def test_an_assignment_by_a_colleague_reaches_the_agent(qtbot, controller, ui_server,
                                                        tmp_path, alerts, english) -> None:
    with qtbot.waitSignal(controller.main_window_opened, timeout=WAIT) as opened:
        controller.start(AGENT, AGENT_PASSWORD)
    window: MainWindow = opened.args[0]
    qtbot.addWidget(window)
    notifier = install(window)  # the lead's one line in AppController.open_main
    assert notifier is not None
    center = notifier.center
    qtbot.waitUntil(lambda: center.scanner.load_state() is not None, timeout=WAIT)
    baseline = center.scanner.load_state()
    assert baseline is not None and baseline["owned"]  # Anna's own tickets: not news
    heard: list[tuple[str, ...]] = []
    center.notification_ready.connect(lambda *args: heard.append(args))
    window.showMinimized()  # the agent works in another program
    assert not notifier.window_in_front()

    # Tom, on his own workstation, gives Anna a ticket.
    tom_db = LocalDatabase(tmp_path / "tom").open()
    tom = SyncEngine(make_settings(ui_server.url, tmp_path / "tom"), tom_db)
    try:
        tom.sign_in("tom.berger", "Tee-2026!!")
        tom.sync()
        ticket = demo_ticket(1)
        tom.writer.update("tickets", ticket, {"owner_id": ui_server.user_id})
        result = tom.sync()
        assert result.pushed.applied == 1
    finally:
        tom.close()
        tom_db.close()

    # The live hint pulls it. (Its SLA clock runs on the wall clock: an SLA warning on
    # the same ticket may follow, so only the assignment is counted here.)
    qtbot.waitUntil(lambda: any(h[0] == KIND_ASSIGNED for h in heard), timeout=WAIT)
    assigned = [(t, b, i) for k, t, b, i in heard if k == KIND_ASSIGNED]
    assert len(assigned) == 1
    title, body, ticket_id = assigned[0]
    assert (title, ticket_id) == ("Ticket assigned to you", ticket)
    assert body.endswith("\nAssigned by Tom Berger")
    assert alerts and alerts[-1] is window
    notifier.tray.messageClicked.emit()
    assert window.detail.ticket_id == ticket
    assert not window.isMinimized()
