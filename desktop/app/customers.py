"""Customer lookup on the local replica: by phone number, e-mail, customer number or name.

:func:`classify` decides from the shape of the text what the agent typed:

- an ``@`` → **e-mail**: exact match on the normalised (lower-case) address, the form
  in which addresses are stored (``desktop.domain.emails``);
- a customer number (``K-1000001``, ``k1000001``, ``F-10001`` of an organisation) →
  **customer number**: exact match on the customer's number, else the customers of
  the organisation with that number;
- digits with phone punctuation (``0171 1234567``, ``+49 171 1234567``,
  ``0049-171-1234567``) → **phone**: normalised to E.164 with the default region and
  matched exactly on the indexed ``customer_phones.e164``. Digits that are no valid
  phone number are tried as a customer number (some numbering schemes are digits
  only);
- anything else → **name**: prefix of the last name, of the first name,
  ``first last`` and ``last, first`` (every split of several words); when no person
  has that name, the organisation's name.

No suffix matching of phone numbers. Numbers are normalised to E.164 when they are
stored, so the exact match finds every customer whose number is the caller's. Matching
only the last 7–8 digits (what CTI connectors do on unnormalised data) would find
*other* people: among the ~750,000 numbers of 500,000 customers, the last seven digits
are shared by tens of thousands of pairs in different area codes, and a screen pop
that shows the wrong customer is worse than the "new customer" form of an unknown
number. It could not use the index either.

Erased customers are never returned; a customer merged into another is returned as
the one it was merged into. Everything here reads the local replica with SQLAlchemy
Core and returns plain frozen dataclasses; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, select

from desktop.domain import emails, phones
from desktop.models import Customer, CustomerEmail, CustomerPhone, Organisation
from desktop.sync.localdb import LocalDatabase

DEFAULT_LIMIT = 20
MAX_LIMIT = 500
_MERGE_DEPTH = 5  # a merged record's target may itself have been merged; follow a few

_customers = Customer.__table__
_phones = CustomerPhone.__table__
_emails = CustomerEmail.__table__
_orgs = Organisation.__table__

_CUSTOMER_NUMBER = re.compile(r"^([A-Za-z]{1,4})[-\s]?(\d{3,})$")
_TOP = "\U0010ffff"  # sorts after every other character: the end of a prefix range


class QueryKind(StrEnum):
    EMPTY = "empty"
    PHONE = "phone"
    EMAIL = "email"
    CUSTOMER_NUMBER = "customer_number"
    NAME = "name"


class MatchedField(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CUSTOMER_NUMBER = "customer_number"
    ORGANISATION_NUMBER = "organisation_number"
    NAME = "name"
    FIRST_NAME = "first_name"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class LookupQuery:
    """What the text was taken for: ``kind``, the normalised ``value`` searched for
    and, when normalising failed, the error ``code`` (``phones``/``emails`` codes)."""

    text: str
    kind: QueryKind
    value: str
    error: str = ""


@dataclass(frozen=True, slots=True)
class PhoneEntry:
    e164: str
    label: str


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    id: str
    display_name: str
    first_name: str
    last_name: str
    customer_number: str | None
    organisation_id: str | None
    organisation: str | None
    matched_field: MatchedField
    matched_value: str
    phones: tuple[PhoneEntry, ...] = ()
    emails: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "display_name": self.display_name,
            "first_name": self.first_name, "last_name": self.last_name,
            "customer_number": self.customer_number,
            "organisation_id": self.organisation_id, "organisation": self.organisation,
            "matched_field": self.matched_field.value, "matched_value": self.matched_value,
            "phones": [{"e164": p.e164, "label": p.label} for p in self.phones],
            "emails": list(self.emails),
        }


@dataclass(frozen=True, slots=True)
class LookupResult:
    query: LookupQuery
    matches: list[CustomerMatch] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query.text, "kind": self.query.kind.value,
                "normalised": self.query.value, "error": self.query.error or None,
                "matches": [m.to_json() for m in self.matches]}


def _customer_number_candidates(text: str) -> list[str]:
    """``k1000001`` → ``["K1000001", "K-1000001"]``: as typed (upper-case), with and
    without the dash, because agents read numbers out without it."""
    raw = text.strip().upper()
    match = _CUSTOMER_NUMBER.match(raw)
    if match is None:
        return [raw]
    prefix, digits = match.groups()
    return list(dict.fromkeys([raw, f"{prefix}-{digits}", f"{prefix}{digits}"]))


def classify(text: str, region: str = phones.DEFAULT_REGION) -> LookupQuery:
    """Decide from the shape of ``text`` what to search for (see the module doc)."""
    raw = " ".join((text or "").split())
    if not raw:
        return LookupQuery(text, QueryKind.EMPTY, "")
    if emails.looks_like_email(raw):
        try:
            return LookupQuery(text, QueryKind.EMAIL, emails.normalise(raw))
        except emails.EmailError as exc:
            return LookupQuery(text, QueryKind.EMAIL, raw.lower(), exc.code.value)
    if _CUSTOMER_NUMBER.match(raw):
        return LookupQuery(text, QueryKind.CUSTOMER_NUMBER, _customer_number_candidates(raw)[1])
    if phones.looks_like_phone(raw):
        try:
            return LookupQuery(text, QueryKind.PHONE, phones.normalise(raw, region))
        except phones.PhoneError as exc:
            return LookupQuery(text, QueryKind.PHONE, "", exc.code.value)
    return LookupQuery(text, QueryKind.NAME, raw)


# -- the queries -------------------------------------------------------------------------

_CUSTOMER_COLUMNS = (_customers.c.id, _customers.c.first_name, _customers.c.last_name,
                     _customers.c.customer_number, _customers.c.organisation_id,
                     _customers.c.merged_into_id, _customers.c.erased)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _case_variants(text: str) -> list[str]:
    """Spellings to try as an index prefix: stored names are mostly capitalised, agents
    type in any case. (A case-insensitive LIKE cannot use the index, and SQLite's
    LIKE folds ASCII letters only.)"""
    variants = [text, text[:1].upper() + text[1:], text.title(), text.lower(),
                text[:1].upper() + text[1:].lower()]
    return list(dict.fromkeys(v for v in variants if v))


def _prefix_range(column: Any, prefix: str) -> Any:
    return and_(column >= prefix, column < prefix + _TOP)


def _starts_with(column: Any, prefix: str) -> Any:
    return column.like(_escape_like(prefix) + "%", escape="\\")


class _Collector:
    """Customer rows in the order found, without duplicates, up to ``limit``."""

    def __init__(self, conn: Connection, limit: int) -> None:
        self.conn = conn
        self.limit = limit
        self.rows: dict[str, tuple[Any, MatchedField, str]] = {}

    @property
    def full(self) -> bool:
        return len(self.rows) >= self.limit

    @property
    def room(self) -> int:
        return max(0, self.limit - len(self.rows))

    def add(self, rows: Iterable[Any], matched: MatchedField, value: str) -> None:
        for row in rows:
            if self.full:
                return
            if row.id not in self.rows:
                self.rows[row.id] = (row, matched, value)

    def run(self, query: Select[Any], matched: MatchedField, value: str,
            **params: Any) -> None:
        """Run a query made by :func:`_customer_query` for the rows still missing."""
        if not self.full:
            self.add(self.conn.execute(query, {**params, "room": self.room}), matched, value)


def _customer_query(*joins: tuple[Any, Any], where: Any, order: Sequence[Any] = ()
                    ) -> Select[Any]:
    """Customers (never erased ones) with a ``room`` limit, as a statement to reuse:
    built once, its compiled form comes from SQLAlchemy's cache (a phone lookup
    spends most of its time building statements otherwise)."""
    query = select(*_CUSTOMER_COLUMNS)
    for table, on in joins:
        query = query.join(table, on)
    return (query.where(where, _customers.c.erased.is_(False)).order_by(*order)
            .limit(bindparam("room")))


_BY_PHONE = _customer_query((_phones, _phones.c.customer_id == _customers.c.id),
                            where=_phones.c.e164 == bindparam("key"))
_BY_EMAIL = _customer_query((_emails, _emails.c.customer_id == _customers.c.id),
                            where=_emails.c.address == bindparam("key"))
_BY_NUMBER = _customer_query(
    where=_customers.c.customer_number.in_(bindparam("values", expanding=True)))
_BY_ORGANISATIONS = _customer_query(
    where=_customers.c.organisation_id.in_(bindparam("values", expanding=True)),
    order=(_customers.c.last_name, _customers.c.first_name, _customers.c.id))
_ORGS_BY_NUMBER = (select(_orgs.c.id)
                   .where(_orgs.c.customer_number.in_(bindparam("values", expanding=True)))
                   .limit(MAX_LIMIT))
_CUSTOMER_BY_ID = select(*_CUSTOMER_COLUMNS).where(_customers.c.id == bindparam("key"))
_PHONES_OF = (select(_phones.c.customer_id, _phones.c.e164, _phones.c.label)
              .where(_phones.c.customer_id.in_(bindparam("ids", expanding=True)))
              .order_by(_phones.c.customer_id, _phones.c.label, _phones.c.e164))
_EMAILS_OF = (select(_emails.c.customer_id, _emails.c.address)
              .where(_emails.c.customer_id.in_(bindparam("ids", expanding=True)))
              .order_by(_emails.c.customer_id, _emails.c.address))
_ORG_NAMES = select(_orgs.c.id, _orgs.c.name).where(
    _orgs.c.id.in_(bindparam("ids", expanding=True)))


def _by_phone(c: _Collector, e164: str) -> None:
    c.run(_BY_PHONE, MatchedField.PHONE, e164, key=e164)


def _by_email(c: _Collector, address: str) -> None:
    c.run(_BY_EMAIL, MatchedField.EMAIL, address, key=address)


def _of_organisations(c: _Collector, org_ids: list[str], matched: MatchedField,
                      value: str) -> None:
    """The customers of these organisations, through ``ix_customers_organisation``.
    Asked for the organisation ids first, so a text that matches no organisation costs
    one small query."""
    if org_ids:
        c.run(_BY_ORGANISATIONS, matched, value, values=org_ids)


def _by_customer_number(c: _Collector, text: str) -> None:
    candidates = _customer_number_candidates(text)
    c.run(_BY_NUMBER, MatchedField.CUSTOMER_NUMBER, candidates[0], values=candidates)
    if not c.rows:
        org_ids = list(c.conn.execute(_ORGS_BY_NUMBER, {"values": candidates}).scalars())
        _of_organisations(c, org_ids, MatchedField.ORGANISATION_NUMBER, candidates[0])


def _name_pairs(text: str) -> list[tuple[str, str]]:
    """(last-name prefix, first-name prefix) pairs to try for a multi-word text."""
    if "," in text:
        last, _, first = text.partition(",")
        return [(last.strip(), first.strip())]
    words = text.split()
    pairs: list[tuple[str, str]] = []
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        pairs.append((tail, head))  # "Hans Müller": first name first, as people say it
        pairs.append((head, tail))  # "Müller Hans": as lists print it
    return pairs


def _by_name(c: _Collector, text: str) -> None:
    last_name, first_name = _customers.c.last_name, _customers.c.first_name
    order = (last_name, first_name, _customers.c.id)
    if "," in text or len(text.split()) > 1:
        for last, first in _name_pairs(text):
            if not last:
                continue
            for variant in _case_variants(last):
                condition = _prefix_range(last_name, variant)
                if first:
                    condition = and_(condition, _starts_with(first_name, first))
                c.run(_customer_query(where=condition, order=order),
                      MatchedField.NAME, f"{last}, {first}" if first else last)
    # the whole text as a last name ("von der Leyen"), then as a first name
    for variant in _case_variants(text):
        c.run(_customer_query(where=_prefix_range(last_name, variant), order=order),
              MatchedField.NAME, text)
    if len(text.split()) == 1:
        # no index on first names: a scan, stopped by the LIMIT (manual search only)
        c.run(_customer_query(where=_starts_with(first_name, text), order=order),
              MatchedField.FIRST_NAME, text)
    if not c.rows:
        # nobody of that name: an organisation's name ("Muster GmbH")
        org_ids = list(c.conn.execute(select(_orgs.c.id).where(_starts_with(_orgs.c.name, text))
                                      .order_by(_orgs.c.name).limit(c.limit)).scalars())
        _of_organisations(c, org_ids, MatchedField.ORGANISATION, text)


def _resolve_merged(conn: Connection,
                    found: dict[str, tuple[Any, MatchedField, str]]) -> list[tuple[Any,
                                                                                   MatchedField,
                                                                                   str]]:
    """Replace merged records by the record they live on in; drop erased ones."""
    result: dict[str, tuple[Any, MatchedField, str]] = {}
    row: Any
    for row, matched, value in found.values():
        for _ in range(_MERGE_DEPTH):
            if not row.merged_into_id:
                break
            target = conn.execute(_CUSTOMER_BY_ID, {"key": row.merged_into_id}).first()
            if target is None:
                break
            row = target
        if row.erased or row.merged_into_id or row.id in result:
            continue
        result[row.id] = (row, matched, value)
    return list(result.values())


def _display_name(first: str, last: str, number: str | None, organisation: str | None) -> str:
    name = " ".join(part for part in (first, last) if part)
    return name or organisation or number or ""


def _complete(conn: Connection,
              found: Sequence[tuple[Any, MatchedField, str]]) -> list[CustomerMatch]:
    ids = [row.id for row, _, _ in found]
    if not ids:
        return []
    phone_rows: dict[str, list[PhoneEntry]] = {}
    for r in conn.execute(_PHONES_OF, {"ids": ids}):
        phone_rows.setdefault(r.customer_id, []).append(PhoneEntry(r.e164, r.label))
    email_rows: dict[str, list[str]] = {}
    for e in conn.execute(_EMAILS_OF, {"ids": ids}):
        email_rows.setdefault(e.customer_id, []).append(e.address)
    org_ids = {row.organisation_id for row, _, _ in found if row.organisation_id}
    org_names: dict[str, str] = {}
    if org_ids:
        org_names = {o.id: o.name for o in conn.execute(_ORG_NAMES, {"ids": list(org_ids)})}
    matches = []
    for row, matched, value in found:
        organisation = org_names.get(row.organisation_id) if row.organisation_id else None
        matches.append(CustomerMatch(
            id=row.id,
            display_name=_display_name(row.first_name, row.last_name, row.customer_number,
                                       organisation),
            first_name=row.first_name, last_name=row.last_name,
            customer_number=row.customer_number, organisation_id=row.organisation_id,
            organisation=organisation, matched_field=matched, matched_value=value,
            phones=tuple(phone_rows.get(row.id, ())), emails=tuple(email_rows.get(row.id, ()))))
    return matches


def search(db: LocalDatabase, text: str, limit: int = DEFAULT_LIMIT,
           region: str = phones.DEFAULT_REGION) -> LookupResult:
    """Look ``text`` up on the local replica; the query as understood and the matches."""
    query = classify(text, region)
    limit = max(1, min(limit, MAX_LIMIT))
    if query.kind is QueryKind.EMPTY:
        return LookupResult(query)
    if db.engine is None:
        raise RuntimeError("database not open")
    with db.engine.connect() as conn:
        c = _Collector(conn, limit)
        if query.kind is QueryKind.PHONE:
            if query.value:
                _by_phone(c, query.value)
            digits = "".join(ch for ch in text if not ch.isspace())
            if query.error and digits.isdigit():
                _by_customer_number(c, digits)  # a customer number of digits only
        elif query.kind is QueryKind.EMAIL:
            _by_email(c, query.value)
        elif query.kind is QueryKind.CUSTOMER_NUMBER:
            _by_customer_number(c, query.value)
        else:
            _by_name(c, query.value)
        found = _resolve_merged(conn, c.rows)
        return LookupResult(query, _complete(conn, found[:limit]))


def lookup(db: LocalDatabase, text: str, limit: int = DEFAULT_LIMIT,
           region: str = phones.DEFAULT_REGION) -> list[CustomerMatch]:
    """The customers matching ``text`` (a number in any format, an e-mail, a customer
    number or a name), best first, at most ``limit``."""
    return search(db, text, limit, region).matches
