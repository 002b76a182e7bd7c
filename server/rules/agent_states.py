"""Agent states on push (issue 8): only rows the rules of ``desktop.domain.agent_states``
can produce are stored.

The write policy (``server.permissions``: agents write their own rows) says whose row it
is; these rules say what it may hold, on create and for the fields an update changes:

- ``state`` is one of :class:`~desktop.domain.agent_states.State` (``unknown_state``);
- a ``break`` needs a reason (``reason_required``) from the known break reasons
  (``StateSettings.break_reasons``, by default every
  :class:`~desktop.domain.agent_states.BreakReason`; ``unknown_reason``); every other
  state has none (``reason_not_allowed``);
- ``started_at`` and ``ended_at`` are at most :data:`MAX_AHEAD` ahead of the server's
  clock (``in_future``, with the field): a client whose clock runs far ahead would
  otherwise stretch the durations of the KPIs;
- ``ended_at``, when set, is not before ``started_at`` (``ends_before_start``).

An update is checked on the row as it will be written (the stored row with the changes),
but only for the checks its changed fields touch: ending an old row is never refused
for what it held before these rules existed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar

from desktop.domain.agent_states import DEFAULT_STATE_SETTINGS, State, StateSettings
from desktop.models.types import from_wire_time, to_wire_time, utcnow
from server.rules import EntityRules, Rejected, WriteContext, register

# How far a pushed time may be ahead of the server's clock (clocks of workstations drift).
MAX_AHEAD = timedelta(minutes=5)


def _time(value: Any) -> datetime | None:
    return from_wire_time(value) if isinstance(value, str | datetime) else None


def check_state(state: Any, reason: Any,
                settings: StateSettings = DEFAULT_STATE_SETTINGS) -> None:
    """Refuse a state the domain does not know, or a reason it does not allow."""
    try:
        known = State(str(state))
    except ValueError as exc:
        raise Rejected("unknown_state", f"Unknown agent state {state!r}.",
                       state=str(state)) from exc
    reason = str(reason or "")
    if known is State.BREAK:
        if not reason:
            raise Rejected("reason_required", "A break needs a reason.")
        if reason not in settings.break_reasons:
            raise Rejected("unknown_reason", f"Unknown break reason {reason!r}.",
                           reason=reason)
    elif reason:
        raise Rejected("reason_not_allowed", f"The state {known.value} takes no reason.",
                       state=known.value)


def check_times(values: dict[str, Any], fields: set[str], now: datetime) -> None:
    """Refuse times of ``fields`` too far ahead of ``now``, and an end before the start
    (when either of them is among ``fields``)."""
    started, ended = _time(values.get("started_at")), _time(values.get("ended_at"))
    for name, value in (("started_at", started), ("ended_at", ended)):
        if name in fields and value is not None and value > now + MAX_AHEAD:
            raise Rejected("in_future", f"{name} is in the future (server time "
                           f"{to_wire_time(now)}).", field=name, value=to_wire_time(value),
                           server_time=to_wire_time(now))
    if (fields & {"started_at", "ended_at"} and started is not None and ended is not None
            and ended < started):
        raise Rejected("ends_before_start", "A state cannot end before it starts.",
                       started_at=to_wire_time(started), ended_at=to_wire_time(ended))


class AgentStateRules(EntityRules):
    entity: ClassVar[str] = "agent_states"
    settings: ClassVar[StateSettings] = DEFAULT_STATE_SETTINGS

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        check_state(row.get("state"), row.get("reason"), self.settings)
        check_times(row, {"started_at", "ended_at"}, utcnow())

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        after = {**current, **changes}
        if changes.keys() & {"state", "reason"}:
            check_state(after.get("state"), after.get("reason"), self.settings)
        check_times(after, set(changes), utcnow())


register(AgentStateRules())
