"""Ticket priority from an impact × urgency matrix, five levels like ITIL's.

Impact and urgency are small integers where **1 is the highest** (the whole company
is down / it is needed now) and the largest number the lowest. The priority is one of
:class:`Priority` ``P1`` (critical) … ``P5`` (planning); the ``Ticket`` model stores
it as the plain int 1 … 5.

The matrix is data, so a support centre can configure its own (for example from a
JSON setting) and :meth:`PriorityMatrix.from_data` validates it: every cell present,
every value an int 1 … 5, 2 to 5 levels per axis. Two matrices ship:

- :data:`DEFAULT_MATRIX`, the common ITIL 3 × 3 matrix (``impact + urgency - 1``)::

                  urgency 1  urgency 2  urgency 3
      impact 1       P1         P2         P3
      impact 2       P2         P3         P4
      impact 3       P3         P4         P5

- :data:`FIVE_LEVEL_MATRIX`, 5 × 5 with ``ceil((impact + urgency) / 2)``: exactly the
  rule ``server/seed.py`` uses for its tickets, whose impact and urgency run 1 … 5.
  Use it where tickets carry five-level values; the 3 × 3 matrix refuses impact 4.

Note the model's column defaults (impact 3, urgency 3, priority 3) agree with the
five-level matrix; on the 3 × 3 matrix impact 3 × urgency 3 is P5.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

MIN_LEVELS = 2
MAX_LEVELS = 5


class PriorityError(ValueError):
    """A matrix or a value that is not valid; ``code`` + ``params`` for the UI to translate.

    Codes: ``matrix_not_json``, ``matrix_not_a_table``, ``matrix_size``,
    ``matrix_bad_key``, ``matrix_cells_missing``, ``matrix_cell_invalid``,
    ``matrix_levels``, ``impact_out_of_range``, ``urgency_out_of_range``,
    ``priority_unknown``.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
        self.message = message


class Priority(IntEnum):
    P1 = 1  # critical
    P2 = 2  # high
    P3 = 3  # medium
    P4 = 4  # low
    P5 = 5  # planning

    @property
    def label(self) -> str:
        """``"P1"`` … ``"P5"``: the key used in ``SlaPolicy.targets``."""
        return f"P{self.value}"

    @property
    def meaning(self) -> str:
        """English name (``critical`` … ``planning``); the UI translates it."""
        return _MEANINGS[self]

    @classmethod
    def parse(cls, value: int | str) -> Priority:
        """``3``, ``"3"``, ``"P3"`` or ``"p3"`` → ``Priority.P3``."""
        text = str(value).strip().upper().removeprefix("P")
        if text.isdigit() and int(text) in cls._value2member_map_:
            return cls(int(text))
        raise PriorityError("priority_unknown", f"{value!r} is not a priority P1 … P5.",
                            value=str(value))


_MEANINGS = {Priority.P1: "critical", Priority.P2: "high", Priority.P3: "medium",
             Priority.P4: "low", Priority.P5: "planning"}


@dataclass(frozen=True)
class PriorityMatrix:
    """``cells[impact - 1][urgency - 1]`` is the priority (1 … 5).

    Build it with :meth:`from_data`, which validates; the constructor validates too.
    """

    cells: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        _validate_cells(self.cells)

    @property
    def impact_levels(self) -> int:
        return len(self.cells)

    @property
    def urgency_levels(self) -> int:
        return len(self.cells[0])

    def priority(self, impact: int, urgency: int) -> Priority:
        """The priority of a ticket; raises :class:`PriorityError` for a value off the scale."""
        for name, value, top in (("impact", impact, self.impact_levels),
                                 ("urgency", urgency, self.urgency_levels)):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
                raise PriorityError(f"{name}_out_of_range",
                                    f"{name.capitalize()} must be 1 … {top}, not {value!r}.",
                                    value=value, maximum=top)
        return Priority(self.cells[impact - 1][urgency - 1])

    def to_data(self) -> list[list[int]]:
        """Rows by impact, columns by urgency; :meth:`from_data` reads it back."""
        return [list(row) for row in self.cells]

    @classmethod
    def from_data(cls, data: str | Sequence[Sequence[Any]] | Mapping[Any, Any]) -> PriorityMatrix:
        """Read a matrix from JSON text or from the decoded value. Two shapes:

        - a list of rows, one per impact level, each a list of priorities per urgency
          level: ``[[1, 2, 3], [2, 3, 4], [3, 4, 5]]``;
        - an object keyed by impact then urgency (JSON keys are strings):
          ``{"1": {"1": 1, "2": 2, "3": 3}, "2": {...}, "3": {...}}``.

        Raises :class:`PriorityError` naming every missing cell, or the first bad value.
        """
        if isinstance(data, str | bytes):
            try:
                data = json.loads(data)
            except ValueError as exc:
                raise PriorityError("matrix_not_json",
                                    f"The priority matrix is not valid JSON: {exc}.",
                                    detail=str(exc)) from exc
        if isinstance(data, Mapping):
            rows = _rows_from_mapping(data)
        elif isinstance(data, Sequence) and not isinstance(data, str | bytes):
            rows = [_row_from_sequence(row) for row in data]
        else:
            raise _not_a_table()
        if not rows:
            raise _size_error(0, 0)
        width = max(len(row) for row in rows)
        missing = [(i + 1, u + 1) for i, row in enumerate(rows) for u in range(width)
                   if u >= len(row) or row[u] is None]
        if not MIN_LEVELS <= len(rows) <= MAX_LEVELS or not MIN_LEVELS <= width <= MAX_LEVELS:
            raise _size_error(len(rows), width)
        if missing:
            cells = ", ".join(f"{i}/{u}" for i, u in missing)
            raise PriorityError("matrix_cells_missing",
                                f"The priority matrix is missing cells (impact/urgency): "
                                f"{cells}.", cells=missing)
        return cls(tuple(tuple(row) for row in rows))


def _not_a_table() -> PriorityError:
    return PriorityError("matrix_not_a_table",
                         "The priority matrix must be a list of rows or an object keyed by "
                         "impact and urgency.")


def _size_error(impact: int, urgency: int) -> PriorityError:
    return PriorityError("matrix_size",
                         f"The priority matrix must have {MIN_LEVELS} … {MAX_LEVELS} impact "
                         f"and urgency levels, not {impact} × {urgency}.",
                         impact_levels=impact, urgency_levels=urgency,
                         minimum=MIN_LEVELS, maximum=MAX_LEVELS)


def _row_from_sequence(row: Any) -> list[Any]:
    if isinstance(row, str | bytes | Mapping) or not isinstance(row, Sequence):
        raise _not_a_table()
    return list(row)


def _level_keys(keys: Any, what: str) -> dict[int, Any]:
    """``{"1": x, "2": y}`` → ``{1: x, 2: y}``; a key that is not a level is an error."""
    out: dict[int, Any] = {}
    for key in keys:
        text = str(key).strip()
        if isinstance(key, bool) or not text.isdigit() or not 1 <= int(text) <= MAX_LEVELS:
            raise PriorityError("matrix_bad_key",
                                f"{key!r} is not an {what} level 1 … {MAX_LEVELS}.",
                                key=str(key), axis=what)
        out[int(text)] = key
    return out


def _rows_from_mapping(data: Mapping[Any, Any]) -> list[list[Any]]:
    impacts = _level_keys(data.keys(), "impact")
    urgencies: set[int] = set()
    for key in impacts.values():
        if not isinstance(data[key], Mapping):
            raise _not_a_table()
        urgencies |= _level_keys(data[key].keys(), "urgency").keys()
    height, width = max(impacts, default=0), max(urgencies, default=0)
    rows: list[list[Any]] = []
    for i in range(1, height + 1):
        row_data = data[impacts[i]] if i in impacts else {}
        by_level = {level: row_data[key]
                    for level, key in _level_keys(row_data.keys(), "urgency").items()}
        rows.append([by_level.get(u) for u in range(1, width + 1)])
    return rows


def _validate_cells(cells: tuple[tuple[int, ...], ...]) -> None:
    if not MIN_LEVELS <= len(cells) <= MAX_LEVELS:
        raise _size_error(len(cells), len(cells[0]) if cells else 0)
    widths = {len(row) for row in cells}
    if len(widths) != 1 or not MIN_LEVELS <= next(iter(widths)) <= MAX_LEVELS:
        raise _size_error(len(cells), max(widths))
    for i, row in enumerate(cells, start=1):
        for u, value in enumerate(row, start=1):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
                raise PriorityError("matrix_cell_invalid",
                                    f"Priority matrix cell impact {i} / urgency {u} must be a "
                                    f"whole number 1 … 5, not {value!r}.",
                                    impact=i, urgency=u, value=value)


# The classic ITIL 3 × 3 table (impact and urgency high / medium / low).
ITIL_3X3_MATRIX = PriorityMatrix(((1, 2, 3), (2, 3, 4), (3, 4, 5)))
# Impact and urgency 1 … 5, priority = ceil((impact + urgency) / 2): what the tickets,
# the seed and both sides use unless a matrix is configured.
FIVE_LEVEL_MATRIX = PriorityMatrix(tuple(tuple(-(-(i + u) // 2) for u in range(1, 6))
                                         for i in range(1, 6)))
DEFAULT_MATRIX = FIVE_LEVEL_MATRIX


def priority_for(impact: int, urgency: int,
                 matrix: PriorityMatrix = DEFAULT_MATRIX) -> Priority:
    """The priority of ``impact`` × ``urgency`` on ``matrix`` (default: five levels)."""
    return matrix.priority(impact, urgency)


# -- the centrally configured matrix -----------------------------------------------------------
# Tickets carry impact and urgency 1 … 5 (the push path and the forms check that range),
# so a matrix configured for them must answer every one of those 25 cells.
TICKET_LEVELS = 5


def configured_matrix(value: str | Sequence[Sequence[Any]] | Mapping[Any, Any] | None
                      ) -> PriorityMatrix | None:
    """The matrix an SLA policy configures (``SlaPolicy.priority_matrix``, JSON text in
    either shape :meth:`PriorityMatrix.from_data` reads), checked: ``None`` when none is
    set (empty text or JSON ``null``), so that :data:`DEFAULT_MATRIX` applies.

    Raises :class:`PriorityError` for a bad matrix, also ``matrix_levels`` (params
    ``impact_levels``, ``urgency_levels``, ``required``) for one that is valid but does
    not have :data:`TICKET_LEVELS` impact and urgency levels.
    """
    if value is None or (isinstance(value, str | bytes) and not value.strip()):
        return None
    if isinstance(value, str | bytes):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise PriorityError("matrix_not_json",
                                f"The priority matrix is not valid JSON: {exc}.",
                                detail=str(exc)) from exc
        if decoded is None:
            return None
        if not isinstance(decoded, list | dict):
            raise _not_a_table()
        value = decoded
    matrix = PriorityMatrix.from_data(value)
    if (matrix.impact_levels, matrix.urgency_levels) != (TICKET_LEVELS, TICKET_LEVELS):
        raise PriorityError("matrix_levels",
                            f"The priority matrix must have {TICKET_LEVELS} impact and "
                            f"{TICKET_LEVELS} urgency levels (tickets use 1 … "
                            f"{TICKET_LEVELS}), not {matrix.impact_levels} × "
                            f"{matrix.urgency_levels}.",
                            impact_levels=matrix.impact_levels,
                            urgency_levels=matrix.urgency_levels, required=TICKET_LEVELS)
    return matrix


def matrix_or_default(value: str | None,
                      default: PriorityMatrix = DEFAULT_MATRIX) -> PriorityMatrix:
    """The configured matrix, else ``default``; never raises (a stored value was checked
    when it was written; one that is not valid any more falls back to the default)."""
    try:
        return configured_matrix(value) or default
    except PriorityError:
        return default
