"""A supervisor's broadcast reaches the desktops of the team through the real server:
a banner in the agent's main window, only for the agent's team, until dismissed."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import supervisor as sv
from desktop.app.tasks import TaskManager
from desktop.models.types import utcnow
from desktop.ui.broadcast_banner import BroadcastBanner
from tests.support.server_helpers import write_rows
from tests.ui.test_team_view_live import (
    ANNA,
    ANNA_PASSWORD,
    OTHER_TEAM,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    WAIT,
    TeamWorld,
    close_window,
    make_world,
    open_window,
    sign_in,
)


@pytest.fixture
def world(tmp_path: Path, live_server: Any) -> TeamWorld:
    return make_world(tmp_path, live_server)


def banner_of(window: Any) -> BroadcastBanner:
    banner = window.findChild(BroadcastBanner, "broadcastBanner")
    assert banner is not None
    return banner


def test_a_broadcast_shows_on_the_teams_desktops_until_dismissed(
        qtbot: Any, qapp: QApplication, world: TeamWorld, tmp_path: Path, local_db: Any,
        tasks: TaskManager) -> None:
    ctl, main = open_window(qtbot, qapp, world.url, tmp_path / "client", local_db, tasks,
                            ANNA, ANNA_PASSWORD)
    try:
        banner = banner_of(main)
        assert banner.isHidden()
        # another team's message never shows here
        write_rows(world.db_url, "broadcasts", [{
            "id": str(uuid.uuid4()), "team_id": OTHER_TEAM, "author_id": world.supervisor_id,
            "body": "Nur für Nord", "created_at": utcnow(),
            "expires_at": utcnow() + timedelta(hours=1)}])
        supervisor = sign_in(world.url, tmp_path, SUPERVISOR, SUPERVISOR_PASSWORD)
        try:
            text = "VPN-Störung: bitte pro Anrufer ein Ticket in der VPN-Queue anlegen."
            broadcast_id = sv.broadcast(supervisor, text, None, 30)
        finally:
            supervisor.close()
        qtbot.waitUntil(lambda: banner.isVisible() and banner.current is not None,
                        timeout=WAIT)
        assert banner.current is not None and banner.current.id == broadcast_id
        assert banner.body_label.text() == text
        assert "Sabine Kraus" in banner.title_label.text()
        assert [row.body for row in banner.rows] == [text]
        # dismissed (Alt+D) it stays away, also after the next sync
        banner.dismiss_button.click()
        assert banner.isHidden()
        assert ctl.sync is not None
        with qtbot.waitSignal(ctl.sync.sync_finished, timeout=WAIT):
            ctl.sync.sync_now()
        assert banner.isHidden()
        assert broadcast_id in banner.dismissed
    finally:
        close_window(ctl, main)
