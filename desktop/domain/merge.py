"""Field-level three-way merge, shared by the server (deciding) and the client (showing).

A client sends, for each field it changed, its new value ("mine") and the value it last
saw from the server ("base"). Against the server's current value ("theirs"):

- theirs == mine: nothing to do (both sides agree already);
- theirs == base: nobody else touched the field: mine wins;
- otherwise both changed it differently: a conflict the agent decides. The server
  keeps theirs; nothing is overwritten without a decision.

Fields the client did not change never travel, so edits to different fields of the
same record both win.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_MISSING = object()


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass
class MergeResult:
    applied: dict[str, Any] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_fields(current: Mapping[str, Any], base: Mapping[str, Any],
                 mine: Mapping[str, Any]) -> MergeResult:
    """Decide each field of ``mine`` against the server's ``current`` row."""
    result = MergeResult()
    for name, value in mine.items():
        theirs = current.get(name, _MISSING)
        was = base.get(name, _MISSING)
        if theirs is not _MISSING and theirs == value:
            result.unchanged.append(name)
        elif was is _MISSING or theirs is _MISSING or theirs == was:
            result.applied[name] = value
        else:
            result.conflicts.append(FieldConflict(name, was, value, theirs))
    return result
