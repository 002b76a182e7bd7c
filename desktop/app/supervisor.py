"""The supervisor team view's client: the ``/api/v1/supervisor`` endpoints
(docs/supervisor.md) turned into typed, frozen dataclasses, run off the UI thread.

``parse_*`` are pure functions: a reply that is not shaped like the contract raises
:class:`~desktop.sync.api.BadReply` with a message that names the part that is wrong.
:class:`SupervisorService` runs the calls on the task manager's worker (one after the
other with the sync, so the one httpx client is never used by two threads) and reports
back by signal; :meth:`SupervisorService.request_overview` coalesces live refreshes
(debounced, ~250 ms) so a burst of changes costs one request.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.app.messages import REJECTION_CODES, describe_error, describe_rejection
from desktop.app.tasks import TaskManager
from desktop.sync.api import BadReply, ServerClient, ServerError

log = logging.getLogger("agentdesk.app.supervisor")

PREFIX = "/supervisor"
DEBOUNCE_MS = 250
BROADCAST_MAX = 500
DRILL_KPIS = ("calls", "answered", "abandoned", "service_level", "tickets_created",
              "tickets_resolved", "backlog", "at_risk", "breached", "escalated")


# -- typed replies ---------------------------------------------------------------------
@dataclass(frozen=True)
class Filters:
    """The optional filters of the GET endpoints; None leaves a filter out."""

    team_id: str | None = None
    queue_id: str | None = None
    level: int | None = None
    agent_id: str | None = None

    def params(self) -> dict[str, Any]:
        values = {"team_id": self.team_id, "queue_id": self.queue_id, "level": self.level,
                  "agent_id": self.agent_id}
        return {k: v for k, v in values.items() if v is not None and v != ""}


@dataclass(frozen=True)
class CurrentCall:
    id: str
    caller_number: str
    started_at: datetime
    answered_at: datetime | None


@dataclass(frozen=True)
class AgentRow:
    user_id: str
    name: str
    team_id: str | None
    state: str
    reason: str
    state_since: datetime | None
    call: CurrentCall | None
    open_tickets: int
    handled_today: int
    queue_ids: tuple[str, ...]


@dataclass(frozen=True)
class QueueRow:
    queue_id: str
    name: str
    level: int
    waiting_calls: int
    waiting_tickets: int
    longest_wait_seconds: int | None
    at_risk: int
    breached: int


@dataclass(frozen=True)
class Overview:
    generated_at: datetime
    agents: tuple[AgentRow, ...]
    queues: tuple[QueueRow, ...]


@dataclass(frozen=True)
class KpiCounts:
    calls: int = 0
    answered: int = 0
    answered_in_target: int = 0
    abandoned: int = 0
    tickets_created: int = 0
    tickets_resolved: int = 0


@dataclass(frozen=True)
class Kpis:
    start: datetime
    end: datetime
    service_level: float | None
    asa_seconds: float | None
    aht_seconds: float | None
    fcr_rate: float | None
    abandonment_rate: float | None
    occupancy: float | None
    escalation_rate: dict[int, float | None]
    backlog: int
    backlog_age_seconds: float | None
    csat: float | None
    counts: KpiCounts
    service_level_target_seconds: int


@dataclass(frozen=True)
class SeriesBucket:
    start: datetime
    calls: int
    tickets: int
    staffed_agents: float
    service_level: float | None
    backlog: int


@dataclass(frozen=True)
class DrillTicket:
    id: str
    reference: str
    title: str
    status: str
    priority: int | None
    queue_id: str | None
    owner_id: str | None


@dataclass(frozen=True)
class DrillCall:
    id: str
    caller_number: str
    started_at: datetime | None
    answered_at: datetime | None
    ended_at: datetime | None
    agent_id: str | None


@dataclass(frozen=True)
class Drill:
    kpi: str
    tickets: tuple[DrillTicket, ...] = ()
    calls: tuple[DrillCall, ...] = ()
    truncated: bool = False


@dataclass(frozen=True)
class Period:
    """``[start, end)`` of a KPI request, as aware datetimes."""

    start: datetime
    end: datetime
    kind: str = "range"  # "today", "week" or "range"

    def params(self) -> dict[str, str]:
        return {"start": wire_time(self.start), "end": wire_time(self.end)}


def today(now: datetime, tz: tzinfo) -> Period:
    local = now.astimezone(tz).date()
    return days(local, local, tz, "today")


def this_week(now: datetime, tz: tzinfo) -> Period:
    local = now.astimezone(tz).date()
    monday = local - timedelta(days=local.weekday())
    return days(monday, monday + timedelta(days=6), tz, "week")


def days(first: date, last: date, tz: tzinfo, kind: str = "range") -> Period:
    """Local midnight of ``first`` to local midnight after ``last``."""
    if last < first:
        first, last = last, first
    start = datetime.combine(first, time(0), tz)
    end = datetime.combine(last + timedelta(days=1), time(0), tz)
    return Period(start, end, kind)


def wire_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


# -- parsing ---------------------------------------------------------------------------
class _Reader:
    """Reads one JSON object; every failure is a BadReply naming where it happened."""

    def __init__(self, what: str) -> None:
        self.what = what

    def fail(self, where: str, problem: str) -> BadReply:
        return BadReply(f"The server's {self.what} reply is malformed: {where} {problem}.")

    def obj(self, value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(where, "is not an object")
        return value

    def items(self, data: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = data.get(key)
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", "is not a list")
        return value

    def text(self, data: Mapping[str, Any], key: str, where: str,
             optional: bool = False) -> str:
        value = data.get(key)
        if value is None and optional:
            return ""
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise self.fail(f"{where}.{key}", "is missing or not text")
        return str(value)

    def opt_text(self, data: Mapping[str, Any], key: str, where: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        return self.text(data, key, where)

    def integer(self, data: Mapping[str, Any], key: str, where: str) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{where}.{key}", "is missing or not a number")
        if isinstance(value, float) and not value.is_integer():
            raise self.fail(f"{where}.{key}", "is not a whole number")
        if value < 0:
            raise self.fail(f"{where}.{key}", "is negative")
        return int(value)

    def opt_integer(self, data: Mapping[str, Any], key: str, where: str) -> int | None:
        if data.get(key) is None:
            return None
        return self.integer(data, key, where)

    def number(self, data: Mapping[str, Any], key: str, where: str) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{where}.{key}", "is missing or not a number")
        return float(value)

    def opt_number(self, data: Mapping[str, Any], key: str, where: str) -> float | None:
        if data.get(key) is None:
            return None
        return self.number(data, key, where)

    def share(self, data: Mapping[str, Any], key: str, where: str) -> float | None:
        value = self.opt_number(data, key, where)
        if value is not None and not 0.0 <= value <= 1.0:
            raise self.fail(f"{where}.{key}", "is not a share between 0 and 1")
        return value

    def when(self, data: Mapping[str, Any], key: str, where: str) -> datetime:
        value = data.get(key)
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", "is missing or not a time")
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise self.fail(f"{where}.{key}", "is not an ISO 8601 time") from exc
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)

    def opt_when(self, data: Mapping[str, Any], key: str, where: str) -> datetime | None:
        if data.get(key) is None:
            return None
        return self.when(data, key, where)


def parse_overview(data: Any) -> Overview:
    r = _Reader("team overview")
    top = r.obj(data, "the reply")
    agents = []
    for n, raw in enumerate(r.items(top, "agents", "overview")):
        where = f"agents[{n}]"
        a = r.obj(raw, where)
        call = None
        if a.get("call") is not None:
            c = r.obj(a["call"], f"{where}.call")
            call = CurrentCall(r.text(c, "id", f"{where}.call"),
                               r.text(c, "caller_number", f"{where}.call", optional=True),
                               r.when(c, "started_at", f"{where}.call"),
                               r.opt_when(c, "answered_at", f"{where}.call"))
        queue_ids = a.get("queue_ids", [])
        if not isinstance(queue_ids, list) or not all(isinstance(q, str) for q in queue_ids):
            raise r.fail(f"{where}.queue_ids", "is not a list of ids")
        agents.append(AgentRow(
            user_id=r.text(a, "user_id", where), name=r.text(a, "name", where),
            team_id=r.opt_text(a, "team_id", where), state=r.text(a, "state", where),
            reason=r.text(a, "reason", where, optional=True),
            state_since=r.opt_when(a, "state_since", where), call=call,
            open_tickets=r.integer(a, "open_tickets", where),
            handled_today=r.integer(a, "handled_today", where),
            queue_ids=tuple(queue_ids)))
    queues = []
    for n, raw in enumerate(r.items(top, "queues", "overview")):
        where = f"queues[{n}]"
        q = r.obj(raw, where)
        queues.append(QueueRow(
            queue_id=r.text(q, "queue_id", where), name=r.text(q, "name", where),
            level=r.integer(q, "level", where),
            waiting_calls=r.integer(q, "waiting_calls", where),
            waiting_tickets=r.integer(q, "waiting_tickets", where),
            longest_wait_seconds=r.opt_integer(q, "longest_wait_seconds", where),
            at_risk=r.integer(q, "at_risk", where), breached=r.integer(q, "breached", where)))
    return Overview(r.when(top, "generated_at", "overview"), tuple(agents), tuple(queues))


def parse_kpis(data: Any) -> Kpis:
    r = _Reader("KPI")
    top = r.obj(data, "the reply")
    k = r.obj(top.get("kpis"), "kpis")
    c = r.obj(top.get("counts"), "counts")
    raw_rates = r.obj(k.get("escalation_rate", {}), "kpis.escalation_rate")
    rates: dict[int, float | None] = {}
    for level in ("1", "2", "3"):
        rates[int(level)] = r.share(raw_rates, level, "kpis.escalation_rate")
    counts = KpiCounts(**{name: r.integer(c, name, "counts") for name in (
        "calls", "answered", "answered_in_target", "abandoned", "tickets_created",
        "tickets_resolved")})
    csat = r.opt_number(k, "csat", "kpis")
    return Kpis(
        start=r.when(top, "start", "kpis"), end=r.when(top, "end", "kpis"),
        service_level=r.share(k, "service_level", "kpis"),
        asa_seconds=r.opt_number(k, "asa_seconds", "kpis"),
        aht_seconds=r.opt_number(k, "aht_seconds", "kpis"),
        fcr_rate=r.share(k, "fcr_rate", "kpis"),
        abandonment_rate=r.share(k, "abandonment_rate", "kpis"),
        occupancy=r.share(k, "occupancy", "kpis"),
        escalation_rate=rates, backlog=r.integer(k, "backlog", "kpis"),
        backlog_age_seconds=r.opt_number(k, "backlog_age_seconds", "kpis"),
        csat=csat, counts=counts,
        service_level_target_seconds=r.integer(top, "service_level_target_seconds", "kpis"))


def parse_series(data: Any) -> tuple[SeriesBucket, ...]:
    r = _Reader("chart series")
    top = r.obj(data, "the reply")
    buckets = []
    for n, raw in enumerate(r.items(top, "buckets", "series")):
        where = f"buckets[{n}]"
        b = r.obj(raw, where)
        buckets.append(SeriesBucket(
            start=r.when(b, "start", where), calls=r.integer(b, "calls", where),
            tickets=r.integer(b, "tickets", where),
            staffed_agents=r.number(b, "staffed_agents", where),
            service_level=r.share(b, "service_level", where),
            backlog=r.integer(b, "backlog", where)))
    return tuple(sorted(buckets, key=lambda b: b.start))


def parse_drill(kpi: str, data: Any) -> Drill:
    r = _Reader("drill-down")
    top = r.obj(data, "the reply")
    tickets = []
    for n, raw in enumerate(top.get("tickets") or []):
        where = f"tickets[{n}]"
        t = r.obj(raw, where)
        tickets.append(DrillTicket(
            id=r.text(t, "id", where), reference=r.text(t, "reference", where, True),
            title=r.text(t, "title", where, True), status=r.text(t, "status", where, True),
            priority=r.opt_integer(t, "priority", where),
            queue_id=r.opt_text(t, "queue_id", where),
            owner_id=r.opt_text(t, "owner_id", where)))
    calls = []
    for n, raw in enumerate(top.get("calls") or []):
        where = f"calls[{n}]"
        c = r.obj(raw, where)
        calls.append(DrillCall(
            id=r.text(c, "id", where), caller_number=r.text(c, "caller_number", where, True),
            started_at=r.opt_when(c, "started_at", where),
            answered_at=r.opt_when(c, "answered_at", where),
            ended_at=r.opt_when(c, "ended_at", where),
            agent_id=r.opt_text(c, "agent_id", where)))
    if not isinstance(top.get("tickets", []), list) or not isinstance(top.get("calls", []),
                                                                      list):
        raise r.fail("tickets/calls", "is not a list")
    return Drill(kpi, tuple(tickets), tuple(calls), bool(top.get("truncated", False)))


# -- calls (plain functions: they run on the worker thread) ----------------------------
def get_overview(client: ServerClient, filters: Filters, tz: str | None = None) -> Overview:
    """``tz``: the IANA zone whose midnight starts "today" (handled today)."""
    params = filters.params()
    if tz:
        params["tz"] = tz
    return parse_overview(client.get_json(f"{PREFIX}/overview", params))


def get_kpis(client: ServerClient, period: Period, filters: Filters) -> Kpis:
    return parse_kpis(client.get_json(f"{PREFIX}/kpis",
                                      {**period.params(), **filters.params()}))


MAX_SERIES = timedelta(days=31)  # the server's limits (docs/supervisor.md)
MAX_KPI_PERIOD = timedelta(days=93)


def get_series(client: ServerClient, period: Period, filters: Filters
               ) -> tuple[SeriesBucket, ...]:
    """Hourly buckets; of a period longer than the server serves, its last 31 days."""
    if period.end - period.start > MAX_SERIES:
        period = Period(period.end - MAX_SERIES, period.end, period.kind)
    return parse_series(client.get_json(f"{PREFIX}/series",
                                        {**period.params(), **filters.params()}))


def get_drill(client: ServerClient, kpi: str, period: Period, filters: Filters) -> Drill:
    if kpi not in DRILL_KPIS:
        raise ValueError(f"unknown KPI {kpi!r}")
    return parse_drill(kpi, client.get_json(
        f"{PREFIX}/drill", {"kpi": kpi, **period.params(), **filters.params()}))


def reassign(client: ServerClient, ticket_ids: Sequence[str], owner_id: str | None,
             queue_id: str | None) -> int:
    reply = client.post_json(f"{PREFIX}/reassign", {
        "ticket_ids": list(ticket_ids), "owner_id": owner_id, "queue_id": queue_id})
    if not isinstance(reply, Mapping) or not isinstance(reply.get("updated"), int):
        raise BadReply("The server's reply to the reassignment is malformed.")
    return int(reply["updated"])


def move_agent(client: ServerClient, user_id: str, from_queue_id: str | None,
               to_queue_id: str) -> None:
    reply = client.post_json(f"{PREFIX}/move-agent", {
        "user_id": user_id, "from_queue_id": from_queue_id, "to_queue_id": to_queue_id})
    if not isinstance(reply, Mapping) or reply.get("ok") is not True:
        raise BadReply("The server's reply to moving the agent is malformed.")


def broadcast(client: ServerClient, body: str, team_id: str | None,
              expires_minutes: int, request_id: str | None = None) -> str:
    """Send a broadcast; its id. ``request_id`` names the user's action (a new one when
    not given): the HTTP layer's retries repeat it, and the server answers a repeat with
    the broadcast the first request created instead of sending it twice."""
    text = body.strip()
    if not 1 <= len(text) <= BROADCAST_MAX:
        raise ValueError(f"a broadcast has 1 to {BROADCAST_MAX} characters")
    reply = client.post_json(f"{PREFIX}/broadcast", {
        "body": text, "team_id": team_id, "expires_minutes": int(expires_minutes),
        "request_id": request_id or str(uuid.uuid4())})
    if not isinstance(reply, Mapping) or not reply.get("id"):
        raise BadReply("The server's reply to the broadcast is malformed.")
    return str(reply["id"])


def describe_supervisor_error(exc: BaseException, server_url: str,
                              action: bool = False) -> str:
    """A translated sentence for the supervisor; ``action``: a reassignment, move or
    broadcast failed (not a figure)."""
    translate = QCoreApplication.translate
    if isinstance(exc, ServerError) and exc.status == 403:
        if action:
            return translate("Supervisor", "The server refused: that agent, queue or team "
                                           "is not in your team.")
        return translate("Supervisor", "The server refused: the team view is for "
                                       "supervisors of this team only.")
    if isinstance(exc, ServerError) and exc.code in REJECTION_CODES:
        return translate("Supervisor", "The server did not do it: %1 (%2)").replace(
            "%1", describe_rejection(exc.code)).replace("%2", exc.message)
    if isinstance(exc, BadReply):
        return translate("Supervisor", "The server's answer could not be read, so the "
                                       "figures were not updated. The last figures stay "
                                       "on screen.")
    return describe_error(exc, server_url, during_sync=True)


# -- the service -------------------------------------------------------------------------
@dataclass
class _Slot:
    """One kind of request: at most one in flight, one more queued behind it."""

    running: bool = False
    again: bool = False
    generation: int = 0
    args: tuple[Any, ...] = field(default_factory=tuple)


class SupervisorService(QObject):
    """The team view's requests, off the UI thread.

    Signals:
        overview_loaded(object): an :class:`Overview`.
        kpis_loaded(object): :class:`Kpis`.
        series_loaded(object): a tuple of :class:`SeriesBucket`.
        drill_loaded(object): a :class:`Drill`.
        action_done(str, object): ``reassign``/``move_agent``/``broadcast`` and its result.
        failed(str, str): which request (``overview``, ``kpis``, ...) and a translated
            sentence.
    """

    overview_loaded = Signal(object)
    kpis_loaded = Signal(object)
    series_loaded = Signal(object)
    drill_loaded = Signal(object)
    action_done = Signal(str, object)
    failed = Signal(str, str)

    def __init__(self, tasks: TaskManager, client: Callable[[], ServerClient],
                 server_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._client = client
        self.server_url = server_url
        self.filters = Filters()
        self.tz_name: str | None = None  # IANA name of the local zone, for "today"
        self._slots: dict[str, _Slot] = {}
        self._closed = False
        self.debounce = QTimer(self)
        self.debounce.setObjectName("overviewDebounce")
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.load_overview)

    def close(self) -> None:
        self._closed = True
        self.debounce.stop()

    def request_overview(self) -> None:
        """Something changed: fetch the overview again soon (bursts coalesce)."""
        if not self._closed:
            self.debounce.start()

    def load_overview(self) -> None:
        filters, tz = self.filters, self.tz_name
        self._run("overview", lambda c: get_overview(c, filters, tz), self.overview_loaded)

    def load_kpis(self, period: Period) -> None:
        filters = self.filters
        self._run("kpis", lambda c: get_kpis(c, period, filters), self.kpis_loaded)

    def load_series(self, period: Period) -> None:
        filters = self.filters
        self._run("series", lambda c: get_series(c, period, filters), self.series_loaded)

    def load_drill(self, kpi: str, period: Period, filters: Filters | None = None) -> None:
        used = filters if filters is not None else self.filters
        self._run("drill", lambda c: get_drill(c, kpi, period, used), self.drill_loaded,
                  latest_only=True)

    def reassign(self, ticket_ids: Sequence[str], owner_id: str | None,
                 queue_id: str | None) -> None:
        ids = list(ticket_ids)
        self._action("reassign", lambda c: reassign(c, ids, owner_id, queue_id))

    def move_agent(self, user_id: str, from_queue_id: str | None, to_queue_id: str) -> None:
        self._action("move_agent", lambda c: move_agent(c, user_id, from_queue_id,
                                                        to_queue_id))

    def broadcast(self, body: str, team_id: str | None, expires_minutes: int) -> None:
        request_id = str(uuid.uuid4())  # one per action: retries of it are one broadcast
        self._action("broadcast", lambda c: broadcast(c, body, team_id, expires_minutes,
                                                      request_id))

    # -- plumbing ------------------------------------------------------------------------
    def _action(self, name: str, job: Callable[[ServerClient], Any]) -> None:
        client = self._client

        def done(result: Any) -> None:
            if not self._closed:
                self.action_done.emit(name, result)
                self.request_overview()

        def failed(exc: BaseException) -> None:
            if not self._closed:
                self._fail(name, exc)

        self._submit(lambda: job(client()), done, failed)

    def _run(self, name: str, job: Callable[[ServerClient], Any], signal: Any,
             latest_only: bool = False) -> None:
        """Run ``job``; while one of the same kind runs, run it once more afterwards
        (with the newest arguments) instead of piling requests up."""
        slot = self._slots.setdefault(name, _Slot())
        slot.generation += 1
        if slot.running:
            slot.again = True
            slot.args = (job, signal, latest_only)
            return
        slot.running = True
        generation = slot.generation
        client = self._client

        def finish() -> None:
            slot.running = False
            if slot.again and not self._closed:
                slot.again = False
                self._run(name, *slot.args)

        def done(result: Any) -> None:
            stale = latest_only and generation != slot.generation
            if not self._closed and not stale:
                signal.emit(result)
            finish()

        def failed(exc: BaseException) -> None:
            if not self._closed:
                self._fail(name, exc)
            finish()

        self._submit(lambda: job(client()), done, failed)

    def _submit(self, job: Callable[[], Any], done: Callable[[Any], None],
                failed: Callable[[BaseException], None]) -> None:
        if self._closed:
            return
        try:
            self.tasks.run_in_worker(job, done, failed)
        except RuntimeError as exc:  # the task manager is shut down: the app is leaving
            log.debug("no supervisor request: %s", exc)

    def _fail(self, name: str, exc: BaseException) -> None:
        log.warning("supervisor request %s failed: %s", name, exc)
        action = name in ("reassign", "move_agent", "broadcast")
        self.failed.emit(name, describe_supervisor_error(exc, self.server_url, action))
