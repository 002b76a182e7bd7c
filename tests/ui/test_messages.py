"""What the agent reads when something goes wrong, in English and German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import create_engine, text

from desktop.app.i18n import install_translators, remove_translators
from desktop.app.messages import describe_error
from desktop.domain import protocol as proto
from desktop.sync.api import AuthFailed, BadReply, ServerError, ServerUnreachable
from desktop.sync.localdb import LocalDatabase
from desktop.ui import application
from tests.ui.conftest import make_settings

URL = "https://agentdesk.example.com:8470"


@pytest.fixture
def language(request, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_messages_name_the_server(language) -> None:
    assert describe_error(AuthFailed(401, proto.ERR_BAD_CREDENTIALS, "x"), URL) == (
        "Wrong user name or password.")
    tls = describe_error(ServerUnreachable("ssl", tls=True), URL)
    assert "certificate of agentdesk.example.com was not accepted" in tls
    assert "agentdesk.example.com answered, but not like an AgentDesk server" in (
        describe_error(BadReply("html"), URL))
    assert "too old" in describe_error(ServerError(426, proto.ERR_PROTOCOL, "x"), URL)
    assert describe_error(ServerError(409, "conflict", "Taken."), URL).endswith("Taken.")
    assert "keeps trying" in describe_error(ServerUnreachable("down"), URL, during_sync=True)


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_german_messages(language) -> None:
    assert describe_error(AuthFailed(401, proto.ERR_BAD_CREDENTIALS, "x"), URL) == (
        "Benutzername oder Passwort ist falsch.")
    assert describe_error(ServerUnreachable("down"), URL).startswith(
        "Server nicht erreichbar: agentdesk.example.com antwortet nicht.")
    assert "Sicherheitszertifikat von agentdesk.example.com" in describe_error(
        ServerUnreachable("ssl", tls=True), URL)


def test_a_database_from_a_newer_version_is_refused_with_exit_code_3(
        qapp, tmp_path, monkeypatch) -> None:
    data = tmp_path / "client"
    LocalDatabase(data).open().close()
    engine = create_engine(f"sqlite:///{data / 'agentdesk.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    engine.dispose()
    shown: list[str] = []
    monkeypatch.setattr(application, "setup_logging", lambda *_a: None)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    settings = make_settings("http://127.0.0.1:1", data)
    assert application.run_gui(settings, None, None) == 3
    assert shown and "newer version of AgentDesk" in shown[0]


def test_rejections_are_told_from_code_and_params_not_the_servers_english() -> None:
    from desktop.app.messages import describe_rejection_detail

    assert describe_rejection_detail(
        "forbidden", {"entity": "queues", "role": "admin"},
        "Changing queues needs the admin role.") == (
        "Changing queues needs the role “Administrator”.")
    assert describe_rejection_detail(
        "forbidden", {"entity": "kb_articles", "level": 2}, "x") == (
        "Changing knowledge articles needs support level 2 or higher.")
    assert describe_rejection_detail(
        "handover_incomplete", {"missing": ["tried", "told_customer"]}, "x") == (
        "The hand-over note is incomplete: what was tried, what the customer was told "
        "is missing.")
    # an older server without params: its own sentence rather than nothing
    assert describe_rejection_detail("forbidden", {}, "Nope.") == "Nope."
    # a code this version does not know: the server's sentence
    assert describe_rejection_detail("brand_new", {}, "Server says no.") == "Server says no."
