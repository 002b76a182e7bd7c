"""The side panels of the main window: customer, knowledge and call script, wired to
the ticket the agent is looking at.

``install(window)`` puts the panels into the window's "Customer", "Knowledge" and
"Call script" docks, follows the window's ``ticket_shown`` signal (a ticket id, or None), and
connects what one panel asks of another: a script step that names articles shows them
in the knowledge panel; a script that ends in an escalation opens the escalation
dialog with the hand-over prefilled.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QWidget
from sqlalchemy import select

from desktop.app import queries
from desktop.app.dialer import dialer_for
from desktop.app.kb_actions import KnowledgeActions
from desktop.app.kb_search import KnowledgeSearch
from desktop.domain.roles import Role, at_least
from desktop.models import Ticket
from desktop.ui.customer_panel import CustomerPanel
from desktop.ui.knowledge_panel import KnowledgePanel
from desktop.ui.screen_pop import ScreenPop
from desktop.ui.script_editor import ScriptEditor
from desktop.ui.script_panel import ScriptPanel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("agentdesk.ui.panels")


class SidePanels(QObject):
    """Owns the knowledge and script panels of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.search = KnowledgeSearch.for_database(window.db)
        # The sync service's worker: one background thread for the window's jobs (a
        # search queued behind a running sync waits for it; the sync is incremental).
        self.knowledge = KnowledgePanel(self.search, window.sync.tasks, window)
        self.knowledge.setObjectName("knowledgePanel")
        # feedback, links, solution into the note, versions, editing (issue 6)
        self.knowledge.set_actions(KnowledgeActions(window.db, window.sync.edit,
                                                    window.sync.writer))
        context = window.view_context
        self.knowledge.set_user(context.user_id, context.role, context.level)
        self.knowledge.note_inserter = self._insert_into_note
        self.knowledge.ticket_open_requested.connect(self._open_ticket)
        window.knowledge_dock.setWidget(_scrolling(self.knowledge))
        self.script = ScriptPanel(window.db, window.sync, window)
        window.script_dock.setWidget(_scrolling(self.script))
        self.customer = CustomerPanel(
            window.db, window.sync.edit, window, remote=self._remote,
            role=window.view_context.role,
            dialer=dialer_for(window.settings, window.db, window.user, window.sync.tasks, self))
        self.customer.server_changed.connect(window.sync.sync_now)
        window.customer_dock.setWidget(self.customer)
        # Save and cancel work while the focus is in the panel (Esc elsewhere goes
        # back to the list); editing starts from anywhere in the window.
        window.addAction(self.customer.edit_action)
        self.customer.ticket_open_requested.connect(self._open_ticket)

        self.script.articles_requested.connect(self._show_articles)
        self.script.escalation_proposed.connect(self._propose_escalation)
        self.script.finished.connect(lambda _outcome: window.refresh_after_sync())
        window.ticket_shown.connect(self.follow_ticket)
        window.closed.connect(self.close)
        window.sync.sync_finished.connect(self._after_sync)
        window.sync.call_event.connect(self.show_call)
        self.screen_pops: dict[str, ScreenPop] = {}

        self.find_action = QAction(
            QCoreApplication.translate("MainWindow", "Search &knowledge"), window
        )
        self.find_action.setShortcut(QKeySequence("Ctrl+K"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_knowledge)
        window.addAction(self.find_action)
        self.script_action = QAction(
            QCoreApplication.translate("MainWindow", "Call &script"), window
        )
        self.script_action.setShortcut(QKeySequence("Ctrl+J"))
        self.script_action.triggered.connect(self.focus_script)
        window.addAction(self.script_action)
        # Supervisors and admins write call scripts (the server refuses everyone else).
        self.script_editors: list[ScriptEditor] = []
        self.edit_scripts_action = QAction(
            QCoreApplication.translate("MainWindow", "&Edit call scripts…"), window
        )
        self.edit_scripts_action.setObjectName("editScripts")
        self.edit_scripts_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.edit_scripts_action.triggered.connect(self.open_script_editor)
        may_author = at_least(window.view_context.role, Role.SUPERVISOR)
        self.edit_scripts_action.setVisible(may_author)
        self.edit_scripts_action.setEnabled(may_author)
        window.addAction(self.edit_scripts_action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.edit_scripts_action)
        self._closed = False

    def _remote(self, job: Any, on_done: Any, on_error: Any) -> None:
        """Run ``job(server_client)`` on the sync worker (customer merge/export/erase)."""
        engine = self.window.sync.engine
        self.window.sync.tasks.run_in_worker(lambda: job(engine.client), on_done, on_error)

    def open_script_editor(self) -> ScriptEditor | None:
        if not self.edit_scripts_action.isEnabled():
            return None
        editor = ScriptEditor(self.window.db, self.window.sync, parent=self.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget_editor(e))
        self.script_editors.append(editor)
        editor.show()
        return editor

    def _forget_editor(self, editor: ScriptEditor) -> None:
        if editor in self.script_editors:
            self.script_editors.remove(editor)

    def follow_ticket(self, ticket_id: str | None) -> None:
        self.knowledge.set_ticket(ticket_id)
        if ticket_id is None:
            self.knowledge.clear_suggestions()
            self.script.show_for_ticket(None)
            self.customer.show_customer(None)
            return
        detail = queries.ticket_detail(self.window.db, ticket_id)
        if detail is None:
            return
        self.knowledge.suggest_for(detail.title, detail.description)
        self.script.show_for_ticket(ticket_id)
        self.customer.show_customer(self._customer_of(ticket_id))

    def show_call(self, event: dict[str, Any]) -> ScreenPop | None:
        """The screen pop of a call: one window per call id, updated by later events
        (answered, hung up) of the same call."""
        call_id = str(event.get("call_id", ""))
        pop = self.screen_pops.get(call_id)
        if pop is not None:
            pop.update_call(event)
            return pop
        pop = ScreenPop(event, parent=self.window)
        self.screen_pops[call_id] = pop
        pop.customer_chosen.connect(self._open_customer)
        pop.new_customer_requested.connect(self._new_customer)
        pop.finished.connect(lambda _code, key=call_id: self.screen_pops.pop(key, None))
        pop.show()
        pop.raise_()
        return pop

    def _open_customer(self, customer_id: str) -> None:
        self.window.customer_dock.show()
        self.window.customer_dock.raise_()
        self.customer.show_customer(customer_id)

    def _new_customer(self, fields: dict[str, Any]) -> None:
        self.window.customer_dock.show()
        self.window.customer_dock.raise_()
        # everything typed into the pop goes over; the agent completes and saves it
        self.customer.start_new(
            None,
            str(fields.get("phone") or ""),
            str(fields.get("first_name") or ""),
            str(fields.get("last_name") or ""),
            str(fields.get("email") or ""),
        )

    def _customer_of(self, ticket_id: str) -> str | None:
        engine = self.window.db.engine
        if engine is None:
            return None
        with engine.connect() as conn:
            value = conn.execute(
                select(Ticket.customer_id).where(Ticket.id == ticket_id)
            ).scalar_one_or_none()
        return str(value) if value else None

    def _after_sync(self, _result: object) -> None:
        self.knowledge.refresh()
        self.knowledge.check_refusals()
        self.customer.reload()

    def _open_ticket(self, ticket_id: str) -> None:
        workflow = getattr(self.window, "ticket_workflow", None)
        if workflow is not None:
            workflow.open_ticket(ticket_id)
        else:
            self.window.show_ticket(ticket_id)

    def focus_knowledge(self) -> None:
        self.window.knowledge_dock.show()
        self.window.knowledge_dock.raise_()
        self.knowledge.focus_search()

    def focus_script(self) -> None:
        self.window.script_dock.show()
        self.window.script_dock.raise_()
        self.script.setFocus()

    def _show_articles(self, article_ids: list[str]) -> None:
        if article_ids:
            self.window.knowledge_dock.show()
            self.window.knowledge_dock.raise_()
            self.knowledge.show_articles(article_ids, open_first=True)

    def _insert_into_note(self, ticket_id: str, text: str) -> bool:
        """The knowledge panel's "insert solution": into the ticket's note composer."""
        workflow = getattr(self.window, "ticket_workflow", None)
        if workflow is None:
            return False
        editor = workflow.open_ticket(ticket_id)
        editor.insert_note_text(text)
        return True

    def _propose_escalation(self, proposal: dict[str, Any]) -> None:
        workflow = getattr(self.window, "ticket_workflow", None)
        if workflow is None:
            return
        prefill = {k: str(v) for k, v in proposal.items() if isinstance(v, str)}
        workflow.escalate_current(None, prefill)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.search.close()
        except Exception as exc:  # closing must never keep the window from closing
            log.warning("closing the knowledge index: %s", exc)


def _scrolling(panel: QWidget) -> QScrollArea:
    """The panel in a frameless scroll area, so that its tab group in the right column
    (customer, knowledge, script) can be made low enough to leave the ticket most of
    the height: a tab group is never lower than its tallest member's minimum."""
    area = QScrollArea()
    area.setObjectName(panel.objectName() + "Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(panel)
    return area


def install(window: MainWindow) -> SidePanels:
    panels = SidePanels(window)
    window.side_panels = panels
    return panels
