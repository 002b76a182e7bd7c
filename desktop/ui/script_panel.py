"""The "Call script" panel: runs a call script beside the ticket, by keyboard.

``ScriptPanel(db, editor, parent)`` with ``editor`` the window's ``SyncService`` (or
any ``desktop.app.script_runs.Editor``). ``show_for_ticket(ticket_id, call_id)``
resumes this agent's unfinished run of the ticket, else offers the script chosen for
the call (the agent may pick another) and starts it on Enter. ``preview(script, ...)``
runs a script without saving anything (the editor's preview).

Keys: Enter = next (finish on the last step); Alt+Left = back; Alt+Home = restart;
1–9 choose (or tick) the n-th answer of the choice list that has the focus, Alt+1–9
the n-th answer of the focused (else the first) choice list of the step. Tab moves
between questions; arrows move within a choice list.

Every answer is saved as it is given (a choice when it is picked, a text when the
field is left) and every step when it is answered, through the service into the
local database and its outbox, so nothing waits on the network and the rest of the
window stays usable: there are no modal dialogs here.

Signals:
    step_shown(str): a step is shown (its id); also after resuming.
    articles_requested(list): knowledge article ids a step (or the outcome) links.
    escalation_proposed(dict): at the end of a run that proposes an escalation:
        ``{"to_level", "tried", "findings", "told_customer"}`` for the ticket layer.
    finished(str): a run ended, with its outcome code.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.script_runs import (
    ActiveRun,
    Editor,
    Finished,
    ScriptInfo,
    ScriptRunService,
    outcome_labels,
    summarise,
    transcript_labels,
)
from desktop.domain import scripts as sd
from desktop.models.types import utcnow
from desktop.sync.localdb import LocalDatabase
from desktop.ui.labels import fill
from desktop.ui.widgets import EmptyState

log = logging.getLogger("agentdesk.ui.scripts")

EMPTY_DATE = QDate(1900, 1, 1)  # a date edit at this date shows no date (no answer)
MAX_KEYED = 9


translate = QCoreApplication.translate




def answer_message(issue: sd.AnswerIssue) -> str:
    """The translated reason an answer was not taken."""
    p = issue.params
    texts = {
        "required": translate("ScriptPanel", "Please answer this question."),
        "not_yes_no": translate("ScriptPanel", "Choose yes or no."),
        "not_a_choice": translate("ScriptPanel", "Choose one of the answers."),
        "not_choices": translate("ScriptPanel", "Tick answers from the list."),
        "not_a_number": translate("ScriptPanel", "Enter a number."),
        "number_too_small": fill(translate("ScriptPanel", "Enter at least %1."), p.get("min")),
        "number_too_large": fill(translate("ScriptPanel", "Enter at most %1."), p.get("max")),
        "not_a_date": translate("ScriptPanel", "Enter a date."),
        "not_a_phone": translate("ScriptPanel", "Enter a valid phone number, e.g. +49 89 1234567."),
        "not_an_email": translate(
            "ScriptPanel", "Enter a valid e-mail address, e.g. name@example.com."
        ),
        "too_long": fill(
            translate("ScriptPanel", "Enter at most %1 characters."), p.get("max_length")
        ),
        "not_text": translate("ScriptPanel", "Enter text."),
        "unknown_question": translate(
            "ScriptPanel", "This question is not part of the current step."
        ),
    }
    return texts.get(issue.code, issue.message)


class _DateEdit(QDateEdit):
    """Tab leaves the field (QDateTimeEdit's Tab walks its day/month/year sections;
    the arrow keys still do) so that Tab moves from question to question."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class _Question(QWidget):
    """One question's answer control; ``answered`` when an answer is committed."""

    answered = Signal(str, object)

    def __init__(self, question: sd.Question, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question_{question.id}")
        self.buttons: list[QAbstractButton] = []
        self.group: QButtonGroup | None = None
        self.line: QLineEdit | None = None
        self.date: QDateEdit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName("scriptQuestion")
        layout.addWidget(self.label)
        kind = question.type
        if kind in ("yes_no", "choice", "multi_choice"):
            options = (
                [translate("ScriptPanel", "Yes"), translate("ScriptPanel", "No")]
                if kind == "yes_no"
                else list(question.choices)
            )
            self.group = QButtonGroup(self)
            self.group.setExclusive(kind != "multi_choice")
            for number, option in enumerate(options, start=1):
                shown = f"{number}  {option}" if number <= MAX_KEYED else option
                button: QAbstractButton = (
                    QCheckBox(shown, self) if kind == "multi_choice" else QRadioButton(shown, self)
                )
                button.setAccessibleName(option)
                button.installEventFilter(self)
                self.group.addButton(button, number - 1)
                self.buttons.append(button)
                layout.addWidget(button)
            if kind == "multi_choice":
                self.group.buttonToggled.connect(lambda _b, _c: self._commit())
            else:
                self.group.buttonToggled.connect(
                    lambda _b, checked: self._commit() if checked else None
                )
            if self.buttons:
                self.label.setBuddy(self.buttons[0])
        elif kind == "date":
            self.date = _DateEdit(self)
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat("yyyy-MM-dd")
            self.date.setMinimumDate(EMPTY_DATE)
            self.date.setSpecialValueText(" ")
            self.date.setDate(EMPTY_DATE)
            self.date.installEventFilter(self)
            self.date.editingFinished.connect(self._commit)
            self.date.setAccessibleName(text)
            self.label.setBuddy(self.date)
            layout.addWidget(self.date)
        else:
            self.line = QLineEdit(self)
            self.line.setAccessibleName(text)
            hints = {
                "phone": translate("ScriptPanel", "e.g. +49 89 1234567"),
                "email": translate("ScriptPanel", "name@example.com"),
                "number": self._range_hint(),
            }
            self.line.setPlaceholderText(hints.get(kind, ""))
            self.line.editingFinished.connect(self._commit)
            self.label.setBuddy(self.line)
            layout.addWidget(self.line)
        self.error = QLabel(self)
        self.error.setObjectName("scriptAnswerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        self._loading = False

    def _range_hint(self) -> str:
        q = self.question
        if q.min is not None and q.max is not None:
            return fill(
                translate("ScriptPanel", "%1 to %2"),
                sd.format_answer(q, q.min),
                sd.format_answer(q, q.max),
            )
        if q.min is not None:
            return fill(translate("ScriptPanel", "at least %1"), sd.format_answer(q, q.min))
        if q.max is not None:
            return fill(translate("ScriptPanel", "at most %1"), sd.format_answer(q, q.max))
        return ""

    # -- values ------------------------------------------------------------------------
    def options(self) -> list[Any]:
        if self.question.type == "yes_no":
            return [True, False]
        return list(self.question.choices)

    def value(self) -> Any:
        """The raw answer as the engine takes it (None: not answered)."""
        if self.group is not None:
            chosen = [self.options()[i] for i, b in enumerate(self.buttons) if b.isChecked()]
            if self.question.type == "multi_choice":
                return chosen
            return chosen[0] if chosen else None
        if self.date is not None:
            day = self.date.date()
            return None if day == EMPTY_DATE else day.toString("yyyy-MM-dd")
        assert self.line is not None
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            if self.group is not None:
                chosen = value if isinstance(value, list | tuple) else [value]
                for option, button in zip(self.options(), self.buttons, strict=True):
                    button.setChecked(any(option == c and type(option) is type(c) for c in chosen))
            elif self.date is not None:
                day = QDate.fromString(str(value or ""), "yyyy-MM-dd")
                self.date.setDate(day if day.isValid() else EMPTY_DATE)
            elif self.line is not None:
                self.line.setText(sd.format_answer(self.question, value))
        finally:
            self._loading = False

    def choose(self, number: int) -> bool:
        """Pick (or for multiple choice: toggle) the n-th answer (1-based)."""
        if not 1 <= number <= len(self.buttons):
            return False
        button = self.buttons[number - 1]
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.question.type == "multi_choice":
            button.toggle()
        else:
            button.setChecked(True)
        return True

    def focus_widget(self) -> QWidget:
        if self.buttons:
            checked = [b for b in self.buttons if b.isChecked()]
            return checked[0] if checked else self.buttons[0]
        return self.date if self.date is not None else self.line  # type: ignore[return-value]

    def has_focus_inside(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _commit(self) -> None:
        if not self._loading:
            self.answered.emit(self.question.id, self.value())

    # -- keys --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if watched in self.buttons and plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                return self.choose(key - Qt.Key.Key_0)
            if (
                watched is self.date
                and self.date is not None
                and self.date.date() == EMPTY_DATE
                and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            ):
                self.date.setDate(QDate.currentDate())  # start from today, not 1900
                return True
        return super().eventFilter(watched, event)


class _AnswerKeys(QObject):
    """Alt+1..9 answer the current question while the focus is in the running script.

    Installed on the application: it accepts the ShortcutOverride of those keys for a
    widget inside the run page (so no window shortcut with the same keys is tried) and
    then answers on the key press. Elsewhere the keys keep their window meaning.
    """

    def __init__(self, panel: ScriptPanel) -> None:
        super().__init__(panel)  # the panel is found as parent(): no reference cycle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers != Qt.KeyboardModifier.AltModifier or not (
                Qt.Key.Key_1 <= key <= Qt.Key.Key_0 + MAX_KEYED):
            return False
        panel = self.parent()
        if not isinstance(panel, ScriptPanel):
            return False
        page = panel.run_page
        if not page.isVisible() or not (watched is page or page.isAncestorOf(watched)):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        panel.choose(key - Qt.Key.Key_0)
        return True


class ScriptPanel(QWidget):
    """The call-script dock's content (see the module notes)."""

    step_shown = Signal(str)
    articles_requested = Signal(list)
    escalation_proposed = Signal(dict)
    finished = Signal(str)

    PAGE_EMPTY, PAGE_START, PAGE_RUN, PAGE_END = range(4)

    def __init__(
        self,
        db: LocalDatabase,
        editor: Editor,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self.service = ScriptRunService(db, editor, clock)
        self.clock = clock
        self.run: ActiveRun | None = None
        self.last_finished: Finished | None = None
        self.preview_mode = False
        self.ticket_id: str | None = None
        self.call_id: str | None = None
        self.questions: list[_Question] = []
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.empty = EmptyState(
            "script",
            translate("ScriptPanel", "No call script"),
            translate("ScriptPanel", "Select a ticket to see its call script."),
            self,
        )
        self.stack.addWidget(self.empty)
        self.start_page = self._build_start()
        self.stack.addWidget(self.start_page)
        self.run_page = self._build_run()
        self.stack.addWidget(self.run_page)
        self.stack.addWidget(self._build_end())
        self._build_shortcuts()
        self.stack.setCurrentIndex(self.PAGE_EMPTY)

    # -- pages -----------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.start_title = QLabel(translate("ScriptPanel", "Call script"), page)
        self.start_title.setObjectName("scriptStartTitle")
        big = QFont(self.start_title.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.start_title.setFont(big)
        layout.addWidget(self.start_title)
        self.start_hint = QLabel(page)
        self.start_hint.setWordWrap(True)
        layout.addWidget(self.start_hint)
        form = QFormLayout()
        self.script_combo = QComboBox(page)
        self.script_combo.setObjectName("scriptChoice")
        self.script_combo.setAccessibleName(translate("ScriptPanel", "Call script"))
        script_label = QLabel(translate("ScriptPanel", "&Script:"), page)
        script_label.setBuddy(self.script_combo)
        form.addRow(script_label, self.script_combo)
        layout.addLayout(form)
        self.start_button = QPushButton(translate("ScriptPanel", "&Start script"), page)
        self.start_button.setObjectName("scriptStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_run(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.script_title = QLabel(page)
        self.script_title.setObjectName("scriptTitle")
        layout.addWidget(self.script_title)
        self.path_label = QLabel(page)
        self.path_label.setObjectName("scriptPath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.RichText)
        self.path_label.setAccessibleName(translate("ScriptPanel", "Path so far"))
        layout.addWidget(self.path_label)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.step_text = QLabel(page)
        self.step_text.setObjectName("scriptStepText")
        self.step_text.setWordWrap(True)
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.step_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.step_text.font())
        big.setPointSizeF(big.pointSizeF() * 1.45)
        self.step_text.setFont(big)
        layout.addWidget(self.step_text)
        self.answers_area = QScrollArea(page)
        self.answers_area.setAccessibleName(self.tr("Answers"))
        self.answers_area.setWidgetResizable(True)
        self.answers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.answers_box = QWidget()
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setContentsMargins(0, 4, 0, 4)
        self.answers_layout.setSpacing(10)
        self.answers_layout.addStretch(1)
        self.answers_area.setWidget(self.answers_box)
        layout.addWidget(self.answers_area, 1)
        self.step_error = QLabel(page)
        self.step_error.setObjectName("scriptStepError")
        self.step_error.setWordWrap(True)
        self.step_error.setStyleSheet("color: #b3261e;")
        self.step_error.hide()
        layout.addWidget(self.step_error)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("ScriptPanel", "Back"), page)
        self.back_button.setObjectName("scriptBack")
        self.back_button.setToolTip(translate("ScriptPanel", "One step back (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.restart_button = QPushButton(translate("ScriptPanel", "Restart"), page)
        self.restart_button.setObjectName("scriptRestart")
        self.restart_button.setToolTip(
            translate("ScriptPanel", "Back to the first step (Alt+Home)")
        )
        self.restart_button.clicked.connect(self.restart)
        self.next_button = QPushButton(translate("ScriptPanel", "Next"), page)
        self.next_button.setObjectName("scriptNext")
        self.next_button.setToolTip(translate("ScriptPanel", "Save the answers and go on (Enter)"))
        self.next_button.clicked.connect(self.next_step)
        for button in (self.back_button, self.restart_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        return page

    def _build_end(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.outcome_label = QLabel(page)
        self.outcome_label.setObjectName("scriptOutcome")
        self.outcome_label.setWordWrap(True)
        big = QFont(self.outcome_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.45)
        big.setBold(True)
        self.outcome_label.setFont(big)
        layout.addWidget(self.outcome_label)
        self.end_info = QLabel(page)
        self.end_info.setWordWrap(True)
        layout.addWidget(self.end_info)
        self.handover_title = QLabel(page)
        self.handover_title.setObjectName("scriptHandoverTitle")
        layout.addWidget(self.handover_title)
        self.handover = QPlainTextEdit(page)
        self.handover.setObjectName("scriptHandover")
        self.handover.setReadOnly(True)
        self.handover.setAccessibleName(translate("ScriptPanel", "Hand-over note"))
        layout.addWidget(self.handover, 1)
        self.transcript_view = QPlainTextEdit(page)
        self.transcript_view.setObjectName("scriptTranscript")
        self.transcript_view.setReadOnly(True)
        self.transcript_view.setAccessibleName(translate("ScriptPanel", "Transcript"))
        layout.addWidget(self.transcript_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again_button = QPushButton(translate("ScriptPanel", "Start another script"), page)
        self.again_button.setObjectName("scriptAgain")
        self.again_button.clicked.connect(self._offer_start)
        row.addWidget(self.again_button)
        layout.addLayout(row)
        return page

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        run_page = self.run_page
        start_page = self.start_page
        self.shortcuts: list[QShortcut] = []

        def add(keys: str | QKeySequence, parent: QWidget, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(keys), parent)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

        for key in ("Return", "Enter"):
            add(key, run_page, self.next_step)
            add(key, start_page, self.start_selected)
        add("Alt+Left", run_page, self.go_back)
        add("Alt+Home", run_page, self.restart)
        # Alt+1..9 (answer n) would be ambiguous with the window's "show view n" actions,
        # and Qt runs neither of two ambiguous shortcuts: the keys are taken before the
        # shortcut map sees them while the focus is in the running script.
        self._answer_keys = _AnswerKeys(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._answer_keys)

    # -- entry points ----------------------------------------------------------------
    def clear(self) -> None:
        """No ticket: the empty page."""
        self.run = None
        self.ticket_id = self.call_id = None
        self.preview_mode = False
        self.stack.setCurrentIndex(self.PAGE_EMPTY)

    def show_for_ticket(self, ticket_id: str | None, call_id: str | None = None) -> None:
        """Resume this agent's unfinished run of the ticket, else offer a script."""
        if ticket_id is None:
            self.clear()
            return
        if (
            self.run is not None
            and not self.preview_mode
            and self.run.ticket_id == ticket_id
            and not self.run.state.ended
        ):
            return  # already on it
        self.preview_mode = False
        self.ticket_id, self.call_id = ticket_id, call_id
        run = self.service.resume(ticket_id)
        if run is not None:
            self._show_run(run)
            return
        self._offer_start()

    def preview(self, script: sd.Script, name: str, context: dict[str, str] | None = None) -> None:
        """Run ``script`` without saving anything (the editor's preview)."""
        self.preview_mode = True
        self.ticket_id = self.call_id = None
        info = ScriptInfo("preview", "", name, 0, "draft", "", None, "", "", "")
        state = sd.start(script, self.clock())
        self._show_run(ActiveRun("preview", info, script, state, None, None, dict(context or {})))

    # -- start page ------------------------------------------------------------------
    def _offer_start(self) -> None:
        if self.preview_mode and self.run is not None:
            self.preview(self.run.script, self.run.info.name, dict(self.run.context))
            return
        self.run = None
        scripts = self.service.available()
        suggested = self.service.suggest(self.ticket_id, self.call_id)
        self.script_combo.clear()
        for info in scripts:
            self.script_combo.addItem(info.name, info.id)
        if suggested is not None:
            self.script_combo.setCurrentIndex(max(0, self.script_combo.findData(suggested.id)))
            self.start_hint.setText(
                fill(translate("ScriptPanel", "Suggested for this call: %1"), suggested.name)
            )
        elif scripts:
            self.start_hint.setText(
                translate("ScriptPanel", "No script is set up for this call; pick one.")
            )
        else:
            self.start_hint.setText(translate("ScriptPanel", "There are no call scripts yet."))
        self.start_button.setEnabled(bool(scripts))
        self.script_combo.setEnabled(bool(scripts))
        self.stack.setCurrentIndex(self.PAGE_START)
        self.script_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_selected(self) -> None:
        script_id = self.script_combo.currentData()
        if self.stack.currentIndex() != self.PAGE_START or not script_id:
            return
        self._show_run(self.service.start(str(script_id), self.ticket_id, self.call_id))

    # -- the run ---------------------------------------------------------------------
    def _show_run(self, run: ActiveRun) -> None:
        self.run = run
        self.last_finished = None
        if run.state.ended:
            self._show_end(summarise(run, run.state, self.clock()))
            return
        self._render_step()
        self.stack.setCurrentIndex(self.PAGE_RUN)
        self._focus_first()

    def _render_step(self) -> None:
        run = self.run
        assert run is not None
        step = run.step
        assert step is not None
        values = run.values()
        revision = (
            fill(translate("ScriptPanel", "revision %1"), run.info.revision)
            if run.info.revision
            else translate("ScriptPanel", "preview")
        )
        self.script_title.setText(f"{run.info.name} \u00b7 {revision}")
        labels = []
        for entry in run.state.path:
            known = run.script.step(entry.step)
            label = html.escape(known.label if known is not None else entry.step)
            labels.append(f"<b>{label}</b>" if entry is run.state.path[-1] else label)
        self.path_label.setText(" \u203a ".join(labels))
        self.step_text.setText(sd.render(step.text, values))
        for widget in self.questions:
            widget.setParent(None)
            widget.deleteLater()
        self.questions = []
        for question in step.questions:
            widget = _Question(question, sd.render(question.text, values), self.answers_box)
            if question.id in run.state.answers:
                widget.set_value(run.state.answers[question.id])
            widget.answered.connect(self._record)
            self.answers_layout.insertWidget(len(self.questions), widget)
            widget.show()  # at once, not when the layout gets to it
            self.questions.append(widget)
        self.step_error.hide()
        self.back_button.setEnabled(len(run.state.path) > 1)
        self.next_button.setText(
            translate("ScriptPanel", "Finish") if step.outcome else translate("ScriptPanel", "Next")
        )
        self.step_shown.emit(step.id)
        if step.actions.articles:
            self.articles_requested.emit(list(step.actions.articles))

    def _focus_first(self) -> None:
        target: QWidget = self.questions[0].focus_widget() if self.questions else self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _record(self, question_id: str, raw: Any) -> None:
        run = self.run
        if run is None or run.state.ended:
            return
        if self.preview_mode:
            state, _issue = sd.record(run.script, run.state, question_id, raw)
            self.run = ActiveRun(run.id, run.info, run.script, state, None, None, run.context)
            return
        self.run, _issue = self.service.record(run, question_id, raw)

    def choose(self, number: int) -> None:
        """Alt+n: the n-th answer of the focused choice list, else of the first one."""
        lists = [q for q in self.questions if q.buttons]
        target = next((q for q in lists if q.has_focus_inside()), lists[0] if lists else None)
        if target is not None:
            target.choose(number)

    def next_step(self) -> None:
        run = self.run
        if run is None or run.state.ended or self.stack.currentIndex() != self.PAGE_RUN:
            return
        values = {q.question.id: q.value() for q in self.questions}
        if self.preview_mode:
            advance = sd.answer(run.script, run.state, values, self.clock())
            run = ActiveRun(run.id, run.info, run.script, advance.state, None, None, run.context)
            finished = (
                summarise(run, advance.state, self.clock()) if (advance.status == "ended") else None
            )
        else:
            run, advance, finished = self.service.submit(run, values)
        self.run = run
        for widget in self.questions:
            issue = advance.issues.get(widget.question.id)
            widget.show_error(answer_message(issue) if issue is not None else "")
        if advance.status == "invalid":
            first = next(q for q in self.questions if q.question.id in advance.issues)
            first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if advance.status == "stuck":
            text = (
                fill(
                    translate(
                        "ScriptPanel",
                        "The script continues at step \u201c%1\u201d, which does not "
                        "exist. Tell a supervisor.",
                    ),
                    advance.target,
                )
                if advance.target
                else translate(
                    "ScriptPanel",
                    "No branch of the script fits these answers. Change an answer or "
                    "tell a supervisor.",
                )
            )
            self.step_error.setText(text)
            self.step_error.show()
            return
        if finished is not None:
            self._show_end(finished, announce=True)
            return
        self._render_step()
        self._focus_first()

    def go_back(self) -> None:
        run = self.run
        if run is None or run.state.ended or self.stack.currentIndex() != self.PAGE_RUN:
            return
        if len(run.state.path) < 2:
            return
        self._keep_typed()
        run = self.run
        assert run is not None
        if self.preview_mode:
            state = sd.back(run.script, run.state, self.clock())
            self.run = ActiveRun(run.id, run.info, run.script, state, None, None, run.context)
        else:
            self.run = self.service.back(run)
        self._render_step()
        self._focus_first()

    def restart(self) -> None:
        run = self.run
        if run is None or run.state.ended or self.stack.currentIndex() != self.PAGE_RUN:
            return
        if self.preview_mode:
            state = sd.restart(run.script, run.state, self.clock())
            self.run = ActiveRun(run.id, run.info, run.script, state, None, None, run.context)
        else:
            self.run = self.service.restart(run)
        self._render_step()
        self._focus_first()

    def _keep_typed(self) -> None:
        """Text typed in a field that still has the focus is saved before leaving."""
        for widget in self.questions:
            if widget.line is not None and widget.has_focus_inside():
                self._record(widget.question.id, widget.value())

    # -- the end ---------------------------------------------------------------------
    def _show_end(self, finished: Finished, announce: bool = False) -> None:
        self.last_finished = finished
        names = outcome_labels()
        self.outcome_label.setText(
            fill(
                translate("ScriptPanel", "Outcome: %1"),
                names.get(finished.outcome, finished.outcome),
            )
        )
        notes = []
        if finished.entry_id:
            notes.append(translate("ScriptPanel", "The transcript was added to the ticket."))
        if finished.fields:
            notes.append(translate("ScriptPanel", "Ticket fields were set from the script."))
        if self.preview_mode:
            notes.append(translate("ScriptPanel", "Preview: nothing was saved."))
        self.end_info.setText(" ".join(notes))
        escalation = finished.escalation
        if escalation is not None:
            self.handover_title.setText(
                fill(
                    translate("ScriptPanel", "Hand-over to level %1 (prefilled)"),
                    escalation["to_level"],
                )
            )
            self.handover.setPlainText(
                "\n\n".join(
                    [
                        f"{translate('ScriptPanel', 'Tried')}:\n{escalation['tried']}",
                        f"{translate('ScriptPanel', 'Findings')}:\n{escalation['findings']}",
                        f"{translate('ScriptPanel', 'Told the customer')}:\n"
                        f"{escalation['told_customer']}",
                    ]
                )
            )
        self.handover_title.setVisible(escalation is not None)
        self.handover.setVisible(escalation is not None)
        run = self.run
        text = ""
        if run is not None:
            text = sd.transcript_text(
                finished.transcript, run.info.name, run.info.revision, transcript_labels()
            )
        self.transcript_view.setPlainText(text)
        self.stack.setCurrentIndex(self.PAGE_END)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if announce:
            if finished.articles:
                self.articles_requested.emit(list(finished.articles))
            if escalation is not None:
                self.escalation_proposed.emit(dict(escalation))
            self.finished.emit(finished.outcome)

    # -- for the window and the tests --------------------------------------------------
    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def question_widget(self, question_id: str) -> _Question | None:
        return next((q for q in self.questions if q.question.id == question_id), None)
