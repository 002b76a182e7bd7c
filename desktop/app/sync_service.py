"""The sync engine under the window: runs it off the UI thread and reports by signal."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.app.messages import describe_error
from desktop.app.tasks import TaskManager
from desktop.sync.api import AuthFailed, ServerUnreachable
from desktop.sync.engine import SyncEngine
from desktop.sync.replica import SyncResult

log = logging.getLogger("agentdesk.app.sync")


class SyncCancelled(Exception):
    """Raised from the progress callback to stop a sync between two pages."""


class NotSignedIn(Exception):
    """The server is back, but there is no sign-in to resume: the agent must sign in."""


class SyncService(QObject):
    """Periodic and on-demand sync on the task manager's worker thread.

    Never runs two syncs at once: ``sync_now`` while a sync runs does nothing.

    Signals:
        sync_started(): a sync began.
        sync_progressed(int, int): rows and pages applied so far.
        sync_finished(object): a sync ended; the ``SyncResult``.
        sync_failed(str): a sync ended with an error; a translated sentence.
        sign_in_required(): the server no longer accepts the sign-in (or there is none).
        online_changed(bool): the server became reachable or unreachable.
    """

    sync_started = Signal()
    sync_progressed = Signal(int, int)
    sync_finished = Signal(object)
    sync_failed = Signal(str)
    sign_in_required = Signal()
    online_changed = Signal(bool)
    _progress_reported = Signal(int, int)

    def __init__(self, engine: SyncEngine, interval_s: int, tasks: TaskManager | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self._running = False
        self._cancel = threading.Event()
        self._online: bool | None = None
        self._needs_sign_in = False
        self.last_result: SyncResult | None = None
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("sync-timer")
        self._timer.setInterval(max(5, int(interval_s)) * 1000)
        self._timer.timeout.connect(self.sync_now)
        self._progress_reported.connect(self.sync_progressed)

    # -- state -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    @property
    def online(self) -> bool | None:
        """True/False after the first contact with the server, None before."""
        return self._online

    @property
    def needs_sign_in(self) -> bool:
        return self._needs_sign_in

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            log.info("server %s", "reachable" if online else "unreachable")
            self.online_changed.emit(online)

    # -- control ---------------------------------------------------------------------
    def start(self, sync_at_once: bool = True) -> None:
        """Start the periodic sync (and one sync now)."""
        self._timer.start()
        if sync_at_once:
            self.sync_now()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync unless one is running; True when one was started."""
        if self._running or self._cancel.is_set():
            return False
        self._running = True
        self.sync_started.emit()
        self.tasks.run_in_worker(self._sync_job, self._done, self._failed)
        return True

    def _sync_job(self) -> SyncResult:
        """On the worker thread: resume a missing sign-in, then pull."""
        engine = self.engine
        if not engine.signed_in:
            username = (engine.user or {}).get("username")
            user = engine.resume(username) if username else None
            if user is None:
                engine.client.health()  # raises ServerUnreachable while it is still down
                raise NotSignedIn()

        def progress(rows: int, pages: int) -> None:
            if self._cancel.is_set():
                raise SyncCancelled()
            self._progress_reported.emit(rows, pages)

        return engine.sync(progress)

    def _done(self, result: SyncResult) -> None:
        self._running = False
        self._needs_sign_in = False
        self.last_result = result
        self.last_error = None
        self._set_online(True)
        self.sync_finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, SyncCancelled):
            return
        if isinstance(exc, ServerUnreachable):
            self._set_online(False)
        elif isinstance(exc, AuthFailed | NotSignedIn):
            self._set_online(True)
            if not self._needs_sign_in:
                self._needs_sign_in = True
                self.sign_in_required.emit()
        else:
            log.error("sync failed", exc_info=exc)
        if isinstance(exc, NotSignedIn):
            message = describe_error(AuthFailed(401, "token_invalid", ""),
                                     self.engine.server_url)
        else:
            message = describe_error(exc, self.engine.server_url, during_sync=True)
            log.warning("sync failed: %s", exc)
        self.last_error = message
        self.sync_failed.emit(message)

    # -- end -------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Stop the timer, cancel a running sync between pages and wait for the worker
        (only when this service made its own task manager; else its owner waits)."""
        self._timer.stop()
        self._cancel.set()
        if self._own_tasks:
            self.tasks.shutdown(timeout_ms)
