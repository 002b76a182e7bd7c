"""Customer lookup on a real local replica (SQLite), by every key, and the CLI on it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from desktop.app import customers
from desktop.app.customers import MatchedField, QueryKind
from desktop.cli import main
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase

REPO = Path(__file__).resolve().parents[1]


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


HANS, PETRA, ERNA, OTTO, LUDWIG, URSULA, ANNA, GONE, OLD, DIGITS = (uid(n) for n in range(1, 11))
MUSTER, KLEIN = uid(101), uid(102)

ORGANISATIONS = [
    {"id": MUSTER, "name": "Muster GmbH", "customer_number": "F-10001"},
    {"id": KLEIN, "name": "Kleinbetrieb Weber", "customer_number": "F-10002"},
]
CUSTOMERS = [
    (HANS, "Hans", "Müller", "K-1000001", MUSTER),
    (PETRA, "Petra", "Müller-Lüdenscheidt", "K-1000002", MUSTER),
    (ERNA, "Erna", "Schmidt", "K-1000003", None),
    (OTTO, "Otto", "Schmidt", "K-1000004", None),
    (LUDWIG, "Ludwig", "van Beethoven", "K-1000005", KLEIN),
    (URSULA, "Ursula", "von der Leyen", "K-1000006", None),
    (ANNA, "Anna Maria", "Schmidt", "K-1000007", None),
    (GONE, "Gerda", "Gelöscht", "K-1000008", None),  # erased
    (OLD, "Hans", "Mueller", "K-1000009", None),  # merged into HANS
    (DIGITS, "Zoe", "Zahl", "4711", None),
]
PHONES = [
    (HANS, "mobil", "+491711234567"),
    (HANS, "Büro", "+49891234567"),
    (PETRA, "Büro", "+49891234500"),
    (ERNA, "privat", "+49301234567"),  # a household line two customers share
    (OTTO, "privat", "+49301234567"),
    (LUDWIG, "mobil", "+436641234567"),
    (URSULA, "Büro", "+41446681800"),
    (GONE, "privat", "+49401111111"),
    (OLD, "privat", "+49402222222"),
]
EMAILS = [
    (HANS, "hans.mueller@muster.example"),
    (PETRA, "p.mueller@muster.example"),
    (ERNA, "erna.schmidt@mail.example"),
    (GONE, "gerda@mail.example"),
]


@pytest.fixture
def replica(tmp_path: Path) -> Iterator[LocalDatabase]:
    """A local database with a handful of customers, as a sync would leave it."""
    db = LocalDatabase(tmp_path / "client").open()
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(insert(SYNCED_TABLES["organisations"]),
                     [{**o, "version": 1} for o in ORGANISATIONS])
        conn.execute(insert(SYNCED_TABLES["customers"]), [
            {"id": cid, "version": 1, "first_name": first, "last_name": last,
             "customer_number": number, "organisation_id": org,
             "erased": cid == GONE, "merged_into_id": HANS if cid == OLD else None}
            for cid, first, last, number, org in CUSTOMERS])
        conn.execute(insert(SYNCED_TABLES["customer_phones"]), [
            {"id": uid(200 + i), "version": 1, "customer_id": cid, "label": label, "e164": e164}
            for i, (cid, label, e164) in enumerate(PHONES)])
        conn.execute(insert(SYNCED_TABLES["customer_emails"]), [
            {"id": uid(300 + i), "version": 1, "customer_id": cid, "address": address}
            for i, (cid, address) in enumerate(EMAILS)])
    yield db
    db.close()


def ids(matches: list[customers.CustomerMatch]) -> list[str]:
    return [m.id for m in matches]


@pytest.mark.parametrize("text", [
    "0171 1234567", "+49 171 1234567", "0049-171-1234567", "01711234567", "(0171) 1234567",
    "+49 (0)171 / 123 45 67", "0171-123 45 67", "tel:+491711234567", " 0171 1234567 ",
])
def test_phone_in_any_format_finds_the_customer(replica, text: str) -> None:
    result = customers.search(replica, text)
    assert result.query.kind is QueryKind.PHONE
    assert result.query.value == "+491711234567"
    assert ids(result.matches) == [HANS]
    hans = result.matches[0]
    assert hans.matched_field is MatchedField.PHONE
    assert hans.display_name == "Hans Müller"
    assert hans.organisation == "Muster GmbH"
    assert hans.customer_number == "K-1000001"
    assert {(p.label, p.e164) for p in hans.phones} == {("mobil", "+491711234567"),
                                                        ("Büro", "+49891234567")}
    assert hans.emails == ("hans.mueller@muster.example",)


def test_international_numbers_and_other_regions(replica) -> None:
    assert ids(customers.lookup(replica, "0043 664 1234567")) == [LUDWIG]
    assert ids(customers.lookup(replica, "0664 1234567", region="AT")) == [LUDWIG]
    assert ids(customers.lookup(replica, "+41 44 668 18 00")) == [URSULA]


def test_a_shared_number_offers_every_customer_on_it(replica) -> None:
    assert sorted(ids(customers.lookup(replica, "030 1234567"))) == sorted([ERNA, OTTO])


def test_unknown_and_invalid_numbers_find_nobody(replica) -> None:
    unknown = customers.search(replica, "0171 7654321")
    assert (unknown.query.kind, unknown.query.value, unknown.matches) == (
        QueryKind.PHONE, "+491717654321", [])
    invalid = customers.search(replica, "0171")
    assert (invalid.query.kind, invalid.query.error, invalid.matches) == (
        QueryKind.PHONE, "too_short", [])
    # only the exact number: no suffix match on "...1234567" from another area code
    assert customers.lookup(replica, "040 1234567") == []
    # a company's other extension is not the switchboard either
    assert customers.lookup(replica, "089 1234501") == []


def test_erased_customers_are_never_found(replica) -> None:
    assert customers.lookup(replica, "040 1111111") == []
    assert customers.lookup(replica, "gerda@mail.example") == []
    assert customers.lookup(replica, "Gelöscht") == []


def test_a_merged_customer_is_found_as_the_one_it_was_merged_into(replica) -> None:
    matches = customers.lookup(replica, "040 2222222")
    assert ids(matches) == [HANS]
    assert matches[0].matched_field is MatchedField.PHONE


@pytest.mark.parametrize("text", ["hans.mueller@muster.example", "Hans.Mueller@MUSTER.example",
                                  " hans.mueller@muster.example ",
                                  "mailto:hans.mueller@muster.example"])
def test_email_matches_exactly_in_lower_case(replica, text: str) -> None:
    result = customers.search(replica, text)
    assert result.query.kind is QueryKind.EMAIL
    assert ids(result.matches) == [HANS]
    assert result.matches[0].matched_field is MatchedField.EMAIL


def test_email_is_not_a_prefix_search(replica) -> None:
    assert customers.lookup(replica, "hans.mueller@muster") == []
    result = customers.search(replica, "hans@")
    assert (result.query.kind, result.query.error) == (QueryKind.EMAIL, "invalid_domain")


@pytest.mark.parametrize("text", ["K-1000001", "k-1000001", "K1000001", "k 1000001"])
def test_customer_number_in_any_spelling(replica, text: str) -> None:
    result = customers.search(replica, text)
    assert result.query.kind is QueryKind.CUSTOMER_NUMBER
    assert ids(result.matches) == [HANS]
    assert result.matches[0].matched_field is MatchedField.CUSTOMER_NUMBER


def test_organisation_number_lists_its_customers(replica) -> None:
    matches = customers.lookup(replica, "F-10001")
    assert ids(matches) == [HANS, PETRA]
    assert {m.matched_field for m in matches} == {MatchedField.ORGANISATION_NUMBER}


def test_digits_that_are_no_phone_number_are_tried_as_customer_number(replica) -> None:
    assert ids(customers.lookup(replica, "4711")) == [DIGITS]


@pytest.mark.parametrize(("text", "expected"), [
    ("Müller", [HANS, PETRA]),
    ("müller", [HANS, PETRA]),
    ("Mül", [HANS, PETRA]),
    ("Müller-L", [PETRA]),
    ("Hans Müller", [HANS]),
    ("hans müller", [HANS]),
    ("Müller Hans", [HANS]),
    ("Müller, Hans", [HANS]),
    ("müller, h", [HANS]),
    ("Schmidt, Anna", [ANNA]),
    ("Anna Maria Schmidt", [ANNA]),
    ("von der Leyen", [URSULA]),
    ("Ursula von der Leyen", [URSULA]),
    ("van Beethoven, Ludwig", [LUDWIG]),
    ("Ludwig", [LUDWIG]),  # a first name
    ("Muster GmbH", [HANS, PETRA]),  # the organisation's name
    ("Kleinbetrieb", [LUDWIG]),
    ("Nobody", []),
    ("Mül_er", []),  # LIKE wildcards are taken literally
])
def test_name_search(replica, text: str, expected: list[str]) -> None:
    result = customers.search(replica, text)
    assert result.query.kind is QueryKind.NAME
    assert ids(result.matches) == expected


def test_name_search_orders_by_name_and_respects_the_limit(replica) -> None:
    schmidts = customers.lookup(replica, "Schmidt")
    assert [m.display_name for m in schmidts] == ["Anna Maria Schmidt", "Erna Schmidt",
                                                  "Otto Schmidt"]
    assert {m.matched_field for m in schmidts} == {MatchedField.NAME}
    assert len(customers.lookup(replica, "Schmidt", limit=2)) == 2


def test_empty_text_finds_nothing(replica) -> None:
    result = customers.search(replica, "   ")
    assert result.query.kind is QueryKind.EMPTY
    assert result.matches == []


# -- the command line ----------------------------------------------------------------

def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_prints_the_matches_as_json(replica, capsys) -> None:
    status, out, _ = run_cli(capsys, "--data-dir", str(replica.data_dir), "customer",
                             "lookup", "0049-171-1234567", "--json")
    assert status == 0
    data: dict[str, Any] = json.loads(out)
    assert (data["kind"], data["normalised"], data["error"]) == ("phone", "+491711234567", None)
    assert [m["id"] for m in data["matches"]] == [HANS]
    hans = data["matches"][0]
    assert hans["display_name"] == "Hans Müller"
    assert hans["organisation"] == "Muster GmbH"
    assert hans["matched_field"] == "phone"
    assert {"e164": "+491711234567", "label": "mobil"} in hans["phones"]


def test_cli_joins_words_and_limits(replica, capsys) -> None:
    status, out, _ = run_cli(capsys, "--data-dir", str(replica.data_dir), "customer",
                             "lookup", "Schmidt", "--limit", "1", "--json")
    assert status == 0
    assert [m["display_name"] for m in json.loads(out)["matches"]] == ["Anna Maria Schmidt"]
    status, out, _ = run_cli(capsys, "--data-dir", str(replica.data_dir), "customer",
                             "lookup", "Müller,", "Hans", "--json")
    assert [m["id"] for m in json.loads(out)["matches"]] == [HANS]


def test_cli_text_output_and_exit_status_without_a_match(replica, capsys) -> None:
    status, out, _ = run_cli(capsys, "--data-dir", str(replica.data_dir), "customer",
                             "lookup", "K-1000001")
    assert status == 0
    assert "Hans Müller (Muster GmbH)" in out and "+49 171 1234567" in out
    status, out, err = run_cli(capsys, "--data-dir", str(replica.data_dir), "customer",
                               "lookup", "0171")
    assert status == 1
    assert out == ""
    assert "too_short" in err
    status, out, _ = run_cli(capsys, "--data-dir", str(replica.data_dir), "customer",
                             "lookup", "0171 7654321", "--json")
    assert status == 1
    assert json.loads(out)["matches"] == []


def test_cli_without_a_local_database(tmp_path, capsys) -> None:
    status, out, err = run_cli(capsys, "--data-dir", str(tmp_path / "none"), "customer",
                               "lookup", "0171 1234567", "--json")
    assert status == 3
    assert out == ""
    assert "agentdesk sync" in err
    assert not (tmp_path / "none").exists()  # a lookup creates no database


def test_the_installed_command_runs_the_lookup(replica) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(replica.data_dir),
         "customer", "lookup", "+49 (0)30 123 45 67", "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert sorted(m["id"] for m in json.loads(proc.stdout)["matches"]) == sorted([ERNA, OTTO])
