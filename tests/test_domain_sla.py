"""SLA clock on business-hour calendars: hand-checked cases, DST, pauses, properties.

Every hand-checked case states the arithmetic in its comment. Business hours are the
default Monday-Friday 08:00-18:00 Europe/Berlin unless a test says otherwise.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.sla import (
    ALWAYS,
    DEFAULT_HOURS,
    NO_DUE,
    BusinessCalendar,
    DueInstants,
    Pause,
    SlaError,
    SlaKind,
    SlaState,
    SlaTargets,
    StatusChange,
    WorkingHours,
    calendar_for,
    due_instants,
    holiday_dates,
    parse_calendar_code,
    parse_targets,
    pauses_from_history,
    sla_clock,
    ticket_sla,
)
from server.seed import SLA_BASE

BERLIN = ZoneInfo("Europe/Berlin")
BY = calendar_for("DE-BY")
NI = calendar_for("DE-NI")


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# ------------------------------------------------------------------ hand-checked


def test_library_agrees_on_the_holidays_used_below() -> None:
    by_2026 = holidays.country_holidays("DE", subdiv="BY", years=2026)
    ni_2026 = holidays.country_holidays("DE", subdiv="NI", years=2026)
    ni_2025 = holidays.country_holidays("DE", subdiv="NI", years=2025)
    by_2025 = holidays.country_holidays("DE", subdiv="BY", years=2025)
    assert date(2026, 5, 25) in by_2026 and date(2026, 5, 25).weekday() == 0  # Whit Monday
    assert date(2026, 6, 4) in by_2026 and date(2026, 6, 4) not in ni_2026  # Corpus Christi
    assert date(2025, 10, 31) in ni_2025 and date(2025, 10, 31) not in by_2025  # Reformation
    assert BY.is_holiday(date(2026, 5, 25)) and not BY.is_business_day(date(2026, 5, 25))


def test_friday_before_whit_monday_is_due_tuesday_0855() -> None:
    # Fri 17:55 → 5 min until 18:00; Sat, Sun closed; Mon 2026-05-25 Whit Monday;
    # Tue 08:00 + 55 min = 08:55 (CEST, 06:55 UTC)
    start = berlin(2026, 5, 22, 17, 55)
    due = BY.add_minutes(start, 60)
    assert due == berlin(2026, 5, 26, 8, 55)
    assert due.tzinfo is UTC and due == datetime(2026, 5, 26, 6, 55, tzinfo=UTC)
    assert BY.minutes_between(start, due) == 60


def test_weekends() -> None:
    # Fri 17:00 + 120: 60 on Friday, 60 on Monday → Mon 09:00
    assert BY.add_minutes(berlin(2026, 3, 13, 17), 120) == berlin(2026, 3, 16, 9)
    # opened on Saturday: the clock starts Monday 08:00
    assert BY.add_minutes(berlin(2026, 3, 14, 10), 30) == berlin(2026, 3, 16, 8, 30)
    assert BY.minutes_between(berlin(2026, 3, 14, 10), berlin(2026, 3, 15, 23)) == 0
    # a full working week is 5 × 600 minutes
    assert BY.minutes_between(berlin(2026, 3, 9), berlin(2026, 3, 16)) == 3000
    # ending exactly at 18:00 stays on Friday, not Monday morning
    assert BY.add_minutes(berlin(2026, 3, 13, 17), 60) == berlin(2026, 3, 13, 18)


def test_state_specific_holidays() -> None:
    # Corpus Christi, Thu 2026-06-04: holiday in Bavaria, working day in Lower Saxony.
    # Wed 17:00 + 120 → 60 on Wednesday, then BY: Fri 09:00, NI: Thu 09:00
    start = berlin(2026, 6, 3, 17)
    assert BY.add_minutes(start, 120) == berlin(2026, 6, 5, 9)
    assert NI.add_minutes(start, 120) == berlin(2026, 6, 4, 9)
    # Reformation Day, Fri 2025-10-31: holiday in NI only. Thu 17:30 + 60:
    # 30 on Thursday, then BY: Fri 08:30, NI: Mon 2025-11-03 08:30
    start = berlin(2025, 10, 30, 17, 30)
    assert BY.add_minutes(start, 60) == berlin(2025, 10, 31, 8, 30)
    assert NI.add_minutes(start, 60) == berlin(2025, 11, 3, 8, 30)
    # nationwide calendar "DE" has neither
    assert not calendar_for("DE").is_holiday(date(2026, 6, 4))


def test_dst_switch_days() -> None:
    # Spring forward Sun 2026-03-29 (02:00 → 03:00). Fri 17:00 CET = 16:00 UTC;
    # + 120 → Mon 09:00 CEST = 07:00 UTC: offices are not affected by the change
    start = berlin(2026, 3, 27, 17)
    assert utc(start).hour == 16
    due = BY.add_minutes(start, 120)
    assert due == datetime(2026, 3, 30, 7, tzinfo=UTC)
    # a 24/7 desk: the spring day has 23 hours, the autumn day 25
    always = calendar_for("DE", ALWAYS)
    assert always.minutes_between(berlin(2026, 3, 29), berlin(2026, 3, 30)) == 23 * 60
    assert always.minutes_between(berlin(2026, 10, 25), berlin(2026, 10, 26)) == 25 * 60
    assert always.add_minutes(berlin(2026, 3, 29), 3 * 60) == berlin(2026, 3, 29, 4)
    # a Sunday shift 01:00-04:00 over the change: 2 real hours in spring, 4 in autumn
    night = BusinessCalendar("DE", WorkingHours.from_data({"sun": "01:00-04:00"}))
    assert night.windows(date(2026, 3, 29)) == [
        (datetime(2026, 3, 29, 0, tzinfo=UTC), datetime(2026, 3, 29, 2, tzinfo=UTC))]
    assert night.minutes_between(berlin(2026, 3, 29), berlin(2026, 3, 30)) == 120
    assert night.minutes_between(berlin(2026, 10, 25), berlin(2026, 10, 26)) == 240
    # the autumn shift starts 01:00 CEST (23:00 UTC); 180 business minutes later is
    # 02:00 UTC = 03:00 CET, although the wall clock moved on only two hours
    assert night.add_minutes(berlin(2026, 10, 25, 1), 180) == datetime(2026, 10, 25, 2,
                                                                       tzinfo=UTC)


def test_lunch_break_and_per_weekday_hours() -> None:
    hours = WorkingHours.from_data({"mon": ["13:00-17:00", "08:00-12:00"],
                                    "Sat": "09:00-12:00"})
    assert hours.days[0] == ((480, 720), (780, 1020))
    assert hours.to_data()["sat"] == ["09:00-12:00"] and hours.to_data()["tue"] == []
    cal = BusinessCalendar("DE-BY", hours)
    # Mon 2026-03-09 11:30 + 60 → 30 before lunch, 30 after → 13:30
    assert cal.add_minutes(berlin(2026, 3, 9, 11, 30), 60) == berlin(2026, 3, 9, 13, 30)
    # Mon 16:00 + 120 → 60 Monday, Saturday 09:00 + 60 → Sat 10:00
    assert cal.add_minutes(berlin(2026, 3, 9, 16), 120) == berlin(2026, 3, 14, 10)


def test_extra_closed_dates() -> None:
    cal = BusinessCalendar("DE-BY", closed_dates=[date(2026, 12, 24), date(2026, 12, 31)])
    # Wed 2026-12-23 17:00 + 120: 60, then 24th closed, 25th/26th holidays, 27th Sunday
    assert cal.add_minutes(berlin(2026, 12, 23, 17), 120) == berlin(2026, 12, 28, 9)
    assert BY.add_minutes(berlin(2026, 12, 23, 17), 120) == berlin(2026, 12, 24, 9)


def test_holiday_categories_add_assumption_day() -> None:
    catholic = BusinessCalendar("DE-BY", holiday_categories=("public", "catholic"))
    assert catholic.is_holiday(date(2025, 8, 15)) and not BY.is_holiday(date(2025, 8, 15))


def test_holiday_sets_are_cached_per_year() -> None:
    cal = BusinessCalendar("DE-HH")
    first = holiday_dates.cache_info()
    cal.minutes_between(berlin(2026, 1, 1), berlin(2026, 12, 31))
    second = holiday_dates.cache_info()
    # the day table is built around the first instant, ± 366 days: 2024-12-31 …
    # 2027-01-01, four years, each asked of the library once; every other day is a hit
    assert second.misses - first.misses == 4
    assert second.hits - first.hits > 300
    other = BusinessCalendar("DE-HH", DEFAULT_HOURS, closed_dates=[date(2026, 5, 4)])
    other.minutes_between(berlin(2026, 2, 1), berlin(2026, 11, 30))
    assert holiday_dates.cache_info().misses == second.misses  # shared between calendars


# ------------------------------------------------------------------ clocks and pauses


def test_pause_over_night_moves_the_due_time() -> None:
    # Mon 2026-03-09 16:00, 240 minutes. Without pause: 120 Mon + 120 Tue → Tue 10:00.
    # Paused Mon 17:00 - Tue 10:00: 60 before, resumes Tue 10:00 with 180 → Tue 13:00
    start = berlin(2026, 3, 9, 16)
    pause = Pause(berlin(2026, 3, 9, 17), berlin(2026, 3, 10, 10))
    plain = sla_clock(BY, start, 240, now=start)
    assert plain.due == berlin(2026, 3, 10, 10)
    at_11 = sla_clock(BY, start, 240, now=berlin(2026, 3, 10, 11), pauses=[pause])
    assert at_11.due == berlin(2026, 3, 10, 13)
    assert (at_11.elapsed_minutes, at_11.remaining_minutes) == (120, 120)  # 60 + 60
    assert at_11.state is SlaState.OK and not at_11.paused and not at_11.stopped
    at_12 = sla_clock(BY, start, 240, now=berlin(2026, 3, 10, 12), pauses=[pause])
    assert at_12.state is SlaState.AT_RISK  # 180 ≥ 0.75 × 240
    during = sla_clock(BY, start, 240, now=berlin(2026, 3, 10, 9), pauses=[pause])
    assert during.paused and during.elapsed_minutes == 60
    late = sla_clock(BY, start, 240, now=berlin(2026, 3, 10, 13, 30), pauses=[pause])
    assert late.state is SlaState.BREACHED and late.remaining_minutes == -30


def test_overlapping_and_early_pauses_count_once() -> None:
    start = berlin(2026, 3, 9, 16)
    one = [Pause(berlin(2026, 3, 9, 17), berlin(2026, 3, 10, 10))]
    split = [(berlin(2026, 3, 10, 9), berlin(2026, 3, 10, 10)),
             (berlin(2026, 3, 9, 17), berlin(2026, 3, 10, 9, 30)),
             (berlin(2026, 3, 1), berlin(2026, 3, 9, 15))]  # before start: no effect
    now = berlin(2026, 3, 10, 11)
    assert sla_clock(BY, start, 240, now, one) == sla_clock(BY, start, 240, now, split)


def test_open_pause_holds_the_clock() -> None:
    start = berlin(2026, 3, 9, 9)
    held = sla_clock(BY, start, 120, now=berlin(2026, 3, 12, 9),
                     pauses=[Pause(berlin(2026, 3, 9, 10))])
    # 60 minutes ran, then waiting for the customer ever since: due unknown, not breached
    assert held.due is None and held.paused and held.elapsed_minutes == 60
    assert held.state is SlaState.OK and held.remaining_minutes == 60
    # overdue before the pause began: due is known and the clock is breached
    over = sla_clock(BY, start, 30, now=berlin(2026, 3, 12, 9),
                     pauses=[Pause(berlin(2026, 3, 9, 10))])
    assert over.due == berlin(2026, 3, 9, 9, 30) and over.state is SlaState.BREACHED


def test_stopped_clocks_are_met_or_breached() -> None:
    start = berlin(2026, 3, 9, 9)
    met = sla_clock(BY, start, 60, now=berlin(2026, 3, 20), stopped_at=berlin(2026, 3, 9, 10))
    assert met.state is SlaState.MET and met.stopped and met.elapsed_minutes == 60
    late = sla_clock(BY, start, 60, now=berlin(2026, 3, 20),
                     stopped_at=berlin(2026, 3, 9, 10, 1))
    assert late.state is SlaState.BREACHED and late.remaining_minutes == -1
    # resolved while still waiting for the customer: the open pause ends at the stop
    paused = sla_clock(BY, start, 60, now=berlin(2026, 3, 20), stopped_at=berlin(2026, 3, 11),
                       pauses=[Pause(berlin(2026, 3, 9, 9, 30))])
    assert paused.state is SlaState.MET and not paused.paused
    assert paused.due == berlin(2026, 3, 11, 8, 30)


def test_breached_over_the_weekend_although_no_business_time_passes() -> None:
    start = berlin(2026, 3, 13, 17)  # Friday; due 18:00
    clock = sla_clock(BY, start, 60, now=berlin(2026, 3, 14, 12))
    assert clock.due == berlin(2026, 3, 13, 18)
    assert clock.elapsed_minutes == 60 and clock.state is SlaState.BREACHED
    at_due = sla_clock(BY, start, 60, now=berlin(2026, 3, 13, 18))
    assert at_due.state is SlaState.AT_RISK  # due, not yet over due


def seed_targets() -> str:
    """SlaPolicy.targets exactly as server/seed.py writes it (factor 1.0)."""
    return json.dumps({p: {"first_response": fr, "next_update": nu, "solution": sol}
                       for p, (fr, nu, sol) in SLA_BASE.items()})


def test_parse_targets_reads_the_seed_policy() -> None:
    targets = parse_targets(seed_targets())
    assert sorted(targets) == [1, 2, 3, 4, 5]
    assert targets[1] == SlaTargets(15, 30, 240)
    assert targets[3] == SlaTargets(60, 240, 1440)
    assert parse_targets("") == {} and parse_targets({"2": {"solution": 5}})[2].solution == 5


@pytest.mark.parametrize(("data", "code"), [
    ("{nope", "targets_not_json"), ("[1]", "targets_not_json"),
    ({"P0": {}}, "targets_bad_priority"), ({"urgent": {}}, "targets_bad_priority"),
    ({"P1": 30}, "targets_bad_kind"), ({"P1": {"reply": 30}}, "targets_bad_kind"),
    ({"P1": {"solution": 0}}, "targets_bad_minutes"),
    ({"P1": {"solution": "30"}}, "targets_bad_minutes"),
    ({"P1": {"solution": 1.5}}, "targets_bad_minutes"),
])
def test_bad_targets(data: object, code: str) -> None:
    with pytest.raises(SlaError) as info:
        parse_targets(data)  # type: ignore[arg-type]
    assert info.value.code == code and info.value.message


def test_ticket_due_times_from_the_seed_policy() -> None:
    targets = parse_targets(seed_targets())
    created = berlin(2026, 5, 22, 17, 55)  # P3: 60 / 240 / 1440
    now = berlin(2026, 5, 26, 12)
    sla = ticket_sla(created_at=created, priority=3, targets=targets, calendar=BY, now=now,
                     first_responded_at=berlin(2026, 5, 26, 8, 30))
    assert sla.first_response is not None and sla.next_update is not None
    assert sla.solution is not None
    # first response due Tue 08:55 (Whit Monday), given at 08:30
    assert sla.first_response.due == berlin(2026, 5, 26, 8, 55)
    assert sla.first_response.state is SlaState.MET
    # next update: 240 from the first response → 12:30; at 12:00 210 have run: at risk
    assert sla.next_update.due == berlin(2026, 5, 26, 12, 30)
    assert sla.next_update.state is SlaState.AT_RISK
    # solution 1440: Fri 5 + Tue 600 + Wed 600 + Thu 235 → Thu 2026-05-28 11:55
    assert sla.solution.due == berlin(2026, 5, 28, 11, 55)
    assert sla.solution.elapsed_minutes == 5 + 240 and sla.solution.state is SlaState.OK
    assert sla.most_urgent == (SlaKind.NEXT_UPDATE, sla.next_update)
    # a later update to the customer restarts the next-update clock
    later = ticket_sla(created_at=created, priority=3, targets=targets, calendar=BY, now=now,
                       first_responded_at=berlin(2026, 5, 26, 8, 30),
                       last_customer_update_at=berlin(2026, 5, 26, 11))
    assert later.next_update is not None and later.next_update.due == berlin(2026, 5, 26, 15)


def test_ticket_clocks_before_response_and_after_resolution() -> None:
    targets = parse_targets(seed_targets())
    created = berlin(2026, 3, 9, 9)
    fresh = ticket_sla(created_at=created, priority=1, targets=targets, calendar=BY,
                       now=berlin(2026, 3, 9, 9, 10))
    assert fresh.next_update is None  # nothing to update before a first response
    assert fresh.first_response is not None and fresh.first_response.remaining_minutes == 5
    assert fresh.most_urgent is not None and fresh.most_urgent[0] is SlaKind.FIRST_RESPONSE
    done = ticket_sla(created_at=created, priority=1, targets=targets, calendar=BY,
                      now=berlin(2026, 3, 20), resolved_at=berlin(2026, 3, 9, 9, 12))
    assert done.first_response is not None and done.first_response.state is SlaState.MET
    assert done.solution is not None and done.solution.state is SlaState.MET
    assert done.most_urgent is None
    assert ticket_sla(created_at=created, priority=4, targets={1: SlaTargets(5)},
                      calendar=BY, now=created).clocks() == {}


def test_ticket_pauses_hold_every_clock() -> None:
    targets = {2: SlaTargets(first_response=30, next_update=None, solution=120)}
    created = berlin(2026, 3, 9, 9)
    history = [StatusChange(created, "new"),
               StatusChange(berlin(2026, 3, 9, 9, 20), "pending", "waiting_for_customer"),
               StatusChange(berlin(2026, 3, 9, 11, 20), "open")]
    sla = ticket_sla(created_at=created, priority=2, targets=targets, calendar=BY,
                     now=berlin(2026, 3, 9, 12), pauses=pauses_from_history(history))
    assert sla.first_response is not None and sla.solution is not None
    assert sla.first_response.due == berlin(2026, 3, 9, 11, 30)  # 20 + pause 2 h + 10
    assert sla.solution.due == berlin(2026, 3, 9, 13, 0)
    assert sla.solution.elapsed_minutes == 60


def test_pauses_from_history() -> None:
    t = [berlin(2026, 3, 9, h) for h in range(8, 15)]
    changes = [(t[3], "open", None), (t[0], "new", None),
               (t[1], "pending", "waiting_for_customer"), (t[2], "pending", None),
               (t[4], "pending", "reminder"), (t[5], "pending", "waiting_for_customer"),
               (t[6], "resolved", None)]
    assert pauses_from_history(changes) == [Pause(t[1], t[3]), Pause(t[5], t[6])]
    still = pauses_from_history([(t[0], "new", None), (t[1], "pending", None)])
    assert still == [Pause(t[1], None)]
    assert pauses_from_history([(t[0], "pending", "reminder")]) == []


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(("call", "code"), [
    (lambda: BY.add_minutes(datetime(2026, 3, 9, 9), 5), "naive_datetime"),
    (lambda: BY.minutes_between(berlin(2026, 3, 9), datetime(2026, 3, 10)), "naive_datetime"),
    (lambda: BY.add_minutes(berlin(2026, 3, 9), -1), "minutes_invalid"),
    (lambda: BY.add_minutes(berlin(2026, 3, 9), float("nan")), "minutes_invalid"),
    (lambda: BY.add_minutes(berlin(2300, 1, 1), 5), "out_of_range"),
    (lambda: BY.add_minutes(berlin(2199, 12, 1), 10**6), "out_of_range"),
    (lambda: BusinessCalendar("DE-XX"), "unknown_calendar"),
    (lambda: BusinessCalendar("Bayern"), "unknown_calendar"),
    (lambda: BusinessCalendar("DE-BY", timezone="Europe/Munich"), "unknown_timezone"),
    (lambda: BusinessCalendar("DE-BY", holiday_categories=("pagan",)), "unknown_calendar"),
    (lambda: sla_clock(BY, berlin(2026, 3, 9), -5, berlin(2026, 3, 9)), "minutes_invalid"),
    (lambda: sla_clock(BY, berlin(2026, 3, 9), 5, berlin(2026, 3, 9), warn_ratio=1.5),
     "warn_ratio_invalid"),
    (lambda: sla_clock(BY, berlin(2026, 3, 9), 5, berlin(2026, 3, 9),
                       pauses=[(datetime(2026, 3, 9), None)]), "naive_datetime"),
])
def test_errors_carry_a_code(call, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SlaError) as info:
        call()
    assert info.value.code == code and str(info.value) == info.value.message


@pytest.mark.parametrize(("data", "code", "day"), [
    ({"monday": "08:00-18:00"}, "working_hours_bad_day", "monday"),
    ({"mon": "8-18"}, "working_hours_bad_time", "mon"),
    ({"mon": "08:00-25:00"}, "working_hours_bad_time", "mon"),
    ({"mon": "08:61-09:00"}, "working_hours_bad_time", "mon"),
    ({"mon": "18:00-08:00"}, "working_hours_bad_time", "mon"),
    ({"mon": "08:00"}, "working_hours_bad_time", "mon"),
    ({"tue": ["08:00-12:00", "11:00-14:00"]}, "working_hours_overlap", "tue"),
    ({"sat": []}, "working_hours_empty", None),
])
def test_bad_working_hours(data: dict, code: str, day: str | None) -> None:
    with pytest.raises(SlaError) as info:
        WorkingHours.from_data(data)
    assert info.value.code == code
    assert info.value.params.get("day") == day


def test_calendar_codes() -> None:
    assert parse_calendar_code("DE-BY") == ("DE", "BY")
    assert parse_calendar_code(" de-ni ") == ("DE", "NI")
    assert parse_calendar_code("DE") == ("DE", None)
    assert calendar_for("DE-BY") is calendar_for("DE-BY")  # one shared day table
    assert DEFAULT_HOURS.to_data()["fri"] == ["08:00-18:00"]
    assert WorkingHours.from_data(DEFAULT_HOURS.to_data()) == DEFAULT_HOURS


# ------------------------------------------------------------------ properties

instants = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31),
                        timezones=st.just(UTC))
minutes = st.integers(min_value=0, max_value=20_000)
calendars = st.sampled_from([BY, NI, calendar_for("DE", ALWAYS),
                             BusinessCalendar("DE-BE", WorkingHours.from_data(
                                 {"mon": "00:00-03:30, 22:00-24:00", "sun": "01:30-02:30"}))])


@settings(deadline=None, max_examples=300)
@given(cal=calendars, start=instants, amount=minutes)
def test_add_then_between_returns_the_minutes(cal: BusinessCalendar, start: datetime,
                                              amount: int) -> None:
    due = cal.add_minutes(start, amount)
    assert due >= start and due.tzinfo is UTC
    assert cal.minutes_between(start, due) == amount
    assert cal.minutes_between(due, start) == -amount


@settings(deadline=None)
@given(cal=calendars, a=instants, b=instants, c=instants)
def test_between_is_additive_and_monotonic(cal: BusinessCalendar, a: datetime, b: datetime,
                                           c: datetime) -> None:
    a, b, c = sorted([a, b, c])
    ab, bc = cal.minutes_between(a, b), cal.minutes_between(b, c)
    assert ab >= 0 and bc >= 0
    assert ab + bc == pytest.approx(cal.minutes_between(a, c), abs=1e-9)
    assert cal.between(a, b) + cal.between(b, c) == cal.between(a, c)  # exact in µs


@settings(deadline=None)
@given(cal=calendars, s1=instants, s2=instants, m1=minutes, m2=minutes)
def test_add_is_monotonic(cal: BusinessCalendar, s1: datetime, s2: datetime, m1: int,
                          m2: int) -> None:
    s1, s2 = sorted([s1, s2])
    m1, m2 = sorted([m1, m2])
    assert cal.add_minutes(s1, m1) <= cal.add_minutes(s1, m2)
    assert cal.add_minutes(s1, m1) <= cal.add_minutes(s2, m1)


def brute_force_minutes(start: datetime, end: datetime, subdiv: str) -> int:
    """Minute by minute, straight from the rules, without the calendar's table."""
    days = holidays.country_holidays("DE", subdiv=subdiv, years=range(2024, 2030))
    count, t = 0, start
    while t < end:
        local = t.astimezone(BERLIN)
        if local.weekday() < 5 and 8 <= local.hour < 18 and local.date() not in days:
            count += 1
        t += timedelta(minutes=1)
    return count


@settings(deadline=None, max_examples=60)
@given(start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                          timezones=st.just(UTC)).map(lambda d: d.replace(second=0,
                                                                          microsecond=0)),
       span=st.integers(0, 6 * 24 * 60), subdiv=st.sampled_from(["BY", "NI"]))
def test_matches_a_minute_by_minute_count(start: datetime, span: int, subdiv: str) -> None:
    cal = BY if subdiv == "BY" else NI
    end = start + timedelta(minutes=span)
    expected = brute_force_minutes(start, end, subdiv)
    assert cal.minutes_between(start, end) == expected
    if expected:
        assert cal.add_minutes(start, expected) <= end


@settings(deadline=None, max_examples=40)
@given(a=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1),
                      timezones=st.just(UTC)),
       b=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1),
                      timezones=st.just(UTC)),
       amount=minutes)
def test_table_growth_in_any_order_gives_the_same_answers(a: datetime, b: datetime,
                                                          amount: int) -> None:
    # Two fresh calendars asked in opposite orders build their day tables differently
    # (grown down first vs up first); the answers must not depend on that.
    first, second = BusinessCalendar("DE-BY"), BusinessCalendar("DE-BY")
    x = (first.add_minutes(a, amount), first.add_minutes(b, amount),
         first.between(a, b))
    y_between = second.between(a, b)
    y = (second.add_minutes(a, amount), second.add_minutes(b, amount))
    assert x == (*y, y_between)


def test_threads_sharing_a_calendar_agree() -> None:
    cal = BusinessCalendar("DE-BY")
    starts = [datetime(1980 + 7 * i, 3, 1, tzinfo=UTC) for i in range(25)]
    expected = [BusinessCalendar("DE-BY").add_minutes(s, 50_000) for s in starts]
    results: dict[int, list[datetime]] = {}

    def work(n: int) -> None:
        order = starts[n:] + starts[:n]
        got = {s: cal.add_minutes(s, 50_000) for s in order}
        results[n] = [got[s] for s in starts]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[n] == expected for n in range(4))


# (offset from the ticket's start, length, still open), in minutes
pause_lists = st.lists(st.tuples(st.integers(-24 * 60, 10 * 24 * 60),
                                 st.integers(1, 5 * 24 * 60), st.booleans()), max_size=4)


@settings(deadline=None)
@given(start=instants, target=st.integers(0, 5000), raw=pause_lists, extra=pause_lists)
def test_pauses_never_shorten_the_due_time(start: datetime, target: int, raw: list,
                                           extra: list) -> None:
    def pauses(items: list) -> list[Pause]:
        out = []
        for offset, length, is_open in items:
            begin = start + timedelta(minutes=offset)
            out.append(Pause(begin, None if is_open else begin + timedelta(minutes=length)))
        return out

    bare = sla_clock(BY, start, target, now=start)
    some = sla_clock(BY, start, target, now=start, pauses=pauses(raw))
    more = sla_clock(BY, start, target, now=start, pauses=pauses(raw + extra))
    assert bare.due is not None
    for shorter, longer in ((bare, some), (some, more)):
        if longer.due is not None:
            assert shorter.due is not None and longer.due >= shorter.due
    # and the business time that runs is the target exactly, whatever the pauses
    if more.due is not None:
        at_due = sla_clock(BY, start, target, now=more.due, pauses=pauses(raw + extra))
        assert at_due.elapsed_minutes == target



@settings(deadline=None, max_examples=60)
@given(start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                          timezones=st.just(UTC)).map(lambda d: d.replace(second=0,
                                                                          microsecond=0)),
       span=st.integers(0, 5 * 24 * 60), target=st.integers(0, 1500), raw=pause_lists)
def test_clock_matches_a_minute_by_minute_count(start: datetime, span: int, target: int,
                                                raw: list) -> None:
    """Elapsed and due time of a clock with pauses, counted minute by minute."""
    pauses = [Pause(start + timedelta(minutes=offset),
                    None if is_open else start + timedelta(minutes=offset + length))
              for offset, length, is_open in raw]
    now = start + timedelta(minutes=span)
    days = holidays.country_holidays("DE", subdiv="BY", years=range(2024, 2030))
    elapsed, counted, due, t = 0, 0, start if target == 0 else None, start
    while t < now or due is None:
        held = [p for p in pauses if p.start <= t and (p.end is None or t < p.end)]
        if due is None and t >= now and any(p.end is None for p in held):
            break  # waiting for the customer for good: no due time
        local = t.astimezone(BERLIN)
        if local.weekday() < 5 and 8 <= local.hour < 18 and local.date() not in days \
                and not held:
            counted += 1
            elapsed += t < now
            if counted == target:
                due = t + timedelta(minutes=1)  # the end of the target-th minute
        t += timedelta(minutes=1)
    clock = sla_clock(BY, start, target, now, pauses)
    assert clock.elapsed_minutes == elapsed
    assert clock.remaining_minutes == target - elapsed
    assert clock.due == due
    assert clock.paused == any(p.start <= now and (p.end is None or now < p.end)
                               for p in pauses)


# ------------------------------------------------------------------ stored due and warn instants


def test_back_goes_over_a_holiday_weekend() -> None:
    # due Tue 2026-05-26 09:00 after Whit Monday; 2 business hours before it: 1 h on
    # Tuesday (08:00-09:00), Mon holiday, Sat/Sun closed, 1 h on Friday → Fri 17:00
    due = berlin(2026, 5, 26, 9)
    warn = BY.back(due, timedelta(hours=2))
    assert warn == berlin(2026, 5, 22, 17)
    assert BY.between(warn, due) == timedelta(hours=2)
    # the earliest such instant: a microsecond earlier there is more than 2 h left
    assert BY.between(warn - timedelta(microseconds=1), due) > timedelta(hours=2)
    assert BY.back(due, timedelta(0)) == due
    with pytest.raises(SlaError) as caught:
        BY.back(due, timedelta(minutes=-1))
    assert caught.value.code == "minutes_invalid"


def test_back_from_outside_working_hours_starts_at_the_last_business_minute() -> None:
    # due Sat 12:00 (closed): 30 business minutes before it end Fri 18:00 → Fri 17:30
    assert BY.back(berlin(2026, 3, 14, 12), timedelta(minutes=30)) == berlin(2026, 3, 13, 17, 30)


def test_back_far_into_the_past_grows_the_table_backwards() -> None:
    calendar = BusinessCalendar("DE-BY")
    due = berlin(2026, 3, 16, 9)
    calendar.add_minutes(due, 0)  # a table around 2026 only
    warn = calendar.back(due, timedelta(days=900))  # 900 days of business time: ~9 years
    assert warn.year < 2018
    assert calendar.between(warn, due) == timedelta(days=900)


@settings(max_examples=200, deadline=None)
@given(start=st.integers(0, 60 * 24 * 60), window=st.integers(1, 3000),
       probe=st.integers(-5 * 24 * 60, 5 * 24 * 60))
def test_back_is_exactly_the_at_risk_boundary(start: int, window: int, probe: int) -> None:
    """``between(t, due) <= window`` exactly when ``t >= back(due, window)``, for any
    instant, also over nights, weekends and holidays."""
    due = berlin(2026, 1, 5, 8) + timedelta(minutes=start)
    warn = BY.back(due, timedelta(minutes=window))
    t = warn + timedelta(minutes=probe)
    assert (BY.between(t, due) <= timedelta(minutes=window)) == (t >= warn)


FIVE = {3: SlaTargets(first_response=60, next_update=240, solution=480)}


def ticket_instants(**fields: object) -> DueInstants:
    values: dict[str, object] = {
        "status": "open", "priority": 3, "first_response_due": berlin(2026, 3, 16, 9),
        "first_responded_at": None, "solution_due": berlin(2026, 3, 17, 8),
        "targets": FIVE, "warn_ratio": 0.75, "calendar": BY}
    values.update(fields)
    return due_instants(**values)  # type: ignore[arg-type]


def test_due_instants_follow_the_nearest_running_clock() -> None:
    # first response due Mon 09:00, window 60 × 0.25 = 15 min → warn Mon 08:45
    first = ticket_instants()
    assert first == DueInstants("first_response", berlin(2026, 3, 16, 9),
                                berlin(2026, 3, 16, 8, 45))
    # responded: the solution clock, due Tue 08:00, window 480 × 0.25 = 2 h → Mon 16:00
    solution = ticket_instants(first_responded_at=berlin(2026, 3, 16, 8, 30))
    assert solution == DueInstants("solution", berlin(2026, 3, 17, 8),
                                   berlin(2026, 3, 16, 16))
    # a priority without targets: due, but never "at risk"
    assert ticket_instants(priority=1) == DueInstants("first_response",
                                                      berlin(2026, 3, 16, 9), None)
    assert ticket_instants(targets=None, calendar=None).warn is None


@pytest.mark.parametrize("fields", [
    {"status": "resolved"}, {"status": "closed"},
    {"status": "pending", "pending_reason": "waiting_for_customer"},
    {"status": "pending"},  # no reason recorded: waiting for the customer
    {"status": "open", "sla_paused_since": berlin(2026, 3, 16, 8)},
    {"first_response_due": None, "solution_due": None},
])
def test_no_instants_while_no_clock_runs(fields: dict[str, object]) -> None:
    assert ticket_instants(**fields) == NO_DUE


def test_a_reminder_does_not_stop_the_clock() -> None:
    assert ticket_instants(status="pending", pending_reason="reminder").due is not None


@settings(max_examples=150, deadline=None)
@given(target=st.integers(1, 2000), ratio=st.sampled_from([0.5, 0.75]),
       offset=st.integers(0, 8 * 24 * 60), start=st.integers(0, 14 * 24 * 60))
def test_stored_instants_give_the_clocks_state(target: int, ratio: float, offset: int,
                                               start: int) -> None:
    """At any time, ``warn <= now <= due`` is the clock's "at risk" and ``due < now``
    its "breached" (:func:`sla_clock`, which counts elapsed business time instead)."""
    created = berlin(2026, 5, 18, 7) + timedelta(minutes=start)
    due = BY.add_minutes(created, target)
    found = due_instants(status="open", priority=3, first_response_due=None,
                         first_responded_at=None, solution_due=due,
                         targets={3: SlaTargets(solution=target)}, warn_ratio=ratio,
                         calendar=BY)
    assert found.due == due and found.warn is not None
    now = created + timedelta(minutes=offset, seconds=7)
    clock = sla_clock(BY, created, target, now, warn_ratio=ratio)
    stored = (SlaState.BREACHED if due < now else
              SlaState.AT_RISK if found.warn <= now else SlaState.OK)
    assert stored == clock.state
