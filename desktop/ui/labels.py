"""Translated names of stored codes (statuses, priorities, entry kinds, channels) and
locale-aware formatting of times for the window."""

from __future__ import annotations

from datetime import datetime, timedelta

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


def entity_label(entity: str) -> str:
    """The kind of a synced record, for people ("Ticket", "Queue", ...)."""
    translate = QCoreApplication.translate
    labels = {
        "tickets": translate("Labels", "Ticket"),
        "ticket_entries": translate("Labels", "Ticket entry"),
        "queues": translate("Labels", "Queue"),
        "teams": translate("Labels", "Team"),
        "users": translate("Labels", "User"),
        "sla_policies": translate("Labels", "SLA policy"),
        "organisations": translate("Labels", "Organisation"),
        "customers": translate("Labels", "Customer"),
        "customer_phones": translate("Labels", "Phone number"),
        "customer_emails": translate("Labels", "E-mail address"),
        "kb_articles": translate("Labels", "Knowledge article"),
        "call_scripts": translate("Labels", "Call script"),
        "macros": translate("Labels", "Macro"),
        "calls": translate("Labels", "Call"),
        "agent_states": translate("Labels", "Agent status"),
        "customer_audit": translate("Labels", "Customer history"),
    }
    return labels.get(entity, entity.replace("_", " ").capitalize())


def field_label(field: str, entity: str = "") -> str:
    """A field's caption, for people ("Title", "Description", "Priority", ...)."""
    translate = QCoreApplication.translate
    if entity == "ticket_entries" and field == "body":
        return translate("Labels", "Text")
    if entity == "customer_emails" and field == "address":
        return translate("Labels", "E-mail address")
    labels = {
        "title": translate("Labels", "Title"),
        "description": translate("Labels", "Description"),
        "status": translate("Labels", "Status"),
        "priority": translate("Labels", "Priority"),
        "impact": translate("Labels", "Impact"),
        "urgency": translate("Labels", "Urgency"),
        "category": translate("Labels", "Category"),
        "channel": translate("Labels", "Channel"),
        "level": translate("Labels", "Support level"),
        "queue_id": translate("Labels", "Queue"),
        "owner_id": translate("Labels", "Owner"),
        "customer_id": translate("Labels", "Customer"),
        "organisation_id": translate("Labels", "Organisation"),
        "ticket_id": translate("Labels", "Ticket"),
        "team_id": translate("Labels", "Team"),
        "sla_policy_id": translate("Labels", "SLA policy"),
        "reference": translate("Labels", "Reference"),
        "pending_until": translate("Labels", "Pending until"),
        "solution_due": translate("Labels", "Solution due"),
        "first_response_due": translate("Labels", "First response due"),
        "name": translate("Labels", "Name"),
        "body": translate("Labels", "Text"),
        "notes": translate("Labels", "Notes"),
        "kind": translate("Labels", "Kind"),
        "salutation": translate("Labels", "Salutation"),
        "first_name": translate("Labels", "First name"),
        "last_name": translate("Labels", "Last name"),
        "customer_number": translate("Labels", "Customer number"),
        "street": translate("Labels", "Street"),
        "postal_code": translate("Labels", "Postal code"),
        "city": translate("Labels", "City"),
        "country": translate("Labels", "Country"),
        "language": translate("Labels", "Language"),
        "service_level": translate("Labels", "Service level"),
        "contact_consent": translate("Labels", "Consent to contact"),
        "e164": translate("Labels", "Phone number"),
        "label": translate("Labels", "Label"),
        "product": translate("Labels", "Product"),
        "shared": translate("Labels", "Shared"),
        "shortcut": translate("Labels", "Shortcut"),
    }
    return labels.get(field, field.replace("_", " ").capitalize())


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
    """A whole number in the interface's locale: 1,234 (English), 1.234 (German)."""
    return QLocale().toString(int(value))


def format_decimal(value: float, decimals: int = 1) -> str:
    """A decimal in the interface's locale: 1,234.5 (English), 1.234,5 (German)."""
    return QLocale().toString(float(value), "f", decimals)


def format_date(value: datetime | None) -> str:
    """The short date in the interface's locale: 11/23/26 (English), 23.11.26 (German)."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value).date(), QLocale.FormatType.ShortFormat)


def format_duration(seconds: float | None, empty: str = "\u2013") -> str:
    """A running duration as a clock, the one helper for call, state and wait times:
    ``m:ss`` below an hour, ``h:mm:ss`` from an hour on (the hours in the locale's
    digits and grouping); ``empty`` for no value."""
    if seconds is None:
        return empty
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    locale = QLocale()
    mm, ss = locale.toString(minutes).rjust(2, locale.zeroDigit()), \
        locale.toString(secs).rjust(2, locale.zeroDigit())
    if hours:
        return f"{locale.toString(hours)}:{mm}:{ss}"
    return f"{locale.toString(minutes)}:{ss}"


def format_business_time(remaining: timedelta) -> str:
    """Business time left, short: "45 min", "3 h 20 min", "1,234 h" (numbers in the
    locale); overdue with a minus sign."""
    minutes = int(abs(remaining) // timedelta(minutes=1))
    hours, rest = divmod(minutes, 60)
    translate = QCoreApplication.translate
    if hours == 0:
        text = fill(translate("TicketTableModel", "%1 min"), format_number(rest))
    elif hours < 10 and rest:
        text = fill(translate("TicketTableModel", "%1 h %2 min"), format_number(hours),
                    format_number(rest))
    else:
        text = fill(translate("TicketTableModel", "%1 h"), format_number(hours))
    return f"\u2212{text}" if remaining < timedelta(0) else text


ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


def fill(text: str, *args: object) -> str:
    """Put ``args`` into the ``%1``, ``%2`` ... places of a translated text."""
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(arg))
    return text
