"""Showing and editing single fields of synced records, for the conflict and retry forms.

``FieldKit`` knows, for a field of an entity, its caption, how to show a stored value
to people (a status as "Open", an owner id as the owner's name) and which editor fits
(a combo box for codes, a multi-line editor for long text, a spin box for numbers).
The editors hand back values of the column's type, ready for ``LocalWriter``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy import Boolean, Integer, Text
from sqlalchemy.sql.schema import Column

from desktop.app import queries
from desktop.models import SYNCED_TABLES
from desktop.models.types import Timestamp, from_wire_time
from desktop.sync.localdb import LocalDatabase
from desktop.ui import labels

CHANNELS = ("phone", "email", "web", "chat", "walk_in")
# Text columns that hold JSON for programs, not text for people.
MACHINE_FIELDS = {"data", "targets", "tags", "definition", "actions"}
READ_ONLY_FIELDS = {"id", "version", "created_by", "created_at", "updated_at",
                    "reference", "author_id", "ticket_id", "customer_id", "organisation_id",
                    "resolved_at", "closed_at", "first_responded_at"}


def _empty() -> str:
    return QCoreApplication.translate("FieldEditors", "(empty)")


class FieldEditor(QObject):
    """One editor widget with typed ``value()``/``set_value()``.

    Signals:
        edited(): the agent (or ``set_value``) changed the value.
    """

    edited = Signal()

    def __init__(self, widget: QWidget, getter: Callable[[], Any],
                 setter: Callable[[Any], None], multiline: bool = False) -> None:
        super().__init__(widget)
        self.widget = widget
        self._get = getter
        self._set = setter
        self.multiline = multiline

    def value(self) -> Any:
        return self._get()

    def set_value(self, value: Any) -> None:
        self._set(value)


class FieldKit:
    """Captions, display texts and editors for the fields of one local database."""

    def __init__(self, db: LocalDatabase) -> None:
        self.db = db
        self._choices: dict[str, list[tuple[Any, str]]] = {}

    # -- facts about a field -------------------------------------------------------------
    @staticmethod
    def column(entity: str, field: str) -> Column[Any] | None:
        table = SYNCED_TABLES.get(entity)
        if table is None or field not in table.c:
            return None
        return table.c[field]

    def caption(self, entity: str, field: str) -> str:
        return labels.field_label(field, entity)

    def is_multiline(self, entity: str, field: str) -> bool:
        column = self.column(entity, field)
        return column is not None and isinstance(column.type, Text)

    def is_editable(self, entity: str, field: str) -> bool:
        """Whether an agent sensibly edits this field in a form."""
        column = self.column(entity, field)
        if column is None or field in READ_ONLY_FIELDS or field in MACHINE_FIELDS:
            return False
        return not isinstance(column.type, Timestamp)

    def choices(self, entity: str, field: str) -> list[tuple[Any, str]] | None:
        """(value, caption) pairs when the field takes one of a few values."""
        if entity == "tickets" and field == "status":
            return [(s, labels.status_label(s)) for s in queries.STATUSES]
        if entity == "tickets" and field == "priority":
            return [(p, f"{labels.priority_short(p)} · {labels.priority_label(p)}")
                    for p in range(1, 6)]
        if field in {"impact", "urgency"}:
            return [(v, str(v)) for v in range(1, 6)]
        if field == "channel":
            return [(c, labels.channel_label(c)) for c in CHANNELS]
        if field == "level" and entity in {"tickets", "queues"}:
            return [(v, labels.level_label(v)) for v in (1, 2, 3)]
        if field == "queue_id":
            return self._cached("queues", lambda: queries.queue_choices(self.db))
        if field == "owner_id":
            nobody = QCoreApplication.translate("FieldEditors", "Unassigned")
            return [(None, nobody),
                    *self._cached("users", lambda: queries.user_choices(self.db))]
        return None

    def _cached(self, key: str, load: Callable[[], list[tuple[str, str]]]
                ) -> list[tuple[Any, str]]:
        if key not in self._choices:
            self._choices[key] = list(load())
        return self._choices[key]

    # -- showing -------------------------------------------------------------------------
    def display(self, entity: str, field: str, value: Any) -> str:
        """The value as people read it ("" stays visible as "(empty)")."""
        if value is None or value == "":
            return _empty()
        for choice, caption in self.choices(entity, field) or []:
            if choice == value:
                return caption
        column = self.column(entity, field)
        if column is not None:
            if isinstance(column.type, Timestamp):
                try:
                    return labels.format_datetime(from_wire_time(str(value)))
                except ValueError:
                    return str(value)
            if isinstance(column.type, Boolean):
                return (QCoreApplication.translate("FieldEditors", "Yes") if value
                        else QCoreApplication.translate("FieldEditors", "No"))
        return str(value)

    # -- editing -------------------------------------------------------------------------
    def editor(self, entity: str, field: str, parent: QWidget) -> FieldEditor:
        column = self.column(entity, field)
        nullable = column is None or bool(column.nullable)
        caption = self.caption(entity, field)
        choices = self.choices(entity, field)
        if choices is not None:
            return self._combo(choices, caption, parent)
        if column is not None and isinstance(column.type, Boolean):
            box = QCheckBox(caption, parent)
            box.setAccessibleName(caption)
            editor = FieldEditor(box, box.isChecked, lambda v: box.setChecked(bool(v)))
            box.toggled.connect(editor.edited)
            return editor
        if column is not None and isinstance(column.type, Integer):
            spin = QSpinBox(parent)
            spin.setRange(-2_000_000_000, 2_000_000_000)
            spin.setAccessibleName(caption)
            editor = FieldEditor(spin, spin.value, lambda v: spin.setValue(int(v or 0)))
            spin.valueChanged.connect(editor.edited)
            return editor
        if self.is_multiline(entity, field):
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setAccessibleName(caption)

            def get_text() -> Any:
                value = text.toPlainText()
                return None if value == "" and nullable else value

            editor = FieldEditor(text, get_text, lambda v: text.setPlainText(
                "" if v is None else str(v)), multiline=True)
            text.textChanged.connect(editor.edited)
            return editor
        line = QLineEdit(parent)
        line.setAccessibleName(caption)
        if column is not None:
            length = getattr(column.type, "length", None)
            if isinstance(length, int):
                line.setMaxLength(length)

        def get_line() -> Any:
            value = line.text()
            return None if value == "" and nullable else value

        def set_line(value: Any) -> None:
            line.setText("" if value is None else str(value))
            line.setCursorPosition(0)  # show the beginning of a long text

        editor = FieldEditor(line, get_line, set_line)
        line.textChanged.connect(editor.edited)
        return editor

    @staticmethod
    def _combo(choices: list[tuple[Any, str]], caption: str, parent: QWidget
               ) -> FieldEditor:
        combo = QComboBox(parent)
        combo.setAccessibleName(caption)
        for value, text in choices:
            combo.addItem(text, value)

        def set_combo(value: Any) -> None:
            for i in range(combo.count()):
                if combo.itemData(i) == value:
                    combo.setCurrentIndex(i)
                    return
            combo.addItem(str(value), value)  # a value this client does not know
            combo.setCurrentIndex(combo.count() - 1)

        editor = FieldEditor(combo, combo.currentData, set_combo)
        combo.currentIndexChanged.connect(editor.edited)
        return editor
