"""The ticket workflow in the main window: tabs, actions, menus, shortcuts.

``install(window)`` wires everything into an existing ``MainWindow`` without changing
it:

- the "Ticket" dock (right of the list, which stays visible) now holds the ticket
  tabs: selecting a row shows that ticket in the preview tab, Enter or a double-click
  keeps it open in a tab of its own and puts the keyboard there (Esc goes back to the
  list);
- a "Ticket" menu with the actions and their shortcuts (new ticket Ctrl+N, save
  Ctrl+S, close tab Ctrl+W, take Ctrl+T, escalate Ctrl+E, run macro Ctrl+M, ...), also
  listed in the window's keyboard-shortcut overview (F1);
- macros with a shortcut of their own run on the current ticket;
- after a sync the open tickets reload (unsaved edits stay on top); after a local
  write the list and the queue counts refresh at once, also offline;
- closing the window with unsaved edits asks first (Save / Discard / Cancel).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStackedWidget, QWidget

from desktop.app import tickets as svc
from desktop.sync.replica import SyncResult
from desktop.ui import labels
from desktop.ui.escalate_dialog import EscalateDialog, HandBackDialog
from desktop.ui.macro_dialog import MacroManagerDialog, PickerDialog, macro_items
from desktop.ui.new_ticket_dialog import NewTicketDialog
from desktop.ui.ticket_editor import TicketContext, TicketEditor, ticket_error_text
from desktop.ui.ticket_tabs import TicketTabs
from desktop.ui.widgets import EmptyState, native

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("agentdesk.ui.workflow")

STATUS_MESSAGE_MS = 8000


def agent_of(window: MainWindow) -> svc.Agent:
    """The signed-in agent (the offline window knows them from the last sign-in)."""
    user = dict(window.user or {})
    if "id" not in user:
        engine_user = getattr(window.sync.engine, "user", None) or {}
        user = {**engine_user, **user}
    if "id" not in user:
        writer = window.sync.writer()
        user["id"] = writer.user_id if writer is not None else ""
    return svc.Agent.from_user(user)


class TicketWorkflow(QObject):
    """Everything an agent does with one ticket, in the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = TicketContext(window.db, agent_of(window), window.sync, self)
        self.tabs = TicketTabs(self.ctx)
        self.empty = EmptyState(
            "ticket", self.tr("No ticket open"),
            self.tr("Select a ticket in the list to see it here; Enter opens it for "
                    "editing. %1 creates a new ticket.").replace("%1", native("Ctrl+N")))
        self.workspace = QStackedWidget()
        self.workspace.setObjectName("ticketWorkspace")
        self.workspace.addWidget(self.empty)
        self.workspace.addWidget(self.tabs)
        # The read-only detail view gives way to the tabs (the window still feeds it).
        window.detail.hide()
        window.detail.setParent(self.workspace)
        window.ticket_dock.setWidget(self.workspace)
        self.workspace.setAccessibleName(window.ticket_dock.windowTitle())

        self.dialog: QWidget | None = None
        self.confirm_box: QMessageBox | None = None
        self._close_confirmed = False
        self._signing_out = False
        self._selected_id: str | None = None
        self._quitting = False
        self.macro_actions: list[QAction] = []
        self._build_actions()
        self._build_menu()
        self._wire()
        self.rebuild_macro_shortcuts()
        self._update_actions()

    # -- construction ----------------------------------------------------------------
    def _action(self, text: str, keys: list[str], slot: Callable[[], Any], name: str,
                tip: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(self.tr("&New ticket…"), ["Ctrl+N"], self.new_ticket,
                            "newTicket", self.tr("Create a ticket, for example from a call"))
        self.open_action = a(self.tr("&Open selected ticket"), ["Ctrl+O"],
                             self.open_selected, "openTicket",
                             self.tr("Open the ticket selected in the list in a tab"))
        self.save_action = a(self.tr("&Save"), ["Ctrl+S"], self.save_current, "saveTicket",
                             self.tr("Save the changes to the current ticket"))
        self.revert_action = a(self.tr("Re&vert changes"), ["Ctrl+Alt+Z"],
                               self.revert_current, "revertTicket",
                               self.tr("Discard the unsaved changes to the current ticket"))
        self.close_action = a(self.tr("C&lose tab"), ["Ctrl+W", "Ctrl+F4"],
                              self.tabs.close_current, "closeTicketTab")
        self.next_action = a(self.tr("Next ticket tab"), ["Ctrl+Tab", "Ctrl+PgDown"],
                             self.tabs.next_tab, "nextTicketTab")
        self.previous_action = a(self.tr("Previous ticket tab"),
                                 ["Ctrl+Shift+Tab", "Ctrl+PgUp"], self.tabs.previous_tab,
                                 "previousTicketTab")
        self.focus_action = a(self.tr("Go to the open tic&ket"), ["Ctrl+4"],
                              self.focus_editor, "focusTicket")
        self.take_action = a(self.tr("&Take"), ["Ctrl+T"], self.take_current, "takeTicket",
                             self.tr("Make yourself the owner of the ticket"))
        self.assign_action = a(self.tr("&Assign to…"), ["Ctrl+Shift+A"], self.assign_current,
                               "assignTicket")
        self.release_action = a(self.tr("&Release"), ["Ctrl+Shift+R"], self.release_current,
                                "releaseTicket",
                                self.tr("Put the ticket back into its queue without owner"))
        self.note_action = a(self.tr("A&dd note"), ["Ctrl+Shift+N"],
                             lambda: self.compose("note"), "addNote")
        self.call_action = a(self.tr("Log a &call"), ["Ctrl+Shift+P"],
                             lambda: self.compose("call_log"), "logCall")
        self.message_action = a(self.tr("&Write to the customer"), ["Ctrl+Shift+M"],
                                lambda: self.compose("customer_message"), "writeCustomer")
        self.copy_action = a(self.tr("Cop&y reference"), ["Ctrl+Shift+C"],
                             self.copy_reference, "copyReference")
        self.escalate_action = a(self.tr("&Escalate…"), ["Ctrl+E"], self.escalate_current,
                                 "escalateTicket",
                                 self.tr("Hand the ticket over to the next support level"))
        self.hand_back_action = a(self.tr("&Hand back…"), ["Ctrl+Shift+E"],
                                  self.hand_back_current, "handBackTicket",
                                  self.tr("Hand the ticket back to a lower support level"))
        self.macro_action = a(self.tr("Run &macro…"), ["Ctrl+M"], self.run_macro_picker,
                              "runMacro")
        self.manage_macros_action = a(self.tr("Mana&ge macros…"), [], self.manage_macros,
                                      "manageMacros")
        self.back_action = QAction(self.tr("Back to the list"), self.workspace)
        self.back_action.setObjectName("backToList")
        self.back_action.setShortcut(QKeySequence("Esc"))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(self.window.table.setFocus)
        self.workspace.addAction(self.back_action)
        self.ticket_actions = [
            self.new_action, self.open_action, self.save_action, self.revert_action,
            self.close_action, self.take_action, self.assign_action, self.release_action,
            self.note_action, self.call_action, self.message_action, self.copy_action,
            self.escalate_action, self.hand_back_action, self.macro_action,
            self.manage_macros_action, self.focus_action, self.next_action,
            self.previous_action]

    def _build_menu(self) -> None:
        menu = QMenu(self.tr("&Ticket"), self.window)
        menu.setObjectName("ticketMenu")
        for group in (
            (self.new_action, self.open_action),
            (self.save_action, self.revert_action, self.close_action),
            (self.take_action, self.assign_action, self.release_action),
            (self.note_action, self.call_action, self.message_action, self.copy_action),
            (self.escalate_action, self.hand_back_action),
            (self.macro_action, self.manage_macros_action),
        ):
            for action in group:
                menu.addAction(action)
            menu.addSeparator()
        self.menu = menu
        self.window.menuBar().insertMenu(self.window.view_menu.menuAction(), menu)
        # View: "Go to the open ticket" (Ctrl+4) after "Go to ..." Ctrl+1 to Ctrl+3.
        view = self.window.view_menu
        entries = view.actions()
        anchor = self.window.focus_filter_action
        after = entries.index(anchor) + 1 if anchor in entries else len(entries)
        before = entries[after] if after < len(entries) else None
        for action in (self.focus_action, self.next_action, self.previous_action):
            if before is not None:
                view.insertAction(before, action)
            else:
                view.addAction(action)
        # The window's shortcut overview (F1) lists these actions too.
        original = self.window.shortcut_rows

        def rows() -> list[tuple[str, str]]:
            return [*original(), *self.shortcut_rows()]

        setattr(self.window, "shortcut_rows", rows)  # noqa: B010 - instance override

    def _wire(self) -> None:
        window = self.window
        window.table.selectionModel().selectionChanged.connect(self._selection_changed)
        window.table.activated.connect(self._row_activated)
        # also where the style activates on a single click only (double-click opens)
        window.table.doubleClicked.connect(self._row_activated)
        window.sync.sync_finished.connect(self._sync_finished)
        window.sign_out_requested.connect(self._sign_out_requested)
        self.ctx.records_changed.connect(self._records_changed)
        self.tabs.count_changed.connect(self._tabs_counted)
        self.tabs.current_ticket_changed.connect(lambda _id: self._update_actions())
        self.tabs.message.connect(self.show_message)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._about_to_quit)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in [*self.ticket_actions, *self.macro_actions]:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if not k.isEmpty())
            if keys:
                rows.append((action.text().replace("&", "").rstrip("…"), keys))
        return rows

    # -- state -----------------------------------------------------------------------
    def current_editor(self) -> TicketEditor | None:
        return self.tabs.current_editor()

    def current_record(self) -> svc.TicketRecord | None:
        editor = self.current_editor()
        return editor.record if editor is not None else None

    def _tabs_counted(self, count: int) -> None:
        self.workspace.setCurrentWidget(self.tabs if count else self.empty)
        self._update_actions()

    def _update_actions(self) -> None:
        editor = self.current_editor()
        record = editor.record if editor is not None else None
        has = record is not None
        for action in (self.take_action, self.assign_action, self.release_action,
                       self.note_action, self.call_action, self.message_action,
                       self.copy_action, self.macro_action, self.save_action,
                       self.revert_action):
            action.setEnabled(has)
        self.escalate_action.setEnabled(has and record is not None and record.level < 3)
        self.hand_back_action.setEnabled(has and record is not None and record.level > 1)
        self.close_action.setEnabled(self.tabs.count() > 0)
        for action in self.macro_actions:
            action.setEnabled(has)

    def show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    # -- the list --------------------------------------------------------------------
    def _selected_ticket(self) -> str | None:
        rows = self.window.table.selectionModel().selectedRows()
        return self.window.ticket_model.ticket_id(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                           ) -> None:
        ticket_id = self._selected_ticket()
        # A list reset selects the same row again: that is no reason to show it again
        # (the agent may just have closed its tab).
        if ticket_id is not None and ticket_id != self._selected_id:
            self.tabs.preview(ticket_id)
        self._selected_id = ticket_id

    def _row_activated(self, index: QModelIndex) -> None:
        ticket_id = self.window.ticket_model.ticket_id(index.row())
        if ticket_id is not None:
            self.open_ticket(ticket_id)

    def open_selected(self) -> None:
        ticket_id = self._selected_ticket()
        if ticket_id is not None:
            self.open_ticket(ticket_id)

    def open_ticket(self, ticket_id: str, focus: bool = True) -> TicketEditor:
        self.window.ticket_dock.show()
        self.window.ticket_dock.raise_()
        editor = self.tabs.open_ticket(ticket_id, focus=focus)
        self._update_actions()
        return editor

    def focus_editor(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.window.ticket_dock.show()
            self.window.ticket_dock.raise_()
            editor.focus_first_field()

    # -- after writes and syncs ----------------------------------------------------------
    def _records_changed(self) -> None:
        """A local write: the list and the queue counts show it now, also offline."""
        self.window.refresh_after_sync()
        self._update_actions()

    def _sync_finished(self, result: SyncResult) -> None:
        pushed = getattr(result.pushed, "sent", 0)
        if result.rows or result.tombstones or pushed:
            self.ctx.forget_names()
            self.tabs.refresh_all()
            if result.entities.get("macros"):
                self.rebuild_macro_shortcuts()
            self._update_actions()

    # -- actions on the current ticket -------------------------------------------------
    def _run(self, change: Callable[[], Any], done: str) -> bool:
        editor = self.current_editor()
        try:
            change()
        except (svc.TicketError, RuntimeError) as exc:
            if editor is not None:
                editor.show_error(exc)
            else:
                self.show_message(ticket_error_text(exc) if isinstance(exc, svc.TicketError)
                                  else str(exc))
            return False
        if editor is not None:
            editor.reload(keep_edits=True)
        self.show_message(done)
        self._update_actions()
        return True

    def save_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.save()
            self._update_actions()

    def revert_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.revert()

    def take_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self._run(lambda: self.ctx.write(lambda w: svc.take(w, self.ctx.agent,
                                                                record.id)),
                      self.tr("You took ticket %1.").replace("%1", record.reference))

    def release_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self._run(lambda: self.ctx.write(lambda w: svc.release(w, record.id)),
                      self.tr("Ticket %1 is back in its queue.").replace(
                          "%1", record.reference))

    def assign_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        items = [(f"{u.name} · {labels.level_label(u.level)}" if u.level else u.name, u.id)
                 for u in self.ctx.users()]
        dialog = PickerDialog(self.tr("Assign %1 to").replace("%1", record.reference), items,
                              self.tr("Type a name"), self.tr("Nobody to assign to yet."),
                              self.window)
        dialog.setObjectName("assignDialog")

        def chosen() -> None:
            user_id = dialog.chosen()
            if user_id is None:
                return
            name = self.ctx.user_name(user_id)
            self._run(lambda: self.ctx.write(lambda w: svc.assign(w, record.id, user_id)),
                      self.tr("Ticket %1 assigned to %2.").replace(
                          "%1", record.reference).replace("%2", name))

        self._open(dialog, chosen)

    def compose(self, kind: str) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.window.ticket_dock.show()
            self.window.ticket_dock.raise_()
            editor.pinned = True
            self.tabs.open_ticket(editor.ticket_id, focus=False)
            editor.focus_composer(kind)

    def copy_reference(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.copy_reference()

    def escalate_current(self, target_queue_id: str | None = None,
                         prefill: dict[str, str] | None = None) -> EscalateDialog | None:
        record = self.current_record()
        if record is None:
            return None
        dialog = EscalateDialog(self.ctx, record, prefill, target_queue_id, self.window)
        self._open(dialog, lambda: self._moved(record, self.tr(
            "Ticket %1 escalated.").replace("%1", record.reference)))
        return dialog

    def hand_back_current(self) -> HandBackDialog | None:
        record = self.current_record()
        if record is None:
            return None
        dialog = HandBackDialog(self.ctx, record, self.window)
        self._open(dialog, lambda: self._moved(record, self.tr(
            "Ticket %1 handed back.").replace("%1", record.reference)))
        return dialog

    def _moved(self, record: svc.TicketRecord, text: str) -> None:
        editor = self.tabs.editor_for(record.id)
        if editor is not None:  # the queue and owner are the hand-over's now
            editor.reload(keep_edits=True, drop=("queue_id", "owner_id"))
        self.show_message(text)
        self._update_actions()

    def _open(self, dialog: Any, accepted: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        # back to where the agent was (the window system usually does this; not all do)
        self.window.activateWindow()

    # -- new ticket ------------------------------------------------------------------------
    def new_ticket(self, caller: svc.CustomerHit | None = None) -> NewTicketDialog:
        dialog = NewTicketDialog(self.ctx, caller, self.window)

        def created() -> None:
            if dialog.ticket_id is None:
                return
            self.open_ticket(dialog.ticket_id, focus=False)
            editor = self.tabs.editor_for(dialog.ticket_id)
            if editor is not None:
                editor.focus_composer("call_log")
            self.show_message(self.tr("Ticket %1 created.").replace("%1", dialog.reference))

        self._open(dialog, created)
        return dialog

    # -- macros ----------------------------------------------------------------------------
    def run_macro_picker(self) -> PickerDialog | None:
        record = self.current_record()
        if record is None:
            return None
        macros = svc.list_macros(self.ctx.db, self.ctx.agent)
        dialog = PickerDialog(self.tr("Run a macro on %1").replace("%1", record.reference),
                              macro_items(macros), self.tr("Type part of the name"),
                              self.tr("No macros yet. Create one under Ticket → Manage "
                                      "macros."), self.window)
        dialog.setObjectName("macroPicker")
        def chosen() -> None:
            if dialog.chosen():
                self.run_macro(str(dialog.chosen()))

        self._open(dialog, chosen)
        return dialog

    def run_macro(self, macro_id: str) -> svc.MacroOutcome | None:
        record = self.current_record()
        macro = svc.load_macro(self.ctx.db, macro_id)
        if record is None or macro is None:
            return None
        outcome: list[svc.MacroOutcome] = []
        ok = self._run(lambda: outcome.append(self.ctx.write(
            lambda w: svc.run_macro(w, self.ctx.agent, record.id, macro_id))),
            self.tr("Macro “%1” applied to %2.").replace("%1", macro.name).replace(
                "%2", record.reference))
        if not ok:
            return None
        result = outcome[0]
        if result.skipped:
            log.info("macro %s: actions this client does not know: %s", macro.name,
                     ", ".join(result.skipped))
        if result.escalate_to:
            self.escalate_current(result.escalate_to, result.handover_prefill)
        return result

    def manage_macros(self) -> MacroManagerDialog:
        dialog = MacroManagerDialog(self.ctx, self.shortcut_taken, self.window)
        self._open(dialog, lambda: None)
        dialog.finished.connect(lambda _r: self.rebuild_macro_shortcuts())
        return dialog

    def shortcut_taken(self, keys: str) -> bool:
        """Whether a fixed action of the window already uses ``keys``."""
        wanted = QKeySequence(keys)
        macro_actions = set(self.macro_actions)
        return any(k == wanted for act in self.window.actions() if act not in macro_actions
                   for k in act.shortcuts())

    def rebuild_macro_shortcuts(self) -> None:
        for action in self.macro_actions:
            self.window.removeAction(action)
            action.deleteLater()
        self.macro_actions = []
        try:
            macros = svc.list_macros(self.ctx.db, self.ctx.agent)
        except Exception as exc:  # the window must open even if macros are unreadable
            log.error("cannot read the macros: %s", exc)
            return
        for keys, macro in svc.macro_shortcuts(macros).items():
            if not QKeySequence(keys).toString() or self.shortcut_taken(keys):
                log.info("macro %s: shortcut %s is taken or invalid", macro.name, keys)
                continue
            action = QAction(macro.name, self.window)
            action.setObjectName(f"macro_{macro.id}")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _c=False, m=macro.id: self.run_macro(m))
            self.window.addAction(action)
            self.macro_actions.append(action)
        self._update_actions()

    # -- closing with unsaved edits --------------------------------------------------------
    def has_unsaved(self) -> bool:
        return self.tabs.has_unsaved()

    def _sign_out_requested(self) -> None:
        """Signing out closes the window right after this: save or discard now."""
        editors = self.tabs.unsaved_editors()
        self._signing_out = True
        if not editors:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save your changes before signing out?"),
                          QMessageBox.StandardButton.Save
                          | QMessageBox.StandardButton.Discard, self.window)
        box.setObjectName("signOutUnsaved")
        if box.exec() == QMessageBox.StandardButton.Save:
            self.tabs.save_editors(editors)
        self._close_confirmed = True

    def _about_to_quit(self) -> None:
        """The application ends without the window's close (the session ends, SIGTERM):
        nobody can be asked, so keep what can be kept rather than lose it."""
        self._quitting = True
        editors = self.tabs.unsaved_editors()
        if editors:
            log.warning("quitting with unsaved edits in %d ticket(s): saving them",
                        len(editors))
            for editor in editors:
                self.tabs.save_editors([editor])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Close
                and not self._close_confirmed and not self._quitting
                and self.tabs.has_unsaved()):
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self.confirm_close()
            return True
        return super().eventFilter(watched, event)

    def confirm_close(self) -> None:
        """Ask about the unsaved edits; close the window once they are dealt with."""
        editors = self.tabs.unsaved_editors()
        if not editors:
            return
        self.window.ticket_dock.show()
        self.window.ticket_dock.raise_()

        def proceed() -> None:
            self._close_confirmed = True
            self.window.close()

        self.confirm_box = self.tabs.ask_unsaved(editors, proceed)
        self.confirm_box.finished.connect(self._confirm_closed)

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None


def install(window: MainWindow) -> TicketWorkflow:
    """Put the ticket workflow into ``window``; the returned object owns its parts."""
    workflow = TicketWorkflow(window)
    window.ticket_workflow = workflow  # type: ignore[attr-defined]
    return workflow
