"""The knowledge panel with real widgets over a real local database and the real worker:
typing searches off the UI thread, Enter and double-click open the article,
suggestions for a ticket, articles named by a script step, filters, the model."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThread
from PySide6.QtTest import QTest

from desktop.app.kb_search import KnowledgeSearch, SearchFilters, SearchHit, SearchResult
from desktop.app.tasks import TaskManager
from desktop.sync.localdb import LocalDatabase
from desktop.ui.knowledge_panel import (
    ARTICLE_ID_ROLE,
    SNIPPET_HTML_ROLE,
    TITLE_HTML_ROLE,
    KnowledgePanel,
    KnowledgeResultsModel,
    highlighted_html,
)
from tests.test_kb_search import FAQ, put, put_synonyms

WAIT_MS = 10_000


class GatedSearch(KnowledgeSearch):
    """The real search, which records the thread it runs on and can be held at a gate
    (to show that the window goes on while a search is running)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.threads: list[str] = []
        self.queries: list[str] = []
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = threading.Event()

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 20,
               prefix: bool = True) -> SearchResult:
        self.threads.append(QThread.currentThread().objectName())
        self.queries.append(query)
        self.waiting.set()
        self.gate.wait(WAIT_MS / 1000)
        return super().search(query, filters, limit, prefix)


@pytest.fixture
def search(local_db: LocalDatabase) -> Iterator[GatedSearch]:
    put(local_db, *[{**a, "version": i + 1} for i, a in enumerate(FAQ)])
    put_synonyms(local_db, ("syn-wlan", ["WLAN", "WiFi", "Funknetz"], 1))
    gated = GatedSearch(local_db.path)
    yield gated
    gated.gate.set()
    gated.close()


@pytest.fixture
def panel(qtbot: Any, search: GatedSearch, tasks: TaskManager) -> Iterator[KnowledgePanel]:
    widget = KnowledgePanel(search, tasks)
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    # the filters are filled from the index once the worker has built it
    qtbot.waitUntil(lambda: widget.category_filter.count() > 1, timeout=WAIT_MS)
    yield widget
    search.gate.set()


def rows(panel: KnowledgePanel) -> list[str]:
    model = panel.model
    return [model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(model.rowCount())]


def test_typing_shows_results_from_the_worker(qtbot: Any, panel: KnowledgePanel,
                                              search: GatedSearch) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        QTest.keyClicks(panel.search_box, "druckertr")
    assert rows(panel) == ["printer"]
    assert panel.status.text() == "1 article(s)"
    # the search ran on the task manager's thread, never on the UI thread
    assert search.threads and set(search.threads) == {"agentdesk-worker"}
    assert QThread.currentThread().objectName() != "agentdesk-worker"
    title_html = panel.model.index(0, 0).data(TITLE_HTML_ROLE)
    assert title_html == "<b>Druckertreiber</b> installieren"


def test_typing_goes_on_while_a_search_runs_and_only_the_newest_text_counts(
        qtbot: Any, panel: KnowledgePanel, search: GatedSearch) -> None:
    search.gate.clear()
    search.waiting.clear()
    QTest.keyClicks(panel.search_box, "wla")
    qtbot.waitUntil(search.waiting.is_set, timeout=WAIT_MS)  # held in the worker
    # the window still takes keys and repaints while the worker is busy
    QTest.keyClicks(panel.search_box, "n besprech")
    assert panel.search_box.text() == "wlan besprech"
    qtbot.waitUntil(lambda: panel.status.text() == "Searching…", timeout=WAIT_MS)
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        search.gate.set()
    assert rows(panel) == ["wlan"]
    # two searches at most: the held one and the newest text; none per keystroke
    assert search.queries[0] == "wla" and search.queries[-1] == "wlan besprech"
    assert len(search.queries) == 2


def test_umlaut_text_set_into_the_box_finds_its_spelling(qtbot: Any,
                                                         panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.search_box.setText("Rueckgabe")
    assert rows(panel) == ["return"]
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.set_query("Straße")
    assert rows(panel) == ["return"]
    snippet = panel.model.index(0, 0).data(SNIPPET_HTML_ROLE)
    assert "<b>Straße</b>" in snippet


def test_enter_in_the_search_box_opens_the_first_article(qtbot: Any,
                                                         panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        QTest.keyClicks(panel.search_box, "wifi")
    with qtbot.waitSignal(panel.article_opened, timeout=WAIT_MS) as opened:
        QTest.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert opened.args == ["wlan"]
    assert panel.current_article_id() == "wlan"
    assert panel.article_title.text() == "WLAN im Besprechungsraum langsam"
    assert "5-GHz-Netz" in panel.article_view.toPlainText()


def test_enter_typed_before_the_results_arrive_opens_the_first_of_them(
        qtbot: Any, panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.article_opened, timeout=WAIT_MS) as opened:
        QTest.keyClicks(panel.search_box, "headset")
        QTest.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert opened.args == ["headset"]


def test_down_then_enter_and_double_click_open_the_chosen_article(
        qtbot: Any, panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        QTest.keyClicks(panel.search_box, "passwort")
    assert len(rows(panel)) >= 2
    second = rows(panel)[1]
    QTest.keyClick(panel.search_box, Qt.Key.Key_Down)
    assert panel.results.hasFocus() or panel.results.currentIndex().row() == 0
    panel.results.setFocus()
    QTest.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 1
    with qtbot.waitSignal(panel.article_opened, timeout=WAIT_MS) as opened:
        QTest.keyClick(panel.results, Qt.Key.Key_Return)
    assert opened.args == [second]
    first_rect = panel.results.visualRect(panel.model.index(0, 0))
    with qtbot.waitSignal(panel.article_opened, timeout=WAIT_MS) as opened:
        # QTest.mouseDClick sends only the second click of a double-click (Qt 6): a
        # real double-click begins with a first click, so the test sends it too.
        QTest.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                         pos=first_rect.center())
        QTest.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                          pos=first_rect.center())
    assert opened.args == [rows(panel)[0]]


def test_the_article_is_rendered_from_markdown(qtbot: Any, panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.article_opened, timeout=WAIT_MS):
        panel.open_article("pw")
    text = panel.article_view.toPlainText()
    assert "Passwort vergessen" in text and "**" not in text  # bold, not asterisks
    assert panel.article_meta.text() == "Konto · konto"


def test_suggestions_for_an_open_ticket_appear_unasked(qtbot: Any,
                                                       panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.suggest_for("Router zurückschicken", "Der Kunde fragt, wie die Rückgabe "
                          "des Mietrouters nach der Kündigung geht.")
    assert rows(panel)[0] == "return"
    assert panel.status.text() == "Suggested for this ticket"
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        QTest.keyClicks(panel.search_box, "headset")
    assert rows(panel) == ["headset"]
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.search_box.clear()  # an empty box shows the ticket's suggestions again
    assert rows(panel)[0] == "return"


def test_a_script_step_shows_the_articles_it_names(qtbot: Any,
                                                   panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.show_articles(["headset", "draft", "pw"])
    assert rows(panel) == ["headset", "pw"]
    assert panel.status.text() == "Articles for this step"


def test_filters_narrow_the_results(qtbot: Any, panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        QTest.keyClicks(panel.search_box, "passwort")
    assert {"pw", "pw2"} <= set(rows(panel))
    at = panel.language_filter.findData("en")
    assert panel.language_filter.itemText(at) == "English"
    konto = panel.category_filter.findData("Konto")
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.category_filter.setCurrentIndex(konto)
    assert set(rows(panel)) == {"pw", "pw2"}
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("konto"))
    assert rows(panel) == ["pw"]


def test_nothing_found_says_so(qtbot: Any, panel: KnowledgePanel) -> None:
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS) as done:
        QTest.keyClicks(panel.search_box, "quantenphysik")
    assert done.args == [0]
    assert panel.status.text() == "No articles found"


HITS = [
    SearchHit("a", "Drucker druckt nicht", 3.5, "Der Drucker zieht kein Papier ein.",
              ((0, 7),), ((4, 11),), "Drucker", "HP", "de", ("drucker",)),
    SearchHit("b", "Papier <klemmt>", 1.25, "Papierstau & mehr", (), ((0, 10),)),
]


def test_results_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = KnowledgeResultsModel()
    model.set_hits(HITS)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    assert model.index(1, 0).data() == "Papier <klemmt>"
    assert model.index(1, 0).data(TITLE_HTML_ROLE) == "Papier &lt;klemmt&gt;"
    assert model.index(1, 0).data(SNIPPET_HTML_ROLE) == "<b>Papierstau</b> &amp; mehr"
    assert model.index(0, 0).data(ARTICLE_ID_ROLE) == "a"
    assert model.data(QModelIndex()) is None
    model.set_hits([])
    assert model.rowCount() == 0


def test_highlighting_escapes_and_skips_overlaps() -> None:
    assert highlighted_html("a<b> c", [(0, 1), (0, 3), (5, 6)]) == "<b>a</b>&lt;b&gt; <b>c</b>"
