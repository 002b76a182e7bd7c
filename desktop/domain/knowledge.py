"""Knowledge-base rules shared by client and server (pure Python, see docs/knowledge.md).

- The life cycle ``draft -> review -> published -> archived`` and who may take which
  step, given the role and support level (:func:`check_transition`).
- Who is a knowledge editor (:func:`is_knowledge_editor`): supervisors and admins.
- A 1st-level proposal: a draft (or an article sent to review) that names the solved
  ticket it comes from (:func:`is_proposal`).
- Version comparison for the UI (:func:`diff_versions`): unified lines and
  side-by-side rows from :mod:`difflib`.
- The Markdown file format with YAML front matter (:func:`parse_article_file`,
  :func:`render_article_file`), used by ``agentdesk-server kb import/export``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import yaml

from desktop.domain.roles import Role


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"
    ARCHIVED = "archived"


# The fields a published version keeps; a change to one of them is a content change.
CONTENT_FIELDS = ("title", "body", "category", "tags")
# Fields only the server writes; what a client sends for them is ignored.
SERVER_FIELDS = ("revision", "published_revision", "helped_count", "not_helped_count",
                 "author_id", "created_at", "updated_at")
EVENT_KINDS = ("view", "linked", "inserted", "helped", "not_helped")
# Usage that only makes sense in the context of a ticket.
TICKET_EVENT_KINDS = ("linked", "inserted", "helped", "not_helped")
VOTE_KINDS = ("helped", "not_helped")

# Steps of the life cycle; who may take them is decided by check_transition.
TRANSITIONS: dict[ArticleStatus, frozenset[ArticleStatus]] = {
    ArticleStatus.DRAFT: frozenset({ArticleStatus.REVIEW, ArticleStatus.PUBLISHED,
                                    ArticleStatus.ARCHIVED}),
    ArticleStatus.REVIEW: frozenset({ArticleStatus.DRAFT, ArticleStatus.PUBLISHED,
                                     ArticleStatus.ARCHIVED}),
    ArticleStatus.PUBLISHED: frozenset({ArticleStatus.REVIEW, ArticleStatus.DRAFT,
                                        ArticleStatus.ARCHIVED}),
    ArticleStatus.ARCHIVED: frozenset({ArticleStatus.DRAFT, ArticleStatus.PUBLISHED}),
}
# Steps an author (2nd/3rd level, or a 1st-level agent on an own proposal) may take.
_WRITER_STEPS = frozenset({
    (ArticleStatus.DRAFT, ArticleStatus.REVIEW),
    (ArticleStatus.REVIEW, ArticleStatus.DRAFT),
    (ArticleStatus.PUBLISHED, ArticleStatus.REVIEW),  # an edit goes back to review
})
# Steps a 1st-level agent may take on an own proposal.
_PROPOSER_STEPS = frozenset({
    (ArticleStatus.DRAFT, ArticleStatus.REVIEW),
    (ArticleStatus.REVIEW, ArticleStatus.DRAFT),
})
WRITER_LEVEL = 2


class KnowledgeRuleError(ValueError):
    """A refused step; ``code`` and ``params`` let the UI say it in the agent's language."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.params = code, message, params


def parse_status(value: str) -> ArticleStatus:
    try:
        return ArticleStatus(value)
    except ValueError as exc:
        raise KnowledgeRuleError("kb_status_unknown", f"Unknown article status {value!r}.",
                                 status=value) from exc


def is_knowledge_editor(role: str, level: int | None) -> bool:
    """Who reviews, publishes and archives: supervisors and admins.

    3rd-level agents write and edit but do not publish, so every article has been read
    by a second person before 1st level sees it. ``level`` is part of the signature so
    a later capability (a per-user flag) changes only this function.
    """
    del level
    return role in (Role.SUPERVISOR.value, Role.ADMIN.value)


def is_writer(role: str, level: int | None) -> bool:
    """Who writes and edits any article: 2nd and 3rd level agents and all editors."""
    if is_knowledge_editor(role, level):
        return True
    return role == Role.AGENT.value and (level or 0) >= WRITER_LEVEL


def is_proposal(status: str, source_ticket_id: str | None) -> bool:
    """A 1st-level proposal: a draft or review article coming from a solved ticket."""
    return status in (ArticleStatus.DRAFT, ArticleStatus.REVIEW) and bool(source_ticket_id)


def check_transition(old: str, new: str, *, role: str, level: int | None,
                     own_proposal: bool = False) -> None:
    """Raise :class:`KnowledgeRuleError` unless this user may move an article old -> new.

    ``own_proposal``: the article is a proposal the (1st-level) user wrote.
    """
    before, after = parse_status(old), parse_status(new)
    if before == after:
        return
    if after not in TRANSITIONS[before]:
        raise KnowledgeRuleError("kb_transition_invalid",
                                 f"An article cannot go from {before} to {after}.",
                                 old=before.value, new=after.value)
    if is_knowledge_editor(role, level):
        return
    step = (before, after)
    if is_writer(role, level) and step in _WRITER_STEPS:
        return
    if own_proposal and step in _PROPOSER_STEPS:
        return
    raise KnowledgeRuleError("kb_transition_forbidden",
                             f"Only a knowledge editor may move an article from {before} "
                             f"to {after}.", old=before.value, new=after.value)


def check_create_status(status: str, *, role: str, level: int | None,
                        source_ticket_id: str | None) -> None:
    """Which status a new article may start in for this user."""
    state = parse_status(status)
    if is_knowledge_editor(role, level):
        return
    if state in (ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED):
        raise KnowledgeRuleError("kb_transition_forbidden",
                                 f"Only a knowledge editor may create a {state} article.",
                                 old="", new=state.value)
    if not is_writer(role, level) and not is_proposal(state, source_ticket_id):
        raise KnowledgeRuleError("kb_proposal_needs_ticket",
                                 "A 1st-level agent proposes articles from a solved ticket.")


# ------------------------------------------------------------------------ versions

@dataclass(frozen=True)
class SideBySideRow:
    """One row of a side-by-side comparison; ``kind`` is equal, replace, delete, insert.

    Line numbers count from 1; None where that side has no line.
    """

    kind: str
    old_number: int | None
    old_text: str
    new_number: int | None
    new_text: str


@dataclass(frozen=True)
class VersionDiff:
    unified: list[str]
    rows: list[SideBySideRow]

    @property
    def changed(self) -> bool:
        return any(r.kind != "equal" for r in self.rows)


def diff_versions(old: str, new: str, *, old_label: str = "", new_label: str = "",
                  context: int = 3) -> VersionDiff:
    """Compare two bodies (or any texts) line by line."""
    a, b = old.splitlines(), new.splitlines()
    unified = list(difflib.unified_diff(a, b, old_label, new_label, n=context, lineterm=""))
    rows: list[SideBySideRow] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b,
                                                         autojunk=False).get_opcodes():
        width = max(i2 - i1, j2 - j1)
        for k in range(width):
            i, j = i1 + k, j1 + k
            has_old, has_new = i < i2, j < j2
            kind = tag if tag != "replace" else ("replace" if has_old and has_new
                                                 else "delete" if has_old else "insert")
            rows.append(SideBySideRow(kind, i + 1 if has_old else None,
                                      a[i] if has_old else "",
                                      j + 1 if has_new else None, b[j] if has_new else ""))
    return VersionDiff(unified, rows)


# ------------------------------------------------------------- Markdown + front matter

FRONT_MATTER_KEYS = ("id", "title", "category", "tags", "language", "status", "product",
                     "related")
_REQUIRED = ("id", "title")
_FENCE = "---"
KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")


class FrontMatterError(ValueError):
    """A Markdown file whose front matter is missing or wrong."""


@dataclass(frozen=True)
class ArticleFile:
    """An article as a Markdown file: front matter fields plus the Markdown body."""

    key: str
    title: str
    body: str = ""
    category: str = ""
    tags: tuple[str, ...] = ()
    language: str = "de"
    status: str = ArticleStatus.DRAFT.value
    product: str = ""
    related: tuple[str, ...] = field(default=())


def _text_list(meta: dict[str, Any], name: str) -> tuple[str, ...]:
    value = meta.get(name)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise FrontMatterError(f"{name!r} must be a list of words")
    return tuple(str(v) for v in value)


def _text(meta: dict[str, Any], name: str, default: str, limit: int) -> str:
    value = meta.get(name, default)
    if value is None:
        return default
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise FrontMatterError(f"{name!r} must be text")
    text = str(value).strip()
    if len(text) > limit:
        raise FrontMatterError(f"{name!r} is longer than {limit} characters")
    return text


def parse_article_file(text: str) -> ArticleFile:
    """Read a Markdown file that starts with ``---`` YAML front matter ``---``."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if not text.startswith(_FENCE + "\n"):
        raise FrontMatterError("the file does not start with '---' front matter")
    end = text.find("\n" + _FENCE + "\n", len(_FENCE))
    if end < 0:
        if text.endswith("\n" + _FENCE):
            end = len(text) - len(_FENCE) - 1
        else:
            raise FrontMatterError("the front matter has no closing '---'")
    try:
        meta = yaml.safe_load(text[len(_FENCE) + 1:end + 1])
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"the front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise FrontMatterError("the front matter is not a mapping of keys to values")
    unknown = sorted(str(k) for k in meta if k not in FRONT_MATTER_KEYS)
    if unknown:
        raise FrontMatterError(f"unknown front matter keys: {', '.join(unknown)}")
    missing = [k for k in _REQUIRED if not meta.get(k)]
    if missing:
        raise FrontMatterError(f"missing front matter keys: {', '.join(missing)}")
    key = _text(meta, "id", "", 120)
    if not KEY_PATTERN.match(key):
        raise FrontMatterError(f"'id' {key!r} may only hold letters, digits, '.', '_', '-'")
    status = _text(meta, "status", ArticleStatus.DRAFT.value, 20)
    try:
        ArticleStatus(status)
    except ValueError as exc:
        raise FrontMatterError(f"unknown status {status!r} (draft, review, published, "
                               f"archived)") from exc
    body = text[end + len(_FENCE) + 2:]
    body = body[1:] if body.startswith("\n") else body
    return ArticleFile(key=key, title=_text(meta, "title", "", 300), body=body.rstrip("\n"),
                       category=_text(meta, "category", "", 80), tags=_text_list(meta, "tags"),
                       language=_text(meta, "language", "de", 8), status=status,
                       product=_text(meta, "product", "", 80),
                       related=_text_list(meta, "related"))


def render_article_file(article: ArticleFile) -> str:
    """The Markdown file of an article; keys in a fixed order, so Git diffs stay clean.

    ``parse_article_file(render_article_file(a)) == a`` for every valid article whose
    body has no trailing newlines.
    """
    meta: dict[str, Any] = {"id": article.key, "title": article.title,
                            "category": article.category, "tags": list(article.tags),
                            "language": article.language, "status": article.status,
                            "product": article.product, "related": list(article.related)}
    head = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000,
                          default_flow_style=None)
    return f"{_FENCE}\n{head}{_FENCE}\n\n{article.body}\n"


def file_name(article: ArticleFile) -> str:
    """A stable file name: a slug of the title plus the key (unique and readable)."""
    return f"{slug(article.title)}--{article.key}.md"


def slug(text: str, limit: int = 60) -> str:
    folded = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    folded = folded.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:limit].rstrip("-") or "article"


IMAGE_LINK = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(\s+\"[^\"]*\")?\s*\)")


def image_links(body: str) -> list[str]:
    """Relative image targets in a Markdown body (no URLs, no absolute paths)."""
    found = []
    for match in IMAGE_LINK.finditer(body):
        target = match.group(2)
        if "://" in target or target.startswith(("/", "data:", "#")):
            continue
        found.append(target)
    return found
