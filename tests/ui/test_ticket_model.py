"""The item models on their own: qtmodeltester, paging, sorting, refresh, views, and
the SLA column (driven by an injectable clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from sqlalchemy import update

from desktop.app import queries, views
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase
from desktop.ui.queue_model import ACTIVE_COUNT_ROLE, QUEUE_ID_ROLE, QueueListModel
from desktop.ui.ticket_model import (
    COL_DUE,
    COL_REFERENCE,
    COL_UPDATED,
    COLUMN_KEYS,
    SLA_COLOURS,
    SLA_STATE_ROLE,
    TICKET_ID_ROLE,
    TicketTableModel,
)
from tests.ui.conftest import fill_local


@pytest.fixture
def filled_db(local_db: LocalDatabase) -> LocalDatabase:
    fill_local(local_db, 450)
    return local_db


@pytest.mark.parametrize("order", ["-updated_at", "reference", "-customer", "owner"])
def test_ticket_model_passes_the_model_tester(qtmodeltester, filled_db, order) -> None:
    # One model per query: both of pytest-qt's testers run their checks from
    # ``modelReset`` before they clear their own "reset in flight" state, so with a
    # fetchMore model attached across a reset they report the tester's own fetchMore.
    model = TicketTableModel(filled_db)
    model.set_query(None, None, order=order)
    assert model.rowCount() == TicketTableModel.PAGE_SIZE
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):  # inserts rows under the tester's eyes
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total == 450
    model.refresh()  # dataChanged in place


def test_ticket_model_pages_with_fetch_more(filled_db) -> None:
    model = TicketTableModel(filled_db)
    model.set_query(None, None)
    assert model.total == 450
    seen = set()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    for row in range(model.rowCount()):
        seen.add(model.index(row, 0).data(TICKET_ID_ROLE))
    assert len(seen) == 450  # no page overlapped another


def test_ticket_model_sorts_in_sql_and_filters(filled_db) -> None:
    model = TicketTableModel(filled_db)
    model.set_query("q-l2-network", ["new"])
    assert model.total == queries.count_tickets(filled_db, "q-l2-network", ["new"])
    model.sort(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    refs = [model.index(r, COL_REFERENCE).data() for r in range(model.rowCount())]
    assert refs == sorted(refs, reverse=True)
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"New"}
    assert model.sort_column() == (COL_REFERENCE, Qt.SortOrder.DescendingOrder)


def test_refresh_keeps_rows_and_shows_changes(qtbot, filled_db) -> None:
    model = TicketTableModel(filled_db)
    model.set_query(None, None, order="reference")
    first_id = model.index(0, 0).data(TICKET_ID_ROLE)
    assert filled_db.engine is not None
    with filled_db.engine.begin() as conn:
        conn.execute(update(SYNCED_TABLES["tickets"])
                     .where(SYNCED_TABLES["tickets"].c.id == first_id)
                     .values(title="Geändert", updated_at=datetime.now(UTC)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.refresh()
    assert not resets  # a sync refresh is not a reset: the view keeps its place
    assert model.index(0, 1).data() == "Geändert"
    assert model.index(0, COL_UPDATED).data()  # formatted by QLocale


def test_queue_model_passes_the_model_tester(qtmodeltester, filled_db) -> None:
    model = QueueListModel()
    model.set_queues(queries.queue_overview(filled_db))
    qtmodeltester.check(model)
    assert model.rowCount() == 6  # "All tickets" and five queues
    assert model.index(0, 0).data(QUEUE_ID_ROLE) is None
    total_active = queries.count_tickets(filled_db, None, queries.ACTIVE_STATUSES)
    assert model.index(0, 0).data(ACTIVE_COUNT_ROLE) == total_active
    model.set_queues(queries.queue_overview(filled_db))  # same queues: counts in place
    qtmodeltester.check(model)


def test_ticket_detail_has_entries_oldest_first(filled_db) -> None:
    ticket_id = "00000000-0000-4000-8000-000000000003"
    detail = queries.ticket_detail(filled_db, ticket_id)
    assert detail is not None
    assert detail.reference == "T-2026-004714"
    assert detail.customer == "Sabine Weber"
    assert detail.organisation
    assert [e.kind for e in detail.entries] == ["call", "note", "customer_reply", "escalation"]
    assert queries.ticket_detail(filled_db, "no-such-ticket") is None


# -- views and the SLA column ------------------------------------------------------------------
@pytest.fixture
def views_db(local_db: LocalDatabase) -> LocalDatabase:
    from tests.test_views import fill, world

    fill(local_db, world())
    return local_db


@pytest.mark.parametrize("definition", [
    views.BUILTIN_BY_KEY["builtin:my_open"].definition,
    views.ViewDefinition(sort="-due", text="Ticket"),
    views.ViewDefinition(sla_states=(views.SLA_AT_RISK, views.SLA_BREACHED), sort="customer"),
])
def test_ticket_model_with_a_view_passes_the_model_tester(qtmodeltester, views_db,
                                                          definition) -> None:
    from tests.test_views import ANNA, NOW

    model = TicketTableModel(views_db, context=ANNA, clock=lambda: NOW)
    model.PAGE_SIZE = 2  # several pages through fetchMore
    model.set_view(definition)
    assert model.view == definition
    assert model.total == queries.count_tickets(views_db, definition, context=ANNA, now=NOW)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total > 0
    ids = [model.index(r, 0).data(TICKET_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    assert [COLUMN_KEYS[c] for c in model.visible_columns()] == list(definition.columns)
    model.update_sla()  # dataChanged on one column under the tester's eyes


class Clock:
    """The time the model reads; the test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_sla_column_colour_changes_when_the_target_passes(qtbot, views_db) -> None:
    from tests.test_views import ANNA, NOW

    clock = Clock(NOW)
    model = TicketTableModel(views_db, context=ANNA, clock=clock)
    model.set_view(views.ViewDefinition(owners=(views.OWNER_ME,), statuses=("open",),
                                        sort="reference"))
    row = model.row_of("t-000001")  # solution due in five hours, warning from two before
    assert row is not None
    due = model.index(row, COL_DUE)

    def colour() -> str:
        return QBrush(due.data(Qt.ItemDataRole.ForegroundRole)).color().name()

    assert (due.data(SLA_STATE_ROLE), colour()) == ("ok", SLA_COLOURS["ok"])
    assert due.data() == "5 h"
    assert model.sla_timer.isActive() and model.sla_timer.interval() == 30_000

    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changes.append(
        (a.row(), a.column(), b.row(), b.column())))
    model.sla_timer.setInterval(10)  # the timer itself drives the update, faster
    clock.now = NOW + timedelta(hours=3, minutes=30)  # 90 business minutes left
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert (due.data(SLA_STATE_ROLE), colour()) == ("at_risk", SLA_COLOURS["at_risk"])
    assert due.data() == "1 h 30 min"
    clock.now = NOW + timedelta(hours=5, minutes=1)  # past due
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert (due.data(SLA_STATE_ROLE), colour()) == ("breached", SLA_COLOURS["breached"])
    assert due.data() == "\u22121 min"
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    model.sla_timer.stop()
    assert not resets  # never a reset: the view keeps its place and selection
    assert changes and {(c[1], c[3]) for c in changes} == {(COL_DUE, COL_DUE)}
    assert all(c[0] == 0 and c[2] == model.rowCount() - 1 for c in changes)


def test_paused_and_closed_tickets_in_the_due_column(views_db, qapp) -> None:
    from tests.test_views import ANNA, NOW

    model = TicketTableModel(views_db, context=ANNA, clock=lambda: NOW)
    model.set_view(views.ViewDefinition(sort="reference"))
    paused = model.index(model.row_of("t-000006") or 0, COL_DUE)
    closed = model.index(model.row_of("t-000009") or 0, COL_DUE)
    assert (paused.data(), paused.data(SLA_STATE_ROLE)) == ("Paused", "paused")
    assert "waits for the customer" in paused.data(Qt.ItemDataRole.ToolTipRole)
    assert (closed.data(), closed.data(SLA_STATE_ROLE)) == ("", "")
    first = model.index(model.row_of("t-000003") or 0, COL_DUE)
    assert first.data(Qt.ItemDataRole.ToolTipRole).startswith("First response due: ")
    assert first.data() == "\u221210 min"
