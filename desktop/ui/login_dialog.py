"""Sign-in: server address, user name, password, "remember me"; errors shown inline."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.messages import describe_error, is_offline_error
from desktop.app.tasks import TaskManager
from desktop.config import ConfigError, Settings
from desktop.domain import protocol as proto
from desktop.sync.api import AuthFailed
from desktop.sync.credentials import CredentialStore
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.replica import Replica
from desktop.ui.widgets import icon

log = logging.getLogger("agentdesk.ui.login")

EngineFactory = Callable[[str], SyncEngine]


def normalize_url(text: str) -> str:
    """What the agent typed as a server address, with a scheme and no trailing slash."""
    url = text.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


class LoginDialog(QDialog):
    """Signs in off the UI thread. After ``accept()``: ``engine`` is the engine that
    signed in (it may be a new one when the server address changed), ``user`` the
    user's data and ``offline`` whether the agent chose to work offline instead."""

    def __init__(self, settings: Settings, db: LocalDatabase, tasks: TaskManager,
                 engine: SyncEngine, make_engine: EngineFactory,
                 parent: QWidget | None = None, *, lock_server: bool = False,
                 message: str | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db = db
        self.tasks = tasks
        self.engine = engine
        self._original_engine = engine
        self._make_engine = make_engine
        self.user: dict[str, Any] | None = None
        self.offline = False
        self._busy = False
        self._finished = False
        self.last_error: BaseException | None = None

        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to AgentDesk"))
        self.setWindowIcon(icon("agentdesk"))
        self.setModal(True)
        self.setMinimumWidth(460)

        header = QHBoxLayout()
        header.setSpacing(14)
        logo = QLabel(self)
        logo.setPixmap(icon("agentdesk").pixmap(QSize(48, 48)))
        logo.setFixedSize(52, 52)
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel(self.tr("AgentDesk"), self)
        title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("Sign in to your support workplace."), self)
        subtitle.setObjectName("loginSubtitle")
        subtitle.setWordWrap(True)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.server_edit = QLineEdit(str(settings["server_url"]), self)
        self.server_edit.setObjectName("serverEdit")
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.server_edit.setPlaceholderText("https://agentdesk.example.com")
        self.server_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        if settings.is_locked("server_url") or lock_server:
            self.server_edit.setReadOnly(True)
            self.server_edit.setToolTip(
                self.tr("Set by your administrator.") if settings.is_locked("server_url")
                else self.tr("You are signing in again to the same server."))
        self.user_edit = QLineEdit(str(settings["username"] or ""), self)
        self.user_edit.setObjectName("userEdit")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.remember_check = QCheckBox(self.tr("&Remember me"), self)
        self.remember_check.setObjectName("rememberCheck")
        self.remember_check.setAccessibleName(self.tr("Remember me"))
        if not CredentialStore.available():
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(self.tr(
                "This computer has no password safe (keyring), so AgentDesk cannot keep "
                "your sign-in. You will be asked for your password at every start."))
        elif not settings["remember_me"]:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(self.tr(
                "Your administrator has turned off keeping the sign-in."))
        else:
            self.remember_check.setToolTip(self.tr(
                "Keep the sign-in in this computer's password safe. Your password itself "
                "is never stored."))

        server_label = QLabel(self.tr("&Server:"), self)
        server_label.setBuddy(self.server_edit)
        user_label = QLabel(self.tr("&User name:"), self)
        user_label.setBuddy(self.user_edit)
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password_edit)
        form.addRow(server_label, self.server_edit)
        form.addRow(user_label, self.user_edit)
        form.addRow(password_label, self.password_edit)
        form.addRow("", self.remember_check)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAccessibleName(self.tr("Sign-in problem"))
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.offline_button = QPushButton(self.tr("Work &offline"), self)
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setToolTip(self.tr(
            "Open the tickets stored on this computer. Changes are sent when the server "
            "is reachable again."))
        self.offline_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setIcon(QIcon())  # like the other buttons (some themes add one)
        self.buttons.addButton(self.offline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.offline_button.hide()  # after addButton, which shows the buttons it takes
        self.buttons.rejected.connect(self.reject)
        self.sign_in_button.clicked.connect(self.submit)
        self.offline_button.clicked.connect(self.work_offline)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for edit in (self.server_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(self.clear_error)

        if self.user_edit.text():
            self.password_edit.setFocus()
        else:
            self.user_edit.setFocus()
        if message:
            self.show_message(message)

    # -- errors ----------------------------------------------------------------------
    def show_message(self, text: str, offer_offline: bool = False) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.offline_button.setVisible(offer_offline)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.offline_button.hide()
        self.last_error = None

    @property
    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def show_failure(self, exc: BaseException, server_url: str | None = None) -> None:
        """Show why a sign-in failed; offers "Work offline" when that makes sense."""
        self.last_error = exc
        url = server_url or normalize_url(self.server_edit.text())
        offline = is_offline_error(exc) and Replica(self.db).has_data()
        self.show_message(describe_error(exc, url), offline)
        if isinstance(exc, AuthFailed) and exc.code == proto.ERR_REVOKED:
            self.sign_in_button.setEnabled(False)  # the local data is gone: restart
        elif isinstance(exc, AuthFailed) and exc.code == proto.ERR_BAD_CREDENTIALS:
            self.password_edit.clear()
            self.password_edit.setFocus()
        elif offline:
            self.offline_button.setFocus()

    # -- sign-in ---------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        for widget in (self.user_edit, self.password_edit, self.remember_check,
                       self.offline_button):
            widget.setEnabled(not busy and (widget is not self.remember_check
                                            or self._remember_allowed()))
        self.server_edit.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _remember_allowed(self) -> bool:
        return CredentialStore.available() and bool(self.settings["remember_me"])

    def submit(self) -> None:
        if self._busy:
            return
        url = normalize_url(self.server_edit.text())
        username = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not url:
            self.show_message(self.tr("Please enter the server address."))
            self.server_edit.setFocus()
            return
        if not username:
            self.show_message(self.tr("Please enter your user name."))
            self.user_edit.setFocus()
            return
        if not password:
            self.show_message(self.tr("Please enter your password."))
            self.password_edit.setFocus()
            return
        self.clear_error()
        if url != self.engine.server_url:
            self._swap_engine(url)
        remember = self.remember_check.isChecked() and self.remember_check.isEnabled()
        engine = self.engine
        self._set_busy(True)
        log.info("signing in %s at %s", username, url)
        self.tasks.run_in_worker(lambda: engine.sign_in(username, password, remember),
                                 lambda user: self._signed_in(engine, url, username, user),
                                 lambda exc: self._failed(url, exc))

    def _swap_engine(self, url: str) -> None:
        if self.engine is not self._original_engine:
            self.engine.close()
        if url == self._original_engine.server_url:
            self.engine = self._original_engine
        else:
            self.engine = self._make_engine(url)

    def _signed_in(self, engine: SyncEngine, url: str, username: str,
                   user: dict[str, Any]) -> None:
        if self._finished:
            return
        self._set_busy(False)
        self.user = user
        self.engine = engine
        self._save_user_settings(url, username)
        self.accept()

    def _failed(self, url: str, exc: BaseException) -> None:
        if self._finished:
            return
        self._set_busy(False)
        log.info("sign-in failed: %r", exc)
        self.show_failure(exc, url)

    def _save_user_settings(self, url: str, username: str) -> None:
        for key, value in (("server_url", url), ("username", username)):
            if self.settings.is_locked(key) or self.settings[key] == value:
                continue
            try:
                self.settings.set_user(key, value)
            except (ConfigError, OSError) as exc:
                log.warning("could not save %s: %s", key, exc)

    def sign_in_with(self, username: str, password: str) -> None:
        """Fill in the fields and sign in (used by ``make demo`` and tests)."""
        self.user_edit.setText(username)
        self.password_edit.setText(password)
        self.submit()

    def work_offline(self) -> None:
        if self._busy:
            return
        self.offline = True
        self.accept()

    def done(self, result: int) -> None:
        self._finished = True
        super().done(result)
