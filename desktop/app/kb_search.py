"""Knowledge-base search on the local replica: offline, as you type, German-aware.

The index is client-only and lives in the local database beside the replica (it is
not synced and has no Alembic migration; it is created on first use):

- ``kb_search_fts``: an FTS5 table with five columns, each holding text normalised by
  :mod:`desktop.domain.text_de`: ``title``, ``tags`` (tags, category and product),
  ``body`` (the folded words) and ``title_x``/``body_x`` (their stems, hyphen joins and
  compound parts). bm25 weighs them :data:`WEIGHTS`: title above tags above body, the
  derived forms below the words as written.
- ``kb_search_docs``: one row per article of ``kb_articles`` (published or not): its
  FTS rowid, id, version, whether it is published (only those are in the FTS table)
  and the filter values (language, category, product, tags).
- ``kb_search_meta``: the normaliser version the index was built with and the keyset
  ``(version, id)`` of the last indexed article.

Keeping it current (:meth:`KnowledgeSearch.refresh`, also run before each query when
``PRAGMA data_version`` says another connection wrote): articles whose ``(version,
id)`` is above the stored keyset are (re)indexed in batches, in pull order; when
``kb_articles`` then has another row count than ``kb_search_docs`` (deletions, a
resync) the two are reconciled id by id over the ``(version, id)`` index. Another
normaliser version rebuilds the index. Local edits that have not come back from the
server keep their old version and are indexed when they do.

Queries (:meth:`KnowledgeSearch.search`): every query word becomes a group of
alternatives — the word, its stems, its compound parts (all of them), the synonyms of
the central list (``kb_synonyms``) and, only when the word is not in the index at all,
the index words at typo distance 1. The last word is a prefix while it is being
typed. Groups are joined with AND; when that finds fewer than a handful of articles,
articles that match only some groups (OR) follow. Only published articles are indexed.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain import text_de
from desktop.sync.localdb import OPERATIONAL_ERRORS

log = logging.getLogger("agentdesk.kb_search")

# bm25 weights of the columns title, tags, body, title_x, body_x.
WEIGHTS = (10.0, 4.0, 1.0, 6.0, 0.5)
BATCH = 500
# AND results below this count are followed by articles that match only some words.
FILL_BELOW = 5
SNIPPET_CHARS = 180
MAX_CORRECTIONS = 3
SUGGEST_WORDS = 14

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS kb_search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS kb_search_docs (doc_id INTEGER PRIMARY KEY, "
    "article_id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL, published INTEGER NOT NULL, "
    "language TEXT NOT NULL, category TEXT NOT NULL, product TEXT NOT NULL, "
    "tags TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS kb_search_fts USING fts5(title, tags, body, "
    "title_x, body_x, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS kb_search_vocab USING fts5vocab(kb_search_fts, row)",
)
_TAG_SEP = "\x1f"
# What agents read of an article: an article being revised (``review`` after it was
# published, docs/knowledge.md) is searched and shown by its last published version,
# so 1st level keeps finding it; everything else by its own row. Columns: id, version,
# title, body, category, tags, language, product, status ("published" when read from
# its published version).
_READABLE = (
    "SELECT a.id AS id, a.version AS version, coalesce(v.title, a.title) AS title, "
    "coalesce(v.body, a.body) AS body, coalesce(v.category, a.category) AS category, "
    "coalesce(v.tags, a.tags) AS tags, a.language AS language, a.product AS product, "
    "CASE WHEN v.id IS NULL THEN a.status ELSE 'published' END AS status "
    "FROM kb_articles a "
    "LEFT JOIN kb_article_versions v ON a.status = 'review' AND a.published_revision > 0 "
    "AND v.article_id = a.id AND v.revision = a.published_revision")
_BM25 = "bm25(kb_search_fts, {})".format(", ".join(str(w) for w in WEIGHTS))


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search; ``None`` (or "") means any."""

    category: str | None = None
    tag: str | None = None
    language: str | None = None
    product: str | None = None

    def active(self) -> bool:
        return any((self.category, self.tag, self.language, self.product))


@dataclass(frozen=True)
class SearchHit:
    """One found article. Highlights are ``(start, end)`` offsets into ``title`` and
    ``snippet``; ``match`` is ``"all"`` (every query word) or ``"some"``."""

    article_id: str
    title: str
    score: float
    snippet: str
    title_highlights: tuple[tuple[int, int], ...] = ()
    snippet_highlights: tuple[tuple[int, int], ...] = ()
    category: str = ""
    product: str = ""
    language: str = ""
    tags: tuple[str, ...] = ()
    match: str = "all"


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    # typo corrections the search applied: (as typed, folded) -> index word
    corrections: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    body: str
    category: str
    product: str
    language: str
    tags: tuple[str, ...]
    status: str
    revision: int
    related: tuple[str, ...]
    helped_count: int
    not_helped_count: int
    updated_at: str


@dataclass(frozen=True)
class Facets:
    """The values the filters offer, from the indexed (published) articles."""

    categories: tuple[str, ...]
    products: tuple[str, ...]
    languages: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass
class RefreshResult:
    indexed: int = 0
    removed: int = 0
    rebuilt: bool = False
    seconds: float = 0.0


@dataclass
class _Group:
    """The FTS5 alternatives for one query word, and what to highlight for it."""

    word: str
    alternatives: list[str] = field(default_factory=list)
    exact: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    # each compound part on its own, for the "some words" tier
    loose: list[str] = field(default_factory=list)

    def expression(self) -> str:
        return " OR ".join(text_de.unique(self.alternatives))

    def loose_expression(self) -> str:
        return " OR ".join(text_de.unique(self.alternatives + self.loose))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


ProgressFn = Callable[[int], None]


class KnowledgeSearch:
    """The search index over the local replica's ``kb_articles``, and its queries.

    One SQLite connection of its own (WAL lets it read while a sync writes); every
    public method holds a lock, so one instance may be called from any one thread at
    a time — the panel calls it from the task manager's worker only.
    """

    def __init__(self, db_path: Path | str,
                 connect: Callable[..., Any] | None = None) -> None:
        self.path = Path(db_path)
        # ``connect``: the replica's own (keyed, when it is encrypted) connection maker.
        options: dict[str, Any] = {"check_same_thread": False, "timeout": 10,
                                   "isolation_level": None}
        self._conn: Any = (connect(**options) if connect is not None
                           else sqlite3.connect(str(self.path), **options))
        self._conn.execute("PRAGMA busy_timeout=10000")
        self._lock = threading.RLock()
        self._data_version: int | None = None
        self._vocab: list[str] = []
        self._df: dict[str, int] = {}
        self._vocab_set: frozenset[str] = frozenset()
        self._loaded = False
        self._synonyms: dict[str, list[tuple[str, ...]]] = {}
        self._synonym_languages: dict[tuple[str, ...], str] = {}
        self._facets: Facets | None = None
        for sql in _SCHEMA:
            self._conn.execute(sql)

    @classmethod
    def for_database(cls, db: Any) -> KnowledgeSearch:
        """For a :class:`desktop.sync.localdb.LocalDatabase` (opened, so migrated)."""
        return cls(db.path, db.raw_connection)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- meta ----------------------------------------------------------------------
    def _meta(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM kb_search_meta").fetchall())

    def _put_meta(self, values: dict[str, object]) -> None:
        self._conn.executemany(
            "INSERT INTO kb_search_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [(k, str(v)) for k, v in values.items()])

    # -- keeping the index current -------------------------------------------------
    def ensure_current(self) -> None:
        """Refresh when another connection wrote since the last look (cheap otherwise)."""
        with self._lock:
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            if version == self._data_version and self._loaded:
                return
            self.refresh()
            self._data_version = version

    def refresh(self, progress: ProgressFn | None = None) -> RefreshResult:
        """Index what changed in ``kb_articles`` since the last refresh; reload the
        synonyms and the vocabulary. ``progress(n)`` gets the articles done so far."""
        with self._lock:
            started = time.perf_counter()
            result = RefreshResult()
            conn = self._conn
            meta = self._meta()
            if meta.get("normaliser") != str(text_de.NORMALISER_VERSION):
                self._clear()
                result.rebuilt = True
                meta = {}
            after = (int(meta.get("hw_version", "-1")), meta.get("hw_id", ""))
            while True:
                rows = conn.execute(
                    f"{_READABLE} WHERE (a.version, a.id) > (?, ?) "
                    "ORDER BY a.version, a.id LIMIT ?", (*after, BATCH)).fetchall()
                if not rows:
                    break
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for row in rows:
                        if self._index_row(row):
                            result.indexed += 1
                        else:
                            result.removed += 1
                    after = (int(rows[-1][1]), str(rows[-1][0]))
                    self._put_meta({"hw_version": after[0], "hw_id": after[1]})
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                if progress is not None:
                    progress(result.indexed + result.removed)
            articles = conn.execute("SELECT count(*) FROM kb_articles").fetchone()[0]
            docs = conn.execute("SELECT count(*) FROM kb_search_docs").fetchone()[0]
            if articles != docs:
                self._reconcile(result)
            if result.indexed >= 2000:
                conn.execute("INSERT INTO kb_search_fts(kb_search_fts) VALUES ('optimize')")
            if result.indexed or result.removed or not self._loaded:
                self._load_vocabulary()
                self._facets = None
            self._load_synonyms()
            result.seconds = time.perf_counter() - started
            if result.indexed or result.removed:
                log.info("knowledge index: %d indexed, %d removed in %.2f s%s",
                         result.indexed, result.removed, result.seconds,
                         " (rebuilt)" if result.rebuilt else "")
            return result

    def _clear(self) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM kb_search_fts")
        conn.execute("DELETE FROM kb_search_docs")
        conn.execute("DELETE FROM kb_search_meta")
        self._put_meta({"normaliser": text_de.NORMALISER_VERSION})
        conn.execute("COMMIT")

    def _reconcile(self, result: RefreshResult) -> None:
        """Drop what is gone from ``kb_articles``; index what the keyset passed by (a
        resync brings back rows below it)."""
        conn = self._conn
        current = dict(conn.execute("SELECT id, version FROM kb_articles").fetchall())
        indexed = dict(conn.execute(
            "SELECT article_id, version FROM kb_search_docs").fetchall())
        gone = [a for a in indexed if a not in current]
        stale = [a for a, v in current.items() if indexed.get(a) != v]
        conn.execute("BEGIN IMMEDIATE")
        try:
            for article_id in gone:
                if self._delete(article_id):
                    result.removed += 1
            for start in range(0, len(stale), BATCH):
                chunk = stale[start:start + BATCH]
                marks = ", ".join("?" for _ in chunk)
                for row in conn.execute(
                        f"{_READABLE} WHERE a.id IN ({marks})", chunk).fetchall():
                    if self._index_row(row):
                        result.indexed += 1
                    else:
                        result.removed += 1
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _delete(self, article_id: str) -> bool:
        """Forget an article; True when it was searchable."""
        found = self._conn.execute(
            "SELECT doc_id, published FROM kb_search_docs WHERE article_id = ?",
            (article_id,)).fetchone()
        if found is None:
            return False
        self._conn.execute("DELETE FROM kb_search_fts WHERE rowid = ?", (found[0],))
        self._conn.execute("DELETE FROM kb_search_docs WHERE doc_id = ?", (found[0],))
        return bool(found[1])

    def _index_row(self, row: Sequence[Any]) -> bool:
        """(Re)index one ``kb_articles`` row; False when it is not searchable."""
        article_id, version, title, body, category, tags_json, language, product, status = row
        conn = self._conn
        published = status == "published"
        tags = _tags(tags_json)
        lang = language or "de"
        folded_tags = _TAG_SEP + _TAG_SEP.join(text_de.fold(x) for x in tags) + _TAG_SEP
        values = (int(version), int(published), lang, category or "", product or "",
                  folded_tags)
        found = conn.execute("SELECT doc_id, published FROM kb_search_docs "
                             "WHERE article_id = ?", (article_id,)).fetchone()
        if found is None:
            doc_id = conn.execute(
                "INSERT INTO kb_search_docs (article_id, version, published, language, "
                "category, product, tags) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article_id, *values)).lastrowid
        else:
            doc_id = found[0]
            conn.execute("UPDATE kb_search_docs SET version = ?, published = ?, "
                         "language = ?, category = ?, product = ?, tags = ? "
                         "WHERE doc_id = ?", (*values, doc_id))
            if found[1]:
                conn.execute("DELETE FROM kb_search_fts WHERE rowid = ?", (doc_id,))
        if not published:
            return False
        t = text_de.analyse(title or "", lang)
        g = text_de.analyse(" ".join([*tags, category or "", product or ""]), lang)
        b = text_de.analyse(_MD_TARGET.sub(" ", body or ""), lang)
        conn.execute(
            "INSERT INTO kb_search_fts (rowid, title, tags, body, title_x, body_x) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (doc_id, t.plain, g.plain, b.plain, f"{t.extra} {g.extra}".strip(), b.extra))
        return True

    def _load_vocabulary(self) -> None:
        rows = self._conn.execute("SELECT term, doc FROM kb_search_vocab").fetchall()
        self._df = {term: int(doc) for term, doc in rows}
        self._vocab = sorted(self._df)
        self._vocab_set = frozenset(self._df)
        self._loaded = True

    def _load_synonyms(self) -> None:
        synonyms: dict[str, list[tuple[str, ...]]] = {}
        languages: dict[tuple[str, ...], str] = {}
        for terms_json, language in self._conn.execute(
                "SELECT terms, language FROM kb_synonyms ORDER BY id").fetchall():
            try:
                terms = json.loads(terms_json)
            except (TypeError, ValueError):
                log.warning("ignoring a synonym group that is not a JSON list: %r",
                            terms_json)
                continue
            if not isinstance(terms, list):
                continue
            group = tuple(" ".join(text_de.words(str(t))) for t in terms)
            group = tuple(t for t in text_de.unique(group) if t)
            if len(group) < 2:
                continue
            languages[group] = language or ""
            for term in group:
                keys = {term}
                if " " not in term:
                    keys |= text_de.stems(term)
                for key in keys:
                    synonyms.setdefault(key, []).append(group)
        self._synonyms = synonyms
        self._synonym_languages = languages

    # -- vocabulary look-ups ---------------------------------------------------------
    def _known(self, term: str) -> bool:
        return term in self._df

    def _has_prefix(self, prefix: str) -> bool:
        at = bisect.bisect_left(self._vocab, prefix)
        return at < len(self._vocab) and self._vocab[at].startswith(prefix)

    def _corrections(self, word: str, prefix: bool) -> list[str]:
        """Index words (or, for a prefix, word beginnings) at typo distance 1."""
        if len(word) < 4 or not word.isalpha():
            return []
        found: list[tuple[int, int, str]] = []
        for candidate in text_de.edits1(word):
            if prefix:
                if len(candidate) < len(word) - 1 or not self._has_prefix(candidate):
                    continue
                at = bisect.bisect_left(self._vocab, candidate)
                df = self._df.get(self._vocab[at], 0)
            else:
                df = self._df.get(candidate, 0)
                if not df:
                    continue
            # same length (swap, replace) before insert/delete, then the more common
            found.append((abs(len(candidate) - len(word)), -df, candidate))
        return [c for _, _, c in sorted(found)[:MAX_CORRECTIONS]]

    # -- query building --------------------------------------------------------------
    def _groups(self, query: str, prefix_last: bool, language: str | None,
                corrections: list[tuple[str, str]]) -> list[_Group]:
        folded = text_de.fold(query)
        tokens: list[tuple[str, tuple[str, ...]]] = []
        spans = [(m.start(), m.end(), m.group(0))
                 for m in re.finditer(r"[a-z0-9]+(?:-[a-z0-9]+)*", folded)]
        for _start, _end, raw in spans:
            parts = tuple(raw.split("-"))
            if len(parts) > 1:
                tokens.append(("".join(parts), tuple(p for p in parts if len(p) > 1)))
            else:
                tokens.append((raw, ()))
        typing = prefix_last and bool(spans) and spans[-1][1] == len(folded)
        groups: list[_Group] = []
        i = 0
        while i < len(tokens):
            phrase = self._synonym_phrase([w for w, _ in tokens[i:i + 3]], language)
            if phrase is not None and not (typing and i + phrase[0] == len(tokens)):
                groups.append(phrase[1])
                i += phrase[0]
                continue
            word, hyphen_parts = tokens[i]
            is_prefix = typing and i == len(tokens) - 1
            i += 1
            if not is_prefix and (len(word) < 2 or word in text_de.STOPWORDS):
                continue
            if is_prefix and len(word) < 2:
                continue
            group = self._group(word, hyphen_parts, is_prefix, language, corrections)
            if group.alternatives:
                groups.append(group)
        return groups

    def _synonym_phrase(self, words: list[str],
                        language: str | None) -> tuple[int, _Group] | None:
        """A group for a synonym of several words ("wireless lan") at the start of
        ``words``: (how many words it takes, the group)."""
        for n in (3, 2):
            if len(words) < n:
                continue
            phrase = " ".join(words[:n])
            others = self._synonym_terms(phrase, set(), language)
            if not others:
                continue
            g = _Group(phrase, alternatives=[_quote(phrase)], exact=set(words[:n]))
            g.alternatives.append("(" + " AND ".join(_quote(w) for w in words[:n]) + ")")
            g.loose.extend(_quote(w) for w in words[:n]
                           if len(w) > 1 and w not in text_de.STOPWORDS)
            for term in others:
                g.alternatives.append(_quote(term))
                g.exact.update(term.split())
                if " " not in term:
                    g.alternatives.extend(_quote(x) for x in text_de.stems(term) - {term})
                    g.stems |= text_de.stems(term)
            return n, g
        return None

    def _group(self, word: str, hyphen_parts: tuple[str, ...], is_prefix: bool,
               language: str | None, corrections: list[tuple[str, str]]) -> _Group:
        g = _Group(word)
        stems = {s for s in text_de.stems(word) if len(s) >= 2}
        if is_prefix:
            g.alternatives.append(_quote(word) + "*")
            g.prefixes.add(word)
            found = self._has_prefix(word)
            if len(word) >= 4:  # maybe a whole word already: its stems, as words
                for s in stems - {word}:
                    if self._known(s):
                        g.alternatives.append(_quote(s))
                        g.stems.add(s)
            if not found and len(word) >= 4:  # a whole word in another form: "Druckern"
                for s in stems - {word}:
                    if len(s) >= 3 and self._has_prefix(s):
                        g.alternatives.append(_quote(s) + "*")
                        g.prefixes.add(s)
                        found = True
        else:
            g.alternatives.append(_quote(word))
            g.exact.add(word)
            for s in stems - {word}:
                g.alternatives.append(_quote(s))
            g.stems |= stems
            found = self._known(word) or any(self._known(s) for s in stems)
        parts = hyphen_parts or text_de.split_compound(word)
        if not parts and not found:
            parts = text_de.split_against(word, self._vocab_set)
        if parts:
            part_exprs = []
            for p in parts:
                alts = text_de.unique([p, *sorted(text_de.stems(p))])
                part_exprs.append("(" + " OR ".join(_quote(a) for a in alts) + ")")
                g.loose.extend(_quote(a) for a in alts)
                g.exact.add(p)
                g.stems |= text_de.stems(p)
            g.alternatives.append("(" + " AND ".join(part_exprs) + ")")
            found = found or all(self._known(p) or any(self._known(s)
                                                      for s in text_de.stems(p))
                                 for p in parts)
        for synonym in self._synonym_terms(word, stems, language):
            tokens = synonym.split()
            if len(tokens) == 1:
                g.alternatives.append(_quote(synonym))
                g.exact.add(synonym)
                for s in text_de.stems(synonym) - {synonym}:
                    g.alternatives.append(_quote(s))
                g.stems |= text_de.stems(synonym)
            else:
                g.alternatives.append(_quote(synonym))  # a phrase
                g.exact.update(tokens)
            found = True
        if not found and is_prefix and any(w.startswith(word) for w in text_de.STOPWORDS):
            g.alternatives = []  # halfway through a stop word ("nich"): wait for more
            return g
        if not found:
            for fix in self._corrections(word, is_prefix):
                corrections.append((word, fix))
                if is_prefix:
                    g.alternatives.append(_quote(fix) + "*")
                    g.prefixes.add(fix)
                else:
                    g.alternatives.append(_quote(fix))
                    g.exact.add(fix)
                    for s in text_de.stems(fix) - {fix}:
                        g.alternatives.append(_quote(s))
                    g.stems |= text_de.stems(fix)
            if not any(c[0] == word for c in corrections):
                g.alternatives = []  # nowhere in the index: leave the word out
        return g

    def _synonym_terms(self, word: str, stems: set[str], language: str | None) -> list[str]:
        out: list[str] = []
        for key in (word, *sorted(stems)):
            for group in self._synonyms.get(key, ()):
                lang = self._synonym_languages.get(group, "")
                if language and lang and lang != language:
                    continue
                out.extend(t for t in group if t != word)
        return text_de.unique(out)

    # -- queries -------------------------------------------------------------------
    def _rank(self, match: str, filters: SearchFilters, limit: int,
              exclude: Iterable[int] = ()) -> list[tuple[int, float]]:
        where = ["kb_search_fts MATCH ?"]
        params: list[Any] = [match]
        join = ""
        if filters.active():
            join = " JOIN kb_search_docs d ON d.doc_id = f.rowid"
            for column, value in (("category", filters.category),
                                  ("language", filters.language),
                                  ("product", filters.product)):
                if value:
                    where.append(f"d.{column} = ? COLLATE NOCASE")
                    params.append(value)
            if filters.tag:
                where.append("instr(d.tags, ?) > 0")
                params.append(_TAG_SEP + text_de.fold(filters.tag) + _TAG_SEP)
        skip = list(exclude)
        if skip:
            where.append(f"f.rowid NOT IN ({', '.join('?' for _ in skip)})")
            params.extend(skip)
        sql = (f"SELECT f.rowid, {_BM25} AS score FROM kb_search_fts f{join} "
               f"WHERE {' AND '.join(where)} ORDER BY score LIMIT ?")
        params.append(limit)
        try:
            return [(int(r), -float(s)) for r, s in self._conn.execute(sql, params)]
        except OPERATIONAL_ERRORS as exc:  # a query FTS5 cannot parse: no hits
            log.warning("knowledge search query failed (%s): %s", exc, match)
            return []

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 20,
               prefix: bool = True) -> SearchResult:
        """Articles for what the agent typed, best first.

        ``prefix``: the last word is still being typed (it matches word beginnings)
        unless the query ends with a space.
        """
        with self._lock:
            started = time.perf_counter()
            self.ensure_current()
            filters = filters or SearchFilters()
            corrections: list[tuple[str, str]] = []
            groups = self._groups(query, prefix, filters.language, corrections)
            ranked = self._run(groups, filters, limit, all_first=True)
            hits = self._hits(ranked, groups)
            return SearchResult(query, tuple(hits), tuple(corrections),
                                time.perf_counter() - started)

    def suggest(self, title: str, description: str = "", limit: int = 5,
                filters: SearchFilters | None = None) -> SearchResult:
        """Articles for an open ticket, from its title and description (any words
        match; the title's words count twice; the description's rarest words only)."""
        with self._lock:
            started = time.perf_counter()
            self.ensure_current()
            filters = filters or SearchFilters()
            corrections: list[tuple[str, str]] = []
            title_groups = self._groups(title, False, filters.language, corrections)
            seen = {g.word for g in title_groups}
            body_groups = [g for g in self._groups(description, False, filters.language,
                                                   corrections) if g.word not in seen]
            body_groups = _distinct(body_groups)
            body_groups.sort(key=lambda g: self._rarity(g))
            groups = _distinct(title_groups) + body_groups[:SUGGEST_WORDS]
            weighted = [*title_groups, *groups]
            ranked = self._run(weighted, filters, limit, all_first=False)
            hits = self._hits(ranked, groups)
            return SearchResult(f"{title}\n{description}".strip(), tuple(hits),
                                tuple(corrections), time.perf_counter() - started)

    def _rarity(self, group: _Group) -> int:
        counts = [self._df[t] for t in (group.exact | group.stems) if t in self._df]
        return min(counts) if counts else 1 << 30

    def _run(self, groups: list[_Group], filters: SearchFilters, limit: int,
             all_first: bool) -> list[tuple[int, float, str]]:
        if not groups or limit <= 0:
            return []
        exprs = [f"({g.expression()})" for g in groups]
        ranked: list[tuple[int, float, str]] = []
        if all_first:
            ranked = [(r, s, "all") for r, s in
                      self._rank(" AND ".join(exprs), filters, limit)]
            enough = min(limit, FILL_BELOW)
            if len(ranked) >= enough or (len(groups) == 1 and not groups[0].loose):
                return ranked
            if 3 <= len(groups) <= 6:  # all words but one
                tiers = " OR ".join(
                    "(" + " AND ".join(e for j, e in enumerate(exprs) if j != i) + ")"
                    for i in range(len(exprs)))
                ranked += [(r, s, "some") for r, s in self._rank(
                    tiers, filters, limit - len(ranked), exclude=[r for r, _, _ in ranked])]
                if len(ranked) >= enough:
                    return ranked
        loose = " OR ".join(f"({g.loose_expression()})" for g in groups)
        more = self._rank(loose, filters, limit - len(ranked),
                          exclude=[r for r, _, _ in ranked])
        return ranked + [(r, s, "some") for r, s in more]

    def _hits(self, ranked: list[tuple[int, float, str]],
              groups: list[_Group]) -> list[SearchHit]:
        if not ranked:
            return []
        ids = [r for r, _, _ in ranked]
        marks = ", ".join("?" for _ in ids)
        rows = {r[0]: r for r in self._conn.execute(
            "SELECT d.doc_id, a.id, a.title, a.body, a.category, a.product, a.language, "
            f"a.tags FROM kb_search_docs d JOIN ({_READABLE}) a ON a.id = d.article_id "
            f"WHERE d.doc_id IN ({marks})", ids).fetchall()}
        marker = _Highlighter(groups)
        hits = []
        for doc_id, score, match in ranked:
            row = rows.get(doc_id)
            if row is None:  # deleted between ranking and reading: skip it
                continue
            _, article_id, title, body, category, product, language, tags_json = row
            snippet, snippet_marks = marker.snippet(_strip_markdown(body or "", title),
                                                    language or "de")
            hits.append(SearchHit(
                article_id=article_id, title=title, score=round(score, 4), snippet=snippet,
                title_highlights=marker.spans(title, language or "de"),
                snippet_highlights=snippet_marks, category=category or "",
                product=product or "", language=language or "", tags=tuple(_tags(tags_json)),
                match=match))
        return hits

    def articles(self, ids: Sequence[str]) -> list[SearchHit]:
        """Published articles by id, in the given order (a call-script step names
        them); unknown or unpublished ids are left out (an article being revised counts
        as published, with its published text)."""
        with self._lock:
            if not ids:
                return []
            marks = ", ".join("?" for _ in ids)
            rows = {aid: (aid, title, body, category, product, language, tags)
                    for aid, _v, title, body, category, tags, language, product, status
                    in self._conn.execute(f"{_READABLE} WHERE a.id IN ({marks})",
                                          list(ids)).fetchall()
                    if status == "published"}
            out = []
            for article_id in text_de.unique(ids):
                row = rows.get(article_id)
                if row is None:
                    continue
                _, title, body, category, product, language, tags_json = row
                text = _strip_markdown(body or "", title)
                out.append(SearchHit(article_id, title, 0.0, _shorten(text, 0)[0],
                                     category=category or "", product=product or "",
                                     language=language or "", tags=tuple(_tags(tags_json))))
            return out

    def article(self, article_id: str) -> Article | None:
        """The whole article (any status: an agent may open a linked draft)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, title, body, category, product, language, tags, status, "
                "revision, related, helped_count, not_helped_count, updated_at "
                "FROM kb_articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        (aid, title, body, category, product, language, tags_json, status, revision,
         related, helped, not_helped, updated) = row
        return Article(aid, title, body or "", category or "", product or "",
                       language or "", tuple(_tags(tags_json)), status or "",
                       int(revision or 0), tuple(_tags(related)), int(helped or 0),
                       int(not_helped or 0), str(updated or ""))

    def facets(self) -> Facets:
        with self._lock:
            self.ensure_current()
            if self._facets is None:
                rows = self._conn.execute(
                    "SELECT category, product, language, tags FROM kb_search_docs "
                    "WHERE published = 1").fetchall()
                tags: set[str] = set()
                for *_, t in rows:
                    tags.update(x for x in t.split(_TAG_SEP) if x)
                self._facets = Facets(
                    tuple(sorted({r[0] for r in rows if r[0]}, key=str.casefold)),
                    tuple(sorted({r[1] for r in rows if r[1]}, key=str.casefold)),
                    tuple(sorted({r[2] for r in rows if r[2]})),
                    tuple(sorted(tags)))
            return self._facets

    def indexed_count(self) -> int:
        with self._lock:
            return int(self._conn.execute(
                "SELECT count(*) FROM kb_search_docs WHERE published = 1").fetchone()[0])


def _distinct(groups: list[_Group]) -> list[_Group]:
    seen: set[str] = set()
    out = []
    for g in groups:
        if g.word not in seen:
            seen.add(g.word)
            out.append(g)
    return out


def _tags(raw: Any) -> list[str]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_TARGET = re.compile(r"\]\([^)]*\)")  # a link's address: not searched
_MD_HEADING = re.compile(r"^[ \t]*[#>]+[ \t]*", re.M)
_MD_HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t].*$", re.M)
_MD_EMPHASIS = re.compile(r"[*_`~|]+")
_TOKEN = re.compile(r"[^\W_]+")
_MD_LIST = re.compile(r"^\s*(?:[-+*]|\d+\.)\s+", re.M)
_SPACES = re.compile(r"\s+")


def without_title_heading(body: str, title: str) -> str:
    """``body`` without a first heading that only repeats ``title``."""
    text = body.lstrip()
    if text.startswith("#"):
        first, _, rest = text.partition("\n")
        if first.lstrip("#").strip() == title.strip():
            return rest.lstrip("\n")
    return body


def _strip_markdown(body: str, title: str | None = None) -> str:
    """Markdown as plain running text for snippets: links keep their text, headings
    (section names such as "Problem") and a first heading that repeats ``title`` are
    left out."""
    text = without_title_heading(body, title) if title else body
    text = _MD_HEADING_LINE.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_LIST.sub(" ", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _shorten(text: str, centre: int) -> tuple[str, int, int]:
    """A window of about :data:`SNIPPET_CHARS` around ``centre`` on word boundaries, with
    ``…`` where it was cut; also the window's start and end offsets in ``text``."""
    if len(text) <= SNIPPET_CHARS:
        return text, 0, len(text)
    start = max(0, min(centre - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < centre else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > max(start, centre) else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + text[start:end] + suffix, start, end


class _Highlighter:
    """Finds the words of a text that the query matched (any alternative)."""

    SCAN_CHARS = 6000  # a snippet comes from the beginning of a long article

    def __init__(self, groups: list[_Group]) -> None:
        self.exact: set[str] = set()
        self.prefixes: tuple[str, ...] = ()
        self.stems: set[str] = set()
        prefixes: set[str] = set()
        for g in groups:
            self.exact |= g.exact
            prefixes |= g.prefixes
            self.stems |= g.stems
        self.prefixes = tuple(sorted(prefixes))
        self._seen: dict[tuple[str, str], bool] = {}

    def _decide(self, folded: str, language: str) -> bool:
        if folded in self.exact or (self.prefixes and folded.startswith(self.prefixes)):
            return True
        if text_de.stem(folded, "en" if language == "en" else "de") in self.stems:
            return True
        return any(p in self.exact or text_de.stem(p) in self.stems
                   or (self.prefixes and p.startswith(self.prefixes))
                   for p in text_de.split_compound(folded))

    def matches(self, word: str, language: str) -> bool:
        key = (word, language)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._decide(text_de.fold(word), language)
        return found

    def spans(self, text: str, language: str) -> tuple[tuple[int, int], ...]:
        test = self.matches
        return tuple(m.span() for m in _TOKEN.finditer(text, 0, self.SCAN_CHARS)
                     if test(m.group(), language))

    def snippet(self, text: str, language: str) -> tuple[str, tuple[tuple[int, int], ...]]:
        spans = self.spans(text, language)
        centre = 0
        if spans:  # the start of the window that holds the most matches
            reach = SNIPPET_CHARS * 2 // 3
            best, best_count, j = 0, 0, 0
            for i, (s, _) in enumerate(spans):
                j = max(j, i)
                while j + 1 < len(spans) and spans[j + 1][0] - s < reach:
                    j += 1
                if j - i + 1 > best_count:
                    best, best_count = i, j - i + 1
            centre = spans[best][0]
        window, start, end = _shorten(text, centre)
        shift = start - (1 if start > 0 else 0)  # the leading "…"
        marks = tuple((s - shift, e - shift) for s, e in spans if s >= start and e <= end)
        return window, marks
