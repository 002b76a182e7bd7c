"""The knowledge panel's article actions through the real main window against a real
server: "this solved it" / "did not help", link to the ticket, the solution into the
note, counts and solved tickets, versions and their comparison, proposing from a solved
ticket, the editor with its role-dependent buttons, and a refusal in the agent's
language. Keys are pressed as the agent would (window-wide shortcuts)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.app.sync_service import SyncService
from desktop.sync.localdb import LocalDatabase
from desktop.ui.application import AppController
from desktop.ui.knowledge_editor import KnowledgeEditor, native
from desktop.ui.knowledge_panel import KnowledgePanel
from desktop.ui.main_window import MainWindow
from server.store import make_engine
from tests.support.server_helpers import make_user, write_rows
from tests.ui.conftest import (
    AGENT,
    AGENT_PASSWORD,
    OFFSCREEN_NOISE,
    UiServer,
    make_settings,
)

WAIT = 20_000
ARTICLE = "0000aaaa-0000-4000-8000-000000000001"
DRAFT = "0000aaaa-0000-4000-8000-000000000002"
OPEN_TICKET = "00000000-0000-4000-8000-000000000001"  # status "new"
SOLVED_TICKET = "00000000-0000-4000-8000-000000000006"  # status "resolved"
EDITOR, EDITOR_PASSWORD = "eva.editor", "Kakao-2026!!"
SHOTS = os.environ.get("AGENTDESK_TEST_SHOTS")  # a folder: save screenshots there

# desktop/ui/agent_state.py (being written by another engineer) inserts into an empty
# status bar at index 0; Qt warns and appends. Not this module's concern.
noise = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE, r"QStatusBar::insertPermanentWidget")

BODY_1 = """# WLAN verbindet nicht

## Problem

Der Laptop findet das Funknetz, verbindet sich aber nicht.

## Lösung

1. WLAN am Laptop aus- und einschalten.
2. Router neu starten.
"""
BODY_2 = BODY_1 + "3. Treiber über das Softwarecenter aktualisieren.\n"


@pytest.fixture
def kb_server(ui_server: UiServer) -> UiServer:
    """The demo centre plus a knowledge editor, a published article with two versions
    and an old "helped" vote, and a 2nd-level draft."""
    eva = make_user(ui_server.db_url, EDITOR, EDITOR_PASSWORD, "supervisor",
                    display_name="Eva Editor")
    tom = server_value(ui_server.db_url, "SELECT id FROM users WHERE username='tom.berger'")
    common = {"category": "Netzwerk", "language": "de", "product": "Laptop",
              "related": "[]", "helped_count": 0, "not_helped_count": 0}
    write_rows(ui_server.db_url, "kb_articles", [
        {"id": ARTICLE, "title": "WLAN verbindet nicht", "body": BODY_2,
         "tags": '["wlan", "router"]', "status": "published", "revision": 2,
         "published_revision": 2, "author_id": tom, **common},
        {"id": DRAFT, "title": "VPN bricht ab", "body": "# VPN bricht ab\n\nEntwurf.",
         "tags": '["vpn"]', "status": "draft", "revision": 1, "published_revision": 0,
         "author_id": tom, **common}])
    write_rows(ui_server.db_url, "kb_article_versions", [
        {"id": f"0000bbbb-0000-4000-8000-00000000000{r}", "article_id": ARTICLE,
         "revision": r, "title": "WLAN verbindet nicht", "body": body,
         "category": "Netzwerk", "tags": '["wlan", "router"]', "author_id": tom,
         "published_by": eva, "change_note": note}
        for r, body, note in ((1, BODY_1, "Erste Fassung"), (2, BODY_2, "Treiber ergänzt"))])
    write_rows(ui_server.db_url, "kb_events", [
        {"id": "0000cccc-0000-4000-8000-000000000001", "article_id": ARTICLE,
         "ticket_id": SOLVED_TICKET, "user_id": tom, "kind": "helped"}])
    return ui_server


def server_value(db_url: str, sql: str) -> Any:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql(sql).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def open_window(qapp: QApplication, qtbot: Any, kb_server: UiServer, tmp_path: Path,
                local_db: LocalDatabase, tasks: Any) -> Iterator[Callable[[str, str],
                                                                          MainWindow]]:
    controllers: list[AppController] = []

    def open_as(user: str, password: str) -> MainWindow:
        settings = make_settings(kb_server.url, tmp_path / "client", sync_interval=3600)
        ctl = AppController(qapp, settings, local_db, tasks)
        controllers.append(ctl)
        with qtbot.waitSignal(ctl.main_window_opened, timeout=WAIT) as opened:
            ctl.start(user, password)
        main: MainWindow = opened.args[0]
        qtbot.addWidget(main)
        main.resize(1400, 900)
        with qtbot.waitActive(main):
            main.activateWindow()
        sync = ctl.sync
        assert sync is not None
        qtbot.waitUntil(lambda: sync.last_result is not None and idle(sync)(),
                        timeout=WAIT)
        return main

    yield open_as
    for ctl in controllers:
        if ctl.sync is not None:
            ctl.sync.shutdown()
        if ctl.window is not None:
            ctl.window.closed.disconnect()
            ctl.window.close()
        ctl.engine.close()


def idle(sync: SyncService) -> Callable[[], bool]:
    return lambda: not sync.running and not sync.queued and sync.outbox_counts()[0] == 0


def panel_of(window: MainWindow) -> KnowledgePanel:
    panel: KnowledgePanel = window.side_panels.knowledge
    return panel


def show_ticket(qtbot: Any, window: MainWindow, ticket_id: str) -> None:
    row = window.ticket_model.row_of(ticket_id)
    if row is not None:
        window.select_ticket_row(row)
    else:  # not in the current view (solved tickets): opened by reference
        window.ticket_workflow.open_ticket(ticket_id)
        window.show_ticket(ticket_id)
    qtbot.waitUntil(lambda: panel_of(window).ticket_id() == ticket_id, timeout=WAIT)


def open_article(qtbot: Any, panel: KnowledgePanel, article_id: str) -> None:
    with qtbot.waitSignal(panel.article_opened, timeout=WAIT):
        panel.open_article(article_id)


def press(window: MainWindow, keys: str) -> None:
    """A window-wide shortcut, as the agent types it."""
    key = getattr(Qt.Key, f"Key_{keys.rsplit('+', 1)[1]}")
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)


def activate(qtbot: Any, widget: Any) -> None:
    widget.raise_()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=WAIT)


def cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    return str(item.text()) if item is not None else ""


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


@noise
def test_feedback_link_and_solution_from_the_ticket(qtbot: Any, open_window: Any,
                                                    kb_server: UiServer) -> None:
    window = open_window(AGENT, AGENT_PASSWORD)
    panel = panel_of(window)
    show_ticket(qtbot, window, OPEN_TICKET)
    open_article(qtbot, panel, ARTICLE)
    assert panel.ticket_bar.isVisible()
    assert panel.helped_action.isEnabled() and panel.not_helped_action.isEnabled()
    assert panel.helped_action.text() == "This solved it (1)"  # the old vote
    assert panel.solved_label.isVisible() and "T-2026-004717" in panel.solved_label.text()
    assert "Ctrl+Alt+Y" in panel.helped_action.toolTip()
    # a 1st-level agent may not edit a published article, only propose an improvement
    assert not panel.edit_action.isVisible() and not panel.new_action.isVisible()
    for name in ("kbEditButton", "kbNewButton"):
        button = panel.findChild(QToolButton, name)
        assert button is not None and not button.isVisible()
    assert not panel.improve_action.isVisible()  # the ticket is not solved

    press(window, "Ctrl+Alt+Y")  # this solved it
    assert panel.helped_action.text() == "✓ This solved it (2)"
    assert panel.helped_action.isChecked()
    assert not panel.helped_action.isEnabled() and not panel.not_helped_action.isEnabled()
    assert not panel.vote("not_helped")  # one vote per agent and ticket
    assert panel.status.text() == "You have already rated this article for this ticket."

    press(window, "Ctrl+Alt+K")  # link to the ticket
    assert panel.linked_label.isVisible()
    assert "WLAN verbindet nicht" in panel.linked_label.text()
    assert not panel.link_action.isEnabled()

    window.knowledge_dock.show()
    window.knowledge_dock.raise_()
    shot(panel, "knowledge-panel-with-ticket.png")

    press(window, "Ctrl+Alt+I")  # the solution steps into the note
    editor = window.ticket_workflow.tabs.editor_for(OPEN_TICKET)
    assert editor is not None
    note = editor.entry_edit.toPlainText()
    assert note.startswith("1. WLAN am Laptop aus- und einschalten.")
    assert "3. Treiber" in note and "Problem" not in note and "findet das" not in note
    assert editor.entry_kind() == "note"
    shot(window, "knowledge-article-with-ticket.png")

    sync = window.sync
    qtbot.waitUntil(idle(sync), timeout=WAIT)
    assert server_value(kb_server.db_url, "SELECT group_concat(kind, ',') FROM (SELECT kind "
                        f"FROM kb_events WHERE ticket_id='{OPEN_TICKET}' ORDER BY kind)"
                        ) == "helped,inserted,linked"
    assert server_value(kb_server.db_url, "SELECT count(*) FROM kb_events WHERE kind='view' "
                        f"AND article_id='{ARTICLE}'") == 1
    assert server_value(kb_server.db_url, f"SELECT helped_count FROM kb_articles "
                        f"WHERE id='{ARTICLE}'") == 1
    usage = panel.current_usage()
    assert usage is not None and (usage.views, usage.uses, usage.helped) == (1, 2, 2)
    assert panel.usage_label.text() == "Views: 1 · uses: 2 · tickets solved: 2"


@noise
def test_a_script_step_opens_its_article_with_the_same_actions(
        qtbot: Any, open_window: Any, kb_server: UiServer) -> None:
    window = open_window(AGENT, AGENT_PASSWORD)
    panel = panel_of(window)
    show_ticket(qtbot, window, OPEN_TICKET)
    with qtbot.waitSignal(panel.article_opened, timeout=WAIT) as opened:
        window.side_panels.script.articles_requested.emit([ARTICLE])
    assert opened.args == [ARTICLE]
    assert panel.link_action.isEnabled()
    press(window, "Ctrl+Alt+N")  # did not help
    assert panel.not_helped_action.isChecked()
    assert panel.not_helped_action.text() == "✓ Did not help (1)"
    qtbot.waitUntil(idle(window.sync), timeout=WAIT)
    assert server_value(kb_server.db_url, f"SELECT not_helped_count FROM kb_articles "
                        f"WHERE id='{ARTICLE}'") == 1


@noise
def test_versions_are_listed_and_compared(qtbot: Any, open_window: Any) -> None:
    window = open_window(AGENT, AGENT_PASSWORD)
    panel = panel_of(window)
    open_article(qtbot, panel, ARTICLE)
    press(window, "Ctrl+Alt+V")
    dialog = panel.versions_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [cell(table, r, 0) for r in range(2)] == ["2", "1"]
    assert [cell(table, 0, c) for c in (2, 3, 4)] == ["Tom Berger", "Eva Editor",
                                                      "Treiber ergänzt"]
    html = dialog.comparison.toHtml()
    assert "3. Treiber über das Softwarecenter aktualisieren." in html
    assert "#def5de" in html  # the added line is highlighted
    shot(dialog, "knowledge-versions.png")
    dialog.compare(2, 2)
    assert "The text is the same in both versions." in dialog.comparison.toPlainText()
    dialog.close()


@noise
def test_first_level_proposes_from_a_solved_ticket(qtbot: Any, open_window: Any,
                                                   kb_server: UiServer) -> None:
    window = open_window(AGENT, AGENT_PASSWORD)
    panel = panel_of(window)
    show_ticket(qtbot, window, OPEN_TICKET)
    assert not panel.propose_action.isEnabled()  # not solved yet
    show_ticket(qtbot, window, SOLVED_TICKET)
    assert panel.propose_action.isEnabled()
    press(window, "Ctrl+Alt+P")
    (editor,) = panel.editors
    activate(qtbot, editor)
    title = server_value(kb_server.db_url,
                         f"SELECT title FROM tickets WHERE id='{SOLVED_TICKET}'")
    assert editor.title_edit.text() == title
    body = editor.body_edit.toPlainText()
    assert "## Lösung" in body and "Fernwartung angeboten" in body
    assert editor.record.source_ticket_id == SOLVED_TICKET
    # 1st level: draft and review only
    assert editor.review_button.isVisible() and editor.save_button.isVisible()
    assert not editor.publish_button.isVisible() and not editor.archive_button.isVisible()
    editor.tags_edit.setText("fernwartung, drucker")
    activate(qtbot, editor)
    QTest.keyClick(editor.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.record.id is not None and editor.record.status == "review"
    qtbot.waitUntil(idle(window.sync), timeout=WAIT)
    row = server_value(kb_server.db_url, "SELECT status || '|' || source_ticket_id || '|' || "
                       "tags FROM kb_articles WHERE id='" + editor.record.id + "'")
    assert row == f'review|{SOLVED_TICKET}|["fernwartung", "drucker"]'
    editor.close()


@noise
def test_a_refusal_is_shown_in_the_agents_language(qtbot: Any, open_window: Any,
                                                   kb_server: UiServer) -> None:
    window = open_window(AGENT, AGENT_PASSWORD)
    panel = panel_of(window)
    show_ticket(qtbot, window, SOLVED_TICKET)
    editor = panel.propose_from_ticket()
    assert editor is not None
    # meanwhile the customer called again and the ticket was reopened on the server
    write_rows(kb_server.db_url, "tickets", [{"id": SOLVED_TICKET, "status": "open"}])
    editor.review_button.click()
    qtbot.waitUntil(lambda: editor.error.isVisible(), timeout=WAIT)
    assert editor.error.text() == ("1st level proposes articles from a resolved or closed "
                                   "ticket only.")


@noise
def test_editor_writes_previews_and_publishes(qtbot: Any, open_window: Any,
                                              kb_server: UiServer) -> None:
    window = open_window(EDITOR, EDITOR_PASSWORD)
    panel = panel_of(window)
    open_article(qtbot, panel, DRAFT)  # an editor sees drafts
    assert panel.edit_action.isVisible() and panel.new_action.isVisible()
    press(window, "Ctrl+Alt+B")
    (editor,) = panel.editors
    assert isinstance(editor, KnowledgeEditor)
    activate(qtbot, editor)
    assert editor.publish_button.isVisible() and editor.archive_button.isVisible()
    assert native("Ctrl+Shift+Return") in editor.publish_button.toolTip()
    editor.body_edit.setPlainText("# VPN bricht ab\n\n## Lösung\n\n- **MTU** auf 1400 "
                                  "setzen\n- Client neu starten\n")
    qtbot.waitUntil(lambda: "MTU" in editor.preview.toPlainText(), timeout=WAIT)
    assert "## Lösung" not in editor.preview.toPlainText()  # rendered, not raw
    editor.tags_edit.setText("vpn, mtu")
    editor.related_search.setText("WLAN")
    QTest.keyClick(editor.related_search, Qt.Key.Key_Return)
    assert editor.related_ids() == [ARTICLE]
    shot(editor, "knowledge-editor.png")
    activate(qtbot, editor)
    QTest.keyClick(editor.body_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.record.status == "published"
    qtbot.waitUntil(idle(window.sync), timeout=WAIT)
    assert server_value(kb_server.db_url, f"SELECT status || '|' || published_revision || "
                        f"'|' || related FROM kb_articles WHERE id='{DRAFT}'") == (
        f'published|1|["{ARTICLE}"]')
    assert server_value(kb_server.db_url, f"SELECT count(*) FROM kb_article_versions "
                        f"WHERE article_id='{DRAFT}'") == 1
    editor.close()


@noise
def test_a_writer_sees_no_publish_button(qtbot: Any, open_window: Any) -> None:
    window = open_window("tom.berger", "Tee-2026!!")
    panel = panel_of(window)
    open_article(qtbot, panel, ARTICLE)
    editor = panel.edit_article()
    assert editor is not None
    assert not editor.publish_button.isVisible() and not editor.archive_button.isVisible()
    assert editor.review_button.isVisible() and not editor.save_button.isVisible()
    assert "review" in editor.info.text()
    editor.close()


def local_value(db: LocalDatabase, sql: str) -> Any:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@noise
def test_publishing_a_new_version_sends_its_change_note(qtbot: Any, open_window: Any,
                                                        kb_server: UiServer,
                                                        local_db: LocalDatabase) -> None:
    window = open_window(EDITOR, EDITOR_PASSWORD)
    panel = panel_of(window)
    open_article(qtbot, panel, ARTICLE)
    editor = panel.edit_article()
    assert editor is not None
    activate(qtbot, editor)
    assert editor.note_edit.isVisible() and editor.note_edit.text() == ""
    assert native("Alt+N") in editor.note_edit.toolTip()
    # the text as published needs no note (republishing it makes no new version)
    assert not editor.kb.change_note_required(editor.current_record(), "published")
    editor.body_edit.setPlainText(BODY_2 + "4. Laptop neu starten.\n")
    assert editor.kb.change_note_required(editor.current_record(), "published")
    assert not editor.kb.change_note_required(editor.current_record(), "review")
    # a new version of a published article without a note is refused in the editor
    activate(qtbot, editor)
    QTest.keyClick(editor.body_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.error.isVisible()
    assert editor.error.text() == ("Please describe in the change note what this version "
                                   "changes.")
    assert editor.note_edit.hasFocus()
    assert editor.record.status == "published" and window.sync.outbox_counts()[0] == 0
    # Alt+N is the way back to the note from the text
    editor.body_edit.setFocus()
    QTest.keyClick(editor.body_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert editor.note_edit.hasFocus()
    QTest.keyClicks(editor.note_edit, "Schritt 4: Neustart")
    shot(editor, "knowledge-editor-change-note.png")
    QTest.keyClick(editor.note_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not editor.error.isVisible() and editor.record.status == "published"
    assert editor.note_edit.text() == ""  # used up by this publication
    qtbot.waitUntil(idle(window.sync), timeout=WAIT)
    assert server_value(kb_server.db_url, f"SELECT change_note FROM kb_article_versions "
                        f"WHERE article_id='{ARTICLE}' AND revision=3") == (
        "Schritt 4: Neustart")
    assert server_value(kb_server.db_url, f"SELECT change_note FROM kb_articles "
                        f"WHERE id='{ARTICLE}'") == ""
    editor.close()
    # the version list shows it once the version row has been pulled
    window.sync.sync_now()
    qtbot.waitUntil(lambda: local_value(local_db, f"SELECT count(*) FROM kb_article_versions "
                                        f"WHERE article_id='{ARTICLE}'") == 3, timeout=WAIT)
    activate(qtbot, window)
    press(window, "Ctrl+Alt+V")
    dialog = panel.versions_dialog
    assert dialog is not None
    assert [cell(dialog.table, 0, c) for c in (0, 4)] == ["3", "Schritt 4: Neustart"]
    dialog.close()


@noise
def test_a_writers_note_waits_in_review_for_the_editor(qtbot: Any, open_window: Any,
                                                       kb_server: UiServer) -> None:
    window = open_window("tom.berger", "Tee-2026!!")
    panel = panel_of(window)
    open_article(qtbot, panel, ARTICLE)
    editor = panel.edit_article()
    assert editor is not None
    assert editor.note_edit.isVisible()  # beside "Send for review"
    editor.body_edit.setPlainText(BODY_2 + "4. Laptop neu starten.\n")
    editor.note_edit.setText("Neustart ergänzt")
    editor.review_button.click()
    assert editor.record.status == "review"
    qtbot.waitUntil(idle(window.sync), timeout=WAIT)
    assert server_value(kb_server.db_url, f"SELECT status || '|' || change_note "
                        f"FROM kb_articles WHERE id='{ARTICLE}'") == "review|Neustart ergänzt"
    editor.close()
