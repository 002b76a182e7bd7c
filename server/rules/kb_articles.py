"""Knowledge-base rules on push: the article life cycle, versions and usage events.

See docs/knowledge.md. In short:

- Writers (2nd/3rd level, and editors) create and edit articles; a 1st-level agent only
  creates *proposals* (draft or review, naming the solved ticket they come from) and
  edits them while they are draft/review. Knowledge editors
  (:func:`desktop.domain.knowledge.is_knowledge_editor`) publish and archive.
- Publishing (status -> published, or an editor's content edit of a published article)
  makes a new revision: ``revision`` = ``published_revision`` = last + 1, and a
  :class:`~desktop.models.KnowledgeArticleVersion` row is appended in the same
  transaction. Republishing unchanged content (archived -> published) keeps the revision.
- A content edit of a published article by a non-editor sends it back to ``review``
  (``revision`` = ``published_revision`` + 1 until it is published again); the last
  published text stays in ``kb_article_versions``.
- ``change_note`` is the note for the next publication: it is copied into the version
  row a publication appends and then emptied on the article (kept while the article
  waits in review, so the editor publishing it sees the writer's note).
- ``revision``, ``published_revision``, ``helped_count``, ``not_helped_count`` and
  ``author_id`` are the server's: what a client sends for them is ignored.
- ``kb_events`` are appended by agents for themselves; a ``helped`` / ``not_helped``
  event also increments the article's counter (one vote per user, ticket and article).
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import and_, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.knowledge import (
    CONTENT_FIELDS,
    EVENT_KINDS,
    SERVER_FIELDS,
    TICKET_EVENT_KINDS,
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
from desktop.models import SYNCED_TABLES
from desktop.models.types import new_id, utcnow
from server.rules import EntityRules, Rejected, WriteContext, register
from server.store import ReplacedValue

ARTICLES = SYNCED_TABLES["kb_articles"]
VERSIONS = SYNCED_TABLES["kb_article_versions"]
EVENTS = SYNCED_TABLES["kb_events"]
TICKETS = SYNCED_TABLES["tickets"]
_SOLVED = (Status.RESOLVED.value, Status.CLOSED.value)
_PUBLISHED = ArticleStatus.PUBLISHED.value


def _rejected(exc: KnowledgeRuleError) -> Rejected:
    return Rejected(exc.code, exc.message, **exc.params)


def _content(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(f) for f in CONTENT_FIELDS)


def _published_content(session: Session, article_id: str,
                       revision: int) -> tuple[Any, ...] | None:
    found = session.execute(
        select(*(VERSIONS.c[f] for f in CONTENT_FIELDS))
        .where(VERSIONS.c.article_id == article_id, VERSIONS.c.revision == revision)
    ).first()
    return tuple(found) if found is not None else None


def last_content_author(session: Session, article_id: str, fallback: str | None) -> str | None:
    """Who last changed the content of an article (from the server's change log)."""
    user = session.execute(
        select(ReplacedValue.user_id)
        .where(ReplacedValue.entity == "kb_articles", ReplacedValue.entity_id == article_id,
               ReplacedValue.field.in_(CONTENT_FIELDS))
        .order_by(ReplacedValue.version.desc()).limit(1)
    ).scalar_one_or_none()
    return user or fallback


def append_version(session: Session, row: dict[str, Any], *, author_id: str | None,
                   published_by: str | None, version: int, change_note: str = "") -> bool:
    """Append the version row of ``row``'s ``published_revision`` unless it exists."""
    revision = int(row["published_revision"])
    if revision <= 0 or _published_content(session, row["id"], revision) is not None:
        return False
    session.execute(insert(VERSIONS).values(
        id=new_id(), article_id=row["id"], revision=revision, title=row["title"],
        body=row.get("body") or "", category=row.get("category") or "",
        tags=row.get("tags") or "[]", author_id=author_id, published_by=published_by,
        published_at=utcnow(), change_note=change_note, version=version))
    return True


def publish_revision(session: Session, current: dict[str, Any] | None,
                     merged: dict[str, Any]) -> int:
    """The revision a publication of ``merged`` gets: the last one if its content is
    unchanged since, else the next."""
    if current is None:
        return 1
    last = int(current.get("published_revision") or 0)
    if last and _published_content(session, current["id"], last) == _content(merged):
        return last
    return last + 1


class ArticleRules(EntityRules):
    entity: ClassVar[str] = "kb_articles"

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        p = ctx.principal
        for name in SERVER_FIELDS:
            row.pop(name, None)
        row["author_id"] = p.user_id
        row.setdefault("status", ArticleStatus.DRAFT.value)
        try:
            check_create_status(str(row["status"]), role=p.role, level=p.level,
                                source_ticket_id=row.get("source_ticket_id"))
        except KnowledgeRuleError as exc:
            raise _rejected(exc) from exc
        if not is_writer(p.role, p.level):
            self._check_source_ticket(ctx.session, row.get("source_ticket_id"))
        row["revision"], row["published_revision"] = 1, 0
        if row["status"] == _PUBLISHED:
            row["published_revision"] = 1

    @staticmethod
    def _check_source_ticket(session: Session, ticket_id: Any) -> None:
        status = session.execute(select(TICKETS.c.status).where(TICKETS.c.id == ticket_id)
                                 ).scalar_one_or_none()
        if status not in _SOLVED:
            raise Rejected("kb_proposal_needs_ticket",
                           "A 1st-level agent proposes articles from a solved ticket.",
                           ticket_id=ticket_id)

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        p = ctx.principal
        for name in SERVER_FIELDS:
            changes.pop(name, None)
        editor = is_knowledge_editor(p.role, p.level)
        own_proposal = (current.get("author_id") == p.user_id
                        and is_proposal(str(current["status"]), current.get("source_ticket_id")))
        if not is_writer(p.role, p.level) and not own_proposal:
            raise Rejected("kb_edit_forbidden",
                           "Only 2nd and 3rd level agents edit articles; 1st level proposes "
                           "them from a solved ticket.")
        if not is_writer(p.role, p.level) and "source_ticket_id" in changes:
            self._check_source_ticket(ctx.session, changes["source_ticket_id"])
        old = str(current["status"])
        new = str(changes.get("status", old))
        try:
            check_transition(old, new, role=p.role, level=p.level, own_proposal=own_proposal)
        except KnowledgeRuleError as exc:
            raise _rejected(exc) from exc
        merged = {**current, **changes}
        content_changed = _content(merged) != _content(current)
        if old == _PUBLISHED and new == _PUBLISHED and content_changed and not editor:
            new = changes["status"] = ArticleStatus.REVIEW.value
            ctx.notices.append("kb_sent_to_review")
        last = int(current.get("published_revision") or 0)
        if new == _PUBLISHED and (old != _PUBLISHED or content_changed):
            revision = publish_revision(ctx.session, current, merged)
            changes["revision"] = changes["published_revision"] = revision
        elif content_changed and int(current.get("revision") or 1) <= last:
            changes["revision"] = last + 1

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        if row.get("status") != _PUBLISHED:
            return
        author = last_content_author(ctx.session, row["id"], row.get("author_id"))
        note = str(row.get("change_note") or "").strip()
        if append_version(ctx.session, row, author_id=author,
                          published_by=ctx.principal.user_id, version=version,
                          change_note=note) and row.get("change_note"):
            # the note belongs to the version it was written for: empty it (same sync
            # version, so clients pull the article with it) so that it cannot slip
            # into the next publication
            ctx.session.execute(update(ARTICLES).where(ARTICLES.c.id == row["id"])
                                .values(change_note=""))


class EventRules(EntityRules):
    entity: ClassVar[str] = "kb_events"

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        row["user_id"] = ctx.principal.user_id
        kind = row.get("kind")
        if kind not in EVENT_KINDS:
            raise Rejected("kb_event_kind_unknown", f"Unknown knowledge event {kind!r}.",
                           kind=kind)
        article = ctx.session.execute(select(ARTICLES.c.id)
                                      .where(ARTICLES.c.id == row.get("article_id"))).first()
        if article is None:
            raise Rejected("deleted", "This article no longer exists.")
        if kind in TICKET_EVENT_KINDS and not row.get("ticket_id"):
            raise Rejected("kb_event_needs_ticket",
                           f"A {kind} event belongs to a ticket.", kind=kind)
        if kind in VOTE_KINDS:
            voted = ctx.session.execute(select(EVENTS.c.id).where(and_(
                EVENTS.c.article_id == row["article_id"],
                EVENTS.c.ticket_id == row["ticket_id"],
                EVENTS.c.user_id == row["user_id"], EVENTS.c.kind.in_(VOTE_KINDS)))).first()
            if voted is not None:
                raise Rejected("kb_already_voted",
                               "You have already rated this article for this ticket.")

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        kind = row.get("kind")
        if kind not in VOTE_KINDS:
            return
        column = ARTICLES.c.helped_count if kind == "helped" else ARTICLES.c.not_helped_count
        ctx.session.execute(update(ARTICLES).where(ARTICLES.c.id == row["article_id"])
                            .values({column: column + 1, ARTICLES.c.version: version}))


register(ArticleRules())
register(EventRules())
