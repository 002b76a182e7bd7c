"""The main window: queues on the left, the ticket list, and docks around it."""

from __future__ import annotations

import logging
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QLocale,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
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
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import queries
from desktop.app.sync_service import SyncService
from desktop.config import Settings
from desktop.sync.localdb import LocalDatabase
from desktop.sync.replica import Replica, SyncResult
from desktop.ui import labels
from desktop.ui.outbox_panel import OutboxPanel
from desktop.ui.queue_model import QUEUE_ID_ROLE, QueueDelegate, QueueListModel
from desktop.ui.table_columns import StretchWithMinimum
from desktop.ui.ticket_detail import TicketDetailView
from desktop.ui.ticket_model import (
    COL_CUSTOMER,
    COL_OWNER,
    COL_PRIORITY,
    COL_REFERENCE,
    COL_STATUS,
    COL_TITLE,
    COL_UPDATED,
    TicketTableModel,
)
from desktop.ui.widgets import EmptyState, OnlineIndicator, icon

log = logging.getLogger("agentdesk.ui.main")

STATE_VERSION = 1
STATE_FILE = "window-state.ini"


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

    Signals:
        sign_out_requested(): File → Sign out.
        sign_in_requested(): the agent asked to sign in again (after a lost sign-in).
        closed(): the window was closed (quit).
    """

    sign_out_requested = Signal()
    sign_in_requested = Signal()
    closed = Signal()

    def __init__(self, settings: Settings, db: LocalDatabase, sync: SyncService,
                 user: dict[str, Any] | None, offline: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db = db
        self.sync = sync
        self.user = user or {}
        self.replica = Replica(db)
        self._refresh_after_next_sync = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("agentdesk"))
        name = self.user.get("display_name") or self.user.get("username") or ""
        self.setWindowTitle(self.tr("AgentDesk — %1").replace("%1", name) if name
                            else self.tr("AgentDesk"))

        self.queue_model = QueueListModel(self)
        self.ticket_model = TicketTableModel(db, self)
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
        self.queue_view.setCurrentIndex(self.queue_model.index(0, 0))
        self._update_last_sync()
        self.table.setFocus()

    # -- construction ----------------------------------------------------------------
    def _build_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)

        left = QWidget(splitter)
        left.setObjectName("queuePane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        queues_title = QLabel(self.tr("Queues"), left)
        queues_title.setObjectName("paneTitle")
        self.queue_view = QListView(left)
        self.queue_view.setObjectName("queueList")
        self.queue_view.setAccessibleName(self.tr("Queues"))
        self.queue_view.setModel(self.queue_model)
        self.queue_view.setItemDelegate(QueueDelegate(self.queue_view))
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_view.setUniformItemSizes(True)
        self.queue_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        queues_title.setBuddy(self.queue_view)
        left_layout.addWidget(queues_title)
        left_layout.addWidget(self.queue_view, 1)
        left.setMinimumWidth(170)

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
        filter_label = QLabel(self.tr("&Show:"), bar)
        self.status_filter = QComboBox(bar)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Ticket status filter"))
        self.status_filter.addItem(self.tr("Active tickets"), list(queries.ACTIVE_STATUSES))
        self.status_filter.addItem(self.tr("All tickets"), None)
        for status in queries.STATUSES:
            self.status_filter.addItem(labels.status_label(status), [status])
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filter_label.setBuddy(self.status_filter)
        bar_layout.addWidget(self.list_title)
        bar_layout.addWidget(self.list_count)
        bar_layout.addStretch(1)
        bar_layout.addWidget(filter_label)
        bar_layout.addWidget(self.status_filter)

        self.table = QTableView(right)
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
        widths = {COL_REFERENCE: fm.horizontalAdvance("T-2026-000000") + 20, COL_TITLE: 320,
                  COL_STATUS: 96, COL_PRIORITY: 64, COL_CUSTOMER: 150, COL_OWNER: 124,
                  COL_UPDATED: 84}  # the title takes the rest
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
        header.setSortIndicator(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        right_layout.addWidget(bar)
        right_layout.addWidget(self.table, 1)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([205, 800])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.queue_view.selectionModel().currentChanged.connect(self._on_queue_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
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
        self.resizeDocks([self.ticket_dock], [370], Qt.Orientation.Horizontal)
        self.resizeDocks([self.ticket_dock, self.customer_dock], [520, 240],
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
            self.tr("Go to &queues"), ["Ctrl+1"], self.queue_view.setFocus, "focusQueues")
        self.focus_tickets_action = self._action(
            self.tr("Go to &tickets"), ["Ctrl+2"], self.table.setFocus, "focusTickets")
        self.focus_filter_action = self._action(
            self.tr("Choose the status &filter"), ["Ctrl+3"], self._focus_filter,
            "focusFilter")
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
        splitter = store.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = store.value("ticket_table/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSectionResizeMode(
                COL_TITLE, QHeaderView.ResizeMode.Stretch)

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
        store.setValue("ticket_table/header", self.table.horizontalHeader().saveState())
        store.sync()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, STATE_VERSION)
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()
        self.customer_dock.raise_()
        self.table.horizontalHeader().restoreState(self._default_header)
        self.splitter.setSizes([205, max(400, self.width() - 205)])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    # -- queues and tickets ----------------------------------------------------------
    def reload_queues(self) -> None:
        current = self.current_queue_id()
        self.queue_model.set_queues(queries.queue_overview(self.db))
        row = self.queue_model.row_of(current)
        if row is not None and self.queue_view.currentIndex().row() != row:
            self.queue_view.setCurrentIndex(self.queue_model.index(row, 0))

    def current_queue_id(self) -> str | None:
        index = self.queue_view.currentIndex()
        return index.data(QUEUE_ID_ROLE) if index.isValid() else None

    def _status_filter(self) -> list[str] | None:
        data = self.status_filter.currentData()
        return list(data) if data is not None else None

    def _on_queue_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.ticket_model.set_query(current.data(QUEUE_ID_ROLE), self._status_filter())

    def _on_filter_changed(self, _index: int) -> None:
        self.ticket_model.set_query(self.ticket_model.queue_id, self._status_filter())

    def _focus_filter(self) -> None:
        self.status_filter.setFocus()
        self.status_filter.showPopup()

    def _update_list_header(self) -> None:
        index = self.queue_view.currentIndex()
        self.list_title.setText(index.data() if index.isValid() else "")
        total = self.ticket_model.total
        self.list_count.setText(self.tr("%Ln ticket(s)", "", total))
        column, order = self.ticket_model.sort_column()
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)

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
        self.progress_label.setText(self.tr("Synchronising… %1 records").replace(
            "%1", labels.format_number(rows)))

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
                   self.focus_filter_action, *self.dock_actions, self.outbox_action,
                   self.shortcuts_action]
        for action in actions:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if not k.isEmpty())
            if not keys:
                continue
            text = action.text().replace("&", "").rstrip("…")
            if action in self.dock_actions:
                text = self.tr("Show or hide the panel “%1”").replace("%1", text)
            rows.append((text, keys))
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
