"""Small shared widgets: empty states and the online indicator."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.app.resources import resource_path


def icon(name: str) -> QIcon:
    """An icon from resources/icons (an empty icon when the file is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def repolish(widget: QWidget) -> None:
    """Apply style-sheet rules that depend on a dynamic property just changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class EmptyState(QWidget):
    """A calm, centred placeholder: an outline icon, a title and one line of help."""

    def __init__(self, icon_name: str, title: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addStretch(1)
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = icon(icon_name).pixmap(QSize(48, 48))
        if not pixmap.isNull():
            self.icon_label.setPixmap(pixmap)
        layout.addWidget(self.icon_label)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("emptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("emptyStateText")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)
        layout.addStretch(2)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)


class OnlineIndicator(QWidget):
    """A coloured dot and "Online"/"Offline" for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        self.dot = QLabel(self)
        self.dot.setObjectName("onlineDot")
        self.dot.setFixedSize(10, 10)
        self.dot.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.text = QLabel(self)
        self.text.setObjectName("onlineText")
        layout.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignVCenter)
        self.state = ""
        self.set_state(None)

    def set_state(self, online: bool | None) -> None:
        if online is None:
            state, text = "unknown", self.tr("Connecting…")
        elif online:
            state, text = "online", self.tr("Online")
        else:
            state, text = "offline", self.tr("Offline")
        self.state = state
        self.text.setText(text)
        self.dot.setProperty("state", state)
        self.setAccessibleName(self.tr("Connection: %1").replace("%1", text))
        repolish(self.dot)


def dot_icon(colour: str, size: int = 10) -> QIcon:
    """A small filled circle, like the list's status dots."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def native(keys: str) -> str:
    """A key sequence as this platform writes it (Strg+Umschalt+K on a German desktop)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

