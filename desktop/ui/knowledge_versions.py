"""The published versions of a knowledge article and a side-by-side comparison of two.

The list shows revision, date, author, who published it and the change note; below it
two choosers ("older", "newer") and the comparison of their text
(:func:`desktop.domain.knowledge.diff_versions`): removed lines red on the left, added
lines green on the right, changed lines on both sides. Title, category and tags changes
are listed above the text. The newest two versions are compared at first; selecting a
version in the list compares it with the one before.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.app.kb_actions import VersionInfo
from desktop.domain.knowledge import diff_versions
from desktop.ui.labels import fill, format_datetime

COLOURS = {"delete": "#fbe0e0", "insert": "#def5de", "replace": "#fff4cc"}
LINE_NO = "color:#888;"


def _when(version: VersionInfo) -> str:
    return format_datetime(version.published_at)


def version_label(version: VersionInfo) -> str:
    return fill(QCoreApplication.translate("KnowledgeVersions", "Version %1 · %2"),
                version.revision, _when(version))


def _cell(text: str, background: str | None) -> str:
    style = f" style='background:{background}'" if background else ""
    return f"<td width='47%'{style}>&nbsp;{html.escape(text) or '&nbsp;'}</td>"


def comparison_html(old: VersionInfo, new: VersionInfo) -> str:
    """Side-by-side HTML of the changes from ``old`` to ``new``."""
    translate = QCoreApplication.translate
    parts: list[str] = []
    fields = [(translate("KnowledgeVersions", "Title"), old.title, new.title),
              (translate("KnowledgeVersions", "Category"), old.category, new.category),
              (translate("KnowledgeVersions", "Tags"), ", ".join(old.tags),
               ", ".join(new.tags))]
    changed = [(n, a, b) for n, a, b in fields if a != b]
    for name, before, after in changed:
        parts.append(f"<p><b>{html.escape(name)}:</b> "
                     f"<span style='background:{COLOURS['delete']}'>{html.escape(before)}"
                     f"</span> → <span style='background:{COLOURS['insert']}'>"
                     f"{html.escape(after)}</span></p>")
    diff = diff_versions(old.body, new.body)
    if not diff.changed:
        parts.append("<p><i>" + html.escape(translate(
            "KnowledgeVersions", "The text is the same in both versions.")) + "</i></p>")
        return "".join(parts)
    header = (f"<tr><th></th><th align='left'>{html.escape(version_label(old))}</th>"
              f"<th></th><th align='left'>{html.escape(version_label(new))}</th></tr>")
    rows = []
    for row in diff.rows:
        colour = COLOURS.get(row.kind)
        left_bg = colour if row.kind in ("delete", "replace") else None
        right_bg = colour if row.kind in ("insert", "replace") else None
        rows.append(
            f"<tr><td nowrap width='32' align='right' style='{LINE_NO}'>{row.old_number or ''}</td>"
            f"{_cell(row.old_text, left_bg)}"
            f"<td nowrap width='32' align='right' style='{LINE_NO}'>{row.new_number or ''}</td>"
            f"{_cell(row.new_text, right_bg)}</tr>")
    parts.append("<table width='100%' cellspacing='0' cellpadding='2' "
                 "style='font-family:monospace'>" + header + "".join(rows) + "</table>")
    return "".join(parts)


class KnowledgeVersionsDialog(QDialog):
    """Versions of one article (newest first) and the comparison of two."""

    COLUMNS = 5

    def __init__(self, title: str, versions: Sequence[VersionInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeVersions")
        self.setWindowTitle(self.tr("Versions of “%1”").replace("%1", title))
        self.resize(1000, 700)
        self.versions = list(versions)

        self.table = QTableWidget(len(self.versions), self.COLUMNS, self)
        self.table.setObjectName("knowledgeVersionList")
        self.table.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Published"), self.tr("Author"),
            self.tr("Published by"), self.tr("Change note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, version in enumerate(self.versions):
            values = (str(version.revision), _when(version), version.author,
                      version.published_by, version.change_note)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

        self.old_combo = QComboBox(self)
        self.old_combo.setObjectName("knowledgeVersionOld")
        self.new_combo = QComboBox(self)
        self.new_combo.setObjectName("knowledgeVersionNew")
        for combo in (self.old_combo, self.new_combo):
            for version in self.versions:
                combo.addItem(version_label(version), version.revision)
        old_caption = QLabel(self.tr("C&ompare"), self)
        old_caption.setBuddy(self.old_combo)
        new_caption = QLabel(self.tr("&with"), self)
        new_caption.setBuddy(self.new_combo)
        choose = QHBoxLayout()
        choose.setSpacing(8)
        choose.addWidget(old_caption)
        choose.addWidget(self.old_combo, 1)
        choose.addWidget(new_caption)
        choose.addWidget(self.new_combo, 1)

        self.comparison = QTextBrowser(self)
        self.comparison.setObjectName("knowledgeVersionDiff")
        self.empty = QLabel(self.tr("This article has no published version yet."), self)
        self.empty.setObjectName("knowledgeVersionsEmpty")
        self.empty.setVisible(not self.versions)

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(6)
        bottom_layout.addLayout(choose)
        bottom_layout.addWidget(self.comparison, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([180, 520])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.old_combo.currentIndexChanged.connect(self._compare)
        self.new_combo.currentIndexChanged.connect(self._compare)
        self.table.currentCellChanged.connect(self._row_chosen)
        if self.versions:
            self.compare(self.versions[min(1, len(self.versions) - 1)].revision,
                         self.versions[0].revision)
            self.table.setFocus()

    def version(self, revision: int) -> VersionInfo | None:
        return next((v for v in self.versions if v.revision == revision), None)

    def compare(self, old_revision: int, new_revision: int) -> None:
        for combo, revision in ((self.old_combo, old_revision), (self.new_combo, new_revision)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(revision), 0))
            combo.blockSignals(False)
        self._compare()

    def _row_chosen(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        if 0 <= row < len(self.versions):
            older = self.versions[min(row + 1, len(self.versions) - 1)]
            self.compare(older.revision, self.versions[row].revision)

    def _compare(self) -> None:
        old = self.version(int(self.old_combo.currentData() or 0))
        new = self.version(int(self.new_combo.currentData() or 0))
        if old is None or new is None:
            self.comparison.clear()
            return
        self.comparison.setHtml(comparison_html(old, new))
