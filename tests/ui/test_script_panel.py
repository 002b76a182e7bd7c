"""The call-script panel (desktop/ui/script_panel.py) with real widgets on a real local
database: a whole call by keyboard, and a run resumed after the window was closed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.app.script_runs import DirectEditor
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter
from desktop.ui.script_panel import ScriptPanel
from tests.test_script_runs import TICKET, base_rows, fill

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "client"


@pytest.fixture
def db(folder: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(folder).open()
    fill(database, base_rows("user-1"))
    yield database
    database.close()


def open_panel(qtbot: Any, db: LocalDatabase) -> ScriptPanel:
    panel = ScriptPanel(db, DirectEditor(LocalWriter(db, "user-1")))
    qtbot.addWidget(panel)
    panel.resize(480, 640)
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    return panel


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: Any, target: QWidget, limit: int = 8) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target, f"Tab did not reach {target!r}"


def rows(db: LocalDatabase, query: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_a_whole_call_by_keyboard_ends_in_an_escalation_with_the_note_prefilled(
        qtbot: Any, db: LocalDatabase) -> None:
    panel = open_panel(qtbot, db)
    panel.show_for_ticket(TICKET, "call-1")
    assert panel.page == panel.PAGE_START
    assert panel.script_combo.currentText() == "Geräte-Check"  # chosen for "Drucker"
    assert focused() is panel.script_combo

    with qtbot.waitSignal(panel.step_shown) as shown:
        press(qtbot, Qt.Key.Key_Return)
    assert shown.args == ["greet"] and panel.page == panel.PAGE_RUN
    assert panel.step_text.text() == ("Guten Tag Frau Müller, hier ist Anna Schmidt. "
                                      "Es geht um T-2026-004711.")
    assert "<b>Greeting</b>" in panel.path_label.text()
    assert not panel.back_button.isEnabled()

    # "1" picks the first answer of the focused list; Enter goes on
    device = panel.question_widget("device")
    assert device is not None and focused() is device.buttons[0]
    press(qtbot, Qt.Key.Key_1)
    assert device.buttons[0].isChecked()
    with qtbot.waitSignal(panel.articles_requested) as articles:
        press(qtbot, Qt.Key.Key_Return)
    assert articles.args == [["kb-printer-display"]]
    assert panel.run is not None and panel.run.state.current == "printer"
    assert panel.path_label.text() == "Greeting \u203a <b>Printer</b>"
    assert QApplication.activeModalWidget() is None  # nothing blocks the window

    # Alt+Left goes back with the answer kept; Enter comes forward again
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert panel.run.state.current == "greet"
    device = panel.question_widget("device")
    assert device is not None and device.buttons[0].isChecked()
    press(qtbot, Qt.Key.Key_Return)
    assert panel.run.state.current == "printer"

    # Enter without an answer: the question says why and keeps the focus
    error_shown = panel.question_widget("error_shown")
    assert error_shown is not None
    press(qtbot, Qt.Key.Key_Return)
    assert panel.run.state.current == "printer"
    assert error_shown.error.isVisible()
    assert error_shown.error.text() == "Please answer this question."
    assert focused() is error_shown.buttons[0]

    # Alt+1 answers "Yes" from anywhere in the step; the text is typed after a Tab
    press(qtbot, Qt.Key.Key_1, ALT)
    assert error_shown.buttons[0].isChecked() and isinstance(error_shown.buttons[0],
                                                             QRadioButton)
    error_text = panel.question_widget("error_text")
    assert error_text is not None and isinstance(error_text.line, QLineEdit)
    tab_to(qtbot, error_text.line)
    qtbot.keyClicks(error_text.line, "E13 Papierstau")
    press(qtbot, Qt.Key.Key_Return)
    assert panel.run.state.current == "escalate"
    assert panel.next_button.text() == "Finish"

    with qtbot.waitSignal(panel.escalation_proposed) as proposed, \
            qtbot.waitSignal(panel.finished) as finished:
        press(qtbot, Qt.Key.Key_Return)
    note = {"to_level": 2, "tried": "Fehler: E13 Papierstau", "findings": "Gerät: Drucker",
            "told_customer": "Rückmeldung durch den 2nd Level."}
    assert proposed.args == [note]
    assert finished.args == ["escalated"]
    assert panel.page == panel.PAGE_END
    assert panel.outcome_label.text() == "Outcome: escalated"
    assert panel.handover_title.text() == "Hand-over to level 2 (prefilled)"
    assert panel.handover.toPlainText().split("\n\n") == [
        "Tried:\nFehler: E13 Papierstau", "Findings:\nGerät: Drucker",
        "Told the customer:\nRückmeldung durch den 2nd Level."]
    assert "   - Fehlertext: E13 Papierstau" in panel.transcript_view.toPlainText()

    # saved: the run, the transcript on the ticket, the fields the script set
    assert rows(db, "SELECT outcome, ended_at IS NOT NULL FROM script_runs") == [
        ("escalated", 1)]
    entries = rows(db, "SELECT kind, data FROM ticket_entries")
    assert [kind for kind, _data in entries] == ["script_transcript"]
    data = json.loads(entries[0][1])
    assert [p["step"] for p in data["path"]] == ["greet", "printer", "escalate"]
    assert data["escalation"] == note
    assert rows(db, "SELECT category, impact FROM tickets") == [("Drucker", 2)]


def test_a_run_resumes_after_the_window_is_closed_and_reopened(
        qtbot: Any, folder: Path, db: LocalDatabase) -> None:
    panel = open_panel(qtbot, db)
    panel.show_for_ticket(TICKET)
    press(qtbot, Qt.Key.Key_Return)  # start the suggested script
    press(qtbot, Qt.Key.Key_1)  # Drucker
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1, ALT)  # Yes: saved as it is given
    error_text = panel.question_widget("error_text")
    assert error_text is not None and error_text.line is not None
    tab_to(qtbot, error_text.line)
    qtbot.keyClicks(error_text.line, "E13")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    assert json.loads(rows(db, "SELECT answers FROM script_runs")[0][0]) == {
        "device": "Drucker", "error_shown": True, "error_text": "E13"}
    panel.close()
    panel.deleteLater()
    db.close()

    reopened = LocalDatabase(folder).open()
    try:
        again = open_panel(qtbot, reopened)
        with qtbot.waitSignal(again.step_shown) as shown:
            again.show_for_ticket(TICKET)
        assert shown.args == ["printer"]
        assert again.page == again.PAGE_RUN
        assert again.path_label.text() == "Greeting \u203a <b>Printer</b>"
        error_shown = again.question_widget("error_shown")
        error_text = again.question_widget("error_text")
        assert error_shown is not None and error_text is not None
        assert error_shown.buttons[0].isChecked() and not error_shown.buttons[1].isChecked()
        assert error_text.line is not None and error_text.line.text() == "E13"
        assert again.back_button.isEnabled()
        # and it carries on where it was
        with qtbot.waitSignal(again.finished) as finished:
            press(qtbot, Qt.Key.Key_Return)
            press(qtbot, Qt.Key.Key_Return)
        assert finished.args == ["escalated"]
        assert rows(reopened, "SELECT count(*) FROM script_runs") == [(1,)]
        again.close()
    finally:
        reopened.close()


def test_number_keys_tick_multiple_choices_and_wrong_answers_are_explained(
        qtbot: Any, db: LocalDatabase) -> None:
    panel = open_panel(qtbot, db)
    panel.show_for_ticket(TICKET)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)  # Laptop
    press(qtbot, Qt.Key.Key_Return)
    assert panel.run is not None and panel.run.state.current == "laptop"
    affected = panel.question_widget("affected")
    symptoms = panel.question_widget("symptoms")
    phone = panel.question_widget("callback_phone")
    assert affected is not None and symptoms is not None and phone is not None
    assert affected.line is not None and phone.line is not None
    assert affected.line.placeholderText() == "1 to 500"
    qtbot.keyClicks(affected.line, "600")
    tab_to(qtbot, symptoms.buttons[0])
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_2)
    assert [b.isChecked() for b in symptoms.buttons] == [False, True, True]
    tab_to(qtbot, phone.line)
    qtbot.keyClicks(phone.line, "12")
    press(qtbot, Qt.Key.Key_Return)
    assert panel.run.state.current == "laptop"
    assert affected.error.text() == "Enter at most 500."
    assert phone.error.text() == "Enter a valid phone number, e.g. +49 89 1234567."
    assert focused() is affected.line
    affected.line.setText("3")
    phone.line.setText("089 1234567")
    press(qtbot, Qt.Key.Key_Return)
    assert panel.run.state.current == "callback"
    assert panel.run.state.answers["callback_phone"] == "+49891234567"
    assert panel.run.state.answers["symptoms"] == ("Akku", "Bildschirm")
    # Alt+Home starts over
    press(qtbot, Qt.Key.Key_Home, ALT)
    assert panel.run.state.current == "greet" and dict(panel.run.state.answers) == {}
    assert rows(db, "SELECT current_step, answers FROM script_runs") == [("greet", "{}")]


def test_alt_number_answers_in_the_script_although_the_window_uses_it_for_views(
        qtbot: Any, db: LocalDatabase) -> None:
    """The main window shows view n on Alt+n. Two shortcuts on one key are ambiguous and
    Qt runs neither, so the running script takes Alt+n while it has the focus; outside
    it the window's action still works."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    elsewhere = QLineEdit(host)
    layout.addWidget(elsewhere)
    panel = ScriptPanel(db, DirectEditor(LocalWriter(db, "user-1")), host)
    layout.addWidget(panel)
    shown_views: list[int] = []
    view_action = QAction("Show view 1", host)
    view_action.setShortcut(QKeySequence("Alt+1"))
    view_action.triggered.connect(lambda: shown_views.append(1))
    host.addAction(view_action)
    host.resize(900, 640)
    host.show()
    with qtbot.waitActive(host):
        host.activateWindow()

    panel.show_for_ticket(TICKET, "call-1")
    with qtbot.waitSignal(panel.step_shown):
        press(qtbot, Qt.Key.Key_Return)
    device = panel.question_widget("device")
    assert device is not None and focused() is device.buttons[0]
    press(qtbot, Qt.Key.Key_1, ALT)
    assert device.buttons[0].isChecked()
    assert shown_views == []

    elsewhere.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is elsewhere)
    press(qtbot, Qt.Key.Key_1, ALT)
    assert shown_views == [1]

