"""The item models on their own: qtmodeltester, paging, sorting, refresh."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import update

from desktop.app import queries
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase
from desktop.ui.queue_model import ACTIVE_COUNT_ROLE, QUEUE_ID_ROLE, QueueListModel
from desktop.ui.ticket_model import COL_REFERENCE, COL_UPDATED, TICKET_ID_ROLE, TicketTableModel
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
