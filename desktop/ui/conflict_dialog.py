"""The conflict dialog: my version and the server's, side by side, per field.

The server keeps its value when the same field was changed on both sides; nothing is
overwritten until the agent decides here. Each conflicting field shows "Mine",
"Theirs" and an editable "Result" (prefilled with mine). Alt+M / Alt+T take mine or
theirs for the field with the cursor, Alt+Shift+M / Alt+Shift+T for every field;
Ctrl+Enter applies. The caller hands ``chosen()`` to ``LocalWriter.resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import SYNCED_TABLES
from desktop.sync.outbox import OutboxItem
from desktop.ui.field_editors import FieldEditor, FieldKit
from desktop.ui.widgets import native, repolish

MULTILINE_LINES = 5


def _same(a: Any, b: Any) -> bool:
    """Equal for the agent: an empty text and no value look the same."""
    return (a if a is not None else "") == (b if b is not None else "")


class VersionCell(QFrame):
    """One side's value (read-only) and the button that takes it as the result."""

    def __init__(self, kit: FieldKit, entity: str, field: str, value: Any, mine: bool,
                 caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("versionCell")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        text = kit.display(entity, field, value)
        self.view: QLineEdit | QPlainTextEdit
        if kit.is_multiline(entity, field):
            self.view = QPlainTextEdit(self)
            self.view.setReadOnly(True)
            self.view.setPlainText(text)
            self.view.setTabChangesFocus(True)
            self.view.setFixedHeight(_lines_height(self.view, MULTILINE_LINES))
        else:
            self.view = QLineEdit(text, self)
            self.view.setReadOnly(True)
            self.view.setCursorPosition(0)
            self.view.setToolTip(text)
        self.view.setObjectName("versionValue")
        self.view.setProperty("empty", value is None or value == "")
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes result to result
        side = self.tr("Mine") if mine else self.tr("Theirs")
        self.view.setAccessibleName(f"{caption}: {side}")
        self.button = QToolButton(self)
        self.button.setObjectName("takeButton")
        self.button.setText(self.tr("Take mine") if mine else self.tr("Take theirs"))
        self.button.setToolTip(native("Alt+M") if mine else native("Alt+T"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoRaise(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.view)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


@dataclass
class ConflictRow:
    field: str
    mine: Any
    theirs: Any
    base: Any
    caption: QLabel
    mine_cell: VersionCell
    theirs_cell: VersionCell
    editor: FieldEditor

    def widgets(self) -> list[QWidget]:
        return [self.caption, self.mine_cell, self.theirs_cell, self.editor.widget]


class ConflictDialog(QDialog):
    """Decide each conflicting field of one outbox entry."""

    def __init__(self, item: OutboxItem, record: str, kit: FieldKit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.kit = kit
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Resolve conflict"))
        self.setSizeGripEnabled(True)
        self.rows: list[ConflictRow] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 14)
        outer.setSpacing(10)
        title = QLabel(record, self)
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        intro = QLabel(self.tr(
            "This record was also changed on the server while your change was on its way. "
            "For each field, keep your version or the server's, or edit the result. "
            "Nothing is saved until you apply."), self)
        intro.setObjectName("dialogText")
        intro.setWordWrap(True)
        outer.addWidget(title)
        outer.addWidget(intro)

        grid_host = QWidget(self)
        grid_host.setObjectName("conflictGrid")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        for column, text in enumerate(
                ("", self.tr("Mine"), self.tr("Theirs"), self.tr("Result"))):
            header = QLabel(text, grid_host)
            header.setObjectName("conflictHeader")
            grid.addWidget(header, 0, column)
        grid.setColumnStretch(0, 0)
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        conflicts = ordered_conflicts(item)
        for number, conflict in enumerate(conflicts, start=1):
            self._add_row(grid, number, conflict)
        grid.setRowStretch(len(conflicts) + 1, 1)

        scroll = QScrollArea(self)
        scroll.setObjectName("conflictScroll")
        scroll.setAccessibleName(self.tr("Conflicting fields"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_host)
        outer.addWidget(scroll, 1)

        keys = QLabel(self.tr(
            "Alt+M: take mine · Alt+T: take theirs (for the field with the cursor) · "
            "with Shift: for all fields · Ctrl+Enter: apply"), self)
        keys.setObjectName("dialogHint")
        keys.setWordWrap(True)
        outer.addWidget(keys)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.all_mine_button = QPushButton(self.tr("All mine"), self)
        self.all_mine_button.setObjectName("allMineButton")
        self.all_mine_button.setToolTip(self.tr("Take my version for every field (%1)")
                                        .replace("%1", native("Alt+Shift+M")))
        self.all_mine_button.setAutoDefault(False)
        self.all_mine_button.clicked.connect(self.take_all_mine)
        self.all_theirs_button = QPushButton(self.tr("All theirs"), self)
        self.all_theirs_button.setObjectName("allTheirsButton")
        self.all_theirs_button.setToolTip(
            self.tr("Take the server's version for every field (%1)")
            .replace("%1", native("Alt+Shift+T")))
        self.all_theirs_button.setAutoDefault(False)
        self.all_theirs_button.clicked.connect(self.take_all_theirs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply decision"))
        self.apply_button.setObjectName("applyButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.all_mine_button)
        bottom.addWidget(self.all_theirs_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        self._shortcut("Alt+M", self.take_mine, "takeMine")
        self._shortcut("Alt+T", self.take_theirs, "takeTheirs")
        self._shortcut("Alt+Shift+M", self.take_all_mine, "takeAllMine")
        self._shortcut("Alt+Shift+T", self.take_all_theirs, "takeAllTheirs")
        apply = self._shortcut("Ctrl+Return", self.accept, "applyDecision")
        apply.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])

        for row in self.rows:
            self._mark(row)
        if self.rows:
            self.rows[0].editor.widget.setFocus()
        self.resize(self._initial_size(scroll, grid_host))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After Qt's own focus handling on show: the first result, its text from the
        # beginning and selected, ready to be typed over.
        QTimer.singleShot(0, self, self._focus_first)

    def _focus_first(self) -> None:
        if not self.rows:
            return
        widget = self.rows[0].editor.widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.setSelection(len(widget.text()), -len(widget.text()))

    # -- construction ----------------------------------------------------------------
    def _shortcut(self, keys: str, slot: Any, name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _add_row(self, grid: QGridLayout, number: int, conflict: dict[str, Any]) -> None:
        host = grid.parentWidget()
        assert host is not None
        entity, field = self.item.entity, str(conflict.get("field"))
        caption_text = self.kit.caption(entity, field)
        caption = QLabel(caption_text, host)
        caption.setObjectName("conflictField")
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        base = conflict.get("base")
        caption.setToolTip(self.tr("Before both changes: %1").replace(
            "%1", self.kit.display(entity, field, base)))
        mine_cell = VersionCell(self.kit, entity, field, conflict.get("mine"), True,
                                caption_text, host)
        theirs_cell = VersionCell(self.kit, entity, field, conflict.get("theirs"), False,
                                  caption_text, host)
        editor = self.kit.editor(entity, field, host)
        editor.widget.setObjectName("resultEditor")
        editor.widget.setAccessibleName(f"{caption_text}: {self.tr('Result')}")
        editor.set_value(conflict.get("mine"))
        if editor.multiline:
            editor.widget.setFixedHeight(_lines_height(editor.widget, MULTILINE_LINES))
        editor.widget.setSizePolicy(QSizePolicy.Policy.Expanding,
                                    editor.widget.sizePolicy().verticalPolicy())
        caption.setBuddy(editor.widget)
        row = ConflictRow(field, conflict.get("mine"), conflict.get("theirs"), base, caption,
                          mine_cell, theirs_cell, editor)
        mine_cell.button.clicked.connect(lambda: self._take(row, mine=True))
        theirs_cell.button.clicked.connect(lambda: self._take(row, mine=False))
        editor.edited.connect(lambda: self._mark(row))
        grid.addWidget(caption, number, 0)
        grid.addWidget(mine_cell, number, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(theirs_cell, number, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(editor.widget, number, 3, Qt.AlignmentFlag.AlignTop)
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].editor.widget, editor.widget)
        self.rows.append(row)

    def _initial_size(self, scroll: QScrollArea, grid_host: QWidget) -> Any:
        hint = self.sizeHint()
        content = grid_host.sizeHint().height()
        screen = self.screen()
        limit = int(screen.availableGeometry().height() * 0.8) if screen else 900
        height = min(limit, hint.height() - scroll.sizeHint().height() + content + 8)
        hint.setWidth(max(980, hint.width()))
        hint.setHeight(max(320, height))
        return hint

    # -- deciding --------------------------------------------------------------------
    def current_row(self) -> ConflictRow | None:
        """The row with the keyboard focus (the first when none has it)."""
        focus = QApplication.focusWidget()
        for row in self.rows:
            if focus is not None and any(w is focus or w.isAncestorOf(focus)
                                         for w in row.widgets()):
                return row
        return self.rows[0] if self.rows else None

    def _take(self, row: ConflictRow, mine: bool) -> None:
        row.editor.set_value(row.mine if mine else row.theirs)
        self._mark(row)

    def take_mine(self) -> None:
        row = self.current_row()
        if row is not None:
            self._take(row, mine=True)

    def take_theirs(self) -> None:
        row = self.current_row()
        if row is not None:
            self._take(row, mine=False)

    def take_all_mine(self) -> None:
        for row in self.rows:
            self._take(row, mine=True)

    def take_all_theirs(self) -> None:
        for row in self.rows:
            self._take(row, mine=False)

    def _mark(self, row: ConflictRow) -> None:
        """Outline the version the result equals, so the decision is visible."""
        value = row.editor.value()
        for cell, version in ((row.mine_cell, row.mine), (row.theirs_cell, row.theirs)):
            chosen = _same(value, version)
            if cell.view.property("chosen") != chosen:
                cell.view.setProperty("chosen", chosen)
                repolish(cell.view)

    def chosen(self) -> dict[str, Any]:
        """Field → the value decided on (typed like the column)."""
        return {row.field: row.editor.value() for row in self.rows}


def ordered_conflicts(item: OutboxItem) -> list[dict[str, Any]]:
    """The conflicting fields in the order of the record's columns (title first)."""
    table = SYNCED_TABLES.get(item.entity)
    order = {c.name: i for i, c in enumerate(table.columns)} if table is not None else {}
    return sorted(item.conflicts, key=lambda c: order.get(str(c.get("field")), 999))


def _lines_height(widget: QWidget, lines: int) -> int:
    return widget.fontMetrics().lineSpacing() * lines + 14
