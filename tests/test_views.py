"""Ticket list views on a real local database: the built-in views' rows, the JSON of a
definition, saved views through ``LocalWriter`` (and the server's rules for them over
real HTTP), the free-text filter with and without its trigram index, the SLA state
filter against the "Due" column's rule, keyset paging and the queue overview.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from desktop.app import queries, views
from desktop.app import tickets as tickets_svc
from desktop.config import Settings
from desktop.models import SYNCED_TABLES, OutboxEntry
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import REJECTED, LocalWriter
from tests.support.server_helpers import make_user, write_rows

# Wednesday 25 November 2026, 10:00 in Bavaria (UTC+1): a working day.
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ANNA = views.ViewContext(user_id="user-anna", role="agent", level=1, team_id="team-1")
TOM = views.ViewContext(user_id="user-tom", role="agent", level=2, team_id="team-2")
SUSI = views.ViewContext(user_id="user-susi", role="supervisor", level=None,
                         team_id="team-1")
# SLA targets in business minutes, warnings at 75 % of the target.
TARGETS = {"P3": {"first_response": 60, "next_update": 240, "solution": 480}}


def h(hours: float) -> timedelta:
    return timedelta(hours=hours)


def ticket(ref: str, **fields: Any) -> dict[str, Any]:
    values = {"id": f"t-{ref}", "reference": f"T-2026-{ref}", "title": f"Ticket {ref}",
              "status": "open", "priority": 3, "level": 1, "queue_id": "q-l1-mine",
              "owner_id": None, "created_at": NOW - h(30), "updated_at": NOW - h(1),
              "first_responded_at": NOW - h(29), "first_response_due": NOW - h(28),
              "solution_due": NOW + h(48), "customer_name": "Jürgen Müller"}
    values.update(fields)
    return values


# reference → what it is for (asserted by the tests below)
TICKETS = [
    ticket("000001", owner_id=ANNA.user_id, solution_due=NOW + h(5)),  # mine, ok
    ticket("000002", owner_id=ANNA.user_id, solution_due=NOW + h(1),  # mine, at risk
           title="Drucker im 2. OG druckt nur leere Seiten"),
    ticket("000003", owner_id=ANNA.user_id, status="new", first_responded_at=None,
           first_response_due=NOW - timedelta(minutes=10),  # first response overdue
           title="VPN-Verbindung bricht ab", customer_name="Monika Schneider"),
    ticket("000004", queue_id="q-l1-mine", solution_due=NOW + h(72)),  # unassigned, mine
    ticket("000005", queue_id="q-l1-other", title="Drucker offline"),  # not my queue
    ticket("000006", owner_id=ANNA.user_id, status="pending",  # waiting: paused
           pending_reason="waiting_for_customer", sla_paused_since=NOW - h(2),
           solution_due=NOW - h(1)),
    ticket("000007", owner_id=ANNA.user_id, status="pending", pending_reason="reminder",
           pending_until=NOW - h(1), customer_name="Ärzte am Anger GmbH"),
    ticket("000008", owner_id=ANNA.user_id, status="pending", pending_reason="reminder",
           pending_until=NOW + h(1)),
    ticket("000009", owner_id=ANNA.user_id, status="closed", updated_at=NOW - h(48)),
    ticket("000010", owner_id=ANNA.user_id, status="closed", updated_at=NOW - h(24 * 30)),
    ticket("000011", owner_id=TOM.user_id, status="resolved", updated_at=NOW - h(24)),
    ticket("000012", level=2, queue_id="q-l2", escalation_count=1),  # escalated
    ticket("000013", level=2, queue_id="q-l2"),  # escalated: hand-over entry only
    ticket("000014", level=2, queue_id="q-l2"),  # at level 2, never escalated
    ticket("000015", level=2, queue_id="q-l2", escalation_count=1, owner_id=ANNA.user_id),
    ticket("000016", status="open", queue_id=None, solution_due=None),  # no clock
]


def world() -> dict[str, list[dict[str, Any]]]:
    return {
        "teams": [{"id": "team-1", "name": "Service Desk"},
                  {"id": "team-2", "name": "2nd Level"}],
        "users": [
            {"id": ANNA.user_id, "username": "anna", "display_name": "Anna Schmidt",
             "role": "agent", "level": 1, "team_id": "team-1"},
            {"id": TOM.user_id, "username": "tom", "display_name": "Tom Berger",
             "role": "agent", "level": 2, "team_id": "team-2"},
            {"id": SUSI.user_id, "username": "susi", "display_name": "Susanne Lang",
             "role": "supervisor", "team_id": "team-1"},
        ],
        "sla_policies": [{"id": "sla-std", "name": "Standard", "calendar": "DE-BY",
                          "warn_ratio": 0.75, "targets": json.dumps(TARGETS)}],
        "queues": [
            {"id": "q-l1-mine", "name": "Service Desk", "level": 1,
             "sla_policy_id": "sla-std"},
            {"id": "q-l1-other", "name": "Service Desk Premium", "level": 1,
             "sla_policy_id": "sla-std"},
            {"id": "q-l2", "name": "Netzwerk & VPN", "level": 2, "sla_policy_id": "sla-std"},
        ],
        "queue_members": [{"id": "m-1", "queue_id": "q-l1-mine", "user_id": ANNA.user_id,
                           "active": True},
                          {"id": "m-2", "queue_id": "q-l1-other", "user_id": ANNA.user_id,
                           "active": False}],
        "tickets": TICKETS,
        "ticket_entries": [{"id": "e-13", "ticket_id": "t-000013", "kind": "escalation",
                            "body": "Übergabe an den 2nd Level", "created_at": NOW - h(3),
                            "data": json.dumps({"from_level": 1, "to_level": 2})}],
    }


def fill(db: LocalDatabase, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Insert rows as a pull would; tickets get their SLA instants the way the server's
    rule computes them (the same domain function, here through the client's path)."""
    assert db.engine is not None
    with db.engine.begin() as conn:
        for entity, values in rows.items():
            for row in values:  # rows name different columns
                conn.execute(SYNCED_TABLES[entity].insert(), row)
    for row in rows.get("tickets", []):
        tickets_svc.refresh_sla_instants(db, row["id"])


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    fill(database, world())
    yield database
    database.close()


def refs(db: LocalDatabase, view: views.ViewDefinition,
         context: views.ViewContext = ANNA, now: datetime = NOW) -> list[str]:
    rows = queries.ticket_page(db, view, limit=1000, context=context, now=now)
    assert queries.count_tickets(db, view, context=context, now=now) == len(rows)
    return [r.reference.removeprefix("T-2026-") for r in rows]


def builtin(code: str) -> views.ViewDefinition:
    return views.BUILTIN_BY_KEY[f"builtin:{code}"].definition


# -- built-in views ------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "context", "expected"), [
    ("my_open", ANNA, ["000003", "000002", "000001", "000007", "000008", "000015",
                       "000006"]),
    ("unassigned", ANNA, ["000004"]),
    ("escalated", TOM, ["000012", "000013"]),
    ("sla_at_risk", ANNA, ["000003", "000002"]),
    ("reminder_due", ANNA, ["000007"]),
    ("recently_closed", ANNA, ["000009"]),
])
def test_each_builtin_view_shows_its_tickets(db, code, context, expected) -> None:
    definition = builtin(code)
    found = refs(db, definition, context)
    if definition.sort_key == "due":  # order matters: most urgent first
        assert found == expected
    else:
        assert sorted(found) == sorted(expected)


def test_unassigned_in_my_queues_follows_active_memberships(db) -> None:
    # Anna's membership of the premium queue ended: its unassigned ticket is not hers.
    assert "000005" not in refs(db, builtin("unassigned"))
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(SYNCED_TABLES["queue_members"].update()
                     .where(SYNCED_TABLES["queue_members"].c.id == "m-2").values(active=True))
    assert "000005" in refs(db, builtin("unassigned"))


def test_my_queues_without_memberships_are_the_queues_of_my_level(db) -> None:
    # Tom has no membership: his level's queue stands in.
    definition = views.ViewDefinition(statuses=views.ACTIVE_STATUSES,
                                       queues=(views.QUEUES_MINE,))
    assert sorted(refs(db, definition, TOM)) == ["000012", "000013", "000014", "000015"]


def test_me_matches_nothing_without_a_signed_in_agent(db) -> None:
    assert refs(db, builtin("my_open"), views.ViewContext()) == []


# -- the definition as JSON ----------------------------------------------------------------------
def test_definition_round_trip_keeps_every_field() -> None:
    definition = views.ViewDefinition(
        statuses=("new", "open"), queues=("q-1", views.QUEUES_MINE),
        owners=(views.OWNER_ME, views.OWNER_UNASSIGNED, "user-x"), priorities=(1, 2),
        categories=("Drucker",), customers=("cust-1",), organisations=("org-1",),
        channels=("phone",), levels=(2,), my_level=True, escalated=True,
        reminder_due=True, sla_states=(views.SLA_AT_RISK, views.SLA_BREACHED),
        created=views.DateRange(since=NOW - h(24), until=NOW),
        updated=views.DateRange(last_days=7), text="Drucker Müller",
        sort="-customer", columns=("reference", "title", "due", "queue"))
    data = json.loads(definition.to_json())
    assert data["v"] == views.FORMAT_VERSION
    assert views.ViewDefinition.from_json(definition.to_json()) == definition
    # defaults are left out
    assert json.loads(views.ViewDefinition().to_json()) == {"v": views.FORMAT_VERSION}


@settings(max_examples=60, deadline=None)
@given(statuses=st.lists(st.sampled_from(views.STATUSES), unique=True),
       priorities=st.lists(st.integers(1, 5), unique=True),
       text_=st.text(max_size=40),
       sort=st.sampled_from(views.SORT_KEYS), descending=st.booleans(),
       columns=st.lists(st.sampled_from(views.COLUMNS), unique=True, min_size=1),
       days=st.none() | st.integers(1, 365))
def test_definition_json_round_trip_property(statuses, priorities, text_, sort, descending,
                                             columns, days) -> None:
    definition = views.ViewDefinition(
        statuses=tuple(statuses), priorities=tuple(priorities),
        updated=views.DateRange(last_days=days) if days else None,
    ).with_text(text_).with_sort(sort, descending).with_columns(columns)
    assert views.ViewDefinition.from_json(definition.to_json()) == definition
    assert {"reference", "title"} <= set(definition.columns)  # never hidden


def test_definition_from_a_newer_client_is_read_where_it_can_be() -> None:
    newer = {"v": 2, "statuses": ["open"], "columns": ["reference", "title", "mood"],
             "colour": "green"}
    definition = views.ViewDefinition.from_dict(newer)
    assert definition.statuses == ("open",)
    assert definition.columns == ("reference", "title")


@pytest.mark.parametrize(("data", "field"), [
    ({"statuses": "open"}, "statuses"),
    ({"statuses": ["waiting"]}, "statuses"),
    ({"priorities": [7]}, "priorities"),
    ({"sort": "colour"}, "sort"),
    ({"escalated": "yes"}, "escalated"),
    ({"updated": {"last_days": -3}}, "updated.last_days"),
    ({"created": {"since": "yesterday"}}, "created.since"),
])
def test_bad_definitions_are_refused_with_a_code(data, field) -> None:
    with pytest.raises(views.ViewError) as caught:
        views.ViewDefinition.from_dict(data)
    assert caught.value.code == "definition_invalid"
    assert caught.value.params["field"] == field


def test_definition_that_is_not_json_is_refused() -> None:
    with pytest.raises(views.ViewError) as caught:
        views.ViewDefinition.from_json("{not json")
    assert caught.value.code == "definition_not_json"


# -- saved views through LocalWriter -----------------------------------------------------------
def outbox(db: LocalDatabase) -> list[tuple[str, str, dict[str, Any]]]:
    assert db.engine is not None
    with db.engine.connect() as conn:
        rows = conn.execute(select(OutboxEntry.op, OutboxEntry.entity_id, OutboxEntry.fields)
                            .where(OutboxEntry.entity == "saved_views")
                            .order_by(OutboxEntry.seq)).all()
    return [(op, entity_id, json.loads(fields)) for op, entity_id, fields in rows]


def test_saved_view_create_rename_update_delete(db) -> None:
    writer = LocalWriter(db, ANNA.user_id or "")
    mine = views.ViewDefinition(statuses=("open",), text="Drucker", sort="-customer")
    view_id = views.create_view(writer, ANNA, "  Meine   Drucker ", mine)
    [saved] = views.saved_views(db, ANNA)
    assert (saved.name, saved.kind, saved.definition) == ("Meine Drucker", "own", mine)
    assert saved.editable_by(ANNA) and not saved.editable_by(TOM)
    op, entity_id, fields = outbox(db)[0]
    assert (op, entity_id) == ("create", view_id)
    assert fields["owner_id"] == ANNA.user_id and fields["team_id"] is None
    assert views.ViewDefinition.from_json(fields["definition"]) == mine

    views.rename_view(writer, ANNA, view_id, "Drucker (alle)")
    changed = replace(mine, columns=("reference", "title", "queue"))
    views.update_view(writer, ANNA, view_id, definition=changed)
    [saved] = views.saved_views(db, ANNA)
    assert (saved.name, saved.definition) == ("Drucker (alle)", changed)
    assert [o[0] for o in outbox(db)] == ["create", "update", "update"]

    views.delete_view(writer, ANNA, view_id)
    assert views.saved_views(db, ANNA) == []
    assert outbox(db)[-1][:2] == ("delete", view_id)


def test_saved_view_names_are_checked(db) -> None:
    writer = LocalWriter(db, ANNA.user_id or "")
    views.create_view(writer, ANNA, "Drucker", views.ViewDefinition())
    for name, code in (("", "name_empty"), ("   ", "name_empty"), ("x" * 121, "name_too_long"),
                       ("DRUCKER", "name_taken")):
        with pytest.raises(views.ViewError) as caught:
            views.create_view(writer, ANNA, name, views.ViewDefinition())
        assert caught.value.code == code
    assert views.existing_view_named(db, ANNA, "drucker") is not None
    assert len(outbox(db)) == 1  # nothing else was written


def test_only_supervisors_share_views_and_the_team_sees_them(db) -> None:
    anna = LocalWriter(db, ANNA.user_id or "")
    with pytest.raises(views.ViewError) as caught:
        views.create_view(anna, ANNA, "Für alle", views.ViewDefinition(), True)
    assert caught.value.code == "share_needs_supervisor"

    susi = LocalWriter(db, SUSI.user_id or "")
    shared_id = views.create_view(susi, SUSI, "Team: Hohe Priorität",
                                  views.ViewDefinition(priorities=(1, 2)), True)
    views.create_view(susi, SUSI, "Susis eigene", views.ViewDefinition())
    [shared] = views.saved_views(db, ANNA)  # Anna is in the team, not Susi's own view
    assert (shared.view_id, shared.kind, shared.team_id) == (shared_id, "team", "team-1")
    assert not shared.editable_by(ANNA)
    with pytest.raises(views.ViewError) as caught:
        views.delete_view(anna, ANNA, shared_id)
    assert caught.value.code == "view_not_yours"
    assert views.saved_views(db, TOM) == []  # another team
    assert [v.kind for v in views.saved_views(db, SUSI)] == ["own", "team"]


def test_a_saved_view_that_cannot_be_read_is_left_out(db) -> None:
    writer = LocalWriter(db, ANNA.user_id or "")
    good = views.create_view(writer, ANNA, "Gut", views.ViewDefinition())
    writer.create("saved_views", {"name": "Kaputt", "owner_id": ANNA.user_id,
                                  "definition": '{"statuses": "open"}', "position": 2})
    assert [v.view_id for v in views.saved_views(db, ANNA)] == [good]


# -- the free-text filter ------------------------------------------------------------------------
@pytest.mark.parametrize("indexed", [False, True])
@pytest.mark.parametrize(("typed", "expected"), [
    ("T-2026-000003", ["000003"]),  # exact reference
    ("t 2026 000003", ["000003"]),  # as read on the phone
    ("T-2026-00001", ["000010", "000011", "000012", "000013", "000014", "000015",
                      "000016"]),  # reference prefix while typing
    ("drucker", ["000002", "000005"]),  # in the title, any case
    ("schneider", ["000003"]),  # the customer's name
    ("Drucker 2.", ["000002"]),  # every word; a short one checked with LIKE
    ("100%", []),  # LIKE wildcards are text
])
def test_text_filter(db, indexed, typed, expected) -> None:
    if indexed:
        assert queries.ensure_ticket_search(db)
    view = views.ViewDefinition().with_text(typed)
    assert sorted(refs(db, view)) == expected


def test_text_filter_ignores_the_case_of_umlauts_with_the_index(db) -> None:
    assert queries.ensure_ticket_search(db)
    view = views.ViewDefinition()
    assert refs(db, view.with_text("ÄRZTE")) == ["000007"]
    assert refs(db, view.with_text("müller")) == refs(db, view.with_text("MÜLLER"))


def test_the_search_index_follows_every_write_and_heals(db) -> None:
    assert queries.ensure_ticket_search(db)
    assert not queries.ensure_ticket_search(db)  # there and complete: nothing to do
    view = views.ViewDefinition().with_text("Kaffeemaschine")
    writer = LocalWriter(db, ANNA.user_id or "")
    created = writer.create("tickets", {"reference": "T-2026-000100",
                                        "title": "Kaffeemaschine tropft", "level": 1,
                                        "created_at": NOW, "updated_at": NOW})
    assert refs(db, view) == ["000100"]
    writer.update("tickets", created, {"title": "Wasserkocher tropft"})
    assert refs(db, view) == []
    assert refs(db, view.with_text("Wasserkocher")) == ["000100"]
    # the pull path writes with an upsert; a resync deletes
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO tickets (id, version, reference, title, description, "
                          "status, impact, urgency, priority, category, channel, level, "
                          "created_at, updated_at, pending_reason, sla_paused_minutes, "
                          "escalation_count, customer_name) VALUES (:id, 7, 'T-2026-000100',"
                          " 'Kaffeemaschine wieder da', '', 'open', 3, 3, 3, '', 'phone', 1,"
                          " :now, :now, '', 0, 0, 'Frau Koch') ON CONFLICT(id) DO UPDATE SET "
                          "title = excluded.title, customer_name = excluded.customer_name"),
                     {"id": created, "now": NOW.isoformat()})
    assert refs(db, view) == ["000100"]
    assert refs(db, view.with_text("koch")) == ["000100"]
    writer.delete("tickets", created)
    assert refs(db, view) == []
    # a migration that rebuilds the tickets table drops the triggers: found and remade
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER ticket_search_au"))
        assert not queries.ticket_search_ready(conn)
    assert queries.ensure_ticket_search(db)
    assert sorted(refs(db, view.with_text("drucker"))) == ["000002", "000005"]


# -- SLA states ----------------------------------------------------------------------------------
def python_states(db: LocalDatabase, now: datetime) -> dict[str, str]:
    rules = queries.sla_rules(db)
    rows = queries.ticket_page(db, views.ViewDefinition(), limit=1000, context=ANNA, now=now)
    return {r.reference.removeprefix("T-2026-"): views.ticket_due(
        now=now, status=r.status, priority=r.priority, policy=rules.for_queue(r.queue_id),
        first_response_due=r.first_response_due, first_responded_at=r.first_responded_at,
        solution_due=r.solution_due, pending_reason=r.pending_reason,
        sla_paused_since=r.sla_paused_since).state for r in rows}


def test_sla_state_filter(db) -> None:
    def state(*states: str) -> list[str]:
        return sorted(refs(db, views.ViewDefinition(sla_states=states)))

    assert state(views.SLA_BREACHED) == ["000003"]
    assert state(views.SLA_AT_RISK) == ["000002"]
    assert "000001" in state(views.SLA_OK) and "000006" not in state(views.SLA_OK)
    assert state(views.SLA_AT_RISK, views.SLA_BREACHED) == ["000002", "000003"]


@pytest.mark.parametrize("now", [
    NOW,
    datetime(2026, 11, 25, 16, 30, tzinfo=UTC),  # 17:30 in Munich: the office closes soon
    datetime(2026, 11, 25, 21, 0, tzinfo=UTC),  # at night
    datetime(2026, 11, 28, 9, 0, tzinfo=UTC),  # Saturday
    datetime(2026, 11, 30, 7, 0, tzinfo=UTC),  # Monday, opening time
])
def test_sql_sla_states_agree_with_the_due_column(db, now) -> None:
    """The SQL filter and ``views.ticket_due`` give every ticket the same state, also
    over nights and weekends (where wall time and business time part)."""
    extra = [ticket(f"0002{n:02d}", solution_due=now + timedelta(minutes=m))
             for n, m in enumerate((-1, 0, 1, 119, 120, 121, 600, 900, 3000))]
    fill(db, {"tickets": extra})
    expected = python_states(db, now)
    for sla_state in views.SLA_STATES:
        found = refs(db, views.ViewDefinition(sla_states=(sla_state,)), now=now)
        assert sorted(found) == sorted(r for r, s in expected.items() if s == sla_state), (
            sla_state)


def test_at_risk_counts_business_time_over_the_night(db) -> None:
    late = datetime(2026, 11, 25, 16, 30, tzinfo=UTC)  # Wednesday 17:30 local
    tomorrow = datetime(2026, 11, 26, 7, 30, tzinfo=UTC)  # Thursday 08:30 local
    fill(db, {"tickets": [ticket("000300", solution_due=tomorrow)]})
    # 15 hours on the wall clock, one business hour: inside the 2-hour warning window
    assert "000300" in refs(db, views.ViewDefinition(sla_states=(views.SLA_AT_RISK,)),
                            now=late)
    assert "000300" in refs(db, views.ViewDefinition(sla_states=(views.SLA_OK,)),
                            now=late - h(3))


def test_due_column_rule() -> None:
    policy = views.SlaPolicyInfo("DE-BY", 0.75, {})
    due = views.ticket_due(now=NOW, status="open", priority=3, policy=policy,
                           first_response_due=None, first_responded_at=None,
                           solution_due=NOW + timedelta(minutes=30))
    # no target for the priority: never "at risk", only breached once due
    assert (due.kind, due.state, due.remaining) == ("solution", "ok", timedelta(minutes=30))
    closed = views.ticket_due(now=NOW, status="closed", priority=3, policy=policy,
                              first_response_due=None, first_responded_at=None,
                              solution_due=NOW - h(1))
    assert closed == views.NO_CLOCK
    paused = views.ticket_due(now=NOW, status="pending", priority=3, policy=policy,
                              first_response_due=None, first_responded_at=None,
                              solution_due=NOW - h(1), pending_reason="")
    assert paused.state == views.SLA_PAUSED


# -- paging and sorting --------------------------------------------------------------------------
@pytest.mark.parametrize("sort", ["-updated_at", "customer", "-customer", "priority", "due",
                                  "-due", "status", "owner", "queue", "reference", "title",
                                  "created_at", "level", "category", "channel"])
def test_keyset_pages_neither_overlap_nor_skip(db, sort) -> None:
    fill(db, {"tickets": [ticket(f"001{n:03d}", customer_name=f"Kunde {n % 7}",
                                 priority=1 + n % 5, updated_at=NOW - h(n % 11),
                                 solution_due=NOW + h(n % 13))
                          for n in range(120)]})
    view = views.ViewDefinition(sort=sort)
    whole = [r.id for r in queries.ticket_page(db, view, limit=1000, context=ANNA, now=NOW)]
    paged: list[str] = []
    after = None
    while True:
        page = queries.ticket_page(db, view, limit=17, after=after, context=ANNA, now=NOW)
        if not page:
            break
        paged += [r.id for r in page]
        after = (page[-1].sort_value, page[-1].rowid)
    assert paged == whole
    assert len(set(whole)) == len(whole) == queries.count_tickets(db, view, context=ANNA)


def test_customer_sort_uses_the_stored_name_and_its_index(db) -> None:
    view = views.ViewDefinition(sort="customer")
    names = [r.customer for r in queries.ticket_page(db, view, context=ANNA, now=NOW)]
    assert names == sorted(names)
    sql, params = queries.page_sql(db, view, context=ANNA, now=NOW)
    assert "JOIN" not in sql.upper()  # no join to sort by customer
    assert db.engine is not None
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE tickets"))
        plan = " ".join(str(r[3]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql, tuple(params)))
    assert "ix_tickets_customer_name" in plan


def test_the_old_call_style_still_works(db) -> None:
    active = queries.count_tickets(db, "q-l1-mine", queries.ACTIVE_STATUSES)
    rows = queries.ticket_page(db, "q-l1-mine", 0, 3, "-updated_at", queries.ACTIVE_STATUSES)
    assert active == 7 and len(rows) == 3
    assert rows[0][:3] == (rows[0].id, rows[0].reference, rows[0].title)


def test_statistics_are_made_once_and_again_when_the_table_changes_much(db) -> None:
    assert queries.analyze_tickets(db)
    assert not queries.analyze_tickets(db)
    fill(db, {"tickets": [ticket(f"005{n:03d}") for n in range(200)]})
    assert queries.analyze_tickets(db)
    assert queries.prepare_ticket_list(db) == {"analyzed": False, "search_built": True}


# -- the queue overview --------------------------------------------------------------------------
def test_queue_overview_counts_statuses_and_sla(db) -> None:
    rows = {q.id: q for q in queries.queue_overview(db, now=NOW)}
    mine = rows["q-l1-mine"]
    states = python_states(db, NOW)
    in_queue = [t for t in TICKETS if t["queue_id"] == "q-l1-mine"
                and t["status"] in views.ACTIVE_STATUSES]
    assert mine.new == sum(t["status"] == "new" for t in in_queue)
    assert mine.open == sum(t["status"] == "open" for t in in_queue)
    assert mine.pending == sum(t["status"] == "pending" for t in in_queue)
    refs_in_queue = [t["reference"].removeprefix("T-2026-") for t in in_queue]
    assert mine.at_risk == sum(states[r] == views.SLA_AT_RISK for r in refs_in_queue) == 1
    assert mine.breached == sum(states[r] == views.SLA_BREACHED for r in refs_in_queue) == 1
    fast = {q.id: q for q in queries.queue_overview(db, now=NOW, sla=False)}
    assert (fast["q-l1-mine"].active, fast["q-l1-mine"].breached) == (mine.active, 0)
    assert [q.name for q in rows.values()] == ["Service Desk", "Service Desk Premium",
                                               "Netzwerk & VPN"]


# -- the server's rules for saved views ----------------------------------------------------------
class Desk:
    def __init__(self, url: str, folder: Path, user: str, password: str) -> None:
        self.db = LocalDatabase(folder).open()
        self.engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 5}),
                                 self.db)
        self.user = self.engine.sign_in(user, password)
        self.engine.sync()
        self.context = views.ViewContext.from_user(self.user)

    def close(self) -> None:
        self.engine.close()
        self.db.close()


@pytest.fixture
def desks(db_url, live_server, tmp_path) -> Iterator[dict[str, Desk]]:
    write_rows(db_url, "teams", [{"id": "team-1", "name": "Service Desk"},
                                 {"id": "team-2", "name": "2nd Level"}])
    make_user(db_url, "anna", "anna-pass-1", "agent", level=1, team_id="team-1")
    make_user(db_url, "ben", "ben-pass-12", "agent", level=1, team_id="team-1")
    make_user(db_url, "susi", "susi-pass-1", "supervisor", team_id="team-1")
    server = live_server(db_url)
    made = {name: Desk(server.url, tmp_path / name, name, f"{name}-pass-{n}")
            for name, n in (("anna", 1), ("ben", 12), ("susi", 1))}
    yield made
    for desk in made.values():
        desk.close()


def rejected(desk: Desk) -> list[tuple[str, str]]:
    return [(item.error_code, item.entity_id)
            for item in desk.engine.writer.items(REJECTED)]


def test_server_lets_agents_keep_own_views_and_supervisors_share(desks) -> None:
    anna, ben, susi = desks["anna"], desks["ben"], desks["susi"]
    own = views.create_view(anna.engine.writer, anna.context, "Meine",
                            views.ViewDefinition(statuses=("open",)))
    # sharing needs a supervisor on the server too (a client could skip its own check)
    sneaky = anna.engine.writer.create("saved_views", {
        "name": "Für alle", "owner_id": anna.user["id"], "team_id": "team-1",
        "definition": "{}", "position": 9})
    anna.engine.sync()
    assert rejected(anna) == [("share_needs_supervisor", sneaky)]

    shared = views.create_view(susi.engine.writer, susi.context, "Team-Ansicht",
                               views.ViewDefinition(priorities=(1,)), share_with_team=True)
    susi.engine.sync()
    assert rejected(susi) == []
    ben.engine.sync()
    assert [(v.view_id, v.kind) for v in views.saved_views(ben.db, ben.context)] == [
        (shared, "team")]
    # an agent cannot change a supervisor's team view, nor somebody else's own view
    ben.engine.writer.update("saved_views", shared, {"name": "Meins jetzt"})
    ben.engine.writer.update("saved_views", own, {"name": "Auch meins"})
    ben.engine.sync()
    assert sorted(rejected(ben)) == sorted([("forbidden", shared), ("forbidden", own)])
    # the owner renames and deletes her own view
    anna.engine.sync()
    views.rename_view(anna.engine.writer, anna.context, own, "Offen")
    anna.engine.sync()
    susi.engine.sync()
    assert rejected(anna) == [("share_needs_supervisor", sneaky)]
    views.delete_view(anna.engine.writer, anna.context, own)
    anna.engine.sync()
    ben.engine.sync()
    assert ben.db.engine is not None
    with ben.db.engine.connect() as conn:
        left = conn.execute(select(SYNCED_TABLES["saved_views"].c.id)).scalars().all()
    assert own not in left and shared in left
