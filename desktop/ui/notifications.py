"""The tray icon and the desktop notifications of the agent's news.

:func:`install` wires a :class:`~desktop.app.notifications.NotificationCenter` to the
main window's sync service and database and shows what it finds:

- with a system tray that can show messages (``QSystemTrayIcon.isSystemTrayAvailable()``
  and ``supportsMessages()``): a native notification (``showMessage``);
- otherwise (and while the window is in front, where a pop-up would only interrupt):
  ``QApplication.alert(window)`` (a flashing task-bar entry) when the window is not
  active, and the text in the window's status bar.

Clicking the notification or the tray icon brings the window to the front and opens
the ticket of the last notification (``MainWindow.show_ticket``). The tray's menu:
Show AgentDesk, one checkable entry per kind of notification (greyed out when IT
locked the setting), Quit.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from desktop.app.notifications import (
    KIND_ASSIGNED,
    KIND_ESCALATED,
    KIND_REMINDER,
    KIND_SLA,
    KINDS,
    NotificationCenter,
)
from desktop.app.resources import resource_path
from desktop.config import ConfigError
from desktop.sync.replica import Replica

log = logging.getLogger("agentdesk.ui.notifications")

MESSAGE_MS = 10_000  # how long a native notification stays (where the system obeys)
STATUS_MS = 15_000  # how long the fallback text stays in the status bar


def app_icon() -> QIcon:
    """The AgentDesk icon in the sizes a tray may ask for (PNG first, then SVG)."""
    result = QIcon()
    for name in ("agentdesk.png", "agentdesk.svg"):
        path = resource_path("icons", name)
        if path.is_file():
            result.addFile(str(path))
    return result


class TrayNotifier(QObject):
    """Shows the ``NotificationCenter``'s news for one main window.

    ``tray`` always exists (its signals and menu work everywhere); it is only made
    visible where the platform has a system tray. ``last_ticket_id`` is the ticket the
    next click on the notification or the tray icon opens.
    """

    def __init__(self, window: QMainWindow, center: NotificationCenter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.center = center
        self.last_ticket_id = ""
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setObjectName("agentdeskTray")
        self.tray.setToolTip(self.tr("AgentDesk"))
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.show_action = QAction(self.tr("&Show AgentDesk"), self.menu)
        self.show_action.setObjectName("trayShow")
        self.show_action.triggered.connect(self.bring_to_front)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        labels = {
            KIND_ASSIGNED: self.tr("Notify when a ticket is &assigned to me"),
            KIND_ESCALATED: self.tr("Notify when a ticket is &escalated to my level"),
            KIND_SLA: self.tr("Notify about &SLA warnings on my tickets"),
            KIND_REMINDER: self.tr("Notify when a &reminder is due"),
        }
        self.kind_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = QAction(labels[kind], self.menu)
            action.setObjectName(f"trayNotify_{kind}")
            action.setCheckable(True)
            action.toggled.connect(lambda on, k=kind: self._toggle(k, on))
            self.kind_actions[kind] = action
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self.menu)
        self.quit_action.setObjectName("trayQuit")
        self.quit_action.triggered.connect(self.quit)
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self.update_toggles)
        self.tray.setContextMenu(self.menu)
        self.update_toggles()

        self.tray.activated.connect(self._on_activated)
        self.tray.messageClicked.connect(self.open_last)
        center.notification_ready.connect(self.notify)
        if self.tray_available():
            self.tray.show()

    # -- what the platform offers ---------------------------------------------------------
    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def native_messages(self) -> bool:
        return self.tray_available() and QSystemTrayIcon.supportsMessages()

    def window_in_front(self) -> bool:
        return (self.window.isVisible() and self.window.isActiveWindow()
                and not self.window.isMinimized())

    # -- notifications --------------------------------------------------------------------
    @Slot(str, str, str, str)
    def notify(self, kind: str, title: str, body: str, ticket_id: str) -> None:
        self.last_ticket_id = ticket_id
        if self.tray.isVisible():
            self.tray.setToolTip(f"{self.tr('AgentDesk')}\n{title}")
        if not self.window_in_front() and self.native_messages():
            self.tray.showMessage(title, body, app_icon(), MESSAGE_MS)
            return
        self.show_fallback(title, body)

    def show_fallback(self, title: str, body: str) -> None:
        """Without native notifications: flash the task-bar entry, say it in the status
        bar (the first line of the body: the ticket)."""
        if not self.window_in_front():
            QApplication.alert(self.window, 0)
        first = body.splitlines()[0] if body else ""
        text = f"{title}: {first}" if first else title
        self.window.statusBar().showMessage(text, STATUS_MS)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_last()

    @Slot()
    def open_last(self) -> None:
        """Bring the window to the front and open the last notification's ticket."""
        ticket_id, self.last_ticket_id = self.last_ticket_id, ""
        self.bring_to_front()
        if ticket_id:
            self.open_ticket(ticket_id)

    def open_ticket(self, ticket_id: str) -> None:
        show = getattr(self.window, "show_ticket", None)
        if show is None:
            log.warning("the window cannot open tickets; not opening %s", ticket_id)
            return
        show(ticket_id)

    @Slot()
    def bring_to_front(self) -> None:
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized
                                  | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()

    # -- the menu -------------------------------------------------------------------------
    @Slot()
    def update_toggles(self) -> None:
        """Each kind's entry shows the effective setting; locked ones cannot change."""
        for kind, action in self.kind_actions.items():
            locked = self.center.locked(kind)
            action.blockSignals(True)
            action.setChecked(self.center.enabled(kind))
            action.blockSignals(False)
            action.setEnabled(not locked)
            action.setToolTip(self.tr("Set by your administrator") if locked else "")

    def _toggle(self, kind: str, on: bool) -> None:
        try:
            self.center.set_enabled(kind, on)
        except (ConfigError, OSError) as exc:
            log.warning("cannot change the %s notifications: %s", kind, exc)
        self.update_toggles()

    @Slot()
    def quit(self) -> None:
        quit_action = getattr(self.window, "quit_action", None)
        if isinstance(quit_action, QAction):
            quit_action.trigger()
        else:
            self.window.close()

    def shutdown(self) -> None:
        """No more checks, no tray icon (the window closed or the agent signed out)."""
        self.center.stop()
        self.tray.hide()


def _user_of(window: Any) -> dict[str, Any]:
    user = dict(getattr(window, "user", None) or {})
    if not user.get("id"):
        engine = getattr(getattr(window, "sync", None), "engine", None)
        user = dict(getattr(engine, "user", None) or {}) or dict(
            Replica(window.db).last_user() or {})
    return user


def install(window: Any) -> TrayNotifier | None:
    """Give ``window`` (the ``MainWindow``) a tray icon and notifications of the
    signed-in agent's news; None when nobody is known to be signed in."""
    user = _user_of(window)
    user_id = str(user.get("id") or "")
    if not user_id:
        log.info("no signed-in user: no notifications")
        return None
    level = user.get("level")
    center = NotificationCenter(window.db, window.settings, user_id,
                                int(level) if isinstance(level, int) else None,
                                sync=getattr(window, "sync", None))
    notifier = TrayNotifier(window, center, window)
    center.setParent(notifier)
    closed = getattr(window, "closed", None)
    if closed is not None:
        closed.connect(notifier.shutdown)
    center.start()
    return notifier


__all__ = ["TrayNotifier", "app_icon", "install"]
