"""Translated names of stored codes (statuses, priorities, entry kinds, channels) and
locale-aware formatting of times for the window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QColor

CONTEXT = "Labels"


def status_label(status: str) -> str:
    labels = {
        "new": QCoreApplication.translate("Labels", "New"),
        "open": QCoreApplication.translate("Labels", "Open"),
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    return labels.get(status, status)


def priority_label(priority: int) -> str:
    labels = {
        1: QCoreApplication.translate("Labels", "Critical"),
        2: QCoreApplication.translate("Labels", "High"),
        3: QCoreApplication.translate("Labels", "Medium"),
        4: QCoreApplication.translate("Labels", "Low"),
        5: QCoreApplication.translate("Labels", "Planning"),
    }
    return labels.get(priority, str(priority))


def priority_short(priority: int) -> str:
    return f"P{priority}"


def entry_kind_label(kind: str) -> str:
    labels = {
        "call": QCoreApplication.translate("Labels", "Call"),
        "call_log": QCoreApplication.translate("Labels", "Call"),
        "note": QCoreApplication.translate("Labels", "Note"),
        "customer_reply": QCoreApplication.translate("Labels", "Customer reply"),
        "customer_message": QCoreApplication.translate("Labels", "Customer message"),
        "reply": QCoreApplication.translate("Labels", "Reply"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "transcript": QCoreApplication.translate("Labels", "Script transcript"),
        "script_transcript": QCoreApplication.translate("Labels", "Script transcript"),
        "escalation": QCoreApplication.translate("Labels", "Escalation hand-over"),
        "handover": QCoreApplication.translate("Labels", "Escalation hand-over"),
        "status_change": QCoreApplication.translate("Labels", "Status change"),
    }
    return labels.get(kind, kind.replace("_", " ").capitalize())


def channel_label(channel: str) -> str:
    labels = {
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "web": QCoreApplication.translate("Labels", "Web form"),
        "chat": QCoreApplication.translate("Labels", "Chat"),
        "walk_in": QCoreApplication.translate("Labels", "In person"),
    }
    return labels.get(channel, channel)


def level_label(level: int) -> str:
    return QCoreApplication.translate("Labels", "Level %1").replace("%1", str(level))


# Status colours: restrained, readable on white and as a small dot.
STATUS_COLOURS = {
    "new": "#2f6fdf",
    "open": "#2e9d5b",
    "pending": "#d99a1e",
    "resolved": "#7a8794",
    "closed": "#aab3bc",
}
PRIORITY_COLOURS = {1: "#b3261e", 2: "#c05a00"}


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#7a8794"))


def to_qdatetime(value: datetime) -> QDateTime:
    """A timezone-aware datetime as local QDateTime (naive values are taken as UTC)."""
    millis = int(value.timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(millis)  # local time


def format_datetime(value: datetime | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat
                    ) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), fmt)


def format_time(value: datetime | None) -> str:
    """Time of day, with the date when it is not today."""
    if value is None:
        return ""
    local = to_qdatetime(value)
    locale = QLocale()
    if local.date() == QDateTime.currentDateTime().date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def format_short(value: datetime | None) -> str:
    """For a narrow column: the time when it is today, else the short date."""
    if value is None:
        return ""
    local = to_qdatetime(value)
    locale = QLocale()
    if local.date() == QDateTime.currentDateTime().date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local.date(), QLocale.FormatType.ShortFormat)


def format_number(value: int) -> str:
    return QLocale().toString(value)


ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
