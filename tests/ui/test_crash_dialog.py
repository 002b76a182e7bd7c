"""The crash dialog: shows the report, copies it to the clipboard, opens its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from desktop.app.crash import CrashReporter
from desktop.ui.crash_dialog import CrashDialog, CrashDialogs

REPORT = "AgentDesk crash report\nVersion: 0.1.0\n\nTraceback ...\nValueError: <e-mail>\n"


def test_copy_puts_the_report_on_the_clipboard(qtbot, tmp_path: Path) -> None:
    QGuiApplication.clipboard().setText("something else")
    dialog = CrashDialog(tmp_path / "crash-20261123-150000.txt", REPORT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.report_view.toPlainText() == REPORT
    assert str(tmp_path / "crash-20261123-150000.txt") in dialog.intro.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == REPORT
    assert dialog.copied_label.text() == "The report is on the clipboard."
    dialog.grab().save(str(tmp_path / "crash-dialog.png"))


def test_copy_by_keyboard(qtbot, tmp_path: Path) -> None:
    QGuiApplication.clipboard().clear()
    dialog = CrashDialog(tmp_path / "crash.txt", REPORT)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    # A button's shortcut clicks it "animated", after a short delay.
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == REPORT)
    assert "Ctrl+Shift+C" in dialog.copy_button.toolTip()


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_opens_the_log_folder(qtbot, tmp_path: Path) -> None:
    catcher = _UrlCatcher()  # Qt's own hook for "file" URLs: no file manager here
    QDesktopServices.setUrlHandler("file", catcher, "open")  # type: ignore[arg-type]
    try:
        dialog = CrashDialog(tmp_path / "logs" / "crash.txt", REPORT)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(tmp_path / "logs")]


def test_a_report_opens_the_dialog_and_a_second_reuses_it(qtbot, tmp_path: Path) -> None:
    reporter = CrashReporter(tmp_path / "logs")
    dialogs = CrashDialogs(reporter)
    try:
        raise ValueError("first")
    except ValueError as exc:
        first = reporter.handle((type(exc), exc, exc.__traceback__))
    assert first is not None and dialogs.dialog is not None
    qtbot.addWidget(dialogs.dialog)
    assert dialogs.dialog.isVisible()
    assert "ValueError: first" in dialogs.dialog.report_view.toPlainText()
    shown = dialogs.dialog
    try:
        raise KeyError("second")
    except KeyError as exc:
        reporter.handle((type(exc), exc, exc.__traceback__))
    assert dialogs.dialog is shown
    assert "KeyError: 'second'" in shown.report_view.toPlainText()
