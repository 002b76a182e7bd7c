"""Crash reports: content, scrubbing of personal data, and the hooks that write them."""

from __future__ import annotations

import os

# Before pytest-qt creates the QApplication: no screen here, and none needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.app import crash
from desktop.app.crash import CrashReporter, build_report, last_log_lines, scrub
from desktop.app.logging_setup import setup_logging


def exc_info_of(error: BaseException) -> crash.ExcInfo:
    try:
        raise error
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


@pytest.fixture
def log_dir(tmp_path: Path):
    folder = tmp_path / "logs"
    setup_logging(folder, "INFO")
    yield folder
    root = logging.getLogger("agentdesk")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("caller anna.meier@example.de rang", "anna.meier@example.de", "caller <e-mail> rang"),
    ("phone +49 30 1234567 matched", "1234567", "phone <phone> matched"),
    ("Rückruf an 030 98765432 erbeten", "98765432", "Rückruf an <phone> erbeten"),
    ("intl 0041 44 668 18 00 ok", "668 18 00", "intl <phone> ok"),
    ("Authorization: Bearer abc.def-123", "abc.def-123", "Bearer <token>"),
    ('{"refresh_token": "Zx81kQ0pLm"}', "Zx81kQ0pLm", '"refresh_token": "<secret>"'),
    ("password=geheim123&user=x", "geheim123", "password=<secret>"),
    ("https://bob:s3cret@proxy.corp:3128", "s3cret", "https://bob:<secret>@proxy.corp"),
    ("jwt eyJhbGciOi.eyJzdWIi.sig-x", "eyJhbGciOi", "jwt <token>"),
    ("key 9f8e7d6c5b4a39281716f5e4d3c2b1a0ffee", "9f8e7d6c5b4a3928", "key <token>"),
])
def test_scrub_removes_personal_data_and_secrets(text: str, gone: str, kept: str) -> None:
    result = scrub(text, home="/home/anna")
    assert gone not in result
    assert kept in result


def test_scrub_keeps_what_helps_and_is_not_personal() -> None:
    line = ("2026-11-23 15:44:25,123 INFO agentdesk.sync.api: GET /api/v1/sync/pull "
            "ticket 3f2b8c1e-9d4a-4e6f-8b7a-1c2d3e4f5a6b v 6.10.3 at 127.0.0.1:8470 line 123")
    assert scrub(line, home="/home/anna") == line


def test_scrub_hides_the_home_folder() -> None:
    text = 'File "/home/anna/.local/lib/agentdesk/x.py", line 3'
    assert scrub(text, home="/home/anna") == 'File "~/.local/lib/agentdesk/x.py", line 3'


def test_report_has_traceback_versions_and_scrubbed_log_lines(log_dir: Path) -> None:
    log = logging.getLogger("agentdesk.test")
    for number in range(60):
        log.info("line %d", number)
    log.info("caller lookup for +49 170 1234567 (maria@example.org)")
    info = exc_info_of(ValueError("customer maria@example.org not found"))
    lines = last_log_lines(log_dir)
    report = build_report(info, lines, "MainThread")
    assert len(lines) == crash.LOG_LINES
    assert report.startswith("AgentDesk crash report\n")
    for needle in ("Version: ", "Python: 3.", "Platform: ", "Qt: 6.", "Thread: MainThread",
                   "Traceback (most recent call last):", "ValueError: customer <e-mail>",
                   "in exc_info_of", "line 59", "caller lookup for <phone> (<e-mail>)"):
        assert needle in report, needle
    assert "line 10\n" not in report  # only the last 50 log lines
    assert "maria@example.org" not in report
    assert "1234567" not in report


def test_worker_thread_crash_writes_a_report_and_signals(qtbot, log_dir: Path) -> None:
    reporter = CrashReporter(log_dir)
    reporter.install()
    try:
        def work() -> None:
            raise RuntimeError("worker broke for kim@example.com")

        thread = threading.Thread(target=work, name="agentdesk-worker")
        with qtbot.waitSignal(reporter.report_written) as blocker:
            thread.start()
            thread.join()
    finally:
        reporter.uninstall()
    path, text = blocker.args
    assert Path(path).parent == log_dir
    assert Path(path).name.startswith("crash-")
    assert Path(path).read_text(encoding="utf-8") == text
    assert "Thread: agentdesk-worker" in text
    assert "RuntimeError: worker broke for <e-mail>" in text
    assert "unhandled exception in thread agentdesk-worker" in (
        log_dir / crash.LOG_FILE).read_text(encoding="utf-8")  # the log has it too


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_qt_slot_writes_a_report(qtbot, log_dir: Path) -> None:
    reporter = CrashReporter(log_dir)
    reporter.install()
    try:
        def slot() -> None:
            raise KeyError("slot failed")

        with qtbot.waitSignal(reporter.report_written) as blocker:
            QTimer.singleShot(0, slot)
    finally:
        reporter.uninstall()
    assert "KeyError: 'slot failed'" in blocker.args[1]
    assert reporter.reports == [Path(blocker.args[0])]


def test_uninstall_restores_the_previous_hooks(log_dir: Path) -> None:
    before_sys, before_threading = sys.excepthook, threading.excepthook
    reporter = CrashReporter(log_dir)
    reporter.install()
    assert sys.excepthook != before_sys
    assert threading.excepthook != before_threading
    reporter.uninstall()
    assert sys.excepthook == before_sys
    assert threading.excepthook == before_threading


def test_unwritable_log_folder_does_not_raise(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    reporter = CrashReporter(blocker / "logs")  # a folder below a file cannot exist
    assert reporter.handle(exc_info_of(OSError("disk"))) is None
    assert reporter.reports == []
