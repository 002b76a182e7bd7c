"""Start-up paths (auto sign-in, stored sign-in, dialog) and the installation self-test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6

from desktop.app.resources import RESOURCES_ENV
from desktop.ui.application import AppController, self_test
from tests.support.live_server import free_port
from tests.ui.conftest import AGENT, AGENT_PASSWORD, make_settings


@pytest.fixture
def make_controller(qapp, tmp_path, local_db, tasks) -> Iterator:
    made: list[AppController] = []

    def make(url: str, **extra) -> AppController:
        ctl = AppController(qapp, make_settings(url, tmp_path / "client", **extra),
                            local_db, tasks)
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        if ctl.sync is not None:
            ctl.sync.shutdown()
        if ctl.window is not None:
            ctl.window.closed.disconnect()
            ctl.window.close()
        if ctl.login is not None:
            ctl.login.close()
        ctl.engine.close()


def test_without_stored_sign_in_the_dialog_opens(qtbot, ui_server, make_controller) -> None:
    ctl = make_controller(ui_server.url, username=AGENT)
    ctl.start()
    assert ctl.login is not None and ctl.window is None
    qtbot.addWidget(ctl.login)
    assert ctl.login.user_edit.text() == AGENT
    assert ctl.login.password_edit.hasFocus() or not ctl.login.isActiveWindow()


def test_failed_auto_sign_in_falls_back_to_the_dialog(qtbot, ui_server,
                                                      make_controller) -> None:
    ctl = make_controller(ui_server.url)
    ctl.start(AGENT, "wrong-password")
    qtbot.waitUntil(lambda: ctl.login is not None, timeout=15_000)
    qtbot.addWidget(ctl.login)
    assert ctl.login.error_text == "Wrong user name or password."
    assert ctl.login.user_edit.text() == AGENT


def test_stored_sign_in_is_resumed_without_a_dialog(qtbot, ui_server, make_controller,
                                                    engine_factory) -> None:
    first = engine_factory(ui_server.url)
    first.sign_in(AGENT, AGENT_PASSWORD, remember=True)
    ctl = make_controller(ui_server.url, username=AGENT)
    with qtbot.waitSignal(ctl.main_window_opened, timeout=15_000):
        ctl.start()
    assert ctl.login is None
    assert ctl.window is not None
    qtbot.addWidget(ctl.window)
    assert ctl.window.windowTitle().endswith("Anna Schmidt")


def test_self_test_passes_and_reports_each_check(capsys, ui_server, tmp_path) -> None:
    settings = make_settings(ui_server.url, tmp_path / "selftest")
    assert self_test(settings) == 0
    out = capsys.readouterr().out
    assert f"database: ok ({tmp_path / 'selftest' / 'agentdesk.sqlite3'})" in out
    assert "translations: de, en" in out
    assert "keyring: tests.support.memory_keyring.MemoryKeyring" in out
    assert f"server: ok {ui_server.url}" in out
    assert "qt: ok" in out and "sqlite: ok" in out


def test_self_test_reports_an_unreachable_server_without_failing(capsys, tmp_path) -> None:
    settings = make_settings(f"http://127.0.0.1:{free_port()}", tmp_path / "selftest")
    assert self_test(settings) == 0
    assert "server: unreachable — " in capsys.readouterr().out


def test_self_test_fails_without_translations(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path / "nothing"))
    settings = make_settings(f"http://127.0.0.1:{free_port()}", tmp_path / "selftest")
    assert self_test(settings) == 1
    assert "translations: FAILED" in capsys.readouterr().out


def test_sign_out_returns_to_the_dialog_and_forgets_the_sign_in(
        qtbot, ui_server, make_controller, memory_keyring) -> None:
    ctl = make_controller(ui_server.url, username=AGENT)
    with qtbot.waitSignal(ctl.main_window_opened, timeout=15_000):
        ctl.start(AGENT, AGENT_PASSWORD)
    window = ctl.window
    assert window is not None
    ctl.engine.credentials.save_refresh_token(AGENT, "a-stored-token")
    window.sign_out_requested.emit()
    qtbot.waitUntil(lambda: ctl.login is not None, timeout=15_000)
    qtbot.addWidget(ctl.login)
    assert ctl.window is None and ctl.sync is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # deleteLater
    assert memory_keyring.passwords == {}
    assert not ctl.engine.signed_in
