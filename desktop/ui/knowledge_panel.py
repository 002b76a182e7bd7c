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

With :class:`~desktop.app.kb_actions.KnowledgeActions` (``set_actions``), the signed-in
user (``set_user``) and the ticket the agent works on (``set_ticket``), the article
view also offers: "This solved it" / "Did not help" (one vote per agent and ticket,
with the counts), "Link to ticket" (the ticket's linked articles are listed above the
article), "Insert solution into note" (through ``note_inserter``, a callable the window
sets: ticket id, text -> inserted?), view/use counts and the tickets the article
solved, its versions and their comparison, editing (2nd/3rd level, editors) and
proposing an article or an improvement from a solved ticket (everybody). The actions
carry window-wide shortcuts (Ctrl+Alt+Y/N/K/I/V/B/P/A, see docs/shortcuts.md) and are
disabled while they do not apply.
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
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QTextDocument,
)
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.kb_actions import (
    SOLVED_STATUSES,
    ArticleRecord,
    ArticleUsage,
    KnowledgeActionError,
    KnowledgeActions,
    Permissions,
    solution_steps,
)
from desktop.app.kb_messages import refusal_text, status_label
from desktop.app.kb_search import (
    Article,
    Facets,
    KnowledgeSearch,
    SearchFilters,
    SearchHit,
    without_title_heading,
)
from desktop.app.tasks import TaskManager
from desktop.domain.knowledge import ArticleStatus
from desktop.ui.knowledge_editor import KnowledgeEditor
from desktop.ui.knowledge_versions import KnowledgeVersionsDialog
from desktop.ui.labels import fill
from desktop.ui.widgets import native

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
        feedback_recorded(str, str): a usage event was written (article id, kind).
        ticket_open_requested(str): the agent chose a ticket the article solved.
    """

    article_opened = Signal(str)
    search_finished = Signal(int)
    feedback_recorded = Signal(str, str)  # article id, event kind (helped, linked ...)
    ticket_open_requested = Signal(str)

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
        self._article: Article | None = None
        self._kb: KnowledgeActions | None = None
        self._permissions = Permissions(None, "agent", 1)
        self._ticket_id: str | None = None
        self._viewed: set[str] = set()
        self.note_inserter: Callable[[str, str], bool] | None = None
        self.editors: list[KnowledgeEditor] = []
        self.versions_dialog: KnowledgeVersionsDialog | None = None
        self._shown_body = ""

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("knowledgeSearch")
        self.search_box.setAccessibleName(self.tr("Search knowledge"))
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
        self.results.setAccessibleName(self.tr("Articles found"))
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
        self.article_view.setAccessibleName(self.tr("Article"))
        self.article_view.setOpenExternalLinks(True)
        self._build_actions()

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
        bottom_layout.setSpacing(4)
        bottom_layout.addWidget(self.article_title)
        bottom_layout.addWidget(self.article_meta)
        bottom_layout.addWidget(self.usage_label)
        bottom_layout.addWidget(self.ticket_bar)
        bottom_layout.addWidget(self.article_bar)
        bottom_layout.addWidget(self.linked_label)
        bottom_layout.addWidget(self.article_view, 1)
        bottom_layout.addWidget(self.solved_label)
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

    def show_articles(self, article_ids: Sequence[str], open_first: bool = False) -> None:
        """Show the articles a call-script step names, in its order (``open_first``:
        and open the first, so its actions apply at once)."""
        ids = list(article_ids)
        search = self._search
        self._submit(lambda: search.articles(ids),
                     self.tr("Articles for this step"), clear_query=True)
        self._open_first = open_first

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

    # -- article actions ---------------------------------------------------------------
    def _action(self, name: str, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{text.replace('&', '')} ({native(keys)})")
        action.triggered.connect(slot)
        action.setEnabled(False)
        self.addAction(action)
        return action

    def _tool(self, action: QAction, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName() + "Button")
        # a tool button does not follow its action's visibility (menus and bars do)
        action.changed.connect(lambda: button.setVisible(action.isVisible()))
        return button

    def _build_actions(self) -> None:
        self.helped_action = self._action("kbHelped", self.tr("This solved it"),
                                          "Ctrl+Alt+Y", lambda: self.vote("helped"))
        self.not_helped_action = self._action("kbNotHelped", self.tr("Did not help"),
                                              "Ctrl+Alt+N", lambda: self.vote("not_helped"))
        self.link_action = self._action("kbLink", self.tr("Link to ticket"), "Ctrl+Alt+K",
                                        self.link_to_ticket)
        self.insert_action = self._action("kbInsert", self.tr("Insert solution into note"),
                                          "Ctrl+Alt+I", self.insert_solution)
        self.versions_action = self._action("kbVersions", self.tr("Versions"), "Ctrl+Alt+V",
                                            self.show_versions)
        self.edit_action = self._action("kbEdit", self.tr("Edit"), "Ctrl+Alt+B",
                                        self.edit_article)
        self.improve_action = self._action("kbImprove", self.tr("Propose improvement"),
                                           "Ctrl+Alt+B", self.propose_improvement)
        self.propose_action = self._action("kbPropose",
                                           self.tr("Propose article from ticket"),
                                           "Ctrl+Alt+P", self.propose_from_ticket)
        self.new_action = self._action("kbNew", self.tr("New article"), "Ctrl+Alt+A",
                                       self.new_article)
        for vote in (self.helped_action, self.not_helped_action):
            vote.setCheckable(True)  # checked: this agent's vote for the ticket

        self.ticket_bar = QWidget(self)
        self.ticket_bar.setObjectName("knowledgeTicketBar")
        ticket_row = QHBoxLayout(self.ticket_bar)
        ticket_row.setContentsMargins(0, 0, 0, 0)
        ticket_row.setSpacing(4)
        for action in (self.helped_action, self.not_helped_action, self.link_action,
                       self.insert_action):
            ticket_row.addWidget(self._tool(action, self.ticket_bar))
        ticket_row.addStretch(1)
        self.article_bar = QWidget(self)
        self.article_bar.setObjectName("knowledgeArticleBar")
        article_row = QHBoxLayout(self.article_bar)
        article_row.setContentsMargins(0, 0, 0, 0)
        article_row.setSpacing(4)
        for action in (self.versions_action, self.edit_action, self.improve_action,
                       self.propose_action, self.new_action):
            article_row.addWidget(self._tool(action, self.article_bar))
        article_row.addStretch(1)

        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("knowledgeUsage")
        self.usage_label.setStyleSheet("color: #555;")
        self.usage_label.setWordWrap(True)
        self.linked_label = QLabel(self)
        self.linked_label.setObjectName("knowledgeLinked")
        self.linked_label.setWordWrap(True)
        self.linked_label.setTextFormat(Qt.TextFormat.RichText)
        self.linked_label.linkActivated.connect(self._link_activated)
        self.solved_label = QLabel(self)
        self.solved_label.setObjectName("knowledgeSolved")
        self.solved_label.setWordWrap(True)
        self.solved_label.setTextFormat(Qt.TextFormat.RichText)
        self.solved_label.linkActivated.connect(self._link_activated)
        for widget in (self.usage_label, self.linked_label, self.solved_label):
            widget.hide()
        self.ticket_bar.hide()
        self.article_bar.hide()

    def set_actions(self, actions: KnowledgeActions | None) -> None:
        self._kb = actions
        self._update_article_actions()

    def set_user(self, user_id: str | None, role: str, level: int | None) -> None:
        self._permissions = Permissions(user_id, role, level)
        self._update_article_actions()

    def set_ticket(self, ticket_id: str | None) -> None:
        """The ticket the agent works on (feedback, links and proposals go to it)."""
        self._ticket_id = ticket_id
        self._update_article_actions()

    def ticket_id(self) -> str | None:
        return self._ticket_id

    def current_usage(self) -> ArticleUsage | None:
        if self._kb is None or self._current_article is None:
            return None
        return self._kb.usage(self._current_article, self._permissions.user_id,
                              self._ticket_id)

    def vote(self, kind: str) -> bool:
        return self._record(kind)

    def link_to_ticket(self) -> bool:
        return self._record("linked")

    def insert_solution(self) -> bool:
        """Put the article's solution steps into the ticket's note editor."""
        article, ticket = self._article, self._ticket_id
        if article is None or ticket is None or self.note_inserter is None:
            return False
        if not self.note_inserter(ticket, solution_steps(self._shown_body, article.title)):
            self.status.setText(self.tr("Open the ticket to insert the solution."))
            return False
        return self._record("inserted")

    def _record(self, kind: str) -> bool:
        kb, article_id = self._kb, self._current_article
        if kb is None or article_id is None or self._ticket_id is None:
            return False
        try:
            kb.record(article_id, kind, self._ticket_id)
        except KnowledgeActionError as exc:
            self.status.setText(refusal_text(exc.code, exc.params))
            return False
        except Exception as exc:  # the local write failed; the agent must know
            self._failed(exc)
            return False
        texts = {"helped": self.tr("Thank you: the article is counted as helpful."),
                 "not_helped": self.tr("Thank you: noted that the article did not help."),
                 "linked": self.tr("The article is linked to the ticket."),
                 "inserted": self.tr("The solution is in the note; add it with %1."
                                     ).replace("%1", native("Ctrl+Return"))}
        self.status.setText(texts.get(kind, ""))
        self._update_article_actions()
        self.feedback_recorded.emit(article_id, kind)
        return True

    def show_versions(self) -> KnowledgeVersionsDialog | None:
        if self._kb is None or self._article is None:
            return None
        dialog = KnowledgeVersionsDialog(self._article.title,
                                         self._kb.versions(self._article.id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.versions_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "versions_dialog", None))
        dialog.show()
        return dialog

    def edit_article(self) -> KnowledgeEditor | None:
        if self._kb is None or self._current_article is None:
            return None
        record = self._kb.record_of(self._current_article)
        if record is None or not self._permissions.may_edit(record):
            return None
        return self._open_editor(record)

    def new_article(self) -> KnowledgeEditor | None:
        if self._kb is None or not self._permissions.writer:
            return None
        return self._open_editor(ArticleRecord())

    def propose_from_ticket(self) -> KnowledgeEditor | None:
        if self._kb is None or not self._may_propose():
            return None
        assert self._ticket_id is not None
        return self._open_editor(self._kb.proposal_from_ticket(self._ticket_id))

    def propose_improvement(self) -> KnowledgeEditor | None:
        if self._kb is None or self._current_article is None or not self._may_propose():
            return None
        assert self._ticket_id is not None
        return self._open_editor(self._kb.proposal_from_ticket(self._ticket_id,
                                                               self._current_article))

    def _open_editor(self, record: ArticleRecord) -> KnowledgeEditor | None:
        assert self._kb is not None
        editor = KnowledgeEditor(self._kb, self._permissions, record, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.saved.connect(self._article_saved)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget_editor(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget_editor(self, editor: KnowledgeEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _article_saved(self, article_id: str, status: str) -> None:
        self.status.setText(fill(self.tr("Saved as “%1”; it is sent with the next sync."),
                                 status_label(status)))
        if article_id == self._current_article:
            self.open_article(article_id)

    def check_refusals(self) -> None:
        """After a sync: editors show the server's refusals; counts are read again."""
        for editor in list(self.editors):
            editor.check_refusals()
        self._update_article_actions()

    def _may_propose(self) -> bool:
        if self._kb is None or self._ticket_id is None:
            return False
        return (self._permissions.writer
                or self._kb.ticket_status(self._ticket_id) in SOLVED_STATUSES)

    def _link_activated(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "kb" and value:
            self.open_article(value)
        elif kind == "ticket" and value:
            self.ticket_open_requested.emit(value)

    def _update_article_actions(self) -> None:
        kb, article, ticket = self._kb, self._article, self._ticket_id
        has_article = kb is not None and article is not None
        usage = self.current_usage() if has_article else None
        voted = usage is not None and usage.my_vote is not None
        with_ticket = has_article and ticket is not None
        self.ticket_bar.setVisible(with_ticket)
        self.helped_action.setEnabled(with_ticket and not voted)
        self.not_helped_action.setEnabled(with_ticket and not voted)
        self.helped_action.setChecked(usage is not None and usage.my_vote == "helped")
        self.not_helped_action.setChecked(usage is not None
                                          and usage.my_vote == "not_helped")
        if usage is not None:
            mark = {usage.my_vote: "✓ "} if usage.my_vote else {}
            self.helped_action.setText(mark.get("helped", "") + fill(
                self.tr("This solved it (%1)"), usage.helped))
            self.not_helped_action.setText(mark.get("not_helped", "") + fill(
                self.tr("Did not help (%1)"), usage.not_helped))
        self.link_action.setEnabled(with_ticket and usage is not None
                                    and not usage.linked_here)
        self.insert_action.setEnabled(with_ticket and self.note_inserter is not None)

        record = kb.record_of(article.id) if kb is not None and article is not None else None
        may_edit = record is not None and self._permissions.may_edit(record)
        may_propose = self._may_propose()
        self.versions_action.setEnabled(has_article)
        self.edit_action.setEnabled(may_edit)
        self.edit_action.setVisible(may_edit)
        improve = has_article and not may_edit and may_propose
        self.improve_action.setEnabled(improve)
        self.improve_action.setVisible(improve)
        self.propose_action.setEnabled(may_propose)
        self.propose_action.setVisible(kb is not None and ticket is not None)
        self.new_action.setEnabled(kb is not None and self._permissions.writer)
        self.new_action.setVisible(kb is not None and self._permissions.writer)
        self.article_bar.setVisible(kb is not None and (has_article or ticket is not None
                                                        or self._permissions.writer))

        if usage is not None:
            self.usage_label.setText(fill(
                self.tr("Views: %1 · uses: %2 · tickets solved: %3"),
                usage.views, usage.uses, usage.solved_count))
            solved = ", ".join(
                f"<a href='ticket:{html.escape(t.id)}'>{html.escape(t.reference)}</a>"
                for t in usage.solved)
            self.solved_label.setText(
                html.escape(self.tr("Tickets this article solved:")) + " " + solved
                if solved else "")
        self.usage_label.setVisible(usage is not None)
        self.solved_label.setVisible(usage is not None and bool(usage.solved))
        linked = kb.linked_articles(ticket) if kb is not None and ticket is not None else []
        self.linked_label.setText(
            html.escape(self.tr("Linked to this ticket:")) + " " + ", ".join(
                f"<a href='kb:{html.escape(a.id)}'>{html.escape(a.title)}</a>"
                for a in linked) if linked else "")
        self.linked_label.setVisible(bool(linked))

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
        self._article = article
        title, body = article.title, article.body
        kb = self._kb
        if (kb is not None and not self._permissions.writer
                and article.status == ArticleStatus.REVIEW.value):
            # being revised: 1st level reads the last published text meanwhile
            record = kb.record_of(article.id)
            published = (kb.published_text(article.id, record.published_revision)
                         if record is not None and record.published_revision else None)
            if published is not None:
                title, body = published.title, published.body
        self._shown_body = body
        self.article_title.setText(title)
        meta = [x for x in (article.category, article.product) if x]
        if article.tags:
            meta.append(", ".join(article.tags))
        if article.status != ArticleStatus.PUBLISHED.value and self._permissions.writer:
            meta.append(status_label(article.status))
        self.article_meta.setText(" · ".join(meta))
        self.article_view.setMarkdown(without_title_heading(body, title))
        if kb is not None and article.id not in self._viewed:
            self._viewed.add(article.id)
            try:
                kb.record(article.id, "view")
            except Exception as exc:  # a view count must never keep the article away
                log.warning("recording the view of %s: %s", article.id, exc)
        self._update_article_actions()
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
