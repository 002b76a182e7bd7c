"""The "not delivered" list, the conflict dialog and the outbox in the status bar, on
their own (no server): outbox states are filed the way the pusher files them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from desktop.app.i18n import install_translators, remove_translators
from desktop.app.sync_service import SyncService
from desktop.models import OutboxEntry
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import CONFLICT, NOTICE, REJECTED, LocalWriter, OutboxItem
from desktop.ui.conflict_dialog import ConflictDialog
from desktop.ui.field_editors import FieldKit
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox_panel import (
    COL_CHANGE,
    COL_PROBLEM,
    COL_REASON,
    COL_RECORD,
    SEQ_ROLE,
    STATE_ROLE,
    OutboxModel,
)
from tests.ui.conftest import fill_local, make_settings

TICKET = "00000000-0000-4000-8000-000000000001"  # T-2026-004712, "VPN-Verbindung ..."
CLOSED_TICKET = "00000000-0000-4000-8000-000000000007"
USER = "user-1"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "de") == "de"
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def file_outcome(db: LocalDatabase, seq: int, **values: Any) -> None:
    """What ``Pusher._file`` does with the server's answer."""
    table = OutboxEntry.__table__
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(table.update().where(table.c.seq == seq).values(**values))


def last_seq(writer: LocalWriter) -> int:
    return max(item.seq for item in writer.items("pending", CONFLICT, REJECTED, NOTICE))


@pytest.fixture
def filled(local_db: LocalDatabase) -> LocalDatabase:
    fill_local(local_db, 30)
    return local_db


@pytest.fixture
def troubled(filled: LocalDatabase) -> LocalWriter:
    """A local database with one conflict, one rejection, one notice and one pending
    change."""
    local_db = filled
    writer = LocalWriter(local_db, USER)
    writer.update("tickets", TICKET, {"title": "Meine Fassung", "priority": 2})
    file_outcome(local_db, last_seq(writer), state=CONFLICT, theirs=json.dumps([
        {"field": "priority", "base": 3, "mine": 2, "theirs": 1},
        {"field": "title", "base": "VPN-Verbindung bricht nach 10 Minuten ab",
         "mine": "Meine Fassung", "theirs": "Fassung des Servers"}]))
    writer.update("queues", "q-l1-general", {"name": "Meine Warteschlange"})
    file_outcome(local_db, last_seq(writer), state=REJECTED, error_code="forbidden",
                 error_message="Changing queues needs the admin role.",
                 error_params=json.dumps({"entity": "queues", "role": "admin"}))
    writer.create("ticket_entries", {"ticket_id": CLOSED_TICKET, "kind": "note",
                                     "body": "Kunde hat zurückgerufen"})
    file_outcome(local_db, last_seq(writer), state=NOTICE, notice="ticket_closed")
    writer.update("tickets", TICKET, {"description": "noch nicht gesendet"})
    return writer


def attention(writer: LocalWriter) -> list[OutboxItem]:
    return writer.items(CONFLICT, REJECTED, NOTICE)


def test_outbox_model_passes_the_model_tester(qtmodeltester, troubled, local_db,
                                              english) -> None:
    model = OutboxModel(local_db, lambda: attention(troubled))
    model.refresh()
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.refresh()  # the same entries: dataChanged in place, no reset
    troubled.discard(model.index(1, 0).data(SEQ_ROLE))
    model.refresh()  # one fewer: a reset
    assert model.rowCount() == 2


def test_outbox_model_names_records_and_reasons(troubled, local_db, english) -> None:
    model = OutboxModel(local_db, lambda: attention(troubled))
    model.refresh()
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(3)]
    states = [model.index(r, 0).data(STATE_ROLE) for r in range(3)]
    assert states == [CONFLICT, REJECTED, NOTICE]
    conflict, rejected, notice = rows
    assert conflict[COL_PROBLEM] == "Conflict"
    assert conflict[COL_RECORD] == "Ticket T-2026-004712 · Meine Fassung"  # the local row
    assert conflict[COL_CHANGE] == "Title, Priority"
    assert conflict[COL_REASON] == "Also changed on the server meanwhile: Title, Priority"
    assert rejected[COL_PROBLEM] == "Not permitted"
    assert rejected[COL_RECORD] == "Queue · Meine Warteschlange"  # the local row
    assert rejected[COL_CHANGE] == "Name"
    assert rejected[COL_REASON] == "Changing queues needs the role “Administrator”."
    assert notice[COL_PROBLEM] == "Notice"
    assert notice[COL_RECORD].startswith("Ticket T-2026-004718 · ")
    assert notice[COL_CHANGE] == "Note"
    assert notice[COL_REASON] == ("Your note was added to ticket T-2026-004718, which had "
                                  "been closed meanwhile.")
    assert model.headerData(COL_REASON, Qt.Orientation.Horizontal) == "Reason"


def test_outbox_model_in_german(troubled, local_db, german) -> None:
    model = OutboxModel(local_db, lambda: attention(troubled))
    model.refresh()
    assert model.index(0, COL_PROBLEM).data() == "Konflikt"
    assert model.index(0, COL_CHANGE).data() == "Titel, Priorität"
    assert model.index(1, COL_PROBLEM).data() == "Nicht erlaubt"
    assert model.index(1, COL_RECORD).data() == "Warteschlange · Meine Warteschlange"
    assert model.index(2, COL_REASON).data() == (
        "Ihre Notiz wurde zum Ticket T-2026-004718 hinzugefügt, das inzwischen "
        "geschlossen worden war.")
    assert model.headerData(COL_REASON, Qt.Orientation.Horizontal) == "Grund"


def conflict_dialog(qtbot, troubled, local_db) -> ConflictDialog:
    (item,) = troubled.items(CONFLICT)
    dialog = ConflictDialog(item, "Ticket T-2026-004712", FieldKit(local_db))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_conflict_dialog_by_keyboard(qtbot, troubled, local_db, english) -> None:
    dialog = conflict_dialog(qtbot, troubled, local_db)
    title, priority = dialog.rows
    assert (title.field, priority.field) == ("title", "priority")  # column order
    assert title.caption.text() == "Title" and priority.caption.text() == "Priority"
    assert isinstance(title.mine_cell.view, QLineEdit)
    assert title.mine_cell.view.text() == "Meine Fassung"
    assert title.theirs_cell.view.text() == "Fassung des Servers"
    assert priority.theirs_cell.view.text() == "P1 · Critical"
    # prefilled with mine; the outline shows which version the result is
    assert dialog.chosen() == {"title": "Meine Fassung", "priority": 2}
    assert title.mine_cell.view.property("chosen") is True
    assert title.editor.widget.hasFocus()

    qtbot.keyClick(title.editor.widget, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen()["title"] == "Fassung des Servers"
    assert title.theirs_cell.view.property("chosen") is True
    assert title.mine_cell.view.property("chosen") is False
    qtbot.keyClick(title.editor.widget, Qt.Key.Key_Tab)
    assert priority.editor.widget.hasFocus()
    qtbot.keyClick(priority.editor.widget, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen() == {"title": "Fassung des Servers", "priority": 1}
    all_mine = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(priority.editor.widget, Qt.Key.Key_M, all_mine)
    assert dialog.chosen() == {"title": "Meine Fassung", "priority": 2}
    qtbot.keyClick(priority.editor.widget, Qt.Key.Key_T, all_mine)
    assert dialog.chosen() == {"title": "Fassung des Servers", "priority": 1}
    qtbot.keyClick(priority.editor.widget, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen() == {"title": "Fassung des Servers", "priority": 2}

    # an edited result stands for itself: neither side outlined
    title.editor.widget.setFocus()
    qtbot.keyClick(title.editor.widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title.editor.widget, "Abgestimmte Fassung")
    assert title.mine_cell.view.property("chosen") is False
    assert title.theirs_cell.view.property("chosen") is False
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(title.editor.widget, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert dialog.chosen() == {"title": "Abgestimmte Fassung", "priority": 2}


def test_conflict_dialog_cancel_keeps_the_conflict(qtbot, troubled, local_db,
                                                   english) -> None:
    dialog = conflict_dialog(qtbot, troubled, local_db)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.rows[0].editor.widget, Qt.Key.Key_Escape)
    assert len(troubled.items(CONFLICT)) == 1


def test_conflict_dialog_in_german_with_long_text(qtbot, filled, german) -> None:
    local_db = filled
    item = OutboxItem(1, "tickets", TICKET, "update", {}, CONFLICT, "", "", [
        {"field": "description", "base": "alt", "mine": "Zeile 1\nZeile 2",
         "theirs": "Vom Server"},
        {"field": "status", "base": "new", "mine": "pending", "theirs": "resolved"}],
        "", "2026-11-23T09:30:00.000000+00:00")
    dialog = ConflictDialog(item, "Ticket T-2026-004712", FieldKit(local_db))
    qtbot.addWidget(dialog)
    headers = [w.text() for w in dialog.findChildren(type(dialog.rows[0].caption),
                                                     "conflictHeader")]
    assert headers == ["", "Meine Version", "Version des Servers", "Ergebnis"]
    assert dialog.windowTitle() == "Konflikt lösen"
    description, status = dialog.rows  # in the order of the ticket's columns
    assert description.caption.text() == "Beschreibung"
    assert status.caption.text() == "Status"
    assert isinstance(description.editor.widget, QPlainTextEdit)
    assert isinstance(description.mine_cell.view, QPlainTextEdit)
    assert status.mine_cell.view.text() == "Wartend"
    assert status.theirs_cell.view.text() == "Gelöst"
    assert dialog.chosen() == {"description": "Zeile 1\nZeile 2", "status": "pending"}
    dialog.take_all_theirs()
    assert dialog.chosen() == {"description": "Vom Server", "status": "resolved"}


# -- the status bar and the panel in the window, offline ----------------------------------
@pytest.fixture
def offline_window(qtbot, tmp_path, filled, tasks) -> Iterator[MainWindow]:
    local_db = filled
    settings = make_settings("http://127.0.0.1:1", tmp_path / "client")
    engine = SyncEngine(settings, local_db)
    engine.user = {"id": USER, "username": "anna.schmidt", "display_name": "Anna Schmidt"}
    sync = SyncService(engine, 3600, tasks)
    window = MainWindow(settings, local_db, sync, engine.user, offline=True)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    sync.shutdown()
    qtbot.waitUntil(lambda: not sync.running, timeout=15_000)
    engine.close()


def test_status_bar_counts_in_german(qtbot, offline_window, german) -> None:
    window = offline_window
    sync = window.sync
    assert window.pending_label.isHidden() and window.attention_button.isHidden()
    with qtbot.waitSignal(sync.outbox_changed, timeout=5000,
                          check_params_cb=lambda p, a: (p, a) == (1, 0)):
        sync.edit(lambda w: w.update("tickets", TICKET, {"title": "Offline geändert"}))
    assert window.pending_label.isVisible()
    assert window.pending_label.text() == "1 Änderung wartet auf Übertragung"
    sync.edit(lambda w: w.update("tickets", TICKET, {"description": "zweite"}))
    sync.edit(lambda w: w.update("tickets", TICKET, {"priority": 1}))
    assert window.pending_label.text() == "3 Änderungen warten auf Übertragung"
    writer = sync.writer()
    assert writer is not None
    seqs = [i.seq for i in writer.items("pending")]
    file_outcome(window.db, seqs[0], state=REJECTED, error_code="invalid",
                 error_message="title is too long.")
    file_outcome(window.db, seqs[1], state=REJECTED, error_code="invalid",
                 error_message="description is too long.")
    qtbot.waitUntil(lambda: not sync.running, timeout=15_000)
    sync.refresh_outbox()
    assert window.pending_label.text() == "1 Änderung wartet auf Übertragung"
    assert window.attention_button.isVisible()
    assert window.attention_button.text() == "2 nicht übertragen"
    assert window.outbox_dock.windowTitle() == "Nicht übertragen (2)"
    qtbot.waitUntil(lambda: not sync.running, timeout=15_000)


def test_attention_button_opens_the_panel(qtbot, offline_window, troubled, english) -> None:
    window = offline_window
    window.sync.refresh_outbox()
    assert window.attention_button.text() == "3 not delivered"
    assert window.pending_label.text() == "1 change waiting"
    assert window.outbox_dock.isHidden()
    qtbot.mouseClick(window.attention_button, Qt.MouseButton.LeftButton)
    assert window.outbox_dock.isVisible()
    panel = window.outbox_panel
    assert panel.model.rowCount() == 3
    assert panel.table.hasFocus()
    assert panel.resolve_button.isEnabled() and not panel.discard_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.retry_button.isEnabled() and panel.discard_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.dismiss_button.isVisible() and panel.resolve_button.isHidden()
    # Del on a notice dismisses it at once; the list stays on a neighbour
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 2
    assert panel.current_item() is not None
    assert dict(window.shortcut_rows())["Not delivered changes"] == "Ctrl+Shift+5"
    qtbot.waitUntil(lambda: not window.sync.running, timeout=15_000)
