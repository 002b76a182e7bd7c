"""Call scripts: the model, the engine that runs them, validation, transcripts, choice
of a script for a call, and statistics. Pure Python, shared by client and server.

The definition (``CallScript.definition``, JSON text)
=====================================================

A superset of the format ``server/seed.py`` writes, so every stored script reads::

    {"start": "s1",
     "steps": {
       "s1": {"title": "Identify",                        # optional, for the path
              "text": "Greet {customer.salutation} {customer.last_name} …",
              "questions": [{"id": "user_found", "type": "yes_no",
                             "text": "Is the caller in the directory?"}],
              "branches": [{"when": {"user_found": false}, "goto": "s_not_found"},
                           {"when": {}, "goto": "s2"}],     # {} is the default
              "outcome": null,
              "actions": {"set_fields": {"category": "Passwort", "impact": 3},
                          "articles": ["<kb article id>"],
                          "escalate": {"to_level": 2, "tried": "…", "findings": "…",
                                       "told_customer": "…"}}},
       …}}

Questions
    ``id`` (letters, digits, ``_``; unique in the script: answers are keyed by it),
    ``type`` one of :data:`QUESTION_TYPES`, ``text``, ``choices`` (``choice`` and
    ``multi_choice``), ``required`` (default true), ``min``/``max`` (``number``),
    ``region`` (``phone``: the region for numbers without ``+``; default ``DE``),
    ``max_length`` (``text``; default 2000).

Answers (stored normalised, JSON values)
    ``text`` str · ``yes_no`` bool · ``choice`` one of the choices · ``multi_choice``
    a list of choices (in the order of the choices) · ``number`` int or float ·
    ``date`` ISO ``YYYY-MM-DD`` · ``phone`` E.164 (phonenumbers) · ``email`` str.
    An optional question left empty has no answer. A bad answer is an
    :class:`AnswerIssue` with one of :data:`ANSWER_CODES`.

Branches
    Tried in order; the first whose ``when`` matches wins. ``when`` maps question ids
    to a condition, all of which must hold: a plain value is equality (for a
    ``multi_choice`` answer: "was among the chosen"); an object combines operators
    ``eq``, ``ne``, ``in`` (list), ``lt``, ``lte``, ``gt``, ``gte``. A question
    without an answer matches only ``{"eq": null}``.

Outcomes
    A step with an ``outcome`` ends the run when its questions are answered (its
    branches are ignored). Codes: :data:`OUTCOMES` (``solved`` = solved at first
    contact, ``escalated``, ``callback``, ``not_responsible``, ``ticket``,
    ``refused``) and the seed's ``escalate_l2``/``escalate_l3`` (escalated to level 2/3).

Actions
    ``set_fields`` (``category``, ``impact`` 1–5, ``urgency`` 1–5), ``articles``
    (knowledge article ids to show) and ``escalate`` (``to_level`` 2 or 3 and
    hand-over templates) may sit on any step. When the run ends, the fields of every
    step on the path apply in order (later ones win), the articles of every step are
    linked, and the last ``escalate`` on the path (or the outcome ``escalate_lN``)
    becomes the escalation proposal.

Placeholders
    ``{name}`` in step texts, question texts and hand-over templates; ``{{`` and ``}}``
    are literal braces. The names are :data:`PLACEHOLDERS` plus ``answer.<question id>``
    (the answer given so far, as shown). ``{product}`` is the answer to a question
    with the id ``product`` when the script asks one, else the ticket's category.
    A placeholder without a value renders empty; an unknown one is a validation
    error (and renders as written).

Runs
    :class:`RunState` is immutable and JSON-serialisable (:meth:`RunState.to_json`).
    The engine functions (:func:`start`, :func:`answer`, :func:`record`, :func:`back`,
    :func:`restart`) return a new state and never raise for anything an agent can
    enter. Time per step comes from the ``now`` each call is given; going back
    discards the time of the steps left.

Choosing a script (:func:`select_script`)
    Only the newest published revision of each script key counts. A script matches a
    call when each criterion it sets matches: its ``dialled_number`` the number the
    caller dialled (compared in E.164), its ``category`` the ticket's category
    (case-insensitive), its ``queue_id`` the ticket's or call's queue; a criterion
    left empty matches anything. Of the matching scripts the most specific wins:
    dialled number (weight 4) before category (2) before queue (1), so a script for
    a hotline number beats one for a category, which beats one for the whole queue,
    which beats a script without criteria. Ties go to the script in the customer's
    language, then to the name.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import Any

import phonenumbers

# -- vocabulary ---------------------------------------------------------------------------

QUESTION_TYPES = ("text", "yes_no", "choice", "multi_choice", "number", "date", "phone",
                  "email")
CHOICE_TYPES = frozenset({"choice", "multi_choice"})

OUTCOMES = ("solved", "escalated", "callback", "not_responsible", "ticket", "refused")
# The seed's outcome codes that also name the level ("escalated to level n").
LEVEL_OUTCOMES = {"escalate_l2": 2, "escalate_l3": 3}
ESCALATION_LEVELS = (2, 3)

# Ticket fields a step may set, with their checks.
SETTABLE_FIELDS = ("category", "impact", "urgency")

# Placeholders and what fills them (English, for the editor's help and the docs).
PLACEHOLDERS: dict[str, str] = {
    "customer.salutation": "the customer's salutation (Frau, Herr)",
    "customer.first_name": "the customer's first name",
    "customer.last_name": "the customer's last name",
    "customer.name": "the customer's full name (or the organisation's)",
    "customer.number": "the customer number",
    "customer.organisation": "the customer's organisation",
    "ticket.reference": "the ticket reference (T-2026-004711)",
    "ticket.title": "the ticket title",
    "ticket.category": "the ticket category",
    "product": "the product: the answer to a question 'product', else the ticket category",
    "agent.name": "the agent's name",
    "agent.first_name": "the agent's first name",
    "call.caller_number": "the number the customer calls from",
    "call.dialled_number": "the number the customer dialled",
    "today": "today's date (YYYY-MM-DD)",
}
ANSWER_PREFIX = "answer."

ANSWER_CODES = ("required", "not_yes_no", "not_a_choice", "not_choices", "not_a_number",
                "number_too_small", "number_too_large", "not_a_date", "not_a_phone",
                "not_an_email", "too_long", "not_text", "unknown_question")

MAX_TEXT = 2000
STEP_ID = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")
QUESTION_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,79}$")
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")
# "{{", "}}" or a "{…}" without braces inside.
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
OPERATORS = ("eq", "ne", "in", "lt", "lte", "gt", "gte")


class ScriptError(ValueError):
    """A definition whose shape is wrong (not a mapping, a step that is not an object,
    a value of the wrong type). ``code`` + ``params`` for the UI, ``message`` English.

    Codes: ``not_json``, ``not_a_mapping``, ``bad_value``.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


# -- the model ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: str
    choices: tuple[str, ...] = ()
    required: bool = True
    min: float | None = None
    max: float | None = None
    region: str = "DE"
    max_length: int = MAX_TEXT


@dataclass(frozen=True)
class Branch:
    when: Mapping[str, Any]
    goto: str

    @property
    def is_default(self) -> bool:
        return not self.when


@dataclass(frozen=True)
class Escalation:
    """A proposal to hand the ticket to ``to_level``; the texts are templates."""

    to_level: int
    tried: str = ""
    findings: str = ""
    told_customer: str = ""


@dataclass(frozen=True)
class Actions:
    set_fields: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    articles: tuple[str, ...] = ()
    escalate: Escalation | None = None

    def __bool__(self) -> bool:
        return bool(self.set_fields or self.articles or self.escalate)


@dataclass(frozen=True)
class Step:
    id: str
    text: str
    title: str = ""
    questions: tuple[Question, ...] = ()
    branches: tuple[Branch, ...] = ()
    outcome: str | None = None
    actions: Actions = field(default_factory=Actions)

    @property
    def label(self) -> str:
        """How the path names the step: its title, else the start of its text."""
        if self.title.strip():
            return self.title.strip()
        text = " ".join(self.text.split())
        return text if len(text) <= 40 else text[:39].rstrip() + "…"

    @property
    def targets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(b.goto for b in self.branches))


@dataclass(frozen=True)
class Outcome:
    """What an outcome code means."""

    code: str
    escalates_to: int | None = None

    @property
    def kind(self) -> str:
        """``escalated`` for ``escalate_lN``, else the code itself."""
        return "escalated" if self.code in LEVEL_OUTCOMES else self.code


def outcome_info(code: str) -> Outcome:
    return Outcome(code, LEVEL_OUTCOMES.get(code))


@dataclass(frozen=True)
class Script:
    start: str
    steps: Mapping[str, Step]

    def step(self, step_id: str) -> Step | None:
        return self.steps.get(step_id)

    def questions(self) -> dict[str, Question]:
        """Every question by id (the first one where an id repeats)."""
        found: dict[str, Question] = {}
        for step in self.steps.values():
            for q in step.questions:
                found.setdefault(q.id, q)
        return found

    def step_of_question(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for step in self.steps.values():
            for q in step.questions:
                found.setdefault(q.id, step.id)
        return found


# -- reading and writing definitions ------------------------------------------------------

def _need(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ScriptError("bad_value", f"{where} must be a number.", where=where)
    if not isinstance(value, kind):
        names = {str: "text", bool: "true or false", list: "a list", dict: "an object",
                 int: "a whole number"}
        what = names.get(kind, "a number") if isinstance(kind, type) else "a number"
        raise ScriptError("bad_value", f"{where} must be {what}.", where=where)
    return value


def _list(data: Mapping[str, Any], key: str) -> Any:
    value = data.get(key)
    return [] if value is None else value


def _text(data: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    return str(_need(value, str, f"{where}.{key}"))


def _number(data: Mapping[str, Any], key: str, where: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    _need(value, (int, float), f"{where}.{key}")
    if not math.isfinite(value):
        raise ScriptError("bad_value", f"{where}.{key} must be a number.", where=where)
    return value  # type: ignore[no-any-return]


def _question(data: Any, where: str) -> Question:
    _need(data, dict, where)
    choices = _list(data, "choices")
    _need(choices, list, f"{where}.choices")
    max_length = data.get("max_length", MAX_TEXT)
    _need(max_length, int, f"{where}.max_length")
    required = data.get("required", True)
    _need(required, bool, f"{where}.required")
    return Question(
        id=_text(data, "id", where), type=_text(data, "type", where),
        text=_text(data, "text", where),
        choices=tuple(str(_need(c, str, f"{where}.choices")) for c in choices),
        required=required, min=_number(data, "min", where), max=_number(data, "max", where),
        region=_text(data, "region", where, "DE") or "DE", max_length=max_length)


def _branch(data: Any, where: str) -> Branch:
    _need(data, dict, where)
    when = data.get("when") or {}
    _need(when, dict, f"{where}.when")
    for key in when:
        _need(key, str, f"{where}.when")
    return Branch(MappingProxyType(_freeze(dict(when))), _text(data, "goto", where))


def _freeze(value: Any) -> Any:
    """Lists become tuples (hashable, immutable); mappings stay plain for JSON."""
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return {k: _freeze(v) for k, v in value.items()}
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_thaw(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    return value


def _actions(data: Any, where: str) -> Actions:
    if data is None:
        return Actions()
    _need(data, dict, where)
    fields = data.get("set_fields") or {}
    _need(fields, dict, f"{where}.set_fields")
    articles = _list(data, "articles")
    _need(articles, list, f"{where}.articles")
    escalate = data.get("escalate")
    proposal = None
    if escalate is not None:
        _need(escalate, dict, f"{where}.escalate")
        level = escalate.get("to_level")
        _need(level, int, f"{where}.escalate.to_level")
        proposal = Escalation(level, _text(escalate, "tried", where),
                              _text(escalate, "findings", where),
                              _text(escalate, "told_customer", where))
    return Actions(MappingProxyType(dict(fields)),
                   tuple(str(_need(a, str, f"{where}.articles")) for a in articles), proposal)


def _step(step_id: str, data: Any) -> Step:
    where = f"steps.{step_id}"
    _need(data, dict, where)
    questions = _list(data, "questions")
    _need(questions, list, f"{where}.questions")
    branches = _list(data, "branches")
    _need(branches, list, f"{where}.branches")
    outcome = data.get("outcome")
    if outcome is not None:
        _need(outcome, str, f"{where}.outcome")
    return Step(
        id=step_id, text=_text(data, "text", where), title=_text(data, "title", where),
        questions=tuple(_question(q, f"{where}.questions[{i}]")
                        for i, q in enumerate(questions)),
        branches=tuple(_branch(b, f"{where}.branches[{i}]") for i, b in enumerate(branches)),
        outcome=outcome or None, actions=_actions(data.get("actions"), f"{where}.actions"))


def parse_script(definition: str | Mapping[str, Any]) -> Script:
    """A :class:`Script` from a definition (JSON text or the decoded mapping).

    Raises :class:`ScriptError` for a wrong shape only; graph and content problems
    are for :func:`validate`.
    """
    if isinstance(definition, str | bytes):
        try:
            definition = json.loads(definition)
        except ValueError as exc:
            raise ScriptError("not_json", f"The script is not valid JSON: {exc}.",
                              detail=str(exc)) from exc
    if not isinstance(definition, Mapping):
        raise ScriptError("not_a_mapping", "A script definition must be an object.")
    steps = definition.get("steps")
    steps = {} if steps is None else steps
    if not isinstance(steps, Mapping):
        raise ScriptError("bad_value", "steps must be an object.", where="steps")
    parsed: dict[str, Step] = {}
    for step_id, data in steps.items():
        if not isinstance(step_id, str):
            raise ScriptError("bad_value", "Step ids must be text.", where="steps")
        parsed[step_id] = _step(step_id, data)
    start = definition.get("start") or ""
    if not isinstance(start, str):
        raise ScriptError("bad_value", "start must be text.", where="start")
    return Script(start, MappingProxyType(parsed))


def _question_definition(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "type": q.type, "text": q.text}
    if q.choices:
        out["choices"] = list(q.choices)
    if not q.required:
        out["required"] = False
    if q.min is not None:
        out["min"] = q.min
    if q.max is not None:
        out["max"] = q.max
    if q.region != "DE":
        out["region"] = q.region
    if q.max_length != MAX_TEXT:
        out["max_length"] = q.max_length
    return out


def _actions_definition(a: Actions) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if a.set_fields:
        out["set_fields"] = dict(a.set_fields)
    if a.articles:
        out["articles"] = list(a.articles)
    if a.escalate is not None:
        e = a.escalate
        esc: dict[str, Any] = {"to_level": e.to_level}
        for name in ("tried", "findings", "told_customer"):
            if getattr(e, name):
                esc[name] = getattr(e, name)
        out["escalate"] = esc
    return out


def step_definition(step: Step) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if step.title:
        out["title"] = step.title
    out["text"] = step.text
    if step.questions:
        out["questions"] = [_question_definition(q) for q in step.questions]
    if step.branches:
        out["branches"] = [{"when": _thaw(b.when), "goto": b.goto} for b in step.branches]
    if step.outcome:
        out["outcome"] = step.outcome
    if step.actions:
        out["actions"] = _actions_definition(step.actions)
    return out


def to_definition(script: Script) -> dict[str, Any]:
    """The canonical definition (defaults left out); ``parse_script`` reads it back
    to an equal :class:`Script`."""
    return {"start": script.start,
            "steps": {sid: step_definition(s) for sid, s in script.steps.items()}}


# -- placeholders -------------------------------------------------------------------------

def placeholders_in(template: str) -> list[str]:
    """The placeholder names a template uses, in order (escaped braces skipped)."""
    return [m.group(1).strip() for m in PLACEHOLDER.finditer(template)
            if m.group(1) is not None]


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill ``{name}`` from ``values``; a known name without a value becomes empty
    (see :func:`placeholder_values`), an unknown one stays as written."""
    def fill(match: re.Match[str]) -> str:
        whole = match.group(0)
        if whole == "{{":
            return "{"
        if whole == "}}":
            return "}"
        name = match.group(1).strip()
        if name in values:
            return values[name]
        if name in PLACEHOLDERS or name.startswith(ANSWER_PREFIX):
            return ""
        return whole

    return PLACEHOLDER.sub(fill, template)


@dataclass(frozen=True)
class AnswerLabels:
    """Words the caller supplies (translated) for showing answers."""

    yes: str = "yes"
    no: str = "no"


def format_answer(question: Question | None, value: Any,
                  labels: AnswerLabels = AnswerLabels()) -> str:
    """An answer as people read it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return labels.yes if value else labels.no
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def placeholder_values(script: Script, context: Mapping[str, str],
                       answers: Mapping[str, Any],
                       labels: AnswerLabels = AnswerLabels()) -> dict[str, str]:
    """The values placeholders render with: the context (customer, ticket, agent,
    call) plus the answers so far; ``product`` from the answer ``product`` if given."""
    values = {k: str(v) for k, v in context.items() if k in PLACEHOLDERS}
    questions = script.questions()
    for qid, value in answers.items():
        values[ANSWER_PREFIX + qid] = format_answer(questions.get(qid), value, labels)
    if answers.get("product") not in (None, "", [], ()):
        values["product"] = values[ANSWER_PREFIX + "product"]
    elif "product" not in values and context.get("ticket.category"):
        values["product"] = str(context["ticket.category"])
    return values


# -- answers ------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnswerIssue:
    """Why an answer was not taken: ``code`` (one of :data:`ANSWER_CODES`) + params."""

    question: str
    code: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def message(self) -> str:
        p = dict(self.params)
        texts = {
            "required": "An answer is needed.",
            "not_yes_no": "Answer yes or no.",
            "not_a_choice": "Pick one of the choices.",
            "not_choices": "Pick from the choices.",
            "not_a_number": "Enter a number.",
            "number_too_small": f"Enter at least {p.get('min')}.",
            "number_too_large": f"Enter at most {p.get('max')}.",
            "not_a_date": "Enter a date (YYYY-MM-DD).",
            "not_a_phone": "Enter a valid phone number.",
            "not_an_email": "Enter a valid e-mail address.",
            "too_long": f"Enter at most {p.get('max_length')} characters.",
            "not_text": "Enter text.",
            "unknown_question": "This question is not part of the current step.",
        }
        return texts.get(self.code, self.code)


class _Bad(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params


_YES = {"yes", "y", "ja", "j", "true", "1", "wahr"}
_NO = {"no", "n", "nein", "false", "0", "falsch"}


def _empty(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    return isinstance(raw, list | tuple | set | frozenset) and not raw


def _parse(q: Question, raw: Any) -> Any:
    kind = q.type
    if kind == "yes_no":
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _YES | _NO:
            return raw.strip().lower() in _YES
        raise _Bad("not_yes_no")
    if kind == "choice":
        if isinstance(raw, str) and raw in q.choices:
            return raw
        raise _Bad("not_a_choice", choices=list(q.choices))
    if kind == "multi_choice":
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list | tuple | set | frozenset) or not all(
                isinstance(i, str) and i in q.choices for i in items):
            raise _Bad("not_choices", choices=list(q.choices))
        chosen = set(items)
        return tuple(c for c in q.choices if c in chosen)
    if kind == "number":
        return _parse_number(q, raw)
    if kind == "date":
        if isinstance(raw, datetime):
            return raw.date().isoformat()
        if isinstance(raw, date):
            return raw.isoformat()
        if isinstance(raw, str):
            try:
                return date.fromisoformat(raw.strip()).isoformat()
            except ValueError:
                pass
        raise _Bad("not_a_date")
    if kind == "phone":
        if not isinstance(raw, str):
            raise _Bad("not_a_phone")
        try:
            number = phonenumbers.parse(raw, q.region.upper() or "DE")
        except phonenumbers.NumberParseException as exc:
            raise _Bad("not_a_phone") from exc
        if not phonenumbers.is_valid_number(number):
            raise _Bad("not_a_phone")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if kind == "email":
        if not isinstance(raw, str):
            raise _Bad("not_an_email")
        text = raw.strip()
        if len(text) > 254 or not EMAIL.match(text):
            raise _Bad("not_an_email")
        return text
    # text (and any type validation reports as unknown: treated as text)
    if not isinstance(raw, str):
        raise _Bad("not_text")
    text = raw.strip()
    if len(text) > q.max_length:
        raise _Bad("too_long", max_length=q.max_length)
    return text


def _parse_number(q: Question, raw: Any) -> int | float:
    value: int | float
    if isinstance(raw, bool):
        raise _Bad("not_a_number")
    if isinstance(raw, int | float):
        value = raw
    elif isinstance(raw, str):
        text = raw.strip().replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")  # German decimal comma
        try:
            value = int(text) if re.fullmatch(r"[+-]?\d+", text) else float(text)
        except ValueError as exc:
            raise _Bad("not_a_number") from exc
    else:
        raise _Bad("not_a_number")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Bad("not_a_number")
        if value.is_integer() and abs(value) < 2**53:
            value = int(value)
    if q.min is not None and value < q.min:
        raise _Bad("number_too_small", min=_plain(q.min))
    if q.max is not None and value > q.max:
        raise _Bad("number_too_large", max=_plain(q.max))
    return value


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def parse_answer(question: Question, raw: Any) -> tuple[Any, AnswerIssue | None]:
    """The normalised answer, or None and the reason. An empty optional answer is
    ``(None, None)``; never raises."""
    if _empty(raw):
        if question.required:
            return None, AnswerIssue(question.id, "required")
        return None, None
    try:
        return _parse(question, raw), None
    except _Bad as bad:
        return None, AnswerIssue(question.id, bad.code, MappingProxyType(bad.params))
    except Exception:  # anything odd the UI hands over is a bad answer, never a crash
        return None, AnswerIssue(question.id, "not_text")


# -- branches -----------------------------------------------------------------------------

def _compare(op: str, answer: Any, expected: Any) -> bool:
    try:
        if op == "eq":
            return bool(answer == expected)
        if op == "ne":
            return bool(answer != expected)
        if op == "in":
            return isinstance(expected, list | tuple) and answer in expected
        if answer is None or isinstance(answer, bool) or isinstance(expected, bool):
            return False
        if op == "lt":
            return bool(answer < expected)
        if op == "lte":
            return bool(answer <= expected)
        if op == "gt":
            return bool(answer > expected)
        if op == "gte":
            return bool(answer >= expected)
    except TypeError:
        return False
    return False


def condition_holds(condition: Any, answer: Any) -> bool:
    """Whether one ``when`` entry holds for an answer (never raises)."""
    if isinstance(condition, Mapping):
        if not condition:
            return True
        return all(op in OPERATORS and _holds_op(op, answer, value)
                   for op, value in condition.items())
    return _holds_op("eq", answer, condition)


def _holds_op(op: str, answer: Any, expected: Any) -> bool:
    if isinstance(answer, tuple) and op in ("eq", "ne") and not isinstance(expected, tuple):
        # multi_choice: "eq" means "was among the chosen"
        found = expected in answer
        return found if op == "eq" else not found
    if isinstance(answer, tuple) and op == "in":
        return isinstance(expected, list | tuple) and any(a in expected for a in answer)
    return _compare(op, answer, expected)


def branch_matches(branch: Branch, answers: Mapping[str, Any]) -> bool:
    return all(condition_holds(cond, answers.get(qid)) for qid, cond in branch.when.items())


def next_step(step: Step, answers: Mapping[str, Any]) -> str | None:
    """The target of the first matching branch, or None."""
    for branch in step.branches:
        if branch_matches(branch, answers):
            return branch.goto
    return None


# -- run state ----------------------------------------------------------------------------

def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class PathEntry:
    """A step on the path: the seconds spent on it, and since when the current visit
    runs (only on the step the run waits on)."""

    step: str
    seconds: float = 0.0
    since: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"step": self.step, "seconds": round(self.seconds, 3)}
        if self.since is not None:
            out["since"] = self.since
        return out

    @classmethod
    def from_json(cls, data: Any) -> PathEntry:
        if isinstance(data, str):  # a bare step id
            return cls(data)
        seconds = data.get("seconds", 0.0)
        return cls(str(data["step"]),
                   float(seconds) if isinstance(seconds, int | float) else 0.0,
                   data.get("since"))

    def elapsed(self, now: datetime | None) -> float:
        since = _parse_time(self.since)
        if since is None or now is None:
            return self.seconds
        return self.seconds + max(0.0, (now - since).total_seconds())


@dataclass(frozen=True)
class RunState:
    """Where a run is: the step it waits on (or the last one, once ended), the answers
    so far, the path, the outcome (``""`` while running), start and end times (ISO)."""

    current: str
    answers: Mapping[str, Any]
    path: tuple[PathEntry, ...]
    started_at: str
    outcome: str = ""
    ended_at: str | None = None

    @property
    def ended(self) -> bool:
        return bool(self.outcome)

    def to_json(self) -> dict[str, Any]:
        return {"current": self.current, "answers": _thaw(self.answers),
                "path": [p.to_json() for p in self.path], "started_at": self.started_at,
                "outcome": self.outcome, "ended_at": self.ended_at}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RunState:
        return cls(current=str(data.get("current") or ""),
                   answers=MappingProxyType(_freeze(dict(data.get("answers") or {}))),
                   path=tuple(PathEntry.from_json(p) for p in data.get("path") or []),
                   started_at=str(data.get("started_at") or ""),
                   outcome=str(data.get("outcome") or ""),
                   ended_at=data.get("ended_at"))


def _answers(values: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(values))


def start(script: Script, now: datetime) -> RunState:
    """A new run waiting on the start step."""
    at = _iso(now)
    return RunState(script.start, _answers({}), (PathEntry(script.start, 0.0, at),), at)


def _leave(entry: PathEntry, now: datetime) -> PathEntry:
    return PathEntry(entry.step, entry.elapsed(now), None)


@dataclass(frozen=True)
class Advance:
    """What :func:`answer` did.

    ``status``: ``moved`` (on to the next step), ``ended`` (an outcome was reached),
    ``invalid`` (answers refused, see ``issues``), ``stuck`` (no branch matches or
    the target step is missing: a script defect; ``target`` names a missing step),
    ``finished`` (the run had ended already). The state is unchanged unless
    moved/ended.
    """

    state: RunState
    status: str
    issues: Mapping[str, AnswerIssue] = field(default_factory=lambda: MappingProxyType({}))
    target: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("moved", "ended")


def take_answers(step: Step, values: Mapping[str, Any]
                 ) -> tuple[dict[str, Any], dict[str, AnswerIssue]]:
    """Parse the answers to a step's questions: (normalised answers, issues)."""
    taken: dict[str, Any] = {}
    issues: dict[str, AnswerIssue] = {}
    for q in step.questions:
        value, issue = parse_answer(q, values.get(q.id))
        if issue is not None:
            issues[q.id] = issue
        elif value is not None:
            taken[q.id] = value
    return taken, issues


def answer(script: Script, state: RunState, values: Mapping[str, Any],
           now: datetime) -> Advance:
    """Answer the current step's questions and go on: to the outcome when the step
    has one, else along the first matching branch. Never raises."""
    if state.ended:
        return Advance(state, "finished")
    step = script.step(state.current)
    if step is None:
        return Advance(state, "stuck", target=state.current)
    taken, issues = take_answers(step, values)
    if issues:
        return Advance(state, "invalid", MappingProxyType(issues))
    own = {q.id for q in step.questions}
    answers = {k: v for k, v in state.answers.items() if k not in own}
    answers.update(taken)
    path = state.path or (PathEntry(step.id, 0.0, _iso(now)),)
    if step.outcome:
        ended = replace(state, answers=_answers(answers),
                        path=(*path[:-1], _leave(path[-1], now)),
                        outcome=step.outcome, ended_at=_iso(now))
        return Advance(ended, "ended")
    target = next_step(step, answers)
    if target is None:
        return Advance(state, "stuck")
    if script.step(target) is None:
        return Advance(state, "stuck", target=target)
    moved = replace(state, current=target, answers=_answers(answers),
                    path=(*path[:-1], _leave(path[-1], now),
                          PathEntry(target, 0.0, _iso(now))))
    return Advance(moved, "moved")


def record(script: Script, state: RunState, question_id: str, raw: Any
           ) -> tuple[RunState, AnswerIssue | None]:
    """Keep one answer of the current step as it is given (without going on), so it
    survives a crash. An invalid or empty answer removes the kept one."""
    step = script.step(state.current)
    question = next((q for q in step.questions if q.id == question_id), None) if step else None
    if state.ended or question is None:
        return state, AnswerIssue(question_id, "unknown_question")
    value, issue = parse_answer(question, raw)
    answers = dict(state.answers)
    if value is None:
        answers.pop(question_id, None)
    else:
        answers[question_id] = value
    if answers == dict(state.answers):
        return state, issue
    return replace(state, answers=_answers(answers)), issue


def _answers_on_path(script: Script, path: Sequence[PathEntry],
                     answers: Mapping[str, Any]) -> Mapping[str, Any]:
    on_path = {p.step for p in path}
    owner = script.step_of_question()
    return _answers({k: v for k, v in answers.items() if owner.get(k) in on_path})


def back(script: Script, state: RunState, now: datetime) -> RunState:
    """One step back: the previous step waits again with its answers; the answers of
    the step left are dropped. No-op at the start or once ended."""
    if state.ended or len(state.path) < 2:
        return state
    path = state.path[:-1]
    last = path[-1]
    path = (*path[:-1], PathEntry(last.step, last.seconds, _iso(now)))
    return replace(state, current=last.step, path=path,
                   answers=_answers_on_path(script, path, state.answers))


def restart(script: Script, state: RunState, now: datetime) -> RunState:
    """Back to the start step with no answers (the run's start time stays). No-op
    once ended."""
    if state.ended:
        return state
    return replace(state, current=script.start, answers=_answers({}),
                   path=(PathEntry(script.start, 0.0, _iso(now)),))


def seconds_per_step(state: RunState, now: datetime | None = None
                     ) -> list[tuple[str, float]]:
    """(step, seconds) along the path; the waiting step counts up to ``now``."""
    return [(p.step, p.elapsed(now)) for p in state.path]


def waiting_on(script: Script, state: RunState) -> Step | None:
    """The step the run waits on, or None once it has ended."""
    return None if state.ended else script.step(state.current)


# -- validation ---------------------------------------------------------------------------

ISSUE_CODES = (
    "no_steps", "no_start", "invalid_step_id", "invalid_question_id", "duplicate_question",
    "unknown_question_type", "question_without_choices", "duplicate_choice",
    "invalid_range", "missing_target", "unreachable_step", "dead_end", "loop_without_exit",
    "choice_without_branch", "unknown_question", "branch_value_not_a_choice",
    "unknown_operator", "unknown_outcome", "escalation_without_level",
    "invalid_escalation_level", "unknown_field", "invalid_field_value",
    "unknown_placeholder", "empty_text", "no_default_branch", "branches_ignored",
)
WARNINGS = frozenset({"empty_text", "no_default_branch", "branches_ignored"})


@dataclass(frozen=True)
class Issue:
    """A problem of a script: ``code`` (see :data:`ISSUE_CODES`), ``params`` for the
    translated message, ``severity`` (``error`` blocks publishing, ``warning`` not)."""

    code: str
    params: Mapping[str, Any]

    @property
    def severity(self) -> str:
        return "warning" if self.code in WARNINGS else "error"

    @property
    def step(self) -> str | None:
        value = self.params.get("step")
        return str(value) if value is not None else None

    @property
    def message(self) -> str:
        """English text (logs, CLI); the window translates by code."""
        p = {k: v for k, v in self.params.items()}
        texts = {
            "no_steps": "The script has no steps.",
            "no_start": "The start step {start!r} does not exist.",
            "invalid_step_id": "The step id {step!r} may only use letters, digits, "
                               "'_', '.', '-' (at most 80).",
            "invalid_question_id": "Step {step!r}: the question id {question!r} may only "
                                   "use letters, digits and '_'.",
            "duplicate_question": "Step {step!r}: the question id {question!r} is used "
                                  "more than once.",
            "unknown_question_type": "Step {step!r}: question {question!r} has the "
                                     "unknown type {type!r}.",
            "question_without_choices": "Step {step!r}: question {question!r} has no "
                                        "choices.",
            "duplicate_choice": "Step {step!r}: question {question!r} lists {choice!r} "
                                "twice.",
            "invalid_range": "Step {step!r}: question {question!r} has a minimum above "
                             "its maximum.",
            "missing_target": "Step {step!r} branches to the missing step {target!r}.",
            "unreachable_step": "Step {step!r} cannot be reached from the start.",
            "dead_end": "Step {step!r} has neither an outcome nor a branch.",
            "loop_without_exit": "The steps {steps} form a loop that never reaches an "
                                 "outcome.",
            "choice_without_branch": "Step {step!r}: the answer {choice!r} to {question!r} "
                                     "has no branch.",
            "unknown_question": "Step {step!r} branches on the unknown question "
                                "{question!r}.",
            "branch_value_not_a_choice": "Step {step!r}: {value!r} is not a choice of "
                                         "{question!r}.",
            "unknown_operator": "Step {step!r}: unknown condition {operator!r}.",
            "unknown_outcome": "Step {step!r} ends with the unknown outcome {outcome!r}.",
            "escalation_without_level": "Step {step!r} ends escalated but names no level.",
            "invalid_escalation_level": "Step {step!r} escalates to level {level!r}; "
                                        "only 2 or 3.",
            "unknown_field": "Step {step!r} sets the unknown ticket field {field!r}.",
            "invalid_field_value": "Step {step!r} sets {field!r} to the invalid value "
                                   "{value!r}.",
            "unknown_placeholder": "Step {step!r} uses the unknown placeholder "
                                   "{{{placeholder}}}.",
            "empty_text": "Step {step!r} has no text.",
            "no_default_branch": "Step {step!r}: some answers may match no branch; add "
                                 "a default branch.",
            "branches_ignored": "Step {step!r} ends the script, so its branches are "
                                "never used.",
        }
        template = texts.get(self.code, self.code)
        try:
            return template.format(**p)
        except (KeyError, IndexError, ValueError):
            return template


def _issue(code: str, **params: Any) -> Issue:
    return Issue(code, MappingProxyType(params))


def _edges(script: Script) -> dict[str, list[str]]:
    return {sid: [t for t in s.targets if t in script.steps] if not s.outcome else []
            for sid, s in script.steps.items()}


def reachable_steps(script: Script) -> list[str]:
    """The steps a run can reach from the start, in definition order."""
    if script.start not in script.steps:
        return []
    edges = _edges(script)
    seen = {script.start}
    todo = [script.start]
    while todo:
        for target in edges[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return [sid for sid in script.steps if sid in seen]


def _can_finish(script: Script) -> set[str]:
    edges = _edges(script)
    done = {sid for sid, s in script.steps.items() if s.outcome}
    changed = True
    while changed:
        changed = False
        for sid, targets in edges.items():
            if sid not in done and any(t in done for t in targets):
                done.add(sid)
                changed = True
    return done


def _components(nodes: list[str], edges: Mapping[str, list[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative) among ``nodes``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    counter = 0
    allowed = set(nodes)
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = [t for t in edges.get(node, []) if t in allowed]
            if i < len(targets):
                work.append((node, i + 1))
                target = targets[i]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                result.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return result


def _check_placeholders(step: Step, known: set[str]) -> list[Issue]:
    texts = [step.text, *(q.text for q in step.questions)]
    if step.actions.escalate is not None:
        e = step.actions.escalate
        texts += [e.tried, e.findings, e.told_customer]
    found: list[Issue] = []
    seen: set[str] = set()
    for text in texts:
        for name in placeholders_in(text):
            if name not in known and name not in seen:
                seen.add(name)
                found.append(_issue("unknown_placeholder", step=step.id, placeholder=name))
    return found


def _check_questions(step: Step, seen_questions: set[str]) -> list[Issue]:
    found: list[Issue] = []
    for q in step.questions:
        if not QUESTION_ID.match(q.id):
            found.append(_issue("invalid_question_id", step=step.id, question=q.id))
        if q.id in seen_questions:
            found.append(_issue("duplicate_question", step=step.id, question=q.id))
        seen_questions.add(q.id)
        if q.type not in QUESTION_TYPES:
            found.append(_issue("unknown_question_type", step=step.id, question=q.id,
                                type=q.type))
        if q.type in CHOICE_TYPES:
            if not q.choices:
                found.append(_issue("question_without_choices", step=step.id, question=q.id))
            for choice, n in Counter(q.choices).items():
                if n > 1:
                    found.append(_issue("duplicate_choice", step=step.id, question=q.id,
                                        choice=choice))
        if q.min is not None and q.max is not None and q.min > q.max:
            found.append(_issue("invalid_range", step=step.id, question=q.id))
    return found


def _options(q: Question) -> list[Any] | None:
    """The possible answers of a question whose answers can be listed."""
    if q.type == "yes_no":
        options: list[Any] = [True, False]
    elif q.type == "choice":
        options = list(q.choices)
    else:
        return None
    if not q.required:
        options.append(None)
    return options


def _check_branches(script: Script, step: Step, questions: Mapping[str, Question]
                    ) -> list[Issue]:
    found: list[Issue] = []
    if step.outcome:
        if step.branches:
            found.append(_issue("branches_ignored", step=step.id))
        return found
    if not step.branches:
        return found  # reported as dead_end
    for branch in step.branches:
        if branch.goto not in script.steps:
            found.append(_issue("missing_target", step=step.id, target=branch.goto))
        for qid, cond in branch.when.items():
            q = questions.get(qid)
            if q is None:
                found.append(_issue("unknown_question", step=step.id, question=qid))
                continue
            values: list[Any] = []
            if isinstance(cond, Mapping):
                for op, value in cond.items():
                    if op not in OPERATORS:
                        found.append(_issue("unknown_operator", step=step.id, operator=op))
                    elif op == "in" and isinstance(value, list | tuple):
                        values += list(value)
                    elif op in ("eq", "ne"):
                        values.append(value)
            else:
                values.append(cond)
            if q.type in CHOICE_TYPES:
                for value in values:
                    if value is not None and value not in q.choices:
                        found.append(_issue("branch_value_not_a_choice", step=step.id,
                                            question=qid, value=value))
    if any(b.is_default for b in step.branches):
        return found
    # Without a default branch every answer must find a branch.
    own = {q.id: q for q in step.questions}
    constrained = {qid for b in step.branches for qid in b.when}
    for qid in constrained:
        q = questions.get(qid)
        if q is None:
            continue
        options = _options(q) if qid in own else None
        if options is None:
            found.append(_issue("no_default_branch", step=step.id, question=qid))
            continue
        for option in options:
            if not any(condition_holds(b.when[qid], option) if qid in b.when else True
                       for b in step.branches):
                choice = "" if option is None else option
                found.append(_issue("choice_without_branch", step=step.id, question=qid,
                                    choice=choice))
    return found


def _check_actions(step: Step) -> list[Issue]:
    found: list[Issue] = []
    if step.outcome and step.outcome not in OUTCOMES and step.outcome not in LEVEL_OUTCOMES:
        found.append(_issue("unknown_outcome", step=step.id, outcome=step.outcome))
    if step.outcome == "escalated" and step.actions.escalate is None:
        found.append(_issue("escalation_without_level", step=step.id))
    escalate = step.actions.escalate
    if escalate is not None and escalate.to_level not in ESCALATION_LEVELS:
        found.append(_issue("invalid_escalation_level", step=step.id, level=escalate.to_level))
    for name, value in step.actions.set_fields.items():
        if name not in SETTABLE_FIELDS:
            found.append(_issue("unknown_field", step=step.id, field=name))
        elif not field_value_ok(name, value):
            found.append(_issue("invalid_field_value", step=step.id, field=name, value=value))
    return found


def field_value_ok(name: str, value: Any) -> bool:
    if name == "category":
        return isinstance(value, str) and len(value) <= 80
    if name in ("impact", "urgency"):
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5
    return False


def validate(script: Script) -> list[Issue]:
    """Every problem of a script, errors and warnings, in a stable order: the script
    as a whole first, then step by step in definition order."""
    if not script.steps:
        return [_issue("no_steps")]
    found: list[Issue] = []
    if script.start not in script.steps:
        found.append(_issue("no_start", start=script.start))
    questions = script.questions()
    known = set(PLACEHOLDERS) | {ANSWER_PREFIX + qid for qid in questions}
    seen_questions: set[str] = set()
    reachable = set(reachable_steps(script))
    finishing = _can_finish(script)
    for sid, step in script.steps.items():
        if not STEP_ID.match(sid):
            found.append(_issue("invalid_step_id", step=sid))
        if not step.text.strip():
            found.append(_issue("empty_text", step=sid))
        found += _check_questions(step, seen_questions)
        if script.start in script.steps and sid not in reachable:
            found.append(_issue("unreachable_step", step=sid))
        if not step.outcome and not step.branches:
            found.append(_issue("dead_end", step=sid))
        found += _check_branches(script, step, questions)
        found += _check_actions(step)
        found += _check_placeholders(step, known)
    # Loops that never reach an outcome (among the reachable steps).
    stuck = [sid for sid in script.steps if sid in reachable and sid not in finishing]
    edges = _edges(script)
    order = list(script.steps)
    for component in _components(stuck, edges):
        looping = len(component) > 1 or component[0] in edges.get(component[0], [])
        if looping:
            steps = sorted(component, key=order.index)
            found.append(_issue("loop_without_exit", step=steps[0], steps=steps))
    return found


def errors(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == "error"]


# -- transcript ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TranscriptAnswer:
    question: str  # id
    text: str  # the question as asked (rendered)
    value: Any  # JSON
    shown: str


@dataclass(frozen=True)
class TranscriptStep:
    step: str
    label: str
    text: str  # rendered
    answers: tuple[TranscriptAnswer, ...]
    seconds: float


@dataclass(frozen=True)
class Transcript:
    outcome: str
    steps: tuple[TranscriptStep, ...]
    answers: Mapping[str, Any]
    seconds: float
    fields: Mapping[str, Any]
    articles: tuple[str, ...]
    escalation: Mapping[str, Any] | None

    def to_data(self) -> dict[str, Any]:
        """JSON for the ticket entry's ``data`` (questions, answers, path, outcome,
        seconds per step, actions)."""
        return {
            "outcome": self.outcome,
            "answers": _thaw(self.answers),
            "path": [{"step": s.step, "label": s.label, "seconds": round(s.seconds, 1),
                      "answers": [{"question": a.question, "text": a.text,
                                   "value": _thaw(a.value), "shown": a.shown}
                                  for a in s.answers]}
                     for s in self.steps],
            "seconds": round(self.seconds, 1),
            "fields": dict(self.fields),
            "articles": list(self.articles),
            "escalation": dict(self.escalation) if self.escalation is not None else None,
        }


@dataclass(frozen=True)
class TranscriptLabels:
    """Translated words for the transcript text (the caller supplies them)."""

    heading: str = "Call script \u201c{name}\u201d (revision {revision})"
    outcome: str = "Outcome: {outcome}"
    duration: str = "Time: {seconds} s"
    step_time: str = "{seconds} s"
    answers: AnswerLabels = AnswerLabels()
    outcomes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def field_actions(script: Script, state: RunState) -> dict[str, Any]:
    """Ticket fields the steps on the path set (later steps win)."""
    fields: dict[str, Any] = {}
    for entry in state.path:
        step = script.step(entry.step)
        if step is not None:
            fields.update({k: v for k, v in step.actions.set_fields.items()
                           if k in SETTABLE_FIELDS and field_value_ok(k, v)})
    return fields


def article_actions(script: Script, state: RunState) -> tuple[str, ...]:
    """Knowledge articles of the steps on the path (each once, in path order)."""
    found: dict[str, None] = {}
    for entry in state.path:
        step = script.step(entry.step)
        if step is not None:
            found.update(dict.fromkeys(step.actions.articles))
    return tuple(found)


def escalation_proposal(script: Script, state: RunState, context: Mapping[str, str],
                        labels: AnswerLabels = AnswerLabels()) -> dict[str, Any] | None:
    """``{"to_level", "tried", "findings", "told_customer"}`` for the ticket layer,
    from the last ``escalate`` action on the path or the outcome ``escalate_lN``;
    None when the run proposes no escalation. Templates are rendered; ``tried``
    defaults to the questions and answers of the path, ``findings`` to the last
    step's text."""
    values = placeholder_values(script, context, state.answers, labels)
    chosen: Escalation | None = None
    for entry in state.path:
        step = script.step(entry.step)
        if step is not None and step.actions.escalate is not None:
            chosen = step.actions.escalate
    level = LEVEL_OUTCOMES.get(state.outcome)
    if chosen is None and level is None:
        return None
    chosen = chosen or Escalation(level or 2)
    if level is not None and chosen.to_level not in ESCALATION_LEVELS:
        chosen = replace(chosen, to_level=level)
    last = script.step(state.path[-1].step) if state.path else None
    tried = render(chosen.tried, values) if chosen.tried else "\n".join(
        f"{render(q.text, values)}: {format_answer(q, state.answers[q.id], labels)}"
        for entry in state.path if (s := script.step(entry.step)) is not None
        for q in s.questions if q.id in state.answers)
    findings = render(chosen.findings, values) if chosen.findings else (
        render(last.text, values) if last is not None else "")
    return {"to_level": chosen.to_level, "tried": tried, "findings": findings,
            "told_customer": render(chosen.told_customer, values)}


def build_transcript(script: Script, state: RunState, context: Mapping[str, str],
                     now: datetime | None = None,
                     labels: AnswerLabels = AnswerLabels()) -> Transcript:
    """The transcript of a run (ended or not): the path with rendered texts, the
    answers of each step, seconds per step, the outcome and its actions."""
    values = placeholder_values(script, context, state.answers, labels)
    steps: list[TranscriptStep] = []
    end = _parse_time(state.ended_at) or now
    for entry in state.path:
        step = script.step(entry.step)
        if step is None:
            continue
        answers = tuple(
            TranscriptAnswer(q.id, render(q.text, values), state.answers[q.id],
                             format_answer(q, state.answers[q.id], labels))
            for q in step.questions if q.id in state.answers)
        steps.append(TranscriptStep(step.id, step.label, render(step.text, values), answers,
                                    entry.elapsed(end)))
    return Transcript(
        outcome=state.outcome, steps=tuple(steps), answers=state.answers,
        seconds=sum(s.seconds for s in steps),
        fields=MappingProxyType(field_actions(script, state)),
        articles=article_actions(script, state),
        escalation=escalation_proposal(script, state, context, labels))


def transcript_text(transcript: Transcript, name: str, revision: int,
                    labels: TranscriptLabels = TranscriptLabels()) -> str:
    """The transcript as the ticket entry's body."""
    lines = [labels.heading.format(name=name, revision=revision)]
    for number, step in enumerate(transcript.steps, start=1):
        seconds = labels.step_time.format(seconds=round(step.seconds))
        lines.append(f"{number}. {step.label} ({seconds})")
        for a in step.answers:
            lines.append(f"   - {a.text}: {a.shown}")
    if transcript.outcome:
        shown = labels.outcomes.get(transcript.outcome, transcript.outcome)
        lines.append(labels.outcome.format(outcome=shown))
    lines.append(labels.duration.format(seconds=round(transcript.seconds)))
    return "\n".join(lines)


# -- choosing a script --------------------------------------------------------------------

ARCHIVED = frozenset({"archived", "retired"})


@dataclass(frozen=True)
class ScriptCandidate:
    id: str
    key: str
    name: str
    revision: int
    status: str
    language: str = "de"
    queue_id: str | None = None
    category: str = ""
    dialled_number: str = ""

    @property
    def family(self) -> str:
        """What ties the revisions together: the key, else the name (the seed's rows
        have no key)."""
        return self.key or f"name:{self.name}"


def newest_published(candidates: Iterable[ScriptCandidate]) -> list[ScriptCandidate]:
    """The newest published revision of each script, by name."""
    best: dict[str, ScriptCandidate] = {}
    for c in candidates:
        if c.status != "published":
            continue
        held = best.get(c.family)
        if held is None or c.revision > held.revision:
            best[c.family] = c
    return sorted(best.values(), key=lambda c: (c.name.casefold(), c.revision))


def normalise_number(number: str, region: str = "DE") -> str:
    """A phone number in E.164 when it parses, else its digits (and a leading +)."""
    text = (number or "").strip()
    if not text:
        return ""
    try:
        parsed = phonenumbers.parse(text, region)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return ("+" if text.startswith("+") else "") + re.sub(r"\D", "", text)


def specificity(c: ScriptCandidate, *, queue_id: str | None = None,
                dialled_number: str = "", category: str = "") -> int | None:
    """How specifically a script fits a call (higher is better), None when it does not."""
    score = 0
    if c.dialled_number.strip():
        if not dialled_number or (normalise_number(c.dialled_number)
                                  != normalise_number(dialled_number)):
            return None
        score += 4
    if c.category.strip():
        if c.category.strip().casefold() != (category or "").strip().casefold():
            return None
        score += 2
    if c.queue_id:
        if c.queue_id != queue_id:
            return None
        score += 1
    return score


def select_script(candidates: Iterable[ScriptCandidate], *, queue_id: str | None = None,
                  dialled_number: str = "", category: str = "",
                  language: str = "") -> ScriptCandidate | None:
    """The script for a call (see the module notes for the precedence), or None."""
    ranked: list[tuple[int, int, str, ScriptCandidate]] = []
    for c in newest_published(candidates):
        score = specificity(c, queue_id=queue_id, dialled_number=dialled_number,
                            category=category)
        if score is not None:
            ranked.append((-score, 0 if language and c.language == language else 1,
                           c.name.casefold(), c))
    if not ranked:
        return None
    ranked.sort(key=lambda r: r[:3])
    return ranked[0][3]


# -- statistics ---------------------------------------------------------------------------

@dataclass(frozen=True)
class StepStats:
    visits: int
    mean_seconds: float
    left: int  # runs that stopped here without an outcome
    ended: int  # runs that ended with an outcome here


@dataclass(frozen=True)
class ScriptStats:
    runs: int
    finished: int
    in_progress: int
    left: int
    outcomes: Mapping[str, int]
    left_at: Mapping[str, int]
    steps: Mapping[str, StepStats]

    @property
    def mean_seconds_per_step(self) -> dict[str, float]:
        return {sid: s.mean_seconds for sid, s in self.steps.items()}


def script_statistics(runs: Iterable[tuple[RunState, datetime | None]], now: datetime,
                      stale_after: timedelta = timedelta(hours=8)) -> ScriptStats:
    """Runs, outcomes, where calls leave the script and the mean time per step.

    ``runs`` holds each run's state and when it was last written. A run without an
    outcome that has not changed for ``stale_after`` counts as left at its current
    step; a younger one is still in progress. The time of a step counts every visit
    of a run (the waiting step of a run in progress is not counted).
    """
    total = finished = in_progress = left = 0
    outcomes: Counter[str] = Counter()
    left_at: Counter[str] = Counter()
    ended_at: Counter[str] = Counter()
    visits: Counter[str] = Counter()
    seconds: dict[str, float] = {}
    for state, updated in runs:
        total += 1
        if state.ended:
            finished += 1
            outcomes[state.outcome] += 1
            ended_at[state.current] += 1
            entries = state.path
        else:
            stale = updated is None or now - updated >= stale_after
            if stale:
                left += 1
                left_at[state.current] += 1
            else:
                in_progress += 1
            entries = state.path[:-1]
        for entry in entries:
            visits[entry.step] += 1
            seconds[entry.step] = seconds.get(entry.step, 0.0) + entry.seconds
    steps = {sid: StepStats(visits[sid], seconds.get(sid, 0.0) / visits[sid] if visits[sid]
                            else 0.0, left_at[sid], ended_at[sid])
             for sid in dict.fromkeys([*visits, *left_at, *ended_at])}
    return ScriptStats(total, finished, in_progress, left, MappingProxyType(dict(outcomes)),
                       MappingProxyType(dict(left_at)), MappingProxyType(steps))
