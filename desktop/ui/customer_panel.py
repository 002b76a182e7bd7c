"""The customer panel: the selected ticket's customer, editable, with history and audit.

Three tabs: **Details** (read view, or the edit form), **History** (tickets, calls and
notes on one timeline, open tickets first; double-click or Enter opens the ticket) and
**Changes** (the audit trail: who changed which field when, old and new value).

Keys (chosen not to clash with the window's): Ctrl+Shift+K edits the customer, in the
form Ctrl+Return saves and Esc cancels (asking first when something was typed). They
are QActions (``edit_action``, ``save_action``, ``cancel_action``, ``phone_format_action``)
for the window's menus and shortcut list.

Save never throws typed text away: it validates everything, shows each problem in red
under its field and saves nothing until all are fixed; a likely duplicate is shown as a
warning once, and a second Save saves anyway. The save itself is one local transaction
(``customer_records.save_customer``), made through ``edit`` — the window passes
``SyncService.edit`` so that the change is sent at once.

For the window: :meth:`CustomerPanel.show_customer` (id or None),
:meth:`CustomerPanel.start_edit`, signal ``ticket_open_requested(str)`` and
``customer_saved(str)``.

Server actions (issue 5; they need ``remote``, which runs a function with the signed-in
``ServerClient`` on the worker thread): **Merge with…** (Ctrl+Shift+G, also from the
duplicate warning) opens :class:`~desktop.ui.customer_dialogs.MergeDialog`; **Export
data…** saves the server's data-protection export as a JSON file; **Erase personal
data…** (supervisors and admins; the server checks again) asks first. After a merge or
an erasure ``server_changed`` asks the window for a sync. **Call** (Ctrl+Shift+D) dials
the customer's first number through ``dialer`` (``desktop.app.dialer``); every number in
the read view is a link that dials it.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import customer_records as cr
from desktop.app.customer_records import (
    AuditItem,
    ContactInput,
    CustomerForm,
    CustomerRecord,
    FieldError,
    HistoryItem,
)
from desktop.app.dialer import Dialer
from desktop.domain import phones
from desktop.domain.roles import Role, at_least
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalEditError, LocalWriter
from desktop.ui.customer_dialogs import MergeDialog, erase_question
from desktop.ui.labels import entry_kind_label, field_label, fill, format_datetime, status_label

log = logging.getLogger("agentdesk.ui.customer")

Index = QModelIndex | QPersistentModelIndex
EditFn = Callable[[Callable[[LocalWriter], Any]], Any]
# remote(job, on_done, on_error): job(server_client) runs on the worker thread, the
# callbacks on the UI thread.
RemoteFn = Callable[
    [Callable[[Any], Any], Callable[[Any], object], Callable[[BaseException], object]], None]
_ROOT = QModelIndex()
ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = "color: #1e6b3a;"
WARNING_STYLE = (
    "background: #fff4d6; color: #5c4400; border: 1px solid #e8c766; "
    "border-radius: 3px; padding: 6px;"
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TICKET_ROLE = Qt.ItemDataRole.UserRole + 2


# lupdate finds calls named translate(context, text); keep this name.
translate = QCoreApplication.translate


def error_text(key: str, error: FieldError) -> str:
    """The translated sentence for a validation code of ``customer_records.validate``."""
    code, params = error.code, error.params
    if key == "name":
        return translate("CustomerPanel", "Enter a first or a last name.")
    if key.startswith("phones."):
        texts = {
            "empty": translate("CustomerPanel", "Enter the phone number or remove the row."),
            "withheld": translate("CustomerPanel", "A withheld number cannot be stored."),
            "not_a_number": translate("CustomerPanel", "This is not a phone number."),
            "too_short": translate("CustomerPanel", "This number is too short."),
            "too_long": translate("CustomerPanel", "This number is too long."),
            "invalid_country_code": translate(
                "CustomerPanel", "There is no country with this code."
            ),
            "invalid": translate(
                "CustomerPanel",
                "This number does not exist. Foreign numbers start with + and the country code.",
            ),
            "duplicate": translate("CustomerPanel", "This number is already in the list."),
            "label_too_long": translate("CustomerPanel", "The label is too long."),
        }
        return texts.get(code, translate("CustomerPanel", "This phone number is not valid."))
    if key.startswith("emails."):
        texts = {
            "empty": translate("CustomerPanel", "Enter the e-mail address or remove the row."),
            "missing_at": translate("CustomerPanel", "An e-mail address needs an @."),
            "invalid_local_part": translate("CustomerPanel", "The part before the @ is not valid."),
            "invalid_domain": translate("CustomerPanel", "The domain after the @ is not valid."),
            "too_long": translate("CustomerPanel", "This address is too long."),
            "duplicate": translate("CustomerPanel", "This address is already in the list."),
            "label_too_long": translate("CustomerPanel", "The label is too long."),
        }
        return texts.get(code, translate("CustomerPanel", "This e-mail address is not valid."))
    if code == "invalid_country":
        return translate("CustomerPanel", "Use the two-letter country code, e.g. DE, AT or CH.")
    if code == "invalid_language":
        return translate("CustomerPanel", "Choose a language.")
    if code == "too_long":
        return translate("CustomerPanel", "At most %1 characters.").replace(
            "%1", str(params.get("max", ""))
        )
    return translate("CustomerPanel", "This value is not valid.")


def server_error_text(exc: BaseException) -> str:
    """The translated sentence for a failed merge, export or erasure."""
    status = getattr(exc, "status", None)
    code = getattr(exc, "code", "")
    if status is None:
        if isinstance(exc, OSError):
            return translate("CustomerPanel", "The file could not be written: %1").replace(
                "%1", str(exc.strerror or exc))
        return translate(
            "CustomerPanel",
            "The server cannot be reached. Try again when the connection is back.")
    if status == 401:
        return translate("CustomerPanel", "Your sign-in has expired. Sign in again.")
    if status == 403:
        return translate("CustomerPanel", "Only supervisors and administrators may do this.")
    if status == 404:
        return translate("CustomerPanel",
                         "The server does not know this customer yet. Sync and try again.")
    if code == "merged":
        return translate("CustomerPanel", "One of the records was merged already.")
    if code == "erased":
        return translate("CustomerPanel", "One of the records was erased.")
    return translate("CustomerPanel", "The server refused the request (%1).").replace(
        "%1", str(status))


def dial_error_text(number: str, error: dict[str, Any]) -> str:
    """The translated sentence for a failed click-to-dial (``desktop.app.dialer``)."""
    code = error.get("code")
    if code == "invalid":
        return fill(translate("CustomerPanel", "%1 is not a phone number that can be dialled."),
                    number)
    if code == "refused":
        return fill(translate("CustomerPanel",
                              "The telephone system refused the call (HTTP %1)."),
                    error.get("status", ""))
    if code == "no_handler":
        return fill(translate("CustomerPanel",
                              "No program for phone calls is set up. Dial %1 by hand."),
                    phones.format_phone(number) if number.startswith("+") else number)
    return translate("CustomerPanel",
                     "The telephone system does not answer. Dial by hand, and check the "
                     "click-to-dial address in the settings.")


def audit_field_label(field: str) -> str:
    names = {
        "phone": translate("CustomerPanel", "Phone number"),
        "email": translate("CustomerPanel", "E-mail address"),
        "merged": translate("CustomerPanel", "Merged with"),
        "merged_into": translate("CustomerPanel", "Merged into"),
        "erased": translate("CustomerPanel", "Personal data erased"),
    }
    return names.get(field) or field_label(field, "customers")


def language_name(code: str) -> str:
    names = {
        "de": translate("CustomerPanel", "German"),
        "en": translate("CustomerPanel", "English"),
        "fr": translate("CustomerPanel", "French"),
        "it": translate("CustomerPanel", "Italian"),
        "tr": translate("CustomerPanel", "Turkish"),
        "pl": translate("CustomerPanel", "Polish"),
        "es": translate("CustomerPanel", "Spanish"),
        "nl": translate("CustomerPanel", "Dutch"),
    }
    return names.get(code, code)


def service_level_name(code: str) -> str:
    names = {
        "standard": translate("CustomerPanel", "Standard"),
        "premium": translate("CustomerPanel", "Premium"),
        "enterprise": translate("CustomerPanel", "Enterprise"),
    }
    return names.get(code, code)


def label_presets() -> list[str]:
    return [
        translate("CustomerPanel", "Mobile"),
        translate("CustomerPanel", "Office"),
        translate("CustomerPanel", "Home"),
    ]


# -- item models ---------------------------------------------------------------------
class HistoryModel(QAbstractTableModel):
    """The customer's timeline, as plain rows (``HistoryItem``)."""

    COLUMNS = ("when", "what", "ticket", "subject")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[HistoryItem] = []

    def set_items(self, items: Sequence[HistoryItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> HistoryItem:
        return self._items[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < len(self.COLUMNS)
        ):
            return None
        return (
            translate("CustomerPanel", "When"),
            translate("CustomerPanel", "What"),
            translate("CustomerPanel", "Ticket"),
            translate("CustomerPanel", "Subject"),
        )[section]

    def _what(self, item: HistoryItem) -> str:
        if item.kind == "ticket":
            return translate("CustomerPanel", "Ticket (%1)").replace(
                "%1", status_label(item.status)
            )
        if item.kind == "call":
            return (
                translate("CustomerPanel", "Outgoing call")
                if item.status == "outbound"
                else translate("CustomerPanel", "Incoming call")
            )
        return entry_kind_label(item.entry_kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "when":
                return format_datetime(item.at)
            if column == "what":
                return self._what(item)
            if column == "ticket":
                return item.reference
            if item.kind == "entry":
                return " ".join(item.detail.split())[:200]
            if item.kind == "call" and not item.title:
                return phones.format_phone(item.detail) if item.detail else ""
            return item.title
        if role == Qt.ItemDataRole.FontRole and item.is_open and column == "what":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return item.id
        if role == TICKET_ROLE:
            return item.ticket_id
        return None


class AuditModel(QAbstractTableModel):
    """The audit trail, as plain rows (``AuditItem``)."""

    COLUMNS = ("when", "who", "field", "old", "new")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AuditItem] = []

    def set_items(self, items: Sequence[AuditItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < len(self.COLUMNS)
        ):
            return None
        return (
            translate("CustomerPanel", "When"),
            translate("CustomerPanel", "Who"),
            translate("CustomerPanel", "Field"),
            translate("CustomerPanel", "Before"),
            translate("CustomerPanel", "After"),
        )[section]

    @staticmethod
    def _value(field: str, value: str | None) -> str:
        if not value:
            return "—"
        if field == "contact_consent":
            return (
                translate("CustomerPanel", "Yes")
                if value.lower() in {"true", "1"}
                else translate("CustomerPanel", "No")
            )
        if field == "language":
            return language_name(value)
        if field == "service_level":
            return service_level_name(value)
        if field == "phone" and value.startswith("+"):
            return phones.format_phone(value)
        return value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "when":
                return format_datetime(item.changed_at)
            if column == "who":
                return item.changed_by_name
            if column == "field":
                return audit_field_label(item.field)
            if column == "old":
                return self._value(item.field, item.old_value)
            return self._value(item.field, item.new_value)
        if role == ID_ROLE:
            return item.id
        return None


# -- the form's repeating rows ---------------------------------------------------------
class ContactRow(QWidget):
    """One phone number or e-mail address: label, text, remove button, error line."""

    removed = Signal(QWidget)
    edited = Signal()

    def __init__(self, kind: str, entry: ContactInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.entry_id = entry.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(6)
        self.label_box = QComboBox(self)
        self.label_box.setEditable(True)
        self.label_box.addItems(label_presets())
        self.label_box.setCurrentText(entry.label)
        self.label_box.setMinimumContentsLength(8)
        self.label_box.setAccessibleName(translate("CustomerPanel", "Label"))
        self.text_edit = QLineEdit(entry.text, self)
        self.text_edit.setObjectName(f"{kind}Edit")
        if kind == "phone":
            self.text_edit.setPlaceholderText(
                translate("CustomerPanel", "e.g. 0171 1234567 or +43 1 5350000")
            )
            self.text_edit.setAccessibleName(translate("CustomerPanel", "Phone number"))
        else:
            self.text_edit.setPlaceholderText(translate("CustomerPanel", "name@example.com"))
            self.text_edit.setAccessibleName(translate("CustomerPanel", "E-mail address"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(translate("CustomerPanel", "Remove this row"))
        self.remove_button.setAccessibleName(translate("CustomerPanel", "Remove this row"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        line.addWidget(self.label_box)
        line.addWidget(self.text_edit, 1)
        line.addWidget(self.remove_button)
        layout.addLayout(line)
        self.error_label = _error_label(self)
        layout.addWidget(self.error_label)
        self.text_edit.textEdited.connect(lambda _t: self.edited.emit())
        self.label_box.editTextChanged.connect(lambda _t: self.edited.emit())

    def value(self) -> ContactInput:
        return ContactInput(self.label_box.currentText(), self.text_edit.text(), self.entry_id)

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


# -- the panel --------------------------------------------------------------------------
class CustomerPanel(QWidget):
    """The customer of the selected ticket: read, edit, history and changes.

    Signals:
        ticket_open_requested(str): the agent opened a ticket from the history.
        customer_saved(str): a save went through (the customer's id).
    """

    ticket_open_requested = Signal(str)
    customer_saved = Signal(str)
    server_changed = Signal()  # a merge or erasure went through: sync to see it
    remote_finished = Signal(str)  # "merge", "export", "erase" (after the UI updated)

    def __init__(
        self,
        db: LocalDatabase,
        edit: EditFn,
        parent: QWidget | None = None,
        phone_style: phones.Style = "national",
        region: str = phones.DEFAULT_REGION,
        remote: RemoteFn | None = None,
        role: str = Role.AGENT.value,
        dialer: Dialer | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.db = db
        self._edit = edit
        self._remote = remote
        self.role = role
        self.dialer = dialer
        self.merge_dialog: MergeDialog | None = None
        self.erase_box: QMessageBox | None = None
        self._busy = False
        self._duplicates: list[cr.DuplicateCandidate] = []
        self.region = region
        self.phone_style: phones.Style = phone_style
        self.customer_id: str | None = None
        self.record: CustomerRecord | None = None
        self._editing = False
        self._creating = False
        self._dirty = False
        self._acknowledged: set[tuple[str, str]] = set()
        self.phone_rows: list[ContactRow] = []
        self.email_rows: list[ContactRow] = []
        self.field_errors: dict[str, QLabel] = {}
        self.discard_box: QMessageBox | None = None
        self._build()
        self._build_actions()
        if dialer is not None:
            dialer.dial_started.connect(self._dial_started)
            dialer.dial_failed.connect(self._dial_failed)
        self.show_customer(None)

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("customerName")
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.org_label = QLabel(self)
        self.org_label.setObjectName("customerOrganisation")
        self.org_label.setStyleSheet("color: #6b7885;")
        titles.addWidget(self.name_label)
        titles.addWidget(self.org_label)
        head.addLayout(titles, 1)
        self.edit_button = QPushButton(translate("CustomerPanel", "Edit"), self)
        self.save_button = QPushButton(translate("CustomerPanel", "Save"), self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(translate("CustomerPanel", "Cancel"), self)
        self.call_button = QPushButton(translate("CustomerPanel", "Call"), self)
        self.call_button.setObjectName("callCustomer")
        self.more_button = QPushButton(translate("CustomerPanel", "More"), self)
        self.more_button.setObjectName("customerMore")
        for button in (self.call_button, self.edit_button, self.save_button,
                       self.cancel_button, self.more_button):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("customerNotice")
        self.notice_label.setStyleSheet(NOTICE_STYLE)
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        layout.addWidget(self.notice_label)
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setObjectName("duplicateWarning")
        self.duplicate_label.setStyleSheet(WARNING_STYLE)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setTextFormat(Qt.TextFormat.RichText)
        self.duplicate_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.duplicate_label.linkActivated.connect(self._duplicate_link)
        self.duplicate_label.hide()
        layout.addWidget(self.duplicate_label)
        self.save_error_label = _error_label(self)
        layout.addWidget(self.save_error_label)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("CustomerPanel", "Customer details"))
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.details_stack = QStackedWidget(self)
        self.read_view = self._build_read_view()
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setAccessibleName(translate("CustomerPanel", "Edit customer"))
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form = self._build_form()
        self.form_scroll.setWidget(self.form)
        self.details_stack.addWidget(self.read_view)
        self.details_stack.addWidget(self.form_scroll)
        self.tabs.addTab(self.details_stack, translate("CustomerPanel", "Details"))

        self.history_model = HistoryModel(self)
        self.history_view = self._table(self.history_model, "customerHistory")
        self.history_view.setAccessibleName(translate("CustomerPanel", "Ticket history"))
        self.history_view.activated.connect(self._open_history_row)
        self.tabs.addTab(self.history_view, translate("CustomerPanel", "History"))
        self.audit_model = AuditModel(self)
        self.audit_view = self._table(self.audit_model, "customerAudit")
        self.audit_view.setAccessibleName(translate("CustomerPanel", "Changes"))
        self.tabs.addTab(self.audit_view, translate("CustomerPanel", "Changes"))

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def _build_read_view(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setAccessibleName(translate("CustomerPanel", "Customer"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        outer = QVBoxLayout(inner)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.read_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("number", translate("CustomerPanel", "Customer number")),
            ("phones", translate("CustomerPanel", "Phone")),
            ("emails", translate("CustomerPanel", "E-mail")),
            ("address", translate("CustomerPanel", "Address")),
            ("language", translate("CustomerPanel", "Language")),
            ("service_level", translate("CustomerPanel", "Service level")),
            ("consent", translate("CustomerPanel", "Consent to contact")),
            ("notes", translate("CustomerPanel", "Notes")),
        ):
            value = QLabel(inner)
            value.setObjectName(f"read_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.read_labels[key] = value
        numbers = self.read_labels["phones"]
        numbers.setTextFormat(Qt.TextFormat.RichText)
        numbers.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        numbers.linkActivated.connect(self._number_link)
        scroll.setWidget(inner)
        return scroll

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._mark_dirty)
        return edit

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = _error_label(box)
        label.setObjectName(f"error_{key}")
        layout.addWidget(label)
        self.field_errors[key] = label
        return box

    def _build_form(self) -> QWidget:
        form_widget = QWidget(self)
        outer = QVBoxLayout(form_widget)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # rows keep their height; free space goes below the form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.salutation_edit = self._line(
            "salutationEdit", translate("CustomerPanel", "Salutation")
        )
        self.first_name_edit = self._line("firstNameEdit", translate("CustomerPanel", "First name"))
        self.last_name_edit = self._line("lastNameEdit", translate("CustomerPanel", "Last name"))
        names = QWidget(form_widget)
        names_layout = QHBoxLayout(names)
        names_layout.setContentsMargins(0, 0, 0, 0)
        self.salutation_edit.setMaximumWidth(80)
        self.salutation_edit.setPlaceholderText(translate("CustomerPanel", "Salutation"))
        self.first_name_edit.setPlaceholderText(translate("CustomerPanel", "First name"))
        self.last_name_edit.setPlaceholderText(translate("CustomerPanel", "Last name"))
        names_layout.addWidget(self.salutation_edit)
        names_layout.addWidget(self.first_name_edit, 1)
        names_layout.addWidget(self.last_name_edit, 1)
        form.addRow(translate("CustomerPanel", "Name"), self._with_error("name", names))
        for name in ("salutation", "first_name", "last_name"):
            self.field_errors[name] = self.field_errors["name"]

        self.organisation_box = QComboBox(form_widget)
        self.organisation_box.setObjectName("organisationBox")
        self.organisation_box.setAccessibleName(translate("CustomerPanel", "Organisation"))
        self.organisation_box.currentIndexChanged.connect(self._mark_dirty)
        form.addRow(translate("CustomerPanel", "Organisation"), self.organisation_box)

        self.phones_box = QVBoxLayout()
        self.phones_box.setSpacing(4)
        self.add_phone_button = QPushButton(
            translate("CustomerPanel", "Add phone number"), form_widget
        )
        self.add_phone_button.clicked.connect(lambda: self._add_contact("phone", focus=True))
        phones_widget = QWidget(form_widget)
        phones_layout = QVBoxLayout(phones_widget)
        phones_layout.setContentsMargins(0, 0, 0, 0)
        phones_layout.addLayout(self.phones_box)
        phones_layout.addWidget(self.add_phone_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(translate("CustomerPanel", "Phone"), phones_widget)

        self.emails_box = QVBoxLayout()
        self.emails_box.setSpacing(4)
        self.add_email_button = QPushButton(
            translate("CustomerPanel", "Add e-mail address"), form_widget
        )
        self.add_email_button.clicked.connect(lambda: self._add_contact("email", focus=True))
        emails_widget = QWidget(form_widget)
        emails_layout = QVBoxLayout(emails_widget)
        emails_layout.setContentsMargins(0, 0, 0, 0)
        emails_layout.addLayout(self.emails_box)
        emails_layout.addWidget(self.add_email_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(translate("CustomerPanel", "E-mail"), emails_widget)

        self.street_edit = self._line("streetEdit", translate("CustomerPanel", "Street"))
        form.addRow(
            translate("CustomerPanel", "Street"), self._with_error("street", self.street_edit)
        )
        self.postal_code_edit = self._line(
            "postalCodeEdit", translate("CustomerPanel", "Postal code")
        )
        self.postal_code_edit.setMaximumWidth(90)
        self.city_edit = self._line("cityEdit", translate("CustomerPanel", "City"))
        self.country_edit = self._line("countryEdit", translate("CustomerPanel", "Country"))
        self.country_edit.setMaximumWidth(50)
        self.country_edit.setToolTip(translate("CustomerPanel", "Two-letter country code, e.g. DE"))
        place = QWidget(form_widget)
        place_layout = QHBoxLayout(place)
        place_layout.setContentsMargins(0, 0, 0, 0)
        place_layout.addWidget(self.postal_code_edit)
        place_layout.addWidget(self.city_edit, 1)
        place_layout.addWidget(self.country_edit)
        place_box = self._with_error("place", place)
        for name in ("postal_code", "city", "country"):
            self.field_errors[name] = self.field_errors["place"]
        form.addRow(translate("CustomerPanel", "Postal code, city"), place_box)

        self.language_box = QComboBox(form_widget)
        self.language_box.setObjectName("languageBox")
        self.language_box.setAccessibleName(translate("CustomerPanel", "Language"))
        for code in cr.LANGUAGES:
            self.language_box.addItem(language_name(code), code)
        self.language_box.currentIndexChanged.connect(self._mark_dirty)
        form.addRow(
            translate("CustomerPanel", "Language"), self._with_error("language", self.language_box)
        )
        self.service_level_box = QComboBox(form_widget)
        self.service_level_box.setObjectName("serviceLevelBox")
        self.service_level_box.setAccessibleName(translate("CustomerPanel", "Service level"))
        for code in cr.SERVICE_LEVELS:
            self.service_level_box.addItem(service_level_name(code), code)
        self.service_level_box.currentIndexChanged.connect(self._mark_dirty)
        form.addRow(translate("CustomerPanel", "Service level"), self.service_level_box)
        self.consent_box = QCheckBox(
            translate("CustomerPanel", "The customer agrees to be contacted"), form_widget
        )
        self.consent_box.setObjectName("consentBox")
        self.consent_box.toggled.connect(self._mark_dirty)
        form.addRow(translate("CustomerPanel", "Consent"), self.consent_box)
        self.notes_edit = QPlainTextEdit(form_widget)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(translate("CustomerPanel", "Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.notes_edit.textChanged.connect(self._notes_changed)
        form.addRow(translate("CustomerPanel", "Notes"), self._with_error("notes", self.notes_edit))
        return form_widget

    def _build_actions(self) -> None:
        self.edit_action = QAction(translate("CustomerPanel", "&Edit customer"), self)
        self.edit_action.setObjectName("editCustomer")
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.edit_action.triggered.connect(lambda _c=False: self.start_edit())
        self.save_action = QAction(translate("CustomerPanel", "&Save customer"), self)
        self.save_action.setObjectName("saveCustomer")
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _c=False: self.save())
        self.cancel_action = QAction(translate("CustomerPanel", "&Cancel editing"), self)
        self.cancel_action.setObjectName("cancelCustomerEdit")
        self.cancel_action.setShortcut(QKeySequence("Esc"))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_action.triggered.connect(lambda _c=False: self.cancel_edit())
        self.phone_format_action = QAction(
            translate("CustomerPanel", "Show phone numbers &internationally"), self
        )
        self.phone_format_action.setObjectName("customerPhoneFormat")
        self.phone_format_action.setCheckable(True)
        self.phone_format_action.setChecked(self.phone_style == "international")
        self.phone_format_action.toggled.connect(self._set_international)
        for action in (self.edit_action, self.save_action, self.cancel_action):
            self.addAction(action)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.save_button.clicked.connect(self.save_action.trigger)
        self.cancel_button.clicked.connect(self.cancel_action.trigger)
        self.edit_button.setToolTip(
            translate("CustomerPanel", "Edit customer (%1)").replace(
                "%1", self.edit_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.save_button.setToolTip(
            translate("CustomerPanel", "Save (%1)").replace(
                "%1", self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.dial_action = QAction(translate("CustomerPanel", "&Call the customer"), self)
        self.dial_action.setObjectName("callCustomer")
        self.dial_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.dial_action.triggered.connect(lambda _c=False: self.dial_first())
        self.merge_action = QAction(translate("CustomerPanel", "&Merge with…"), self)
        self.merge_action.setObjectName("mergeCustomer")
        self.merge_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.merge_action.triggered.connect(lambda _c=False: self.open_merge())
        self.export_action = QAction(translate("CustomerPanel", "E&xport data…"), self)
        self.export_action.setObjectName("exportCustomer")
        self.export_action.triggered.connect(lambda _c=False: self.export_data())
        self.erase_action = QAction(translate("CustomerPanel", "E&rase personal data…"), self)
        self.erase_action.setObjectName("eraseCustomer")
        self.erase_action.triggered.connect(lambda _c=False: self.ask_erase())
        for action in (self.dial_action, self.merge_action):
            self.addAction(action)
            action.setToolTip(fill("%1 (%2)", action.text().replace("&", ""),
                                   action.shortcut().toString(
                                       QKeySequence.SequenceFormat.NativeText)))
        menu = QMenu(self.more_button)
        menu.setToolTipsVisible(True)
        for action in (self.dial_action, self.merge_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.export_action, self.erase_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.phone_format_action)
        self.more_button.setMenu(menu)
        self.more_button.setToolTip(translate("CustomerPanel", "More actions for this customer"))
        self.call_button.clicked.connect(self.dial_action.trigger)
        self.call_button.setToolTip(self.dial_action.toolTip())
        supervisor = at_least(self.role, Role.SUPERVISOR)
        self.export_action.setVisible(supervisor)
        self.erase_action.setVisible(supervisor)

    # -- showing ---------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self._editing

    @property
    def dirty(self) -> bool:
        return self._dirty

    def show_customer(self, customer_id: str | None) -> None:
        """Show this customer (None: nobody). An unsaved edit of another customer is
        left in place: the agent finishes or cancels it first."""
        if self._editing and self._dirty and customer_id != self.customer_id:
            log.info("customer %s stays in the form: it has unsaved edits", self.customer_id)
            return
        if customer_id != self.customer_id:
            self.notice_label.hide()
        self._editing = self._creating = False
        self.record = cr.load_customer(self.db, customer_id) if customer_id else None
        for _ in range(5):  # a merged record: show the one it lives on in
            if self.record is None or not self.record.merged_into_id:
                break
            survivor = cr.load_customer(self.db, self.record.merged_into_id)
            if survivor is None:
                break
            self.record = survivor
        if self.record is not None:
            customer_id = self.record.id
        self.customer_id = customer_id
        self._fill_read_view()
        history = cr.customer_history(self.db, customer_id) if customer_id else []
        audit = cr.customer_audit(self.db, customer_id) if customer_id else []
        self.history_model.set_items(history)
        self.audit_model.set_items(audit)
        self._update_mode()

    def reload(self) -> None:
        """After a sync: show the stored data again (the form, if open, is kept)."""
        if self._editing:
            history = cr.customer_history(self.db, self.customer_id) if self.customer_id else []
            self.history_model.set_items(history)
            if self.customer_id:
                self.audit_model.set_items(cr.customer_audit(self.db, self.customer_id))
            return
        self.show_customer(self.customer_id)

    def _fill_read_view(self) -> None:
        record = self.record
        if record is None:
            self.name_label.setText(
                translate("CustomerPanel", "No customer")
                if self.customer_id is None
                else translate("CustomerPanel", "Customer not found")
            )
            self.org_label.setText(
                translate("CustomerPanel", "Select a ticket to see its customer.")
            )
            for label in self.read_labels.values():
                label.clear()
            return
        if record.erased:
            self.name_label.setText(translate("CustomerPanel", "Erased customer"))
        else:
            self.name_label.setText(
                " ".join(p for p in (record.salutation, record.display_name) if p))
        self.org_label.setText(
            record.organisation or translate("CustomerPanel", "Private customer")
        )
        labels = self.read_labels
        labels["number"].setText(record.customer_number or "—")
        labels["phones"].setText(
            "<br>".join(
                f'<a href="tel:{html.escape(p.value)}">'
                f"{html.escape(phones.format_phone(p.value, self.phone_style, self.region))}"
                "</a>" + (f"&nbsp;&nbsp;({html.escape(p.label)})" if p.label else "")
                for p in record.phones
            )
            or "—"
        )
        labels["phones"].setToolTip(
            fill(translate("CustomerPanel", "Click a number to call it (%1: the first)."),
                 self.dial_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            if record.phones else "")
        labels["emails"].setText(
            "\n".join(e.value + (f"  ({e.label})" if e.label else "") for e in record.emails) or "—"
        )
        place = " ".join(p for p in (record.postal_code, record.city) if p)
        country = record.country if record.country and record.country != "DE" else ""
        labels["address"].setText("\n".join(p for p in (record.street, place, country) if p) or "—")
        labels["language"].setText(language_name(record.language))
        labels["service_level"].setText(service_level_name(record.service_level))
        labels["consent"].setText(
            translate("CustomerPanel", "Yes")
            if record.contact_consent
            else translate("CustomerPanel", "No")
        )
        labels["notes"].setText(record.notes or "—")

    def _update_mode(self) -> None:
        has = self.record is not None
        live = has and self.record is not None and not self.record.erased \
            and not self.record.merged_into_id
        can_dial = live and bool(self.record and self.record.phones) and self.dialer is not None
        self.dial_action.setEnabled(can_dial)
        self.call_button.setVisible(can_dial and not self._editing)
        server = live and self._remote is not None and not self._busy
        self.merge_action.setEnabled(server and not self._creating)
        self.export_action.setEnabled(has and self._remote is not None and not self._busy)
        self.erase_action.setEnabled(has and self._remote is not None and not self._busy
                                     and self.record is not None and not self.record.erased
                                     and not self.record.merged_into_id)
        self.more_button.setVisible(not self._editing)
        self.details_stack.setCurrentIndex(1 if self._editing else 0)
        self.edit_button.setVisible(not self._editing)
        self.edit_button.setEnabled(live)
        self.edit_action.setEnabled(live and not self._editing)
        self.save_button.setVisible(self._editing)
        self.cancel_button.setVisible(self._editing)
        self.save_action.setEnabled(self._editing)
        self.cancel_action.setEnabled(self._editing)
        self.tabs.setTabEnabled(1, has)
        self.tabs.setTabEnabled(2, has)
        if not self._editing:
            self.duplicate_label.hide()
            self.save_error_label.hide()

    def _set_international(self, on: bool) -> None:
        self.phone_style = "international" if on else "national"
        self._fill_read_view()

    # -- editing ---------------------------------------------------------------------------
    def start_edit(self) -> None:
        """Open the form on the shown customer, focus in the first name."""
        if self.record is None or self._editing:
            return
        self._load_organisations()
        self._fill_form(CustomerForm.from_record(self.record, self.phone_style))
        self._editing = True
        self._dirty = False
        self._acknowledged = set()
        self.tabs.setCurrentIndex(0)
        self._update_mode()
        self.first_name_edit.setFocus()

    def start_new(self, organisation_id: str | None = None, phone: str = "",
                  first_name: str = "", last_name: str = "", email: str = "") -> None:
        """Open a form for a new customer, prefilled with what is known already (an
        unknown caller's number, or what the agent typed into the screen pop)."""
        if self._editing:
            return
        self._load_organisations()
        self._fill_form(
            CustomerForm(
                first_name=first_name, last_name=last_name,
                organisation_id=organisation_id, phones=[ContactInput(label_presets()[0], phone)],
                emails=[ContactInput(label_presets()[0], email)] if email else [],
            )
        )
        self._editing = True
        self._creating = True
        self._dirty = bool(phone or first_name or last_name or email)
        self._acknowledged = set()
        self.name_label.setText(translate("CustomerPanel", "New customer"))
        self.org_label.clear()
        self.tabs.setCurrentIndex(0)
        self._update_mode()
        self.first_name_edit.setFocus()

    @property
    def creating(self) -> bool:
        return self._editing and self._creating

    def _load_organisations(self) -> None:
        self.organisation_box.blockSignals(True)
        self.organisation_box.clear()
        self.organisation_box.addItem(
            translate("CustomerPanel", "— none (private customer) —"), None
        )
        for org_id, name in cr.organisations(self.db):
            self.organisation_box.addItem(name, org_id)
        self.organisation_box.blockSignals(False)

    def _fill_form(self, form: CustomerForm) -> None:
        widgets: list[QWidget] = [
            self.organisation_box,
            self.language_box,
            self.service_level_box,
            self.consent_box,
            self.notes_edit,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.salutation_edit.setText(form.salutation)
        self.first_name_edit.setText(form.first_name)
        self.last_name_edit.setText(form.last_name)
        index = self.organisation_box.findData(form.organisation_id)
        self.organisation_box.setCurrentIndex(max(0, index))
        self.street_edit.setText(form.street)
        self.postal_code_edit.setText(form.postal_code)
        self.city_edit.setText(form.city)
        self.country_edit.setText(form.country)
        index = self.language_box.findData(form.language)
        if index < 0:
            self.language_box.addItem(form.language, form.language)
            index = self.language_box.count() - 1
        self.language_box.setCurrentIndex(index)
        index = self.service_level_box.findData(form.service_level)
        if index < 0:
            self.service_level_box.addItem(form.service_level, form.service_level)
            index = self.service_level_box.count() - 1
        self.service_level_box.setCurrentIndex(index)
        self.consent_box.setChecked(form.contact_consent)
        self.notes_edit.setPlainText(form.notes)
        for widget in widgets:
            widget.blockSignals(False)
        for row in [*self.phone_rows, *self.email_rows]:
            row.setParent(None)
            row.deleteLater()
        self.phone_rows, self.email_rows = [], []
        for entry in form.phones:
            self._add_contact("phone", entry)
        for entry in form.emails:
            self._add_contact("email", entry)
        for label in self.field_errors.values():
            label.hide()

    def _add_contact(
        self, kind: str, entry: ContactInput | None = None, focus: bool = False
    ) -> ContactRow:
        new = entry is None
        row = ContactRow(
            kind,
            entry or ContactInput(label_presets()[0] if kind == "phone" else label_presets()[1]),
            self.form,
        )
        row.removed.connect(self._remove_contact)
        row.edited.connect(self._mark_dirty)
        rows, box = (
            (self.phone_rows, self.phones_box)
            if kind == "phone"
            else (self.email_rows, self.emails_box)
        )
        previous = rows[-1].remove_button if rows else None
        rows.append(row)
        box.addWidget(row)
        if previous is not None:
            QWidget.setTabOrder(previous, row.label_box)
        if new:
            self._mark_dirty()
        if focus:
            row.text_edit.setFocus()
        return row

    def _remove_contact(self, row: QWidget) -> None:
        for rows in (self.phone_rows, self.email_rows):
            if row in rows:
                rows.remove(row)  # type: ignore[arg-type]
        row.setParent(None)
        row.deleteLater()
        self._mark_dirty()

    def _notes_changed(self) -> None:
        if self._editing:
            self._mark_dirty()

    def _mark_dirty(self, *_args: Any) -> None:
        if self._editing:
            self._dirty = True

    def current_form(self) -> CustomerForm:
        """What the form holds right now, exactly as typed."""
        return CustomerForm(
            salutation=self.salutation_edit.text(),
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            organisation_id=self.organisation_box.currentData(),
            language=str(self.language_box.currentData() or ""),
            service_level=str(self.service_level_box.currentData() or ""),
            contact_consent=self.consent_box.isChecked(),
            street=self.street_edit.text(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text(),
            notes=self.notes_edit.toPlainText(),
            phones=[row.value() for row in self.phone_rows],
            emails=[row.value() for row in self.email_rows],
        )

    def _show_errors(self, errors: dict[str, FieldError]) -> None:
        for label in self.field_errors.values():
            label.hide()
        for kind, rows in (("phones", self.phone_rows), ("emails", self.email_rows)):
            for i, row in enumerate(rows):
                error = errors.get(f"{kind}.{i}")
                row.set_error(error_text(f"{kind}.{i}", error) if error else "")
        shown: dict[QLabel, list[str]] = {}
        for key, error in errors.items():
            target = self.field_errors.get(key)
            if target is not None:
                shown.setdefault(target, []).append(error_text(key, error))
        for label, texts in shown.items():
            label.setText("\n".join(dict.fromkeys(texts)))
            label.show()

    def _first_error_widget(self, errors: dict[str, FieldError]) -> QWidget | None:
        if "name" in errors:
            return self.first_name_edit
        for kind, rows in (("phones", self.phone_rows), ("emails", self.email_rows)):
            for i, row in enumerate(rows):
                if f"{kind}.{i}" in errors:
                    return row.text_edit
        return None

    def save(self) -> bool:
        """Validate and save. Problems show under their fields and nothing is saved;
        a possible duplicate is shown once, the next Save saves anyway."""
        if not self._editing or (self.customer_id is None and not self._creating):
            return False
        form = self.current_form()
        checked = cr.validate(form, self.region)
        self._show_errors(checked.errors)
        self.save_error_label.hide()
        if not checked.ok:
            first = self._first_error_widget(checked.errors)
            if first is not None:
                first.setFocus()
            return False
        duplicates = cr.find_duplicates(
            self.db,
            form,
            exclude_id=None if self._creating else self.customer_id,
            region=self.region,
        )
        fresh = [d for d in duplicates if (d.customer_id, d.reason) not in self._acknowledged]
        if fresh:
            self._acknowledged.update((d.customer_id, d.reason) for d in duplicates)
            self._show_duplicates(duplicates)
            return False
        self.duplicate_label.hide()
        customer_id = None if self._creating else self.customer_id
        try:
            result = self._edit(
                lambda writer: cr.save_customer(writer, customer_id, form, self.region)
            )
        except cr.CustomerInvalid as exc:  # the form changed between check and save
            self._show_errors(exc.errors)
            return False
        except (LocalEditError, RuntimeError) as exc:
            log.error("customer %s not saved: %s", customer_id, exc)
            self.save_error_label.setText(
                translate(
                    "CustomerPanel",
                    "The customer could not be saved. Nothing was lost: your input is still here.",
                )
            )
            self.save_error_label.show()
            return False
        self._editing = self._creating = False
        self._dirty = False
        self.show_customer(result.customer_id)
        self.customer_saved.emit(result.customer_id)
        return True

    def _show_duplicates(self, duplicates: Sequence[cr.DuplicateCandidate]) -> None:
        self._duplicates = list(duplicates)
        offer_merge = not self._creating and self.merge_action.isEnabled()
        merge_text = html.escape(translate("CustomerPanel", "Merge…"))
        lines = []
        for d in duplicates:
            who = d.display_name + (f" ({d.organisation})" if d.organisation else "")
            if d.reason == "phone":
                why = translate("CustomerPanel", "same phone number %1").replace(
                    "%1", phones.format_phone(d.value, self.phone_style, self.region)
                )
            elif d.reason == "email":
                why = translate("CustomerPanel", "same e-mail address %1").replace("%1", d.value)
            else:
                why = translate("CustomerPanel", "similar name in the same organisation")
            line = f"• {html.escape(who)}: {html.escape(why)}"
            if offer_merge:
                line += f' — <a href="merge:{html.escape(d.customer_id)}">{merge_text}</a>'
            lines.append(line)
        self.duplicate_label.setText(
            html.escape(translate("CustomerPanel", "This may be a customer who is already stored:"))
            + "<br>"
            + "<br>".join(lines)
            + "<br>"
            + html.escape(translate("CustomerPanel", "Check the list. Save again to save anyway."))
        )
        self.duplicate_label.show()

    def _duplicate_link(self, link: str) -> None:
        if link.startswith("merge:"):
            self.open_merge(link[len("merge:"):])

    def cancel_edit(self) -> bool:
        """Leave the form. When something was typed, asks first (a window-modal
        question, ``discard_box``) and returns False; the form closes on "Discard".
        True when the form was left at once."""
        if not self._editing:
            return False
        if not self._dirty:
            self._leave_form()
            return True
        if self.discard_box is not None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("CustomerPanel", "Discard changes?"),
            translate(
                "CustomerPanel", "Your changes to this customer have not been saved. Discard them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardCustomerChanges")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        discard = box.button(QMessageBox.StandardButton.Discard)

        def answered(button: Any) -> None:
            if button is discard:
                self._leave_form()

        box.buttonClicked.connect(answered)
        box.finished.connect(self._box_closed)
        self.discard_box = box
        box.open()
        return False

    def _box_closed(self, _result: int) -> None:
        self.discard_box = None

    def _leave_form(self) -> None:
        creating = self._creating
        self._editing = self._creating = False
        self._dirty = False
        if creating:
            self._fill_read_view()
        self._update_mode()

    # -- history ---------------------------------------------------------------------------
    def _open_history_row(self, index: QModelIndex) -> None:
        ticket_id = self.history_model.data(index, TICKET_ROLE)
        if ticket_id:
            self.ticket_open_requested.emit(str(ticket_id))

    # -- click-to-dial ---------------------------------------------------------------------
    def _number_link(self, link: str) -> None:
        if link.startswith("tel:"):
            self.dial(link[len("tel:"):])

    def dial_first(self) -> bool:
        """Call the customer's first number (Ctrl+Shift+D)."""
        if self.record is None or not self.record.phones or not self.dial_action.isEnabled():
            return False
        return self.dial(self.record.phones[0].value)

    def dial(self, number: str) -> bool:
        if self.dialer is None:
            return False
        self.save_error_label.hide()
        return self.dialer.dial(number)

    def _dial_started(self, e164: str) -> None:
        self._notice(fill(translate("CustomerPanel", "Calling %1…"),
                          phones.format_phone(e164, self.phone_style, self.region)))

    def _dial_failed(self, number: str, error: dict[str, Any]) -> None:
        self.notice_label.hide()
        self._error(dial_error_text(number, error))

    def _notice(self, text: str) -> None:
        self.save_error_label.hide()
        self.notice_label.setText(text)
        self.notice_label.show()

    def _error(self, text: str) -> None:
        self.notice_label.hide()
        self.save_error_label.setText(text)
        self.save_error_label.show()

    # -- merge, export, erasure (on the server) --------------------------------------------
    def _run_remote(self, kind: str, job: Callable[[Any], Any],
                    done: Callable[[Any], None]) -> bool:
        if self._remote is None or self._busy:
            return False
        self._busy = True
        self._update_mode()

        def finished(result: Any) -> None:
            self._busy = False
            done(result)
            self._update_mode()
            self.remote_finished.emit(kind)

        def failed(exc: BaseException) -> None:
            self._busy = False
            log.warning("customer %s failed: %s", kind, exc)
            self._error(server_error_text(exc))
            self._update_mode()
            self.remote_finished.emit(kind)

        self._remote(job, finished, failed)
        return True

    def open_merge(self, other_id: str | None = None) -> MergeDialog | None:
        """The merge dialog for the shown customer (window-modal; Ctrl+Shift+G). With
        ``other_id`` (a duplicate), that record is preselected; without it, the first
        duplicate of the warning, if one is shown."""
        if self.record is None or not self.merge_action.isEnabled() \
                or self.merge_dialog is not None:
            return None
        if other_id is None and self.duplicate_label.isVisible() and self._duplicates:
            other_id = self._duplicates[0].customer_id
        dialog = MergeDialog(self.db, self.record, other_id, self, self.phone_style,
                             self.region)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._merge_accepted(dialog))
        dialog.finished.connect(self._merge_closed)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merge_closed(self, _result: int) -> None:
        if self.merge_dialog is not None:
            self.merge_dialog.deleteLater()
        self.merge_dialog = None

    def _merge_accepted(self, dialog: MergeDialog) -> None:
        request = dialog.request()
        if request is None:
            return

        def job(client: Any) -> Any:
            return cr.merge_on_server(client, request.survivor_id, request.merged_id,
                                      request.take_from_merged, request.keep_from_survivor)

        def done(_reply: Any) -> None:
            self.duplicate_label.hide()
            self._notice(translate("CustomerPanel",
                                   "The records were merged. The change arrives with the "
                                   "next sync."))
            if not (self._editing and self._dirty):
                self._editing = self._creating = False
                self.customer_id = request.survivor_id
            self.server_changed.emit()

        self._run_remote("merge", job, done)

    def export_data(self, path: str | None = None) -> bool:
        """Save the server's data-protection export of the shown customer as JSON; asks
        for the file when ``path`` is None."""
        if self.record is None or not self.export_action.isEnabled():
            return False
        if path is None:
            name = (self.record.customer_number or self.record.id).replace("/", "-")
            path, _filter = QFileDialog.getSaveFileName(
                self, translate("CustomerPanel", "Export customer data"),
                f"customer-{name}.json", translate("CustomerPanel", "JSON files (*.json)"))
            if not path:
                return False
        customer_id = self.record.id
        target = path

        def job(client: Any) -> Any:
            return cr.export_to_file(client, customer_id, target)

        def done(written: Any) -> None:
            self._notice(fill(translate("CustomerPanel", "The customer's data was saved to %1."),
                              str(written)))

        return self._run_remote("export", job, done)

    def ask_erase(self) -> QMessageBox | None:
        """Ask before erasing the shown customer's personal data (window-modal)."""
        if self.record is None or not self.erase_action.isEnabled() \
                or self.erase_box is not None:
            return None
        box = erase_question(self, self.record)
        erase = box.findChild(QPushButton, "eraseButton")
        customer_id = self.record.id

        def answered(button: Any) -> None:
            if button is erase:
                self.erase(customer_id)

        box.buttonClicked.connect(answered)
        box.finished.connect(self._erase_closed)
        self.erase_box = box
        box.open()
        return box

    def _erase_closed(self, _result: int) -> None:
        self.erase_box = None

    def erase(self, customer_id: str) -> bool:
        """Erase without asking (the question is :meth:`ask_erase`)."""

        def job(client: Any) -> Any:
            return cr.erase_on_server(client, customer_id)

        def done(_reply: Any) -> None:
            self._notice(translate("CustomerPanel",
                                   "The customer's personal data was erased on the server. "
                                   "Every workstation removes it with its next sync."))
            self.server_changed.emit()

        return self._run_remote("erase", job, done)
