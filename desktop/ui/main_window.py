"""The main window: queues on the left, the ticket list, and docks around it."""

from __future__ import annotations

import logging
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.app import queries, views
from desktop.app.sync_service import SyncService
from desktop.config import Settings
from desktop.sync.localdb import LocalDatabase
from desktop.sync.replica import Replica, SyncResult
from desktop.ui import labels
from desktop.ui.outbox_panel import OutboxPanel
from desktop.ui.queue_model import QUEUE_ID_ROLE, QueueListModel
from desktop.ui.table_columns import StretchWithMinimum
from desktop.ui.ticket_detail import TicketDetailView
from desktop.ui.ticket_model import (
    COL_CATEGORY,
    COL_CHANNEL,
    COL_CREATED,
    COL_CUSTOMER,
    COL_DUE,
    COL_LEVEL,
    COL_OWNER,
    COL_PRIORITY,
    COL_QUEUE,
    COL_REFERENCE,
    COL_STATUS,
    COL_TITLE,
    COL_UPDATED,
    TicketTableModel,
)
from desktop.ui.views_panel import (
    SHORTCUT_VIEWS,
    ColumnChooser,
    SaveViewDialog,
    ViewsPanel,
    apply_columns,
    view_error_text,
    view_name,
)
from desktop.ui.widgets import EmptyState, OnlineIndicator, icon

log = logging.getLogger("agentdesk.ui.main")

STATE_VERSION = 2  # 2: the ticket dock holds the editor tabs and got more room
STATE_FILE = "window-state.ini"
HEADER_STATE_KEY = "ticket_table/header_v2"  # v1 had seven columns
SOURCE_KEY = "ticket_list/source"  # "view:<key>" or "queue:<id>" ("queue:" = all)
QUEUE_LAYOUT_KEY = "ticket_list/queue_layout"  # sort and columns of the queue lists
FILTER_DELAY_MS = 150
PANE_WIDTH = 250
BULK_ROWS = 1000  # a sync that brought this many rows refreshes the planner statistics


def app_version() -> str:
    try:
        return metadata.version("agentdesk")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def state_path(settings: Settings) -> Path:
    """Window geometry and dock layout live beside the user settings, apart from them."""
    return settings.user_path.with_name(STATE_FILE)


class MainWindow(QMainWindow):
    """The agent's workplace.

    Left, the views (built-in, own, the team's) above the queues with their counts;
    in the middle the ticket list of the chosen view or queue, with a filter bar (free
    text, status for queue lists) and a column chooser on its header; docks around.

    Signals:
        sign_out_requested(): File → Sign out.
        sign_in_requested(): the agent asked to sign in again (after a lost sign-in).
        closed(): the window was closed (quit).
        views_changed(): the list of views was read again (after a save or a sync).
    """

    sign_out_requested = Signal()
    sign_in_requested = Signal()
    closed = Signal()
    views_changed = Signal()
    ticket_shown = Signal(object)  # the id of the ticket the docks show, or None

    def __init__(self, settings: Settings, db: LocalDatabase, sync: SyncService,
                 user: dict[str, Any] | None, offline: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db = db
        self.sync = sync
        self.user = user or {}
        self.replica = Replica(db)
        self.view_context = views.ViewContext.from_user(self._known_user())
        self._refresh_after_next_sync = False
        # What the list shows: ("view", key) or ("queue", queue id or None for all).
        self._source: tuple[str, str | None] = ("queue", None)
        self._source_definition = views.queue_view(None)
        self._queue_layout = views.ViewDefinition()
        self._applying_columns = False
        self._sla_job_running = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("agentdesk"))
        name = self.user.get("display_name") or self.user.get("username") or ""
        self.setWindowTitle(self.tr("AgentDesk — %1").replace("%1", name) if name
                            else self.tr("AgentDesk"))

        self.queue_model = QueueListModel(self)
        self.ticket_model = TicketTableModel(db, self, context=self.view_context)
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._default_state = self.saveState(STATE_VERSION)
        self._default_header = self.table.horizontalHeader().saveState()
        self._restore_state()

        sync.sync_started.connect(self._on_sync_started)
        sync.sync_progressed.connect(self._on_sync_progressed)
        sync.sync_finished.connect(self._on_sync_finished)
        sync.sync_failed.connect(self._on_sync_failed)
        sync.online_changed.connect(self.online.set_state)
        sync.sign_in_required.connect(self._on_sign_in_required)
        sync.outbox_changed.connect(self._on_outbox_changed)
        sync.notices_arrived.connect(self._on_notices_arrived)
        self.outbox_panel.records_changed.connect(self._on_local_records_changed)
        self.online.set_state(False if offline else sync.online)
        try:
            self._on_outbox_changed(*sync.outbox_counts())
        except Exception as exc:  # an unreadable outbox must not keep the window shut
            log.error("cannot count the outbox: %s", exc)

        self.reload_queues()
        self.reload_views()
        self._open_first_source()
        self._update_last_sync()
        self.table.setFocus()
        self._prepare_in_background()
        # The ticket workflow (tabs, editing, escalation, macros) and the knowledge and
        # call-script panels live in modules of their own and wire themselves in.
        from desktop.ui import agent_state, panels, ticket_workflow

        self.ticket_workflow = ticket_workflow.install(self)
        self.side_panels = panels.install(self)
        # The agent's state in the status bar and the wrap-up bar after a call.
        self.agent_state = agent_state.install(self)

    def _known_user(self) -> dict[str, Any]:
        """The signed-in agent: what the sign-in said, completed from the sync engine
        (the offline window knows them from the last sign-in)."""
        engine_user = getattr(self.sync.engine, "user", None) or {}
        return {**engine_user, **self.user}

    # -- construction ----------------------------------------------------------------
    def _build_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)

        self.views_panel = ViewsPanel(self.queue_model, splitter)
        self.views_panel.setMinimumWidth(190)
        self.queue_view = self.views_panel.queue_list
        self.view_list = self.views_panel.view_list
        self.view_model = self.views_panel.view_model

        right = QWidget(splitter)
        right.setObjectName("ticketPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        bar = QWidget(right)
        bar.setObjectName("listHeader")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(12, 8, 8, 8)
        bar_layout.setSpacing(10)
        self.list_title = QLabel(bar)
        self.list_title.setObjectName("listTitle")
        self.list_count = QLabel(bar)
        self.list_count.setObjectName("listCount")
        self.list_changed = QLabel(self.tr("changed"), bar)
        self.list_changed.setObjectName("listChanged")
        self.list_changed.setToolTip(self.tr(
            "The sort order, columns or filter differ from the saved view. "
            "Save view (%1) keeps them.").replace("%1", QKeySequence("Ctrl+Shift+S").toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.list_changed.hide()
        self.filter_edit = QLineEdit(bar)
        self.filter_edit.setObjectName("listFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter the list"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: reference, title, customer"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(views.TEXT_MAX)
        self.filter_edit.setToolTip(self.tr(
            "Shows the tickets whose reference starts with the text, or whose title or "
            "customer contains every word (%1)").replace("%1", QKeySequence("Ctrl+F").toString(
                QKeySequence.SequenceFormat.NativeText)))
        # room to type a reference; wider when there is space, never pushing the pane
        self.filter_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("T-2026-000000") + 40)
        self.filter_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("x" * 40))
        self.filter_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Fixed)
        self.filter_timer = QTimer(self)
        self.filter_timer.setObjectName("filterDelay")
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._apply_filter_text)
        self.filter_label = QLabel(self.tr("&Show:"), bar)
        self.status_filter = QComboBox(bar)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Ticket status filter"))
        self.status_filter.addItem(self.tr("Active tickets"), list(queries.ACTIVE_STATUSES))
        self.status_filter.addItem(self.tr("All tickets"), None)
        for status in queries.STATUSES:
            self.status_filter.addItem(labels.status_label(status), [status])
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_label.setBuddy(self.status_filter)
        self.save_view_button = QToolButton(bar)
        self.save_view_button.setObjectName("saveViewButton")
        bar_layout.addWidget(self.list_title)
        bar_layout.addWidget(self.list_count)
        bar_layout.addWidget(self.list_changed)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.filter_edit, 1)
        bar_layout.addWidget(self.filter_label)
        bar_layout.addWidget(self.status_filter)
        bar_layout.addWidget(self.save_view_button)

        self.table = QTableView(right)
        # Tab leaves the list (arrows move between rows); Qt's default keeps Tab inside.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("ticketTable")
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.setModel(self.ticket_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        fm = self.table.fontMetrics()
        # the longest text of the Due column, in the interface's language
        longest_due = QCoreApplication.translate("TicketTableModel", "%1 h %2 min").replace(
            "%1", "\u221299").replace("%2", "59")
        widths = {COL_REFERENCE: fm.horizontalAdvance("T-2026-000000") + 20, COL_TITLE: 320,
                  COL_STATUS: 96, COL_PRIORITY: 64, COL_CUSTOMER: 150, COL_OWNER: 124,
                  COL_UPDATED: 84, COL_DUE: fm.horizontalAdvance(longest_due) + 24,
                  COL_QUEUE: 150, COL_LEVEL: 72, COL_CATEGORY: 110, COL_CHANNEL: 84,
                  COL_CREATED: 84}  # the title takes the rest
        bold = QFont(header.font())
        bold.setBold(True)
        header_fm = QFontMetrics(bold)
        for column, width in widths.items():
            title = str(self.ticket_model.headerData(column, Qt.Orientation.Horizontal))
            # room for the bold caption, the padding and the sort arrow
            header.resizeSection(column, max(width, header_fm.horizontalAdvance(title) + 34))
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # at narrow widths keep the title readable and scroll sideways instead
        self.title_column = StretchWithMinimum(self.table, COL_TITLE,
                                               fm.horizontalAdvance("x" * 34))
        apply_columns(header, views.DEFAULT_COLUMNS)
        header.setSortIndicator(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.column_chooser = ColumnChooser(header, self._on_columns_chosen)
        right_layout.addWidget(bar)
        right_layout.addWidget(self.table, 1)

        splitter.addWidget(self.views_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([PANE_WIDTH, 800])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.views_panel.view_chosen.connect(self.show_view)
        self.views_panel.queue_chosen.connect(self.show_queue)
        self.views_panel.rename_requested.connect(self.rename_view)
        self.views_panel.delete_requested.connect(self.delete_view)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.filter_edit.textEdited.connect(lambda _text: self.filter_timer.start())
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.returnPressed.connect(self._filter_return)
        escape = QShortcut(QKeySequence("Esc"), self.filter_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._filter_escape)
        header.sectionMoved.connect(self._on_section_moved)
        self.table.selectionModel().selectionChanged.connect(self._on_ticket_selection)
        self.ticket_model.query_changed.connect(self._update_list_header)
        self.ticket_model.modelReset.connect(self._on_tickets_reset)

    def _dock(self, object_name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        widget.setAccessibleName(title)
        return dock

    def _build_docks(self) -> None:
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        # The right-hand docks keep their full height; a bottom dock sits under the list.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.detail = TicketDetailView(self)
        self.ticket_dock = self._dock("ticketDock", self.tr("Ticket"), self.detail)
        self.customer_empty = EmptyState("customer", "", "", self)
        self.customer_dock = self._dock("customerDock", self.tr("Customer"),
                                        self.customer_empty)
        self.knowledge_empty = EmptyState("knowledge", "", "", self)
        self.knowledge_dock = self._dock("knowledgeDock", self.tr("Knowledge"),
                                         self.knowledge_empty)
        self.script_empty = EmptyState("script", "", "", self)
        self.script_dock = self._dock("scriptDock", self.tr("Call script"), self.script_empty)

        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(right, self.ticket_dock)
        self.addDockWidget(right, self.customer_dock)
        self.splitDockWidget(self.ticket_dock, self.customer_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.customer_dock, self.knowledge_dock)
        self.tabifyDockWidget(self.knowledge_dock, self.script_dock)
        self.customer_dock.raise_()
        self.resizeDocks([self.ticket_dock], [470], Qt.Orientation.Horizontal)
        self.resizeDocks([self.ticket_dock, self.customer_dock], [600, 200],
                         Qt.Orientation.Vertical)
        self.docks = (self.ticket_dock, self.customer_dock, self.knowledge_dock,
                      self.script_dock)
        self._update_side_docks(None)

        # Changes the server did not take as they are: at the bottom, shown on demand.
        self.outbox_panel = OutboxPanel(self.db, self.sync, self)
        self.outbox_dock = self._dock("outboxDock", self.tr("Not delivered"),
                                      self.outbox_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.outbox_dock)
        self.resizeDocks([self.outbox_dock], [230], Qt.Orientation.Vertical)
        self.outbox_dock.hide()

    def _action(self, text: str, shortcuts: list[QKeySequence | str] | None = None,
                slot: Any = None, name: str = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.sync_action = self._action(
            self.tr("&Sync now"), ["Ctrl+R", "F5"], self.sync.sync_now, "syncNow",
            self.tr("Fetch the newest tickets from the server"))
        self.sign_in_action = self._action(
            self.tr("Sign &in again…"), None, self.sign_in_requested.emit, "signIn")
        self.sign_in_action.setVisible(False)
        self.sign_out_action = self._action(
            self.tr("Sign &out"), ["Ctrl+Shift+L"], self._confirm_sign_out, "signOut")
        self.quit_action = self._action(self.tr("&Quit"), ["Ctrl+Q"], self.close, "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.focus_queues_action = self._action(
            self.tr("Go to &views and queues"), ["Ctrl+1"], self._focus_sources,
            "focusQueues")
        self.focus_tickets_action = self._action(
            self.tr("Go to &tickets"), ["Ctrl+2"], self.table.setFocus, "focusTickets")
        self.focus_filter_action = self._action(
            self.tr("Choose the status &filter"), ["Ctrl+3"], self._focus_filter,
            "focusFilter")
        self.find_action = self._action(
            self.tr("&Filter the list"), ["Ctrl+F"], self.focus_text_filter, "filterList",
            self.tr("Show only tickets with this reference, title or customer"))
        self.save_view_action = self._action(
            self.tr("&Save view…"), ["Ctrl+Shift+S"], self.save_view, "saveView",
            self.tr("Keep the filters, sort order and columns of the list as a view"))
        self.save_view_button.setDefaultAction(self.save_view_action)
        self.save_view_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.view_actions: list[QAction] = []
        for number in range(1, SHORTCUT_VIEWS + 1):
            action = self._action(self.tr("Show view %1").replace("%1", str(number)),
                                  [f"Alt+{number}"],
                                  lambda _checked=False, n=number: self.show_view_number(n),
                                  f"showView{number}")
            self.view_actions.append(action)
        dock_keys = ["Ctrl+Shift+1", "Ctrl+Shift+2", "Ctrl+Shift+3", "Ctrl+Shift+4"]
        self.dock_actions: list[QAction] = []
        for dock, key in zip(self.docks, dock_keys, strict=True):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(key))
            toggle.setObjectName(f"toggle_{dock.objectName()}")
            self.dock_actions.append(toggle)
        self.outbox_action = self._action(
            self.tr("&Not delivered changes"), ["Ctrl+Shift+5"], self.show_outbox,
            "showOutbox", self.tr("Conflicts, rejected changes and notices from the server"))
        self.reset_layout_action = self._action(
            self.tr("&Reset layout"), None, self.reset_layout, "resetLayout")
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), ["F1"], self.show_shortcuts, "shortcuts")
        self.about_action = self._action(self.tr("&About AgentDesk"), None, self.show_about,
                                         "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self.tr("&File"), self)
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addAction(self.sync_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sign_in_action)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = QMenu(self.tr("&View"), self)
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.focus_queues_action)
        self.view_menu.addAction(self.focus_tickets_action)
        self.view_menu.addAction(self.focus_filter_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.save_view_action)
        self.view_menu.addSeparator()
        for action in self.dock_actions:
            self.view_menu.addAction(action)
        self.view_menu.addAction(self.outbox_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)
        self.help_menu = QMenu(self.tr("&Help"), self)
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        status.setSizeGripEnabled(True)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("syncProgress")
        self.sign_in_button = QToolButton(self)
        self.sign_in_button.setObjectName("signInAgainButton")
        self.sign_in_button.setDefaultAction(self.sign_in_action)
        self.sign_in_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.sign_in_button.hide()
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("lastSync")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingChanges")
        self.pending_label.setToolTip(self.tr(
            "Changes made on this computer that the server has not received yet. "
            "They are sent automatically."))
        self.pending_label.hide()
        self.attention_button = QToolButton(self)
        self.attention_button.setObjectName("attentionButton")
        self.attention_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.attention_button.setToolTip(self.tr(
            "Changes the server did not take as they are. Click to decide what happens "
            "with them (%1).").replace("%1", QKeySequence("Ctrl+Shift+5").toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.attention_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.attention_button.clicked.connect(self.show_outbox)
        self.attention_button.hide()
        self.online = OnlineIndicator(self)
        self.online.setObjectName("onlineIndicator")
        status.addWidget(self.progress_label, 1)
        status.addPermanentWidget(self.sign_in_button)
        status.addPermanentWidget(self.attention_button)
        status.addPermanentWidget(self.pending_label)
        status.addPermanentWidget(self.last_sync_label)
        status.addPermanentWidget(self.online)

    # -- window state ----------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings(str(state_path(self.settings)), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        store = self._qsettings()
        geometry = store.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self._default_size())
        state = store.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, STATE_VERSION)
        else:
            # First start: share the right column once the window has its real height
            # (resizeDocks in __init__ works on a window that has no size yet).
            QTimer.singleShot(0, self, self._share_right_column)
        splitter = store.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = store.value(HEADER_STATE_KEY)
        if isinstance(header, QByteArray) and not header.isEmpty():
            # widths; order and visibility come from the view shown
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSectionResizeMode(
                COL_TITLE, QHeaderView.ResizeMode.Stretch)
        layout = store.value(QUEUE_LAYOUT_KEY)
        if isinstance(layout, str) and layout:
            try:
                self._queue_layout = views.ViewDefinition.from_json(layout)
            except views.ViewError as exc:
                log.warning("the queue list layout is not readable: %s", exc)

    def _default_size(self) -> QSize:
        """Most of the screen, within sensible bounds: the list needs the width."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else QSize()
        width = min(1680, max(1280, int(available.width() * 0.92)))
        height = min(1020, max(760, int(available.height() * 0.9)))
        return QSize(width, height)

    def save_state(self) -> None:
        store = self._qsettings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/state", self.saveState(STATE_VERSION))
        store.setValue("main_window/splitter", self.splitter.saveState())
        store.setValue(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())
        kind, key = self._source
        store.setValue(SOURCE_KEY, f"{kind}:{key or ''}")
        store.setValue(QUEUE_LAYOUT_KEY, self._queue_layout.to_json())
        store.sync()

    def _share_right_column(self) -> None:
        """Most of the right column for the ticket (its fields and the note composer),
        the rest for the customer/knowledge/script tabs."""
        # about 38 % of the width: the list keeps its Due column in either language
        self.resizeDocks([self.ticket_dock], [max(470, int(self.width() * 0.38))],
                         Qt.Orientation.Horizontal)
        column = self.ticket_dock.height() + self.customer_dock.height()
        if column < 300:
            return
        self.resizeDocks([self.ticket_dock, self.customer_dock],
                         [int(column * 0.7), column - int(column * 0.7)],
                         Qt.Orientation.Vertical)

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, STATE_VERSION)
        self._share_right_column()
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()
        self.customer_dock.raise_()
        self.table.horizontalHeader().restoreState(self._default_header)
        self._apply_columns(self.ticket_model.view.columns)
        self.splitter.setSizes([PANE_WIDTH, max(400, self.width() - PANE_WIDTH)])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    # -- background upkeep -------------------------------------------------------------
    def _run_in_background(self, job: Any, done: Any) -> None:
        """Run ``job`` on the worker; ``done(result)`` only while this window lives."""
        def finished(result: Any) -> None:
            if isValid(self):
                done(result)

        def failed(exc: BaseException) -> None:
            log.warning("background job of the ticket list failed: %s", exc)

        try:
            self.sync.tasks.run_in_worker(job, finished, failed)
        except RuntimeError as exc:  # the task manager is shut down: the app is leaving
            log.debug("no background job: %s", exc)

    def _prepare_in_background(self) -> None:
        """Planner statistics and the trigram index of the filter (seconds, once)."""
        db = self.db
        self._run_in_background(lambda: queries.prepare_ticket_list(db),
                                lambda result: log.info("ticket list prepared: %s", result))

    # -- queues ------------------------------------------------------------------------
    def reload_queues(self) -> None:
        """Queue counts now (from the index alone); the SLA counts follow from the
        background."""
        self.queue_model.set_queues(queries.queue_overview(self.db, sla=False),
                                    keep_sla=True)
        kind, key = self._source
        if kind == "queue" and not self.view_list.currentIndex().isValid():
            self.views_panel.select_queue(key, emit=False)
        self._count_sla_in_background()

    def _count_sla_in_background(self) -> None:
        if self._sla_job_running:
            return
        self._sla_job_running = True
        db = self.db

        def done(rows: list[queries.QueueRow]) -> None:
            self._sla_job_running = False
            self.queue_model.set_queues(rows)

        def job() -> list[queries.QueueRow]:
            try:
                return queries.queue_overview(db)
            except Exception:
                self._sla_job_running = False
                raise

        self._run_in_background(job, done)

    def current_queue_id(self) -> str | None:
        index = self.queue_view.currentIndex()
        return index.data(QUEUE_ID_ROLE) if index.isValid() else None

    def _status_filter(self) -> list[str] | None:
        data = self.status_filter.currentData()
        return list(data) if data is not None else None

    def _on_filter_changed(self, _index: int) -> None:
        kind, key = self._source
        if kind == "queue":
            self.show_queue(key)

    def _focus_filter(self) -> None:
        if not self.status_filter.isVisible():
            self.focus_text_filter()
            return
        self.status_filter.setFocus()
        self.status_filter.showPopup()

    def _focus_sources(self) -> None:
        if self._source[0] == "view":
            self.view_list.setFocus()
        else:
            self.queue_view.setFocus()

    # -- views ---------------------------------------------------------------------------
    def reload_views(self) -> None:
        """Read the built-in and saved views again (after a save or a sync)."""
        try:
            found = views.all_views(self.db, self.view_context)
        except Exception as exc:  # an unreadable table must not keep the list away
            log.error("cannot read the saved views: %s", exc)
            found = list(views.BUILTIN_VIEWS)
        self.views_panel.set_views(found, self._view_editable)
        kind, key = self._source
        if kind == "view" and key is not None:
            view = next((v for v in found if v.key == key), None)
            if view is None:  # deleted (here or elsewhere): back to all tickets
                self.views_panel.select_queue(None)
            elif view.definition != self._source_definition:
                self._show_definition(view.definition, view.definition)
        self.list_title.setText(self._list_title())  # a renamed view
        self.views_changed.emit()

    def _view_editable(self, key: str) -> bool:
        view = next((v for v in self.view_model.views() if v.key == key), None)
        return view is not None and view.editable_by(self.view_context)

    def current_view(self) -> views.View | None:
        kind, key = self._source
        if kind != "view":
            return None
        return next((v for v in self.view_model.views() if v.key == key), None)

    def _open_first_source(self) -> None:
        """The view or queue shown when the window closed, else all tickets."""
        saved = self._qsettings().value(SOURCE_KEY)
        kind, _, key = str(saved or "").partition(":")
        if kind == "view" and self.views_panel.select_view(key):
            return
        if kind == "queue" and self.views_panel.select_queue(key or None):
            return
        self.views_panel.select_queue(None)

    def show_view(self, key: str) -> None:
        """Show a view from the list on the left (its key)."""
        view = next((v for v in self.view_model.views() if v.key == key), None)
        if view is None:
            return
        if self.views_panel.current_view_key() != key:
            self.views_panel.select_view(key, emit=False)
        self._source = ("view", key)
        self._show_status_filter(False)
        self._show_definition(view.definition, view.definition)

    def show_view_number(self, number: int) -> None:
        """Alt+1 … Alt+9: the n-th view of the list."""
        if self.views_panel.select_view_number(number):
            self.table.setFocus()

    def show_queue(self, queue_id: str | None) -> None:
        """Show one queue (None: every queue) with the status filter of the bar."""
        if self.views_panel.current_view_key() is not None or (
                self.current_queue_id() != queue_id):
            self.views_panel.select_queue(queue_id, emit=False)
        self._source = ("queue", queue_id)
        self._show_status_filter(True)
        definition = views.queue_view(queue_id, self._status_filter(), self._queue_layout)
        self._show_definition(definition, definition)

    def _show_status_filter(self, visible: bool) -> None:
        self.filter_label.setVisible(visible)
        self.status_filter.setVisible(visible)

    def _show_definition(self, definition: views.ViewDefinition,
                         source: views.ViewDefinition) -> None:
        """Put a definition in the list: the filter box shows its text, the header its
        columns; ``source`` is what it is compared with for "changed"."""
        self._source_definition = source
        self.filter_timer.stop()
        if self.filter_edit.text() != definition.text:
            blocked = self.filter_edit.blockSignals(True)
            self.filter_edit.setText(definition.text)
            self.filter_edit.blockSignals(blocked)
        self._apply_columns(definition.columns)
        self.ticket_model.set_view(definition)

    def _apply_columns(self, columns: tuple[str, ...] | list[str]) -> None:
        self._applying_columns = True
        try:
            apply_columns(self.table.horizontalHeader(), columns)
        finally:
            self._applying_columns = False
        self.title_column.apply()

    def _on_columns_chosen(self, keys: list[str]) -> None:
        """The column chooser: show these columns (in this order) in the current list."""
        definition = self.ticket_model.view.with_columns(keys)
        self._apply_columns(definition.columns)
        self._set_layout(definition)

    def _on_section_moved(self, _logical: int, _old: int, _new: int) -> None:
        if self._applying_columns:
            return
        definition = self.ticket_model.view.with_columns(self.column_chooser.visible_keys())
        self._set_layout(definition)

    def _set_layout(self, definition: views.ViewDefinition) -> None:
        """Columns changed without a new query: keep them in the model's view."""
        self.ticket_model.set_columns(definition.columns)
        if self._source[0] == "queue":
            self._queue_layout = views.ViewDefinition(sort=definition.sort,
                                                      columns=definition.columns)
        self._update_changed()

    # -- the free-text filter --------------------------------------------------------
    def focus_text_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter_text_changed(self, _text: str) -> None:
        """Typing waits for a pause (``FILTER_DELAY_MS``); the clear button at once."""
        if not self.filter_edit.text():
            self._apply_filter_text()

    def _apply_filter_text(self) -> None:
        self.filter_timer.stop()
        current = self.ticket_model.view
        wanted = current.with_text(self.filter_edit.text())
        if wanted.text != current.text:
            self.ticket_model.set_view(wanted)

    def _filter_return(self) -> None:
        self._apply_filter_text()
        self.table.setFocus()
        if self.ticket_model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
            self.select_ticket_row(0)

    def _filter_escape(self) -> None:
        if self.filter_edit.text():
            self.filter_edit.clear()
        else:
            self.table.setFocus()

    # -- saving views ----------------------------------------------------------------
    def _definition_to_save(self) -> views.ViewDefinition:
        self._apply_filter_text()
        return self.ticket_model.view

    def save_view(self) -> None:
        """Ctrl+Shift+S: keep what the list shows as a view (a name the agent already
        uses replaces that view)."""
        definition = self._definition_to_save()
        current = self.current_view()
        name = current.name if current is not None and current.editable_by(
            self.view_context) else ""
        context = self.view_context
        dialog = SaveViewDialog(
            self, name, may_share=context.may_share, has_team=context.team_id is not None,
            shared=current is not None and current.team_id is not None,
            existing=lambda text: views.existing_view_named(self.db, context, text)
            is not None)

        def accepted() -> None:
            key = self._store_view(dialog.name, definition, dialog.share)
            if key is None:
                dialog.open()
                return
            self.reload_views()
            self.views_panel.select_view(key)
            self.statusBar().showMessage(self.tr("View “%1” saved.").replace(
                "%1", dialog.name), 8000)

        dialog.accepted.connect(accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.open()
        self.save_dialog = dialog

    def _store_view(self, name: str, definition: views.ViewDefinition,
                    share: bool) -> str | None:
        """Create or replace the agent's view called ``name``; its key, or None after
        telling the agent why not."""
        context = self.view_context
        existing = views.existing_view_named(self.db, context, name)
        try:
            if existing is not None and existing.view_id is not None:
                view_id = existing.view_id
                self.sync.edit(lambda w: views.update_view(
                    w, context, view_id, name=name, definition=definition,
                    share_with_team=share if context.may_share else None))
            else:
                view_id = self.sync.edit(lambda w: views.create_view(
                    w, context, name, definition, share_with_team=share))
        except views.ViewError as exc:
            self._view_refused(view_error_text(exc))
            return None
        except RuntimeError as exc:  # nobody signed in
            log.warning("view not saved: %s", exc)
            self._view_refused(self.tr("Sign in to save views."))
            return None
        return f"saved:{view_id}"

    def _view_refused(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("View not saved"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("viewRefused")
        box.open()
        self.view_message = box

    def rename_view(self, key: str) -> None:
        view = next((v for v in self.view_model.views() if v.key == key), None)
        if view is None or view.view_id is None:
            return
        context = self.view_context
        view_id = view.view_id
        dialog = SaveViewDialog(self, view.name, rename=True)

        def accepted() -> None:
            try:
                self.sync.edit(lambda w: views.rename_view(w, context, view_id, dialog.name))
            except views.ViewError as exc:
                self._view_refused(view_error_text(exc))
                return
            except RuntimeError:
                self._view_refused(self.tr("Sign in to save views."))
                return
            self.reload_views()

        dialog.accepted.connect(accepted)
        dialog.open()
        self.save_dialog = dialog

    def delete_view(self, key: str) -> None:
        view = next((v for v in self.view_model.views() if v.key == key), None)
        if view is None or view.view_id is None:
            return
        context = self.view_context
        view_id = view.view_id
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete view"),
                          self.tr("Delete the view “%1”? The tickets stay as they are.")
                          .replace("%1", view_name(view)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("deleteViewQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            try:
                self.sync.edit(lambda w: views.delete_view(w, context, view_id))
            except views.ViewError as exc:
                self._view_refused(view_error_text(exc))
                return
            except RuntimeError:
                self._view_refused(self.tr("Sign in to save views."))
                return
            self.reload_views()

        box.finished.connect(answered)
        box.open()
        self.view_message = box

    # -- the list ------------------------------------------------------------------------
    def _list_title(self) -> str:
        if self._source[0] == "view":
            view = self.current_view()
            return view_name(view) if view is not None else ""
        index = self.queue_view.currentIndex()
        return index.data() if index.isValid() else ""

    def _update_list_header(self) -> None:
        self.list_title.setText(self._list_title())
        total = self.ticket_model.total
        self.list_count.setText(self.tr("%Ln ticket(s)", "", total))
        column, order = self.ticket_model.sort_column()
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()
        if self._source[0] == "queue":
            current = self.ticket_model.view
            self._queue_layout = views.ViewDefinition(sort=current.sort,
                                                      columns=current.columns)
        self._update_changed()

    def _update_changed(self) -> None:
        """Show "changed" when a saved or built-in view is shown other than defined."""
        current, source = self.ticket_model.view, self._source_definition
        changed = self._source[0] == "view" and (
            current.sort != source.sort or current.columns != source.columns
            or current.text != source.text)
        self.list_changed.setVisible(changed)

    def _on_tickets_reset(self) -> None:
        ticket_id = self.detail.ticket_id
        if ticket_id is None:
            return
        row = self.ticket_model.row_of(ticket_id)
        if row is not None:
            self.select_ticket_row(row)
        else:
            self.detail.clear()
            self._update_side_docks(None)

    def select_ticket_row(self, row: int) -> None:
        index = self.ticket_model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _on_ticket_selection(self, _selected: QItemSelection, _deselected: QItemSelection
                             ) -> None:
        rows = self.table.selectionModel().selectedRows()
        ticket_id = self.ticket_model.ticket_id(rows[0].row()) if rows else None
        if ticket_id is None:
            self.detail.clear()
            self._update_side_docks(None)
            return
        self.show_ticket(ticket_id)

    def show_ticket(self, ticket_id: str) -> None:
        detail = queries.ticket_detail(self.db, ticket_id)
        self.detail.show_ticket(detail)
        self._update_side_docks(detail)

    def _update_side_docks(self, detail: queries.TicketDetail | None) -> None:
        """The placeholders of the later panels say something true about the selection."""
        self.ticket_shown.emit(detail.id if detail is not None else None)
        if detail is None:
            self.customer_empty.set_text(self.tr("No customer yet"),
                                         self.tr("Select a ticket to see its customer."))
            self.knowledge_empty.set_text(
                self.tr("Knowledge"), self.tr("Select a ticket to see matching articles."))
            self.script_empty.set_text(
                self.tr("No call script"), self.tr("Select a ticket to see its call script."))
            return
        if detail.customer or detail.organisation:
            self.customer_empty.set_text(
                detail.customer or detail.organisation,
                detail.organisation if detail.customer else self.tr("Organisation"))
        else:
            self.customer_empty.set_text(self.tr("No customer"),
                                         self.tr("This ticket has no customer."))
        self.knowledge_empty.set_text(self.tr("No matching articles"),
                                      self.tr("No knowledge articles match this ticket yet."))
        self.script_empty.set_text(self.tr("No call script"),
                                   self.tr("There is no call script for this queue yet."))

    def refresh_after_sync(self) -> None:
        selected = self.detail.ticket_id
        self.reload_queues()
        self.reload_views()
        self.ticket_model.refresh()
        self._update_list_header()
        if selected is not None:
            row = self.ticket_model.row_of(selected)
            if row is not None:
                self.table.selectionModel().blockSignals(True)
                self.table.setCurrentIndex(self.ticket_model.index(row, 0))
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                self.table.viewport().update()
            self.show_ticket(selected)

    # -- sync feedback ---------------------------------------------------------------
    def _on_sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.progress_label.setText(self.tr("Synchronising…"))

    def _on_sync_progressed(self, rows: int, _pages: int) -> None:
        self.progress_label.setText(self.tr("Synchronising… %Ln record(s)", "", rows))

    def _on_sync_finished(self, result: SyncResult) -> None:
        self.sync_action.setEnabled(True)
        self.progress_label.clear()
        self.sign_in_button.hide()
        self.sign_in_action.setVisible(False)
        self._update_last_sync()
        pushed = getattr(result.pushed, "sent", 0)
        if (result.rows or result.tombstones or pushed or self._refresh_after_next_sync
                or self.queue_model.rowCount() <= 1):
            self._refresh_after_next_sync = False
            self.refresh_after_sync()
        if result.rows >= BULK_ROWS:  # e.g. the first sync: statistics for the planner
            self._prepare_in_background()

    # -- the outbox ------------------------------------------------------------------
    def _on_outbox_changed(self, pending: int, attention: int) -> None:
        self.pending_label.setText(self.tr("%n change(s) waiting", "", pending))
        self.pending_label.setAccessibleName(self.pending_label.text())
        self.pending_label.setVisible(pending > 0)
        self.attention_button.setText(self.tr("%n not delivered", "", attention))
        self.attention_button.setAccessibleName(self.attention_button.text())
        self.attention_button.setVisible(attention > 0)
        title = self.tr("Not delivered")
        self.outbox_dock.setWindowTitle(f"{title} ({labels.format_number(attention)})"
                                        if attention else title)

    def _on_notices_arrived(self, items: list[Any]) -> None:
        """Say what the server remarked (e.g. a note on a ticket closed meanwhile)."""
        texts = [self.outbox_panel.model.reason_of(item.seq) for item in items]
        texts = [t for t in texts if t]
        if texts:
            self.statusBar().showMessage(" ".join(texts), 15_000)

    def _on_local_records_changed(self) -> None:
        """An outbox action changed local rows now, and the sync after it may too."""
        self._refresh_after_next_sync = True
        self.refresh_after_sync()

    def show_outbox(self) -> None:
        """Open the "Not delivered" panel and put the keyboard in its list."""
        self.outbox_dock.show()
        self.outbox_dock.raise_()
        self.outbox_panel.focus_list()

    def _on_sync_failed(self, message: str) -> None:
        self.sync_action.setEnabled(True)
        self.progress_label.setText(message)
        self.progress_label.setToolTip(message)
        self.online.setToolTip(message)

    def _on_sign_in_required(self) -> None:
        self.sign_in_action.setVisible(True)
        self.sign_in_button.show()

    def _update_last_sync(self) -> None:
        when = self.replica.last_sync_at()
        if when is None:
            self.last_sync_label.setText(self.tr("Not synchronised yet"))
        else:
            self.last_sync_label.setText(self.tr("Last sync: %1").replace(
                "%1", labels.format_time(when)))
            self.last_sync_label.setToolTip(labels.format_datetime(
                when, QLocale.FormatType.LongFormat))

    # -- dialogs ---------------------------------------------------------------------
    def _confirm_sign_out(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Sign out"),
            self.tr("Sign out of AgentDesk? The tickets stay on this computer."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.sign_out_requested.emit()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action with a shortcut, in menu order."""
        rows = []
        actions = [self.sync_action, self.sign_out_action, self.quit_action,
                   self.focus_queues_action, self.focus_tickets_action,
                   self.focus_filter_action, self.find_action, self.save_view_action,
                   *self.dock_actions, self.outbox_action, self.shortcuts_action]
        side = getattr(self, "side_panels", None)
        if side is not None:
            actions[-2:-2] = [side.find_action, side.script_action,
                              side.customer.edit_action, side.customer.save_action,
                              side.customer.dial_action, side.customer.merge_action]
            if side.edit_scripts_action.isVisible():
                actions[-2:-2] = [side.edit_scripts_action]
        agent = getattr(self, "agent_state", None)
        if agent is not None:
            actions[-2:-2] = agent.shortcut_actions()
        settings_action = getattr(self, "settings_action", None)
        if settings_action is not None:
            actions[-2:-2] = [settings_action]
        team_view = getattr(self, "team_view", None)
        if team_view is not None:
            actions[-2:-2] = [team_view.action]
        for action in actions:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if not k.isEmpty())
            if not keys:
                continue
            text = action.text().replace("&", "").rstrip("…")
            if action in self.dock_actions:
                text = self.tr("Show or hide the panel “%1”").replace("%1", text)
            elif agent is not None and action in agent.state_actions.values():
                text = self.tr("Set your status: %1").replace("%1", text)
            rows.append((text, keys))
            if action is self.save_view_action:
                first, last = (self.view_actions[i].shortcuts()[0].toString(
                    QKeySequence.SequenceFormat.NativeText) for i in (0, -1))
                rows.append((self.tr("Show one of the first nine views"),
                             f"{first} … {last}"))
        return rows

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(dialog)
        tree = QTreeWidget(dialog)
        tree.setObjectName("shortcutList")
        tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fm = tree.fontMetrics()
        row_height = fm.height() + 10
        for text, keys in self.shortcut_rows():
            item = QTreeWidgetItem(tree, [text, keys])
            for column, value in enumerate((text, keys)):
                item.setSizeHint(column, QSize(fm.horizontalAdvance(value) + 12, row_height))
        for column in (0, 1):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, tree.columnWidth(column) + 24)
        layout.addWidget(tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        width = tree.columnWidth(0) + tree.columnWidth(1) + 2 * tree.frameWidth() + 40
        rows = tree.topLevelItemCount() + 1
        height = rows * (tree.sizeHintForRow(0) + 1) + buttons.sizeHint().height() + 60
        dialog.resize(max(420, width), max(300, height))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About AgentDesk"),
            self.tr("<h3>AgentDesk %1</h3><p>The workplace for 1st, 2nd and 3rd level "
                    "support: tickets, customers, knowledge and call scripts — also when "
                    "the network is gone.</p>").replace("%1", app_version()))
