"""The "Ticket" dock: the selected ticket's fields, description and timeline."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.app.queries import TicketDetail
from desktop.ui import labels
from desktop.ui.widgets import EmptyState, repolish


class TicketDetailView(QStackedWidget):
    """Empty state until a ticket is shown; then header, fields and timeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDetail")
        self.ticket_id: str | None = None
        self.empty = EmptyState(
            "ticket", self.tr("No ticket selected"),
            self.tr("Select a ticket in the list to see its details and timeline."), self)
        self.addWidget(self.empty)

        page = QWidget(self)
        page.setObjectName("ticketPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(8)

        self.reference = QLabel(page)
        self.reference.setObjectName("ticketReference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLabel(page)
        self.title.setObjectName("ticketTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        chips = QHBoxLayout()
        chips.setSpacing(6)
        self.status_chip = QLabel(page)
        self.status_chip.setObjectName("statusChip")
        self.priority_chip = QLabel(page)
        self.priority_chip.setObjectName("priorityChip")
        chips.addWidget(self.status_chip)
        chips.addWidget(self.priority_chip)
        chips.addStretch(1)

        fields = QFormLayout()
        fields.setHorizontalSpacing(14)
        fields.setVerticalSpacing(4)
        fields.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("customer", self.tr("Customer")),
            ("queue", self.tr("Queue")),
            ("owner", self.tr("Owner")),
            ("channel", self.tr("Channel")),
            ("created", self.tr("Created")),
            ("updated", self.tr("Updated")),
            ("due", self.tr("Solution due")),
        ):
            value = QLabel(page)
            value.setObjectName("fieldValue")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption_label = QLabel(caption, page)
            caption_label.setObjectName("fieldCaption")
            caption_label.setBuddy(value)
            fields.addRow(caption_label, value)
            self.values[key] = value

        line = QFrame(page)
        line.setObjectName("separator")
        line.setFrameShape(QFrame.Shape.HLine)

        self.timeline = QTextBrowser(page)
        self.timeline.setObjectName("ticketTimeline")
        self.timeline.setOpenLinks(False)
        self.timeline.setAccessibleName(self.tr("Description and timeline"))
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)

        outer.addWidget(self.reference)
        outer.addWidget(self.title)
        outer.addLayout(chips)
        outer.addSpacing(4)
        outer.addLayout(fields)
        outer.addWidget(line)
        outer.addWidget(self.timeline, 1)
        self.page = page
        self.addWidget(page)
        self.setCurrentWidget(self.empty)

    def clear(self) -> None:
        self.ticket_id = None
        self.setCurrentWidget(self.empty)

    def show_ticket(self, detail: TicketDetail | None) -> None:
        if detail is None:
            self.clear()
            return
        self.ticket_id = detail.id
        self.reference.setText(detail.reference)
        self.title.setText(detail.title)
        self.title.setAccessibleName(detail.title)
        self.status_chip.setText(labels.status_label(detail.status))
        self.status_chip.setProperty("status", detail.status)
        repolish(self.status_chip)
        self.priority_chip.setText(f"{labels.priority_short(detail.priority)} · "
                                   f"{labels.priority_label(detail.priority)}")
        self.priority_chip.setProperty("priority", str(detail.priority))
        repolish(self.priority_chip)
        customer = detail.customer
        if detail.organisation and detail.organisation not in customer:
            customer = f"{customer} ({detail.organisation})" if customer else detail.organisation
        dash = "–"
        self.values["customer"].setText(customer or dash)
        queue = detail.queue or dash
        self.values["queue"].setText(f"{queue} · {labels.level_label(detail.level)}")
        self.values["owner"].setText(detail.owner or self.tr("Unassigned"))
        self.values["channel"].setText(labels.channel_label(detail.channel) or dash)
        self.values["created"].setText(labels.format_datetime(detail.created_at) or dash)
        self.values["updated"].setText(labels.format_datetime(detail.updated_at) or dash)
        self.values["due"].setText(labels.format_datetime(detail.solution_due) or dash)
        self.timeline.setHtml(self._timeline_html(detail))
        self.setCurrentWidget(self.page)

    def _timeline_html(self, detail: TicketDetail) -> str:
        parts = ["<style>"
                 "h3 { font-size: medium; color: #4a5561; margin: 12px 0 4px 0; }"
                 ".meta { color: #6b7885; }"
                 ".kind { font-weight: 600; color: #24303c; }"
                 "p { margin: 2px 0 10px 0; }"
                 "</style>"]
        description = html.escape(self.tr("Description"))
        no_description = html.escape(self.tr("No description."))
        timeline = html.escape(self.tr("Timeline"))
        no_entries = html.escape(self.tr("No entries yet."))
        parts.append(f"<h3>{description}</h3>")
        if detail.description.strip():
            parts.append(f"<p>{_paragraphs(detail.description)}</p>")
        else:
            parts.append(f"<p class='meta'>{no_description}</p>")
        parts.append(f"<h3>{timeline} "
                     f"<span class='meta'>({labels.format_number(len(detail.entries))})"
                     "</span></h3>")
        if not detail.entries:
            parts.append(f"<p class='meta'>{no_entries}</p>")
        for entry in reversed(detail.entries):  # newest first, like a phone log
            meta = " · ".join(x for x in (entry.author,
                                          labels.format_datetime(entry.created_at)) if x)
            parts.append(
                f"<div><span class='kind'>{html.escape(labels.entry_kind_label(entry.kind))}"
                f"</span> <span class='meta'>{html.escape(meta)}</span></div>"
                f"<p>{_paragraphs(entry.body) or '&nbsp;'}</p>")
        return "".join(parts)


def _paragraphs(text: str) -> str:
    return html.escape(text.strip()).replace("\n", "<br>")
