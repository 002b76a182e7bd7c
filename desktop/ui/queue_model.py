"""The queue list on the left: "All tickets" and every queue with its ticket counts
(active, new) and its running SLA clocks at risk and breached, drawn as badges."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.app.queries import QueueRow
from desktop.ui import labels

QUEUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 4
AT_RISK_ROLE = Qt.ItemDataRole.UserRole + 5
BREACHED_ROLE = Qt.ItemDataRole.UserRole + 6

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Support levels as small coloured tags (index 0 unused: "All tickets" has no level).
LEVEL_COLOURS = ("#7a8794", "#4f8a5b", "#c07a1a", "#8e4fb3")
# SLA badges: the same red and amber as the ticket list's "Due" column.
BREACHED_COLOUR, AT_RISK_COLOUR = "#b3261e", "#b26a00"


class QueueListModel(QAbstractListModel):
    """Row 0 is "All tickets" (queue id None); then the queues by level and name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._queues: list[QueueRow] = []

    def set_queues(self, queues: list[QueueRow], keep_sla: bool = False) -> None:
        """New counts in place when the queues are the same; else a reset.

        ``keep_sla``: the rows carry no SLA counts (they come later, from a background
        job); keep the ones shown until then instead of flashing zeros.
        """
        if keep_sla:
            old = {q.id: q for q in self._queues}
            queues = [replace(q, at_risk=old[q.id].at_risk, breached=old[q.id].breached)
                      if q.id in old else q for q in queues]
        same = [q.id for q in queues] == [q.id for q in self._queues]
        if same:
            self._queues = list(queues)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
            return
        self.beginResetModel()
        self._queues = list(queues)
        self.endResetModel()

    def queue_id(self, row: int) -> str | None:
        return self._queues[row - 1].id if 1 <= row <= len(self._queues) else None

    def row_of(self, queue_id: str | None) -> int | None:
        if queue_id is None:
            return 0
        for row, queue in enumerate(self._queues, start=1):
            if queue.id == queue_id:
                return row
        return None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._queues) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        queue = self._queues[row - 1] if row else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = (queue.name if queue is not None
                    else QCoreApplication.translate("QueueListModel", "All tickets"))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                count = self.data(index, ACTIVE_COUNT_ROLE)
                return QCoreApplication.translate(
                    "QueueListModel", "%1, %2 active tickets").replace(
                    "%1", name).replace("%2", labels.format_number(count))
            return name
        if role == QUEUE_ID_ROLE:
            return queue.id if queue is not None else None
        if role == ACTIVE_COUNT_ROLE:
            return queue.active if queue is not None else sum(q.active for q in self._queues)
        if role == NEW_COUNT_ROLE:
            return queue.new if queue is not None else sum(q.new for q in self._queues)
        if role == LEVEL_ROLE:
            return queue.level if queue is not None else 0
        if role == AT_RISK_ROLE:
            return queue.at_risk if queue is not None else sum(q.at_risk for q in self._queues)
        if role == BREACHED_ROLE:
            return (queue.breached if queue is not None
                    else sum(q.breached for q in self._queues))
        if role == Qt.ItemDataRole.ToolTipRole:
            new = self.data(index, NEW_COUNT_ROLE)
            if queue is None:
                counts = QCoreApplication.translate(
                    "QueueListModel", "All queues: %1 new, %2 open, %3 pending").replace(
                    "%1", labels.format_number(new)).replace(
                    "%2", labels.format_number(sum(q.open for q in self._queues))).replace(
                    "%3", labels.format_number(sum(q.pending for q in self._queues)))
            else:
                counts = QCoreApplication.translate(
                    "QueueListModel", "%1: %2 new, %3 open, %4 pending").replace(
                    "%1", labels.level_label(queue.level)).replace(
                    "%2", labels.format_number(queue.new)).replace(
                    "%3", labels.format_number(queue.open)).replace(
                    "%4", labels.format_number(queue.pending))
            sla = QCoreApplication.translate(
                "QueueListModel", "SLA: %1 at risk, %2 breached").replace(
                "%1", labels.format_number(self.data(index, AT_RISK_ROLE))).replace(
                "%2", labels.format_number(self.data(index, BREACHED_ROLE)))
            return f"{counts}\n{sla}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class QueueDelegate(QStyledItemDelegate):
    """Paints a queue's name with its level tag and the count of active tickets as a
    badge on the right (bold when new tickets wait)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 48, max(size.height(), QFontMetrics(option.font).height()
                                            + 14))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        count = int(index.data(ACTIVE_COUNT_ROLE) or 0)
        new = int(index.data(NEW_COUNT_ROLE) or 0)
        level = int(index.data(LEVEL_ROLE) or 0)
        rect = opt.rect.adjusted(10, 0, -8, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        badge_font = QFont(opt.font)
        badge_font.setBold(new > 0)
        badge_font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.9))
        badge_text = labels.format_number(count)
        fm = QFontMetrics(badge_font)
        badge_w = max(fm.horizontalAdvance(badge_text) + 12, 22)
        badge_h = fm.height() + 2
        badge = QRect(rect.right() - badge_w, rect.center().y() - badge_h // 2 + 1,
                      badge_w, badge_h)
        if count:
            fill = QColor("#ffffff") if selected else QColor("#2f6fdf" if new else "#e3e8ee")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(badge, badge_h / 2, badge_h / 2)
            painter.setFont(badge_font)
            if selected:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            else:
                painter.setPen(QColor("#ffffff") if new else QColor("#3c4650"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        # SLA: breached (red, filled) and at risk (amber, outlined) as small counts left
        # of the badge: filled or not tells them apart without the colour
        right = badge.left() - 6
        sla_font = QFont(opt.font)
        sla_font.setBold(True)
        sla_font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.82))
        sfm = QFontMetrics(sla_font)
        for role, colour in ((BREACHED_ROLE, BREACHED_COLOUR), (AT_RISK_ROLE, AT_RISK_COLOUR)):
            value = int(index.data(role) or 0)
            if not value:
                continue
            pill_text = labels.format_number(value)
            width = max(sfm.horizontalAdvance(pill_text) + 8, sfm.height() + 2)
            pill = QRect(right - width, rect.center().y() - (sfm.height() + 2) // 2 + 1,
                         width, sfm.height() + 2)
            ink = QColor("#ffffff") if selected else QColor(colour)
            filled = role == BREACHED_ROLE
            painter.setPen(ink)
            painter.setBrush(ink if filled else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), 4, 4)
            painter.setFont(sla_font)
            if filled:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected
                               else QColor("#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, pill_text)
            right = pill.left() - 4
        name_right = right - 2

        name_font = QFont(opt.font)
        name_font.setBold(level == 0)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        left = rect.left()
        if level:
            tag = f"L{level}"
            tag_font = QFont(opt.font)
            tag_font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.78))
            tag_font.setBold(True)
            tfm = QFontMetrics(tag_font)
            tag_h = tfm.height() + 2
            tag_rect = QRect(left, rect.center().y() - tag_h // 2 + 1,
                             tfm.horizontalAdvance("L0") + 10, tag_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff") if selected else QColor(LEVEL_COLOURS[level % 4]))
            painter.drawRoundedRect(tag_rect, 4, 4)
            painter.setFont(tag_font)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected
                           else QColor("#ffffff"))
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            left = tag_rect.right() + 8
            painter.setFont(name_font)
            painter.setPen(text_colour)
        name_rect = QRect(left, rect.top(), name_right - left, rect.height())
        elided = QFontMetrics(name_font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                    max(0, name_rect.width()))
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         elided)
        painter.restore()
