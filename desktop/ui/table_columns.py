"""Keep a table's main text column readable when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class StretchWithMinimum(QObject):
    """``column`` takes the free width (Stretch) but never less than ``minimum`` pixels;
    below that it keeps ``minimum`` and the table scrolls sideways instead of squeezing
    the title to a few letters."""

    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self.table, self.column, self.minimum = table, column, minimum
        table.viewport().installEventFilter(self)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._other_resized)

    def _other_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.column and not header.isSectionHidden(i))
        free = self.table.viewport().width() - others
        if free >= self.minimum:
            if header.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
        else:
            if header.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(self.column) != self.minimum:
                header.resizeSection(self.column, self.minimum)
