"""What encryption at rest costs: the same replica plain and encrypted (SQLCipher).

The plain replica is the caller-lookup bench's 500,000 customers (cached), plus
tickets and knowledge articles added here; the encrypted one is made from a copy of it
the way a workstation is upgraded (``LocalDatabase(encrypt=True)``: ``sqlcipher_export``
and a rename), which is timed too. Then the same operations run on both, interleaved
query by query so that the machine's load hits both alike:

- caller lookup (``customers.lookup``, numbers in random formats),
- ticket views (count and first page of built-in views),
- knowledge search as typed (FTS5) and the index build,
- local edits (one transaction each: the row and its outbox entry).

The plain replica runs on the standard library's SQLite, the encrypted one on
SQLCipher's own (newer) SQLite. To tell the two apart, the views' SQL text also runs
raw on a third copy opened with SQLCipher *without* a key: plain / unkeyed SQLCipher
is the SQLite version's share, unkeyed / keyed the encryption's. Encrypting an existing
replica remakes its statistics (``ANALYZE``; SQLCipher's SQLite plans badly on the
standard library's), so the unkeyed copy is analysed the same way.

Each figure is a median or p95 in ms for plain and encrypted, and their ratio.
The key is kept in an in-memory keyring for the run (a headless machine has none).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

from bench import caller_lookup
from bench.kb_search import PHRASES, typed_prefixes
from desktop.app import customers, queries, views
from desktop.app.kb_search import KnowledgeSearch
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import DB_FILENAME, LocalDatabase
from desktop.sync.outbox import LocalWriter

N_TICKETS = 50_000
N_ARTICLES = 5_000
LOOKUPS = 1_000
VIEW_REPEATS = 5
WRITES = 300


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # a classproperty on the base class

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@contextmanager
def _memory_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _add_tickets_and_articles(path: Path, n_tickets: int, n_articles: int) -> None:
    from faker import Faker

    rng = random.Random(11)
    fake = Faker("de_DE")
    fake.seed_instance(11)
    con = sqlite3.connect(path)
    try:
        customer_ids = [r[0] for r in con.execute(
            "SELECT id FROM customers ORDER BY rowid LIMIT 20000")]
        con.execute("INSERT OR IGNORE INTO queues (id, version, name, level) "
                    "VALUES ('q-bench', 1, '1st Level', 1)")
        statuses = views.STATUSES
        rows = []
        for i in range(n_tickets):
            when = f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00+00:00"
            rows.append((f"bench-t-{i:08d}", f"T-2026-{i:06d}",
                         f"{rng.choice(PHRASES)} {i}", rng.choice(statuses),
                         rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 5),
                         rng.choice(customer_ids) if customer_ids else None, when, when))
        with con:
            con.executemany(
                "INSERT INTO tickets (id, version, reference, title, description, status, "
                "impact, urgency, priority, category, channel, level, queue_id, customer_id,"
                " created_at, updated_at) VALUES (?, 1, ?, ?, '', ?, ?, ?, ?, '', 'phone', 1,"
                " 'q-bench', ?, ?, ?)", rows)
        articles = [{"id": f"bench-a-{i:06d}", "version": i + 1,
                     "title": f"{rng.choice(PHRASES)}: {fake.sentence(nb_words=4)}",
                     "body": " ".join(fake.paragraphs(nb=3)), "category": "", "tags": "[]",
                     "language": "de", "product": "", "status": "published"}
                    for i in range(n_articles)]
        db = LocalDatabase(path.parent).open()  # SQLAlchemy fills the column defaults
        try:
            assert db.engine is not None
            with db.engine.begin() as conn:
                conn.execute(SYNCED_TABLES["kb_articles"].insert(), articles)
        finally:
            db.close()
        con.execute("ANALYZE")
    finally:
        con.close()


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _interleaved(pairs: list[tuple[Callable[[], object], Callable[[], object]]]
                 ) -> tuple[list[float], list[float]]:
    """Run each (plain, encrypted) pair, alternating which goes first."""
    plain: list[float] = []
    encrypted: list[float] = []
    for i, (a, b) in enumerate(pairs):
        order = ((a, plain), (b, encrypted)) if i % 2 == 0 else ((b, encrypted), (a, plain))
        for fn, out in order:
            started = time.perf_counter()
            fn()
            out.append(time.perf_counter() - started)
    return plain, encrypted


def _figure(figures: dict[str, float], name: str, plain: list[float],
            encrypted: list[float]) -> None:
    for q, label in ((0.5, "p50"), (0.95, "p95")):
        p, e = _pct(plain, q), _pct(encrypted, q)
        figures[f"{name}_plain_{label}_ms"] = p
        figures[f"{name}_encrypted_{label}_ms"] = e
        figures[f"{name}_{label}_ratio"] = e / p if p > 0 else float("nan")


def run(n_tickets: int = N_TICKETS, n_articles: int = N_ARTICLES) -> dict[str, float]:
    source, _origin = caller_lookup.replica()
    LocalDatabase(source).open().close()  # the current client schema, WAL checkpointed
    work = Path(tempfile.mkdtemp(prefix="agentdesk-bench-crypt-"))
    figures: dict[str, float] = {}
    try:
        plain_dir, enc_dir = work / "plain", work / "encrypted"
        plain_dir.mkdir()
        enc_dir.mkdir()
        shutil.copyfile(source / DB_FILENAME, plain_dir / DB_FILENAME)
        _add_tickets_and_articles(plain_dir / DB_FILENAME, n_tickets, n_articles)
        shutil.copyfile(plain_dir / DB_FILENAME, enc_dir / DB_FILENAME)
        unkeyed = work / "unkeyed.sqlite3"
        shutil.copyfile(plain_dir / DB_FILENAME, unkeyed)
        figures["size_mb"] = (plain_dir / DB_FILENAME).stat().st_size / 1e6
        with _memory_keyring():
            started = time.perf_counter()
            enc = LocalDatabase(enc_dir, encrypt=True).open()
            figures["encrypt_existing_s"] = time.perf_counter() - started
            assert enc.encrypted
            plain = LocalDatabase(plain_dir).open()
            try:
                _measure(plain, enc, figures)
                _raw_views(plain, enc, unkeyed, figures)
            finally:
                plain.close()
                enc.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def _measure(plain: LocalDatabase, enc: LocalDatabase, figures: dict[str, float]) -> None:
    rng = random.Random(7)
    # caller lookup
    lookups = caller_lookup._queries(plain.data_dir, LOOKUPS, rng)
    for text, _ in lookups[:100]:  # warm both page caches alike
        customers.lookup(plain, text)
        customers.lookup(enc, text)
    def lookup(db: LocalDatabase, text: str) -> Callable[[], object]:
        return lambda: customers.lookup(db, text)

    _figure(figures, "lookup", *_interleaved(
        [(lookup(plain, t), lookup(enc, t)) for t, _ in lookups]))

    # ticket views: count and first page
    definitions = [views.queue_view(None), *(v.definition for v in views.BUILTIN_VIEWS[:3])]

    def view_call(db: LocalDatabase, d: views.ViewDefinition) -> Callable[[], object]:
        return lambda: (queries.count_tickets(db, d), queries.ticket_page(db, d, limit=200))

    for d in definitions:  # warm-up
        view_call(plain, d)()
        view_call(enc, d)()
    _figure(figures, "views", *_interleaved(
        [(view_call(plain, d), view_call(enc, d))
         for _ in range(VIEW_REPEATS) for d in definitions]))

    # knowledge search: index build, then search as typed
    started = time.perf_counter()
    kb_plain = KnowledgeSearch.for_database(plain)
    kb_plain.refresh()
    figures["kb_build_plain_s"] = time.perf_counter() - started
    started = time.perf_counter()
    kb_enc = KnowledgeSearch.for_database(enc)
    kb_enc.refresh()
    figures["kb_build_encrypted_s"] = time.perf_counter() - started
    figures["kb_build_ratio"] = figures["kb_build_encrypted_s"] / figures["kb_build_plain_s"]
    try:
        prefixes = typed_prefixes(PHRASES)
        for p in prefixes[:30]:
            kb_plain.search(p)
            kb_enc.search(p)
        def search(kb: KnowledgeSearch, text: str) -> Callable[[], object]:
            return lambda: kb.search(text)

        _figure(figures, "kb", *_interleaved(
            [(search(kb_plain, p), search(kb_enc, p)) for p in prefixes]))
    finally:
        kb_plain.close()
        kb_enc.close()

    # local edits: one transaction each (row + outbox entry)
    w_plain, w_enc = LocalWriter(plain, "bench-user"), LocalWriter(enc, "bench-user")

    def edit(w: LocalWriter, i: int) -> Callable[[], object]:
        return lambda: w.create("customers", {"first_name": "Bench", "last_name": f"E{i}",
                                              "language": "de", "country": "DE"})

    _figure(figures, "write", *_interleaved(
        [(edit(w_plain, i), edit(w_enc, i)) for i in range(WRITES)]))
    figures["samples_lookup"] = float(len(lookups))
    figures["samples_write"] = float(WRITES)
    figures["median_ratio"] = statistics.median(
        figures[f"{k}_p50_ratio"] for k in ("lookup", "views", "kb", "write"))


def _raw_views(plain: LocalDatabase, enc: LocalDatabase, unkeyed: Path,
               figures: dict[str, float]) -> None:
    """The views' SQL on raw connections: stdlib SQLite, SQLCipher unkeyed, keyed."""
    import sqlcipher3.dbapi2 as sqlcipher

    statements = []
    for d in [views.queue_view(None), *(v.definition for v in views.BUILTIN_VIEWS[:3])]:
        statements.append(queries.page_sql(plain, d, count=True))
        statements.append(queries.page_sql(plain, d))
    cons = {"plain": sqlite3.connect(plain.path),
            "unkeyed": sqlcipher.connect(str(unkeyed), isolation_level=None),
            "encrypted": enc.raw_connection()}
    try:
        cons["unkeyed"].execute("ANALYZE")  # its SQLite's own statistics, as encrypting does
        samples: dict[str, list[float]] = {k: [] for k in cons}
        for con in cons.values():
            con.execute("PRAGMA cache_size=-16384")  # as the application's connections
            for sql, params in statements:
                con.execute(sql, params).fetchall()
        for i in range(VIEW_REPEATS * 2):
            names = list(cons) if i % 2 == 0 else list(reversed(cons))
            for name in names:
                started = time.perf_counter()
                for sql, params in statements:
                    cons[name].execute(sql, params).fetchall()
                samples[name].append(time.perf_counter() - started)
    finally:
        for con in cons.values():
            con.close()
    for name, values in samples.items():
        figures[f"views_raw_{name}_ms"] = statistics.median(values) * 1000
    figures["views_raw_version_ratio"] = (figures["views_raw_unkeyed_ms"]
                                          / figures["views_raw_plain_ms"])
    figures["views_raw_encryption_ratio"] = (figures["views_raw_encrypted_ms"]
                                             / figures["views_raw_unkeyed_ms"])


def lines(f: dict[str, float]) -> list[tuple[str, str, str]]:
    out = [(f"encryption at rest: encrypt an existing {f['size_mb']:,.0f} MB replica",
            f"{f['encrypt_existing_s']:.1f} s", "-")]
    for key, label in (("lookup", "caller lookup"), ("views", "view count + first page"),
                       ("kb", "knowledge search as typed"),
                       ("write", "local edit (row + outbox)")):
        out.append((f"  {label}: p50 plain / encrypted",
                    f"{f[f'{key}_plain_p50_ms']:.2f} / {f[f'{key}_encrypted_p50_ms']:.2f} ms "
                    f"({f[f'{key}_p50_ratio']:.2f}x)", "-"))
        out.append((f"  {label}: p95 plain / encrypted",
                    f"{f[f'{key}_plain_p95_ms']:.2f} / {f[f'{key}_encrypted_p95_ms']:.2f} ms "
                    f"({f[f'{key}_p95_ratio']:.2f}x)", "-"))
    out.append(("  views, raw SQL: stdlib SQLite / SQLCipher unkeyed / keyed",
                f"{f['views_raw_plain_ms']:.0f} / {f['views_raw_unkeyed_ms']:.0f} / "
                f"{f['views_raw_encrypted_ms']:.0f} ms", "-"))
    out.append(("    SQLite version share / encryption share",
                f"{f['views_raw_version_ratio']:.2f}x / "
                f"{f['views_raw_encryption_ratio']:.2f}x", "-"))
    out.append(("  knowledge index build: plain / encrypted",
                f"{f['kb_build_plain_s']:.1f} / {f['kb_build_encrypted_s']:.1f} s "
                f"({f['kb_build_ratio']:.2f}x)", "-"))
    return out


if __name__ == "__main__":
    result = run()
    for a, b, c in lines(result):
        print(f"{a:<60} {b:<36} {c}")
