"""The dialog after an unhandled exception: the report, copy it, open its folder.

``install(log_dir)`` (called by ``run_gui``) creates the ``CrashReporter`` of
desktop/app/crash.py, hooks it into ``sys.excepthook``/``threading.excepthook`` and
shows a ``CrashDialog`` for each report (one at a time; a later report replaces the
text of an open dialog). The report is already free of personal data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.crash import CrashReporter
from desktop.ui import labels
from desktop.ui.widgets import native

COPY_KEYS = "Ctrl+Shift+C"
FOLDER_KEYS = "Ctrl+Shift+O"


class CrashDialog(QDialog):
    """Shows one crash report with "Copy report" and "Open folder"."""

    def __init__(self, path: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("AgentDesk ran into a problem"))
        self.setSizeGripEnabled(True)
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Something went wrong inside AgentDesk."), self)
        heading.setObjectName("dialogTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("dialogText")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("crashReport")
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Crash report"))
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("dialogText")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setObjectName("copyReport")
        self.copy_button.setShortcut(QKeySequence(COPY_KEYS))
        self.copy_button.setToolTip(labels.fill(
            self.tr("Copy the report to the clipboard, e.g. for an e-mail to your IT "
                    "department (%1)"), native(COPY_KEYS)))
        self.folder_button = QPushButton(self.tr("Open &folder"), self)
        self.folder_button.setObjectName("openFolder")
        self.folder_button.setShortcut(QKeySequence(FOLDER_KEYS))
        self.folder_button.setToolTip(labels.fill(
            self.tr("Open the folder with the reports and log files (%1)"),
            native(FOLDER_KEYS)))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button.clicked.connect(self.open_folder)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.copied_label)
        layout.addWidget(self.buttons)
        self.path = path
        self.show_report(path, text)
        self.copy_button.setFocus()

    def show_report(self, path: Path, text: str) -> None:
        self.path = Path(path)
        self.report_text = text
        self.intro.setText(labels.fill(self.tr(
            "A report was saved as %1. E-mail addresses, phone numbers and passwords "
            "have been removed from it. Please send it to your IT department. You can go "
            "on working, but save your work first."),
            str(self.path)))
        self.report_view.setPlainText(text)
        self.copied_label.clear()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text)
        self.copied_label.setText(self.tr("The report is on the clipboard."))

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


class CrashDialogs:
    """Shows a ``CrashDialog`` for each report the reporter writes."""

    def __init__(self, reporter: CrashReporter) -> None:
        self.reporter = reporter
        self.dialog: CrashDialog | None = None
        reporter.report_written.connect(self.show)

    def show(self, path: str, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_report(Path(path), text)
        else:
            # Top-level, without a parent: the window may be what crashed.
            self.dialog = CrashDialog(Path(path), text)
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()


def install(log_dir: Path) -> CrashDialogs:
    """Hook the crash reporter in and show its reports (call once, from ``run_gui``)."""
    reporter = CrashReporter(log_dir)
    reporter.install()
    return CrashDialogs(reporter)
