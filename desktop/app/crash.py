"""Crash reports: an unhandled exception becomes a file in the log folder and a signal.

``CrashReporter.install()`` hooks ``sys.excepthook`` (the main thread, and exceptions in
Qt slots and overridden virtual methods, which PySide6 hands to ``sys.excepthook``) and
``threading.excepthook`` (worker threads). Each unhandled exception writes
``crash-<UTC time>.txt`` to the log folder — traceback, version, platform, Qt version and
the last log lines — and emits ``report_written(path, text)``, queued to the thread the
reporter lives in, so the window can offer the report (desktop/ui/crash_dialog.py).

No personal data: e-mail addresses, phone numbers, tokens and secrets, and the user's
home folder are scrubbed from the whole report (traceback and log lines alike).
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import Any

import phonenumbers
from PySide6.QtCore import QObject, Signal

log = logging.getLogger("agentdesk.crash")

LOG_FILE = "agentdesk.log"  # desktop/app/logging_setup.py writes it
LOG_LINES = 50
REPORT_PREFIX = "crash-"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[\w\-.~+/=]+")
_JWT = re.compile(r"\beyJ[\w-]+\.[\w-]+\.[\w-]*")
_SECRET_FIELD = re.compile(
    r"(?i)([\"']?\b[\w-]*(?:token|password|passwd|secret|api[_-]?key|authorization|"
    r"cookie)[\w-]*[\"']?\s*[:=]\s*)([\"']?)(?!(?:bearer|basic)\s)[^\s\"',;}&]+")
_URL_PASSWORD = re.compile(r"(\w+://[^/\s:@]+:)[^@\s/]+@")
_LONG_RANDOM = re.compile(r"(?<![\w-])[\w-]{32,}(?![\w-])")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_INTERNATIONAL = re.compile(r"(?<![\w.:/-])(?:\+|00)[1-9][\d \-/().]{6,}\d")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _random_looking(match: re.Match[str]) -> str:
    text = match.group(0)
    if _UUID.match(text):
        return text  # record ids are not personal and help to find the record
    has_digit = any(c.isdigit() for c in text)
    has_alpha = any(c.isalpha() for c in text)
    return "<token>" if has_digit and has_alpha else text


def scrub(text: str, home: str | None = None) -> str:
    """``text`` without e-mail addresses, phone numbers, tokens, secrets, home folder."""
    home = str(Path.home()) if home is None else home
    if home and len(home) > 1:
        text = text.replace(home, "~")
    text = _URL_PASSWORD.sub(r"\1<secret>@", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} <token>", text)
    text = _JWT.sub("<token>", text)
    text = _SECRET_FIELD.sub(lambda m: f"{m.group(1)}{m.group(2)}<secret>", text)
    text = _EMAIL.sub("<e-mail>", text)
    text = _INTERNATIONAL.sub("<phone>", text)
    for match in reversed(list(phonenumbers.PhoneNumberMatcher(text, "DE"))):
        text = text[:match.start] + "<phone>" + text[match.end:]
    return _LONG_RANDOM.sub(_random_looking, text)


def app_version() -> str:
    try:
        return metadata.version("agentdesk")
    except metadata.PackageNotFoundError:
        return "0.0.0+unknown"


def qt_version() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return f"{qVersion()}, PySide6 {pyside_version}"


def last_log_lines(log_dir: Path, count: int = LOG_LINES) -> list[str]:
    """The last ``count`` lines of the log file (read from its end; [] without one)."""
    path = Path(log_dir) / LOG_FILE
    try:
        with path.open("rb") as f:
            f.seek(0, 2)
            size = f.tell()
            f.seek(max(0, size - 256 * 1024))
            data = f.read()
    except OSError:
        return []
    return data.decode("utf-8", errors="replace").splitlines()[-count:]


def build_report(exc_info: ExcInfo, log_lines: list[str], thread_name: str,
                 when: dt.datetime | None = None) -> str:
    """The report's text, already scrubbed."""
    when = when or dt.datetime.now(dt.UTC)
    frozen = "yes" if getattr(sys, "frozen", False) else "no"
    lines = [
        "AgentDesk crash report",
        f"Time (UTC): {when:%Y-%m-%d %H:%M:%S}",
        f"Version: {app_version()}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {platform.platform()}",
        f"Qt: {qt_version()}",
        f"Frozen bundle: {frozen}",
        f"Thread: {thread_name}",
        "",
        "".join(traceback.format_exception(*exc_info)).rstrip(),
        "",
        f"Last {len(log_lines)} log lines:",
        *log_lines,
        "",
    ]
    return scrub("\n".join(lines))


def write_report(log_dir: Path, text: str, when: dt.datetime | None = None) -> Path:
    """Write ``text`` as a new report file in ``log_dir``; returns its path."""
    when = when or dt.datetime.now(dt.UTC)
    folder = Path(log_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{REPORT_PREFIX}{when:%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.txt"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.txt"
    path.write_text(text, encoding="utf-8")
    return path


class CrashReporter(QObject):
    """Turns unhandled exceptions into reports.

    Signals:
        report_written(str, str): path and text of a new report (delivered in the
            reporter's thread, also for crashes in worker threads).
    """

    report_written = Signal(str, str)

    def __init__(self, log_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_dir = Path(log_dir)
        self.reports: list[Path] = []
        self._previous_sys: Callable[..., Any] | None = None
        self._previous_threading: Callable[..., Any] | None = None
        self._busy = threading.local()

    def install(self) -> None:
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._threading_hook

    def uninstall(self) -> None:
        if self._previous_sys is not None and sys.excepthook == self._sys_hook:
            sys.excepthook = self._previous_sys
        if (self._previous_threading is not None
                and threading.excepthook == self._threading_hook):
            threading.excepthook = self._previous_threading
        self._previous_sys = self._previous_threading = None

    def _sys_hook(self, exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) and self._previous_sys is not None:
            self._previous_sys(exc_type, exc, tb)
            return
        self.handle((exc_type, exc, tb), threading.current_thread().name)

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle((args.exc_type, args.exc_value, args.exc_traceback), name)

    def handle(self, exc_info: ExcInfo, thread_name: str = "MainThread") -> Path | None:
        """Log the exception, write its report, emit ``report_written``."""
        if getattr(self._busy, "active", False):  # a crash while reporting a crash
            traceback.print_exception(*exc_info)
            return None
        self._busy.active = True
        try:
            for handler in logging.getLogger("agentdesk").handlers:
                handler.flush()
            lines = last_log_lines(self.log_dir)  # before the traceback is logged too
            log.critical("unhandled exception in thread %s", thread_name, exc_info=exc_info)
            text = build_report(exc_info, lines, thread_name)
            try:
                path = write_report(self.log_dir, text)
            except OSError as exc:
                log.error("cannot write the crash report to %s: %s", self.log_dir, exc)
                traceback.print_exception(*exc_info)
                return None
            self.reports.append(path)
            self.report_written.emit(str(path), text)
            return path
        finally:
            self._busy.active = False
