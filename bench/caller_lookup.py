"""Caller lookup over 500,000 customers, and the time from webhook to screen pop.

1. Lookup: ``desktop.app.customers.lookup`` for numbers in random formats
   (``0171 1234567``, ``+49 171 1234567``, ``0049-171-1234567``, ``(030) 1234567``,
   ``+49 (0)30 1234567``, ...; one in ten unknown) on a client replica holding the
   reference workload's 500,000 customers, beside the floor: the raw indexed
   ``SELECT customer_id FROM customer_phones WHERE e164 = ?`` with sqlite3 on the same
   file. The replica is the reference client database when ``make bench`` has built
   it for the current schema (``bench/startup.py``); otherwise one with 500,000
   customers and their phones, e-mails and organisations is generated here with
   ``executemany`` (about a minute, cached beside the reference workload).
2. Webhook to screen pop: a second process signs in as an agent and listens on the
   event stream; this one posts ``ringing`` events to the telephony webhook of a local
   server and takes the time until that process has the call event (both read the
   same system-wide monotonic clock). Median of 50.
"""

from __future__ import annotations

import os
import random
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import httpx
import phonenumbers

from bench import initial_sync, workload
from desktop.app import customers
from desktop.sync.localdb import LocalDatabase

N_CUSTOMERS = 500_000
N_ORGANISATIONS = 20_000
LOOKUPS = 2_000
NAME_LOOKUPS = 300
WEBHOOK_SAMPLES = 50
# Made per run: the throwaway server and its user exist only while the bench runs.
SECRET = secrets.token_urlsafe(24)
PASSWORD = secrets.token_urlsafe(16)
BATCH = 20_000


# -- the replica ------------------------------------------------------------------------

def _reference_replica() -> Path | None:
    """The synced reference client database, when it exists for this schema."""
    folder = workload.cache_dir() / f"reference-{workload._fingerprint()}" / "client"
    return folder if (folder / "complete").exists() else None


GENERATED_VERSION = 1  # raise when _fill changes; schema changes migrate the cached copy


def _generated_replica() -> Path:
    """A client database with 500,000 customers (built once, then cached; opening it
    with LocalDatabase migrates it to the current client schema)."""
    folder = workload.cache_dir() / f"caller-lookup-v{GENERATED_VERSION}"
    if (folder / "complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"generating 500,000 customers in {folder} (once)…", file=sys.stderr)
    started = time.perf_counter()
    db = LocalDatabase(folder).open()
    db.close()
    _fill(db.path)
    (folder / "complete").write_text(f"{time.perf_counter() - started:.1f}\n")
    return folder


def _fill(path: Path) -> None:
    from faker import Faker

    from server.seed import CITIES, MOBILE_PREFIXES

    rng = random.Random(5)
    fake = Faker("de_DE")
    fake.seed_instance(5)
    last_names = sorted({fake.last_name() for _ in range(4000)})
    first_names = sorted({fake.first_name() for _ in range(1500)})
    companies = [fake.company() for _ in range(N_ORGANISATIONS)]

    def uuid(n: int, kind: int) -> str:
        return f"{rng.getrandbits(32):08x}-{kind:04x}-4000-8000-{n:012x}"

    seen: set[str] = set()

    def number() -> str:
        while True:
            if rng.random() < 0.5:
                prefix, digits = rng.choice(MOBILE_PREFIXES)
            else:
                prefix = rng.choice(CITIES)[1]
                digits = {1: 8, 2: rng.choice((7, 8)), 3: 7, 4: 6}[len(prefix)]
            e164 = f"+49{prefix}{rng.randrange(2 * 10 ** (digits - 1), 10 ** digits)}"
            if e164 not in seen:
                seen.add(e164)
                return e164

    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    org_ids = [uuid(i, 1) for i in range(N_ORGANISATIONS)]
    with con:
        con.executemany(
            "INSERT INTO organisations (id, version, name, customer_number, service_level, "
            "notes) VALUES (?, 1, ?, ?, 'standard', '')",
            [(oid, companies[i], f"F-{10001 + i}") for i, oid in enumerate(org_ids)])
    for start in range(0, N_CUSTOMERS, BATCH):
        people, phones, mails = [], [], []
        for i in range(start, min(start + BATCH, N_CUSTOMERS)):
            cid = uuid(i, 2)
            first, last = rng.choice(first_names), rng.choice(last_names)
            org = rng.choice(org_ids) if rng.random() < 0.3 else None
            people.append((cid, first, last, f"K-{1000001 + i}", org))
            for n in range(1 if rng.random() < 0.5 else 2):
                phones.append((uuid(2 * i + n, 3), cid, ("mobil", "privat")[n], number()))
            mails.append((uuid(i, 4), cid, f"{first}.{last}.{i}@mail.example".lower()))
        with con:
            con.executemany(
                "INSERT INTO customers (id, version, first_name, last_name, customer_number, "
                "organisation_id, salutation, language, service_level, contact_consent, street, "
                "postal_code, city, country, notes, erased) VALUES (?, 1, ?, ?, ?, ?, '', 'de', "
                "'standard', 0, '', '', '', 'DE', '', 0)", people)
            con.executemany("INSERT INTO customer_phones (id, version, customer_id, label, e164) "
                            "VALUES (?, 1, ?, ?, ?)", phones)
            con.executemany("INSERT INTO customer_emails (id, version, customer_id, label, "
                            "address) VALUES (?, 1, ?, '', ?)", mails)
    con.execute("ANALYZE")
    con.close()


def replica() -> tuple[Path, str]:
    """(client data folder, where it comes from)."""
    reference = _reference_replica()
    if reference is not None:
        return reference, "reference replica"
    return _generated_replica(), "generated replica"


# -- number formats ----------------------------------------------------------------------

def _formats(e164: str) -> list[str]:
    number = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    area, _, subscriber = national.partition(" ")
    return [
        national,  # 0171 1234567
        intl,  # +49 171 1234567
        e164,  # +491711234567
        "00" + intl[1:].replace(" ", "-"),  # 0049-171-1234567
        f"+49 (0){area[1:]} {subscriber}",  # +49 (0)171 1234567
        f"{area}/{subscriber}",  # 0171/1234567
        f"({area}) {subscriber}",  # (0171) 1234567
        national.replace(" ", ""),  # 01711234567
        f"{area}-{subscriber[:3]} {subscriber[3:]}",  # 0171-123 4567
    ]


def _queries(folder: Path, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(text as typed, E.164) pairs: known numbers in random formats, one in ten unknown."""
    con = sqlite3.connect(folder / "agentdesk.sqlite3")
    try:
        (top,) = con.execute("SELECT max(rowid) FROM customer_phones").fetchone()
        known: list[str] = []
        while len(known) < count:
            rows = con.execute("SELECT e164 FROM customer_phones WHERE rowid = ?",
                               (rng.randrange(1, top + 1),)).fetchall()
            if rows and rows[0][0].startswith("+49"):
                known.append(rows[0][0])
    finally:
        con.close()
    pairs = []
    for i, e164 in enumerate(known):
        if i % 10 == 9:  # unknown: the same shape, digits changed
            e164 = e164[:-4] + f"{(int(e164[-4:]) + 1) % 10000:04d}"
        pairs.append((rng.choice(_formats(e164)), e164))
    return pairs


def _percentiles(samples: Sequence[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return at(0.50), at(0.95), at(0.99)


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def lookup_figures(folder: Path) -> dict[str, float]:
    rng = random.Random(7)
    queries = _queries(folder, LOOKUPS, rng)
    db = LocalDatabase(folder).open()
    try:
        first_s = _timed(lambda: customers.lookup(db, queries[0][0]))  # cold: metadata load
        for text, _ in queries[:200]:  # warm the page cache and the statement cache
            customers.lookup(db, text)
        found = 0
        lookup_s = []
        for text, e164 in queries:
            started = time.perf_counter()
            matches = customers.lookup(db, text)
            lookup_s.append(time.perf_counter() - started)
            found += bool(matches)
            assert all(any(p.e164 == e164 for p in m.phones) for m in matches), text
        normalise_s = []
        for text, _ in queries:
            started = time.perf_counter()
            customers.classify(text)
            normalise_s.append(time.perf_counter() - started)
        with db.engine.connect() as conn:  # type: ignore[union-attr]
            (customer_count,) = conn.exec_driver_sql("SELECT count(*) FROM customers").one()
        names = _name_queries(db, rng)
        name_s = []
        for text in names:
            started = time.perf_counter()
            customers.lookup(db, text)
            name_s.append(time.perf_counter() - started)
    finally:
        db.close()
    raw = sqlite3.connect(folder / "agentdesk.sqlite3")
    try:
        raw.execute("PRAGMA cache_size=-65536")
        sql = "SELECT customer_id FROM customer_phones WHERE e164 = ?"
        for _, e164 in queries[:200]:
            raw.execute(sql, (e164,)).fetchall()
        raw_s = []
        for _, e164 in queries:
            started = time.perf_counter()
            raw.execute(sql, (e164,)).fetchall()
            raw_s.append(time.perf_counter() - started)
    finally:
        raw.close()
    p50, p95, p99 = _percentiles(lookup_s)
    raw50, raw95, raw99 = _percentiles(raw_s)
    norm50, norm95, _ = _percentiles(normalise_s)
    name50, name95, _ = _percentiles(name_s)
    return {"customers": float(customer_count), "lookups": float(len(queries)),
            "found": float(found), "first_ms": first_s * 1000,
            "p50_ms": p50, "p95_ms": p95, "p99_ms": p99, "max_ms": max(lookup_s) * 1000,
            "raw_p50_ms": raw50, "raw_p95_ms": raw95, "raw_p99_ms": raw99,
            "normalise_p50_ms": norm50, "normalise_p95_ms": norm95,
            "name_p50_ms": name50, "name_p95_ms": name95, "name_lookups": float(len(names))}


def _name_queries(db: LocalDatabase, rng: random.Random) -> list[str]:
    """Names as agents type them: a last name, part of it, "First Last", "last, first"."""
    assert db.engine is not None
    with db.engine.connect() as conn:
        (top,) = conn.exec_driver_sql("SELECT max(rowid) FROM customers").one()
        people: list[tuple[str, str]] = []
        while len(people) < NAME_LOOKUPS:
            row = conn.exec_driver_sql("SELECT first_name, last_name FROM customers "
                                       "WHERE rowid = ?", (rng.randrange(1, top + 1),)).first()
            if row is not None and row[0] and row[1]:
                people.append((row[0], row[1]))
    forms = ("{last}", "{prefix}", "{first} {last}", "{lower}, {initials}")
    return [rng.choice(forms).format(first=first, last=last, prefix=last[:4].lower(),
                                     lower=last.lower(), initials=first[:2].lower())
            for first, last in people]


# -- webhook to screen pop -----------------------------------------------------------------

LISTENER = """
import os, sys, time
from desktop.config import Settings
from desktop.sync.engine import SyncEngine
from desktop.sync.events import EventListener
from desktop.sync.localdb import LocalDatabase

url, folder = sys.argv[1], sys.argv[2]
engine = SyncEngine(Settings(cli={"server_url": url}), LocalDatabase(folder).open())
engine.sign_in("anna", os.environ["AGENTDESK_BENCH_PASSWORD"])
ready = []

def changes(version):
    if not ready:
        ready.append(version)
        print("READY", flush=True)

def call(event):
    print("CALL", event["call_id"], time.perf_counter(), len(event["matches"]), flush=True)

listener = EventListener(engine.client, changes, on_call=call)
listener.start()
sys.stdin.readline()  # the parent closes stdin when done
listener.stop()
"""


def webhook_figures(samples: int = WEBHOOK_SAMPLES) -> dict[str, float]:
    from server.auth import create_user
    from server.migrate import upgrade
    from server.store import make_engine, session_factory, upsert_rows

    work = Path(tempfile.mkdtemp(prefix="agentdesk-bench-webhook-"))
    db = work / "server.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    with session_factory(engine).begin() as s:
        create_user(s, username="anna", password=PASSWORD, display_name="Anna",
                    role="agent", level=1, extension="2001")
        upsert_rows(s, "customers", [{"id": "00000000-0000-4000-8000-000000000001",
                                      "first_name": "Hans", "last_name": "Müller"}])
        upsert_rows(s, "customer_phones", [{"id": "00000000-0000-4000-8000-000000000002",
                                            "customer_id": "00000000-0000-4000-8000-000000000001",
                                            "e164": "+491711234567"}])
    engine.dispose()
    previous = os.environ.get("AGENTDESK_TELEPHONY_SECRET")
    os.environ["AGENTDESK_TELEPHONY_SECRET"] = SECRET  # read by the server process
    try:
        proc, url = initial_sync.start_server(db)
    finally:
        if previous is None:
            os.environ.pop("AGENTDESK_TELEPHONY_SECRET", None)
        else:
            os.environ["AGENTDESK_TELEPHONY_SECRET"] = previous
    child = subprocess.Popen([sys.executable, "-c", LISTENER, url, str(work / "client")],
                             env={**os.environ, "AGENTDESK_BENCH_PASSWORD": PASSWORD},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             cwd=workload.REPO)
    assert child.stdout is not None and child.stdin is not None
    pop_s, post_s = [], []
    try:
        if child.stdout.readline().strip() != "READY":
            raise RuntimeError("the listening client did not connect")
        with httpx.Client(base_url=url, timeout=10,
                          headers={"Authorization": f"Bearer {SECRET}"}) as http:
            for n in range(samples + 5):
                call_id = f"bench-{n}"
                started = time.perf_counter()
                reply = http.post("/api/v1/telephony/events", json={
                    "event": "ringing", "call_id": call_id, "caller": "0171 1234567",
                    "dialled": "+49 89 21094000", "extension": "2001"})
                posted = time.perf_counter()
                reply.raise_for_status()
                line = child.stdout.readline().split()
                if line[:2] != ["CALL", call_id] or line[3] != "1":
                    raise RuntimeError(f"unexpected event {line}")
                if n >= 5:  # the first few warm up connections and caches
                    pop_s.append(float(line[2]) - started)
                    post_s.append(posted - started)
    finally:
        child.stdin.close()
        child.wait(30)
        proc.terminate()
        proc.wait(30)
        shutil.rmtree(work, ignore_errors=True)
    return {"webhook_pop_median_ms": statistics.median(pop_s) * 1000,
            "webhook_pop_p95_ms": _percentiles(pop_s)[1],
            "webhook_post_median_ms": statistics.median(post_s) * 1000,
            "webhook_samples": float(len(pop_s))}


def lines(f: dict[str, float]) -> list[tuple[str, str, str]]:
    """Rows of the ``python -m bench`` table."""
    source = "reference replica" if f["reference_replica"] else "generated replica"
    return [
        (f"caller lookup, any number format, {f['customers']:,.0f} customers ({source})",
         f"p50 {f['p50_ms']:.2f} / p95 {f['p95_ms']:.2f} ms", "p95 <= 5 ms"),
        ("  raw indexed SELECT ... WHERE e164 = ? (floor)",
         f"p50 {f['raw_p50_ms']:.3f} / p95 {f['raw_p95_ms']:.3f} ms", "-"),
        ("  of which normalising the number", f"p50 {f['normalise_p50_ms']:.3f} ms", "-"),
        ("  p99 / max / first lookup after opening",
         f"{f['p99_ms']:.1f} / {f['max_ms']:.1f} / {f['first_ms']:.1f} ms", "-"),
        ("  found (one in ten numbers unknown)",
         f"{f['found']:,.0f} of {f['lookups']:,.0f}", "-"),
        ("lookup by name (last, part, first last, last, first)",
         f"p50 {f['name_p50_ms']:.1f} / p95 {f['name_p95_ms']:.1f} ms", "-"),
        ("webhook to call event in a second process (median)",
         f"{f['webhook_pop_median_ms']:.1f} ms (p95 {f['webhook_pop_p95_ms']:.1f})", "-"),
        ("  webhook request round trip (median)", f"{f['webhook_post_median_ms']:.1f} ms",
         "-"),
    ]


def run() -> dict[str, float]:
    folder, source = replica()
    print(f"caller lookup on the {source} in {folder}", file=sys.stderr)
    figures = lookup_figures(folder)
    figures["reference_replica"] = 1.0 if source == "reference replica" else 0.0
    figures.update(webhook_figures())
    return figures


if __name__ == "__main__":
    figures = run()
    for what, figure, target in lines(figures):
        print(f"{what:<70} {figure:<34} {target}")
