"""A call from the telephone system reaches the agent's window live: the webhook on the
real server, the event stream, the screen pop with the matching customer (or a form
for an unknown number), and the customer panel taking over what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from desktop.app.sync_service import SyncService
from desktop.ui.application import AppController
from desktop.ui.main_window import MainWindow
from desktop.ui.screen_pop import ScreenPop
from tests.support.server_helpers import write_rows
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


@pytest.fixture
def call_server(tmp_path: Path, live_server: Any) -> UiServer:
    folder = tmp_path / "server"
    folder.mkdir()
    db_url = sqlite_server_url(folder)
    user_id = fill_server(db_url)  # Anna Schmidt on extension 2001
    write_rows(db_url, "customer_phones", [{"id": "phone-0", "customer_id": "cust-0",
                                            "label": "mobil", "e164": "+491711234567"}])
    server = live_server(db_url, extra_args=["--telephony-secret", SECRET])
    return UiServer(server.url, db_url, user_id, server)


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, call_server: UiServer, tmp_path: Path,
           local_db: Any, tasks: Any) -> Iterator[MainWindow]:
    settings = make_settings(call_server.url, tmp_path / "client", sync_interval=3600)
    ctl = AppController(qapp, settings, local_db, tasks)
    with qtbot.waitSignal(ctl.main_window_opened, timeout=WAIT) as opened:
        ctl.start(AGENT, AGENT_PASSWORD)
    main: MainWindow = opened.args[0]
    qtbot.addWidget(main)
    sync = ctl.sync
    assert isinstance(sync, SyncService)
    qtbot.waitUntil(lambda: sync.last_result is not None and sync.stream_connected
                    and not sync.running, timeout=WAIT)
    yield main
    sync.shutdown()
    main.closed.disconnect()
    main.close()
    ctl.engine.close()


def post_call(url: str, call_id: str, caller: str, event: str = "ringing") -> None:
    reply = httpx.post(f"{url}/api/v1/telephony/events", timeout=10,
                       headers={"Authorization": f"Bearer {SECRET}"},
                       json={"event": event, "call_id": call_id, "caller": caller,
                             "dialled": "+49 89 9999000", "direction": "inbound",
                             "extension": "2001"})
    assert reply.status_code == 200, reply.text


def pop_for(window: MainWindow, call_id: str) -> ScreenPop | None:
    return window.side_panels.screen_pops.get(call_id)


def test_a_known_caller_pops_up_with_the_customer(qtbot: Any, window: MainWindow,
                                                  call_server: UiServer) -> None:
    post_call(call_server.url, "call-known", "0171 1234567")  # any format
    qtbot.waitUntil(lambda: pop_for(window, "call-known") is not None, timeout=WAIT)
    pop = pop_for(window, "call-known")
    assert pop is not None and pop.isVisible()
    assert not pop.showing_form
    assert pop.matches.count() == 1
    # the same call's next event updates this pop instead of opening another
    post_call(call_server.url, "call-known", "0171 1234567", event="answered")
    qtbot.waitUntil(lambda: pop.stage == "answered", timeout=WAIT)
    assert len(window.side_panels.screen_pops) == 1
    # opening the customer shows them in the customer panel
    pop.matches.setCurrentRow(0)
    pop.action_button.click()
    qtbot.waitUntil(lambda: window.side_panels.customer.customer_id == "cust-0",
                    timeout=WAIT)


def test_an_unknown_caller_gets_a_prefilled_new_customer_form(
        qtbot: Any, window: MainWindow, call_server: UiServer) -> None:
    post_call(call_server.url, "call-unknown", "+49 30 12345678")
    qtbot.waitUntil(lambda: pop_for(window, "call-unknown") is not None, timeout=WAIT)
    pop = pop_for(window, "call-unknown")
    assert pop is not None and pop.showing_form
    pop.form.first_name.setText("Jürgen")
    pop.form.last_name.setText("Weiß")
    pop.action_button.click()
    panel = window.side_panels.customer
    qtbot.waitUntil(lambda: panel.creating, timeout=WAIT)
    # nothing typed into the pop is lost: it is in the panel's form, ready to save
    assert panel.first_name_edit.text() == "Jürgen"
    assert panel.last_name_edit.text() == "Weiß"
    assert panel.phone_rows[0].value().text.replace(" ", "") in {"+493012345678",
                                                                   "03012345678"}
