"""The supervisor's team view against the real server: it follows another agent's
state change live, reassigns a ticket on the server, exports CSV and PDF, keeps its
figures when a reply is malformed, and is not offered to agents."""

from __future__ import annotations

import csv
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.app import supervisor as sv
from desktop.app.sync_service import SyncService
from desktop.app.tasks import TaskManager
from desktop.models.types import to_wire_time, utcnow
from desktop.sync.api import ServerClient, Tokens, push_batch
from desktop.sync.http import make_http_client
from desktop.ui.application import AppController
from desktop.ui.main_window import MainWindow
from desktop.ui.supervisor_actions import ReassignDialog
from desktop.ui.team_view import AG_STATE, TeamView
from server.store import make_engine
from tests.support.scripted_server import ScriptedServer
from tests.support.server_helpers import make_user, write_rows
from tests.ui.conftest import demo_rows, make_settings, sqlite_server_url

WAIT = 20_000
TEAM = "team-sued"
OTHER_TEAM = "team-nord"
SUPERVISOR, SUPERVISOR_PASSWORD = "sabine.kraus", "Leitung-2026!"
ANNA, ANNA_PASSWORD = "anna.schmidt", "Kaffee-2026!"
TOM, TOM_PASSWORD = "tom.berger", "Tee-2026!!"


@dataclass
class TeamWorld:
    url: str
    db_url: str
    supervisor_id: str
    anna_id: str
    tom_id: str


def build_world(db_url: str) -> tuple[str, str, str]:
    """A team "Süd" with its supervisor, two agents, its own queues and tickets."""
    write_rows(db_url, "teams", [{"id": TEAM, "name": "Team Süd"},
                                 {"id": OTHER_TEAM, "name": "Team Nord"}])
    supervisor_id = make_user(db_url, SUPERVISOR, SUPERVISOR_PASSWORD, "supervisor",
                              display_name="Sabine Kraus", team_id=TEAM)
    anna_id = make_user(db_url, ANNA, ANNA_PASSWORD, "agent", level=1,
                        display_name="Anna Schmidt", team_id=TEAM)
    tom_id = make_user(db_url, TOM, TOM_PASSWORD, "agent", level=1,
                       display_name="Tom Berger", team_id=TEAM)
    rows = demo_rows(20, owner_id=anna_id)
    for queue in rows["queues"]:
        queue["team_id"] = TEAM
    for entity, values in rows.items():
        write_rows(db_url, entity, values)
    return supervisor_id, anna_id, tom_id


def make_world(tmp_path: Path, live_server: Any) -> TeamWorld:
    folder = tmp_path / "server"
    folder.mkdir()
    db_url = sqlite_server_url(folder)
    supervisor_id, anna_id, tom_id = build_world(db_url)
    server = live_server(db_url)
    return TeamWorld(server.url, db_url, supervisor_id, anna_id, tom_id)


@pytest.fixture
def world(tmp_path: Path, live_server: Any) -> TeamWorld:
    return make_world(tmp_path, live_server)


def open_window(qtbot: Any, qapp: QApplication, url: str, data: Path, local_db: Any,
                tasks: TaskManager, user: str, password: str
                ) -> tuple[AppController, MainWindow]:
    settings = make_settings(url, data, sync_interval=3600)
    ctl = AppController(qapp, settings, local_db, tasks)
    with qtbot.waitSignal(ctl.main_window_opened, timeout=WAIT) as opened:
        ctl.start(user, password)
    main: MainWindow = opened.args[0]
    qtbot.addWidget(main)
    sync = ctl.sync
    assert isinstance(sync, SyncService)
    qtbot.waitUntil(lambda: sync.last_result is not None and sync.stream_connected
                    and not sync.running, timeout=WAIT)
    return ctl, main


def close_window(ctl: AppController, main: MainWindow) -> None:
    assert ctl.sync is not None
    ctl.sync.shutdown()
    main.closed.disconnect()
    main.close()
    ctl.engine.close()


@pytest.fixture
def supervisor_window(qtbot: Any, qapp: QApplication, world: TeamWorld, tmp_path: Path,
                      local_db: Any, tasks: TaskManager) -> Iterator[MainWindow]:
    ctl, main = open_window(qtbot, qapp, world.url, tmp_path / "client", local_db, tasks,
                            SUPERVISOR, SUPERVISOR_PASSWORD)
    yield main
    close_window(ctl, main)


def open_team_view(qtbot: Any, main: MainWindow) -> TeamView:
    action = main.findChild(QAction, "teamView")
    assert action is not None and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+T"
    action.trigger()
    view = main.team_view.view  # type: ignore[attr-defined]
    assert isinstance(view, TeamView)
    qtbot.waitUntil(lambda: view.overview is not None and view.kpis is not None,
                    timeout=WAIT)
    return view


def agent_state(view: TeamView, name: str) -> str:
    model = view.agents_model
    for row in range(model.rowCount()):
        if model.agents[row].name == name:
            return model.agents[row].state
    return ""


def sign_in(url: str, tmp_path: Path, user: str, password: str) -> ServerClient:
    client = ServerClient(make_http_client(make_settings(url, tmp_path / f"c-{user}")))
    client.login(user, password)
    return client


def test_the_team_view_follows_another_agents_state_change(
        qtbot: Any, supervisor_window: MainWindow, world: TeamWorld, tmp_path: Path) -> None:
    view = open_team_view(qtbot, supervisor_window)
    names = {a.name for a in view.agents_model.agents}
    assert {"Anna Schmidt", "Tom Berger"} <= names
    assert agent_state(view, "Anna Schmidt") != "break"
    # Anna, on her own computer, goes to lunch: her client pushes an agent_states row
    anna = sign_in(world.url, tmp_path, ANNA, ANNA_PASSWORD)
    try:
        state_id = str(uuid.uuid4())
        reply = push_batch(anna, str(uuid.uuid4()), [{
            "seq": 1, "id": str(uuid.uuid4()), "entity": "agent_states",
            "entity_id": state_id, "op": "create", "base": {},
            "fields": {"user_id": world.anna_id, "state": "break", "reason": "lunch",
                       "started_at": to_wire_time(utcnow())}}])
        assert reply["results"][0]["status"] == "applied", reply
    finally:
        anna.close()
    # the event stream tells the supervisor's client; the overview follows by itself
    qtbot.waitUntil(lambda: agent_state(view, "Anna Schmidt") == "break", timeout=WAIT)
    model = view.agents_model
    row = next(r for r in range(model.rowCount()) if model.agents[r].name == "Anna Schmidt")
    shown = str(model.data(model.index(row, AG_STATE)))
    assert shown == "Break (lunch)"
    assert not view.message_label.isVisible()


def test_reassigning_a_ticket_from_the_team_view_changes_it_on_the_server(
        qtbot: Any, supervisor_window: MainWindow, world: TeamWorld) -> None:
    view = open_team_view(qtbot, supervisor_window)
    # Anna's open tickets: select her row and ask to reassign (Ctrl+Shift+A)
    model = view.agents_table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == "Anna Schmidt")
    view.agents_table.selectRow(row)
    dialog = view.reassign_tickets()
    qtbot.waitUntil(lambda: dialog.drill is not None and dialog.tickets_model.rowCount() > 0,
                    timeout=WAIT)
    ticket_id = str(dialog.tickets_model.index(0, 0).data(sv_id_role()))
    dialog.tickets_view.selectRow(0)
    assert dialog.selected_ticket_ids() == [ticket_id]
    dialog.reassign_selected()
    chooser = view.action_dialog
    assert isinstance(chooser, ReassignDialog)
    chooser.owner_combo.setCurrentIndex(chooser.owner_combo.findText("Tom Berger"))
    with qtbot.waitSignal(view.service.action_done, timeout=WAIT) as done:
        chooser.accept()
    assert done.args == ["reassign", 1]
    engine = make_engine(world.db_url)
    try:
        with engine.connect() as conn:
            owner = conn.execute(text("SELECT owner_id FROM tickets WHERE id = :id"),
                                 {"id": ticket_id}).scalar()
    finally:
        engine.dispose()
    assert owner == world.tom_id
    # the change reaches the supervisor's own replica through the feed as well
    from desktop.app import queries

    qtbot.waitUntil(lambda: getattr(queries.ticket_detail(supervisor_window.db, ticket_id),
                                    "owner", None) == "Tom Berger", timeout=WAIT)
    # the list of Anna's tickets was read again: the ticket is no longer hers
    def ids_in_list() -> list[str]:
        model = dialog.tickets_model
        return [str(model.index(r, 0).data(sv_id_role())) for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: ticket_id not in ids_in_list() and bool(ids_in_list()),
                    timeout=WAIT)
    # Enter on a ticket in the list opens it in the main window's ticket tabs
    other = ids_in_list()[0]
    dialog.tickets_view.setCurrentIndex(dialog.tickets_model.index(0, 0))
    dialog.open_current()
    editor = supervisor_window.ticket_workflow.current_editor()  # type: ignore[attr-defined]
    assert editor is not None and editor.ticket_id == other


def sv_id_role() -> int:
    from desktop.ui.supervisor_actions import ID_ROLE

    return int(ID_ROLE)


def test_csv_and_pdf_exports_hold_the_figures(
        qtbot: Any, supervisor_window: MainWindow, tmp_path: Path) -> None:
    view = open_team_view(qtbot, supervisor_window)
    qtbot.waitUntil(lambda: view.series != (), timeout=WAIT)
    csv_path = tmp_path / "team.csv"
    view.export_csv(csv_path)
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    sections = {row[0]: n for n, row in enumerate(rows) if len(row) == 1}
    assert sorted(sections, key=lambda name: sections[name]) == ["Agents", "Queues", "KPIs"]
    agents = rows[sections["Agents"] + 2:sections["Queues"] - 1]
    assert rows[sections["Agents"] + 1][:2] == ["Agent", "State"]
    assert sorted(r[0] for r in agents) == ["Anna Schmidt", "Tom Berger"]
    queue_rows = rows[sections["Queues"] + 2:sections["KPIs"] - 1]
    assert {r[0] for r in queue_rows} == {"Allgemeine Anfragen", "Hardware & Drucker",
                                          "Netzwerk & VPN", "Anwendungen", "Entwicklung"}
    kpis = {r[0]: r[1] for r in rows[sections["KPIs"] + 2:] if r}
    assert view.kpis is not None
    assert kpis["Backlog"] == str(view.kpis.backlog)
    assert int(kpis["Tickets created"]) == view.kpis.counts.tickets_created

    pdf_path = tmp_path / "team.pdf"
    view.export_pdf(pdf_path)
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page(?!s)", data)
    assert len(pages) > 0
    assert len(re.findall(rb"/Subtype\s*/Image", data)) >= 3  # the three charts


VALID_OVERVIEW = {
    "generated_at": "2026-11-23T09:30:00Z",
    "agents": [{"user_id": "u-1", "name": "Anna Schmidt", "team_id": "t", "state": "on_call",
                "reason": "", "state_since": "2026-11-23T09:25:00Z",
                "call": {"id": "c-1", "caller_number": "+49 89 1234567",
                         "started_at": "2026-11-23T09:24:50Z",
                         "answered_at": "2026-11-23T09:25:00Z"},
                "open_tickets": 3, "handled_today": 7, "queue_ids": ["q-1"]}],
    "queues": [{"queue_id": "q-1", "name": "Allgemeine Anfragen", "level": 1,
                "waiting_calls": 2, "waiting_tickets": 5, "longest_wait_seconds": 75,
                "at_risk": 1, "breached": 0}],
}


def test_a_malformed_overview_shows_a_message_and_keeps_the_last_figures(
        qtbot: Any, tmp_path: Path, tasks: TaskManager) -> None:
    # A real HTTP server that answers once correctly, then with the wrong shape, then
    # with something that is not JSON at all.
    answers = [
        (200, {"Content-Type": "application/json"}, json.dumps(VALID_OVERVIEW)),
        (200, {"Content-Type": "application/json"}, json.dumps({"agents": "nope"})),
        (200, {"Content-Type": "text/html"}, "<html>proxy login</html>"),
    ]
    scripted = ScriptedServer(tmp_path, answers)
    client = ServerClient(make_http_client(make_settings(scripted.url, tmp_path / "c")))
    client.tokens = Tokens("access", "refresh", {})
    service = sv.SupervisorService(tasks, lambda: client, scripted.url)
    view = TeamView(service, role="supervisor", team_id="t")
    qtbot.addWidget(view)
    view.show()
    try:
        with qtbot.waitSignal(view.overview_changed, timeout=WAIT):
            service.load_overview()
        assert view.agents_model.rowCount() == 1
        for _ in range(2):
            with qtbot.waitSignal(service.failed, timeout=WAIT) as failed:
                service.load_overview()
            assert failed.args[0] == "overview"
            assert view.message_label.isVisible()
            assert "could not be read" in view.message_label.text()
            # the last figures stay on screen
            assert [a.name for a in view.agents_model.agents] == ["Anna Schmidt"]
            assert view.queues_model.queues[0].waiting_calls == 2
    finally:
        view.close()
        client.close()
        scripted.stop()


def test_an_agent_gets_no_team_view_and_the_server_refuses_one(
        qtbot: Any, qapp: QApplication, world: TeamWorld, tmp_path: Path, local_db: Any,
        tasks: TaskManager) -> None:
    ctl, main = open_window(qtbot, qapp, world.url, tmp_path / "client", local_db, tasks,
                            ANNA, ANNA_PASSWORD)
    try:
        assert main.findChild(QAction, "teamView") is None
        assert not hasattr(main, "team_view")
        assert all("Team view" not in a.text().replace("&", "")
                   for a in main.view_menu.actions())
        # and were she to ask anyway, the refusal is a sentence for people
        service = sv.SupervisorService(tasks, lambda: main.sync.engine.client, world.url)
        with qtbot.waitSignal(service.failed, timeout=WAIT) as failed:
            service.load_overview()
        assert failed.args[0] == "overview"
        assert "supervisors" in failed.args[1]
        service.close()
    finally:
        close_window(ctl, main)


def test_a_refused_reassignment_is_said_in_a_sentence_and_changes_nothing(
        qtbot: Any, supervisor_window: MainWindow, world: TeamWorld) -> None:
    from PySide6.QtWidgets import QMessageBox

    view = open_team_view(qtbot, supervisor_window)
    ticket = "00000000-0000-4000-8000-000000000000"  # a 1st-level ticket of Anna's
    with qtbot.waitSignal(view.service.failed, timeout=WAIT) as failed:
        view.service.reassign([ticket], None, "q-l2-network")  # a queue of level 2
    assert failed.args[0] == "reassign"
    assert failed.args[1].startswith("The server did not do it")
    box = view.findChild(QMessageBox, "supervisorRefusal")
    assert box is not None and box.text() == failed.args[1]
    engine = make_engine(world.db_url)
    try:
        with engine.connect() as conn:
            queue = conn.execute(text("SELECT queue_id FROM tickets WHERE id = :id"),
                                 {"id": ticket}).scalar()
    finally:
        engine.dispose()
    assert queue == "q-l1-general"
