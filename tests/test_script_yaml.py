"""Call scripts as YAML (desktop/domain/script_yaml.py): exact round trips, hand-written
files, clear errors for malformed ones."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import scripts as sd
from desktop.domain.script_yaml import ScriptDocument, ScriptYamlError, dump_script, load_script
from server.seed import CALL_SCRIPTS
from tests.test_domain_scripts import DEMO, T0


def document(definition: dict[str, Any], **meta: Any) -> ScriptDocument:
    return ScriptDocument(script=sd.parse_script(definition), **{"name": "Demo", **meta})


@pytest.mark.parametrize(("name", "category", "definition"),
                         [(n, c, d) for n, c, _q, d in CALL_SCRIPTS])
def test_seeded_scripts_round_trip_exactly(name: str, category: str,
                                           definition: dict[str, Any]) -> None:
    doc = document(definition, name=name, category=category, key="k-" + category)
    text = dump_script(doc)
    assert load_script(text) == doc
    assert dump_script(load_script(text)) == text


def test_the_file_reads_like_the_documented_format() -> None:
    doc = document(DEMO, key="printer-check", queue_id="q-l1-hardware",
                   dialled_number="+49 89 2109 4000", description="Zwei Zeilen\nBeschreibung")
    text = dump_script(doc)
    assert text.startswith(textwrap.dedent("""\
        agentdesk_script: 1
        key: printer-check
        name: Demo
        language: de
        category: ''
        queue_id: q-l1-hardware
        dialled_number: +49 89 2109 4000
        description: |-
          Zwei Zeilen
          Beschreibung
        start: greet
        steps:
          greet:
            title: Greeting
        """))
    assert "      - when: {device: Drucker}\n        goto: printer\n" in text
    assert "Übergeben Sie an den 2nd Level." in text  # UTF-8, not escaped
    loaded = load_script(text)
    assert loaded == doc and sd.to_definition(loaded.script) == DEMO


def test_hand_written_yaml_with_plain_dates_and_yes_no() -> None:
    doc = load_script(textwrap.dedent("""\
        agentdesk_script: 1
        name: Rückruf
        start: ask
        steps:
          ask:
            text: Passt der {answer.day}?
            questions:
              - {id: day, type: date, text: Tag}
              - {id: ok, type: yes_no, text: 'Passt es?'}
            branches:
              - when: {ok: yes, day: {gte: 2026-12-01}}
                goto: done
              - when: {}
                goto: ask
          done: {text: Danke., outcome: callback}
        """))
    assert (doc.key, doc.language, doc.queue_id) == ("", "de", None)
    branch = doc.script.steps["ask"].branches[0]
    assert dict(branch.when) == {"ok": True, "day": {"gte": "2026-12-01"}}
    assert sd.validate(doc.script) == []
    state = sd.start(doc.script, T0)
    result = sd.answer(doc.script, state, {"day": "2026-12-24", "ok": "ja"},
                       T0)
    assert result.state.current == "done"


@pytest.mark.parametrize(("text", "code", "line", "params"), [
    ("agentdesk_script: 1\nname: [unclosed\n", "yaml_syntax", 3, None),
    ("agentdesk_script: 1\nname: x\n  start: a\n", "yaml_syntax", 3, None),
    ("- a\n- b\n", "not_a_mapping", None, {}),
    ("", "not_a_mapping", None, {}),
    ("agentdesk_script: 2\nname: x\nstart: a\nsteps: {}\n", "unsupported_format", None,
     {"found": 2}),
    ("name: x\nstart: a\nsteps: {}\n", "unsupported_format", None, {"found": None}),
    ("agentdesk_script: 1\nname: x\nstart: a\n", "missing_field", None, {"field": "steps"}),
    ("agentdesk_script: 1\nname: x\nlanguage: 5\nstart: a\nsteps: {a: {text: A}}\n",
     "bad_value", None, {"field": "language"}),
    ("agentdesk_script: 1\nname: x\nstart: a\nsteps: {a: {text: A, questions: q}}\n",
     "bad_definition", None, {"where": "steps.a.questions",
                              "detail": "steps.a.questions must be a list."}),
    ("agentdesk_script: 1\nname: x\nstart: a\nsteps: {1: {text: A}}\n", "bad_value", None,
     {"field": "script.steps"}),
])
def test_malformed_files_give_clear_errors(text: str, code: str, line: int | None,
                                           params: dict[str, Any] | None) -> None:
    with pytest.raises(ScriptYamlError) as raised:
        load_script(text)
    error = raised.value
    assert error.code == code
    assert error.line == line
    if params is not None:
        assert error.params == params
    if line is not None:
        assert f"(line {line}, column" in str(error)
        assert error.column is not None
    assert error.message


def test_yaml_line_break_characters_survive() -> None:
    # NEL and the Unicode separators are line breaks to YAML: they must be escaped
    definition = {"start": "a", "steps": {"a": {"text": "eins\x85zwei\ndrei\u2028vier",
                                                "outcome": "solved"}}}
    doc = document(definition, name="N\x85L", description="x\u2029y")
    text = dump_script(doc)
    assert load_script(text) == doc and dump_script(load_script(text)) == text


TRICKY = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["yes", "No", "null", "~", "2026-12-01", "12:30", "0x1F", "1e3", "- a",
                     "# not a comment", "a: b", "  leading", "trailing  ", "multi\nline\n",
                     "tab\there", "'quoted'", '"double"', "{curly}", "Ümlaut ß €", "\u2028",
                     "\x85", "a\u2029b\nc",
                     "line\n  indented\n", ""]))
ID = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)


@st.composite
def definitions(draw: st.DrawFn) -> dict[str, Any]:
    ids = draw(st.lists(ID, min_size=1, max_size=4, unique=True))
    steps: dict[str, Any] = {}
    for sid in ids:
        step: dict[str, Any] = {"text": draw(TRICKY)}
        if draw(st.booleans()):
            step["title"] = draw(TRICKY.filter(bool))
        questions = []
        for qid in draw(st.lists(ID, max_size=2, unique=True)):
            q: dict[str, Any] = {"id": f"{sid}_{qid}",
                                 "type": draw(st.sampled_from(sd.QUESTION_TYPES)),
                                 "text": draw(TRICKY)}
            if q["type"] in sd.CHOICE_TYPES:
                q["choices"] = draw(st.lists(TRICKY, min_size=1, max_size=3))
            if draw(st.booleans()):
                q["required"] = False
            if q["type"] == "number" and draw(st.booleans()):
                q["min"] = draw(st.integers(-5, 5) | st.floats(-5, 5, allow_nan=False))
            questions.append(q)
        if questions:
            step["questions"] = questions
        if draw(st.booleans()):
            step["outcome"] = draw(st.sampled_from([*sd.OUTCOMES, "escalate_l2"]))
        else:
            step["branches"] = [
                {"when": draw(st.dictionaries(ID, TRICKY | st.booleans() | st.integers()
                                              | st.fixed_dictionaries({"in": st.lists(TRICKY,
                                                                                      max_size=2)}),
                                              max_size=2)),
                 "goto": draw(st.sampled_from(ids))}
                for _ in range(draw(st.integers(1, 2)))]
        if draw(st.booleans()):
            step["actions"] = {"set_fields": {"category": draw(TRICKY)},
                               "escalate": {"to_level": 2, "tried": draw(TRICKY.filter(bool))}}
        steps[sid] = step
    return {"start": ids[0], "steps": steps}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(definition=definitions(), name=TRICKY.filter(bool), description=TRICKY,
       number=st.sampled_from(["", "+49 89 2109 4000", "0800 123"]))
def test_any_script_round_trips_exactly(definition: dict[str, Any], name: str,
                                        description: str, number: str) -> None:
    doc = document(definition, name=name, description=description, dialled_number=number,
                   queue_id=None, key="k")
    text = dump_script(doc)
    loaded = load_script(text)
    assert loaded == doc
    assert sd.to_definition(loaded.script) == definition
    assert dump_script(loaded) == text
