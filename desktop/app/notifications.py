"""What the signed-in agent should hear about while the window is minimised or hidden.

:class:`NotificationCenter` (a QObject, no widgets) looks at the local replica after
every sync and on a timer (every 30 s) and announces, by ``notification_ready``:

- ``assigned``: a ticket now owned by the agent whose owner somebody else changed;
- ``escalated``: a ticket escalated (or handed back) to the agent's support level in
  one of the agent's queues, with no owner yet;
- ``sla``: an SLA clock of one of the agent's tickets crossed into "at risk" or
  "breached" (the same rule as the list's "Due" column, ``views.ticket_due``);
- ``reminder``: a pending reminder on one of the agent's tickets fell due.

It finds what is new by comparing the replica with what it has already announced,
kept as a small JSON value in the client-only ``sync_state`` table (key
``notifications:<user id>``, no migration), so nothing is announced twice, also not
after a restart. Without a stored state (first start, another user) the first check
only takes a baseline and announces nothing; checks wait until the replica has
finished a sync, and are skipped while a sync runs (its pages may be half applied).

Cost: the agent's own tickets come through the ``(owner_id, status)`` index. The
escalation check reads every escalated ticket of the agent's queues only for a
baseline (or when the agent's level or queues changed); after that it reads only the
tickets pulled since the last check (``version`` above the stored pull cursor, on the
``(version, id)`` index).

Many findings of one kind in one check become one summary ("5 tickets assigned to
you", ticket id ``""``), so a check never says more than four things. Each kind can be
turned off by a user setting (``notify_assigned``, ``notify_escalated``,
``notify_sla``, ``notify_reminders``; IT may lock them); a kind that is off still
updates the state, so turning it on later does not replay old news.

Texts go through ``QCoreApplication.translate("Notifications", …)``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal, Slot
from sqlalchemy import Connection, select, text

from desktop.app import queries, views
from desktop.config import Settings
from desktop.domain.tickets import PendingReason
from desktop.models import OutboxEntry, Queue, QueueMember, SyncState, Ticket, TicketEntry, User
from desktop.models.types import to_wire_time, utcnow
from desktop.sync.localdb import LocalDatabase
from desktop.sync.replica import K_LAST_SYNC, K_POSITION, K_RESYNC, K_SINCE

log = logging.getLogger("agentdesk.app.notifications")

KIND_ASSIGNED = "assigned"
KIND_ESCALATED = "escalated"
KIND_SLA = "sla"
KIND_REMINDER = "reminder"
KINDS = (KIND_ASSIGNED, KIND_ESCALATED, KIND_SLA, KIND_REMINDER)
SETTING_KEYS: Mapping[str, str] = {
    KIND_ASSIGNED: "notify_assigned",
    KIND_ESCALATED: "notify_escalated",
    KIND_SLA: "notify_sla",
    KIND_REMINDER: "notify_reminders",
}

CHECK_INTERVAL_MS = 30_000
GROUP_FROM = 2  # this many findings of one kind in one check become one summary
SUMMARY_REFERENCES = 5  # references named in a summary's body
TITLE_MAX = 80  # characters of a ticket title in a notification
STATE_PREFIX = "notifications:"
STATE_FORMAT = 1

_SEVERITY = {views.SLA_AT_RISK: 1, views.SLA_BREACHED: 2}
_HANDOVER_KINDS = ("escalation", "handback")
_FIELD_CHANGE = "field_change"

_tickets = Ticket.__table__
_entries = TicketEntry.__table__
_users = User.__table__
_members = QueueMember.__table__
_queues = Queue.__table__
_outbox = OutboxEntry.__table__
_state = SyncState.__table__


def state_key(user_id: str) -> str:
    return STATE_PREFIX + user_id


# -- what the replica says ------------------------------------------------------------
class TicketFacts(NamedTuple):
    """The columns of a ticket the checks read."""

    id: str
    reference: str
    title: str
    status: str
    priority: int
    queue_id: str | None
    owner_id: str | None
    level: int
    escalation_count: int
    pending_reason: str
    pending_until: datetime | None
    first_response_due: datetime | None
    first_responded_at: datetime | None
    solution_due: datetime | None
    sla_paused_since: datetime | None
    created_by: str | None


_FACT_COLUMNS = [_tickets.c[name] for name in TicketFacts._fields]


@dataclass(frozen=True)
class Finding:
    """One thing to announce about one ticket.

    ``detail``: for ``sla`` the state (``at_risk`` / ``breached``); for ``escalated``
    ``"handback"`` when the ticket came down from a higher level, else ``"escalation"``;
    for ``assigned`` the id of whoever assigned it (``""`` when unknown).
    ``clock``/``due``: the SLA clock (``first_response`` / ``solution``) and its due time.
    """

    kind: str
    ticket: TicketFacts
    detail: str = ""
    clock: str = ""
    due: datetime | None = None


@dataclass
class ScanResult:
    findings: list[Finding]
    state: dict[str, Any]
    baseline: bool = False  # no earlier state: nothing was announced


@dataclass(frozen=True)
class Notification:
    """What ``notification_ready`` carries; ``ticket_id`` is ``""`` for a summary."""

    kind: str
    title: str
    body: str
    ticket_id: str = ""
    tickets: tuple[str, ...] = field(default_factory=tuple)


def empty_state() -> dict[str, Any]:
    """``version``: the replica's pull cursor at the check; ``level`` and ``queues``: the
    agent's level and queues then (the escalation map is only valid for those);
    ``owned``: ids of my active tickets; ``escalated``: ``{id: [escalation count,
    level]}`` of active, once-escalated tickets at my level in my queues (any owner);
    ``sla``: ``{id: [clock, severity]}`` of my clocks at risk (1) or breached (2);
    ``reminders``: ``{id: pending_until}`` of my reminders that are due."""
    return {
        "v": STATE_FORMAT,
        "version": 0,
        "level": None,
        "queues": [],
        "owned": [],
        "escalated": {},
        "sla": {},
        "reminders": {},
    }


class NotificationScanner:
    """The checks without Qt: read the replica, compare with the stored state."""

    def __init__(self, db: LocalDatabase, user_id: str, level: int | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self.level_hint = level

    def _engine(self) -> Any:
        if self.db.engine is None:
            raise RuntimeError("the local database is not open")
        return self.db.engine

    # -- the stored state
    def load_state(self) -> dict[str, Any] | None:
        with self._engine().connect() as conn:
            raw = conn.execute(
                select(_state.c.value).where(_state.c.key == state_key(self.user_id))
            ).scalar()
        if raw is None:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            log.warning("unreadable notification state; taking a new baseline")
            return None
        if not isinstance(data, dict) or data.get("v") != STATE_FORMAT:
            return None
        state = empty_state()
        for key, default in state.items():
            value = data.get(key)
            if key == "level":
                state[key] = value if isinstance(value, int) else None
            elif isinstance(value, type(default)):
                state[key] = value
        return state

    def save_state(self, state: Mapping[str, Any]) -> None:
        with self._engine().begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                ),
                {
                    "k": state_key(self.user_id),
                    "v": json.dumps(state, sort_keys=True, separators=(",", ":")),
                },
            )

    def replica_complete(self) -> bool:
        """Whether the replica finished a sync and no pull window or resync is half
        applied (an interrupted one resumes at the next sync)."""
        with self._engine().connect() as conn:
            keys = {
                r[0]
                for r in conn.execute(
                    select(_state.c.key).where(
                        _state.c.key.in_((K_LAST_SYNC, K_POSITION, K_RESYNC))
                    )
                )
            }
        return K_LAST_SYNC in keys and not keys & {K_POSITION, K_RESYNC}

    # -- the scan
    def scan(self, previous: Mapping[str, Any] | None, now: datetime) -> ScanResult:
        """Everything new since ``previous`` (``None``: take a baseline, find nothing)."""
        with self._engine().connect() as conn:
            version = self._version(conn)
            level = self._level(conn)
            queue_ids = self._my_queues(conn, level) if level is not None else []
            mine = self._my_tickets(conn)
            rules = queries.sla_rules(self.db)
            state = empty_state()
            state.update(version=version, level=level, queues=queue_ids)
            findings: list[Finding] = []
            prev = previous or empty_state()

            # (1) assigned to me by somebody else
            state["owned"] = sorted(t.id for t in mine)
            known = set(prev["owned"])
            fresh = [t for t in mine if t.id not in known]
            if fresh:
                by = self._assigned_by(conn, fresh)
                findings.extend(
                    Finding(KIND_ASSIGNED, t, by[t.id]) for t in fresh if by[t.id] != self.user_id
                )

            # (2) escalated (or handed back) to my level in my queues, nobody owns it
            rising: list[TicketFacts] = []
            fresh_map = (
                previous is None
                or prev["level"] != level
                or prev["queues"] != queue_ids
                or prev["version"] > version
            )
            if fresh_map:
                # First check, or my level or queues changed, or the replica started
                # over: read them all and say nothing about them (they are not news).
                for t in self._escalated(conn, level, queue_ids):
                    state["escalated"][t.id] = [t.escalation_count, t.level]
            else:
                # Only tickets a pull brought since the last check can have changed.
                tracked = dict(prev["escalated"])
                mine_queues = set(queue_ids)
                for t in self._changed(conn, int(prev["version"])):
                    if not (
                        t.level == level
                        and t.queue_id in mine_queues
                        and t.status in views.ACTIVE_STATUSES
                        and t.escalation_count > 0
                    ):
                        tracked.pop(t.id, None)
                        continue
                    before = tracked.get(t.id)
                    tracked[t.id] = [t.escalation_count, t.level]
                    grew = (
                        not isinstance(before, list)
                        or len(before) != 2
                        or t.escalation_count > int(before[0])
                    )
                    if t.owner_id is None and grew:
                        rising.append(t)
                state["escalated"] = tracked
            if rising:
                handed = self._handover_kinds(conn, [t.id for t in rising])
                findings.extend(
                    Finding(KIND_ESCALATED, t, handed.get(t.id, "escalation")) for t in rising
                )

            # (3) SLA at risk or breached on my tickets
            for t in mine:
                info = views.ticket_due(
                    now=now,
                    status=t.status,
                    priority=t.priority,
                    policy=rules.for_queue(t.queue_id),
                    first_response_due=t.first_response_due,
                    first_responded_at=t.first_responded_at,
                    solution_due=t.solution_due,
                    pending_reason=t.pending_reason,
                    sla_paused_since=t.sla_paused_since,
                )
                before = prev["sla"].get(t.id)
                if info.state == views.SLA_PAUSED:
                    if before is not None:
                        state["sla"][t.id] = before  # a pause changes nothing
                    continue
                severity = _SEVERITY.get(info.state, 0)
                if severity == 0:
                    continue
                state["sla"][t.id] = [info.kind, severity]
                worse = (
                    not isinstance(before, list)
                    or len(before) != 2
                    or before[0] != info.kind
                    or severity > int(before[1])
                )
                if worse:
                    findings.append(Finding(KIND_SLA, t, info.state, info.kind, info.due))

            # (4) pending reminders that fell due
            for t in mine:
                if (
                    t.status != "pending"
                    or t.pending_reason != PendingReason.REMINDER
                    or t.pending_until is None
                    or t.pending_until > now
                ):
                    continue
                stamp = to_wire_time(t.pending_until)
                state["reminders"][t.id] = stamp
                if prev["reminders"].get(t.id) != stamp:
                    findings.append(Finding(KIND_REMINDER, t, due=t.pending_until))

        if previous is None:
            return ScanResult([], state, baseline=True)
        return ScanResult(findings, state)

    def _level(self, conn: Connection) -> int | None:
        level = conn.execute(select(_users.c.level).where(_users.c.id == self.user_id)).scalar()
        return int(level) if level is not None else self.level_hint

    def _my_tickets(self, conn: Connection) -> list[TicketFacts]:
        rows = conn.execute(
            select(*_FACT_COLUMNS)
            .where(
                _tickets.c.owner_id == self.user_id, _tickets.c.status.in_(views.ACTIVE_STATUSES)
            )
            .order_by(_tickets.c.reference)
        )
        return [TicketFacts(*row) for row in rows]

    def _my_queues(self, conn: Connection, level: int) -> list[str]:
        """Active memberships, else the queues of the agent's level (as the views do)."""
        rows = conn.execute(
            select(_members.c.queue_id).where(
                _members.c.user_id == self.user_id, _members.c.active.is_(True)
            )
        ).all()
        if rows:
            return sorted({r[0] for r in rows})
        return [r[0] for r in conn.execute(select(_queues.c.id).where(_queues.c.level == level))]

    def _version(self, conn: Connection) -> int:
        raw = conn.execute(select(_state.c.value).where(_state.c.key == K_SINCE)).scalar()
        return int(raw or 0)

    def _changed(self, conn: Connection, since: int) -> list[TicketFacts]:
        """Tickets a pull wrote after the replica's cursor was at ``since`` (the
        ``(version, id)`` index; my own local edits keep their version until the
        server's copy comes back)."""
        rows = conn.execute(
            select(*_FACT_COLUMNS)
            .where(_tickets.c.version > since)
            .order_by(_tickets.c.version, _tickets.c.id)
        )
        return [TicketFacts(*row) for row in rows]

    def _escalated(
        self, conn: Connection, level: int | None, queue_ids: Sequence[str]
    ) -> list[TicketFacts]:
        """Active tickets at my level in my queues that went up a level at least once
        (any owner: the state remembers them, so a release is not news)."""
        if level is None or not queue_ids:
            return []  # supervisors and admins have no support level
        rows = conn.execute(
            select(*_FACT_COLUMNS)
            .where(
                _tickets.c.queue_id.in_(queue_ids),
                _tickets.c.level == level,
                _tickets.c.status.in_(views.ACTIVE_STATUSES),
                _tickets.c.escalation_count > 0,
            )
            .order_by(_tickets.c.reference)
        )
        return [TicketFacts(*row) for row in rows]

    def _assigned_by(self, conn: Connection, tickets: Sequence[TicketFacts]) -> dict[str, str]:
        """Who made each ticket (newly among my active ones) mine.

        ``self.user_id`` when it was my own doing or no assignment at all: a change of
        mine still in the outbox (I took or reopened it), a last owner change on the
        timeline made by me, a ticket reopened after it became mine, or one I created
        for myself. Else the id of whoever assigned it (``""`` when nobody is named).
        """
        ids = [t.id for t in tickets]
        last: dict[str, tuple[str, str]] = {}  # ticket id -> ("assign" | "reopen", author)
        for ticket_id, author_id, data_json in conn.execute(
            select(_entries.c.ticket_id, _entries.c.author_id, _entries.c.data)
            .where(_entries.c.ticket_id.in_(ids), _entries.c.kind == _FIELD_CHANGE)
            .order_by(_entries.c.created_at, _entries.c.version)
        ):
            data = _json_object(data_json)
            if data.get("field") == "owner_id" and data.get("new") == self.user_id:
                last[ticket_id] = ("assign", author_id or "")
            elif (
                data.get("field") == "status"
                and data.get("old") in views.DONE_STATUSES
                and data.get("new") in views.ACTIVE_STATUSES
            ):
                last[ticket_id] = ("reopen", author_id or "")
        out = {
            t.id: self.user_id if last[t.id][0] == "reopen" else last[t.id][1]
            for t in tickets
            if t.id in last
        }
        for t in tickets:
            if t.id not in out:
                # Mine since it was created: by me, or handed to me by its creator.
                out[t.id] = t.created_by or ""
        # Newer than any timeline: my own changes on their way to the server.
        for entity_id, fields_json in conn.execute(
            select(_outbox.c.entity_id, _outbox.c.fields).where(
                _outbox.c.entity == "tickets",
                _outbox.c.entity_id.in_(ids),
                _outbox.c.user_id == self.user_id,
                _outbox.c.state == "pending",
            )
        ):
            fields = _json_object(fields_json)
            if fields.get("owner_id") == self.user_id or "status" in fields:
                out[entity_id] = self.user_id
        return out

    def _handover_kinds(self, conn: Connection, ids: list[str]) -> dict[str, str]:
        """The kind of each ticket's latest hand-over entry (escalation or handback)."""
        out: dict[str, str] = {}
        for ticket_id, kind in conn.execute(
            select(_entries.c.ticket_id, _entries.c.kind)
            .where(_entries.c.ticket_id.in_(ids), _entries.c.kind.in_(_HANDOVER_KINDS))
            .order_by(_entries.c.created_at, _entries.c.version)
        ):
            out[ticket_id] = kind
        return out

    def user_names(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = sorted({i for i in ids if i})
        if not wanted:
            return {}
        with self._engine().connect() as conn:
            return {
                uid: name
                for uid, name in conn.execute(
                    select(_users.c.id, _users.c.display_name).where(_users.c.id.in_(wanted))
                )
            }


def _json_object(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


# -- the Qt side ------------------------------------------------------------------------
translate = QCoreApplication.translate



def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1].rstrip() + "…"


def _line(t: TicketFacts) -> str:
    return f"{t.reference} – {_short(t.title)}"


def format_time(value: datetime) -> str:
    """A due time in the agent's time zone and language (short format)."""
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class NotificationCenter(QObject):
    """Finds what is new for the signed-in agent and says so by signal.

    Signals:
        notification_ready(str, str, str, str): kind, title, body, ticket id (``""``
            for a summary of several tickets).
    """

    notification_ready = Signal(str, str, str, str)

    def __init__(
        self,
        db: LocalDatabase,
        settings: Settings,
        user_id: str,
        level: int | None = None,
        sync: Any = None,
        clock: Callable[[], datetime] = utcnow,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.scanner = NotificationScanner(db, user_id, level)
        self.sync = sync
        self.clock = clock
        self._state: dict[str, Any] | None = None
        self._loaded = False
        self.timer = QTimer(self)
        self.timer.setObjectName("notification-timer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._check_safely)
        if sync is not None:
            sync.sync_finished.connect(self._on_sync_finished)

    @property
    def user_id(self) -> str:
        return self.scanner.user_id

    # -- settings
    def enabled(self, kind: str) -> bool:
        return bool(self.settings.get(SETTING_KEYS[kind]))

    def locked(self, kind: str) -> bool:
        return self.settings.is_locked(SETTING_KEYS[kind])

    def set_enabled(self, kind: str, on: bool) -> None:
        """Turn a kind on or off (a user setting); ``ConfigError`` when IT locked it."""
        self.settings.set_user(SETTING_KEYS[kind], on)

    # -- control
    def start(self) -> None:
        """Check as soon as the event loop runs (never inside the caller: the window
        opens first) and every ``interval_ms`` after."""
        self.timer.start()
        QTimer.singleShot(0, self, self._check_safely)

    def stop(self) -> None:
        self.timer.stop()

    @Slot(object)
    def _on_sync_finished(self, _result: object) -> None:
        self._check_safely()

    @Slot()
    def _check_safely(self) -> None:
        try:
            self.check()
        except Exception:  # a failed check must never disturb the window
            log.exception("notification check failed")

    def check(self) -> list[Notification]:
        """Look for news now; emits and returns what was announced."""
        if self.sync is not None and getattr(self.sync, "running", False):
            return []  # its pages may be half applied; sync_finished checks again
        if self.scanner.db.engine is None:
            return []  # signed out / closing: the local database is closed already
        if not self.scanner.replica_complete():
            return []  # no baseline over an empty or half-synced replica
        if not self._loaded:
            self._state = self.scanner.load_state()
            self._loaded = True
        result = self.scanner.scan(self._state, self.clock())
        if result.state != self._state:
            self.scanner.save_state(result.state)
            self._state = result.state
        if result.baseline:
            log.info("notification baseline taken: %d own tickets", len(result.state["owned"]))
        wanted = [f for f in result.findings if self.enabled(f.kind)]
        notes = self.compose(wanted)
        for note in notes:
            log.info("notify %s: %s", note.kind, note.tickets)
            self.notification_ready.emit(note.kind, note.title, note.body, note.ticket_id)
        return notes

    # -- texts
    def compose(self, findings: Sequence[Finding]) -> list[Notification]:
        """One notification per finding, or one summary per kind for several."""
        by_kind: dict[str, list[Finding]] = {}
        for finding in findings:
            by_kind.setdefault(finding.kind, []).append(finding)
        names = self.scanner.user_names(f.detail for f in by_kind.get(KIND_ASSIGNED, ()))
        out: list[Notification] = []
        for kind in KINDS:
            group = by_kind.get(kind)
            if not group:
                continue
            if len(group) >= GROUP_FROM:
                out.append(self._summary(kind, group))
            else:
                out.extend(self._single(f, names) for f in group)
        return out

    def _single(self, f: Finding, names: Mapping[str, str]) -> Notification:
        t = f.ticket
        body = _line(t)
        if f.kind == KIND_ASSIGNED:
            title = translate("Notifications", "Ticket assigned to you")
            name = names.get(f.detail)
            if name:
                body += "\n" + translate("Notifications", "Assigned by %1").replace("%1", name)
        elif f.kind == KIND_ESCALATED:
            title = (
                translate("Notifications", "Ticket handed back to your level")
                if f.detail == "handback"
                else translate("Notifications", "Ticket escalated to your level")
            )
        elif f.kind == KIND_SLA:
            breached = f.detail == views.SLA_BREACHED
            title = (
                translate("Notifications", "SLA breached")
                if breached
                else translate("Notifications", "SLA at risk")
            )
            if f.due is not None:
                if f.clock == "first_response":
                    line = (
                        translate("Notifications", "First response was due at %1")
                        if breached
                        else translate("Notifications", "First response due at %1")
                    )
                else:
                    line = (
                        translate("Notifications", "Solution was due at %1")
                        if breached
                        else translate("Notifications", "Solution due at %1")
                    )
                body += "\n" + line.replace("%1", format_time(f.due))
        else:
            title = translate("Notifications", "Reminder due")
        return Notification(f.kind, title, body, t.id, (t.id,))

    def _summary(self, kind: str, group: Sequence[Finding]) -> Notification:
        n = len(group)
        if kind == KIND_ASSIGNED:
            title = translate("Notifications", "%n tickets assigned to you", None, n)
        elif kind == KIND_ESCALATED:
            title = (
                translate("Notifications", "%n tickets handed back to your level", None, n)
                if all(f.detail == "handback" for f in group)
                else translate("Notifications", "%n tickets escalated to your level", None, n)
            )
        elif kind == KIND_SLA:
            title = translate("Notifications", "SLA warning on %n tickets", None, n)
        else:
            title = translate("Notifications", "%n reminders due", None, n)
        references = [f.ticket.reference for f in group]
        body = ", ".join(references[:SUMMARY_REFERENCES])
        if n > SUMMARY_REFERENCES:
            body += ", …"
        return Notification(kind, title, body, "", tuple(f.ticket.id for f in group))
