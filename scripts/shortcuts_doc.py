"""Generate the main-window tables of docs/shortcuts.md from the window's own F1 list.

The real main window is built offscreen, offline, over an empty local replica (the keys
do not depend on the rows), once signed in as an agent and once as a supervisor, in
German and in English (through the application's own translation loading,
:func:`desktop.app.i18n.install_translators`). Its :meth:`MainWindow.shortcut_rows` —
what F1 shows — becomes a Markdown table; rows only the supervisor's window has are
marked "(Supervisor)". Only the text between the markers is replaced::

    <!-- generated: main-window de -->
    ...
    <!-- /generated -->

Everything else in the document (the hand-written panel sections) stays as it is.
``tests/ui/test_shortcuts_doc.py`` fails when the document and the window disagree.

Usage::

    .venv/bin/python scripts/shortcuts_doc.py           # rewrite docs/shortcuts.md
    .venv/bin/python scripts/shortcuts_doc.py --check   # exit 1 when it is out of date
"""

from __future__ import annotations

import os

# No screen needed (and none on a build machine); set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: import the application from the checkout
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent, QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app.i18n import (  # noqa: E402
    catalog_path,
    install_translators,
    remove_translators,
)
from desktop.app.sync_service import SyncService  # noqa: E402
from desktop.app.tasks import TaskManager  # noqa: E402
from desktop.config import Settings  # noqa: E402
from desktop.sync.engine import SyncEngine  # noqa: E402
from desktop.sync.localdb import LocalDatabase  # noqa: E402
from desktop.ui import broadcast_banner, settings_dialog, team_view  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

DOC = ROOT / "docs" / "shortcuts.md"
REGENERATE = ".venv/bin/python scripts/shortcuts_doc.py"

Row = tuple[str, str]


@dataclass(frozen=True)
class Language:
    code: str
    action: str  # the column headings
    keys: str
    mark: str  # appended to rows only supervisors (and admins) have
    note: str  # below the table when some row carries the mark


LANGUAGES = (
    Language("de", "Aktion", "Tasten", "(Supervisor)",
             "(Supervisor): nur für Supervisoren und Administratoren."),
    Language("en", "Action", "Keys", "(Supervisor)",
             "(Supervisor): shown to supervisors and admins only."),
)
ROLES = ("agent", "supervisor")  # the supervisor's window has every row the agent's has


def block_name(language: str) -> str:
    return f"main-window {language}"


BLOCK = re.compile(r"(<!-- generated: (?P<name>[^>]+?) -->\n)(?P<body>.*?)(<!-- /generated -->)",
                   re.DOTALL)


# -- the window -------------------------------------------------------------------------
def _user(role: str) -> dict[str, Any]:
    return {"id": "user-1", "username": "anna.schmidt", "display_name": "Anna Schmidt",
            "role": role, "level": 1}


@contextmanager
def offline_window(folder: Path, role: str) -> Iterator[MainWindow]:
    """The main window offline, with the parts the application adds after sign-in
    (as ``Application.open_main`` and ``tests/ui/test_accessibility.open_window``)."""
    db = LocalDatabase(folder / "client").open()
    settings = Settings(cli={"server_url": "http://127.0.0.1:1",
                             "data_dir": str(folder / "client"), "request_timeout": 5})
    engine = SyncEngine(settings, db)
    tasks = TaskManager()
    sync = SyncService(engine, 3600, tasks)
    window = MainWindow(settings, db, sync, _user(role), offline=True)
    try:
        settings_dialog.install(window)
        team_view.install(window)
        broadcast_banner.install(window)
        window.show()
        # Let the window's own zero-delay timers run while it lives (the first-start
        # layout, main_window.py: QTimer.singleShot without a context object).
        QCoreApplication.processEvents()
        yield window
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        tasks.shutdown(20_000)
        engine.close()
        db.close()


def window_rows(app: QApplication, language: str, role: str) -> list[Row]:
    """``shortcut_rows()`` of the window in ``language`` ("de"/"en") for ``role``.

    Leaves the application without our translators afterwards (and the default locale
    the system's)."""
    if not catalog_path(language).is_file():  # else the table would silently be English
        raise RuntimeError(f"{catalog_path(language)} is missing; run `make translations`")
    if install_translators(app, language) != language:
        raise RuntimeError(f"no interface language {language!r}")
    try:
        with tempfile.TemporaryDirectory(prefix="shortcuts-doc-") as tmp, \
                offline_window(Path(tmp), role) as window:
            return list(window.shortcut_rows())
    finally:
        remove_translators(app)
        QLocale.setDefault(QLocale.system())


def marked_rows(agent: list[Row], supervisor: list[Row]) -> list[tuple[str, str, bool]]:
    """The supervisor's rows in their order, True where the agent lacks the row."""
    missing = [row for row in agent if row not in supervisor]
    if missing:  # the marking below would lose them
        raise ValueError(f"rows only the agent's window has: {missing}")
    return [(text, keys, (text, keys) not in agent) for text, keys in supervisor]


# -- the document -----------------------------------------------------------------------
def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_table(language: Language, rows: list[tuple[str, str, bool]]) -> str:
    lines = [f"| {language.action} | {language.keys} |", "| --- | --- |"]
    for text, keys, supervisor_only in rows:
        what = f"{text} {language.mark}" if supervisor_only else text
        lines.append(f"| {_cell(what)} | {_cell(keys)} |")
    if any(supervisor_only for *_row, supervisor_only in rows):
        lines += ["", language.note]
    return "\n".join(lines) + "\n"


def generated_blocks(app: QApplication) -> dict[str, str]:
    """The body of every generated block, by block name."""
    blocks = {}
    for language in LANGUAGES:
        agent, supervisor = (window_rows(app, language.code, role) for role in ROLES)
        blocks[block_name(language.code)] = render_table(
            language, marked_rows(agent, supervisor))
    return blocks


def replace_blocks(document: str, blocks: dict[str, str]) -> str:
    """``document`` with the body of each named block replaced; the rest untouched.

    Raises ValueError when a block is missing or appears twice."""
    found = [m.group("name") for m in BLOCK.finditer(document)]
    for name in blocks:
        if found.count(name) != 1:
            raise ValueError(f"docs/shortcuts.md needs exactly one block "
                             f"'<!-- generated: {name} -->' … '<!-- /generated -->' "
                             f"(found {found.count(name)})")

    def body(match: re.Match[str]) -> str:
        new = blocks.get(match.group("name"))
        if new is None:
            return match.group(0)
        return match.group(1) + new + match.group(4)

    return BLOCK.sub(body, document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doc", type=Path, default=DOC)
    parser.add_argument("--check", action="store_true",
                        help="only compare; exit status 1 when the document is out of date")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    current = args.doc.read_text(encoding="utf-8")
    wanted = replace_blocks(current, generated_blocks(app))
    if args.check:
        if wanted != current:
            print(f"{args.doc} is out of date; regenerate it with: {REGENERATE}",
                  file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        args.doc.write_text(wanted, encoding="utf-8")
        print(f"{args.doc} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
