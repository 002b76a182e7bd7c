"""Dialogs of the customer panel: merging two records, confirming an erasure (issue 5).

:class:`MergeDialog` — the agent finds the other record (search as you type, or it comes
preselected from the duplicate warning), picks which record is kept and, for every field
both records fill differently, which value stays. "Merge…" asks once more
(``confirm_box``, window-modal, "Cancel" is the default); on "Merge" the dialog is
accepted and :meth:`MergeDialog.request` says what to send to the server. Everything is
reachable by keyboard: the search field has the focus, Down moves into the results,
Alt+letters reach the choices.

:func:`erase_question` — the window-modal question before an erasure (default: Cancel).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import customer_records as cr
from desktop.app import customers as lookup
from desktop.app.customer_records import CustomerRecord, FieldChoice
from desktop.domain import phones
from desktop.sync.localdb import LocalDatabase
from desktop.ui.labels import field_label, fill

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class MergeRequest:
    survivor_id: str
    merged_id: str
    take_from_merged: tuple[str, ...]
    keep_from_survivor: tuple[str, ...] = ()


def describe(record: CustomerRecord, style: phones.Style = "national") -> str:
    """One line naming a record: name, number, organisation, first phone."""
    parts = [record.display_name or record.id]
    if record.customer_number:
        parts.append(record.customer_number)
    if record.organisation:
        parts.append(record.organisation)
    if record.phones:
        parts.append(phones.format_phone(record.phones[0].value, style))
    return " · ".join(parts)


class MergeDialog(QDialog):
    """Merge the shown customer with another record (see the module text)."""

    def __init__(self, db: LocalDatabase, current: CustomerRecord,
                 other_id: str | None = None, parent: QWidget | None = None,
                 phone_style: phones.Style = "national",
                 region: str = phones.DEFAULT_REGION) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCustomerDialog")
        self.setWindowTitle(self.tr("Merge customer records"))
        self.db = db
        self.current = current
        self.other: CustomerRecord | None = None
        self.phone_style: phones.Style = phone_style
        self.region = region
        self.choice_boxes: dict[str, QComboBox] = {}
        self.confirm_box: QMessageBox | None = None
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        if other_id is not None:
            self.choose(other_id)
        self._update()
        self.resize(560, 520)

    # -- construction -----------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        intro = QLabel(self.tr(
            "Tickets, calls, phone numbers, e-mail addresses and the change history of "
            "the other record move to the record you keep. The other record is hidden "
            "afterwards."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        find = QLabel(self.tr("&Find the other record:"), self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("mergeSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Name, phone number, e-mail or customer number"))
        self.search_edit.setClearButtonEnabled(True)
        find.setBuddy(self.search_edit)
        self.results = QListWidget(self)
        self.results.setObjectName("mergeResults")
        self.results.setAccessibleName(self.tr("Matching customers"))
        self.results.setMaximumHeight(120)
        self.results.itemActivated.connect(self._picked)
        self.results.currentItemChanged.connect(
            lambda item, _prev: self._picked(item) if item is not None else None)
        self.search_edit.installEventFilter(self)
        layout.addWidget(find)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)

        keep = QGroupBox(self.tr("Keep"), self)
        keep_layout = QVBoxLayout(keep)
        self.keep_current = QRadioButton(keep)
        self.keep_current.setObjectName("keepCurrent")
        self.keep_current.setChecked(True)
        self.keep_other = QRadioButton(keep)
        self.keep_other.setObjectName("keepOther")
        self.keep_current.toggled.connect(lambda _on: self._fill_choices())
        keep_layout.addWidget(self.keep_current)
        keep_layout.addWidget(self.keep_other)
        layout.addWidget(keep)

        self.choices_group = QGroupBox(self.tr("Values that differ"), self)
        self.choices_layout = QFormLayout(self.choices_group)
        self.choices_layout.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addWidget(self.choices_group)
        self.no_choices = QLabel(self.tr("No field has two different values."), self)
        self.no_choices.setObjectName("mergeNoConflicts")
        self.no_choices.setStyleSheet("color: #6b7885;")
        layout.addWidget(self.no_choices)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.ask_to_confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves into the results."""
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.results.count()):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- finding the other record ------------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text()
        self.results.clear()
        if not text.strip():
            return
        for match in lookup.lookup(self.db, text, limit=20, region=self.region):
            if match.id == self.current.id:
                continue
            line = " · ".join(p for p in (match.display_name, match.customer_number or "",
                                          match.organisation or "") if p)
            item = QListWidgetItem(line, self.results)
            item.setData(ID_ROLE, match.id)

    def _picked(self, item: QListWidgetItem) -> None:
        customer_id = item.data(ID_ROLE)
        if customer_id:
            self.choose(str(customer_id))

    def choose(self, customer_id: str) -> None:
        """Make ``customer_id`` the other record."""
        record = cr.load_customer(self.db, customer_id)
        if record is None or record.id == self.current.id or record.erased \
                or record.merged_into_id:
            return
        self.other = record
        self._update()

    # -- the choices ---------------------------------------------------------------------
    @property
    def survivor(self) -> CustomerRecord | None:
        if self.other is None:
            return None
        return self.current if self.keep_current.isChecked() else self.other

    @property
    def merged(self) -> CustomerRecord | None:
        if self.other is None:
            return None
        return self.other if self.keep_current.isChecked() else self.current

    def _update(self) -> None:
        self.keep_current.setText(fill(self.tr("This record: %1"),
                                       describe(self.current, self.phone_style)))
        other = (describe(self.other, self.phone_style) if self.other is not None
                 else self.tr("(choose above)"))
        self.keep_other.setText(fill(self.tr("The other record: %1"), other))
        self.keep_other.setEnabled(self.other is not None)
        self.merge_button.setEnabled(self.other is not None)
        self._fill_choices()

    def _value_text(self, choice_field: str, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if choice_field == "organisation_id":
            for org_id, name in cr.organisations(self.db):
                if org_id == value:
                    return name
        text = " ".join(str(value).split())
        return text if len(text) <= 60 else text[:59] + "…"

    def _fill_choices(self) -> None:
        while self.choices_layout.rowCount():
            self.choices_layout.removeRow(0)
        self.choice_boxes = {}
        survivor, merged = self.survivor, self.merged
        conflicts: list[FieldChoice] = []
        if survivor is not None and merged is not None:
            conflicts = cr.merge_conflicts(survivor, merged)
        for choice in conflicts:
            box = QComboBox(self.choices_group)
            box.setObjectName(f"choice_{choice.field}")
            box.addItem(fill(self.tr("%1 (record kept)"),
                             self._value_text(choice.field, choice.survivor_value)), False)
            box.addItem(fill(self.tr("%1 (record merged)"),
                             self._value_text(choice.field, choice.merged_value)), True)
            if choice.field == "notes":
                box.addItem(self.tr("Both, one after the other"), None)
                box.setCurrentIndex(2)
            self.choices_layout.addRow(field_label(choice.field, "customers"), box)
            self.choice_boxes[choice.field] = box
        self.choices_group.setVisible(bool(conflicts))
        self.no_choices.setVisible(self.other is not None and not conflicts)

    def request(self) -> MergeRequest | None:
        """What the agent chose; None without another record."""
        survivor, merged = self.survivor, self.merged
        if survivor is None or merged is None:
            return None
        take = tuple(name for name, box in self.choice_boxes.items()
                     if box.currentData() is True)
        keep = tuple(name for name, box in self.choice_boxes.items()
                     if box.currentData() is False)
        return MergeRequest(survivor.id, merged.id, take, keep)

    # -- confirming -------------------------------------------------------------------------
    def ask_to_confirm(self) -> None:
        request = self.request()
        if request is None or self.confirm_box is not None:
            return
        survivor, merged = self.survivor, self.merged
        assert survivor is not None and merged is not None
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Merge customer records?"),
            fill(self.tr("%1 will be merged into %2. This cannot be undone."),
                 describe(merged, self.phone_style), describe(survivor, self.phone_style)),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmMerge")
        yes = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: Any) -> None:
            if button is yes:
                self.accept()

        box.buttonClicked.connect(answered)
        box.finished.connect(self._confirm_closed)
        self.confirm_box = box
        box.open()

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None


def erase_question(parent: QWidget, record: CustomerRecord) -> QMessageBox:
    """The question before an erasure; "Erase" has the object name ``eraseButton``,
    "Cancel" is the default. The caller connects ``buttonClicked`` and ``open()``s it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CustomerDialogs", "Erase personal data?"),
        fill(QCoreApplication.translate(
            "CustomerDialogs",
            "The personal data of %1 will be erased on the server and on every "
            "workstation: name, address, notes, phone numbers and e-mail addresses, and "
            "the customer's name, numbers and addresses in the text of their tickets. "
            "The tickets are kept. This cannot be undone."), record.display_name),
        QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmErase")
    erase = box.addButton(QCoreApplication.translate("CustomerDialogs", "Erase"),
                          QMessageBox.ButtonRole.DestructiveRole)
    erase.setObjectName("eraseButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box
