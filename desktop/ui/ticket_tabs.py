"""Several tickets open at once: a tab per ticket, with unsaved-edit protection.

Selecting a row in the list shows that ticket in the *preview* tab (grey text), which
the next selection reuses; opening a ticket (Enter, double-click) or editing the
preview keeps it (the tab is *pinned*). Closing a tab with unsaved field edits or an
entry typed but not added asks: Save, Discard or Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from desktop.ui.ticket_editor import TicketContext, TicketEditor

PREVIEW_COLOUR = QColor("#7a8794")


class TicketTabs(QTabWidget):
    """The open tickets.

    Signals:
        current_ticket_changed(object): the ticket id of the current tab (None: no tab).
        count_changed(int): tabs were opened or closed.
        message(str): a short confirmation for the status bar.
    """

    current_ticket_changed = Signal(object)
    count_changed = Signal(int)
    message = Signal(str)

    def __init__(self, ctx: TicketContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ticketTabs")
        self.setAccessibleName(self.tr("Open tickets"))
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabBar().setExpanding(False)
        self.tabCloseRequested.connect(self.close_tab)
        self.currentChanged.connect(self._current_changed)
        self.close_box: QMessageBox | None = None

    # -- finding ---------------------------------------------------------------------
    def editors(self) -> list[TicketEditor]:
        out = []
        for i in range(self.count()):
            widget = self.widget(i)
            if isinstance(widget, TicketEditor):
                out.append(widget)
        return out

    def editor_for(self, ticket_id: str) -> TicketEditor | None:
        return next((e for e in self.editors() if e.ticket_id == ticket_id), None)

    def current_editor(self) -> TicketEditor | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, TicketEditor) else None

    def preview_editor(self) -> TicketEditor | None:
        return next((e for e in self.editors() if not e.pinned), None)

    def has_unsaved(self) -> bool:
        """Whether any open ticket has unsaved edits (for the window's close)."""
        return any(e.dirty for e in self.editors())

    def unsaved_editors(self) -> list[TicketEditor]:
        return [e for e in self.editors() if e.dirty]

    # -- opening ---------------------------------------------------------------------
    def open_ticket(self, ticket_id: str, focus: bool = True) -> TicketEditor:
        """Show the ticket in a kept tab (an open one is reused) and make it current."""
        editor = self.editor_for(ticket_id)
        if editor is None:
            editor = self._add(ticket_id)
        editor.pinned = True
        self._label(editor)
        self.setCurrentWidget(editor)
        if focus:
            editor.focus_first_field()
        return editor

    def preview(self, ticket_id: str) -> TicketEditor:
        """Show the ticket without keeping a tab for it: the preview tab is reused."""
        editor = self.editor_for(ticket_id)
        if editor is None:
            preview = self.preview_editor()
            if preview is not None and not preview.dirty:
                self._retarget(preview, ticket_id)
                editor = preview
            else:
                editor = self._add(ticket_id)
                editor.pinned = False
        self._label(editor)
        self.setCurrentWidget(editor)
        return editor

    def _add(self, ticket_id: str) -> TicketEditor:
        editor = TicketEditor(self.ctx, ticket_id, self)
        editor.title_changed.connect(lambda e=editor: self._label(e))
        editor.dirty_changed.connect(lambda _d, e=editor: self._label(e))
        editor.message.connect(self.message)
        self.addTab(editor, editor.tab_text())
        self._label(editor)
        self.count_changed.emit(self.count())
        return editor

    def _retarget(self, editor: TicketEditor, ticket_id: str) -> None:
        editor.ticket_id = ticket_id
        editor.record = None
        editor.reload()
        if self.currentWidget() is editor:
            self.current_ticket_changed.emit(ticket_id)

    def _label(self, editor: TicketEditor) -> None:
        index = self.indexOf(editor)
        if index < 0:
            return
        self.setTabText(index, editor.tab_text())
        tip = editor.tab_tooltip()
        if not editor.pinned:
            tip = self.tr("Preview: the next ticket you select replaces it. %1").replace(
                "%1", tip)
            self.tabBar().setTabTextColor(index, PREVIEW_COLOUR)
        else:
            self.tabBar().setTabTextColor(index, QColor())
        self.setTabToolTip(index, tip)

    # -- moving between tabs ------------------------------------------------------------
    def next_tab(self) -> None:
        if self.count() > 1:
            self.setCurrentIndex((self.currentIndex() + 1) % self.count())

    def previous_tab(self) -> None:
        if self.count() > 1:
            self.setCurrentIndex((self.currentIndex() - 1) % self.count())

    def _current_changed(self, _index: int) -> None:
        editor = self.current_editor()
        self.current_ticket_changed.emit(editor.ticket_id if editor is not None else None)

    # -- closing -----------------------------------------------------------------------
    def close_current(self) -> None:
        if self.currentIndex() >= 0:
            self.close_tab(self.currentIndex())

    def close_tab(self, index: int) -> bool:
        """Close a tab; with unsaved edits, ask first (True: closed right away)."""
        widget = self.widget(index)
        if not isinstance(widget, TicketEditor):
            return False
        if not widget.dirty:
            self._remove(widget)
            return True
        self.setCurrentWidget(widget)
        self.ask_unsaved([widget], lambda: self._remove(widget))
        return False

    def ask_unsaved(self, editors: list[TicketEditor], done: Callable[[], None],
                    cancellable: bool = True) -> QMessageBox:
        """Ask Save / Discard (/ Cancel) for ``editors``; ``done`` runs once the edits
        are saved or discarded (not after Cancel, nor when a save was refused)."""
        if len(editors) == 1:
            record = editors[0].record
            reference = record.reference if record is not None else ""
            text = self.tr("Save the changes to ticket %1?").replace("%1", reference)
        else:
            text = self.tr("Save the changes to %n open ticket(s)?", "", len(editors))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("unsavedChanges")
        box.setInformativeText(self.tr(
            "Edited fields are saved and typed entries are added. If you discard them, "
            "they are lost."))
        save = box.addButton(QMessageBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setText(self.tr("&Discard"))
        if cancellable:
            box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            # compared as buttons: standardButton() hands back a plain int here
            if button is save:
                if self.save_editors(editors):
                    done()
            elif button is discard:
                for editor in editors:
                    editor.discard_entry()
                    editor.revert()
                done()

        box.buttonClicked.connect(answered)
        box.finished.connect(self._box_closed)
        self.close_box = box
        box.open()
        return box

    def _box_closed(self, _result: int) -> None:
        self.close_box = None

    def save_editors(self, editors: list[TicketEditor]) -> bool:
        """Save fields and add typed entries; False (showing the refused tab) when a
        rule refuses one."""
        for editor in editors:
            ok = True
            if editor.has_field_changes():
                ok = editor.save()
            if ok and editor.entry_edit.toPlainText().strip():
                ok = editor.add_entry()
            if not ok:
                self.setCurrentWidget(editor)
                return False
        return True

    def _remove(self, editor: TicketEditor) -> None:
        index = self.indexOf(editor)
        if index >= 0:
            self.removeTab(index)
        editor.deleteLater()
        self.count_changed.emit(self.count())

    def close_all(self) -> None:
        """Close every tab without asking (after the edits were dealt with)."""
        for editor in self.editors():
            self._remove(editor)

    # -- after a sync ----------------------------------------------------------------------
    def refresh_all(self) -> None:
        """Reload every open ticket, keeping unsaved edits on top."""
        for editor in self.editors():
            editor.reload(keep_edits=True)
