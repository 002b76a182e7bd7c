"""Starting the window: QApplication, logging, translations, sign-in, main window.

``run_gui`` and ``self_test`` are what ``desktop/cli.py`` calls.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app.i18n import (
    LANGUAGES,
    catalog_path,
    install_translators,
    load_translator,
    qt_translations_dir,
)
from desktop.app.logging_setup import setup_logging
from desktop.app.messages import describe_error, is_offline_error
from desktop.app.resources import read_style_sheet, resource_path
from desktop.app.sync_service import SyncService
from desktop.app.tasks import TaskManager
from desktop.config import APP_NAME, Settings
from desktop.domain import protocol as proto
from desktop.domain.roles import Role, at_least
from desktop.sync.api import AuthFailed, ServerClient
from desktop.sync.credentials import CredentialStore
from desktop.sync.engine import SyncEngine
from desktop.sync.http import effective_proxy, make_http_client, redacted_proxy, ssl_context
from desktop.sync.localdb import (
    DatabaseKeyLostError,
    DatabaseTooNewError,
    LocalDatabase,
    encryption_wanted,
)
from desktop.sync.replica import Replica
from desktop.ui import crash_dialog, settings_dialog
from desktop.ui.appearance import apply_appearance
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets import icon

log = logging.getLogger("agentdesk.ui.app")

EXIT_OK = 0
EXIT_DATABASE_TOO_NEW = 3


def settings_for_url(settings: Settings, url: str) -> Settings:
    """The same effective settings with another server address (for a new engine
    before the address is saved)."""
    if url.rstrip("/") == str(settings["server_url"]).rstrip("/"):
        return settings
    return Settings(cli={**settings.as_dict(), "server_url": url},
                    machine_path=settings.machine_path, user_path=settings.user_path)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (an existing one is reused, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("agentdesk")
    app.setWindowIcon(icon("agentdesk"))
    app.setStyleSheet(read_style_sheet())
    return app


class AppController(QObject):
    """Sign-in → main window → sign-out, with one engine, one worker and one sync.

    Signals:
        quit_requested(): the agent closed the window or cancelled the sign-in.
        main_window_opened(object): the ``MainWindow`` is shown.
    """

    quit_requested = Signal()
    main_window_opened = Signal(object)

    def __init__(self, app: QApplication, settings: Settings, db: LocalDatabase,
                 tasks: TaskManager, engine: SyncEngine | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.db = db
        self.tasks = tasks
        self.engine = engine or self.make_engine(str(settings["server_url"]))
        self.sync: SyncService | None = None
        self.window: MainWindow | None = None
        self.tray: Any = None
        self.login: LoginDialog | None = None
        self._leaving = False
        self._revoked_box: QMessageBox | None = None

    def make_engine(self, url: str) -> SyncEngine:
        return SyncEngine(settings_for_url(self.settings, url), self.db)

    # -- start -----------------------------------------------------------------------
    def start(self, auto_user: str | None = None, auto_password: str | None = None) -> None:
        if auto_user and auto_password:
            engine = self.engine
            self.tasks.run_in_worker(
                lambda: engine.sign_in(auto_user, auto_password, False),
                lambda user: self.open_main(user, offline=False),
                lambda exc: self.show_login(error=exc, username=auto_user))
            return
        username = str(self.settings["username"] or "")
        if username and self.engine.credentials.load_refresh_token(username):
            engine = self.engine
            self.tasks.run_in_worker(lambda: engine.resume(username), self._resumed,
                                     self._resume_failed)
            return
        self.show_login()

    def _resumed(self, user: dict[str, Any] | None) -> None:
        if user is None:
            self.show_login()
        else:
            self.open_main(user, offline=False)

    def _resume_failed(self, exc: BaseException) -> None:
        if is_offline_error(exc) and Replica(self.db).has_data():
            log.info("server unreachable at start; opening the local data: %s", exc)
            self.open_main(self.engine.use_offline(), offline=True)
        else:
            self.show_login(error=exc)

    def show_login(self, error: BaseException | None = None, username: str | None = None
                   ) -> None:
        if self.db.engine is None:  # the local data was wiped on a revocation
            self.show_revoked(error)
            return
        dialog = LoginDialog(self.settings, self.db, self.tasks, self.engine, self.make_engine)
        if username:
            dialog.user_edit.setText(username)
            dialog.password_edit.setFocus()
        if error is not None:
            dialog.show_failure(error, self.engine.server_url)
        dialog.accepted.connect(lambda: self._login_accepted(dialog))
        dialog.rejected.connect(self._login_rejected)
        self.login = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _login_accepted(self, dialog: LoginDialog) -> None:
        self.login = None
        if dialog.engine is not self.engine:
            self.engine.close()
            self.engine = dialog.engine
        if dialog.offline:
            self.open_main(self.engine.use_offline(), offline=True)
        else:
            self.open_main(dialog.user, offline=False)
        dialog.deleteLater()

    def _login_rejected(self) -> None:
        self.login = None
        self.quit()

    # -- the window ------------------------------------------------------------------
    def open_main(self, user: dict[str, Any] | None, offline: bool) -> MainWindow:
        self.sync = SyncService(self.engine, int(self.settings["sync_interval"]), self.tasks,
                                self)
        window = MainWindow(self.settings, self.db, self.sync, user, offline=offline)
        window.sign_out_requested.connect(self.sign_out)
        window.sign_in_requested.connect(self.sign_in_again)
        window.closed.connect(self.quit)
        # A revocation wipes the replica during a sync: say so and quit.
        self.sync.sync_failed.connect(
            lambda _m: self.show_revoked(None) if self.db.engine is None else None)
        self.window = window
        window.show()
        # The tray icon and desktop notifications (assigned, escalated, SLA, reminders).
        from desktop.ui import notifications

        self.tray = notifications.install(window)
        settings_dialog.install(window)  # File ▸ Settings…, Ctrl+,
        from desktop.ui import broadcast_banner  # issue 8: the team's messages

        if at_least(window.view_context.role, Role.SUPERVISOR):
            # the team view (and QtCharts) is imported for supervisors only: ~35 ms of
            # every agent's start-up otherwise
            from desktop.ui import team_view

            team_view.install(window)
        broadcast_banner.install(window)
        window.agent_state.service.start_session()  # signed in: available
        self.sync.start(sync_at_once=True)
        self.main_window_opened.emit(window)
        if os.environ.get(STARTUP_PROBE_ENV):
            _probe_startup(window, self.quit)
        if os.environ.get(SCREENSHOT_ENV):
            _screenshot_after_sync(window, self.sync, Path(os.environ[SCREENSHOT_ENV]),
                                   self.quit)
        return window

    def show_revoked(self, error: BaseException | None) -> None:
        """The server revoked this user or workstation and the local data is gone:
        say so, then quit (the next start makes a fresh replica)."""
        if self._revoked_box is not None:
            return  # already said
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "Access revoked"),
            describe_error(error or AuthFailed(401, proto.ERR_REVOKED, ""),
                           self.engine.server_url),
            parent=self.window)
        box.finished.connect(lambda _code: self.quit())
        self._revoked_box = box
        box.open()

    def sign_in_again(self) -> None:
        if self.window is None or self.sync is None:
            return
        if self.db.engine is None:  # wiped on a revocation during a sync
            self.show_revoked(None)
            return
        message = QCoreApplication.translate(
            "Application", "Your sign-in has expired. Please sign in again.")
        dialog = LoginDialog(self.settings, self.db, self.tasks, self.engine,
                             self.make_engine, self.window, lock_server=True, message=message)
        dialog.accepted.connect(lambda: self.sync.sync_now() if self.sync else None)
        dialog.open()
        self.login = dialog

    def sign_out(self) -> None:
        window, sync = self.window, self.sync
        if window is None:
            return
        if sync is not None:
            sync.shutdown()
        self.window = None
        self.sync = None
        window.closed.disconnect(self.quit)
        window.close()
        window.deleteLater()
        engine = self.engine
        self.tasks.run_in_worker(engine.sign_out, lambda _r: self.show_login(),
                                 lambda _e: self.show_login())

    def quit(self) -> None:
        if not self._leaving:
            self._leaving = True
            self.quit_requested.emit()

    def shutdown(self) -> None:
        """After the event loop: stop syncing, wait for the worker, close the engine,
        and delete the windows while the QApplication still exists."""
        if self.sync is not None:
            self.sync.shutdown()
        self.tasks.shutdown()
        self.engine.close()
        for widget in (self.window, self.login):
            if widget is not None:
                if isinstance(widget, MainWindow):
                    widget.closed.disconnect(self.quit)
                widget.close()
                widget.deleteLater()
        self.window = self.login = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


STARTUP_PROBE_ENV = "AGENTDESK_STARTUP_PROBE"
SCREENSHOT_ENV = "AGENTDESK_SCREENSHOT"


def _screenshot_after_sync(window: MainWindow, sync: SyncService, path: Path,
                           quit_app: Callable[[], None]) -> None:
    """For developers and docs: after the first sync, select the first ticket, save a
    picture of the window to ``path`` and quit (``AGENTDESK_SCREENSHOT=file.png``)."""
    def save() -> None:
        window.grab().save(str(path))
        quit_app()

    def shoot() -> None:
        if window.ticket_model.rowCount():
            window.select_ticket_row(0)
        QTimer.singleShot(1500, save)

    sync.sync_finished.connect(lambda _result: QTimer.singleShot(500, shoot))


def _probe_startup(window: MainWindow, quit_app: Callable[[], None]) -> None:
    """For ``make bench``: once the window shows ticket rows, print ``READY <rss_kb>``
    on stdout and quit. The bench measures the time from process start to that line."""
    done = False

    def check() -> None:
        nonlocal done
        if done or not window.isVisible() or window.ticket_model.rowCount() == 0:
            return
        done = True
        QCoreApplication.processEvents()
        rss_kb = 0
        with contextlib.suppress(OSError, ValueError):
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss_kb = int(line.split()[1])
        print(f"READY {rss_kb}", flush=True)
        QTimer.singleShot(0, quit_app)

    window.ticket_model.modelReset.connect(check)
    window.ticket_model.rowsInserted.connect(check)
    QTimer.singleShot(0, check)


def _quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C and SIGTERM quit the event loop cleanly (state saved, worker ended).

    Python runs signal handlers only between bytecodes, so a timer wakes the
    interpreter regularly while Qt's loop runs (the qutebrowser way).
    """
    def handler(signum: int, _frame: Any) -> None:
        log.info("signal %d: quitting", signum)
        app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)
    timer = QTimer(app)
    timer.setObjectName("signal-wakeup")
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def run_gui(settings: Settings, auto_user: str | None, auto_password: str | None) -> int:
    app = make_application()
    setup_logging(settings.log_dir, str(settings["log_level"]))
    crashes = crash_dialog.install(settings.log_dir)  # unhandled exceptions → report
    language = install_translators(app, str(settings["language"]))
    apply_appearance(app, str(settings["appearance"]))
    log.info("AgentDesk starting (language %s, data %s)", language, settings.data_dir)
    app.setQuitOnLastWindowClosed(False)
    db = LocalDatabase(settings.data_dir, encrypt=encryption_wanted(settings))
    try:
        try:
            db.open()
        except DatabaseKeyLostError as exc:
            log.error("%s", exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Application", "Local data cannot be read"),
                QCoreApplication.translate(
                    "Application", "The local AgentDesk data on this computer is "
                    "encrypted, and its key is missing from the system keyring. It cannot "
                    "be read, so it is replaced by a fresh copy from the server after you "
                    "sign in. Changes that had not reached the server cannot be "
                    "recovered."))
            box.setDetailedText(str(exc))
            box.exec()
            db.discard()
            db.open()
    except DatabaseTooNewError as exc:
        log.error("%s", exc)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "AgentDesk cannot start"),
            QCoreApplication.translate(
                "Application", "The data on this computer was written by a newer version "
                "of AgentDesk. Please install that version, or ask your IT department for "
                "help."))
        box.setDetailedText(str(exc))
        box.exec()
        return EXIT_DATABASE_TOO_NEW
    tasks = TaskManager()
    controller = AppController(app, settings, db, tasks)
    controller.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    wakeup = _quit_on_signals(app)
    controller.start(auto_user, auto_password)
    code = app.exec()
    wakeup.stop()
    if controller.window is not None:
        controller.window.save_state()
    controller.shutdown()
    db.close()
    crashes.reporter.uninstall()
    log.info("AgentDesk ended (exit code %d)", code)
    return int(code)


# -- self-test ----------------------------------------------------------------------
def self_test(settings: Settings) -> int:
    """Check an installation offscreen; one line per check. 0 when every local check
    passes (an unreachable server is reported, not a failure)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    failures = 0

    def report(name: str, ok: bool, text: str) -> None:
        nonlocal failures
        if not ok:
            failures += 1
        print(f"{name}: {text}", flush=True)

    try:
        app = make_application()
        platform = QGuiApplication.platformName()
        report("qt", bool(platform), f"ok (Qt {_qt_version()}, platform {platform})")
    except Exception as exc:  # a broken Qt installation is exactly what this finds
        report("qt", False, f"FAILED — {exc}")
        return 1

    db = LocalDatabase(settings.data_dir, encrypt=encryption_wanted(settings))
    try:
        db.open()
        Replica(db).state()
        report("database", True, f"ok ({db.path})")
        print("encryption: " + ("on (SQLCipher, key in the keyring)" if db.encrypted
                                else f"OFF — {db.encryption_note}"), flush=True)
    except Exception as exc:
        report("database", False, f"FAILED — {exc} ({db.path})")
    finally:
        db.close()

    try:
        con = sqlite3.connect(":memory:")
        try:
            con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
            fts = "fts5"
        except sqlite3.OperationalError:
            fts = "no fts5"
        finally:
            con.close()
        report("sqlite", True, f"ok {sqlite3.sqlite_version} ({fts})")
    except Exception as exc:
        report("sqlite", False, f"FAILED — {exc}")

    loaded, missing = [], []
    for lang in LANGUAGES:
        path = catalog_path(lang)
        if load_translator(path) is None:
            missing.append(path.name)
        else:
            loaded.append(lang)
    qt_de = load_translator(qt_translations_dir() / "qtbase_de.qm")
    if qt_de is None:
        missing.append("qtbase_de.qm")
    if missing:
        report("translations", False, f"FAILED — missing or unreadable: {', '.join(missing)}")
    else:
        report("translations", True, ", ".join(loaded))

    style_ok = bool(read_style_sheet()) and resource_path("icons", "agentdesk.svg").is_file()
    report("resources", style_ok, "ok" if style_ok else
           f"FAILED — style sheet or icon missing in {resource_path()}")

    missing_modules = [m for m in _native_keyring_modules() if not _importable(m)]
    backend = CredentialStore.backend_name()
    note = "" if CredentialStore.available() else " (not usable: sign-ins are not remembered)"
    if missing_modules:
        report("keyring", False, f"FAILED — not bundled: {', '.join(missing_modules)}")
    else:
        print(f"keyring: {backend}{note}", flush=True)

    try:
        from PySide6 import QtCharts

        report("charts", True, f"ok ({QtCharts.__name__})")
    except ImportError as exc:
        report("charts", False, f"FAILED — {exc}")

    ok, text = _check_trust(settings)
    report("tls", ok, text)
    proxy = effective_proxy(settings)
    print(f"proxy: {redacted_proxy(proxy) if proxy else 'none'}", flush=True)

    url = str(settings["server_url"])
    try:
        client = ServerClient(make_http_client(settings, timeout=3.0))
        try:
            health = client.health()
        finally:
            client.close()
        print(f"server: ok {url} (version {health.get('version', '?')})", flush=True)
    except Exception as exc:
        reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        print(f"server: unreachable — {reason}", flush=True)
        log.info("self-test: %s", describe_error(exc, url))

    del app
    return 0 if failures == 0 else 1


def _native_keyring_modules() -> list[str]:
    """The keyring backend of this platform and what it needs (missing = a bundle bug)."""
    if sys.platform == "win32":
        return ["keyring.backends.Windows", "win32ctypes"]
    if sys.platform == "darwin":
        return ["keyring.backends.macOS"]
    return ["keyring.backends.SecretService", "secretstorage", "jeepney"]


def _importable(module: str) -> bool:
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _check_trust(settings: Settings) -> tuple[bool, str]:
    """Whether the certificate authorities the settings ask for load."""
    import ssl

    bundle = str(settings["ca_bundle"] or "")
    try:
        ctx = ssl_context(settings)
    except (OSError, ssl.SSLError, ImportError) as exc:
        return False, f"FAILED — {exc}"
    if bundle:  # ssl_context logs an unreadable bundle; here it is a failure
        try:
            ssl.create_default_context(cafile=bundle)
        except (OSError, ssl.SSLError) as exc:
            return False, f"FAILED — ca_bundle {bundle}: {exc}"
    if settings["use_system_certificates"]:
        source = "system store (truststore)"
    else:
        count = ctx.cert_store_stats().get("x509_ca", 0)
        if not count:
            return False, "FAILED — no certificate authorities loaded (certifi missing?)"
        source = f"certifi, {count} authorities"
    extra = f" + {bundle}" if bundle else ""
    return True, f"ok ({source}{extra})"


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return f"{qVersion()}, PySide6 {pyside_version}"
