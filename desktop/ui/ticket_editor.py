"""One ticket, editable: header, fields, description, timeline and the entry composer.

``TicketEditor`` shows a ticket from the local replica and writes through the ticket
services (``desktop.app.tickets``) with ``TicketContext.write``: the row and its
outbox entry in one local transaction, then a sync. Field edits are collected until
Save (Ctrl+S) and can be reverted; timeline entries are added at once (Ctrl+Enter in
the composer). The status box offers only the transitions the status machine allows,
the priority follows impact × urgency live, and a refused change shows an inline,
translated message.

Also here, because the dialogs share them: ``TicketContext`` (database, agent, write
path, cached names), ``CustomerField`` (search with a completer), the captions of
impact and urgency, and ``ticket_error_text`` (a ``TicketError`` in the agent's
language).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import tickets as svc
from desktop.app.sync_service import SyncService
from desktop.domain.escalation import HandoverPart
from desktop.domain.tickets import PendingReason, Status
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter
from desktop.ui import labels
from desktop.ui.widgets import dot_icon, native, repolish

log = logging.getLogger("agentdesk.ui.ticket")

T = TypeVar("T")
DASH = "–"

# Colours of the timeline's kind badges (restrained, readable as white-on-colour).
KIND_COLOURS = {
    "note": "#7a8794", "call_log": "#2e9d5b", "call": "#2e9d5b",
    "customer_message": "#2f6fdf", "customer_reply": "#2f6fdf", "email": "#2f6fdf",
    "script_transcript": "#6d5fb3", "transcript": "#6d5fb3",
    "escalation": "#c05a00", "handover": "#c05a00", "handback": "#8a6d1e",
    "field_change": "#aab3bc",
}
KIND_SYMBOLS = {
    "note": "✎", "call_log": "☎", "call": "☎", "customer_message": "✉",
    "customer_reply": "✉", "email": "✉", "script_transcript": "☰", "transcript": "☰",
    "escalation": "▲", "handover": "▲", "handback": "▼", "field_change": "⇄",
}

EDITOR_STYLE = """
/* Surfaces and main texts from the palette, so the dark and high-contrast looks
   (desktop/ui/appearance.py) keep them readable; the light look is unchanged. */
QWidget#ticketEditor, QWidget#editorTop, QWidget#editorBottom { background: palette(base); }
QLabel#editorReference { color: #4a5561; font-weight: 600; }
QLineEdit#editorTitle { font-size: 13pt; font-weight: 600; color: palette(text);
    padding: 4px 6px; }
QLabel#editorCaption { color: #6b7885; }
QLabel#editorLevel, QLabel#editorHint, QLabel#dirtyLabel { color: #7a8794; }
QLabel#editorError, QLabel#fieldError {
    padding: 6px 10px; border: 1px solid #e6b3ae; border-radius: 4px;
    background: #fdf0ef; color: #8c1d13; }
QLabel#fieldError { padding: 2px 6px; }
QLabel#editorNotice {
    padding: 6px 10px; border: 1px solid #f0dfb8; border-radius: 4px;
    background: #fdf6e9; color: #5c4813; }
QLabel#sectionTitle { font-weight: 600; color: #4a5561; padding-top: 4px; }
QTextBrowser#editorTimeline { background: palette(base); border: none; }
QFrame#composer { background: palette(alternate-base); border: 1px solid #dde3e9;
    border-radius: 4px; }
QToolButton#composerKind { padding: 3px 10px; border: 1px solid transparent;
    border-radius: 3px; color: #4a5561; }
QToolButton#composerKind:checked { background: palette(base); border: 1px solid #c9d3de;
    color: palette(text); font-weight: 600; }
QToolButton#copyButton { padding: 1px 6px; }
QLabel#statusChip, QLabel#priorityChip {
    padding: 2px 8px; border-radius: 9px; color: #ffffff; background: #7a8794;
    font-weight: 600; }
QLabel#statusChip[status="new"] { background: #2f6fdf; }
QLabel#statusChip[status="open"] { background: #2e9d5b; }
QLabel#statusChip[status="pending"] { background: #d99a1e; }
QLabel#statusChip[status="resolved"] { background: #7a8794; }
QLabel#statusChip[status="closed"] { background: #aab3bc; }
QLabel#priorityChip { background: #e3e8ee; color: #3c4650; }
QLabel#priorityChip[priority="1"] { background: #b3261e; color: #ffffff; }
QLabel#priorityChip[priority="2"] { background: #c05a00; color: #ffffff; }
QLabel#referenceBig { font-size: 15pt; font-weight: 600; color: palette(text); }
QLabel#dialogTitle { font-size: 13pt; font-weight: 600; color: palette(text); }
QLabel#dialogText { color: #4a5561; }
QLabel#dialogHint { color: #7a8794; }
QLabel#customerWarning { color: #8a6d1e; }
"""


# -- captions shared with the dialogs ---------------------------------------------------
def impact_label(value: int) -> str:
    names = {
        1: QCoreApplication.translate("TicketEditor", "Whole organisation"),
        2: QCoreApplication.translate("TicketEditor", "Department or site"),
        3: QCoreApplication.translate("TicketEditor", "Team or group"),
        4: QCoreApplication.translate("TicketEditor", "One person"),
        5: QCoreApplication.translate("TicketEditor", "Minor"),
    }
    return f"{value} · {names.get(value, str(value))}"


def urgency_label(value: int) -> str:
    names = {
        1: QCoreApplication.translate("TicketEditor", "Work has stopped"),
        2: QCoreApplication.translate("TicketEditor", "Severely hindered"),
        3: QCoreApplication.translate("TicketEditor", "Hindered"),
        4: QCoreApplication.translate("TicketEditor", "Slightly hindered"),
        5: QCoreApplication.translate("TicketEditor", "Can wait"),
    }
    return f"{value} · {names.get(value, str(value))}"


def pending_reason_label(reason: str) -> str:
    names = {
        PendingReason.WAITING_FOR_CUSTOMER: QCoreApplication.translate(
            "TicketEditor", "Waiting for the customer"),
        PendingReason.REMINDER: QCoreApplication.translate("TicketEditor", "Reminder"),
    }
    return names.get(reason, reason)  # type: ignore[call-overload]


def priority_text(priority: int) -> str:
    return f"{labels.priority_short(priority)} · {labels.priority_label(priority)}"


def composer_kind_label(kind: str) -> str:
    names = {
        "note": QCoreApplication.translate("TicketEditor", "Internal note"),
        "call_log": QCoreApplication.translate("TicketEditor", "Call log"),
        "customer_message": QCoreApplication.translate("TicketEditor",
                                                       "Message to the customer"),
    }
    return names.get(kind, kind)


def handover_part_label(part: str) -> str:
    names = {
        HandoverPart.TRIED: QCoreApplication.translate("TicketEditor", "What was tried"),
        HandoverPart.FINDINGS: QCoreApplication.translate("TicketEditor", "Findings"),
        HandoverPart.CUSTOMER_TOLD: QCoreApplication.translate(
            "TicketEditor", "What the customer was told"),
    }
    return names.get(part, part)  # type: ignore[call-overload]


def ticket_error_text(exc: svc.TicketError) -> str:
    """The refusal in the agent's language."""
    translate = QCoreApplication.translate
    p = exc.params
    code = exc.code
    if code == "invalid_transition":
        return translate("TicketMessages", "A ticket cannot go from “%1” to “%2”.").replace(
            "%1", labels.status_label(str(p.get("current")))).replace(
            "%2", labels.status_label(str(p.get("target"))))
    if code == "handover_incomplete":
        missing = ", ".join(handover_part_label(str(m)) for m in p.get("missing", []))
        return translate("TicketMessages", "The hand-over note is missing: %1.").replace(
            "%1", missing)
    if code == "impact_out_of_range":
        return translate("TicketMessages", "Impact must be 1 to %1.").replace(
            "%1", str(p.get("maximum", 5)))
    if code == "urgency_out_of_range":
        return translate("TicketMessages", "Urgency must be 1 to %1.").replace(
            "%1", str(p.get("maximum", 5)))
    if code in {"title_too_long", "category_too_long", "macro_name_too_long",
                "macro_shortcut_too_long"}:
        what = {"title_too_long": translate("TicketMessages", "The title"),
                "category_too_long": translate("TicketMessages", "The category"),
                "macro_name_too_long": translate("TicketMessages", "The macro's name"),
                "macro_shortcut_too_long": translate("TicketMessages", "The shortcut")}[code]
        return translate("TicketMessages", "%1 is too long (at most %2 characters).").replace(
            "%1", what).replace("%2", str(p.get("maximum", "")))
    if code == "queue_level":
        return translate("TicketMessages", "That queue is on another support level. Use "
                         "“Escalate” or “Hand back” to move the ticket there.")
    if code == "no_queue":
        return translate("TicketMessages", "There is no queue on this computer for new "
                         "tickets. Please synchronise first.")
    if code == "top_level":
        return translate("TicketMessages", "The ticket is on the 3rd level already and cannot "
                         "be escalated further.")
    if code == "target_level_mismatch":
        return translate("TicketMessages", "A ticket on level %1 can only be escalated to a "
                         "level %2 queue.").replace("%1", str(p.get("from_level"))).replace(
            "%2", str(p.get("expected")))
    if code == "level_too_low":
        return translate("TicketMessages", "Only level %1 or higher can move this ticket "
                         "between levels.").replace("%1", str(p.get("level")))
    if code == "handback_not_lower":
        return translate("TicketMessages", "A ticket can only be handed back to a lower "
                         "level.")
    texts = {
        "ticket_missing": translate("TicketMessages", "This ticket is no longer on this "
                                    "computer."),
        "title_missing": translate("TicketMessages", "Please enter a title."),
        "pending_reason_unknown": translate("TicketMessages", "Please choose why the ticket "
                                            "is pending."),
        "queue_unknown": translate("TicketMessages", "This queue is not on this computer."),
        "user_unknown": translate("TicketMessages", "This person is not on this computer."),
        "customer_unknown": translate("TicketMessages", "This customer is not on this "
                                      "computer."),
        "field_read_only": translate("TicketMessages", "This field cannot be changed here."),
        "entry_kind_unknown": translate("TicketMessages", "This kind of entry cannot be "
                                        "added here."),
        "entry_empty": translate("TicketMessages", "Please write something first."),
        "reason_missing": translate("TicketMessages", "Please give a reason for handing the "
                                    "ticket back."),
        "level_invalid": translate("TicketMessages", "The support level is not valid."),
        "ticket_resolved": translate("TicketMessages", "A resolved or closed ticket must be "
                                     "reopened before it is escalated or handed back."),
        "macro_missing": translate("TicketMessages", "This macro is no longer on this "
                                   "computer."),
        "macro_not_own": translate("TicketMessages", "Only the macro's owner can change it."),
        "macro_name_missing": translate("TicketMessages", "Please give the macro a name."),
        "macro_actions_invalid": translate("TicketMessages", "The macro's actions are not "
                                           "valid."),
    }
    if code in texts:
        return texts[code]
    return translate("TicketMessages", "The change could not be made: %1").replace(
        "%1", exc.message)


# -- what the ticket widgets share ---------------------------------------------------------
class TicketContext(QObject):
    """The database, the signed-in agent, the write path and cached names.

    Signals:
        records_changed(): a local write changed tickets (lists should refresh).
    """

    records_changed = Signal()

    def __init__(self, db: LocalDatabase, agent: svc.Agent, sync: SyncService,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.agent = agent
        self.sync = sync
        self._users: dict[str, str] | None = None
        self._queues: list[svc.QueueChoice] | None = None
        self._user_list: list[svc.UserChoice] | None = None
        self._categories: list[str] | None = None

    def write(self, change: Callable[[LocalWriter], T]) -> T:
        """Run a local write (``TicketError`` passes through), send it, tell the lists."""
        result = self.sync.edit(change)
        self._categories = None  # the write may have used a new one
        self.records_changed.emit()
        return result

    def forget_names(self) -> None:
        """Users, queues and categories may have changed (after a sync or a write)."""
        self._users = None
        self._queues = None
        self._user_list = None
        self._categories = None

    def users(self) -> list[svc.UserChoice]:
        if self._user_list is None:
            self._user_list = svc.user_choices(self.db)
        return self._user_list

    def user_name(self, user_id: str | None) -> str:
        if self._users is None:
            self._users = {u.id: u.name for u in self.users()}
        return self._users.get(user_id or "", "")

    def categories(self) -> list[str]:
        """Categories in use (an aggregate: computed again after a write or a sync)."""
        if self._categories is None:
            self._categories = svc.categories(self.db)
        return self._categories

    def queues(self) -> list[svc.QueueChoice]:
        if self._queues is None:
            self._queues = svc.queue_choices(self.db)
        return self._queues

    def queue_name(self, queue_id: str | None) -> str:
        return next((q.name for q in self.queues() if q.id == queue_id), "")


# -- customer search -------------------------------------------------------------------------
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerField(QLineEdit):
    """Search a customer by name, number or phone; pick from the completer.

    The text is the chosen customer's label; ``customer_id`` is None when the field is
    empty. Typing searches the local replica at once (the lookup walks indexes), the
    completer offers the hits, Down/Enter (or a click) chooses. Text that was typed but
    not chosen goes back to the chosen customer when the field loses the focus.

    Signals:
        customer_changed(): ``customer_id`` changed.
    """

    customer_changed = Signal()

    def __init__(self, db: LocalDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("customerField")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Name, customer number or phone"))
        self._customer: svc.CustomerHit | None = None
        self.hits_model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.hits_model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(10)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self._search)

    @property
    def customer_id(self) -> str | None:
        return self._customer.id if self._customer is not None else None

    @property
    def customer(self) -> svc.CustomerHit | None:
        return self._customer

    def set_customer(self, hit: svc.CustomerHit | None, notify: bool = True) -> None:
        changed = (hit.id if hit else None) != self.customer_id
        self._customer = hit
        self.setText(hit.label if hit is not None else "")
        self.setCursorPosition(0)
        if changed and notify:
            self.customer_changed.emit()

    def set_customer_id(self, customer_id: str | None) -> None:
        """Show a stored customer without announcing a change."""
        hit = svc.customer_hit(self.db, customer_id) if customer_id else None
        self.set_customer(hit, notify=False)

    def _search(self, text: str) -> None:
        if not text.strip():
            self.hits_model.clear()
            self.set_customer(None)
            return
        try:
            hits = svc.search_customers(self.db, text)
        except Exception as exc:  # a lookup problem must not break typing
            log.warning("customer search failed: %s", exc)
            hits = []
        self.hits_model.clear()
        for hit in hits:
            item = QStandardItem(hit.label)
            item.setData(hit.id, CUSTOMER_ID_ROLE)
            item.setData(hit, CUSTOMER_ID_ROLE + 1)
            if hit.phone:
                item.setToolTip(hit.phone)
            self.hits_model.appendRow(item)
        if hits:
            self.completer_.complete()

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(CUSTOMER_ID_ROLE + 1)
        if isinstance(hit, svc.CustomerHit):
            # after QCompleter has put the completion text into the field
            QTimer.singleShot(0, self, lambda: self.set_customer(hit))

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        popup = self.completer_.popup()
        if popup is not None and popup.isVisible():
            return
        expected = self._customer.label if self._customer is not None else ""
        if self.text() != expected:
            self.setText(expected)
            self.setCursorPosition(0)


def combo_select(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` (added when the combo does not know it)."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return
    combo.addItem(str(value), value)
    combo.setCurrentIndex(combo.count() - 1)


def fill_impact_urgency(impact: QComboBox, urgency: QComboBox, levels: int) -> None:
    for value in range(1, levels + 1):
        impact.addItem(impact_label(value), value)
        urgency.addItem(urgency_label(value), value)


# -- the editor ----------------------------------------------------------------------------
class TicketEditor(QWidget):
    """One ticket's workspace.

    Signals:
        dirty_changed(bool): unsaved field edits (or composer text) appeared or went.
        title_changed(): the tab text (reference, title, dirty mark) should change.
        saved(): the field edits were written.
        entry_added(str): an entry was appended (its id).
        message(str): a short confirmation for the status bar.
    """

    dirty_changed = Signal(bool)
    title_changed = Signal()
    saved = Signal()
    entry_added = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: TicketContext, ticket_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ticket_id = ticket_id
        self.record: svc.TicketRecord | None = None
        self.pinned = True
        self._dirty = False
        self._loading = False
        self.setObjectName("ticketEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(EDITOR_STYLE)
        self._build()
        self.reload()

    # -- construction ----------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)

        # top: header, fields, description
        top = QWidget()
        top.setObjectName("editorTop")
        layout = QVBoxLayout(top)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)

        self.notice = QLabel(top)
        self.notice.setObjectName("editorNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel(top)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.error)

        head = QHBoxLayout()
        head.setSpacing(6)
        self.reference = QLabel(top)
        self.reference.setObjectName("editorReference")
        self.reference.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.reference.setCursor(Qt.CursorShape.IBeamCursor)
        self.copy_button = QToolButton(top)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the reference (%1)").replace(
            "%1", native("Ctrl+Shift+C")))
        self.copy_button.setAutoRaise(True)
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy_button.clicked.connect(self.copy_reference)
        self.priority_chip = QLabel(top)
        self.priority_chip.setObjectName("priorityChip")
        self.dirty_label = QLabel(top)
        self.dirty_label.setObjectName("dirtyLabel")
        self.revert_button = QPushButton(self.tr("&Revert"), top)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("&Save"), top)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the changes (%1)").replace(
            "%1", native("Ctrl+S")))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        head.addWidget(self.reference)
        head.addWidget(self.copy_button)
        head.addStretch(1)
        head.addWidget(self.dirty_label)
        head.addWidget(self.revert_button)
        head.addWidget(self.save_button)
        layout.addLayout(head)

        self.title_edit = QLineEdit(top)
        self.title_edit.setObjectName("editorTitle")
        self.title_edit.setAccessibleName(labels.field_label("title"))
        self.title_edit.setMaxLength(300)
        layout.addWidget(self.title_edit)
        self.title_error = self._field_error(top)
        layout.addWidget(self.title_error)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.status_combo = QComboBox(top)
        self.status_combo.setObjectName("statusCombo")
        self.reason_combo = QComboBox(top)
        self.reason_combo.setObjectName("pendingReasonCombo")
        self.reason_combo.setAccessibleName(self.tr("Pending reason"))
        for reason in PendingReason:
            self.reason_combo.addItem(pending_reason_label(reason), str(reason))
        self.until_edit = QDateTimeEdit(top)
        self.until_edit.setObjectName("pendingUntilEdit")
        self.until_edit.setAccessibleName(labels.field_label("pending_until"))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setToolTip(labels.field_label("pending_until"))
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(self.reason_combo, 1)
        self.pending_row = QWidget(top)
        pending_layout = QHBoxLayout(self.pending_row)
        pending_layout.setContentsMargins(0, 0, 0, 0)
        pending_layout.setSpacing(6)
        self.until_caption = QLabel(self.tr("until"), self.pending_row)
        self.until_caption.setObjectName("editorCaption")
        pending_layout.addWidget(self.until_caption)
        pending_layout.addWidget(self.until_edit, 1)

        self.impact_combo = QComboBox(top)
        self.impact_combo.setObjectName("impactCombo")
        self.urgency_combo = QComboBox(top)
        self.urgency_combo.setObjectName("urgencyCombo")
        fill_impact_urgency(self.impact_combo, self.urgency_combo,
                            svc.DEFAULT_MATRIX.impact_levels)
        urgency_row = QHBoxLayout()
        urgency_row.setSpacing(8)
        urgency_row.addWidget(self.urgency_combo, 1)
        urgency_row.addWidget(self.priority_chip)
        self.category_combo = QComboBox(top)
        self.category_combo.setObjectName("categoryCombo")
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.category_combo.lineEdit()
        if line is not None:
            line.setMaxLength(80)
            line.setAccessibleName(self.tr("Category"))
        self.queue_combo = QComboBox(top)
        self.queue_combo.setObjectName("queueCombo")
        self.queue_combo.setToolTip(self.tr(
            "Queues of the ticket's level. To move it to another level, escalate it or "
            "hand it back."))
        self.level_label = QLabel(top)
        self.level_label.setObjectName("editorLevel")
        queue_row = QHBoxLayout()
        queue_row.setSpacing(8)
        queue_row.addWidget(self.queue_combo, 1)
        queue_row.addWidget(self.level_label)
        self.owner_combo = QComboBox(top)
        self.owner_combo.setObjectName("ownerCombo")
        self.customer_field = CustomerField(self.ctx.db, top)

        for caption, widget in (
            (labels.field_label("status"), status_row),
            ("", self.pending_row),
            (labels.field_label("impact"), self.impact_combo),
            (labels.field_label("urgency"), urgency_row),
            (labels.field_label("category"), self.category_combo),
            (labels.field_label("queue_id"), queue_row),
            (labels.field_label("owner_id"), self.owner_combo),
            (labels.field_label("customer_id"), self.customer_field),
        ):
            label = QLabel(caption, top)
            label.setObjectName("editorCaption")
            form.addRow(label, widget)
            first = None if isinstance(widget, QWidget) else widget.itemAt(0)
            target = widget if isinstance(widget, QWidget) else (
                first.widget() if first is not None else None)
            if target is not None and caption:
                label.setBuddy(target)
                target.setAccessibleName(caption)
            if widget is self.pending_row:
                self.pending_caption = label
        layout.addLayout(form)

        description_title = QLabel(labels.field_label("description"), top)
        description_title.setObjectName("sectionTitle")
        self.description_edit = QPlainTextEdit(top)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setAccessibleName(labels.field_label("description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        description_title.setBuddy(self.description_edit)
        layout.addWidget(description_title)
        layout.addWidget(self.description_edit, 1)

        scroll = QScrollArea()
        scroll.setObjectName("editorScroll")
        scroll.setAccessibleName(self.tr("Ticket fields"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(top)
        self.splitter.addWidget(scroll)

        # bottom: composer and timeline (newest first, right under the composer)
        bottom = QWidget()
        bottom.setObjectName("editorBottom")
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(14, 6, 14, 8)
        bottom_layout.setSpacing(6)
        self.composer = QFrame(bottom)
        self.composer.setObjectName("composer")
        composer_layout = QVBoxLayout(self.composer)
        composer_layout.setContentsMargins(8, 6, 8, 8)
        composer_layout.setSpacing(6)
        kinds = QHBoxLayout()
        kinds.setSpacing(2)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QToolButton] = {}
        mnemonics = {"note": self.tr("&Note"), "call_log": self.tr("C&all log"),
                     "customer_message": self.tr("&Message to the customer")}
        for kind in svc.COMPOSER_KINDS:
            button = QToolButton(self.composer)
            button.setObjectName("composerKind")
            button.setText(mnemonics[kind])
            button.setCheckable(True)
            button.setProperty("kind", kind)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_buttons["note"].setChecked(True)
        self.kind_group.buttonClicked.connect(self._kind_clicked)
        self.entry_edit = QPlainTextEdit(self.composer)
        self.entry_edit.setObjectName("entryEdit")
        self.entry_edit.setAccessibleName(self.tr("New entry"))
        self.entry_edit.setTabChangesFocus(True)
        self.entry_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.entry_edit.setPlaceholderText(self.tr("Write an internal note…"))
        self.entry_error = self._field_error(self.composer)
        add_row = QHBoxLayout()
        add_row.setSpacing(8)
        hint = QLabel(self.tr("%1 adds the entry").replace("%1", native("Ctrl+Return")),
                      self.composer)
        hint.setObjectName("editorHint")
        self.add_button = QPushButton(self.tr("Add &entry"), self.composer)
        self.add_button.setObjectName("addEntryButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_entry)
        add_row.addWidget(hint)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        composer_layout.addLayout(kinds)
        composer_layout.addWidget(self.entry_edit)
        composer_layout.addWidget(self.entry_error)
        composer_layout.addLayout(add_row)
        add = QAction(self.composer)
        add.setObjectName("addEntryAction")
        add.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_entry)
        self.composer.addAction(add)

        self.timeline = QTextBrowser(bottom)
        self.timeline.setObjectName("editorTimeline")
        self.timeline.setOpenLinks(False)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        timeline_title = QLabel(self.tr("Timeline"), bottom)
        timeline_title.setObjectName("sectionTitle")
        self.timeline_title = timeline_title
        bottom_layout.addWidget(self.composer)
        bottom_layout.addWidget(timeline_title)
        bottom_layout.addWidget(self.timeline, 1)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        # The fields get room to show the header and the first fields at once; the
        # splitter scales these to the dock's height (the scroll area's own size hint
        # is tiny, which left only the status field visible).
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.splitter.setSizes([430, 370])

        # edits mark the editor dirty
        self.title_edit.textEdited.connect(self._edited)
        self.description_edit.textChanged.connect(self._edited)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.reason_combo.currentIndexChanged.connect(self._status_changed)
        self.until_edit.dateTimeChanged.connect(self._edited)
        self.impact_combo.currentIndexChanged.connect(self._priority_changed)
        self.urgency_combo.currentIndexChanged.connect(self._priority_changed)
        self.category_combo.currentTextChanged.connect(self._edited)
        self.queue_combo.currentIndexChanged.connect(self._edited)
        self.owner_combo.currentIndexChanged.connect(self._edited)
        self.customer_field.customer_changed.connect(self._edited)
        self.entry_edit.textChanged.connect(self._entry_text_changed)

        self.setTabOrder(self.title_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.reason_combo)
        self.setTabOrder(self.reason_combo, self.until_edit)
        self.setTabOrder(self.until_edit, self.impact_combo)
        self.setTabOrder(self.impact_combo, self.urgency_combo)
        self.setTabOrder(self.urgency_combo, self.category_combo)
        self.setTabOrder(self.category_combo, self.queue_combo)
        self.setTabOrder(self.queue_combo, self.owner_combo)
        self.setTabOrder(self.owner_combo, self.customer_field)
        self.setTabOrder(self.customer_field, self.description_edit)
        self.setTabOrder(self.description_edit, self.revert_button)
        self.setTabOrder(self.revert_button, self.save_button)
        self.setTabOrder(self.save_button, self.entry_edit)
        self.setTabOrder(self.entry_edit, self.add_button)
        self.setTabOrder(self.add_button, self.timeline)

    @staticmethod
    def _field_error(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    # -- loading ---------------------------------------------------------------------
    def reload(self, keep_edits: bool = False, drop: tuple[str, ...] = ()) -> None:
        """Show the stored ticket; ``keep_edits`` puts unsaved field edits back on top
        (a sync brought other changes), except the fields in ``drop``."""
        edits = self.changes() if keep_edits and self.record is not None else {}
        for name in drop:
            edits.pop(name, None)
        record = svc.load_ticket(self.ctx.db, self.ticket_id)
        if record is None:
            self._gone()
            return
        self.record = record
        self._loading = True
        try:
            self._show(record)
            for name, value in edits.items():
                self._set_value(name, value)
        finally:
            self._loading = False
        self._update_derived()
        self._update_dirty()
        self.title_changed.emit()

    def _gone(self) -> None:
        self.record = None
        self.notice.setText(self.tr(
            "This ticket is no longer on this computer: it was moved to a queue you do not "
            "see, or deleted."))
        self.notice.show()
        for widget in (self.title_edit, self.status_combo, self.reason_combo,
                       self.until_edit, self.impact_combo, self.urgency_combo,
                       self.category_combo, self.queue_combo, self.owner_combo,
                       self.customer_field, self.description_edit, self.save_button,
                       self.revert_button, self.composer):
            widget.setEnabled(False)
        self._dirty = False
        self.dirty_changed.emit(False)
        self.title_changed.emit()

    def _show(self, record: svc.TicketRecord) -> None:
        self.reference.setText(record.reference)
        self.reference.setAccessibleName(self.tr("Reference %1").replace(
            "%1", record.reference))
        if self.title_edit.text() != record.title:
            self.title_edit.setText(record.title)
            self.title_edit.setCursorPosition(0)
        self.status_combo.clear()
        for status in svc.allowed_statuses(record.status):
            self.status_combo.addItem(dot_icon(labels.STATUS_COLOURS.get(status, "#7a8794")),
                                      labels.status_label(status), status)
        combo_select(self.status_combo, record.status)
        combo_select(self.reason_combo, record.pending_reason
                     or str(PendingReason.WAITING_FOR_CUSTOMER))
        until = record.pending_until
        self.until_edit.setDateTime(labels.to_qdatetime(until) if until is not None
                                    else QDateTime.currentDateTime().addDays(1))
        combo_select(self.impact_combo, record.impact)
        combo_select(self.urgency_combo, record.urgency)
        self.category_combo.clear()
        self.category_combo.addItems(self.ctx.categories())
        self.category_combo.setEditText(record.category)
        self.queue_combo.clear()
        for choice in self.ctx.queues():
            if choice.level == record.level:
                self.queue_combo.addItem(choice.name, choice.id)
        combo_select(self.queue_combo, record.queue_id)
        self.level_label.setText(labels.level_label(record.level))
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Unassigned"), None)
        for user in self.ctx.users():
            self.owner_combo.addItem(user.name, user.id)
        combo_select(self.owner_combo, record.owner_id)
        self.customer_field.set_customer_id(record.customer_id)
        if self.description_edit.toPlainText() != record.description:
            self.description_edit.setPlainText(record.description)
        self._render_timeline(record)

    # -- values ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form's values, typed like the ticket's columns."""
        status = self.status_combo.currentData()
        pending = status == Status.PENDING
        reason = str(self.reason_combo.currentData()) if pending else ""
        until: datetime | None = None
        if pending and reason == PendingReason.REMINDER:
            until = self.until_edit.dateTime().toPython()  # type: ignore[assignment]
            if until is not None and until.tzinfo is None:
                until = until.astimezone()
        return {
            "title": self.title_edit.text(),
            "description": self.description_edit.toPlainText(),
            "status": status, "pending_reason": reason, "pending_until": until,
            "impact": self.impact_combo.currentData(),
            "urgency": self.urgency_combo.currentData(),
            "category": self.category_combo.currentText().strip(),
            "queue_id": self.queue_combo.currentData(),
            "owner_id": self.owner_combo.currentData(),
            "customer_id": self.customer_field.customer_id,
        }

    def changes(self) -> dict[str, Any]:
        """The fields the agent changed and has not saved."""
        record = self.record
        if record is None:
            return {}
        out: dict[str, Any] = {}
        values = self.values()
        pending = values["status"] == Status.PENDING
        for name, value in values.items():
            stored = record.value(name)
            if name == "pending_until":
                if value is None or not pending:
                    continue
                if stored is not None and abs((value - stored).total_seconds()) < 60:
                    continue
            elif name == "pending_reason":
                if not pending or value == stored:
                    continue
            elif value == stored or (name == "title" and value.strip() == stored):
                continue
            out[name] = value
        return out

    def _set_value(self, name: str, value: Any) -> None:
        if name == "title":
            self.title_edit.setText(str(value))
        elif name == "description":
            self.description_edit.setPlainText(str(value))
        elif name == "status":
            combo_select(self.status_combo, value)
        elif name == "pending_reason":
            combo_select(self.reason_combo, value)
        elif name == "pending_until" and value is not None:
            self.until_edit.setDateTime(labels.to_qdatetime(value))
        elif name in {"impact", "urgency", "queue_id", "owner_id"}:
            combo = {"impact": self.impact_combo, "urgency": self.urgency_combo,
                     "queue_id": self.queue_combo, "owner_id": self.owner_combo}[name]
            combo_select(combo, value)
        elif name == "category":
            self.category_combo.setEditText(str(value))
        elif name == "customer_id":
            self.customer_field.set_customer_id(value)

    @property
    def dirty(self) -> bool:
        """Unsaved field edits or an entry typed but not added."""
        return self._dirty

    def has_field_changes(self) -> bool:
        return bool(self.changes())

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self.pinned = True
        self.error.hide()
        self.title_error.hide()
        self._update_dirty()

    def _entry_text_changed(self) -> None:
        if self._loading:
            return
        if self.entry_edit.toPlainText().strip():
            self.pinned = True
        self.entry_error.hide()
        self._update_dirty()

    def _status_changed(self, *_args: Any) -> None:
        self._update_derived()
        self._edited()

    def _priority_changed(self, *_args: Any) -> None:
        self._update_derived()
        self._edited()

    def _update_derived(self) -> None:
        status = self.status_combo.currentData() or (self.record.status if self.record else "")
        pending = status == Status.PENDING
        self.reason_combo.setVisible(pending)
        reminder = pending and self.reason_combo.currentData() == PendingReason.REMINDER
        self.pending_row.setVisible(reminder)
        self.pending_caption.setVisible(reminder)
        impact, urgency = self.impact_combo.currentData(), self.urgency_combo.currentData()
        record = self.record
        if record is not None and (impact, urgency) == (record.impact, record.urgency):
            priority = record.priority  # as stored (the server may use another matrix)
        else:
            try:
                priority = svc.priority_of(int(impact), int(urgency))
            except (svc.TicketError, TypeError, ValueError):
                priority = record.priority if record is not None else 3
        self.priority_chip.setText(priority_text(priority))
        self.priority_chip.setProperty("priority", str(priority))
        self.priority_chip.setToolTip(self.tr("Priority follows from impact × urgency"))
        repolish(self.priority_chip)

    def _update_dirty(self) -> None:
        fields = self.has_field_changes()
        dirty = fields or bool(self.entry_edit.toPlainText().strip())
        self.save_button.setEnabled(fields)
        self.revert_button.setEnabled(fields)
        if fields:
            self.dirty_label.setText(self.tr("Unsaved changes"))
        elif dirty:
            self.dirty_label.setText(self.tr("Entry not added yet"))
        else:
            self.dirty_label.setText("")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
            self.title_changed.emit()

    # -- tab text --------------------------------------------------------------------
    def tab_text(self) -> str:
        if self.record is None:
            return self.tr("(gone)")
        mark = "● " if self._dirty else ""
        return f"{mark}{self.record.reference}"

    def tab_tooltip(self) -> str:
        return self.record.title if self.record is not None else ""

    # -- actions ---------------------------------------------------------------------
    def show_error(self, exc: svc.TicketError | Exception) -> None:
        text = ticket_error_text(exc) if isinstance(exc, svc.TicketError) else str(exc)
        if isinstance(exc, svc.TicketError) and exc.code in {"title_missing",
                                                             "title_too_long"}:
            self.title_error.setText(text)
            self.title_error.show()
            self.title_edit.setFocus()
            return
        self.error.setText(text)
        self.error.show()

    def save(self) -> bool:
        """Write the field edits; False when there was nothing to do or a rule refused."""
        record = self.record
        changes = self.changes()
        if record is None or not changes:
            return False
        try:
            written = self.ctx.write(lambda w: svc.change_fields(w, record.id, changes))
        except svc.TicketError as exc:
            self.show_error(exc)
            return False
        except RuntimeError as exc:  # nobody signed in
            self.show_error(exc)
            return False
        log.info("ticket %s saved: %s", record.reference, ", ".join(sorted(written)))
        self.reload()
        self.saved.emit()
        self.message.emit(self.tr("Ticket %1 saved.").replace("%1", record.reference))
        return True

    def revert(self) -> None:
        self.error.hide()
        self.title_error.hide()
        self.reload()

    def discard_entry(self) -> None:
        self.entry_edit.clear()

    def entry_kind(self) -> str:
        button = self.kind_group.checkedButton()
        return str(button.property("kind")) if button is not None else "note"

    def set_entry_kind(self, kind: str) -> None:
        button = self.kind_buttons.get(kind)
        if button is not None:
            button.setChecked(True)
            self._kind_clicked(button)

    def _kind_clicked(self, button: QAbstractButton) -> None:
        kind = str(button.property("kind"))
        placeholders = {"note": self.tr("Write an internal note…"),
                        "call_log": self.tr("What was said on the phone…"),
                        "customer_message": self.tr("Write to the customer…")}
        self.entry_edit.setPlaceholderText(placeholders.get(kind, ""))
        self.entry_edit.setFocus()

    def insert_note_text(self, text: str) -> None:
        """Put ``text`` into the composer as an internal note at the cursor (on a line
        of its own), for the agent to check and add (e.g. a knowledge article's
        solution steps)."""
        self.set_entry_kind("note")
        cursor = self.entry_edit.textCursor()
        before = self.entry_edit.toPlainText()[:cursor.position()]
        if before and not before.endswith("\n"):
            text = "\n" + text
        cursor.insertText(text)
        self.entry_edit.setTextCursor(cursor)
        self.entry_edit.setFocus()

    def focus_composer(self, kind: str | None = None) -> None:
        if kind is not None:
            self.set_entry_kind(kind)
        self.entry_edit.setFocus()

    def add_entry(self) -> bool:
        record = self.record
        if record is None:
            return False
        kind, body = self.entry_kind(), self.entry_edit.toPlainText()
        try:
            entry_id = self.ctx.write(lambda w: svc.add_entry(w, self.ctx.agent, record.id,
                                                             kind, body))
        except svc.TicketError as exc:
            self.entry_error.setText(ticket_error_text(exc))
            self.entry_error.show()
            self.entry_edit.setFocus()
            return False
        self.entry_edit.clear()
        self.reload(keep_edits=True)
        self.entry_added.emit(entry_id)
        self.message.emit(self.tr("%1 added to %2.").replace(
            "%1", composer_kind_label(kind)).replace("%2", record.reference))
        return True

    def copy_reference(self) -> None:
        if self.record is None:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.record.reference)
        self.message.emit(self.tr("Reference %1 copied.").replace("%1", self.record.reference))

    def focus_first_field(self) -> None:
        self.title_edit.setFocus()

    # -- timeline --------------------------------------------------------------------
    def _render_timeline(self, record: svc.TicketRecord) -> None:
        bar = self.timeline.verticalScrollBar()
        position = bar.value()
        self.timeline.setHtml(timeline_html(record, self.ctx))
        bar.setValue(position)
        self.timeline_title.setText(self.tr("Timeline (%1)").replace(
            "%1", labels.format_number(len(record.entries))))


# -- the timeline as HTML ---------------------------------------------------------------------
def entry_kind_text(entry: svc.EntryRecord) -> str:
    translate = QCoreApplication.translate
    kind = entry.kind
    if kind == "customer_message":
        if entry.data.get("direction") == "inbound":
            return translate("TicketEditor", "Message from the customer")
        return translate("TicketEditor", "Message to the customer")
    names = {
        "call_log": translate("TicketEditor", "Call log"),
        "note": translate("TicketEditor", "Internal note"),
        "escalation": translate("TicketEditor", "Escalation"),
        "handback": translate("TicketEditor", "Handed back"),
        "field_change": translate("TicketEditor", "Change"),
        "script_transcript": translate("TicketEditor", "Call script transcript"),
    }
    return names.get(kind) or labels.entry_kind_label(kind)


def field_value_text(ctx: TicketContext, name: str, value: Any) -> str:
    if value is None or value == "":
        return DASH
    if name == "status":
        return labels.status_label(str(value))
    if name == "priority":
        try:
            return priority_text(int(value))
        except (TypeError, ValueError):
            return str(value)
    if name == "owner_id":
        return ctx.user_name(str(value)) or str(value)
    if name == "queue_id":
        return ctx.queue_name(str(value)) or str(value)
    if name == "level":
        return labels.level_label(int(value)) if str(value).isdigit() else str(value)
    return str(value)


def _paragraphs(text: str) -> str:
    return html.escape(text.strip()).replace("\n", "<br>")


def _entry_content(entry: svc.EntryRecord, ctx: TicketContext) -> tuple[str, str]:
    """(headline beside the kind, HTML body) of one entry."""
    translate = QCoreApplication.translate
    data = entry.data
    if entry.kind in {"escalation", "handback"} and isinstance(data.get("to_level"), int):
        queue_name = ctx.queue_name(str(data.get("to_queue_id") or ""))
        target = labels.level_label(int(data["to_level"]))
        if queue_name:
            target = f"{target} · {queue_name}"
        headline = (translate("TicketEditor", "to %1") if entry.kind == "escalation"
                    else translate("TicketEditor", "back to %1")).replace("%1", target)
        if entry.kind == "escalation":
            parts = [(handover_part_label(str(p)), str(data.get(str(p)) or ""))
                     for p in HandoverPart]
        else:
            parts = [(translate("TicketEditor", "Reason"), str(data.get("reason") or ""))]
        if any(text.strip() for _caption, text in parts):
            body = "".join(f"<p class='part'><b>{html.escape(caption)}</b><br>"
                           f"{_paragraphs(text) or html.escape(DASH)}</p>"
                           for caption, text in parts)
        else:  # older entries carry only levels and queues; their text is in the body
            body = f"<p>{_paragraphs(entry.body)}</p>" if entry.body.strip() else ""
        return headline, body
    if entry.kind == "field_change" and data.get("field"):
        name = str(data["field"])
        old = field_value_text(ctx, name, data.get("old"))
        new = field_value_text(ctx, name, data.get("new"))
        return "", (f"<p>{html.escape(labels.field_label(name, 'tickets'))}: "
                    f"{html.escape(old)} → <b>{html.escape(new)}</b></p>")
    return "", f"<p>{_paragraphs(entry.body) or '&nbsp;'}</p>"


def timeline_html(record: svc.TicketRecord, ctx: TicketContext) -> str:
    translate = QCoreApplication.translate
    parts = ["<style>"
             "p { margin: 2px 0 4px 0; }"
             "p.part { margin: 4px 0 6px 0; }"
             ".kind { font-weight: 600; color: #24303c; }"
             ".meta { color: #6b7885; }"
             ".head { color: #4a5561; }"
             "td.badge { color: #ffffff; font-weight: 600; }"
             "</style>"]
    if not record.entries:
        nothing = translate("TicketEditor", "No entries yet.")
        parts.append(f"<p class='meta'>{html.escape(nothing)}</p>")
    for entry in reversed(record.entries):  # newest first, under the composer
        colour = KIND_COLOURS.get(entry.kind, "#7a8794")
        symbol = KIND_SYMBOLS.get(entry.kind, "•")
        headline, body = _entry_content(entry, ctx)
        meta = " · ".join(x for x in (entry.author, labels.format_datetime(entry.created_at))
                          if x)
        head = f"<span class='kind'>{html.escape(entry_kind_text(entry))}</span>"
        if headline:
            head += f" <span class='head'>{html.escape(headline)}</span>"
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0' "
            "style='margin-bottom: 8px;'><tr>"
            f"<td width='26' align='center' valign='top' class='badge' "
            f"bgcolor='{colour}' style='padding: 3px;'>{symbol}</td>"
            "<td width='8'></td>"
            f"<td valign='top'>{head}<br><span class='meta'>{html.escape(meta)}</span>"
            f"{body}</td></tr></table>")
    description = translate("TicketEditor", "Created")
    if record.created_at is not None:
        parts.append(f"<p class='meta'>{html.escape(description)} "
                     f"{html.escape(labels.format_datetime(record.created_at))}</p>")
    return "".join(parts)

