"""Knowledge search: latency as typed over 20,000 articles, index build, relevance.

The 20,000 articles come from the server's reference seed (``server.seed``, the
knowledge part of the reference scale, everything else tiny), copied into a fresh
client database. The floor is a bare FTS5 table over the raw title, tags and body
(unicode61 with diacritics removed, no stems, compounds, synonyms or typo handling),
queried with the same prefixes (``word AND word AND prefix*``, bm25, LIMIT 20).

Latencies are wall-clock; the CPU time of the same calls is reported beside them,
because on a machine shared with other work the wall-clock figures mostly measure
waiting for a core (the search is single-threaded and reads from the page cache).

Relevance: the test set in ``tests/data/kb_relevance`` (German and English articles,
queries with their right answers); MRR and recall@5 over all queries.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.app.kb_search import KnowledgeSearch
from desktop.domain import text_de
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase

REPO = Path(__file__).resolve().parent.parent
RELEVANCE_DIR = REPO / "tests" / "data" / "kb_relevance"
ARTICLES = 20_000
LIMIT = 20


# -- relevance ----------------------------------------------------------------------------
def load_relevance_set(folder: Path = RELEVANCE_DIR) -> tuple[list[dict[str, Any]],
                                                              list[dict[str, Any]],
                                                              list[dict[str, Any]]]:
    """(articles, synonym groups, queries) of the relevance test set."""
    def read(name: str) -> list[dict[str, Any]]:
        data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        assert isinstance(data, list)
        return data

    return read("articles"), read("synonyms"), read("queries")


def fill_knowledge(db: LocalDatabase, articles: list[dict[str, Any]],
                   synonyms: list[dict[str, Any]], first_version: int = 1) -> None:
    """Write articles and synonym groups into the local replica as a sync would."""
    assert db.engine is not None
    rows = [{**a, "tags": json.dumps(a.get("tags", []), ensure_ascii=False),
             "version": first_version + i} for i, a in enumerate(articles)]
    groups = [{**s, "terms": json.dumps(s["terms"], ensure_ascii=False),
               "version": first_version} for s in synonyms]
    with db.engine.begin() as conn:
        if rows:
            conn.execute(SYNCED_TABLES["kb_articles"].insert(), rows)
        if groups:
            conn.execute(SYNCED_TABLES["kb_synonyms"].insert(), groups)


def evaluate(search: KnowledgeSearch, queries: list[dict[str, Any]],
             k: int = 5) -> dict[str, Any]:
    """MRR (first right answer in the top :data:`LIMIT`) and recall@k, overall and per
    kind of query; ``misses`` lists the queries whose right answer is not in the top k."""
    reciprocal: list[float] = []
    recall: list[float] = []
    per_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    misses: list[dict[str, Any]] = []
    for q in queries:
        expected = set(q["expected"])
        ids = [h.article_id for h in search.search(q["query"], limit=LIMIT).hits]
        rank = next((i for i, a in enumerate(ids, 1) if a in expected), None)
        rr = 1.0 / rank if rank else 0.0
        rec = len(expected & set(ids[:k])) / len(expected)
        reciprocal.append(rr)
        recall.append(rec)
        per_kind[q["kind"]].append((rr, rec))
        if rec < 1.0:
            misses.append({"query": q["query"], "kind": q["kind"], "rank": rank,
                           "expected": sorted(expected), "got": ids[:k]})
    return {
        "queries": len(queries),
        "mrr": statistics.fmean(reciprocal) if reciprocal else 0.0,
        f"recall@{k}": statistics.fmean(recall) if recall else 0.0,
        "kinds": {kind: {"queries": len(v), "mrr": statistics.fmean(r for r, _ in v),
                         f"recall@{k}": statistics.fmean(c for _, c in v)}
                  for kind, v in sorted(per_kind.items())},
        "misses": misses,
    }


def relevance(folder: Path | None = None) -> dict[str, Any]:
    """Build the test set's index in a temporary database and evaluate it."""
    articles, synonyms, queries = load_relevance_set(folder or RELEVANCE_DIR)
    tmp = Path(tempfile.mkdtemp(prefix="agentdesk-kb-rel-"))
    try:
        db = LocalDatabase(tmp).open()
        fill_knowledge(db, articles, synonyms)
        search = KnowledgeSearch.for_database(db)
        try:
            search.refresh()
            return evaluate(search, queries)
        finally:
            search.close()
            db.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# -- 20,000 articles ---------------------------------------------------------------------
def reference_articles(n: int = ARTICLES) -> list[tuple[Any, ...]]:
    """``n`` articles of the reference seed (as ``kb_articles`` rows, all columns)."""
    from server.migrate import upgrade
    from server.seed import DEMO, seed_database
    from server.store import make_engine

    tmp = Path(tempfile.mkdtemp(prefix="agentdesk-kb-seed-"))
    try:
        engine = make_engine(f"sqlite:///{tmp}/server.sqlite3")
        try:
            upgrade(engine)
            seed_database(engine, replace(DEMO, name="kb-bench", kb_articles=n))
        finally:
            engine.dispose()
        con = sqlite3.connect(tmp / "server.sqlite3")
        try:
            columns = [c.name for c in SYNCED_TABLES["kb_articles"].columns]
            rows = con.execute(
                f"SELECT {', '.join(columns)} FROM kb_articles ORDER BY version, id").fetchall()
        finally:
            con.close()
        return [tuple(r) for r in rows]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _client_with(rows: list[tuple[Any, ...]], folder: Path) -> LocalDatabase:
    db = LocalDatabase(folder).open()
    columns = [c.name for c in SYNCED_TABLES["kb_articles"].columns]
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(SYNCED_TABLES["kb_articles"].insert(),
                     [dict(zip(columns, r, strict=True)) for r in rows])
    return db


def typed_prefixes(phrases: list[str]) -> list[str]:
    """What the search box holds after each keystroke (from the second letter on)."""
    out = []
    for phrase in phrases:
        for end in range(2, len(phrase) + 1):
            if phrase[end - 1] != " ":
                out.append(phrase[:end])
    return out


def _bare_query(prefix: str) -> str | None:
    folded = text_de.fold(prefix)
    words = text_de.raw_words(folded)
    if not words:
        return None
    *full, last = words
    terms = [f'"{w}"' for w in full if text_de.is_indexable(w)]
    return " AND ".join([*terms, f'"{last}"*'])


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return p50 * 1000, p95 * 1000


PHRASES = [
    "Drucker druckt leere Seiten", "Passwort zurücksetzen", "VPN Verbindung bricht ab",
    "Outlook startet nicht", "WLAN langsam", "Rufumleitung einrichten",
    "Netzlaufwerk verbinden", "Monitor flackert", "Rechnung zu hoch", "Vertrag kündigen",
    "Router neu starten", "SIM-Karte tauschen", "Papierstau", "Headset nicht erkannt",
    "Zertifikat abgelaufen", "Druckertreiber installieren", "Postfach voll",
    "Kennwort abgelaufen", "Internet langsam", "Tonerkartusche wechseln",
    "Mailbox PIN", "Dockingstation", "Rückgabe Router", "Rueckgabe Mietrouter",
    "Datenvolumen aufgebraucht", "Fernwartung starten", "Scanner sendet keine Mails",
    "Laptop Akku lädt nicht", "Teams kein Ton", "Windows Update hängt",
]


def run(repeats: int = 3) -> dict[str, float]:
    rows = reference_articles()
    tmp = Path(tempfile.mkdtemp(prefix="agentdesk-kb-bench-"))
    try:
        db = _client_with(rows, tmp / "client")
        assert db.engine is not None
        started, cpu_started = time.perf_counter(), time.process_time()
        search = KnowledgeSearch.for_database(db)
        refreshed = search.refresh()
        build_s = time.perf_counter() - started
        build_cpu_s = time.process_time() - cpu_started
        indexed = search.indexed_count()

        # the floor: a bare FTS5 table over the raw text of the same published articles
        con = sqlite3.connect(db.path)
        started = time.perf_counter()
        con.execute("CREATE VIRTUAL TABLE bare_fts USING fts5(title, tags, body, "
                    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
        con.execute("INSERT INTO bare_fts (rowid, title, tags, body) SELECT rowid, title, "
                    "tags, body FROM kb_articles WHERE status = 'published'")
        con.commit()
        floor_build_s = time.perf_counter() - started

        prefixes = typed_prefixes(PHRASES)
        ours: list[float] = []
        ours_cpu: list[float] = []
        bare: list[float] = []
        bare_cpu: list[float] = []
        hits_ours = hits_bare = 0
        for _ in range(repeats):
            for prefix in prefixes:
                t0, c0 = time.perf_counter(), time.process_time()
                result = search.search(prefix, limit=LIMIT)
                ours.append(time.perf_counter() - t0)
                ours_cpu.append(time.process_time() - c0)
                hits_ours += bool(result.hits)
                match = _bare_query(prefix)
                t0, c0 = time.perf_counter(), time.process_time()
                found = con.execute(
                    "SELECT rowid, bm25(bare_fts, 10.0, 6.0, 1.0) AS s FROM bare_fts "
                    "WHERE bare_fts MATCH ? ORDER BY s LIMIT ?", (match, LIMIT)).fetchall() \
                    if match else []
                # and read the titles, as the search does for its hits
                if found:
                    marks = ", ".join("?" for _ in found)
                    con.execute(f"SELECT title, body FROM kb_articles WHERE rowid IN ({marks})",
                                [r[0] for r in found]).fetchall()
                bare.append(time.perf_counter() - t0)
                bare_cpu.append(time.process_time() - c0)
                hits_bare += bool(found)
        con.close()
        search.close()
        db.close()
        p50, p95 = _percentiles(ours)
        f50, f95 = _percentiles(bare)
        c50, c95 = _percentiles(ours_cpu)
        fc50, fc95 = _percentiles(bare_cpu)
        rel = relevance()
        return {
            "articles": float(len(rows)), "indexed": float(indexed),
            "build_s": build_s, "build_indexed": float(refreshed.indexed),
            "floor_build_s": floor_build_s,
            "queries": float(len(ours)), "p50_ms": p50, "p95_ms": p95,
            "floor_p50_ms": f50, "floor_p95_ms": f95,
            "cpu_p50_ms": c50, "cpu_p95_ms": c95, "floor_cpu_p50_ms": fc50,
            "floor_cpu_p95_ms": fc95, "build_cpu_s": build_cpu_s,
            "answered": hits_ours / len(ours), "floor_answered": hits_bare / len(bare),
            "mrr": rel["mrr"], "recall@5": rel["recall@5"],
            "relevance_queries": float(rel["queries"]),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    rel = relevance()
    print(json.dumps({k: v for k, v in rel.items() if k != "misses"}, indent=1))
    for miss in rel["misses"]:
        print(miss)
