"""The supervisor API (issue 8): the team's live overview, KPIs, hourly series, drill-down
and the supervisor's actions. Contract: /tmp/briefs2/contract.md; docs/supervisor.md.

All endpoints are under ``/api/v1/supervisor`` and need the supervisor role (admins
pass too); an agent gets 403 ``forbidden``, a request without a valid token 401. A
supervisor sees their own team only: ``team_id`` defaults to it, another team is 403;
an admin may name any team, or none for the whole centre.

Figures are computed in the database: every KPI is one or a few aggregate queries
(``SUM(CASE ...)``, ``COUNT``, window functions) over the indexed time columns, and the
sums go into the formulas of :mod:`desktop.domain.kpis` (``CallKpis``, ``AgentTime``,
``Ratio``), so the server reports exactly what the domain defines (docs/kpis.md).
Durations are taken as differences of epoch seconds (``EXTRACT(EPOCH ...)`` on
PostgreSQL, ``julianday`` on SQLite rounded to milliseconds).

The actions write through the same versioning as a push: each transaction takes a
change version from the counter row (``server.store.next_version``), so the rows reach
every client through the change feed and the event stream's "changes up to N" hint.
Reassigning a ticket runs the ticket rules of the push path (``server.rules.tickets``:
visibility, queue level, SLA due times, the ``field_change`` timeline entries).
"""

# No "from __future__ import annotations": FastAPI reads the annotations at run time.

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine, bindparam, create_engine, insert, select, text, update
from sqlalchemy import event as sa_event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import protocol as proto
from desktop.domain.agent_states import State
from desktop.domain.kpis import (
    DEFAULT_SETTINGS,
    AgentTime,
    CallKpis,
    KpiSettings,
    Ratio,
    escalation_ratios,
    staffed_agents,
)
from desktop.domain.roles import Role
from desktop.domain.sla import DEFAULT_WARN_RATIO
from desktop.models import SYNCED_TABLES
from desktop.models.types import Timestamp, new_id, to_wire_time, utcnow
from server import auth
from server.rules import Rejected, WriteContext, rules_for
from server.store import ReplacedValue, next_version, session_factory

log = logging.getLogger("agentdesk.server.supervisor")

PREFIX = f"{proto.API_PREFIX}/supervisor"
MAX_DRILL_ROWS = 500
MAX_PERIOD = timedelta(days=93)  # kpis and drill: a quarter
MAX_SERIES_PERIOD = timedelta(days=31)  # series: 744 hourly buckets
MAX_REASSIGN = 500
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
# Ids are UUIDs; anything with control characters (PostgreSQL refuses NUL) is no id.
ID_PATTERN = r"^[^\x00-\x1f]{1,36}$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]
MAX_BROADCAST_MINUTES = 7 * 24 * 60
# A call without a hang-up after this long is a lost event, not a call in progress.
STALE_CALL = timedelta(hours=12)
# After-call work counts for the call answered last before it (docs/kpis.md); this is
# how long after the period's end it may start and still belong to a call of the period.
ACW_HORIZON = timedelta(hours=12)
DEFAULT_TZ = "Europe/Berlin"  # "today" of the overview: Germany is the first market
ACTIVE = ("new", "open", "pending")
HANDOVER_KINDS = ("escalation", "handback")
DrillKpi = Literal["calls", "answered", "abandoned", "service_level", "tickets_created",
                   "tickets_resolved", "backlog", "at_risk", "breached", "escalated"]

_TICKETS = SYNCED_TABLES["tickets"]
_ENTRIES = SYNCED_TABLES["ticket_entries"]
_USERS = SYNCED_TABLES["users"]
_QUEUES = SYNCED_TABLES["queues"]
_MEMBERS = SYNCED_TABLES["queue_members"]
_BROADCASTS = SYNCED_TABLES["broadcasts"]
_TS = Timestamp()


# ----------------------------------------------------------------------------- errors

class SupervisorError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 params: Mapping[str, Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.params, self.headers = dict(params or {}), headers


class ErrorBody(BaseModel):
    code: str
    message: str
    params: dict[str, Any] | None = None


class ErrorOut(BaseModel):
    error: ErrorBody


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Sign-in required"},
    403: {"model": ErrorOut, "description": "Not a supervisor, or another team"},
    404: {"model": ErrorOut, "description": "No such ticket (reassign)"},
    422: {"model": ErrorOut, "description": "Invalid request"},
}


# ------------------------------------------------------------------ who and which team

def caller(request: Request,
           authorization: Annotated[str | None, Header()] = None) -> auth.Principal:
    """The signed-in supervisor or admin (401 without a valid token, 403 for agents)."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise SupervisorError(401, proto.ERR_TOKEN_INVALID, "Sign-in required.",
                              headers={"WWW-Authenticate": "Bearer"})
    try:
        with request.app.state.supervisor_reads() as session:
            principal = auth.principal_for_access_token(session, authorization[7:].strip())
    except auth.AuthError as exc:
        raise SupervisorError(401, exc.code, exc.message,
                              headers={"WWW-Authenticate": f'Bearer error="{exc.code}"'}
                              ) from exc
    if not principal.has(Role.SUPERVISOR):
        raise SupervisorError(403, proto.ERR_FORBIDDEN,
                              f"This needs the {Role.SUPERVISOR.value} role.")
    return principal


Caller = Annotated[auth.Principal, Depends(caller)]


@dataclass(frozen=True)
class Scope:
    """What a request looks at: a team (None: all, admins only) and optional filters."""

    team_id: str | None
    queue_id: str | None = None
    level: int | None = None
    agent_id: str | None = None


def _is_admin(p: auth.Principal) -> bool:
    return p.has(Role.ADMIN)


def resolve_team(session: Session, p: auth.Principal, team_id: str | None) -> str | None:
    """The team a request is about; 403 for a supervisor naming another team."""
    if _is_admin(p):
        return team_id
    if p.team_id is None:
        raise SupervisorError(403, "no_team", "You are not a member of any team.")
    if team_id is not None and team_id != p.team_id:
        raise SupervisorError(403, proto.ERR_FORBIDDEN,
                              "You may only look at your own team.", {"team_id": team_id})
    return p.team_id


def resolve_scope(session: Session, p: auth.Principal, team_id: str | None,
                  queue_id: str | None, level: int | None, agent_id: str | None) -> Scope:
    team = resolve_team(session, p, team_id)
    if team is not None and queue_id is not None:
        owner = session.execute(select(_QUEUES.c.team_id)
                                .where(_QUEUES.c.id == queue_id)).first()
        if owner is None or owner[0] != team:
            raise SupervisorError(403, proto.ERR_FORBIDDEN,
                                  "This queue does not belong to the team.",
                                  {"queue_id": queue_id})
    if team is not None and agent_id is not None:
        member = session.execute(select(_USERS.c.team_id)
                                 .where(_USERS.c.id == agent_id)).first()
        if member is None or member[0] != team:
            raise SupervisorError(403, proto.ERR_FORBIDDEN,
                                  "This agent does not belong to the team.",
                                  {"agent_id": agent_id})
    return Scope(team, queue_id, level, agent_id)


# ------------------------------------------------------------------------ SQL helpers

class Sql:
    """Dialect-specific fragments and the filter clauses of a scope."""

    def __init__(self, session: Session) -> None:
        self.pg = session.get_bind().dialect.name == "postgresql"

    def epoch(self, column: str) -> str:
        """Seconds since 1970 of a timestamp column or parameter."""
        if self.pg:
            return f"EXTRACT(EPOCH FROM {column})"
        return f"((julianday({column}) - 2440587.5) * 86400.0)"

    def secs(self, start: str, end: str) -> str:
        """Seconds from ``start`` to ``end`` (exact on PostgreSQL, to the ms on SQLite)."""
        if self.pg:
            return f"EXTRACT(EPOCH FROM ({end} - {start}))"
        return f"round((julianday({end}) - julianday({start})) * 86400.0, 3)"

    def json_int(self, column: str, key: str) -> str:
        if self.pg:
            return f"CAST(CAST({column} AS json) ->> '{key}' AS INTEGER)"
        return f"CAST(json_extract({column}, '$.{key}') AS INTEGER)"

    @staticmethod
    def resolved(t: str = "t") -> str:
        """When the ticket was resolved, while it is resolved or closed (else NULL)."""
        return (f"(CASE WHEN {t}.status IN ('resolved', 'closed') "
                f"THEN COALESCE({t}.resolved_at, {t}.closed_at) END)")

    # -- filters: (extra joins, where clause, params) --------------------------------
    @staticmethod
    def call_filter(s: Scope) -> tuple[str, list[str], dict[str, Any]]:
        joins = ("LEFT JOIN queues cq ON cq.id = c.queue_id "
                 "LEFT JOIN users cu ON cu.id = c.agent_id")
        where: list[str] = []
        params: dict[str, Any] = {}
        if s.team_id is not None:
            where.append("COALESCE(cq.team_id, cu.team_id) = :f_team")
            params["f_team"] = s.team_id
        if s.queue_id is not None:
            where.append("c.queue_id = :f_queue")
            params["f_queue"] = s.queue_id
        if s.level is not None:
            where.append("COALESCE(cq.level, cu.level) = :f_level")
            params["f_level"] = s.level
        if s.agent_id is not None:
            where.append("c.agent_id = :f_agent")
            params["f_agent"] = s.agent_id
        return joins, where, params

    @staticmethod
    def ticket_filter(s: Scope) -> tuple[str, list[str], dict[str, Any]]:
        joins = ("LEFT JOIN queues tq ON tq.id = t.queue_id "
                 "LEFT JOIN users tu ON tu.id = t.owner_id")
        where: list[str] = []
        params: dict[str, Any] = {}
        if s.team_id is not None:
            where.append("COALESCE(tq.team_id, tu.team_id) = :f_team")
            params["f_team"] = s.team_id
        if s.queue_id is not None:
            where.append("t.queue_id = :f_queue")
            params["f_queue"] = s.queue_id
        if s.level is not None:
            where.append("t.level = :f_level")
            params["f_level"] = s.level
        if s.agent_id is not None:
            where.append("t.owner_id = :f_agent")
            params["f_agent"] = s.agent_id
        return joins, where, params

    @staticmethod
    def user_filter(s: Scope, u: str = "u") -> tuple[list[str], dict[str, Any]]:
        where: list[str] = []
        params: dict[str, Any] = {}
        if s.team_id is not None:
            where.append(f"{u}.team_id = :f_team")
            params["f_team"] = s.team_id
        if s.level is not None:
            where.append(f"{u}.level = :f_level")
            params["f_level"] = s.level
        if s.agent_id is not None:
            where.append(f"{u}.id = :f_agent")
            params["f_agent"] = s.agent_id
        if s.queue_id is not None:
            where.append(f"EXISTS (SELECT 1 FROM queue_members m WHERE m.user_id = {u}.id "
                         "AND m.queue_id = :f_queue AND m.active = :f_yes)")
            params.update(f_queue=s.queue_id, f_yes=True)
        return where, params


TIME_PARAMS = ("lo", "hi", "now", "at", "recent", "day_lo", "day_hi", "acw_hi")


def run(session: Session, sql: str, params: Mapping[str, Any]) -> list[Any]:
    """Execute ``sql`` with timestamps bound as the column type stores them."""
    stmt = text(sql)
    stamps = [bindparam(name, type_=_TS) for name in TIME_PARAMS if f":{name}" in sql]
    if stamps:
        stmt = stmt.bindparams(*stamps)
    return list(session.execute(stmt, dict(params)).all())


def _and(where: Iterable[str]) -> str:
    parts = list(where)
    return (" AND " + " AND ".join(parts)) if parts else ""


# --------------------------------------------------------------------------- requests

def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime

    @property
    def as_of(self) -> datetime:
        """The instant backlog figures are taken at: the end, or now if that is earlier."""
        return min(self.end, utcnow())


def window(start: datetime, end: datetime, longest: timedelta = MAX_PERIOD) -> Window:
    try:
        lo, hi = _utc(start), _utc(end)
    except OverflowError as exc:
        raise SupervisorError(422, proto.ERR_BAD_REQUEST, "The period is out of range.") from exc
    if lo < EARLIEST or hi > LATEST:
        raise SupervisorError(422, proto.ERR_BAD_REQUEST,
                              "The period must lie between the years 2000 and 2200.")
    if hi <= lo:
        raise SupervisorError(422, proto.ERR_BAD_REQUEST, "end must be after start.")
    if hi - lo > longest:
        raise SupervisorError(422, proto.ERR_BAD_REQUEST,
                              f"The period may be at most {longest.days} days long.",
                              {"days": longest.days})
    return Window(lo, hi)


def _ts(value: datetime | None) -> str | None:
    return to_wire_time(value)


def _dt(value: Any) -> datetime | None:
    """A timestamp from a raw text query (SQLite returns the stored text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _utc(value)
    return _utc(datetime.fromisoformat(str(value)))


def _f(value: Any) -> float:
    return float(value or 0)


def _sla_columns() -> tuple[str, str] | None:
    """The stored nearest due / warn instants of a ticket, when the schema has them."""
    if "sla_due_at" in _TICKETS.c and "sla_warn_at" in _TICKETS.c:
        return "sla_due_at", "sla_warn_at"
    return None


def sla_conditions(sql: Sql, t: str = "t") -> tuple[str, str]:
    """SQL conditions "at risk" and "breached" of a ticket at ``:now``.

    With the stored instants (``sla_due_at``/``sla_warn_at``: the nearest running due
    time and its warn time, NULL while paused): breached when due <= now, at risk when
    warn <= now < due. Without them: the nearest due time (first response until given,
    then the solution) of a running, unpaused ticket, warned at ``DEFAULT_WARN_RATIO``
    of the time from creation to due (wall-clock time: an approximation of the business
    time the SLA engine counts).
    """
    running = f"{t}.status IN ('new', 'open', 'pending')"
    cols = _sla_columns()
    if cols is not None:
        due, warn = f"{t}.{cols[0]}", f"{t}.{cols[1]}"
        breached = f"({running} AND {due} IS NOT NULL AND {due} <= :now)"
        at_risk = (f"({running} AND {due} IS NOT NULL AND {due} > :now "
                   f"AND {warn} IS NOT NULL AND {warn} <= :now)")
        return at_risk, breached
    due = (f"(CASE WHEN {t}.first_responded_at IS NULL AND {t}.first_response_due IS NOT NULL "
           f"THEN {t}.first_response_due ELSE {t}.solution_due END)")
    run_ = f"{running} AND {t}.sla_paused_since IS NULL AND {due} IS NOT NULL"
    breached = f"({run_} AND {due} <= :now)"
    warn_at = (f"({sql.epoch(f'{t}.created_at')} + {DEFAULT_WARN_RATIO!r} * "
               f"({sql.epoch(due)} - {sql.epoch(f'{t}.created_at')}))")
    at_risk = f"({run_} AND {due} > :now AND {warn_at} <= {sql.epoch(':now')})"
    return at_risk, breached


# ---------------------------------------------------------------------------- figures

def call_figures(session: Session, scope: Scope, w: Window,
                 settings: KpiSettings = DEFAULT_SETTINGS) -> CallKpis:
    """The inbound calls offered in the window, summed in one query, plus the after-call
    work attached to them (the interval belongs to the agent's call answered last at or
    before it started, :func:`desktop.domain.kpis.attach_after_call_work`)."""
    sql = Sql(session)
    joins, where, params = sql.call_filter(scope)
    wait, talk, ring = (sql.secs("c.started_at", "c.answered_at"),
                        sql.secs("c.answered_at", "c.ended_at"),
                        sql.secs("c.started_at", "c.ended_at"))
    base = (f"FROM calls c {joins} WHERE c.direction = 'inbound' AND c.started_at >= :lo "
            f"AND c.started_at < :hi{_and(where)}")
    row = run(session, f"""
        SELECT
          SUM(CASE WHEN c.answered_at IS NOT NULL THEN 1 ELSE 0 END),
          SUM(CASE WHEN c.answered_at IS NOT NULL AND {wait} <= :target THEN 1 ELSE 0 END),
          SUM(CASE WHEN c.answered_at IS NULL AND c.ended_at IS NOT NULL
                   AND {ring} >= :short THEN 1 ELSE 0 END),
          SUM(CASE WHEN c.answered_at IS NULL AND c.ended_at IS NOT NULL
                   AND {ring} < :short THEN 1 ELSE 0 END),
          SUM(CASE WHEN c.answered_at IS NULL AND c.ended_at IS NULL THEN 1 ELSE 0 END),
          SUM(CASE WHEN c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL
                   THEN 1 ELSE 0 END),
          SUM(CASE WHEN c.answered_at IS NOT NULL THEN {wait} ELSE 0 END),
          SUM(CASE WHEN c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL
                   THEN {talk} ELSE 0 END)
        {base}""", {**params, "lo": w.start, "hi": w.end,
                    "target": settings.service_level_seconds,
                    "short": settings.short_abandon_seconds})[0]
    answered, in_target, abandoned, short, waiting, handled = (int(v or 0) for v in row[:6])
    acw = run(session, f"""
        SELECT SUM({sql.secs('s.started_at', 's.ended_at')})
        FROM agent_states s
        JOIN calls c ON c.id = (
            SELECT c2.id FROM calls c2
            WHERE c2.agent_id = s.user_id AND c2.answered_at IS NOT NULL
              AND c2.answered_at <= s.started_at
            ORDER BY c2.answered_at DESC, c2.id DESC LIMIT 1)
        {joins}
        WHERE s.state = 'after_call_work' AND s.ended_at IS NOT NULL
          AND s.started_at >= :lo AND s.started_at < :acw_hi
          AND c.direction = 'inbound' AND c.started_at >= :lo AND c.started_at < :hi
          AND c.ended_at IS NOT NULL{_and(where)}""",
              {**params, "lo": w.start, "hi": w.end, "acw_hi": w.end + ACW_HORIZON})[0][0]
    return CallKpis(offered=answered + abandoned, answered=answered,
                    answered_in_target=in_target, abandoned=abandoned, short_abandoned=short,
                    waiting=waiting, handled=handled, wait_seconds=_f(row[6]),
                    handle_seconds=_f(row[7]) + _f(acw))


def _state_rows_sql(sql: Sql, scope: Scope, lo: str, hi: str) -> tuple[str, dict[str, Any]]:
    """The agent_states rows that overlap ``[lo, hi)`` as (user_id, state, a, b) with
    a, b in epoch seconds, clipped to the window; an open row ends at ``:now``.

    Rows starting inside the window come from the ``started_at`` index; of the rows that
    started before it only each agent's last one can reach into it (an agent has one
    state at a time), found through ``(user_id, started_at)``.
    """
    where, params = sql.user_filter(scope)
    end = "COALESCE(s.ended_at, :now)"
    a = f"CASE WHEN s.started_at < {lo} THEN {sql.epoch(lo)} ELSE {sql.epoch('s.started_at')} END"
    b = f"CASE WHEN {end} > {hi} THEN {sql.epoch(hi)} ELSE {sql.epoch(end)} END"
    users = f"SELECT u.id FROM users u WHERE 1 = 1{_and(where)}"
    rows = f"""
        SELECT s.user_id, s.state, {a} AS a, {b} AS b FROM agent_states s
        WHERE s.started_at >= {lo} AND s.started_at < {hi} AND s.user_id IN ({users})
        UNION ALL
        SELECT s.user_id, s.state, {a} AS a, {b} AS b FROM users u
        JOIN agent_states s ON s.user_id = u.id AND s.started_at = (
            SELECT MAX(s2.started_at) FROM agent_states s2
            WHERE s2.user_id = u.id AND s2.started_at < {lo})
        WHERE {end} > {lo}{_and(where)}"""
    return rows, params


def agent_time_figures(session: Session, scope: Scope, w: Window) -> AgentTime:
    sql = Sql(session)
    rows, params = _state_rows_sql(sql, scope, ":lo", ":hi")
    now = min(utcnow(), w.end)
    got = run(session, f"SELECT st.state, SUM(st.b - st.a) FROM ({rows}) st "
                       "WHERE st.b > st.a GROUP BY st.state",
              {**params, "lo": w.start, "hi": w.end, "now": now})
    seconds = dict.fromkeys(State, 0.0)
    for state, total in got:
        try:
            seconds[State(state)] += round(_f(total), 3)
        except ValueError:
            log.debug("agent state %r is not a known state; not counted", state)
    return AgentTime(seconds)


@dataclass(frozen=True)
class TicketFigures:
    created: int
    resolved: int
    fcr: Ratio
    csat: Ratio
    escalation: dict[int, Ratio]
    backlog: int
    backlog_median_age: float | None


def ticket_figures(session: Session, scope: Scope, w: Window) -> TicketFigures:
    sql = Sql(session)
    joins, where, params = sql.ticket_filter(scope)
    resolved = sql.resolved()
    p = {**params, "lo": w.start, "hi": w.end}
    created, done, fcr, csat_n, csat_sum, open_ = run(session, f"""
        SELECT
          SUM(CASE WHEN t.created_at >= :lo AND t.created_at < :hi THEN 1 ELSE 0 END),
          SUM(CASE WHEN {resolved} >= :lo AND {resolved} < :hi THEN 1 ELSE 0 END),
          SUM(CASE WHEN {resolved} >= :lo AND {resolved} < :hi
                    AND t.first_contact_resolution = :yes AND t.level = 1
                    AND t.escalation_count = 0 THEN 1 ELSE 0 END),
          SUM(CASE WHEN {resolved} >= :lo AND {resolved} < :hi
                    AND t.satisfaction BETWEEN 1 AND 5 THEN 1 ELSE 0 END),
          SUM(CASE WHEN {resolved} >= :lo AND {resolved} < :hi
                    AND t.satisfaction BETWEEN 1 AND 5 THEN t.satisfaction ELSE 0 END),
          SUM(CASE WHEN t.created_at < :at AND ({resolved} IS NULL OR {resolved} >= :at)
                   THEN 1 ELSE 0 END)
        FROM tickets t {joins}
        WHERE (t.created_at < :hi AND ({resolved} IS NULL OR {resolved} >= :lo)){_and(where)}
        """, {**p, "yes": True, "at": w.as_of})[0]
    # the backlog at as_of (lo <= as_of <= hi) is among the rows of this scan
    backlog, median = backlog_figures(session, scope, w.as_of, int(open_ or 0))
    return TicketFigures(int(created or 0), int(done or 0), Ratio(int(fcr or 0), int(done or 0)),
                         Ratio(int(csat_sum or 0), int(csat_n or 0)),
                         escalation_figures(session, scope, w), backlog, median)


def backlog_figures(session: Session, scope: Scope, at: datetime,
                    count: int | None = None) -> tuple[int, float | None]:
    """Tickets open at ``at`` (created before it, not resolved before it) and their
    median age (``desktop.domain.kpis.backlog``: the mean of the two middle ages);
    ``count`` when the caller counted them already."""
    sql = Sql(session)
    joins, where, params = sql.ticket_filter(scope)
    base = (f"FROM tickets t {joins} WHERE t.created_at < :at AND "
            f"({sql.resolved()} IS NULL OR {sql.resolved()} >= :at){_and(where)}")
    p = {**params, "at": at}
    if count is None:
        count = int(run(session, f"SELECT COUNT(*) {base}", p)[0][0] or 0)
    if count == 0:
        return 0, None
    middle = run(session, f"SELECT t.created_at {base} ORDER BY t.created_at "
                          f"LIMIT {2 - count % 2} OFFSET {(count - 1) // 2}", p)
    ages = [at.timestamp() - created.timestamp() for created in
            (_dt(r[0]) for r in middle) if created is not None]
    return count, round(sum(ages) / len(ages), 3) if ages else None


def _stints_sql(sql: Sql, scope: Scope) -> tuple[str, dict[str, Any]]:
    """CTEs ``rel`` (tickets that may count in the window), ``ch`` (their level changes
    in order) and ``stints`` (each time at one level: ticket_id, level, st_start,
    st_end, is_open)."""
    joins, where, params = sql.ticket_filter(scope)
    resolved = sql.resolved()
    kinds = ", ".join(f"'{k}'" for k in HANDOVER_KINDS)
    order = "PARTITION BY e.ticket_id ORDER BY e.created_at, e.id"
    ctes = f"""
        WITH rel AS (
          SELECT t.id, t.created_at, t.level, {resolved} AS resolved,
                 CASE WHEN t.escalation_count > 0 OR t.level > 1 THEN 1 ELSE 0 END AS moved
          FROM tickets t {joins}
          WHERE t.created_at < :hi AND ({resolved} IS NULL OR {resolved} >= :lo){_and(where)}
        ), ch AS (
          SELECT e.ticket_id, e.created_at AS at,
                 {sql.json_int('e.data', 'from_level')} AS from_level,
                 {sql.json_int('e.data', 'to_level')} AS to_level,
                 LAG(e.created_at) OVER ({order}) AS prev_at,
                 LEAD(e.created_at) OVER ({order}) AS next_at
          FROM rel JOIN ticket_entries e ON e.ticket_id = rel.id
          WHERE rel.moved = 1 AND e.kind IN ({kinds})
        ), stints AS (
          SELECT ch.ticket_id, ch.from_level AS level,
                 COALESCE(ch.prev_at, rel.created_at) AS st_start, ch.at AS st_end, 0 AS is_open
          FROM ch JOIN rel ON rel.id = ch.ticket_id
          UNION ALL
          SELECT rel.id, COALESCE(last.to_level, rel.level),
                 COALESCE(last.at, rel.created_at), rel.resolved, 1 AS is_open
          FROM rel LEFT JOIN ch last ON last.ticket_id = rel.id AND last.next_at IS NULL
        )"""
    return ctes, params


def escalation_figures(session: Session, scope: Scope, w: Window) -> dict[int, Ratio]:
    """Per level: tickets escalated from it in the window / tickets handled at it
    (``desktop.domain.kpis.escalation_rates``), from the tickets' escalation and
    hand-back entries. Only tickets that were ever escalated or are above level 1 are
    looked up in the entries (a ticket opened above level 1 and handed back to it is
    counted at level 1 from its creation); the others were at their level throughout."""
    sql = Sql(session)
    ctes, params = _stints_sql(sql, scope)
    p = {**params, "lo": w.start, "hi": w.end}
    rows = run(session, f"""{ctes}
        SELECT 'handled', level, COUNT(DISTINCT ticket_id) FROM stints
        WHERE st_start < :hi AND ((is_open = 0 AND st_end >= :lo)
                                  OR (is_open = 1 AND (st_end IS NULL OR st_end >= :lo)))
        GROUP BY level
        UNION ALL
        SELECT 'escalated', from_level, COUNT(DISTINCT ticket_id) FROM ch
        WHERE to_level > from_level AND at >= :lo AND at < :hi
        GROUP BY from_level""", p)
    counts: dict[str, dict[int, int]] = {"handled": {}, "escalated": {}}
    for kind, level, n in rows:
        if level is not None:
            counts[kind][int(level)] = int(n)
    return escalation_ratios(counts["escalated"], counts["handled"])


# -------------------------------------------------------------------------- responses

class CallNow(BaseModel):
    id: str
    caller_number: str
    started_at: str
    answered_at: str | None


class AgentOut(BaseModel):
    user_id: str
    name: str
    team_id: str | None
    level: int | None
    state: str
    reason: str
    state_since: str | None
    call: CallNow | None
    open_tickets: int
    handled_today: int
    queue_ids: list[str]


class QueueOut(BaseModel):
    queue_id: str
    name: str
    level: int
    waiting_calls: int
    waiting_tickets: int
    longest_wait_seconds: int | None
    at_risk: int
    breached: int


class OverviewOut(BaseModel):
    generated_at: str
    agents: list[AgentOut]
    queues: list[QueueOut]


class KpisBody(BaseModel):
    service_level: float | None
    asa_seconds: float | None
    aht_seconds: float | None
    fcr_rate: float | None
    abandonment_rate: float | None
    occupancy: float | None
    escalation_rate: dict[str, float | None]
    backlog: int
    backlog_age_seconds: float | None
    csat: float | None


class CountsOut(BaseModel):
    calls: int = Field(description="inbound calls offered: every outcome")
    answered: int
    answered_in_target: int
    abandoned: int = Field(description="abandoned after the short-abandon threshold")
    tickets_created: int
    tickets_resolved: int
    offered: int = Field(description="answered + abandoned: the service level's base")
    short_abandoned: int
    waiting: int
    handled: int


class KpisOut(BaseModel):
    start: str
    end: str
    kpis: KpisBody
    counts: CountsOut
    service_level_target_seconds: int


class BucketOut(BaseModel):
    start: str
    calls: int
    tickets: int
    staffed_agents: float
    service_level: float | None
    backlog: int


class SeriesOut(BaseModel):
    buckets: list[BucketOut]


class DrillTicket(BaseModel):
    id: str
    reference: str
    title: str
    status: str
    priority: int
    queue_id: str | None
    owner_id: str | None


class DrillCall(BaseModel):
    id: str
    caller_number: str
    started_at: str
    answered_at: str | None
    ended_at: str | None
    agent_id: str | None


class DrillOut(BaseModel):
    tickets: list[DrillTicket]
    calls: list[DrillCall]
    truncated: bool


class ReassignIn(BaseModel):
    ticket_ids: list[Id] = Field(min_length=1, max_length=MAX_REASSIGN)
    owner_id: Id | None = Field(default=None, description="new owner; null: keep the owner")
    queue_id: Id | None = Field(default=None,
                                description="new queue (same level); null: keep the queue")


class ReassignOut(BaseModel):
    updated: int


class MoveAgentIn(BaseModel):
    user_id: Id
    from_queue_id: Id | None = None
    to_queue_id: Id


class OkOut(BaseModel):
    ok: bool


class BroadcastIn(BaseModel):
    body: str = Field(min_length=1, max_length=500, pattern=r"^[^\x00]*$")
    team_id: Id | None = None
    expires_minutes: int = Field(default=60, ge=1, le=MAX_BROADCAST_MINUTES)
    # One per user action (the idempotency key): a repeat of the request returns the
    # broadcast the first one created. Optional for clients that do not send one yet.
    request_id: uuid.UUID | None = None


# A broadcast sent with a request_id gets the id uuid5(BROADCAST_IDS, "author:request_id"),
# so a repeated request finds the row of the first one without a column of its own.
BROADCAST_IDS = uuid.UUID("5b0e3c52-8d7e-4f0a-9a51-3c1f2e6d9b47")


def broadcast_id(author_id: str, request_id: uuid.UUID) -> str:
    return str(uuid.uuid5(BROADCAST_IDS, f"{author_id}:{request_id}"))


class BroadcastOut(BaseModel):
    id: str


# -------------------------------------------------------------------------- endpoints

router = APIRouter(prefix=PREFIX, tags=["supervisor"], responses=_ERRORS)

TeamQ = Annotated[str | None, Query(pattern=ID_PATTERN)]
QueueQ = Annotated[str | None, Query(pattern=ID_PATTERN)]
LevelQ = Annotated[int | None, Query(ge=1, le=3)]
AgentQ = Annotated[str | None, Query(pattern=ID_PATTERN)]


def _v(r: Ratio) -> float | None:
    value = r.value
    return None if value is None else round(value, 6)


@router.get("/overview", response_model=OverviewOut)
def overview(request: Request, me: Caller, team_id: TeamQ = None, queue_id: QueueQ = None,
             level: LevelQ = None, agent_id: AgentQ = None,
             tz: Annotated[str, Query(max_length=64,
                                      description="IANA zone of 'today'")] = DEFAULT_TZ,
             ) -> OverviewOut:
    """Who is doing what, and where calls and tickets wait, now."""
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise SupervisorError(422, proto.ERR_BAD_REQUEST, f"Unknown time zone {tz!r}.") from exc
    now = utcnow()
    local = now.astimezone(zone)
    day_lo = local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    with request.app.state.supervisor_reads() as session:
        scope = resolve_scope(session, me, team_id, queue_id, level, agent_id)
        agents = _agents(session, scope, now, day_lo)
        queues = _queues(session, scope, now)
    return OverviewOut(generated_at=to_wire_time(now) or "", agents=agents, queues=queues)


def _agents(session: Session, scope: Scope, now: datetime, day_lo: datetime) -> list[AgentOut]:
    sql = Sql(session)
    where, params = sql.user_filter(scope)
    users = (f"SELECT u.id FROM users u WHERE u.active = :yes AND u.role = 'agent'"
             f"{_and(where)}")
    p = {**params, "yes": True}
    rows = run(session, f"""
        SELECT u.id, u.display_name, u.team_id, u.level, s.state, s.reason, s.started_at,
               s.ended_at
        FROM users u LEFT JOIN agent_states s ON s.id = (
            SELECT s2.id FROM agent_states s2 WHERE s2.user_id = u.id
            ORDER BY s2.started_at DESC, s2.id DESC LIMIT 1)
        WHERE u.id IN ({users})
        ORDER BY u.display_name, u.id""", p)
    calls: dict[str, CallNow] = {}
    for agent, cid, number, started, answered in run(session, f"""
            SELECT c.agent_id, c.id, c.caller_number, c.started_at, c.answered_at
            FROM calls c WHERE c.ended_at IS NULL AND c.started_at >= :recent
              AND c.agent_id IN ({users})
            ORDER BY c.started_at""", {**p, "recent": now - STALE_CALL}):
        calls[agent] = CallNow(id=cid, caller_number=number, started_at=_ts(_dt(started)) or "",
                               answered_at=_ts(_dt(answered)))  # the latest one wins
    active = ", ".join(f"'{s}'" for s in ACTIVE)
    open_tickets = dict(run(session, f"""
        SELECT t.owner_id, COUNT(*) FROM tickets t
        WHERE t.status IN ({active}) AND t.owner_id IN ({users})
        GROUP BY t.owner_id""", p))
    handled = dict(run(session, f"""
        SELECT c.agent_id, COUNT(*) FROM calls c
        WHERE c.answered_at >= :day_lo AND c.agent_id IN ({users})
        GROUP BY c.agent_id""", {**p, "day_lo": day_lo}))
    queue_ids: dict[str, list[str]] = {}
    for user, queue in run(session, f"""
            SELECT m.user_id, m.queue_id FROM queue_members m
            WHERE m.active = :yes AND m.user_id IN ({users})
            ORDER BY m.queue_id""", p):
        queue_ids.setdefault(user, []).append(queue)
    out = []
    for uid, name, team, lvl, state, reason, started, ended in rows:
        if state is None:
            state, reason, since = State.OFFLINE.value, "", None
        elif ended is not None:  # the last state ended: signed out since
            state, reason, since = State.OFFLINE.value, "", _dt(ended)
        else:
            since = _dt(started)
        out.append(AgentOut(user_id=uid, name=name, team_id=team, level=lvl, state=state,
                            reason=reason or "", state_since=_ts(since), call=calls.get(uid),
                            open_tickets=int(open_tickets.get(uid, 0)),
                            handled_today=int(handled.get(uid, 0)),
                            queue_ids=queue_ids.get(uid, [])))
    return out


def _queues(session: Session, scope: Scope, now: datetime) -> list[QueueOut]:
    sql = Sql(session)
    where: list[str] = []
    params: dict[str, Any] = {}
    if scope.team_id is not None:
        where.append("q.team_id = :f_team")
        params["f_team"] = scope.team_id
    if scope.queue_id is not None:
        where.append("q.id = :f_queue")
        params["f_queue"] = scope.queue_id
    if scope.level is not None:
        where.append("q.level = :f_level")
        params["f_level"] = scope.level
    queues = run(session, f"SELECT q.id, q.name, q.level FROM queues q WHERE 1 = 1"
                          f"{_and(where)} ORDER BY q.level, q.name, q.id", params)
    ids = f"SELECT q.id FROM queues q WHERE 1 = 1{_and(where)}"
    waiting = {r[0]: (int(r[1]), _dt(r[2])) for r in run(session, f"""
        SELECT c.queue_id, COUNT(*), MIN(c.started_at) FROM calls c
        WHERE c.answered_at IS NULL AND c.ended_at IS NULL AND c.started_at >= :recent
          AND c.queue_id IN ({ids})
        GROUP BY c.queue_id""", {**params, "recent": now - STALE_CALL})}
    at_risk, breached = sla_conditions(sql)
    owner = "" if scope.agent_id is None else " AND t.owner_id = :f_agent"
    p = {**params, "now": now, **({"f_agent": scope.agent_id} if scope.agent_id else {})}
    tickets = {r[0]: (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0)) for r in run(session, f"""
        SELECT t.queue_id,
               SUM(CASE WHEN t.status IN ('new', 'open') AND t.owner_id IS NULL
                        THEN 1 ELSE 0 END),
               SUM(CASE WHEN {at_risk} THEN 1 ELSE 0 END),
               SUM(CASE WHEN {breached} THEN 1 ELSE 0 END)
        FROM tickets t
        WHERE t.status IN ('new', 'open', 'pending') AND t.queue_id IN ({ids}){owner}
        GROUP BY t.queue_id""", p)}
    out = []
    for qid, name, lvl in queues:
        n_wait, oldest = waiting.get(qid, (0, None))
        longest = None if oldest is None else max(0, int(now.timestamp() - oldest.timestamp()))
        w_tickets, risk, late = tickets.get(qid, (0, 0, 0))
        out.append(QueueOut(queue_id=qid, name=name, level=int(lvl), waiting_calls=n_wait,
                            waiting_tickets=w_tickets, longest_wait_seconds=longest,
                            at_risk=risk, breached=late))
    return out


@router.get("/kpis", response_model=KpisOut)
def kpis(request: Request, me: Caller, start: datetime, end: datetime,
         team_id: TeamQ = None, queue_id: QueueQ = None, level: LevelQ = None,
         agent_id: AgentQ = None) -> KpisOut:
    """The KPIs of a period (docs/kpis.md), per team, queue, level or agent."""
    w = window(start, end)
    settings = DEFAULT_SETTINGS
    with request.app.state.supervisor_reads() as session:
        scope = resolve_scope(session, me, team_id, queue_id, level, agent_id)
        calls = call_figures(session, scope, w, settings)
        time_ = agent_time_figures(session, scope, w)
        tickets = ticket_figures(session, scope, w)
    body = KpisBody(
        service_level=_v(calls.service_level), asa_seconds=_v(calls.average_speed_of_answer),
        aht_seconds=_v(calls.average_handling_time), fcr_rate=_v(tickets.fcr),
        abandonment_rate=_v(calls.abandonment_rate), occupancy=_v(time_.occupancy),
        escalation_rate={str(lv): _v(r) for lv, r in tickets.escalation.items()},
        backlog=tickets.backlog, backlog_age_seconds=tickets.backlog_median_age,
        csat=_v(tickets.csat))
    counts = CountsOut(calls=calls.offered + calls.short_abandoned + calls.waiting,
                       answered=calls.answered, answered_in_target=calls.answered_in_target,
                       abandoned=calls.abandoned, tickets_created=tickets.created,
                       tickets_resolved=tickets.resolved, offered=calls.offered,
                       short_abandoned=calls.short_abandoned, waiting=calls.waiting,
                       handled=calls.handled)
    return KpisOut(start=_ts(w.start) or "", end=_ts(w.end) or "", kpis=body, counts=counts,
                   service_level_target_seconds=int(settings.service_level_seconds))


@router.get("/series", response_model=SeriesOut)
def series(request: Request, me: Caller, start: datetime, end: datetime,
           team_id: TeamQ = None, queue_id: QueueQ = None, level: LevelQ = None,
           agent_id: AgentQ = None) -> SeriesOut:
    """One bucket per hour of elapsed time from ``start`` (the last one may be shorter):
    calls offered, tickets created, staffed agents (average logged in), service level,
    backlog at the bucket's end (or now)."""
    w = window(start, end, MAX_SERIES_PERIOD)
    settings = DEFAULT_SETTINGS
    with request.app.state.supervisor_reads() as session:
        scope = resolve_scope(session, me, team_id, queue_id, level, agent_id)
        return SeriesOut(buckets=_series(session, scope, w, settings))


def _series(session: Session, scope: Scope, w: Window,
            settings: KpiSettings) -> list[BucketOut]:
    sql = Sql(session)
    lo_s, hi_s = w.start.timestamp(), w.end.timestamp()
    n = int(-(-(hi_s - lo_s) // 3600))
    starts = [lo_s + i * 3600.0 for i in range(n)]
    ends = [min(s + 3600.0, hi_s) for s in starts]
    p: dict[str, Any] = {"lo": w.start, "hi": w.end}

    def bucket(column: str) -> str:
        return f"CAST(FLOOR({sql.secs(':lo', column)} / 3600.0) AS INTEGER)"

    joins, where, params = sql.call_filter(scope)
    wait, ring = sql.secs("c.started_at", "c.answered_at"), sql.secs("c.started_at", "c.ended_at")
    calls: dict[int, tuple[int, int, int]] = {}
    for b, total, in_target, offered in run(session, f"""
            SELECT {bucket('c.started_at')} AS b, COUNT(*),
              SUM(CASE WHEN c.answered_at IS NOT NULL AND {wait} <= :target THEN 1 ELSE 0 END),
              SUM(CASE WHEN c.answered_at IS NOT NULL
                        OR (c.ended_at IS NOT NULL AND {ring} >= :short) THEN 1 ELSE 0 END)
            FROM calls c {joins}
            WHERE c.direction = 'inbound' AND c.started_at >= :lo AND c.started_at < :hi
              {_and(where)}
            GROUP BY {bucket('c.started_at')}""",
            {**p, **params, "target": settings.service_level_seconds,
             "short": settings.short_abandon_seconds}):
        calls[int(b)] = (int(total), int(in_target or 0), int(offered or 0))

    tjoins, twhere, tparams = sql.ticket_filter(scope)
    resolved = sql.resolved()
    created: dict[int, int] = {}
    done: dict[int, int] = {}
    start_backlog = 0
    # one scan: the hour each ticket was created / resolved in, and the backlog at start
    for c_bucket, r_bucket, open_at_start, k in run(session, f"""
            SELECT CASE WHEN t.created_at >= :lo THEN {bucket('t.created_at')} END,
                   CASE WHEN {resolved} < :hi THEN {bucket(resolved)} END,
                   CASE WHEN t.created_at < :lo THEN 1 ELSE 0 END, COUNT(*)
            FROM tickets t {tjoins}
            WHERE t.created_at < :hi AND ({resolved} IS NULL OR {resolved} >= :lo)
              {_and(twhere)}
            GROUP BY 1, 2, 3""", {**p, **tparams}):
        if open_at_start:
            start_backlog += int(k)
        if c_bucket is not None:
            created[int(c_bucket)] = created.get(int(c_bucket), 0) + int(k)
        if r_bucket is not None:
            done[int(r_bucket)] = done.get(int(r_bucket), 0) + int(k)
    as_of = w.as_of
    # created in a bucket before now (future buckets carry the backlog of now)
    now_bucket = int((as_of.timestamp() - lo_s) // 3600)

    rows, sparams = _state_rows_sql(sql, scope, ":lo", ":hi")
    staffed: dict[int, float] = {}
    logged_in = ", ".join(f"'{s.value}'" for s in State if s is not State.OFFLINE)
    values = " UNION ALL ".join(
        f"SELECT {i} AS i, {starts[i]!r} AS bs, {ends[i]!r} AS be" for i in range(n))
    for i, total in run(session, f"""
            SELECT bk.i, SUM(CASE WHEN st.b < bk.be THEN st.b ELSE bk.be END
                           - CASE WHEN st.a > bk.bs THEN st.a ELSE bk.bs END)
            FROM ({rows}) st JOIN ({values}) bk ON st.a < bk.be AND st.b > bk.bs
            WHERE st.state IN ({logged_in})
            GROUP BY bk.i""", {**sparams, "lo": w.start, "hi": w.end,
                               "now": min(utcnow(), w.end)}):
        staffed[int(i)] = _f(total)

    out = []
    backlog = start_backlog
    for i in range(n):
        if i <= now_bucket:
            backlog += created.get(i, 0) - done.get(i, 0)
        total, in_target, offered = calls.get(i, (0, 0, 0))
        out.append(BucketOut(
            start=to_wire_time(datetime.fromtimestamp(starts[i], UTC)) or "", calls=total,
            tickets=created.get(i, 0),
            staffed_agents=round(staffed_agents(staffed.get(i, 0.0), ends[i] - starts[i]), 3),
            service_level=_v(Ratio(in_target, offered)), backlog=max(backlog, 0)))
    return out


@router.get("/drill", response_model=DrillOut)
def drill(request: Request, me: Caller, kpi: DrillKpi,
          start: datetime, end: datetime, team_id: TeamQ = None, queue_id: QueueQ = None,
          level: LevelQ = None, agent_id: AgentQ = None) -> DrillOut:
    """The tickets or calls behind a figure (at most 500 of each, newest first)."""
    w = window(start, end)
    with request.app.state.supervisor_reads() as session:
        scope = resolve_scope(session, me, team_id, queue_id, level, agent_id)
        sql = Sql(session)
        limit = MAX_DRILL_ROWS + 1
        calls: list[Any] = []
        tickets: list[Any] = []
        if kpi in ("calls", "answered", "abandoned", "service_level"):
            joins, where, params = sql.call_filter(scope)
            wait = sql.secs("c.started_at", "c.answered_at")
            ring = sql.secs("c.started_at", "c.ended_at")
            extra = {
                "calls": "1 = 1",
                "answered": "c.answered_at IS NOT NULL",
                "abandoned": f"c.answered_at IS NULL AND c.ended_at IS NOT NULL "
                             f"AND {ring} >= :short",
                # the calls that missed the target: answered late, or abandoned
                "service_level": f"((c.answered_at IS NOT NULL AND {wait} > :target) OR "
                                 f"(c.answered_at IS NULL AND c.ended_at IS NOT NULL "
                                 f"AND {ring} >= :short))",
            }[kpi]
            calls = run(session, f"""
                SELECT c.id, c.caller_number, c.started_at, c.answered_at, c.ended_at,
                       c.agent_id
                FROM calls c {joins}
                WHERE c.direction = 'inbound' AND c.started_at >= :lo AND c.started_at < :hi
                  AND {extra}{_and(where)}
                ORDER BY c.started_at DESC, c.id LIMIT {limit}""",
                {**params, "lo": w.start, "hi": w.end,
                 "target": DEFAULT_SETTINGS.service_level_seconds,
                 "short": DEFAULT_SETTINGS.short_abandon_seconds})
        else:
            joins, where, params = sql.ticket_filter(scope)
            resolved = sql.resolved()
            at_risk, breached = sla_conditions(sql)
            p: dict[str, Any] = {**params, "lo": w.start, "hi": w.end}
            if kpi == "tickets_created":
                cond = "t.created_at >= :lo AND t.created_at < :hi"
            elif kpi == "tickets_resolved":
                cond = f"{resolved} >= :lo AND {resolved} < :hi"
            elif kpi == "backlog":
                cond = f"t.created_at < :at AND ({resolved} IS NULL OR {resolved} >= :at)"
                p["at"] = w.as_of
            elif kpi == "escalated":
                cond = ("EXISTS (SELECT 1 FROM ticket_entries e WHERE e.ticket_id = t.id "
                        "AND e.kind = 'escalation' AND e.created_at >= :lo "
                        "AND e.created_at < :hi)")
            else:  # at_risk, breached: now
                cond = at_risk if kpi == "at_risk" else breached
                p["now"] = utcnow()
            tickets = run(session, f"""
                SELECT t.id, t.reference, t.title, t.status, t.priority, t.queue_id,
                       t.owner_id
                FROM tickets t {joins} WHERE {cond}{_and(where)}
                ORDER BY t.created_at DESC, t.id LIMIT {limit}""", p)
    truncated = len(calls) > MAX_DRILL_ROWS or len(tickets) > MAX_DRILL_ROWS
    return DrillOut(
        tickets=[DrillTicket(id=r[0], reference=r[1], title=r[2], status=r[3],
                             priority=int(r[4]), queue_id=r[5], owner_id=r[6])
                 for r in tickets[:MAX_DRILL_ROWS]],
        calls=[DrillCall(id=r[0], caller_number=r[1], started_at=_ts(_dt(r[2])) or "",
                         answered_at=_ts(_dt(r[3])), ended_at=_ts(_dt(r[4])), agent_id=r[5])
               for r in calls[:MAX_DRILL_ROWS]],
        truncated=truncated)


# ---------------------------------------------------------------------------- actions

def _team_user(session: Session, me: auth.Principal, user_id: str) -> dict[str, Any]:
    row = session.execute(select(_USERS.c.id, _USERS.c.team_id, _USERS.c.active,
                                 _USERS.c.role)
                          .where(_USERS.c.id == user_id)).mappings().first()
    if row is None or not row["active"]:
        raise SupervisorError(422, "user_unknown", "There is no active user with this id.",
                              {"user_id": user_id})
    if not _is_admin(me) and (me.team_id is None or row["team_id"] != me.team_id):
        raise SupervisorError(403, proto.ERR_FORBIDDEN,
                              "This user does not belong to your team.", {"user_id": user_id})
    return dict(row)


def _team_queue(session: Session, me: auth.Principal, queue_id: str) -> dict[str, Any]:
    row = session.execute(select(_QUEUES.c.id, _QUEUES.c.team_id, _QUEUES.c.level)
                          .where(_QUEUES.c.id == queue_id)).mappings().first()
    if row is None:
        raise SupervisorError(422, "queue_unknown", "This queue does not exist.",
                              {"queue_id": queue_id})
    if not _is_admin(me) and (me.team_id is None or row["team_id"] != me.team_id):
        raise SupervisorError(403, proto.ERR_FORBIDDEN,
                              "This queue does not belong to your team.",
                              {"queue_id": queue_id})
    return dict(row)


@router.post("/reassign", response_model=ReassignOut)
def reassign(body: ReassignIn, request: Request, me: Caller) -> ReassignOut:
    """Give tickets another owner and/or queue, all or none.

    Each changed ticket gets a new version, the ``field_change`` timeline entries and
    the recomputed SLA due times of the push path's ticket rules; a ticket the
    supervisor may not see, or a queue of another level (an escalation), refuses the
    whole request (422 with the rule's code, or 404 for an unknown ticket).
    """
    if body.owner_id is None and body.queue_id is None:
        raise SupervisorError(422, proto.ERR_BAD_REQUEST, "Name a new owner or a new queue.")
    ids = list(dict.fromkeys(body.ticket_ids))
    with request.app.state.sessions.begin() as session:
        if body.owner_id is not None:
            _team_user(session, me, body.owner_id)
        if body.queue_id is not None:
            _team_queue(session, me, body.queue_id)
        current = {r["id"]: dict(r) for r in session.execute(
            select(_TICKETS).where(_TICKETS.c.id.in_(ids))).mappings()}
        missing = [i for i in ids if i not in current]
        if missing:
            raise SupervisorError(404, "not_found", "No such ticket.", {"ticket_id": missing[0]})
        wanted = {k: v for k, v in (("owner_id", body.owner_id), ("queue_id", body.queue_id))
                  if v is not None}
        todo = [i for i in ids if any(current[i][k] != v for k, v in wanted.items())]
        if not todo:
            return ReassignOut(updated=0)
        version = next_version(session)
        rules = rules_for("tickets")
        now = utcnow()
        for ticket_id in todo:
            before = current[ticket_id]
            changes: dict[str, Any] = {k: v for k, v in wanted.items() if before[k] != v}
            ctx = WriteContext(session=session, principal=me, entity="tickets",
                               entity_id=ticket_id, op="update",
                               next_version=lambda: version)
            try:
                for rule in rules:
                    rule.check_access(ctx, before)
                    rule.on_update(ctx, before, changes)
            except Rejected as exc:
                raise SupervisorError(422, exc.code, exc.message,
                                      {**exc.params, "ticket_id": ticket_id}) from exc
            changes["updated_at"] = now
            session.execute(update(_TICKETS).where(_TICKETS.c.id == ticket_id)
                            .values(**changes, version=version))
            for name in wanted:
                if name in changes:
                    session.add(ReplacedValue(
                        entity="tickets", entity_id=ticket_id, field=name,
                        old_value=None if before[name] is None else json.dumps(before[name]),
                        new_value=json.dumps(changes[name]), user_id=me.user_id,
                        version=version))
            written = {**before, **changes}
            for rule in rules:
                rule.after_write(ctx, written, version)
    log.info("%s reassigned %d ticket(s) (owner %s, queue %s)", me.username, len(todo),
             body.owner_id, body.queue_id)
    return ReassignOut(updated=len(todo))


@router.post("/move-agent", response_model=OkOut)
def move_agent(body: MoveAgentIn, request: Request, me: Caller) -> OkOut:
    """End the agent's membership of ``from_queue_id`` (kept as an inactive row) and
    create or re-activate the one of ``to_queue_id``, in one transaction."""
    with request.app.state.sessions.begin() as session:
        _team_user(session, me, body.user_id)
        _team_queue(session, me, body.to_queue_id)
        if body.from_queue_id is not None:
            _team_queue(session, me, body.from_queue_id)
        rows = {r["queue_id"]: dict(r) for r in session.execute(
            select(_MEMBERS).where(_MEMBERS.c.user_id == body.user_id)
            .order_by(_MEMBERS.c.active)).mappings()}
        target = rows.get(body.to_queue_id)
        leave = (rows.get(body.from_queue_id) if body.from_queue_id not in
                 (None, body.to_queue_id) else None)
        if (target is not None and target["active"]
                and (leave is None or not leave["active"])):
            return OkOut(ok=True)  # nothing to change
        version = next_version(session)
        if leave is not None and leave["active"]:
            session.execute(update(_MEMBERS).where(_MEMBERS.c.user_id == body.user_id,
                                                   _MEMBERS.c.queue_id == body.from_queue_id)
                            .values(active=False, version=version))
        if target is None:
            session.execute(insert(_MEMBERS).values(id=new_id(), queue_id=body.to_queue_id,
                                                    user_id=body.user_id, active=True,
                                                    version=version))
        elif not target["active"]:
            session.execute(update(_MEMBERS).where(_MEMBERS.c.id == target["id"])
                            .values(active=True, version=version))
    log.info("%s moved %s from queue %s to %s", me.username, body.user_id,
             body.from_queue_id, body.to_queue_id)
    return OkOut(ok=True)


@router.post("/broadcast", response_model=BroadcastOut)
def broadcast(body: BroadcastIn, request: Request, me: Caller) -> BroadcastOut:
    """A short message to the desktops of a team (a supervisor: their own; an admin:
    any, or with ``team_id`` null everyone).

    Idempotent per ``request_id``: the client's HTTP layer repeats a request whose reply
    was lost, and the repeat returns the broadcast the first one created."""
    text_ = body.body.strip()
    if not text_:
        raise SupervisorError(422, proto.ERR_BAD_REQUEST, "The message is empty.")
    now = utcnow()
    key = body.request_id
    row_id = new_id() if key is None else broadcast_id(me.user_id, key)
    sessions = request.app.state.sessions
    try:
        return _insert_broadcast(sessions, me, body, text_, row_id, now)
    except IntegrityError:
        # the same request twice at once (PostgreSQL): the other copy's row came first
        if key is not None and _broadcast_exists(sessions, row_id):
            log.info("%s repeated broadcast request %s", me.username, key)
            return BroadcastOut(id=row_id)
        raise


def _broadcast_exists(sessions: sessionmaker[Session], row_id: str) -> bool:
    with sessions.begin() as session:
        return session.execute(select(_BROADCASTS.c.id)
                               .where(_BROADCASTS.c.id == row_id)).first() is not None


def _insert_broadcast(sessions: sessionmaker[Session], me: auth.Principal, body: BroadcastIn,
                      text_: str, row_id: str, now: datetime) -> BroadcastOut:
    with sessions.begin() as session:
        if body.request_id is not None and session.execute(
                select(_BROADCASTS.c.id).where(_BROADCASTS.c.id == row_id)).first():
            log.info("%s repeated broadcast request %s", me.username, body.request_id)
            return BroadcastOut(id=row_id)
        team = resolve_team(session, me, body.team_id)
        if team is not None:
            exists = session.execute(select(SYNCED_TABLES["teams"].c.id)
                                     .where(SYNCED_TABLES["teams"].c.id == team)).first()
            if exists is None:
                raise SupervisorError(422, "team_unknown", "This team does not exist.",
                                      {"team_id": team})
        version = next_version(session)
        session.execute(insert(_BROADCASTS).values(
            id=row_id, team_id=team, author_id=me.user_id, body=text_, created_at=now,
            expires_at=now + timedelta(minutes=body.expires_minutes), version=version))
    log.info("%s broadcast to team %s", me.username, team)
    return BroadcastOut(id=row_id)


def read_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions for the figures. On SQLite a second engine whose transactions begin
    *deferred* (``BEGIN``): in WAL mode a read then sees one consistent snapshot without
    taking the write lock that the server's own sessions take at ``BEGIN IMMEDIATE``, so
    a supervisor's seconds-long KPI query never holds up the agents' pushes. The
    connections are read-only (``PRAGMA query_only``)."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return session_factory(engine)
    reads = create_engine(engine.url, connect_args={"timeout": 30,
                                                    "check_same_thread": False})

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN of pysqlite
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    sa_event.listen(reads, "connect", on_connect)
    sa_event.listen(reads, "begin", on_begin)
    return session_factory(reads)


def install(app: FastAPI) -> None:
    """Add the supervisor endpoints to ``app`` (``server.api.create_app`` calls this,
    with ``app.state.engine`` and ``app.state.sessions`` set)."""
    app.state.supervisor_reads = read_sessions(app.state.engine)

    async def refused(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, SupervisorError)
        error: dict[str, Any] = {"code": exc.code, "message": exc.message}
        if exc.params:
            error["params"] = exc.params
        return JSONResponse({"error": error}, status_code=exc.status, headers=exc.headers)

    app.add_exception_handler(SupervisorError, refused)
    app.include_router(router)


