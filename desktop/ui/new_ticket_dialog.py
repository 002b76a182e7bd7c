"""New ticket from a call, in a few keystrokes.

The reference is drawn when the dialog opens and shown at the top, so the agent can
read it to the caller before the ticket is even saved (it never changes afterwards,
also not after sync). Customer: type a name, customer number or phone number and
pick from the list (optional: without one the ticket is simply not linked, which the
dialog says). Title is required. Impact and urgency give the priority, shown live.
Enter (or Ctrl+Enter from the description) creates the ticket.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import tickets as svc
from desktop.ui import labels
from desktop.ui.ticket_editor import (
    EDITOR_STYLE,
    CustomerField,
    TicketContext,
    combo_select,
    fill_impact_urgency,
    priority_text,
    ticket_error_text,
)
from desktop.ui.widgets import native, repolish


class NewTicketDialog(QDialog):
    """Create a ticket; ``ticket_id`` holds the new ticket's id after ``accepted``."""

    def __init__(self, ctx: TicketContext, caller: svc.CustomerHit | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ticket_id: str | None = None
        self.setObjectName("newTicketDialog")
        self.setWindowTitle(self.tr("New ticket"))
        self.setStyleSheet(EDITOR_STYLE)
        self.setSizeGripEnabled(True)
        self.reference = svc.new_ticket_reference(ctx.db)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)

        banner = QFrame(self)
        banner.setObjectName("composer")
        banner_layout = QHBoxLayout(banner)
        banner_layout.setContentsMargins(12, 8, 8, 8)
        banner_layout.setSpacing(10)
        caption = QLabel(self.tr("Reference for the caller"), banner)
        caption.setObjectName("editorCaption")
        self.reference_label = QLabel(self.reference, banner)
        self.reference_label.setObjectName("referenceBig")
        self.reference_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference_label.setAccessibleName(self.tr("Reference %1").replace(
            "%1", self.reference))
        copy = QToolButton(banner)
        copy.setObjectName("copyButton")
        copy.setText(self.tr("Copy"))
        copy.setAutoRaise(True)
        copy.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.reference))
        text_box = QVBoxLayout()
        text_box.setSpacing(0)
        text_box.addWidget(caption)
        text_box.addWidget(self.reference_label)
        banner_layout.addLayout(text_box, 1)
        banner_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(banner)

        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.customer_field = CustomerField(ctx.db, self)
        self.customer_hint = QLabel(self.tr("Optional. Without a customer the ticket is not "
                                            "linked to the caller."), self)
        self.customer_hint.setObjectName("customerWarning")
        self.customer_hint.setWordWrap(True)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("newTitle")
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("What is the problem, in a few words?"))
        self.title_error = QLabel(self)
        self.title_error.setObjectName("fieldError")
        self.title_error.hide()
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("newDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(
            self.description_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("newCategory")
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category_combo.addItems(ctx.categories())
        self.category_combo.setEditText("")
        category_line = self.category_combo.lineEdit()
        if category_line is not None:
            category_line.setAccessibleName(self.tr("Category"))
        self.impact_combo = QComboBox(self)
        self.impact_combo.setObjectName("newImpact")
        self.urgency_combo = QComboBox(self)
        self.urgency_combo.setObjectName("newUrgency")
        fill_impact_urgency(self.impact_combo, self.urgency_combo,
                            svc.DEFAULT_MATRIX.impact_levels)
        combo_select(self.impact_combo, 3)
        combo_select(self.urgency_combo, 3)
        self.priority_chip = QLabel(self)
        self.priority_chip.setObjectName("priorityChip")
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        priority_row.addStretch(1)
        self.queue_combo = QComboBox(self)
        self.queue_combo.setObjectName("newQueue")
        for choice in svc.queue_choices(ctx.db):
            self.queue_combo.addItem(f"{labels.level_label(choice.level)} · {choice.name}",
                                     choice.id)
        default = svc.default_queue(ctx.db, ctx.agent)
        if default is not None:
            combo_select(self.queue_combo, default.id)
        self.assign_box = QCheckBox(self.tr("Assign to &me"), self)
        self.assign_box.setObjectName("assignToMe")
        self.assign_box.setChecked(True)

        customer_box = QVBoxLayout()
        customer_box.setSpacing(2)
        customer_box.addWidget(self.customer_field)
        customer_box.addWidget(self.customer_hint)
        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.title_edit)
        title_box.addWidget(self.title_error)
        rows: list[tuple[str, QWidget | QLayout, QWidget]] = [
            (self.tr("C&ustomer"), customer_box, self.customer_field),
            (self.tr("&Title"), title_box, self.title_edit),
            (self.tr("&Description"), self.description_edit, self.description_edit),
            (self.tr("Cate&gory"), self.category_combo, self.category_combo),
            (self.tr("&Impact"), self.impact_combo, self.impact_combo),
            (self.tr("U&rgency"), self.urgency_combo, self.urgency_combo),
            (self.tr("Priority"), priority_row, self.priority_chip),
            (self.tr("&Queue"), self.queue_combo, self.queue_combo),
        ]
        for text, field, buddy in rows:
            label = QLabel(text, self)
            label.setObjectName("editorCaption")
            label.setBuddy(buddy)
            buddy.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        form.addRow("", self.assign_box)
        outer.addLayout(form)

        hint = QLabel(self.tr("Enter creates the ticket · %1 from the description").replace(
            "%1", native("Ctrl+Return")), self)
        hint.setObjectName("dialogHint")
        outer.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create ticket"))
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        create = QAction(self)
        create.setObjectName("createAction")
        create.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        create.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        create.triggered.connect(self.submit)
        self.addAction(create)

        self.customer_field.customer_changed.connect(self._customer_changed)
        self.title_edit.textEdited.connect(self.title_error.hide)
        self.impact_combo.currentIndexChanged.connect(self._update_priority)
        self.urgency_combo.currentIndexChanged.connect(self._update_priority)
        self.queue_combo.currentIndexChanged.connect(self._update_priority)
        self._update_priority()
        self.setTabOrder(self.customer_field, self.title_edit)
        self.setTabOrder(self.title_edit, self.description_edit)
        self.setTabOrder(self.description_edit, self.category_combo)
        self.setTabOrder(self.category_combo, self.impact_combo)
        self.setTabOrder(self.impact_combo, self.urgency_combo)
        self.setTabOrder(self.urgency_combo, self.queue_combo)
        self.setTabOrder(self.queue_combo, self.assign_box)
        if caller is not None:
            self.customer_field.set_customer(caller)
            self.title_edit.setFocus()
        else:
            self.customer_field.setFocus()
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())

    def _customer_changed(self) -> None:
        self.customer_hint.setVisible(self.customer_field.customer_id is None)

    def _update_priority(self) -> None:
        try:
            # the matrix of the chosen queue's SLA policy, as the server will use it
            priority = svc.priority_of(
                int(self.impact_combo.currentData()), int(self.urgency_combo.currentData()),
                svc.matrix_for_queue(self.ctx.db, self.queue_combo.currentData()))
        except (svc.TicketError, TypeError, ValueError):
            return
        self.priority_chip.setText(priority_text(priority))
        self.priority_chip.setProperty("priority", str(priority))
        repolish(self.priority_chip)

    def draft(self) -> svc.TicketDraft:
        return svc.TicketDraft(
            title=self.title_edit.text(), description=self.description_edit.toPlainText(),
            customer_id=self.customer_field.customer_id,
            category=self.category_combo.currentText(),
            impact=int(self.impact_combo.currentData()),
            urgency=int(self.urgency_combo.currentData()), channel="phone",
            queue_id=self.queue_combo.currentData(),
            assign_to_me=self.assign_box.isChecked(), reference=self.reference)

    def submit(self) -> None:
        popup = self.customer_field.completer_.popup()
        if popup is not None and popup.isVisible():
            return  # Enter chose a customer
        draft = self.draft()
        if not draft.title.strip():
            self.title_error.setText(self.tr("Please enter a title."))
            self.title_error.show()
            self.title_edit.setFocus()
            return
        try:
            self.ticket_id = self.ctx.write(lambda w: svc.create_ticket(w, self.ctx.agent,
                                                                       draft))
        except svc.TicketError as exc:
            if exc.code in {"title_missing", "title_too_long"}:
                self.title_error.setText(ticket_error_text(exc))
                self.title_error.show()
                self.title_edit.setFocus()
            else:
                self.error.setText(ticket_error_text(exc))
                self.error.show()
            return
        except RuntimeError as exc:  # nobody signed in
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
