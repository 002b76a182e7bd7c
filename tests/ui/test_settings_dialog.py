"""The settings dialog: locked keys read-only, checked values, changes that persist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
)

from desktop.config import SETTINGS, ConfigError, Settings
from desktop.ui import settings_dialog
from desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def machine_file(isolated_env: dict[str, Path]) -> Path:
    path = isolated_env["machine_config"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('server_url = "https://agentdesk.example.com"\n'
                    'proxy = "http://proxy.example.com:3128"\n'
                    'locked = ["server_url", "proxy"]\n', encoding="utf-8")
    return path


def test_locked_keys_cannot_be_edited(qtbot, machine_file: Path) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for key in ("server_url", "proxy"):
        editor = dialog.editors[key]
        assert isinstance(editor, QLineEdit)
        assert not editor.isEnabled()
        assert dialog.notes[key].text() == "Set by your administrator"
        assert dialog.notes[key].isVisible()
    server_url = dialog.editors["server_url"]
    assert isinstance(server_url, QLineEdit)
    assert server_url.text() == "https://agentdesk.example.com"
    assert dialog.findChild(QPushButton, "browse_data_dir") is not None
    assert dialog.findChild(QPushButton, "browse_ca_bundle") is not None
    assert dialog.editors["sync_interval"].isEnabled()
    assert not dialog.notes["sync_interval"].isVisible()
    # Even a value forced into the disabled editor is not saved.
    server_url.setText("http://elsewhere:1")
    assert "server_url" not in dialog.changed()
    with pytest.raises(ConfigError):
        settings.set_user("server_url", "http://elsewhere:1")
    dialog.grab().save(str(machine_file.parent / "settings-dialog.png"))


def test_a_change_persists(qtbot, isolated_env: dict[str, Path]) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    spin = dialog.editors["sync_interval"]
    language = dialog.editors["language"]
    notify = dialog.editors["notify_sla"]
    assert isinstance(spin, QSpinBox) and isinstance(language, QComboBox)
    assert isinstance(notify, QCheckBox)
    spin.setValue(120)
    language.setCurrentIndex(language.findData("de"))
    notify.setChecked(False)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [["language", "notify_sla", "sync_interval"]]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = json.loads(isolated_env["user_config"].read_text(encoding="utf-8"))
    assert stored == {"language": "de", "notify_sla": False, "sync_interval": 120}
    again = Settings()
    assert (again["sync_interval"], again["language"], again["notify_sla"]) == (120, "de",
                                                                                False)
    assert again.source("sync_interval") == "user"


@pytest.mark.parametrize(("key", "text", "message"), [
    ("server_url", "agentdesk.example.com",
     "Enter the server address as http://host:port or https://host."),
    ("proxy", "proxy:3128", "Enter the proxy as http://host:port (empty: the system's proxy)."),
    ("data_dir", "relative/folder", "Enter a full folder path."),
])
def test_wrong_text_values_get_a_message_and_are_not_saved(
        qtbot, isolated_env: dict[str, Path], key: str, text: str, message: str) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editors[key]
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    dialog.save()
    assert dialog.errors[key].text() == message
    assert dialog.errors[key].isVisible()
    assert dialog.focusWidget() is editor
    assert dialog.isVisible()  # still open
    assert not isolated_env["user_config"].exists()


def test_sync_interval_out_of_range_and_bad_certificate_file(
        qtbot, isolated_env: dict[str, Path], tmp_path: Path) -> None:
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("hello", encoding="utf-8")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    spin = dialog.editors["sync_interval"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(2)
    bundle = dialog.editors["ca_bundle"]
    assert isinstance(bundle, QLineEdit)
    bundle.setText(str(not_pem))
    assert not dialog.check()
    assert dialog.errors["sync_interval"].text() == (
        "The sync interval must be between 5 and 3600 seconds.")
    assert dialog.errors["ca_bundle"].text() == (
        f"The file {not_pem} contains no certificate in PEM format.")
    spin.setValue(30)
    bundle.clear()
    assert dialog.check()
    assert not dialog.errors["sync_interval"].isVisibleTo(dialog)


def test_every_setting_has_an_editor_and_a_translatable_label(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.key for s in SETTINGS}
    missing = [s.key for s in SETTINGS if not settings_dialog.setting_label(s.key)]
    assert missing == []


def test_install_adds_menu_entry_and_ctrl_comma(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.settings = Settings()  # type: ignore[attr-defined]
    window.file_menu = QMenu("&File", window)  # type: ignore[attr-defined]
    window.menuBar().addMenu(window.file_menu)  # type: ignore[attr-defined]
    action = settings_dialog.install(window)
    assert action in window.file_menu.actions()  # type: ignore[attr-defined]
    assert action.shortcut().toString() == "Ctrl+,"
    assert "Ctrl+," in action.toolTip()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
