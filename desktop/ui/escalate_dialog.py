"""Escalate a ticket to the next support level, or hand it back down.

``EscalateDialog`` asks for the target queue one level up and the three parts of the
hand-over note (what was tried, findings, what the customer was told); an empty part
gets an inline message and the focus. A call script can prefill the parts
(``prefill``). ``HandBackDialog`` asks for a lower level's queue and the reason.
Both write through the ticket services only when the agent confirms (Ctrl+Enter or
the button) and stay open with the reason when a rule refuses.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.app import tickets as svc
from desktop.domain.escalation import TOP_LEVEL, HandoverPart, missing_parts
from desktop.ui import labels
from desktop.ui.ticket_editor import (
    EDITOR_STYLE,
    TicketContext,
    ticket_error_text,
)
from desktop.ui.widgets import native

# Prefill keys a call script may use for each part (the wording, too).
PREFILL_KEYS = {
    HandoverPart.TRIED: ("tried", "what_was_tried"),
    HandoverPart.FINDINGS: ("findings",),
    HandoverPart.CUSTOMER_TOLD: ("customer_told", "told_customer"),
}


class _HandoverDialog(QDialog):
    """Common frame: title, intro, a form, inline error, buttons, Ctrl+Enter."""

    def __init__(self, ctx: TicketContext, record: svc.TicketRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.entry_id: str | None = None
        self.setStyleSheet(EDITOR_STYLE)
        self.setSizeGripEnabled(True)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 18, 20, 14)
        self.outer.setSpacing(8)
        heading = QLabel(f"{record.reference} · {record.title}", self)
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("dialogText")
        self.intro.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.outer.addWidget(heading)
        self.outer.addWidget(self.intro)
        self.outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setToolTip(native("Ctrl+Return"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        action = QAction(self)
        action.setObjectName("confirmAction")
        action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.submit)
        self.addAction(action)

    def set_texts(self, title: str, intro: str, confirm: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.confirm_button.setText(confirm)

    def finish_layout(self) -> None:
        hint = QLabel(QCoreApplication.translate(
            "EscalateDialog", "%1 confirms · Esc cancels").replace(
            "%1", native("Ctrl+Return")), self)
        hint.setObjectName("dialogHint")
        self.outer.addWidget(hint)
        self.outer.addWidget(self.buttons)

    def caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        return label

    def field_error(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def queue_combo(self, choices: list[svc.QueueChoice], with_level: bool) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("targetQueue")
        for choice in choices:
            text = (f"{labels.level_label(choice.level)} · {choice.name}" if with_level
                    else choice.name)
            combo.addItem(text, choice.id)
        return combo

    def show_error(self, exc: svc.TicketError | RuntimeError) -> None:
        text = ticket_error_text(exc) if isinstance(exc, svc.TicketError) else str(exc)
        self.error.setText(text)
        self.error.show()

    def submit(self) -> None:
        """Check the input, write, and close; subclasses say how."""
        raise NotImplementedError


class EscalateDialog(_HandoverDialog):
    """Escalate to a queue one level up with a hand-over note."""

    def __init__(self, ctx: TicketContext, record: svc.TicketRecord,
                 prefill: Mapping[str, str] | None = None,
                 target_queue_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        to_level = record.level + 1
        super().__init__(ctx, record, parent)
        self.set_texts(
            self.tr("Escalate ticket"),
            self.tr("The ticket moves to the chosen queue on %1 and leaves your hands. "
                    "Write down what the next level needs so that nobody has to ask the "
                    "customer again.").replace("%1", labels.level_label(to_level)),
            self.tr("&Escalate"))
        self.setObjectName("escalateDialog")
        self.targets = svc.escalation_targets(ctx.db, record)
        self.target_combo = self.queue_combo(self.targets, with_level=False)
        self.outer.addWidget(self.caption(self.tr("&Target queue"), self.target_combo))
        self.outer.addWidget(self.target_combo)
        self.parts: dict[HandoverPart, QPlainTextEdit] = {}
        self.part_errors: dict[HandoverPart, QLabel] = {}
        mnemonics = {HandoverPart.TRIED: self.tr("What was t&ried"),
                     HandoverPart.FINDINGS: self.tr("&Findings"),
                     HandoverPart.CUSTOMER_TOLD: self.tr("What the &customer was told")}
        for part in HandoverPart:
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"handover_{part}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.textChanged.connect(lambda p=part: self.part_errors[p].hide())
            error = self.field_error()
            self.outer.addWidget(self.caption(mnemonics[part], edit))
            self.outer.addWidget(edit)
            self.outer.addWidget(error)
            self.parts[part] = edit
            self.part_errors[part] = error
        self.finish_layout()
        if not self.targets:
            if record.level >= TOP_LEVEL:
                self.show_error(svc.TicketError("top_level", "", level=record.level))
            else:
                self.error.setText(self.tr("There is no queue on %1 on this computer.")
                                   .replace("%1", labels.level_label(to_level)))
                self.error.show()
            self.confirm_button.setEnabled(False)
            self.target_combo.setEnabled(False)
        if target_queue_id is not None:
            index = self.target_combo.findData(target_queue_id)
            if index >= 0:
                self.target_combo.setCurrentIndex(index)
        if prefill:
            self.prefill(prefill)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        first_empty = next((e for e in self.parts.values() if not e.toPlainText().strip()),
                           self.parts[HandoverPart.TRIED])
        first_empty.setFocus()

    def prefill(self, values: Mapping[str, str]) -> None:
        """Fill parts from a call script's answers (empty values are ignored)."""
        for part, keys in PREFILL_KEYS.items():
            for key in keys:
                value = values.get(key)
                if value and value.strip():
                    self.parts[part].setPlainText(value)
                    break

    def texts(self) -> dict[HandoverPart, str]:
        return {part: edit.toPlainText() for part, edit in self.parts.items()}

    def submit(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        texts = self.texts()
        missing = missing_parts(texts[HandoverPart.TRIED], texts[HandoverPart.FINDINGS],
                                texts[HandoverPart.CUSTOMER_TOLD])
        messages = {
            HandoverPart.TRIED: self.tr("Please describe what was tried."),
            HandoverPart.FINDINGS: self.tr("Please describe what was found."),
            HandoverPart.CUSTOMER_TOLD: self.tr("Please note what the customer was told."),
        }
        for part in HandoverPart:
            error = self.part_errors[part]
            if part in missing:
                error.setText(messages[part])
                error.show()
            else:
                error.hide()
        if missing:
            self.parts[missing[0]].setFocus()
            return
        queue_id = str(self.target_combo.currentData())
        record = self.record
        try:
            self.entry_id = self.ctx.write(lambda w: svc.escalate(
                w, self.ctx.agent, record.id, queue_id, texts[HandoverPart.TRIED],
                texts[HandoverPart.FINDINGS], texts[HandoverPart.CUSTOMER_TOLD]))
        except (svc.TicketError, RuntimeError) as exc:
            self.show_error(exc)
            return
        self.accept()


class HandBackDialog(_HandoverDialog):
    """Hand the ticket back to a lower level's queue, with a reason."""

    def __init__(self, ctx: TicketContext, record: svc.TicketRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, record, parent)
        self.set_texts(
            self.tr("Hand back ticket"),
            self.tr("The ticket goes back to a lower level, for example so that the 1st "
                    "level tells the customer the solution. Say why."),
            self.tr("&Hand back"))
        self.setObjectName("handBackDialog")
        self.targets = svc.handback_targets(ctx.db, record)
        self.target_combo = self.queue_combo(self.targets, with_level=True)
        self.outer.addWidget(self.caption(self.tr("&Target queue"), self.target_combo))
        self.outer.addWidget(self.target_combo)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("handbackReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.reason_error = self.field_error()
        self.reason_edit.textChanged.connect(self.reason_error.hide)
        self.outer.addWidget(self.caption(self.tr("&Reason"), self.reason_edit))
        self.outer.addWidget(self.reason_edit)
        self.outer.addWidget(self.reason_error)
        self.finish_layout()
        if not self.targets:
            self.error.setText(self.tr("The ticket is on the 1st level: there is no lower "
                                       "level to hand it back to."))
            self.error.show()
            self.confirm_button.setEnabled(False)
            self.target_combo.setEnabled(False)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
        self.reason_edit.setFocus()

    def submit(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        reason = self.reason_edit.toPlainText()
        if not reason.strip():
            self.reason_error.setText(self.tr("Please give a reason for handing the ticket "
                                              "back."))
            self.reason_error.show()
            self.reason_edit.setFocus()
            return
        queue_id = str(self.target_combo.currentData())
        record = self.record
        try:
            self.entry_id = self.ctx.write(lambda w: svc.hand_back(
                w, self.ctx.agent, record.id, queue_id, reason))
        except (svc.TicketError, RuntimeError) as exc:
            self.show_error(exc)
            return
        self.accept()
