"""KPI formulas of the supervisor views (issue 8). Definitions: docs/kpis.md.

Pure Python over small frozen facts that the server or the client fill from their rows
(:class:`CallFact`, :class:`~desktop.domain.agent_states.StateInterval`,
:class:`TicketFact`), for a :class:`Period` with timezone-aware ends. Every function
makes one pass over its input (backlog adds one sort of the open tickets' ages), so a
day of 500 agents or the 200,000 tickets of the reference workload take well under a
second.

Conventions (docs/kpis.md has the reasons):

- Periods are half-open, ``[start, end)``. An *event* (a call offered, a ticket
  resolved, an escalation) belongs to the period that contains its instant. Calls are
  counted, with their whole wait and handling time, in the period in which they were
  offered. *Durations* of states are clipped: a state that crosses midnight counts the
  part inside the period.
- Rates and averages come as :class:`Ratio` (numerator and denominator); ``value`` is
  None when the denominator is zero, and the UI shows "–" for it.
- Durations are seconds, computed from ``timestamp()`` (absolute time), so daylight
  saving time changes never add or lose an hour.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TypeVar

from desktop.domain.agent_states import HANDLING, LOGGED_IN, NOT_READY, State, StateInterval
from desktop.domain.roles import SUPPORT_LEVELS

HOUR = 3600.0
DAY = 24 * HOUR

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def _check_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


# ------------------------------------------------------------------------------ period

@dataclass(frozen=True, slots=True)
class Period:
    """``[start, end)`` in absolute time; ``tz`` is the zone the UI reports it in.

    Start and end are kept in UTC. ``tz`` defaults to the zone ``start`` was given in;
    hourly buckets are labelled in it.
    """

    start: datetime
    end: datetime
    tz: tzinfo = UTC
    start_ts: float = field(init=False, repr=False, compare=False)
    end_ts: float = field(init=False, repr=False, compare=False)

    def __init__(self, start: datetime, end: datetime, tz: tzinfo | None = None) -> None:
        _check_aware(start, "start")
        _check_aware(end, "end")
        if end < start:
            raise ValueError("a period cannot end before it starts")
        zone = tz if tz is not None else start.tzinfo
        assert zone is not None  # checked above
        object.__setattr__(self, "start", start.astimezone(UTC))
        object.__setattr__(self, "end", end.astimezone(UTC))
        object.__setattr__(self, "tz", zone)
        object.__setattr__(self, "start_ts", start.timestamp())
        object.__setattr__(self, "end_ts", end.timestamp())

    @classmethod
    def days(cls, first: date, last: date, tz: tzinfo) -> Period:
        """From local midnight of ``first`` to local midnight after ``last`` (inclusive)."""
        if last < first:
            raise ValueError("the last day comes before the first")
        return cls(datetime.combine(first, time(), tzinfo=tz),
                   datetime.combine(last + timedelta(days=1), time(), tzinfo=tz), tz)

    @classmethod
    def day(cls, day: date, tz: tzinfo) -> Period:
        """One local calendar day (23 or 25 hours on the days the clocks change)."""
        return cls.days(day, day, tz)

    @classmethod
    def week(cls, day: date, tz: tzinfo) -> Period:
        """The ISO week (Monday to Sunday) that contains ``day``."""
        monday = day - timedelta(days=day.weekday())
        return cls.days(monday, monday + timedelta(days=6), tz)

    @classmethod
    def today(cls, now: datetime, tz: tzinfo) -> Period:
        return cls.day(now.astimezone(tz).date(), tz)

    @classmethod
    def this_week(cls, now: datetime, tz: tzinfo) -> Period:
        return cls.week(now.astimezone(tz).date(), tz)

    @property
    def seconds(self) -> float:
        return self.end_ts - self.start_ts

    def contains(self, at: datetime) -> bool:
        return self.start_ts <= at.timestamp() < self.end_ts

    def overlap_seconds(self, start: datetime, end: datetime) -> float:
        """How many seconds of ``[start, end)`` lie inside the period."""
        lo = max(start.timestamp(), self.start_ts)
        hi = min(end.timestamp(), self.end_ts)
        return hi - lo if hi > lo else 0.0

    def hour_starts(self) -> list[datetime]:
        """Starts of the hourly buckets in ``tz``: whole hours of elapsed time from start.

        A local day has 23 or 25 of them when the clocks change; the last bucket is
        shorter when the period is not a whole number of hours.
        """
        count = int(-(-self.seconds // HOUR))  # ceil
        return [datetime.fromtimestamp(self.start_ts + i * HOUR, self.tz) for i in range(count)]


# --------------------------------------------------------------------------- settings

@dataclass(frozen=True)
class KpiSettings:
    service_level_seconds: float = 20.0  # "80/20": answered within 20 s
    short_abandon_seconds: float = 5.0  # abandoned sooner: not counted at all
    queue_service_level_seconds: Mapping[str, float] = field(default_factory=dict)
    # upper bounds of the backlog age buckets, seconds (the last bucket is open)
    backlog_age_bounds: tuple[float, ...] = (DAY, 3 * DAY, 7 * DAY, 30 * DAY)

    def target_for(self, queue_id: str | None) -> float:
        if queue_id is not None:
            return self.queue_service_level_seconds.get(queue_id, self.service_level_seconds)
        return self.service_level_seconds


DEFAULT_SETTINGS = KpiSettings()


@dataclass(frozen=True, slots=True)
class Ratio:
    """A rate or an average kept as its two sums, so groups can be added up."""

    numerator: float
    denominator: float

    @property
    def value(self) -> float | None:
        return None if self.denominator == 0 else self.numerator / self.denominator


# ------------------------------------------------------------------------------ calls

class CallOutcome(StrEnum):
    ANSWERED = "answered"
    ABANDONED = "abandoned"
    SHORT_ABANDONED = "short_abandoned"  # hung up within the short-abandon threshold
    WAITING = "waiting"  # neither answered nor ended (still in the queue)
    NOT_INBOUND = "not_inbound"  # outbound and internal calls: no queue KPIs


@dataclass(frozen=True, slots=True)
class CallFact:
    """One call as the KPIs see it (from a ``calls`` row).

    ``started_at`` is when the call was offered (entered the queue / started ringing).
    ``ended_at`` is None while the call waits or is being talked. The connected span
    ``ended_at - answered_at`` includes hold time (the PBX reports no separate hold).
    ``after_call_work_seconds`` comes from the agent's after-call-work states
    (:func:`attach_after_call_work`). ``team_id`` and ``level`` are for grouping: the
    filler takes them from the queue (so abandoned calls have them too).
    """

    started_at: datetime
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    direction: str = "inbound"
    agent_id: str | None = None
    queue_id: str | None = None
    team_id: str | None = None
    level: int | None = None
    after_call_work_seconds: float = 0.0

    def __post_init__(self) -> None:
        _check_aware(self.started_at, "started_at")
        if self.answered_at is not None and self.answered_at < self.started_at:
            raise ValueError("a call cannot be answered before it started")
        first = self.answered_at or self.started_at
        if self.ended_at is not None and self.ended_at < first:
            raise ValueError("a call cannot end before it started or was answered")
        if self.after_call_work_seconds < 0:
            raise ValueError("after-call work cannot be negative")


def call_outcome(call: CallFact, settings: KpiSettings = DEFAULT_SETTINGS) -> CallOutcome:
    if call.direction != "inbound":
        return CallOutcome.NOT_INBOUND
    if call.answered_at is not None:
        return CallOutcome.ANSWERED
    if call.ended_at is None:
        return CallOutcome.WAITING
    wait = call.ended_at.timestamp() - call.started_at.timestamp()
    if wait < settings.short_abandon_seconds:
        return CallOutcome.SHORT_ABANDONED
    return CallOutcome.ABANDONED


@dataclass(frozen=True, slots=True)
class CallKpis:
    """Inbound call figures of a period; counts plus the sums behind the averages."""

    offered: int = 0  # answered + abandoned (short abandons and waiting calls not)
    answered: int = 0
    answered_in_target: int = 0
    abandoned: int = 0
    short_abandoned: int = 0
    waiting: int = 0
    handled: int = 0  # answered and ended
    wait_seconds: float = 0.0  # queue wait of the answered calls
    handle_seconds: float = 0.0  # connected time + after-call work of the handled calls

    @property
    def service_level(self) -> Ratio:
        return Ratio(self.answered_in_target, self.offered)

    @property
    def average_speed_of_answer(self) -> Ratio:
        return Ratio(self.wait_seconds, self.answered)

    @property
    def average_handling_time(self) -> Ratio:
        return Ratio(self.handle_seconds, self.handled)

    @property
    def abandonment_rate(self) -> Ratio:
        return Ratio(self.abandoned, self.offered)


class _CallTally:
    __slots__ = ("abandoned", "answered", "handle", "handled", "in_target", "short",
                 "wait", "waiting")

    def __init__(self) -> None:
        self.answered = self.in_target = self.abandoned = self.short = 0
        self.waiting = self.handled = 0
        self.wait = self.handle = 0.0

    def add(self, call: CallFact, started: float, settings: KpiSettings) -> None:
        answered_at, ended_at = call.answered_at, call.ended_at
        if answered_at is not None:
            answered = answered_at.timestamp()
            wait = answered - started
            self.answered += 1
            self.wait += wait
            if wait <= settings.target_for(call.queue_id):
                self.in_target += 1
            if ended_at is not None:
                self.handled += 1
                self.handle += ended_at.timestamp() - answered + call.after_call_work_seconds
        elif ended_at is None:
            self.waiting += 1
        elif ended_at.timestamp() - started < settings.short_abandon_seconds:
            self.short += 1
        else:
            self.abandoned += 1

    def result(self) -> CallKpis:
        return CallKpis(self.answered + self.abandoned, self.answered, self.in_target,
                        self.abandoned, self.short, self.waiting, self.handled,
                        self.wait, self.handle)


def call_kpis(calls: Iterable[CallFact], period: Period,
              settings: KpiSettings = DEFAULT_SETTINGS) -> CallKpis:
    """Service level, ASA, AHT and abandonment of the inbound calls offered in ``period``."""
    tally = _CallTally()
    lo, hi = period.start_ts, period.end_ts
    for call in calls:
        if call.direction != "inbound":
            continue
        started = call.started_at.timestamp()
        if lo <= started < hi:
            tally.add(call, started, settings)
    return tally.result()


@dataclass(frozen=True, slots=True)
class HourlyPoint:
    start: datetime  # local (period.tz) start of the hour
    calls: CallKpis


def hourly_calls(calls: Iterable[CallFact], period: Period,
                 settings: KpiSettings = DEFAULT_SETTINGS) -> list[HourlyPoint]:
    """Offered/answered/abandoned and service level per hour of ``period``, for charts.

    Every hour of the period is present (zero figures and a None service level for
    an hour without calls); a call belongs to the hour in which it was offered.
    """
    starts = period.hour_starts()
    tallies = [_CallTally() for _ in starts]
    lo, hi = period.start_ts, period.end_ts
    for call in calls:
        if call.direction != "inbound":
            continue
        started = call.started_at.timestamp()
        if lo <= started < hi:
            tallies[int((started - lo) // HOUR)].add(call, started, settings)
    return [HourlyPoint(s, t.result()) for s, t in zip(starts, tallies, strict=True)]


def attach_after_call_work(calls: Sequence[CallFact],
                           intervals: Iterable[StateInterval]) -> list[CallFact]:
    """Give each answered call the after-call work that followed it (unclipped).

    An ``after_call_work`` interval of agent A belongs to A's call that was answered
    last at or before the interval started; intervals before A's first answered call
    belong to none. Returns the calls in the same order (O(n log n)).
    """
    by_agent: dict[str, list[tuple[float, int]]] = {}
    for index, call in enumerate(calls):
        if call.agent_id is not None and call.answered_at is not None:
            by_agent.setdefault(call.agent_id, []).append((call.answered_at.timestamp(), index))
    for agent_calls in by_agent.values():
        agent_calls.sort()
    extra: dict[int, float] = {}
    for interval in intervals:
        if interval.state is not State.AFTER_CALL_WORK:
            continue
        answered = by_agent.get(interval.user_id)
        if not answered:
            continue
        pos = bisect_right(answered, (interval.started_at.timestamp(), len(calls)))
        if pos:
            index = answered[pos - 1][1]
            extra[index] = extra.get(index, 0.0) + interval.seconds
    return [replace(c, after_call_work_seconds=c.after_call_work_seconds + extra[i])
            if i in extra else c for i, c in enumerate(calls)]


# ------------------------------------------------------------------------- agent time

@dataclass(frozen=True, slots=True)
class AgentTime:
    """Seconds per state inside the period (clipped), summed over the agents given."""

    seconds: Mapping[State, float]

    @property
    def logged_in_seconds(self) -> float:
        return sum(self.seconds[s] for s in LOGGED_IN)

    @property
    def occupancy(self) -> Ratio:
        """(talk + after-call work) / (logged-in time - break - training)."""
        handling = sum(self.seconds[s] for s in HANDLING)
        ready = self.logged_in_seconds - sum(self.seconds[s] for s in NOT_READY)
        return Ratio(handling, ready)


def agent_time(intervals: Iterable[StateInterval], period: Period) -> AgentTime:
    totals = dict.fromkeys(State, 0.0)
    lo, hi = period.start_ts, period.end_ts
    for interval in intervals:
        a = interval.started_at.timestamp()
        b = interval.ended_at.timestamp()
        if a < lo:
            a = lo
        if b > hi:
            b = hi
        if b > a:
            totals[interval.state] += b - a
    return AgentTime(totals)


# ---------------------------------------------------------------------------- tickets

@dataclass(frozen=True, slots=True)
class LevelChange:
    """A ticket moved between support levels (an ``escalation`` entry's data)."""

    at: datetime
    from_level: int
    to_level: int

    @property
    def is_escalation(self) -> bool:
        return self.to_level > self.from_level


@dataclass(frozen=True, slots=True)
class TicketFact:
    """One ticket as the KPIs see it.

    ``resolved_at`` is when the ticket was last resolved, or None while it is not
    resolved or closed (a reopened ticket has None). ``level`` is the current level;
    ``level_changes`` the moves between levels (sorted on construction).
    ``first_contact`` is the filler's flag "solved in the first contact" (e.g. the call's
    wrap-up code ``solved_first_contact``); see :attr:`is_first_contact_resolution`.
    ``csat`` is the customer's score 1..5 if one was recorded.
    """

    created_at: datetime
    resolved_at: datetime | None = None
    level: int = 1
    level_changes: tuple[LevelChange, ...] = ()
    first_contact: bool = False
    csat: int | None = None
    owner_id: str | None = None
    queue_id: str | None = None
    team_id: str | None = None

    def __post_init__(self) -> None:
        _check_aware(self.created_at, "created_at")
        if self.csat is not None and not 1 <= self.csat <= 5:
            raise ValueError("a satisfaction score is 1 to 5")
        changes = self.level_changes
        if any(changes[i].at > changes[i + 1].at for i in range(len(changes) - 1)):
            object.__setattr__(self, "level_changes",
                               tuple(sorted(changes, key=lambda c: c.at)))

    @property
    def initial_level(self) -> int:
        return self.level_changes[0].from_level if self.level_changes else self.level

    @property
    def is_first_contact_resolution(self) -> bool:
        """Solved in the first contact, at level 1, never moved to another level."""
        return self.first_contact and self.level == 1 and not self.level_changes


def first_contact_resolution(tickets: Iterable[TicketFact], period: Period) -> Ratio:
    """Tickets resolved in ``period`` at first contact / tickets resolved in ``period``."""
    resolved = fcr = 0
    lo, hi = period.start_ts, period.end_ts
    for ticket in tickets:
        if ticket.resolved_at is not None and lo <= ticket.resolved_at.timestamp() < hi:
            resolved += 1
            if ticket.is_first_contact_resolution:
                fcr += 1
    return Ratio(fcr, resolved)


def escalation_rates(tickets: Iterable[TicketFact], period: Period) -> dict[int, Ratio]:
    """Per level L: tickets escalated from L in ``period`` / tickets handled at L in it.

    A ticket is handled at L in the period when its time at L (from creation or the move
    to L until the move away, its resolution, or open-ended) meets ``[start, end)``:
    it starts before the end and does not end before the start. Each ticket counts at
    most once per level in each of the two numbers, so the rate is at most 1. Levels 1-3
    are always present.
    """
    handled = dict.fromkeys(SUPPORT_LEVELS, 0)
    escalated = dict.fromkeys(SUPPORT_LEVELS, 0)
    lo, hi = period.start_ts, period.end_ts
    for ticket in tickets:
        created = ticket.created_at.timestamp()
        if created >= hi:
            continue
        resolved = ticket.resolved_at.timestamp() if ticket.resolved_at else None
        if resolved is not None and resolved < lo:
            continue  # finished before the period: no stint can reach into it
        levels_handled: set[int] = set()
        levels_escalated: set[int] = set()
        level, since = ticket.initial_level, created
        for change in ticket.level_changes:
            at = change.at.timestamp()
            if since < hi and at >= lo:
                levels_handled.add(level)
            if change.is_escalation and lo <= at < hi:
                levels_escalated.add(change.from_level)
            level, since = change.to_level, at
        if since < hi and (resolved is None or resolved >= lo):
            levels_handled.add(level)
        for lvl in levels_handled:
            handled[lvl] = handled.get(lvl, 0) + 1
        for lvl in levels_escalated:
            escalated[lvl] = escalated.get(lvl, 0) + 1
    return escalation_ratios(escalated, handled)


def escalation_ratios(escalated: Mapping[int, int],
                      handled: Mapping[int, int]) -> dict[int, Ratio]:
    """The escalation rate per level from the two counts of :func:`escalation_rates`
    (the server sums them in SQL): levels 1-3 always present, None where nothing was
    handled at a level."""
    levels = sorted({*SUPPORT_LEVELS, *handled, *escalated})
    return {lvl: Ratio(escalated.get(lvl, 0), handled.get(lvl, 0)) for lvl in levels}


@dataclass(frozen=True, slots=True)
class AgeBucket:
    lower_seconds: float
    upper_seconds: float | None  # None: no upper bound
    count: int


@dataclass(frozen=True, slots=True)
class Backlog:
    """The tickets open at one instant and how old they are."""

    at: datetime
    count: int
    median_age_seconds: float | None
    oldest_age_seconds: float | None
    buckets: tuple[AgeBucket, ...]


def backlog(tickets: Iterable[TicketFact], at: datetime,
            settings: KpiSettings = DEFAULT_SETTINGS) -> Backlog:
    """Tickets created before ``at`` and not resolved before it; age = ``at - created``."""
    _check_aware(at, "at")
    when = at.timestamp()
    bounds = settings.backlog_age_bounds
    counts = [0] * (len(bounds) + 1)
    ages: list[float] = []
    for ticket in tickets:
        created = ticket.created_at.timestamp()
        if created >= when:
            continue
        if ticket.resolved_at is not None and ticket.resolved_at.timestamp() < when:
            continue
        age = when - created
        ages.append(age)
        counts[bisect_right(bounds, age)] += 1
    lowers = (0.0, *bounds)
    uppers: tuple[float | None, ...] = (*bounds, None)
    buckets = tuple(AgeBucket(lo, up, n) for lo, up, n in zip(lowers, uppers, counts,
                                                              strict=True))
    if not ages:
        return Backlog(at, 0, None, None, buckets)
    return Backlog(at, len(ages), statistics.median(ages), max(ages), buckets)


@dataclass(frozen=True, slots=True)
class Csat:
    """Customer satisfaction: ``distribution[i]`` is the number of scores ``i + 1``."""

    distribution: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)

    @property
    def count(self) -> int:
        return sum(self.distribution)

    @property
    def mean(self) -> Ratio:
        return Ratio(sum((i + 1) * n for i, n in enumerate(self.distribution)), self.count)


def csat(tickets: Iterable[TicketFact], period: Period) -> Csat:
    """Scores of the tickets resolved in ``period`` that have one."""
    counts = [0, 0, 0, 0, 0]
    lo, hi = period.start_ts, period.end_ts
    for ticket in tickets:
        if (ticket.csat is not None and ticket.resolved_at is not None
                and lo <= ticket.resolved_at.timestamp() < hi):
            counts[ticket.csat - 1] += 1
    return Csat((counts[0], counts[1], counts[2], counts[3], counts[4]))


# --------------------------------------------------------------------------- staffing

def staffed_agents(logged_in_seconds: float, seconds: float) -> float:
    """How many agents were logged in on average during a span of ``seconds``: the
    logged-in agent-seconds (clipped to the span) / its length; 0 for an empty span.
    Two agents logged in for a whole hour, or four for half of it, staff the hour with 2."""
    if logged_in_seconds < 0:
        raise ValueError("logged-in time cannot be negative")
    return logged_in_seconds / seconds if seconds > 0 else 0.0


def hourly_staffing(intervals: Iterable[StateInterval], period: Period) -> list[float]:
    """:func:`staffed_agents` for each hour of :meth:`Period.hour_starts` (the last hour
    may be shorter), from the logged-in states clipped to the hour."""
    starts = [s.timestamp() for s in period.hour_starts()]
    ends = [min(s + HOUR, period.end_ts) for s in starts]
    totals = [0.0] * len(starts)
    for interval in intervals:
        if interval.state not in LOGGED_IN:
            continue
        a, b = interval.started_at.timestamp(), interval.ended_at.timestamp()
        first = max(0, int((a - period.start_ts) // HOUR))
        for i in range(first, len(starts)):
            if starts[i] >= b:
                break
            overlap = min(b, ends[i]) - max(a, starts[i])
            if overlap > 0:
                totals[i] += overlap
    return [staffed_agents(t, e - s) for t, s, e in zip(totals, starts, ends, strict=True)]


# ----------------------------------------------------------------------------- report

@dataclass(frozen=True, slots=True)
class KpiReport:
    period: Period
    calls: CallKpis
    agent_time: AgentTime
    first_contact_resolution: Ratio
    escalation: Mapping[int, Ratio]
    backlog: Backlog
    csat: Csat


def kpi_report(period: Period, calls: Iterable[CallFact] = (),
               intervals: Iterable[StateInterval] = (), tickets: Iterable[TicketFact] = (),
               *, settings: KpiSettings = DEFAULT_SETTINGS,
               as_of: datetime | None = None) -> KpiReport:
    """All KPIs of ``period``. The backlog is taken at the period's end, or at ``as_of``
    when that is earlier (today's view: now)."""
    tickets = tickets if isinstance(tickets, Sequence) else list(tickets)
    at = period.end if as_of is None or as_of >= period.end else as_of
    return KpiReport(
        period=period,
        calls=call_kpis(calls, period, settings),
        agent_time=agent_time(intervals, period),
        first_contact_resolution=first_contact_resolution(tickets, period),
        escalation=escalation_rates(tickets, period),
        backlog=backlog(tickets, at, settings),
        csat=csat(tickets, period),
    )


# --------------------------------------------------------------------------- grouping

class Dimension(StrEnum):
    AGENT = "agent"
    TEAM = "team"
    QUEUE = "queue"
    LEVEL = "level"


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    """Items per key in one pass (None is a key like any other)."""
    groups: dict[K, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


_CALL_KEYS: dict[Dimension, Callable[[CallFact], Hashable]] = {
    Dimension.AGENT: lambda c: c.agent_id, Dimension.TEAM: lambda c: c.team_id,
    Dimension.QUEUE: lambda c: c.queue_id, Dimension.LEVEL: lambda c: c.level,
}
_TICKET_KEYS: dict[Dimension, Callable[[TicketFact], Hashable]] = {
    Dimension.AGENT: lambda t: t.owner_id, Dimension.TEAM: lambda t: t.team_id,
    Dimension.QUEUE: lambda t: t.queue_id, Dimension.LEVEL: lambda t: t.level,
}


def kpi_reports_by(dimension: Dimension | str, period: Period,
                   calls: Iterable[CallFact] = (), intervals: Iterable[StateInterval] = (),
                   tickets: Iterable[TicketFact] = (), *,
                   agent_teams: Mapping[str, str | None] | None = None,
                   agent_levels: Mapping[str, int | None] | None = None,
                   settings: KpiSettings = DEFAULT_SETTINGS,
                   as_of: datetime | None = None) -> dict[Hashable, KpiReport]:
    """One :class:`KpiReport` per agent, team, queue or level.

    Calls group by their agent / team / queue / level, tickets by owner / team / queue /
    current level, state intervals by user, by ``agent_teams[user]`` or
    ``agent_levels[user]``; states belong to no queue, so queue reports have no agent
    time. Keys found in any input appear; a missing key (e.g. the agent of an abandoned
    call) is the group None.
    """
    dim = Dimension(dimension)
    teams = agent_teams or {}
    levels = agent_levels or {}
    state_key: Callable[[StateInterval], Hashable] | None = {
        Dimension.AGENT: lambda s: s.user_id,
        Dimension.TEAM: lambda s: teams.get(s.user_id),
        Dimension.LEVEL: lambda s: levels.get(s.user_id),
        Dimension.QUEUE: None,
    }[dim]
    by_call = group_by(calls, _CALL_KEYS[dim])
    by_ticket = group_by(tickets, _TICKET_KEYS[dim])
    by_state = group_by(intervals, state_key) if state_key is not None else {}
    keys = dict.fromkeys([*by_call, *by_state, *by_ticket])
    return {key: kpi_report(period, by_call.get(key, ()), by_state.get(key, ()),
                            by_ticket.get(key, ()), settings=settings, as_of=as_of)
            for key in keys}
