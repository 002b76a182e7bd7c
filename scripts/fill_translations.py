"""Fill the unfinished messages of the Qt Linguist catalogues (after `make lupdate`).

- agentdesk_en.ts: every unfinished message gets its source text as translation; a
  numerus message (``%n``) gets an English singular and plural form, made from the
  ``(s)``/``(es)`` marks of the source ("%n ticket(s)" -> "%n ticket" / "%n tickets";
  without marks both forms are the source). ``--en-map`` overrides single messages.
- agentdesk_de.ts: the German text comes from a mapping file (``--de-map``, JSON)::

      {"Context": {"English source": "German", "%n ticket(s)": ["%n Ticket", "%n Tickets"]}}

Filled messages lose ``type="unfinished"``; messages without a translation stay
unfinished and are listed (exit status 1 then). Only the ``<translation>`` elements of
unfinished messages are rewritten, so the rest of the file keeps lupdate's formatting
(`make lupdate` normalises the file anyway).

Usage::

    python scripts/fill_translations.py --de-map /path/to/de_new.json [--en-map en.json]
        [--dir resources/translations] [--dry-run]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "resources" / "translations"

Mapping = dict[str, dict[str, str | list[str]]]

CONTEXT = re.compile(r"<context>.*?</context>", re.DOTALL)
NAME = re.compile(r"<name>(.*?)</name>", re.DOTALL)
MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>",
                     re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.DOTALL)
UNFINISHED = re.compile(
    r"(?P<indent>[ \t]*)<translation type=\"unfinished\"(?:/>|>(?P<text>.*?)</translation>)",
    re.DOTALL)
PLURAL_MARK = re.compile(r"\((e?s)\)")


@dataclass
class Result:
    filled: int = 0
    missing: list[str] | None = None


def unescape(text: str) -> str:
    return html.unescape(text)


def escape(text: str) -> str:
    """XML text as lupdate writes it (&amp; &lt; &gt; &quot; &apos;)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def english_forms(source: str) -> list[str]:
    """Singular and plural of an English numerus source: "ticket(s)" -> ticket / tickets."""
    return [PLURAL_MARK.sub("", source), PLURAL_MARK.sub(r"\1", source)]


def translation_xml(indent: str, forms: str | list[str], numerus: bool) -> str:
    if not numerus:
        assert isinstance(forms, str)
        return f"{indent}<translation>{escape(forms)}</translation>"
    inner = "".join(f"\n{indent}    <numerusform>{escape(form)}</numerusform>"
                    for form in forms)
    return f"{indent}<translation>{inner}\n{indent}</translation>"


def valid(value: object, numerus: bool) -> bool:
    if numerus:
        return (isinstance(value, list) and len(value) == 2
                and all(isinstance(form, str) and form.strip() for form in value))
    return isinstance(value, str) and bool(value.strip())


def fill(text: str, lang: str, mapping: Mapping) -> tuple[str, Result]:
    """``text`` (a .ts file) with its unfinished messages filled from ``mapping``."""
    result = Result(missing=[])

    def one_context(match: re.Match[str]) -> str:
        block = match.group(0)
        name_match = NAME.search(block)
        context = unescape(name_match.group(1)) if name_match else ""
        texts = mapping.get(context, {})

        def one_message(message: re.Match[str]) -> str:
            body = message.group("body")
            found = UNFINISHED.search(body)
            source_match = SOURCE.search(body)
            if not found or not source_match:
                return message.group(0)
            source = unescape(source_match.group(1))
            numerus = 'numerus="yes"' in message.group("attrs")
            value: object = texts.get(source)
            if value is None and lang == "en":
                value = english_forms(source) if numerus else source
            if not valid(value, numerus):
                assert result.missing is not None
                comment = COMMENT.search(body)
                note = f" (comment {unescape(comment.group(1))!r})" if comment else ""
                result.missing.append(f"[{context}] {source!r}{note}")
                return message.group(0)
            assert isinstance(value, str | list)
            result.filled += 1
            new = translation_xml(found.group("indent"), value, numerus)
            body = body[:found.start()] + new + body[found.end():]
            return (f"{message.group('indent')}<message{message.group('attrs')}>"
                    f"{body}</message>")

        return MESSAGE.sub(one_message, block)

    return CONTEXT.sub(one_context, text), result


def load_mapping(path: Path | None) -> Mapping:
    if path is None:
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise SystemExit(f"{path}: expected {{context: {{source: translation}}}}")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--de-map", type=Path, help="JSON with the German translations")
    parser.add_argument("--en-map", type=Path, help="JSON with English exceptions")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR,
                        help="folder with agentdesk_<lang>.ts (default: %(default)s)")
    parser.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    status = 0
    for lang, mapping_path in (("en", args.en_map), ("de", args.de_map)):
        path = args.dir / f"agentdesk_{lang}.ts"
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            status = 1
            continue
        if lang == "de" and mapping_path is None:
            print(f"{path.name}: skipped (no --de-map)")
            continue
        text = path.read_text(encoding="utf-8")
        new_text, result = fill(text, lang, load_mapping(mapping_path))
        if new_text != text and not args.dry_run:
            path.write_text(new_text, encoding="utf-8")
        missing = result.missing or []
        print(f"{path.name}: {result.filled} filled, {len(missing)} still unfinished")
        for item in missing:
            print(f"  {item}")
        if missing:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
