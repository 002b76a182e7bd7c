"""The "Not delivered" panel: conflicts, rejections and notices, and what to do.

A conflict (the same field changed on the server too) is settled in the conflict
dialog; a rejection (the server refused the change, with a reason) is corrected and
sent again, or discarded; a notice (accepted with a remark) is dismissed. Nothing
leaves this list without the agent's decision. Keys: Enter does the row's main action
(resolve, try again, dismiss), Del discards a rejection or dismisses a notice.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import queries
from desktop.app.messages import (
    REJECTION_CODES,
    describe_notice,
    describe_rejection,
    describe_rejection_detail,
)
from desktop.app.sync_service import SyncService
from desktop.models.types import from_wire_time
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import CONFLICT, NOTICE, REJECTED, LocalEditError, OutboxItem
from desktop.ui import labels
from desktop.ui.conflict_dialog import ConflictDialog, ordered_conflicts
from desktop.ui.field_editors import FieldEditor, FieldKit
from desktop.ui.widgets import EmptyState, dot_icon

log = logging.getLogger("agentdesk.ui.outbox")

SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

COL_PROBLEM, COL_RECORD, COL_CHANGE, COL_WHEN, COL_REASON = range(5)
STATE_COLOURS = {CONFLICT: "#d99a1e", REJECTED: "#c0392b", NOTICE: "#2f6fdf"}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def record_text(item: OutboxItem, summary: queries.RecordSummary | None) -> str:
    """"Ticket T-2026-004711 · Drucker druckt nicht", "Queue · Netzwerk & VPN"."""
    entity = "tickets" if item.entity == "ticket_entries" and summary else item.entity
    kind = labels.entity_label(entity)
    if summary is None and item.entity != "ticket_entries":
        # not (or no longer) here, e.g. a refused create: named by what was typed
        fields = item.fields
        reference = str(fields.get("reference") or "")
        title = str(fields.get("title") or fields.get("name") or "")
        if reference or title:
            summary = queries.RecordSummary(reference, title)
    if summary is None:
        return kind
    head = f"{kind} {summary.reference}" if summary.reference else kind
    return f"{head} · {summary.title}" if summary.title else head


class OutboxModel(QAbstractTableModel):
    """The entries that need the agent, as plain display strings made once per load.

    ``load`` returns the ``OutboxItem``s (``LocalWriter.items(CONFLICT, REJECTED,
    NOTICE)``); ``refresh()`` reads them again and resets only when the list changed.
    """

    def __init__(self, db: LocalDatabase, load: Callable[[], list[OutboxItem]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self._load = load
        self.kit = FieldKit(db)
        self._items: list[OutboxItem] = []
        self._display: list[tuple[str, ...]] = []
        self._tooltips: list[tuple[str, ...]] = []
        self._icons = {state: dot_icon(colour) for state, colour in STATE_COLOURS.items()}

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        items = self._load()
        display, tooltips = self._texts(items)
        if [i.seq for i in items] == [i.seq for i in self._items]:
            self._items, self._display, self._tooltips = items, display, tooltips
            if items:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(items) - 1, COL_REASON))
            return
        self.beginResetModel()
        self._items, self._display, self._tooltips = items, display, tooltips
        self.endResetModel()

    def _texts(self, items: list[OutboxItem]
               ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        summaries = queries.record_summaries(self.db, [(i.entity, i.entity_id)
                                                       for i in items])
        display: list[tuple[str, ...]] = []
        tips: list[tuple[str, ...]] = []
        for item in items:
            summary = summaries.get((item.entity, item.entity_id))
            if summary is None and item.entity == "ticket_entries":
                ticket_id = str(item.fields.get("ticket_id") or "")
                found = queries.record_summaries(self.db, [("tickets", ticket_id)])
                summary = found.get(("tickets", ticket_id))
            record = record_text(item, summary)
            problem = self.problem_text(item)
            change = self.change_text(item)
            when = _when(item.created_at)
            reason = self.reason_text(item, summary)
            display.append((problem, record, change, when[0], reason))
            tips.append((problem, record, change, when[1], reason))
        return display, tips

    def problem_text(self, item: OutboxItem) -> str:
        if item.state == CONFLICT:
            return self.tr("Conflict")
        if item.state == NOTICE:
            return self.tr("Notice")
        return describe_rejection(item.error_code)

    def change_text(self, item: OutboxItem) -> str:
        if item.op == "delete":
            return self.tr("Deleted")
        if item.entity == "ticket_entries":
            return labels.entry_kind_label(str(item.fields.get("kind") or "note"))
        if item.op in {"create", "append"}:
            return self.tr("Created")
        fields = ([str(c.get("field")) for c in ordered_conflicts(item)]
                  if item.state == CONFLICT else list(item.fields))
        return ", ".join(self.kit.caption(item.entity, f) for f in fields)

    def change_details(self, item: OutboxItem, limit: int = 6) -> list[str]:
        """"Name: Meine Warteschlange" for each field the agent typed (shortened)."""
        lines = []
        for field, value in list(item.fields.items())[:limit]:
            if not self.kit.is_editable(item.entity, field):
                continue
            text = " ".join(self.kit.display(item.entity, field, value).split())
            if len(text) > 80:
                text = text[:79] + "…"
            lines.append(f"{self.kit.caption(item.entity, field)}: {text}")
        return lines

    def reason_text(self, item: OutboxItem, summary: queries.RecordSummary | None) -> str:
        if item.state == CONFLICT:
            fields = ", ".join(self.kit.caption(item.entity, str(c.get("field")))
                               for c in ordered_conflicts(item))
            return self.tr("Also changed on the server meanwhile: %1").replace("%1", fields)
        if item.state == NOTICE:
            return describe_notice(item.notice, summary.reference if summary else "")
        return describe_rejection_detail(item.error_code, item.error_params,
                                         item.error_message)

    # -- access ----------------------------------------------------------------------
    @property
    def items(self) -> list[OutboxItem]:
        return list(self._items)

    def item(self, row: int) -> OutboxItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, seq: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.seq == seq:
                return row
        return None

    def reason_of(self, seq: int) -> str:
        row = self.row_of(seq)
        return self._display[row][COL_REASON] if row is not None else ""

    def record_label(self, row: int) -> str:
        return self._display[row][COL_RECORD] if 0 <= row < len(self._display) else ""

    # -- the model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[row][column]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_PROBLEM:
            return self._icons.get(item.state)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display[row][column]
        if role == SEQ_ROLE:
            return item.seq
        if role == STATE_ROLE:
            return item.state
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < 5):
            return None
        return (self.tr("Problem"), self.tr("Record"), self.tr("Change"), self.tr("When"),
                self.tr("Reason"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _when(wire: str) -> tuple[str, str]:
    """(short, long) local time of an outbox entry."""
    try:
        moment: datetime | None = from_wire_time(wire) if wire else None
    except ValueError:
        return wire, wire
    return (labels.format_time(moment),
            labels.format_datetime(moment, QLocale.FormatType.LongFormat))


class RetryDialog(QDialog):
    """Correct a rejected change and send it again."""

    def __init__(self, item: OutboxItem, record: str, kit: FieldKit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("retryDialog")
        self.setWindowTitle(self.tr("Send change again"))
        self.editors: dict[str, FieldEditor] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        title = QLabel(record, self)
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        reason = QLabel(self.tr("The server refused this change: %1").replace(
            "%1", describe_rejection_detail(item.error_code, item.error_params,
                                         item.error_message)), self)
        reason.setObjectName("serverReason")
        reason.setWordWrap(True)
        layout.addWidget(reason)
        fields = [f for f in item.fields if kit.is_editable(item.entity, f)]
        if fields:
            hint = QLabel(self.tr("Correct your change and send it again."), self)
            hint.setObjectName("dialogText")
            hint.setWordWrap(True)
            layout.addWidget(hint)
            form = QFormLayout()
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(8)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in fields:
                editor = kit.editor(item.entity, field, self)
                editor.set_value(item.fields.get(field))
                if editor.multiline:
                    editor.widget.setMinimumHeight(editor.widget.fontMetrics().lineSpacing()
                                                   * 5 + 14)
                caption = QLabel(kit.caption(item.entity, field) + ":", self)
                caption.setBuddy(editor.widget)
                form.addRow(caption, editor.widget)
                self.editors[field] = editor
            layout.addLayout(form)
        else:
            hint = QLabel(self.tr("The change is sent again as it is."), self)
            hint.setObjectName("dialogText")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("&Send again"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.editors:
            first = next(iter(self.editors.values())).widget
            first.setFocus()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def fields(self) -> dict[str, Any]:
        """The corrected values of the fields shown (others are sent unchanged)."""
        return {field: editor.value() for field, editor in self.editors.items()}


class OutboxPanel(QWidget):
    """The list of undelivered changes with their actions.

    Signals:
        records_changed(): an action changed local records (the window re-reads them).
    """

    records_changed = Signal()

    def __init__(self, db: LocalDatabase, sync: SyncService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPanel")
        self.db = db
        self.sync = sync
        self.model = OutboxModel(db, sync.attention_items, self)
        self.dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget(self)
        self.empty = EmptyState(
            "delivered", self.tr("Everything delivered"),
            self.tr("All your changes have reached the server."), self)
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keeps the keyboard here
        self.stack.addWidget(self.empty)

        page = QWidget(self)
        page.setObjectName("outboxPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        self.intro = QLabel(self.tr(
            "The server did not take these changes as they are. Decide for each one: "
            "resolve a conflict, correct and send again, or discard."), page)
        self.intro.setObjectName("outboxIntro")
        self.intro.setWordWrap(True)
        page_layout.addWidget(self.intro)

        self.table = QTableView(page)
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Changes not delivered"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        self.table.setIconSize(QSize(10, 10))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        fm = self.table.fontMetrics()
        widest_problem = max(fm.horizontalAdvance(describe_rejection(code))
                             for code in REJECTION_CODES)
        for column, width in ((COL_PROBLEM, min(200, widest_problem + 36)),
                              (COL_RECORD, 300), (COL_CHANGE, 150),
                              (COL_WHEN, fm.horizontalAdvance("00.00.00, 00:00") + 20)):
            header.resizeSection(column, width)
        page_layout.addWidget(self.table, 1)

        bar = QWidget(page)
        bar.setObjectName("outboxActions")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(10, 6, 10, 8)
        bar_layout.setSpacing(8)
        self.resolve_button = self._button(self.tr("&Resolve…"), "resolveButton",
                                           self.resolve_current, "Enter")
        self.retry_button = self._button(self.tr("&Try again…"), "retryButton",
                                         self.retry_current, "Enter")
        self.discard_button = self._button(self.tr("&Discard"), "discardButton",
                                           self.discard_current, "Del")
        self.dismiss_button = self._button(self.tr("Dis&miss"), "dismissButton",
                                           self.dismiss_current, "Del")
        self.detail = QLabel(bar)
        self.detail.setObjectName("outboxDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar_layout.addWidget(self.detail, 1)
        for button in (self.resolve_button, self.retry_button, self.discard_button,
                       self.dismiss_button):
            bar_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        page_layout.addWidget(bar)
        self.page = page
        self.stack.addWidget(page)
        layout.addWidget(self.stack)

        self.default_action = QAction(self.tr("Open the change"), self)
        self.default_action.setObjectName("outboxDefault")
        self.default_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                          QKeySequence(Qt.Key.Key_Enter)])
        self.default_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.default_action.triggered.connect(self.activate_current)
        self.table.addAction(self.default_action)
        self.delete_action = QAction(self.tr("Discard"), self)
        self.delete_action.setObjectName("outboxDelete")
        self.delete_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete),
                                         QKeySequence(Qt.Key.Key_Backspace)])
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self.delete_action)
        self.table.doubleClicked.connect(lambda _index: self.activate_current())

        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _cur, _prev: self._update_buttons())
        sync.outbox_changed.connect(self._on_outbox_changed)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object], key: str
                ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(native)
        button.clicked.connect(slot)
        return button

    # -- state -----------------------------------------------------------------------
    def _on_outbox_changed(self, _pending: int, _attention: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.current_item()
        row = self.table.currentIndex().row()
        try:
            self.model.refresh()
        except Exception as exc:  # the local database is closing
            log.warning("cannot read the outbox: %s", exc)
            return
        if current is not None:
            again = self.model.row_of(current.seq)
            self._select(again if again is not None else min(row, self.model.rowCount() - 1))
        self._update_buttons()

    def _after_reset(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        self.stack.setCurrentWidget(self.page if self.model.rowCount() else self.empty)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self._select(0)
        if had_focus:  # the keyboard stays in the panel while entries come and go
            self.focus_list()

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.selectRow(row)
            self.table.scrollTo(index)

    def current_item(self) -> OutboxItem | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        state = item.state if item is not None else ""
        self._update_detail(item)
        self.resolve_button.setEnabled(state == CONFLICT)
        self.retry_button.setEnabled(state == REJECTED)
        self.discard_button.setEnabled(state == REJECTED)
        self.dismiss_button.setEnabled(state == NOTICE)
        # only what fits the selected entry; with nothing selected, the disabled set
        self.resolve_button.setVisible(state in {CONFLICT, ""})
        self.retry_button.setVisible(state in {REJECTED, ""})
        self.discard_button.setVisible(state in {REJECTED, ""})
        self.dismiss_button.setVisible(state == NOTICE)

    def _update_detail(self, item: OutboxItem | None) -> None:
        """The whole reason of the selected entry (the column may cut it) and, for a
        rejection, what the agent had typed."""
        if item is None:
            self.detail.clear()
            return
        reason = self.model.reason_of(item.seq)
        parts = [f"<b>{html.escape(reason)}</b>"] if reason else []
        if item.state == REJECTED:
            typed = "; ".join(self.model.change_details(item))
            if typed:
                parts.append("<span style='color:#6b7885'>" + html.escape(
                    self.tr("Your change: %1").replace("%1", typed)) + "</span>")
        self.detail.setText("<br>".join(parts))

    def focus_list(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self._select(0)
            self.table.setFocus()
        else:
            self.empty.setFocus()

    # -- actions ---------------------------------------------------------------------
    def activate_current(self) -> None:
        """Enter: the main action of the row."""
        item = self.current_item()
        if item is None:
            return
        if item.state == CONFLICT:
            self.resolve_current()
        elif item.state == REJECTED:
            self.retry_current()
        else:
            self.dismiss_current()

    def delete_current(self) -> None:
        """Del: discard a rejection, dismiss a notice (conflicts need a decision)."""
        item = self.current_item()
        if item is None:
            return
        if item.state == REJECTED:
            self.discard_current()
        elif item.state == NOTICE:
            self.dismiss_current()

    def _record(self, item: OutboxItem) -> str:
        row = self.model.row_of(item.seq)
        return self.model.record_label(row) if row is not None else ""

    def resolve_current(self) -> None:
        item = self.current_item()
        if item is None or item.state != CONFLICT:
            return
        dialog = ConflictDialog(item, self._record(item), self.model.kit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._run(lambda: self.sync.resolve(
            item.seq, dialog.chosen())))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def retry_current(self) -> None:
        item = self.current_item()
        if item is None or item.state != REJECTED:
            return
        dialog = RetryDialog(item, self._record(item), self.model.kit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._run(lambda: self.sync.retry(
            item.seq, dialog.fields())))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def discard_current(self) -> None:
        item = self.current_item()
        if item is None or item.state != REJECTED:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard change"),
                          self.tr("Discard your change to “%1”?").replace(
                              "%1", self._record(item)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardConfirm")
        details = "\n".join(self.model.change_details(item))
        consequence = self.tr("The record keeps the server's version. This cannot be "
                              "undone.")
        box.setInformativeText(f"{details}\n\n{consequence}" if details else consequence)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setText(self.tr("&Discard"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(discard)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Discard:
                self._run(lambda: self.sync.discard(item.seq))

        box.buttonClicked.connect(answered)
        box.finished.connect(self._confirm_closed)
        self.confirm_box = box
        box.open()

    def dismiss_current(self) -> None:
        item = self.current_item()
        if item is None or item.state != NOTICE:
            return
        self._run(lambda: self.sync.discard(item.seq))

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (LocalEditError, RuntimeError) as exc:
            log.warning("outbox action failed: %s", exc)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not possible"),
                              self.tr("The change could not be made: %1").replace(
                                  "%1", str(exc)), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.refresh()
        self.records_changed.emit()
        self.focus_list()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.focus_list()

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None
        self.focus_list()

