"""The signed-in agent's state and the wrap-up of their calls, for the window.

``AgentStateService`` applies the rules of ``desktop.domain.agent_states`` to one agent:

- the agent picks a state (status bar, Ctrl+Alt+1…4); the window opens in
  ``available`` after a sign-in (:meth:`start_session`) and ends in ``offline`` at
  sign-out and quit (:meth:`end_session`);
- the live call events of the agent's line (``SyncService.call_event``) set
  ``on_call`` when a call is answered and ``after_call_work`` when it is hung up; that
  hang-up also queues a wrap-up (:class:`PendingWrapUp`) for the call;
- confirming a wrap-up writes ``calls.wrap_up_code`` and ``calls.wrap_up_ended_at`` and
  ends the after-call work (back to the state before the call, or the one chosen).

Every state change is an ``agent_states`` row written through the local write path
(``LocalWriter``: row and outbox entry in one transaction), so it works offline and
syncs like any other record. The open row (``ended_at`` NULL) is the current state;
a change ends every open row of the agent, so there is one open row per agent at a
time. No Qt widgets here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from sqlalchemy import select

from desktop.domain.agent_states import (
    AUTOMATIC_STATES,
    CallEvent,
    Presence,
    State,
    StateChange,
    StateChangeError,
    StateSettings,
    after_call_work_overrun,
    apply_call_event,
    change_manually,
    end_after_call_work,
    expire_after_call_work,
    restore,
    signed_out,
)
from desktop.models import SYNCED_TABLES
from desktop.models.types import from_wire_time, utcnow
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalEditError, LocalWriter, Pusher

log = logging.getLogger("agentdesk.app.agent_states")

T = TypeVar("T")

ACW_LIMIT_S = 120.0  # after-call work beyond this shows in the warning colour
_states = SYNCED_TABLES["agent_states"]
_calls = SYNCED_TABLES["calls"]
_codes = SYNCED_TABLES["wrap_up_codes"]
_customers = SYNCED_TABLES["customers"]

# The telephone system's event names (server/telephony.py) → the domain's.
CALL_EVENTS = {"ringing": CallEvent.RINGING, "answered": CallEvent.ANSWERED,
               "hangup": CallEvent.HUNG_UP, "hung_up": CallEvent.HUNG_UP}


class Editor(Protocol):
    """What the service needs of the sync service: the writer and ``edit``."""

    def edit(self, change: Callable[[LocalWriter], T]) -> T: ...

    def writer(self) -> LocalWriter | None: ...


@dataclass(frozen=True)
class WrapUpChoice:
    code: str
    label: str


@dataclass(frozen=True)
class PendingWrapUp:
    """A call hung up by the agent whose wrap-up code is still to be chosen."""

    call_row_id: str  # calls.id
    call_id: str  # the telephone system's id
    caller: str  # E.164 or as sent
    customer: str  # the matching customer's name, "" when unknown or ambiguous
    ended_at: datetime


# -- plain functions over the local database -------------------------------------------

def wrap_up_choices(db: LocalDatabase, language: str) -> list[WrapUpChoice]:
    """The active wrap-up codes by position, labelled in ``language`` ("de"/"en"; the
    other label, then the code, when that one is empty)."""
    assert db.engine is not None
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(_codes.c.code, _codes.c.label_de, _codes.c.label_en)
            .where(_codes.c.active.is_(True))
            .order_by(_codes.c.position, _codes.c.code)).all()
    choices = []
    for code, de, en in rows:
        first, second = (de, en) if language == "de" else (en, de)
        choices.append(WrapUpChoice(code, first or second or code))
    return choices


def open_states(db: LocalDatabase, user_id: str) -> list[dict[str, Any]]:
    """The agent's open ``agent_states`` rows, newest first."""
    assert db.engine is not None
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(_states.c.id, _states.c.state, _states.c.reason, _states.c.started_at)
            .where(_states.c.user_id == user_id, _states.c.ended_at.is_(None))
            .order_by(_states.c.started_at.desc())).mappings().all()
    return [dict(r) for r in rows]


def end_states(writer: LocalWriter, rows: list[dict[str, Any]], at: datetime) -> None:
    """End open ``agent_states`` rows at ``at`` (never before their own start)."""
    for row in rows:
        started = from_wire_time(row["started_at"])
        ended = at if started is None or at >= started else started
        writer.update("agent_states", str(row["id"]), {"ended_at": ended})


def record_state(writer: LocalWriter, db: LocalDatabase, presence: Presence) -> str:
    """Store ``presence`` as the agent's open state: every open row of the agent ends
    when it begins, then the new row. Its id."""
    end_states(writer, open_states(db, writer.user_id), presence.since)
    return writer.create("agent_states", {
        "user_id": writer.user_id, "state": presence.state.value,
        "reason": presence.reason, "started_at": presence.since,
        "ended_at": None})


def call_is_local(db: LocalDatabase, call_row_id: str) -> bool:
    assert db.engine is not None
    with db.engine.connect() as conn:
        return conn.execute(select(_calls.c.id).where(_calls.c.id == call_row_id)
                            ).first() is not None


def record_wrap_up(writer: LocalWriter, call_row_id: str, code: str, at: datetime) -> None:
    """Write the wrap-up of a call (``LocalEditError`` while the call is not here yet)."""
    writer.update("calls", call_row_id, {"wrap_up_code": code, "wrap_up_ended_at": at})


def _customer_name(event: dict[str, Any]) -> str:
    matches = event.get("matches") or []
    if event.get("customer_id") and len(matches) == 1:
        return str(matches[0].get("name") or "")
    return ""


# -- the service ---------------------------------------------------------------------

class AgentStateService(QObject):
    """One agent's state for the window.

    Signals:
        state_changed(object): the new ``Presence``.
        wrap_ups_changed(): a wrap-up was queued or confirmed (see ``pending``).
        change_refused(str, object): a change the rules refused (``StateChangeError``
            code and params) or one that could not be stored (code ``not_stored``).
    """

    state_changed = Signal(object)
    wrap_ups_changed = Signal()
    change_refused = Signal(str, object)

    def __init__(self, db: LocalDatabase, editor: Editor, user_id: str | None,
                 settings: StateSettings | None = None, auto_end_acw: bool = False,
                 clock: Callable[[], datetime] = utcnow, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.db = db
        self.editor = editor
        self.user_id = user_id
        self.settings = settings or StateSettings(after_call_work_seconds=ACW_LIMIT_S)
        self.auto_end_acw = auto_end_acw
        self.clock = clock
        self._presence = signed_out(clock())
        self._row_id: str | None = None
        self.pending: list[PendingWrapUp] = []
        self._unsaved: dict[str, tuple[str, datetime]] = {}  # call row → code, when
        self._acw_timer = QTimer(self)
        self._acw_timer.setObjectName("acwLimit")
        self._acw_timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early; the limit is a promise to the agent.
        self._acw_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._acw_timer.timeout.connect(self._expire)
        self._adopt_open_state()

    def _adopt_open_state(self) -> None:
        """Start from the agent's open row on this computer (a session that ended
        without signing out), so a restart during a break stays on the break."""
        if self.user_id is None or self.db.engine is None:
            return
        try:
            rows = open_states(self.db, self.user_id)
            started = from_wire_time(rows[0]["started_at"]) if rows else None
            if started is None:
                return
            presence = restore(StateChange(started, State(rows[0]["state"]),
                                           str(rows[0]["reason"] or "")), self.settings)
        except (ValueError, KeyError) as exc:
            log.warning("the stored state is not readable: %s", exc)
            return
        self._presence, self._row_id = presence, str(rows[0]["id"])

    # -- reading ---------------------------------------------------------------------
    @property
    def presence(self) -> Presence:
        return self._presence

    @property
    def enabled(self) -> bool:
        """Whether anybody is signed in to store states for."""
        return self.user_id is not None and self.editor.writer() is not None

    def seconds_in_state(self) -> float:
        return max(0.0, self.clock().timestamp() - self._presence.since.timestamp())

    def acw_overrun(self) -> float:
        return after_call_work_overrun(self._presence, self.clock())

    # -- changes ---------------------------------------------------------------------
    def start_session(self) -> None:
        """After a sign-in: the agent is available (ending what an earlier session left
        open), unless this computer's last session ended on a break or in training
        without signing out (then that goes on)."""
        state = self._presence.state
        if self.enabled and (state is State.OFFLINE or state in AUTOMATIC_STATES):
            self.set_state(State.AVAILABLE)

    def end_session(self) -> None:
        """At sign-out and quit: offline, and the change sent at once (the worker runs it
        before the sign-out; a failure leaves it in the outbox for the next sign-in)."""
        if not self.enabled or self._presence.state is State.OFFLINE:
            return
        new = change_manually(self._presence, State.OFFLINE, self.clock(), "", self.settings)
        if self._store(new, send=False):
            self._push_now()

    def set_state(self, state: State | str, reason: str = "") -> bool:
        """The agent chose ``state`` (a break with ``reason``); False when refused."""
        try:
            new = change_manually(self._presence, state, self.clock(), reason, self.settings)
        except StateChangeError as exc:
            self.change_refused.emit(exc.code, exc.params)
            return False
        if new is not self._presence:
            return self._store(new)
        return True

    def on_call_event(self, event: dict[str, Any]) -> None:
        """A live call event of this agent's line (``SyncService.call_event``)."""
        kind = CALL_EVENTS.get(str(event.get("event", "")))
        target = event.get("user_id")
        if kind is None or (target is not None and target != self.user_id):
            return
        before = self._presence
        call_id = str(event.get("call_id") or "")
        new = apply_call_event(before, kind, self.clock(), self.settings, call_id)
        if (kind is CallEvent.HUNG_UP and before.state is State.ON_CALL and before.answered
                and new is not before and event.get("id")):
            self.pending.append(PendingWrapUp(
                str(event["id"]), call_id, str(event.get("caller") or ""),
                _customer_name(event), self.clock()))
            self.wrap_ups_changed.emit()
        if new is not before:
            self._store(new)

    def confirm_wrap_up(self, call_row_id: str, code: str, state: State | str | None = None,
                        reason: str = "") -> bool:
        """The agent confirmed the wrap-up of a call: the code goes to the call, and
        after-call work ends in ``state`` (default: the state before the call) when this
        was the last call waiting for its wrap-up. False when the state is refused."""
        at = self.clock()
        last = [w.call_row_id for w in self.pending] == [call_row_id]
        if last:
            try:
                new = end_after_call_work(self._presence, at, state, reason, self.settings)
            except StateChangeError as exc:
                self.change_refused.emit(exc.code, exc.params)
                return False
        else:
            new = self._presence
        self.pending = [w for w in self.pending if w.call_row_id != call_row_id]
        self._unsaved[call_row_id] = (code, at)
        self._save_wrap_ups(send=new is self._presence)
        if new is not self._presence:
            self._store(new)
        self.wrap_ups_changed.emit()
        return True

    def after_sync(self) -> None:
        """After each sync: wrap-ups of calls that have arrived meanwhile are stored,
        and open rows another session left (seen only now) are ended."""
        if not self.enabled:
            return
        if self._unsaved:
            self._save_wrap_ups(send=True)
        if self._row_id is not None and self.user_id is not None:
            stray = [r for r in open_states(self.db, self.user_id) if r["id"] != self._row_id]
            if stray:
                log.info("ending %d state(s) left open by another session", len(stray))
                since = self._presence.since
                try:
                    self.editor.edit(lambda w: end_states(w, stray, since))
                except (LocalEditError, RuntimeError) as exc:
                    log.error("open states not ended: %s", exc)

    # -- storing ---------------------------------------------------------------------
    def _store(self, new: Presence, send: bool = True) -> bool:
        """Make ``new`` the agent's state and store it (locally at once; ``send``:
        through ``edit``, which also starts a sync)."""
        if not self.enabled:
            return False
        try:
            if send:
                row_id = self.editor.edit(lambda w: record_state(w, self.db, new))
            else:
                writer = self.editor.writer()
                assert writer is not None
                row_id = record_state(writer, self.db, new)
        except (LocalEditError, RuntimeError) as exc:
            log.error("agent state not stored: %s", exc)
            self.change_refused.emit("not_stored", {"state": new.state.value})
            return False
        self._presence, self._row_id = new, row_id
        self._arm_acw_timer()
        log.info("agent state: %s%s", new.state.value, f" ({new.reason})" if new.reason else "")
        self.state_changed.emit(new)
        return True

    def _save_wrap_ups(self, send: bool) -> None:
        ready = {k: v for k, v in self._unsaved.items() if call_is_local(self.db, k)}
        if not ready:
            return

        def write(w: LocalWriter) -> None:
            for call_row_id, (code, at) in ready.items():
                record_wrap_up(w, call_row_id, code, at)

        try:
            if send:
                self.editor.edit(write)
            else:
                writer = self.editor.writer()
                assert writer is not None
                write(writer)
        except (LocalEditError, RuntimeError) as exc:
            log.error("wrap-up not stored: %s", exc)
            return
        for key in ready:
            self._unsaved.pop(key, None)

    def unsaved_wrap_ups(self) -> int:
        """Confirmed wrap-ups waiting for their call to arrive by sync."""
        return len(self._unsaved)

    def _arm_acw_timer(self) -> None:
        self._acw_timer.stop()
        until = self._presence.acw_until
        if self.auto_end_acw and self._presence.state is State.AFTER_CALL_WORK and until:
            delay = max(0.0, until.timestamp() - self.clock().timestamp())
            self._acw_timer.start(int(delay * 1000) + 1)

    def _expire(self) -> None:
        new = expire_after_call_work(self._presence, self.clock())
        if new is not self._presence:
            self._store(new)
        else:
            self._arm_acw_timer()  # woke before the limit (clock skew): wait the rest

    def _push_now(self) -> None:
        """Send the outbox on the worker now, without a pull (sign-out and quit)."""
        sync: Any = self.editor
        engine, tasks = getattr(sync, "engine", None), getattr(sync, "tasks", None)
        if engine is None or tasks is None or self.user_id is None:
            return
        if not getattr(engine, "signed_in", False):
            return  # offline window: it goes with the next sync after a sign-in
        db, user_id, client = self.db, self.user_id, engine.client
        try:
            tasks.run_in_worker(lambda: Pusher(db, user_id).push(client), None,
                                lambda exc: log.info("state not sent at sign-out: %s", exc))
        except RuntimeError as exc:  # the worker is shut down already
            log.info("state not sent at sign-out: %s", exc)
