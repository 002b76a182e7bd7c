"""The team view's parts without a server: reply parsing, the item models (through
qtmodeltester), the running clocks, the wallboard's colours and the broadcast dialog."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.app import supervisor as sv
from desktop.sync.api import BadReply
from desktop.ui.supervisor_actions import BroadcastDialog
from desktop.ui.team_view import (
    AG_CALL_TIME,
    AG_TIME,
    QU_WAIT,
    AgentTableModel,
    QueueTableModel,
    format_duration,
)
from desktop.ui.wallboard import BAD, GOOD, WARN, Thresholds, Wallboard, load_thresholds
from tests.ui.test_team_view_live import VALID_OVERVIEW

KPIS: dict[str, Any] = {
    "start": "2026-11-23T00:00:00Z", "end": "2026-11-24T00:00:00Z",
    "kpis": {"service_level": 0.75, "asa_seconds": 12.5, "aht_seconds": 300.0,
             "fcr_rate": None, "abandonment_rate": 0.05, "occupancy": 0.6,
             "escalation_rate": {"1": 0.1, "2": None, "3": None}, "backlog": 12,
             "backlog_age_seconds": 7200.0, "csat": None},
    "counts": {"calls": 40, "answered": 38, "answered_in_target": 30, "abandoned": 2,
               "tickets_created": 9, "tickets_resolved": 7},
    "service_level_target_seconds": 20,
}


def test_replies_become_typed_figures() -> None:
    overview = sv.parse_overview(VALID_OVERVIEW)
    agent = overview.agents[0]
    assert agent.state == "on_call" and agent.open_tickets == 3
    assert agent.call is not None and agent.call.caller_number == "+49 89 1234567"
    assert agent.state_since == datetime(2026, 11, 23, 9, 25, tzinfo=UTC)
    assert overview.queues[0].longest_wait_seconds == 75
    kpis = sv.parse_kpis(KPIS)
    assert kpis.service_level == 0.75 and kpis.fcr_rate is None
    assert kpis.escalation_rate == {1: 0.1, 2: None, 3: None}
    assert kpis.counts.answered_in_target == 30


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d["agents"][0].pop("state"), "agents[0].state"),
    (lambda d: d["queues"][0].update(at_risk=-1), "queues[0].at_risk"),
    (lambda d: d["agents"][0].update(state_since="gestern"), "agents[0].state_since"),
    (lambda d: d.update(queues={}), "overview.queues"),
])
def test_a_malformed_overview_names_the_wrong_part(change: Any, where: str) -> None:
    data = copy.deepcopy(VALID_OVERVIEW)
    change(data)
    with pytest.raises(BadReply) as error:
        sv.parse_overview(data)
    assert where in error.value.message


def test_a_share_outside_zero_to_one_is_refused() -> None:
    data = copy.deepcopy(KPIS)
    data["kpis"]["service_level"] = 75  # percent instead of a share
    with pytest.raises(BadReply, match=r"kpis\.service_level"):
        sv.parse_kpis(data)


def test_periods_are_local_days() -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # Thursday 00:30 in Berlin
    today = sv.today(now, berlin)
    assert today.start == datetime(2026, 11, 26, tzinfo=berlin)
    assert today.end - today.start == timedelta(days=1)
    week = sv.this_week(now, berlin)
    assert week.start == datetime(2026, 11, 23, tzinfo=berlin)
    assert week.params()["start"] == "2026-11-22T23:00:00Z"


def test_the_models_pass_the_model_tester_and_their_clocks_run(qtmodeltester: Any) -> None:
    overview = sv.parse_overview(VALID_OVERVIEW)
    agents = AgentTableModel()
    queues = QueueTableModel()
    now = overview.generated_at
    agents.set_agents(overview.agents, {"q-1": "Allgemeine Anfragen"}, now)
    queues.set_queues(overview.queues, overview.generated_at, now)
    qtmodeltester.check(agents)
    qtmodeltester.check(queues)
    assert agents.index(0, AG_TIME).data() == "5:00"
    assert agents.index(0, AG_CALL_TIME).data() == "5:00"  # talk time since answering
    assert queues.index(0, QU_WAIT).data() == "1:15"
    changed: list[int] = []
    agents.dataChanged.connect(lambda first, _last, _roles: changed.append(first.column()))
    agents.tick(now + timedelta(seconds=61))
    queues.tick(now + timedelta(seconds=61))
    assert sorted(changed) == [AG_TIME, AG_CALL_TIME]
    assert agents.index(0, AG_TIME).data() == "6:01"
    assert queues.index(0, QU_WAIT).data() == "2:16"
    assert format_duration(3725) == "1:02:05"


def test_wallboard_colours_follow_the_thresholds(qtbot: Any, tmp_path: Path) -> None:
    thresholds = Thresholds(0.8, 0.7, 60, 180)
    assert thresholds.service_level(0.85) == GOOD
    assert thresholds.service_level(0.75) == WARN
    assert thresholds.service_level(0.5) == BAD
    assert thresholds.wait(200) == BAD
    board = Wallboard(tmp_path / "state.ini")
    qtbot.addWidget(board)
    board.show_kpis(sv.parse_kpis(KPIS))
    assert board.level_of("service_level") == WARN
    board.set_thresholds(Thresholds(0.7, 0.6, 60, 180))
    assert board.level_of("service_level") == GOOD
    overview = sv.parse_overview(VALID_OVERVIEW)
    board.show_overview(overview)
    board.tick(overview.generated_at + timedelta(seconds=110))  # 75 + 110 s waiting
    assert board.level_of("longest_wait") == BAD
    assert board.tiles["waiting_calls"].value.text() == "2"
    assert load_thresholds(None) == Thresholds()


def test_the_broadcast_dialog_counts_and_stops_at_500(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = BroadcastDialog(parent, "Team Süd")
    send = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not send.isEnabled()
    dialog.edit.setPlainText("Bitte Störungsticket T-2026-004711 beachten.")
    assert send.isEnabled()
    assert dialog.counter.text() == "44 / 500 characters"
    dialog.edit.setPlainText("x" * 600)
    assert len(dialog.body()) == 500
    assert dialog.counter.text() == "500 / 500 characters"
    assert dialog.expires_minutes() == 60
