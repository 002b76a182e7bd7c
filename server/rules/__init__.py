"""Domain rules the server applies to pushed changes, one module per kind of record.

The push path (``server.push``) calls the rules of an entity inside the transaction of
the mutation, after the permission check and the field merge:

- ``check_access(ctx, current)`` first, for an update or delete of an existing row:
  a record the user may not see is refused before the merge reveals its values.
- ``on_create(ctx, row)`` before a create/append is inserted; it may fill derived
  fields in ``row`` (priority, SLA due times, a sort key) or raise :class:`Rejected`.
- ``on_update(ctx, current, changes)`` before an update is written; ``changes`` holds
  the merged fields that will be written and may be extended with derived fields.
- ``after_write(ctx, row, version)`` after the row is written (``row`` is the whole
  row as it now is); for follow-up writes to other records in the same transaction.

A rule module subclasses :class:`EntityRules` and registers an instance with
:func:`register`. Modules in this package are imported once, on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from server.auth import Principal


class Rejected(Exception):
    """The change cannot be applied; ``code`` is machine-readable, ``message`` is for people.

    ``params`` carries the values the client needs to show a translated message.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.params = code, message, params


@dataclass
class WriteContext:
    session: Session
    principal: Principal
    entity: str
    entity_id: str
    op: str
    next_version: Callable[[], int]
    notices: list[str] = field(default_factory=list)


class EntityRules:
    entity: ClassVar[str] = ""

    def check_access(self, ctx: WriteContext, current: dict[str, Any]) -> None:
        """Refuse an update or delete of a record the user may not see, before anything
        of the record (such as the server's values of a conflict) is told."""

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        """Fill derived fields of a new row or refuse it."""

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        """Check an update and add derived fields to ``changes``."""

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        """Follow-up writes once the row is stored."""


_RULES: dict[str, list[EntityRules]] = {}
_loaded = False


def register(rules: EntityRules) -> EntityRules:
    if not rules.entity:
        raise ValueError(f"{type(rules).__name__} names no entity")
    _RULES.setdefault(rules.entity, []).append(rules)
    return rules


def rules_for(entity: str) -> list[EntityRules]:
    global _loaded
    if not _loaded:
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
            importlib.import_module(f"{__name__}.{info.name}")
        _loaded = True
    return _RULES.get(entity, [])
