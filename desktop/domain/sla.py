"""SLA clocks on business-hour calendars with public holidays.

A :class:`BusinessCalendar` knows when a support centre works: weekly working hours
in a local time zone (default Monday to Friday 08:00-18:00, Europe/Berlin), minus the
public holidays of a country or state (``holidays`` library) and any extra closed
dates. Calendars are named like ``SlaPolicy.calendar``: ``"DE-BY"`` is Bavaria,
``"DE-NI"`` Lower Saxony, ``"DE"`` the nationwide holidays only.

All datetimes in and out are timezone-aware; results are UTC. Local days, working
hours and holidays are worked out in the calendar's zone, so daylight-saving changes
are handled: a night shift over the change is an hour shorter or longer, office hours
are not affected. A working-hours bound that falls into the spring gap (02:00-03:00)
follows PEP 495's ``fold=0`` reading; windows never overlap.

How it is fast: the calendar keeps, per local day, the working windows as UTC
microsecond pairs and a running total of business time before each day (built on
first use for a year either side of the date asked, grown by doubling, shared by all
tickets and threads). The business time between two
instants is then a difference of two totals and adding business minutes a binary
search, whatever the distance: building the table is O(days), each query
O(log days). Holiday sets are cached per (country, state, year, categories).

On top of it:

- :meth:`BusinessCalendar.add_minutes` / :meth:`BusinessCalendar.minutes_between`;
- :func:`sla_clock`: one clock (target minutes, pauses, warn ratio) read at ``now``:
  due time, elapsed and remaining business minutes, state, paused;
- :func:`ticket_sla`: a ticket's first-response, next-update and solution clocks
  from its times and the policy's targets (``SlaPolicy.targets`` JSON);
- :func:`pauses_from_history`: pause intervals from a ticket's status changes;
- :func:`due_instants`: a ticket's nearest running due time and the instant from which
  it is "at risk", stored on the ticket so that lists filter on an index.

Errors are :class:`SlaError` with a ``code``, ``params`` and an English ``message``.
"""

from __future__ import annotations

import bisect
import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from desktop.domain.tickets import pauses_sla

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
US_PER_MINUTE = 60_000_000
MINUTES_PER_DAY = 24 * 60
DEFAULT_TIMEZONE = "Europe/Berlin"
DEFAULT_CALENDAR = "DE-BY"
DEFAULT_WARN_RATIO = 0.75
# Local dates the calendar answers for; far beyond any ticket, near enough to stop a
# runaway "add a billion minutes" from building a table of millions of days.
MIN_YEAR, MAX_YEAR = 1971, 2199
_CHUNK_DAYS = 366
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class SlaError(ValueError):
    """Bad SLA input; ``code`` + ``params`` for the UI to translate, ``message`` in English.

    Codes: ``unknown_calendar``, ``unknown_timezone``, ``naive_datetime``,
    ``out_of_range``, ``working_hours_bad_day``, ``working_hours_bad_time``,
    ``working_hours_overlap``, ``working_hours_empty``, ``targets_not_json``,
    ``targets_bad_priority``, ``targets_bad_kind``, ``targets_bad_minutes``,
    ``warn_ratio_invalid``, ``minutes_invalid``.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
        self.message = message


# ------------------------------------------------------------------ working hours

_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def _parse_time(text: str, day: str) -> int:
    match = _TIME.match(text)
    minutes = int(match[1]) * 60 + int(match[2]) if match else -1
    if not match or int(match[2]) >= 60 or not 0 <= minutes <= MINUTES_PER_DAY:
        raise SlaError("working_hours_bad_time",
                       f"{text!r} on {day} is not a time 00:00 … 24:00.", day=day, value=text)
    return minutes


def _fmt_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class WorkingHours:
    """Working windows per weekday, Monday first, as local (start, end) minutes of the day.

    ``end`` may be 1440 (24:00). Several windows a day (a lunch break) are fine; a night
    shift is two windows, ``22:00-24:00`` and the next day's ``00:00-06:00``.
    """

    days: tuple[tuple[tuple[int, int], ...], ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise SlaError("working_hours_bad_day",
                           "Working hours need exactly seven weekdays.", day=len(self.days))
        for name, windows in zip(WEEKDAYS, self.days, strict=True):
            last_end = -1
            for start, end in windows:
                if not 0 <= start < end <= MINUTES_PER_DAY:
                    raise SlaError("working_hours_bad_time",
                                   f"{_fmt_time(start)}-{_fmt_time(end)} on {name} is not a "
                                   f"time range within one day.", day=name,
                                   value=f"{_fmt_time(start)}-{_fmt_time(end)}")
                if start < last_end:
                    raise SlaError("working_hours_overlap",
                                   f"The working hours on {name} overlap or are not in order.",
                                   day=name)
                last_end = end
        if not any(self.days):
            raise SlaError("working_hours_empty", "The working hours have no time at all.")

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> WorkingHours:
        """``{"mon": "08:00-18:00", "tue": ["08:00-12:00", "13:00-17:00"], ...}``.

        Weekday keys are ``mon`` … ``sun``; a day that is missing, empty or ``null`` is
        closed. Windows are sorted; overlapping ones are an error.
        """
        unknown = [key for key in data if str(key).lower() not in WEEKDAYS]
        if unknown:
            raise SlaError("working_hours_bad_day",
                           f"{unknown[0]!r} is not a weekday (mon … sun).", day=str(unknown[0]))
        lowered = {str(k).lower(): v for k, v in data.items()}
        days: list[tuple[tuple[int, int], ...]] = []
        for name in WEEKDAYS:
            value = lowered.get(name) or []
            parts = value.split(",") if isinstance(value, str) else value
            windows: list[tuple[int, int]] = []
            for part in parts:
                pair: Sequence[Any] = ()
                if isinstance(part, str):
                    pair = part.split("-")
                elif isinstance(part, Sequence):
                    pair = part
                if len(pair) == 2:
                    start, end = pair
                else:
                    raise SlaError("working_hours_bad_time",
                                   f"{part!r} on {name} is not a range like 08:00-18:00.",
                                   day=name, value=str(part))
                windows.append((_parse_time(str(start), name), _parse_time(str(end), name)))
            days.append(tuple(sorted(windows)))
        return cls(tuple(days))

    def to_data(self) -> dict[str, list[str]]:
        return {name: [f"{_fmt_time(s)}-{_fmt_time(e)}" for s, e in windows]
                for name, windows in zip(WEEKDAYS, self.days, strict=True)}


_OFFICE = ((8 * 60, 18 * 60),)
DEFAULT_HOURS = WorkingHours((_OFFICE,) * 5 + ((), ()))
ALWAYS = WorkingHours((((0, MINUTES_PER_DAY),),) * 7)  # round the clock; holidays still off


# ------------------------------------------------------------------ holidays

@lru_cache(maxsize=256)
def parse_calendar_code(code: str) -> tuple[str, str | None]:
    """``"DE-BY"`` → ``("DE", "BY")``, ``"DE"`` → ``("DE", None)``; checked against the
    countries and subdivisions the ``holidays`` library knows (case does not matter)."""
    country, _, subdiv = code.strip().partition("-")
    country = country.upper()
    for candidate in dict.fromkeys([subdiv, subdiv.upper(), subdiv.title()]):
        try:
            holidays.country_holidays(country, subdiv=candidate or None, years=2000)
        except NotImplementedError:
            continue
        return country, candidate or None
    raise SlaError("unknown_calendar",
                   f"{code!r} is not a holiday calendar (like DE-BY or DE-NI).",
                   calendar=code)


@lru_cache(maxsize=1024)
def holiday_dates(country: str, subdiv: str | None, year: int,
                  categories: tuple[str, ...] = ()) -> frozenset[date]:
    """The public holidays of one year, cached per (country, subdiv, year, categories).

    ``categories`` empty means the library's default (public holidays). Bavaria's
    Assumption Day (15 August, only in Catholic municipalities) is category
    ``"catholic"``, for example.
    """
    extra: dict[str, Any] = {"categories": categories} if categories else {}
    return frozenset(holidays.country_holidays(country, subdiv=subdiv, years=year, **extra))


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        # On Windows the IANA database comes from the ``tzdata`` package.
        raise SlaError("unknown_timezone", f"{name!r} is not a known time zone.",
                       timezone=name) from exc


# ------------------------------------------------------------------ calendar

def _us(value: datetime, name: str = "datetime") -> int:
    if value.tzinfo is None or value.utcoffset() is None:
        raise SlaError("naive_datetime", f"The {name} {value.isoformat()} has no time zone.",
                       name=name, value=value.isoformat())
    return (value - EPOCH) // _US


def _dt(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


class _Table(NamedTuple):
    """Per local day from ordinal ``lo``: its windows and the business time before it.

    ``prefix`` values are absolute (every table of a calendar agrees on them, a new
    table only ever adds days), so a running total taken from one table stays valid
    after another thread has extended it.
    """

    lo: int
    windows: list[tuple[tuple[int, int], ...]]  # UTC µs
    starts: list[int]  # UTC µs of each day's local midnight, and of the day after the last
    prefix: list[int]  # business µs before each day (len = days + 1)

    def covers(self, ordinal: int) -> bool:
        return self.lo <= ordinal < self.lo + len(self.windows)


class BusinessCalendar:
    """Working time of one support centre. Safe to share between threads.

    Get shared instances with :func:`calendar_for`, so that the day table is built once.
    """

    def __init__(self, code: str = DEFAULT_CALENDAR, hours: WorkingHours = DEFAULT_HOURS,
                 timezone: str = DEFAULT_TIMEZONE, closed_dates: Iterable[date] = (),
                 holiday_categories: tuple[str, ...] = ()) -> None:
        self.code = code
        self.country, self.subdiv = parse_calendar_code(code)
        self.hours = hours
        self.timezone = timezone
        self.tz = _zone(timezone)
        self.closed_dates = frozenset(closed_dates)
        self.holiday_categories = tuple(holiday_categories)
        if self.holiday_categories:
            try:
                holiday_dates(self.country, self.subdiv, 2000, self.holiday_categories)
            except (ValueError, NotImplementedError) as exc:
                raise SlaError("unknown_calendar",
                               f"{code!r} has no holiday categories {holiday_categories!r}.",
                               calendar=code) from exc
        self._lock = threading.Lock()
        self._table: _Table | None = None

    def __repr__(self) -> str:
        return f"BusinessCalendar({self.code!r}, timezone={self.timezone!r})"

    # -- days

    def is_holiday(self, day: date) -> bool:
        return day in self.closed_dates or day in holiday_dates(
            self.country, self.subdiv, day.year, self.holiday_categories)

    def is_business_day(self, day: date) -> bool:
        return bool(self.hours.days[day.weekday()]) and not self.is_holiday(day)

    def windows(self, day: date) -> list[tuple[datetime, datetime]]:
        """The working windows of a local date, as UTC datetimes (empty on a holiday)."""
        return [(_dt(s), _dt(e)) for s, e in self._build_day(day.toordinal())]

    def _build_day(self, ordinal: int) -> tuple[tuple[int, int], ...]:
        day = date.fromordinal(ordinal)
        if self.is_holiday(day):
            return ()
        out: list[tuple[int, int]] = []
        for start, end in self.hours.days[day.weekday()]:
            s = self._local(day, start)
            e = self._local(day, end)
            if out:
                s = max(s, out[-1][1])
            if e > s:
                out.append((s, e))
        return tuple(out)

    def _local(self, day: date, minute: int) -> int:
        if minute >= MINUTES_PER_DAY:
            day, minute = day + timedelta(days=1), minute - MINUTES_PER_DAY
        local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.tz)
        return _us(local)

    # -- the table

    def _ensure(self, ordinal: int) -> _Table:
        """A table covering the local day ``ordinal`` (grown by doubling)."""
        table = self._table
        if table is not None and table.covers(ordinal):
            return table
        low, high = date(MIN_YEAR, 1, 1).toordinal(), date(MAX_YEAR, 12, 31).toordinal()
        if not low <= ordinal <= high:
            raise SlaError("out_of_range",
                           f"The SLA calendar covers the years {MIN_YEAR} … {MAX_YEAR}.",
                           minimum=MIN_YEAR, maximum=MAX_YEAR)
        with self._lock:
            table = self._table
            if table is None:
                lo, hi = ordinal - _CHUNK_DAYS, ordinal + _CHUNK_DAYS
            elif table.covers(ordinal):
                return table  # another thread got here first
            else:
                size = max(_CHUNK_DAYS, len(table.windows))
                lo = min(table.lo, ordinal - size)
                hi = max(table.lo + len(table.windows) - 1, ordinal + size)
            table = self._build(max(lo, low), min(hi, high), table)
            self._table = table
            return table

    def _build(self, lo: int, hi: int, old: _Table | None) -> _Table:
        windows = [old.windows[ordinal - old.lo] if old is not None and old.covers(ordinal)
                   else self._build_day(ordinal) for ordinal in range(lo, hi + 1)]
        starts = [old.starts[ordinal - old.lo] if old is not None and old.covers(ordinal)
                  else self._local(date.fromordinal(ordinal), 0)
                  for ordinal in range(lo, hi + 2)]
        prefix = [0]
        for day in windows:
            prefix.append(prefix[-1] + sum(e - s for s, e in day))
        if old is not None:  # keep the old table's absolute values
            shift = old.prefix[0] - prefix[old.lo - lo]
            prefix = [value + shift for value in prefix]
        return _Table(lo, windows, starts, prefix)

    def _locate(self, us: int) -> tuple[_Table, int]:
        """The table and the index of the local day holding the instant ``us``."""
        table = self._table
        if table is None or not table.starts[0] <= us < table.starts[-1]:
            ordinal = _dt(us).astimezone(self.tz).date().toordinal()
            table = self._ensure(ordinal)
            if not table.starts[0] <= us < table.starts[-1]:  # a midnight in a DST gap
                table = self._ensure(ordinal - 1 if us < table.starts[0] else ordinal + 1)
        return table, bisect.bisect_right(table.starts, us) - 1

    def _cumulative(self, us: int) -> int:
        """Business µs up to the instant ``us``, on the calendar's absolute scale."""
        table, i = self._locate(us)
        total = table.prefix[i]
        for s, e in table.windows[i]:
            if us <= s:
                break
            total += min(us, e) - s
        return total

    def _instant(self, cumulative: int) -> int:
        """The earliest instant at which the running total reaches ``cumulative``
        (which lies at or after the start of the current table)."""
        table = self._table
        assert table is not None
        while cumulative > table.prefix[-1]:
            table = self._ensure(table.lo + len(table.windows))
        i = bisect.bisect_left(table.prefix, cumulative) - 1  # the day it is reached in
        left = cumulative - table.prefix[i]
        for s, e in table.windows[i]:
            if left <= e - s:
                return s + left
            left -= e - s
        raise AssertionError("unreachable: the day table is inconsistent")

    def _add(self, begin: int, amount: int) -> int:
        if amount == 0:
            return begin
        return self._instant(self._cumulative(begin) + amount)

    def _between(self, a: int, b: int) -> int:
        return self._cumulative(b) - self._cumulative(a)

    # -- public arithmetic

    def add(self, start: datetime, amount: timedelta) -> datetime:
        """The earliest instant by which ``amount`` of business time has passed since
        ``start``. A zero amount gives ``start`` itself, even outside working hours."""
        if amount < timedelta(0):
            raise SlaError("minutes_invalid", "Business time to add must not be negative.",
                           value=amount / timedelta(minutes=1))
        return _dt(self._add(_us(start, "start"), amount // _US))

    def add_minutes(self, start: datetime, minutes: float) -> datetime:
        """``start`` plus ``minutes`` business minutes (see :meth:`add`)."""
        if not minutes >= 0:  # also NaN
            raise SlaError("minutes_invalid", f"{minutes!r} is not a number of minutes ≥ 0.",
                           value=minutes)
        return self.add(start, timedelta(minutes=minutes))

    def back(self, end: datetime, amount: timedelta) -> datetime:
        """The earliest instant from which at most ``amount`` of business time is left
        until ``end``: ``between(t, end) <= amount`` exactly when ``t >= back(end,
        amount)``. The warn instant of a due time is ``back(due, warn window)``."""
        if amount < timedelta(0):
            raise SlaError("minutes_invalid", "Business time to go back must not be negative.",
                           value=amount / timedelta(minutes=1))
        goal = self._cumulative(_us(end, "end")) - amount // _US
        low = date(MIN_YEAR, 1, 1).toordinal()
        table = self._table
        assert table is not None
        while goal <= table.prefix[0] and table.lo > low:  # grow the table backwards
            table = self._ensure(table.lo - 1)
        if goal <= table.prefix[0]:
            return _dt(table.starts[0])
        return _dt(self._instant(goal))

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Business time from ``start`` to ``end``; negative when ``end`` is earlier."""
        return timedelta(microseconds=self._between(_us(start, "start"), _us(end, "end")))

    def minutes_between(self, start: datetime, end: datetime) -> float:
        """Business minutes from ``start`` to ``end`` (see :meth:`between`)."""
        return self.between(start, end) / timedelta(minutes=1)


@lru_cache(maxsize=64)
def calendar_for(code: str = DEFAULT_CALENDAR, hours: WorkingHours = DEFAULT_HOURS,
                 timezone: str = DEFAULT_TIMEZONE,
                 closed_dates: frozenset[date] = frozenset(),
                 holiday_categories: tuple[str, ...] = ()) -> BusinessCalendar:
    """A shared :class:`BusinessCalendar` per set of arguments (its day table is reused)."""
    return BusinessCalendar(code, hours, timezone, closed_dates, holiday_categories)


# ------------------------------------------------------------------ clocks

class SlaState(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"  # elapsed ≥ warn_ratio × target, not yet due
    BREACHED = "breached"  # past due (running), or stopped after the due time
    MET = "met"  # stopped (responded / resolved) by the due time


class Pause(NamedTuple):
    """The clock stands still from ``start`` until ``end`` (``None``: still paused)."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True)
class SlaClock:
    """One SLA clock read at ``now``. Minutes are business minutes.

    ``due`` is ``None`` while an open-ended pause holds the clock before its target is
    reached (the due time moves on as long as the customer keeps us waiting).
    ``remaining_minutes`` is negative once overdue.
    """

    target_minutes: int
    start: datetime
    due: datetime | None
    elapsed_minutes: float
    remaining_minutes: float
    state: SlaState
    paused: bool
    stopped: bool


def _merged_pauses(pauses: Iterable[Pause | tuple[datetime, datetime | None]], begin: int,
                   stop: int | None) -> list[tuple[int, int | None]]:
    """Pauses as sorted, disjoint µs intervals after ``begin``; ``None`` = open end.
    With a ``stop``, open ends close there and nothing after it matters."""
    spans: list[tuple[int, int | None]] = []
    for pause in pauses:
        ps = max(_us(pause[0], "pause start"), begin)
        pe = None if pause[1] is None else _us(pause[1], "pause end")
        if stop is not None:
            pe = stop if pe is None else min(pe, stop)
            ps = min(ps, stop)
        if pe is None or pe > ps:
            spans.append((ps, pe))
    spans.sort(key=lambda span: span[0])
    merged: list[tuple[int, int | None]] = []
    for ps, pe in spans:
        if merged:
            last_s, last_e = merged[-1]
            if last_e is None:
                break
            if ps <= last_e:
                merged[-1] = (last_s, None if pe is None else max(pe, last_e))
                continue
        merged.append((ps, pe))
    return merged


def sla_clock(calendar: BusinessCalendar, start: datetime, target_minutes: int,
              now: datetime, pauses: Iterable[Pause | tuple[datetime, datetime | None]] = (),
              warn_ratio: float = DEFAULT_WARN_RATIO,
              stopped_at: datetime | None = None) -> SlaClock:
    """Read a clock that started at ``start`` with ``target_minutes`` of business time.

    ``pauses`` (any order, may overlap) stop the clock; a pause before ``start`` counts
    from ``start``. ``stopped_at`` (first response given, ticket resolved) freezes the
    clock: the state is then :attr:`SlaState.MET` or :attr:`SlaState.BREACHED` and an
    open pause ends there. Otherwise the clock is read at ``now``.
    """
    if isinstance(target_minutes, bool) or not isinstance(target_minutes, int) \
            or target_minutes < 0:
        raise SlaError("minutes_invalid", f"{target_minutes!r} is not a number of minutes ≥ 0.",
                       value=target_minutes)
    if not 0 <= warn_ratio <= 1:
        raise SlaError("warn_ratio_invalid", f"The warn ratio {warn_ratio!r} is not 0 … 1.",
                       value=warn_ratio)
    begin, at = _us(start, "start"), _us(now, "now")
    stop = None if stopped_at is None else max(_us(stopped_at, "stop"), begin)
    spans = _merged_pauses(pauses, begin, stop)
    target = target_minutes * US_PER_MINUTE
    end = max(begin, at if stop is None else stop)

    elapsed = calendar._between(begin, end)
    for ps, pe in spans:
        if ps >= end:
            break
        elapsed -= calendar._between(ps, end if pe is None else min(pe, end))

    due = _due(calendar, begin, target, spans)
    paused = stop is None and any(ps <= at and (pe is None or at < pe) for ps, pe in spans)
    if stop is not None:
        state = SlaState.MET if elapsed <= target else SlaState.BREACHED
    elif due is not None and at > due:
        state = SlaState.BREACHED
    elif elapsed >= warn_ratio * target:
        state = SlaState.AT_RISK
    else:
        state = SlaState.OK
    return SlaClock(target_minutes=target_minutes, start=_dt(begin),
                    due=None if due is None else _dt(due),
                    elapsed_minutes=elapsed / US_PER_MINUTE,
                    remaining_minutes=(target - elapsed) / US_PER_MINUTE,
                    state=state, paused=paused, stopped=stop is not None)


def _due(calendar: BusinessCalendar, begin: int, target: int,
         spans: Sequence[tuple[int, int | None]]) -> int | None:
    current, left = begin, target
    for ps, pe in spans:
        if left == 0:
            return current
        if ps > current:
            available = calendar._between(current, ps)
            if available >= left:
                return calendar._add(current, left)
            left -= available
        if pe is None:
            return None  # held by a pause that has not ended
        current = max(current, pe)
    return calendar._add(current, left)


# ------------------------------------------------------------------ targets and tickets

class SlaKind(StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_UPDATE = "next_update"
    SOLUTION = "solution"


@dataclass(frozen=True)
class SlaTargets:
    """Target minutes of one priority; ``None`` where the policy sets no target."""

    first_response: int | None = None
    next_update: int | None = None
    solution: int | None = None


def parse_targets(data: str | Mapping[str, Any]) -> dict[int, SlaTargets]:
    """``SlaPolicy.targets`` (JSON text or decoded) → targets by priority 1 … 5.

    ``{"P1": {"first_response": 15, "next_update": 30, "solution": 240}, ...}``; keys
    ``"P1"`` … ``"P5"`` (``"1"`` … ``"5"`` also accepted), minutes positive whole numbers.
    A priority or kind left out has no target.
    """
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data or "{}")
        except ValueError as exc:
            raise SlaError("targets_not_json", f"The SLA targets are not valid JSON: {exc}.",
                           detail=str(exc)) from exc
    if not isinstance(data, Mapping):
        raise SlaError("targets_not_json", "The SLA targets must be an object keyed P1 … P5.",
                       detail=type(data).__name__)
    out: dict[int, SlaTargets] = {}
    for key, value in data.items():
        text = str(key).strip().upper().removeprefix("P")
        if not text.isdigit() or not 1 <= int(text) <= 5:
            raise SlaError("targets_bad_priority", f"{key!r} is not a priority P1 … P5.",
                           key=str(key))
        if not isinstance(value, Mapping):
            raise SlaError("targets_bad_kind", f"The targets of {key} must be an object.",
                           priority=str(key), kind="")
        minutes: dict[str, int] = {}
        for kind, amount in value.items():
            if kind not in SlaKind.__members__.values():
                raise SlaError("targets_bad_kind",
                               f"{kind!r} is not an SLA target (first_response, next_update, "
                               f"solution).", priority=str(key), kind=str(kind))
            if amount is None:
                continue
            if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
                raise SlaError("targets_bad_minutes",
                               f"The {kind} target of {key} must be a whole number of minutes "
                               f"> 0, not {amount!r}.", priority=str(key), kind=str(kind),
                               value=amount)
            minutes[str(kind)] = amount
        out[int(text)] = SlaTargets(**minutes)
    return out


@dataclass(frozen=True)
class TicketSla:
    """A ticket's three clocks (``None`` where there is no target or nothing to time)."""

    first_response: SlaClock | None
    next_update: SlaClock | None
    solution: SlaClock | None

    def clocks(self) -> dict[SlaKind, SlaClock]:
        pairs = ((SlaKind.FIRST_RESPONSE, self.first_response),
                 (SlaKind.NEXT_UPDATE, self.next_update), (SlaKind.SOLUTION, self.solution))
        return {kind: clock for kind, clock in pairs if clock is not None}

    @property
    def most_urgent(self) -> tuple[SlaKind, SlaClock] | None:
        """The running clock with the least business time left (for a list column)."""
        running = [(clock.remaining_minutes, kind, clock)
                   for kind, clock in self.clocks().items() if not clock.stopped]
        if not running:
            return None
        _, kind, clock = min(running, key=lambda r: r[0])
        return kind, clock


def ticket_sla(*, created_at: datetime, priority: int, targets: Mapping[int, SlaTargets],
               calendar: BusinessCalendar, now: datetime,
               pauses: Iterable[Pause | tuple[datetime, datetime | None]] = (),
               first_responded_at: datetime | None = None,
               last_customer_update_at: datetime | None = None,
               resolved_at: datetime | None = None,
               warn_ratio: float = DEFAULT_WARN_RATIO) -> TicketSla:
    """The SLA clocks of one ticket (``targets`` from :func:`parse_targets`).

    - first response: from ``created_at`` until ``first_responded_at`` (or resolution);
    - next update: from the last update the customer got (``last_customer_update_at``,
      else the first response) until resolution; not running before a first response;
    - solution: from ``created_at`` until ``resolved_at``.

    Pauses (waiting for the customer) hold all three clocks. A reopened ticket is
    timed from its ``created_at`` again unless the caller passes the reopen time.
    """
    goal = targets.get(int(priority))
    if goal is None:
        return TicketSla(None, None, None)
    pause_list = list(pauses)

    def clock(start: datetime | None, minutes: int | None,
              stop: datetime | None) -> SlaClock | None:
        if start is None or minutes is None:
            return None
        return sla_clock(calendar, start, minutes, now, pause_list, warn_ratio, stop)

    responded = first_responded_at
    if responded is not None and resolved_at is not None:
        first_stop: datetime | None = min(responded, resolved_at)
    else:
        first_stop = responded if responded is not None else resolved_at
    update_from = last_customer_update_at or first_responded_at
    if update_from is not None and first_responded_at is not None:
        update_from = max(update_from, first_responded_at)
    return TicketSla(
        first_response=clock(created_at, goal.first_response, first_stop),
        next_update=clock(update_from, goal.next_update, resolved_at),
        solution=clock(created_at, goal.solution, resolved_at),
    )


def warn_window(target_minutes: int | None, warn_ratio: float) -> timedelta | None:
    """Business time before a due time from which its clock is "at risk": the last
    ``(1 - warn_ratio)`` of the target (``None`` without a target)."""
    if target_minutes is None:
        return None
    return timedelta(minutes=target_minutes * (1.0 - warn_ratio))


def clock_paused(status: str, pending_reason: str | None,
                 sla_paused_since: datetime | None = None) -> bool:
    """Whether a ticket's SLA clocks stand still: marked paused, or pending for a
    reason that stops the clock (none recorded counts as waiting for the customer)."""
    if sla_paused_since is not None:
        return True
    try:
        return pauses_sla(status, pending_reason or None)
    except ValueError:  # an unknown reason does not pause
        return False


class DueInstants(NamedTuple):
    """A ticket's nearest running due time and the instant it turns "at risk".

    ``due`` is the first-response due time until the first response is given, then the
    solution due time; ``None`` while no clock runs (resolved, closed, paused, no
    target). ``warn`` is ``back(due, window)``: at ``now`` the ticket is at risk
    exactly when ``warn <= now <= due`` and breached when ``due < now`` (the rule of
    :func:`sla_clock`: elapsed ≥ ``warn_ratio`` × target). ``None`` without a window.
    Stored on each ticket (``sla_due_at``, ``sla_warn_at``) so that a list filters and
    sorts by SLA state on an index; time passing needs no write.
    """

    kind: str
    due: datetime | None
    warn: datetime | None


NO_DUE = DueInstants("", None, None)
ACTIVE_STATUSES = ("new", "open", "pending")


def due_instants(*, status: str, priority: int, first_response_due: datetime | None,
                 first_responded_at: datetime | None, solution_due: datetime | None,
                 targets: Mapping[int, SlaTargets] | None, warn_ratio: float,
                 calendar: BusinessCalendar | None, pending_reason: str | None = None,
                 sla_paused_since: datetime | None = None) -> DueInstants:
    """The :class:`DueInstants` of a ticket from its stored fields and its queue's
    policy (``targets`` from :func:`parse_targets`; ``None``/``calendar`` ``None``: no
    policy, so never at risk)."""
    if status not in ACTIVE_STATUSES or clock_paused(status, pending_reason,
                                                     sla_paused_since):
        return NO_DUE
    due: datetime | None = solution_due
    kind = SlaKind.SOLUTION.value
    if first_responded_at is None and first_response_due is not None:
        kind, due = SlaKind.FIRST_RESPONSE.value, first_response_due
    if due is None:
        return NO_DUE
    goal = (targets or {}).get(int(priority))
    window = warn_window(getattr(goal, kind, None), warn_ratio) if goal is not None else None
    if window is None or calendar is None:
        return DueInstants(kind, due, None)
    try:
        return DueInstants(kind, due, calendar.back(due, window))
    except SlaError:  # a due time off the calendar's years: no warning, still due
        return DueInstants(kind, due, None)


class StatusChange(NamedTuple):
    """A ticket entered ``status`` at ``at`` (with ``reason`` when pending)."""

    at: datetime
    status: str
    reason: str | None = None


def pauses_from_history(changes: Iterable[StatusChange | tuple[datetime, str, str | None]]
                        ) -> list[Pause]:
    """The SLA pauses in a ticket's status history (any order): each stretch in which the
    ticket was pending for a reason that stops the clock. The last one stays open
    (``end`` ``None``) while the ticket is still waiting."""
    pauses: list[Pause] = []
    open_since: datetime | None = None
    for at, status, reason in sorted(changes, key=lambda c: c[0]):
        pausing = pauses_sla(status, reason)
        if pausing and open_since is None:
            open_since = at
        elif not pausing and open_since is not None:
            pauses.append(Pause(open_since, at))
            open_since = None
    if open_since is not None:
        pauses.append(Pause(open_since, None))
    return pauses
