"""The customer panel's server actions with real widgets against a real server process:
merge by keyboard through the merge dialog (with its confirmation), data export to a
file, erasure after the question, and what an agent is offered (issue 5)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.config import Settings
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.ui.customer_panel import CustomerPanel
from server.migrate import upgrade
from server.store import make_engine
from tests.test_customer_merge_erase import DUP, HANS, PASSWORDS, seed

WAIT = 5000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHOTS = os.environ.get("AGENTDESK_TEST_SHOTS", "")  # a folder to keep screenshots in


@pytest.fixture
def desk(tmp_path: Path, live_server: Any) -> Iterator[tuple[LocalDatabase, SyncEngine]]:
    url = f"sqlite:///{tmp_path}/server.sqlite3"
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    seed(url)
    server = live_server(url)
    db = LocalDatabase(tmp_path / "sue").open()
    sync = SyncEngine(Settings(cli={"server_url": server.url, "request_timeout": 10}), db)
    try:
        sync.sign_in("sue", PASSWORDS["sue"])
        sync.sync()
        yield db, sync
    finally:
        sync.close()
        db.close()


def open_panel(qtbot: Any, db: LocalDatabase, sync: SyncEngine,
               role: str = "supervisor") -> CustomerPanel:
    def remote(job: Any, done: Any, failed: Any) -> None:
        try:  # at once, on this thread (the window runs it on the worker)
            result = job(sync.client)
        except Exception as exc:  # handed to the panel like the worker does
            failed(exc)
            return
        done(result)

    panel = CustomerPanel(db, lambda change: change(sync.writer), remote=remote, role=role)
    def after_server_change() -> None:  # what the window does: sync, then show again
        sync.sync()
        panel.reload()

    panel.server_changed.connect(after_server_change)
    qtbot.addWidget(panel)
    panel.resize(620, 720)
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.show_customer(HANS)
    return panel


def shot(widget: Any, tmp_path: Path, name: str) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def test_merge_by_keyboard_with_confirmation(qtbot: Any, tmp_path: Path,
                                             desk: tuple[LocalDatabase, SyncEngine]) -> None:
    db, sync = desk
    panel = open_panel(qtbot, db, sync)
    assert "Ctrl+Shift+G" in panel.merge_action.toolTip()
    panel.edit_button.setFocus()
    qtbot.waitUntil(panel.edit_button.hasFocus, timeout=WAIT)
    qtbot.keyClick(panel.edit_button, Qt.Key.Key_G, CTRL_SHIFT)
    dialog = panel.merge_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.search_edit.hasFocus, timeout=WAIT)
    assert not dialog.merge_button.isEnabled()  # nothing chosen yet
    qtbot.keyClicks(dialog.search_edit, "K-1009")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=WAIT)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.other is not None, timeout=WAIT)
    assert dialog.other is not None and dialog.other.id == DUP
    # the values that differ: each offered with both values
    assert set(dialog.choice_boxes) == {"last_name", "customer_number", "notes"}
    last_name = dialog.choice_boxes["last_name"]
    assert [last_name.itemText(i) for i in range(last_name.count())] == [
        "Müller (record kept)", "Mueller (record merged)"]
    dialog.choice_boxes["notes"].setCurrentIndex(0)  # keep this record's notes only
    shot(dialog, tmp_path, "merge-dialog.png")
    dialog.merge_button.setFocus()
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    box = dialog.confirm_box
    assert box is not None and box.defaultButton() is box.button(
        QMessageBox.StandardButton.Cancel)
    assert "cannot be undone" in box.text()
    merge = next(b for b in box.buttons() if b.text() == "Merge")
    with qtbot.waitSignal(panel.remote_finished, timeout=WAIT * 2) as finished:
        merge.click()
    assert finished.args == ["merge"]
    assert not panel.save_error_label.isVisible(), panel.save_error_label.text()
    assert panel.notice_label.text().startswith("The records were merged.")
    record = panel.record
    assert record is not None and record.id == HANS
    assert sorted(p.value for p in record.phones) == ["+491711234567", "+4980311234567"]
    assert record.notes == "Ruft vormittags an"
    assert record.street == "Bahnhofstr. 1"
    fields = {panel.audit_model.index(r, 2).data()
              for r in range(panel.audit_model.rowCount())}
    assert "Merged with" in fields
    # the old record now shows the one it lives on in
    panel.show_customer(DUP)
    assert panel.customer_id == HANS


def test_export_and_erase_from_the_panel(qtbot: Any, tmp_path: Path,
                                         desk: tuple[LocalDatabase, SyncEngine]) -> None:
    db, sync = desk
    panel = open_panel(qtbot, db, sync)
    target = tmp_path / "hans.json"
    with qtbot.waitSignal(panel.remote_finished, timeout=WAIT * 2):
        assert panel.export_data(str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["customer"]["id"] == HANS
    assert {"phones", "emails", "tickets", "calls", "audit", "organisation"} <= set(data)
    assert str(target) in panel.notice_label.text()

    box = panel.ask_erase()
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    shot(box, tmp_path, "erase-question.png")
    erase = box.findChild(QPushButton, "eraseButton")
    assert erase is not None
    with qtbot.waitSignal(panel.remote_finished, timeout=WAIT * 2):
        erase.click()
    assert panel.name_label.text() == "Erased customer"
    assert panel.read_labels["phones"].text() == "—"
    assert not panel.edit_action.isEnabled() and not panel.erase_action.isEnabled()
    assert not panel.dial_action.isEnabled()
    shot(panel, tmp_path, "erased-customer.png")


def test_an_agent_is_not_offered_export_or_erasure_and_a_refusal_is_shown(
        qtbot: Any, desk: tuple[LocalDatabase, SyncEngine]) -> None:
    db, sync = desk
    panel = open_panel(qtbot, db, sync, role="agent")
    assert not panel.export_action.isVisible() and not panel.erase_action.isVisible()
    assert panel.merge_action.isEnabled()
    # were it called anyway (an outdated role), the server's refusal is worded
    panel.export_action.setVisible(True)
    panel.role = "agent"
    sync.sign_out()
    sync.sign_in("ben", PASSWORDS["ben"])
    with qtbot.waitSignal(panel.remote_finished, timeout=WAIT * 2):
        panel.export_data(str(Path(db.path).parent / "x.json"))
    assert panel.save_error_label.text() == "Only supervisors and administrators may do this."


def test_merge_from_the_duplicate_warning(qtbot: Any,
                                          desk: tuple[LocalDatabase, SyncEngine]) -> None:
    db, sync = desk
    panel = open_panel(qtbot, db, sync)
    panel.start_edit()
    panel.city_edit.setText("Kolbermoor")
    panel._mark_dirty()
    assert not panel.save()  # the other record has the same mobile number
    assert panel.duplicate_label.isVisible()
    assert f'href="merge:{DUP}"' in panel.duplicate_label.text()
    panel.duplicate_label.linkActivated.emit(f"merge:{DUP}")
    dialog = panel.merge_dialog
    assert dialog is not None and dialog.other is not None and dialog.other.id == DUP
    assert dialog.merge_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: panel.merge_dialog is None, timeout=WAIT)
    assert panel.editing and panel.city_edit.text() == "Kolbermoor"  # nothing lost
