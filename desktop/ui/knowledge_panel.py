"""The knowledge panel: search as you type, filters, highlighted results, the article.

Every search runs on the task manager's worker (``KnowledgeSearch`` has its own
SQLite connection), so typing never waits for the database: keystrokes restart a
short debounce timer, only one search is in flight at a time, and when it returns
while the agent typed on, only the newest text is searched next (older answers are
dropped). Enter in the search box (or on a result) and a double-click open the
article; Down moves from the search box into the results.

For the window: :meth:`KnowledgePanel.focus_search` (a shortcut such as Alt+K),
:meth:`suggest_for` (an open ticket's title and description: articles are proposed
without a query), :meth:`show_articles` (a call-script step names articles),
:meth:`refresh` (after a sync: new facets, the current search again) and the signals
``article_opened(str)`` and ``search_finished(int)``. Give the panel a task manager
of its own when a long sync could otherwise hold up its searches.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.app.kb_search import (
    Article,
    Facets,
    KnowledgeSearch,
    SearchFilters,
    SearchHit,
    without_title_heading,
)
from desktop.app.tasks import TaskManager

log = logging.getLogger("agentdesk.ui.knowledge")

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_HTML_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 3
SCORE_ROLE = Qt.ItemDataRole.UserRole + 4
META_ROLE = Qt.ItemDataRole.UserRole + 5

DEBOUNCE_MS = 80
RESULT_LIMIT = 30
SUGGEST_LIMIT = 8

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def highlighted_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` as HTML with the ``(start, end)`` spans in bold."""
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start < at or end > len(text):
            continue
        out.append(html.escape(text[at:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


class KnowledgeResultsModel(QAbstractListModel):
    """The found articles (plain :class:`SearchHit` values), best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._titles: list[str] = []
        self._snippets: list[str] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._titles = [highlighted_html(h.title, h.title_highlights) for h in self._hits]
        self._snippets = [highlighted_html(h.snippet, h.snippet_highlights)
                          for h in self._hits]
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def article_ids(self) -> list[str]:
        return [h.article_id for h in self._hits]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._hits) or index.column() != 0:
            return None
        hit = self._hits[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == ARTICLE_ID_ROLE:
            return hit.article_id
        if role == TITLE_HTML_ROLE:
            return self._titles[row]
        if role == SNIPPET_HTML_ROLE:
            return self._snippets[row]
        if role == SCORE_ROLE:
            return hit.score
        if role == META_ROLE:
            return " · ".join(x for x in (hit.category, hit.product) if x)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _ResultDelegate(QStyledItemDelegate):
    """Paints a result as rich text: the title, its category and the snippet."""

    MARGIN = 6

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        meta = index.data(META_ROLE) or ""
        meta_html = f' <span style="color:#777">{html.escape(meta)}</span>' if meta else ""
        # the title in the normal weight, so that its matched words stand out in bold
        doc.setHtml(f"<div><span style='font-size:large'>{index.data(TITLE_HTML_ROLE)}"
                    f"</span>{meta_html}</div>"
                    f"<div style='color:#444'>{index.data(SNIPPET_HTML_ROLE)}</div>")
        width = option.rect.width() - 2 * self.MARGIN  # type: ignore[attr-defined]
        doc.setTextWidth(max(width, 200))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter,
                              option.widget)  # type: ignore[attr-defined]
        doc = self._document(option, index)
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        painter.translate(rect.left() + self.MARGIN, rect.top() + self.MARGIN // 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, rect.width() - 2 * self.MARGIN, rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + self.MARGIN)


class KnowledgePanel(QWidget):
    """Search box, filters, results and the article, over a :class:`KnowledgeSearch`.

    Signals:
        article_opened(str): an article's text is shown (its id).
        search_finished(int): results of a search, a suggestion or a script step are
            shown (how many).
    """

    article_opened = Signal(str)
    search_finished = Signal(int)

    def __init__(self, search: KnowledgeSearch, tasks: TaskManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._tasks = tasks
        self._in_flight = False
        self._pending: Callable[[], None] | None = None
        self._generation = 0
        self._open_first = False
        self._suggestion: tuple[str, str] | None = None
        self._current_article: str | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("knowledgeSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search the knowledge base…"))
        self.search_box.installEventFilter(self)

        self.category_filter = self._combo("knowledgeCategory", self.tr("All categories"))
        self.tag_filter = self._combo("knowledgeTag", self.tr("All tags"))
        self.language_filter = self._combo("knowledgeLanguage", self.tr("All languages"))
        self.product_filter = self._combo("knowledgeProduct", self.tr("All products"))

        self.model = KnowledgeResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("knowledgeResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(_ResultDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        # Enter (event filter) and double-click open; not ``activated``, which some
        # platforms also send on a double-click, so the article would open twice.
        self.results.doubleClicked.connect(self._activated)
        self.results.installEventFilter(self)

        self.status = QLabel(self)
        self.status.setObjectName("knowledgeStatus")

        self.article_title = QLabel(self)
        self.article_title.setObjectName("knowledgeArticleTitle")
        self.article_title.setWordWrap(True)
        font = self.article_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.article_title.setFont(font)
        self.article_meta = QLabel(self)
        self.article_meta.setWordWrap(True)
        self.article_view = QTextBrowser(self)
        self.article_view.setObjectName("knowledgeArticle")
        self.article_view.setOpenExternalLinks(True)

        filters = QHBoxLayout()
        for combo in (self.category_filter, self.tag_filter, self.language_filter,
                      self.product_filter):
            filters.addWidget(combo, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search_box)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.status)
        top_layout.addWidget(self.results, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.article_title)
        bottom_layout.addWidget(self.article_meta)
        bottom_layout.addWidget(self.article_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.returnPressed.connect(self._return_pressed)
        for combo in (self.category_filter, self.tag_filter, self.language_filter,
                      self.product_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.refresh()

    # -- public API --------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def set_query(self, text: str) -> None:
        self.search_box.setText(text)

    def filters(self) -> SearchFilters:
        return SearchFilters(category=self.category_filter.currentData(),
                             tag=self.tag_filter.currentData(),
                             language=self.language_filter.currentData(),
                             product=self.product_filter.currentData())

    def suggest_for(self, title: str, description: str = "") -> None:
        """Propose articles for an open ticket (shown while the search box is empty)."""
        self._suggestion = (title, description)
        if not self.search_box.text().strip():
            self._show_suggestions()

    def clear_suggestions(self) -> None:
        self._suggestion = None
        if not self.search_box.text().strip():
            self._generation += 1
            self.model.set_hits([])
            self.status.clear()

    def show_articles(self, article_ids: Sequence[str]) -> None:
        """Show the articles a call-script step names, in its order."""
        ids = list(article_ids)
        search = self._search
        self._submit(lambda: search.articles(ids),
                     self.tr("Articles for this step"), clear_query=True)

    def open_article(self, article_id: str) -> None:
        search = self._search
        self._tasks.run_in_worker(lambda: search.article(article_id), self._article_loaded,
                                  self._failed)

    def current_article_id(self) -> str | None:
        return self._current_article

    def refresh(self) -> None:
        """Load the filter values again (after a sync) and repeat the current search."""
        search = self._search
        self._tasks.run_in_worker(search.facets, self._facets_loaded, self._failed)
        if self.search_box.text().strip():
            self._debounce.start()
        elif self._suggestion is not None:
            self._show_suggestions()

    # -- searching ---------------------------------------------------------------------
    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        return combo

    def _text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _filters_changed(self, _index: int) -> None:
        if self.search_box.text().strip():
            self._debounce.start()
        elif self._suggestion is not None:
            self._show_suggestions()

    def _run_search(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            self._open_first = False
            if self._suggestion is not None:
                self._show_suggestions()
            else:
                self._generation += 1
                self.model.set_hits([])
                self.status.clear()
            return
        search, filters = self._search, self.filters()
        self._submit(lambda: search.search(text, filters, RESULT_LIMIT), None)

    def _show_suggestions(self) -> None:
        assert self._suggestion is not None
        title, description = self._suggestion
        search, filters = self._search, self.filters()
        self._submit(lambda: search.suggest(title, description, SUGGEST_LIMIT, filters),
                     self.tr("Suggested for this ticket"))

    def _submit(self, job: Callable[[], Any], heading: str | None,
                clear_query: bool = False) -> None:
        """Run ``job`` on the worker; while one runs, keep only the newest job."""
        self._generation += 1
        generation = self._generation
        if clear_query and self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self._debounce.stop()

        def start() -> None:
            self._in_flight = True
            self._tasks.run_in_worker(
                job, lambda result: self._finished(generation, heading, result),
                lambda exc: self._finished_with_error(generation, exc))

        self.status.setText(self.tr("Searching…"))
        if self._in_flight:
            self._pending = start
        else:
            start()

    def _next(self) -> None:
        self._in_flight = False
        pending, self._pending = self._pending, None
        if pending is not None:
            pending()

    def _finished(self, generation: int, heading: str | None, result: Any) -> None:
        self._next()
        if generation != self._generation or self._debounce.isActive():
            return  # the agent typed on; a newer search is coming
        hits = list(result.hits) if hasattr(result, "hits") else list(result)
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        count = len(hits)
        if count == 0:
            self.status.setText(self.tr("No articles found"))
        elif heading is not None:
            self.status.setText(heading)
        else:
            text = self.tr("%n article(s)", "", count)
            corrections = getattr(result, "corrections", ())
            if corrections:
                text += " · " + self.tr("also searched for: %1").replace(
                    "%1", ", ".join(dict.fromkeys(fix for _, fix in corrections)))
            self.status.setText(text)
        self.search_finished.emit(count)
        if self._open_first:
            self._open_first = False
            if hits:
                self.open_article(hits[0].article_id)

    def _finished_with_error(self, generation: int, exc: BaseException) -> None:
        self._next()
        if generation == self._generation:
            self._failed(exc)
            self.search_finished.emit(0)

    def _failed(self, exc: BaseException) -> None:
        log.error("knowledge search failed: %s", exc, exc_info=exc)
        self.status.setText(self.tr("The search failed: %1").replace("%1", str(exc)))

    def _facets_loaded(self, facets: Facets) -> None:
        languages = {"de": self.tr("German"), "en": self.tr("English")}
        for combo, values, label in (
                (self.category_filter, facets.categories, None),
                (self.tag_filter, facets.tags, None),
                (self.language_filter, facets.languages, languages),
                (self.product_filter, facets.products, None)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem((label or {}).get(value, value), value)
            at = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    # -- opening -----------------------------------------------------------------------
    def _return_pressed(self) -> None:
        if self._debounce.isActive() or self._in_flight:
            self._open_first = True  # results are on their way: open the first
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        if index.isValid():
            self.open_article(str(index.data(ARTICLE_ID_ROLE)))

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(ARTICLE_ID_ROLE)
        if article_id:
            self.open_article(str(article_id))

    def _article_loaded(self, article: Article | None) -> None:
        if article is None:
            self.status.setText(self.tr("The article is no longer there."))
            return
        self._current_article = article.id
        self.article_title.setText(article.title)
        meta = [x for x in (article.category, article.product) if x]
        if article.tags:
            meta.append(", ".join(article.tags))
        self.article_meta.setText(" · ".join(meta))
        self.article_view.setMarkdown(without_title_heading(article.body, article.title))
        self.article_opened.emit(article.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box and key == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.results.currentIndex()
            if index.isValid():
                self._activated(index)
                return True
        return super().eventFilter(watched, event)
