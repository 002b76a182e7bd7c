"""The supervisor's team view (issue 8): agents, queues, KPIs and charts, live.

:func:`install` gives supervisors and admins a "Team view" entry (Ctrl+Shift+T) in the
main window's View menu; agents get nothing (the server refuses them anyway). The
window (:class:`TeamView`) shows

- the agents of the team: state (with its colour), time in state (ticking every second
  on this computer), the current call and its duration, open tickets, handled today;
- the queues: waiting calls and tickets, the longest wait, tickets at risk and breached;
- KPI tiles for today, this week or a chosen range, filtered by team, queue, level and
  agent; Enter or a double click on a tile or a table figure lists what is behind it;
- the charts of :mod:`desktop.ui.team_charts`.

It re-reads the overview (debounced) whenever a sync brought changes, which the live
event stream triggers within a moment of any change on the server. Failed requests
show a message above the figures and keep the last figures on screen.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy import select

from desktop.app import supervisor as sv
from desktop.domain.roles import Role, at_least
from desktop.models import Queue, Team
from desktop.models.types import utcnow
from desktop.ui import labels
from desktop.ui.table_columns import StretchWithMinimum
from desktop.ui.team_charts import TeamCharts, chart_images

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.supervisor_actions import DrillDialog
    from desktop.ui.wallboard import Wallboard

log = logging.getLogger("agentdesk.ui.team_view")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TICK_MS = 1000
KPI_DEBOUNCE_MS = 2000
FALLBACK_REFRESH_MS = 60_000
STATE_GROUP = "team_view"

STATE_COLOURS = {
    "available": "#2e9d5b",
    "on_call": "#2f6fdf",
    "after_call_work": "#6b4fbb",
    "break": "#d99a1e",
    "training": "#1f8a8a",
    "offline": "#aab3bc",
}
WARN_COLOUR = "#c05a00"
BAD_COLOUR = "#b3261e"


def state_label(state: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "available": translate("TeamView", "Available"),
        "on_call": translate("TeamView", "On a call"),
        "after_call_work": translate("TeamView", "After-call work"),
        "break": translate("TeamView", "Break"),
        "training": translate("TeamView", "Training"),
        "offline": translate("TeamView", "Offline"),
    }
    return names.get(state, state.replace("_", " ").capitalize())


def reason_label(reason: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "lunch": translate("TeamView", "lunch"),
        "short_break": translate("TeamView", "short break"),
        "meeting": translate("TeamView", "meeting"),
        "personal": translate("TeamView", "personal"),
        "technical_issue": translate("TeamView", "technical issue"),
    }
    return names.get(reason, reason.replace("_", " "))


def format_duration(seconds: float | None) -> str:
    """``m:ss`` below an hour, ``h:mm:ss`` above; "–" for no value."""
    return labels.format_duration(seconds)


def format_share(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "\u2013"
    return f"{QLocale().toString(value * 100, 'f', decimals)}\u00a0%"


def format_decimal(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "\u2013"
    return labels.format_decimal(value, decimals)


def local_zone() -> tzinfo:
    """The computer's time zone with its daylight-saving rules (for "today"/"week")."""
    try:
        from zoneinfo import ZoneInfo

        name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        return ZoneInfo(name)
    except Exception:  # no IANA name (or no tz database): the current offset
        zone = datetime.now().astimezone().tzinfo
        return zone if zone is not None else UTC


# -- item models ---------------------------------------------------------------------
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class _LiveModel(QAbstractTableModel):
    """Rows from the last overview; ``tick(now)`` repaints the running clocks."""

    live_columns: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = utcnow()

    def tick(self, now: datetime) -> None:
        self.now = now
        rows = self.rowCount()
        for column in self.live_columns:
            if rows:
                self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column),
                                      [Qt.ItemDataRole.DisplayRole, SORT_ROLE])

    def headers(self) -> list[str]:
        raise NotImplementedError

    def header_tips(self) -> list[str]:
        return []

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(
                self.headers()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tips()
            return tips[section] or None if section < len(tips) else None
        return None


AG_NAME, AG_STATE, AG_TIME, AG_CALL, AG_CALL_TIME, AG_OPEN, AG_HANDLED, AG_QUEUES = range(8)


class AgentTableModel(_LiveModel):
    live_columns = (AG_TIME, AG_CALL_TIME)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.agents: tuple[sv.AgentRow, ...] = ()
        self.queue_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Agent"), self.tr("State"), self.tr("In state"), self.tr("Call"),
                self.tr("Call time"), self.tr("Open"), self.tr("Handled"),
                self.tr("Queues")]

    def header_tips(self) -> list[str]:
        return ["", "", self.tr("Time in the current state"), self.tr("Caller of the "
                "current call"), self.tr("Duration of the current call"),
                self.tr("Open tickets owned by the agent"),
                self.tr("Calls and tickets handled today"), ""]

    def set_agents(self, agents: Sequence[sv.AgentRow], queue_names: dict[str, str],
                   now: datetime) -> None:
        self.beginResetModel()
        self.agents = tuple(agents)
        self.queue_names = dict(queue_names)
        self.now = now
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.agents)

    def time_in_state(self, agent: sv.AgentRow) -> float | None:
        if agent.state_since is None:
            return None
        return (self.now - agent.state_since).total_seconds()

    def call_time(self, agent: sv.AgentRow) -> float | None:
        if agent.call is None:
            return None
        since = agent.call.answered_at or agent.call.started_at
        return (self.now - since).total_seconds()

    def state_text(self, agent: sv.AgentRow) -> str:
        text = state_label(agent.state)
        if agent.reason:
            text = f"{text} ({reason_label(agent.reason)})"
        return text

    def queues_text(self, agent: sv.AgentRow) -> str:
        return ", ".join(self.queue_names.get(q, q) for q in agent.queue_ids)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.agents):
            return None
        agent, column = self.agents[index.row()], index.column()
        if role == ID_ROLE:
            return agent.user_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == AG_NAME:
                return agent.name
            if column == AG_STATE:
                return self.state_text(agent)
            if column == AG_TIME:
                return format_duration(self.time_in_state(agent))
            if column == AG_CALL:
                return agent.call.caller_number if agent.call else ""
            if column == AG_CALL_TIME:
                return format_duration(self.call_time(agent)) if agent.call else ""
            if column == AG_OPEN:
                return labels.format_number(agent.open_tickets)
            if column == AG_HANDLED:
                return labels.format_number(agent.handled_today)
            if column == AG_QUEUES:
                return self.queues_text(agent)
        if role == SORT_ROLE:
            values: list[Any] = [agent.name.casefold(), agent.state,
                                 self.time_in_state(agent) or 0.0,
                                 agent.call.caller_number if agent.call else "",
                                 self.call_time(agent) or 0.0, agent.open_tickets,
                                 agent.handled_today, self.queues_text(agent)]
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == AG_STATE:
            return QColor(STATE_COLOURS.get(agent.state, "#7a8794"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                AG_TIME, AG_CALL_TIME, AG_OPEN, AG_HANDLED):
            return labels.ALIGN_RIGHT
        return None


QU_NAME, QU_LEVEL, QU_CALLS, QU_TICKETS, QU_WAIT, QU_RISK, QU_BREACHED = range(7)


class QueueTableModel(_LiveModel):
    live_columns = (QU_WAIT,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queues: tuple[sv.QueueRow, ...] = ()
        self.generated_at = self.now

    def headers(self) -> list[str]:
        return [self.tr("Queue"), self.tr("Level"), self.tr("Calls"), self.tr("Tickets"),
                self.tr("Longest wait"), self.tr("At risk"), self.tr("Breached")]

    def header_tips(self) -> list[str]:
        return ["", "", self.tr("Calls waiting in the queue"),
                self.tr("Unassigned new or open tickets in the queue"),
                self.tr("The longest wait of a call or ticket, counting"),
                self.tr("Tickets whose SLA is about to be missed"),
                self.tr("Tickets whose SLA was missed")]

    def set_queues(self, queues: Sequence[sv.QueueRow], generated_at: datetime,
                   now: datetime) -> None:
        self.beginResetModel()
        self.queues = tuple(queues)
        self.generated_at = generated_at
        self.now = now
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.queues)

    def longest_wait(self, queue: sv.QueueRow) -> float | None:
        """The wait as reported, growing while the clock runs."""
        if queue.longest_wait_seconds is None:
            return None
        elapsed = max(0.0, (self.now - self.generated_at).total_seconds())
        return queue.longest_wait_seconds + elapsed

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.queues):
            return None
        queue, column = self.queues[index.row()], index.column()
        if role == ID_ROLE:
            return queue.queue_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = [queue.name, str(queue.level),
                      labels.format_number(queue.waiting_calls),
                      labels.format_number(queue.waiting_tickets),
                      format_duration(self.longest_wait(queue)),
                      labels.format_number(queue.at_risk),
                      labels.format_number(queue.breached)]
            return values[column]
        if role == SORT_ROLE:
            raw: list[Any] = [queue.name.casefold(), queue.level, queue.waiting_calls,
                              queue.waiting_tickets, self.longest_wait(queue) or 0.0,
                              queue.at_risk, queue.breached]
            return raw[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == QU_BREACHED and queue.breached:
                return QColor(BAD_COLOUR)
            if column == QU_RISK and queue.at_risk:
                return QColor(WARN_COLOUR)
        if role == Qt.ItemDataRole.FontRole and (
                (column == QU_BREACHED and queue.breached)
                or (column == QU_RISK and queue.at_risk)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= QU_LEVEL:
            return labels.ALIGN_RIGHT
        return None


# -- KPI tiles -------------------------------------------------------------------------
class KpiTile(QFrame):
    """One figure with its caption; Enter or a double click asks for what is behind it.

    Signals:
        activated(str): the tile's key.
    """

    activated = Signal(str)

    def __init__(self, key: str, title: str, drill: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.drill = drill
        self.setObjectName("kpiTile")
        self.setProperty("kpi", key)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if drill else Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("kpiTitle")
        self.value_label = QLabel("\u2013", self)
        self.value_label.setObjectName("kpiValue")
        self.detail_label = QLabel(" ", self)
        self.detail_label.setObjectName("kpiDetail")
        for label in (self.title_label, self.value_label, self.detail_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)
        self.setAccessibleName(title)
        if drill:
            self.setToolTip(QCoreApplication.translate(
                "TeamView", "Enter or double click: list what is behind this figure"))

    def set_value(self, value: str, detail: str = "") -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail or " ")
        self.setAccessibleDescription(f"{value} {detail}".strip())

    def value(self) -> str:
        return self.value_label.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.drill:
            self.activated.emit(self.key)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.drill:
            self.activated.emit(self.key)
        super().mouseDoubleClickEvent(event)


TEAM_VIEW_STYLE = """
QFrame#kpiTile { background: #ffffff; border: 1px solid #d8dee5; border-radius: 6px; }
QFrame#kpiTile:focus { border: 2px solid #2f6fdf; }
QLabel#kpiTitle { color: #4a5561; font-weight: 600; }
QLabel#kpiValue { color: #1f2a35; font-size: 17pt; font-weight: 600; }
QLabel#kpiDetail { color: #6b7885; }
QLabel#teamMessage { background: #fdecea; color: #8a1f17; padding: 6px 10px;
                     border-bottom: 1px solid #f1c6c2; }
QLabel#teamUpdated { color: #6b7885; }
QLabel#sectionTitle { font-weight: 600; color: #4a5561; padding: 4px 2px; }
QTableView#agentsTable QHeaderView::section, QTableView#queuesTable QHeaderView::section {
    padding: 4px 4px; }
QWidget#teamFilters { background: #ffffff; border-bottom: 1px solid #d8dee5; }
"""


def _shortcut_text(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts() if not k.isEmpty())


# -- the window ------------------------------------------------------------------------
class TeamView(QMainWindow):
    """The supervisor's window onto the team.

    Signals:
        ticket_open_requested(str): open this ticket in the main window.
        overview_changed(object): a new :class:`~desktop.app.supervisor.Overview` is shown.
        kpis_changed(object): new :class:`~desktop.app.supervisor.Kpis` are shown.
    """

    ticket_open_requested = Signal(str)
    overview_changed = Signal(object)
    kpis_changed = Signal(object)

    def __init__(self, service: sv.SupervisorService, *, role: str, team_id: str | None,
                 teams: Sequence[tuple[str, str]] = (),
                 queues: Sequence[tuple[str, str, int]] = (),
                 state_file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.role = role
        self.zone = local_zone()
        service.tz_name = getattr(self.zone, "key", None)
        self.team_id = team_id
        self.state_file = state_file
        self.overview: sv.Overview | None = None
        self.kpis: sv.Kpis | None = None
        self.series: tuple[sv.SeriesBucket, ...] = ()
        self.clock_offset = timedelta(0)  # server clock minus this computer's clock
        self.last_error = ""
        self.drill_dialog: DrillDialog | None = None
        self.wallboard: Wallboard | None = None
        self.action_dialog: QWidget | None = None
        self._queue_names = {qid: name for qid, name, _level in queues}
        self.setObjectName("teamView")
        self.setWindowTitle(self.tr("Team view"))
        self.setStyleSheet(TEAM_VIEW_STYLE)

        self.agents_model = AgentTableModel(self)
        self.queues_model = QueueTableModel(self)
        self.clock = QTimer(self)
        self.clock.setObjectName("teamClock")
        self.clock.setInterval(TICK_MS)
        self.clock.timeout.connect(self.tick)
        self.kpi_debounce = QTimer(self)
        self.kpi_debounce.setSingleShot(True)
        self.kpi_debounce.setInterval(KPI_DEBOUNCE_MS)
        self.kpi_debounce.timeout.connect(self.load_figures)
        self.fallback = QTimer(self)
        self.fallback.setInterval(FALLBACK_REFRESH_MS)
        self.fallback.timeout.connect(self.refresh)
        self._build(teams, queues)
        self._build_actions()
        self.service.overview_loaded.connect(self.show_overview)
        self.service.kpis_loaded.connect(self.show_kpis)
        self.service.series_loaded.connect(self.show_series)
        self.service.drill_loaded.connect(self._show_drill)
        self.service.failed.connect(self.show_failure)
        self.service.action_done.connect(self._action_done)

        self._restore()

    # -- construction -------------------------------------------------------------------
    def _build(self, teams: Sequence[tuple[str, str]],
               queues: Sequence[tuple[str, str, int]]) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        bar = QWidget(central)
        bar.setObjectName("teamFilters")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        self.period_combo = QComboBox(bar)
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.addItem(self.tr("Today"), "today")
        self.period_combo.addItem(self.tr("This week"), "week")
        self.period_combo.addItem(self.tr("Date range"), "range")
        self.period_combo.setAccessibleName(self.tr("Period"))
        period_label = QLabel(self.tr("&Period:"), bar)
        period_label.setBuddy(self.period_combo)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-6), bar)
        self.to_edit = QDateEdit(today, bar)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setMaximumDate(today)
        self.team_combo = QComboBox(bar)
        self.team_combo.setObjectName("teamCombo")
        self.team_combo.setAccessibleName(self.tr("Team"))
        if at_least(self.role, Role.ADMIN):
            self.team_combo.addItem(self.tr("All teams"), None)
        for team_id, name in teams:
            if at_least(self.role, Role.ADMIN) or team_id == self.team_id:
                self.team_combo.addItem(name, team_id)
        if self.team_combo.count() == 0:
            self.team_combo.addItem(self.tr("My team"), None)
        self.queue_combo = QComboBox(bar)
        self.queue_combo.setObjectName("queueCombo")
        self.queue_combo.setAccessibleName(self.tr("Queue"))
        self.queue_combo.addItem(self.tr("All queues"), None)
        for queue_id, name, _level in queues:
            self.queue_combo.addItem(name, queue_id)
        self.level_combo = QComboBox(bar)
        self.level_combo.setObjectName("levelCombo")
        self.level_combo.setAccessibleName(self.tr("Support level"))
        self.level_combo.addItem(self.tr("All levels"), None)
        for level in (1, 2, 3):
            self.level_combo.addItem(labels.level_label(level), level)
        self.agent_combo = QComboBox(bar)
        self.agent_combo.setObjectName("agentCombo")
        self.agent_combo.setAccessibleName(self.tr("Agent"))
        self.agent_combo.addItem(self.tr("All agents"), None)
        for combo in (self.team_combo, self.queue_combo, self.agent_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        filter_label = QLabel(self.tr("&Filter:"), bar)
        filter_label.setBuddy(self.team_combo)
        self.updated_label = QLabel(bar)
        self.updated_label.setObjectName("teamUpdated")
        row.addWidget(period_label)
        row.addWidget(self.period_combo)
        row.addWidget(self.from_edit)
        row.addWidget(self.to_edit)
        row.addSpacing(16)
        row.addWidget(filter_label)
        row.addWidget(self.team_combo)
        row.addWidget(self.queue_combo)
        row.addWidget(self.level_combo)
        row.addWidget(self.agent_combo)
        row.addStretch(1)
        row.addWidget(self.updated_label)
        outer.addWidget(bar)

        self.message_label = QLabel(central)
        self.message_label.setObjectName("teamMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        outer.addWidget(self.message_label)

        body = QWidget(central)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 10, 12, 10)
        body_layout.setSpacing(10)
        tiles = QWidget(body)
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        self.tiles: dict[str, KpiTile] = {}
        for n, (key, title, drill) in enumerate(self._tile_specs()):
            tile = KpiTile(key, title, drill, tiles)
            tile.activated.connect(self._tile_activated)
            grid.addWidget(tile, n // 6, n % 6)
            self.tiles[key] = tile
        body_layout.addWidget(tiles)

        self.splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.splitter.setObjectName("teamSplitter")
        self.splitter.setChildrenCollapsible(False)
        tables = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        tables.setObjectName("teamTables")
        tables.setChildrenCollapsible(False)
        self.agents_table = self._table(tables, "agentsTable", self.tr("Agents"),
                                        self.agents_model, AG_QUEUES)
        self.queues_table = self._table(tables, "queuesTable", self.tr("Queues"),
                                        self.queues_model)
        self.agents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agents_table.horizontalHeader().resizeSection(
            AG_NAME, self.agents_table.fontMetrics().horizontalAdvance("x" * 20))
        self.agents_table.horizontalHeader().resizeSection(
            AG_STATE, self.agents_table.fontMetrics().horizontalAdvance("x" * 17))
        tables.setStretchFactor(0, 11)
        tables.setStretchFactor(1, 9)
        self.tables_splitter = tables
        self.charts = TeamCharts(self.splitter)
        self.charts.hour_clicked.connect(self._hour_clicked)
        self.splitter.addWidget(tables)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        body_layout.addWidget(self.splitter, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.from_edit.dateChanged.connect(lambda _d: self._filters_changed())
        self.to_edit.dateChanged.connect(lambda _d: self._filters_changed())
        for combo in (self.team_combo, self.queue_combo, self.level_combo, self.agent_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self._period_changed()

    def _table(self, parent: QSplitter, name: str, title: str,
               model: _LiveModel, stretch: int = 0) -> QTableView:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        caption = QLabel(title, box)
        caption.setObjectName("sectionTitle")
        layout.addWidget(caption)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView(box)
        table.setObjectName(name)
        table.setAccessibleName(title)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        bold = QFont(header.font())
        bold.setBold(True)
        header_fm = QFontMetrics(bold)
        for column, title in enumerate(model.headers()):
            # room for the bold caption, the padding and the sort arrow
            header.resizeSection(column, max(48, header_fm.horizontalAdvance(title) + 22))
        # the name takes the free width, but keeps readable; the table scrolls instead
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.name_column = StretchWithMinimum(  # type: ignore[attr-defined]
            table, stretch, header_fm.horizontalAdvance("x" * 14))
        table.activated.connect(lambda index, t=table: self._cell_activated(t, index))
        caption.setBuddy(table)
        layout.addWidget(table, 1)
        return table

    def _tile_specs(self) -> list[tuple[str, str, str | None]]:
        return [
            ("service_level", self.tr("Service level"), "service_level"),
            ("asa", self.tr("Avg. speed of answer"), "answered"),
            ("aht", self.tr("Avg. handling time"), "answered"),
            ("abandonment", self.tr("Abandoned"), "abandoned"),
            ("calls", self.tr("Calls"), "calls"),
            ("occupancy", self.tr("Occupancy"), None),
            ("fcr", self.tr("First-contact resolution"), "tickets_resolved"),
            ("escalation", self.tr("Escalation rate"), "escalated"),
            ("backlog", self.tr("Backlog"), "backlog"),
            ("tickets_created", self.tr("Tickets created"), "tickets_created"),
            ("tickets_resolved", self.tr("Tickets resolved"), "tickets_resolved"),
            ("csat", self.tr("Customer satisfaction"), None),
        ]

    def _action(self, text: str, keys: Sequence[str], slot: Callable[[], object],
                name: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcut = _shortcut_text(action)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.refresh_action = self._action(
            self.tr("&Refresh"), ["F5"], self.refresh, "teamRefresh",
            self.tr("Read the figures from the server again"))
        self.wallboard_action = self._action(
            self.tr("&Wallboard"), ["F11"], self.toggle_wallboard, "teamWallboard",
            self.tr("Large figures on the whole screen, readable across the room"))
        self.thresholds_action = self._action(
            self.tr("Wallboard &thresholds…"), [], self.edit_thresholds, "teamThresholds",
            self.tr("The service level and waiting times that turn the wallboard amber "
                    "or red"))
        self.csv_action = self._action(
            self.tr("Export as &CSV…"), ["Ctrl+S"], self.ask_export_csv, "teamCsv",
            self.tr("Save agents, queues and KPIs as a CSV file"))
        self.pdf_action = self._action(
            self.tr("Export as &PDF report…"), ["Ctrl+P"], self.ask_export_pdf, "teamPdf",
            self.tr("Save the KPIs, tables and charts as a PDF report"))
        self.close_action = self._action(
            self.tr("&Close"), ["Ctrl+W"], self.close, "teamClose",
            self.tr("Close the team view"))
        self.reassign_action = self._action(
            self.tr("Re&assign tickets…"), ["Ctrl+Shift+A"], self.reassign_tickets,
            "teamReassign",
            self.tr("List the open tickets of the selected agent or queue to reassign them"))
        self.move_action = self._action(
            self.tr("&Move agent to queue…"), ["Ctrl+Shift+M"], self.move_agent,
            "teamMoveAgent", self.tr("Move the selected agent to another queue"))
        self.broadcast_action = self._action(
            self.tr("&Broadcast to the team…"), ["Ctrl+Shift+B"], self.broadcast,
            "teamBroadcast", self.tr("Show a short message on the desktops of the team"))
        self.focus_actions = [
            self._action(self.tr("Go to &agents"), ["Ctrl+1"], self.agents_table.setFocus,
                         "teamFocusAgents", self.tr("Put the keyboard in the agents table")),
            self._action(self.tr("Go to &queues"), ["Ctrl+2"], self.queues_table.setFocus,
                         "teamFocusQueues", self.tr("Put the keyboard in the queues table")),
            self._action(self.tr("Go to &KPIs"), ["Ctrl+3"],
                         lambda: self.tiles["service_level"].setFocus(), "teamFocusKpis",
                         self.tr("Put the keyboard on the first KPI")),
            self._action(self.tr("Choose the &period"), ["Ctrl+4"], self._focus_period,
                         "teamFocusPeriod", self.tr("Choose today, this week or a range")),
        ]
        menu = self.menuBar()
        team_menu = menu.addMenu(self.tr("&Team"))
        for action in (self.refresh_action, self.wallboard_action, self.thresholds_action):
            team_menu.addAction(action)
        team_menu.addSeparator()
        team_menu.addAction(self.csv_action)
        team_menu.addAction(self.pdf_action)
        team_menu.addSeparator()
        team_menu.addAction(self.close_action)
        actions_menu = menu.addMenu(self.tr("&Actions"))
        for action in (self.reassign_action, self.move_action, self.broadcast_action):
            actions_menu.addAction(action)
        go_menu = menu.addMenu(self.tr("&Go"))
        for action in self.focus_actions:
            go_menu.addAction(action)
        toolbar = QToolBar(self.tr("Team view"), self)
        toolbar.setObjectName("teamToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.refresh_action, self.broadcast_action, self.move_action,
                       self.reassign_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.wallboard_action, self.csv_action, self.pdf_action):
            toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _focus_period(self) -> None:
        self.period_combo.setFocus()
        self.period_combo.showPopup()

    # -- state ---------------------------------------------------------------------------
    def _settings(self) -> QSettings | None:
        if self.state_file is None:
            return None
        return QSettings(str(self.state_file), QSettings.Format.IniFormat)

    def _restore(self) -> None:
        store = self._settings()
        geometry = store.value(f"{STATE_GROUP}/geometry") if store is not None else None
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self.default_size())
        splitter = store.value(f"{STATE_GROUP}/splitter") if store is not None else None
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def default_size(self) -> QSize:
        screen = self.screen()
        if screen is None:
            return QSize(1280, 760)
        available = screen.availableGeometry().size()
        return QSize(max(960, int(available.width() * 0.94)),
                     max(640, int(available.height() * 0.92)))

    def save_state(self) -> None:
        store = self._settings()
        if store is None:
            return
        store.setValue(f"{STATE_GROUP}/geometry", self.saveGeometry())
        store.setValue(f"{STATE_GROUP}/splitter", self.splitter.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.clock.stop()
        self.fallback.stop()
        if self.wallboard is not None:
            self.wallboard.close()
        super().closeEvent(event)

    # -- loading -------------------------------------------------------------------------
    def start(self) -> None:
        """Show the figures and keep them current."""
        self.clock.start()
        self.fallback.start()
        self.refresh()

    def filters(self) -> sv.Filters:
        return sv.Filters(team_id=self.team_combo.currentData(),
                          queue_id=self.queue_combo.currentData(),
                          level=self.level_combo.currentData(),
                          agent_id=self.agent_combo.currentData())

    def period(self) -> sv.Period:
        now = utcnow()
        kind = self.period_combo.currentData()
        if kind == "today":
            return sv.today(now, self.zone)
        if kind == "week":
            return sv.this_week(now, self.zone)
        first, last = self.from_edit.date(), self.to_edit.date()
        if first.daysTo(last) >= sv.MAX_KPI_PERIOD.days:  # the server's longest period
            first = last.addDays(1 - sv.MAX_KPI_PERIOD.days)
            self.from_edit.blockSignals(True)
            self.from_edit.setDate(first)
            self.from_edit.blockSignals(False)
        return sv.days(date(first.year(), first.month(), first.day()),
                       date(last.year(), last.month(), last.day()), self.zone)

    def period_text(self) -> str:
        period = self.period()
        first = labels.format_datetime(period.start).split(" ")[0]
        last = labels.format_datetime(period.end - timedelta(seconds=1)).split(" ")[0]
        name = self.period_combo.currentText()
        return name if first == last and period.kind == "today" else (
            f"{name}: {first} \u2013 {last}")

    def _period_changed(self) -> None:
        ranged = self.period_combo.currentData() == "range"
        self.from_edit.setVisible(ranged)
        self.to_edit.setVisible(ranged)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.service.filters = self.filters()
        if self.clock.isActive():
            self.refresh()

    def refresh(self) -> None:
        self.service.filters = self.filters()
        self.service.load_overview()
        self.load_figures()

    def load_figures(self) -> None:
        period = self.period()
        self.service.load_kpis(period)
        self.service.load_series(period)

    def changes_arrived(self) -> None:
        """A sync brought changes: the overview soon, the KPIs a little later."""
        self.service.request_overview()
        if self.period().end > utcnow():
            self.kpi_debounce.start()

    def server_now(self) -> datetime:
        return utcnow() + self.clock_offset

    def tick(self) -> None:
        now = self.server_now()
        self.agents_model.tick(now)
        self.queues_model.tick(now)
        if self.wallboard is not None and self.wallboard.isVisible():
            self.wallboard.tick(now)

    # -- showing -------------------------------------------------------------------------
    def show_overview(self, overview: sv.Overview) -> None:
        self.overview = overview
        self.clock_offset = overview.generated_at - utcnow()
        now = self.server_now()
        names = dict(self._queue_names)
        names.update({q.queue_id: q.name for q in overview.queues})
        self.agents_model.set_agents(overview.agents, names, now)
        self.queues_model.set_queues(overview.queues, overview.generated_at, now)
        self._update_agent_choices(overview.agents)
        self.updated_label.setText(self.tr("Updated %1").replace(
            "%1", labels.format_time(overview.generated_at)))
        self._clear_failure()
        self.overview_changed.emit(overview)

    def _update_agent_choices(self, agents: Sequence[sv.AgentRow]) -> None:
        current = self.agent_combo.currentData()
        wanted = [(a.name, a.user_id) for a in sorted(agents, key=lambda a: a.name.casefold())]
        have = [(self.agent_combo.itemText(i), self.agent_combo.itemData(i))
                for i in range(1, self.agent_combo.count())]
        if wanted == have:
            return
        self.agent_combo.blockSignals(True)
        while self.agent_combo.count() > 1:
            self.agent_combo.removeItem(1)
        for name, user_id in wanted:
            self.agent_combo.addItem(name, user_id)
        index = self.agent_combo.findData(current) if current is not None else 0
        self.agent_combo.setCurrentIndex(max(0, index))
        self.agent_combo.blockSignals(False)

    def show_kpis(self, kpis: sv.Kpis) -> None:
        self.kpis = kpis
        c = kpis.counts
        number = labels.format_number
        t = self.tiles
        t["service_level"].set_value(
            format_share(kpis.service_level),
            self.tr("%1 of %2 answered within %3 s").replace("%1", number(
                c.answered_in_target)).replace("%2", number(c.answered)).replace(
                "%3", number(kpis.service_level_target_seconds)))
        t["asa"].set_value(format_duration(kpis.asa_seconds),
                           self.tr("%Ln call(s) answered", "", c.answered))
        t["aht"].set_value(format_duration(kpis.aht_seconds),
                           self.tr("talk, hold and after-call work"))
        t["abandonment"].set_value(
            format_share(kpis.abandonment_rate),
            labels.fill(self.tr("%1 of %Ln call(s)", "", c.calls), number(c.abandoned)))
        t["calls"].set_value(number(c.calls),
                             self.tr("%1 answered").replace("%1", number(c.answered)))
        t["occupancy"].set_value(format_share(kpis.occupancy),
                                 self.tr("of the time ready for calls"))
        t["fcr"].set_value(format_share(kpis.fcr_rate),
                           self.tr("solved in the first contact"))
        rates = kpis.escalation_rate
        t["escalation"].set_value(
            format_share(rates.get(1)),
            self.tr("L2 %1 · L3 %2").replace("%1", format_share(rates.get(2))).replace(
                "%2", format_share(rates.get(3))))
        age = kpis.backlog_age_seconds
        t["backlog"].set_value(
            number(kpis.backlog),
            self.tr("average age %1 h").replace("%1", format_decimal(
                age / 3600 if age is not None else None)))
        t["tickets_created"].set_value(number(c.tickets_created), self.period_text())
        t["tickets_resolved"].set_value(number(c.tickets_resolved), self.period_text())
        t["csat"].set_value(
            format_decimal(kpis.csat) + (" / 5" if kpis.csat is not None else ""),
            self.tr("where recorded"))
        self._clear_failure()
        self.kpis_changed.emit(kpis)
        if self.series:
            self.charts.set_series(self.series, self._target_share())

    def _target_share(self) -> float | None:
        if self.wallboard is not None:
            return self.wallboard.thresholds.service_level_target
        from desktop.ui.wallboard import load_thresholds

        return load_thresholds(self.state_file).service_level_target

    def show_series(self, buckets: tuple[sv.SeriesBucket, ...]) -> None:
        self.series = buckets
        self.charts.set_series(buckets, self._target_share())

    def show_failure(self, request: str, message: str) -> None:
        """Say what went wrong; the figures on screen stay as they were."""
        if request in ("reassign", "move_agent", "broadcast", "drill"):
            from desktop.ui.supervisor_actions import show_refusal

            show_refusal(self, message)
            return
        self.last_error = message
        self.message_label.setText(message)
        self.message_label.show()

    def _clear_failure(self) -> None:
        self.last_error = ""
        self.message_label.hide()

    def _action_done(self, name: str, result: object) -> None:
        texts = {
            "reassign": self.tr("%n ticket(s) reassigned.", "",
                                int(result) if isinstance(result, int) else 0),
            "move_agent": self.tr("The agent was moved."),
            "broadcast": self.tr("The message was sent to the team."),
        }
        self.statusBar().showMessage(texts.get(name, ""), 10_000)
        if name == "reassign" and self.drill_dialog is not None and isValid(
                self.drill_dialog):
            self.drill_dialog.reload()

    # -- drill-down ----------------------------------------------------------------------
    def _tile_activated(self, key: str) -> None:
        tile = self.tiles[key]
        if tile.drill:
            self.drill(tile.drill, tile.title_label.text())

    def _cell_activated(self, table: QTableView, index: QModelIndex) -> None:
        source = index.siblingAtColumn(0)
        ident = source.data(ID_ROLE)
        base = self.filters()
        title = str(source.data())
        if table is self.agents_table:
            agent = replace(base, agent_id=ident)
            if index.column() == AG_HANDLED:
                self.drill("answered", title, agent)
            else:
                self.drill("backlog", title, agent)
            return
        queue = replace(base, queue_id=ident)
        kpi = {QU_CALLS: "calls", QU_RISK: "at_risk", QU_BREACHED: "breached"}.get(
            index.column(), "backlog")
        self.drill(kpi, title, queue)

    def _hour_clicked(self, kpi: str, start: datetime, end: datetime) -> None:
        self.drill(kpi, labels.format_time(start), None, sv.Period(start, end))

    def drill(self, kpi: str, title: str, filters: sv.Filters | None = None,
              period: sv.Period | None = None) -> DrillDialog:
        from desktop.ui.supervisor_actions import DrillDialog

        used_period = period or self.period()
        used_filters = filters or self.filters()
        if self.drill_dialog is not None and isValid(self.drill_dialog):
            self.drill_dialog.close()
        dialog = DrillDialog(self, kpi, title, used_period, used_filters)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget_drill(d))
        dialog.ticket_open_requested.connect(self.ticket_open_requested)
        dialog.reassign_requested.connect(self._reassign_from_drill)
        self.drill_dialog = dialog
        dialog.show()
        dialog.reload()
        return dialog

    def _forget_drill(self, dialog: DrillDialog) -> None:
        if self.drill_dialog is dialog:
            self.drill_dialog = None

    def _show_drill(self, drill: sv.Drill) -> None:
        if self.drill_dialog is not None and isValid(self.drill_dialog):
            self.drill_dialog.show_drill(drill)

    def agent_names(self) -> dict[str, str]:
        agents = self.overview.agents if self.overview else ()
        return {a.user_id: a.name for a in agents}

    def queue_names(self) -> dict[str, str]:
        names = dict(self._queue_names)
        if self.overview is not None:
            names.update({q.queue_id: q.name for q in self.overview.queues})
        return names

    # -- actions -------------------------------------------------------------------------
    def selected_agent(self) -> sv.AgentRow | None:
        rows = self.agents_table.selectionModel().selectedRows()
        index = rows[0] if rows else self.agents_table.currentIndex()
        if not index.isValid():
            return None
        user_id = index.siblingAtColumn(0).data(ID_ROLE)
        return next((a for a in self.agents_model.agents if a.user_id == user_id), None)

    def selected_queue_id(self) -> str | None:
        index = self.queues_table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def reassign_tickets(self) -> DrillDialog:
        """The open tickets of the selected agent (or queue) in a list to reassign."""
        base = self.filters()
        if self.queues_table.hasFocus() and self.selected_queue_id():
            queue_id = self.selected_queue_id()
            return self.drill("backlog", self.queue_names().get(queue_id or "", ""),
                              replace(base, queue_id=queue_id))
        agent = self.selected_agent()
        if agent is not None:
            return self.drill("backlog", agent.name, replace(base, agent_id=agent.user_id))
        return self.drill("backlog", self.tiles["backlog"].title_label.text(), base)

    def _reassign_from_drill(self, ticket_ids: list[str]) -> None:
        from desktop.ui.supervisor_actions import ReassignDialog

        parent: QWidget = self
        if self.drill_dialog is not None and isValid(self.drill_dialog):
            parent = self.drill_dialog
        dialog = ReassignDialog(parent, len(ticket_ids), self.agent_names(),
                                self.queue_names())
        dialog.accepted.connect(lambda: self.service.reassign(
            ticket_ids, dialog.owner_id(), dialog.queue_id()))
        self.action_dialog = dialog
        dialog.open()

    def move_agent(self) -> None:
        from desktop.ui.supervisor_actions import MoveAgentDialog

        agents = self.agents_model.agents
        if not agents:
            return
        selected = self.selected_agent()
        dialog = MoveAgentDialog(self, agents, self.queue_names(),
                                 selected.user_id if selected else None)
        dialog.accepted.connect(lambda: self.service.move_agent(
            dialog.user_id(), dialog.from_queue_id(), dialog.to_queue_id()))
        self.action_dialog = dialog
        dialog.open()

    def broadcast(self) -> None:
        from desktop.ui.supervisor_actions import BroadcastDialog

        dialog = BroadcastDialog(self, self.team_combo.currentText())
        team_id = self.team_combo.currentData()
        dialog.accepted.connect(lambda: self.service.broadcast(
            dialog.body(), team_id, dialog.expires_minutes()))
        self.action_dialog = dialog
        dialog.open()

    # -- wallboard -----------------------------------------------------------------------
    def toggle_wallboard(self) -> Wallboard:
        from desktop.ui.wallboard import Wallboard

        if self.wallboard is None:
            board = Wallboard(self.state_file, self)
            board.left.connect(self.activateWindow)
            self.overview_changed.connect(board.show_overview)
            self.kpis_changed.connect(board.show_kpis)
            self.wallboard = board
        board = self.wallboard
        if board.isVisible():
            board.close()
            return board
        if self.overview is not None:
            board.show_overview(self.overview)
        if self.kpis is not None:
            board.show_kpis(self.kpis)
        board.tick(self.server_now())
        board.set_title(labels.fill(self.tr("%1 · %2"), self.team_combo.currentText(),
                                    self.period_text()))
        board.show_full()
        return board

    def edit_thresholds(self) -> None:
        from desktop.ui.wallboard import ThresholdsDialog, load_thresholds

        dialog = ThresholdsDialog(self, load_thresholds(self.state_file), self.state_file)

        def saved() -> None:
            if self.wallboard is not None:
                self.wallboard.set_thresholds(dialog.thresholds())
            self.charts.set_series(self.series, dialog.thresholds().service_level_target)

        dialog.accepted.connect(saved)
        self.action_dialog = dialog
        dialog.open()

    # -- export --------------------------------------------------------------------------
    def ask_export_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export as CSV"), self._export_name("csv"),
            self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def ask_export_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export as PDF report"), self._export_name("pdf"),
            self.tr("PDF files (*.pdf)"))
        if path:
            self.export_pdf(Path(path))

    def _export_name(self, suffix: str) -> str:
        stamp = labels.to_qdatetime(utcnow()).toString("yyyy-MM-dd-HHmm")
        return str(Path.home() / f"{self.tr('team-view')}-{stamp}.{suffix}")

    def kpi_rows(self) -> list[tuple[str, str]]:
        """(caption, value with its detail) of every tile, as shown."""
        rows = []
        for tile in self.tiles.values():
            detail = tile.detail_label.text().strip()
            value = tile.value()
            rows.append((tile.title_label.text(), f"{value} ({detail})" if detail else value))
        return rows

    def export_csv(self, path: Path) -> None:
        """Agents, queues and KPIs in one file, one section after the other. The
        separator follows the locale (a semicolon where the decimal mark is a comma, as
        spreadsheets there expect)."""
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        delimiter = ";" if locale.decimalPoint() == "," else ","
        kpis = self.kpis
        now = self.server_now()
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle, delimiter=delimiter)
            out.writerow([self.tr("Team view"), self.period_text(),
                          labels.format_datetime(now)])
            out.writerow([])
            out.writerow([self.tr("Agents")])
            out.writerow([self.tr("Agent"), self.tr("State"), self.tr("In state (s)"),
                          self.tr("Call"), self.tr("Call time (s)"), self.tr("Open tickets"),
                          self.tr("Handled today"), self.tr("Queues")])
            model = self.agents_model
            for agent in model.agents:
                in_state = model.time_in_state(agent)
                call_time = model.call_time(agent)
                out.writerow([agent.name, model.state_text(agent),
                              int(in_state) if in_state is not None else "",
                              agent.call.caller_number if agent.call else "",
                              int(call_time) if call_time is not None else "",
                              agent.open_tickets, agent.handled_today,
                              model.queues_text(agent)])
            out.writerow([])
            out.writerow([self.tr("Queues")])
            out.writerow([self.tr("Queue"), self.tr("Level"), self.tr("Waiting calls"),
                          self.tr("Waiting tickets"), self.tr("Longest wait (s)"),
                          self.tr("At risk"), self.tr("Breached")])
            for queue in self.queues_model.queues:
                wait = self.queues_model.longest_wait(queue)
                out.writerow([queue.name, queue.level, queue.waiting_calls,
                              queue.waiting_tickets, int(wait) if wait is not None else "",
                              queue.at_risk, queue.breached])
            out.writerow([])
            out.writerow([self.tr("KPIs")])
            out.writerow([self.tr("KPI"), self.tr("Value"), self.tr("Unit")])
            for key, value, unit in self._kpi_values(kpis):
                text = "" if value is None else (
                    locale.toString(float(value), "f", 3).rstrip("0").rstrip(
                        locale.decimalPoint()) if isinstance(value, float) else str(value))
                out.writerow([key, text, unit])
        log.info("team view exported as CSV to %s", path)

    def _kpi_values(self, kpis: sv.Kpis | None) -> list[tuple[str, float | int | None, str]]:
        if kpis is None:
            return []
        pct = "%"
        sec = self.tr("s")

        def share(value: float | None) -> float | None:
            return None if value is None else round(value * 100, 3)

        c = kpis.counts
        rows: list[tuple[str, float | int | None, str]] = [
            (self.tr("Service level"), share(kpis.service_level), pct),
            (self.tr("Service level target"), kpis.service_level_target_seconds, sec),
            (self.tr("Avg. speed of answer"), kpis.asa_seconds, sec),
            (self.tr("Avg. handling time"), kpis.aht_seconds, sec),
            (self.tr("Abandonment rate"), share(kpis.abandonment_rate), pct),
            (self.tr("First-contact resolution"), share(kpis.fcr_rate), pct),
            (self.tr("Occupancy"), share(kpis.occupancy), pct),
        ]
        for level in (1, 2, 3):
            rows.append((self.tr("Escalation rate level %1").replace("%1", str(level)),
                         share(kpis.escalation_rate.get(level)), pct))
        rows += [
            (self.tr("Backlog"), kpis.backlog, ""),
            (self.tr("Backlog average age"), kpis.backlog_age_seconds, sec),
            (self.tr("Customer satisfaction"), kpis.csat, "1\u20135"),
            (self.tr("Calls"), c.calls, ""),
            (self.tr("Answered"), c.answered, ""),
            (self.tr("Answered within target"), c.answered_in_target, ""),
            (self.tr("Abandoned"), c.abandoned, ""),
            (self.tr("Tickets created"), c.tickets_created, ""),
            (self.tr("Tickets resolved"), c.tickets_resolved, ""),
        ]
        return rows

    def report_html(self, images: Sequence[str]) -> str:
        def esc(text: str) -> str:
            return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

        def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
            head = "".join(f"<th align='left'>{esc(h)}</th>" for h in headers)
            body = "".join("<tr>" + "".join(
                f"<td{' nowrap' if n == 0 else ''}>{esc(v)}</td>" for n, v in enumerate(row))
                + "</tr>" for row in rows)
            return (f"<table border='0' cellspacing='0' cellpadding='4' width='100%'>"
                    f"<tr style='background:#eef1f5'>{head}</tr>{body}</table>")

        model = self.agents_model
        agents = [[str(model.data(model.index(r, c))) for c in range(model.columnCount())]
                  for r in range(model.rowCount())]
        qmodel = self.queues_model
        queues = [[str(qmodel.data(qmodel.index(r, c))) for c in range(qmodel.columnCount())]
                  for r in range(qmodel.rowCount())]
        parts = [
            f"<h1>{esc(self.tr('Team report'))}</h1>",
            f"<p>{esc(self.period_text())} · {esc(self.team_combo.currentText())} · "
            f"{esc(self.tr('created %1').replace('%1', labels.format_datetime(utcnow())))}"
            f"</p>",
            f"<h2>{esc(self.tr('KPIs'))}</h2>",
            table([self.tr("KPI"), self.tr("Value")], self.kpi_rows()),
            f"<h2>{esc(self.tr('Agents'))}</h2>",
            table(model.headers(), agents),
            f"<h2>{esc(self.tr('Queues'))}</h2>",
            table(qmodel.headers(), queues),
        ]
        if images:
            parts.append(f"<h2>{esc(self.tr('Charts'))}</h2>")
            parts += [f"<p><img src='{name}' width='640'></p>" for name in images]
        return "\n".join(parts)

    def export_pdf(self, path: Path) -> None:
        """The KPI table, the agents and queues, and the charts as pictures."""
        writer = QPdfWriter(str(path))
        writer.setTitle(self.tr("Team report"))
        writer.setCreator("AgentDesk")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setResolution(150)
        document = QTextDocument()
        names = []
        for n, image in enumerate(chart_images(self.series, self._target_share())):
            name = f"chart{n}.png"
            document.addResource(QTextDocument.ResourceType.ImageResource,
                                 f"file:{name}", image)  # type: ignore[arg-type]
            names.append(f"file:{name}")
        document.setHtml(self.report_html(names))
        document.print_(writer)
        log.info("team view exported as PDF to %s", path)


# -- the main window's part ---------------------------------------------------------------
class TeamViewController(QObject):
    """The "Team view" action of one main window and the window it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: TeamView | None = None
        self.service: sv.SupervisorService | None = None
        self.action = QAction(QCoreApplication.translate("MainWindow", "Tea&m view…"), window)
        self.action.setObjectName("teamView")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = QCoreApplication.translate(
            "MainWindow", "Agents, queues and service level of your team, live")
        self.action.setToolTip(f"{tip} ({_shortcut_text(self.action)})")
        self.action.setStatusTip(tip)
        self.action.triggered.connect(lambda _checked=False: self.open())
        window.addAction(self.action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action)
        window.sync.sync_finished.connect(self._after_sync)
        window.closed.connect(self.close)

    def _client(self) -> Any:
        return self.window.sync.engine.client

    def open(self) -> TeamView:
        if self.view is not None:
            self.view.show()
            self.view.raise_()
            self.view.activateWindow()
            return self.view
        window = self.window
        service = sv.SupervisorService(window.sync.tasks, self._client,
                                       window.sync.engine.server_url, self)
        teams, queues = local_choices(window)
        from desktop.ui.main_window import state_path

        view = TeamView(service, role=window.view_context.role,
                        team_id=window.view_context.team_id, teams=teams, queues=queues,
                        state_file=state_path(window.settings), parent=window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        view.ticket_open_requested.connect(self.open_ticket)
        view.destroyed.connect(lambda _obj=None: self._forget())
        self.service, self.view = service, view
        view.show()
        view.start()
        return view

    def _forget(self) -> None:
        if self.service is not None:
            self.service.close()
            self.service.deleteLater()
        self.service = None
        self.view = None

    def _after_sync(self, result: Any) -> None:
        if self.view is None:
            return
        if getattr(result, "rows", 0) or getattr(result, "tombstones", 0) or getattr(
                getattr(result, "pushed", None), "sent", 0):
            self.view.changes_arrived()

    def open_ticket(self, ticket_id: str) -> None:
        window = self.window
        from desktop.app import queries

        if queries.ticket_detail(window.db, ticket_id) is None:
            window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "This ticket is not on this computer yet; it arrives with "
                "the next sync."), 10_000)
            window.sync.sync_now()
            return
        window.show()
        window.raise_()
        window.activateWindow()
        workflow = getattr(window, "ticket_workflow", None)
        if workflow is not None:
            workflow.open_ticket(ticket_id)
        else:
            window.show_ticket(ticket_id)

    def close(self) -> None:
        if self.view is not None:
            self.view.close()


def local_choices(window: MainWindow) -> tuple[list[tuple[str, str]],
                                               list[tuple[str, str, int]]]:
    """Teams and queues from the local replica, for the filters."""
    engine = window.db.engine
    if engine is None:
        return [], []
    teams_t, queues_t = Team.__table__, Queue.__table__
    with engine.connect() as conn:
        teams = [(str(i), str(n)) for i, n in conn.execute(
            select(teams_t.c.id, teams_t.c.name).order_by(teams_t.c.name))]
        queues = [(str(i), str(n), int(lv)) for i, n, lv in conn.execute(
            select(queues_t.c.id, queues_t.c.name, queues_t.c.level)
            .order_by(queues_t.c.level, queues_t.c.name))]
    return teams, queues


def install(window: MainWindow) -> TeamViewController | None:
    """Give supervisors and admins the team view; agents get nothing."""
    if not at_least(window.view_context.role, Role.SUPERVISOR):
        return None
    controller = TeamViewController(window)
    window.team_view = controller  # type: ignore[attr-defined]
    return controller
