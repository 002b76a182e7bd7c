"""KPI formulas on hand-computed data sets (the worked example of docs/kpis.md).

The example day is Tuesday 4 March 2025 in Europe/Berlin (UTC+1, no clock change).
Every expected figure below is worked out by hand in docs/kpis.md.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.agent_states import State, StateChange, StateInterval, to_intervals
from desktop.domain.kpis import (
    DAY,
    HOUR,
    CallFact,
    CallOutcome,
    Dimension,
    KpiSettings,
    LevelChange,
    Period,
    Ratio,
    TicketFact,
    agent_time,
    attach_after_call_work,
    backlog,
    call_kpis,
    call_outcome,
    csat,
    escalation_rates,
    escalation_ratios,
    first_contact_resolution,
    group_by,
    hourly_calls,
    hourly_staffing,
    kpi_report,
    kpi_reports_by,
    staffed_agents,
)

BERLIN = ZoneInfo("Europe/Berlin")
DAY_4 = Period.day(date(2025, 3, 4), BERLIN)
DAY_3 = Period.day(date(2025, 3, 3), BERLIN)
DAY_5 = Period.day(date(2025, 3, 5), BERLIN)


def at(day: int, hh: int, mm: int, ss: int = 0) -> datetime:
    """A local Berlin time in March 2025."""
    return datetime(2025, 3, day, hh, mm, ss, tzinfo=BERLIN)


def call(started: datetime, answered: datetime | None, ended: datetime | None,
         agent: str | None = None, acw: float = 0.0, direction: str = "inbound",
         queue: str = "sd") -> CallFact:
    return CallFact(started, answered, ended, direction=direction, agent_id=agent,
                    queue_id=queue, team_id="t1", level=1, after_call_work_seconds=acw)


# the calls of the worked example ("Calls" table of docs/kpis.md)
C1 = call(at(3, 23, 58), at(3, 23, 58, 10), at(4, 0, 4, 10), "ben")
C2 = call(at(4, 8, 0), at(4, 8, 0, 15), at(4, 8, 5, 15), "anna", acw=60)
C3 = call(at(4, 8, 10), at(4, 8, 10, 40), at(4, 8, 14, 40), "anna", acw=30)
C4 = call(at(4, 8, 20), None, at(4, 8, 20, 3))
C5 = call(at(4, 8, 30), None, at(4, 8, 31))
C6 = call(at(4, 9, 0), at(4, 9, 0, 5), at(4, 9, 10, 5), "ben")
C7 = call(at(4, 23, 59), at(4, 23, 59, 20), at(5, 0, 3, 20), "ben", acw=60)
C8 = call(at(4, 10, 0), at(4, 10, 0, 10), at(4, 10, 5), "anna", direction="outbound")
CALLS = [C1, C2, C3, C4, C5, C6, C7, C8]

# carla's night shift ("Agent states" table)
CARLA_CHANGES = [
    StateChange(at(3, 22, 0), State.AVAILABLE),
    StateChange(at(3, 23, 30), State.ON_CALL),
    StateChange(at(4, 0, 30), State.AFTER_CALL_WORK),
    StateChange(at(4, 0, 40), State.BREAK, "short_break"),
    StateChange(at(4, 1, 0), State.AVAILABLE),
    StateChange(at(4, 1, 50), State.TRAINING),
    StateChange(at(4, 2, 0), State.OFFLINE),
]
CARLA = to_intervals("carla", CARLA_CHANGES, now=at(4, 12, 0))


def esc(when: datetime, src: int, dst: int) -> LevelChange:
    return LevelChange(when, src, dst)


# the tickets ("Tickets" table)
TICKETS = {
    "T1": TicketFact(at(2, 10, 0), None, level=2, level_changes=(esc(at(4, 9, 0), 1, 2),),
                     owner_id="ben", queue_id="l2"),
    "T2": TicketFact(at(4, 8, 0), at(4, 8, 5), first_contact=True, csat=5, owner_id="anna",
                     queue_id="sd"),
    "T3": TicketFact(at(4, 8, 10), at(4, 11, 0), csat=3, owner_id="anna", queue_id="sd"),
    "T4": TicketFact(at(3, 15, 0), at(4, 16, 0), level=3, first_contact=True,
                     level_changes=(esc(at(4, 10, 0), 2, 3), esc(at(3, 16, 0), 1, 2)),
                     queue_id="l3"),
    "T5": TicketFact(at(4, 12, 0), None, owner_id="anna", queue_id="sd"),
    "T6": TicketFact(at(1, 9, 0), None, level=2, queue_id="l2"),
    "T7": TicketFact(at(4, 20, 0), at(5, 1, 0), queue_id="sd"),
    "T8": TicketFact(at(5, 9, 0), None, queue_id="sd"),
    "T9": TicketFact(at(1, 9, 0), at(2, 9, 0), first_contact=True, csat=1, queue_id="sd"),
}


# ------------------------------------------------------------------------------ period

def test_periods_day_week_and_clock_changes() -> None:
    assert DAY_4.start == datetime(2025, 3, 3, 23, 0, tzinfo=UTC)
    assert DAY_4.seconds == DAY
    week = Period.week(date(2025, 3, 6), BERLIN)  # a Thursday
    assert (week.start, week.end) == (at(3, 0, 0), at(10, 0, 0))
    assert Period.this_week(datetime(2025, 3, 9, 23, 30, tzinfo=UTC), BERLIN) == Period.week(
        date(2025, 3, 10), BERLIN)  # 23:30 on Sunday in UTC is Monday in Berlin
    spring = Period.day(date(2025, 3, 30), BERLIN)
    autumn = Period.day(date(2025, 10, 26), BERLIN)
    assert (spring.seconds, autumn.seconds) == (23 * HOUR, 25 * HOUR)
    assert [h.hour for h in spring.hour_starts()][:4] == [0, 1, 3, 4]
    autumn_hours = autumn.hour_starts()
    assert len(autumn_hours) == 25
    assert [(h.hour, h.utcoffset()) for h in autumn_hours[2:4]] == [
        (2, timedelta(hours=2)), (2, timedelta(hours=1))]
    assert Period.days(date(2025, 3, 3), date(2025, 3, 4), BERLIN).seconds == 2 * DAY
    with pytest.raises(ValueError):
        Period(datetime(2025, 3, 4), datetime(2025, 3, 5))  # naive
    with pytest.raises(ValueError):
        Period(at(5, 0, 0), at(4, 0, 0))


def test_durations_use_absolute_time_across_a_clock_change() -> None:
    spring = Period.day(date(2025, 3, 30), BERLIN)
    one_to_four = StateInterval("u", State.AVAILABLE,
                                datetime(2025, 3, 30, 1, 0, tzinfo=BERLIN),
                                datetime(2025, 3, 30, 4, 0, tzinfo=BERLIN))
    assert one_to_four.seconds == 2 * HOUR
    assert agent_time([one_to_four], spring).seconds[State.AVAILABLE] == 2 * HOUR


# ------------------------------------------------------------------------------ calls

def test_call_outcomes() -> None:
    assert [call_outcome(c) for c in CALLS] == [
        CallOutcome.ANSWERED, CallOutcome.ANSWERED, CallOutcome.ANSWERED,
        CallOutcome.SHORT_ABANDONED, CallOutcome.ABANDONED, CallOutcome.ANSWERED,
        CallOutcome.ANSWERED, CallOutcome.NOT_INBOUND]
    assert call_outcome(call(at(4, 9, 0), None, None)) is CallOutcome.WAITING
    assert call_outcome(C4, KpiSettings(short_abandon_seconds=0)) is CallOutcome.ABANDONED


def test_call_kpis_of_the_worked_example() -> None:
    k = call_kpis(CALLS, DAY_4)
    assert (k.offered, k.answered, k.answered_in_target, k.abandoned, k.short_abandoned,
            k.waiting, k.handled) == (5, 4, 3, 1, 1, 0, 4)
    assert k.service_level == Ratio(3, 5) and k.service_level.value == 0.6
    assert k.average_speed_of_answer.value == 20.0  # (15 + 40 + 5 + 20) / 4
    assert k.average_handling_time.value == 382.5  # (360 + 270 + 600 + 300) / 4
    assert k.abandonment_rate.value == 0.2


def test_calls_belong_to_the_day_they_were_offered_on() -> None:
    before = call_kpis(CALLS, DAY_3)  # C1 started 23:58 on the 3rd, ended after midnight
    assert (before.offered, before.answered_in_target, before.handled) == (1, 1, 1)
    assert before.average_handling_time.value == 360.0  # 23:58:10-00:04:10, all of it
    after = call_kpis(CALLS, DAY_5)  # C7 ends on the 5th but was offered on the 4th
    assert after.offered == 0


def test_empty_input_and_empty_period_give_no_values() -> None:
    for k in (call_kpis([], DAY_4), call_kpis(CALLS, Period(at(4, 8, 0), at(4, 8, 0))),
              call_kpis([C8], DAY_4)):
        assert k.offered == 0
        for ratio in (k.service_level, k.average_speed_of_answer,
                      k.average_handling_time, k.abandonment_rate):
            assert ratio.value is None
    report = kpi_report(DAY_4)
    assert report.agent_time.occupancy.value is None
    assert report.first_contact_resolution.value is None
    assert report.csat.mean.value is None and report.csat.count == 0
    assert report.backlog.count == 0 and report.backlog.median_age_seconds is None
    assert report.backlog.oldest_age_seconds is None
    assert {lvl: r.value for lvl, r in report.escalation.items()} == {1: None, 2: None,
                                                                      3: None}


def test_waiting_and_talking_calls_at_the_moment_of_the_report() -> None:
    waiting = call(at(4, 9, 0), None, None)
    talking = call(at(4, 9, 0), at(4, 9, 0, 30), None, "anna")
    k = call_kpis([waiting, talking], DAY_4)
    assert (k.offered, k.answered, k.waiting, k.handled) == (1, 1, 1, 0)
    assert k.average_speed_of_answer.value == 30.0
    assert k.service_level.value == 0.0  # 30 s > 20 s
    assert k.average_handling_time.value is None  # not finished yet


def test_service_level_target_per_queue_and_boundary() -> None:
    premium = KpiSettings(queue_service_level_seconds={"premium": 10})
    calls = [call(at(4, 9, 0), at(4, 9, 0, 15), at(4, 9, 5), queue="premium"),
             call(at(4, 9, 0), at(4, 9, 0, 15), at(4, 9, 5), queue="sd"),
             call(at(4, 9, 0), at(4, 9, 0, 20), at(4, 9, 5), queue="sd")]  # exactly 20 s
    assert call_kpis(calls, DAY_4, premium).answered_in_target == 2
    assert call_kpis(calls, DAY_4).answered_in_target == 3


def test_hourly_series_of_the_worked_example() -> None:
    series = hourly_calls(CALLS, DAY_4)
    assert len(series) == 24 and series[0].start == at(4, 0, 0)
    figures = {p.start.hour: (p.calls.offered, p.calls.answered, p.calls.abandoned,
                              p.calls.short_abandoned, p.calls.service_level.value)
               for p in series if p.calls.offered or p.calls.short_abandoned}
    assert figures == {8: (3, 2, 1, 1, 1 / 3), 9: (1, 1, 0, 0, 1.0), 23: (1, 1, 0, 0, 1.0)}
    assert series[12].calls.service_level.value is None


def test_hourly_series_of_a_night_shift_across_midnight() -> None:
    night = Period(at(3, 22, 0), at(4, 6, 0))
    series = hourly_calls(CALLS, night)
    assert [p.start.hour for p in series] == [22, 23, 0, 1, 2, 3, 4, 5]
    assert [p.calls.answered for p in series] == [0, 1, 0, 0, 0, 0, 0, 0]  # C1


def test_after_call_work_is_attached_to_the_call_before_it() -> None:
    bare = [call(c.started_at, c.answered_at, c.ended_at, c.agent_id, direction=c.direction)
            for c in CALLS]
    acw = [
        StateInterval("anna", State.AFTER_CALL_WORK, at(4, 8, 5, 15), at(4, 8, 6, 0)),
        StateInterval("anna", State.AFTER_CALL_WORK, at(4, 8, 6, 30), at(4, 8, 6, 45)),
        StateInterval("anna", State.AFTER_CALL_WORK, at(4, 8, 14, 40), at(4, 8, 15, 10)),
        StateInterval("anna", State.AVAILABLE, at(4, 8, 15, 10), at(4, 8, 20, 0)),
        StateInterval("ben", State.AFTER_CALL_WORK, at(3, 20, 0), at(3, 20, 1)),  # no call
        StateInterval("ben", State.AFTER_CALL_WORK, at(5, 0, 3, 20), at(5, 0, 4, 20)),
    ]
    got = attach_after_call_work(bare, acw)
    assert [c.after_call_work_seconds for c in got] == [0, 60, 30, 0, 0, 0, 60, 0]
    assert [c.started_at for c in got] == [c.started_at for c in CALLS]
    assert call_kpis(got, DAY_4) == call_kpis(CALLS, DAY_4)


def test_call_facts_reject_impossible_times() -> None:
    with pytest.raises(ValueError):
        CallFact(at(4, 9, 0), at(4, 8, 59))
    with pytest.raises(ValueError):
        CallFact(at(4, 9, 0), at(4, 9, 1), at(4, 9, 0, 30))
    with pytest.raises(ValueError):
        CallFact(datetime(2025, 3, 4, 9, 0))


# ------------------------------------------------------------------------- agent time

def test_occupancy_of_a_shift_across_midnight() -> None:
    day = agent_time(CARLA, DAY_4)
    assert day.seconds == {State.ON_CALL: 1800, State.AFTER_CALL_WORK: 600,
                           State.BREAK: 1200, State.AVAILABLE: 3000,
                           State.TRAINING: 600, State.OFFLINE: 10 * HOUR}
    assert day.logged_in_seconds == 2 * HOUR
    assert day.occupancy == Ratio(2400, 5400)  # 44.4 %
    night_before = agent_time(CARLA, DAY_3)
    assert night_before.occupancy.value == 0.25  # 30 min talk of 2 h available + talk
    assert night_before.seconds[State.ON_CALL] + day.seconds[State.ON_CALL] == HOUR


# ---------------------------------------------------------------------------- tickets

def test_ticket_kpis_of_the_worked_example() -> None:
    tickets = list(TICKETS.values())
    assert first_contact_resolution(tickets, DAY_4) == Ratio(1, 3)  # T2 of T2, T3, T4
    assert escalation_rates(tickets, DAY_4) == {1: Ratio(1, 5), 2: Ratio(1, 3),
                                                3: Ratio(0, 1)}
    c = csat(tickets, DAY_4)
    assert (c.count, c.mean.value, c.distribution) == (2, 4.0, (0, 0, 1, 0, 1))
    b = backlog(tickets, DAY_4.end)
    assert b.count == 4  # T1, T5, T6, T7
    assert (b.median_age_seconds, b.oldest_age_seconds) == (37 * HOUR, 87 * HOUR)
    assert [(x.lower_seconds, x.upper_seconds, x.count) for x in b.buckets] == [
        (0, DAY, 2), (DAY, 3 * DAY, 1), (3 * DAY, 7 * DAY, 1), (7 * DAY, 30 * DAY, 0),
        (30 * DAY, None, 0)]
    assert TICKETS["T4"].initial_level == 1  # changes were given out of order


def test_escalations_per_day_across_midnight() -> None:
    tickets = list(TICKETS.values())
    # on the 3rd: T4 (1 -> 2 at 16:00), T1, T6 waiting; T9 long resolved
    assert escalation_rates(tickets, DAY_3) == {1: Ratio(1, 2), 2: Ratio(0, 2),
                                                3: Ratio(0, 0)}
    # on the 5th: T5, T7 (resolved at 01:00) and T8 (new) at level 1; T1, T6 at level 2
    assert escalation_rates(tickets, DAY_5) == {1: Ratio(0, 3), 2: Ratio(0, 2),
                                                3: Ratio(0, 0)}


def test_escalation_exactly_at_midnight_belongs_to_the_new_day() -> None:
    ticket = TicketFact(at(3, 10, 0), None, level=2,
                        level_changes=(esc(at(4, 0, 0), 1, 2),))
    assert escalation_rates([ticket], DAY_3) == {1: Ratio(0, 1), 2: Ratio(0, 0),
                                                 3: Ratio(0, 0)}
    assert escalation_rates([ticket], DAY_4) == {1: Ratio(1, 1), 2: Ratio(0, 1),
                                                 3: Ratio(0, 0)}


def test_report_of_today_takes_the_backlog_now() -> None:
    now = at(4, 12, 30)
    report = kpi_report(DAY_4, CALLS, CARLA, TICKETS.values(), as_of=now)
    assert report.backlog.at == now
    # T1 50.5 h, T4 21.5 h (resolved only at 16:00), T5 0.5 h, T6 75.5 h
    assert report.backlog.count == 4
    assert report.backlog.median_age_seconds == 36 * HOUR
    assert report.backlog.oldest_age_seconds == 75.5 * HOUR
    assert report.calls == call_kpis(CALLS, DAY_4)
    assert report.agent_time == agent_time(CARLA, DAY_4)
    assert kpi_report(DAY_4, tickets=TICKETS.values()).backlog.count == 4  # at the end


def test_ticket_facts_validate() -> None:
    with pytest.raises(ValueError):
        TicketFact(at(4, 9, 0), csat=6)
    with pytest.raises(ValueError):
        TicketFact(datetime(2025, 3, 4, 9, 0))
    escalated_back = TicketFact(at(4, 8, 0), at(4, 9, 0), level=1, first_contact=True,
                                level_changes=(esc(at(4, 8, 10), 1, 2),
                                               esc(at(4, 8, 30), 2, 1)))
    assert not escalated_back.is_first_contact_resolution


# --------------------------------------------------------------------------- grouping

def test_reports_per_agent_team_queue_and_level() -> None:
    per_agent = kpi_reports_by(Dimension.AGENT, DAY_4, CALLS, CARLA, TICKETS.values())
    assert set(per_agent) == {"anna", "ben", "carla", None}
    anna, ben, nobody = per_agent["anna"].calls, per_agent["ben"].calls, per_agent[None].calls
    assert (anna.service_level, anna.average_speed_of_answer.value,
            anna.average_handling_time.value) == (Ratio(1, 2), 27.5, 315.0)
    assert (ben.service_level, ben.average_handling_time.value) == (Ratio(2, 2), 450.0)
    assert (nobody.offered, nobody.abandoned, nobody.short_abandoned) == (1, 1, 1)
    assert per_agent["carla"].agent_time.occupancy == Ratio(2400, 5400)
    assert per_agent["anna"].csat.mean.value == 4.0
    assert per_agent["anna"].backlog.count == 1  # T5

    per_team = kpi_reports_by("team", DAY_4, CALLS, CARLA, agent_teams={"carla": "t1"})
    assert set(per_team) == {"t1"}
    assert per_team["t1"].calls == call_kpis(CALLS, DAY_4)
    assert per_team["t1"].agent_time.logged_in_seconds == 2 * HOUR

    per_queue = kpi_reports_by(Dimension.QUEUE, DAY_4, CALLS, CARLA, TICKETS.values())
    assert set(per_queue) == {"sd", "l2", "l3"}
    assert per_queue["sd"].calls.offered == 5
    assert per_queue["l2"].backlog.count == 2  # T1, T6
    assert per_queue["sd"].agent_time.logged_in_seconds == 0  # states have no queue

    per_level = kpi_reports_by(Dimension.LEVEL, DAY_4, CALLS, CARLA, TICKETS.values(),
                               agent_levels={"carla": 1})
    assert per_level[1].agent_time.occupancy == Ratio(2400, 5400)
    assert per_level[3].first_contact_resolution == Ratio(0, 1)  # T4


def test_group_by_keeps_order_and_none() -> None:
    groups = group_by(CALLS, lambda c: c.agent_id)
    assert list(groups) == ["ben", "anna", None]
    assert groups[None] == [C4, C5]


# ------------------------------------------------------------------------- properties

BASE = at(4, 0, 0)
calls_st = st.lists(st.builds(
    lambda start, wait, talk, answered, ended: CallFact(
        BASE + timedelta(seconds=start),
        BASE + timedelta(seconds=start + wait) if answered else None,
        BASE + timedelta(seconds=start + wait + (talk if answered else 0)) if ended
        else None, queue_id="sd"),
    st.integers(-86_400, 2 * 86_400), st.integers(0, 120), st.integers(0, 900), st.booleans(),
    st.booleans()), max_size=40)


@given(calls=calls_st)
def test_hourly_buckets_add_up_to_the_day(calls: list[CallFact]) -> None:
    day = call_kpis(calls, DAY_4)
    series = hourly_calls(calls, DAY_4)
    for name in ("offered", "answered", "answered_in_target", "abandoned",
                 "short_abandoned", "waiting", "handled"):
        assert sum(getattr(p.calls, name) for p in series) == getattr(day, name)
    for ratio in (day.service_level, day.abandonment_rate):
        assert ratio.value is None or 0 <= ratio.value <= 1


intervals_st = st.lists(st.builds(
    lambda start, length, state: StateInterval(
        "u", state, BASE + timedelta(seconds=start),
        BASE + timedelta(seconds=start + length)),
    st.integers(-86_400, 2 * 86_400), st.integers(0, 10 * 3600), st.sampled_from(list(State))),
    max_size=30)


@given(intervals=intervals_st, cut=st.integers(0, 2 * 24 * 3600), calls=calls_st)
def test_splitting_a_period_keeps_every_total(intervals: list[StateInterval], cut: int,
                                              calls: list[CallFact]) -> None:
    whole = Period.days(date(2025, 3, 4), date(2025, 3, 5), BERLIN)
    middle = BASE + timedelta(seconds=cut)
    parts = [Period(whole.start, middle), Period(middle, whole.end)]
    whole_time = agent_time(intervals, whole).seconds
    part_times = [agent_time(intervals, p).seconds for p in parts]
    for state in State:
        assert part_times[0][state] + part_times[1][state] == whole_time[state]
    whole_calls = call_kpis(calls, whole)
    a, b = (call_kpis(calls, p) for p in parts)
    assert a.offered + b.offered == whole_calls.offered
    assert a.handle_seconds + b.handle_seconds == pytest.approx(whole_calls.handle_seconds)


tickets_st = st.lists(st.builds(
    lambda created, steps, resolved_after: TicketFact(
        BASE + timedelta(hours=created),
        (BASE + timedelta(hours=created + sum(s for s, _ in steps) + resolved_after)
         if resolved_after is not None else None),
        level=steps[-1][1] if steps else 1,
        level_changes=tuple(
            LevelChange(BASE + timedelta(hours=created + sum(s for s, _ in steps[:i + 1])),
                        steps[i - 1][1] if i else 1, steps[i][1])
            for i in range(len(steps)))),
    st.integers(-72, 48),
    st.lists(st.tuples(st.integers(0, 30), st.sampled_from([1, 2, 3])), max_size=4),
    st.one_of(st.none(), st.integers(0, 30))), max_size=30)


@given(tickets=tickets_st)
def test_escalated_tickets_are_among_those_handled_at_that_level(
        tickets: list[TicketFact]) -> None:
    for level, ratio in escalation_rates(tickets, DAY_4).items():
        assert 0 <= ratio.numerator <= ratio.denominator <= len(tickets), level
    fcr = first_contact_resolution(tickets, DAY_4)
    assert fcr.numerator <= fcr.denominator
    b = backlog(tickets, DAY_4.end)
    assert sum(x.count for x in b.buckets) == b.count
    if b.count:
        assert b.median_age_seconds is not None and b.oldest_age_seconds is not None
        assert 0 < b.median_age_seconds <= b.oldest_age_seconds


# ------------------------------------------------------- sums from SQL, and staffing

def test_escalation_ratios_from_counts_match_the_rates() -> None:
    # the server counts in SQL what escalation_rates counts in Python
    assert escalation_ratios({1: 1, 2: 1}, {1: 5, 2: 3, 3: 1}) == escalation_rates(
        list(TICKETS.values()), DAY_4)
    empty = escalation_ratios({}, {})
    assert list(empty) == [1, 2, 3] and all(r.value is None for r in empty.values())
    assert escalation_ratios({}, {1: 2})[1].value == 0.0


def test_staffed_agents_is_the_average_number_logged_in() -> None:
    assert staffed_agents(2 * HOUR, HOUR) == 2.0  # two agents all hour, or four half of it
    assert staffed_agents(90, HOUR) == 0.025
    assert staffed_agents(0, 0) == 0.0  # an empty span
    with pytest.raises(ValueError):
        staffed_agents(-1, HOUR)


def test_hourly_staffing_of_a_night_shift_across_midnight() -> None:
    day = hourly_staffing(CARLA, DAY_4)
    assert len(day) == 24
    assert day[:3] == [1.0, 1.0, 0.0]  # on call, ACW, break; available, training; offline
    assert sum(day[3:]) == 0
    night = hourly_staffing(CARLA, Period(at(3, 22, 0), at(4, 2, 30)))
    assert night == [1.0, 1.0, 1.0, 1.0, 0.0]  # the last bucket is half an hour
    assert hourly_staffing([], DAY_4) == [0.0] * 24


@given(intervals=intervals_st)
def test_hourly_staffing_adds_up_to_the_logged_in_time(
        intervals: list[StateInterval]) -> None:
    period = Period(BASE, BASE + timedelta(hours=5, minutes=30))
    staffing = hourly_staffing(intervals, period)
    lengths = [HOUR] * 5 + [HOUR / 2]
    total = sum(s * n for s, n in zip(staffing, lengths, strict=True))
    assert total == pytest.approx(agent_time(intervals, period).logged_in_seconds)
