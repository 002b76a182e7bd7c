"""The call-script engine (desktop/domain/scripts.py): branching, answers, placeholders,
validation, transcripts, the choice of a script, statistics, and random runs."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import scripts as sd
from server.seed import CALL_SCRIPTS

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

# A small script with every kind of question, branch, action and outcome. The UI and
# service tests use it too.
DEMO: dict[str, Any] = {
    "start": "greet",
    "steps": {
        "greet": {
            "title": "Greeting",
            "text": "Guten Tag {customer.salutation} {customer.last_name}, hier ist "
                    "{agent.name}. Es geht um {ticket.reference}.",
            "questions": [{"id": "device", "type": "choice", "text": "Welches Gerät?",
                           "choices": ["Drucker", "Laptop", "Telefon"]}],
            "branches": [{"when": {"device": "Drucker"}, "goto": "printer"},
                         {"when": {"device": "Laptop"}, "goto": "laptop"},
                         {"when": {"device": "Telefon"}, "goto": "not_ours"}],
        },
        "printer": {
            "title": "Printer",
            "text": "Bitte schauen Sie auf das Display ({product}).",
            "questions": [
                {"id": "error_shown", "type": "yes_no", "text": "Zeigt das Display einen Fehler?"},
                {"id": "error_text", "type": "text", "text": "Fehlertext", "required": False}],
            "branches": [{"when": {"error_shown": True}, "goto": "escalate"},
                         {"when": {}, "goto": "solved"}],
            "actions": {"set_fields": {"category": "Drucker", "impact": 3},
                        "articles": ["kb-printer-display"]},
        },
        "laptop": {
            "title": "Laptop",
            "text": "Wie viele Kollegen sind betroffen?",
            "questions": [
                {"id": "affected", "type": "number", "text": "Anzahl", "min": 1, "max": 500},
                {"id": "symptoms", "type": "multi_choice", "text": "Was geht nicht?",
                 "choices": ["WLAN", "Akku", "Bildschirm"], "required": False},
                {"id": "callback_on", "type": "date", "text": "Rückruf am", "required": False},
                {"id": "callback_phone", "type": "phone", "text": "Rückrufnummer",
                 "required": False}],
            "branches": [{"when": {"affected": {"gte": 10}}, "goto": "escalate"},
                         {"when": {"symptoms": "WLAN"}, "goto": "escalate"},
                         {"when": {}, "goto": "callback"}],
            "actions": {"set_fields": {"urgency": 2}},
        },
        "escalate": {
            "title": "Hand-over",
            "text": "Übergeben Sie an den 2nd Level.",
            "outcome": "escalated",
            "actions": {"set_fields": {"impact": 2},
                        "escalate": {"to_level": 2, "tried": "Fehler: {answer.error_text}",
                                     "findings": "Gerät: {answer.device}",
                                     "told_customer": "Rückmeldung durch den 2nd Level."}},
        },
        "solved": {"title": "Solved", "text": "Gelöst.", "outcome": "solved"},
        "callback": {
            "title": "Callback", "text": "Rückruf vereinbart.",
            "questions": [{"id": "email", "type": "email", "text": "E-Mail für die Bestätigung"}],
            "outcome": "callback",
        },
        "not_ours": {"title": "Not ours", "text": "Telefonie betreut die Telekom.",
                     "outcome": "not_responsible"},
    },
}

CONTEXT = {"customer.salutation": "Frau", "customer.last_name": "Müller",
           "customer.first_name": "Monika", "agent.name": "Anna Schmidt",
           "ticket.reference": "T-2026-004711", "ticket.category": "Hardware"}


def demo() -> sd.Script:
    return sd.parse_script(DEMO)


def codes(definition: dict[str, Any]) -> list[str]:
    return [i.code for i in sd.validate(sd.parse_script(definition))]


def go(script: sd.Script, state: sd.RunState, values: dict[str, Any], seconds: float
       ) -> sd.RunState:
    result = sd.answer(script, state, values, T0 + timedelta(seconds=seconds))
    assert result.ok, (result.status, dict(result.issues))
    return result.state


# -- branching ------------------------------------------------------------------------------

def test_a_run_follows_the_branches_to_an_outcome() -> None:
    script = demo()
    state = sd.start(script, T0)
    assert state.current == "greet" and not state.ended
    state = go(script, state, {"device": "Drucker"}, 12)
    assert state.current == "printer"
    state = go(script, state, {"error_shown": "nein"}, 40)
    assert state.current == "solved"
    final = sd.answer(script, state, {}, T0 + timedelta(seconds=45))
    assert final.status == "ended"
    assert final.state.outcome == "solved" and final.state.ended_at is not None
    assert [p.step for p in final.state.path] == ["greet", "printer", "solved"]
    assert sd.seconds_per_step(final.state) == [("greet", 12.0), ("printer", 28.0),
                                                ("solved", 5.0)]
    assert dict(final.state.answers) == {"device": "Drucker", "error_shown": False}
    # an ended run takes no more answers
    assert sd.answer(script, final.state, {}, T0).status == "finished"


def test_number_and_multiple_choice_conditions() -> None:
    script = demo()
    laptop = go(script, sd.start(script, T0), {"device": "Laptop"}, 1)
    assert go(script, laptop, {"affected": "12"}, 2).current == "escalate"
    assert go(script, laptop, {"affected": "3"}, 2).current == "callback"
    wlan = go(script, laptop, {"affected": 3, "symptoms": ["Akku", "WLAN"]}, 2)
    assert wlan.current == "escalate"
    assert wlan.answers["symptoms"] == ("WLAN", "Akku")  # in the order of the choices


def test_a_step_without_a_matching_branch_waits_instead_of_failing() -> None:
    definition = copy.deepcopy(DEMO)
    definition["steps"]["greet"]["branches"] = [{"when": {"device": "Drucker"},
                                                 "goto": "printer"},
                                                {"when": {"device": "Laptop"}, "goto": "nowhere"}]
    script = sd.parse_script(definition)
    state = sd.start(script, T0)
    stuck = sd.answer(script, state, {"device": "Telefon"}, T0)
    assert (stuck.status, stuck.state) == ("stuck", state)
    missing = sd.answer(script, state, {"device": "Laptop"}, T0)
    assert (missing.status, missing.target, missing.state) == ("stuck", "nowhere", state)


def test_back_restores_the_previous_step_and_drops_later_answers() -> None:
    script = demo()
    state = go(script, sd.start(script, T0), {"device": "Drucker"}, 10)
    state, issue = sd.record(script, state, "error_text", "E13 Papierstau")
    assert issue is None and state.answers["error_text"] == "E13 Papierstau"
    back = sd.back(script, state, T0 + timedelta(seconds=30))
    assert back.current == "greet"
    assert dict(back.answers) == {"device": "Drucker"}  # kept to change, printer's gone
    assert sd.seconds_per_step(back, T0 + timedelta(seconds=35)) == [("greet", 15.0)]
    assert sd.back(script, back, T0) == back  # nothing before the start
    again = sd.restart(script, go(script, back, {"device": "Laptop"}, 40), T0)
    assert (again.current, dict(again.answers), len(again.path)) == ("greet", {}, 1)
    assert again.started_at == state.started_at


def test_record_keeps_valid_answers_of_the_current_step_only() -> None:
    script = demo()
    state = sd.start(script, T0)
    kept, issue = sd.record(script, state, "device", "Laptop")
    assert issue is None and kept.answers["device"] == "Laptop"
    same, issue = sd.record(script, kept, "device", "Fax")
    assert issue is not None and issue.code == "not_a_choice" and "device" not in same.answers
    other, issue = sd.record(script, state, "email", "a@b.de")
    assert other == state and issue is not None and issue.code == "unknown_question"


def test_run_state_survives_json() -> None:
    script = demo()
    state = go(script, sd.start(script, T0), {"device": "Laptop"}, 3)
    state, _ = sd.record(script, state, "symptoms", ["Akku", "WLAN"])
    text = json.dumps(state.to_json())
    restored = sd.RunState.from_json(json.loads(text))
    assert restored == state
    assert sd.answer(script, restored, {"affected": 2, "symptoms": ["Akku"]},
                     T0).state.current == "callback"


# -- answers --------------------------------------------------------------------------------

def question(kind: str, **extra: Any) -> sd.Question:
    return sd.Question("q", kind, "?", **extra)


@pytest.mark.parametrize(("kind", "extra", "raw", "expected"), [
    ("yes_no", {}, True, True),
    ("yes_no", {}, "Ja", True),
    ("yes_no", {}, "no", False),
    ("number", {}, "3,5", 3.5),
    ("number", {}, " 42 ", 42),
    ("number", {"min": 1, "max": 10}, 10.0, 10),
    ("date", {}, "2026-12-01", "2026-12-01"),
    ("phone", {}, "089 1234567", "+49891234567"),
    ("phone", {}, "+43 1 5121234", "+4315121234"),
    ("phone", {"region": "AT"}, "01 5121234", "+4315121234"),
    ("email", {}, " monika.mueller@example.de ", "monika.mueller@example.de"),
    ("choice", {"choices": ("a", "b")}, "b", "b"),
    ("multi_choice", {"choices": ("a", "b", "c")}, ["c", "a"], ("a", "c")),
    ("text", {}, "  Papierstau  ", "Papierstau"),
])
def test_answers_are_normalised(kind: str, extra: dict[str, Any], raw: Any,
                                expected: Any) -> None:
    value, issue = sd.parse_answer(question(kind, **extra), raw)
    assert issue is None
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(("kind", "extra", "raw", "code", "params"), [
    ("text", {}, "   ", "required", {}),
    ("yes_no", {}, "vielleicht", "not_yes_no", {}),
    ("choice", {"choices": ("a", "b")}, "c", "not_a_choice", {"choices": ["a", "b"]}),
    ("multi_choice", {"choices": ("a",)}, ["a", "x"], "not_choices", {"choices": ["a"]}),
    ("number", {}, "zwölf", "not_a_number", {}),
    ("number", {}, float("nan"), "not_a_number", {}),
    ("number", {}, True, "not_a_number", {}),
    ("number", {"min": 1}, "0", "number_too_small", {"min": 1}),
    ("number", {"max": 2.5}, 3, "number_too_large", {"max": 2.5}),
    ("date", {}, "31.12.2026", "not_a_date", {}),
    ("date", {}, "2026-02-30", "not_a_date", {}),
    ("phone", {}, "12", "not_a_phone", {}),
    ("phone", {}, "kein Anschluss", "not_a_phone", {}),
    ("email", {}, "monika@", "not_an_email", {}),
    ("email", {}, "zwei @leer.de", "not_an_email", {}),
    ("text", {"max_length": 5}, "zu lang", "too_long", {"max_length": 5}),
    ("text", {}, {"a": 1}, "not_text", {}),
])
def test_bad_answers_have_codes(kind: str, extra: dict[str, Any], raw: Any, code: str,
                                params: dict[str, Any]) -> None:
    value, issue = sd.parse_answer(question(kind, **extra), raw)
    assert value is None and issue is not None
    assert (issue.code, dict(issue.params)) == (code, params)
    assert issue.message  # English text for logs


def test_optional_questions_may_stay_empty_and_invalid_answers_stop_the_step() -> None:
    script = demo()
    laptop = go(script, sd.start(script, T0), {"device": "Laptop"}, 1)
    result = sd.answer(script, laptop, {"affected": "700", "callback_phone": "12"}, T0)
    assert result.status == "invalid" and result.state == laptop
    assert {k: v.code for k, v in result.issues.items()} == {
        "affected": "number_too_large", "callback_phone": "not_a_phone"}
    ok = sd.answer(script, laptop, {"affected": "2", "callback_phone": ""}, T0)
    assert ok.ok and "callback_phone" not in ok.state.answers


# -- placeholders ---------------------------------------------------------------------------

def test_placeholders_are_filled_from_the_call_and_the_answers() -> None:
    script = demo()
    values = sd.placeholder_values(script, CONTEXT, {"device": "Drucker"})
    assert sd.render(script.steps["greet"].text, values) == (
        "Guten Tag Frau Müller, hier ist Anna Schmidt. Es geht um T-2026-004711.")
    assert values["product"] == "Hardware"  # no "product" question: the ticket category
    assert sd.render("{{answer.device}} = {answer.device}", values) == (
        "{answer.device} = Drucker")
    assert sd.render("{customer.number}|{nicht_bekannt}", values) == "|{nicht_bekannt}"


def test_the_product_question_wins_over_the_ticket_category() -> None:
    script = sd.parse_script({"start": "a", "steps": {"a": {
        "text": "Produkt: {product}", "outcome": "solved",
        "questions": [{"id": "product", "type": "text", "text": "Produkt?"}]}}})
    values = sd.placeholder_values(script, CONTEXT, {"product": "Laserjet 4000"})
    assert sd.render("{product}", values) == "Laserjet 4000"
    assert sd.validate(script) == []


# -- validation -----------------------------------------------------------------------------

@pytest.mark.parametrize("definition", [d for _n, _c, _q, d in CALL_SCRIPTS])
def test_the_seeded_scripts_are_valid(definition: dict[str, Any]) -> None:
    assert sd.validate(sd.parse_script(definition)) == []


def test_the_demo_script_is_valid() -> None:
    assert sd.validate(demo()) == []


def with_steps(**steps: Any) -> dict[str, Any]:
    definition = copy.deepcopy(DEMO)
    definition["steps"].update(steps)
    return definition


def test_unreachable_steps_are_reported() -> None:
    issues = sd.validate(sd.parse_script(with_steps(orphan={"text": "Nie erreicht.",
                                                          "outcome": "solved"})))
    assert [(i.code, i.step, i.severity) for i in issues] == [
        ("unreachable_step", "orphan", "error")]
    assert issues[0].message == "Step 'orphan' cannot be reached from the start."


def test_branches_to_missing_steps_are_reported() -> None:
    definition = copy.deepcopy(DEMO)
    definition["steps"]["printer"]["branches"][1]["goto"] = "gone"
    issues = sd.validate(sd.parse_script(definition))
    missing = [i for i in issues if i.code == "missing_target"]
    assert [dict(i.params) for i in missing] == [{"step": "printer", "target": "gone"}]
    assert "unreachable_step" in [i.code for i in issues]  # "solved" lost its way in


def test_choices_without_a_branch_are_reported() -> None:
    definition = copy.deepcopy(DEMO)
    del definition["steps"]["greet"]["branches"][2]  # "Telefon" goes nowhere
    definition["steps"]["greet"]["branches"][0]["goto"] = "printer"
    issues = [i for i in sd.validate(sd.parse_script(definition))
              if i.code == "choice_without_branch"]
    assert [dict(i.params) for i in issues] == [
        {"step": "greet", "question": "device", "choice": "Telefon"}]


def test_yes_no_without_a_branch_for_no_is_reported() -> None:
    definition = copy.deepcopy(DEMO)
    definition["steps"]["printer"]["branches"] = [{"when": {"error_shown": True},
                                                   "goto": "escalate"}]
    definition["steps"]["greet"]["branches"][2]["goto"] = "solved"
    found = [(i.code, dict(i.params)) for i in sd.validate(sd.parse_script(definition))]
    assert ("choice_without_branch",
            {"step": "printer", "question": "error_shown", "choice": False}) in found


def test_loops_without_exit_are_reported() -> None:
    definition = with_steps(
        check={"text": "Prüfen", "questions": [{"id": "again", "type": "yes_no", "text": "?"}],
               "branches": [{"when": {}, "goto": "recheck"}]},
        recheck={"text": "Nochmal prüfen", "branches": [{"when": {}, "goto": "check"}]})
    definition["steps"]["greet"]["branches"][2]["goto"] = "check"
    issues = sd.validate(sd.parse_script(definition))
    loops = [i for i in issues if i.code == "loop_without_exit"]
    assert [dict(i.params) for i in loops] == [{"step": "check",
                                                "steps": ["check", "recheck"]}]
    # a loop with a way out is fine
    definition["steps"]["recheck"]["questions"] = [{"id": "fixed", "type": "yes_no",
                                                    "text": "Behoben?"}]
    definition["steps"]["recheck"]["branches"].insert(0, {"when": {"fixed": True},
                                                          "goto": "solved"})
    assert "loop_without_exit" not in codes(definition)


def test_a_step_that_loops_on_itself_is_a_loop() -> None:
    definition = {"start": "a", "steps": {
        "a": {"text": "A", "branches": [{"when": {}, "goto": "a"}]}}}
    assert codes(definition) == ["loop_without_exit"]


def test_unknown_placeholders_are_reported() -> None:
    definition = copy.deepcopy(DEMO)
    definition["steps"]["greet"]["text"] += " {kunde.name} {{kein.platzhalter}}"
    definition["steps"]["escalate"]["actions"]["escalate"]["tried"] = "{answer.nix}"
    issues = [(i.code, dict(i.params)) for i in sd.validate(sd.parse_script(definition))]
    assert issues == [
        ("unknown_placeholder", {"step": "greet", "placeholder": "kunde.name"}),
        ("unknown_placeholder", {"step": "escalate", "placeholder": "answer.nix"})]


@pytest.mark.parametrize(("definition", "expected"), [
    ({"start": "x", "steps": {"a": {"text": "A", "outcome": "solved"}}}, ["no_start"]),
    ({"start": "a", "steps": {}}, ["no_steps"]),
    ({"start": "a", "steps": {"a": {"text": "A"}}}, ["dead_end"]),
    ({"start": "a", "steps": {"a": {"text": "A", "outcome": "gelöst"}}}, ["unknown_outcome"]),
    ({"start": "a", "steps": {"a": {"text": "A", "outcome": "escalated"}}},
     ["escalation_without_level"]),
    ({"start": "a", "steps": {"a": {"text": "A", "outcome": "escalated",
                                    "actions": {"escalate": {"to_level": 4}}}}},
     ["invalid_escalation_level"]),
    ({"start": "a", "steps": {"a": {"text": "A", "outcome": "solved",
                                    "actions": {"set_fields": {"impact": 9, "owner": "x"}}}}},
     ["invalid_field_value", "unknown_field"]),
    ({"start": "a", "steps": {"a": {"text": "", "outcome": "solved"}}}, ["empty_text"]),
    ({"start": "a", "steps": {"a": {"text": "A", "outcome": "solved", "questions": [
        {"id": "q", "type": "choice", "text": "?"}, {"id": "q", "type": "slider", "text": "?"},
        {"id": "2x", "type": "number", "text": "?", "min": 5, "max": 1}]}}},
     ["question_without_choices", "duplicate_question", "unknown_question_type",
      "invalid_question_id", "invalid_range"]),
    ({"start": "a", "steps": {"a": {"text": "A", "questions": [
        {"id": "q", "type": "choice", "text": "?", "choices": ["x", "y"]}],
        "branches": [{"when": {"q": "z"}, "goto": "b"}, {"when": {"p": 1}, "goto": "b"},
                     {"when": {"q": {"like": "x"}}, "goto": "b"}, {"when": {}, "goto": "b"}]},
        "b": {"text": "B", "outcome": "solved", "branches": [{"when": {}, "goto": "a"}]}}},
     ["branch_value_not_a_choice", "unknown_question", "unknown_operator",
      "branches_ignored"]),
    ({"start": "a", "steps": {"a": {"text": "A", "questions": [
        {"id": "n", "type": "number", "text": "?"}],
        "branches": [{"when": {"n": {"lt": 3}}, "goto": "b"}]},
        "b": {"text": "B", "outcome": "solved"}}}, ["no_default_branch"]),
    ({"start": "a", "steps": {"a b": {"text": "A", "outcome": "solved"}}},
     ["no_start", "invalid_step_id"]),
])
def test_validation_codes(definition: dict[str, Any], expected: list[str]) -> None:
    assert codes(definition) == expected


def test_warnings_do_not_count_as_errors() -> None:
    script = sd.parse_script({"start": "a", "steps": {"a": {"text": "", "outcome": "solved"}}})
    issues = sd.validate(script)
    assert [i.severity for i in issues] == ["warning"] and sd.errors(issues) == []


@pytest.mark.parametrize(("definition", "code"), [
    ("{", "not_json"),
    ([], "not_a_mapping"),
    ({"start": "a", "steps": []}, "bad_value"),
    ({"start": "a", "steps": {"a": "text"}}, "bad_value"),
    ({"start": "a", "steps": {"a": {"text": 5}}}, "bad_value"),
    ({"start": "a", "steps": {"a": {"text": "A", "questions": [{"id": "q", "type": "text",
                                                              "text": "?", "min": True}]}}},
     "bad_value"),
])
def test_malformed_definitions_raise_script_errors(definition: Any, code: str) -> None:
    with pytest.raises(sd.ScriptError) as raised:
        sd.parse_script(definition)
    assert raised.value.code == code


def test_the_canonical_definition_reads_back_equal() -> None:
    for _n, _c, _q, definition in CALL_SCRIPTS:
        script = sd.parse_script(definition)
        assert sd.parse_script(sd.to_definition(script)) == script
    canonical = sd.to_definition(demo())
    assert canonical == DEMO  # the demo is written in canonical form


# -- transcript and actions -----------------------------------------------------------------

def test_the_transcript_holds_path_answers_times_and_actions() -> None:
    script = demo()
    state = go(script, sd.start(script, T0), {"device": "Drucker"}, 20)
    state = go(script, state, {"error_shown": True, "error_text": "E13"}, 50)
    state = go(script, state, {}, 60)
    transcript = sd.build_transcript(script, state, CONTEXT,
                                     labels=sd.AnswerLabels(yes="ja", no="nein"))
    data = json.loads(json.dumps(transcript.to_data()))
    assert data["outcome"] == "escalated"
    assert [(p["step"], p["seconds"]) for p in data["path"]] == [
        ("greet", 20.0), ("printer", 30.0), ("escalate", 10.0)]
    assert data["path"][1]["answers"][0] == {"question": "error_shown",
                                             "text": "Zeigt das Display einen Fehler?",
                                             "value": True, "shown": "ja"}
    assert data["seconds"] == 60.0
    assert data["fields"] == {"category": "Drucker", "impact": 2}  # later steps win
    assert data["articles"] == ["kb-printer-display"]
    assert data["escalation"] == {"to_level": 2, "tried": "Fehler: E13",
                                  "findings": "Gerät: Drucker",
                                  "told_customer": "Rückmeldung durch den 2nd Level."}
    text = sd.transcript_text(transcript, "Drucker", 3, sd.TranscriptLabels(
        outcomes={"escalated": "eskaliert"}))
    assert text.splitlines() == [
        "Call script \u201cDrucker\u201d (revision 3)",
        "1. Greeting (20 s)", "   - Welches Gerät?: Drucker",
        "2. Printer (30 s)", "   - Zeigt das Display einen Fehler?: ja",
        "   - Fehlertext: E13",
        "3. Hand-over (10 s)", "Outcome: eskaliert", "Time: 60 s"]


def test_the_seed_outcome_escalate_l3_proposes_level_3_with_the_answers_as_tried() -> None:
    definition = next(d for n, _c, _q, d in CALL_SCRIPTS if n == "VPN-Verbindung prüfen")
    script = sd.parse_script(definition)
    state = go(script, sd.start(script, T0), {"internet_ok": True}, 5)
    state = go(script, state, {"vpn_error": "Verbunden, aber nichts erreichbar"}, 9)
    state = go(script, state, {"dns_ok": False}, 20)
    state = go(script, state, {}, 25)
    assert state.outcome == "escalate_l3" and sd.outcome_info(state.outcome).kind == "escalated"
    proposal = sd.escalation_proposal(script, state, {})
    assert proposal is not None and proposal["to_level"] == 3
    assert proposal["tried"].splitlines() == [
        "Funktioniert das Internet ohne VPN?: yes",
        "Meldung im VPN-Client: Verbunden, aber nichts erreichbar",
        "Wird der Name aufgelöst?: no"]
    assert proposal["findings"].startswith("DNS-Problem über VPN")
    solved = go(script, sd.start(script, T0), {"internet_ok": False}, 1)
    assert sd.escalation_proposal(script, go(script, solved, {}, 2), {}) is None


# -- choosing a script ----------------------------------------------------------------------

def cand(name: str, revision: int = 1, status: str = "published", **kw: Any
         ) -> sd.ScriptCandidate:
    return sd.ScriptCandidate(id=f"{name}-{revision}", key=kw.pop("key", name), name=name,
                              revision=revision, status=status, **kw)


def test_selection_prefers_number_then_category_then_queue() -> None:
    scripts = [
        cand("general"),
        cand("queue", queue_id="q1"),
        cand("printer", queue_id="q1", category="Drucker"),
        cand("printer-any-queue", category="Drucker", language="en"),
        cand("hotline", dialled_number="+49 89 2109 4000"),
    ]

    def pick(**kw: Any) -> str | None:
        found = sd.select_script(scripts, **kw)
        return found.name if found else None

    assert pick(queue_id="q1", category="drucker", dialled_number="089 21094000") == "hotline"
    assert pick(queue_id="q1", category="Drucker") == "printer"
    assert pick(queue_id="q2", category="Drucker") == "printer-any-queue"
    assert pick(queue_id="q1", category="VPN") == "queue"
    assert pick(queue_id="q9") == "general"
    assert sd.select_script(scripts[1:], queue_id="q9") is None


def test_selection_uses_the_newest_published_revision_and_prefers_the_language() -> None:
    scripts = [cand("a", 1, key="k"), cand("a", 2, key="k"), cand("a", 3, "draft", key="k"),
               cand("old", 1, "archived", queue_id="q1"),
               cand("b-de", language="de", queue_id="q1"),
               cand("a-en", language="en", queue_id="q1")]
    assert [c.id for c in sd.newest_published(scripts)] == ["a-2", "a-en-1", "b-de-1"]
    assert sd.select_script(scripts, queue_id="q1", language="de").name == "b-de"  # type: ignore[union-attr]
    assert sd.select_script(scripts, queue_id="q1", language="en").name == "a-en"  # type: ignore[union-attr]
    # the seed's rows have no key: the name ties their revisions together
    unkeyed = [cand("x", 1, key=""), cand("x", 2, key=""), cand("y", 1, key="")]
    assert [c.id for c in sd.newest_published(unkeyed)] == ["x-2", "y-1"]


# -- statistics -----------------------------------------------------------------------------

def test_statistics_count_outcomes_drop_offs_and_time_per_step() -> None:
    script = demo()
    a = go(script, sd.start(script, T0), {"device": "Telefon"}, 10)
    a = go(script, a, {}, 14)  # not ours
    b = go(script, sd.start(script, T0), {"device": "Drucker"}, 30)
    b = go(script, go(script, b, {"error_shown": False}, 40), {}, 41)  # solved
    left = go(script, sd.start(script, T0), {"device": "Laptop"}, 20)  # then the call ended
    fresh = sd.start(script, T0)
    now = T0 + timedelta(hours=9)
    stats = sd.script_statistics([(a, T0), (b, T0), (left, T0),
                                  (fresh, now - timedelta(minutes=5))], now)
    assert (stats.runs, stats.finished, stats.in_progress, stats.left) == (4, 2, 1, 1)
    assert dict(stats.outcomes) == {"not_responsible": 1, "solved": 1}
    assert dict(stats.left_at) == {"laptop": 1}
    assert stats.steps["greet"].visits == 3
    assert stats.mean_seconds_per_step["greet"] == pytest.approx(20.0)
    assert stats.steps["printer"].mean_seconds == pytest.approx(10.0)
    assert stats.steps["laptop"].left == 1 and stats.steps["solved"].ended == 1


# -- random runs ----------------------------------------------------------------------------

RAW_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.sampled_from(["Drucker", "Laptop", "Telefon", "ja", "nein", "2026-12-01",
                     "089 1234567", "a@b.de", "WLAN", "12", "3,5"]),
    st.lists(st.sampled_from(["WLAN", "Akku", "Bildschirm", "x"]), max_size=4),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))

ACTIONS = st.lists(st.one_of(
    st.tuples(st.just("answer"), st.dictionaries(
        st.sampled_from(["device", "error_shown", "error_text", "affected", "symptoms",
                         "callback_on", "callback_phone", "email", "internet_ok",
                         "vpn_error", "login_ok", "user_found", "scope", "other"]),
        RAW_VALUES, max_size=5)),
    st.tuples(st.just("record"), st.tuples(st.sampled_from(
        ["device", "error_text", "affected", "symptoms", "email", "user_found"]), RAW_VALUES)),
    st.tuples(st.just("back"), st.none()),
    st.tuples(st.just("restart"), st.none()),
), max_size=25)

SCRIPTS = [DEMO, *(d for _n, _c, _q, d in CALL_SCRIPTS)]


def check_state(script: sd.Script, state: sd.RunState) -> None:
    if state.ended:
        assert state.outcome and script.steps[state.current].outcome == state.outcome
    else:
        assert state.current in script.steps and state.path[-1].step == state.current
    assert sd.RunState.from_json(json.loads(json.dumps(state.to_json()))) == state


def play(script: sd.Script, actions: list[tuple[str, Any]]) -> sd.RunState:
    state = sd.start(script, T0)
    for n, (kind, arg) in enumerate(actions, start=1):
        now = T0 + timedelta(seconds=n)
        if kind == "answer":
            state = sd.answer(script, state, arg, now).state
        elif kind == "record":
            state = sd.record(script, state, arg[0], arg[1])[0]
        elif kind == "back":
            state = sd.back(script, state, now)
        else:
            state = sd.restart(script, state, now)
        check_state(script, state)
    return state


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(SCRIPTS) - 1), actions=ACTIONS)
def test_random_answer_sequences_end_in_an_outcome_or_wait_on_a_step(
        index: int, actions: list[tuple[str, Any]]) -> None:
    script = sd.parse_script(SCRIPTS[index])
    state = play(script, actions)
    transcript = sd.build_transcript(script, state, CONTEXT, now=T0 + timedelta(hours=1))
    json.dumps(transcript.to_data())
    assert all(s.seconds >= 0 for s in transcript.steps)


STEP_NAMES = st.sampled_from(["a", "b", "c", "d"])
RANDOM_STEP = st.fixed_dictionaries({
    "text": st.sampled_from(["Schritt", "{customer.first_name}", "{unbekannt}", ""]),
    "questions": st.lists(st.fixed_dictionaries({
        "id": st.sampled_from(["q1", "q2", "q3"]),
        "type": st.sampled_from([*sd.QUESTION_TYPES, "slider"]),
        "text": st.just("?"),
        "choices": st.lists(st.sampled_from(["x", "y", "z"]), max_size=3),
        "required": st.booleans()}), max_size=2),
    "branches": st.lists(st.fixed_dictionaries({
        "when": st.dictionaries(st.sampled_from(["q1", "q2", "q3"]),
                                st.one_of(st.booleans(), st.sampled_from(["x", "y"]),
                                          st.integers(0, 5),
                                          st.fixed_dictionaries({"gte": st.integers(0, 5)})),
                                max_size=2),
        "goto": STEP_NAMES}), max_size=3),
    "outcome": st.one_of(st.none(), st.sampled_from(["solved", "escalate_l2", "weird"])),
})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.dictionaries(STEP_NAMES, RANDOM_STEP, min_size=1, max_size=4),
       actions=st.lists(st.one_of(
           st.tuples(st.just("answer"), st.dictionaries(
               st.sampled_from(["q1", "q2", "q3"]), RAW_VALUES, max_size=3)),
           st.tuples(st.just("back"), st.none()),
           st.tuples(st.just("restart"), st.none())), max_size=15))
def test_random_scripts_never_raise(steps: dict[str, Any],
                                    actions: list[tuple[str, Any]]) -> None:
    script = sd.parse_script({"start": next(iter(steps)), "steps": steps})
    issues = sd.validate(script)
    assert all(i.code in sd.ISSUE_CODES and i.message for i in issues)
    state = sd.start(script, T0)
    for n, (kind, arg) in enumerate(actions, start=1):
        now = T0 + timedelta(seconds=n)
        if kind == "answer":
            result = sd.answer(script, state, arg, now)
            assert result.status in ("moved", "ended", "invalid", "stuck", "finished")
            state = result.state
        elif kind == "back":
            state = sd.back(script, state, now)
        else:
            state = sd.restart(script, state, now)
        assert state.ended or state.current in script.steps


def valid_answer(q: sd.Question, draw: Any) -> Any:
    kind = q.type
    if kind == "yes_no":
        return draw(st.booleans())
    if kind == "choice":
        return draw(st.sampled_from(q.choices)) if q.choices else None
    if kind == "multi_choice":
        return draw(st.lists(st.sampled_from(q.choices), unique=True)) if q.choices else []
    if kind == "number":
        return draw(st.integers(0, 5))
    return {"date": "2026-01-01", "phone": "089 1234567", "email": "a@b.de"}.get(kind, "x")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.dictionaries(STEP_NAMES, RANDOM_STEP, min_size=1, max_size=4),
       data=st.data())
def test_scripts_without_problems_never_get_stuck(steps: dict[str, Any],
                                                 data: st.DataObject) -> None:
    script = sd.parse_script({"start": next(iter(steps)), "steps": steps})
    issues = sd.validate(script)
    if sd.errors(issues) or any(i.code == "no_default_branch" for i in issues):
        return
    state = sd.start(script, T0)
    for n in range(20):
        step = script.steps[state.current]
        values = {q.id: valid_answer(q, data.draw) for q in step.questions}
        result = sd.answer(script, state, values, T0 + timedelta(seconds=n))
        assert result.status in ("moved", "ended"), (result.status, dict(result.issues))
        state = result.state
        if state.ended:
            break
