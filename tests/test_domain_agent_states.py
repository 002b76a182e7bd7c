"""Agent-state rules: manual changes, call events, after-call work, intervals (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.agent_states import (
    AUTOMATIC_STATES,
    MANUAL_STATES,
    BreakReason,
    CallEvent,
    Presence,
    State,
    StateChange,
    StateChangeError,
    StateSettings,
    after_call_work_overrun,
    apply_call_event,
    change_manually,
    durations,
    end_after_call_work,
    expire_after_call_work,
    restore,
    signed_out,
    to_intervals,
)

T0 = datetime(2025, 3, 4, 8, 0, tzinfo=UTC)


def t(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def available(at: datetime = T0) -> Presence:
    return change_manually(signed_out(at), State.AVAILABLE, at)


# ------------------------------------------------------------------------ manual changes

def test_manual_and_automatic_states_partition_the_states() -> None:
    assert set(State) == MANUAL_STATES | AUTOMATIC_STATES
    assert not MANUAL_STATES & AUTOMATIC_STATES
    assert {State.ON_CALL, State.AFTER_CALL_WORK} == AUTOMATIC_STATES


def test_sign_in_break_training_sign_out() -> None:
    p = available()
    assert (p.state, p.since) == (State.AVAILABLE, T0)
    p = change_manually(p, "break", t(60), BreakReason.LUNCH)
    assert (p.state, p.reason, p.since) == (State.BREAK, "lunch", t(60))
    p = change_manually(p, State.BREAK, t(90), BreakReason.MEETING)  # another reason
    assert (p.reason, p.since) == ("meeting", t(90))
    p = change_manually(p, State.TRAINING, t(120))
    assert (p.state, p.reason) == (State.TRAINING, "")
    p = change_manually(p, State.OFFLINE, t(180))
    assert (p.state, p.since) == (State.OFFLINE, t(180))


def test_choosing_the_current_state_changes_nothing() -> None:
    p = available()
    assert change_manually(p, State.AVAILABLE, t(30)) is p


@pytest.mark.parametrize(("target", "reason", "code"), [
    (State.ON_CALL, "", "automatic_state"),
    (State.AFTER_CALL_WORK, "", "automatic_state"),
    (State.BREAK, "", "reason_required"),
    (State.BREAK, "smoking", "unknown_reason"),
    (State.TRAINING, "lunch", "reason_not_allowed"),
    (State.AVAILABLE, "lunch", "reason_not_allowed"),
])
def test_refused_manual_changes(target: State, reason: str, code: str) -> None:
    with pytest.raises(StateChangeError) as err:
        change_manually(available(), target, t(10), reason)
    assert err.value.code == code


def test_during_a_call_only_offline_can_be_chosen() -> None:
    p = apply_call_event(available(), CallEvent.ANSWERED, t(10))
    for target, reason in [(State.AVAILABLE, ""), (State.BREAK, "lunch"),
                           (State.TRAINING, "")]:
        with pytest.raises(StateChangeError) as err:
            change_manually(p, target, t(20), reason)
        assert err.value.code == "during_call"
    assert change_manually(p, State.OFFLINE, t(20)).state is State.OFFLINE


def test_break_reasons_are_configurable() -> None:
    settings = StateSettings(break_reasons=frozenset({"prayer"}))
    p = change_manually(available(), State.BREAK, t(5), "prayer", settings)
    assert p.reason == "prayer"
    with pytest.raises(StateChangeError):
        change_manually(available(), State.BREAK, t(5), "lunch", settings)


# --------------------------------------------------------------------------- call events

def test_answered_call_then_after_call_work_then_back_to_available() -> None:
    start = available()
    assert apply_call_event(start, CallEvent.RINGING, t(10)) is start  # ringing: nothing
    p = apply_call_event(start, CallEvent.ANSWERED, t(14), call_id="c1")
    assert (p.state, p.since, p.answered, p.call_id) == (State.ON_CALL, t(14), True, "c1")
    p = apply_call_event(p, CallEvent.HUNG_UP, t(200), call_id="c1")
    assert (p.state, p.since, p.acw_until) == (State.AFTER_CALL_WORK, t(200), t(260))
    assert expire_after_call_work(p, t(259)) is p  # the timer has not run out
    back = expire_after_call_work(p, t(900))  # checked late: still ends at the timer
    assert (back.state, back.since, back.reason) == (State.AVAILABLE, t(260), "")


def test_call_taken_on_a_break_returns_to_that_break() -> None:
    p = change_manually(available(), State.BREAK, t(5), BreakReason.SHORT_BREAK)
    p = apply_call_event(p, CallEvent.ANSWERED, t(10))
    p = apply_call_event(p, CallEvent.HUNG_UP, t(70))
    back = expire_after_call_work(p, t(200))
    assert (back.state, back.reason, back.since) == (State.BREAK, "short_break", t(130))


def test_call_answered_while_offline_returns_to_available() -> None:
    p = apply_call_event(signed_out(T0), CallEvent.ANSWERED, t(10))
    p = apply_call_event(p, CallEvent.HUNG_UP, t(70))
    assert expire_after_call_work(p, t(130)).state is State.AVAILABLE


def test_a_call_that_only_rang_changes_nothing() -> None:
    p = change_manually(available(), State.TRAINING, t(5))
    rang = apply_call_event(p, CallEvent.RINGING, t(10), call_id="c1")
    assert rang is p
    assert apply_call_event(rang, CallEvent.HUNG_UP, t(25), call_id="c1") is p


def test_the_hang_up_of_another_call_changes_nothing() -> None:
    p = apply_call_event(available(), CallEvent.ANSWERED, t(10), call_id="c1")
    assert apply_call_event(p, CallEvent.ANSWERED, t(20), call_id="c2") is p  # 2nd line
    assert apply_call_event(p, CallEvent.HUNG_UP, t(30), call_id="c2") is p
    acw = apply_call_event(p, CallEvent.HUNG_UP, t(40), call_id="c1")
    assert (acw.state, acw.call_id) == (State.AFTER_CALL_WORK, "c1")


def test_confirming_the_wrap_up_ends_after_call_work() -> None:
    p = change_manually(available(), State.BREAK, t(5), BreakReason.LUNCH)
    p = apply_call_event(p, CallEvent.ANSWERED, t(10), call_id="c1")
    acw = apply_call_event(p, CallEvent.HUNG_UP, t(70), call_id="c1")
    assert after_call_work_overrun(acw, t(100)) == 0.0
    assert after_call_work_overrun(acw, t(145)) == 15.0  # limit 60 s: over since t(130)
    back = end_after_call_work(acw, t(145))  # default: the state before the call
    assert (back.state, back.reason, back.since) == (State.BREAK, "lunch", t(145))
    assert after_call_work_overrun(back, t(999)) == 0.0
    chosen = end_after_call_work(acw, t(90), State.TRAINING)
    assert (chosen.state, chosen.since) == (State.TRAINING, t(90))
    with pytest.raises(StateChangeError) as err:
        end_after_call_work(acw, t(90), State.BREAK)
    assert err.value.code == "reason_required"
    assert end_after_call_work(back, t(200), State.AVAILABLE) is back  # not in ACW


def test_a_restored_call_state_can_be_left_by_hand() -> None:
    on_call = restore(StateChange(t(0), State.ON_CALL))
    assert (on_call.state, on_call.since, on_call.answered) == (State.ON_CALL, t(0), False)
    assert change_manually(on_call, State.AVAILABLE, t(5)).state is State.AVAILABLE
    # the next answered call is the one being talked; its hang-up starts ACW
    talked = apply_call_event(on_call, CallEvent.ANSWERED, t(6), call_id="c9")
    assert (talked.since, talked.answered, talked.call_id) == (t(0), True, "c9")
    acw = restore(StateChange(t(0), State.AFTER_CALL_WORK))
    assert acw.acw_until == t(60)
    pause = restore(StateChange(t(0), State.BREAK, "lunch"))
    assert (pause.state, pause.reason, pause.acw_until) == (State.BREAK, "lunch", None)


def test_after_call_work_timer_of_zero_skips_it() -> None:
    settings = StateSettings(after_call_work_seconds=0)
    p = apply_call_event(available(), CallEvent.ANSWERED, t(10), settings)
    p = apply_call_event(p, CallEvent.HUNG_UP, t(70), settings)
    assert (p.state, p.since) == (State.AVAILABLE, t(70))


def test_next_call_during_after_call_work_keeps_the_state_before_the_first_call() -> None:
    p = change_manually(available(), State.BREAK, t(5), BreakReason.PERSONAL)
    p = apply_call_event(p, CallEvent.ANSWERED, t(10))
    p = apply_call_event(p, CallEvent.HUNG_UP, t(70))
    p = apply_call_event(p, CallEvent.ANSWERED, t(85))
    assert (p.state, p.resume_state, p.resume_reason) == (State.ON_CALL, State.BREAK,
                                                          "personal")
    p = apply_call_event(p, CallEvent.HUNG_UP, t(300))
    assert expire_after_call_work(p, t(400)).state is State.BREAK


def test_agent_may_end_after_call_work_early() -> None:
    p = apply_call_event(available(), CallEvent.ANSWERED, t(10))
    p = apply_call_event(p, CallEvent.HUNG_UP, t(70))
    p = change_manually(p, State.AVAILABLE, t(75))
    assert (p.state, p.since, p.acw_until) == (State.AVAILABLE, t(75), None)
    assert expire_after_call_work(p, t(500)) is p


def test_stray_hang_up_and_second_answer_change_nothing() -> None:
    p = available()
    assert apply_call_event(p, CallEvent.HUNG_UP, t(5)) is p
    talking = apply_call_event(p, CallEvent.ANSWERED, t(10))
    assert apply_call_event(talking, CallEvent.ANSWERED, t(12)) is talking


def test_an_event_stamped_before_the_current_state_takes_effect_at_its_start() -> None:
    p = available(t(100))
    late = apply_call_event(p, CallEvent.ANSWERED, t(90))
    assert late.since == t(100)


# --------------------------------------------------------------------------- intervals

def test_intervals_with_durations_and_the_open_one_closed_at_now() -> None:
    changes = [
        StateChange(t(0), State.AVAILABLE),
        StateChange(t(600), State.ON_CALL),
        StateChange(t(900), State.AFTER_CALL_WORK),
        StateChange(t(960), State.AVAILABLE),
        StateChange(t(1000), State.AVAILABLE),  # repeated: continues the interval
        StateChange(t(1800), State.BREAK, "lunch"),
    ]
    got = to_intervals("anna", reversed(changes), now=t(3600))  # any input order
    assert [(i.state, i.reason, i.seconds) for i in got] == [
        (State.AVAILABLE, "", 600.0), (State.ON_CALL, "", 300.0),
        (State.AFTER_CALL_WORK, "", 60.0), (State.AVAILABLE, "", 840.0),
        (State.BREAK, "lunch", 1800.0)]
    assert got[-1].ended_at == t(3600)
    assert {i.user_id for i in got} == {"anna"}
    totals = durations(got)
    assert totals[State.AVAILABLE] == 1440.0 and totals[State.TRAINING] == 0.0


def test_changes_at_one_instant_and_after_now() -> None:
    changes = [StateChange(t(0), State.AVAILABLE), StateChange(t(60), State.ON_CALL),
               StateChange(t(60), State.AVAILABLE),  # same instant: the last one wins
               StateChange(t(120), State.BREAK, "lunch"),
               StateChange(t(500), State.OFFLINE)]  # after now
    got = to_intervals("anna", changes, now=t(300))
    assert [(i.state, i.started_at, i.ended_at) for i in got] == [
        (State.AVAILABLE, t(0), t(120)), (State.BREAK, t(120), t(300))]
    assert to_intervals("anna", [], now=t(300)) == []


changes_st = st.lists(
    st.builds(lambda s, state, reason: StateChange(t(s), state, reason),
              st.integers(0, 5000), st.sampled_from(list(State)),
              st.sampled_from(["", "lunch"])),
    max_size=25)


@given(changes=changes_st, now=st.integers(0, 6000))
def test_intervals_cover_the_time_without_gaps_or_overlaps(changes: list[StateChange],
                                                           now: int) -> None:
    got = to_intervals("u", changes, now=t(now))
    covered = max(0, now - min(c.at for c in changes).timestamp() + T0.timestamp()) \
        if changes else 0
    assert sum(i.seconds for i in got) == covered
    for i in got:
        assert i.seconds > 0
    for a, b in pairwise(got):
        assert a.ended_at == b.started_at  # contiguous: no gap, no overlap
        assert (a.state, a.reason) != (b.state, b.reason)  # merged when equal
    ordered = sorted(changes, key=lambda c: c.at)
    for i in got:  # the state in force in the middle of each interval is the last change
        mid = i.started_at + (i.ended_at - i.started_at) / 2
        last = [c for c in ordered if c.at <= mid][-1]
        assert (i.state, i.reason) == (last.state, last.reason)


events_st = st.lists(st.tuples(
    st.integers(0, 400),
    st.one_of(st.sampled_from(list(CallEvent)),
              st.sampled_from([(State.AVAILABLE, ""), (State.BREAK, "lunch"),
                               (State.TRAINING, ""), (State.OFFLINE, "")]),
              st.sampled_from(["tick", "wrap_up"]))), max_size=40)


@given(steps=events_st)
def test_state_machine_invariants_and_its_changes_give_consistent_intervals(
        steps: list[tuple[int, object]]) -> None:
    p = available()
    stored = [p.change]
    clock = 0
    for gap, step in steps:
        clock += gap
        now = t(clock)
        before = p
        if step == "tick":
            p = expire_after_call_work(p, now)
        elif step == "wrap_up":
            p = end_after_call_work(p, now)
            assert p.state is not State.AFTER_CALL_WORK
        elif isinstance(step, CallEvent):
            p = apply_call_event(p, step, now)
        else:
            assert isinstance(step, tuple)
            try:
                p = change_manually(p, step[0], now, step[1])
            except StateChangeError as err:
                assert err.code == "during_call" and before.state is State.ON_CALL
                continue
        assert p.since >= before.since
        assert p.resume_state not in (State.ON_CALL, State.AFTER_CALL_WORK, State.OFFLINE)
        assert (p.state is State.AFTER_CALL_WORK) == (p.acw_until is not None)
        if p.state is State.AFTER_CALL_WORK and before.state is not p.state:
            assert before.state is State.ON_CALL and before.answered
        if p.change != before.change:
            stored.append(p.change)
    end = t(clock + 1)
    got = to_intervals("u", stored, now=end)
    assert sum(i.seconds for i in got) == (end - T0).total_seconds()
    assert got[-1].state is p.state
