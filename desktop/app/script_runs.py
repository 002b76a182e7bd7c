"""Running call scripts against the local replica: start, answer, resume, finish; and
the supervisors' side: save drafts, publish revisions, statistics.

Every change goes through the ``Editor`` (``SyncService`` in the window,
:class:`DirectEditor` in tests and tools): the ``script_runs`` row and its outbox
entry are written in one local transaction, at every answer, so a run survives a
crash and an offline period and continues where it was (:meth:`ScriptRunService.resume`).

When a run ends the service, in this order (each step idempotent, so finishing a run
that crashed half-way is safe):

1. appends the transcript to the ticket as a ``script_transcript`` entry whose id is
   derived from the run's id (body: readable text; data: the JSON of
   :meth:`desktop.domain.scripts.Transcript.to_data` plus script id, key, revision);
2. sets the ticket fields the steps on the path set (category, impact, urgency) and,
   for the outcome ``solved``, ``first_contact_resolution``;
3. marks the run ended with its outcome.

The escalation proposal and the knowledge articles are returned in
:class:`Finished` for the window: the actual escalation is the ticket layer's.

A run keeps the revision it started with: ``script_runs.script_id`` points at one
``call_scripts`` row, and publishing always makes a new row (same ``key``,
``revision + 1``) and archives the one before.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.domain import scripts as sd
from desktop.domain.script_yaml import ScriptDocument
from desktop.models import SYNCED_TABLES
from desktop.models.types import from_wire_time, new_id, utcnow
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalEditError, LocalWriter

log = logging.getLogger("agentdesk.app.scripts")

T = TypeVar("T")

ENTRY_KIND = "script_transcript"
# Transcript entries get ids derived from their run, so finishing twice adds one entry.
RUN_NAMESPACE = uuid.UUID("6f1d3c59-0a53-4c1e-9a57-6f3b1f6b2a10")

_scripts = SYNCED_TABLES["call_scripts"]
_runs = SYNCED_TABLES["script_runs"]
_tickets = SYNCED_TABLES["tickets"]
_customers = SYNCED_TABLES["customers"]
_orgs = SYNCED_TABLES["organisations"]
_users = SYNCED_TABLES["users"]
_calls = SYNCED_TABLES["calls"]
_entries = SYNCED_TABLES["ticket_entries"]
_kb_events = SYNCED_TABLES["kb_events"]


class Editor(Protocol):
    """Makes local edits (``SyncService`` fits: it also starts a sync afterwards)."""

    def edit(self, change: Callable[[LocalWriter], T]) -> T: ...

    def writer(self) -> LocalWriter | None: ...


class DirectEditor:
    """Edits straight through a ``LocalWriter``, without syncing (tests, tools)."""

    def __init__(self, writer: LocalWriter) -> None:
        self._writer = writer

    def writer(self) -> LocalWriter | None:
        return self._writer

    def edit(self, change: Callable[[LocalWriter], T]) -> T:
        return change(self._writer)


class ScriptInvalid(ValueError):
    """A script with errors cannot be published; ``issues`` says why."""

    def __init__(self, issues: list[sd.Issue]) -> None:
        super().__init__("; ".join(i.message for i in issues))
        self.issues = issues


@dataclass(frozen=True)
class ScriptInfo:
    """One ``call_scripts`` row without its definition."""

    id: str
    key: str
    name: str
    revision: int
    status: str
    language: str
    queue_id: str | None
    category: str
    dialled_number: str
    description: str

    @property
    def family(self) -> str:
        return self.candidate().family

    def candidate(self) -> sd.ScriptCandidate:
        return sd.ScriptCandidate(
            self.id,
            self.key,
            self.name,
            self.revision,
            self.status,
            self.language,
            self.queue_id,
            self.category,
            self.dialled_number,
        )


@dataclass(frozen=True)
class ActiveRun:
    """A run as the window holds it: the pinned script revision and the state."""

    id: str
    info: ScriptInfo
    script: sd.Script
    state: sd.RunState
    ticket_id: str | None
    call_id: str | None
    context: Mapping[str, str] = field(default_factory=dict)

    @property
    def step(self) -> sd.Step | None:
        """The step the run waits on (None once ended)."""
        return sd.waiting_on(self.script, self.state)

    def values(self) -> dict[str, str]:
        """Placeholder values now (the context plus the answers so far)."""
        return sd.placeholder_values(self.script, self.context, self.state.answers, answer_labels())

    def render(self, template: str) -> str:
        return sd.render(template, self.values())


@dataclass(frozen=True)
class Finished:
    """What ending a run did, and what the window should offer next."""

    outcome: str
    entry_id: str | None
    fields: Mapping[str, Any]
    escalation: Mapping[str, Any] | None
    articles: tuple[str, ...]
    transcript: sd.Transcript


def summarise(run: ActiveRun, state: sd.RunState, now: datetime) -> Finished:
    """What ending ``run`` in ``state`` means, without writing anything: the
    transcript, the ticket fields to set, the escalation proposal, the articles."""
    transcript = sd.build_transcript(run.script, state, run.context, now, answer_labels())
    fields: dict[str, Any] = dict(transcript.fields)
    if state.outcome == "solved":
        fields["first_contact_resolution"] = True
    return Finished(
        state.outcome, None, fields, transcript.escalation, transcript.articles, transcript
    )


# -- translated words ---------------------------------------------------------------------

translate = QCoreApplication.translate



def answer_labels() -> sd.AnswerLabels:
    return sd.AnswerLabels(yes=translate("ScriptRuns", "yes"), no=translate("ScriptRuns", "no"))


def outcome_labels() -> dict[str, str]:
    return {
        "solved": translate("ScriptRuns", "solved at first contact"),
        "escalated": translate("ScriptRuns", "escalated"),
        "escalate_l2": translate("ScriptRuns", "escalated to level 2"),
        "escalate_l3": translate("ScriptRuns", "escalated to level 3"),
        "callback": translate("ScriptRuns", "callback scheduled"),
        "not_responsible": translate("ScriptRuns", "not our case"),
        "ticket": translate("ScriptRuns", "ticket created"),
        "refused": translate("ScriptRuns", "refused (identity not confirmed)"),
    }


def transcript_labels() -> sd.TranscriptLabels:
    return sd.TranscriptLabels(
        heading=translate("ScriptRuns", "Call script \u201c{name}\u201d (revision {revision})"),
        outcome=translate("ScriptRuns", "Outcome: {outcome}"),
        duration=translate("ScriptRuns", "Time: {seconds} s"),
        step_time=translate("ScriptRuns", "{seconds} s"),
        answers=answer_labels(),
        outcomes=outcome_labels(),
    )


# -- the service ----------------------------------------------------------------------------


def _info(row: Mapping[str, Any]) -> ScriptInfo:
    return ScriptInfo(
        row["id"],
        row["key"] or "",
        row["name"],
        int(row["revision"]),
        row["status"],
        row["language"] or "",
        row["queue_id"],
        row["category"] or "",
        row["dialled_number"] or "",
        row["description"] or "",
    )


def _iso(value: Any) -> str | None:
    moment = from_wire_time(value) if value is not None else None
    return moment.astimezone(UTC).isoformat(timespec="milliseconds") if moment else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "script"


class ScriptRunService:
    """Call scripts for the window; plain Python over the local database."""

    def __init__(
        self, db: LocalDatabase, editor: Editor, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.db = db
        self.editor = editor
        self.clock = clock

    # -- reading ---------------------------------------------------------------------
    def _engine(self) -> Any:
        if self.db.engine is None:
            raise RuntimeError("the local database is not open")
        return self.db.engine

    @property
    def user_id(self) -> str | None:
        writer = self.editor.writer()
        return writer.user_id if writer is not None else None

    def scripts(self) -> list[ScriptInfo]:
        """Every script row (all revisions and statuses), by name and revision."""
        query = select(*[c for c in _scripts.c if c.name != "definition"]).order_by(
            _scripts.c.name, _scripts.c.revision
        )
        with self._engine().connect() as conn:
            return [_info(r) for r in conn.execute(query).mappings()]

    def available(self) -> list[ScriptInfo]:
        """The newest published revision of each script, by name."""
        rows = self.scripts()
        by_id = {r.id: r for r in rows}
        return [by_id[c.id] for c in sd.newest_published(r.candidate() for r in rows)]

    def load(self, script_id: str) -> tuple[ScriptInfo, sd.Script]:
        """A script revision and its parsed definition. Raises ``LookupError`` when
        the row is not here and ``ScriptError`` when its definition is broken."""
        with self._engine().connect() as conn:
            row = (
                conn.execute(select(_scripts).where(_scripts.c.id == script_id)).mappings().first()
            )
        if row is None:
            raise LookupError(f"no call script {script_id}")
        return _info(row), sd.parse_script(row["definition"] or "{}")

    def definition(self, script_id: str) -> dict[str, Any]:
        return sd.to_definition(self.load(script_id)[1])

    def _ticket_facts(self, ticket_id: str | None, call_id: str | None) -> dict[str, Any]:
        facts: dict[str, Any] = {}
        with self._engine().connect() as conn:
            ticket = None
            if ticket_id:
                ticket = (
                    conn.execute(select(_tickets).where(_tickets.c.id == ticket_id))
                    .mappings()
                    .first()
                )
            call = None
            if call_id:
                call = conn.execute(select(_calls).where(_calls.c.id == call_id)).mappings().first()
            elif ticket_id:
                call = (
                    conn.execute(
                        select(_calls)
                        .where(_calls.c.ticket_id == ticket_id)
                        .order_by(_calls.c.started_at.desc())
                        .limit(1)
                    )
                    .mappings()
                    .first()
                )
            customer_id = (
                call["customer_id"]
                if call is not None and call["customer_id"]
                else ticket["customer_id"]
                if ticket is not None
                else None
            )
            customer = org = None
            if customer_id:
                customer = (
                    conn.execute(select(_customers).where(_customers.c.id == customer_id))
                    .mappings()
                    .first()
                )
            org_id = (
                customer["organisation_id"]
                if customer is not None
                else ticket["organisation_id"]
                if ticket is not None
                else None
            )
            if org_id:
                org = conn.execute(select(_orgs.c.name).where(_orgs.c.id == org_id)).scalar()
            agent = None
            if self.user_id:
                agent = conn.execute(
                    select(_users.c.display_name).where(_users.c.id == self.user_id)
                ).scalar()
        facts.update(ticket=ticket, call=call, customer=customer, org=org, agent=agent)
        return facts

    def context(self, ticket_id: str | None, call_id: str | None = None) -> dict[str, str]:
        """The placeholder values of a ticket/call (see ``scripts.PLACEHOLDERS``)."""
        f = self._ticket_facts(ticket_id, call_id)
        ticket, call, customer = f["ticket"], f["call"], f["customer"]
        values: dict[str, str] = {"today": date.today().isoformat()}
        if customer is not None:
            first, last = customer["first_name"] or "", customer["last_name"] or ""
            values.update(
                {
                    "customer.salutation": customer["salutation"] or "",
                    "customer.first_name": first,
                    "customer.last_name": last,
                    "customer.number": customer["customer_number"] or "",
                    "customer.name": f"{first} {last}".strip() or (f["org"] or ""),
                }
            )
        if f["org"]:
            values["customer.organisation"] = f["org"]
            values.setdefault("customer.name", f["org"])
        if ticket is not None:
            values.update(
                {
                    "ticket.reference": ticket["reference"],
                    "ticket.title": ticket["title"],
                    "ticket.category": ticket["category"] or "",
                }
            )
        if f["agent"]:
            values["agent.name"] = f["agent"]
            values["agent.first_name"] = f["agent"].split()[0]
        if call is not None:
            values["call.caller_number"] = call["caller_number"] or ""
            values["call.dialled_number"] = call["dialled_number"] or ""
        return values

    def suggest(self, ticket_id: str | None, call_id: str | None = None) -> ScriptInfo | None:
        """The script chosen automatically for a ticket/call (by dialled number,
        category, queue: see ``scripts.select_script``), or None."""
        f = self._ticket_facts(ticket_id, call_id)
        ticket, call, customer = f["ticket"], f["call"], f["customer"]
        rows = self.scripts()
        chosen = sd.select_script(
            (r.candidate() for r in rows),
            queue_id=(
                call["queue_id"]
                if call is not None and call["queue_id"]
                else ticket["queue_id"]
                if ticket is not None
                else None
            ),
            dialled_number=call["dialled_number"] if call is not None else "",
            category=ticket["category"] if ticket is not None else "",
            language=customer["language"] if customer is not None else "",
        )
        return next((r for r in rows if chosen is not None and r.id == chosen.id), None)

    # -- runs ------------------------------------------------------------------------
    def _active(self, row: Mapping[str, Any]) -> ActiveRun:
        info, script = self.load(row["script_id"])
        state = sd.RunState.from_json(
            {
                "current": row["current_step"],
                "answers": json.loads(row["answers"] or "{}"),
                "path": json.loads(row["path"] or "[]"),
                "started_at": _iso(row["started_at"]),
                "outcome": row["outcome"] or "",
                "ended_at": _iso(row["ended_at"]),
            }
        )
        return ActiveRun(
            row["id"],
            info,
            script,
            state,
            row["ticket_id"],
            row["call_id"],
            self.context(row["ticket_id"], row["call_id"]),
        )

    def run(self, run_id: str) -> ActiveRun | None:
        with self._engine().connect() as conn:
            row = conn.execute(select(_runs).where(_runs.c.id == run_id)).mappings().first()
        return self._active(row) if row is not None else None

    def resume(self, ticket_id: str) -> ActiveRun | None:
        """This agent's unfinished run on a ticket (the newest), or None."""
        query = (
            select(_runs)
            .where(
                _runs.c.ticket_id == ticket_id,
                _runs.c.ended_at.is_(None),
                _runs.c.agent_id == self.user_id,
            )
            .order_by(_runs.c.updated_at.desc())
            .limit(1)
        )
        with self._engine().connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            return None
        try:
            return self._active(row)
        except (LookupError, sd.ScriptError, ValueError, KeyError, TypeError) as exc:
            log.warning("cannot resume script run %s: %s", row["id"], exc)
            return None

    @staticmethod
    def _columns(state: sd.RunState, now: datetime) -> dict[str, Any]:
        data = state.to_json()
        return {
            "current_step": state.current,
            "answers": json.dumps(data["answers"], ensure_ascii=False),
            "path": json.dumps(data["path"]),
            "outcome": state.outcome,
            "ended_at": from_wire_time(state.ended_at),
            "updated_at": now,
        }

    def start(self, script_id: str, ticket_id: str | None, call_id: str | None = None) -> ActiveRun:
        """Start a run of one script revision for a ticket (and/or a call)."""
        info, script = self.load(script_id)
        now = self.clock()
        state = sd.start(script, now)
        run_id = new_id()

        def change(writer: LocalWriter) -> None:
            writer.create(
                "script_runs",
                {
                    "script_id": script_id,
                    "agent_id": writer.user_id,
                    "ticket_id": ticket_id,
                    "call_id": call_id,
                    "started_at": now,
                    **self._columns(state, now),
                },
                entity_id=run_id,
            )

        self.editor.edit(change)
        log.info("script run %s of %r rev %d started", run_id, info.name, info.revision)
        return ActiveRun(
            run_id, info, script, state, ticket_id, call_id, self.context(ticket_id, call_id)
        )

    def _save(self, run: ActiveRun, state: sd.RunState) -> ActiveRun:
        now = self.clock()
        self.editor.edit(lambda w: w.update("script_runs", run.id, self._columns(state, now)))
        return replace(run, state=state)

    def submit(
        self, run: ActiveRun, values: Mapping[str, Any]
    ) -> tuple[ActiveRun, sd.Advance, Finished | None]:
        """Answer the current step and go on; saved at once. When the run ends, the
        transcript and the field actions go to the ticket (see the module notes)."""
        advance = sd.answer(run.script, run.state, values, self.clock())
        if advance.status == "moved":
            return self._save(run, advance.state), advance, None
        if advance.status == "ended":
            finished = self._finish(run, advance.state)
            return replace(run, state=advance.state), advance, finished
        return run, advance, None

    def record(
        self, run: ActiveRun, question_id: str, raw: Any
    ) -> tuple[ActiveRun, sd.AnswerIssue | None]:
        """Keep one answer as it is given (saved when it changes the run)."""
        state, issue = sd.record(run.script, run.state, question_id, raw)
        if state == run.state:
            return run, issue
        return self._save(run, state), issue

    def back(self, run: ActiveRun) -> ActiveRun:
        state = sd.back(run.script, run.state, self.clock())
        return run if state == run.state else self._save(run, state)

    def restart(self, run: ActiveRun) -> ActiveRun:
        state = sd.restart(run.script, run.state, self.clock())
        return run if state == run.state else self._save(run, state)

    def _finish(self, run: ActiveRun, state: sd.RunState) -> Finished:
        now = self.clock()
        summary = summarise(run, state, now)
        transcript, fields = summary.transcript, dict(summary.fields)
        body = sd.transcript_text(transcript, run.info.name, run.info.revision, transcript_labels())
        data = {
            "script_id": run.info.id,
            "script_key": run.info.family,
            "revision": run.info.revision,
            "run_id": run.id,
            **transcript.to_data(),
        }
        entry_id = str(uuid.uuid5(RUN_NAMESPACE, run.id)) if run.ticket_id else None
        ticket_id = run.ticket_id

        def change(writer: LocalWriter) -> None:
            if ticket_id and entry_id and not self._exists(_entries, entry_id):
                writer.create(
                    "ticket_entries",
                    {
                        "ticket_id": ticket_id,
                        "kind": ENTRY_KIND,
                        "author_id": writer.user_id,
                        "body": body,
                        "data": json.dumps(data, ensure_ascii=False),
                        "created_at": now,
                    },
                    entity_id=entry_id,
                )
            # the articles the script showed are linked to the ticket (one event each,
            # with an id derived from the run, so finishing twice links once)
            for article_id in dict.fromkeys(summary.articles) if ticket_id else ():
                event_id = str(uuid.uuid5(RUN_NAMESPACE, f"{run.id}:linked:{article_id}"))
                if not self._exists(_kb_events, event_id):
                    writer.create(
                        "kb_events",
                        {
                            "article_id": article_id,
                            "ticket_id": ticket_id,
                            "user_id": writer.user_id,
                            "kind": "linked",
                            "created_at": now,
                        },
                        entity_id=event_id,
                    )
            if ticket_id and fields:
                try:
                    writer.update("tickets", ticket_id, fields)
                except LocalEditError as exc:  # the ticket is not here (any more)
                    log.warning("script run %s: ticket fields not set: %s", run.id, exc)
            writer.update("script_runs", run.id, self._columns(state, now))

        self.editor.edit(change)
        log.info("script run %s ended: %s", run.id, state.outcome)
        return replace(summary, entry_id=entry_id)

    def _exists(self, table: Any, row_id: str) -> bool:
        with self._engine().connect() as conn:
            return conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None

    # -- authoring -------------------------------------------------------------------
    def revisions(self, family: str) -> list[ScriptInfo]:
        """Every revision of a script (by key, or by name for rows without a key)."""
        return [r for r in self.scripts() if r.family == family]

    def _document_fields(self, document: ScriptDocument) -> dict[str, Any]:
        return {
            "name": document.name,
            "language": document.language or "de",
            "category": document.category,
            "queue_id": document.queue_id,
            "dialled_number": document.dialled_number,
            "description": document.description,
            "definition": json.dumps(sd.to_definition(document.script), ensure_ascii=False),
            "updated_at": self.clock(),
        }

    def _family(self, document: ScriptDocument, family: str | None) -> tuple[str, list[ScriptInfo]]:
        """The key to store and the revisions so far. ``family`` names the script
        being edited; without it the document's key does (a new script or an import).
        Rows without a key (the seed's) get one when they are revised."""
        rows = self.revisions(family) if family else []
        key = document.key or next((r.key for r in reversed(rows) if r.key), "")
        if not key:
            key = _slug(document.name) if family else f"{_slug(document.name)}-{new_id()[:8]}"
        known = {r.id for r in rows}
        rows += [r for r in self.revisions(key) if r.id not in known]
        return key, sorted(rows, key=lambda r: r.revision)

    def save_draft(self, document: ScriptDocument, family: str | None = None) -> ScriptInfo:
        """Keep work in progress: the script's open draft (the highest revision, not
        yet published) is updated, else a new draft revision is made."""
        key, rows = self._family(document, family)
        values = {**self._document_fields(document), "key": key}
        draft = rows[-1] if rows and rows[-1].status == "draft" else None
        top = rows[-1].revision if rows else 0

        def change(writer: LocalWriter) -> str:
            for row in rows:
                if not row.key:  # from now on the key ties the revisions together
                    writer.update("call_scripts", row.id, {"key": key})
            if draft is not None:
                writer.update("call_scripts", draft.id, values)
                return draft.id
            return writer.create("call_scripts", {**values, "revision": top + 1, "status": "draft"})

        return self.load(self.editor.edit(change))[0]

    def publish(self, document: ScriptDocument, family: str | None = None) -> ScriptInfo:
        """Publish a new revision (the open draft becomes it, or a new row is made)
        and archive the revisions published before. Raises :class:`ScriptInvalid`
        when the script has errors. Runs in progress keep their revision."""
        problems = sd.errors(sd.validate(document.script))
        if problems:
            raise ScriptInvalid(problems)
        _key, before = self._family(document, family)
        draft = self.save_draft(document, family)
        older = [r for r in before if r.status == "published" and r.id != draft.id]

        def change(writer: LocalWriter) -> None:
            writer.update(
                "call_scripts", draft.id, {"status": "published", "updated_at": self.clock()}
            )
            for row in older:
                writer.update("call_scripts", row.id, {"status": "archived"})

        self.editor.edit(change)
        log.info("call script %r published as revision %d", draft.name, draft.revision)
        return self.load(draft.id)[0]

    # -- statistics ------------------------------------------------------------------
    def statistics(self, family: str) -> sd.ScriptStats:
        """Runs, outcomes, drop-offs and time per step over every revision of a
        script (step ids are compared as they are across revisions)."""
        ids = [r.id for r in self.revisions(family)]
        query = select(_runs).where(_runs.c.script_id.in_(ids))
        runs: list[tuple[sd.RunState, datetime | None]] = []
        with self._engine().connect() as conn:
            for row in conn.execute(query).mappings():
                try:
                    state = sd.RunState.from_json(
                        {
                            "current": row["current_step"],
                            "answers": json.loads(row["answers"] or "{}"),
                            "path": json.loads(row["path"] or "[]"),
                            "started_at": _iso(row["started_at"]),
                            "outcome": row["outcome"] or "",
                            "ended_at": _iso(row["ended_at"]),
                        }
                    )
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    log.warning("script run %s is unreadable: %s", row["id"], exc)
                    continue
                runs.append((state, from_wire_time(row["updated_at"])))
        return sd.script_statistics(runs, self.clock())
