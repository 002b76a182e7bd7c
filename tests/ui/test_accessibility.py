"""Accessibility of the real main window (issue 9): names for screen readers, a Tab
chain without traps, shortcuts on the frequent menu actions.

The windows are built like ``test_main_window.offline_window``: the real window over a
real local database filled with the demo rows, signed in as an agent and as a
supervisor (the supervisor also gets the team view). Then every part the issue names is
created — the side panels, the outbox dock, the wrap-up bar, the agent state in the
status bar, the settings, new-ticket, escalate, merge and conflict dialogs — and every
widget that can take the focus is asked, through Qt's accessibility layer, what name a
screen reader would announce.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStyleFactory,
    QWidget,
)

from desktop.app import supervisor as sv
from desktop.app import tickets as svc
from desktop.app.customer_records import load_customer
from desktop.app.i18n import install_translators, remove_translators
from desktop.app.sync_service import SyncService
from desktop.app.tasks import TaskManager
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import OutboxItem
from desktop.ui import appearance, broadcast_banner, labels, settings_dialog, team_view
from desktop.ui.conflict_dialog import ConflictDialog
from desktop.ui.customer_dialogs import MergeDialog
from desktop.ui.escalate_dialog import EscalateDialog
from desktop.ui.field_editors import FieldKit
from desktop.ui.main_window import MainWindow
from desktop.ui.new_ticket_dialog import NewTicketDialog
from desktop.ui.ticket_model import COL_DUE, SLA_STATE_ROLE
from desktop.ui.wallboard import BAD, WARN, Thresholds, Wallboard
from tests.ui.conftest import fill_local, make_settings

AGENT_USER = {"id": "user-1", "username": "anna.schmidt", "display_name": "Anna Schmidt",
              "role": "agent", "level": 1}
SUPERVISOR_USER = {**AGENT_USER, "role": "supervisor"}

# The knowledge panel is another engineer's file while this is written; the names it
# still lacks are reported to them (see the issue note). Anything else without a name
# fails the test, and these must not grow.
KNOWLEDGE_PENDING: frozenset[str] = frozenset()

# Menu actions used seldom enough to need no shortcut of their own.
RARE_ACTIONS = frozenset({"signIn", "resetLayout", "about", "manageMacros",
                          "teamThresholds"})


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def open_window(qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
                user: dict[str, Any]) -> MainWindow:
    """The main window offline, with the parts the application adds after sign-in."""
    fill_local(local_db, 30)
    settings = make_settings("http://127.0.0.1:1", tmp_path / "client")
    engine = SyncEngine(settings, local_db)
    sync = SyncService(engine, 3600, tasks)
    window = MainWindow(settings, local_db, sync, user, offline=True)
    qtbot.addWidget(window)
    window.destroyed.connect(engine.close)
    settings_dialog.install(window)
    team_view.install(window)
    broadcast_banner.install(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_ticket_row(0)
    return window


def first_ticket(window: MainWindow) -> str:
    ticket_id = window.ticket_model.ticket_id(0)
    assert ticket_id is not None
    return ticket_id


def all_windows(qtbot: Any, window: MainWindow) -> list[QWidget]:
    """The main window and every dialog and window the issue names, created for real."""
    windows: list[QWidget] = [window]
    controller = getattr(window, "team_view", None)
    if controller is not None:
        view = controller.open()
        qtbot.addWidget(view)
        windows.append(view)
    added: Any = window  # the attributes settings_dialog.install adds
    added.settings_action.trigger()
    windows.append(added.settings_dialog)
    ctx = window.ticket_workflow.ctx
    record = svc.load_ticket(window.db, first_ticket(window))
    assert record is not None
    customer = load_customer(window.db, "cust-1")
    assert customer is not None
    conflict = OutboxItem(
        1, "tickets", record.id, "update", {"title": "Meine Fassung", "priority": 2},
        "conflict", "", "",
        [{"field": "priority", "base": 3, "mine": 2, "theirs": 1},
         {"field": "title", "base": record.title, "mine": "Meine Fassung",
          "theirs": "Fassung des Servers"}], "", "2026-11-23T09:30:00+00:00")
    for dialog in (NewTicketDialog(ctx, parent=window),
                   EscalateDialog(ctx, record, parent=window),
                   MergeDialog(window.db, customer, parent=window),
                   ConflictDialog(conflict, "Ticket " + record.reference,
                                  FieldKit(window.db), window)):
        windows.append(dialog)
    return windows


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def announced_by(widget: QWidget) -> QWidget | None:
    """The widget a screen reader announces when ``widget`` has the focus, or None when
    ``widget`` is not a control of its own.

    - the line edit inside a spin or date box is announced as that box;
    - the viewport of a scroll area (a chart, a list) is announced as the scroll area;
    - the list inside an open combo box popup is not a Tab stop: its items are read;
    - a label without text has nothing to read yet; its text is its name.
    """
    parent = widget.parentWidget()
    if widget.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup \
            and widget.window() is not widget:
        return None
    if isinstance(parent, QAbstractSpinBox):
        return parent
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return parent
    if isinstance(widget, QLabel) and not widget.text():
        return None
    return widget


def unnamed_controls(windows: list[QWidget]) -> dict[str, str]:
    """object name (or class and parent) → where, for every focusable control that a
    screen reader would announce without a name."""
    missing: dict[str, str] = {}
    for top in windows:
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            control = announced_by(widget)
            if control is None or accessible_name(control):
                continue
            parent = control.parentWidget()
            name = control.objectName() or (
                f"{type(control).__name__} in "
                f"{parent.objectName() or type(parent).__name__ if parent else '-'}")
            missing[name] = type(top).__name__
    return missing


@pytest.mark.parametrize("user", [AGENT_USER, SUPERVISOR_USER], ids=["agent", "supervisor"])
def test_every_control_has_a_name_a_screen_reader_can_read(
        qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
        english: None, user: dict[str, Any]) -> None:
    window = open_window(qtbot, tmp_path, local_db, tasks, user)
    windows = all_windows(qtbot, window)
    focusable = [w for top in windows for w in [top, *top.findChildren(QWidget)]
                 if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(focusable) > 150  # the walk saw the whole application, not an empty shell
    names = {w.objectName() for w in focusable}
    assert {"ticketTable", "wrapUpCode", "knowledgeSearch", "newTitle"} <= names
    if user is SUPERVISOR_USER:
        assert any(type(top).__name__ == "TeamView" for top in windows)

    missing = unnamed_controls(windows)
    assert set(missing) <= KNOWLEDGE_PENDING, sorted(set(missing) - KNOWLEDGE_PENDING)


def test_the_check_finds_an_unnamed_control(qtbot: Any) -> None:
    """The rule itself: a bare combo box fails, a named one or one with a buddy passes."""
    host = QWidget()
    qtbot.addWidget(host)
    bare = QComboBox(host)
    bare.setObjectName("bare")
    named = QComboBox(host)
    named.setObjectName("named")
    named.setAccessibleName("Queue")
    with_buddy = QComboBox(host)
    with_buddy.setObjectName("withBuddy")
    QLabel("&Team:", host).setBuddy(with_buddy)
    assert set(unnamed_controls([host])) == {"bare"}


def tab_walk(qtbot: Any, start: QWidget, limit: int) -> list[QWidget]:
    """The widgets Tab visits from ``start``, until the focus comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=5000)
    visited = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None
        if after is start:
            return visited
        visited.append(after)
    return visited


def test_tab_reaches_the_list_the_editor_and_the_side_panels(
        qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
        english: None) -> None:
    window = open_window(qtbot, tmp_path, local_db, tasks, AGENT_USER)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    workflow = window.ticket_workflow
    editor = workflow.open_ticket(first_ticket(window))
    window.show_outbox()  # the outbox dock is hidden until there is something in it
    qtbot.waitUntil(window.outbox_panel.isVisible, timeout=5000)
    first = window.view_list  # the first control of the window
    limit = len([w for w in window.findChildren(QWidget)
                 if w.focusPolicy() != Qt.FocusPolicy.NoFocus]) + 5
    visited = tab_walk(qtbot, first, limit)
    # the walk came back to where it started: no widget kept the Tab key
    assert len(visited) < limit, [w.objectName() or type(w).__name__ for w in visited]
    assert window.table in visited
    assert editor.title_edit in visited
    panels = window.side_panels
    assert any(panels.customer.isAncestorOf(w) for w in visited)
    assert any(w.objectName() == "knowledgeSearch" for w in visited)
    assert any(window.outbox_panel.isAncestorOf(w) for w in visited)


def menu_actions(window: QMainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
            else:
                found.append(action)

    for action in window.menuBar().actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            walk(sub)
    return found


def test_frequent_menu_actions_have_shortcuts_shown_in_the_menu(
        qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
        english: None) -> None:
    window = open_window(qtbot, tmp_path, local_db, tasks, SUPERVISOR_USER)
    controller: Any = getattr(window, "team_view", None)
    assert controller is not None
    view = controller.open()
    qtbot.addWidget(view)
    actions = menu_actions(window) + menu_actions(view)
    assert len(actions) > 30
    without = {a.objectName() or a.text() for a in actions if a.shortcut().isEmpty()
               and not a.objectName().startswith("showView")}
    assert without <= RARE_ACTIONS, sorted(without - RARE_ACTIONS)


# -- appearance -------------------------------------------------------------------------
@pytest.fixture
def restored_look(qapp: QApplication) -> Iterator[None]:
    """Give the shared QApplication its style, palette and style sheet back."""
    style = appearance.style_name(qapp)
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    QGuiApplication.styleHints().unsetColorScheme()
    appearance._State.look = "system"


def test_high_contrast_from_the_settings_dialog_reaches_the_open_windows(
        qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
        english: None, restored_look: None, qapp: QApplication) -> None:
    window = open_window(qtbot, tmp_path, local_db, tasks, SUPERVISOR_USER)
    assert window.palette().color(QPalette.ColorRole.Base) != QColor("#000000")
    added: Any = window
    added.settings_action.trigger()
    dialog = added.settings_dialog
    combo = dialog.editors["appearance"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "As the system", "Light", "Dark", "High contrast"]
    combo.setCurrentIndex(combo.findData("high_contrast"))
    dialog.save()

    assert window.settings["appearance"] == "high_contrast"
    assert appearance.is_high_contrast()
    style = appearance.focus_style()
    assert style is not None and style.high_contrast
    assert style.baseStyle().name().lower() == "fusion"
    for widget in (window, window.table, window.side_panels.customer):
        assert widget.palette().color(QPalette.ColorRole.Text) == QColor("#000000")
        assert widget.palette().color(QPalette.ColorRole.Base) == QColor("#ffffff")
        assert widget.palette().color(QPalette.ColorRole.Highlight) == QColor("#000000")
    assert "QHeaderView::section { background: #ffffff; color: #000000;" in qapp.styleSheet()
    # the focus ring shows: a black-and-yellow frame around the current ticket
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=5000)
    picture = window.table.viewport().grab().toImage()
    assert QColor("#ffd400").rgb() in {picture.pixel(x, y) for x in range(0, 120)
                                       for y in range(0, 60)}

    appearance.apply_appearance(qapp, "dark")  # and back out of it
    assert window.table.palette().color(QPalette.ColorRole.Base) == QColor("#1c1f24")
    assert not appearance.is_high_contrast()


def icon_image(icon: Any) -> QImage:
    return icon.pixmap(appearance.SLA_ICON_SIZE, appearance.SLA_ICON_SIZE).toImage()


def test_the_sla_column_tells_its_states_by_shape_and_text_not_colour_alone(
        qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
        english: None, restored_look: None, qapp: QApplication) -> None:
    appearance.apply_appearance(qapp, "high_contrast")
    shapes = {state: icon_image(appearance.sla_icon(state))
              for state in appearance.SLA_STATES}
    # four different shapes, drawn in one ink (black): told apart without colour
    assert len({bytes(image.constBits()) for image in shapes.values()}) == 4
    for image in shapes.values():
        inks = {QColor(image.pixel(x, y)).name() for x in range(image.width())
                for y in range(image.height()) if QColor(image.pixel(x, y)).alpha() > 200}
        assert inks == {"#000000"}
    assert appearance.sla_icon("").isNull()

    window = open_window(qtbot, tmp_path, local_db, tasks, AGENT_USER)
    model = window.ticket_model
    seen = set()
    for row in range(model.rowCount()):
        index = model.index(row, COL_DUE)
        state = index.data(SLA_STATE_ROLE)
        if not state:
            continue
        seen.add(state)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert icon_image(icon) == shapes[state]
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None  # the palette's black
        assert index.data(Qt.ItemDataRole.DisplayRole)  # a time or "Paused"
        assert index.data(Qt.ItemDataRole.ToolTipRole)  # says the state in words
    assert seen  # the demo tickets have running clocks


# -- numbers, dates and durations in the interface's language ---------------------------
@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "de") == "de"
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def locale_samples() -> dict[str, str]:
    moment = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    return {
        "number": labels.format_number(1234567),
        "decimal": labels.format_decimal(1234.5),
        "date": labels.format_date(moment),
        "clock": labels.format_duration(4000),
        "long clock": labels.format_duration(1234 * 3600 + 5),
        "business": labels.format_business_time(timedelta(hours=1234)),
        "overdue": labels.format_business_time(-timedelta(hours=2, minutes=5)),
    }


def test_numbers_dates_and_durations_in_english(english: None) -> None:
    assert locale_samples() == {
        "number": "1,234,567", "decimal": "1,234.5", "date": "11/23/26",
        "clock": "1:06:40", "long clock": "1,234:00:05", "business": "1,234 h",
        "overdue": "\u22122 h 5 min"}


def test_numbers_dates_and_durations_in_german(german: None) -> None:
    assert locale_samples() == {
        "number": "1.234.567", "decimal": "1.234,5", "date": "23.11.26",
        "clock": "1:06:40", "long clock": "1.234:00:05", "business": "1.234 Std.",
        "overdue": "\u22122 Std. 5 Min."}


KPIS: dict[str, Any] = {
    "start": "2026-11-23T00:00:00Z", "end": "2026-11-24T00:00:00Z",
    "kpis": {"service_level": 0.755, "asa_seconds": 12.5, "aht_seconds": 4000.0,
             "fcr_rate": None, "abandonment_rate": 0.05, "occupancy": 0.6,
             "escalation_rate": {"1": 0.1, "2": None, "3": None}, "backlog": 1234,
             "backlog_age_seconds": 7200.0, "csat": 4.2},
    "counts": {"calls": 1500, "answered": 1450, "answered_in_target": 1200, "abandoned": 50,
               "tickets_created": 9, "tickets_resolved": 7},
    "service_level_target_seconds": 20,
}


def kpi_tiles(qtbot: Any, tmp_path: Path, local_db: LocalDatabase,
              tasks: TaskManager) -> dict[str, tuple[str, str]]:
    """The team view's tiles (value, detail) showing ``KPIS``."""
    window = open_window(qtbot, tmp_path, local_db, tasks, SUPERVISOR_USER)
    controller: Any = getattr(window, "team_view", None)
    assert controller is not None
    view = controller.open()
    qtbot.addWidget(view)
    view.show_kpis(sv.parse_kpis(KPIS))
    return {key: (tile.value(), tile.detail_label.text()) for key, tile in view.tiles.items()}


def test_the_team_view_tiles_in_english(qtbot: Any, tmp_path: Path, local_db: LocalDatabase,
                                        tasks: TaskManager, english: None) -> None:
    tiles = kpi_tiles(qtbot, tmp_path, local_db, tasks)
    assert tiles["service_level"] == ("75.5\u00a0%", "1,200 of 1,450 answered within 20 s")
    assert tiles["aht"][0] == "1:06:40"
    assert tiles["calls"][0] == "1,500"
    assert tiles["backlog"] == ("1,234", "average age 2.0 h")
    assert tiles["csat"][0] == "4.2 / 5"


def test_the_team_view_tiles_in_german(qtbot: Any, tmp_path: Path, local_db: LocalDatabase,
                                       tasks: TaskManager, german: None) -> None:
    tiles = kpi_tiles(qtbot, tmp_path, local_db, tasks)
    assert tiles["service_level"][0] == "75,5\u00a0%"
    # (the tile texts themselves wait for their German translations: the numbers count)
    assert "1.200" in tiles["service_level"][1] and "1.450" in tiles["service_level"][1]
    assert tiles["aht"][0] == "1:06:40"
    assert tiles["calls"][0] == "1.500"
    assert tiles["backlog"][0] == "1.234"
    assert "2,0" in tiles["backlog"][1]
    assert tiles["csat"][0] == "4,2 / 5"


def test_the_wallboard_says_its_levels_in_words_and_shapes(
        qtbot: Any, tmp_path: Path, english: None) -> None:
    board = Wallboard(tmp_path / "state.ini")
    qtbot.addWidget(board)
    board.show_kpis(sv.parse_kpis(KPIS))  # 75.5 % against the 80 % / 70 % defaults
    tile = board.tiles["service_level"]
    assert board.level_of("service_level") == WARN
    assert tile.level_label.text() == "\u25b2 Warning"
    assert "Warning" in tile.accessibleDescription()
    board.set_thresholds(Thresholds(0.9, 0.8, 60, 180))
    assert board.level_of("service_level") == BAD
    assert tile.level_label.text() == "\u25a0 Alert"
    board.set_thresholds(Thresholds(0.7, 0.6, 60, 180))
    assert tile.level_label.text() == "\u2713 On target"
