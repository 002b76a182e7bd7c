"""Logging: named loggers under ``agentdesk``, a rotating file, and Qt's own messages.

Like qutebrowser's ``utils/qtlog.py``, Qt's messages (``qWarning`` and friends from
inside Qt) go through ``qInstallMessageHandler`` into the logger ``agentdesk.qt``, so
they land in the same file as ours.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

ROOT = "agentdesk"
LOG_FILE = "agentdesk.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

qt_log = logging.getLogger(f"{ROOT}.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_TAG = "agentdesk-handler"


def qt_message_handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route one Qt message into ``agentdesk.qt`` (with Qt's category when it has one)."""
    level = _QT_LEVELS.get(msg_type, logging.WARNING)
    category = context.category if context is not None else None
    if category and category != "default":
        qt_log.log(level, "[%s] %s", category, message)
    else:
        qt_log.log(level, "%s", message)


def setup_logging(log_dir: Path, level: str) -> None:
    """Configure the ``agentdesk`` loggers. Calling it again replaces our handlers."""
    root = logging.getLogger(ROOT)
    root.setLevel(getattr(logging, str(level).upper(), logging.INFO))
    root.propagate = False
    for handler in list(root.handlers):
        if getattr(handler, _TAG, False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(FORMAT)

    try:
        log_dir = Path(log_dir)
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler | None = logging.handlers.RotatingFileHandler(
            log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        file_handler = None
        print(f"agentdesk: cannot write the log file in {log_dir}: {exc}", file=sys.stderr)
    if file_handler is not None:
        file_handler.setFormatter(formatter)
        setattr(file_handler, _TAG, True)
        root.addHandler(file_handler)

    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.WARNING)
    stderr_handler.setFormatter(formatter)
    setattr(stderr_handler, _TAG, True)
    root.addHandler(stderr_handler)

    qInstallMessageHandler(qt_message_handler)
