"""The sign-in dialog against a real server process (and against a closed port)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import insert

from desktop.models import SyncState
from desktop.sync.credentials import CredentialStore
from desktop.sync.localdb import LocalDatabase
from desktop.sync.replica import K_LAST_SYNC
from desktop.ui.login_dialog import LoginDialog
from tests.support.live_server import free_port
from tests.ui.conftest import AGENT, AGENT_PASSWORD, make_settings


def make_dialog(qtbot, url: str, tmp_path: Path, local_db, tasks, engine_factory,
                **settings_extra) -> LoginDialog:
    settings = make_settings(url, tmp_path / "client", **settings_extra)
    engine = engine_factory(url)
    dialog = LoginDialog(settings, local_db, tasks, engine, engine_factory)
    qtbot.addWidget(dialog)
    return dialog


def sign_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, username)
    dialog.password_edit.setText(password)
    dialog.submit()
    assert dialog.busy
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.sign_in_button.text() == "Signing in…"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)


def mark_has_data(db: LocalDatabase) -> None:
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(insert(SyncState).values(key=K_LAST_SYNC,
                                              value="2026-11-23T08:00:00.000000+00:00"))


def test_wrong_password_is_shown_in_the_dialog(qtbot, ui_server, tmp_path, local_db, tasks,
                                               engine_factory) -> None:
    dialog = make_dialog(qtbot, ui_server.url, tmp_path, local_db, tasks, engine_factory)
    sign_in(qtbot, dialog, AGENT, "not-the-password")
    assert dialog.result() == 0  # still open
    assert dialog.error_text == "Wrong user name or password."
    assert dialog.offline_button.isHidden()
    assert dialog.password_edit.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password_edit, "x")  # typing clears the message
    assert dialog.error_text == ""


@pytest.mark.parametrize("has_data", [False, True], ids=["empty-replica", "with-replica"])
def test_unreachable_server_offers_offline_only_with_local_data(
        qtbot, tmp_path, local_db, tasks, engine_factory, has_data) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    if has_data:
        mark_has_data(local_db)
    dialog = make_dialog(qtbot, url, tmp_path, local_db, tasks, engine_factory)
    sign_in(qtbot, dialog, AGENT, AGENT_PASSWORD)
    assert dialog.error_text.startswith("Server not reachable: 127.0.0.1 does not answer.")
    assert dialog.offline_button.isHidden() is not has_data
    if has_data:
        with qtbot.waitSignal(dialog.accepted, timeout=2000):
            dialog.offline_button.click()
        assert dialog.offline and dialog.user is None


def test_remember_me_keeps_a_refresh_token_not_the_password(
        qtbot, ui_server, tmp_path, local_db, tasks, engine_factory, memory_keyring) -> None:
    dialog = make_dialog(qtbot, ui_server.url, tmp_path, local_db, tasks, engine_factory)
    assert CredentialStore.available()
    assert dialog.remember_check.isEnabled()
    dialog.remember_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.sign_in_with(AGENT, AGENT_PASSWORD)
    assert dialog.user is not None and dialog.user["display_name"] == "Anna Schmidt"
    stored = dict(memory_keyring.passwords)
    assert list(stored) == [(f"AgentDesk {ui_server.url}", AGENT)]
    token = stored[(f"AgentDesk {ui_server.url}", AGENT)]
    assert token and token != AGENT_PASSWORD and AGENT_PASSWORD not in token
    saved = json.loads(dialog.settings.user_path.read_text(encoding="utf-8"))
    assert saved["username"] == AGENT  # proposed at the next start
    assert AGENT_PASSWORD not in dialog.settings.user_path.read_text(encoding="utf-8")


def test_without_remember_me_nothing_is_kept(qtbot, ui_server, tmp_path, local_db, tasks,
                                             engine_factory, memory_keyring) -> None:
    dialog = make_dialog(qtbot, ui_server.url, tmp_path, local_db, tasks, engine_factory)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.sign_in_with(AGENT, AGENT_PASSWORD)
    assert memory_keyring.passwords == {}


def test_no_keyring_disables_remember_me(qtbot, tmp_path, local_db, tasks, engine_factory,
                                         monkeypatch) -> None:
    monkeypatch.setattr(CredentialStore, "available", staticmethod(lambda: False))
    dialog = make_dialog(qtbot, "http://127.0.0.1:1", tmp_path, local_db, tasks,
                         engine_factory)
    assert not dialog.remember_check.isEnabled()
    assert "keyring" in dialog.remember_check.toolTip()


def test_locked_server_url_is_read_only(qtbot, tmp_path, local_db, tasks, engine_factory,
                                        isolated_env) -> None:
    machine = isolated_env["machine_config"]
    machine.parent.mkdir(parents=True, exist_ok=True)
    machine.write_text('server_url = "https://agentdesk.example.com"\nlocked = ["server_url"]\n',
                       encoding="utf-8")
    dialog = make_dialog(qtbot, "http://ignored", tmp_path, local_db, tasks, engine_factory)
    assert dialog.server_edit.text() == "https://agentdesk.example.com"
    assert dialog.server_edit.isReadOnly()
