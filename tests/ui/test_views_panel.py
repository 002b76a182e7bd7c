"""Views in the real main window (offscreen): save a custom view and find it again after
the window is closed and reopened, switch views by mouse and keyboard, the column
chooser, the free-text filter, rename and delete.

The window works on a real local database (``tests.test_views.world``); the server is
not reachable (saving is a local write plus an outbox entry, as offline).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from desktop.app import queries, views
from desktop.app.i18n import install_translators, remove_translators
from desktop.app.sync_service import SyncService
from desktop.app.tasks import TaskManager
from desktop.models import OutboxEntry
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter
from desktop.ui.main_window import MainWindow
from desktop.ui.ticket_model import COL_CUSTOMER, COL_OWNER, COL_QUEUE, COLUMN_KEYS
from desktop.ui.views_panel import SaveViewDialog
from tests.test_views import ANNA, NOW, SUSI, fill, world
from tests.ui.conftest import make_settings

USERS = {ctx.user_id: {"id": ctx.user_id, "username": name, "display_name": display,
                       "role": ctx.role, "level": ctx.level, "team_id": ctx.team_id}
         for ctx, name, display in ((ANNA, "anna", "Anna Schmidt"),
                                    (SUSI, "susi", "Susanne Lang"))}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def filled(local_db: LocalDatabase) -> LocalDatabase:
    fill(local_db, world())
    return local_db


def open_window(qtbot: Any, tmp_path: Any, db: LocalDatabase, tasks: TaskManager,
                user_id: str | None = ANNA.user_id) -> MainWindow:
    settings = make_settings("http://127.0.0.1:1", tmp_path / "client")
    engine = SyncEngine(settings, db)
    engine.user = dict(USERS[user_id])  # signed in before, now offline
    sync = SyncService(engine, 3600, tasks)
    window = MainWindow(settings, db, sync, dict(USERS[user_id]), offline=True)
    window.ticket_model.clock = lambda: NOW
    qtbot.addWidget(window)
    window.destroyed.connect(engine.close)
    window.resize(1400, 860)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.show()
        window.activateWindow()
    return window


def shown_refs(window: MainWindow) -> list[str]:
    model = window.ticket_model
    while model.canFetchMore():
        model.fetchMore()
    return [str(model.index(r, 0).data()).removeprefix("T-2026-")
            for r in range(model.rowCount())]


def expected_refs(db: LocalDatabase, definition: views.ViewDefinition) -> list[str]:
    return [r.reference.removeprefix("T-2026-") for r in queries.ticket_page(
        db, definition, limit=1000, context=ANNA, now=NOW)]


def visible_columns(window: MainWindow) -> list[str]:
    return window.column_chooser.visible_keys()


def saved_outbox(db: LocalDatabase) -> list[tuple[str, dict[str, Any]]]:
    assert db.engine is not None
    with db.engine.connect() as conn:
        rows = conn.execute(select(OutboxEntry.op, OutboxEntry.fields)
                            .where(OutboxEntry.entity == "saved_views")
                            .order_by(OutboxEntry.seq)).all()
    return [(op, json.loads(fields)) for op, fields in rows]


def type_filter(qtbot: Any, window: MainWindow, text: str) -> None:
    """Ctrl+F, type, and wait for the list to follow after the typing pause."""
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    with qtbot.waitSignal(window.ticket_model.query_changed, timeout=5000):
        qtbot.keyClicks(window.filter_edit, text)
        assert window.ticket_model.view.text == ""  # not on every keystroke
    assert window.ticket_model.view.text == text


def test_save_and_reopen_a_custom_view(qtbot, tmp_path, filled, tasks, english) -> None:
    window = open_window(qtbot, tmp_path, filled, tasks)
    assert window.views_panel.select_queue("q-l1-mine")
    window.status_filter.setCurrentIndex(window.status_filter.findText("All tickets"))
    window.table.sortByColumn(COL_CUSTOMER, Qt.SortOrder.DescendingOrder)
    menu = window.column_chooser.build_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    actions["column_owner"].trigger()  # hide the owner
    actions["column_queue"].trigger()  # show the queue
    type_filter(qtbot, window, "Ticket")
    definition = window.ticket_model.view
    assert definition.queues == ("q-l1-mine",) and definition.statuses == ()
    assert definition.sort == "-customer" and definition.text == "Ticket"
    assert "owner" not in definition.columns and definition.columns[-1] == "queue"
    rows = shown_refs(window)
    assert rows == expected_refs(filled, definition) and rows

    qtbot.keyClick(window.table, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.save_dialog
    assert isinstance(dialog, SaveViewDialog) and dialog.isVisible()
    assert not dialog.share_box.isVisible()  # agents do not share
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # a name first
    qtbot.keyClicks(dialog.name_edit, "Service Desk ohne Filter")
    with qtbot.waitSignal(window.views_changed, timeout=5000):
        save.click()
    [(op, fields)] = saved_outbox(filled)
    assert op == "create" and fields["owner_id"] == ANNA.user_id
    assert views.ViewDefinition.from_json(fields["definition"]) == definition
    key = f"saved:{window.view_model.views()[-1].view_id}"
    assert window.views_panel.current_view_key() == key
    assert window.list_title.text() == "Service Desk ohne Filter"
    assert not window.list_changed.isVisible()
    assert window.statusBar().currentMessage() == "View “Service Desk ohne Filter” saved."

    window.close()
    again = open_window(qtbot, tmp_path, filled, tasks)
    # the saved view is listed, and shown again because it was shown at closing
    assert again.views_panel.current_view_key() == key
    assert again.ticket_model.view == definition
    assert shown_refs(again) == rows
    assert visible_columns(again) == list(definition.columns)
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_CUSTOMER, Qt.SortOrder.DescendingOrder)
    assert again.filter_edit.text() == "Ticket"
    assert not again.status_filter.isVisible()
    # away and back again: the same list
    again.show_view_number(1)
    assert again.ticket_model.view == views.BUILTIN_BY_KEY["builtin:my_open"].definition
    assert again.views_panel.select_view(key)
    assert again.ticket_model.view == definition and shown_refs(again) == rows


def test_switching_views_by_keyboard_and_mouse(qtbot, tmp_path, filled, tasks,
                                               english) -> None:
    window = open_window(qtbot, tmp_path, filled, tasks)
    assert window.views_panel.current_view_key() is None  # first start: all tickets
    assert window.queue_view.currentIndex().row() == 0
    for number, code, title in ((1, "my_open", "My open tickets"),
                                (4, "sla_at_risk", "SLA at risk"),
                                (6, "recently_closed", "Recently closed by me")):
        qtbot.keyClick(window.table, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.AltModifier)
        definition = views.BUILTIN_BY_KEY[f"builtin:{code}"].definition
        assert window.ticket_model.view == definition
        assert window.list_title.text() == title
        assert shown_refs(window) == expected_refs(filled, definition)
        assert window.list_count.text() == f"{len(shown_refs(window))} tickets" or (
            window.ticket_model.total == 1)
        assert not window.status_filter.isVisible()  # statuses are the view's
        assert not window.queue_view.currentIndex().isValid()
    assert shown_refs(window) == ["000009"]
    assert window.table.hasFocus()

    # down the list of views with the keyboard
    window.view_list.setFocus()
    qtbot.keyClick(window.view_list, Qt.Key.Key_Up)
    assert window.list_title.text() == "Pending with reminder due"
    assert shown_refs(window) == ["000007"]

    # a queue again: the view is no longer current, the status filter is back
    row = window.queue_model.row_of("q-l1-mine")
    assert row is not None
    rect = window.queue_view.visualRect(window.queue_model.index(row, 0))
    qtbot.mouseClick(window.queue_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert window.ticket_model.queue_id == "q-l1-mine"
    assert window.views_panel.current_view_key() is None
    assert window.status_filter.isVisible()
    assert window.list_title.text() == "Service Desk"
    assert "Alt+1 … Alt+9" in dict(window.shortcut_rows()).values()


def test_column_chooser(qtbot, tmp_path, filled, tasks, english) -> None:
    window = open_window(qtbot, tmp_path, filled, tasks)
    window.show_view_number(1)
    assert visible_columns(window) == list(views.DEFAULT_COLUMNS)
    menu = window.column_chooser.build_menu()
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert [a.text() for a in actions.values()][:3] == ["Ticket", "Title", "Status"]
    assert not actions["column_reference"].isEnabled()  # always shown
    assert not actions["column_title"].isEnabled()
    assert actions["column_owner"].isChecked() and not actions["column_queue"].isChecked()

    actions["column_queue"].trigger()
    actions["column_owner"].trigger()
    header = window.table.horizontalHeader()
    assert not header.isSectionHidden(COL_QUEUE) and header.isSectionHidden(COL_OWNER)
    assert window.ticket_model.view.columns[-1] == "queue"
    assert "owner" not in window.ticket_model.view.columns
    assert window.list_changed.isVisible()  # the built-in view is shown otherwise now
    # dragging a column to the front changes the order the same way
    header.moveSection(header.visualIndex(COL_QUEUE), 0)
    assert window.ticket_model.view.columns[0] == "queue"
    assert visible_columns(window)[0] == "queue"
    # the same view chosen again shows its own columns
    window.show_view_number(2)
    window.show_view_number(1)
    assert visible_columns(window) == list(views.DEFAULT_COLUMNS)
    assert not window.list_changed.isVisible()
    assert len(COLUMN_KEYS) == header.count()


def test_text_filter_and_escape(qtbot, tmp_path, filled, tasks, english) -> None:
    window = open_window(qtbot, tmp_path, filled, tasks)
    window.views_panel.select_queue(None)
    everything = shown_refs(window)
    type_filter(qtbot, window, "drucker")
    assert sorted(shown_refs(window)) == ["000002", "000005"]
    assert window.list_count.text() == "2 tickets"
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == "" and window.ticket_model.view.text == ""
    assert shown_refs(window) == everything
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)  # empty: back to the list
    assert window.table.hasFocus()
    # Enter applies at once and selects the first ticket
    window.filter_edit.setFocus()
    qtbot.keyClicks(window.filter_edit, "T-2026-000003")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert shown_refs(window) == ["000003"]
    assert window.detail.ticket_id == "t-000003"


def test_rename_and_delete_a_saved_view(qtbot, tmp_path, filled, tasks, english) -> None:
    writer = LocalWriter(filled, ANNA.user_id or "")
    view_id = views.create_view(writer, ANNA, "Alt", views.ViewDefinition(statuses=("new",)))
    window = open_window(qtbot, tmp_path, filled, tasks)
    key = f"saved:{view_id}"
    assert window.views_panel.select_view(key)
    window.view_list.setFocus()
    qtbot.keyClick(window.view_list, Qt.Key.Key_F2)
    dialog = window.save_dialog
    assert dialog.windowTitle() == "Rename view"
    dialog.name_edit.setText("Neu angelegt")
    with qtbot.waitSignal(window.views_changed, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.list_title.text() == "Neu angelegt"
    assert [v.name for v in views.saved_views(filled, ANNA)] == ["Neu angelegt"]

    qtbot.keyClick(window.view_list, Qt.Key.Key_Delete)
    box = window.view_message
    assert isinstance(box, QMessageBox) and "Neu angelegt" in box.text()
    with qtbot.waitSignal(window.views_changed, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert views.saved_views(filled, ANNA) == []
    assert window.views_panel.current_view_key() is None  # back to all tickets
    assert window.queue_view.currentIndex().row() == 0
    assert [op for op, _ in saved_outbox(filled)] == ["create", "update", "delete"]
    # built-in views cannot be renamed or deleted
    window.show_view_number(1)
    qtbot.keyClick(window.view_list, Qt.Key.Key_Delete)
    assert window.view_message is box


def test_supervisor_shares_a_view_with_the_team(qtbot, tmp_path, filled, tasks,
                                                english) -> None:
    window = open_window(qtbot, tmp_path, filled, tasks, user_id=SUSI.user_id)
    window.views_panel.select_queue("q-l2")
    window.save_view()
    dialog = window.save_dialog
    assert dialog.share_box.isVisible() and dialog.share_box.isEnabled()
    dialog.name_edit.setText("2nd Level: alles")
    dialog.share_box.setChecked(True)
    with qtbot.waitSignal(window.views_changed, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [(_op, fields)] = saved_outbox(filled)
    assert fields["team_id"] == "team-1"
    [shared] = views.saved_views(filled, ANNA)  # Anna is in Susanne's team
    assert shared.name == "2nd Level: alles" and shared.kind == "team"
    # saving under the same name replaces the view (and says so first)
    window.table.sortByColumn(COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
    window.save_view()
    dialog = window.save_dialog
    assert dialog.name_edit.text() == "2nd Level: alles"
    assert dialog.hint.isVisible()
    with qtbot.waitSignal(window.views_changed, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert [op for op, _ in saved_outbox(filled)] == ["create", "update"]
    [shared] = views.saved_views(filled, ANNA)
    assert shared.definition.sort == "customer"


def test_only_supervisors_get_the_call_script_editor(qtbot: Any, tmp_path: Any,
                                                    filled: LocalDatabase,
                                                    tasks: TaskManager) -> None:
    agent = open_window(qtbot, tmp_path / "a", filled, tasks, ANNA.user_id)
    assert not agent.side_panels.edit_scripts_action.isEnabled()
    assert agent.side_panels.open_script_editor() is None
    agent.close()
    lead = open_window(qtbot, tmp_path / "s", filled, tasks, SUSI.user_id)
    action = lead.side_panels.edit_scripts_action
    assert action.isEnabled() and action in lead.view_menu.actions()
    editor = lead.side_panels.open_script_editor()
    assert editor is not None and editor.isVisible()
    editor.close()
    qtbot.waitUntil(lambda: lead.side_panels.script_editors == [], timeout=5000)


def test_a_script_ending_in_escalation_opens_the_dialog_prefilled(
        qtbot: Any, tmp_path: Any, filled: LocalDatabase, tasks: TaskManager) -> None:
    from desktop.domain.escalation import HandoverPart
    from desktop.ui.escalate_dialog import EscalateDialog

    window = open_window(qtbot, tmp_path, filled, tasks, ANNA.user_id)
    window.select_ticket_row(0)
    workflow = window.ticket_workflow
    qtbot.waitUntil(lambda: workflow.current_record() is not None, timeout=5000)
    window.side_panels.script.escalation_proposed.emit({
        "to_level": 2, "tried": "Neustart, Treiber neu installiert",
        "findings": "Fehler E13 bleibt", "told_customer": "Rückruf durch den 2nd Level"})
    dialogs = [d for d in window.findChildren(EscalateDialog) if d.isVisible()]
    assert len(dialogs) == 1
    texts = dialogs[0].texts()
    assert texts[HandoverPart.TRIED] == "Neustart, Treiber neu installiert"
    assert texts[HandoverPart.FINDINGS] == "Fehler E13 bleibt"
    assert texts[HandoverPart.CUSTOMER_TOLD] == "Rückruf durch den 2nd Level"
    dialogs[0].reject()
