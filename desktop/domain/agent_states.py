"""Agent states (issue 8): what an agent may set by hand, what call events set, durations.

An agent is in exactly one :class:`State` at a time. The agent sets ``available``,
``break`` (with a :class:`BreakReason`), ``training`` and ``offline`` from the status
bar; ``on_call`` and ``after_call_work`` are set only by call events:

- ``answered`` → ``on_call``, remembering the state before the call. ``ringing`` changes
  nothing: a call that rings at several agents is answered by one of them, and the
  others never hear of it again;
- ``hung_up`` of that call → ``after_call_work``, with a limit of
  :attr:`StateSettings.after_call_work_seconds` (``acw_until``). The agent ends it by
  confirming the wrap-up (:func:`end_after_call_work`, back to the state before the call
  or the one chosen) or by choosing a state; where after-call work should end by itself
  at the limit, :func:`expire_after_call_work` does that. A limit of 0 skips it;
- "the state before the call" is ``available`` when the agent was ``offline`` (whoever
  answers a call is at the desk), and keeps a break's reason (a direct call taken on a
  break returns to that break).

The functions are pure: they take a :class:`Presence` (the current state plus what the
rules need to remember) and return the next one. Each new ``(state, reason, since)`` is a
state change the application stores and syncs (an ``agent_states`` row).
:func:`to_intervals` turns the stored changes back into intervals with durations, which
is what the KPI formulas (``desktop.domain.kpis``) consume.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


class State(StrEnum):
    AVAILABLE = "available"
    ON_CALL = "on_call"
    AFTER_CALL_WORK = "after_call_work"
    BREAK = "break"
    TRAINING = "training"
    OFFLINE = "offline"


# Everything but offline is logged-in time.
LOGGED_IN: frozenset[State] = frozenset(State) - {State.OFFLINE}
# Logged in but not ready for calls; left out of occupancy's denominator (docs/kpis.md).
NOT_READY: frozenset[State] = frozenset({State.BREAK, State.TRAINING})
# Time spent handling calls: occupancy's numerator.
HANDLING: frozenset[State] = frozenset({State.ON_CALL, State.AFTER_CALL_WORK})
# What the agent may choose in the status bar; the others come from call events.
MANUAL_STATES: frozenset[State] = frozenset(
    {State.AVAILABLE, State.BREAK, State.TRAINING, State.OFFLINE})
AUTOMATIC_STATES: frozenset[State] = frozenset(State) - MANUAL_STATES


class BreakReason(StrEnum):
    """Reason codes of a break; the UI shows a translated label for each."""

    LUNCH = "lunch"
    SHORT_BREAK = "short_break"
    MEETING = "meeting"
    PERSONAL = "personal"
    TECHNICAL_ISSUE = "technical_issue"


class CallEvent(StrEnum):
    RINGING = "ringing"
    ANSWERED = "answered"
    HUNG_UP = "hung_up"


@dataclass(frozen=True, slots=True)
class StateSettings:
    after_call_work_seconds: float = 60.0  # 0: straight back after hang-up
    break_reasons: frozenset[str] = frozenset(BreakReason)


DEFAULT_STATE_SETTINGS = StateSettings()


class StateChangeError(ValueError):
    """A manual change the rules do not allow. ``code`` and ``params`` are for the UI.

    Codes: ``automatic_state`` (on_call / after_call_work cannot be chosen by hand),
    ``during_call`` (only ``offline`` is possible while on a call), ``reason_required``,
    ``unknown_reason``, ``reason_not_allowed`` (only a break has a reason).
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.params = code, params


@dataclass(frozen=True, slots=True)
class StateChange:
    """One stored state change: from ``at`` on, the agent is in ``state``."""

    at: datetime
    state: State
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Presence:
    """An agent's current state and what the call rules remember about it."""

    state: State
    since: datetime
    reason: str = ""
    resume_state: State = State.AVAILABLE  # where after-call work returns to
    resume_reason: str = ""
    answered: bool = False  # on_call: a call known to be in progress (not restored)
    acw_until: datetime | None = None  # after_call_work: its limit
    call_id: str = ""  # on_call / after_call_work: the call's id, when known

    @property
    def change(self) -> StateChange:
        """The state change that started this presence (what gets stored)."""
        return StateChange(self.since, self.state, self.reason)


def signed_out(at: datetime) -> Presence:
    """The presence of an agent who has not signed in yet."""
    return Presence(State.OFFLINE, at)


def restore(change: StateChange,
            settings: StateSettings = DEFAULT_STATE_SETTINGS) -> Presence:
    """The presence a client takes over from a stored open state (an earlier session).

    A call state found this way belongs to no call this client knows of: the agent may
    leave it by choosing any state (a restored ``on_call`` is not ``answered``), and a
    later hang-up of an unknown call does not start after-call work from it.
    """
    state = State(change.state)
    until = (change.at + timedelta(seconds=settings.after_call_work_seconds)
             if state is State.AFTER_CALL_WORK else None)
    return Presence(state, change.at, change.reason, acw_until=until)


def _enter(current: Presence, state: State, at: datetime, reason: str = "",
           **rest: Any) -> Presence:
    # An event stamped before the current state began (clocks, late delivery) takes
    # effect when the current state began, so durations never turn negative.
    since = at if at >= current.since else current.since
    return Presence(state, since, reason, **rest)


def change_manually(current: Presence, target: State | str, at: datetime, reason: str = "",
                    settings: StateSettings = DEFAULT_STATE_SETTINGS) -> Presence:
    """The agent picks ``target`` (with a break reason) in the status bar at ``at``.

    Raises :class:`StateChangeError` when the rules do not allow it. Choosing the state
    the agent is already in (with the same reason) changes nothing.
    """
    target = State(target)
    if target in AUTOMATIC_STATES:
        raise StateChangeError("automatic_state", f"{target} is set by call events only",
                               state=str(target))
    if current.state is State.ON_CALL and current.answered and target is not State.OFFLINE:
        raise StateChangeError("during_call", "only offline can be chosen during a call",
                               state=str(target))
    if target is State.BREAK:
        if not reason:
            raise StateChangeError("reason_required", "a break needs a reason")
        if reason not in settings.break_reasons:
            raise StateChangeError("unknown_reason", f"unknown break reason {reason!r}",
                                   reason=reason)
    elif reason:
        raise StateChangeError("reason_not_allowed", f"{target} takes no reason",
                               state=str(target))
    if current.state is target and current.reason == reason:
        return current
    return _enter(current, target, at, reason)


def apply_call_event(current: Presence, event: CallEvent | str, at: datetime,
                     settings: StateSettings = DEFAULT_STATE_SETTINGS,
                     call_id: str = "") -> Presence:
    """What a call event of the agent's own line does to the agent's state.

    ``call_id`` (the telephone system's id) keeps calls apart: the hang-up of another
    call than the one being talked (a second line, a consultation) changes nothing.
    """
    event = CallEvent(event)
    if event is CallEvent.RINGING:
        return current
    if event is CallEvent.HUNG_UP:
        if current.state is not State.ON_CALL:
            return current  # a stray or repeated hang-up
        if call_id and current.call_id and call_id != current.call_id:
            return current  # another call than the one being talked
        if current.answered and settings.after_call_work_seconds > 0:
            acw = _enter(current, State.AFTER_CALL_WORK, at,
                         resume_state=current.resume_state,
                         resume_reason=current.resume_reason, call_id=current.call_id)
            until = acw.since + timedelta(seconds=settings.after_call_work_seconds)
            return replace(acw, acw_until=until)
        return _enter(current, current.resume_state, at, current.resume_reason)
    if current.state is State.ON_CALL:  # a second call answered during a call
        if current.answered:
            return current
        # a restored call state: this call is the one being talked now
        return replace(current, answered=True, call_id=call_id)
    if current.state is State.AFTER_CALL_WORK:  # the next call before ACW ended
        resume, resume_reason = current.resume_state, current.resume_reason
    elif current.state is State.OFFLINE:
        resume, resume_reason = State.AVAILABLE, ""
    else:
        resume, resume_reason = current.state, current.reason
    return _enter(current, State.ON_CALL, at, resume_state=resume,
                  resume_reason=resume_reason, answered=True, call_id=call_id)


def end_after_call_work(current: Presence, at: datetime, target: State | str | None = None,
                        reason: str = "",
                        settings: StateSettings = DEFAULT_STATE_SETTINGS) -> Presence:
    """The agent confirms the wrap-up: after-call work ends at ``at`` in ``target``
    (default: the state before the call, with its reason).

    Outside after-call work (the agent chose a state meanwhile, or the next call came)
    nothing changes. Raises :class:`StateChangeError` like :func:`change_manually`.
    """
    if current.state is not State.AFTER_CALL_WORK:
        return current
    if target is None:
        target, reason = current.resume_state, current.resume_reason
    return change_manually(current, target, at, reason, settings)


def after_call_work_overrun(current: Presence, now: datetime) -> float:
    """Seconds the after-call work has run over its limit by ``now`` (0 when not)."""
    if current.state is not State.AFTER_CALL_WORK or current.acw_until is None:
        return 0.0
    return max(0.0, now.timestamp() - current.acw_until.timestamp())


def expire_after_call_work(current: Presence, now: datetime) -> Presence:
    """End after-call work whose timer has run out by ``now``.

    The new state starts when the timer ran out, not at ``now``, so a late check does
    not lengthen the after-call work.
    """
    if (current.state is State.AFTER_CALL_WORK and current.acw_until is not None
            and now >= current.acw_until):
        return _enter(current, current.resume_state, current.acw_until,
                      current.resume_reason)
    return current


# ---------------------------------------------------------------------------- intervals

@dataclass(frozen=True, slots=True)
class StateInterval:
    """A span of one state of one agent; ``ended_at`` is always set (see to_intervals)."""

    user_id: str
    state: State
    started_at: datetime
    ended_at: datetime
    reason: str = ""

    @property
    def seconds(self) -> float:
        return self.ended_at.timestamp() - self.started_at.timestamp()


def to_intervals(user_id: str, changes: Iterable[StateChange],
                 now: datetime) -> list[StateInterval]:
    """Turn one agent's state changes into consecutive intervals; the last ends at ``now``.

    - Changes are taken in time order; of several at the same instant the last one given
      wins (the others last zero seconds and are dropped).
    - A change repeating the current state and reason continues the interval.
    - Changes after ``now`` are taken as happening at ``now`` (and so vanish).
    - The intervals cover ``[first change, now]`` without gaps or overlaps, so their
      durations add up to ``now - first change`` (zero when now is earlier).
    """
    ordered = sorted(changes, key=lambda c: c.at)  # stable: input order breaks ties
    out: list[StateInterval] = []
    cur: tuple[State, str] | None = None
    cur_start = now
    for change in ordered:
        at = change.at if change.at < now else now
        key = (State(change.state), change.reason)
        if cur is not None:
            if key == cur:
                continue
            if at > cur_start:
                out.append(StateInterval(user_id, cur[0], cur_start, at, cur[1]))
        cur, cur_start = key, at
        # the interval before a dropped zero-length one may continue now
        if out and (out[-1].state, out[-1].reason) == key and out[-1].ended_at == at:
            cur_start = out.pop().started_at
    if cur is not None and now > cur_start:
        out.append(StateInterval(user_id, cur[0], cur_start, now, cur[1]))
    return out


def durations(intervals: Iterable[StateInterval]) -> dict[State, float]:
    """Seconds per state (every state present, zero when absent), unclipped."""
    totals = dict.fromkeys(State, 0.0)
    for interval in intervals:
        totals[interval.state] += interval.seconds
    return totals
