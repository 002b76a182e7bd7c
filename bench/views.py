"""The ticket list on the reference replica: open, switch view, sort, filter.

In one process with the real main window (offscreen) over a client replica of the
reference workload (200,000 tickets), as ``agent1``:

- open the main window until its list holds rows (in process; ``startup`` measures the
  same from process start);
- switch view, sort by another column (customer, priority, due) and apply a text
  filter: the time from the model's reset to its first rows fetched
  (``TicketTableModel.set_view``: count, first page, formatting), each beside the raw
  floor, the same SQL text (count and first page) run with ``sqlite3`` directly;
- the queue overview's counts with "SLA at risk" and "breached" per queue;
- the client's RSS afterwards.

Wall time is what the agent waits; the CPU time of the process beside it says how much
of that was ours on a machine shared with other work. Each figure is the median of
``repeats`` runs after one warm-up run. The one-time upkeep (planner statistics, the
trigram index of the filter) runs first and is timed apart.
``python -m bench.views --client-dir DIR`` measures another replica.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.app import queries, views
from desktop.sync.localdb import LocalDatabase

TARGET_MS = 100.0
USER = "agent1"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _median_ms(action: Callable[[], Any], repeats: int) -> float:
    action()  # warm the caches
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _raw_floor(db: LocalDatabase, definition: views.ViewDefinition,
               context: views.ViewContext, repeats: int) -> float:
    """The same SQL text (count, then the first page) with ``sqlite3`` alone."""
    count_sql, count_params = queries.page_sql(db, definition, context=context, count=True)
    page_sql, page_params = queries.page_sql(db, definition, context=context)
    con = sqlite3.connect(db.path)
    con.execute("PRAGMA cache_size=-65536")
    try:
        def run() -> None:
            con.execute(count_sql, count_params).fetchall()
            con.execute(page_sql, page_params).fetchall()

        return _median_ms(run, repeats)
    finally:
        con.close()


def _agent(db: LocalDatabase) -> dict[str, Any]:
    assert db.engine is not None
    with db.engine.connect() as conn:
        from sqlalchemy import text

        row = conn.execute(text("SELECT id, username, display_name, role, level, team_id "
                                "FROM users WHERE username = :u"), {"u": USER}).mappings().one()
    return dict(row)


def run(client_dir: Path, repeats: int = 7) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.app.sync_service import SyncService
    from desktop.app.tasks import TaskManager
    from desktop.config import Settings
    from desktop.sync.engine import SyncEngine
    from desktop.ui.main_window import MainWindow
    from desktop.ui.ticket_model import COL_CUSTOMER, COL_DUE, COL_PRIORITY

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures: dict[str, float] = {}
    # window state and settings of this run stay out of the user's folders
    state = Path(tempfile.mkdtemp(prefix="agentdesk-bench-views-"))
    os.environ["AGENTDESK_USER_CONFIG"] = str(state / "settings.json")
    db = LocalDatabase(client_dir).open()
    started = time.perf_counter()
    analyzed = queries.analyze_tickets(db)
    figures["analyze_s"] = time.perf_counter() - started if analyzed else 0.0
    started = time.perf_counter()
    built = queries.ensure_ticket_search(db)
    figures["search_index_s"] = time.perf_counter() - started if built else 0.0

    app = QApplication.instance() or QApplication(sys.argv[:1])
    user = _agent(db)
    context = views.ViewContext.from_user(user)
    settings = Settings(cli={"server_url": "http://127.0.0.1:9", "data_dir": str(client_dir),
                             "language": "de"})
    engine = SyncEngine(settings, db)
    engine.user = user
    tasks = TaskManager()
    sync = SyncService(engine, 3600, tasks)

    def settle() -> None:
        """Let the window's background jobs (SLA counts) finish: they share the CPU."""
        while tasks.busy:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()

    started = time.perf_counter()
    window = MainWindow(settings, db, sync, user, offline=True)
    window_times = [time.perf_counter() - started]
    if window.ticket_model.rowCount() == 0:
        raise RuntimeError("the main window opened without ticket rows")
    window.resize(1600, 1000)
    window.show()
    settle()
    figures["rss_window_mb"] = rss_mb()
    model = window.ticket_model

    all_active = views.queue_view(None)
    cases: list[tuple[str, views.ViewDefinition, Callable[[], None] | None]] = [
        ("switch: all tickets (active)", all_active, None),
        ("switch: my open tickets", views.BUILTIN_BY_KEY["builtin:my_open"].definition,
         None),
        ("switch: unassigned in my queues",
         views.BUILTIN_BY_KEY["builtin:unassigned"].definition, None),
        ("switch: SLA at risk", views.BUILTIN_BY_KEY["builtin:sla_at_risk"].definition,
         None),
        ("sort: customer", all_active.with_sort("customer", False),
         lambda: window.table.sortByColumn(COL_CUSTOMER, _asc())),
        ("sort: priority", all_active.with_sort("priority", False),
         lambda: window.table.sortByColumn(COL_PRIORITY, _asc())),
        ("sort: due", all_active.with_sort("due", False),
         lambda: window.table.sortByColumn(COL_DUE, _asc())),
        ("filter: a word (\u201edrucker\u201c)", all_active.with_text("drucker"), None),
        ("filter: reference prefix", all_active.with_text("T-2026-0012"), None),
        ("filter: no match", all_active.with_text("xyzzy"), None),
    ]
    def measure(definition: views.ViewDefinition,
                ui_action: Callable[[], None] | None) -> tuple[float, float]:
        """From another list to this one: the reset until the first rows are in
        (wall and CPU seconds)."""
        if ui_action is not None:  # a header click: from the unsorted list
            model.set_view(all_active)
        else:
            model.set_view(views.ViewDefinition(statuses=("closed",), sort="reference"))
        started, cpu = time.perf_counter(), time.process_time()
        if ui_action is not None:
            ui_action()
        else:
            model.set_view(definition)
        took = (time.perf_counter() - started, time.process_time() - cpu)
        if model.view != definition or (model.total and not model.rowCount()):
            raise RuntimeError(f"the list does not show {definition}")
        return took

    for name, definition, ui_action in cases:
        measure(definition, ui_action)  # warm-up
        taken = [measure(definition, ui_action) for _ in range(repeats)]
        figures[f"{name} ms"] = statistics.median(t[0] for t in taken) * 1000
        figures[f"{name} cpu ms"] = statistics.median(t[1] for t in taken) * 1000
        figures[f"{name} rows"] = float(model.total)
    # the queue overview's counts with SLA at risk / breached (asked in the background)
    figures["queue overview with SLA counts ms"] = _median_ms(
        lambda: queries.queue_overview(db), repeats)
    # scroll: the 200th page costs what the first does (keyset)
    model.set_view(views.ViewDefinition(sort="-updated_at"))
    for _ in range(199):
        model.fetchMore()
    started = time.perf_counter()
    model.fetchMore()
    figures["scroll: page 201 of all tickets ms"] = (time.perf_counter() - started) * 1000
    app.processEvents()
    figures["rss_mb"] = rss_mb()
    # the floors, and the window again (after the RSS: they allocate too)
    for name, definition, _ui_action in cases:
        figures[f"{name} raw ms"] = _raw_floor(db, definition, context, repeats)
    for _ in range(2):
        window.close()
        window.deleteLater()
        app.processEvents()
        started = time.perf_counter()
        window = MainWindow(settings, db, sync, user, offline=True)
        window_times.append(time.perf_counter() - started)
        window.show()
        settle()
    figures["open_window_ms"] = min(window_times) * 1000

    window.close()
    sync.shutdown()
    tasks.shutdown()
    engine.close()
    db.close()
    return figures


def _asc() -> Any:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.AscendingOrder


def lines(f: dict[str, float]) -> list[tuple[str, str, str]]:
    """Rows for the table of ``python -m bench``."""
    out = [("ticket list upkeep once: statistics / search index",
            f"{f['analyze_s'] * 1000:.0f} ms / {f['search_index_s']:.1f} s", "-"),
           ("open main window to first rows (in process)",
            f"{f['open_window_ms']:.0f} ms", "-")]
    for key in f:
        if key.endswith(" raw ms"):
            name = key.removesuffix(" raw ms")
            out.append((f"{name} ({f[name + ' rows']:,.0f} tickets)",
                        f"{f[name + ' ms']:.0f} ms, CPU {f[name + ' cpu ms']:.0f} ms "
                        f"(raw SQLite {f[key]:.0f} ms)", f"<= {TARGET_MS:.0f} ms"))
    out.append(("queue overview with SLA counts (background)",
                f"{f['queue overview with SLA counts ms']:.0f} ms", "-"))
    out.append(("scroll: page 201 of all tickets",
                f"{f['scroll: page 201 of all tickets ms']:.0f} ms", "-"))
    out.append(("client RSS: window open / after the above",
                f"{f['rss_window_mb']:.0f} MB / {f['rss_mb']:.0f} MB", "<= 300 MB"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.views")
    parser.add_argument("--client-dir", type=Path, help="a client data folder with a "
                        "synced replica (default: the reference workload's)")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    client_dir = args.client_dir
    if client_dir is None:
        from bench import startup, workload

        client_dir = startup.reference_client_dir(workload.reference_server_db())
    figures = run(client_dir, args.repeats)
    rows = lines(figures)
    width = max(len(a) for a, _, _ in rows)
    for a, b, c in rows:
        print(f"{a.ljust(width)}  {b:<34} {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
