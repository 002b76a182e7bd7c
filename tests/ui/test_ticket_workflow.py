"""The ticket workflow in the real main window, offline, driven by the keyboard:
create a ticket, open tickets in tabs, escalate with and without a hand-over note,
unsaved-edit protection, macros.

The window works on a real local database (``fill_local``) with the server away
(``http://127.0.0.1:1``): every change goes through the real write path into the
outbox, which is what an agent gets during an outage. Keys go to whatever widget has
the focus (``press``/``type_text``), so the tab order is tested too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.app import tickets as svc
from desktop.app.i18n import install_translators, remove_translators
from desktop.app.sync_service import SyncService
from desktop.app.tasks import TaskManager
from desktop.models import SYNCED_TABLES
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.ui.escalate_dialog import EscalateDialog
from desktop.ui.macro_dialog import PickerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.new_ticket_dialog import NewTicketDialog
from desktop.ui.ticket_editor import TicketEditor
from desktop.ui.ticket_workflow import TicketWorkflow
from tests.ui.conftest import fill_local, make_settings

USER = {"id": "user-1", "username": "anna.schmidt", "display_name": "Anna Schmidt",
        "role": "agent", "level": 1, "language": "de"}
TOM = {"id": "user-2", "username": "tom.berger", "display_name": "Tom Berger",
       "role": "agent", "level": 2}
L1_TICKET = "00000000-0000-4000-8000-000000000000"  # T-2026-004711, level 1, "new"
WAIT = 5000
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def window(qtbot, tmp_path, local_db: LocalDatabase, tasks: TaskManager,
           english) -> Iterator[MainWindow]:
    fill_local(local_db, 30)
    assert local_db.engine is not None
    with local_db.engine.begin() as conn:
        conn.execute(SYNCED_TABLES["users"].insert(), TOM)
        conn.execute(SYNCED_TABLES["macros"].insert(), {
            "id": "macro-callback", "name": "Callback agreed", "owner_id": TOM["id"],
            "shared": True, "shortcut": "Ctrl+Alt+R", "actions": json.dumps([
                {"type": "add_note", "template": "Callback agreed with {customer.salutation} "
                                                 "{customer.last_name} ({ticket.reference})"
                                                 " - {agent.name}"},
                {"type": "set_status", "status": "pending"}])})
    settings = make_settings("http://127.0.0.1:1", tmp_path / "client")
    engine = SyncEngine(settings, local_db)
    engine.user = dict(USER)  # signed in before; the server is away now
    sync = SyncService(engine, 3600, tasks)
    main = MainWindow(settings, local_db, sync, dict(USER), offline=True)  # installs it
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitActive(main):
        main.activateWindow()
    yield main
    sync.shutdown()
    engine.close()


def workflow(window: MainWindow) -> TicketWorkflow:
    wf = window.ticket_workflow  # type: ignore[attr-defined]
    assert isinstance(wf, TicketWorkflow)
    return wf


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def outbox(db: LocalDatabase) -> list[dict[str, Any]]:
    assert db.engine is not None
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT entity, op, entity_id, fields FROM outbox ORDER BY seq").all()
    return [{"entity": e, "op": o, "entity_id": i, "fields": json.loads(f)}
            for e, o, i, f in rows]


def ticket(db: LocalDatabase, ticket_id: str) -> dict[str, Any]:
    record = svc.load_ticket(db, ticket_id)
    assert record is not None
    return {"level": record.level, "queue_id": record.queue_id, "owner_id": record.owner_id,
            "title": record.title, "status": record.status, "record": record}


def open_by_keyboard(qtbot, window: MainWindow, ticket_id: str) -> TicketEditor:
    row = window.ticket_model.row_of(ticket_id)
    assert row is not None
    window.table.setFocus()
    window.select_ticket_row(row)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    editor = workflow(window).tabs.current_editor()
    assert editor is not None and editor.ticket_id == ticket_id
    return editor


def current(window: MainWindow) -> TicketEditor:
    editor = workflow(window).tabs.current_editor()
    assert editor is not None, "no ticket tab is open"
    return editor


def answer(qtbot, holder: Any, attribute: str, button: QMessageBox.StandardButton) -> None:
    """Wait for the question ``holder.<attribute>`` and press ``button`` on it."""
    qtbot.waitUntil(lambda: getattr(holder, attribute) is not None
                    and getattr(holder, attribute).isVisible(), timeout=WAIT)
    box: QMessageBox = getattr(holder, attribute)
    box.button(button).click()


def back_in(qtbot, window: MainWindow) -> None:
    """After a dialog: the window is active again, with the focus where it was."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window
                    and QApplication.focusWidget() is not None, timeout=WAIT)


def wait_dialog(qtbot, window: MainWindow, kind: type) -> Any:
    wf = workflow(window)

    def ready() -> bool:
        focus, dialog = QApplication.focusWidget(), wf.dialog
        return (dialog is not None and isinstance(dialog, kind) and dialog.isVisible()
                and QApplication.activeWindow() is dialog and focus is not None
                and focus.window() is dialog)

    qtbot.waitUntil(ready, timeout=WAIT)
    return wf.dialog


# -- creating ---------------------------------------------------------------------------
def test_create_a_ticket_by_keyboard_only(qtbot, window) -> None:
    wf = workflow(window)
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Ctrl)
    dialog: NewTicketDialog = wait_dialog(qtbot, window, NewTicketDialog)
    reference = dialog.reference_label.text()
    assert reference == dialog.reference and reference.startswith("T-")  # before saving
    assert focused() is dialog.customer_field

    type_text(qtbot, "Schnei")  # the completer offers Monika Schneider
    popup = dialog.customer_field.completer_.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert dialog.customer_field.hits_model.rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer_field.customer_id == "cust-1", timeout=WAIT)
    assert dialog.customer_hint.isHidden()
    assert dialog.isVisible()  # Enter chose the customer, it did not create yet

    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT)
    # The offscreen platform leaves the closed popup the active window (a window system
    # gives activation back to the dialog), and Tab moves the focus only in an active one.
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.title_edit
    type_text(qtbot, "Drucker druckt nur leere Seiten")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Seit dem Tonerwechsel.")
    press(qtbot, Qt.Key.Key_Tab)  # category
    type_text(qtbot, "Drucker")
    press(qtbot, Qt.Key.Key_Tab)  # impact: the highest
    assert focused() is dialog.impact_combo
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Tab)  # urgency: one up from "3"
    assert focused() is dialog.urgency_combo
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.priority_chip.text() == "P2 · High"  # ceil((1 + 2) / 2), live
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)

    new_id = dialog.ticket_id
    assert new_id is not None
    row = ticket(window.db, new_id)
    record = row["record"]
    assert record.reference == reference
    assert (record.title, record.description, record.category) == (
        "Drucker druckt nur leere Seiten", "Seit dem Tonerwechsel.", "Drucker")
    assert (record.impact, record.urgency, record.priority) == (1, 2, 2)
    assert record.customer_id == "cust-1" and record.owner_id == USER["id"]
    assert record.level == 1 and record.status == "new"
    assert [(e["entity"], e["op"]) for e in outbox(window.db)] == [("tickets", "create")]
    # it opens in a tab, ready for the call log, and the list shows it at once
    editor = wf.tabs.current_editor()
    assert editor is not None and editor.ticket_id == new_id
    assert editor.entry_kind() == "call_log"
    assert window.ticket_model.row_of(new_id) is not None
    assert reference in window.statusBar().currentMessage()


def test_new_ticket_needs_a_title(qtbot, window) -> None:
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Ctrl)
    dialog: NewTicketDialog = wait_dialog(qtbot, window, NewTicketDialog)
    assert dialog.customer_hint.isVisible()  # optional, but said
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.title_edit
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.title_error.isVisible()
    assert dialog.title_error.text() == "Please enter a title."
    assert focused() is dialog.title_edit
    assert outbox(window.db) == []
    type_text(qtbot, "x")
    assert dialog.title_error.isHidden()


# -- escalation -----------------------------------------------------------------------------
def test_escalate_without_and_with_hand_over_note(qtbot, window) -> None:
    editor = open_by_keyboard(qtbot, window, L1_TICKET)
    assert workflow(window).escalate_action.isEnabled()
    assert not workflow(window).hand_back_action.isEnabled()  # level 1: nothing below
    press(qtbot, Qt.Key.Key_E, Ctrl)
    dialog: EscalateDialog = wait_dialog(qtbot, window, EscalateDialog)
    assert [dialog.target_combo.itemText(i) for i in range(dialog.target_combo.count())] == [
        "Anwendungen", "Netzwerk & VPN"]  # the level 2 queues

    # without a note: inline messages, nothing written
    type_text(qtbot, "Neustart")  # only "what was tried"
    press(qtbot, Qt.Key.Key_Return, Ctrl)
    assert dialog.isVisible()
    errors = {str(p): e for p, e in dialog.part_errors.items()}
    assert errors["tried"].isHidden()
    assert errors["findings"].text() == "Please describe what was found."
    assert errors["customer_told"].text() == "Please note what the customer was told."
    assert focused() is dialog.parts[list(dialog.parts)[1]]  # the first empty part
    assert outbox(window.db) == []
    assert ticket(window.db, L1_TICKET)["level"] == 1

    # with the note: the hand-over entry and the move, locally
    type_text(qtbot, "Treiber veraltet")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Rueckruf durch den 2nd Level")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return, Ctrl)
    row = ticket(window.db, L1_TICKET)
    assert (row["level"], row["queue_id"], row["owner_id"]) == (2, "q-l2-apps", None)
    append, move = outbox(window.db)
    assert (append["entity"], append["op"]) == ("ticket_entries", "append")
    data = json.loads(append["fields"]["data"])
    assert (data["tried"], data["findings"], data["customer_told"]) == (
        "Neustart", "Treiber veraltet", "Rueckruf durch den 2nd Level")
    assert (move["entity"], move["fields"]["level"]) == ("tickets", 2)
    # the editor shows the new level and the hand-over on its timeline
    assert editor.level_label.text() == "Level 2"
    assert "Escalation" in editor.timeline.toPlainText()
    assert "Treiber veraltet" in editor.timeline.toPlainText()
    assert workflow(window).hand_back_action.isEnabled()
    assert "escalated" in window.statusBar().currentMessage()


def test_escalation_prefilled_from_a_call_script(qtbot, window) -> None:
    open_by_keyboard(qtbot, window, L1_TICKET)
    dialog = workflow(window).escalate_current(
        "q-l2-network", {"tried": "Kabel getauscht", "told_customer": "Rueckruf heute"})
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    assert dialog.target_combo.currentData() == "q-l2-network"
    texts = {str(k): v for k, v in dialog.texts().items()}
    assert texts == {"tried": "Kabel getauscht", "findings": "",
                     "customer_told": "Rueckruf heute"}
    assert focused() is dialog.parts[list(dialog.parts)[1]]  # straight to what is missing


# -- tabs and unsaved edits ----------------------------------------------------------------------
def test_selection_previews_enter_keeps_tabs_are_reused(qtbot, window) -> None:
    tabs = workflow(window).tabs
    first, second, third = (window.ticket_model.ticket_id(r) for r in range(3))
    window.select_ticket_row(0)
    assert tabs.count() == 1 and not current(window).pinned
    window.select_ticket_row(1)  # the preview follows the selection
    assert tabs.count() == 1 and current(window).ticket_id == second
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # keep it
    assert current(window).pinned
    window.select_ticket_row(2)
    assert tabs.count() == 2 and current(window).ticket_id == third
    assert second is not None
    workflow(window).open_ticket(second)  # already open: reused
    assert tabs.count() == 2 and tabs.currentIndex() == 0
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_Tab, Ctrl)
    assert current(window).ticket_id == third
    press(qtbot, Qt.Key.Key_Backtab, Ctrl | Shift)
    assert current(window).ticket_id == second
    assert first not in [e.ticket_id for e in tabs.editors()]
    press(qtbot, Qt.Key.Key_Escape)  # from the editor back to the list
    press(qtbot, Qt.Key.Key_4, Ctrl)
    assert focused() is current(window).title_edit
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is window.table


def test_close_tab_with_unsaved_edits_asks(qtbot, window) -> None:
    tabs = workflow(window).tabs
    editor = open_by_keyboard(qtbot, window, L1_TICKET)
    original = editor.title_edit.text()
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " (dringend)")
    assert editor.dirty and tabs.tabText(0).startswith("● ")
    assert editor.save_button.isEnabled()

    press(qtbot, Qt.Key.Key_W, Ctrl)  # Cancel keeps everything
    qtbot.waitUntil(lambda: tabs.close_box is not None, timeout=WAIT)
    assert tabs.close_box is not None
    assert tabs.close_box.text() == "Save the changes to ticket T-2026-004711?"
    answer(qtbot, tabs, "close_box", QMessageBox.StandardButton.Cancel)
    assert tabs.count() == 1 and editor.dirty

    press(qtbot, Qt.Key.Key_W, Ctrl)  # Discard closes without writing
    answer(qtbot, tabs, "close_box", QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: tabs.count() == 0, timeout=WAIT)
    assert ticket(window.db, L1_TICKET)["title"] == original
    assert outbox(window.db) == []

    editor = open_by_keyboard(qtbot, window, L1_TICKET)  # Save writes, then closes
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " (dringend)")
    press(qtbot, Qt.Key.Key_W, Ctrl)
    answer(qtbot, tabs, "close_box", QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: tabs.count() == 0, timeout=WAIT)
    assert ticket(window.db, L1_TICKET)["title"] == f"{original} (dringend)"
    assert [e["fields"] for e in outbox(window.db)] == [{"title": f"{original} (dringend)"}]


def test_save_with_ctrl_s_and_refused_status(qtbot, window) -> None:
    editor = open_by_keyboard(qtbot, window, L1_TICKET)
    statuses = [editor.status_combo.itemData(i) for i in range(editor.status_combo.count())]
    assert statuses == ["new", "open", "pending", "resolved"]  # no "closed" from "new"
    editor.status_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # open
    assert editor.dirty
    press(qtbot, Qt.Key.Key_S, Ctrl)
    assert not editor.dirty
    assert ticket(window.db, L1_TICKET)["status"] == "open"
    # a rule refusing the save shows the reason inline and keeps the edit
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_S, Ctrl)
    assert editor.title_error.isVisible()
    assert editor.title_error.text() == "Please enter a title."
    assert editor.dirty


def test_window_close_with_unsaved_edits_asks(qtbot, window) -> None:
    wf = workflow(window)
    editor = open_by_keyboard(qtbot, window, L1_TICKET)
    type_text(qtbot, "x")
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    assert not window.close()
    answer(qtbot, wf, "confirm_box", QMessageBox.StandardButton.Cancel)
    assert window.isVisible() and not closed and editor.dirty

    window.close()
    answer(qtbot, wf, "confirm_box", QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: bool(closed), timeout=WAIT)
    assert not window.isVisible()


def test_entry_composer_adds_with_ctrl_enter(qtbot, window) -> None:
    editor = open_by_keyboard(qtbot, window, L1_TICKET)
    assert editor.record is not None
    before = len(editor.record.entries)
    press(qtbot, Qt.Key.Key_P, Ctrl | Shift)  # log a call
    assert focused() is editor.entry_edit and editor.entry_kind() == "call_log"
    type_text(qtbot, "Kunde informiert, Neustart hilft nicht")
    assert editor.dirty  # typed but not added: protected like a field edit
    press(qtbot, Qt.Key.Key_Return, Ctrl)
    assert not editor.dirty and editor.entry_edit.toPlainText() == ""
    assert editor.record is not None
    assert len(editor.record.entries) == before + 1
    assert editor.record.entries[-1].kind == "call_log"
    assert "Kunde informiert" in editor.timeline.toPlainText()
    press(qtbot, Qt.Key.Key_Return, Ctrl)  # empty: says so, writes nothing
    assert editor.entry_error.text() == "Please write something first."
    assert [e["op"] for e in outbox(window.db)] == ["append"]


# -- assignment and macros ----------------------------------------------------------------------
def test_take_assign_release(qtbot, window) -> None:
    open_by_keyboard(qtbot, window, L1_TICKET)
    press(qtbot, Qt.Key.Key_T, Ctrl)
    assert ticket(window.db, L1_TICKET)["owner_id"] == USER["id"]
    assert ticket(window.db, L1_TICKET)["status"] == "open"  # taking opens a new ticket
    press(qtbot, Qt.Key.Key_A, Ctrl | Shift)
    picker: PickerDialog = wait_dialog(qtbot, window, PickerDialog)
    type_text(qtbot, "tom")
    with qtbot.waitSignal(picker.accepted, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)
    assert ticket(window.db, L1_TICKET)["owner_id"] == TOM["id"]
    back_in(qtbot, window)
    press(qtbot, Qt.Key.Key_R, Ctrl | Shift)
    assert ticket(window.db, L1_TICKET)["owner_id"] is None


def test_macro_by_picker_and_by_its_shortcut(qtbot, window) -> None:
    editor = open_by_keyboard(qtbot, window, L1_TICKET)
    editor.status_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # new -> open, so that "pending" is allowed
    press(qtbot, Qt.Key.Key_S, Ctrl)
    press(qtbot, Qt.Key.Key_M, Ctrl)
    picker: PickerDialog = wait_dialog(qtbot, window, PickerDialog)
    type_text(qtbot, "callb")
    with qtbot.waitSignal(picker.accepted, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)
    record = ticket(window.db, L1_TICKET)["record"]
    assert record.status == "pending"
    assert record.entries[-1].body == ("Callback agreed with Herr Müller (T-2026-004711) - "
                                       "Anna Schmidt")
    assert editor.status_combo.currentData() == "pending"
    # the macro's own shortcut runs it on the current ticket
    shortcut = [a for a in workflow(window).macro_actions if a.text() == "Callback agreed"]
    assert shortcut and shortcut[0].shortcut().toString() == "Ctrl+Alt+R"
    shortcut[0].trigger()
    assert len(ticket(window.db, L1_TICKET)["record"].entries) == len(record.entries) + 1


def test_shortcuts_are_listed_and_unique(window) -> None:
    rows = dict(window.shortcut_rows())
    assert rows["New ticket"] == "Ctrl+N"
    assert rows["Escalate"] == "Ctrl+E"
    assert rows["Run macro"] == "Ctrl+M"
    assert rows["Close tab"] == "Ctrl+W, Ctrl+F4"
    assert rows["Sync now"] == "Ctrl+R, F5"  # the window's own are still there
    keys = [k.toString() for a in window.actions() for k in a.shortcuts() if not k.isEmpty()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
    titles = [window.menuBar().actions()[i].text() for i in range(3)]
    assert titles == ["&File", "&Ticket", "&View"]


# -- through a real server ---------------------------------------------------------------------
class Client:
    """An agent's workstation without a window: its own data folder, engine and writer."""

    def __init__(self, url: str, folder: Any, user: str, password: str) -> None:
        self.db = LocalDatabase(folder).open()
        self.engine = SyncEngine(make_settings(url, folder), self.db)
        self.engine.sign_in(user, password)
        self.engine.sync()
        assert self.engine.user is not None
        self.agent = svc.Agent.from_user(self.engine.user)

    def close(self) -> None:
        self.engine.close()
        self.db.close()


@pytest.fixture
def clients(ui_server, tmp_path) -> Iterator[tuple[Client, Client]]:
    from tests.ui.conftest import AGENT, AGENT_PASSWORD

    anna = Client(ui_server.url, tmp_path / "anna", AGENT, AGENT_PASSWORD)
    tom = Client(ui_server.url, tmp_path / "tom", "tom.berger", "Tee-2026!!")
    yield anna, tom
    anna.close()
    tom.close()


def test_escalation_is_accepted_and_arrives_moved_on_another_client(clients) -> None:
    """End to end: Anna (1st level) escalates offline-first through the ticket services,
    the push delivers the hand-over entry and the local move, Tom (2nd level) pulls.

    Depends on the server's escalation rule (server/rules/ticket_entries.py, engineer
    B): the server moves the ticket when the entry arrives, so the client's own move is
    a no-op there ("both sides agree"), and the server writes the owner/status changes
    onto the timeline.
    """
    anna, tom = clients
    ticket_id = "00000000-0000-4000-8000-000000000001"  # level 1, "new", no owner
    svc.take(anna.engine.writer, anna.agent, ticket_id)
    anna.engine.sync()
    svc.escalate(anna.engine.writer, anna.agent, ticket_id, "q-l2-network",
                 tried="Router neu gestartet", findings="Abbruch nach 10 Minuten",
                 customer_told="Rueckruf durch den 2nd Level")
    local = svc.load_ticket(anna.db, ticket_id)
    assert local is not None and (local.level, local.queue_id) == (2, "q-l2-network")

    result = anna.engine.sync()
    assert result.pushed.sent == 2
    assert (result.pushed.applied, result.pushed.rejected, result.pushed.conflicts) == (
        2, 0, 0)
    assert anna.engine.writer.pending_count() == 0
    assert anna.engine.writer.items("conflict", "rejected", "notice") == []

    tom.engine.sync()
    moved = svc.load_ticket(tom.db, ticket_id)
    assert moved is not None
    assert (moved.level, moved.queue_id, moved.queue_name) == (2, "q-l2-network",
                                                              "Netzwerk & VPN")
    assert (moved.owner_id, moved.escalation_count, moved.status) == (None, 1, "open")
    kinds = [e.kind for e in moved.entries]
    assert "escalation" in kinds
    handover = next(e for e in moved.entries if e.kind == "escalation")
    assert handover.author == "Anna Schmidt"
    assert (handover.data["tried"], handover.data["findings"],
            handover.data["customer_told"]) == ("Router neu gestartet",
                                                "Abbruch nach 10 Minuten",
                                                "Rueckruf durch den 2nd Level")
    assert (handover.data["from_level"], handover.data["to_level"]) == (1, 2)
    # the server's own timeline lines for the owner that was cleared
    changes = [e.data for e in moved.entries if e.kind == "field_change"]
    assert {"field": "owner_id", "old": anna.agent.id, "new": None} in [
        {k: c.get(k) for k in ("field", "old", "new")} for c in changes]
    # and Anna's replica agrees with the server after her pull
    again = svc.load_ticket(anna.db, ticket_id)
    assert again is not None and again.escalation_count == 1 and again.status == "open"


def test_escalation_without_a_note_never_reaches_the_server(clients) -> None:
    anna, tom = clients
    ticket_id = "00000000-0000-4000-8000-000000000001"
    with pytest.raises(svc.TicketError):
        svc.escalate(anna.engine.writer, anna.agent, ticket_id, "q-l2-network",
                     tried="", findings="", customer_told="")
    assert anna.engine.writer.pending_count() == 0
    tom.engine.sync()
    record = svc.load_ticket(tom.db, ticket_id)
    assert record is not None and record.level == 1
