"""The ticket list: a table model over paged SQL, the way Anki's browser does it.

The model shows one :class:`~desktop.app.views.ViewDefinition` (filters, sort order,
visible columns). It holds small pages of plain tuples (``queries.ticket_page``);
``data()`` answers from them and formats a row's strings once, when the view first
asks. ``canFetchMore``/``fetchMore`` grow it page by page as the view scrolls, each
page continuing after the last row loaded (keyset), so the thousandth page costs what
the first does. A new view (or sort order) resets the model; a sync only refreshes the
rows already loaded, in place, so the view keeps its scroll position.

The "Due" column shows the business time left on the nearest SLA clock of a ticket
(first response until it is given, then the solution), coloured ok / at risk /
breached (``views.ticket_due``). A timer re-reads the clock every 30 seconds and
reports ``dataChanged`` for that column only; the time comes from an injectable clock.

The model has every column of ``views.COLUMNS``; which are visible, and in which
order, is the view's business (``visible_columns``), applied by the table's header.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from desktop.app import queries, views
from desktop.models.types import utcnow
from desktop.sync.localdb import LocalDatabase
from desktop.ui import appearance, labels

log = logging.getLogger("agentdesk.ui.tickets")

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SLA_STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "ok", "at_risk", "breached", "paused", ""

COLUMN_KEYS = views.COLUMNS
(COL_REFERENCE, COL_TITLE, COL_STATUS, COL_PRIORITY, COL_CUSTOMER, COL_OWNER, COL_UPDATED,
 COL_DUE, COL_QUEUE, COL_LEVEL, COL_CATEGORY, COL_CHANNEL, COL_CREATED) = range(
    len(COLUMN_KEYS))
DEFAULT_ORDER = views.DEFAULT_SORT
SLA_INTERVAL_MS = 30_000

# Restrained, readable on white; "ok" in a quiet green, breached in the priority red.
SLA_COLOURS = {views.SLA_OK: "#2e7d4f", views.SLA_AT_RISK: "#b26a00",
               views.SLA_BREACHED: "#b3261e", views.SLA_PAUSED: "#7a8794"}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DUE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
              Qt.ItemDataRole.ForegroundRole,
              Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, SLA_STATE_ROLE]


def _dot_icon(colour: QColor, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def column_title(key: str) -> str:
    """The header caption of a column (also in the column chooser)."""
    translate = QCoreApplication.translate
    titles = {
        "reference": translate("TicketTableModel", "Ticket"),
        "title": translate("TicketTableModel", "Title"),
        "status": translate("TicketTableModel", "Status"),
        "priority": translate("TicketTableModel", "Priority"),
        "customer": translate("TicketTableModel", "Customer"),
        "owner": translate("TicketTableModel", "Owner"),
        "updated_at": translate("TicketTableModel", "Updated"),
        "due": translate("TicketTableModel", "Due"),
        "queue": translate("TicketTableModel", "Queue"),
        "level": translate("TicketTableModel", "Level"),
        "category": translate("TicketTableModel", "Category"),
        "channel": translate("TicketTableModel", "Channel"),
        "created_at": translate("TicketTableModel", "Created"),
    }
    return titles.get(key, key)


def format_business_time(remaining: timedelta) -> str:
    """Business time left, short ("45 min", "3 h 20 min"): see
    :func:`labels.format_business_time`."""
    return labels.format_business_time(remaining)


class TicketTableModel(QAbstractTableModel):
    """The tickets of one view, ``PAGE_SIZE`` rows at a time.

    Signals:
        query_changed(): the view (filters, order, columns) changed and the rows were
            reset.
    """

    PAGE_SIZE = 200
    query_changed = Signal()

    def __init__(self, db: LocalDatabase, parent: Any = None, *,
                 context: views.ViewContext | None = None,
                 clock: Callable[[], datetime] | None = None,
                 sla_interval_ms: int = SLA_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.context = context or views.ViewContext()
        self.clock: Callable[[], datetime] = clock or utcnow
        self._view = views.queue_view(None)
        self._rules = views.SlaRules()
        self._rows: list[queries.TicketListRow] = []
        self._display: list[tuple[str, ...] | None] = []
        self._due: dict[int, views.DueInfo] = {}
        self._total = 0
        self._fetching = False
        self._icons: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.sla_timer = QTimer(self)
        self.sla_timer.setObjectName("slaTimer")
        self.sla_timer.setInterval(sla_interval_ms)
        self.sla_timer.timeout.connect(self.update_sla)

    # -- the query -------------------------------------------------------------------
    @property
    def view(self) -> views.ViewDefinition:
        return self._view

    @property
    def queue_id(self) -> str | None:
        """The queue shown, when the view is the list of exactly one queue."""
        queues = self._view.queues
        return queues[0] if len(queues) == 1 and queues[0] != views.QUEUES_MINE else None

    @property
    def status_filter(self) -> tuple[str, ...] | None:
        return self._view.statuses or None

    @property
    def order(self) -> str:
        return self._view.sort

    @property
    def total(self) -> int:
        """How many tickets the view matches (loaded or not)."""
        return self._total

    def set_view(self, view: views.ViewDefinition) -> None:
        """Show another view: the one place that resets the model."""
        self._view = view
        self.reload()

    def set_columns(self, columns: Sequence[str]) -> None:
        """Other visible columns (or order): no new query, no reset."""
        self._view = self._view.with_columns(columns)

    def set_query(self, queue_id: str | None,
                  status_filter: Sequence[str] | None = queries.ACTIVE_STATUSES,
                  order: str | None = None) -> None:
        """The list of one queue (None: all), as before views existed."""
        view = views.queue_view(queue_id, status_filter, self._view)
        if order is not None:
            view = view.with_sort(order.lstrip("-"), order.startswith("-"))
        self.set_view(view)

    def _count(self) -> int:
        return queries.count_tickets(self.db, self._view, context=self.context,
                                     now=self.clock(), rules=self._rules)

    def _fetch(self, limit: int, after: queries.TicketListRow | None = None
               ) -> list[queries.TicketListRow]:
        if limit <= 0:
            return []
        keyset = (after.sort_value, after.rowid) if after is not None else None
        return queries.ticket_page(self.db, self._view, limit=limit, after=keyset,
                                   context=self.context, now=self.clock(), rules=self._rules)

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._rules = queries.sla_rules(self.db)
            self._total = self._count()
            self._rows, self._display, self._due = [], [], {}
            self._append(self._fetch(min(self.PAGE_SIZE, self._total)))
        finally:
            self.endResetModel()
        # Runs from the first rows on (a timer needs the application's event loop).
        if not self.sla_timer.isActive() and QCoreApplication.instance() is not None:
            self.sla_timer.start()
        self.query_changed.emit()

    def refresh(self) -> None:
        """Re-read the rows already loaded (after a sync), keeping the view's place."""
        self._rules = queries.sla_rules(self.db)
        total = self._count()
        wanted = min(max(len(self._rows), self.PAGE_SIZE), total)
        fresh = self._fetch(wanted)
        old = len(self._rows)
        new = len(fresh)
        self._total = total
        self._due = {}
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:]
            del self._display[new:]
            self.endRemoveRows()
        shared = min(old, new)
        self._rows[:shared] = fresh[:shared]
        self._display[:shared] = [None] * shared
        if shared:
            self.dataChanged.emit(self.index(0, 0), self.index(shared - 1, self.columnCount() - 1))
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._append(fresh[old:])
            self.endInsertRows()

    def _append(self, rows: list[queries.TicketListRow]) -> None:
        self._rows.extend(rows)
        self._display.extend([None] * len(rows))

    def _format(self, row: int) -> tuple[str, ...]:
        shown = self._display[row]
        if shown is None:
            r = self._rows[row]
            shown = self._display[row] = (
                r.reference, r.title, labels.status_label(r.status),
                labels.priority_short(int(r.priority)), r.customer or "", r.owner or "",
                labels.format_short(r.updated_at), "", r.queue or "",
                labels.level_label(int(r.level)), r.category or "",
                labels.channel_label(r.channel or ""), labels.format_short(r.created_at))
        return shown

    # -- the SLA column --------------------------------------------------------------
    def due_info(self, row: int) -> views.DueInfo:
        """The SLA clock of a loaded row at the model's clock (cached until the next
        tick)."""
        info = self._due.get(row)
        if info is None:
            r = self._rows[row]
            info = self._due[row] = views.ticket_due(
                now=self.clock(), status=r.status, priority=int(r.priority),
                policy=self._rules.for_queue(r.queue_id),
                first_response_due=r.first_response_due,
                first_responded_at=r.first_responded_at, solution_due=r.solution_due,
                pending_reason=r.pending_reason, sla_paused_since=r.sla_paused_since)
        return info

    def update_sla(self) -> None:
        """Read the SLA clocks again: ``dataChanged`` on the "Due" column only."""
        self._due = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_DUE),
                                  self.index(len(self._rows) - 1, COL_DUE), _DUE_ROLES)

    def _due_data(self, row: int, role: int) -> Any:
        info = self.due_info(row)
        if role == SLA_STATE_ROLE:
            return info.state
        if role == Qt.ItemDataRole.DisplayRole:
            if info.state == views.SLA_PAUSED:
                return QCoreApplication.translate("TicketTableModel", "Paused")
            return format_business_time(info.remaining) if info.remaining is not None else ""
        if role == Qt.ItemDataRole.DecorationRole:  # a shape: not by colour alone
            colour = SLA_COLOURS.get(info.state)
            icon = appearance.sla_icon(info.state, QColor(colour) if colour else None)
            return None if icon.isNull() else icon
        if role == Qt.ItemDataRole.ForegroundRole:
            if appearance.is_high_contrast():
                return None  # the palette's black: the shape and text tell the state
            colour = SLA_COLOURS.get(info.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if info.state == views.SLA_BREACHED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._due_tooltip(info)
        return None

    @staticmethod
    def _due_tooltip(info: views.DueInfo) -> str | None:
        translate = QCoreApplication.translate
        if not info.state:
            return None
        if info.state == views.SLA_PAUSED:
            return translate("TicketTableModel",
                             "The SLA clock is paused while the ticket waits for the "
                             "customer.")
        when = labels.format_datetime(info.due, QLocale.FormatType.LongFormat)
        line = (translate("TicketTableModel", "First response due: %1")
                if info.kind == "first_response"
                else translate("TicketTableModel", "Solution due: %1")).replace("%1", when)
        state = {views.SLA_OK: translate("TicketTableModel", "Within target"),
                 views.SLA_AT_RISK: translate("TicketTableModel", "SLA at risk"),
                 views.SLA_BREACHED: translate("TicketTableModel", "SLA breached")}
        return f"{line}\n{state[info.state]}"

    # -- lookups ---------------------------------------------------------------------
    def ticket_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._rows[row].id)
        return None

    def row_of(self, ticket_id: str) -> int | None:
        for row, values in enumerate(self._rows):
            if values.id == ticket_id:
                return row
        return None

    def visible_columns(self) -> list[int]:
        """The view's columns, in its order, as model columns."""
        return [COLUMN_KEYS.index(key) for key in self._view.columns]

    # -- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMN_KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMN_KEYS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_DUE:
            return QCoreApplication.translate(
                "TicketTableModel", "Business time left until the next SLA target")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(COLUMN_KEYS)):
            return None
        if column == COL_DUE and role in _DUE_ROLES:
            return self._due_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._format(row)[column]
        values = self._rows[row]
        if role == TICKET_ID_ROLE:
            return values.id
        if role == SORT_KEY_ROLE:
            return values.sort_value
        if role == SLA_STATE_ROLE:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_TITLE, COL_CUSTOMER, COL_QUEUE):
                return self._format(row)[column]
            if column == COL_PRIORITY:
                return labels.priority_label(int(values.priority))
            if column == COL_UPDATED:
                return labels.format_datetime(values.updated_at, QLocale.FormatType.LongFormat)
            if column == COL_CREATED:
                return labels.format_datetime(values.created_at, QLocale.FormatType.LongFormat)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            status = str(values.status)
            icon = self._icons.get(status)
            if icon is None:
                icon = self._icons[status] = _dot_icon(labels.status_colour(status))
            return icon
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PRIORITY:
            colour = labels.PRIORITY_COLOURS.get(int(values.priority))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and column == COL_PRIORITY:
            return self._bold if int(values.priority) in labels.PRIORITY_COLOURS else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRIORITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | (
            Qt.ItemFlag.ItemNeverHasChildren)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        # A view (or the model tester) may ask again from rowsAboutToBeInserted, before
        # the page is appended: that would load the same page twice.
        if parent.isValid() or not self._rows or self._fetching:
            return
        self._fetching = True
        try:
            start = len(self._rows)
            page = self._fetch(min(self.PAGE_SIZE, self._total - start),
                               after=self._rows[-1])
            if not page:
                self._total = start  # the table shrank since the count
                return
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._append(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        view = self._view.with_sort(COLUMN_KEYS[column], descending)
        if view == self._view and self._rows:
            return
        self.set_view(view)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction of the current order (for the header indicator)."""
        direction = (Qt.SortOrder.DescendingOrder if self._view.descending
                     else Qt.SortOrder.AscendingOrder)
        return COLUMN_KEYS.index(self._view.sort_key), direction
