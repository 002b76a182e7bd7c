"""Call scripts as YAML files, for version control.

One document per script::

    agentdesk_script: 1          # the file format
    key: password-reset          # ties the revisions of a script together
    name: Passwort zurücksetzen
    language: de
    category: Passwort
    queue_id: null
    dialled_number: ''
    description: ''
    start: s1
    steps:
      s1:
        text: |-
          Begrüßen Sie den Anrufer …
        questions:
        - id: user_found
          type: yes_no
          text: Ist der Anrufer im System zu finden?
        branches:
        - when: {user_found: false}
          goto: s_not_found
        …

``start`` and ``steps`` are the definition of :mod:`desktop.domain.scripts` in its
canonical form. :func:`dump_script` writes keys in a fixed order, multi-line texts as
literal blocks and never sorts, so ``dump_script(load_script(text)) == text`` for
every file it wrote, and ``load_script(dump_script(doc)) == doc``. Revision and
status are not part of the file: publishing makes the revision.

:func:`load_script` raises :class:`ScriptYamlError` (``code``, ``params``, the line
and column where known, an English ``message``) for malformed YAML or a document of
the wrong shape; whether the script is sound is :func:`desktop.domain.scripts.validate`'s
business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import yaml

from desktop.domain.scripts import Script, ScriptError, parse_script, to_definition

FORMAT = 1
META_FIELDS = ("key", "name", "language", "category", "queue_id", "dialled_number",
               "description")


class ScriptYamlError(ValueError):
    """A YAML file that is not a script.

    Codes: ``yaml_syntax`` (params ``problem``), ``not_a_mapping``,
    ``unsupported_format`` (``found``), ``missing_field`` (``field``),
    ``bad_value`` (``field``), ``bad_definition`` (``where``, ``detail``).
    ``line`` and ``column`` are 1-based, or None.
    """

    def __init__(self, code: str, message: str, line: int | None = None,
                 column: int | None = None, **params: Any) -> None:
        where = f" (line {line}, column {column})" if line is not None else ""
        super().__init__(message + where)
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.params = params


@dataclass(frozen=True)
class ScriptDocument:
    """A script file: what describes the script, and its definition."""

    name: str
    script: Script
    key: str = ""
    language: str = "de"
    category: str = ""
    queue_id: str | None = None
    dialled_number: str = ""
    description: str = ""

    def to_data(self) -> dict[str, Any]:
        definition = to_definition(self.script)
        return {"agentdesk_script": FORMAT, "key": self.key, "name": self.name,
                "language": self.language, "category": self.category,
                "queue_id": self.queue_id, "dialled_number": self.dialled_number,
                "description": self.description, "start": definition["start"],
                "steps": definition["steps"]}


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key, literal blocks for multi-line text."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if any(ch in value for ch in "\x85\u2028\u2029"):
        # YAML reads these as line breaks (and folds them) unless they are escaped
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


class _Flow(dict[str, Any]):
    """A mapping written on one line (branch conditions: ``{user_found: false}``)."""


def _represent_flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", dict(value), flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(tuple, lambda d, v: d.represent_list(list(v)))


def dump_script(document: ScriptDocument) -> str:
    """The YAML text of a script (UTF-8 text, keys in a fixed order)."""
    data = document.to_data()
    for step in data["steps"].values():
        for branch in step.get("branches", []):
            branch["when"] = _Flow(branch["when"])
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, default_flow_style=False, width=100,
                     indent=2)


def _plain_json(value: Any, where: str) -> Any:
    """YAML values as JSON values: dates (unquoted in hand-written files) as ISO text;
    anything JSON cannot hold is an error."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise ScriptYamlError("bad_value", f"{where}: keys must be text, not {k!r}.",
                                      field=where)
            out[k] = _plain_json(v, f"{where}.{k}")
        return out
    if isinstance(value, list):
        return [_plain_json(v, where) for v in value]
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise ScriptYamlError("bad_value", f"{where}: unsupported value {value!r}.", field=where)


def load_script(text: str) -> ScriptDocument:
    """Read a script file. Raises :class:`ScriptYamlError`."""
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        problem = exc.problem or str(exc)
        raise ScriptYamlError(
            "yaml_syntax", f"The file is not valid YAML: {problem}.",
            mark.line + 1 if mark is not None else None,
            mark.column + 1 if mark is not None else None, problem=problem) from exc
    except yaml.YAMLError as exc:
        raise ScriptYamlError("yaml_syntax", f"The file is not valid YAML: {exc}.",
                              problem=str(exc)) from exc
    if not isinstance(data, dict):
        raise ScriptYamlError("not_a_mapping", "A script file must hold one mapping "
                              "(agentdesk_script, name, start, steps, …).")
    data = _plain_json(data, "script")
    found = data.get("agentdesk_script")
    if found != FORMAT:
        raise ScriptYamlError("unsupported_format",
                              f"This is not an AgentDesk script file of format {FORMAT} "
                              f"(agentdesk_script: {found!r}).", found=found)
    for required in ("name", "start", "steps"):
        if data.get(required) in (None, ""):
            raise ScriptYamlError("missing_field", f"The file has no {required!r}.",
                                  field=required)
    meta: dict[str, Any] = {}
    for name in META_FIELDS:
        value = data.get(name)
        if name == "queue_id":
            if value is not None and not isinstance(value, str):
                raise ScriptYamlError("bad_value", "queue_id must be text or null.",
                                      field=name)
            meta[name] = value or None
            continue
        if value is None:
            value = "de" if name == "language" else ""
        if not isinstance(value, str):
            raise ScriptYamlError("bad_value", f"{name} must be text.", field=name)
        meta[name] = value
    try:
        script = parse_script({"start": data["start"], "steps": data["steps"]})
    except ScriptError as exc:
        raise ScriptYamlError("bad_definition", exc.message,
                              where=exc.params.get("where", ""), detail=exc.message) from exc
    return ScriptDocument(script=script, **meta)
