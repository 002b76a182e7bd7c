"""What an agent does with a knowledge article besides reading it (no Qt widgets).

- Feedback and usage from the ticket context: "this solved it" / "did not help"
  (one vote per agent, ticket and article, as the server enforces), "linked" and
  "inserted" events (:meth:`KnowledgeActions.record`), and the counts and solved
  tickets of an article (:meth:`KnowledgeActions.usage`).
- The articles linked to a ticket (:meth:`KnowledgeActions.linked_articles`).
- An article's solution steps (:func:`solution_steps`): the section under a heading
  such as "Lösung", "Solution" or "Schritte", else the body.
- Published versions (:meth:`KnowledgeActions.versions`).
- Writing: the editable record of an article (:meth:`KnowledgeActions.record_of`), a
  proposal prefilled from a solved ticket (:meth:`KnowledgeActions.proposal_from_ticket`),
  saving with a status (:meth:`KnowledgeActions.save`) after the same life-cycle check
  the server makes, and the server's refusals of an article's changes
  (:meth:`KnowledgeActions.refusals`).

Every write goes through the sync service's ``edit`` (row and outbox entry in one
local transaction, then a sync), so it works offline and reaches the server later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from desktop.app.kb_search import without_title_heading
from desktop.domain.knowledge import (
    VOTE_KINDS,
    ArticleStatus,
    KnowledgeRuleError,
    check_create_status,
    check_transition,
    is_knowledge_editor,
    is_proposal,
    is_writer,
)
from desktop.domain.tickets import Status
from desktop.models.types import from_wire_time
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import REJECTED, LocalWriter

T = TypeVar("T")
EditFn = Callable[[Callable[[LocalWriter], T]], T]

# Headings whose section holds the steps to solve the problem (case-insensitive, the
# first one found wins).
SOLUTION_HEADINGS = ("lösung", "loesung", "lösungsschritte", "schritte", "vorgehen",
                     "solution", "steps", "resolution", "fix", "workaround")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SOLVED_STATUSES = (Status.RESOLVED.value, Status.CLOSED.value)  # may be proposed from
SOLVED_LIST_LIMIT = 20
# KnowledgeRuleError code of KnowledgeActions.save: publishing a new revision without a note
CHANGE_NOTE_MISSING = "kb_change_note_missing"


class KnowledgeActionError(ValueError):
    """A refused action; ``code``/``params`` as the server's rejection codes."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.params = code, params


def solution_steps(body: str, title: str = "") -> str:
    """The section of ``body`` under the first solution heading (up to the next heading
    of the same or a higher level), else the body without a heading repeating ``title``."""
    lines = body.splitlines()
    for at, line in enumerate(lines):
        found = _HEADING.match(line)
        if found is None:
            continue
        name = found.group(2).strip().rstrip(":").casefold()
        if not any(name == h or name.startswith(h + " ") for h in SOLUTION_HEADINGS):
            continue
        level = len(found.group(1))
        section: list[str] = []
        for rest in lines[at + 1:]:
            nxt = _HEADING.match(rest)
            if nxt is not None and len(nxt.group(1)) <= level:
                break
            section.append(rest)
        text = "\n".join(section).strip("\n")
        if text.strip():
            return text
    return without_title_heading(body, title).strip("\n") if title else body.strip("\n")


def _json_list(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, list | tuple):
        return tuple(str(x) for x in raw)
    try:
        value = json.loads(raw or "[]")
    except (TypeError, ValueError):
        return ()
    return tuple(str(x) for x in value) if isinstance(value, list) else ()


@dataclass(frozen=True)
class SolvedTicket:
    id: str
    reference: str
    title: str


@dataclass(frozen=True)
class ArticleUsage:
    """Counts of one article and, with a ticket, this agent's actions on it there."""

    views: int = 0
    uses: int = 0  # linked to a ticket or inserted into a note/message
    helped: int = 0
    not_helped: int = 0
    solved_count: int = 0
    solved: tuple[SolvedTicket, ...] = ()
    my_vote: str | None = None  # helped / not_helped for the ticket, or None
    linked_here: bool = False


@dataclass(frozen=True)
class LinkedArticle:
    id: str
    title: str


@dataclass(frozen=True)
class VersionInfo:
    revision: int
    title: str
    body: str
    category: str
    tags: tuple[str, ...]
    author: str
    published_by: str
    published_at: datetime | None
    change_note: str


@dataclass(frozen=True)
class ArticleRecord:
    """The editable fields of an article (``id`` None: not saved yet)."""

    id: str | None = None
    title: str = ""
    body: str = ""
    category: str = ""
    tags: tuple[str, ...] = ()
    language: str = "de"
    product: str = ""
    related: tuple[str, ...] = ()
    status: str = ArticleStatus.DRAFT.value
    author_id: str | None = None
    source_ticket_id: str | None = None
    published_revision: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    # for the next publication's version row (the server empties it after publishing)
    change_note: str = ""

    def fields(self) -> dict[str, Any]:
        return {"title": self.title.strip(), "body": self.body,
                "category": self.category.strip(), "tags": json.dumps(list(self.tags)),
                "language": self.language, "product": self.product.strip(),
                "related": json.dumps(list(self.related)),
                "source_ticket_id": self.source_ticket_id,
                "change_note": self.change_note.strip()}


@dataclass(frozen=True)
class Refusal:
    seq: int
    code: str
    params: dict[str, Any]
    message: str


@dataclass(frozen=True)
class Permissions:
    """What the signed-in user may do with knowledge articles (the server decides;
    these only hide what it would refuse)."""

    user_id: str | None
    role: str
    level: int | None

    @property
    def writer(self) -> bool:
        return is_writer(self.role, self.level)

    @property
    def editor(self) -> bool:
        return is_knowledge_editor(self.role, self.level)

    def may_edit(self, record: ArticleRecord) -> bool:
        if record.id is None or self.writer:
            return True
        return (record.author_id == self.user_id
                and is_proposal(record.status, record.source_ticket_id))

    def may_move(self, record: ArticleRecord, new: str) -> bool:
        try:
            self.check(record, new)
        except KnowledgeRuleError:
            return False
        return True

    def check(self, record: ArticleRecord, new: str) -> None:
        """Raise :class:`KnowledgeRuleError` (the server's codes) unless allowed."""
        if record.id is None:
            check_create_status(new, role=self.role, level=self.level,
                                source_ticket_id=record.source_ticket_id)
            return
        if not self.may_edit(record):
            raise KnowledgeRuleError("kb_edit_forbidden", "Not an own open proposal.")
        own = (record.author_id == self.user_id
               and is_proposal(record.status, record.source_ticket_id))
        check_transition(record.status, new, role=self.role, level=self.level,
                         own_proposal=own)


class KnowledgeActions:
    """Usage, versions and writing over the local replica and the outbox."""

    def __init__(self, db: LocalDatabase, edit: EditFn[Any],
                 writer: Callable[[], LocalWriter | None]) -> None:
        self.db = db
        self._edit = edit
        self._writer = writer

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        engine = self.db.engine
        if engine is None:
            raise RuntimeError("the local database is not open")
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            return [tuple(r) for r in raw.execute(sql, tuple(params)).fetchall()]

    # -- usage -----------------------------------------------------------------------
    def usage(self, article_id: str, user_id: str | None = None,
              ticket_id: str | None = None) -> ArticleUsage:
        counts = dict(self._rows(
            "SELECT kind, count(*) FROM kb_events WHERE article_id = ? GROUP BY kind",
            (article_id,)))
        stored = self._rows("SELECT helped_count, not_helped_count FROM kb_articles "
                            "WHERE id = ?", (article_id,))
        helped_counter, not_helped_counter = stored[0] if stored else (0, 0)
        solved = self._rows(
            "SELECT t.id, t.reference, t.title FROM tickets t WHERE t.id IN ("
            "SELECT ticket_id FROM kb_events WHERE article_id = ? AND kind = 'helped' "
            "AND ticket_id IS NOT NULL) ORDER BY t.updated_at DESC, t.id LIMIT ?",
            (article_id, SOLVED_LIST_LIMIT))
        (solved_count,) = self._rows(
            "SELECT count(DISTINCT ticket_id) FROM kb_events WHERE article_id = ? "
            "AND kind = 'helped' AND ticket_id IS NOT NULL", (article_id,))[0]
        my_vote, linked = None, False
        if ticket_id is not None and user_id is not None:
            mine = {k for (k,) in self._rows(
                "SELECT DISTINCT kind FROM kb_events WHERE article_id = ? AND ticket_id = ? "
                "AND user_id = ?", (article_id, ticket_id, user_id))}
            my_vote = next((k for k in VOTE_KINDS if k in mine), None)
            linked = bool(self._rows(
                "SELECT 1 FROM kb_events WHERE article_id = ? AND ticket_id = ? "
                "AND kind = 'linked' LIMIT 1", (article_id, ticket_id)))
        return ArticleUsage(
            views=int(counts.get("view", 0)),
            uses=int(counts.get("linked", 0)) + int(counts.get("inserted", 0)),
            # the counters also hold votes from before events existed (seed, import)
            helped=max(int(helped_counter or 0), int(counts.get("helped", 0))),
            not_helped=max(int(not_helped_counter or 0), int(counts.get("not_helped", 0))),
            solved_count=int(solved_count or 0),
            solved=tuple(SolvedTicket(str(i), str(r), str(t)) for i, r, t in solved),
            my_vote=my_vote, linked_here=linked)

    def linked_articles(self, ticket_id: str) -> list[LinkedArticle]:
        """The articles linked to a ticket, the latest link first."""
        return [LinkedArticle(str(i), str(t)) for i, t in self._rows(
            "SELECT a.id, a.title FROM kb_articles a JOIN ("
            "SELECT article_id, max(created_at) AS at FROM kb_events "
            "WHERE ticket_id = ? AND kind = 'linked' GROUP BY article_id) e "
            "ON e.article_id = a.id ORDER BY e.at DESC, a.title", (ticket_id,))]

    def record(self, article_id: str, kind: str, ticket_id: str | None = None) -> str:
        """Append a usage event for the signed-in agent; its id.

        A second vote for the same ticket, or a second link, is refused here already
        (``kb_already_voted`` / ``kb_already_linked``), as the server would."""
        writer = self._writer()
        user_id = writer.user_id if writer is not None else None
        if kind in VOTE_KINDS and ticket_id is not None and self._rows(
                "SELECT 1 FROM kb_events WHERE article_id = ? AND ticket_id = ? "
                "AND user_id = ? AND kind IN ('helped', 'not_helped') LIMIT 1",
                (article_id, ticket_id, user_id)):
            raise KnowledgeActionError("kb_already_voted", "Already rated for this ticket.")
        if kind == "linked" and ticket_id is not None and self._rows(
                "SELECT 1 FROM kb_events WHERE article_id = ? AND ticket_id = ? "
                "AND kind = 'linked' LIMIT 1", (article_id, ticket_id)):
            raise KnowledgeActionError("kb_already_linked", "Already linked to this ticket.")
        fields = {"article_id": article_id, "ticket_id": ticket_id, "kind": kind,
                  "user_id": user_id}
        return str(self._edit(lambda w: w.create("kb_events", fields)))

    # -- versions --------------------------------------------------------------------
    def versions(self, article_id: str) -> list[VersionInfo]:
        """The published versions of an article, the newest first."""
        rows = self._rows(
            "SELECT v.revision, v.title, v.body, v.category, v.tags, "
            "coalesce(a.display_name, a.username, ''), coalesce(p.display_name, "
            "p.username, ''), v.published_at, v.change_note FROM kb_article_versions v "
            "LEFT JOIN users a ON a.id = v.author_id LEFT JOIN users p ON p.id = "
            "v.published_by WHERE v.article_id = ? ORDER BY v.revision DESC",
            (article_id,))
        return [VersionInfo(int(r), str(t), str(b or ""), str(c or ""), _json_list(tags),
                            str(author), str(by), from_wire_time(at) if at else None,
                            str(note or ""))
                for r, t, b, c, tags, author, by, at, note in rows]

    def published_text(self, article_id: str, revision: int) -> VersionInfo | None:
        found = [v for v in self.versions(article_id) if v.revision == revision]
        return found[0] if found else None

    # -- writing ---------------------------------------------------------------------
    def record_of(self, article_id: str) -> ArticleRecord | None:
        rows = self._rows(
            "SELECT id, title, body, category, tags, language, product, related, status, "
            "author_id, source_ticket_id, published_revision, change_note FROM kb_articles "
            "WHERE id = ?", (article_id,))
        if not rows:
            return None
        (aid, title, body, category, tags, language, product, related, status, author,
         source, published, note) = rows[0]
        return ArticleRecord(str(aid), str(title), str(body or ""), str(category or ""),
                             _json_list(tags), str(language or "de"), str(product or ""),
                             _json_list(related), str(status or "draft"), author,
                             source, int(published or 0), change_note=str(note or ""))

    def ticket_status(self, ticket_id: str) -> str | None:
        rows = self._rows("SELECT status FROM tickets WHERE id = ?", (ticket_id,))
        return str(rows[0][0]) if rows else None

    def proposal_from_ticket(self, ticket_id: str,
                             improves: str | None = None) -> ArticleRecord:
        """A new draft from a ticket: its title, the description as the problem, its
        notes and messages to the customer as the solution (``improves``: the article
        this proposal improves, named in ``related`` and its text as the start)."""
        rows = self._rows("SELECT title, description, category FROM tickets WHERE id = ?",
                          (ticket_id,))
        if not rows:
            raise KnowledgeActionError("deleted", "The ticket is no longer there.")
        title, description, category = rows[0]
        steps = [str(b).strip() for (b,) in self._rows(
            "SELECT body FROM ticket_entries WHERE ticket_id = ? AND kind IN "
            "('note', 'customer_message') ORDER BY created_at, id", (ticket_id,))
            if str(b or "").strip()]
        base = self.record_of(improves) if improves else None
        if base is not None:
            return replace(base, id=None, status=ArticleStatus.DRAFT.value, author_id=None,
                           source_ticket_id=ticket_id, published_revision=0, change_note="",
                           related=(base.id,) if base.id else ())
        solution = "\n".join(f"- {s}" if "\n" not in s else s for s in steps)
        body = (f"# {title}\n\n## Problem\n\n{str(description or '').strip()}\n\n"
                f"## Lösung\n\n{solution}\n")
        return ArticleRecord(title=str(title), body=body, category=str(category or ""),
                             source_ticket_id=ticket_id)

    def save(self, record: ArticleRecord, status: str, permissions: Permissions) -> str:
        """Create or update the article with ``status`` after the server's own checks
        (``KnowledgeRuleError`` with the server's code when it would refuse)."""
        permissions.check(record, status)
        if not record.title.strip():
            raise KnowledgeRuleError("kb_title_missing", "An article needs a title.")
        if self.change_note_required(record, status) and not record.change_note.strip():
            raise KnowledgeRuleError(CHANGE_NOTE_MISSING,
                                     "A new revision of a published article needs a note.")
        fields = {**record.fields(), "status": status}
        if record.id is None:
            if not fields["change_note"]:  # a server before the column refuses the field
                fields.pop("change_note")
            return str(self._edit(lambda w: w.create("kb_articles", fields)))
        article_id = record.id
        if record.source_ticket_id is None:
            fields.pop("source_ticket_id")
        self._edit(lambda w: w.update("kb_articles", article_id, fields))
        return article_id

    def change_note_required(self, record: ArticleRecord, status: str) -> bool:
        """Whether publishing ``record`` with ``status`` needs a change note: it makes a
        new revision of an article published before (its content differs from the last
        published version). The first publication and republishing unchanged text do
        not. A rule of the window, not of the server (import and older clients publish
        without one)."""
        if (status != ArticleStatus.PUBLISHED.value or record.id is None
                or record.published_revision <= 0):
            return False
        last = self.published_text(record.id, record.published_revision)
        if last is None:
            return True
        return (record.title.strip(), record.body, record.category.strip(),
                tuple(record.tags)) != (last.title, last.body, last.category, last.tags)

    def refusals(self, article_id: str) -> list[Refusal]:
        """The server's refusals of changes to this article still in the outbox."""
        writer = self._writer()
        if writer is None:
            return []
        return [Refusal(i.seq, i.error_code, dict(i.error_params), i.error_message)
                for i in writer.items(REJECTED)
                if i.entity == "kb_articles" and i.entity_id == article_id]

    def categories(self) -> list[str]:
        return [str(c) for (c,) in self._rows(
            "SELECT DISTINCT category FROM kb_articles WHERE category <> '' ORDER BY 1")]

    def titles(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        return {str(i): str(t) for i, t in self._rows(
            f"SELECT id, title FROM kb_articles WHERE id IN ({marks})", list(ids))}

    def find_titles(self, text: str, limit: int = 20) -> list[tuple[str, str]]:
        """Articles whose title contains ``text`` (for "related")."""
        return [(str(i), str(t)) for i, t in self._rows(
            "SELECT id, title FROM kb_articles WHERE title LIKE ? ORDER BY title LIMIT ?",
            (f"%{text}%", limit))]
