"""The table of settings in docs/deployment.md, generated from desktop/config.py.

    .venv/bin/python packaging/settings_table.py          # print the table
    .venv/bin/python packaging/settings_table.py --write  # replace it in the doc

The table sits between the markers ``<!-- settings-table -->`` and
``<!-- /settings-table -->``; tests/test_deployment_docs.py fails when the doc does not
list every key of ``SETTINGS`` (run ``--write`` after adding a setting).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.cli import build_parser  # noqa: E402
from desktop.config import SETTINGS, Setting  # noqa: E402

DOC = ROOT / "docs" / "deployment.md"
BEGIN = "<!-- settings-table -->"
END = "<!-- /settings-table -->"

# What IT would typically write in the machine-wide file (TOML values).
EXAMPLES = {
    "server_url": '"https://agentdesk.example.com"',
    "username": '""',
    "language": '"de"',
    "data_dir": '"D:/AgentDesk/data"',
    "log_dir": '"D:/AgentDesk/logs"',
    "log_level": '"WARNING"',
    "sync_interval": "60",
    "request_timeout": "30.0",
    "ca_bundle": '"C:/ProgramData/ExampleCorp/company-ca.pem"',
    "use_system_certificates": "true",
    "proxy": '"http://proxy.example.com:3128"',
    "remember_me": "false",
    "dial_url": '"https://pbx.example.com/dial?to={number}&from={extension}"',
}
KINDS = {"str": "text", "int": "whole number", "float": "number", "bool": "true/false",
         "path": "path", "choice": "one of"}


def _flags() -> dict[str, str]:
    flags: dict[str, str] = {}
    for action in build_parser()._actions:
        if action.option_strings and action.dest:
            flags.setdefault(action.dest, action.option_strings[-1])
    return flags


def _default(setting: Setting) -> str:
    value = setting.default
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if value == "" or value is None:
        return "(empty)"
    return f"`{value}`"


def _example(setting: Setting) -> str:
    if setting.key in EXAMPLES:
        return f"`{setting.key} = {EXAMPLES[setting.key]}`"
    if setting.kind == "bool":
        return f"`{setting.key} = {'false' if setting.default else 'true'}`"
    if setting.kind == "choice" and setting.choices:
        return f'`{setting.key} = "{setting.choices[-1]}"`'
    if setting.kind in {"int", "float"}:
        return f"`{setting.key} = {setting.default}`"
    return f'`{setting.key} = "…"`'


def table() -> str:
    flags = _flags()
    rows = ["| Key | Type | Default | Example (machine-wide file) | Environment | Flag | "
            "Meaning |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for s in SETTINGS:
        kind = KINDS.get(s.kind, s.kind)
        if s.kind == "choice":
            kind += " " + ", ".join(f"`{c}`" for c in s.choices)
        flag = f"`{flags[s.key]}`" if s.key in flags else "—"
        doc = s.doc.replace("|", "\\|")
        rows.append(f"| `{s.key}` | {kind} | {_default(s)} | {_example(s)} | "
                    f"`{s.env_name}` | {flag} | {doc} |")
    return "\n".join(rows)


def write(doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    doc.write_text(text[:start] + "\n" + table() + "\n" + text[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"update {DOC.name}")
    args = parser.parse_args()
    if args.write:
        write()
    else:
        print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
