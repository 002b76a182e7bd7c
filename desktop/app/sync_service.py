"""The sync engine under the window: runs it off the UI thread and reports by signal.

When to sync:

- at once on ``start()``, on ``sync_now()`` (F5) and after every local edit;
- on a live hint from the server's event stream (``EventListener``) whose version is
  newer than the replica's;
- while the event stream is down: polling with exponential backoff and jitter,
  from about 2 s up to ``sync_interval``; while it is up, a slow safety poll every
  ``sync_interval`` (a missed hint costs latency, never correctness).

Syncs are coalesced: at most one runs and one more waits behind it.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop.app.messages import describe_error
from desktop.app.tasks import TaskManager
from desktop.sync.api import AuthFailed, ServerUnreachable
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener, backoff_delay
from desktop.sync.outbox import CONFLICT, NOTICE, REJECTED, LocalWriter, OutboxItem
from desktop.sync.replica import SyncResult

log = logging.getLogger("agentdesk.app.sync")

T = TypeVar("T")

ATTENTION_STATES = (CONFLICT, REJECTED, NOTICE)
POLL_BASE_S = 2.0  # first fallback poll after the stream went down (with jitter)
MIN_INTERVAL_S = 5


class SyncCancelled(Exception):
    """Raised from the progress callback to stop a sync between two pages."""


class NotSignedIn(Exception):
    """The server is back, but there is no sign-in to resume: the agent must sign in."""


class SyncService(QObject):
    """Sync on the task manager's worker thread: on demand, on live hints, by polling.

    Signals:
        sync_started(): a sync began.
        sync_progressed(int, int): rows and pages applied so far.
        sync_finished(object): a sync ended; the ``SyncResult``.
        sync_failed(str): a sync ended with an error; a translated sentence.
        sign_in_required(): the server no longer accepts the sign-in (or there is none).
        online_changed(bool): the server became reachable or unreachable.
        stream_changed(bool): the live event stream connected or went down.
        outbox_changed(int, int): after each sync and each local edit: how many changes
            wait for delivery, and how many need the agent (conflicts, rejections,
            notices).
        notices_arrived(list): ``OutboxItem``s the server accepted with a remark
            (e.g. a note added to a ticket that had been closed meanwhile).
    """

    sync_started = Signal()
    sync_progressed = Signal(int, int)
    sync_finished = Signal(object)
    sync_failed = Signal(str)
    sign_in_required = Signal()
    online_changed = Signal(bool)
    stream_changed = Signal(bool)
    outbox_changed = Signal(int, int)
    notices_arrived = Signal(list)
    call_event = Signal(dict)  # a call of this agent from the telephone system (live)
    _progress_reported = Signal(int, int)
    # Callbacks of the event listener come from its own thread; these carry them over,
    # with the id of the listener that sent them (a stopped one may still speak).
    _hint_received = Signal(int, int)
    _stream_reported = Signal(int, bool)

    def __init__(self, engine: SyncEngine, interval_s: int, tasks: TaskManager | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self._interval_s = max(MIN_INTERVAL_S, int(interval_s))
        self._running = False
        self._queued = False
        self._active = False  # between start() and stop()
        self._cancel = threading.Event()
        self._online: bool | None = None
        self._needs_sign_in = False
        self._stream_up = False
        self._poll_attempt = 0
        self._listener: EventListener | None = None
        self._listener_number = 0
        self._listener_numbers = itertools.count(1)
        self._announced: set[int] = set()
        self.last_result: SyncResult | None = None
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("sync-timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(self._interval_s * 1000)
        self._timer.timeout.connect(self.sync_now)
        self._progress_reported.connect(self.sync_progressed)
        self._hint_received.connect(self._on_hint, Qt.ConnectionType.QueuedConnection)
        self._stream_reported.connect(self._on_stream_state,
                                      Qt.ConnectionType.QueuedConnection)

    # -- state -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    @property
    def queued(self) -> bool:
        """A sync waits to run after the current one."""
        return self._queued

    @property
    def online(self) -> bool | None:
        """True/False after the first contact with the server, None before."""
        return self._online

    @property
    def needs_sign_in(self) -> bool:
        return self._needs_sign_in

    @property
    def stream_connected(self) -> bool:
        """Whether live hints arrive (else the service polls)."""
        return self._stream_up

    @property
    def interval_s(self) -> int:
        return self._interval_s

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            log.info("server %s", "reachable" if online else "unreachable")
            self.online_changed.emit(online)

    # -- control ---------------------------------------------------------------------
    def start(self, sync_at_once: bool = True) -> None:
        """Listen for live hints (when signed in), poll as a fallback, sync now."""
        if self._cancel.is_set():
            return
        self._active = True
        self._start_listener()
        self._schedule_poll()
        if sync_at_once:
            self.sync_now()

    def stop(self) -> None:
        """No more automatic syncs (a running one finishes)."""
        self._active = False
        self._timer.stop()
        self._stop_listener()

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync; True when one was started. While one runs, one more is queued
        behind it (never more than one)."""
        if self._cancel.is_set():
            return False
        if self._running:
            self._queued = True
            return False
        self._running = True
        self._queued = False
        self._timer.stop()
        self.sync_started.emit()
        self.tasks.run_in_worker(self._sync_job, self._done, self._failed)
        return True

    def _sync_job(self) -> SyncResult:
        """On the worker thread: resume a missing sign-in, then push and pull."""
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
        if self._active:
            self._start_listener()
        self._after_sync()
        self.sync_finished.emit(result)
        self._emit_outbox()
        pushed = result.pushed
        if pushed is not None and getattr(pushed, "notices", None):
            self._announce_notices()
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, SyncCancelled):
            return
        if isinstance(exc, ServerUnreachable):
            self._set_online(False)
        elif isinstance(exc, AuthFailed | NotSignedIn):
            self._set_online(True)
            # it cannot connect without a valid sign-in either (and ends by itself)
            self._stop_listener(wait=False)
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
        self._after_sync()
        self.sync_failed.emit(message)
        self._emit_outbox()
        self._next()

    def _after_sync(self) -> None:
        if self._active and not self._queued:
            self._schedule_poll()

    def _next(self) -> None:
        if self._queued and not self._cancel.is_set():
            self.sync_now()

    # -- live hints and the fallback poll -------------------------------------------
    def _start_listener(self) -> None:
        if not self.engine.signed_in or self._cancel.is_set():
            return
        if self._listener is not None and _listener_alive(self._listener):
            return
        self._stop_listener()
        number = next(self._listener_numbers)

        def hint(version: int) -> None:  # on the listener's thread
            if not self._cancel.is_set():
                self._hint_received.emit(number, version)

        def state(up: bool) -> None:  # on the listener's thread
            if not self._cancel.is_set():
                self._stream_reported.emit(number, up)

        def call(event: dict[str, Any]) -> None:  # on the listener's thread
            if not self._cancel.is_set():
                self.call_event.emit(event)

        listener = EventListener(self.engine.client, hint, state, on_call=call)
        self._listener, self._listener_number = listener, number
        listener.start()
        log.debug("event listener %d started", number)

    def _stop_listener(self, wait: bool = True) -> None:
        listener, self._listener = self._listener, None
        self._listener_number = 0
        if listener is not None:
            listener.stop(timeout=5.0 if wait else 0.0)
        if self._stream_up:
            self._stream_up = False
            self.stream_changed.emit(False)

    def _current_listener(self, number: int) -> bool:
        return (self._active and not self._cancel.is_set() and self._listener is not None
                and number == self._listener_number)

    @Slot(int, int)
    def _on_hint(self, number: int, version: int) -> None:
        if not self._current_listener(number):
            return
        if version > self.engine.replica.version():
            log.debug("hint: server at version %d", version)
            self.sync_now()

    @Slot(int, bool)
    def _on_stream_state(self, number: int, up: bool) -> None:
        if not self._current_listener(number) or up == self._stream_up:
            return
        self._stream_up = up
        log.info("live updates %s", "connected" if up else "down; polling instead")
        self._poll_attempt = 0
        self.stream_changed.emit(up)
        if up:
            self._set_online(True)
            if not self._running and (self.last_error is not None or self._has_pending()):
                # the server is back: deliver what was typed meanwhile, show it online
                self.sync_now()
        if not self._running:
            self._schedule_poll()

    def _schedule_poll(self) -> None:
        """The next automatic sync: slow while hints arrive and syncs succeed, else
        backing off (a failed sync is retried soon even while the stream is up)."""
        if self._stream_up and self.last_error is None:
            delay = float(self._interval_s)
        else:
            delay = backoff_delay(self._poll_attempt, base=POLL_BASE_S,
                                  cap=float(self._interval_s))
            self._poll_attempt += 1
        self._timer.start(max(250, int(delay * 1000)))

    # -- the outbox ------------------------------------------------------------------
    def writer(self) -> LocalWriter | None:
        """The signed-in (or offline) user's writer; None before anybody signed in."""
        if self.engine.user is None:
            return None
        return self.engine.writer

    def outbox_counts(self) -> tuple[int, int]:
        """(changes waiting for delivery, changes that need the agent)."""
        writer = self.writer()
        if writer is None:
            return 0, 0
        return writer.pending_count(), len(writer.items(*ATTENTION_STATES))

    def attention_items(self) -> list[OutboxItem]:
        writer = self.writer()
        return writer.items(*ATTENTION_STATES) if writer is not None else []

    def _has_pending(self) -> bool:
        writer = self.writer()
        return writer is not None and writer.pending_count() > 0

    def refresh_outbox(self) -> None:
        """Count the outbox again and report it (``outbox_changed``)."""
        self._emit_outbox()

    def _emit_outbox(self) -> None:
        try:
            pending, attention = self.outbox_counts()
        except Exception as exc:  # the window must not break over a count
            log.error("cannot count the outbox: %s", exc)
            return
        self.outbox_changed.emit(pending, attention)

    def _announce_notices(self) -> None:
        writer = self.writer()
        if writer is None:
            return
        fresh = [item for item in writer.items(NOTICE) if item.seq not in self._announced]
        self._announced.update(item.seq for item in fresh)
        if fresh:
            self.notices_arrived.emit(fresh)

    def edit(self, change: Callable[[LocalWriter], T]) -> T:
        """Make a local edit through the writer (row and outbox entry in one
        transaction), report the outbox and send the change at once.

        Raises ``RuntimeError`` when nobody is signed in and the writer's
        ``LocalEditError`` when the edit is not possible.
        """
        writer = self.writer()
        if writer is None:
            raise RuntimeError("nobody is signed in")
        result = change(writer)
        self._emit_outbox()
        self.sync_now()
        return result

    def discard(self, seq: int) -> None:
        """Drop an undelivered change (or dismiss a notice); the record returns to the
        server's copy at the sync that follows."""
        self.edit(lambda w: w.discard(seq))

    def retry(self, seq: int, fields: dict[str, Any] | None = None) -> None:
        """Send a rejected change again, with ``fields`` corrected."""
        self.edit(lambda w: w.retry(seq, fields))

    def resolve(self, seq: int, chosen: dict[str, Any]) -> None:
        """Settle a conflict with the value the agent chose for each field."""
        self.edit(lambda w: w.resolve(seq, chosen))

    # -- end -------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Stop the listener and the timer, cancel a running sync between pages and
        wait for the worker (only when this service made its own task manager; else
        its owner waits)."""
        self._active = False
        self._timer.stop()
        self._cancel.set()
        self._queued = False
        self._stop_listener()
        if self._own_tasks:
            self.tasks.shutdown(timeout_ms)


def _listener_alive(listener: EventListener) -> bool:
    """Whether the listener's thread still runs. It ends for good when the server no
    longer accepts the sign-in; ``EventListener`` has no public flag for that yet."""
    thread = getattr(listener, "_thread", None)
    return thread is not None and thread.is_alive()
