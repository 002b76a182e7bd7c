"""Which queues and tickets a user may see: one answer for the feed, fetch and push.

- Admins see everything.
- An agent sees the queues in which they have an *active* ``queue_members`` row.
- A supervisor sees the queues of their team (``queues.team_id``) plus their memberships.
- A ticket is visible when its queue is visible, when it has no queue, or when the user
  owns it (``owner_id``) or created it (``created_by``) - whoever escalated a ticket
  keeps seeing it. Ticket entries follow their ticket.

Memberships are used from the moment the installation has any ``queue_members`` row:
while the table is empty (a fresh installation that has not assigned anyone to a queue
yet) nobody is restricted. When the first membership appears, every restricted user's
replica is rebuilt (see :func:`resync_reason`).

Knowledge articles (``kb_articles``): writers (2nd/3rd level agents) and knowledge
editors (supervisors, admins) see every article. Everybody else (1st level) sees what
is published, an article that was published and is being revised (``review`` with
``published_revision > 0``: the client shows its last published version), and their
own articles (proposals). Drafts, reviews of never published articles and archived
articles of others are not sent; one that a 1st-level replica holds and may no longer
see (archived, unpublished to draft) goes out as a deletion, like a hidden ticket.
This applies whether or not queue memberships are in use.

The visible queue ids are read once per request (two small indexed queries) and go
into the SQL of the feed as a literal ``IN`` list, so the feed filters rows in the
database while it walks its ``(version, id)`` keyset, never row by row in Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain.knowledge import is_writer
from desktop.domain.roles import Role
from server.auth import Principal


@dataclass(frozen=True)
class Visibility:
    """What one user may see, computed once per request."""

    user_id: str
    role: str
    restricted: bool  # False: admin, or memberships not in use
    queue_ids: frozenset[str]
    kb_all: bool = True  # sees every knowledge article (writers and editors)

    def queue_visible(self, queue_id: str | None) -> bool:
        return not self.restricted or queue_id is None or queue_id in self.queue_ids

    def ticket_visible(self, ticket: Mapping[str, Any]) -> bool:
        """``ticket`` needs ``queue_id``, ``owner_id`` and ``created_by``."""
        return (self.queue_visible(ticket.get("queue_id"))
                or self.user_id in (ticket.get("owner_id"), ticket.get("created_by")))

    def ticket_condition(self, alias: str = "tickets") -> tuple[str, dict[str, Any]]:
        """A SQL condition on the tickets row ``alias`` and its bind parameters
        (``vis_me``, ``vis_q0`` …). ``"1 = 1"`` when the user is not restricted."""
        if not self.restricted:
            return "1 = 1", {}
        params: dict[str, Any] = {"vis_me": self.user_id}
        parts = [f"{alias}.queue_id IS NULL"]
        if self.queue_ids:
            names = []
            for n, queue_id in enumerate(sorted(self.queue_ids)):
                params[f"vis_q{n}"] = queue_id
                names.append(f":vis_q{n}")
            parts.append(f"{alias}.queue_id IN ({', '.join(names)})")
        parts += [f"{alias}.owner_id = :vis_me", f"{alias}.created_by = :vis_me"]
        return "(" + " OR ".join(parts) + ")", params


    def article_visible(self, article: Mapping[str, Any]) -> bool:
        """``article`` needs ``status``, ``published_revision`` and ``author_id``."""
        if self.kb_all:
            return True
        status = article.get("status")
        return (status == "published"
                or (status == "review" and int(article.get("published_revision") or 0) > 0)
                or article.get("author_id") == self.user_id)

    def article_condition(self, alias: str = "kb_articles") -> tuple[str, dict[str, Any]]:
        """The SQL form of :meth:`article_visible` (``"1 = 1"`` for writers)."""
        if self.kb_all:
            return "1 = 1", {}
        return (f"({alias}.status = 'published' OR ({alias}.status = 'review' AND "
                f"{alias}.published_revision > 0) OR {alias}.author_id = :vis_kb_me)",
                {"vis_kb_me": self.user_id})


UNRESTRICTED_ROLES = frozenset({Role.ADMIN.value})


def memberships_in_use(session: Session) -> bool:
    return session.execute(text("SELECT 1 FROM queue_members LIMIT 1")).first() is not None


def visibility_for(session: Session, principal: Principal) -> Visibility:
    """The visibility of ``principal`` as the database says now."""
    kb_all = is_writer(principal.role, principal.level)
    if principal.role in UNRESTRICTED_ROLES or not memberships_in_use(session):
        return Visibility(principal.user_id, principal.role, False, frozenset(), kb_all)
    queues = set(session.execute(
        text("SELECT queue_id FROM queue_members WHERE user_id = :me AND active = :yes"),
        {"me": principal.user_id, "yes": True}).scalars())
    if principal.role == Role.SUPERVISOR.value and principal.team_id is not None:
        queues.update(session.execute(text("SELECT id FROM queues WHERE team_id = :team"),
                                      {"team": principal.team_id}).scalars())
    return Visibility(principal.user_id, principal.role, True, frozenset(queues), kb_all)


def resync_reason(session: Session, visibility: Visibility, since: int, hw: int) -> str | None:
    """Why a pull of the window ``(since, hw]`` must start again from 0, or None.

    What a replica holds depends on what its user could see. When that changed inside
    the window, the cheapest correct answer is a fresh initial sync (the client keeps
    its outbox): the user's own memberships changed (added, ended or re-activated), the
    user's own row changed (role, team, level), a queue changed for a supervisor (its
    team decides what they see), or memberships came into use at all.
    """
    if since <= 0 or visibility.role in UNRESTRICTED_ROLES:
        return None
    window = {"since": since, "hw": hw, "me": visibility.user_id}
    first = session.execute(text("SELECT min(version) FROM queue_members")).scalar()
    if first is None:
        return None  # not in use: nobody is restricted
    if since < int(first) <= hw:
        return "queue memberships came into use"
    mine = session.execute(text(
        "SELECT 1 FROM queue_members WHERE user_id = :me AND version > :since "
        "AND version <= :hw LIMIT 1"), window).first()
    if mine is not None:
        return "your queue memberships changed"
    me = session.execute(text(
        "SELECT 1 FROM users WHERE id = :me AND version > :since AND version <= :hw"),
        window).first()
    if me is not None:
        return "your account changed"
    if visibility.role == Role.SUPERVISOR.value:
        queues = session.execute(text(
            "SELECT 1 FROM queues WHERE version > :since AND version <= :hw LIMIT 1"),
            window).first()
        if queues is not None:
            return "the queues changed"
    return None
