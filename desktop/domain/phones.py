"""Phone numbers: normalised to E.164 on entry, formatted for the agent on display.

The rules are libphonenumber's (the ``phonenumbers`` package), read with a default
region, Germany unless the caller says otherwise: ``0171 1234567``,
``+49 171 1234567``, ``0049-171-1234567``, ``+49 (0)171 / 123 45 67``,
``tel:+49-171-1234567`` and full-width digits all give ``+491711234567``. A number
that libphonenumber does not consider *valid* (not just possible) is refused with a
:class:`PhoneError` whose ``code`` tells the UI what to say:

``empty``
    nothing but blanks.
``withheld``
    the caller withheld the number (``anonymous``, ``unknown``, ``unterdrückt`` …, as
    telephone systems send it).
``not_a_number``
    the text is not a phone number at all (a name, two numbers in one field).
``too_short`` / ``too_long``
    too few or too many digits for a number (``110``, ``0171``).
``invalid_country_code``
    ``+99 …``: no such country code.
``invalid``
    the digits do not form a number of the plan (``0123 456``, a UK number typed
    without ``+44``).

An extension (``… ext. 12``, ``… x 12``, ``;ext=12``) is split off: E.164 has none,
and the stored number is the one the telephone system reports for the caller. A
German *Durchwahl* written with a dash (``030 12345-678``) is part of the number, as
it is dialled. Vanity numbers are read the way libphonenumber reads them: letters
count only when there are at least three (``0800 FLOWERS`` → ``+498003569377``).

Known ambiguity, inherent in the input: ``49 171 1234567`` (a country code without
``+`` or ``00``) is a valid German *national* number (area code 04917…) and is read
as one; so is every other digit string that happens to be valid in the default region.

Pure Python: no Qt, no database. Shared by the client and the server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

DEFAULT_REGION = "DE"

# What telephone systems (and agents) write for a caller who withheld the number.
WITHHELD = frozenset({
    "anonymous", "anonym", "unknown", "unbekannt", "withheld", "private", "privat",
    "restricted", "unavailable", "unterdrückt", "unterdrueckt", "clip no screening",
})

# Below this many digits of the national significant number an invalid number is
# reported as too short rather than invalid ("0171", "+49 30 12").
_SHORTEST_PLAUSIBLE_NSN = 6

_PHONE_PUNCTUATION = set(" \t\u00a0\u2007\u202f\u200b-–—./()[]+\u2010\u2011\uff0b")
_EXTENSION = re.compile(
    r"\s*(?:;\s*ext=|,|\bext\.?|\bextension\b|\bx\.?|#|\bdurchwahl\b|\bdw\.?)\s*(\d{1,6})\s*$",
    re.IGNORECASE,
)
_TEL_URI = re.compile(r"^\s*tel:", re.IGNORECASE)


class PhoneErrorCode(StrEnum):
    EMPTY = "empty"
    WITHHELD = "withheld"
    NOT_A_NUMBER = "not_a_number"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    INVALID_COUNTRY_CODE = "invalid_country_code"
    INVALID = "invalid"


class PhoneError(ValueError):
    """A text that is not a valid phone number. ``code`` (a :class:`PhoneErrorCode`)
    and ``params`` (``{"text": …}``) are for the UI, which words the message."""

    def __init__(self, code: PhoneErrorCode, text: str) -> None:
        super().__init__(f"{text!r} is not a valid phone number ({code.value})")
        self.code = code
        self.params: dict[str, Any] = {"text": text}


class PhoneKind(StrEnum):
    """What kind of line a number is, as far as the numbering plan tells."""

    MOBILE = "mobile"
    FIXED_LINE = "fixed_line"
    FIXED_LINE_OR_MOBILE = "fixed_line_or_mobile"  # NANP (US, Canada): cannot tell
    TOLL_FREE = "toll_free"
    PREMIUM_RATE = "premium_rate"
    SHARED_COST = "shared_cost"
    VOIP = "voip"
    PERSONAL_NUMBER = "personal_number"
    PAGER = "pager"
    UAN = "uan"
    VOICEMAIL = "voicemail"
    OTHER = "other"


_KINDS = {
    PhoneNumberType.MOBILE: PhoneKind.MOBILE,
    PhoneNumberType.FIXED_LINE: PhoneKind.FIXED_LINE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE: PhoneKind.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.TOLL_FREE: PhoneKind.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE: PhoneKind.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST: PhoneKind.SHARED_COST,
    PhoneNumberType.VOIP: PhoneKind.VOIP,
    PhoneNumberType.PERSONAL_NUMBER: PhoneKind.PERSONAL_NUMBER,
    PhoneNumberType.PAGER: PhoneKind.PAGER,
    PhoneNumberType.UAN: PhoneKind.UAN,
    PhoneNumberType.VOICEMAIL: PhoneKind.VOICEMAIL,
}


@dataclass(frozen=True, slots=True)
class Phone:
    """A valid number: ``e164`` (``+491711234567``), the split-off ``extension`` (or
    ""), the ``region`` it belongs to (ISO code, ``"001"`` for non-geographic numbers)
    and its :class:`PhoneKind`."""

    e164: str
    extension: str
    region: str
    kind: PhoneKind

    @property
    def is_mobile(self) -> bool:
        return self.kind is PhoneKind.MOBILE


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _strip(text: str) -> str:
    return _TEL_URI.sub("", text).strip()


def _valid_number(text: str, region: str) -> tuple[phonenumbers.PhoneNumber, str]:
    """The valid libphonenumber number in ``text`` and the extension split off it."""
    raw = _strip(text or "")
    if not raw:
        raise PhoneError(PhoneErrorCode.EMPTY, text or "")
    if raw.casefold() in WITHHELD:
        raise PhoneError(PhoneErrorCode.WITHHELD, text)
    extension = ""
    match = _EXTENSION.search(raw)
    if match is not None and match.start() > 0:
        extension, raw = match.group(1), raw[:match.start()]
    letters = sum(ch.isalpha() for ch in raw)
    if letters and (letters < 3 or not (raw[0].isdigit() or raw[0] in "+(\uff0b")):
        # libphonenumber would skip to the first digit ("K-1000001" -> 1000001);
        # letters only make a number as vanity letters (three or more, after digits).
        raise PhoneError(PhoneErrorCode.NOT_A_NUMBER, text)
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as exc:
        kind = exc.error_type
        if kind == NumberParseException.INVALID_COUNTRY_CODE:
            code = (PhoneErrorCode.TOO_SHORT if _digit_count(raw) <= 2
                    else PhoneErrorCode.INVALID_COUNTRY_CODE)
        elif kind in (NumberParseException.TOO_SHORT_AFTER_IDD,
                      NumberParseException.TOO_SHORT_NSN):
            code = PhoneErrorCode.TOO_SHORT
        elif kind == NumberParseException.TOO_LONG:
            code = PhoneErrorCode.TOO_LONG
        elif 0 < _digit_count(raw) <= 4:
            code = PhoneErrorCode.TOO_SHORT  # "+49", "+4"
        else:
            code = PhoneErrorCode.NOT_A_NUMBER
        raise PhoneError(code, text) from exc
    if not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        nsn = phonenumbers.national_significant_number(number)
        if reason == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
            code = PhoneErrorCode.INVALID_COUNTRY_CODE
        elif reason == phonenumbers.ValidationResult.TOO_LONG:
            code = PhoneErrorCode.TOO_LONG
        elif (reason == phonenumbers.ValidationResult.TOO_SHORT
              or len(nsn) < _SHORTEST_PLAUSIBLE_NSN):
            code = PhoneErrorCode.TOO_SHORT
        else:
            code = PhoneErrorCode.INVALID
        raise PhoneError(code, text)
    return number, extension or number.extension or ""


def parse(text: str, region: str = DEFAULT_REGION) -> Phone:
    """Read ``text`` as a phone number in ``region`` (national numbers belong there).

    Raises :class:`PhoneError` for anything that is not a valid number.
    """
    number, extension = _valid_number(text, region)
    return Phone(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        extension=extension,
        region=phonenumbers.region_code_for_number(number) or "",
        kind=_KINDS.get(phonenumbers.number_type(number), PhoneKind.OTHER),
    )


def normalise(text: str, region: str = DEFAULT_REGION) -> str:
    """The E.164 form of ``text`` (``"0171 1234567"`` → ``"+491711234567"``).

    Raises :class:`PhoneError` (with a ``code``) when ``text`` is not a valid number.
    """
    number, _ = _valid_number(text, region)  # without parse()'s costly number type
    return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))


def try_normalise(text: str, region: str = DEFAULT_REGION) -> str | None:
    """Like :func:`normalise`, but ``None`` instead of an error."""
    try:
        return normalise(text, region)
    except PhoneError:
        return None


def looks_like_phone(text: str) -> bool:
    """Whether a search text is meant as a phone number rather than a name or an id.

    True for text made of digits, blanks and phone punctuation with at least three
    digits, optionally with an extension suffix, a ``tel:`` prefix, or upper-case
    vanity letters after a leading ``0``/``+`` (``0800 FLOWERS``). Says nothing about
    validity: :func:`parse` decides that.
    """
    raw = _EXTENSION.sub("", _strip(text or ""))
    if not raw or _digit_count(raw) < 3:
        return False
    first = raw[0]
    if not (first.isdigit() or first in "+(\uff0b"):
        return False
    letters = [ch for ch in raw if ch.isalpha()]
    vanity = raw[0] in "+0" and len(letters) >= 3 and all("A" <= ch <= "Z" for ch in letters)
    if letters and not vanity:
        return False
    return all(ch.isdigit() or ch.isalpha() or ch in _PHONE_PUNCTUATION for ch in raw)


def _parsed(e164: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(e164, None)
    except NumberParseException:
        return None


Style = Literal["national", "international", "e164"]


def format_national(e164: str, home_region: str = DEFAULT_REGION) -> str:
    """How an agent in ``home_region`` writes the number: ``0171 1234567`` for a
    number of that region; a foreign number keeps its international form
    (``+43 1 5350000``), since it cannot be dialled nationally. Text that is not a
    number comes back unchanged (display never fails)."""
    number = _parsed(e164)
    if number is None:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region:
        return str(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
    return str(phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))


def format_international(e164: str) -> str:
    """``+49 171 1234567``; text that is not a number comes back unchanged."""
    number = _parsed(e164)
    if number is None:
        return e164
    return str(phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))


def format_phone(e164: str, style: Style = "national",
                 home_region: str = DEFAULT_REGION) -> str:
    """The number in the agent's preferred ``style``."""
    if style == "international":
        return format_international(e164)
    if style == "e164":
        return e164
    return format_national(e164, home_region)


def kind_of(e164: str) -> PhoneKind:
    number = _parsed(e164)
    if number is None or not phonenumbers.is_valid_number(number):
        return PhoneKind.OTHER
    return _KINDS.get(phonenumbers.number_type(number), PhoneKind.OTHER)


def is_mobile(e164: str) -> bool:
    """Whether the number is a mobile number. False where the plan cannot tell mobile
    from fixed-line numbers (US, Canada: :attr:`PhoneKind.FIXED_LINE_OR_MOBILE`)."""
    return kind_of(e164) is PhoneKind.MOBILE
