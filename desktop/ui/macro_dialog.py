"""Macros: pick one to run (Ctrl+M), and list, create, edit and share them.

``PickerDialog`` is a keyboard list with a filter line (type, Up/Down, Enter); the
workflow also uses it to assign a ticket to someone. ``MacroEditorDialog`` edits the
actions a form can express (status, category, impact, urgency, an entry from a
template with placeholders) and keeps other actions of a macro (an escalation, a
reminder time) as they are. ``MacroManagerDialog`` lists the shared macros and the
agent's own; only the owner changes or deletes a macro.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import tickets as svc
from desktop.domain.tickets import Status
from desktop.ui import labels
from desktop.ui.ticket_editor import (
    EDITOR_STYLE,
    TicketContext,
    combo_select,
    composer_kind_label,
    impact_label,
    ticket_error_text,
    urgency_label,
)
from desktop.ui.widgets import native

DATA_ROLE = Qt.ItemDataRole.UserRole + 1
# Action types the editor form writes; others are kept as they are.
FORM_ACTIONS = {"set_status", "set_category", "set_impact", "set_urgency", "add_note",
                "add_entry"}




class PickerDialog(QDialog):
    """Choose one item by typing part of its name: Up/Down move, Enter chooses."""

    def __init__(self, title: str, items: Iterable[tuple[str, Any]], placeholder: str,
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickerDialog")
        self.setWindowTitle(title)
        self.setStyleSheet(EDITOR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("pickerFilter")
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(placeholder)
        self.model = QStandardItemModel(self)
        for text, data in items:
            item = QStandardItem(text)
            item.setData(data, DATA_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("pickerList")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(title)
        self.list.activated.connect(self._activated)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("dialogHint")
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.model.rowCount() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        self._chosen: Any = None
        self._select_first()
        self.resize(440, 380)
        self.filter_edit.setFocus()

    def chosen(self) -> Any:
        return self._chosen

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                               Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(self.list, QKeyEvent(event))
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        self._chosen = index.data(DATA_ROLE)
        self.accept()

    def _choose_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self._activated(index)


class MacroEditorDialog(QDialog):
    """Create or change one of the agent's macros; ``macro_id`` is set after accept."""

    def __init__(self, ctx: TicketContext, macro: svc.MacroRecord | None = None,
                 taken_shortcuts: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.macro = macro
        self.macro_id: str | None = macro.id if macro is not None else None
        self._taken = taken_shortcuts or (lambda _keys: False)
        self.setObjectName("macroEditor")
        self.setWindowTitle(self.tr("Edit macro") if macro is not None
                            else self.tr("New macro"))
        self.setStyleSheet(EDITOR_STYLE)
        self.setSizeGripEnabled(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(8)
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("macroName")
        self.name_edit.setMaxLength(200)
        self.shared_box = QCheckBox(self.tr("S&hared with everybody"), self)
        self.shared_box.setObjectName("macroShared")
        self.shortcut_edit = QKeySequenceEdit(self)
        self.shortcut_edit.setObjectName("macroShortcut")
        self.shortcut_edit.setMaximumSequenceLength(1)
        self.shortcut_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("macroStatus")
        self.status_combo.addItem(self.tr("(leave as it is)"), None)
        for status in Status:
            self.status_combo.addItem(labels.status_label(status), str(status))
        self.category_edit = QLineEdit(self)
        self.category_edit.setObjectName("macroCategory")
        self.category_edit.setMaxLength(80)
        self.category_edit.setPlaceholderText(self.tr("(leave as it is)"))
        self.impact_combo = QComboBox(self)
        self.urgency_combo = QComboBox(self)
        for combo, caption_of in ((self.impact_combo, impact_label),
                                  (self.urgency_combo, urgency_label)):
            combo.addItem(self.tr("(leave as it is)"), None)
            for value in range(1, svc.DEFAULT_MATRIX.impact_levels + 1):
                combo.addItem(caption_of(value), value)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("macroEntryKind")
        for kind in svc.COMPOSER_KINDS:
            self.kind_combo.addItem(composer_kind_label(kind), kind)
        self.template_edit = QPlainTextEdit(self)
        self.template_edit.setObjectName("macroTemplate")
        self.template_edit.setTabChangesFocus(True)
        self.template_edit.setFixedHeight(
            self.template_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.template_edit.setPlaceholderText(self.tr("Text of the entry (optional)"))
        placeholders = QHBoxLayout()
        placeholders.setSpacing(4)
        insert = QLabel(self.tr("Insert:"), self)
        insert.setObjectName("editorCaption")
        placeholders.addWidget(insert)
        for key, caption in (
            ("{customer.salutation}", self.tr("Salutation")),
            ("{customer.first_name}", self.tr("First name")),
            ("{customer.last_name}", self.tr("Last name")),
            ("{ticket.reference}", self.tr("Reference")),
            ("{ticket.title}", self.tr("Title")),
            ("{agent.name}", self.tr("My name")),
        ):
            button = QToolButton(self)
            button.setObjectName("placeholderButton")
            button.setText(caption)
            button.setToolTip(key)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, k=key: self.template_edit.insertPlainText(k))
            placeholders.addWidget(button)
        placeholders.addStretch(1)
        self.kept_label = QLabel(self)
        self.kept_label.setObjectName("dialogHint")
        self.kept_label.setWordWrap(True)

        for text, widget in (
            (self.tr("&Name"), self.name_edit),
            ("", self.shared_box),
            (self.tr("Short&cut"), self.shortcut_edit),
            (self.tr("Set s&tatus"), self.status_combo),
            (self.tr("Set cate&gory"), self.category_edit),
            (self.tr("Set &impact"), self.impact_combo),
            (self.tr("Set &urgency"), self.urgency_combo),
            (self.tr("Add &entry"), self.kind_combo),
        ):
            label = QLabel(text, self)
            label.setObjectName("editorCaption")
            if text:
                label.setBuddy(widget)
                widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        form.addRow("", self.template_edit)
        form.addRow("", placeholders)
        outer.addLayout(form)
        outer.addWidget(self.kept_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._kept: list[dict[str, Any]] = []
        if macro is not None:
            self._load(macro)
        else:
            self.kept_label.hide()
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())
        self.name_edit.setFocus()

    def _load(self, macro: svc.MacroRecord) -> None:
        self.name_edit.setText(macro.name)
        self.shared_box.setChecked(macro.shared)
        self.shortcut_edit.setKeySequence(QKeySequence(macro.shortcut))
        for action in macro.actions:
            kind = action.get("type")
            if kind == "set_status":
                combo_select(self.status_combo, action.get("status"))
            elif kind == "set_category":
                self.category_edit.setText(str(action.get("category") or ""))
            elif kind == "set_impact":
                combo_select(self.impact_combo, action.get("impact"))
            elif kind == "set_urgency":
                combo_select(self.urgency_combo, action.get("urgency"))
            elif kind in {"add_note", "add_entry"} and action.get("kind", "note") in \
                    svc.COMPOSER_KINDS and not self.template_edit.toPlainText():
                combo_select(self.kind_combo, action.get("kind", "note"))
                self.template_edit.setPlainText(str(action.get("template",
                                                               action.get("body", ""))))
            else:
                self._kept.append(dict(action))
        self.kept_label.setText(self.tr("%n further action(s) of this macro stay as they are.",
                                        "", len(self._kept)) if self._kept else "")
        self.kept_label.setVisible(bool(self._kept))

    def macro_actions(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        template = self.template_edit.toPlainText().strip()
        if template:
            out.append({"type": "add_note", "kind": self.kind_combo.currentData(),
                        "template": template})
        if self.category_edit.text().strip():
            out.append({"type": "set_category", "category": self.category_edit.text().strip()})
        if self.impact_combo.currentData() is not None:
            out.append({"type": "set_impact", "impact": self.impact_combo.currentData()})
        if self.urgency_combo.currentData() is not None:
            out.append({"type": "set_urgency", "urgency": self.urgency_combo.currentData()})
        if self.status_combo.currentData() is not None:
            out.append({"type": "set_status", "status": self.status_combo.currentData()})
        return out + self._kept

    def shortcut(self) -> str:
        return self.shortcut_edit.keySequence().toString(
            QKeySequence.SequenceFormat.PortableText)

    def submit(self) -> None:
        keys = self.shortcut()
        own = self.macro.shortcut if self.macro is not None else ""
        if keys and keys != own and self._taken(keys):
            self.error.setText(self.tr(
                "The shortcut %1 is already used. Please choose another.").replace(
                "%1", native(keys)))
            self.error.show()
            self.shortcut_edit.setFocus()
            return
        try:
            self.macro_id = self.ctx.write(lambda w: svc.save_macro(
                w, self.ctx.agent, self.name_edit.text(), self.macro_actions(),
                self.shared_box.isChecked(), keys, self.macro_id))
        except svc.TicketError as exc:
            self.error.setText(ticket_error_text(exc))
            self.error.show()
            return
        self.accept()


class MacroManagerDialog(QDialog):
    """The shared macros and the agent's own: new, edit, delete (own only)."""

    def __init__(self, ctx: TicketContext, taken_shortcuts: Callable[[str], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._taken = taken_shortcuts
        self.setObjectName("macroManager")
        self.setWindowTitle(self.tr("Macros"))
        self.setStyleSheet(EDITOR_STYLE)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("macroList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Shortcut"),
                                   self.tr("Shared")])
        self.tree.setAccessibleName(self.tr("Macros"))
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_a: self.edit_current())
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        close = QPushButton(self.tr("Close"), self)
        for button in (self.new_button, self.edit_button, self.delete_button, close):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_macro)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.editor: MacroEditorDialog | None = None
        self.reload()
        self.resize(620, 420)
        self.tree.setFocus()

    def reload(self, select: str | None = None) -> None:
        self.tree.clear()
        for macro in svc.list_macros(self.ctx.db, self.ctx.agent):
            item = QTreeWidgetItem(self.tree, [
                macro.name, native(macro.shortcut) if macro.shortcut else "",
                self.tr("Yes") if macro.shared else self.tr("No")])
            item.setData(0, DATA_ROLE, macro)
            if not macro.own(self.ctx.agent):
                item.setToolTip(0, self.tr(
                    "Shared by a colleague: you can run it, not change it."))
            if macro.id == select:
                self.tree.setCurrentItem(item)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, max(260, self.tree.columnWidth(0)))
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def current_macro(self) -> svc.MacroRecord | None:
        item = self.tree.currentItem()
        macro = item.data(0, DATA_ROLE) if item is not None else None
        return macro if isinstance(macro, svc.MacroRecord) else None

    def _update_buttons(self, *_args: Any) -> None:
        macro = self.current_macro()
        own = macro is not None and macro.own(self.ctx.agent)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def _open_editor(self, macro: svc.MacroRecord | None) -> None:
        dialog = MacroEditorDialog(self.ctx, macro, self._taken, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(dialog.macro_id))
        dialog.finished.connect(self._editor_closed)
        self.editor = dialog
        dialog.open()

    def _editor_closed(self, _result: int) -> None:
        self.editor = None

    def new_macro(self) -> None:
        self._open_editor(None)

    def edit_current(self) -> None:
        macro = self.current_macro()
        if macro is not None and macro.own(self.ctx.agent):
            self._open_editor(macro)

    def delete_current(self) -> None:
        macro = self.current_macro()
        if macro is None or not macro.own(self.ctx.agent):
            return
        try:
            self.ctx.write(lambda w: svc.delete_macro(w, self.ctx.agent, macro.id))
        except svc.TicketError as exc:
            self.error.setText(ticket_error_text(exc))
            self.error.show()
            return
        self.reload()


def macro_items(macros: Sequence[svc.MacroRecord]) -> list[tuple[str, Any]]:
    """Picker rows: the name, with the shortcut when it has one."""
    return [(f"{m.name}    {native(m.shortcut)}" if m.shortcut else m.name, m.id)
            for m in macros]
