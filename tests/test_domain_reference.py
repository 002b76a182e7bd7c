"""Ticket references: format, check symbol, what callers say, legacy seed references."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.reference import (
    ALPHABET,
    CHECK_ALPHABET,
    ReferenceFormatError,
    check_symbol,
    format_reference,
    is_reference,
    new_reference,
    parse_reference,
)

SHAPE = re.compile(r"^T-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$")
values = st.integers(min_value=0, max_value=2**50 - 1)


def test_alphabet_is_crockford() -> None:
    assert ALPHABET == "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    assert not set("ILOU") & set(ALPHABET) and len(set(ALPHABET)) == 32
    assert CHECK_ALPHABET[32:] == "*~$=U"


def test_hand_computed_reference() -> None:
    # value 1: data 0000000001, check 1 % 37 = 1 → "1"
    assert format_reference(1) == "T-0000-0000-011"
    # value 36: data ...14 ("14" = 1·32 + 4), check 36 → "U"
    assert format_reference(36) == "T-0000-0000-14U"
    # value 2^50 - 1: all "Z"; 2^36 ≡ 1 (mod 37), so 2^50 ≡ 2^14 = 16384 ≡ 30 and the
    # check is 29 → "X"
    assert (2**50 - 1) % 37 == 29
    assert format_reference(2**50 - 1) == "T-ZZZZ-ZZZZ-ZZX"
    with pytest.raises(ValueError):
        format_reference(2**50)


def test_new_references_are_random_well_formed_and_speakable() -> None:
    refs = {new_reference() for _ in range(2000)}
    assert len(refs) == 2000  # 50 random bits: a repeat here would be a broken generator
    for ref in refs:
        assert SHAPE.match(ref), ref
        assert parse_reference(ref) == ref


def test_generator_skips_values_with_symbol_check_characters() -> None:
    drawn = iter([36, 32, 37 + 5])  # checks U, *, then 5
    assert new_reference(lambda bits: next(drawn)) == format_reference(42)


def test_generator_skips_values_that_read_as_legacy_without_the_t() -> None:
    # data "T000000008" (26·32^9 + 8 ≡ 29 + 8 ≡ 0 mod 37), check "0": T plus ten digits
    legacy_like = 26 * 32**9 + 8
    assert format_reference(legacy_like) == "T-T000-0000-080"
    assert parse_reference("T0000000080") == "T-0000-000080"  # legacy reading wins
    assert parse_reference("t t000 0000 080") == "T-T000-0000-080"  # with its T: new
    drawn = iter([legacy_like, 42])
    assert new_reference(lambda bits: next(drawn)) == format_reference(42)


@settings(deadline=None)
@given(values)
def test_round_trip(value: int) -> None:
    ref = format_reference(value)
    assert SHAPE.match(ref) or ref[-1] in "*~$=U"
    assert parse_reference(ref) == ref


@settings(deadline=None)
@given(value=values, data=st.data())
def test_what_callers_say_is_understood(value: int, data: st.DataObject) -> None:
    ref = format_reference(value)
    body = ref[2:].replace("-", "")
    # spoken or typed: lower case, dashes missing or moved, spaces, no "T", O/I/L mix-ups
    said = "".join(data.draw(st.sampled_from({"0": "0oO", "1": "1iIlL"}.get(c, c + c.lower())))
                   for c in body)
    splits = sorted(data.draw(st.sets(st.integers(1, len(said) - 1), max_size=4)))
    pieces = [said[i:j] for i, j in zip([0, *splits], [*splits, len(said)], strict=True)]
    separator = data.draw(st.sampled_from(["", " ", "-", " - ", "  "]))
    prefix = data.draw(st.sampled_from(["", "T", "t-", "T ", "t"]))
    if not prefix and re.fullmatch(r"T\d{10}", body):
        prefix = "T"  # without it, "T" + ten digits reads as a legacy reference
    assert parse_reference(prefix + separator.join(pieces)) == ref


@settings(deadline=None)
@given(value=values, position=st.integers(0, 9), replacement=st.sampled_from(ALPHABET))
def test_a_single_wrong_symbol_is_caught(value: int, position: int, replacement: str) -> None:
    body = list(format_reference(value)[2:].replace("-", ""))
    if body[position] == replacement:
        return
    body[position] = replacement
    with pytest.raises(ReferenceFormatError) as info:
        parse_reference("T" + "".join(body))
    assert info.value.code == "reference_check_failed"


@settings(deadline=None)
@given(value=values, position=st.integers(0, 9))
def test_swapped_neighbours_are_caught(value: int, position: int) -> None:
    body = list(format_reference(value)[2:].replace("-", ""))
    if body[position] == body[position + 1] or body[position + 1] not in ALPHABET:
        return  # nothing swapped, or a symbol check character that cannot be data
    body[position], body[position + 1] = body[position + 1], body[position]
    with pytest.raises(ReferenceFormatError) as info:
        parse_reference("T" + "".join(body))
    assert info.value.code in ("reference_check_failed", "reference_bad_character")


def test_legacy_seed_references_stay_as_they_are() -> None:
    for text in ("T-2025-000123", "t-2025-000123", "T2025000123", "t 2025 000 123",
                 "2025000123", "T-2O25-OOO123"):
        assert parse_reference(text) == "T-2025-000123", text
    assert parse_reference("T-2026-199999") == "T-2026-199999"
    assert is_reference("T-2025-000001")


@pytest.mark.parametrize(("text", "code", "params"), [
    ("", "reference_empty", {}), ("  - ", "reference_empty", {}),
    ("T-ABCD", "reference_bad_length", {"length": 4}),
    ("T-0000-0000-0111", "reference_bad_length", {"length": 12}),
    ("T-0000-0000-U11", "reference_bad_character", {"character": "U"}),
    ("T-0000-0000-01#", "reference_bad_character", {"character": "#"}),
    ("T-0000-0000-012", "reference_check_failed", {}),
    ("T-0000-0000-14*", "reference_check_failed", {}),
])
def test_bad_references(text: str, code: str, params: dict) -> None:
    with pytest.raises(ReferenceFormatError) as info:
        parse_reference(text)
    assert info.value.code == code and info.value.params == params
    assert str(info.value) == info.value.message
    assert not is_reference(text)


def test_check_symbol_is_mod_37() -> None:
    rng = random.Random(7)
    for _ in range(200):
        value = rng.getrandbits(50)
        assert check_symbol(value) == CHECK_ALPHABET[value % 37]
