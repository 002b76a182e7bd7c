"""The wrap-up bar: after a hang-up, the wrap-up code of the call, without a dialog.

A compact bar at the bottom of the main window (``AgentStatePanel`` shows and hides
it): the call it is for, the after-call-work timer (in the warning colour once over the
limit), the managed wrap-up codes and the state to go to afterwards. It never takes the
focus by itself; Ctrl+Alt+C puts the keyboard in it and Enter confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.app.agent_states import PendingWrapUp, WrapUpChoice
from desktop.domain import phones
from desktop.domain.agent_states import BreakReason, State
from desktop.ui import labels
from desktop.ui.widgets import repolish

FOCUS_KEY = "Ctrl+Alt+C"  # C: the wrap-up code (W is a seeded macro)

STYLE = """
QFrame#wrapUpBar { background: #fdf6e9; border-top: 1px solid #f0dfb8; }
QFrame#wrapUpBar[warn="true"] { background: #fdf0ef; border-top: 1px solid #e6b3ae; }
QLabel#wrapUpTitle { font-weight: 600; color: #6b4a00; }
QFrame#wrapUpBar[warn="true"] QLabel#wrapUpTitle { color: #8c1d13; }
QLabel#wrapUpTimer { font-weight: 600; color: #6b4a00; padding: 1px 8px;
                     border-radius: 9px; background: #f6e3b4; }
QLabel#wrapUpTimer[warn="true"] { color: #ffffff; background: #c0392b; }
QLabel#wrapUpCall { color: #24303c; }
QLabel#wrapUpMore { color: #6b7885; }
QLabel#wrapUpError { color: #8c1d13; font-weight: 600; }
"""


def format_duration(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on (:func:`labels.format_duration`)."""
    return labels.format_duration(seconds)


def break_reason_label(reason: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        BreakReason.LUNCH.value: translate("AgentState", "Lunch break"),
        BreakReason.SHORT_BREAK.value: translate("AgentState", "Short break"),
        BreakReason.MEETING.value: translate("AgentState", "Meeting"),
        BreakReason.PERSONAL.value: translate("AgentState", "Personal"),
        BreakReason.TECHNICAL_ISSUE.value: translate("AgentState", "Technical problem"),
    }
    return texts.get(reason, reason.replace("_", " ").capitalize())


def state_label(state: State | str, reason: str = "") -> str:
    """The state for people; a break with its reason ("Break: Lunch break")."""
    translate = QCoreApplication.translate
    texts = {
        State.AVAILABLE.value: translate("AgentState", "Available"),
        State.ON_CALL.value: translate("AgentState", "On a call"),
        State.AFTER_CALL_WORK.value: translate("AgentState", "After-call work"),
        State.BREAK.value: translate("AgentState", "Break"),
        State.TRAINING.value: translate("AgentState", "Training"),
        State.OFFLINE.value: translate("AgentState", "Offline"),
    }
    text = texts.get(str(state), str(state))
    if str(state) == State.BREAK.value and reason:
        return labels.fill(translate("AgentState", "Break: %1"), break_reason_label(reason))
    return text


class WrapUpBar(QFrame):
    """The wrap-up of one call.

    Signals:
        confirmed(str, str, str, str): calls row id, wrap-up code, the state to go to and
            its reason.
    """

    confirmed = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpBar")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("warn", False)
        self.wrap_up: PendingWrapUp | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("After-call work"), self)
        self.title.setObjectName("wrapUpTitle")
        self.timer_label = QLabel(format_duration(0), self)
        self.timer_label.setObjectName("wrapUpTimer")
        self.timer_label.setProperty("warn", False)
        self.call_label = QLabel(self)
        self.call_label.setObjectName("wrapUpCall")
        self.call_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_label = QLabel(self)
        self.more_label.setObjectName("wrapUpMore")
        self.more_label.hide()
        self.code_label = QLabel(self.tr("Wrap-up &code:"), self)
        self.code_combo = QComboBox(self)
        self.code_combo.setObjectName("wrapUpCode")
        self.code_combo.setAccessibleName(self.tr("Wrap-up code"))
        self.code_combo.setPlaceholderText(self.tr("Choose…"))
        self.code_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.code_combo.setMinimumContentsLength(18)
        self.code_label.setBuddy(self.code_combo)
        self.next_label = QLabel(self.tr("Th&en:"), self)  # Alt+T: the Ticket menu
        self.next_combo = QComboBox(self)
        self.next_combo.setObjectName("wrapUpNext")
        self.next_combo.setAccessibleName(self.tr("Status after the wrap-up"))
        self.next_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.next_label.setBuddy(self.next_combo)
        for state, reason in [(State.AVAILABLE, ""),
                              *((State.BREAK, r.value) for r in BreakReason),
                              (State.TRAINING, ""), (State.OFFLINE, "")]:
            self.next_combo.addItem(state_label(state, reason), f"{state.value}|{reason}")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("wrapUpError")
        self.error_label.hide()
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setObjectName("wrapUpDone")
        self.done_button.setToolTip(self.tr("Save the wrap-up code and end the after-call "
                                            "work (Enter)"))
        self.done_button.clicked.connect(self.confirm)
        layout.addWidget(self.title)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.call_label, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(self.error_label)
        layout.addSpacing(8)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code_combo)
        layout.addWidget(self.next_label)
        layout.addWidget(self.next_combo)
        layout.addWidget(self.done_button)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.confirm)
        self.code_combo.currentIndexChanged.connect(lambda _i: self.error_label.hide())

    # -- content ---------------------------------------------------------------------
    def show_wrap_up(self, wrap_up: PendingWrapUp, choices: list[WrapUpChoice], more: int,
                     resume: tuple[str, str]) -> None:
        """Show ``wrap_up`` with the codes to choose from; ``more`` calls wait behind it;
        ``resume`` (state, reason) is preselected as the state to go to."""
        same = self.wrap_up is not None and self.wrap_up.call_row_id == wrap_up.call_row_id
        self.wrap_up = wrap_up
        e164 = phones.try_normalise(wrap_up.caller) if wrap_up.caller else None
        number = phones.format_phone(e164, "national") if e164 else wrap_up.caller
        who = wrap_up.customer or number or self.tr("unknown caller")
        if wrap_up.customer and number:
            who = f"{wrap_up.customer} · {number}"
        self.call_label.setText(labels.fill(self.tr("Call with %1"), who))
        self.more_label.setText(self.tr("+%n more call(s) to wrap up", "", more))
        self.more_label.setVisible(more > 0)
        if not same:
            self.code_combo.clear()
            for choice in choices:
                self.code_combo.addItem(choice.label, choice.code)
            self.code_combo.setCurrentIndex(-1)
            self.error_label.hide()
            index = self.next_combo.findData("|".join(resume))
            self.next_combo.setCurrentIndex(max(0, index))
        self.code_combo.setEnabled(self.code_combo.count() > 0)
        if not self.code_combo.count():
            self.code_combo.setPlaceholderText(self.tr("No codes"))

    def tick(self, seconds: float, over: bool) -> None:
        """The after-call-work timer; ``over``: past the limit (warning colour)."""
        self.timer_label.setText(format_duration(seconds))
        if bool(self.property("warn")) != over:
            self.setProperty("warn", over)
            self.timer_label.setProperty("warn", over)
            self.timer_label.setToolTip(self.tr("Longer than the after-call work limit")
                                        if over else "")
            repolish(self)
            repolish(self.timer_label)
            repolish(self.title)

    @property
    def warning(self) -> bool:
        return bool(self.property("warn"))

    def next_state(self) -> tuple[str, str]:
        """The state (and break reason) chosen for after the wrap-up."""
        state, _, reason = str(self.next_combo.currentData() or State.AVAILABLE.value
                               ).partition("|")
        return state, reason

    def focus_code(self) -> None:
        self.code_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def confirm(self) -> None:
        if self.wrap_up is None:
            return
        code = self.code_combo.currentData()
        if self.code_combo.count() and not code:
            self.error_label.setText(self.tr("Choose a wrap-up code first."))
            self.error_label.show()
            self.code_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        state, reason = self.next_state()
        self.confirmed.emit(self.wrap_up.call_row_id, str(code or ""), state, reason)
