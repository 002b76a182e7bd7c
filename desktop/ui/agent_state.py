"""The agent's state in the status bar, and the wrap-up bar after a call.

``install(window)`` (called by the main window) adds:

- a status-bar button with the current state, a coloured dot and the time in the state
  (counting live); its menu sets available, break (with a reason), training, offline —
  also by Ctrl+Alt+1 … Ctrl+Alt+4 (Ctrl+Alt+2 opens the list of break reasons);
- the live call events of the agent's line: answered → on a call, hung up → after-call
  work and the wrap-up bar (``desktop.ui.wrap_up``) at the bottom of the window;
  Ctrl+Alt+C puts the keyboard in it;
- at sign-out and quit the state ends in offline. It connects to the window's
  ``sign_out_requested`` before the application does, so the change is written and
  queued for sending before the sign-out stops the sync.

The rules and the storing live in ``desktop.app.agent_states``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from desktop.app.agent_states import AgentStateService, wrap_up_choices
from desktop.domain.agent_states import BreakReason, Presence, State
from desktop.ui import labels
from desktop.ui.widgets import dot_icon, native
from desktop.ui.wrap_up import (
    FOCUS_KEY,
    WrapUpBar,
    break_reason_label,
    format_duration,
    state_label,
)

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("agentdesk.ui.agent_state")

STATE_KEYS = {State.AVAILABLE: "Ctrl+Alt+1", State.BREAK: "Ctrl+Alt+2",
              State.TRAINING: "Ctrl+Alt+3", State.OFFLINE: "Ctrl+Alt+4"}
STATE_COLOURS = {
    State.AVAILABLE: "#2e9d5b",
    State.ON_CALL: "#2f6fdf",
    State.AFTER_CALL_WORK: "#d99a1e",
    State.BREAK: "#8a6d3b",
    State.TRAINING: "#7d5fb2",
    State.OFFLINE: "#aab3bc",
}
WARN_COLOUR = "#c0392b"
STYLE = """
QToolButton#agentStateButton { padding: 1px 8px; border: 1px solid transparent;
                               border-radius: 9px; }
QToolButton#agentStateButton:hover { border: 1px solid #d8dee5; background: #eef1f5; }
QToolButton#agentStateButton:focus { border: 1px solid #2f6fdf; }
QToolButton#agentStateButton[warn="true"] { color: #8c1d13; font-weight: 600; }
QToolButton#agentStateButton::menu-indicator { image: none; width: 0; }
"""


def refusal_text(code: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        "during_call": translate("AgentState", "During a call only Offline can be chosen."),
        "automatic_state": translate("AgentState",
                                     "This status is set by the telephone system."),
        "reason_required": translate("AgentState", "Choose a reason for the break."),
        "unknown_reason": translate("AgentState", "This break reason is not offered here."),
        "not_stored": translate("AgentState",
                                "The status could not be saved. Please try again."),
    }
    return texts.get(code, translate("AgentState", "The status cannot be changed now."))


class AgentStatePanel(QObject):
    """The state button, its actions and the wrap-up bar of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        engine = getattr(window.sync, "engine", None)
        user_id = (getattr(engine, "user", None) or {}).get("id") or window.user.get("id")
        self.service = AgentStateService(window.db, window.sync,
                                         str(user_id) if user_id else None, parent=self)

        self.button = QToolButton(window)
        self.button.setObjectName("agentStateButton")
        self.button.setStyleSheet(STYLE)
        self.button.setProperty("warn", False)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.menu = QMenu(self.button)
        self.menu.setObjectName("agentStateMenu")
        self.button.setMenu(self.menu)

        group = QActionGroup(self)
        group.setExclusive(True)
        self.state_actions: dict[State, QAction] = {}
        self.break_actions: dict[str, QAction] = {}
        self.current_label = QAction(self.menu)
        self.current_label.setEnabled(False)
        self.menu.addAction(self.current_label)
        self.menu.addSeparator()
        for state in (State.AVAILABLE, State.BREAK, State.TRAINING, State.OFFLINE):
            action = QAction(state_label(state), window)
            action.setObjectName(f"agentState_{state.value}")
            action.setShortcut(QKeySequence(STATE_KEYS[state]))
            # also while a screen pop or a ticket window is in front
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setIcon(dot_icon(STATE_COLOURS[state]))
            window.addAction(action)
            self.state_actions[state] = action
        self.break_menu = QMenu(self.tr("&Break"), self.menu)
        self.break_menu.setObjectName("breakReasonMenu")
        self.break_menu.setIcon(dot_icon(STATE_COLOURS[State.BREAK]))
        for number, reason in enumerate(BreakReason, start=1):
            action = QAction(f"&{number}  {break_reason_label(reason.value)}", self.break_menu)
            action.setObjectName(f"breakReason_{reason.value}")
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, r=reason.value: self.choose_break(r))
            group.addAction(action)
            self.break_menu.addAction(action)
            self.break_actions[reason.value] = action
        for state in (State.AVAILABLE, State.TRAINING, State.OFFLINE):
            action = self.state_actions[state]
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, s=state: self.choose(s))
        # Ctrl+Alt+2 lists the reasons; the break entry of the menu is the submenu.
        self.state_actions[State.BREAK].triggered.connect(self.show_break_reasons)
        self.menu.addAction(self.state_actions[State.AVAILABLE])
        self.break_entry = self.menu.addMenu(self.break_menu)
        # the key is the window's action's; here it is only shown (no second shortcut)
        self.break_entry.setText(f"{self.break_menu.title()}\t{native(STATE_KEYS[State.BREAK])}")
        self.break_entry.setCheckable(True)
        self.menu.addAction(self.state_actions[State.TRAINING])
        self.menu.addAction(self.state_actions[State.OFFLINE])
        self.menu.addSeparator()
        self.wrap_up_action = QAction(self.tr("Go to the &wrap-up"), window)
        self.wrap_up_action.setObjectName("focusWrapUp")
        self.wrap_up_action.setShortcut(QKeySequence(FOCUS_KEY))
        self.wrap_up_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.wrap_up_action.triggered.connect(self.focus_wrap_up)
        window.addAction(self.wrap_up_action)
        self.menu.addAction(self.wrap_up_action)

        status = window.statusBar()
        status.addPermanentWidget(self.button)

        self.bar = WrapUpBar(window)
        self.toolbar = QToolBar(self.tr("Wrap-up"), window)
        self.toolbar.setObjectName("wrapUpToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setStyleSheet("QToolBar#wrapUpToolBar { border: none; padding: 0; "
                                   "spacing: 0; }")
        self.toolbar.toggleViewAction().setVisible(False)  # not in the docks' menu
        self.toolbar.addWidget(self.bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        self.toolbar.hide()
        self.bar.confirmed.connect(self._confirmed)

        self.clock = QTimer(self)
        self.clock.setObjectName("agentStateClock")
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.refresh)
        self.clock.start()

        self.service.state_changed.connect(self._on_state_changed)
        self.service.wrap_ups_changed.connect(self._show_wrap_up)
        self.service.change_refused.connect(self._refused)
        window.sync.call_event.connect(self.service.on_call_event)
        window.sync.sync_finished.connect(lambda _result: self.service.after_sync())
        # Before the application's own handler (connected after the window is made):
        # the offline state is written and queued before the sync stops.
        window.sign_out_requested.connect(self.service.end_session)
        window.closed.connect(self.service.end_session)
        self._on_state_changed(self.service.presence)

    # -- actions ---------------------------------------------------------------------
    def choose(self, state: State) -> bool:
        ok = self.service.set_state(state)
        self._sync_checks()
        return ok

    def choose_break(self, reason: str) -> bool:
        ok = self.service.set_state(State.BREAK, reason)
        self._sync_checks()
        return ok

    def show_break_reasons(self) -> None:
        """Ctrl+Alt+2: the reasons, above the state button; arrows or 1–5 and Enter."""
        if not self.service.enabled:
            return
        hint = self.break_menu.sizeHint()
        anchor = self.button.mapToGlobal(QPoint(0, -hint.height()))
        self.break_menu.popup(anchor)
        first = self.break_menu.actions()[0] if self.break_menu.actions() else None
        if first is not None:
            self.break_menu.setActiveAction(first)

    def focus_wrap_up(self) -> None:
        if self.toolbar.isVisible():
            self.window.raise_()
            self.window.activateWindow()
            self.bar.focus_code()

    # -- display ---------------------------------------------------------------------
    def _on_state_changed(self, presence: Presence) -> None:
        enabled = self.service.enabled
        for action in (*self.state_actions.values(), *self.break_actions.values()):
            action.setEnabled(enabled)
        self.break_entry.setEnabled(enabled)
        self._sync_checks()
        # room for the longest time, so the button does not jitter every second
        longest = f"{state_label(presence.state, presence.reason)}  0:00:00"
        self.button.setMinimumWidth(self.button.fontMetrics().horizontalAdvance(longest) + 44)
        self.refresh()
        if presence.state is not State.AFTER_CALL_WORK and not self.service.pending:
            self.toolbar.hide()

    def _sync_checks(self) -> None:
        presence = self.service.presence
        for state, action in self.state_actions.items():
            if action.isCheckable():
                action.setChecked(state is presence.state)
        for reason, action in self.break_actions.items():
            action.setChecked(presence.state is State.BREAK and presence.reason == reason)
        self.break_entry.setChecked(presence.state is State.BREAK)

    def refresh(self) -> None:
        """The button's text and the bar's timer (every second)."""
        presence = self.service.presence
        seconds = self.service.seconds_in_state()
        over = self.service.acw_overrun() > 0
        text = state_label(presence.state, presence.reason)
        self.button.setText(f"{text}  {format_duration(seconds)}")
        self.button.setIcon(dot_icon(WARN_COLOUR if over else STATE_COLOURS[presence.state]))
        if bool(self.button.property("warn")) != over:
            self.button.setProperty("warn", over)
            self.button.style().unpolish(self.button)
            self.button.style().polish(self.button)
        since = labels.format_time(presence.since)
        tip = labels.fill(self.tr("Your status: %1, since %2."), text, since)
        if not self.service.enabled:
            tip = self.tr("Sign in to set your status.")
        tip += "\n" + labels.fill(
            self.tr("Available %1 · Break %2 · Training %3 · Offline %4"),
            *(native(STATE_KEYS[s]) for s in (State.AVAILABLE, State.BREAK, State.TRAINING,
                                               State.OFFLINE)))
        self.button.setToolTip(tip)
        self.button.setAccessibleName(labels.fill(self.tr("Your status: %1"), text))
        self.current_label.setText(labels.fill(self.tr("Now: %1 for %2"), text,
                                               format_duration(seconds)))
        if self.toolbar.isVisible() and self.service.pending:
            first = self.service.pending[0]
            elapsed = self.service.clock().timestamp() - first.ended_at.timestamp()
            self.bar.tick(elapsed, over)

    def _show_wrap_up(self) -> None:
        pending = self.service.pending
        if not pending:
            self.toolbar.hide()
            self.bar.wrap_up = None
            return
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        try:
            choices = wrap_up_choices(self.window.db, language)
        except Exception as exc:  # the bar must show even when the list cannot be read
            log.error("cannot read the wrap-up codes: %s", exc)
            choices = []
        presence = self.service.presence
        resume = (presence.resume_state.value, presence.resume_reason)
        self.bar.show_wrap_up(pending[0], choices, len(pending) - 1, resume)
        self.toolbar.show()
        self.refresh()

    def _confirmed(self, call_row_id: str, code: str, state: str, reason: str) -> None:
        if self.service.confirm_wrap_up(call_row_id, code, state, reason):
            self.window.statusBar().showMessage(self.tr("Wrap-up saved."), 5000)
            if self.service.pending:
                self._show_wrap_up()
            else:
                self.window.table.setFocus()

    def _refused(self, code: str, _params: Any) -> None:
        self.window.statusBar().showMessage(refusal_text(code), 8000)

    def shortcut_actions(self) -> list[QAction]:
        """For the F1 list, in menu order."""
        return [*self.state_actions.values(), self.wrap_up_action]


def install(window: MainWindow) -> AgentStatePanel:
    return AgentStatePanel(window)
