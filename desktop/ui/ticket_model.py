"""The ticket list: a table model over paged SQL, the way Anki's browser does it.

The model holds small pages of plain tuples (``queries.ticket_page``) and the display
strings made from them once per page; ``data()`` only answers from that cache.
``canFetchMore``/``fetchMore`` grow it page by page as the view scrolls. A new query
(queue, status filter or sort order) resets the model; a sync only refreshes the
rows already loaded, in place, so the view keeps its scroll position.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from desktop.app import queries
from desktop.sync.localdb import LocalDatabase
from desktop.ui import labels

log = logging.getLogger("agentdesk.ui.tickets")

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2

COL_REFERENCE, COL_TITLE, COL_STATUS, COL_PRIORITY, COL_CUSTOMER, COL_OWNER, COL_UPDATED = (
    range(7))
COLUMN_KEYS = queries.TICKET_COLUMNS
DEFAULT_ORDER = "-updated_at"

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


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


class TicketTableModel(QAbstractTableModel):
    """Tickets of one queue (or all), one page of ``PAGE_SIZE`` rows at a time.

    Signals:
        query_changed(): the queue, filter or order changed and the rows were reset.
    """

    PAGE_SIZE = 200
    query_changed = Signal()

    def __init__(self, db: LocalDatabase, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self._queue_id: str | None = None
        self._status_filter: tuple[str, ...] | None = tuple(queries.ACTIVE_STATUSES)
        self._order = DEFAULT_ORDER
        self._rows: list[tuple[Any, ...]] = []
        self._display: list[tuple[str, ...]] = []
        self._total = 0
        self._icons: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- the query -------------------------------------------------------------------
    @property
    def queue_id(self) -> str | None:
        return self._queue_id

    @property
    def status_filter(self) -> tuple[str, ...] | None:
        return self._status_filter

    @property
    def order(self) -> str:
        return self._order

    @property
    def total(self) -> int:
        """How many tickets the query matches (loaded or not)."""
        return self._total

    def set_query(self, queue_id: str | None,
                  status_filter: Sequence[str] | None = queries.ACTIVE_STATUSES,
                  order: str | None = None) -> None:
        """Show another queue/filter/order: the one place that resets the model."""
        self._queue_id = queue_id
        self._status_filter = tuple(status_filter) if status_filter is not None else None
        if order is not None:
            self._order = order
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._total = queries.count_tickets(self.db, self._queue_id, self._status_filter)
            self._rows, self._display = [], []
            self._append(self._fetch(0, min(self.PAGE_SIZE, self._total)))
        finally:
            self.endResetModel()
        self.query_changed.emit()

    def refresh(self) -> None:
        """Re-read the rows already loaded (after a sync), keeping the view's place."""
        total = queries.count_tickets(self.db, self._queue_id, self._status_filter)
        wanted = min(max(len(self._rows), self.PAGE_SIZE), total)
        fresh = self._fetch(0, wanted)
        old = len(self._rows)
        new = len(fresh)
        self._total = total
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:]
            del self._display[new:]
            self.endRemoveRows()
        shared = min(old, new)
        self._rows[:shared] = fresh[:shared]
        self._display[:shared] = [self._format(r) for r in fresh[:shared]]
        if shared:
            self.dataChanged.emit(self.index(0, 0), self.index(shared - 1, self.columnCount() - 1))
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._append(fresh[old:])
            self.endInsertRows()

    def _fetch(self, offset: int, limit: int) -> list[tuple[Any, ...]]:
        if limit <= 0:
            return []
        return queries.ticket_page(self.db, self._queue_id, offset, limit, self._order,
                                   self._status_filter)

    def _append(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows.extend(rows)
        self._display.extend(self._format(r) for r in rows)

    @staticmethod
    def _format(row: tuple[Any, ...]) -> tuple[str, ...]:
        _id, reference, title, status, priority, customer, owner, updated = row
        return (str(reference), str(title), labels.status_label(str(status)),
                labels.priority_short(int(priority)), str(customer or ""), str(owner or ""),
                labels.format_short(updated))

    # -- lookups ---------------------------------------------------------------------
    def ticket_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._rows[row][0])
        return None

    def row_of(self, ticket_id: str) -> int | None:
        for row, values in enumerate(self._rows):
            if values[0] == ticket_id:
                return row
        return None

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
            return self._header_titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _header_titles() -> tuple[str, ...]:
        return (QCoreApplication.translate("TicketTableModel", "Ticket"),
                QCoreApplication.translate("TicketTableModel", "Title"),
                QCoreApplication.translate("TicketTableModel", "Status"),
                QCoreApplication.translate("TicketTableModel", "Priority"),
                QCoreApplication.translate("TicketTableModel", "Customer"),
                QCoreApplication.translate("TicketTableModel", "Owner"),
                QCoreApplication.translate("TicketTableModel", "Updated"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(COLUMN_KEYS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        values = self._rows[row]
        if role == TICKET_ID_ROLE:
            return values[0]
        if role == SORT_KEY_ROLE:
            return values[column + 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return self._display[row][column]
            if column == COL_PRIORITY:
                return labels.priority_label(int(values[4]))
            if column == COL_UPDATED:
                return labels.format_datetime(values[7], QLocale.FormatType.LongFormat)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            status = str(values[3])
            icon = self._icons.get(status)
            if icon is None:
                icon = self._icons[status] = _dot_icon(labels.status_colour(status))
            return icon
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PRIORITY:
            colour = labels.PRIORITY_COLOURS.get(int(values[4]))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and column == COL_PRIORITY:
            return self._bold if int(values[4]) in labels.PRIORITY_COLOURS else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRIORITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | (
            Qt.ItemFlag.ItemNeverHasChildren)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._fetch(start, min(self.PAGE_SIZE, self._total - start))
        if not page:
            self._total = start  # the table shrank since the count
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_KEYS):
            return
        key = COLUMN_KEYS[column]
        wanted = ("-" if order == Qt.SortOrder.DescendingOrder else "") + key
        if wanted == self._order and self._rows:
            return
        self._order = wanted
        self.reload()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction of the current order (for the header indicator)."""
        key = self._order.lstrip("-")
        direction = (Qt.SortOrder.DescendingOrder if self._order.startswith("-")
                     else Qt.SortOrder.AscendingOrder)
        return COLUMN_KEYS.index(key), direction
