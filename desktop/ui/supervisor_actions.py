"""The team view's dialogs: the drill-down list behind a figure, reassigning tickets,
moving an agent between queues, and a broadcast to the team.

Each dialog only collects the supervisor's choice; the team view sends it through
:class:`~desktop.app.supervisor.SupervisorService` (off the UI thread) and the server
checks it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import supervisor as sv
from desktop.ui import labels

if TYPE_CHECKING:
    from desktop.ui.team_view import TeamView

ID_ROLE = Qt.ItemDataRole.UserRole + 2
KEEP = "__keep__"


def kpi_label(kpi: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "calls": translate("SupervisorActions", "Calls"),
        "answered": translate("SupervisorActions", "Answered calls"),
        "abandoned": translate("SupervisorActions", "Abandoned calls"),
        "service_level": translate("SupervisorActions", "Calls for the service level"),
        "tickets_created": translate("SupervisorActions", "Tickets created"),
        "tickets_resolved": translate("SupervisorActions", "Tickets resolved"),
        "backlog": translate("SupervisorActions", "Open tickets"),
        "at_risk": translate("SupervisorActions", "Tickets at risk"),
        "breached": translate("SupervisorActions", "Tickets with a breached SLA"),
        "escalated": translate("SupervisorActions", "Escalated tickets"),
    }
    return names.get(kpi, kpi)


def show_refusal(parent: QWidget, message: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("SupervisorActions", "Team view"),
                      message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("supervisorRefusal")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def _keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def _table(parent: QWidget, name: str, title: str) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(parent)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view, model


class DrillDialog(QDialog):
    """The tickets and calls behind a figure. Enter opens a ticket in the main window;
    Ctrl+Shift+A reassigns the selected tickets.

    Signals:
        ticket_open_requested(str): a ticket id.
        reassign_requested(list): the selected ticket ids.
    """

    ticket_open_requested = Signal(str)
    reassign_requested = Signal(list)

    def __init__(self, view: TeamView, kpi: str, title: str, period: sv.Period,
                 filters: sv.Filters) -> None:
        super().__init__(view)
        self.view = view
        self.kpi = kpi
        self.period = period
        self.filters = filters
        self.drill: sv.Drill | None = None
        self.setObjectName("drillDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        heading = kpi_label(kpi)
        self.setWindowTitle(labels.fill(self.tr("%1 — %2"), heading, title) if title
                            else heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.status_label = QLabel(self.tr("Loading…"), self)
        self.status_label.setObjectName("drillStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.tickets_caption = QLabel(self.tr("Tickets"), self)
        self.tickets_caption.setObjectName("sectionTitle")
        self.tickets_view, self.tickets_model = _table(self, "drillTickets", self.tr("Tickets"))
        self.tickets_view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tickets_caption.setBuddy(self.tickets_view)
        self.calls_caption = QLabel(self.tr("Calls"), self)
        self.calls_caption.setObjectName("sectionTitle")
        self.calls_view, self.calls_model = _table(self, "drillCalls", self.tr("Calls"))
        layout.addWidget(self.tickets_caption)
        layout.addWidget(self.tickets_view, 1)
        layout.addWidget(self.calls_caption)
        layout.addWidget(self.calls_view, 1)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open ticket"), self)
        self.open_button.setToolTip(labels.fill(
            self.tr("Open the ticket in the main window (%1)"), _keys("Return")))
        self.reassign_button = QPushButton(self.tr("&Reassign…"), self)
        self.reassign_button.setToolTip(labels.fill(
            self.tr("Give the selected tickets another owner or queue (%1)"),
            _keys("Ctrl+Shift+A")))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reassign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self.open_current)
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.tickets_view.activated.connect(lambda _index: self.open_current())
        reassign = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        reassign.activated.connect(self.reassign_selected)
        open_key = QShortcut(QKeySequence("Ctrl+O"), self)
        open_key.activated.connect(self.open_current)
        self._show_sections()
        self.resize(860, 520)

    def reload(self) -> None:
        self.status_label.setText(self.tr("Loading…"))
        self.view.service.load_drill(self.kpi, self.period, self.filters)

    def show_drill(self, drill: sv.Drill) -> None:
        if drill.kpi != self.kpi:
            return
        self.drill = drill
        agents, queues = self.view.agent_names(), self.view.queue_names()
        self.tickets_model.clear()
        self.tickets_model.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Title"), self.tr("Status"), self.tr("Priority"),
            self.tr("Queue"), self.tr("Owner")])
        for t in drill.tickets:
            values = [t.reference, t.title, labels.status_label(t.status),
                      labels.priority_short(t.priority) if t.priority else "",
                      queues.get(t.queue_id or "", ""), agents.get(t.owner_id or "", "")]
            items = [QStandardItem(v) for v in values]
            items[0].setData(t.id, ID_ROLE)
            self.tickets_model.appendRow(items)
        self.calls_model.clear()
        self.calls_model.setHorizontalHeaderLabels([
            self.tr("Caller"), self.tr("Started"), self.tr("Answered"), self.tr("Ended"),
            self.tr("Agent")])
        for c in drill.calls:
            values = [c.caller_number, labels.format_time(c.started_at),
                      labels.format_time(c.answered_at), labels.format_time(c.ended_at),
                      agents.get(c.agent_id or "", "")]
            items = [QStandardItem(v) for v in values]
            items[0].setData(c.id, ID_ROLE)
            self.calls_model.appendRow(items)
        for view in (self.tickets_view, self.calls_view):
            view.horizontalHeader().setStretchLastSection(True)
        if self.tickets_model.columnCount() > 1:
            self.tickets_view.horizontalHeader().setSectionResizeMode(
                1, QHeaderView.ResizeMode.Stretch)
        total = len(drill.tickets) + len(drill.calls)
        text = self.tr("%n row(s)", "", total)
        if drill.truncated:
            text += " " + self.tr("(only the first 500 are shown)")
        self.status_label.setText(text)
        self._show_sections()
        if drill.tickets:
            self.tickets_view.setFocus()
            self.tickets_view.setCurrentIndex(self.tickets_model.index(0, 0))
        elif drill.calls:
            self.calls_view.setFocus()

    def _show_sections(self) -> None:
        has_tickets = self.drill is None or bool(self.drill.tickets)
        has_calls = self.drill is not None and bool(self.drill.calls)
        for widget in (self.tickets_caption, self.tickets_view, self.open_button,
                       self.reassign_button):
            widget.setVisible(has_tickets)
        for widget in (self.calls_caption, self.calls_view):
            widget.setVisible(has_calls)

    def selected_ticket_ids(self) -> list[str]:
        rows = self.tickets_view.selectionModel().selectedRows()
        if not rows and self.tickets_view.currentIndex().isValid():
            rows = [self.tickets_view.currentIndex()]
        ids = []
        for index in rows:
            value = index.siblingAtColumn(0).data(ID_ROLE)
            if value and value not in ids:
                ids.append(str(value))
        return ids

    def open_current(self) -> None:
        index: QModelIndex = self.tickets_view.currentIndex()
        if index.isValid():
            ticket_id = index.siblingAtColumn(0).data(ID_ROLE)
            if ticket_id:
                self.ticket_open_requested.emit(str(ticket_id))

    def reassign_selected(self) -> None:
        ids = self.selected_ticket_ids()
        if ids:
            self.reassign_requested.emit(ids)


class ReassignDialog(QDialog):
    """A new owner and/or a new queue for some tickets ("keep" leaves it as it is)."""

    def __init__(self, parent: QWidget, count: int, agents: Mapping[str, str],
                 queues: Mapping[str, str]) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reassign tickets"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        intro = QLabel(self.tr("%n ticket(s) selected.", "", count), self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("reassignOwner")
        self.owner_combo.addItem(self.tr("Keep the owner"), KEEP)
        for user_id, name in sorted(agents.items(), key=lambda kv: kv[1].casefold()):
            self.owner_combo.addItem(name, user_id)
        self.queue_combo = QComboBox(self)
        self.queue_combo.setObjectName("reassignQueue")
        self.queue_combo.addItem(self.tr("Keep the queue"), KEEP)
        for queue_id, name in sorted(queues.items(), key=lambda kv: kv[1].casefold()):
            self.queue_combo.addItem(name, queue_id)
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        form.addRow(self.tr("&Queue:"), self.queue_combo)
        layout.addLayout(form)
        note = QLabel(self.tr("A new queue must be of the tickets' support level."), self)
        note.setObjectName("fieldCaption")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reassign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.owner_combo.currentIndexChanged.connect(self._update)
        self.queue_combo.currentIndexChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(420)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.owner_id() is not None or self.queue_id() is not None)

    def owner_id(self) -> str | None:
        value = self.owner_combo.currentData()
        return None if value == KEEP else str(value)

    def queue_id(self) -> str | None:
        value = self.queue_combo.currentData()
        return None if value == KEEP else str(value)


class MoveAgentDialog(QDialog):
    """Move an agent from one of their queues (or none: add) to another queue."""

    def __init__(self, parent: QWidget, agents: Sequence[sv.AgentRow],
                 queues: Mapping[str, str], selected: str | None) -> None:
        super().__init__(parent)
        self.agents = {a.user_id: a for a in agents}
        self.queues = dict(queues)
        self.setObjectName("moveAgentDialog")
        self.setWindowTitle(self.tr("Move agent to queue"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.agent_combo = QComboBox(self)
        self.agent_combo.setObjectName("moveAgent")
        for agent in sorted(agents, key=lambda a: a.name.casefold()):
            self.agent_combo.addItem(agent.name, agent.user_id)
        if selected is not None:
            self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(selected)))
        self.from_combo = QComboBox(self)
        self.from_combo.setObjectName("moveFrom")
        self.to_combo = QComboBox(self)
        self.to_combo.setObjectName("moveTo")
        form.addRow(self.tr("&Agent:"), self.agent_combo)
        form.addRow(self.tr("&From queue:"), self.from_combo)
        form.addRow(self.tr("&To queue:"), self.to_combo)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.agent_combo.currentIndexChanged.connect(self._agent_changed)
        self.from_combo.currentIndexChanged.connect(self._fill_targets)
        self._agent_changed()
        self.setMinimumWidth(420)

    def _agent_changed(self) -> None:
        agent = self.agents.get(str(self.agent_combo.currentData()))
        self.from_combo.blockSignals(True)
        self.from_combo.clear()
        for queue_id in agent.queue_ids if agent else ():
            self.from_combo.addItem(self.queues.get(queue_id, queue_id), queue_id)
        self.from_combo.addItem(self.tr("None (add to a queue)"), None)
        self.from_combo.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self) -> None:
        agent = self.agents.get(str(self.agent_combo.currentData()))
        current = set(agent.queue_ids) if agent else set()
        self.to_combo.clear()
        for queue_id, name in sorted(self.queues.items(), key=lambda kv: kv[1].casefold()):
            if queue_id not in current:
                self.to_combo.addItem(name, queue_id)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.to_combo.count() > 0)

    def user_id(self) -> str:
        return str(self.agent_combo.currentData())

    def from_queue_id(self) -> str | None:
        value = self.from_combo.currentData()
        return None if value is None else str(value)

    def to_queue_id(self) -> str:
        return str(self.to_combo.currentData())


EXPIRY_CHOICES = (15, 30, 60, 120, 240, 480)


class BroadcastDialog(QDialog):
    """A short message (at most 500 characters) for the team's desktops."""

    def __init__(self, parent: QWidget, team_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("broadcastDialog")
        self.setWindowTitle(self.tr("Broadcast to the team"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        intro = QLabel(labels.fill(self.tr("The message appears on the desktops of “%1”."),
                                   team_name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("broadcastText")
        self.edit.setAccessibleName(self.tr("Message"))
        self.edit.setPlaceholderText(self.tr("e.g. Outage of the VPN gateway: please "
                                             "open one ticket per caller in the VPN queue."))
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(110)
        layout.addWidget(self.edit, 1)
        row = QHBoxLayout()
        self.counter = QLabel(self)
        self.counter.setObjectName("broadcastCounter")
        expires_label = QLabel(self.tr("&Show for:"), self)
        self.expires_combo = QComboBox(self)
        self.expires_combo.setObjectName("broadcastExpires")
        for minutes in EXPIRY_CHOICES:
            text = (self.tr("%n minute(s)", "", minutes) if minutes < 60
                    else self.tr("%n hour(s)", "", minutes // 60))
            self.expires_combo.addItem(text, minutes)
        self.expires_combo.setCurrentIndex(EXPIRY_CHOICES.index(60))
        expires_label.setBuddy(self.expires_combo)
        row.addWidget(self.counter)
        row.addStretch(1)
        row.addWidget(expires_label)
        row.addWidget(self.expires_combo)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        send.setText(self.tr("Send"))
        send.setToolTip(labels.fill(self.tr("Send the message (%1)"), _keys("Ctrl+Return")))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self._send_by_key)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.resize(480, 300)

    def _send_by_key(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def _update(self) -> None:
        text = self.edit.toPlainText()
        if len(text) > sv.BROADCAST_MAX:
            cursor = self.edit.textCursor()
            self.edit.blockSignals(True)
            self.edit.setPlainText(text[:sv.BROADCAST_MAX])
            self.edit.blockSignals(False)
            cursor.setPosition(sv.BROADCAST_MAX)
            self.edit.setTextCursor(cursor)
            text = text[:sv.BROADCAST_MAX]
        used = len(text)
        self.counter.setText(labels.fill(self.tr("%1 / %2 characters"), used,
                                         sv.BROADCAST_MAX))
        self.counter.setProperty("full", used >= sv.BROADCAST_MAX)
        send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        send.setEnabled(bool(text.strip()))

    def body(self) -> str:
        return self.edit.toPlainText().strip()

    def expires_minutes(self) -> int:
        return int(self.expires_combo.currentData())
