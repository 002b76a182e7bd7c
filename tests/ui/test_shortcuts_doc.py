"""docs/shortcuts.md stays true: its main-window tables are what the window's F1 list
(``MainWindow.shortcut_rows()``) shows, and no key does two things in the window.

The tables are made by ``scripts/shortcuts_doc.py`` from the real main window built
offscreen (as an agent and as a supervisor, in German and in English); the clash checks
use the window as ``test_accessibility`` builds it, over the demo rows, with a ticket open.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from desktop.app.i18n import install_translators, remove_translators
from desktop.app.tasks import TaskManager
from desktop.sync.localdb import LocalDatabase
from scripts import shortcuts_doc as gen
from tests.ui.test_accessibility import AGENT_USER, SUPERVISOR_USER, first_ticket, open_window

Native = QKeySequence.SequenceFormat.NativeText
Portable = QKeySequence.SequenceFormat.PortableText


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


# -- the document -----------------------------------------------------------------------
def test_the_doc_tables_are_what_the_window_shows(qapp: QApplication) -> None:
    document = gen.DOC.read_text(encoding="utf-8")
    blocks = gen.generated_blocks(qapp)
    wanted = gen.replace_blocks(document, blocks)
    diff = "".join(difflib.unified_diff(
        document.splitlines(keepends=True), wanted.splitlines(keepends=True),
        "docs/shortcuts.md", "from MainWindow.shortcut_rows()"))
    assert wanted == document, (
        f"docs/shortcuts.md differs from the window's F1 list; regenerate it with "
        f"`{gen.REGENERATE}`\n{diff}")
    # the generator really read the window in both languages, with the supervisor's rows
    german, english = blocks["main-window de"], blocks["main-window en"]
    assert "| Tastenkürzel | F1 |" in german and "| Keyboard shortcuts | F1 |" in english
    assert "| Teamansicht (Supervisor) | Strg+Umschalt+T |" in german
    assert "| Team view (Supervisor) | Ctrl+Shift+T |" in english
    assert "| Einstellungen | Strg+, |" in german  # agents have it too: not marked


def test_only_the_marked_parts_are_replaced() -> None:
    document = ("# Title\n\nhand-written\n\n<!-- generated: main-window de -->\nold de\n"
                "<!-- /generated -->\n\nbetween\n\n<!-- generated: main-window en -->\n"
                "old en\n<!-- /generated -->\n\n## Panels\n| a | b |\n")
    new = gen.replace_blocks(document, {"main-window de": "| neu |\n",
                                        "main-window en": "| new |\n"})
    assert new == document.replace("old de\n", "| neu |\n").replace("old en\n", "| new |\n")
    assert gen.replace_blocks(new, {"main-window de": "| neu |\n"}) == new
    with pytest.raises(ValueError, match="main-window fr"):
        gen.replace_blocks(document, {"main-window fr": "x\n"})
    twice = document + "<!-- generated: main-window en -->\nx\n<!-- /generated -->\n"
    with pytest.raises(ValueError, match="found 2"):
        gen.replace_blocks(twice, {"main-window en": "y\n"})


def test_rows_only_the_supervisor_has_are_marked() -> None:
    agent = [("Sync now", "Ctrl+R"), ("Quit", "Ctrl+Q")]
    supervisor = [("Sync now", "Ctrl+R"), ("Team view", "Ctrl+Shift+T"), ("Quit", "Ctrl+Q")]
    rows = gen.marked_rows(agent, supervisor)
    assert rows == [("Sync now", "Ctrl+R", False), ("Team view", "Ctrl+Shift+T", True),
                    ("Quit", "Ctrl+Q", False)]
    table = gen.render_table(gen.LANGUAGES[1], rows)
    assert "| Team view (Supervisor) | Ctrl+Shift+T |\n" in table
    assert table.endswith("\n(Supervisor): shown to supervisors and admins only.\n")
    assert "(Supervisor)" not in gen.render_table(gen.LANGUAGES[1], rows[:1])
    with pytest.raises(ValueError, match="only the agent"):
        gen.marked_rows([*agent, ("Agent thing", "F9")], supervisor)


# -- clashes in the F1 list -------------------------------------------------------------
RANGE = re.compile(r"^(?P<prefix>.*\+)(?P<first>\d) … (?P=prefix)(?P<last>\d)$")


def row_keys(keys: str) -> list[str]:
    """The single key sequences of one F1 row ("Ctrl+R, F5", "Alt+1 … Alt+9"), portable."""
    found = []
    for part in re.split(r"(?<!\+), ", keys):
        span = RANGE.match(part)
        if span is not None:
            found += [f"{span['prefix']}{n}"
                      for n in range(int(span["first"]), int(span["last"]) + 1)]
            continue
        sequence = QKeySequence.fromString(part, Native)
        assert sequence.count() == 1 and sequence.toString(Native) == part, part
        found.append(sequence.toString(Portable))
    return found


def test_the_row_parser_reads_lists_ranges_and_the_comma_key() -> None:
    assert row_keys("Ctrl+R, F5") == ["Ctrl+R", "F5"]
    assert row_keys("Ctrl+,") == ["Ctrl+,"]
    assert row_keys("Alt+1 … Alt+3") == ["Alt+1", "Alt+2", "Alt+3"]


@pytest.mark.parametrize("user", [AGENT_USER, SUPERVISOR_USER], ids=["agent", "supervisor"])
def test_no_two_actions_in_the_f1_list_share_a_key(
        qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
        english: None, user: dict[str, Any]) -> None:
    window = open_window(qtbot, tmp_path, local_db, tasks, user)
    window.ticket_workflow.open_ticket(first_ticket(window))
    owners: dict[str, list[str]] = defaultdict(list)
    for text, keys in window.shortcut_rows():
        for key in row_keys(keys):
            owners[key].append(text)
    assert {"Ctrl+Alt+1", "Alt+9", "Ctrl+,", "F1", "Ctrl+Shift+G"} <= set(owners)
    shared = {key: texts for key, texts in owners.items() if len(texts) > 1}
    assert not shared, f"keys with more than one action in the F1 list: {shared}"


# -- clashes in the whole window --------------------------------------------------------
@dataclass(frozen=True)
class Binding:
    """One key binding of the window and where the focus must be for it (enabled or
    not: which ones are enabled changes with the state)."""
    key: str
    name: str
    context: Qt.ShortcutContext
    widgets: tuple[QWidget, ...]  # the owner(s); the window for window-wide bindings

    def reaches(self, widget: QWidget) -> bool:
        """True when focus on ``widget`` can fire this binding."""
        ctx = Qt.ShortcutContext
        if self.context == ctx.ApplicationShortcut:
            return True
        if self.context == ctx.WindowShortcut:
            return any(w.window() is widget.window() for w in self.widgets)
        if self.context == ctx.WidgetWithChildrenShortcut:
            return any(w is widget or w.isAncestorOf(widget) for w in self.widgets)
        return widget in self.widgets


def overlap(one: Binding, other: Binding) -> bool:
    return any(one.reaches(w) for w in other.widgets) or \
        any(other.reaches(w) for w in one.widgets)


def _name(item: QObject, parent: QObject | None) -> str:
    own = item.objectName() or (item.text() if isinstance(item, QAction) else "")
    holder = parent  # the nearest named object holding it
    while holder is not None and not holder.objectName():
        holder = holder.parent()
    where = holder.objectName() if holder is not None else type(parent).__name__
    return f"{own or type(item).__name__}@{where}"


def bindings(window: QWidget) -> list[Binding]:
    found = []
    for action in {*window.findChildren(QAction), *window.actions()}:
        widgets = tuple(o for o in action.associatedObjects()
                        if isinstance(o, QWidget) and not isinstance(o, QMenu | QMenuBar))
        if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut,
                                        Qt.ShortcutContext.ApplicationShortcut):
            widgets = (window,)
        for key in action.shortcuts():
            if not key.isEmpty() and widgets:
                found.append(Binding(key.toString(Portable), _name(action, action.parent()),
                                     action.shortcutContext(), widgets))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.key().isEmpty() and isinstance(parent, QWidget):
            found.append(Binding(shortcut.key().toString(Portable),
                                 _name(shortcut, parent), shortcut.context(), (parent,)))
    return found


def clashes(window: QWidget) -> dict[str, set[str]]:
    """Key -> the names of bindings that can fire from the same focus."""
    by_key: dict[str, list[Binding]] = defaultdict(list)
    for binding in bindings(window):
        by_key[binding.key].append(binding)
    found: dict[str, set[str]] = {}
    for key, group in by_key.items():
        for i, one in enumerate(group):
            for other in group[i + 1:]:
                if overlap(one, other):
                    found.setdefault(key, set()).update({one.name, other.name})
    return found


# Allowed, by key, with exactly these bindings:
# - Ctrl+Alt+B is "edit" or "propose improvement" of the open article, never both
#   (knowledge_panel.py: improve = ... and not may_edit); the test checks that below.
# - Known and reported by this test's author: the call script's answer keys Alt+1…9
#   (QShortcuts on its run page, script_panel.py _build_shortcuts) meet the window-wide
#   "show view n" actions (main_window.py); with the focus in a running script Qt finds
#   the key ambiguous and neither fires. Remove these entries once it is fixed.
ALLOWED: dict[str, frozenset[str]] = {
    "Ctrl+Alt+B": frozenset({"kbEdit@knowledgePanel", "kbImprove@knowledgePanel"}),
}


@pytest.mark.parametrize("user", [AGENT_USER, SUPERVISOR_USER], ids=["agent", "supervisor"])
def test_no_key_fires_two_things_from_the_same_focus(
        qtbot: Any, tmp_path: Path, local_db: LocalDatabase, tasks: TaskManager,
        english: None, user: dict[str, Any]) -> None:
    window = open_window(qtbot, tmp_path, local_db, tasks, user)
    window.ticket_workflow.open_ticket(first_ticket(window))
    found = clashes(window)
    # the check sees the knowledge panel's window-wide Ctrl+Alt keys and the panel keys
    keys = {b.key for b in bindings(window)}
    assert {"Ctrl+Alt+Y", "Ctrl+Alt+V", "Ctrl+Alt+1", "Ctrl+Alt+Z", "Alt+Left"} <= keys
    unknown = {key: names for key, names in found.items() if names != ALLOWED.get(key)}
    assert not unknown, f"keys that fire two things from the same focus: {unknown}"
    knowledge = window.side_panels.knowledge
    assert not (knowledge.edit_action.isEnabled() and knowledge.improve_action.isEnabled())


def test_the_clash_check_finds_a_clash(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    panel = QWidget(window)
    action = QAction("Show view 1", window)
    action.setShortcut(QKeySequence("Alt+1"))
    window.addAction(action)
    answer = QShortcut(QKeySequence("Alt+1"), panel)
    answer.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    elsewhere = QShortcut(QKeySequence("F9"), QWidget(window))
    elsewhere.setContext(Qt.ShortcutContext.WidgetShortcut)
    other = QShortcut(QKeySequence("F9"), QWidget(window))
    other.setContext(Qt.ShortcutContext.WidgetShortcut)
    found = clashes(window)
    assert set(found) == {"Alt+1"}
