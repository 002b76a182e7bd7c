"""The left pane: views (built-in, the agent's own, the team's) above the queues with
their counts; the "Save view" dialog; the column chooser of the ticket table's header.

The pane only shows and picks; the main window decides what the ticket list shows and
writes saved views through the sync service (``desktop.app.views``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import views
from desktop.ui.queue_model import QueueDelegate, QueueListModel
from desktop.ui.ticket_model import COLUMN_KEYS, column_title

VIEW_KEY_ROLE = Qt.ItemDataRole.UserRole + 11
VIEW_KIND_ROLE = Qt.ItemDataRole.UserRole + 12
HEADER_ROLE = Qt.ItemDataRole.UserRole + 13
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 14
SHORTCUT_VIEWS = 9  # Alt+1 … Alt+9

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def builtin_view_name(code: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "my_open": translate("ViewsPanel", "My open tickets"),
        "unassigned": translate("ViewsPanel", "Unassigned in my queues"),
        "escalated": translate("ViewsPanel", "Escalated to me or my level"),
        "sla_at_risk": translate("ViewsPanel", "SLA at risk"),
        "reminder_due": translate("ViewsPanel", "Pending with reminder due"),
        "recently_closed": translate("ViewsPanel", "Recently closed by me"),
    }
    return names.get(code, code)


def view_name(view: views.View) -> str:
    return builtin_view_name(view.code) if view.kind == "builtin" else view.name


def view_error_text(error: views.ViewError) -> str:
    """A translated sentence for a refused view change."""
    translate = QCoreApplication.translate
    texts = {
        "name_empty": translate("ViewsPanel", "Please give the view a name."),
        "name_too_long": translate("ViewsPanel",
                                   "The name is too long (at most %1 characters)."),
        "name_taken": translate("ViewsPanel", "You already have a view called “%1”."),
        "share_needs_supervisor": translate("ViewsPanel",
                                            "Only supervisors share views with a team."),
        "share_needs_team": translate("ViewsPanel",
                                      "You are not in a team to share the view with."),
        "view_not_found": translate("ViewsPanel", "The view no longer exists."),
        "view_not_yours": translate("ViewsPanel",
                                    "Only its owner or a supervisor can change this view."),
    }
    text = texts.get(error.code)
    if text is None:
        return translate("ViewsPanel", "The view cannot be saved: %1").replace(
            "%1", error.message)
    return text.replace("%1", str(error.params.get("maximum") or error.params.get("name")
                                  or ""))


class ViewListModel(QAbstractListModel):
    """The views as a list with section rows ("Views", "My views", "Team views");
    section rows can be neither selected nor reached with the keyboard."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, views.View | None]] = []  # (section title, view)

    def set_views(self, all_views: Sequence[views.View]) -> None:
        translate = QCoreApplication.translate
        rows: list[tuple[str, views.View | None]] = []
        sections = (("builtin", ""),
                    ("own", translate("ViewsPanel", "My views")),
                    ("team", translate("ViewsPanel", "Team views")))
        for kind, title in sections:
            members = [v for v in all_views if v.kind == kind]
            if not members:
                continue
            if title:
                rows.append((title, None))
            rows += [("", v) for v in members]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def view(self, row: int) -> views.View | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def views(self) -> list[views.View]:
        return [v for _, v in self._rows if v is not None]

    def row_of(self, key: str) -> int | None:
        for row, (_title, view) in enumerate(self._rows):
            if view is not None and view.key == key:
                return row
        return None

    def shortcut_row(self, number: int) -> int | None:
        """The row of the ``number``-th view (1-based, sections skipped)."""
        seen = 0
        for row, (_title, view) in enumerate(self._rows):
            if view is not None:
                seen += 1
                if seen == number:
                    return row
        return None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        title, view = self._rows[index.row()]
        if role == HEADER_ROLE:
            return view is None
        if view is None:
            return title if role in (Qt.ItemDataRole.DisplayRole,
                                     Qt.ItemDataRole.AccessibleTextRole) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.EditRole):
            return view_name(view)
        if role == VIEW_KEY_ROLE:
            return view.key
        if role == VIEW_KIND_ROLE:
            return view.kind
        if role == SHORTCUT_ROLE:
            number = sum(1 for _, v in self._rows[:index.row() + 1] if v is not None)
            if number <= SHORTCUT_VIEWS:
                return QKeySequence(f"Alt+{number}").toString(
                    QKeySequence.SequenceFormat.NativeText)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and view.kind == "team":
            return QCoreApplication.translate("ViewsPanel", "Shared with your team")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][1] is None:
            return Qt.ItemFlag.ItemNeverHasChildren
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class ViewDelegate(QStyledItemDelegate):
    """Section rows as small grey captions; view rows with their Alt+N on the right and
    a "team" tag for shared views."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        height = QFontMetrics(option.font).height()
        # Narrow on purpose: the list is as wide as the pane and names are elided, so
        # the hints on the right never go out of sight behind a horizontal scroll bar.
        if index.data(HEADER_ROLE):
            return QSize(40, height + 14)
        return QSize(40, max(size.height(), height + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget
        palette = opt.palette
        rect = opt.rect.adjusted(12, 0, -8, 0)
        painter.save()
        if index.data(HEADER_ROLE):
            font = QFont(opt.font)
            font.setBold(True)
            font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.85))
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled,
                                         QPalette.ColorRole.Text))
            painter.drawText(rect.adjusted(0, 0, 0, -2),
                             Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                             str(index.data()).upper())
            painter.restore()
            return
        text = opt.text
        opt.text = ""
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Text)
        hint = str(index.data(SHORTCUT_ROLE) or "")
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.85))
        right = rect.right()
        if hint:
            painter.setFont(small)
            painter.setPen(colour if selected else palette.color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            width = QFontMetrics(small).horizontalAdvance(hint)
            painter.drawText(QRect(right - width, rect.top(), width, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, hint)
            right -= width + 8
        if index.data(VIEW_KIND_ROLE) == "team":
            tag = QCoreApplication.translate("ViewsPanel", "team")
            tag_font = QFont(small)
            tag_font.setBold(True)
            fm = QFontMetrics(tag_font)
            tag_rect = QRect(right - fm.horizontalAdvance(tag) - 10,
                             rect.center().y() - (fm.height() + 2) // 2 + 1,
                             fm.horizontalAdvance(tag) + 10, fm.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.HighlightedText) if selected
                             else palette.color(QPalette.ColorRole.Mid))
            painter.drawRoundedRect(tag_rect, 4, 4)
            painter.setFont(tag_font)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected
                           else palette.color(QPalette.ColorRole.Base))
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            right = tag_rect.left() - 8
        painter.setFont(opt.font)
        painter.setPen(colour)
        name_rect = QRect(rect.left(), rect.top(), max(0, right - rect.left()), rect.height())
        elided = QFontMetrics(opt.font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                   name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         elided)
        painter.restore()


class ViewsPanel(QWidget):
    """Views above queues. Exactly one entry of the two lists is current.

    Signals:
        view_chosen(str): the agent picked a view (its key).
        queue_chosen(object): the agent picked a queue (its id; None: all tickets).
        rename_requested(str), delete_requested(str): for a saved view (its key).
    """

    view_chosen = Signal(str)
    queue_chosen = Signal(object)
    rename_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, queue_model: QueueListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePane")
        self.view_model = ViewListModel(self)
        self.queue_model = queue_model
        self._editable: Callable[[str], bool] = lambda _key: False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("paneSplitter")
        split.setChildrenCollapsible(False)
        split.setHandleWidth(1)

        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        views_title = QLabel(self.tr("Views"), top)
        views_title.setObjectName("paneTitle")
        self.views_title = views_title
        self.view_list = QListView(top)
        self.view_list.setObjectName("viewList")
        self.view_list.setAccessibleName(self.tr("Views"))
        self.view_list.setModel(self.view_model)
        self.view_list.setItemDelegate(ViewDelegate(self.view_list))
        self.view_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view_list.customContextMenuRequested.connect(self._view_menu)
        views_title.setBuddy(self.view_list)
        top_layout.addWidget(views_title)
        top_layout.addWidget(self.view_list, 1)

        bottom = QWidget(split)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(0)
        queues_title = QLabel(self.tr("Queues"), bottom)
        queues_title.setObjectName("paneTitle")
        self.queue_list = QListView(bottom)
        self.queue_list.setObjectName("queueList")
        self.queue_list.setAccessibleName(self.tr("Queues"))
        self.queue_list.setModel(queue_model)
        self.queue_list.setItemDelegate(QueueDelegate(self.queue_list))
        self.queue_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_list.setUniformItemSizes(True)
        self.queue_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        queues_title.setBuddy(self.queue_list)
        bottom_layout.addWidget(queues_title)
        bottom_layout.addWidget(self.queue_list, 1)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.splitter = split
        layout.addWidget(split)

        self.rename_action = QAction(self.tr("&Rename view…"), self)
        self.rename_action.setObjectName("renameView")
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(lambda: self._emit_for_current(
            self.rename_requested))
        self.delete_action = QAction(self.tr("&Delete view…"), self)
        self.delete_action.setObjectName("deleteView")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self._emit_for_current(
            self.delete_requested))
        self.view_list.addAction(self.rename_action)
        self.view_list.addAction(self.delete_action)

        self.view_list.selectionModel().currentChanged.connect(self._on_view_current)
        self.queue_list.selectionModel().currentChanged.connect(self._on_queue_current)

    # -- contents --------------------------------------------------------------------
    def set_views(self, all_views: Sequence[views.View],
                  editable: Callable[[str], bool]) -> None:
        """New list of views; the current one stays current when it is still there."""
        key = self.current_view_key()
        self._editable = editable
        blocker = self.view_list.selectionModel().blockSignals(True)
        self.view_model.set_views(all_views)
        self.view_list.selectionModel().blockSignals(blocker)
        if key is not None:
            row = self.view_model.row_of(key)
            if row is not None:
                self._select(self.view_list, self.view_model.index(row, 0), emit=False)
        self._fit_views()

    def _fit_views(self) -> None:
        """Give the views list the height of its rows (up to half the pane)."""
        rows = self.view_model.rowCount()
        height = (sum(self.view_list.sizeHintForRow(r) for r in range(rows))
                  + 2 * self.view_list.frameWidth() + 4)
        top = height + self.views_title.sizeHint().height()
        total = self.splitter.height()
        if total <= 1:
            return
        wanted = min(top, max(total * 3 // 5, 160))
        self.splitter.setSizes([wanted, max(1, total - wanted)])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_views()

    # -- current ---------------------------------------------------------------------
    def current_view_key(self) -> str | None:
        index = self.view_list.currentIndex()
        return index.data(VIEW_KEY_ROLE) if index.isValid() else None

    def select_view(self, key: str, emit: bool = True) -> bool:
        row = self.view_model.row_of(key)
        if row is None:
            return False
        self._select(self.view_list, self.view_model.index(row, 0), emit)
        return True

    def select_view_number(self, number: int) -> bool:
        row = self.view_model.shortcut_row(number)
        if row is None:
            return False
        self._select(self.view_list, self.view_model.index(row, 0), emit=True)
        return True

    def select_queue(self, queue_id: str | None, emit: bool = True) -> bool:
        row = self.queue_model.row_of(queue_id)
        if row is None:
            return False
        self._select(self.queue_list, self.queue_model.index(row, 0), emit)
        return True

    def _select(self, view: QListView, index: QModelIndex, emit: bool) -> None:
        other = self.queue_list if view is self.view_list else self.view_list
        blocked = [other.selectionModel().blockSignals(True)]
        other.selectionModel().clearSelection()
        other.selectionModel().setCurrentIndex(QModelIndex(),
                                               other.selectionModel().SelectionFlag.Clear)
        other.selectionModel().blockSignals(blocked[0])
        if not emit:
            was = view.selectionModel().blockSignals(True)
            view.setCurrentIndex(index)
            view.selectionModel().blockSignals(was)
            view.viewport().update()
            return
        if view.currentIndex() == index:
            self._announce(view, index)
        else:
            view.setCurrentIndex(index)

    def _announce(self, view: QListView, index: QModelIndex) -> None:
        if view is self.view_list:
            key = index.data(VIEW_KEY_ROLE)
            if key:
                self.view_chosen.emit(key)
        else:
            self.queue_chosen.emit(self.queue_model.queue_id(index.row()))

    def _on_view_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(VIEW_KEY_ROLE):
            self._select(self.view_list, current, emit=False)
            self.view_chosen.emit(current.data(VIEW_KEY_ROLE))

    def _on_queue_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._select(self.queue_list, current, emit=False)
            self.queue_chosen.emit(self.queue_model.queue_id(current.row()))

    # -- saved views: rename, delete -------------------------------------------------
    def _emit_for_current(self, signal: Any) -> None:
        key = self.current_view_key()
        if key and self._editable(key):
            signal.emit(key)

    def _view_menu(self, pos: QPoint) -> None:
        index = self.view_list.indexAt(pos)
        key = index.data(VIEW_KEY_ROLE) if index.isValid() else None
        if not key or not self._editable(key):
            return
        self._select(self.view_list, index, emit=True)
        menu = QMenu(self)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.popup(self.view_list.viewport().mapToGlobal(pos))
        self.context_menu = menu


class SaveViewDialog(QDialog):
    """Name a view; supervisors may share it with their team. Also used to rename."""

    def __init__(self, parent: QWidget | None, name: str = "", *, may_share: bool = False,
                 has_team: bool = False, shared: bool = False, rename: bool = False,
                 existing: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveViewDialog")
        self.setWindowTitle(self.tr("Rename view") if rename else self.tr("Save view"))
        self._existing = existing or (lambda _name: False)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("viewName")
        self.name_edit.setMaxLength(views.NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("For example: Printers in my queues"))
        self.name_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 40))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.share_box = QCheckBox(self.tr("&Share with my team"), self)
        self.share_box.setObjectName("shareView")
        self.share_box.setChecked(shared)
        self.share_box.setVisible(may_share and not rename)
        self.share_box.setEnabled(has_team)
        if may_share and not has_team:
            self.share_box.setToolTip(self.tr("You are not in a team."))
        form.addRow("", self.share_box)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setObjectName("dialogHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        if rename:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
                self.tr("&Rename"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.name_edit.selectAll()
        self._update()

    @property
    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    @property
    def share(self) -> bool:
        return not self.share_box.isHidden() and self.share_box.isChecked()

    def _update(self) -> None:
        name = self.name
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(name))
        replacing = bool(name) and self._existing(name)
        self.hint.setText(self.tr("You have a view with this name: saving replaces it.")
                          if replacing else "")
        self.hint.setVisible(replacing)

    def show_error(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()


class ColumnChooser:
    """The ticket table header's context menu: a check box per column. Reference and
    title always stay."""

    def __init__(self, header: QHeaderView,
                 changed: Callable[[list[str]], None]) -> None:
        self.header = header
        self.changed = changed
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        self.menu: QMenu | None = None

    def visible_keys(self) -> list[str]:
        """The visible columns in their on-screen order."""
        header = self.header
        out = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                out.append(COLUMN_KEYS[logical])
        return out

    def build_menu(self) -> QMenu:
        menu = QMenu(self.header)
        menu.setObjectName("columnMenu")
        title = menu.addAction(QCoreApplication.translate("ViewsPanel", "Columns"))
        title.setEnabled(False)
        menu.addSeparator()
        # the columns as they stand on screen, then the hidden ones
        shown = [COLUMN_KEYS.index(k) for k in self.visible_keys()]
        order = shown + [c for c in range(len(COLUMN_KEYS)) if c not in shown]
        for logical in order:
            key = COLUMN_KEYS[logical]
            action = menu.addAction(column_title(key))
            action.setObjectName(f"column_{key}")
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(logical))
            action.setEnabled(key not in views.REQUIRED_COLUMNS)
            action.toggled.connect(lambda on, k=key: self.toggle(k, on))
        self.menu = menu
        return menu

    def show_menu(self, pos: QPoint) -> None:
        self.build_menu().popup(self.header.mapToGlobal(pos))

    def toggle(self, key: str, visible: bool) -> None:
        if key in views.REQUIRED_COLUMNS:
            return
        keys = self.visible_keys()
        if visible and key not in keys:
            keys.append(key)
        elif not visible:
            keys = [k for k in keys if k != key]
        self.changed(keys)


def apply_columns(header: QHeaderView, keys: Sequence[str]) -> None:
    """Show ``keys`` in this order (other columns hidden, after them)."""
    wanted = [COLUMN_KEYS.index(k) for k in keys if k in COLUMN_KEYS]
    order = wanted + [c for c in range(len(COLUMN_KEYS)) if c not in wanted]
    for visual, logical in enumerate(order):
        current = header.visualIndex(logical)
        if current != visual:
            header.moveSection(current, visual)
    for logical in range(len(COLUMN_KEYS)):
        hidden = logical not in wanted
        if header.isSectionHidden(logical) != hidden:
            header.setSectionHidden(logical, hidden)
