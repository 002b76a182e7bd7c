"""Click-to-dial (desktop/app/dialer.py): the HTTP path against a real local HTTP server
on a thread, the tel: path through a QDesktopServices URL handler, and the panel's
Call action with its translated failure message."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from desktop.app.dialer import Dialer, DialError, build_request
from desktop.app.tasks import TaskManager
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase
from desktop.ui.customer_panel import CustomerPanel
from tests.support.live_server import free_port
from tests.test_customer_records import HANS, _rows

WAIT = 5000
SHOTS = os.environ.get("AGENTDESK_TEST_SHOTS", "")  # a folder to keep screenshots in
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class TelephoneSystem:
    """A tiny HTTP interface of a telephone system: records each request, answers
    with ``status``."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.received = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                owner.requests.append({"path": self.path, "body": body,
                                       "type": self.headers.get("Content-Type")})
                self.send_response(owner.status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                owner.received.set()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="fake-pbx")

    def __enter__(self) -> TelephoneSystem:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def pbx() -> Iterator[TelephoneSystem]:
    with TelephoneSystem() as system:
        yield system


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown()


class TelHandler(QObject):
    """Stands in for the softphone: receives the tel: URLs QDesktopServices opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def tel_handler() -> Iterator[TelHandler]:
    handler = TelHandler()
    # PySide6's stub says bytes, but only a str is accepted at run time
    QDesktopServices.setUrlHandler("tel", handler, "handle")  # type: ignore[arg-type]
    yield handler
    QDesktopServices.unsetUrlHandler("tel")


def test_build_request_fills_the_placeholders() -> None:
    request = build_request("https://pbx.example/dial?to={number}&from={extension}",
                            "+491711234567", "204")
    assert request.url == "https://pbx.example/dial?to=%2B491711234567&from=204"
    assert request.body is None
    request = build_request("https://pbx.example/api/{extension}/calls", "+4930123", "204",
                            "anna")
    assert request.url == "https://pbx.example/api/204/calls"
    assert request.body == {"number": "+4930123", "extension": "204", "agent": "anna"}


def test_http_dial_with_the_number_in_the_url(qtbot: Any, pbx: TelephoneSystem,
                                              tasks: TaskManager) -> None:
    dialer = Dialer(pbx.url + "/dial?number={number}&ext={extension}", tasks,
                    extension="204")
    with qtbot.waitSignal(dialer.dial_finished, timeout=WAIT) as done:
        assert dialer.dial("0171 1234567")
    assert done.args == ["+491711234567"]
    assert [r["path"] for r in pbx.requests] == ["/dial?number=%2B491711234567&ext=204"]


def test_http_dial_with_a_json_body(qtbot: Any, pbx: TelephoneSystem,
                                    tasks: TaskManager) -> None:
    dialer = Dialer(pbx.url + "/calls", tasks, extension="204", agent="anna")
    with qtbot.waitSignal(dialer.dial_finished, timeout=WAIT):
        dialer.dial("+49 30 1234567")
    (request,) = pbx.requests
    assert request["type"] == "application/json"
    assert json.loads(request["body"]) == {"number": "+49301234567", "extension": "204",
                                           "agent": "anna"}


def test_http_dial_refused_and_unreachable_are_reported(
        qtbot: Any, pbx: TelephoneSystem, tasks: TaskManager) -> None:
    pbx.status = 503
    dialer = Dialer(pbx.url + "/calls", tasks)
    with qtbot.waitSignal(dialer.dial_failed, timeout=WAIT) as failed:
        dialer.dial("0171 1234567")
    assert failed.args[0] == "+491711234567"
    assert failed.args[1] == {"code": "refused", "status": 503}
    closed = Dialer(f"http://127.0.0.1:{free_port()}/calls", tasks)
    with qtbot.waitSignal(closed.dial_failed, timeout=WAIT) as failed:
        closed.dial("0171 1234567")
    assert failed.args[1]["code"] == "unreachable"


def test_without_a_dial_url_the_tel_handler_gets_the_number(
        qtbot: Any, tel_handler: TelHandler) -> None:
    dialer = Dialer("", None)
    with qtbot.waitSignal(dialer.dial_finished, timeout=WAIT):
        assert dialer.dial("0171 1234567")
    assert tel_handler.urls == ["tel:+491711234567"]


def test_an_invalid_number_is_not_dialled(qtbot: Any, tel_handler: TelHandler) -> None:
    dialer = Dialer("", None)
    with qtbot.waitSignal(dialer.dial_failed, timeout=WAIT) as failed:
        assert not dialer.dial("0123")
    assert failed.args == ["0123", {"code": "invalid", "number": "0123"}]
    assert tel_handler.urls == []
    with pytest.raises(DialError):
        from desktop.app.dialer import normalise

        normalise("not a number")


# -- in the panel ---------------------------------------------------------------------------

@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    assert database.engine is not None
    with database.engine.begin() as conn:
        for entity, rows in _rows().items():
            conn.execute(SYNCED_TABLES[entity].insert(), rows)
    yield database
    database.close()


def _panel(qtbot: Any, db: LocalDatabase, dialer: Dialer) -> CustomerPanel:
    panel = CustomerPanel(db, lambda change: None, dialer=dialer)
    qtbot.addWidget(panel)
    panel.resize(560, 600)
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.show_customer(HANS)
    return panel


def test_the_shortcut_calls_the_first_number_through_the_telephone_system(
        qtbot: Any, db: LocalDatabase, pbx: TelephoneSystem, tasks: TaskManager) -> None:
    dialer = Dialer(pbx.url + "/dial/{number}", tasks)
    panel = _panel(qtbot, db, dialer)
    assert "Ctrl+Shift+D" in panel.call_button.toolTip()
    panel.edit_button.setFocus()  # somewhere in the panel
    qtbot.waitUntil(panel.edit_button.hasFocus, timeout=WAIT)
    with qtbot.waitSignal(dialer.dial_finished, timeout=WAIT):
        qtbot.keyClick(panel.edit_button, Qt.Key.Key_D, CTRL_SHIFT)
    assert [r["path"] for r in pbx.requests] == ["/dial/%2B491711234567"]
    assert panel.notice_label.text() == "Calling 0171 1234567…"


def test_a_number_link_opens_tel_and_a_failure_is_shown(
        qtbot: Any, db: LocalDatabase, tel_handler: TelHandler, pbx: TelephoneSystem,
        tasks: TaskManager) -> None:
    panel = _panel(qtbot, db, Dialer("", None))
    panel.read_labels["phones"].linkActivated.emit("tel:+491711234567")
    assert tel_handler.urls == ["tel:+491711234567"]

    pbx.status = 500
    failing = Dialer(pbx.url + "/calls", tasks)
    panel = _panel(qtbot, db, failing)
    with qtbot.waitSignal(failing.dial_failed, timeout=WAIT):
        panel.call_button.click()
    assert panel.save_error_label.isVisible()
    assert panel.save_error_label.text() == \
        "The telephone system refused the call (HTTP 500)."


def test_screenshot_of_the_read_view_with_call(qtbot: Any, db: LocalDatabase,
                                               tmp_path: Path) -> None:
    panel = _panel(qtbot, db, Dialer("", None))
    assert panel.call_button.isVisible() and panel.more_button.isVisible()
    folder = Path(SHOTS or tmp_path)
    assert panel.grab().save(str(folder / "customer-read-view.png"))
