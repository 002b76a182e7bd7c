"""Demo and reference data generation (``server.seed``).

The demo scale is seeded once per module; the reference scale is far too big for a unit
test, so its code paths (arithmetic phone numbers, exact entry totals, many chunks) run
in a tiny custom :class:`Scale` instead.
"""

from __future__ import annotations

import json
import math
import random
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from desktop.domain.escalation import Contact, escalate, is_first_contact_resolution
from desktop.models import (
    SYNCED_TABLES,
    AgentState,
    Call,
    CallScript,
    CustomerPhone,
    KnowledgeArticle,
    Queue,
    QueueMember,
    SlaPolicy,
    Ticket,
    TicketEntry,
    User,
)
from server import seed
from server.auth import Principal, authenticate
from server.migrate import upgrade
from server.rules.tickets import FIRST_CONTACT_WINDOW
from server.seed import (
    CALL_SCRIPTS,
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    ENTRY_KINDS,
    REFERENCE,
    STATUSES,
    DatabaseNotEmpty,
    Scale,
    is_empty,
    seed_database,
    walk_script,
)
from server.store import committed_version, make_engine, session_factory
from server.visibility import visibility_for

# 10:30 in Munich on a Wednesday: agents are on shift, "today" has calls and states.
NOW = datetime(2026, 3, 18, 9, 30, tzinfo=UTC)

TINY = Scale("tiny", teams=3, users=14, organisations=6, customers=45, tickets=70,
             entries=300, kb_articles=9, call_scripts=14, macros=15, calls=40, audit_rows=6,
             chunk_size=16, normalize_phones=False)


def _engine(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}/s.db")
    upgrade(engine)
    return engine


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, str]]:
    """A demo database seeded once for the whole module, with its summary line."""
    engine = _engine(tmp_path_factory.mktemp("demo"))
    summary = seed_database(engine, "demo", random_seed=42, now=NOW)
    yield engine, summary
    engine.dispose()


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Engine]:
    engine = _engine(tmp_path)
    seed_database(engine, TINY, random_seed=7, now=NOW)
    yield engine
    engine.dispose()


def _rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _count(session: Session, model: Any) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


# -- the demo scale -----------------------------------------------------------------------


def test_demo_summary_and_sizes(demo: tuple[Engine, str]) -> None:
    engine, summary = demo
    assert summary.startswith("seeded demo:") and "\n" not in summary
    with session_factory(engine)() as s:
        assert _count(s, User) == 25
        assert _count(s, Ticket) == 600
        assert 600 <= _count(s, TicketEntry) <= 8 * 600
        assert _count(s, KnowledgeArticle) == 80
        assert _count(s, CallScript) == 6
        assert _count(s, Call) == 200
        assert _count(s, AgentState) > 0
        queues = s.execute(select(Queue.name, Queue.level)).all()
    assert {level for _, level in queues} == {1, 2, 3}
    assert {"Netzwerk", "Datenbanken", "Abrechnung"} <= {n for n, lvl in queues if lvl == 3}
    assert f"{600:,} tickets" in summary


def test_demo_is_deterministic(demo: tuple[Engine, str], tmp_path: Path) -> None:
    engine, _ = demo
    again = _engine(tmp_path)
    other = _engine(tmp_path / "other")
    try:
        seed_database(again, "demo", random_seed=42, now=NOW)
        seed_database(other, "demo", random_seed=43, now=NOW)
        query = "SELECT * FROM tickets ORDER BY reference"
        assert _rows(again, query) == _rows(engine, query)
        for table in ("customers", "customer_phones", "ticket_entries", "kb_articles", "users"):
            query = f"SELECT * FROM {table} ORDER BY id"
            assert _rows(again, query) == _rows(engine, query), table
        titles = "SELECT reference, title FROM tickets ORDER BY reference"
        assert _rows(other, titles) != _rows(engine, titles)
    finally:
        again.dispose()
        other.dispose()


def test_demo_accounts_sign_in_with_the_demo_password(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    assert DEMO_PASSWORD == "demo"
    assert {a["username"] for a in DEMO_ACCOUNTS} == {
        "agent1", "agent2", "specialist", "supervisor", "admin"}
    with session_factory(engine)() as s:
        for account in DEMO_ACCOUNTS:
            user = authenticate(s, account["username"], account["password"])
            assert user is not None, account["username"]
            assert (user.role, user.level) == (account["role"], account["level"])
            assert user.display_name == account["display_name"]
            assert user.version > 0
            assert authenticate(s, account["username"], "wrong password") is None
        levels = {a["username"]: a["level"] for a in DEMO_ACCOUNTS}
        assert (levels["agent1"], levels["agent2"], levels["specialist"]) == (1, 2, 3)
        generated = s.execute(
            select(User.username).where(User.username.not_in(levels)).limit(1)).scalar_one()
        assert authenticate(s, generated, DEMO_PASSWORD) is not None


def test_every_status_and_entry_kind_appears(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    statuses = {s for (s,) in _rows(engine, "SELECT DISTINCT status FROM tickets")}
    assert statuses == set(STATUSES)
    kinds = {k for (k,) in _rows(engine, "SELECT DISTINCT kind FROM ticket_entries")}
    assert kinds == set(ENTRY_KINDS)
    per_ticket = _rows(engine, "SELECT t.id, count(e.id) FROM tickets t "
                               "LEFT JOIN ticket_entries e ON e.ticket_id = t.id GROUP BY t.id")
    assert all(1 <= n <= 8 for _, n in per_ticket)
    channels = {c for (c,) in _rows(engine, "SELECT DISTINCT channel FROM tickets")}
    assert channels == {"phone", "email", "web"}


# Tables added for issues 4-8 whose demo rows come with the features that use them.
NOT_SEEDED_YET = ("script_runs", "broadcasts")


def test_every_synced_row_has_a_version(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    with session_factory(engine)() as s:
        top = committed_version(s)
        for name, table in SYNCED_TABLES.items():
            total = _count(s, table)
            bad = s.execute(select(func.count()).select_from(table)
                            .where(table.c.version <= 0)).scalar_one()
            highest = s.execute(select(func.max(table.c.version))).scalar_one() or 0
            assert bad == 0, name
            assert highest <= top, name
            if name not in ("customer_audit", *NOT_SEEDED_YET):
                assert total > 0, name


def test_phone_numbers_are_valid_german_e164(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    numbers = [n for (n,) in _rows(engine, "SELECT e164 FROM customer_phones")]
    labels = Counter(label for (label,) in _rows(engine, "SELECT label FROM customer_phones"))
    assert set(labels) == {"mobil", "Büro", "privat"}
    assert len(numbers) == len(set(numbers))
    callers = [n for (n,) in _rows(engine, "SELECT caller_number FROM calls")]
    kinds: Counter[int] = Counter()
    for number in numbers + callers:
        parsed = phonenumbers.parse(number, None)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.region_code_for_number(parsed) == "DE", number
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number
        kinds[phonenumbers.number_type(parsed)] += 1
    assert kinds[phonenumbers.PhoneNumberType.MOBILE] > 0
    assert kinds[phonenumbers.PhoneNumberType.FIXED_LINE] > 0


def test_customers_have_phones_and_an_email(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    phones = _rows(engine, "SELECT c.id, count(p.id) FROM customers c "
                           "LEFT JOIN customer_phones p ON p.customer_id = c.id GROUP BY c.id")
    assert len(phones) == 300 and all(1 <= n <= 2 for _, n in phones)
    emails = _rows(engine, "SELECT address FROM customer_emails")
    assert len(emails) == 300 == len({a for (a,) in emails})
    assert all(re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]+", a) for (a,) in emails)
    orgs = _rows(engine, "SELECT count(DISTINCT organisation_id) FROM customers")
    assert orgs[0][0] > 20


def test_ticket_references_are_unique_and_readable(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    references = [r for (r,) in _rows(engine, "SELECT reference FROM tickets")]
    assert len(references) == len(set(references))
    assert all(re.fullmatch(r"T-20\d\d-\d{6}", r) for r in references)


def test_tickets_are_consistent(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    with session_factory(engine)() as s:
        level_of = {q.id: q.level for q in s.execute(select(Queue)).scalars()}
        user_level = {u.id: u.level for u in s.execute(select(User)).scalars()}
        entries: dict[str, list[TicketEntry]] = {}
        for e in s.execute(select(TicketEntry)).scalars():
            entries.setdefault(e.ticket_id, []).append(e)
        tickets = s.execute(select(Ticket)).scalars().all()
    oldest = NOW - timedelta(days=61)
    for t in tickets:
        assert t.created_at.tzinfo is not None and t.created_at.utcoffset() == timedelta(0)
        assert oldest <= t.created_at <= t.updated_at <= NOW, t.reference
        assert t.priority == math.ceil((t.impact + t.urgency) / 2)
        assert 1 <= t.impact <= 5 and 1 <= t.urgency <= 5
        assert t.queue_id is not None and level_of[t.queue_id] == t.level
        if t.owner_id is not None:
            assert user_level[t.owner_id] == t.level
        assert t.first_response_due is not None and t.solution_due is not None
        assert t.created_at <= t.first_response_due <= t.solution_due
        if t.first_responded_at is not None:
            assert t.created_at <= t.first_responded_at <= t.updated_at
        if t.status in ("resolved", "closed"):
            assert t.resolved_at is not None and t.created_at <= t.resolved_at <= NOW
        if t.status == "closed":
            assert t.resolved_at is not None and t.closed_at is not None
            assert t.resolved_at <= t.closed_at <= NOW
        if t.status == "pending":
            assert t.pending_until is not None and t.pending_until > t.updated_at
        if t.status == "new":
            assert t.owner_id is None and t.level == 1
        timeline = sorted(entries[t.id], key=lambda e: e.created_at)
        assert timeline[0].created_at == t.created_at
        assert all(t.created_at <= e.created_at <= t.updated_at for e in timeline)
        escalations = [e for e in timeline if e.kind == "escalation"]
        assert len(escalations) == t.level - 1, t.reference
        for e in escalations:
            data = json.loads(e.data)
            assert data["to_level"] == data["from_level"] + 1
        assert timeline[0].kind == ("call_log" if t.channel == "phone" else "customer_message")


def test_sla_policies_and_knowledge_look_right(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    with session_factory(engine)() as s:
        policies = s.execute(select(SlaPolicy)).scalars().all()
        articles = s.execute(select(KnowledgeArticle)).scalars().all()
        scripts = s.execute(select(CallScript)).scalars().all()
    for policy in policies:
        assert (policy.calendar, policy.warn_ratio) == ("DE-BY", 0.75)
        targets = json.loads(policy.targets)
        assert sorted(targets) == ["P1", "P2", "P3", "P4", "P5"]
        for t in targets.values():
            assert set(t) == {"first_response", "next_update", "solution"}
        assert targets["P1"]["solution"] < targets["P5"]["solution"]
    statuses = Counter(a.status for a in articles)
    assert statuses["published"] > len(articles) // 2
    for article in articles:
        assert article.body.startswith(f"# {article.title}\n")
        assert "## Lösung\n\n1. " in article.body
        tags = json.loads(article.tags)
        assert isinstance(tags, list) and tags
    for script in scripts:
        definition = json.loads(script.definition)
        assert definition["start"] in definition["steps"]


def test_published_articles_have_their_version_and_usage(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    assert _rows(engine, "SELECT count(*) FROM kb_articles a JOIN kb_article_versions v "
                         "ON v.article_id = a.id AND v.revision = a.published_revision "
                         "AND v.title = a.title") == _rows(
        engine, "SELECT count(*) FROM kb_articles WHERE status = 'published'")
    assert _rows(engine, "SELECT count(*) FROM kb_article_versions") == _rows(
        engine, "SELECT count(*) FROM kb_articles WHERE status = 'published'")
    assert _rows(engine, "SELECT count(*) FROM kb_events e JOIN kb_articles a "
                         "ON a.id = e.article_id WHERE a.status <> 'published'") == [(0,)]
    # every vote belongs to a ticket, and the counters include the seeded votes
    assert _rows(engine, "SELECT count(*) FROM kb_events WHERE kind IN ('helped', "
                         "'not_helped') AND ticket_id IS NULL") == [(0,)]
    short = _rows(engine, "SELECT count(*) FROM kb_articles a WHERE a.helped_count < "
                          "(SELECT count(*) FROM kb_events e WHERE e.article_id = a.id "
                          "AND e.kind = 'helped')")
    assert short == [(0,)]


def test_agent_states_form_a_timeline_per_agent(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    with session_factory(engine)() as s:
        states = s.execute(select(AgentState).order_by(AgentState.user_id,
                                                       AgentState.started_at)).scalars().all()
    per_agent: dict[str, list[AgentState]] = {}
    for state in states:
        per_agent.setdefault(state.user_id, []).append(state)
    assert {st.state for st in states} == {"available", "on_call", "after_call_work", "break"}
    on_shift = 0
    for timeline in per_agent.values():
        assert timeline[0].state == "available"
        assert all(st.ended_at is not None for st in timeline[:-1])
        for a, b in pairwise(timeline):
            assert a.ended_at is not None and a.started_at < a.ended_at == b.started_at
        on_shift += timeline[-1].ended_at is None
        assert all(st.started_at <= NOW for st in timeline)
    assert on_shift > len(per_agent) // 2  # mid-morning: most agents are working


def test_escalations_and_first_contact_resolutions_match_the_timeline(
        demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    with session_factory(engine)() as s:
        tickets = s.execute(select(Ticket)).scalars().all()
        handovers: dict[str, list[TicketEntry]] = {}
        for e in s.execute(select(TicketEntry).where(TicketEntry.kind == "escalation")).scalars():
            handovers.setdefault(e.ticket_id, []).append(e)
        calls = {c.ticket_id: c for c in s.execute(select(Call)).scalars() if c.ticket_id}
        level_of = {q.id: q.level for q in s.execute(select(Queue)).scalars()}
    fcr = 0
    for t in tickets:
        assert t.escalation_count == len(handovers.get(t.id, [])) == t.level - 1, t.reference
        for e in handovers.get(t.id, []):
            data = json.loads(e.data)
            # a complete hand-over by the domain's rules, to a queue one level up
            escalate(from_level=data["from_level"], to_queue_id=data["to_queue_id"],
                     to_queue_level=level_of[data["to_queue_id"]], tried=data["tried"],
                     findings=data["findings"], customer_told=data["customer_told"])
        call = calls.get(t.id)
        contact = (Contact(call.started_at, call.ended_at, call.wrap_up_ended_at) if call
                   else Contact(t.created_at, t.created_at + FIRST_CONTACT_WINDOW)
                   if t.channel == "phone" else None)
        expected = is_first_contact_resolution(
            status=t.status, resolved_at=t.resolved_at, resolved_level=t.level,
            ever_escalated=t.escalation_count > 0, first_contact=contact)
        if t.status in ("resolved", "closed") or t.level > 1:
            assert t.first_contact_resolution is expected, t.reference
        else:
            assert t.first_contact_resolution is None, t.reference
        if call is not None:
            assert (call.wrap_up_code == "solved_first_contact") is bool(expected), t.reference
        fcr += bool(t.first_contact_resolution)
    solved_first_level = sum(t.status in ("resolved", "closed") and t.level == 1
                             for t in tickets)
    assert 0.1 * solved_first_level < fcr < 0.6 * solved_first_level


def test_every_demo_agent_works_queues_of_their_level(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    with session_factory(engine)() as s:
        users = {u.id: u for u in s.execute(select(User)).scalars()}
        level_of = {q.id: q.level for q in s.execute(select(Queue)).scalars()}
        members = s.execute(select(QueueMember)).scalars().all()
        by_name = {u.username: u for u in users.values()}
        seen = {}
        for name in ("agent1", "agent2", "specialist", "supervisor", "admin"):
            u = by_name[name]
            vis = visibility_for(s, Principal(u.id, name, u.role, u.level, u.team_id, "s"))
            condition, params = vis.ticket_condition("tickets")
            seen[name] = s.execute(text(f"SELECT count(*) FROM tickets WHERE {condition}"),
                                   params).scalar_one()
    agents = {u.id for u in users.values() if u.role == "agent"}
    assert {m.user_id for m in members} == agents and all(m.active for m in members)
    assert all(level_of[m.queue_id] == users[m.user_id].level for m in members)
    assert len({(m.user_id, m.queue_id) for m in members}) == len(members)
    assert seen["admin"] == 600
    for name in ("agent1", "agent2", "specialist", "supervisor"):
        assert 0 < seen[name] < 600, name


def test_wrap_up_codes_synonyms_and_team_views(demo: tuple[Engine, str]) -> None:
    engine, _ = demo
    codes = {c for (c,) in _rows(engine, "SELECT code FROM wrap_up_codes")}
    used = {c for (c,) in _rows(engine, "SELECT DISTINCT wrap_up_code FROM calls")}
    assert used <= codes and len(codes) >= 10
    assert {de for (de,) in _rows(engine, "SELECT label_de FROM wrap_up_codes")} >= {
        "Rückruf vereinbart", "Weitergeleitet"}
    groups = [json.loads(t) for (t,) in _rows(engine, "SELECT terms FROM kb_synonyms")]
    assert len(groups) >= 15 and all(len(g) >= 2 for g in groups)
    assert any({"WLAN", "WiFi"} <= set(g) for g in groups)
    teams = {t for (t,) in _rows(engine, "SELECT id FROM teams")}
    views = _rows(engine, "SELECT team_id, name, definition FROM saved_views")
    assert {team for team, _n, _d in views} == teams
    for _team, _name, definition in views:
        data = json.loads(definition)
        assert data["v"] == 1 and data["statuses"] and data["sort"]


# -- call scripts and helpers ---------------------------------------------------------------


@pytest.mark.parametrize("name", [s[0] for s in CALL_SCRIPTS])
def test_call_scripts_are_well_formed_graphs(name: str) -> None:
    definition = next(d for n, _c, _q, d in CALL_SCRIPTS if n == name)
    steps = definition["steps"]
    for step_id, step in steps.items():
        assert step["outcome"] is not None or step["branches"], step_id
        for branch in step["branches"]:
            assert branch["goto"] in steps, (step_id, branch)
        for q in step["questions"]:
            assert q["type"] in ("yes_no", "choice", "text")
            assert bool(q["choices"]) == (q["type"] == "choice")
    rng = random.Random(1)
    outcomes = {walk_script(definition, rng)[1] for _ in range(300)}
    assert outcomes and outcomes <= set(seed.OUTCOME_LABELS)


def test_uuid_helper_makes_version_4_uuids() -> None:
    a, b = random.Random(5), random.Random(5)
    for _ in range(1000):
        made = seed._uuid(a)
        assert made == str(uuid.UUID(int=b.getrandbits(128), version=4))


def test_arithmetic_phone_numbers_are_valid() -> None:
    """The reference scale skips phonenumbers per row; check its generator on a sample."""
    seeder = seed._Seeder.__new__(seed._Seeder)
    seeder.rng = random.Random(3)
    seeder.phones_seen = set()
    seeder.scale = TINY
    for i in range(4000):
        raw, e164 = seeder.mobile() if i % 2 else seeder.landline(i % len(seed.CITIES))
        parsed = phonenumbers.parse(e164, None)
        assert phonenumbers.is_valid_number(parsed), e164
        assert seed.normalize_phone(raw) == e164, raw
    assert len(seeder.phones_seen) == 4000


def test_reference_preset_is_the_design_workload() -> None:
    assert (REFERENCE.tickets, REFERENCE.entries, REFERENCE.customers) == (
        200_000, 1_000_000, 500_000)
    assert (REFERENCE.kb_articles, REFERENCE.call_scripts, REFERENCE.users) == (
        20_000, 200, 500)
    with pytest.raises(ValueError, match="unknown scale"):
        seed.resolve_scale("huge")


# -- seeding twice, custom scales, both backends --------------------------------------------


def test_seeding_twice_is_refused(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        assert is_empty(engine)
        seed_database(engine, TINY, now=NOW)
        assert not is_empty(engine)
        before = _rows(engine, "SELECT count(*), max(version) FROM tickets")
        with pytest.raises(DatabaseNotEmpty, match="already has"):
            seed_database(engine, TINY, now=NOW)
        with pytest.raises(DatabaseNotEmpty):
            seed_database(engine, "demo")
        assert _rows(engine, "SELECT count(*), max(version) FROM tickets") == before
        assert _rows(engine, "SELECT count(*) FROM users") == [(TINY.users,)]
    finally:
        engine.dispose()


def test_people_do_not_depend_on_the_day_of_seeding(tiny: Engine, tmp_path: Path) -> None:
    later = _engine(tmp_path / "later")
    try:
        seed_database(later, TINY, random_seed=7, now=NOW + timedelta(days=3, hours=5))
        for table in ("users", "customers", "customer_phones", "organisations", "kb_articles"):
            columns = "id, username" if table == "users" else "*"
            query = f"SELECT {columns} FROM {table} ORDER BY id"
            if table == "kb_articles":
                query = "SELECT id, title, body FROM kb_articles ORDER BY id"
            assert _rows(later, query) == _rows(tiny, query), table
        titles = "SELECT reference, title FROM tickets ORDER BY reference"
        assert _rows(later, titles) != _rows(tiny, titles)  # tickets follow the calendar
    finally:
        later.dispose()


def test_tiny_scale_has_exact_counts(tiny: Engine) -> None:
    with session_factory(tiny)() as s:
        assert _count(s, User) == TINY.users
        assert _count(s, Ticket) == TINY.tickets
        assert _count(s, TicketEntry) == TINY.entries
        assert _count(s, KnowledgeArticle) == TINY.kb_articles
        assert _count(s, CallScript) == TINY.call_scripts
        assert _count(s, Call) == TINY.calls
        assert _count(s, CustomerPhone) >= TINY.customers
        # small chunks: one version per chunk, so many versions, all committed
        versions = {v for (v,) in s.execute(select(TicketEntry.version))}
        assert len(versions) >= TINY.entries // TINY.chunk_size
        assert max(versions) <= committed_version(s)
        statuses = {st for (st,) in s.execute(select(Ticket.status).distinct())}
        assert statuses == set(STATUSES)
        revisions = s.execute(select(CallScript.name, CallScript.revision,
                                     CallScript.status)).all()
    assert {st for _, _, st in revisions} >= {"published"}
    assert len({(n, r) for n, r, _ in revisions}) == len(revisions)


def test_scale_validation(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        too_many = Scale("bad", teams=3, users=14, organisations=1, customers=2, tickets=3,
                         entries=100, kb_articles=1, call_scripts=1, macros=1, calls=1,
                         audit_rows=0)
        with pytest.raises(ValueError, match="cannot be spread"):
            seed_database(engine, too_many, now=NOW)
        with pytest.raises(ValueError, match="at least 3 teams"):
            seed_database(engine, Scale("bad", 2, 14, 1, 2, 3, 1, 1, 1, 1, 0), now=NOW)
        assert is_empty(engine)  # refused before writing anything
    finally:
        engine.dispose()


def test_tiny_scale_on_each_backend(db_url: str) -> None:
    """Parents before children: PostgreSQL enforces every foreign key."""
    engine = make_engine(db_url)
    try:
        summary = seed_database(engine, TINY, random_seed=11, now=NOW)
        assert f"{TINY.tickets} tickets ({TINY.entries} entries)" in summary
        with session_factory(engine)() as s:
            assert _count(s, Ticket) == TINY.tickets
            assert authenticate(s, "agent1", DEMO_PASSWORD) is not None
            stamps = s.execute(select(Ticket.created_at)).scalars().all()
        assert all(ts.tzinfo is not None for ts in stamps)
    finally:
        engine.dispose()
