"""One entry point for background work, in the style of Anki's ``taskman``.

``TaskManager.run_in_worker(fn, on_done, on_error)`` runs ``fn`` on the manager's one
worker thread and calls ``on_done(result)`` or ``on_error(exception)`` on the UI thread.
All jobs run one after another on that one thread, so the sync engine (one httpx
client, one replica) is never used by two jobs at once. ``fn`` must never touch
widgets; the callbacks may.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger("agentdesk.tasks")

DoneFn = Callable[[Any], object]
ErrorFn = Callable[[BaseException], object]


class _Worker(QObject):
    """Lives on the worker thread; runs one job per queued ``job_submitted`` signal."""

    job_finished = Signal(int, object)
    job_failed = Signal(int, object)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:
            log.debug("background job %d failed: %r", job_id, exc)
            self.job_failed.emit(job_id, exc)
        else:
            self.job_finished.emit(job_id, result)


class TaskManager(QObject):
    """Runs functions off the UI thread, one at a time, and reports back by signal.

    Signals:
        busy_changed(bool): whether a job is queued or running.
    """

    busy_changed = Signal(bool)
    _job_submitted = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[DoneFn | None, ErrorFn | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("agentdesk-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._job_submitted.connect(self._worker.run)
        self._worker.job_finished.connect(self._finished)
        self._worker.job_failed.connect(self._failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run_in_worker(self, fn: Callable[[], Any], on_done: DoneFn | None = None,
                      on_error: ErrorFn | None = None) -> int:
        """Queue ``fn``; the callbacks run on the UI thread. Returns the job's number."""
        if self._closed:
            raise RuntimeError("the task manager is shut down")
        job_id = next(self._ids)
        was_busy = self.busy
        self._callbacks[job_id] = (on_done, on_error)
        self._job_submitted.emit(job_id, fn)
        if not was_busy:
            self.busy_changed.emit(True)
        return job_id

    def _pop(self, job_id: int) -> tuple[DoneFn | None, ErrorFn | None]:
        callbacks = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _finished(self, job_id: int, result: Any) -> None:
        on_done, _ = self._pop(job_id)
        if on_done is not None and _receiver_alive(on_done):
            on_done(result)

    @Slot(int, object)
    def _failed(self, job_id: int, exc: BaseException) -> None:
        _, on_error = self._pop(job_id)
        if on_error is not None:
            if _receiver_alive(on_error):
                on_error(exc)
        else:
            log.error("background job failed", exc_info=exc)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop the worker after the running job (queued jobs are dropped); True when
        the thread ended in time. Callbacks of unfinished jobs are not called."""
        if self._closed:
            return True
        self._closed = True
        self._callbacks.clear()
        self._thread.quit()
        ended = self._thread.wait(timeout_ms)
        if not ended:
            log.error("the background worker did not end within %d ms", timeout_ms)
        return bool(ended)


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a Qt object that is gone (a panel closed
    while its search was running): calling it would touch a deleted widget."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not isValid(owner):
        log.debug("dropping the result of a background job: its receiver is gone")
        return False
    return True
