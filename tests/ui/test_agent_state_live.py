"""The agent's state and the wrap-up through the real window against a real server: the
status-bar menu and its shortcuts write ``agent_states`` rows through the outbox (also
offline), the telephone system's webhook drives on a call → after-call work → wrap-up
bar, confirming the wrap-up writes the call and returns to available, and sign-out
ends in offline — each checked in the server's database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from desktop.app.agent_states import open_states
from desktop.app.sync_service import SyncService
from desktop.domain.agent_states import State
from desktop.sync.api import ServerClient, push_batch
from desktop.sync.http import make_http_client
from desktop.sync.outbox import PENDING
from desktop.ui.agent_state import AgentStatePanel
from desktop.ui.application import AppController
from desktop.ui.main_window import MainWindow
from server.store import make_engine
from tests.support.server_helpers import make_user, write_rows
from tests.ui.conftest import (
    AGENT,
    AGENT_PASSWORD,
    UiServer,
    fill_server,
    make_settings,
    sqlite_server_url,
)

SECRET = "telephony-test-secret"
WAIT = 20_000
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
CODES = [("solved_first_contact", "Im Erstkontakt gelöst", "Solved at first contact", True),
         ("callback_agreed", "Rückruf vereinbart", "Callback agreed", True),
         ("old_code", "Veraltet", "Retired", False),
         ("ticket_created", "Ticket angelegt", "Ticket created", True)]


@pytest.fixture
def call_server(tmp_path: Path, live_server: Any) -> UiServer:
    folder = tmp_path / "server"
    folder.mkdir()
    db_url = sqlite_server_url(folder)
    user_id = fill_server(db_url)  # Anna Schmidt on extension 2001
    write_rows(db_url, "customer_phones", [{"id": "phone-0", "customer_id": "cust-0",
                                            "label": "mobil", "e164": "+491711234567"}])
    write_rows(db_url, "wrap_up_codes", [
        {"id": f"code-{n}", "code": code, "label_de": de, "label_en": en, "active": active,
         "position": n} for n, (code, de, en, active) in enumerate(CODES)])
    server = live_server(db_url, extra_args=["--telephony-secret", SECRET])
    return UiServer(server.url, db_url, user_id, server)


@pytest.fixture
def controller(qtbot: Any, qapp: QApplication, call_server: UiServer, tmp_path: Path,
               local_db: Any, tasks: Any) -> Iterator[AppController]:
    settings = make_settings(call_server.url, tmp_path / "client", sync_interval=3600)
    ctl = AppController(qapp, settings, local_db, tasks)
    yield ctl
    if ctl.sync is not None:  # no sync may still be running when the engine closes
        sync = ctl.sync
        sync.stop()
        qtbot.waitUntil(lambda: not sync.running and not sync.queued, timeout=WAIT)
        sync.shutdown()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    if ctl.window is not None and isValid(ctl.window):
        ctl.window.closed.disconnect()
        ctl.window.close()
    if ctl.login is not None and isValid(ctl.login):
        ctl.login.close()
    ctl.engine.close()


@pytest.fixture
def window(qtbot: Any, controller: AppController) -> MainWindow:
    with qtbot.waitSignal(controller.main_window_opened, timeout=WAIT) as opened:
        controller.start(AGENT, AGENT_PASSWORD)
    main: MainWindow = opened.args[0]  # closed by ``controller`` after the sync stopped
    with qtbot.waitActive(main):
        main.activateWindow()
    sync = controller.sync
    assert isinstance(sync, SyncService)
    qtbot.waitUntil(lambda: sync.last_result is not None and sync.stream_connected
                    and not sync.running and not sync.queued, timeout=WAIT)
    return main


def panel_of(window: MainWindow) -> AgentStatePanel:
    panel = window.agent_state
    assert isinstance(panel, AgentStatePanel)
    return panel


def server_rows(db_url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql).all()]
    finally:
        engine.dispose()


def server_states(server: UiServer) -> list[tuple[Any, ...]]:
    """(state, reason, open) of the agent's rows on the server, in order."""
    return server_rows(server.db_url,
                       "SELECT state, reason, ended_at IS NULL FROM agent_states "
                       f"WHERE user_id = '{server.user_id}' ORDER BY started_at, version")


def post_call(url: str, call_id: str, event: str) -> None:
    reply = httpx.post(f"{url}/api/v1/telephony/events", timeout=10,
                       headers={"Authorization": f"Bearer {SECRET}"},
                       json={"event": event, "call_id": call_id, "caller": "0171 1234567",
                             "dialled": "+49 89 9999000", "direction": "inbound",
                             "extension": "2001"})
    assert reply.status_code == 200, reply.text


def test_sign_in_shortcuts_and_menu_write_states_offline_and_sync_them(
        qtbot: Any, window: MainWindow, call_server: UiServer) -> None:
    panel = panel_of(window)
    service = panel.service
    # signed in: available, in the status bar, and on the server
    assert service.presence.state is State.AVAILABLE
    assert panel.button.text().startswith("Available")
    rows = dict(window.shortcut_rows())  # the F1 list
    assert rows["Set your status: Available"] == "Ctrl+Alt+1"
    assert rows["Set your status: Offline"] == "Ctrl+Alt+4"
    assert rows["Go to the wrap-up"] == "Ctrl+Alt+C"
    qtbot.waitUntil(lambda: server_states(call_server) == [("available", "", 1)],
                    timeout=WAIT)

    call_server.stop()  # offline: the changes wait in the outbox
    sync = window.sync
    qtbot.waitUntil(lambda: not sync.stream_connected, timeout=WAIT)
    QTest.keyClick(window, Qt.Key.Key_3, CTRL_ALT)  # training
    assert service.presence.state is State.TRAINING
    assert panel.button.text().startswith("Training")
    assert panel.state_actions[State.TRAINING].isChecked()
    writer = sync.writer()
    assert writer is not None
    waiting = [(i.entity, i.op, i.fields.get("state"), i.fields.get("ended_at") is not None)
               for i in writer.items(PENDING)]
    # the available row ends and the training row begins, both in the outbox
    assert waiting == [("agent_states", "update", None, True),
                       ("agent_states", "create", "training", False)]
    rows = open_states(window.db, call_server.user_id)
    assert [(r["state"], r["reason"]) for r in rows] == [("training", "")]

    # Ctrl+Alt+2 lists the break reasons; "2" picks the short break
    QTest.keyClick(window, Qt.Key.Key_2, CTRL_ALT)
    qtbot.waitUntil(panel.break_menu.isVisible, timeout=WAIT)
    QTest.keyClick(panel.break_menu, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: service.presence.state is State.BREAK, timeout=WAIT)
    assert service.presence.reason == "short_break"
    assert panel.button.text().startswith("Break: Short break")
    # the menu: back to available
    panel.state_actions[State.AVAILABLE].trigger()
    assert service.presence.state is State.AVAILABLE
    assert [r["state"] for r in open_states(window.db, call_server.user_id)] == ["available"]
    assert len(writer.items(PENDING)) == 6

    call_server.start()
    qtbot.waitUntil(lambda: writer.pending_count() == 0, timeout=60_000)
    assert server_states(call_server) == [("available", "", 0), ("training", "", 0),
                                          ("break", "short_break", 0), ("available", "", 1)]


def test_a_call_puts_the_agent_on_a_call_then_wrap_up_returns_to_available(
        qtbot: Any, window: MainWindow, call_server: UiServer) -> None:
    panel = panel_of(window)
    service = panel.service
    post_call(call_server.url, "call-1", "ringing")
    qtbot.waitUntil(lambda: "call-1" in window.side_panels.screen_pops, timeout=WAIT)
    assert service.presence.state is State.AVAILABLE  # ringing alone changes nothing
    post_call(call_server.url, "call-1", "answered")
    qtbot.waitUntil(lambda: service.presence.state is State.ON_CALL, timeout=WAIT)
    assert panel.button.text().startswith("On a call")
    # during a call only offline may be chosen: the shortcut is refused, said in the bar
    QTest.keyClick(window, Qt.Key.Key_3, CTRL_ALT)
    assert service.presence.state is State.ON_CALL
    assert window.statusBar().currentMessage() == "During a call only Offline can be chosen."

    post_call(call_server.url, "call-1", "hangup")
    qtbot.waitUntil(lambda: service.presence.state is State.AFTER_CALL_WORK, timeout=WAIT)
    bar = panel.bar
    qtbot.waitUntil(panel.toolbar.isVisible, timeout=WAIT)
    assert "Jürgen Müller" in bar.call_label.text()
    # the active codes by position, in the interface's language; none chosen yet
    assert [bar.code_combo.itemText(i) for i in range(bar.code_combo.count())] == [
        "Solved at first contact", "Callback agreed", "Ticket created"]
    assert bar.code_combo.currentIndex() == -1
    assert bar.next_state() == ("available", "")
    assert not bar.warning
    # over the after-call-work limit the bar turns to the warning colour
    real_clock = service.clock
    service.clock = lambda: real_clock() + timedelta(seconds=service.settings
                                                     .after_call_work_seconds + 5)
    panel.refresh()
    assert bar.warning and bar.timer_label.property("warn") is True
    service.clock = real_clock
    panel.refresh()
    assert not bar.warning

    QTest.keyClick(window, Qt.Key.Key_C, CTRL_ALT)  # into the bar (from the screen pop)
    qtbot.waitUntil(bar.code_combo.hasFocus, timeout=WAIT)
    QTest.keyClick(bar.code_combo, Qt.Key.Key_Return)  # Enter without a code: refused
    assert not bar.error_label.isHidden()
    assert service.presence.state is State.AFTER_CALL_WORK
    bar.code_combo.setCurrentIndex(bar.code_combo.findData("callback_agreed"))
    QTest.keyClick(bar.code_combo, Qt.Key.Key_Return)
    assert service.presence.state is State.AVAILABLE
    assert not panel.toolbar.isVisible()

    def call_row() -> list[tuple[Any, ...]]:
        return server_rows(call_server.db_url,
                           "SELECT wrap_up_code, wrap_up_ended_at IS NOT NULL, agent_id "
                           "FROM calls WHERE external_id = 'call-1'")

    qtbot.waitUntil(lambda: call_row() == [("callback_agreed", 1, call_server.user_id)],
                    timeout=WAIT)
    qtbot.waitUntil(lambda: server_states(call_server) == [
        ("available", "", 0), ("on_call", "", 0), ("after_call_work", "", 0),
        ("available", "", 1)], timeout=WAIT)
    assert service.unsaved_wrap_ups() == 0


def test_sign_out_ends_in_offline_on_the_server(qtbot: Any, window: MainWindow,
                                                controller: AppController,
                                                call_server: UiServer) -> None:
    panel = panel_of(window)
    assert panel.choose_break("lunch")
    writer = window.sync.writer()
    assert writer is not None
    qtbot.waitUntil(lambda: writer.pending_count() == 0, timeout=WAIT)
    window.sign_out_requested.emit()  # what "Sign out" does after its question
    qtbot.waitUntil(lambda: controller.login is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: server_states(call_server)[-1:] == [("offline", "", 1)],
                    timeout=WAIT)
    assert server_states(call_server) == [("available", "", 0), ("break", "lunch", 0),
                                          ("offline", "", 1)]
    # the break ends where offline begins: no gap, no overlap
    assert server_rows(call_server.db_url,
                       "SELECT b.ended_at = o.started_at FROM agent_states b, agent_states o "
                       "WHERE b.state = 'break' AND o.state = 'offline'") == [(1,)]


def test_quit_ends_in_offline_on_the_server(qtbot: Any, window: MainWindow,
                                            call_server: UiServer) -> None:
    panel = panel_of(window)
    assert panel.choose(State.TRAINING)
    window.close()  # File → Quit: the state ends and is sent before the app goes
    qtbot.waitUntil(lambda: server_states(call_server)[-1:] == [("offline", "", 1)],
                    timeout=WAIT)
    assert [s for s, _r, _o in server_states(call_server)] == ["available", "training",
                                                               "offline"]


def test_wrap_up_codes_are_managed_by_supervisors_and_calls_by_their_agent(
        call_server: UiServer, tmp_path: Path) -> None:
    post_call(call_server.url, "call-9", "answered")  # Anna's call (extension 2001)
    call_row = server_rows(call_server.db_url,
                           "SELECT id FROM calls WHERE external_id = 'call-9'")[0][0]
    make_user(call_server.db_url, "sina.vogel", "Tafel-2026!", "supervisor",
              display_name="Sina Vogel")

    def push(user: str, password: str, entity: str, entity_id: str, op: str,
             fields: dict[str, Any]) -> dict[str, Any]:
        client = ServerClient(make_http_client(make_settings(call_server.url,
                                                             tmp_path / f"c-{user}")))
        try:
            client.login(user, password)
            reply = push_batch(client, str(uuid.uuid4()), [{
                "seq": 1, "id": str(uuid.uuid4()), "entity": entity,
                "entity_id": entity_id, "op": op, "base": {}, "base_version": 0,
                "fields": fields}])
        finally:
            client.close()
        result: dict[str, Any] = reply["results"][0]
        return result

    code = {"code": "survey", "label_de": "Umfrage", "label_en": "Survey", "position": 9}
    refused = push(AGENT, AGENT_PASSWORD, "wrap_up_codes", str(uuid.uuid4()), "create", code)
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")
    assert push("sina.vogel", "Tafel-2026!", "wrap_up_codes", str(uuid.uuid4()), "create",
                code)["status"] == "applied"
    # another agent may not wrap up Anna's call; Anna may
    wrap = {"wrap_up_code": "survey", "wrap_up_ended_at": "2026-11-23T10:00:00Z"}
    other = push("tom.berger", "Tee-2026!!", "calls", call_row, "update", wrap)
    assert (other["status"], other["code"]) == ("rejected", "forbidden")
    assert push(AGENT, AGENT_PASSWORD, "calls", call_row, "update", wrap)["status"] == "applied"
    assert server_rows(call_server.db_url, "SELECT wrap_up_code FROM calls WHERE id = "
                                           f"'{call_row}'") == [("survey",)]
