"""Phone numbers (and e-mail addresses) as agents and telephone systems write them:
normalised to E.164 / lower case, or refused with a code the UI can word."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import emails, phones
from desktop.domain.phones import PhoneErrorCode, PhoneKind

# (as typed, default region, E.164) — German landlines and mobiles in every habit
VALID = [
    # mobiles
    ("0171 1234567", "DE", "+491711234567"),
    ("01711234567", "DE", "+491711234567"),
    ("+49 171 1234567", "DE", "+491711234567"),
    ("+491711234567", "DE", "+491711234567"),
    ("0049-171-1234567", "DE", "+491711234567"),
    ("0049 171 1234567", "DE", "+491711234567"),
    ("0171/1234567", "DE", "+491711234567"),
    ("0171-123 4567", "DE", "+491711234567"),
    ("(0171) 1234567", "DE", "+491711234567"),
    ("0171.1234567", "DE", "+491711234567"),
    ("0 171 123 45 67", "DE", "+491711234567"),
    ("+49 (0)171 1234567", "DE", "+491711234567"),
    ("0049 (0) 171 / 123 45 67", "DE", "+491711234567"),
    ("  0171 1234567  ", "DE", "+491711234567"),
    ("0171\u00a01234567", "DE", "+491711234567"),  # no-break space from a web page
    ("＋４９ １７１ １２３４５６７", "DE", "+491711234567"),  # full-width digits
    ("tel:+49-171-1234567", "DE", "+491711234567"),
    ("0151 23456789", "DE", "+4915123456789"),
    ("0160 9876543", "DE", "+491609876543"),
    ("+49 1520 1234567", "DE", "+4915201234567"),
    # landlines with area codes of 2 to 5 digits
    ("030 1234567", "DE", "+49301234567"),
    ("(030) 1234567", "DE", "+49301234567"),
    ("030/12345678", "DE", "+493012345678"),
    ("+49 30 12345678", "DE", "+493012345678"),
    ("+49 (0)30 1234567", "DE", "+49301234567"),
    ("+490301234567", "DE", "+49301234567"),  # the national 0 kept after +49
    ("089 1234567", "DE", "+49891234567"),
    ("0221 4710334", "DE", "+492214710334"),
    ("069 / 123 456 78", "DE", "+496912345678"),
    ("040-12345678", "DE", "+494012345678"),
    ("0711 2233445", "DE", "+497112233445"),
    ("03581 123456", "DE", "+493581123456"),
    ("033203 12345", "DE", "+493320312345"),
    ("030 12345-678", "DE", "+493012345678"),  # Durchwahl written with a dash
    # service numbers
    ("0800 1234567", "DE", "+498001234567"),
    ("0800 FLOWERS", "DE", "+498003569377"),  # vanity letters
    ("0180 5 123456", "DE", "+491805123456"),
    # Austria, Switzerland, the US, the UK, from Germany
    ("+43 1 5350000", "DE", "+4315350000"),
    ("0043 664 1234567", "DE", "+436641234567"),
    ("+41 44 668 18 00", "DE", "+41446681800"),
    ("0041 79 123 45 67", "DE", "+41791234567"),
    ("+1 (650) 253-0000", "DE", "+16502530000"),
    ("001 650 253 0000", "DE", "+16502530000"),
    ("+1 800 FLOWERS", "DE", "+18003569377"),
    ("+44 20 7031 3000", "DE", "+442070313000"),
    ("0044 7400 123456", "DE", "+447400123456"),
    # national numbers of other regions, read with that region
    ("01 5350000", "AT", "+4315350000"),
    ("0664 1234567", "AT", "+436641234567"),
    ("044 668 18 00", "CH", "+41446681800"),
    ("(650) 253-0000", "US", "+16502530000"),
    ("020 7031 3000", "GB", "+442070313000"),
    ("+49 171 1234567", "AT", "+491711234567"),  # a country code wins over the region
]

# (as typed, E.164, extension)
EXTENSIONS = [
    ("089 1234567 ext. 12", "+49891234567", "12"),
    ("089 1234567 x 12", "+49891234567", "12"),
    ("+49 89 1234567;ext=12", "+49891234567", "12"),
    ("+49 30 1234567 Durchwahl 345", "+49301234567", "345"),
    ("030 1234567 DW 9", "+49301234567", "9"),
    ("0171 1234567", "+491711234567", ""),
]

# (as typed, region, error code)
INVALID = [
    ("", "DE", PhoneErrorCode.EMPTY),
    ("   ", "DE", PhoneErrorCode.EMPTY),
    ("tel:", "DE", PhoneErrorCode.EMPTY),
    ("anonymous", "DE", PhoneErrorCode.WITHHELD),
    ("Unbekannt", "DE", PhoneErrorCode.WITHHELD),
    ("unterdrückt", "DE", PhoneErrorCode.WITHHELD),
    ("abc", "DE", PhoneErrorCode.NOT_A_NUMBER),
    ("Hans Müller", "DE", PhoneErrorCode.NOT_A_NUMBER),
    ("K-1000001", "DE", PhoneErrorCode.NOT_A_NUMBER),
    ("max@example.com", "DE", PhoneErrorCode.NOT_A_NUMBER),
    ("+49 171 1234567 / +49 30 1234567", "DE", PhoneErrorCode.NOT_A_NUMBER),  # two
    ("0171 1234567 / 030 1234567", "DE", PhoneErrorCode.TOO_LONG),  # numbers in one
    ("110", "DE", PhoneErrorCode.TOO_SHORT),  # emergency number, not a caller
    ("0171", "DE", PhoneErrorCode.TOO_SHORT),
    ("017", "DE", PhoneErrorCode.TOO_SHORT),
    ("+49", "DE", PhoneErrorCode.TOO_SHORT),
    ("0049", "DE", PhoneErrorCode.TOO_SHORT),
    ("+49 30 12", "DE", PhoneErrorCode.TOO_SHORT),
    ("1", "DE", PhoneErrorCode.TOO_SHORT),
    ("+49 171 123456789012345", "DE", PhoneErrorCode.TOO_LONG),
    ("12345678901234567890", "DE", PhoneErrorCode.TOO_LONG),
    ("+99 123456", "DE", PhoneErrorCode.INVALID_COUNTRY_CODE),
    ("0123 456", "DE", PhoneErrorCode.INVALID),  # no area code 0123
    ("1234567", "DE", PhoneErrorCode.INVALID),  # a local number without its area code
    ("020 7031 3000", "DE", PhoneErrorCode.INVALID),  # a UK number without +44
    ("0171 abc", "DE", PhoneErrorCode.INVALID),  # "abc" as vanity letters: too few digits
    ("0171 1234567", "XX", PhoneErrorCode.INVALID_COUNTRY_CODE),  # no such region
]


@pytest.mark.parametrize(("text", "region", "e164"), VALID)
def test_valid_numbers_normalise_to_e164(text: str, region: str, e164: str) -> None:
    assert phones.normalise(text, region) == e164
    assert phones.try_normalise(text, region) == e164


@pytest.mark.parametrize(("text", "region", "code"), INVALID)
def test_invalid_numbers_are_refused_with_a_code(text: str, region: str,
                                                 code: PhoneErrorCode) -> None:
    with pytest.raises(phones.PhoneError) as caught:
        phones.normalise(text, region)
    assert caught.value.code is code
    assert caught.value.params == {"text": text}
    assert phones.try_normalise(text, region) is None


@pytest.mark.parametrize(("text", "e164", "extension"), EXTENSIONS)
def test_an_extension_is_split_off(text: str, e164: str, extension: str) -> None:
    parsed = phones.parse(text)
    assert (parsed.e164, parsed.extension) == (e164, extension)


def test_a_country_code_without_plus_is_a_national_number() -> None:
    # Documented ambiguity: "49 171 ..." is a valid number of the area code 04917x.
    assert phones.normalise("49 171 1234567") == "+49491711234567"


@pytest.mark.parametrize(("e164", "national", "international"), [
    ("+491711234567", "0171 1234567", "+49 171 1234567"),
    ("+49301234567", "030 1234567", "+49 30 1234567"),
    ("+498003569377", "0800 3569377", "+49 800 3569377"),
    # a foreign number keeps its international form in the "national" style
    ("+4315350000", "+43 1 5350000", "+43 1 5350000"),
    ("+16502530000", "+1 650-253-0000", "+1 650-253-0000"),
    # stored text that is not a number is shown as it is
    ("anonymous", "anonymous", "anonymous"),
    ("", "", ""),
])
def test_formats_for_display(e164: str, national: str, international: str) -> None:
    assert phones.format_national(e164) == national
    assert phones.format_international(e164) == international
    assert phones.format_phone(e164, "national") == national
    assert phones.format_phone(e164, "international") == international
    assert phones.format_phone(e164, "e164") == e164


def test_national_format_of_another_home_region() -> None:
    assert phones.format_national("+4315350000", home_region="AT") == "01 5350000"
    assert phones.format_national("+491711234567", home_region="AT") == "+49 171 1234567"


@pytest.mark.parametrize(("e164", "kind", "mobile"), [
    ("+491711234567", PhoneKind.MOBILE, True),
    ("+4915123456789", PhoneKind.MOBILE, True),
    ("+436641234567", PhoneKind.MOBILE, True),
    ("+447400123456", PhoneKind.MOBILE, True),
    ("+49301234567", PhoneKind.FIXED_LINE, False),
    ("+498001234567", PhoneKind.TOLL_FREE, False),
    ("+16502530000", PhoneKind.FIXED_LINE_OR_MOBILE, False),  # NANP cannot tell
    ("not a number", PhoneKind.OTHER, False),
])
def test_kind_and_is_mobile(e164: str, kind: PhoneKind, mobile: bool) -> None:
    assert phones.kind_of(e164) is kind
    assert phones.is_mobile(e164) is mobile
    if kind is not PhoneKind.OTHER:
        assert phones.parse(e164).kind is kind


@pytest.mark.parametrize(("text", "expected"), [
    ("0171 1234567", True), ("+49 171 1234567", True), ("0049-171-1234567", True),
    ("(030) 1234567", True), ("0800 FLOWERS", True), ("089 1234567 ext. 12", True),
    ("110", True), ("tel:+4930123", True),
    ("Hans Müller", False), ("Müller", False), ("K-1000001", False), ("12", False),
    ("max@example.com", False), ("3M Deutschland", False), ("", False),
    ("0800 flowers", False),  # lower-case words are text, not vanity letters
])
def test_looks_like_phone(text: str, expected: bool) -> None:
    assert phones.looks_like_phone(text) is expected


@given(st.text(max_size=40))
def test_any_text_either_normalises_or_raises_a_phone_error(text: str) -> None:
    try:
        e164 = phones.normalise(text)
    except phones.PhoneError as exc:
        assert exc.code in PhoneErrorCode
    else:
        assert e164.startswith("+") and e164[1:].isdigit()
        assert phones.normalise(e164) == e164  # idempotent


@given(st.sampled_from([e for _, _, e in VALID]),
       st.sampled_from(["{n}", "{intl}", "{natl}", "00{raw}", "{spaced}"]))
def test_every_display_form_reads_back_to_the_same_number(e164: str, style: str) -> None:
    number = phonenumbers.parse(e164, None)
    region = phonenumbers.region_code_for_number(number) or "DE"
    text = style.format(
        n=e164, raw=e164[1:], intl=phones.format_international(e164),
        natl=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
        spaced=" ".join(e164))
    assert phones.normalise(text, region if style == "{natl}" else "DE") == e164


# -- e-mail addresses ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "stored"), [
    ("max.mustermann@example.de", "max.mustermann@example.de"),
    ("Max.Mustermann@Example.DE", "max.mustermann@example.de"),
    ("  m.mustermann@firma-gmbh.de ", "m.mustermann@firma-gmbh.de"),
    ("mailto:info@example.com", "info@example.com"),
    ("Max Mustermann <max@example.com>", "max@example.com"),
    ("o'brien+support@mail.example.co.uk", "o'brien+support@mail.example.co.uk"),
    ("jürgen@müller.de", "jürgen@müller.de"),
    ("a@b.de.", "a@b.de"),
])
def test_email_addresses_normalise(text: str, stored: str) -> None:
    assert emails.normalise(text) == stored
    assert emails.is_valid(text)


@pytest.mark.parametrize(("text", "code"), [
    ("", emails.EmailErrorCode.EMPTY),
    ("mailto:", emails.EmailErrorCode.EMPTY),
    ("max.example.com", emails.EmailErrorCode.MISSING_AT),
    ("@example.com", emails.EmailErrorCode.INVALID_LOCAL_PART),
    ("max mustermann@example.com", emails.EmailErrorCode.INVALID_LOCAL_PART),
    (".max@example.com", emails.EmailErrorCode.INVALID_LOCAL_PART),
    ("max..m@example.com", emails.EmailErrorCode.INVALID_LOCAL_PART),
    ("a@@example.com", emails.EmailErrorCode.INVALID_LOCAL_PART),
    ("x" * 65 + "@example.com", emails.EmailErrorCode.INVALID_LOCAL_PART),
    ("max@", emails.EmailErrorCode.INVALID_DOMAIN),
    ("max@localhost", emails.EmailErrorCode.INVALID_DOMAIN),
    ("max@-example.com", emails.EmailErrorCode.INVALID_DOMAIN),
    ("max@exa_mple.com", emails.EmailErrorCode.INVALID_DOMAIN),
    ("max@10.0.0.1", emails.EmailErrorCode.INVALID_DOMAIN),
    ("max@exa mple.com", emails.EmailErrorCode.INVALID_DOMAIN),
    ("max@" + "a" * 250 + ".de", emails.EmailErrorCode.TOO_LONG),
])
def test_invalid_email_addresses_have_a_code(text: str, code: emails.EmailErrorCode) -> None:
    with pytest.raises(emails.EmailError) as caught:
        emails.normalise(text)
    assert caught.value.code is code
    assert not emails.is_valid(text)


@given(st.text(max_size=60))
def test_email_normalisation_is_idempotent(text: str) -> None:
    try:
        stored = emails.normalise(text)
    except emails.EmailError:
        return
    assert emails.normalise(stored) == stored
    assert stored == stored.lower()
