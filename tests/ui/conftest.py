"""Fixtures for the window tests: a server with a small German support centre, a local
database, the worker, and compiled translations.

The rows come from ``demo_rows`` below (not from ``server.seed``), so the tests know
exactly what the window should show.
"""

from __future__ import annotations

import os

# Before pytest-qt creates the QApplication: no screen here, and none needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.app.resources import resource_path
from desktop.app.tasks import TaskManager
from desktop.config import Settings
from desktop.models import SYNCED_TABLES
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from tests.support.server_helpers import make_user, write_rows

AGENT = "anna.schmidt"
AGENT_PASSWORD = "Kaffee-2026!"
AGENT_NAME = "Anna Schmidt"

QUEUES = [
    ("q-l1-general", "Allgemeine Anfragen", 1),
    ("q-l1-hardware", "Hardware & Drucker", 1),
    ("q-l2-network", "Netzwerk & VPN", 2),
    ("q-l2-apps", "Anwendungen", 2),
    ("q-l3-dev", "Entwicklung", 3),
]
TITLES = [
    "Drucker im 2. OG druckt nur leere Seiten",
    "VPN-Verbindung bricht nach 10 Minuten ab",
    "Outlook startet nicht nach dem Update",
    "Passwort für das Warenwirtschaftssystem zurücksetzen",
    "Neuer Arbeitsplatz für Auszubildende einrichten",
    "Telefonanlage: Rufumleitung funktioniert nicht",
    "Monitor flackert bei hoher Auflösung",
    "Zugriff auf Netzlaufwerk \\\\fs01\\Buchhaltung verweigert",
    "Rechnungslauf bricht mit Fehler 0x80070005 ab",
    "WLAN im Besprechungsraum sehr langsam",
    "Scanner sendet keine E-Mails mehr",
    "Lizenz für Office läuft in 5 Tagen ab",
]
FIRST = ["Jürgen", "Monika", "Stefan", "Sabine", "Thomas", "Petra", "Michael", "Ursula",
         "Andreas", "Claudia", "Frank", "Birgit"]
LAST = ["Müller", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter"]
ORGS = ["Stadtwerke Rosenheim", "Bäckerei Huber GmbH", "Autohaus Brandl KG",
        "Kanzlei Vogt & Partner", "Gemeinde Unterhaching"]
STATUSES = ["new", "new", "open", "open", "open", "pending", "resolved", "closed"]
ENTRY_BODIES = [
    ("call", "Kundin ruft an: das Problem tritt seit heute Morgen auf. Neustart hat nicht "
             "geholfen."),
    ("note", "Fernwartung angeboten, Termin für 14:00 Uhr vereinbart."),
    ("customer_reply", "Vielen Dank, seit dem Update funktioniert es wieder."),
    ("escalation", "An 2nd Level übergeben: Treiberproblem vermutet, Logs im Anhang."),
]


def demo_rows(n_tickets: int = 60, seed: int = 7,
              owner_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """A small, plausible German support centre: queues, customers, tickets, entries."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    orgs = [{"id": f"org-{i}", "name": name, "customer_number": f"K-{10400 + i}"}
            for i, name in enumerate(ORGS)]
    customers = [{"id": f"cust-{i}", "first_name": FIRST[i], "last_name": LAST[i],
                  "salutation": "Frau" if i % 2 else "Herr",
                  "organisation_id": orgs[i % len(orgs)]["id"],
                  "customer_number": f"K-{20000 + i}", "city": "Rosenheim"}
                 for i in range(len(FIRST))]
    queues = [{"id": qid, "name": name, "level": level} for qid, name, level in QUEUES]
    tickets, entries = [], []
    for i in range(n_tickets):
        queue_id, _name, level = QUEUES[i % len(QUEUES)]
        updated = now - timedelta(minutes=37 * i + rng.randint(0, 30))
        created = updated - timedelta(hours=rng.randint(1, 72))
        impact, urgency = rng.randint(1, 3), rng.randint(1, 3)
        ticket_id = f"00000000-0000-4000-8000-{i:012d}"
        tickets.append({
            "id": ticket_id, "reference": f"T-2026-{4711 + i:06d}",
            "title": TITLES[i % len(TITLES)], "status": STATUSES[i % len(STATUSES)],
            "description": "Der Kunde meldet: " + TITLES[i % len(TITLES)] + ".\n"
                           "Betroffen ist ein Arbeitsplatz in der Zentrale.",
            "impact": impact, "urgency": urgency, "priority": min(5, impact + urgency - 1),
            "category": "Hardware" if i % 3 == 0 else "Software",
            "channel": ["phone", "email", "web"][i % 3], "level": level,
            "queue_id": queue_id, "customer_id": customers[i % len(customers)]["id"],
            "owner_id": owner_id if i % 4 == 0 else None,
            "created_at": created, "updated_at": updated,
            "solution_due": updated + timedelta(hours=8),
        })
        for k in range(i % 4 + 1):
            kind, body = ENTRY_BODIES[k]
            entries.append({"id": f"entry-{i}-{k}", "ticket_id": ticket_id, "kind": kind,
                            "author_id": owner_id, "body": body,
                            "created_at": created + timedelta(minutes=20 * (k + 1))})
    return {"organisations": orgs, "customers": customers, "queues": queues,
            "tickets": tickets, "ticket_entries": entries}


def fill_server(db_url: str, n_tickets: int = 60) -> str:
    """Create the agent and the demo rows in a migrated server database; the user id."""
    user_id = make_user(db_url, AGENT, AGENT_PASSWORD, "agent", level=1,
                        display_name=AGENT_NAME, extension="2001")
    make_user(db_url, "tom.berger", "Tee-2026!!", "agent", level=2, display_name="Tom Berger")
    for entity, rows in demo_rows(n_tickets, owner_id=user_id).items():
        write_rows(db_url, entity, rows)
    return user_id


def fill_local(db: LocalDatabase, n_tickets: int) -> dict[str, list[dict]]:
    """Write the demo rows straight into the local replica (no server needed)."""
    rows = demo_rows(n_tickets, owner_id="user-1")
    rows["users"] = [{"id": "user-1", "username": "anna.schmidt", "display_name": "Anna Schmidt",
                      "role": "agent", "level": 1}]
    assert db.engine is not None
    with db.engine.begin() as conn:
        for entity, values in rows.items():
            conn.execute(SYNCED_TABLES[entity].insert(), values)
    return rows


def sqlite_server_url(folder: Path) -> str:
    from server.migrate import upgrade
    from server.store import make_engine

    url = f"sqlite:///{folder}/srv.sqlite3"
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return url


# -- fixtures -----------------------------------------------------------------------------
@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build the .qm files when ``make translations`` has not (or they are stale)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(resource_path("translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass
class UiServer:
    url: str
    db_url: str
    user_id: str
    server: Any

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> None:
        self.server.start()


@pytest.fixture
def ui_server(tmp_path: Path, live_server: Callable[..., Any]) -> UiServer:
    """A real server process with the demo support centre and the agent Anna Schmidt."""
    folder = tmp_path / "server"
    folder.mkdir()
    db_url = sqlite_server_url(folder)
    user_id = fill_server(db_url)
    server = live_server(db_url)
    return UiServer(server.url, db_url, user_id, server)


def make_settings(server_url: str, data_dir: Path, language: str = "en",
                  **extra: Any) -> Settings:
    return Settings(cli={"server_url": server_url, "data_dir": str(data_dir),
                         "request_timeout": 5, "language": language, **extra})


@pytest.fixture
def local_db(tmp_path: Path) -> Iterator[LocalDatabase]:
    db = LocalDatabase(tmp_path / "client").open()
    yield db
    db.close()


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    assert manager.shutdown(20_000), "the worker thread did not end"


@pytest.fixture
def engine_factory(local_db: LocalDatabase, tmp_path: Path) -> Iterator[
        Callable[[str], SyncEngine]]:
    engines: list[SyncEngine] = []

    def make(url: str) -> SyncEngine:
        engine = SyncEngine(make_settings(url, tmp_path / "client"), local_db)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


# Qt's offscreen platform warns that it cannot do what a real window system does; those
# warnings are about the test platform, not about the window, so they must not fail the
# tests (qt_log_level_fail = WARNING stays on for everything else).
OFFSCREEN_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))
