"""The customer panel (desktop/ui/customer_panel.py) with real widgets on a real local
database: edit by keyboard, inline errors that keep the typed text, save, history,
audit, duplicates and the item models under qtmodeltester."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import customer_records as cr
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter
from desktop.ui.customer_panel import AuditModel, CustomerPanel, HistoryModel
from tests.test_customer_records import HANS, OTTO, PETRA, _rows, outbox

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WAIT = 5000


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    assert database.engine is not None
    with database.engine.begin() as conn:
        for entity, rows in _rows().items():
            conn.execute(SYNCED_TABLES[entity].insert(), rows)
    yield database
    database.close()


class Edits:
    """What SyncService.edit does locally (the sync part needs a server; the panel
    only hands it the change)."""

    def __init__(self, db: LocalDatabase) -> None:
        self.writer = LocalWriter(db, "user-1")
        self.calls = 0

    def __call__(self, change: Any) -> Any:
        self.calls += 1
        return change(self.writer)


def open_panel(qtbot: Any, db: LocalDatabase, customer: str | None = HANS
               ) -> tuple[CustomerPanel, Edits]:
    edits = Edits(db)
    panel = CustomerPanel(db, edits)
    qtbot.addWidget(panel)
    panel.resize(560, 720)
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.show_customer(customer)
    return panel, edits


def plain(label: Any) -> str:
    """A rich-text label's text as the agent reads it."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(label.text()).toPlainText().replace("\xa0", " ")


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT)
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_read_view_shows_the_customer(qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db)
    assert panel.name_label.text() == "Hans Müller"
    assert panel.org_label.text() == "Stadtwerke Rosenheim"
    assert plain(panel.read_labels["phones"]) == "0171 1234567  (Mobil)"
    assert "hans.mueller@stadtwerke.example" in panel.read_labels["emails"].text()
    panel.phone_format_action.setChecked(True)
    assert plain(panel.read_labels["phones"]) == "+49 171 1234567  (Mobil)"
    panel.show_customer(None)
    assert not panel.edit_action.isEnabled()
    assert panel.name_label.text() == "No customer"


def test_edit_by_keyboard_invalid_phone_keeps_text_then_fix_and_save(
        qtbot: Any, db: LocalDatabase) -> None:
    panel, edits = open_panel(qtbot, db)
    panel.edit_button.setFocus()  # somewhere in the panel, not in the form
    qtbot.waitUntil(panel.edit_button.hasFocus, timeout=WAIT)
    qtbot.keyClick(panel.edit_button, Qt.Key.Key_K, CTRL | SHIFT)
    assert panel.editing
    qtbot.waitUntil(panel.first_name_edit.hasFocus, timeout=WAIT)
    type_into(qtbot, panel.city_edit, "Rosenheim")
    row = panel.phone_rows[0]
    type_into(qtbot, row.text_edit, "0123 456")
    qtbot.keyClick(row.text_edit, Qt.Key.Key_Return, CTRL)
    # not saved: the message is under the field, the text stays, focus goes there
    assert panel.editing
    qtbot.waitUntil(row.error_label.isVisible, timeout=WAIT)
    assert row.error_label.text() == "This number does not exist. Foreign numbers start " \
                                     "with + and the country code."
    assert row.text_edit.text() == "0123 456"
    assert panel.city_edit.text() == "Rosenheim"
    assert row.text_edit.hasFocus()
    assert edits.calls == 0 and outbox(db) == []
    # fix it and save with the keyboard
    type_into(qtbot, row.text_edit, "0171 7654321")
    with qtbot.waitSignal(panel.customer_saved, timeout=WAIT) as saved:
        qtbot.keyClick(row.text_edit, Qt.Key.Key_Return, CTRL)
    assert saved.args == [HANS]
    assert not panel.editing
    record = cr.load_customer(db, HANS)
    assert record is not None and record.city == "Rosenheim"
    assert [p.value for p in record.phones] == ["+491717654321"]
    assert [(e["entity"], json.loads(e["fields"])) for e in outbox(db)] == [
        ("customers", {"city": "Rosenheim"}),
        ("customer_phones", {"e164": "+491717654321"})]
    assert plain(panel.read_labels["phones"]) == "0171 7654321  (Mobil)"


def test_missing_name_and_bad_email_show_together(qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db)
    panel.start_edit()
    panel.first_name_edit.clear()
    panel.last_name_edit.clear()
    panel.email_rows[0].text_edit.setText("hans.mueller(at)stadtwerke")
    assert not panel.save()
    assert panel.field_errors["name"].isVisible()
    assert panel.field_errors["name"].text() == "Enter a first or a last name."
    assert panel.email_rows[0].error_label.text() == "An e-mail address needs an @."
    assert panel.email_rows[0].text_edit.text() == "hans.mueller(at)stadtwerke"
    assert panel.first_name_edit.hasFocus()


def test_rows_are_added_and_removed(qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db)
    panel.start_edit()
    qtbot.mouseClick(panel.add_phone_button, Qt.MouseButton.LeftButton)
    assert len(panel.phone_rows) == 2
    new = panel.phone_rows[1]
    assert new.text_edit.hasFocus()
    qtbot.keyClicks(new.text_edit, "08031 1234567")
    new.label_box.setCurrentText("Büro")
    qtbot.mouseClick(panel.email_rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert panel.email_rows == []
    assert panel.save()
    record = cr.load_customer(db, HANS)
    assert record is not None
    assert sorted((p.label, p.value) for p in record.phones) == [
        ("Büro", "+4980311234567"), ("Mobil", "+491711234567")]
    assert record.emails == ()


def test_escape_asks_when_dirty_and_keeps_the_form_on_cancel(
        qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db)
    panel.start_edit()
    qtbot.waitUntil(panel.first_name_edit.hasFocus, timeout=WAIT)
    qtbot.keyClick(panel.first_name_edit, Qt.Key.Key_Escape)
    assert not panel.editing  # nothing typed: left at once
    panel.start_edit()
    qtbot.keyClicks(panel.first_name_edit, "x")
    qtbot.keyClick(panel.first_name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.discard_box is not None and panel.discard_box.isVisible(),
                    timeout=WAIT)
    assert panel.discard_box is not None
    panel.discard_box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: panel.discard_box is None, timeout=WAIT)
    assert panel.editing and panel.first_name_edit.text() == "Hansx"
    qtbot.keyClick(panel.first_name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.discard_box is not None and panel.discard_box.isVisible(),
                    timeout=WAIT)
    assert panel.discard_box is not None
    panel.discard_box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not panel.editing, timeout=WAIT)
    assert panel.name_label.text() == "Hans Müller"
    assert outbox(db) == []


def test_duplicate_warning_then_save_anyway(qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db, OTTO)
    panel.start_edit()
    qtbot.mouseClick(panel.add_phone_button, Qt.MouseButton.LeftButton)
    panel.phone_rows[0].text_edit.setText("08031 1234")
    assert not panel.save()
    assert panel.duplicate_label.isVisible()
    assert "Petra Schneider" in panel.duplicate_label.text()
    assert "same phone number 08031 1234" in panel.duplicate_label.text()
    assert outbox(db) == []
    assert panel.save()  # the second save saves anyway
    assert not panel.duplicate_label.isVisible()
    record = cr.load_customer(db, OTTO)
    assert record is not None and [p.value for p in record.phones] == ["+4980311234"]


def test_history_tab_and_ticket_open_request(qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db)
    model = panel.history_model
    assert model.rowCount() == 6
    assert model.index(0, 1).data() == "Ticket (Pending)"
    assert model.index(0, 2).data() == "T-3"
    assert model.index(2, 1).data() == "Incoming call"
    panel.tabs.setCurrentIndex(1)
    view = panel.history_view
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    with qtbot.waitSignal(panel.ticket_open_requested, timeout=WAIT) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["t-open-old"]


def test_audit_tab_shows_rows(qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db)
    model = panel.audit_model
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(1, 5)] == [
        "Anna Schmidt", "Last name", "Muller", "Müller"]
    assert model.index(1, 2).data() == "City"
    panel.show_customer(PETRA)
    assert model.rowCount() == 0


def test_audit_tab_names_phone_email_merge_and_erasure_rows(
        qtbot: Any, db: LocalDatabase) -> None:
    from datetime import UTC, datetime

    assert db.engine is not None
    at = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    with db.engine.begin() as conn:
        conn.execute(SYNCED_TABLES["customer_audit"].insert(), [
            {"id": f"a-{field}", "customer_id": PETRA, "field": field, "old_value": old,
             "new_value": new, "changed_by": "user-1", "changed_at": at}
            for field, old, new in (("phone", "+4980311234", "+491711234567"),
                                    ("email", "petra@example.org", None),
                                    ("merged", None, OTTO), ("erased", None, None))])
    panel, _ = open_panel(qtbot, db, PETRA)
    model = panel.audit_model
    rows = {model.index(r, 2).data(): (model.index(r, 3).data(), model.index(r, 4).data())
            for r in range(model.rowCount())}
    assert rows == {
        "Phone number": ("08031 1234", "0171 1234567"),
        "E-mail address": ("petra@example.org", "—"),
        "Merged with": ("—", "Otto Weber · K-4"),
        "Personal data erased": ("—", "—"),
    }


def test_models_pass_the_model_tester(qtmodeltester: Any, db: LocalDatabase) -> None:
    history = HistoryModel()
    history.set_items(cr.customer_history(db, HANS))
    qtmodeltester.check(history)
    audit = AuditModel()
    audit.set_items(cr.customer_audit(db, HANS))
    qtmodeltester.check(audit)


def test_screenshot(qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db)
    panel.start_edit()
    panel.phone_rows[0].text_edit.setText("0123 456")
    panel.save()
    QApplication.processEvents()
    assert panel.grab().save("/tmp/shot_customer.png")


def test_new_customer_for_a_caller_warns_of_a_duplicate_then_creates(
        qtbot: Any, db: LocalDatabase) -> None:
    panel, _ = open_panel(qtbot, db, None)
    panel.start_new(phone="0171 1234567")
    assert panel.creating and panel.name_label.text() == "New customer"
    qtbot.waitUntil(panel.first_name_edit.hasFocus, timeout=WAIT)
    qtbot.keyClick(panel.first_name_edit, Qt.Key.Key_Return, CTRL)
    assert panel.field_errors["name"].text() == "Enter a first or a last name."
    qtbot.keyClicks(panel.first_name_edit, "Johann")
    type_into(qtbot, panel.last_name_edit, "Mueller")
    qtbot.keyClick(panel.last_name_edit, Qt.Key.Key_Return, CTRL)
    assert panel.duplicate_label.isVisible()
    assert "Hans Müller (Stadtwerke Rosenheim)" in panel.duplicate_label.text()
    assert outbox(db) == []
    with qtbot.waitSignal(panel.customer_saved, timeout=WAIT) as saved:
        qtbot.keyClick(panel.last_name_edit, Qt.Key.Key_Return, CTRL)
    new_id = saved.args[0]
    assert new_id not in {HANS, PETRA, OTTO} and panel.customer_id == new_id
    assert panel.name_label.text() == "Johann Mueller"
    assert [(e["entity"], e["op"]) for e in outbox(db)] == [
        ("customers", "create"), ("customer_phones", "create")]
