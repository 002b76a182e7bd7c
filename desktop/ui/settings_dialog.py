"""The settings dialog (File ▸ Settings…, Ctrl+,): every setting of desktop/config.py.

One editor per ``Setting`` by its kind (check box, list, number, text, folder/file with
"Browse…"); keys that IT locked in the machine-wide file are shown read-only with the
note "Set by your administrator"; keys that the environment or the command line set for
this session say so. Values are checked before anything is saved; a wrong value gets a
translated message beside its field and the focus. Saving writes the user settings
(``Settings.set_user``); a few keys take effect after a restart, and the dialog says so.

``install(window)`` adds the menu entry and the shortcut to the main window.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.config import SETTINGS, ConfigError, Setting, Settings
from desktop.ui import labels
from desktop.ui.appearance import apply_appearance
from desktop.ui.ticket_editor import EDITOR_STYLE

log = logging.getLogger("agentdesk.ui.settings")

SHORTCUT = "Ctrl+,"
SYNC_INTERVAL_RANGE = (5, 3600)
TIMEOUT_RANGE = (1.0, 300.0)
# Keys read once at start: a change shows "takes effect after a restart".
RESTART_KEYS = frozenset({"server_url", "language", "data_dir", "log_dir", "log_level",
                          "request_timeout", "ca_bundle", "use_system_certificates",
                          "proxy", "sync_interval", "encrypt_database"})


def setting_label(key: str) -> str:
    """The translated label of a setting (its English description for a key this
    version does not know by name yet)."""
    names = {
        "server_url": QCoreApplication.translate("SettingsDialog", "Server address"),
        "username": QCoreApplication.translate("SettingsDialog", "User name"),
        "language": QCoreApplication.translate("SettingsDialog", "Language"),
        "appearance": QCoreApplication.translate("SettingsDialog", "Appearance"),
        "data_dir": QCoreApplication.translate("SettingsDialog", "Data folder"),
        "log_dir": QCoreApplication.translate("SettingsDialog", "Log folder"),
        "log_level": QCoreApplication.translate("SettingsDialog", "Log level"),
        "sync_interval": QCoreApplication.translate("SettingsDialog", "Sync interval"),
        "request_timeout": QCoreApplication.translate("SettingsDialog", "Request timeout"),
        "ca_bundle": QCoreApplication.translate("SettingsDialog",
                                                "Company certificates (PEM file)"),
        "use_system_certificates": QCoreApplication.translate(
            "SettingsDialog", "Trust the system's certificate store"),
        "proxy": QCoreApplication.translate("SettingsDialog", "Proxy"),
        "remember_me": QCoreApplication.translate("SettingsDialog", "Offer to stay signed in"),
        "notify_assigned": QCoreApplication.translate(
            "SettingsDialog", "Notify me when a ticket is assigned to me"),
        "notify_escalated": QCoreApplication.translate(
            "SettingsDialog", "Notify me when a ticket is escalated to my level"),
        "notify_sla": QCoreApplication.translate(
            "SettingsDialog", "Notify me when an SLA of my tickets is at risk"),
        "notify_reminders": QCoreApplication.translate(
            "SettingsDialog", "Notify me when a reminder falls due"),
        "dial_url": QCoreApplication.translate("SettingsDialog", "Click-to-dial address"),
        "encrypt_database": QCoreApplication.translate(
            "SettingsDialog", "Encrypt the local database"),
    }
    return names.get(key, "")


def choice_label(key: str, value: str) -> str:
    texts = {
        ("language", "system"): QCoreApplication.translate("SettingsDialog", "As the system"),
        ("language", "de"): "Deutsch",
        ("language", "en"): "English",
        ("appearance", "system"): QCoreApplication.translate("SettingsDialog", "As the system"),
        ("appearance", "light"): QCoreApplication.translate("SettingsDialog", "Light"),
        ("appearance", "dark"): QCoreApplication.translate("SettingsDialog", "Dark"),
        ("appearance", "high_contrast"): QCoreApplication.translate("SettingsDialog",
                                                                    "High contrast"),
        ("log_level", "DEBUG"): QCoreApplication.translate("SettingsDialog", "Debug (everything)"),
        ("log_level", "INFO"): QCoreApplication.translate("SettingsDialog", "Information"),
        ("log_level", "WARNING"): QCoreApplication.translate("SettingsDialog", "Warnings"),
        ("log_level", "ERROR"): QCoreApplication.translate("SettingsDialog", "Errors only"),
    }
    return texts.get((key, value), value)


def validate(setting: Setting, value: Any) -> str | None:
    """A translated message when ``value`` is not acceptable for ``setting``; else None."""
    key = setting.key
    translate = QCoreApplication.translate
    if key == "server_url":
        return _check_url(str(value), ("http", "https"), translate(
            "SettingsDialog", "Enter the server address as http://host:port or https://host."))
    if key == "proxy":
        if not str(value).strip():
            return None
        return _check_url(str(value), ("http", "https"), translate(
            "SettingsDialog", "Enter the proxy as http://host:port (empty: the system's proxy)."))
    if key == "sync_interval":
        low, high = SYNC_INTERVAL_RANGE
        if not low <= int(value) <= high:
            return labels.fill(translate(
                "SettingsDialog", "The sync interval must be between %1 and %2 seconds."),
                low, high)
    if key == "request_timeout":
        low_t, high_t = TIMEOUT_RANGE
        if not low_t <= float(value) <= high_t:
            return labels.fill(translate(
                "SettingsDialog", "The timeout must be between %1 and %2 seconds."),
                int(low_t), int(high_t))
    if key == "ca_bundle" and str(value).strip():
        path = Path(str(value)).expanduser()
        try:
            text = path.read_text(encoding="ascii", errors="replace")
        except OSError:
            return labels.fill(translate("SettingsDialog", "The file %1 cannot be read."),
                               str(path))
        if "-----BEGIN CERTIFICATE-----" not in text:
            return labels.fill(translate(
                "SettingsDialog", "The file %1 contains no certificate in PEM format."), str(path))
    if setting.kind == "path" and key != "ca_bundle" and str(value).strip():
        path = Path(str(value)).expanduser()
        if not path.is_absolute():
            return translate("SettingsDialog", "Enter a full folder path.")
        if path.exists() and not path.is_dir():
            return labels.fill(translate("SettingsDialog", "%1 is a file, not a folder."),
                               str(path))
    try:
        setting.parse(value)
    except ConfigError:
        return translate("SettingsDialog", "This value is not valid here.")
    return None


def _check_url(text: str, schemes: tuple[str, ...], message: str) -> str | None:
    try:
        url = httpx.URL(text.strip())
    except (TypeError, ValueError, httpx.InvalidURL):
        return message
    if url.scheme not in schemes or not url.host:
        return message
    return None


class SettingsDialog(QDialog):
    """Edit the user settings; locked keys read-only.

    Signals:
        settings_saved(list): the keys whose stored value changed.
    """

    settings_saved = Signal(list)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setSizeGripEnabled(True)
        self.setStyleSheet(EDITOR_STYLE)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 14)
        outer.setSpacing(10)
        heading = QLabel(self.tr("Settings"), self)
        heading.setObjectName("dialogTitle")
        outer.addWidget(heading)
        if settings.locked:
            intro = QLabel(self.tr("Some settings are set by your administrator and cannot "
                                   "be changed here."), self)
            intro.setObjectName("dialogText")
            intro.setWordWrap(True)
            outer.addWidget(intro)
        body = QWidget(self)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 14, 0)  # room beside the scroll bar
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        for setting in SETTINGS:
            self._add_row(setting)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveSettings")
        save.setToolTip(QKeySequence("Ctrl+Return").toString(
            QKeySequence.SequenceFormat.NativeText))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        confirm = QAction(self)
        confirm.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        confirm.triggered.connect(self.save)
        self.addAction(confirm)
        outer.addWidget(self.buttons)
        self.resize(720, 640)

    # -- building --------------------------------------------------------------------
    def _add_row(self, setting: Setting) -> None:
        key = setting.key
        locked = self.settings.is_locked(key)
        value = self.settings[key]
        editor = self._make_editor(setting, value)
        editor.setObjectName(f"setting_{key}")
        label_text = setting_label(key) or setting.doc
        editor.setAccessibleName(label_text)
        editor.setToolTip(setting.doc if not setting_label(key) else label_text)
        field = QWidget(self)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        if setting.kind == "path" and not locked:
            browse = QPushButton(self.tr("Browse…"), field)
            browse.setObjectName(f"browse_{key}")
            browse.setAccessibleName(labels.fill(self.tr("Choose: %1"), label_text))
            browse.clicked.connect(lambda _c=False, s=setting: self._browse(s))
            line.addWidget(browse)
        column.addLayout(line)
        note = QLabel(field)
        note.setObjectName("settingNote")
        note.setWordWrap(True)
        note.setStyleSheet("font-style: italic;")
        source = self.settings.source(key)
        if locked:
            editor.setEnabled(False)
            if isinstance(editor, QLineEdit):
                editor.setClearButtonEnabled(False)
            note.setText(self.tr("Set by your administrator"))
            editor.setToolTip(self.tr("Set by your administrator"))
        elif source in {"environment", "command line"}:
            note.setText(self.tr("Set for this session by the environment or the command "
                                 "line; a change here applies when that is gone."))
        note.setVisible(bool(note.text()))
        column.addWidget(note)
        error = QLabel(field)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        label = QLabel(label_text if setting.kind != "bool" else "", self)
        label.setBuddy(editor)
        self.form.addRow(label, field)
        self.editors[key] = editor
        self.errors[key] = error
        self.notes[key] = note

    def _make_editor(self, setting: Setting, value: Any) -> QWidget:
        if setting.kind == "bool":
            box = QCheckBox(setting_label(setting.key) or setting.doc, self)
            box.setChecked(bool(value))
            return box
        if setting.kind == "choice":
            combo = QComboBox(self)
            for choice in setting.choices:
                combo.addItem(choice_label(setting.key, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.kind == "int":
            spin = QSpinBox(self)
            # Wider than what is valid, so that a wrong value gets its message.
            spin.setRange(min(0, int(value)), max(10**6, int(value)))
            if setting.key == "sync_interval":
                spin.setSuffix(" s")
            spin.setValue(int(value))
            return spin
        if setting.kind == "float":
            dspin = QDoubleSpinBox(self)
            dspin.setDecimals(1)
            dspin.setRange(0.0, max(TIMEOUT_RANGE[1] * 10, float(value)))
            if setting.key == "request_timeout":
                dspin.setSuffix(" s")
            dspin.setValue(float(value))
            return dspin
        edit = QLineEdit(self)
        edit.setText("" if value is None else str(value))
        edit.setClearButtonEnabled(True)
        if setting.key == "proxy":
            edit.setPlaceholderText(self.tr("Empty: the system's proxy settings"))
        elif setting.kind == "path" and setting.key != "ca_bundle":
            edit.setPlaceholderText(self.tr("Empty: the standard folder"))
        return edit

    def _browse(self, setting: Setting) -> None:
        edit = self.editors[setting.key]
        assert isinstance(edit, QLineEdit)
        if setting.key == "ca_bundle":
            path, _filter = QFileDialog.getOpenFileName(
                self, setting_label(setting.key), edit.text() or os.path.expanduser("~"),
                self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        else:
            path = QFileDialog.getExistingDirectory(
                self, setting_label(setting.key), edit.text() or os.path.expanduser("~"))
        if path:
            edit.setText(path)

    # -- values ----------------------------------------------------------------------
    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def changed(self) -> dict[str, Any]:
        """The editable keys whose value in the dialog differs from the effective one."""
        result = {}
        for setting in SETTINGS:
            if self.settings.is_locked(setting.key):
                continue
            value = self.value(setting.key)
            current = self.settings[setting.key]
            if setting.kind == "path" and not value:
                value = ""
            if value != current and not (value == "" and current in (None, "")):
                result[setting.key] = value
        return result

    def check(self) -> bool:
        """Show a message beside each wrong value; focus the first. True when all fit."""
        first: QWidget | None = None
        for setting in SETTINGS:
            error = self.errors[setting.key]
            message = None
            if not self.settings.is_locked(setting.key):
                message = validate(setting, self.value(setting.key))
            error.setText(message or "")
            error.setVisible(bool(message))
            if message and first is None:
                first = self.editors[setting.key]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True

    def save(self) -> None:
        if not self.check():
            return
        changes = self.changed()
        for key, value in changes.items():
            try:
                self.settings.set_user(key, value)
            except (ConfigError, OSError) as exc:
                log.error("cannot save setting %s: %s", key, exc)
                self.errors[key].setText(labels.fill(
                    self.tr("This setting could not be saved: %1"), str(exc)))
                self.errors[key].show()
                return
        log.info("settings saved: %s", ", ".join(sorted(changes)) or "(no change)")
        self.settings_saved.emit(sorted(changes))
        self.accept()


def restart_needed(keys: list[str]) -> bool:
    return any(key in RESTART_KEYS for key in keys)


def install(window: Any) -> QAction:
    """Add File ▸ Settings… (Ctrl+,) to the main window; returns the action."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "S&ettings…"), window)
    action.setObjectName("openSettings")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    tip = labels.fill(QCoreApplication.translate(
        "SettingsDialog", "Change the settings of AgentDesk (%1)"), keys)
    action.setStatusTip(tip)
    action.setToolTip(tip)

    def open_dialog() -> None:
        dialog = SettingsDialog(window.settings, window)
        window.settings_dialog = dialog

        def saved(keys: list[str]) -> None:
            if "appearance" in keys:  # at once, in every open window
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    apply_appearance(app, str(window.settings["appearance"]))
            if restart_needed(keys):
                window.statusBar().showMessage(QCoreApplication.translate(
                    "SettingsDialog", "Settings saved. Some changes take effect when "
                    "AgentDesk is started again."), 10000)
            else:
                window.statusBar().showMessage(QCoreApplication.translate(
                    "SettingsDialog", "Settings saved."), 5000)

        dialog.settings_saved.connect(saved)
        dialog.open()

    action.triggered.connect(open_dialog)
    window.addAction(action)
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        quit_action = getattr(window, "quit_action", None)
        actions = menu.actions()
        if quit_action in actions:
            index = actions.index(quit_action)
            before = actions[index - 1] if index > 0 and actions[index - 1].isSeparator() \
                else quit_action
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
    window.settings_action = action
    return action
