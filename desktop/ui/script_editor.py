"""The call-script editor for supervisors and admins: a step list, a form per step,
a branch table, validation messages, a preview that runs the script, drafts,
publishing (a new revision), YAML import and export.

``ScriptEditor(db, editor, script_id=None, parent)`` opens a script revision (its
definition is edited; publishing makes the next revision of the same key) or, without
``script_id``, a new script. It is a window of its own (``show()``), never modal.

Branch conditions are typed in a short form, one condition per ``;`` (all must hold),
empty for the default branch: ``device = Drucker``, ``error_shown = yes``,
``affected >= 10``, ``device != Telefon``, ``device in Drucker|Laptop``. Values are read
by the question's type (yes/no, numbers, text).
"""

from __future__ import annotations

import copy
import json
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app import queries
from desktop.app.script_runs import Editor, ScriptInvalid, ScriptRunService, outcome_labels
from desktop.domain import scripts as sd
from desktop.domain.script_yaml import ScriptDocument, ScriptYamlError, dump_script, load_script
from desktop.sync.localdb import LocalDatabase
from desktop.ui import labels
from desktop.ui.labels import fill
from desktop.ui.script_panel import ScriptPanel

log = logging.getLogger("agentdesk.ui.script_editor")

PREVIEW_CONTEXT = {
    "customer.salutation": "Frau",
    "customer.first_name": "Monika",
    "customer.last_name": "Musterfrau",
    "customer.name": "Monika Musterfrau",
    "customer.number": "K-12345",
    "customer.organisation": "Musterfirma GmbH",
    "ticket.reference": "T-2026-000001",
    "ticket.title": "Beispielticket",
    "ticket.category": "Beispiel",
    "agent.name": "Alex Beispiel",
    "agent.first_name": "Alex",
    "call.caller_number": "+49891234567",
    "call.dialled_number": "+498921094000",
    "today": "2026-01-01",
}
BLANK_STEP: dict[str, Any] = {"text": "", "outcome": "solved"}


translate = QCoreApplication.translate




def issue_message(issue: sd.Issue) -> str:
    """A validation problem in the user's language."""
    p = issue.params
    step = p.get("step", "")
    texts: dict[str, str] = {
        "no_steps": translate("ScriptEditor", "The script has no steps."),
        "no_start": fill(
            translate("ScriptEditor", "The start step \u201c%1\u201d does not exist."),
            p.get("start"),
        ),
        "invalid_step_id": fill(
            translate(
                "ScriptEditor",
                "The step id \u201c%1\u201d may only use letters, digits, _ . and - (at most 80).",
            ),
            step,
        ),
        "invalid_question_id": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: the question id \u201c%2\u201d "
                "may only use letters, digits and _.",
            ),
            step,
            p.get("question"),
        ),
        "duplicate_question": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: the question id \u201c%2\u201d "
                "is used more than once in the script.",
            ),
            step,
            p.get("question"),
        ),
        "unknown_question_type": fill(
            translate(
                "ScriptEditor", "Step \u201c%1\u201d: question \u201c%2\u201d has an unknown type."
            ),
            step,
            p.get("question"),
        ),
        "question_without_choices": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: question \u201c%2\u201d has no answers to choose from.",
            ),
            step,
            p.get("question"),
        ),
        "duplicate_choice": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: question \u201c%2\u201d lists \u201c%3\u201d twice.",
            ),
            step,
            p.get("question"),
            p.get("choice"),
        ),
        "invalid_range": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: question \u201c%2\u201d has a minimum above its maximum.",
            ),
            step,
            p.get("question"),
        ),
        "missing_target": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d branches to \u201c%2\u201d, which does not exist.",
            ),
            step,
            p.get("target"),
        ),
        "unreachable_step": fill(
            translate("ScriptEditor", "Step \u201c%1\u201d cannot be reached from the start."), step
        ),
        "dead_end": fill(
            translate("ScriptEditor", "Step \u201c%1\u201d has neither an outcome nor a branch."),
            step,
        ),
        "loop_without_exit": fill(
            translate(
                "ScriptEditor", "The steps %1 go round in a loop that never reaches an outcome."
            ),
            ", ".join(f"\u201c{s}\u201d" for s in p.get("steps", [])),
        ),
        "choice_without_branch": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: the answer \u201c%2\u201d to \u201c%3\u201d has no branch.",
            ),
            step,
            _shown(p.get("choice")),
            p.get("question"),
        ),
        "unknown_question": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d branches on \u201c%2\u201d, which "
                "is no question of the script.",
            ),
            step,
            p.get("question"),
        ),
        "branch_value_not_a_choice": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: \u201c%2\u201d is not an answer of \u201c%3\u201d.",
            ),
            step,
            p.get("value"),
            p.get("question"),
        ),
        "unknown_operator": fill(
            translate("ScriptEditor", "Step \u201c%1\u201d: unknown condition \u201c%2\u201d."),
            step,
            p.get("operator"),
        ),
        "unknown_outcome": fill(
            translate("ScriptEditor", "Step \u201c%1\u201d ends with an unknown outcome."), step
        ),
        "escalation_without_level": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d ends escalated but names no level to escalate to.",
            ),
            step,
        ),
        "invalid_escalation_level": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d escalates to level %2; only levels 2 and 3 exist.",
            ),
            step,
            p.get("level"),
        ),
        "unknown_field": fill(
            translate(
                "ScriptEditor", "Step \u201c%1\u201d sets the unknown ticket field \u201c%2\u201d."
            ),
            step,
            p.get("field"),
        ),
        "invalid_field_value": fill(
            translate(
                "ScriptEditor", "Step \u201c%1\u201d sets \u201c%2\u201d to an invalid value."
            ),
            step,
            p.get("field"),
        ),
        "unknown_placeholder": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d uses the placeholder {%2}, which does not exist.",
            ),
            step,
            p.get("placeholder"),
        ),
        "empty_text": fill(translate("ScriptEditor", "Step \u201c%1\u201d has no text."), step),
        "no_default_branch": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d: some answers may match no "
                "branch; add a branch without a condition.",
            ),
            step,
        ),
        "branches_ignored": fill(
            translate(
                "ScriptEditor",
                "Step \u201c%1\u201d ends the script, so its branches are never used.",
            ),
            step,
        ),
    }
    return texts.get(issue.code, issue.message)


def question_type_labels() -> dict[str, str]:
    return {
        "text": translate("ScriptEditor", "Text"),
        "yes_no": translate("ScriptEditor", "Yes / no"),
        "choice": translate("ScriptEditor", "One choice"),
        "multi_choice": translate("ScriptEditor", "Several choices"),
        "number": translate("ScriptEditor", "Number"),
        "date": translate("ScriptEditor", "Date"),
        "phone": translate("ScriptEditor", "Phone number"),
        "email": translate("ScriptEditor", "E-mail address"),
    }


def _shown(value: Any) -> str:
    if value is True:
        return translate("ScriptEditor", "yes")
    if value is False:
        return translate("ScriptEditor", "no")
    return "" if value is None else str(value)


# -- branch conditions as text ----------------------------------------------------------------

_OPS = {"=": "eq", "!=": "ne", "<": "lt", "<=": "lte", ">": "gt", ">=": "gte", "in": "in"}
_OP_TEXT = {v: k for k, v in _OPS.items()}
_CONDITION = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(!=|<=|>=|=|<|>|\bin\b)\s*(.*?)\s*$")


class ConditionError(ValueError):
    """A condition the editor cannot read; ``text`` is the part in question."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _value_text(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_when(when: dict[str, Any]) -> str:
    """``{"device": "Drucker", "affected": {"gte": 10}}`` → ``device = Drucker; affected >= 10``."""
    parts = []
    for qid, cond in when.items():
        ops = cond if isinstance(cond, dict) else {"eq": cond}
        for op, value in ops.items():
            if op == "in" and isinstance(value, list | tuple):
                parts.append(f"{qid} in {'|'.join(_value_text(v) for v in value)}")
            else:
                parts.append(f"{qid} {_OP_TEXT.get(op, op)} {_value_text(value)}")
    return "; ".join(parts)


def _read_value(text: str, question: sd.Question | None) -> Any:
    kind = question.type if question is not None else ""
    low = text.strip().lower()
    if kind == "yes_no":
        if low in ("yes", "ja", "true", "1"):
            return True
        if low in ("no", "nein", "false", "0"):
            return False
        raise ConditionError(text)
    if kind == "number":
        try:
            number = float(text.replace(",", "."))
        except ValueError as exc:
            raise ConditionError(text) from exc
        return int(number) if number.is_integer() else number
    return text.strip()


def parse_when(text: str, questions: dict[str, sd.Question]) -> dict[str, Any]:
    """The ``when`` of a branch from its short form (see the module notes)."""
    when: dict[str, Any] = {}
    for part in (p for p in text.split(";") if p.strip()):
        match = _CONDITION.match(part)
        if match is None:
            raise ConditionError(part.strip())
        qid, op_text, value_text = match.groups()
        op = _OPS[op_text]
        question = questions.get(qid)
        value: Any = (
            [_read_value(v, question) for v in value_text.split("|")]
            if op == "in"
            else _read_value(value_text, question)
        )
        if op == "eq" and qid not in when:
            when[qid] = value
            continue
        current = when.get(qid)
        ops = current if isinstance(current, dict) else ({} if qid not in when else {"eq": current})
        ops[op] = value
        when[qid] = ops
    return when


# -- the editor -------------------------------------------------------------------------------


class ScriptEditor(QWidget):
    """A window to write, check, try and publish one call script."""

    published = Signal(str)  # the new revision's id

    def __init__(
        self,
        db: LocalDatabase,
        editor: Editor,
        script_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("scriptEditor")
        self.setWindowTitle(translate("ScriptEditor", "Call script editor"))
        self.service = ScriptRunService(db, editor)
        self.db = db
        self.family: str | None = None
        self.definition: dict[str, Any] = {
            "start": "start",
            "steps": {
                "start": {
                    "title": translate("ScriptEditor", "Greeting"),
                    "text": "",
                    "outcome": "solved",
                }
            },
        }
        self.meta: dict[str, Any] = {
            "key": "",
            "name": "",
            "language": "de",
            "category": "",
            "queue_id": None,
            "dialled_number": "",
            "description": "",
        }
        self.current_step: str | None = None
        self.issues: list[sd.Issue] = []
        self._build()
        if script_id is not None:
            info, script = self.service.load(script_id)
            self.family = info.family
            self.meta = {
                "key": info.key,
                "name": info.name,
                "language": info.language,
                "category": info.category,
                "queue_id": info.queue_id,
                "dialled_number": info.dialled_number,
                "description": info.description,
            }
            self.definition = sd.to_definition(script)
            self.setWindowTitle(
                fill(
                    translate("ScriptEditor", "Call script editor \u2013 %1 (revision %2)"),
                    info.name,
                    info.revision,
                )
            )
        self._load_meta()
        self._reload_steps()
        self.resize(1100, 760)

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        meta = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("scriptName")
        meta.addRow(translate("ScriptEditor", "&Name:"), self.name_edit)
        row = QHBoxLayout()
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(translate("ScriptEditor", "German"), "de")
        self.language_combo.addItem(translate("ScriptEditor", "English"), "en")
        self.category_edit = QLineEdit(self)
        self.queue_combo = QComboBox(self)
        self.queue_combo.addItem(translate("ScriptEditor", "Any queue"), None)
        for queue_id, name in queries.queue_choices(self.db):
            self.queue_combo.addItem(name, queue_id)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(translate("ScriptEditor", "any number"))
        for label, widget in (
            (translate("ScriptEditor", "&Language:"), self.language_combo),
            (translate("ScriptEditor", "&Category:"), self.category_edit),
            (translate("ScriptEditor", "&Queue:"), self.queue_combo),
            (translate("ScriptEditor", "&Dialled number:"), self.number_edit),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1)
        meta.addRow(row)
        self.description_edit = QLineEdit(self)
        meta.addRow(translate("ScriptEditor", "Descr&iption:"), self.description_edit)
        layout.addLayout(meta)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)
        # steps
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        steps_label = QLabel(translate("ScriptEditor", "S&teps"), left)
        self.step_list = QListWidget(left)
        self.step_list.setObjectName("scriptSteps")
        steps_label.setBuddy(self.step_list)
        self.step_list.currentItemChanged.connect(self._on_step_selected)
        left_layout.addWidget(steps_label)
        left_layout.addWidget(self.step_list, 1)
        buttons = QHBoxLayout()
        self.add_step_button = QPushButton(translate("ScriptEditor", "&Add step"), left)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button = QPushButton(translate("ScriptEditor", "Remove"), left)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.start_step_button = QPushButton(translate("ScriptEditor", "Make start"), left)
        self.start_step_button.clicked.connect(self.make_start)
        for button in (self.add_step_button, self.remove_step_button, self.start_step_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        # step form and preview
        self.tabs = QTabWidget(splitter)
        self.tabs.addTab(self._build_step_form(), translate("ScriptEditor", "Step"))
        self.preview_panel = ScriptPanel(self.db, _NoEditor(), self)
        self.tabs.addTab(self.preview_panel, translate("ScriptEditor", "Preview"))
        self.tabs.addTab(self._build_statistics(), translate("ScriptEditor", "Statistics"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        splitter.setStretchFactor(1, 3)
        # messages and actions
        self.messages = QListWidget(self)
        self.messages.setObjectName("scriptMessages")
        self.messages.setAccessibleName(translate("ScriptEditor", "Problems of the script"))
        self.messages.setMaximumHeight(130)
        self.messages.itemActivated.connect(self._on_message_activated)
        layout.addWidget(self.messages)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("scriptEditorStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        actions = QHBoxLayout()
        self.import_button = QPushButton(translate("ScriptEditor", "&Import YAML\u2026"), self)
        self.import_button.clicked.connect(self.import_yaml)
        self.export_button = QPushButton(translate("ScriptEditor", "&Export YAML\u2026"), self)
        self.export_button.clicked.connect(self.export_yaml)
        self.check_button = QPushButton(translate("ScriptEditor", "Chec&k"), self)
        self.check_button.clicked.connect(self.check)
        self.preview_button = QPushButton(translate("ScriptEditor", "Pre&view"), self)
        self.preview_button.clicked.connect(self.preview)
        self.draft_button = QPushButton(translate("ScriptEditor", "Save &draft"), self)
        self.draft_button.clicked.connect(self.save_draft)
        self.publish_button = QPushButton(translate("ScriptEditor", "&Publish"), self)
        self.publish_button.setObjectName("scriptPublish")
        self.publish_button.clicked.connect(self.publish)
        for button in (self.import_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (
            self.check_button,
            self.preview_button,
            self.draft_button,
            self.publish_button,
        ):
            actions.addWidget(button)
        layout.addLayout(actions)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)

    def _build_step_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.step_id_edit = QLineEdit(page)
        self.step_id_edit.setObjectName("stepId")
        self.step_id_edit.editingFinished.connect(self._rename_step)
        form.addRow(translate("ScriptEditor", "Step &id:"), self.step_id_edit)
        self.step_title_edit = QLineEdit(page)
        form.addRow(translate("ScriptEditor", "&Title:"), self.step_title_edit)
        self.step_text_edit = QPlainTextEdit(page)
        self.step_text_edit.setObjectName("stepText")
        self.step_text_edit.setTabChangesFocus(True)
        self.step_text_edit.setPlaceholderText(
            translate("ScriptEditor", "What the agent says or does. Placeholders: %1").replace(
                "%1", " ".join("{" + p + "}" for p in sd.PLACEHOLDERS)
            )
        )
        self.step_text_edit.setMaximumHeight(110)
        form.addRow(translate("ScriptEditor", "Te&xt:"), self.step_text_edit)
        self.questions_table = QTableWidget(0, 5, page)
        self.questions_table.setObjectName("stepQuestions")
        self.questions_table.setHorizontalHeaderLabels(
            [
                translate("ScriptEditor", "Id"),
                translate("ScriptEditor", "Type"),
                translate("ScriptEditor", "Question"),
                translate("ScriptEditor", "Answers (a|b|c)"),
                translate("ScriptEditor", "Required"),
            ]
        )
        self.questions_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.questions_table.setMaximumHeight(150)
        self.questions_table.setTabKeyNavigation(False)
        question_buttons = QHBoxLayout()
        add_question = QPushButton(translate("ScriptEditor", "Add &question"), page)
        add_question.clicked.connect(lambda: self._add_question_row({}))
        remove_question = QPushButton(translate("ScriptEditor", "Remove question"), page)
        remove_question.clicked.connect(lambda: self._remove_row(self.questions_table))
        question_buttons.addWidget(add_question)
        question_buttons.addWidget(remove_question)
        question_buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.questions_table)
        box.addLayout(question_buttons)
        form.addRow(translate("ScriptEditor", "Questions:"), box)
        self.branches_table = QTableWidget(0, 2, page)
        self.branches_table.setObjectName("stepBranches")
        self.branches_table.setHorizontalHeaderLabels(
            [
                translate(
                    "ScriptEditor", "When (e.g. device = Printer; count >= 10; empty: otherwise)"
                ),
                translate("ScriptEditor", "Go to step"),
            ]
        )
        self.branches_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.branches_table.setMaximumHeight(150)
        self.branches_table.setTabKeyNavigation(False)
        branch_buttons = QHBoxLayout()
        add_branch = QPushButton(translate("ScriptEditor", "Add &branch"), page)
        add_branch.clicked.connect(lambda: self._add_branch_row("", ""))
        remove_branch = QPushButton(translate("ScriptEditor", "Remove branch"), page)
        remove_branch.clicked.connect(lambda: self._remove_row(self.branches_table))
        branch_buttons.addWidget(add_branch)
        branch_buttons.addWidget(remove_branch)
        branch_buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.branches_table)
        box.addLayout(branch_buttons)
        form.addRow(translate("ScriptEditor", "Branches:"), box)
        self.outcome_combo = QComboBox(page)
        self.outcome_combo.setObjectName("stepOutcome")
        self.outcome_combo.addItem(translate("ScriptEditor", "none: go on along a branch"), "")
        names = outcome_labels()
        for code in (*sd.OUTCOMES, *sd.LEVEL_OUTCOMES):
            self.outcome_combo.addItem(names.get(code, code), code)
        form.addRow(translate("ScriptEditor", "&Outcome:"), self.outcome_combo)
        self.escalate_spin = QSpinBox(page)
        self.escalate_spin.setRange(0, 3)
        self.escalate_spin.setSpecialValueText(translate("ScriptEditor", "no escalation"))
        form.addRow(translate("ScriptEditor", "Propose escalation to &level:"), self.escalate_spin)
        self.tried_edit = QLineEdit(page)
        form.addRow(translate("ScriptEditor", "Hand-over: tried"), self.tried_edit)
        self.findings_edit = QLineEdit(page)
        form.addRow(translate("ScriptEditor", "Hand-over: findings"), self.findings_edit)
        self.told_edit = QLineEdit(page)
        form.addRow(translate("ScriptEditor", "Hand-over: told the customer"), self.told_edit)
        fields = QHBoxLayout()
        self.set_category_edit = QLineEdit(page)
        self.set_category_edit.setPlaceholderText(translate("ScriptEditor", "category"))
        self.set_impact_spin = QSpinBox(page)
        self.set_impact_spin.setRange(0, 5)
        self.set_impact_spin.setSpecialValueText(translate("ScriptEditor", "impact unchanged"))
        self.set_urgency_spin = QSpinBox(page)
        self.set_urgency_spin.setRange(0, 5)
        self.set_urgency_spin.setSpecialValueText(translate("ScriptEditor", "urgency unchanged"))
        for widget in (self.set_category_edit, self.set_impact_spin, self.set_urgency_spin):
            fields.addWidget(widget)
        form.addRow(translate("ScriptEditor", "Set ticket fields:"), fields)
        self.articles_edit = QLineEdit(page)
        self.articles_edit.setPlaceholderText(
            translate("ScriptEditor", "knowledge article ids, separated by commas")
        )
        form.addRow(translate("ScriptEditor", "Show a&rticles:"), self.articles_edit)
        return page

    def _build_statistics(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.stats_summary = QLabel(page)
        self.stats_summary.setObjectName("scriptStatsSummary")
        self.stats_summary.setWordWrap(True)
        layout.addWidget(self.stats_summary)
        self.stats_table = QTableWidget(0, 5, page)
        self.stats_table.setObjectName("scriptStats")
        self.stats_table.setHorizontalHeaderLabels(
            [
                translate("ScriptEditor", "Step"),
                translate("ScriptEditor", "Visits"),
                translate("ScriptEditor", "Average time (s)"),
                translate("ScriptEditor", "Calls left here"),
                translate("ScriptEditor", "Ended here"),
            ]
        )
        self.stats_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stats_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.stats_table, 1)
        return page

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.stats_table.parentWidget():
            self.show_statistics()

    def show_statistics(self) -> None:
        """Runs, outcomes, where calls leave the script and the time per step, over
        every revision of the script."""
        self.stats_table.setRowCount(0)
        if self.family is None:
            self.stats_summary.setText(translate("ScriptEditor", "A new script has no runs yet."))
            return
        stats = self.service.statistics(self.family)
        names = outcome_labels()
        outcomes = ", ".join(
            f"{names.get(code, code)}: {count}" for code, count in sorted(stats.outcomes.items())
        )
        self.stats_summary.setText(
            fill(
                translate(
                    "ScriptEditor",
                    "%1 runs: %2 finished, %3 in progress, %4 left without an outcome. "
                    "Outcomes: %5",
                ),
                stats.runs,
                stats.finished,
                stats.in_progress,
                stats.left,
                outcomes or translate("ScriptEditor", "none yet"),
            )
        )
        steps = self.definition["steps"]
        order = [sid for sid in steps if sid in stats.steps]
        order += [sid for sid in stats.steps if sid not in steps]
        for sid in order:
            step = stats.steps[sid]
            row = self.stats_table.rowCount()
            self.stats_table.insertRow(row)
            title = steps.get(sid, {}).get("title") or sid
            for column, value in enumerate(
                (title, labels.format_number(step.visits),
                 labels.format_decimal(step.mean_seconds, 0), labels.format_number(step.left),
                 labels.format_number(step.ended))
            ):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.stats_table.setItem(row, column, item)

    # -- meta ------------------------------------------------------------------------
    def _load_meta(self) -> None:
        self.name_edit.setText(self.meta["name"])
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self.meta["language"] or "de"))
        )
        self.category_edit.setText(self.meta["category"])
        index = self.queue_combo.findData(self.meta["queue_id"])
        self.queue_combo.setCurrentIndex(max(0, index))
        self.number_edit.setText(self.meta["dialled_number"])
        self.description_edit.setText(self.meta["description"])

    def _store_meta(self) -> None:
        self.meta.update(
            name=self.name_edit.text().strip(),
            language=self.language_combo.currentData() or "de",
            category=self.category_edit.text().strip(),
            queue_id=self.queue_combo.currentData(),
            dialled_number=self.number_edit.text().strip(),
            description=self.description_edit.text(),
        )

    # -- steps -----------------------------------------------------------------------
    def _reload_steps(self, select: str | None = None) -> None:
        steps = self.definition["steps"]
        with QSignalBlocker(self.step_list):
            self.step_list.clear()
            for sid, step in steps.items():
                label = step.get("title") or sid
                marker = "\u25b6 " if sid == self.definition.get("start") else "   "
                item = QListWidgetItem(f"{marker}{label}  [{sid}]")
                item.setData(Qt.ItemDataRole.UserRole, sid)
                self.step_list.addItem(item)
        self.current_step = None
        target = select if select in steps else (next(iter(steps), None))
        if target is not None:
            self.step_list.setCurrentRow(list(steps).index(target))
            self._show_step(target)

    def _on_step_selected(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self._store_step()
        if current is not None:
            self._show_step(str(current.data(Qt.ItemDataRole.UserRole)))

    def _show_step(self, sid: str) -> None:
        step = self.definition["steps"][sid]
        self.current_step = sid
        self.step_id_edit.setText(sid)
        self.step_title_edit.setText(step.get("title", ""))
        self.step_text_edit.setPlainText(step.get("text", ""))
        self.questions_table.setRowCount(0)
        for q in step.get("questions", []):
            self._add_question_row(q)
        self.branches_table.setRowCount(0)
        for b in step.get("branches", []):
            self._add_branch_row(format_when(b.get("when") or {}), b.get("goto", ""))
        self.outcome_combo.setCurrentIndex(
            max(0, self.outcome_combo.findData(step.get("outcome") or ""))
        )
        actions = step.get("actions", {})
        escalate = actions.get("escalate") or {}
        self.escalate_spin.setValue(int(escalate.get("to_level", 0) or 0))
        self.tried_edit.setText(escalate.get("tried", ""))
        self.findings_edit.setText(escalate.get("findings", ""))
        self.told_edit.setText(escalate.get("told_customer", ""))
        fields = actions.get("set_fields", {})
        self.set_category_edit.setText(str(fields.get("category", "")))
        self.set_impact_spin.setValue(int(fields.get("impact", 0) or 0))
        self.set_urgency_spin.setValue(int(fields.get("urgency", 0) or 0))
        self.articles_edit.setText(", ".join(actions.get("articles", [])))

    def _add_question_row(self, q: dict[str, Any]) -> None:
        table = self.questions_table
        row = table.rowCount()
        table.insertRow(row)
        id_item = QTableWidgetItem(q.get("id", f"q{row + 1}"))
        # what the table does not show (min, max, region, ...) stays as it was
        id_item.setData(Qt.ItemDataRole.UserRole, json.dumps(q))
        table.setItem(row, 0, id_item)
        kinds = QComboBox(table)
        names = question_type_labels()
        for kind in sd.QUESTION_TYPES:
            kinds.addItem(names[kind], kind)
        kinds.setCurrentIndex(max(0, kinds.findData(q.get("type", "text"))))
        table.setCellWidget(row, 1, kinds)
        table.setItem(row, 2, QTableWidgetItem(q.get("text", "")))
        table.setItem(row, 3, QTableWidgetItem("|".join(q.get("choices", []))))
        required = QCheckBox(table)
        required.setChecked(q.get("required", True))
        table.setCellWidget(row, 4, required)

    def _add_branch_row(self, when: str, goto: str) -> None:
        table = self.branches_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(when))
        targets = QComboBox(table)
        targets.setEditable(True)
        for sid in self.definition["steps"]:
            targets.addItem(sid)
        targets.setCurrentText(goto)
        table.setCellWidget(row, 1, targets)

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    def _questions_from_table(self) -> list[dict[str, Any]]:
        table = self.questions_table
        out = []
        for row in range(table.rowCount()):
            id_item = table.item(row, 0)
            kept = json.loads(id_item.data(Qt.ItemDataRole.UserRole) or "{}") if id_item else {}
            kinds = table.cellWidget(row, 1)
            required = table.cellWidget(row, 4)
            text_item, choices_item = table.item(row, 2), table.item(row, 3)
            q: dict[str, Any] = {
                k: v
                for k, v in kept.items()
                if k not in ("id", "type", "text", "choices", "required")
            }
            kind = kinds.currentData() if isinstance(kinds, QComboBox) else "text"
            q = {
                "id": id_item.text().strip() if id_item else "",
                "type": kind,
                "text": text_item.text() if text_item else "",
                **q,
            }
            choices = [
                c.strip()
                for c in (choices_item.text() if choices_item else "").split("|")
                if c.strip()
            ]
            if choices:
                q["choices"] = choices
            if isinstance(required, QCheckBox) and not required.isChecked():
                q["required"] = False
            out.append(q)
        return out

    def _store_step(self) -> None:
        """The form into the definition (for the step shown)."""
        sid = self.current_step
        if sid is None or sid not in self.definition["steps"]:
            return
        step: dict[str, Any] = {}
        if self.step_title_edit.text().strip():
            step["title"] = self.step_title_edit.text().strip()
        step["text"] = self.step_text_edit.toPlainText()
        questions = self._questions_from_table()
        if questions:
            step["questions"] = questions
        by_id = {
            **self._all_questions(exclude=sid),
            **{q["id"]: _question(q) for q in questions if _question_ok(q)},
        }
        branches = []
        for row in range(self.branches_table.rowCount()):
            when_item = self.branches_table.item(row, 0)
            target = self.branches_table.cellWidget(row, 1)
            text = when_item.text() if when_item else ""
            goto = target.currentText().strip() if isinstance(target, QComboBox) else ""
            try:
                when = parse_when(text, by_id)
            except ConditionError as exc:
                self.status_label.setText(
                    fill(
                        translate(
                            "ScriptEditor",
                            "Step \u201c%1\u201d: cannot read the "
                            "condition \u201c%2\u201d; it was left "
                            "out.",
                        ),
                        sid,
                        exc.text,
                    )
                )
                continue
            branches.append({"when": when, "goto": goto})
        if branches:
            step["branches"] = branches
        outcome = self.outcome_combo.currentData()
        if outcome:
            step["outcome"] = outcome
        actions: dict[str, Any] = {}
        fields: dict[str, Any] = {}
        if self.set_category_edit.text().strip():
            fields["category"] = self.set_category_edit.text().strip()
        if self.set_impact_spin.value():
            fields["impact"] = self.set_impact_spin.value()
        if self.set_urgency_spin.value():
            fields["urgency"] = self.set_urgency_spin.value()
        if fields:
            actions["set_fields"] = fields
        articles = [a.strip() for a in self.articles_edit.text().split(",") if a.strip()]
        if articles:
            actions["articles"] = articles
        if self.escalate_spin.value():
            escalate: dict[str, Any] = {"to_level": self.escalate_spin.value()}
            for key, edit in (
                ("tried", self.tried_edit),
                ("findings", self.findings_edit),
                ("told_customer", self.told_edit),
            ):
                if edit.text().strip():
                    escalate[key] = edit.text()
            actions["escalate"] = escalate
        if actions:
            step["actions"] = actions
        self.definition["steps"][sid] = step

    def _all_questions(self, exclude: str | None = None) -> dict[str, sd.Question]:
        found: dict[str, sd.Question] = {}
        for sid, step in self.definition["steps"].items():
            if sid == exclude:
                continue
            for q in step.get("questions", []):
                if _question_ok(q):
                    found[q["id"]] = _question(q)
        return found

    def _rename_step(self) -> None:
        old = self.current_step
        new = self.step_id_edit.text().strip()
        if old is None or not new or new == old:
            return
        if new in self.definition["steps"]:
            self.status_label.setText(
                fill(translate("ScriptEditor", "There is a step \u201c%1\u201d already."), new)
            )
            self.step_id_edit.setText(old)
            return
        self._store_step()
        steps = self.definition["steps"]
        self.definition["steps"] = {(new if k == old else k): v for k, v in steps.items()}
        for step in self.definition["steps"].values():
            for branch in step.get("branches", []):
                if branch.get("goto") == old:
                    branch["goto"] = new
        if self.definition.get("start") == old:
            self.definition["start"] = new
        self._reload_steps(select=new)

    def add_step(self) -> str:
        """A new step after the others (reached by no branch yet)."""
        self._store_step()
        number = len(self.definition["steps"]) + 1
        sid = f"step_{number}"
        while sid in self.definition["steps"]:
            number += 1
            sid = f"step_{number}"
        self.definition["steps"][sid] = copy.deepcopy(BLANK_STEP)
        self._reload_steps(select=sid)
        self.step_text_edit.setFocus()
        return sid

    def remove_step(self) -> None:
        sid = self.current_step
        if sid is None or len(self.definition["steps"]) < 2:
            return
        del self.definition["steps"][sid]
        self.current_step = None
        self._reload_steps()

    def make_start(self) -> None:
        if self.current_step is not None:
            self._store_step()
            self.definition["start"] = self.current_step
            self._reload_steps(select=self.current_step)

    # -- checking, preview, saving ---------------------------------------------------
    def document(self) -> ScriptDocument | None:
        """The script as edited, or None (with a message) when it cannot be read."""
        self._store_step()
        self._store_meta()
        try:
            script = sd.parse_script(self.definition)
        except sd.ScriptError as exc:
            self._show_messages(
                [], fill(translate("ScriptEditor", "The script cannot be read: %1"), exc.message)
            )
            return None
        return ScriptDocument(script=script, **self.meta)

    def _show_messages(self, issues: list[sd.Issue], status: str) -> None:
        self.issues = issues
        self.messages.clear()
        for issue in issues:
            prefix = (
                translate("ScriptEditor", "Error")
                if issue.severity == "error"
                else translate("ScriptEditor", "Warning")
            )
            item = QListWidgetItem(f"{prefix}: {issue_message(issue)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.step or "")
            self.messages.addItem(item)
        self.status_label.setText(status)

    def _on_message_activated(self, item: QListWidgetItem) -> None:
        sid = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if sid in self.definition["steps"]:
            self._store_step()
            self.step_list.setCurrentRow(list(self.definition["steps"]).index(sid))
            self.tabs.setCurrentIndex(0)

    def check(self) -> bool:
        """Validate and list the problems; True when nothing blocks publishing."""
        document = self.document()
        if document is None:
            return False
        issues = sd.validate(document.script)
        if not self.meta["name"]:
            self._show_messages(issues, translate("ScriptEditor", "The script needs a name."))
            return False
        errors = sd.errors(issues)
        status = (
            self.tr("%n problem(s) must be fixed before publishing.", "", len(errors))
            if errors
            else translate("ScriptEditor", "No problems found.")
        )
        self._show_messages(issues, status)
        return not errors

    def preview(self) -> None:
        document = self.document()
        if document is None:
            return
        if document.script.start not in document.script.steps:
            self.check()
            return
        self.preview_panel.preview(
            document.script, document.name or translate("ScriptEditor", "Preview"), PREVIEW_CONTEXT
        )
        self.tabs.setCurrentWidget(self.preview_panel)

    def save_draft(self) -> None:
        document = self.document()
        if document is None or not self.meta["name"]:
            self.check()
            return
        info = self.service.save_draft(document, self.family)
        self.family = info.family
        self.meta["key"] = info.key
        self.status_label.setText(
            fill(translate("ScriptEditor", "Draft saved as revision %1."), info.revision)
        )

    def publish(self) -> bool:
        """Publish a new revision when the script has no errors; True when done."""
        if not self.check():
            self.status_label.setText(
                self.status_label.text()
                + " "
                + translate("ScriptEditor", "The script was not published.")
            )
            return False
        document = self.document()
        assert document is not None
        try:
            info = self.service.publish(document, self.family)
        except ScriptInvalid as exc:  # checked above; the service checks again
            self._show_messages(
                exc.issues, translate("ScriptEditor", "The script was not published.")
            )
            return False
        self.family = info.family
        self.meta["key"] = info.key
        self.setWindowTitle(
            fill(
                translate("ScriptEditor", "Call script editor \u2013 %1 (revision %2)"),
                info.name,
                info.revision,
            )
        )
        self.status_label.setText(
            fill(
                translate(
                    "ScriptEditor",
                    "Published as revision %1. Calls already running keep their revision.",
                ),
                info.revision,
            )
        )
        self.published.emit(info.id)
        return True

    # -- YAML ------------------------------------------------------------------------
    def export_yaml_text(self) -> str | None:
        document = self.document()
        return dump_script(document) if document is not None else None

    def import_yaml_text(self, text: str) -> bool:
        """Replace what is edited with a YAML file's script; False (and a message)
        when the file is not a script."""
        try:
            document = load_script(text)
        except ScriptYamlError as exc:
            where = (
                fill(translate("ScriptEditor", " (line %1, column %2)"), exc.line, exc.column)
                if exc.line is not None
                else ""
            )
            self._show_messages(
                [],
                fill(
                    translate("ScriptEditor", "The file cannot be imported: %1%2"),
                    exc.message,
                    where,
                ),
            )
            return False
        self.meta = {
            "key": document.key or self.meta["key"],
            "name": document.name,
            "language": document.language,
            "category": document.category,
            "queue_id": document.queue_id,
            "dialled_number": document.dialled_number,
            "description": document.description,
        }
        if document.key:
            self.family = document.key if not self.family else self.family
        self.definition = sd.to_definition(document.script)
        self.current_step = None
        self._load_meta()
        self._reload_steps()
        self.check()
        return True

    def import_yaml(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ScriptEditor", "Import call script"),
            "",
            translate("ScriptEditor", "YAML files (*.yaml *.yml)"),
        )
        if path:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                self.status_label.setText(
                    fill(translate("ScriptEditor", "The file cannot be read: %1"), exc)
                )
                return
            self.import_yaml_text(text)

    def export_yaml(self) -> None:
        text = self.export_yaml_text()
        if text is None:
            return
        name = re.sub(r"[^\w.-]+", "-", self.meta["key"] or self.meta["name"] or "script")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ScriptEditor", "Export call script"),
            f"{name}.yaml",
            translate("ScriptEditor", "YAML files (*.yaml *.yml)"),
        )
        if path:
            try:
                Path(path).write_text(text, encoding="utf-8")
            except OSError as exc:
                self.status_label.setText(
                    fill(translate("ScriptEditor", "The file cannot be written: %1"), exc)
                )
                return
            self.status_label.setText(fill(translate("ScriptEditor", "Exported to %1."), path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preview_panel.clear()
        super().closeEvent(event)


def _question_ok(q: dict[str, Any]) -> bool:
    return isinstance(q.get("id"), str) and isinstance(q.get("type"), str)


def _question(q: dict[str, Any]) -> sd.Question:
    """Enough of a question to read branch values by its type."""
    return sd.Question(
        q["id"], q["type"], str(q.get("text", "")), tuple(str(c) for c in q.get("choices", []))
    )


class _NoEditor:
    """The preview saves nothing: there is no writer."""

    def writer(self) -> None:
        return None

    def edit(self, change: Any) -> Any:
        raise RuntimeError("the preview does not save")
