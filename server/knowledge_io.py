"""Knowledge articles in and out as a folder of Markdown files (``agentdesk-server kb``).

One file per article, YAML front matter (:mod:`desktop.domain.knowledge`) with ``id``
(the article's ``external_key``, or its UUID for an article made in the app), title,
category, tags, language, status, product and related (ids of other articles).

- Import matches an article by ``external_key`` and then by id, so it never duplicates;
  an article whose fields are all equal is left untouched (no new version); changed and
  new ones are written under one new sync version, so clients pull them. A published
  article whose content differs from its last published version gets a new revision
  and a ``kb_article_versions`` row, as if an editor had published it.
- Export writes ``<slug-of-title>--<id>.md`` files with keys in a fixed order and
  removes article files of the folder it did not write (a renamed title leaves no
  stale copy). Unchanged files are not rewritten.
- Images: a relative image link in a body is an attachment. Import copies the file to
  the server's attachment folder and stores the link as ``attachments/<name>``; export
  copies the attachments an article links to into ``DIR/attachments/``. So export ->
  import -> export is a no-op, and the folder can live in Git.
"""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.domain.knowledge import (
    CONTENT_FIELDS,
    ArticleFile,
    ArticleStatus,
    FrontMatterError,
    file_name,
    image_links,
    parse_article_file,
    render_article_file,
)
from desktop.models import SYNCED_TABLES
from desktop.models.types import utcnow
from server.rules.kb_articles import append_version, publish_revision
from server.store import next_version, session_factory

log = logging.getLogger("agentdesk.server.knowledge_io")

ARTICLES = SYNCED_TABLES["kb_articles"]
ATTACHMENTS = "attachments"
_ID_NAMESPACE = uuid.UUID("6f1d3a52-4c1e-4a8e-9a55-0a6b8d1c2e7f")
_FIELDS = ("title", "body", "category", "tags", "language", "status", "product", "related")


class KnowledgeImportError(Exception):
    """The folder cannot be imported; the message names each bad file."""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    published: int = 0  # new published revisions
    attachments: int = 0

    def __str__(self) -> str:
        return (f"{self.created} created, {self.updated} updated, {self.unchanged} "
                f"unchanged, {self.published} new published revisions, "
                f"{self.attachments} attachments")


@dataclass
class ExportSummary:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    attachments: int = 0
    missing_attachments: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = (f"{self.written} files written, {self.unchanged} unchanged, {self.removed} "
                f"removed, {self.attachments} attachments")
        if self.missing_attachments:
            text += f"; missing attachments: {', '.join(self.missing_attachments)}"
        return text


def article_id_for(key: str) -> str:
    """The id a newly imported article gets: the same on every server for one key."""
    return str(uuid.uuid5(_ID_NAMESPACE, key))


def _json_list(text: str | None) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _dump_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def _norm_body(body: str | None) -> str:
    return (body or "").replace("\r\n", "\n").rstrip("\n")


# --------------------------------------------------------------------------- import

@dataclass
class _Parsed:
    path: Path
    article: ArticleFile
    body: str  # with attachment links rewritten
    files: dict[str, Path]  # stored attachment name -> source file


def _attachment_name(folder: Path, source: Path) -> str:
    rel = PurePosixPath(source.relative_to(folder).as_posix())
    if rel.parts and rel.parts[0] == ATTACHMENTS:
        return "/".join(rel.parts[1:])
    return "-".join(rel.parts)


def _read_folder(folder: Path) -> list[_Parsed]:
    if not folder.is_dir():
        raise KnowledgeImportError(f"{folder}: not a folder")
    root = folder.resolve()
    errors: list[str] = []
    parsed: list[_Parsed] = []
    for path in sorted(p for p in root.rglob("*.md")
                       if p.relative_to(root).parts[0] != ATTACHMENTS):
        rel = path.relative_to(root).as_posix()
        try:
            art = parse_article_file(path.read_text(encoding="utf-8"))
        except (FrontMatterError, UnicodeDecodeError) as exc:
            errors.append(f"{rel}: {exc}")
            continue
        body, files = art.body, {}
        for link in image_links(art.body):
            source = (path.parent / link).resolve()
            if not source.is_relative_to(root) or not source.is_file():
                errors.append(f"{rel}: image {link!r} is not a file in the folder")
                continue
            name = _attachment_name(root, source)
            files[name] = source
            body = body.replace(f"]({link}", f"]({ATTACHMENTS}/{name}")
        parsed.append(_Parsed(path, art, body, files))
    seen: dict[str, Path] = {}
    for p in parsed:
        other = seen.setdefault(p.article.key, p.path)
        if other != p.path:
            errors.append(f"{p.path.relative_to(root).as_posix()}: id {p.article.key!r} is "
                          f"also used by {other.relative_to(root).as_posix()}")
    if errors:
        raise KnowledgeImportError("\n".join(errors))
    return parsed


def import_folder(engine: Engine, folder: Path, attachments_dir: Path) -> ImportSummary:
    """Bring a folder of Markdown articles into the server database (idempotent)."""
    parsed = _read_folder(folder)
    summary = ImportSummary()
    with session_factory(engine).begin() as session:
        existing = [dict(r) for r in session.execute(select(ARTICLES)).mappings()]
        by_key = {r["external_key"]: r for r in existing if r["external_key"]}
        by_id = {r["id"]: r for r in existing}
        ids: dict[str, str] = {k: r["id"] for k, r in by_key.items()}
        ids.update({i: i for i in by_id})
        targets: dict[str, dict[str, Any] | None] = {}
        for p in parsed:
            key = p.article.key
            current = by_key.get(key) or by_id.get(key)
            targets[key] = current
            ids[key] = current["id"] if current else article_id_for(key)
        errors = [f"{p.path.name}: related article {r!r} is unknown"
                  for p in parsed for r in p.article.related if r not in ids]
        if errors:
            raise KnowledgeImportError("\n".join(errors))
        version: int | None = None
        for p in parsed:
            art = p.article
            wanted: dict[str, Any] = {
                "title": art.title, "body": p.body, "category": art.category,
                "tags": list(art.tags), "language": art.language, "status": art.status,
                "product": art.product, "related": [ids[r] for r in art.related]}
            current = targets[art.key]
            if current is not None and _same(current, wanted):
                summary.unchanged += 1
                continue
            if version is None:
                version = next_version(session)
            row = {**wanted, "tags": _dump_list(wanted["tags"]),
                   "related": _dump_list(wanted["related"])}
            published = _write(session, current, ids[art.key], art.key, row, version)
            summary.published += published
            if current is None:
                summary.created += 1
            else:
                summary.updated += 1
        for p in parsed:
            for name, source in p.files.items():
                target = attachments_dir / name
                if not target.is_file() or target.read_bytes() != source.read_bytes():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, target)
                    summary.attachments += 1
    log.info("knowledge import from %s: %s", folder, summary)
    return summary


def _same(current: dict[str, Any], wanted: dict[str, Any]) -> bool:
    for name in _FIELDS:
        have = current.get(name)
        if name in ("tags", "related"):
            if _json_list(have) != wanted[name]:
                return False
        elif name == "body":
            if _norm_body(have) != wanted[name]:
                return False
        elif (have or "") != wanted[name]:
            return False
    return True


def _write(session: Session, current: dict[str, Any] | None, article_id: str, key: str,
           row: dict[str, Any], version: int) -> int:
    """Insert or update one article; returns 1 when it got a new published revision."""
    now = utcnow()
    merged = {**(current or {}), **row, "id": article_id}
    last = int(current["published_revision"]) if current else 0
    revision = int(current["revision"]) if current else 1
    content_changed = current is None or any(merged[f] != current[f] for f in CONTENT_FIELDS)
    if row["status"] == ArticleStatus.PUBLISHED.value:
        revision = last = publish_revision(session, current, merged)
    elif content_changed and current is not None and revision <= last:
        revision = last + 1
    values = {**row, "revision": revision, "published_revision": last, "updated_at": now,
              "version": version}
    if current is None:
        session.execute(insert(ARTICLES).values(id=article_id, external_key=key,
                                                created_at=now, **values))
    else:
        session.execute(update(ARTICLES).where(ARTICLES.c.id == article_id).values(**values))
    if row["status"] != ArticleStatus.PUBLISHED.value:
        return 0
    written = {**merged, "published_revision": last}
    author = current.get("author_id") if current else None
    return int(append_version(session, written, author_id=author, published_by=None,
                              version=version, change_note="import"))


# --------------------------------------------------------------------------- export

def export_folder(engine: Engine, folder: Path, attachments_dir: Path) -> ExportSummary:
    """Write every article as a Markdown file into ``folder`` (deterministic output)."""
    summary = ExportSummary()
    folder.mkdir(parents=True, exist_ok=True)
    with session_factory(engine)() as session:
        rows = [dict(r) for r in session.execute(select(ARTICLES)).mappings()]
    keys = {r["id"]: r["external_key"] or r["id"] for r in rows}
    written: set[str] = set()
    wanted_attachments: set[str] = set()
    for r in sorted(rows, key=lambda r: keys[r["id"]]):
        art = ArticleFile(
            key=keys[r["id"]], title=r["title"], body=_norm_body(r["body"]),
            category=r["category"] or "", tags=tuple(str(t) for t in _json_list(r["tags"])),
            language=r["language"] or "", status=r["status"], product=r["product"] or "",
            related=tuple(keys[i] for i in _json_list(r["related"]) if i in keys))
        name = file_name(art)
        written.add(name)
        text = render_article_file(art)
        target = folder / name
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            summary.unchanged += 1
        else:
            target.write_text(text, encoding="utf-8", newline="\n")
            summary.written += 1
        for link in image_links(art.body):
            parts = PurePosixPath(link).parts
            if len(parts) > 1 and parts[0] == ATTACHMENTS and ".." not in parts:
                wanted_attachments.add("/".join(parts[1:]))
    for stale in sorted(folder.glob("*.md")):
        if stale.name in written:
            continue
        try:
            parse_article_file(stale.read_text(encoding="utf-8"))
        except (FrontMatterError, UnicodeDecodeError):
            continue  # not one of ours: leave it
        stale.unlink()
        summary.removed += 1
    for name in sorted(wanted_attachments):
        source, target = attachments_dir / name, folder / ATTACHMENTS / name
        if not source.is_file():
            summary.missing_attachments.append(name)
            continue
        if not target.is_file() or target.read_bytes() != source.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            summary.attachments += 1
    log.info("knowledge export to %s: %s", folder, summary)
    return summary
