"""The look of the application (issue 9): system, light, dark or high contrast, and a
focus indicator that is clearly visible in each of them.

:func:`apply_appearance` is called at start (``application.run_gui``) and when the
``appearance`` setting changes in the settings dialog; it sets the style, the palette
and the application style sheet of the running application, so open windows follow at
once.

- ``system`` keeps the platform's style and palette; when the platform asks for high
  contrast (Qt 6.10: ``QStyleHints.accessibility().contrastPreference()``), the high
  contrast look is used.
- ``light`` and ``dark`` use Qt's Fusion style with a light or dark palette and tell
  the platform the colour scheme (``QStyleHints.setColorScheme``).
- ``high_contrast`` uses Fusion with pure black text and lines on white, black
  selection with white text, and a black-and-yellow focus ring. It is the light
  variant of high contrast on purpose: several panels set white reading surfaces in
  their own style sheets, which a black background would turn into white text on
  white.

The focus ring is drawn by :class:`FocusStyle`, a proxy of the chosen style: a 2 px
ring around the focused line edit, combo box, spin box, button or check box, and
around the current item of a focused list or table. It is drawn over what the style
draws, so the looks themselves stay as they were.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption

from desktop.app.resources import read_style_sheet

log = logging.getLogger("agentdesk.ui.appearance")

APPEARANCES = ("system", "light", "dark", "high_contrast")
DEFAULT_APPEARANCE = "system"

FOCUS_COLOUR = "#1a5fd0"  # blue ring in the light, dark and system looks
DARK_FOCUS_COLOUR = "#7fb2ff"
HC_FOCUS_OUTER = "#000000"  # high contrast: black ring with a yellow core
HC_FOCUS_INNER = "#ffd400"

# The parts whose focus the ring shows.
# (check boxes and radio buttons draw PE_FrameFocusRect around their label)
# (the current item of a focused view: its own ring, since our style sheet turns the
# views' dotted focus rectangle off with ``outline: 0``)
_FOCUS_CONTROLS = {QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_ItemViewItem}
_FOCUS_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ToolButton,
}
_FOCUS_PRIMITIVES = {QStyle.PrimitiveElement.PE_PanelLineEdit}


class FocusStyle(QProxyStyle):
    """The chosen style, plus a clearly visible 2 px focus ring."""

    def __init__(self, base: str, high_contrast: bool, dark: bool = False) -> None:
        style = QStyleFactory.create(base)
        super().__init__(style if style is not None else base)
        self.high_contrast = high_contrast
        self.colour = QColor(DARK_FOCUS_COLOUR if dark else FOCUS_COLOUR)

    def ring(self, painter: QPainter, rect: QRect) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.high_contrast:
            painter.setPen(QPen(QColor(HC_FOCUS_OUTER), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setPen(QPen(QColor(HC_FOCUS_INNER), 2))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        else:
            painter.setPen(QPen(self.colour, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    @staticmethod
    def _focused(option: QStyleOption | None) -> bool:
        return option is not None and bool(option.state & QStyle.StateFlag.State_HasFocus)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: Any = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # the current item of a focused view, the label of a check box
            self.ring(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _FOCUS_PRIMITIVES and self._focused(option):
            self.ring(painter, option.rect)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: Any = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _FOCUS_CONTROLS and self._focused(option):
            self.ring(painter, option.rect)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: Any,
                           painter: QPainter, widget: Any = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FOCUS_COMPLEX and self._focused(option):
            self.ring(painter, option.rect)


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


Role = QPalette.ColorRole


def palette_for(look: str) -> QPalette:
    """The palette of ``light``, ``dark`` or ``high_contrast``."""
    if look == "high_contrast":
        return _palette({
            Role.Window: "#ffffff", Role.WindowText: "#000000", Role.Base: "#ffffff",
            Role.AlternateBase: "#ffffff", Role.Text: "#000000", Role.Button: "#ffffff",
            Role.ButtonText: "#000000", Role.BrightText: "#000000", Role.Light: "#000000",
            Role.Midlight: "#000000", Role.Mid: "#000000", Role.Dark: "#000000",
            Role.Shadow: "#000000", Role.Highlight: "#000000",
            Role.HighlightedText: "#ffffff", Role.Link: "#0000cc",
            Role.LinkVisited: "#551a8b", Role.ToolTipBase: "#ffffff",
            Role.ToolTipText: "#000000", Role.PlaceholderText: "#4d4d4d",
            Role.Accent: "#000000"}, "#4d4d4d")
    if look == "dark":
        return _palette({
            Role.Window: "#262a30", Role.WindowText: "#eef1f5", Role.Base: "#1c1f24",
            Role.AlternateBase: "#23272d", Role.Text: "#eef1f5", Role.Button: "#30353c",
            Role.ButtonText: "#eef1f5", Role.BrightText: "#ffffff", Role.Light: "#3a4048",
            Role.Midlight: "#333940", Role.Mid: "#2a2f35", Role.Dark: "#15181c",
            Role.Shadow: "#000000", Role.Highlight: "#2f6fdf",
            Role.HighlightedText: "#ffffff", Role.Link: "#8ab4ff",
            Role.LinkVisited: "#c7a4ff", Role.ToolTipBase: "#30353c",
            Role.ToolTipText: "#eef1f5", Role.PlaceholderText: "#9aa5b1",
            Role.Accent: "#2f6fdf"}, "#7a8794")
    return _palette({
        Role.Window: "#f3f5f7", Role.WindowText: "#1f2a35", Role.Base: "#ffffff",
        Role.AlternateBase: "#f7f9fb", Role.Text: "#1f2a35", Role.Button: "#f3f5f7",
        Role.ButtonText: "#1f2a35", Role.BrightText: "#ffffff", Role.Light: "#ffffff",
        Role.Midlight: "#e8ecf0", Role.Mid: "#b8c1cb", Role.Dark: "#8a96a3",
        Role.Shadow: "#4a5561", Role.Highlight: "#2f6fdf", Role.HighlightedText: "#ffffff",
        Role.Link: "#1b4fae", Role.LinkVisited: "#6a3fb0", Role.ToolTipBase: "#ffffdc",
        Role.ToolTipText: "#1f2a35", Role.PlaceholderText: "#6b7885",
        Role.Accent: "#2f6fdf"}, "#8a96a3")


# Text areas have no style hook for the ring: a border while they have the focus.
FOCUS_SHEET = """
QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {colour}; }}
"""

# The application style sheet's fixed light greys, made plain black on white.
HIGH_CONTRAST_SHEET = """
QDockWidget::title { background: #ffffff; color: #000000; border-bottom: 2px solid #000000; }
QLabel#paneTitle { color: #000000; background: #ffffff; border-bottom: 2px solid #000000; }
QListView#queueList, QListView#viewList { background: #ffffff; }
QWidget#listHeader { background: #ffffff; border-bottom: 2px solid #000000; }
QLabel#listTitle, QLabel#listCount, QLabel#listChanged, QLabel#ticketReference,
QLabel#ticketTitle, QLabel#fieldCaption, QLabel#emptyStateTitle, QLabel#emptyStateText,
QLabel#pendingChanges, QLabel#dialogText, QLabel#dialogHint, QLabel#conflictHeader,
QLabel#conflictField, QLabel#outboxDetail, QLabel#loginSubtitle { color: #000000; }
QTableView#ticketTable, QTableView#outboxTable {
    selection-background-color: #000000; selection-color: #ffffff;
    alternate-background-color: #ffffff; gridline-color: #000000; }
QTableView#ticketTable:focus, QTableView#outboxTable:focus {
    selection-background-color: #000000; }
QHeaderView::section { background: #ffffff; color: #000000;
    border-bottom: 2px solid #000000; border-right: 1px solid #000000; }
QLabel#statusChip, QLabel#priorityChip,
QLabel#statusChip[status="new"], QLabel#statusChip[status="open"],
QLabel#statusChip[status="pending"], QLabel#statusChip[status="resolved"],
QLabel#statusChip[status="closed"], QLabel#priorityChip[priority="1"],
QLabel#priorityChip[priority="2"] {
    background: #ffffff; color: #000000; border: 2px solid #000000; }
QLabel#outboxIntro { color: #000000; background: #ffffff; border-bottom: 2px solid #000000; }
QWidget#outboxActions { border-top: 2px solid #000000; }
QToolButton#attentionButton { background: #000000; color: #ffffff; border: 2px solid #000000; }
QToolTip { background: #ffffff; color: #000000; border: 2px solid #000000; }
"""

# The application style sheet's white surfaces and grey texts, dark.
DARK_SHEET = """
QDockWidget::title { background: #30353c; color: #eef1f5; border-bottom: 1px solid #15181c; }
QLabel#paneTitle { color: #c9d1da; background: #30353c; border-bottom: 1px solid #15181c; }
QListView#queueList, QListView#viewList { background: #23272d; }
QWidget#listHeader { background: #262a30; border-bottom: 1px solid #15181c; }
QLabel#listTitle, QLabel#ticketTitle { color: #eef1f5; }
QLabel#listCount, QLabel#fieldCaption, QLabel#ticketReference, QLabel#pendingChanges,
QLabel#dialogText, QLabel#emptyStateTitle, QLabel#conflictHeader,
QLabel#conflictField, QLabel#outboxDetail { color: #c9d1da; }
QTableView#ticketTable, QTableView#outboxTable {
    selection-background-color: #2f4f80; selection-color: #ffffff;
    alternate-background-color: #23272d; }
QTableView#ticketTable:focus, QTableView#outboxTable:focus {
    selection-background-color: #2f6fdf; }
QHeaderView::section { background: #262a30; color: #c9d1da;
    border-bottom: 1px solid #15181c; border-right: 1px solid #30353c; }
QWidget#ticketPage, QWidget#emptyState, QTextBrowser#ticketTimeline,
QWidget#outboxPage, QWidget#outboxActions { background: #1c1f24; }
QLabel#outboxIntro { color: #eef1f5; background: #3a3320; border-bottom: 1px solid #5c4813; }
"""


class _State:
    platform_style: str | None = None
    platform_palette: QPalette | None = None
    look: str = "system"
    style: FocusStyle | None = None


def system_wants_high_contrast() -> bool:
    """True when the platform asks for high contrast (Qt 6.10 and later)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().contrastPreference() == preference.HighContrast)


def resolve(appearance: str) -> str:
    """The look for a setting value: ``light``, ``dark``, ``high_contrast`` or
    ``system`` (the platform's own)."""
    if appearance in ("light", "dark", "high_contrast"):
        return appearance
    return "high_contrast" if system_wants_high_contrast() else "system"


def style_sheet_for(look: str) -> str:
    """The application style sheet of a look: ours, the focus rules, the overrides."""
    if look == "high_contrast":
        focus = FOCUS_SHEET.format(colour=HC_FOCUS_OUTER)
        extra = HIGH_CONTRAST_SHEET
    elif look == "dark":
        focus = FOCUS_SHEET.format(colour=DARK_FOCUS_COLOUR)
        extra = DARK_SHEET
    else:
        focus = FOCUS_SHEET.format(colour=FOCUS_COLOUR)
        extra = ""
    return "\n".join((read_style_sheet(), focus, extra))


def style_name(app: QApplication) -> str:
    """The name of the application's style: "fusion", "windowsvista", "macos" ...

    With a style sheet set, ``app.style()`` is Qt's style-sheet wrapper, whose name is
    empty; the sheet is taken off for a moment to read the style beneath.
    """
    sheet = app.styleSheet()
    if not sheet:
        return app.style().name()
    app.setStyleSheet("")
    try:
        return app.style().name()
    finally:
        app.setStyleSheet(sheet)


def apply_appearance(app: QApplication, appearance: str) -> str:
    """Give the running application the look of the ``appearance`` setting; the look
    used (``system``, ``light``, ``dark`` or ``high_contrast``)."""
    if _State.platform_style is None:
        _State.platform_style = style_name(app)
        _State.platform_palette = QPalette(app.palette())
    look = resolve(appearance)
    hints = QGuiApplication.styleHints()
    if look == "system":
        base = _State.platform_style or "Fusion"
        hints.unsetColorScheme()
        palette = QPalette(_State.platform_palette) if _State.platform_palette \
            else app.style().standardPalette()
    else:
        base = "Fusion"
        hints.setColorScheme(Qt.ColorScheme.Dark if look == "dark"
                             else Qt.ColorScheme.Light)
        palette = palette_for(look)
    style = FocusStyle(base, high_contrast=look == "high_contrast", dark=look == "dark")
    app.setStyle(style)
    _State.style = style
    app.setPalette(palette)
    app.setStyleSheet(style_sheet_for(look))
    _State.look = look
    app.setProperty("appearance", look)
    log.info("appearance %s (setting %s, style %s)", look, appearance, base)
    return look


def current_look() -> str:
    return _State.look


def focus_style() -> FocusStyle | None:
    """The style :func:`apply_appearance` installed (``QApplication.style()`` answers
    with Qt's style-sheet wrapper around it)."""
    return _State.style


def is_high_contrast() -> bool:
    return _State.look == "high_contrast"


# -- SLA states: a shape for each, never the colour alone -----------------------------
SLA_ICON_SIZE = 14
SLA_STATES = ("ok", "at_risk", "breached", "paused")


def _sla_pixmap(state: str, ink: QColor) -> QPixmap:
    size = SLA_ICON_SIZE
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp on HiDPI
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 1.6))
    m = 2.5
    if state == "ok":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - m, size / 2 - m)
    elif state == "at_risk":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF([QPointF(size / 2, m - 0.5),
                                       QPointF(size - m + 0.5, size - m),
                                       QPointF(m - 0.5, size - m)]))
        painter.drawLine(QPointF(size / 2, size * 0.42), QPointF(size / 2, size * 0.62))
    elif state == "breached":
        painter.setBrush(ink)
        painter.drawRect(int(m), int(m), int(size - 2 * m), int(size - 2 * m))
    else:
        painter.setBrush(ink)
        bar = size * 0.18
        painter.drawRect(int(size * 0.28), int(m), int(bar), int(size - 2 * m))
        painter.drawRect(int(size * 0.58), int(m), int(bar), int(size - 2 * m))
    painter.end()
    return pixmap


def sla_icon(state: str, colour: QColor | None = None) -> QIcon:
    """A small shape telling the SLA state without colour: a ring (within target), a
    triangle (at risk), a filled square (breached), two bars (paused); empty for no
    clock. Drawn in ``colour`` (black in high contrast), white on a selected row."""
    if state not in SLA_STATES:
        return QIcon()
    ink = QColor("#000000") if is_high_contrast() or colour is None else colour
    icon = QIcon(_sla_pixmap(state, ink))
    icon.addPixmap(_sla_pixmap(state, QColor("#ffffff")), QIcon.Mode.Selected)
    return icon
