"""Ticket list views: what a view shows, the built-in views and the agent's saved views.

A :class:`ViewDefinition` is plain data: filters (status, queue, owner, priority,
category, customer, organisation, channel, SLA state, created/updated ranges, free
text), the sort order and the visible columns in their order. It travels as JSON in
the synced ``saved_views`` table, so it is versioned by tolerance: unknown keys and
unknown column names from a newer client are ignored, values of the wrong type are
refused with a :class:`ViewError` (``code`` + ``params`` for the UI to translate).

Tokens stand for the signed-in agent, resolved when the view is queried
(:class:`ViewContext`): owner ``"me"`` and ``"unassigned"``, queue ``"mine"`` (the
agent's queue memberships), ``my_level``.

The SLA state of a ticket (``ok``, ``at_risk``, ``breached``, ``paused``) is worked out
by :func:`ticket_due` from its stored due times - first response until the first
response is given, then the solution - in business time on its queue's calendar, with
the policy's warn ratio; ``desktop.app.queries`` builds the same rule in SQL.

Saved views are written through ``LocalWriter`` (row and outbox entry in one local
transaction); the server checks who may write them (``server/rules/saved_views.py``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import or_, select

from desktop.domain.roles import Role, at_least
from desktop.domain.sla import (
    DEFAULT_CALENDAR,
    DEFAULT_WARN_RATIO,
    BusinessCalendar,
    SlaError,
    SlaTargets,
    calendar_for,
    parse_targets,
)
from desktop.domain.tickets import PendingReasonError, pauses_sla
from desktop.models import SavedView
from desktop.models.types import from_wire_time
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter

log = logging.getLogger("agentdesk.app.views")

FORMAT_VERSION = 1

STATUSES = ("new", "open", "pending", "resolved", "closed")
ACTIVE_STATUSES = ("new", "open", "pending")
DONE_STATUSES = ("resolved", "closed")
CHANNELS = ("phone", "email", "web", "chat", "walk_in")

OWNER_ME = "me"
OWNER_UNASSIGNED = "unassigned"
QUEUES_MINE = "mine"

SLA_OK, SLA_AT_RISK, SLA_BREACHED, SLA_PAUSED = "ok", "at_risk", "breached", "paused"
SLA_STATES = (SLA_OK, SLA_AT_RISK, SLA_BREACHED)  # what a view can filter on

# Every column the ticket list can show, in the model's column order.
COLUMNS = ("reference", "title", "status", "priority", "customer", "owner", "updated_at",
           "due", "queue", "level", "category", "channel", "created_at")
DEFAULT_COLUMNS = ("reference", "title", "status", "priority", "due", "customer", "owner",
                   "updated_at")
REQUIRED_COLUMNS = ("reference", "title")  # a list without them is unusable
SORT_KEYS = COLUMNS
DEFAULT_SORT = "-updated_at"
NAME_MAX = 120  # saved_views.name
TEXT_MAX = 200


class ViewError(ValueError):
    """A view or view definition that cannot be used or saved.

    Codes: ``definition_not_json``, ``definition_invalid`` (field, value),
    ``name_empty``, ``name_too_long`` (maximum), ``name_taken`` (name),
    ``share_needs_supervisor``, ``share_needs_team``, ``view_not_found``,
    ``view_not_yours``. ``message`` is English.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


# -- the definition --------------------------------------------------------------------------
@dataclass(frozen=True)
class DateRange:
    """``since`` (inclusive) to ``until`` (exclusive), or the last ``last_days`` days."""

    since: datetime | None = None
    until: datetime | None = None
    last_days: int | None = None

    def bounds(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        if self.last_days is not None:
            return now - timedelta(days=self.last_days), None
        return self.since, self.until

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.since is not None:
            out["since"] = self.since.astimezone(UTC).isoformat()
        if self.until is not None:
            out["until"] = self.until.astimezone(UTC).isoformat()
        if self.last_days is not None:
            out["last_days"] = self.last_days
        return out

    @classmethod
    def from_dict(cls, name: str, data: Any) -> DateRange | None:
        if data is None:
            return None
        if not isinstance(data, Mapping):
            raise _invalid(name, data)
        values: dict[str, Any] = {}
        for key in ("since", "until"):
            raw = data.get(key)
            if raw is None:
                continue
            try:
                values[key] = from_wire_time(str(raw))
            except ValueError as exc:
                raise _invalid(f"{name}.{key}", raw) from exc
        days = data.get("last_days")
        if days is not None:
            if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= 3660:
                raise _invalid(f"{name}.last_days", days)
            values["last_days"] = days
        return cls(**values) if values else None


def _invalid(name: str, value: Any) -> ViewError:
    return ViewError("definition_invalid", f"The view's {name} is not valid: {value!r}.",
                     field=name, value=str(value))


@dataclass(frozen=True)
class ViewDefinition:
    """What the ticket list shows. Empty filters do not filter."""

    statuses: tuple[str, ...] = ()
    queues: tuple[str, ...] = ()  # queue ids; QUEUES_MINE for the agent's queues
    owners: tuple[str, ...] = ()  # user ids; OWNER_ME, OWNER_UNASSIGNED
    priorities: tuple[int, ...] = ()
    categories: tuple[str, ...] = ()
    customers: tuple[str, ...] = ()  # customer ids
    organisations: tuple[str, ...] = ()  # organisation ids
    channels: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    my_level: bool = False  # the ticket is at the agent's support level
    escalated: bool = False  # escalated at least once (count or a hand-over entry)
    reminder_due: bool = False  # pending for a reminder whose time has come
    sla_states: tuple[str, ...] = ()  # SLA_OK, SLA_AT_RISK, SLA_BREACHED
    created: DateRange | None = None
    updated: DateRange | None = None
    text: str = ""  # reference (exact or prefix), title or customer name
    sort: str = DEFAULT_SORT  # a SORT_KEYS entry, "-" in front for descending
    columns: tuple[str, ...] = DEFAULT_COLUMNS

    def __post_init__(self) -> None:
        for name, allowed in (("statuses", STATUSES), ("sla_states", SLA_STATES)):
            values = getattr(self, name)
            if not isinstance(values, tuple) or any(v not in allowed for v in values):
                raise _invalid(name, values)
        if self.sort_key not in SORT_KEYS:
            raise _invalid("sort", self.sort)
        if any(p not in range(1, 6) for p in self.priorities):
            raise _invalid("priorities", self.priorities)
        if any(level not in (1, 2, 3) for level in self.levels):
            raise _invalid("levels", self.levels)
        unknown = [c for c in self.columns if c not in COLUMNS]
        if unknown or len(set(self.columns)) != len(self.columns):
            raise _invalid("columns", self.columns)

    # -- reading
    @property
    def sort_key(self) -> str:
        return self.sort.lstrip("-")

    @property
    def descending(self) -> bool:
        return self.sort.startswith("-")

    def with_sort(self, key: str, descending: bool) -> ViewDefinition:
        return replace(self, sort=("-" if descending else "") + key)

    def with_text(self, text: str) -> ViewDefinition:
        return replace(self, text=" ".join(text.split())[:TEXT_MAX])

    def with_columns(self, columns: Sequence[str]) -> ViewDefinition:
        ordered = [c for c in dict.fromkeys(columns) if c in COLUMNS]
        for required in reversed(REQUIRED_COLUMNS):
            if required not in ordered:
                ordered.insert(0, required)
        return replace(self, columns=tuple(ordered))

    # -- JSON
    def to_dict(self) -> dict[str, Any]:
        """Only what differs from the defaults, plus the format version."""
        out: dict[str, Any] = {"v": FORMAT_VERSION}
        default = ViewDefinition()
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            if isinstance(value, DateRange):
                out[f.name] = value.to_dict()
            elif isinstance(value, tuple):
                out[f.name] = list(value)
            else:
                out[f.name] = value
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ViewDefinition:
        if not isinstance(data, Mapping):
            raise ViewError("definition_not_json", "A view definition must be an object.")
        values: dict[str, Any] = {}
        strings = ("statuses", "queues", "owners", "categories", "customers",
                   "organisations", "channels", "sla_states")
        for name in strings:
            if name in data:
                values[name] = _str_tuple(name, data[name])
        for name in ("priorities", "levels"):
            if name in data:
                values[name] = _int_tuple(name, data[name])
        for name in ("my_level", "escalated", "reminder_due"):
            if name in data:
                if not isinstance(data[name], bool):
                    raise _invalid(name, data[name])
                values[name] = data[name]
        for name in ("created", "updated"):
            if name in data:
                values[name] = DateRange.from_dict(name, data[name])
        if "text" in data:
            if not isinstance(data["text"], str):
                raise _invalid("text", data["text"])
            values["text"] = " ".join(data["text"].split())[:TEXT_MAX]
        if "sort" in data:
            sort = data["sort"]
            if not isinstance(sort, str) or sort.lstrip("-") not in SORT_KEYS:
                raise _invalid("sort", sort)
            values["sort"] = sort
        if "columns" in data:
            raw = _str_tuple("columns", data["columns"])
            known = [c for c in dict.fromkeys(raw) if c in COLUMNS]  # newer columns: skip
            values["columns"] = ViewDefinition().with_columns(known).columns
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> ViewDefinition:
        try:
            data = json.loads(text or "{}")
        except ValueError as exc:
            raise ViewError("definition_not_json",
                            f"The view definition is not valid JSON: {exc}.") from exc
        return cls.from_dict(data)


def _str_tuple(name: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _invalid(name, value)
    return tuple(value)


def _int_tuple(name: str, value: Any) -> tuple[int, ...]:
    if not isinstance(value, list | tuple) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise _invalid(name, value)
    return tuple(value)


# -- who is looking --------------------------------------------------------------------------
@dataclass(frozen=True)
class ViewContext:
    """The signed-in agent, for the tokens of a view (``me``, ``mine``, ``my_level``)."""

    user_id: str | None = None
    role: str = Role.AGENT.value
    level: int | None = None
    team_id: str | None = None

    @classmethod
    def from_user(cls, user: Mapping[str, Any] | None) -> ViewContext:
        user = user or {}
        level = user.get("level")
        return cls(user_id=user.get("id"), role=str(user.get("role") or Role.AGENT.value),
                   level=int(level) if level is not None else None,
                   team_id=user.get("team_id"))

    @property
    def may_share(self) -> bool:
        """Supervisors (and admins) share views with their team."""
        return at_least(self.role, Role.SUPERVISOR)


# -- built-in views --------------------------------------------------------------------------
@dataclass(frozen=True)
class View:
    """A view in the list on the left: built-in (``kind`` "builtin"), the agent's own
    ("own") or shared with a team ("team"). ``name`` is English for built-ins (the UI
    translates it by ``code``) and what the agent typed for saved ones."""

    key: str  # "builtin:<code>" or "saved:<id>"
    name: str
    definition: ViewDefinition
    kind: str
    code: str = ""
    view_id: str | None = None
    owner_id: str | None = None
    team_id: str | None = None
    position: int = 0

    @property
    def saved(self) -> bool:
        return self.view_id is not None

    def editable_by(self, context: ViewContext) -> bool:
        """Whether the agent may rename, change or delete it (the server agrees)."""
        if self.view_id is None:
            return False
        if self.owner_id == context.user_id:
            return True
        return context.may_share and self.team_id is not None


BUILTIN_VIEWS: tuple[View, ...] = (
    View("builtin:my_open", "My open tickets",
         ViewDefinition(statuses=ACTIVE_STATUSES, owners=(OWNER_ME,), sort="due"),
         "builtin", "my_open"),
    View("builtin:unassigned", "Unassigned in my queues",
         ViewDefinition(statuses=ACTIVE_STATUSES, owners=(OWNER_UNASSIGNED,),
                        queues=(QUEUES_MINE,), sort="due"),
         "builtin", "unassigned"),
    View("builtin:escalated", "Escalated to me or my level",
         ViewDefinition(statuses=ACTIVE_STATUSES, owners=(OWNER_ME, OWNER_UNASSIGNED),
                        my_level=True, escalated=True, sort="-updated_at"),
         "builtin", "escalated"),
    View("builtin:sla_at_risk", "SLA at risk",
         ViewDefinition(statuses=ACTIVE_STATUSES, queues=(QUEUES_MINE,),
                        sla_states=(SLA_AT_RISK, SLA_BREACHED), sort="due"),
         "builtin", "sla_at_risk"),
    View("builtin:reminder_due", "Pending with reminder due",
         ViewDefinition(statuses=("pending",), owners=(OWNER_ME,), reminder_due=True,
                        sort="updated_at"),
         "builtin", "reminder_due"),
    View("builtin:recently_closed", "Recently closed by me",
         ViewDefinition(statuses=DONE_STATUSES, owners=(OWNER_ME,),
                        updated=DateRange(last_days=14), sort="-updated_at"),
         "builtin", "recently_closed"),
)
BUILTIN_BY_KEY = {view.key: view for view in BUILTIN_VIEWS}


def queue_view(queue_id: str | None, statuses: Sequence[str] | None = ACTIVE_STATUSES,
               base: ViewDefinition | None = None) -> ViewDefinition:
    """The list of one queue (``None``: every queue), keeping ``base``'s sort, columns
    and text."""
    base = base or ViewDefinition()
    return ViewDefinition(statuses=tuple(statuses or ()),
                          queues=(queue_id,) if queue_id is not None else (),
                          text=base.text, sort=base.sort, columns=base.columns)


# -- saved views -------------------------------------------------------------------------------
_SAVED = SavedView.__table__


def _engine(db: LocalDatabase) -> Any:
    if db.engine is None:
        raise RuntimeError("the local database is not open")
    return db.engine


def _row_view(row: Any, context: ViewContext) -> View | None:
    try:
        definition = ViewDefinition.from_json(row.definition)
    except ViewError as exc:
        log.warning("saved view %s cannot be read (%s); left out", row.id, exc)
        return None
    kind = "team" if row.team_id is not None else "own"
    return View(f"saved:{row.id}", row.name, definition, kind, view_id=row.id,
                owner_id=row.owner_id, team_id=row.team_id, position=int(row.position))


def saved_views(db: LocalDatabase, context: ViewContext) -> list[View]:
    """The agent's own views, then the views shared with their team (and, for a
    supervisor, the ones they shared), each by position and name."""
    if context.user_id is None:
        return []
    visible = [_SAVED.c.owner_id == context.user_id]
    if context.team_id is not None:
        visible.append(_SAVED.c.team_id == context.team_id)
    query = (select(_SAVED).where(or_(*visible))
             .order_by(_SAVED.c.team_id.is_not(None), _SAVED.c.position, _SAVED.c.name,
                       _SAVED.c.id))
    with _engine(db).connect() as conn:
        rows = conn.execute(query).all()
    return [v for v in (_row_view(r, context) for r in rows) if v is not None]


def all_views(db: LocalDatabase, context: ViewContext) -> list[View]:
    return [*BUILTIN_VIEWS, *saved_views(db, context)]


def find_view(db: LocalDatabase, context: ViewContext, key: str) -> View | None:
    if key in BUILTIN_BY_KEY:
        return BUILTIN_BY_KEY[key]
    return next((v for v in saved_views(db, context) if v.key == key), None)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ViewError("name_empty", "A view needs a name.")
    if len(name) > NAME_MAX:
        raise ViewError("name_too_long", f"A view name has at most {NAME_MAX} characters.",
                        maximum=NAME_MAX)
    return name


def _same_name(db: LocalDatabase, context: ViewContext, name: str,
               except_id: str | None = None) -> View | None:
    folded = name.casefold()
    for view in saved_views(db, context):
        if view.name.casefold() == folded and view.view_id != except_id and (
                view.owner_id == context.user_id):
            return view
    return None


def _team_for(context: ViewContext, share: bool) -> str | None:
    if not share:
        return None
    if not context.may_share:
        raise ViewError("share_needs_supervisor",
                        "Only supervisors share views with a team.")
    if context.team_id is None:
        raise ViewError("share_needs_team", "You are not in a team to share the view with.")
    return context.team_id


def existing_view_named(db: LocalDatabase, context: ViewContext, name: str) -> View | None:
    """The agent's own saved view with this name (any case), if there is one."""
    try:
        return _same_name(db, context, _clean_name(name))
    except ViewError:
        return None


def create_view(writer: LocalWriter, context: ViewContext, name: str,
                definition: ViewDefinition, share_with_team: bool = False) -> str:
    """Save a new view of the agent (shared with their team when asked and allowed);
    returns its id. A name the agent already uses is refused (``name_taken``)."""
    name = _clean_name(name)
    team_id = _team_for(context, share_with_team)
    if _same_name(writer.db, context, name) is not None:
        raise ViewError("name_taken", f"You already have a view called {name!r}.", name=name)
    position = 1 + max((v.position for v in saved_views(writer.db, context)), default=0)
    return writer.create("saved_views", {
        "name": name, "owner_id": writer.user_id, "team_id": team_id,
        "definition": definition.to_json(), "position": position})


def _editable(db: LocalDatabase, context: ViewContext, view_id: str) -> View:
    view = next((v for v in saved_views(db, context) if v.view_id == view_id), None)
    if view is None:
        raise ViewError("view_not_found", "The view no longer exists.")
    if not view.editable_by(context):
        raise ViewError("view_not_yours", "Only its owner or a supervisor changes this view.")
    return view


def update_view(writer: LocalWriter, context: ViewContext, view_id: str, *,
                name: str | None = None, definition: ViewDefinition | None = None,
                share_with_team: bool | None = None) -> None:
    """Rename, redefine or (supervisors) share/unshare a saved view."""
    _editable(writer.db, context, view_id)
    values: dict[str, Any] = {}
    if name is not None:
        name = _clean_name(name)
        if _same_name(writer.db, context, name, except_id=view_id) is not None:
            raise ViewError("name_taken", f"You already have a view called {name!r}.",
                            name=name)
        values["name"] = name
    if definition is not None:
        values["definition"] = definition.to_json()
    if share_with_team is not None:
        values["team_id"] = _team_for(context, share_with_team)
    if values:
        writer.update("saved_views", view_id, values)


def rename_view(writer: LocalWriter, context: ViewContext, view_id: str, name: str) -> None:
    update_view(writer, context, view_id, name=name)


def delete_view(writer: LocalWriter, context: ViewContext, view_id: str) -> None:
    _editable(writer.db, context, view_id)
    writer.delete("saved_views", view_id)


# -- SLA state of a ticket -------------------------------------------------------------------
@dataclass(frozen=True)
class SlaPolicyInfo:
    """What the list needs of a queue's SLA policy."""

    calendar: str = DEFAULT_CALENDAR
    warn_ratio: float = DEFAULT_WARN_RATIO
    targets: Mapping[int, SlaTargets] = field(default_factory=dict)

    @classmethod
    def from_row(cls, calendar: str | None, warn_ratio: float | None,
                 targets: str | None) -> SlaPolicyInfo:
        try:
            parsed = parse_targets(targets or "{}")
        except SlaError as exc:
            log.warning("SLA targets not readable (%s); no warnings for this policy", exc)
            parsed = {}
        ratio = DEFAULT_WARN_RATIO if warn_ratio is None else float(warn_ratio)
        return cls(calendar or DEFAULT_CALENDAR, min(1.0, max(0.0, ratio)), parsed)

    def business_calendar(self) -> BusinessCalendar:
        try:
            return calendar_for(self.calendar)
        except SlaError:
            log.warning("unknown SLA calendar %r; using %s", self.calendar, DEFAULT_CALENDAR)
            return calendar_for(DEFAULT_CALENDAR)

    def target(self, priority: int, kind: str) -> int | None:
        goal = self.targets.get(int(priority))
        return getattr(goal, kind, None) if goal is not None else None

    def warn_window(self, priority: int, kind: str) -> timedelta | None:
        """Business time before the due time from which the clock is "at risk"."""
        target = self.target(priority, kind)
        if target is None:
            return None
        return timedelta(minutes=target * (1.0 - self.warn_ratio))


@dataclass(frozen=True)
class SlaRules:
    """The SLA policies of the queues the replica holds."""

    policies: Mapping[str, SlaPolicyInfo] = field(default_factory=dict)
    queue_policy: Mapping[str, str] = field(default_factory=dict)

    def for_queue(self, queue_id: str | None) -> SlaPolicyInfo:
        policy_id = self.queue_policy.get(queue_id or "")
        if policy_id is not None and policy_id in self.policies:
            return self.policies[policy_id]
        return DEFAULT_POLICY


DEFAULT_POLICY = SlaPolicyInfo()


def clock_paused(status: str, pending_reason: str | None,
                 sla_paused_since: datetime | None = None) -> bool:
    """Whether the SLA clocks stand still (waiting for the customer)."""
    if sla_paused_since is not None:
        return True
    try:
        return pauses_sla(status, pending_reason or None)
    except PendingReasonError:
        return False


class DueInfo(NamedTuple):
    """The nearest due time of a ticket's running SLA clock, read at one instant.

    ``kind`` is ``"first_response"`` or ``"solution"`` (``""`` when no clock runs);
    ``remaining`` is business time, negative once overdue; ``state`` one of
    ``ok``, ``at_risk``, ``breached``, ``paused`` or ``""``.
    """

    kind: str
    due: datetime | None
    remaining: timedelta | None
    state: str


NO_CLOCK = DueInfo("", None, None, "")


def due_kind(first_response_due: datetime | None,
             first_responded_at: datetime | None) -> str:
    if first_responded_at is None and first_response_due is not None:
        return "first_response"
    return "solution"


def ticket_due(*, now: datetime, status: str, priority: int, policy: SlaPolicyInfo,
               first_response_due: datetime | None, first_responded_at: datetime | None,
               solution_due: datetime | None, pending_reason: str | None = None,
               sla_paused_since: datetime | None = None) -> DueInfo:
    """The "Due" column of one ticket: the first-response target until the first
    response is given, then the solution target; paused while waiting for the customer.

    At risk once the business time left is at most ``(1 - warn_ratio)`` of the target
    (as in :func:`desktop.domain.sla.sla_clock`), breached once the due time has passed.
    A priority without a target in the policy is never "at risk", only breached.
    """
    if status not in ACTIVE_STATUSES:
        return NO_CLOCK
    kind = due_kind(first_response_due, first_responded_at)
    due = first_response_due if kind == "first_response" else solution_due
    if clock_paused(status, pending_reason, sla_paused_since):
        return DueInfo(kind, due, None, SLA_PAUSED)
    if due is None:
        return NO_CLOCK
    remaining = policy.business_calendar().between(now, due)
    if due < now:
        state = SLA_BREACHED
    else:
        window = policy.warn_window(priority, kind)
        state = SLA_AT_RISK if window is not None and remaining <= window else SLA_OK
    return DueInfo(kind, due, remaining, state)


def at_risk_cutoff(policy: SlaPolicyInfo, priority: int, kind: str,
                   now: datetime) -> datetime | None:
    """The instant before which a due time counts as "at risk" at ``now`` (the SQL form
    of :func:`ticket_due`'s rule: ``now <= due < cutoff``)."""
    window = policy.warn_window(priority, kind)
    if window is None:
        return None
    # The earliest instant with more business time than the window left: every due
    # time before it has at most the window left (also over nights and weekends).
    return policy.business_calendar().add(now, window + timedelta(microseconds=1))
