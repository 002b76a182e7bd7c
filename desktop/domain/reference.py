"""Ticket reference numbers an agent can read to the caller at once, even offline.

A reference is made on the workstation when the ticket is created and never changes,
also not after sync, so several workstations must be able to make them independently
without talking to each other: they are random, not counted.

Format ``T-XXXX-XXXX-XXC``: ten random data symbols and one check symbol ``C`` in
Crockford's Base32 (digits and letters without I, L, O, U, so nothing reads like
something else). The check symbol is the 50-bit value modulo 37, as Crockford defines
it; because 37 is prime and larger than 32, it catches every single wrong symbol and
every swap of two neighbouring symbols. Crockford's five extra check symbols
(``* ~ $ = U``) are awkward on the phone, so :func:`new_reference` only hands out
values whose check symbol is an ordinary one (32 of every 37 values); parsing accepts
all five anyway. It also skips the few values (about 3 in 10 million) that, said
without the leading ``T``, would read as a legacy reference.

:func:`parse_reference` takes what a caller says or types: any case, with or without
dashes and spaces, with or without the leading ``T``, and O for 0, I or L for 1. It
also accepts the legacy format ``T-YYYY-NNNNNN`` of the demo seed and gives it back
unchanged.

Collisions. There are N = 2^50 · 32/37 ≈ 9.74 · 10^14 references. A new one equals
one of n existing ones with probability n/N: about 1 in a billion with a million
tickets. The chance that any two of n references ever collide is about n²/(2N):
5 · 10^-6 for 100,000 tickets, 5 · 10^-4 for a million, 5 % for ten million. A
workstation can rule out collisions with every ticket it has synced by looking the
new reference up locally; what remains (two workstations offline at once drawing the
same value) is refused by the unique index on ``tickets.reference`` when the second
one syncs.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from typing import Any

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
DATA_LENGTH = 10
DATA_BITS = 5 * DATA_LENGTH
PREFIX = "T"
# Check symbols new references use: the ordinary Base32 ones.
_SPEAKABLE_CHECKS = len(ALPHABET)

_VALUES = {symbol: value for value, symbol in enumerate(CHECK_ALPHABET)}
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.]+")
_LEGACY = re.compile(r"^T?(\d{4})(\d{6})$")
_LEGACY_SHAPED = re.compile(r"^T-\d{4}-\d{6}$")


class ReferenceFormatError(ValueError):
    """Text that is not a ticket reference; ``code`` + ``params`` for the UI.

    Codes: ``reference_empty``, ``reference_bad_length`` (length),
    ``reference_bad_character`` (character), ``reference_check_failed``.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
        self.message = message




def check_symbol(value: int) -> str:
    """Crockford's check symbol of a value (``value % 37``)."""
    return CHECK_ALPHABET[value % 37]


def _encode(value: int) -> str:
    symbols = []
    for _ in range(DATA_LENGTH):
        value, digit = divmod(value, 32)
        symbols.append(ALPHABET[digit])
    return "".join(reversed(symbols))


def format_reference(value: int) -> str:
    """``T-XXXX-XXXX-XXC`` for a 50-bit value."""
    if not 0 <= value < 1 << DATA_BITS:
        raise ValueError(f"a reference value has {DATA_BITS} bits")
    code = _encode(value) + check_symbol(value)
    return f"{PREFIX}-{code[:4]}-{code[4:8]}-{code[8:]}"


def new_reference(randbits: Callable[[int], int] = secrets.randbits) -> str:
    """A fresh random reference (``secrets``), always with a speakable check symbol."""
    while True:
        value = randbits(DATA_BITS)
        if value % 37 >= _SPEAKABLE_CHECKS:
            continue
        reference = format_reference(value)
        if not _LEGACY.match(reference[2:].replace("-", "")):  # see parse_reference
            return reference


def parse_reference(text: str) -> str:
    """The canonical reference for what a caller said or typed, or
    :class:`ReferenceFormatError`.

    ``"t 4f2k 9dmq 7vr"``, ``"4F2K9DMQ7VR"`` and ``"T-4F2K-9DMQ-7VR"`` are the same
    reference; O reads as 0, I and L as 1. Legacy ``T-2025-000123`` comes back as it
    is (also typed as ``t2025000123``). Eleven symbols without the leading ``T`` that
    are ``T`` plus ten digits read as legacy; :func:`new_reference` never makes such a
    reference, so it is understood with or without its ``T``.
    """
    raw = (text or "").strip().upper()
    if _LEGACY_SHAPED.match(raw):
        return raw
    compact = _SEPARATORS.sub("", raw).translate(_ALIASES)
    if not compact:
        raise ReferenceFormatError("reference_empty", "No ticket reference was given.")
    legacy = _LEGACY.match(compact)
    if legacy and (compact.startswith(PREFIX) or len(compact) == 10):
        return f"{PREFIX}-{legacy[1]}-{legacy[2]}"
    if len(compact) != DATA_LENGTH + 1 and compact.startswith(PREFIX):
        compact = compact[1:]
    if len(compact) != DATA_LENGTH + 1:
        raise ReferenceFormatError("reference_bad_length",
                              f"A ticket reference has {DATA_LENGTH + 1} symbols after "
                              f"the T, not {len(compact)}.", length=len(compact))
    value = 0
    for position, symbol in enumerate(compact):
        allowed = CHECK_ALPHABET if position == DATA_LENGTH else ALPHABET
        if symbol not in allowed:
            raise ReferenceFormatError("reference_bad_character",
                                  f"{symbol!r} cannot be part of a ticket reference.",
                                  character=symbol)
        if position < DATA_LENGTH:
            value = value * 32 + _VALUES[symbol]
    if check_symbol(value) != compact[-1]:
        raise ReferenceFormatError("reference_check_failed",
                              "The ticket reference has a typing error (check symbol "
                              "does not match).")
    return format_reference(value)


def is_reference(text: str) -> bool:
    """Whether ``text`` parses as a reference (new or legacy)."""
    try:
        parse_reference(text)
    except ReferenceFormatError:
        return False
    return True
