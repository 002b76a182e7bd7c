"""Writing a knowledge article: Markdown with a live preview, its fields, and the steps
of its life cycle the user may take.

Who sees which button follows :class:`desktop.app.kb_actions.Permissions` (the same
rules the server applies): everybody saves a draft of what they may edit and sends it
for review; knowledge editors (supervisors, admins) also publish and archive. A step the
server still refuses (the ticket was reopened meanwhile, the role changed) comes back
through the outbox; :meth:`KnowledgeEditor.check_refusals` shows it in the agent's
language (:func:`desktop.app.kb_messages.refusal_text`).

The change note (Alt+N) says what a version changes; it is sent with the article and
the server copies it into the version row of the next publication. Publishing a new
revision of a published article needs one (:meth:`KnowledgeActions.change_note_required`).

Keys: Ctrl+S saves the draft, Ctrl+Return sends for review, Ctrl+Shift+Return publishes
(editors), Alt+N goes to the change note, Esc closes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.app.kb_actions import (
    CHANGE_NOTE_MISSING,
    ArticleRecord,
    KnowledgeActions,
    Permissions,
)
from desktop.app.kb_messages import refusal_text, status_label
from desktop.domain.knowledge import ArticleStatus, KnowledgeRuleError
from desktop.ui.widgets import native

log = logging.getLogger("agentdesk.ui.knowledge_editor")

PREVIEW_DELAY_MS = 150


class KnowledgeEditor(QDialog):
    """Edit (or propose) one article.

    Signals:
        saved(str, str): the article was written locally (its id, the new status).
    """

    saved = Signal(str, str)

    def __init__(self, actions: KnowledgeActions, permissions: Permissions,
                 record: ArticleRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kb = actions
        self.permissions = permissions
        self.record = record
        self.setObjectName("knowledgeEditor")
        self.setWindowTitle(self._window_title())
        self.resize(1000, 700)

        self.error = QLabel(self)
        self.error.setObjectName("knowledgeEditorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.info = QLabel(self)
        self.info.setObjectName("knowledgeEditorInfo")
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #555;")

        self.title_edit = QLineEdit(record.title, self)
        self.title_edit.setObjectName("knowledgeEditorTitle")
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.category_edit = QComboBox(self)
        self.category_edit.setObjectName("knowledgeEditorCategory")
        self.category_edit.setEditable(True)
        self.category_edit.addItems(actions.categories())
        self.category_edit.setCurrentText(record.category)
        self.tags_edit = QLineEdit(", ".join(record.tags), self)
        self.tags_edit.setObjectName("knowledgeEditorTags")
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. wlan, router"))
        self.language_edit = QComboBox(self)
        self.language_edit.setObjectName("knowledgeEditorLanguage")
        self.language_edit.addItem(self.tr("German"), "de")
        self.language_edit.addItem(self.tr("English"), "en")
        at = self.language_edit.findData(record.language)
        self.language_edit.setCurrentIndex(max(at, 0))
        self.product_edit = QLineEdit(record.product, self)
        self.product_edit.setObjectName("knowledgeEditorProduct")
        self.product_edit.setMaxLength(80)

        self.related_list = QListWidget(self)
        self.related_list.setObjectName("knowledgeEditorRelated")
        self.related_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.related_list.setToolTip(self.tr("Delete removes the selected article"))
        titles = actions.titles(list(record.related))
        for article_id in record.related:
            self._add_related(article_id, titles.get(article_id, article_id))
        self.related_search = QLineEdit(self)
        self.related_search.setObjectName("knowledgeEditorRelatedSearch")
        self.related_search.setPlaceholderText(
            self.tr("Add a related article: type part of its title, Enter"))
        self.related_search.returnPressed.connect(self._add_related_from_search)

        # what this revision changes: copied into its version row when it is published
        self.note_edit = QLineEdit(record.change_note, self)
        self.note_edit.setObjectName("knowledgeEditorChangeNote")
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(
            self.tr("What changed? Shown in the version list, e.g. “Step 2: new menu”"))
        self.note_edit.setToolTip(self.tr("Required to publish a new version of a "
                                          "published article (%1)").replace(
                                              "%1", native("Alt+N")))

        form = QFormLayout()
        self.form = form
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.category_edit, 2)
        row.addWidget(self._caption(self.tr("&Language"), self.language_edit))
        row.addWidget(self.language_edit, 1)
        row.addWidget(self._caption(self.tr("Prod&uct"), self.product_edit))
        row.addWidget(self.product_edit, 2)
        related_box = QVBoxLayout()
        related_box.setSpacing(4)
        related_box.addWidget(self.related_list)
        related_box.addWidget(self.related_search)
        form.addRow(self._caption(self.tr("&Title"), self.title_edit), self.title_edit)
        form.addRow(self._caption(self.tr("&Category"), self.category_edit), row)
        form.addRow(self._caption(self.tr("Ta&gs"), self.tags_edit), self.tags_edit)
        form.addRow(self._caption(self.tr("&Related"), self.related_search), related_box)
        self.note_label = self._caption(self.tr("Change &note"), self.note_edit)
        form.addRow(self.note_label, self.note_edit)

        self.body_edit = QPlainTextEdit(record.body, self)
        self.body_edit.setObjectName("knowledgeEditorBody")
        self.body_edit.setAccessibleName(self.tr("Article text (Markdown)"))
        self.body_edit.setTabChangesFocus(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("knowledgeEditorPreview")
        self.preview.setOpenExternalLinks(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = self._captioned(self.tr("Markdown"), self.body_edit)
        right = self._captioned(self.tr("Preview"), self.preview)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 500])

        self.save_button = self._button(self.tr("Save &draft"), "Ctrl+S",
                                        self.tr("Save as a draft (%1)"), "knowledgeSaveDraft",
                                        ArticleStatus.DRAFT.value)
        self.review_button = self._button(self.tr("Send for re&view"), "Ctrl+Return",
                                          self.tr("Send to a knowledge editor for review "
                                                  "(%1)"), "knowledgeSendForReview",
                                          ArticleStatus.REVIEW.value)
        self.publish_button = self._button(self.tr("&Publish"), "Ctrl+Shift+Return",
                                           self.tr("Publish: 1st level sees this text (%1)"),
                                           "knowledgePublish", ArticleStatus.PUBLISHED.value)
        self.archive_button = self._button(self.tr("&Archive"), "",
                                           self.tr("Take the article out of use"),
                                           "knowledgeArchive", ArticleStatus.ARCHIVED.value)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("knowledgeEditorClose")
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(self.tr("Close without saving (%1)").replace(
            "%1", native("Esc")))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.info, 1)
        for button in (self.archive_button, self.save_button, self.review_button,
                       self.publish_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.related_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_related)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.body_edit.textChanged.connect(self._preview_timer.start)
        self.update_preview()
        self._update_buttons()
        self.title_edit.setFocus()

    # -- building --------------------------------------------------------------------
    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _captioned(self, caption: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(caption, box)
        label.setStyleSheet("color: #555;")
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    def _button(self, text: str, keys: str, tip: str, name: str, status: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setToolTip(tip.replace("%1", native(keys)) if keys else tip)
        button.clicked.connect(lambda _checked=False, s=status: self.save_as(s))
        if keys:
            # an action, not the button's own shortcut: it must work while the text
            # field has the focus and only while the button is offered
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, b=button: b.isEnabled()
                                     and b.isVisible() and b.click())
            self.addAction(action)
        return button

    def _window_title(self) -> str:
        if self.record.id is None and self.record.source_ticket_id:
            return self.tr("Propose an article")
        if self.record.id is None:
            return self.tr("New article")
        return self.tr("Edit article: %1").replace("%1", self.record.title)

    def _update_buttons(self) -> None:
        record, perms = self.record, self.permissions
        editable = perms.may_edit(record)
        for widget in (self.title_edit, self.category_edit, self.tags_edit,
                       self.language_edit, self.product_edit, self.related_search):
            widget.setEnabled(editable)
        self.body_edit.setReadOnly(not editable)
        self.note_edit.setEnabled(editable)
        for button, status in ((self.save_button, ArticleStatus.DRAFT.value),
                               (self.review_button, ArticleStatus.REVIEW.value),
                               (self.publish_button, ArticleStatus.PUBLISHED.value),
                               (self.archive_button, ArticleStatus.ARCHIVED.value)):
            allowed = perms.may_move(record, status)
            if status == record.status and record.id is not None:
                allowed = allowed and editable and status != ArticleStatus.ARCHIVED.value
            if status in (ArticleStatus.PUBLISHED.value, ArticleStatus.ARCHIVED.value):
                allowed = allowed and perms.editor  # a writer's edit goes to review
            button.setVisible(allowed)
            button.setEnabled(allowed)
        if record.status == ArticleStatus.PUBLISHED.value and not perms.editor:
            # a writer's edit of a published article goes back to review
            self.save_button.setVisible(False)
            self.save_button.setEnabled(False)
        # the note goes with a publication: offered where the text can be sent for
        # review or published
        self.form.setRowVisible(self.note_edit, editable and (
            self.review_button.isEnabled() or self.publish_button.isEnabled()))
        state = status_label(record.status) if record.id is not None else self.tr("New")
        info = self.tr("Status: %1").replace("%1", state)
        if record.status == ArticleStatus.PUBLISHED.value and not perms.editor:
            info += " · " + self.tr("Your changes go to a knowledge editor for review.")
        self.info.setText(info)

    # -- related ---------------------------------------------------------------------
    def _add_related(self, article_id: str, title: str) -> None:
        for row in range(self.related_list.count()):
            item = self.related_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == article_id:
                return
        item = QListWidgetItem(title, self.related_list)
        item.setData(Qt.ItemDataRole.UserRole, article_id)

    def _add_related_from_search(self) -> None:
        text = self.related_search.text().strip()
        if not text:
            return
        found = [(i, t) for i, t in self.kb.find_titles(text, 5) if i != self.record.id]
        if found:
            self._add_related(*found[0])
            self.related_search.clear()
            self.error.hide()
        else:
            self._show_error(self.tr("No article title contains “%1”.").replace("%1", text))

    def _remove_related(self) -> None:
        row = self.related_list.currentRow()
        if row >= 0:
            self.related_list.takeItem(row)

    def related_ids(self) -> list[str]:
        out = []
        for row in range(self.related_list.count()):
            item = self.related_list.item(row)
            if item is not None:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    # -- preview and saving ----------------------------------------------------------
    def update_preview(self) -> None:
        self.preview.setMarkdown(self.body_edit.toPlainText())

    def current_record(self) -> ArticleRecord:
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags_edit.text().split(",")
                                   if t.strip()))
        return ArticleRecord(
            id=self.record.id, title=self.title_edit.text(),
            body=self.body_edit.toPlainText(), category=self.category_edit.currentText(),
            tags=tags, language=str(self.language_edit.currentData() or "de"),
            product=self.product_edit.text(), related=tuple(self.related_ids()),
            status=self.record.status, author_id=self.record.author_id,
            source_ticket_id=self.record.source_ticket_id,
            published_revision=self.record.published_revision,
            change_note=self.note_edit.text())

    def save_as(self, status: str) -> bool:
        """Write the article locally with ``status`` (sent with the next sync)."""
        record = self.current_record()
        if status == ArticleStatus.ARCHIVED.value:
            answer = QMessageBox.question(
                self, self.tr("Archive article"),
                self.tr("Archive “%1”? 1st level will no longer find it.").replace(
                    "%1", record.title))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            article_id = self.kb.save(record, status, self.permissions)
        except KnowledgeRuleError as exc:
            if exc.code == CHANGE_NOTE_MISSING:
                self._show_error(self.tr("Please describe in the change note what this "
                                         "version changes."))
                self.note_edit.setFocus()
            else:
                self._show_error(refusal_text(exc.code, exc.params))
            return False
        except Exception as exc:  # the local write failed: say so, keep the text
            log.error("saving the article failed: %s", exc, exc_info=exc)
            self._show_error(self.tr("The article could not be saved: %1").replace(
                "%1", str(exc)))
            return False
        self.error.hide()
        stored = self.kb.record_of(article_id)
        self.record = stored if stored is not None else record
        if status == ArticleStatus.PUBLISHED.value:
            self.note_edit.clear()  # used up: the server empties it after publishing
        self.setWindowTitle(self._window_title())
        self._update_buttons()
        self.saved.emit(article_id, status)
        return True

    def check_refusals(self) -> bool:
        """Show the server's refusal of this article's changes, if any (after a sync)."""
        if self.record.id is None:
            return False
        refusals = self.kb.refusals(self.record.id)
        if not refusals:
            return False
        last = refusals[-1]
        self._show_error(refusal_text(last.code, last.params))
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
