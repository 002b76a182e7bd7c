"""Plural forms (issue 9): every message with a count is a numerus message (``%n`` and
``tr(text, "", n)``), with both forms filled in English and German; no other message
hides a plural behind "(s)".

Two views of the same rule: the ``.ts`` catalogues (what translators and lrelease
see) and the Python sources (what lupdate will extract next time), so a new count
glued into a sentence fails here before it reaches a catalogue.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# Forms per numerus message: English and German both have singular and plural.
FORMS = {"en": 2, "de": 2}
# "ticket(s)", "call(s)": a plural written for the reader to work out. "Time (s)", the
# unit, has a space before it and is not matched.
PLURAL_MARK = re.compile(r"\w\(s\)")
COUNT_MARK = re.compile(r"%L?n")


def catalogue(language: str) -> list[ET.Element]:
    path = TRANSLATIONS / f"agentdesk_{language}.ts"
    return ET.parse(path).getroot().findall("./context/message")


def where(message: ET.Element) -> str:
    location = message.find("location")
    source = message.findtext("source") or ""
    if location is None:
        return source
    return f"{location.get('filename')}:{location.get('line')}: {source}"


@pytest.mark.parametrize("language", sorted(FORMS))
def test_every_numerus_message_has_its_plural_forms(language: str) -> None:
    messages = [m for m in catalogue(language) if m.get("numerus") == "yes"]
    assert messages, "the catalogue has numerus messages"
    wrong = []
    for message in messages:
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [] if translation is None else [
            (f.text or "").strip() for f in translation.findall("numerusform")]
        if len(forms) != FORMS[language] or not all(forms):
            wrong.append(f"{where(message)} → {forms}")
    assert not wrong, f"{len(wrong)} numerus messages without both forms:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", sorted(FORMS))
def test_no_plain_message_writes_a_plural_as_s_in_brackets(language: str) -> None:
    wrong = [where(m) for m in catalogue(language)
             if m.get("numerus") != "yes" and PLURAL_MARK.search(m.findtext("source") or "")]
    assert not wrong, "\n".join(wrong)


def translate_calls(path: Path) -> list[tuple[int, str, bool, str]]:
    """(line, source text, has a count argument, function name) for each
    ``tr``/``translate`` call with a literal text."""
    calls = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else (
            func.id if isinstance(func, ast.Name) else "")
        if name == "tr":
            text_at, count_at = 0, 2
        elif name == "translate":
            text_at, count_at = 1, 3
        else:
            continue
        if len(node.args) <= text_at:
            continue
        text = node.args[text_at]
        parts = [text] if isinstance(text, ast.Constant) else (
            [v for v in text.values] if isinstance(text, ast.JoinedStr) else [])
        source = "".join(p.value for p in parts
                         if isinstance(p, ast.Constant) and isinstance(p.value, str))
        if not source:
            continue
        counted = len(node.args) > count_at or any(k.arg == "n" for k in node.keywords)
        calls.append((node.lineno, source, counted, name))
    return calls


def test_the_sources_use_numerus_for_every_count() -> None:
    wrong = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        in_ui = path.parent.name == "ui"
        for line, source, counted, name in translate_calls(path):
            place = f"{path.relative_to(ROOT)}:{line}: {source!r}"
            if in_ui and counted and name == "translate":
                # pyside6-lupdate extracts numerus forms from self.tr(text, "", n) only;
                # QCoreApplication.translate(ctx, text, "", n) lands without them.
                wrong.append(f"{place}: use self.tr(text, '', n) for a numerus message")
            elif COUNT_MARK.search(source) and not counted:
                wrong.append(f"{place} has %n but no count")
            elif PLURAL_MARK.search(source) and not counted:
                wrong.append(f"{place} writes a plural as (s) without numerus")
    assert not wrong, "\n".join(wrong)


def test_the_source_check_sees_a_glued_plural(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "self.tr('%1 record(s)')\n"
        "self.tr('%n record(s)', '', count)\n"
        "QCoreApplication.translate('Ctx', 'Average time (s)')\n"
        "QCoreApplication.translate('Ctx', '%n call(s)')\n", encoding="utf-8")
    flagged = [(line, source) for line, source, counted, _ in translate_calls(sample)
               if (PLURAL_MARK.search(source) or COUNT_MARK.search(source)) and not counted]
    assert flagged == [(1, "%1 record(s)"), (4, "%n call(s)")]
