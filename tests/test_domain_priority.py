"""Priority matrix: the ITIL default, the seed's five-level rule, validation of matrices."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.priority import (
    DEFAULT_MATRIX,
    FIVE_LEVEL_MATRIX,
    ITIL_3X3_MATRIX,
    TICKET_LEVELS,
    Priority,
    PriorityError,
    PriorityMatrix,
    configured_matrix,
    matrix_or_default,
    priority_for,
)

# The ITIL 3 × 3 table, written out by hand (rows: impact 1..3, columns: urgency 1..3).
ITIL = {(1, 1): 1, (1, 2): 2, (1, 3): 3,
        (2, 1): 2, (2, 2): 3, (2, 3): 4,
        (3, 1): 3, (3, 2): 4, (3, 3): 5}


@pytest.mark.parametrize(("impact", "urgency"), sorted(ITIL))
def test_itil_matrix_is_the_itil_table(impact: int, urgency: int) -> None:
    assert priority_for(impact, urgency, ITIL_3X3_MATRIX) == ITIL[impact, urgency]
    assert ITIL_3X3_MATRIX.priority(impact, urgency) is Priority(ITIL[impact, urgency])


def test_default_matrix_is_the_five_level_rule_the_tickets_use() -> None:
    assert DEFAULT_MATRIX is FIVE_LEVEL_MATRIX
    assert priority_for(3, 3) == 3  # the model's defaults agree
    assert priority_for(1, 2) == 2 and priority_for(5, 4) == 5


def test_labels_and_parsing() -> None:
    assert Priority.P1.label == "P1" and Priority.P1.meaning == "critical"
    assert Priority.P5.meaning == "planning"
    assert [Priority.parse(v) for v in (1, "2", "P3", " p4 ")] == [1, 2, 3, 4]
    for bad in ("P0", "P6", "high", ""):
        with pytest.raises(PriorityError) as info:
            Priority.parse(bad)
        assert info.value.code == "priority_unknown"


def test_five_level_matrix_matches_the_seed_rule() -> None:
    # server/seed.py: impact and urgency 1..5, priority = ceil((impact + urgency) / 2)
    for impact in range(1, 6):
        for urgency in range(1, 6):
            expected = math.ceil((impact + urgency) / 2)
            assert FIVE_LEVEL_MATRIX.priority(impact, urgency) == expected
    # the Ticket model's defaults (3, 3, 3) agree with it
    assert FIVE_LEVEL_MATRIX.priority(3, 3) == 3


@settings(deadline=None)
@given(impact=st.integers(1, 5), urgency=st.integers(1, 5), worse=st.integers(1, 5))
def test_more_impact_or_urgency_never_lowers_the_priority(impact: int, urgency: int,
                                                          worse: int) -> None:
    # a lower number is more urgent: moving either axis towards 1 never makes P larger
    for matrix in (ITIL_3X3_MATRIX, FIVE_LEVEL_MATRIX):
        top = matrix.impact_levels
        i, u, w = min(impact, top), min(urgency, top), min(worse, top)
        assert matrix.priority(min(i, w), u) <= matrix.priority(i, u)
        assert matrix.priority(i, min(u, w)) <= matrix.priority(i, u)


@pytest.mark.parametrize(("impact", "urgency", "code"), [
    (0, 1, "impact_out_of_range"), (4, 1, "impact_out_of_range"),
    (1, 4, "urgency_out_of_range"), (True, 1, "impact_out_of_range"),
])
def test_values_off_the_scale_are_refused(impact: int, urgency: int, code: str) -> None:
    with pytest.raises(PriorityError) as info:
        ITIL_3X3_MATRIX.priority(impact, urgency)
    assert info.value.code == code and info.value.params["maximum"] == 3
    assert str(info.value) == info.value.message


def test_matrix_from_json_rows_and_objects() -> None:
    rows = [[1, 1, 2], [2, 3, 4], [3, 4, 5]]
    as_object = {str(i + 1): {str(u + 1): v for u, v in enumerate(row)}
                 for i, row in enumerate(rows)}
    for data in (rows, json.dumps(rows), as_object, json.dumps(as_object)):
        matrix = PriorityMatrix.from_data(data)
        assert matrix.priority(1, 2) == 1 and matrix.priority(3, 3) == 5
        assert matrix.to_data() == rows
    assert PriorityMatrix.from_data(DEFAULT_MATRIX.to_data()) == DEFAULT_MATRIX


def test_four_by_two_matrix_is_allowed() -> None:
    matrix = PriorityMatrix.from_data([[1, 2], [2, 3], [3, 4], [4, 5]])
    assert (matrix.impact_levels, matrix.urgency_levels) == (4, 2)
    assert matrix.priority(4, 2) == 5


def test_missing_cells_are_all_named() -> None:
    with pytest.raises(PriorityError) as info:
        PriorityMatrix.from_data([[1, 2, 3], [2, 3], [3, None, 5]])
    assert info.value.code == "matrix_cells_missing"
    assert info.value.params["cells"] == [(2, 3), (3, 2)]
    assert "2/3, 3/2" in info.value.message
    with pytest.raises(PriorityError) as info:
        PriorityMatrix.from_data({"1": {"1": 1, "2": 2}, "3": {"1": 3, "2": 4}})
    assert info.value.params["cells"] == [(2, 1), (2, 2)]


@pytest.mark.parametrize(("data", "code", "params"), [
    ("[[1, 2], [2", "matrix_not_json", {}),
    (42, "matrix_not_a_table", {}),
    (["123", "234"], "matrix_not_a_table", {}),
    ({"1": [1, 2]}, "matrix_not_a_table", {}),
    ([], "matrix_size", {"impact_levels": 0}),
    ([[1, 2, 3]], "matrix_size", {"impact_levels": 1, "urgency_levels": 3}),
    ([[1] * 6] * 3, "matrix_size", {"urgency_levels": 6}),
    ({"1": {"1": 1}, "high": {"1": 2}}, "matrix_bad_key", {"key": "high", "axis": "impact"}),
    ({"1": {"9": 1}, "2": {"1": 2}}, "matrix_bad_key", {"key": "9", "axis": "urgency"}),
    ([[1, 2], [2, 6]], "matrix_cell_invalid", {"impact": 2, "urgency": 2, "value": 6}),
    ([[1, 2], [0, 3]], "matrix_cell_invalid", {"impact": 2, "urgency": 1, "value": 0}),
    ([[1, "2"], [2, 3]], "matrix_cell_invalid", {"impact": 1, "urgency": 2}),
    ([[1, 2.5], [2, 3]], "matrix_cell_invalid", {"value": 2.5}),
    ([[True, 2], [2, 3]], "matrix_cell_invalid", {"value": True}),
])
def test_bad_matrices_say_what_is_wrong(data: object, code: str, params: dict) -> None:
    with pytest.raises(PriorityError) as info:
        PriorityMatrix.from_data(data)  # type: ignore[arg-type]
    assert info.value.code == code
    assert params.items() <= info.value.params.items()
    assert info.value.message and str(info.value) == info.value.message


def test_constructor_validates_too() -> None:
    with pytest.raises(PriorityError) as info:
        PriorityMatrix(((1, 2), (3,)))
    assert info.value.code == "matrix_size"


@settings(deadline=None)
@given(st.lists(st.lists(st.integers(1, 5), min_size=3, max_size=3), min_size=3, max_size=3))
def test_any_valid_3x3_round_trips(rows: list[list[int]]) -> None:
    matrix = PriorityMatrix.from_data(json.dumps(rows))
    assert matrix.to_data() == rows
    assert all(matrix.priority(i + 1, u + 1) == rows[i][u] for i in range(3) for u in range(3))


# -- the centrally configured matrix (SlaPolicy.priority_matrix) --------------------------------
# Everything one level more urgent than the built-in five-level rule, P1 floor.
STRICT = [[max(1, -(-(i + u) // 2) - 1) for u in range(1, 6)] for i in range(1, 6)]


@pytest.mark.parametrize("value", [None, "", "   ", "null"])
def test_no_configured_matrix_means_the_default(value: str | None) -> None:
    assert configured_matrix(value) is None
    assert matrix_or_default(value) is DEFAULT_MATRIX


def test_a_configured_matrix_is_read_from_json_in_either_shape() -> None:
    rows = configured_matrix(json.dumps(STRICT))
    keyed = configured_matrix(json.dumps({str(i + 1): {str(u + 1): STRICT[i][u]
                                                       for u in range(5)}
                                          for i in range(5)}))
    assert rows == keyed and rows is not None
    assert rows.priority(3, 3) == Priority.P2  # the default gives P3
    assert DEFAULT_MATRIX.priority(3, 3) == Priority.P3
    assert matrix_or_default(json.dumps(STRICT)) == rows


@pytest.mark.parametrize(("value", "code"), [
    ("[[1, 2], [2, 3]]", "matrix_levels"),  # valid, but tickets use 1 ... 5
    (json.dumps(ITIL_3X3_MATRIX.to_data()), "matrix_levels"),
    ("[[1, 2, 3", "matrix_not_json"),
    (json.dumps([[1] * 5] * 4 + [[1, 2, 3, 4, 6]]), "matrix_cell_invalid"),
    (json.dumps([[1] * 5] * 4 + [[1, 2, 3, 4]]), "matrix_cells_missing"),
    ('"P1"', "matrix_not_a_table"),
])
def test_a_bad_configured_matrix_is_refused_and_readers_keep_the_default(
        value: str, code: str) -> None:
    with pytest.raises(PriorityError) as caught:
        configured_matrix(value)
    assert caught.value.code == code
    assert caught.value.message  # an English sentence for logs and the server's answer
    assert matrix_or_default(value) is DEFAULT_MATRIX


def test_the_level_error_names_what_is_required() -> None:
    with pytest.raises(PriorityError) as caught:
        configured_matrix(json.dumps(ITIL_3X3_MATRIX.to_data()))
    assert caught.value.params == {"impact_levels": 3, "urgency_levels": 3,
                                   "required": TICKET_LEVELS}
    assert "5 impact and 5 urgency levels" in caught.value.message
