"""The translation catalogues are complete, consistent and up to date with the code.

- every message of agentdesk_de.ts and agentdesk_en.ts is translated (no unfinished,
  obsolete or empty entries), keeps the placeholders, accelerators and outer spaces of
  its source, and has both plural forms where it counts (``%n``);
- pyside6-lrelease compiles them with nothing unfinished, and Qt's translator answers
  every message (and plural form) from the compiled file;
- agentdesk_en.ts is the identity for singular messages (English plural forms only
  where ``%n`` needs them);
- ``pyside6-lupdate`` run over the code (as ``make lupdate`` does) finds no string the
  catalogues lack and keeps no string the code no longer has;
- no string reaches Qt's translator by a path lupdate cannot see (a ``_tr(text)``
  wrapper, ``other.tr()``, a computed context or text).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = {"de": TRANSLATIONS / "agentdesk_de.ts", "en": TRANSLATIONS / "agentdesk_en.ts"}
# German and English both have two plural forms (one, other).
PLURAL_FORMS = {"de": 2, "en": 2}
# %1..%99, %n / %Ln (numerus), {name}-style fields.
PLACEHOLDER = re.compile(r"%L?n|%\d{1,2}|\{[A-Za-z_][A-Za-z0-9_]*\}")
# A mnemonic: "&" before a visible character; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"&(?=[^\s&])")


def tool_binary(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) of this environment."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found (it comes with PySide6)"
    return found


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute ("" when finished)
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def load(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    assert root.tag == "TS", path
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (path, name, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(Message(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "", numerus=numerus,
                kind=translation.get("type", ""), forms=forms))
    return messages


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def outer_space(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]


def problems(lang: str, message: Message) -> list[str]:
    found = []
    if message.kind:
        found.append(f"marked {message.kind}")
    expected_forms = PLURAL_FORMS[lang] if message.numerus else 1
    if len(message.forms) != expected_forms:
        found.append(f"{len(message.forms)} forms instead of {expected_forms}")
    for form in message.forms:
        if not form.strip():
            found.append("empty translation")
            continue
        if placeholders(form) != placeholders(message.source):
            found.append(f"placeholders {sorted(placeholders(form).elements())} in {form!r}, "
                         f"source has {sorted(placeholders(message.source).elements())}")
        if accelerators(form) != accelerators(message.source):
            found.append(f"{accelerators(form)} accelerator(s) in {form!r}, "
                         f"source has {accelerators(message.source)}")
        if outer_space(form) != outer_space(message.source):
            found.append(f"leading/trailing spaces differ in {form!r}")
    if lang == "en" and not message.numerus and message.forms != (message.source,):
        found.append(f"English translation {message.forms[0]!r} is not the source text")
    return found


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_catalogue_is_complete_and_consistent(lang: str) -> None:
    messages = load(CATALOGUES[lang])
    assert len(messages) > 100, "the catalogue is (almost) empty"
    report = [f"{message}: {problem}"
              for message in messages for problem in problems(lang, message)]
    assert not report, f"{CATALOGUES[lang].name}:\n" + "\n".join(report)


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_catalogue_has_no_duplicates(lang: str) -> None:
    counts = Counter(message.key for message in load(CATALOGUES[lang]))
    assert not [key for key, count in counts.items() if count > 1]


def test_catalogues_hold_the_same_messages() -> None:
    de = {message.key for message in load(CATALOGUES["de"])}
    en = {message.key for message in load(CATALOGUES["en"])}
    assert sorted(de - en) == [] and sorted(en - de) == []


def test_problems_are_detected() -> None:
    """The checks above can fail: a broken message is reported for each rule."""
    def message(source: str, *forms: str, numerus: bool = False, kind: str = "") -> Message:
        return Message("Ctx", source, "", numerus, kind, forms)

    assert problems("de", message("Ticket %1 saved.", "Ticket %1 gespeichert.")) == []
    assert problems("de", message("&Save", "&Speichern")) == []
    assert problems("de", message("Ticket %1 saved.", "Ticket gespeichert."))
    assert problems("de", message("To {name}", "An {nme}"))
    assert problems("de", message("&Save", "Speichern"))
    assert problems("de", message("Save", ""))
    assert problems("de", message("Save", "Speichern", kind="unfinished"))
    assert problems("de", message(" of %1", "von %1"))
    assert problems("de", message("%n ticket(s)", "%n Ticket", numerus=True))
    assert problems("de", message("%n ticket(s)", "ein Ticket", "%n Tickets", numerus=True))
    assert problems("en", message("Save", "Store"))
    assert problems("en", message("%n ticket(s)", "%n ticket", "%n tickets", numerus=True)) == []


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_compiled_catalogue_answers_every_message(lang: str, tmp_path: Path) -> None:
    """lrelease takes the file, and Qt's translator gives back each text and plural form."""
    qm = tmp_path / f"agentdesk_{lang}.qm"
    result = subprocess.run(
        [tool_binary("pyside6-lrelease"), str(CATALOGUES[lang]), "-qm", str(qm)],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 unfinished" in result.stdout and "untranslated" not in result.stdout, (
        result.stdout)
    translator = QTranslator()
    assert translator.load(str(qm))
    wrong = []
    for message in load(CATALOGUES[lang]):
        comment = message.comment or None
        got: tuple[str, ...]
        want: tuple[str, ...]
        if message.numerus:
            got = tuple(translator.translate(message.context, message.source, comment, n)
                        for n in (1, 2))
            want = (message.forms[0], message.forms[-1])
        else:
            got = (translator.translate(message.context, message.source, comment),)
            want = message.forms
        if got != want:
            wrong.append(f"{message}: {got!r} instead of {want!r}")
    assert not wrong, "\n".join(wrong)


# --- up to date with the code -------------------------------------------------------

def source_files() -> list[Path]:
    """The files `make lupdate` scans."""
    return sorted([*ROOT.glob("desktop/ui/*.py"), *ROOT.glob("desktop/app/*.py")])


def test_catalogues_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """What `make lupdate` would add or drop: nothing (run it and translate otherwise).

    Fails while someone adds or changes a tr() string without updating the catalogues.
    """
    copies = tmp_path / "resources" / "translations"
    copies.mkdir(parents=True)
    for path in CATALOGUES.values():
        shutil.copy(path, copies / path.name)
    result = subprocess.run(
        [tool_binary("pyside6-lupdate"), "-no-obsolete", "-silent", *map(str, source_files()),
         "-ts", *(str(copies / path.name) for path in CATALOGUES.values())],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    for path in CATALOGUES.values():
        committed = {message.key for message in load(path)}
        updated = {message.key for message in load(copies / path.name)}
        missing = sorted(updated - committed)
        stale = sorted(committed - updated)
        assert not missing and not stale, (
            f"{path.name} is out of date with the code; run `make lupdate` and translate.\n"
            f"missing: {missing}\nno longer in the code: {stale}")


# --- strings lupdate cannot see -----------------------------------------------------

TRANSLATE_NAMES = {"translate", "tr"}


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The source-text argument of translate(context, text, ...) or x.tr(text, ...)."""
    index = 1 if _call_name(call) == "translate" else 0
    return call.args[index] if len(call.args) > index else None


def _is_qt_translate(call: ast.Call) -> bool:
    """translate(...) / QCoreApplication.translate(...) / x.tr(...).

    Not str.translate(table) nor QPainter.translate(dx, dy).
    """
    name = _call_name(call)
    if name == "tr":
        return True
    if name != "translate" or len(call.args) < 2:
        return False
    func = call.func
    if isinstance(func, ast.Name):
        return True
    owner = func.value if isinstance(func, ast.Attribute) else None
    owner_name = (owner.id if isinstance(owner, ast.Name)
                  else owner.attr if isinstance(owner, ast.Attribute) else "")
    context = call.args[0]
    return owner_name.endswith("Application") or (
        isinstance(context, ast.Constant) and isinstance(context.value, str))


def hidden_strings(source: str, where: str) -> list[str]:
    """Places in one module where a text reaches Qt's translator behind lupdate's back."""
    tree = ast.parse(source, filename=where)
    found: list[str] = []
    wrappers: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            params = {arg.arg for arg in node.args.args}
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _is_qt_translate(inner):
                    text = _text_argument(inner)
                    if isinstance(text, ast.Name) and text.id in params:
                        wrappers.add(node.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in wrappers and name not in TRANSLATE_NAMES and node.args and (
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(f"{where}:{node.lineno}: {name}({node.args[0].value!r}) - lupdate "
                         f"only sees literal texts in tr()/translate() calls")
        if not _is_qt_translate(node):
            continue
        if name == "tr" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id not in {"self", "cls"}:
                found.append(f"{where}:{node.lineno}: {owner.id}.tr() - lupdate files it "
                             f"under context {owner.id!r}, Qt looks it up under the class")
        if name == "translate":
            context = node.args[0]
            text = node.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)) and (
                    isinstance(text, ast.Constant)):
                found.append(f"{where}:{node.lineno}: translate() with a computed context")
        text = _text_argument(node)
        if isinstance(text, ast.JoinedStr | ast.BinOp):
            found.append(f"{where}:{node.lineno}: {name}() of a computed text (f-string or +)")
    return found


def test_hidden_string_detection_works() -> None:
    sample = (
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Ctx', text)\n"
        "A = _tr('hidden')\n"
        "B = QCoreApplication.translate('Ctx', 'seen')\n"
        "def f(window, n):\n"
        "    return window.tr('wrong context') + QCoreApplication.translate('Ctx', f'{n}')\n"
        "C = 'abc'.translate({})\n"
        "def g(painter, rect):\n"
        "    painter.translate(rect.left() + 2, 3)\n"
    )
    found = hidden_strings(sample, "probe.py")
    text = "\n".join(found)
    assert ":4: _tr('hidden')" in text
    assert ":7: window.tr()" in text
    assert ":7: translate() of a computed text" in text
    assert "seen" not in text and ":8:" not in text and ":10:" not in text
    assert len(found) == 3, found


def test_no_strings_hidden_from_lupdate() -> None:
    found = [place for path in source_files()
             for place in hidden_strings(path.read_text(encoding="utf-8"),
                                         str(path.relative_to(ROOT)))]
    assert not found, (
        "these texts are translated at run time but `make lupdate` cannot extract them, "
        "so they stay English; call QCoreApplication.translate('Context', 'literal') "
        "(or translate(...)/self.tr('literal')) directly:\n" + "\n".join(found))
