"""The call-script editor (desktop/ui/script_editor.py): it refuses a script with an
unreachable step, publishes a new revision, keeps what it does not show, previews,
and imports and exports YAML."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.app.script_runs import DirectEditor
from desktop.domain import scripts as sd
from desktop.domain.script_yaml import ScriptDocument, dump_script, load_script
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter
from desktop.ui.script_editor import ConditionError, ScriptEditor, format_when, parse_when
from tests.test_domain_scripts import DEMO
from tests.test_script_runs import base_rows, fill


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    fill(database, base_rows("user-1"))
    yield database
    database.close()


def open_editor(qtbot: Any, db: LocalDatabase, script_id: str | None = "demo-1"
                ) -> ScriptEditor:
    editor = ScriptEditor(db, DirectEditor(LocalWriter(db, "user-1")), script_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def rows(db: LocalDatabase, query: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def messages(editor: ScriptEditor) -> list[str]:
    return [editor.messages.item(i).text() for i in range(editor.messages.count())]


def test_the_editor_refuses_a_script_with_an_unreachable_step(qtbot: Any,
                                                              db: LocalDatabase) -> None:
    editor = open_editor(qtbot, db)
    sid = editor.add_step()
    assert sid == "step_8" and editor.current_step == sid
    editor.step_text_edit.setPlainText("Fragen Sie nach dem Wetter.")
    with qtbot.assertNotEmitted(editor.published):
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert messages(editor) == [
        "Error: Step \u201cstep_8\u201d cannot be reached from the start."]
    assert editor.status_label.text() == ("1 problem(s) must be fixed before publishing. "
                                          "The script was not published.")
    assert rows(db, "SELECT id, status FROM call_scripts WHERE key = 'demo'") == [
        ("demo-1", "published")]
    assert rows(db, "SELECT count(*) FROM outbox") == [(0,)]

    # a message leads to its step; once the step is reachable the script publishes
    editor.step_list.setCurrentRow(0)
    editor._on_message_activated(editor.messages.item(0))
    assert editor.current_step == "step_8"
    editor.step_list.setCurrentRow(list(editor.definition["steps"]).index("printer"))
    assert editor.branches_table.rowCount() == 2
    condition = editor.branches_table.item(1, 0)
    assert condition is not None and condition.text() == ""  # the default branch
    condition.setText("error_text = E99")
    editor._add_branch_row("", "step_8")
    with qtbot.waitSignal(editor.published) as published:
        qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert messages(editor) == []
    new_id = published.args[0]
    assert rows(db, "SELECT id, revision, status FROM call_scripts WHERE key = 'demo' "
                    "ORDER BY revision") == [("demo-1", 1, "archived"), (new_id, 2, "published")]
    stored = json.loads(rows(db, f"SELECT definition FROM call_scripts WHERE id = '{new_id}'"
                             )[0][0])
    assert stored["steps"]["printer"]["branches"] == [
        {"when": {"error_shown": True}, "goto": "escalate"},
        {"when": {"error_text": "E99"}, "goto": "solved"},
        {"when": {}, "goto": "step_8"}]
    assert stored["steps"]["step_8"] == {"text": "Fragen Sie nach dem Wetter.",
                                         "outcome": "solved"}
    assert editor.status_label.text().startswith("Published as revision 2.")


def test_the_form_keeps_the_script_as_it_was(qtbot: Any, db: LocalDatabase) -> None:
    editor = open_editor(qtbot, db)
    for row in range(editor.step_list.count()):  # every step through the form
        editor.step_list.setCurrentRow(row)
    document = editor.document()
    assert document is not None
    assert sd.to_definition(document.script) == DEMO
    assert (document.name, document.key, document.category, document.queue_id) == (
        "Geräte-Check", "demo", "Drucker", "q-1")
    assert editor.check() and editor.status_label.text() == "No problems found."


def test_renaming_a_step_follows_its_branches(qtbot: Any, db: LocalDatabase) -> None:
    editor = open_editor(qtbot, db)
    editor.step_list.setCurrentRow(list(editor.definition["steps"]).index("escalate"))
    editor.step_id_edit.setText("handover")
    editor._rename_step()
    document = editor.document()
    assert document is not None
    assert "handover" in document.script.steps and "escalate" not in document.script.steps
    assert document.script.steps["printer"].branches[0].goto == "handover"
    assert sd.validate(document.script) == []


def test_the_preview_runs_the_script_without_saving(qtbot: Any, db: LocalDatabase) -> None:
    editor = open_editor(qtbot, db)
    editor.preview()
    panel = editor.preview_panel
    assert editor.tabs.currentWidget() is panel and panel.page == panel.PAGE_RUN
    assert panel.step_text.text() == ("Guten Tag Frau Musterfrau, hier ist Alex Beispiel. "
                                      "Es geht um T-2026-000001.")
    device = panel.question_widget("device")
    assert device is not None
    device.choose(3)  # Telefon
    with qtbot.waitSignal(panel.step_shown):
        panel.next_step()
    with qtbot.waitSignal(panel.finished) as finished:
        panel.next_step()
    assert finished.args == ["not_responsible"]
    assert "Preview: nothing was saved." in panel.end_info.text()
    assert rows(db, "SELECT count(*) FROM script_runs") == [(0,)]
    assert rows(db, "SELECT count(*) FROM outbox") == [(0,)]


def test_yaml_export_and_import_round_trip(qtbot: Any, db: LocalDatabase,
                                           tmp_path: Path) -> None:
    editor = open_editor(qtbot, db)
    text = editor.export_yaml_text()
    assert text is not None
    assert load_script(text) == ScriptDocument(
        name="Geräte-Check", script=sd.parse_script(DEMO), key="demo", category="Drucker",
        queue_id="q-1")
    fresh = open_editor(qtbot, db, None)
    assert fresh.import_yaml_text(text)
    assert fresh.export_yaml_text() == text
    assert fresh.name_edit.text() == "Geräte-Check"
    assert fresh.queue_combo.currentData() == "q-1"
    # a malformed file is refused with the place of the problem
    assert not fresh.import_yaml_text("agentdesk_script: 1\nname: [kaputt\n")
    assert fresh.status_label.text().startswith("The file cannot be imported: The file is "
                                                "not valid YAML")
    assert fresh.status_label.text().endswith("(line 3, column 1)")
    assert fresh.export_yaml_text() == text  # what was there stays


def test_an_imported_script_publishes_as_its_key(qtbot: Any, db: LocalDatabase) -> None:
    editor = open_editor(qtbot, db, None)
    text = dump_script(ScriptDocument(name="Neu aus Git", key="from-git",
                                      script=sd.parse_script(DEMO)))
    assert editor.import_yaml_text(text)
    assert editor.publish()
    assert rows(db, "SELECT key, revision, status, name FROM call_scripts "
                    "WHERE key = 'from-git'") == [("from-git", 1, "published", "Neu aus Git")]


def test_statistics_per_script_and_step(qtbot: Any, db: LocalDatabase) -> None:
    from desktop.app.script_runs import ScriptRunService

    service = ScriptRunService(db, DirectEditor(LocalWriter(db, "user-1")))
    for device in ("Telefon", "Telefon", "Drucker"):
        run = service.start("demo-1", None)
        run, _a, _f = service.submit(run, {"device": device})
        if device == "Telefon":
            service.submit(run, {})
    editor = open_editor(qtbot, db)
    editor.tabs.setCurrentIndex(2)
    assert editor.stats_summary.text() == (
        "3 runs: 2 finished, 1 in progress, 0 left without an outcome. "
        "Outcomes: not our case: 2")
    table = editor.stats_table
    cells = [[table.item(r, c).text() for c in (0, 1, 3, 4)]  # type: ignore[union-attr]
             for r in range(table.rowCount())]
    assert cells == [["Greeting", "3", "0", "0"], ["Not ours", "2", "0", "2"]]


@pytest.mark.parametrize(("text", "when"), [
    ("", {}),
    ("device = Drucker", {"device": "Drucker"}),
    ("error_shown = ja", {"error_shown": True}),
    ("affected >= 10; affected < 100", {"affected": {"gte": 10, "lt": 100}}),
    ("device != Telefon", {"device": {"ne": "Telefon"}}),
    ("device in Drucker|Laptop", {"device": {"in": ["Drucker", "Laptop"]}}),
    ("affected = 2,5", {"affected": 2.5}),
])
def test_branch_conditions_as_text(text: str, when: dict[str, Any]) -> None:
    questions = {q.id: q for q in sd.parse_script(DEMO).questions().values()}
    assert parse_when(text, questions) == when
    assert parse_when(format_when(when), questions) == when


@pytest.mark.parametrize("text", ["device", "error_shown = vielleicht", "affected > viele",
                                  "= Drucker"])
def test_unreadable_conditions(text: str) -> None:
    questions = {q.id: q for q in sd.parse_script(DEMO).questions().values()}
    with pytest.raises(ConditionError):
        parse_when(text, questions)
