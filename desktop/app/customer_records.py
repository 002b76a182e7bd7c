"""Customer records: load, validate, save, duplicates, history and audit trail (issue 5).

Everything here reads the local replica with SQLAlchemy Core and returns plain
dataclasses; no Qt. The customer panel (``desktop.ui.customer_panel``) calls it.

- :func:`load_customer` — the customer with phones, e-mails and organisation name.
- :func:`validate` — checks a :class:`CustomerForm` (what the agent typed) and reports
  *every* problem at once as ``field key -> FieldError(code, params)``; the UI words
  the message. Keys: ``"name"``, ``"phones.<i>"``, ``"emails.<i>"``, ``"country"``,
  ``"language"``, ``"postal_code"`` and the plain field names for ``too_long``.
- :func:`save_customer` — validates first; when anything is wrong, raises
  :class:`CustomerInvalid` and writes nothing. Otherwise the customer row and every
  phone/e-mail row are written, with their outbox entries, in **one** local SQLite
  transaction (see :class:`_SharedTransactionWriter`). Only changed fields go out, each
  with its own base value, so concurrent edits follow the field-level merge of the
  sync protocol: edits to different fields merge, the same field edited on both sides
  comes back as a conflict the agent resolves in the outbox panel.
- :func:`find_duplicates` — other customers with the same E.164 number, the same
  e-mail address (stored lower-case) or a very similar name in the same organisation.
  *Similar name*: both names folded (case, accents, ``ä→ae``, ``ß→ss``, everything but
  letters dropped) and compared as ``first last`` with :class:`difflib.SequenceMatcher`;
  a ratio of at least :data:`NAME_SIMILARITY` (0.85) counts ("Jürgen Müller" /
  "Juergen Mueller" = 1.0, "Jürgen Müler" ≈ 0.96, "Jürgen Miller" ≈ 0.93 — a deliberate
  false positive: a warning is cheap, a duplicate record is not). Candidates are read
  through the ``(last_name, first_name)`` index by the last name's first letter, so a
  typo in the very first letter is not found.
- :func:`customer_history` — tickets, calls and the note/call entries of the customer's
  tickets on one timeline: open tickets first (newest activity first), then everything
  else newest first.
- :func:`customer_audit` — the audit rows the server wrote, newest first, with the
  changing user's display name (customer fields, ``phone``/``email`` added, changed or
  removed, ``merged``/``merged_into``, ``erased``).
- :func:`merge_conflicts`, :func:`merge_on_server`, :func:`export_to_file`,
  :func:`erase_on_server` — merge, data-protection export and erasure, done by the
  server (``server/customers.py``, docs/customers.md); these take a signed-in
  ``ServerClient`` and run on a worker thread.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, and_, or_, select

from desktop.domain import emails, phones
from desktop.domain.phones import Style as PhoneStyle
from desktop.models import (
    Call,
    Customer,
    CustomerAudit,
    CustomerEmail,
    CustomerPhone,
    Organisation,
    Ticket,
    TicketEntry,
    User,
)
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter

_customers: Table = Customer.__table__  # type: ignore[assignment]
_phones: Table = CustomerPhone.__table__  # type: ignore[assignment]
_emails: Table = CustomerEmail.__table__  # type: ignore[assignment]
_orgs: Table = Organisation.__table__  # type: ignore[assignment]
_tickets: Table = Ticket.__table__  # type: ignore[assignment]
_entries: Table = TicketEntry.__table__  # type: ignore[assignment]
_calls: Table = Call.__table__  # type: ignore[assignment]
_audit: Table = CustomerAudit.__table__  # type: ignore[assignment]
_users: Table = User.__table__  # type: ignore[assignment]

NAME_SIMILARITY = 0.85
OPEN_STATUSES = frozenset({"new", "open", "pending"})
HISTORY_ENTRY_KINDS = ("note", "call", "call_log")
LANGUAGES = ("de", "en", "fr", "it", "tr", "pl", "es", "nl")
SERVICE_LEVELS = ("standard", "premium", "enterprise")
HISTORY_LIMIT = 500
AUDIT_LIMIT = 500
LINK_FIELDS = frozenset({"merged", "merged_into"})  # audit rows naming another customer

# The customer's own fields the form edits (phones and e-mails are rows of their own).
FORM_FIELDS = ("salutation", "first_name", "last_name", "organisation_id", "language",
               "service_level", "contact_consent", "street", "postal_code", "city",
               "country", "notes")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")


# -- records --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ContactEntry:
    """A stored phone number (``value`` in E.164) or e-mail address, with its label."""

    id: str
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: str
    customer_number: str | None
    salutation: str
    first_name: str
    last_name: str
    organisation_id: str | None
    organisation: str | None
    language: str
    service_level: str
    contact_consent: bool
    street: str
    postal_code: str
    city: str
    country: str
    notes: str
    phones: tuple[ContactEntry, ...] = ()
    emails: tuple[ContactEntry, ...] = ()
    erased: bool = False
    merged_into_id: str | None = None

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.organisation or self.customer_number or ""


@dataclass(slots=True)
class ContactInput:
    """One phone or e-mail row as typed: ``text`` exactly as the agent entered it;
    ``id`` of the stored row it edits (None for a new row)."""

    label: str = ""
    text: str = ""
    id: str | None = None


@dataclass(slots=True)
class CustomerForm:
    """The edited values of one customer, exactly as typed."""

    salutation: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation_id: str | None = None
    language: str = "de"
    service_level: str = "standard"
    contact_consent: bool = False
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"
    notes: str = ""
    phones: list[ContactInput] = field(default_factory=list)
    emails: list[ContactInput] = field(default_factory=list)

    @classmethod
    def from_record(cls, record: CustomerRecord,
                    phone_style: PhoneStyle = "international") -> CustomerForm:
        return cls(
            salutation=record.salutation, first_name=record.first_name,
            last_name=record.last_name, organisation_id=record.organisation_id,
            language=record.language, service_level=record.service_level,
            contact_consent=record.contact_consent, street=record.street,
            postal_code=record.postal_code, city=record.city, country=record.country,
            notes=record.notes,
            phones=[ContactInput(p.label, phones.format_phone(p.value, phone_style), p.id)
                    for p in record.phones],
            emails=[ContactInput(e.label, e.value, e.id) for e in record.emails])


@dataclass(frozen=True, slots=True)
class FieldError:
    """A problem with one field: ``code`` for the UI to word, ``params`` to fill in."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CleanForm:
    """A valid form, normalised: the customer's fields, phones in E.164, e-mails
    lower-case."""

    fields: dict[str, Any]
    phones: tuple[ContactInput, ...]
    emails: tuple[ContactInput, ...]


@dataclass(frozen=True, slots=True)
class Validation:
    errors: dict[str, FieldError]
    clean: CleanForm | None

    @property
    def ok(self) -> bool:
        return not self.errors


class CustomerInvalid(ValueError):
    """The form has problems; nothing was written. ``errors`` as :func:`validate`."""

    def __init__(self, errors: dict[str, FieldError]) -> None:
        super().__init__(", ".join(f"{k}: {v.code}" for k, v in errors.items()))
        self.errors = errors


class CustomerNotFound(LookupError):
    pass


# -- load -----------------------------------------------------------------------------
def _engine(db: LocalDatabase) -> Any:
    if db.engine is None:
        raise RuntimeError("database not open")
    return db.engine


def _load(conn: Connection, customer_id: str) -> CustomerRecord | None:
    row = conn.execute(select(_customers).where(_customers.c.id == customer_id)).first()
    if row is None:
        return None
    organisation = None
    if row.organisation_id:
        organisation = conn.execute(select(_orgs.c.name).where(
            _orgs.c.id == row.organisation_id)).scalar()
    phone_rows = conn.execute(
        select(_phones.c.id, _phones.c.label, _phones.c.e164)
        .where(_phones.c.customer_id == customer_id)
        .order_by(_phones.c.label, _phones.c.e164, _phones.c.id)).all()
    email_rows = conn.execute(
        select(_emails.c.id, _emails.c.label, _emails.c.address)
        .where(_emails.c.customer_id == customer_id)
        .order_by(_emails.c.label, _emails.c.address, _emails.c.id)).all()
    return CustomerRecord(
        id=row.id, customer_number=row.customer_number, salutation=row.salutation,
        first_name=row.first_name, last_name=row.last_name,
        organisation_id=row.organisation_id, organisation=organisation,
        language=row.language, service_level=row.service_level,
        contact_consent=bool(row.contact_consent), street=row.street,
        postal_code=row.postal_code, city=row.city, country=row.country, notes=row.notes,
        phones=tuple(ContactEntry(p.id, p.label, p.e164) for p in phone_rows),
        emails=tuple(ContactEntry(e.id, e.label, e.address) for e in email_rows),
        erased=bool(row.erased), merged_into_id=row.merged_into_id)


def load_customer(db: LocalDatabase, customer_id: str) -> CustomerRecord | None:
    """The customer with phones, e-mails and organisation name; None when unknown."""
    with _engine(db).connect() as conn:
        return _load(conn, customer_id)


def organisations(db: LocalDatabase, limit: int = 2000) -> list[tuple[str, str]]:
    """``(id, name)`` of the organisations, by name, for the organisation chooser."""
    with _engine(db).connect() as conn:
        return [(r.id, r.name) for r in conn.execute(
            select(_orgs.c.id, _orgs.c.name).order_by(_orgs.c.name).limit(limit))]


# -- validate -------------------------------------------------------------------------
def _max_length(table: Table, name: str) -> int | None:
    length = getattr(table.c[name].type, "length", None)
    return int(length) if length else None


def validate(form: CustomerForm, region: str = phones.DEFAULT_REGION) -> Validation:
    """Check every field of ``form`` and report all problems at once.

    Codes: ``name.missing``; ``phones.<i>``: the :class:`phones.PhoneErrorCode` values
    or ``duplicate``; ``emails.<i>``: the :class:`emails.EmailErrorCode` values or
    ``duplicate``; ``country``: ``invalid_country``; ``language``:
    ``invalid_language``; any text field: ``too_long`` with ``{"max": n}``.
    A phone/e-mail row left completely empty (no label, no text) is ignored.
    """
    errors: dict[str, FieldError] = {}
    values: dict[str, Any] = {
        "salutation": form.salutation.strip(), "first_name": form.first_name.strip(),
        "last_name": form.last_name.strip(), "organisation_id": form.organisation_id or None,
        "language": form.language.strip(), "service_level": form.service_level.strip(),
        "contact_consent": bool(form.contact_consent), "street": form.street.strip(),
        "postal_code": form.postal_code.strip(), "city": form.city.strip(),
        "country": form.country.strip().upper(), "notes": form.notes.rstrip(),
    }
    if not values["first_name"] and not values["last_name"]:
        errors["name"] = FieldError("missing")
    for name, value in values.items():
        if isinstance(value, str) and name not in {"organisation_id", "country", "language"}:
            limit = _max_length(_customers, name)
            if limit is not None and len(value) > limit:
                errors[name] = FieldError("too_long", {"max": limit})
    if not _COUNTRY.match(values["country"]):
        errors["country"] = FieldError("invalid_country", {"text": form.country})
    if not _LANGUAGE.match(values["language"]) or len(values["language"]) > 8:
        errors["language"] = FieldError("invalid_language", {"text": form.language})
    if not values["service_level"]:
        values["service_level"] = "standard"

    clean_phones: list[ContactInput] = []
    seen_phones: dict[str, int] = {}
    for i, row in enumerate(form.phones):
        if not row.text.strip() and not row.label.strip():
            continue
        key = f"phones.{i}"
        try:
            e164 = phones.normalise(row.text, region)
        except phones.PhoneError as exc:
            errors[key] = FieldError(exc.code.value, dict(exc.params))
            continue
        if e164 in seen_phones:
            errors[key] = FieldError("duplicate", {"text": row.text})
            continue
        seen_phones[e164] = i
        if len(row.label.strip()) > 40:
            errors[key] = FieldError("label_too_long", {"max": 40})
            continue
        clean_phones.append(ContactInput(row.label.strip(), e164, row.id))

    clean_emails: list[ContactInput] = []
    seen_emails: set[str] = set()
    for i, row in enumerate(form.emails):
        if not row.text.strip() and not row.label.strip():
            continue
        key = f"emails.{i}"
        try:
            address = emails.normalise(row.text)
        except emails.EmailError as exc:
            errors[key] = FieldError(exc.code.value, dict(exc.params))
            continue
        if address in seen_emails:
            errors[key] = FieldError("duplicate", {"text": row.text})
            continue
        seen_emails.add(address)
        if len(row.label.strip()) > 40:
            errors[key] = FieldError("label_too_long", {"max": 40})
            continue
        clean_emails.append(ContactInput(row.label.strip(), address, row.id))

    if errors:
        return Validation(errors, None)
    return Validation({}, CleanForm(values, tuple(clean_phones), tuple(clean_emails)))


# -- save -----------------------------------------------------------------------------
class _SharedTransactionWriter(LocalWriter):
    """A ``LocalWriter`` whose edits all run on one connection inside one transaction
    that the caller opened (and commits or rolls back).

    Works around a gap of ``LocalWriter``: each of its ``create``/``update``/``delete``
    calls commits a transaction of its own, and it has no public way to group several
    changes. It reuses the writer's own code (row + outbox entry) by handing out the
    caller's connection from ``_conn``. Replace with a ``LocalWriter.transaction()``
    once ``desktop/sync/outbox.py`` offers one.
    """

    def __init__(self, writer: LocalWriter, conn: Connection) -> None:
        super().__init__(writer.db, writer.user_id)
        self._shared = conn

    @property
    def connection(self) -> Connection:
        return self._shared

    def _conn(self) -> Any:
        return contextlib.nullcontext(self._shared)


@contextlib.contextmanager
def one_transaction(writer: LocalWriter) -> Iterator[_SharedTransactionWriter]:
    """A writer whose edits commit together, or not at all."""
    with _engine(writer.db).begin() as conn:
        yield _SharedTransactionWriter(writer, conn)


@dataclass(frozen=True, slots=True)
class SaveResult:
    customer_id: str
    created: bool
    changed: bool


def _sync_rows(w: LocalWriter, entity: str, value_field: str, customer_id: str,
               stored: Sequence[ContactEntry], wanted: Sequence[ContactInput]) -> bool:
    by_id = {s.id: s for s in stored}
    kept: set[str] = set()
    changed = False
    for row in wanted:
        old = by_id.get(row.id) if row.id else None
        if old is None:
            w.create(entity, {"customer_id": customer_id, "label": row.label,
                              value_field: row.text})
            changed = True
            continue
        kept.add(old.id)
        if old.label != row.label or old.value != row.text:
            w.update(entity, old.id, {"label": row.label, value_field: row.text})
            changed = True
    for old in stored:
        if old.id not in kept:
            w.delete(entity, old.id)
            changed = True
    return changed


def save_customer(writer: LocalWriter, customer_id: str | None, form: CustomerForm,
                  region: str = phones.DEFAULT_REGION) -> SaveResult:
    """Validate ``form`` and write it: a new customer when ``customer_id`` is None.

    Raises :class:`CustomerInvalid` (nothing written) when the form has problems and
    :class:`CustomerNotFound` when ``customer_id`` is not in the replica. The customer
    row, its phones and e-mails and all their outbox entries are one transaction.
    """
    checked = validate(form, region)
    if checked.clean is None:
        raise CustomerInvalid(checked.errors)
    clean = checked.clean
    with one_transaction(writer) as w:
        conn = w.connection
        if customer_id is None:
            new_id = w.create("customers", dict(clean.fields))
            _sync_rows(w, "customer_phones", "e164", new_id, (), clean.phones)
            _sync_rows(w, "customer_emails", "address", new_id, (), clean.emails)
            return SaveResult(new_id, created=True, changed=True)
        record = _load(conn, customer_id)
        if record is None:
            raise CustomerNotFound(customer_id)
        current = {name: getattr(record, name) for name in FORM_FIELDS}
        changes = {k: v for k, v in clean.fields.items() if current.get(k) != v}
        if changes:
            w.update("customers", customer_id, changes)
        phones_changed = _sync_rows(w, "customer_phones", "e164", customer_id,
                                    record.phones, clean.phones)
        emails_changed = _sync_rows(w, "customer_emails", "address", customer_id,
                                    record.emails, clean.emails)
        return SaveResult(customer_id, created=False,
                          changed=bool(changes) or phones_changed or emails_changed)


# -- duplicates -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """Another customer that may be the same person; ``reason`` is ``phone``,
    ``email`` or ``name``, ``value`` what matched (E.164, address, the other's name),
    ``score`` the name similarity (1.0 for phone and e-mail)."""

    customer_id: str
    display_name: str
    organisation: str | None
    reason: str
    value: str
    score: float = 1.0


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold_name(text: str) -> str:
    """``"Jürgen  Müller-Lüdenscheidt"`` → ``"juergenmuellerluedenscheidt"``."""
    text = text.casefold().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalpha() and not unicodedata.combining(ch))


def name_similarity(a: str, b: str) -> float:
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return 0.0
    return difflib.SequenceMatcher(None, fa, fb).ratio()


def find_duplicates(db: LocalDatabase, form: CustomerForm,
                    exclude_id: str | None = None,
                    region: str = phones.DEFAULT_REGION,
                    limit: int = 10) -> list[DuplicateCandidate]:
    """Other customers that may be the one in ``form`` (see the module text).
    Rows of ``form`` that do not validate are skipped; erased and merged records are
    not offered."""
    e164s = {n for n in (phones.try_normalise(p.text, region) for p in form.phones) if n}
    addresses: set[str] = set()
    for row in form.emails:
        with contextlib.suppress(emails.EmailError):
            addresses.add(emails.normalise(row.text))
    found: dict[str, DuplicateCandidate] = {}
    live = and_(_customers.c.erased.is_(False), _customers.c.merged_into_id.is_(None))
    if exclude_id is not None:
        live = and_(live, _customers.c.id != exclude_id)
    cols = (_customers.c.id, _customers.c.first_name, _customers.c.last_name,
            _customers.c.customer_number, _orgs.c.name.label("org"))
    base = select(*cols).select_from(_customers.outerjoin(
        _orgs, _orgs.c.id == _customers.c.organisation_id))

    def add(row: Any, reason: str, value: str, score: float = 1.0) -> None:
        if row.id in found:
            return
        name = " ".join(p for p in (row.first_name, row.last_name) if p)
        found[row.id] = DuplicateCandidate(row.id, name or row.org or row.customer_number or "",
                                           row.org, reason, value, score)

    with _engine(db).connect() as conn:
        if e164s:
            for row in conn.execute(base.add_columns(_phones.c.e164).join(
                    _phones, _phones.c.customer_id == _customers.c.id)
                    .where(live, _phones.c.e164.in_(sorted(e164s))).limit(limit)):
                add(row, "phone", row.e164)
        if addresses:
            for row in conn.execute(base.add_columns(_emails.c.address).join(
                    _emails, _emails.c.customer_id == _customers.c.id)
                    .where(live, _emails.c.address.in_(sorted(addresses))).limit(limit)):
                add(row, "email", row.address)
        full = f"{form.first_name.strip()} {form.last_name.strip()}".strip()
        last = form.last_name.strip()
        if form.organisation_id and last and fold_name(full):
            first_letter = last[0]
            variants = {first_letter.upper(), first_letter.lower()}
            prefix = or_(*(and_(_customers.c.last_name >= v,
                                _customers.c.last_name < v + "\U0010ffff")
                           for v in sorted(variants)))
            query = base.where(live, prefix,
                               _customers.c.organisation_id == form.organisation_id)
            scored = []
            for row in conn.execute(query):
                score = name_similarity(full, f"{row.first_name} {row.last_name}")
                if score >= NAME_SIMILARITY:
                    scored.append((score, row))
            scored.sort(key=lambda pair: -pair[0])
            for score, row in scored[:limit]:
                add(row, "name", f"{row.first_name} {row.last_name}".strip(), round(score, 3))
    return list(found.values())[:limit]


# -- history --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One line of the customer's timeline.

    ``kind``: ``ticket``, ``call`` or ``entry`` (``entry_kind`` then says ``note`` or
    ``call``). ``ticket_id`` is the ticket to open (None for a call without ticket);
    ``is_open`` marks open tickets, which come first.
    """

    kind: str
    id: str
    at: datetime
    ticket_id: str | None
    reference: str
    title: str
    status: str = ""
    entry_kind: str = ""
    is_open: bool = False
    detail: str = ""


def _aware(value: datetime | None) -> datetime:
    if value is None:
        return datetime.min.replace(tzinfo=UTC)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def customer_history(db: LocalDatabase, customer_id: str,
                     limit: int = HISTORY_LIMIT) -> list[HistoryItem]:
    """Tickets, calls and the note/call entries of the customer's tickets on one
    timeline: open tickets first (by last change, newest first), then the rest newest
    first. At most ``limit`` items."""
    items: list[HistoryItem] = []
    with _engine(db).connect() as conn:
        tickets = conn.execute(
            select(_tickets.c.id, _tickets.c.reference, _tickets.c.title,
                   _tickets.c.status, _tickets.c.updated_at)
            .where(_tickets.c.customer_id == customer_id)
            .order_by(_tickets.c.updated_at.desc()).limit(limit)).all()
        refs = {t.id: (t.reference, t.title) for t in tickets}
        for t in tickets:
            items.append(HistoryItem("ticket", t.id, _aware(t.updated_at), t.id, t.reference,
                                     t.title, status=t.status,
                                     is_open=t.status in OPEN_STATUSES))
        if refs:
            for e in conn.execute(
                    select(_entries.c.id, _entries.c.ticket_id, _entries.c.kind,
                           _entries.c.body, _entries.c.created_at)
                    .where(_entries.c.ticket_id.in_(list(refs)),
                           _entries.c.kind.in_(HISTORY_ENTRY_KINDS))
                    .order_by(_entries.c.created_at.desc()).limit(limit)):
                reference, title = refs[e.ticket_id]
                items.append(HistoryItem("entry", e.id, _aware(e.created_at), e.ticket_id,
                                         reference, title, entry_kind=e.kind,
                                         detail=e.body))
        # through ix_calls_customer_started
        calls = conn.execute(
            select(_calls.c.id, _calls.c.ticket_id, _calls.c.direction,
                   _calls.c.caller_number, _calls.c.started_at, _calls.c.wrap_up_code,
                   _tickets.c.reference, _tickets.c.title)
            .select_from(_calls.outerjoin(_tickets, _tickets.c.id == _calls.c.ticket_id))
            .where(_calls.c.customer_id == customer_id)
            .order_by(_calls.c.started_at.desc()).limit(limit)).all()
        for c in calls:
            items.append(HistoryItem("call", c.id, _aware(c.started_at), c.ticket_id,
                                     c.reference or "", c.title or "", status=c.direction,
                                     detail=c.caller_number))
    items.sort(key=lambda item: (not item.is_open, -item.at.timestamp()))
    return items[:limit]


# -- audit ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AuditItem:
    id: str
    field: str
    old_value: str | None
    new_value: str | None
    changed_by: str | None
    changed_by_name: str
    changed_at: datetime


def customer_audit(db: LocalDatabase, customer_id: str,
                   limit: int = AUDIT_LIMIT) -> list[AuditItem]:
    """Every recorded change of the customer's fields, newest first."""
    with _engine(db).connect() as conn:
        rows = conn.execute(
            select(_audit.c.id, _audit.c.field, _audit.c.old_value, _audit.c.new_value,
                   _audit.c.changed_by, _audit.c.changed_at,
                   _users.c.display_name, _users.c.username)
            .select_from(_audit.outerjoin(_users, _users.c.id == _audit.c.changed_by))
            .where(_audit.c.customer_id == customer_id)
            .order_by(_audit.c.changed_at.desc(), _audit.c.id).limit(limit)).all()
        # a merge names the other record by id: show who that was
        linked = {r.new_value for r in rows if r.field in LINK_FIELDS and r.new_value}
        names: dict[str, str] = {}
        if linked:
            for c in conn.execute(select(_customers.c.id, _customers.c.first_name,
                                         _customers.c.last_name, _customers.c.customer_number)
                                  .where(_customers.c.id.in_(sorted(linked)))):
                person = " ".join(p for p in (c.first_name, c.last_name) if p)
                names[c.id] = " · ".join(p for p in (person, c.customer_number or "") if p)
    return [AuditItem(r.id, r.field, r.old_value,
                      names.get(r.new_value, r.new_value) if r.field in LINK_FIELDS
                      else r.new_value, r.changed_by,
                      r.display_name or r.username or r.changed_by or "",
                      _aware(r.changed_at)) for r in rows]


# -- merge, export and erasure (on the server) -------------------------------------------
# The customer's fields a merge lets the agent choose (the server's MERGE_FIELDS).
MERGE_FIELDS = ("salutation", "first_name", "last_name", "organisation_id", "language",
                "service_level", "contact_consent", "street", "postal_code", "city",
                "country", "notes", "customer_number")


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """A field both records fill, differently: the agent picks one value."""

    field: str
    survivor_value: Any
    merged_value: Any


def merge_conflicts(survivor: CustomerRecord, merged: CustomerRecord) -> list[FieldChoice]:
    """Fields set on both records with different values. (A field only one of them
    sets is taken over on the server without asking; notes are joined unless the agent
    picks one.)"""
    choices = []
    for name in MERGE_FIELDS:
        mine, theirs = getattr(survivor, name), getattr(merged, name)
        if mine in (None, "") or theirs in (None, "") or mine == theirs:
            continue
        if name == "contact_consent" and not (mine or theirs):
            continue
        choices.append(FieldChoice(name, mine, theirs))
    return choices


def merge_on_server(client: Any, survivor_id: str, merged_id: str,
                    take_from_merged: Sequence[str] = (),
                    keep_from_survivor: Sequence[str] = ()) -> dict[str, Any]:
    """Ask the server to merge (``client``: a signed-in ``ServerClient``; runs on a
    worker thread). The result reaches the replica with the next pull."""
    from desktop.sync import api

    return api.merge_customers(client, survivor_id, merged_id, list(take_from_merged),
                               list(keep_from_survivor))


def export_to_file(client: Any, customer_id: str, path: str | Path) -> Path:
    """The server's data-protection export of the customer, written as indented JSON
    (UTF-8) to ``path``, through a temporary file so a failure leaves no half file."""
    from desktop.sync import api

    data = api.export_customer(client, customer_id)
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                       encoding="utf-8")
    partial.replace(target)
    return target


def erase_on_server(client: Any, customer_id: str) -> dict[str, Any]:
    """Ask the server to erase the customer's personal data (supervisor or admin)."""
    from desktop.sync import api

    return api.erase_customer(client, customer_id)
