"""Customer records on the server: merge, data-protection export and erasure, and the
audit of phone numbers and e-mail addresses (issue 5; docs/customers.md).

Endpoints (all under ``/api/v1/customers``, signed-in users only, 401 otherwise):

- ``POST /merge`` (agent or higher) — two records of one person become one. The agent
  names the survivor; tickets, calls, phone numbers, e-mail addresses and the audit
  trail of the other record move to it, the other record gets ``merged_into_id`` (it
  stays, hidden from lookup), fields the survivor lacks are filled from it and
  ``take_from_merged`` picks the other record's value for conflicting fields. One
  transaction; every moved row gets a new change version, so the merge reaches every
  client through the normal change feed.
- ``GET /{id}/export`` (supervisor or admin) — everything stored about the customer
  as one JSON document (``agentdesk.customer-export`` version 1).
- ``POST /{id}/erase`` (supervisor or admin) — the customer's personal data removed:
  name, address and notes blanked, phones and e-mails deleted (tombstones), old/new
  values of the audit trail blanked, the numbers blanked on calls, name, numbers and
  addresses scrubbed from the text of the customer's tickets and their entries. Records
  merged into the customer are erased with it. Tickets stay. The erasure itself is an
  audit row (field ``erased``: who and when, no personal data) and a log line with the
  customer id.

The audit of phones and e-mails: rules for ``customer_phones`` and ``customer_emails``
(see :mod:`server.rules`) write ``customer_audit`` rows (field ``phone``/``email``, old
and new value) for every number or address added, changed or removed through push.
The same rules refuse changes to erased or merged records.
"""

# No "from __future__ import annotations": FastAPI reads the annotations at run time.

import logging
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain import phones
from desktop.domain import protocol as proto
from desktop.domain.roles import Role
from desktop.models import SYNCED_TABLES
from desktop.models.types import new_id, to_wire_time, utcnow
from server import auth
from server.rules import EntityRules, Rejected, WriteContext, register
from server.rules.tickets import customer_name
from server.store import delete_rows, next_version

log = logging.getLogger("agentdesk.server.customers")

PREFIX = f"{proto.API_PREFIX}/customers"
EXPORT_FORMAT = "agentdesk.customer-export"
EXPORT_VERSION = 1
SCRUBBED = "[erased]"  # what stands in ticket text where personal data was

ERR_NOT_FOUND = "not_found"
ERR_ERASED = "erased"
ERR_MERGED = "merged"

_customers = SYNCED_TABLES["customers"]
_phones = SYNCED_TABLES["customer_phones"]
_emails = SYNCED_TABLES["customer_emails"]
_orgs = SYNCED_TABLES["organisations"]
_tickets = SYNCED_TABLES["tickets"]
_entries = SYNCED_TABLES["ticket_entries"]
_calls = SYNCED_TABLES["calls"]
_audit = SYNCED_TABLES["customer_audit"]

# The customer's own fields a merge fills or lets the agent choose.
MERGE_FIELDS = ("salutation", "first_name", "last_name", "organisation_id", "language",
                "service_level", "contact_consent", "street", "postal_code", "city",
                "country", "notes", "customer_number")
# What erasure blanks (value it gets). Language, service level, country and the
# customer number identify nobody and stay, so tickets keep their context.
ERASED_VALUES: dict[str, Any] = {
    "salutation": "", "first_name": "", "last_name": "", "street": "", "postal_code": "",
    "city": "", "notes": "", "contact_consent": False,
}


class CustomerRefused(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


# -- who is asking ------------------------------------------------------------------------

def signed_in(request: Request,
              authorization: Annotated[str | None, Header()] = None) -> auth.Principal:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise CustomerRefused(401, proto.ERR_TOKEN_INVALID, "Sign-in required.",
                              {"WWW-Authenticate": "Bearer"})
    try:
        with request.app.state.sessions() as session:
            return auth.principal_for_access_token(session, authorization[7:].strip())
    except auth.AuthError as exc:
        raise CustomerRefused(401, exc.code, exc.message,
                              {"WWW-Authenticate": f'Bearer error="{exc.code}"'}) from exc


Me = Annotated[auth.Principal, Depends(signed_in)]


def _need(principal: auth.Principal, role: Role) -> None:
    if not principal.has(role):
        raise CustomerRefused(403, proto.ERR_FORBIDDEN, f"This needs the {role.value} role.")


# -- helpers ------------------------------------------------------------------------------

def _row(session: Session, table: Table, row_id: str) -> dict[str, Any] | None:
    found = session.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return dict(found) if found is not None else None


def _customer(session: Session, customer_id: str) -> dict[str, Any]:
    row = _row(session, _customers, customer_id)
    if row is None:
        raise CustomerRefused(404, ERR_NOT_FOUND, f"There is no customer {customer_id}.")
    return row


def _wire(value: Any) -> Any:
    return to_wire_time(value) if isinstance(value, datetime) else value


def _plain(row: Any) -> dict[str, Any]:
    return {k: _wire(v) for k, v in dict(row).items() if k != "version"}


def _audit_row(customer_id: str, field: str, old: Any, new: Any, user_id: str | None,
               version: int) -> dict[str, Any]:
    return {"id": new_id(), "customer_id": customer_id, "field": field,
            "old_value": None if old is None else str(old),
            "new_value": None if new is None else str(new),
            "changed_by": user_id, "changed_at": utcnow(), "version": version}


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _refresh_ticket_names(session: Session, customer_ids: Iterable[str], version: int,
                          extra: dict[str, Any] | None = None) -> int:
    """Recompute the tickets' ``customer_name`` sort key (and write ``extra``)."""
    rows = session.execute(select(_tickets.c.id, _tickets.c.customer_id,
                                  _tickets.c.organisation_id)
                           .where(_tickets.c.customer_id.in_(list(customer_ids)))).all()
    for ticket_id, cid, oid in rows:
        session.execute(update(_tickets).where(_tickets.c.id == ticket_id).values(
            customer_name=customer_name(session, cid, oid), version=version,
            **(extra or {})))
    return len(rows)


# -- merge --------------------------------------------------------------------------------

class MergeIn(BaseModel):
    survivor_id: str = Field(min_length=1, max_length=36,
                             description="the record that stays")
    merged_id: str = Field(min_length=1, max_length=36,
                           description="the record merged into it (hidden afterwards)")
    take_from_merged: list[str] = Field(
        default_factory=list, max_length=len(MERGE_FIELDS),
        description="fields whose value comes from the merged record; other fields "
                    "keep the survivor's value, or take the merged record's when the "
                    "survivor's is empty")
    keep_from_survivor: list[str] = Field(
        default_factory=list, max_length=len(MERGE_FIELDS),
        description="fields that keep the survivor's value as it is (notes are joined "
                    "otherwise, empty fields filled)")


class MergeOut(BaseModel):
    survivor_id: str
    merged_id: str
    fields: list[str] = Field(description="fields of the survivor that changed")
    tickets: int
    calls: int
    phones: int
    emails: int
    audit: int
    version: int


def merge_customers(session: Session, principal: auth.Principal, body: MergeIn) -> MergeOut:
    """The merge in the caller's transaction (see the module text)."""
    unknown = sorted((set(body.take_from_merged) | set(body.keep_from_survivor))
                     - set(MERGE_FIELDS))
    if unknown:
        raise CustomerRefused(422, proto.ERR_BAD_REQUEST,
                              f"These fields cannot be taken over: {', '.join(unknown)}.")
    if body.survivor_id == body.merged_id:
        raise CustomerRefused(422, proto.ERR_BAD_REQUEST, "A customer cannot be merged "
                                                           "into itself.")
    version = next_version(session)  # first: the counter lock serialises merges
    survivor = _customer(session, body.survivor_id)
    merged = _customer(session, body.merged_id)
    for row in (survivor, merged):
        if row["erased"]:
            raise CustomerRefused(409, ERR_ERASED, f"Customer {row['id']} was erased.")
        if row["merged_into_id"]:
            raise CustomerRefused(409, ERR_MERGED, f"Customer {row['id']} was merged into "
                                                   f"{row['merged_into_id']} already.")
    user = principal.user_id
    changes: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        mine, theirs = survivor[name], merged[name]
        if name in body.take_from_merged:
            if theirs != mine:
                changes[name] = theirs
        elif name in body.keep_from_survivor:
            continue
        elif name == "notes" and not _empty(mine) and not _empty(theirs) and mine != theirs:
            changes[name] = f"{mine.rstrip()}\n\n{theirs.lstrip()}"
        elif _empty(mine) and not _empty(theirs):
            changes[name] = theirs
    audit_rows = [_audit_row(survivor["id"], name, survivor[name], value, user, version)
                  for name, value in changes.items()]
    if changes:
        session.execute(update(_customers).where(_customers.c.id == survivor["id"])
                        .values(**changes, version=version))
    session.execute(update(_customers).where(_customers.c.id == merged["id"])
                    .values(merged_into_id=survivor["id"], version=version))
    # records merged into the merged one live on the survivor now (no chains)
    session.execute(update(_customers).where(_customers.c.merged_into_id == merged["id"])
                    .values(merged_into_id=survivor["id"], version=version))

    moved: dict[str, int] = {}
    for table, column in ((_phones, "e164"), (_emails, "address")):
        have = set(session.execute(select(table.c[column])
                                   .where(table.c.customer_id == survivor["id"])).scalars())
        theirs_rows = session.execute(select(table.c.id, table.c[column])
                                      .where(table.c.customer_id == merged["id"])).all()
        doubles = [r.id for r in theirs_rows if r[1] in have]
        movers = [r.id for r in theirs_rows if r[1] not in have]
        if movers:
            session.execute(update(table).where(table.c.id.in_(movers))
                            .values(customer_id=survivor["id"], version=version))
        if doubles:  # the survivor has the same number already: one row is enough
            delete_rows(session, table.name, doubles)
        moved[table.name] = len(movers)
    for table, key in ((_calls, "calls"), (_audit, "audit")):
        ids = list(session.execute(select(table.c.id)
                                   .where(table.c.customer_id == merged["id"])).scalars())
        if ids:
            session.execute(update(table).where(table.c.id.in_(ids))
                            .values(customer_id=survivor["id"], version=version))
        moved[key] = len(ids)
    ticket_ids = list(session.execute(select(_tickets.c.id)
                                      .where(_tickets.c.customer_id == merged["id"])).scalars())
    if ticket_ids:
        session.execute(update(_tickets).where(_tickets.c.id.in_(ticket_ids))
                        .values(customer_id=survivor["id"], version=version))
    moved["tickets"] = len(ticket_ids)
    _refresh_ticket_names(session, [survivor["id"]], version)
    audit_rows.append(_audit_row(survivor["id"], "merged", None, merged["id"], user, version))
    audit_rows.append(_audit_row(merged["id"], "merged_into", None, survivor["id"], user,
                                 version))
    session.execute(insert(_audit), audit_rows)
    log.info("customer %s merged into %s by %s (%s)", merged["id"], survivor["id"],
             principal.username, moved)
    return MergeOut(survivor_id=survivor["id"], merged_id=merged["id"],
                    fields=sorted(changes), tickets=moved["tickets"], calls=moved["calls"],
                    phones=moved["customer_phones"], emails=moved["customer_emails"],
                    audit=moved["audit"], version=version)


# -- export -------------------------------------------------------------------------------

def _family(session: Session, customer_id: str) -> list[str]:
    """The customer and every record merged into it (directly or through others)."""
    ids = [customer_id]
    frontier = [customer_id]
    while frontier:
        found = list(session.execute(select(_customers.c.id).where(
            _customers.c.merged_into_id.in_(frontier))).scalars())
        frontier = [i for i in found if i not in ids]
        ids.extend(frontier)
    return ids


def export_customer(session: Session, customer_id: str,
                    principal: auth.Principal) -> dict[str, Any]:
    """Everything stored about the customer, as plain JSON values."""
    customer = _customer(session, customer_id)
    family = _family(session, customer_id)
    organisation = None
    if customer["organisation_id"]:
        org = _row(session, _orgs, customer["organisation_id"])
        if org is not None:
            organisation = {"id": org["id"], "name": org["name"],
                            "customer_number": org["customer_number"]}

    def rows(table: Table, column: str, ids: list[str], order: Any) -> list[dict[str, Any]]:
        return [_plain(r) for r in session.execute(
            select(table).where(table.c[column].in_(ids)).order_by(order, table.c.id)
        ).mappings()]

    tickets = rows(_tickets, "customer_id", family, _tickets.c.created_at)
    entries_by_ticket: dict[str, list[dict[str, Any]]] = {}
    if tickets:
        for entry in rows(_entries, "ticket_id", [t["id"] for t in tickets],
                          _entries.c.created_at):
            entries_by_ticket.setdefault(entry["ticket_id"], []).append(entry)
    for ticket in tickets:
        ticket["entries"] = entries_by_ticket.get(ticket["id"], [])
    merged = [_plain(r) for r in session.execute(
        select(_customers).where(_customers.c.id.in_(family[1:]))).mappings()]
    return {
        "format": EXPORT_FORMAT, "format_version": EXPORT_VERSION,
        "exported_at": to_wire_time(utcnow()), "exported_by": principal.username,
        "customer": _plain(customer),
        "organisation": organisation,
        "merged_records": merged,
        "phones": rows(_phones, "customer_id", family, _phones.c.e164),
        "emails": rows(_emails, "customer_id", family, _emails.c.address),
        "tickets": tickets,
        "calls": rows(_calls, "customer_id", family, _calls.c.started_at),
        "audit": rows(_audit, "customer_id", family, _audit.c.changed_at),
    }


# -- erasure ------------------------------------------------------------------------------

_PHONE_LIKE = re.compile(r"(?<![\w+])(?:\+|00|0)[\d\s()/.\-]{5,}\d")


def _word(text: str) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(p) for p in text.split()) + r"(?!\w)"


def scrubber(names: Iterable[tuple[str, str]], numbers: Iterable[str],
             addresses: Iterable[str],
             region: str = phones.DEFAULT_REGION) -> Callable[[str], str]:
    """A function that removes the given people's names, phone numbers (written in any
    format that normalises to one of ``numbers``) and e-mail addresses from a text."""
    wanted_numbers = set(numbers)
    patterns: list[str] = []
    for first, last in names:
        first, last = first.strip(), last.strip()
        if first and last:
            patterns += [_word(f"{first} {last}"), _word(f"{last}, {first}"),
                         _word(f"{last} {first}")]
        if len(last) >= 3:
            patterns.append(_word(last))
        elif not last and len(first) >= 3:
            patterns.append(_word(first))
    patterns += [re.escape(a) for a in sorted(set(addresses), key=len, reverse=True) if a]
    combined = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    def number(match: re.Match[str]) -> str:
        e164 = phones.try_normalise(match.group(0), region)
        return SCRUBBED if e164 is not None and e164 in wanted_numbers else match.group(0)

    def scrub(text: str) -> str:
        if not text:
            return text
        if wanted_numbers:
            text = _PHONE_LIKE.sub(number, text)
        if combined is not None:
            text = combined.sub(SCRUBBED, text)
        return text

    return scrub


class EraseOut(BaseModel):
    customer_id: str
    erased_ids: list[str] = Field(description="the customer and the records merged into it")
    tickets: int = Field(description="tickets kept, their text scrubbed")
    calls: int
    phones: int
    emails: int
    version: int


def erase_customer(session: Session, principal: auth.Principal, customer_id: str) -> EraseOut:
    """The erasure in the caller's transaction (see the module text)."""
    version = next_version(session)
    customer = _customer(session, customer_id)
    if customer["merged_into_id"]:
        raise CustomerRefused(409, ERR_MERGED,
                              f"Customer {customer_id} was merged into "
                              f"{customer['merged_into_id']}: erase that record.")
    family = _family(session, customer_id)
    names: list[tuple[str, str]] = [
        (r.first_name, r.last_name) for r in session.execute(
            select(_customers.c.first_name, _customers.c.last_name)
            .where(_customers.c.id.in_(family)))]
    phone_rows = session.execute(select(_phones.c.id, _phones.c.e164)
                                 .where(_phones.c.customer_id.in_(family))).all()
    email_rows = session.execute(select(_emails.c.id, _emails.c.address)
                                 .where(_emails.c.customer_id.in_(family))).all()
    numbers = {r.e164 for r in phone_rows}
    addresses = {r.address for r in email_rows}
    # numbers, addresses and names the audit trail still remembers (changed earlier)
    for field, old, new in session.execute(
            select(_audit.c.field, _audit.c.old_value, _audit.c.new_value)
            .where(_audit.c.customer_id.in_(family),
                   _audit.c.field.in_(("phone", "email", "first_name", "last_name")))):
        for value in (old, new):
            if not value:
                continue
            if field == "phone":
                numbers.add(value)
            elif field == "email":
                addresses.add(value)
            elif field == "last_name":
                names.append(("", value))
            else:
                names.append((value, ""))
    scrub = scrubber(names, numbers, addresses)

    session.execute(update(_customers).where(_customers.c.id.in_(family))
                    .values(**ERASED_VALUES, erased=True, version=version))
    phone_ids = [r.id for r in phone_rows]
    email_ids = [r.id for r in email_rows]
    if phone_ids:
        delete_rows(session, "customer_phones", phone_ids)
    if email_ids:
        delete_rows(session, "customer_emails", email_ids)
    session.execute(update(_audit).where(_audit.c.customer_id.in_(family))
                    .values(old_value=None, new_value=None, version=version))
    calls = list(session.execute(select(_calls.c.id, _calls.c.direction, _calls.c.caller_number,
                                   _calls.c.dialled_number, _calls.c.customer_id)
                            .where(_calls.c.customer_id.in_(family))).all())
    if numbers:
        calls += session.execute(
            select(_calls.c.id, _calls.c.direction, _calls.c.caller_number,
                   _calls.c.dialled_number, _calls.c.customer_id)
            .where(_calls.c.customer_id.is_(None),
                   _calls.c.caller_number.in_(numbers) | _calls.c.dialled_number.in_(numbers))
        ).all()
    for call in calls:
        values: dict[str, Any] = {}
        ours = call.customer_id is not None
        if call.caller_number and (call.caller_number in numbers
                                   or (ours and call.direction == "inbound")):
            values["caller_number"] = ""
        if call.dialled_number and (call.dialled_number in numbers
                                    or (ours and call.direction == "outbound")):
            values["dialled_number"] = ""
        if values:
            session.execute(update(_calls).where(_calls.c.id == call.id)
                            .values(**values, version=version))
    tickets = session.execute(select(_tickets.c.id, _tickets.c.title, _tickets.c.description)
                              .where(_tickets.c.customer_id.in_(family))).all()
    for ticket in tickets:
        session.execute(update(_tickets).where(_tickets.c.id == ticket.id).values(
            title=scrub(ticket.title) or SCRUBBED, description=scrub(ticket.description),
            version=version))
    _refresh_ticket_names(session, family, version)
    ticket_ids = [t.id for t in tickets]
    if ticket_ids:
        for entry in session.execute(select(_entries.c.id, _entries.c.body, _entries.c.data)
                                     .where(_entries.c.ticket_id.in_(ticket_ids))).all():
            body, data = scrub(entry.body), scrub(entry.data)
            if (body, data) != (entry.body, entry.data):
                session.execute(update(_entries).where(_entries.c.id == entry.id)
                                .values(body=body, data=data, version=version))
    session.execute(insert(_audit), [_audit_row(customer_id, "erased", None, None,
                                                principal.user_id, version)])
    log.info("customer %s erased by %s (with %d merged record(s))", customer_id,
             principal.username, len(family) - 1)
    return EraseOut(customer_id=customer_id, erased_ids=family, tickets=len(tickets),
                    calls=len(calls), phones=len(phone_ids), emails=len(email_ids),
                    version=version)


# -- the audit of phones and e-mails, through push ----------------------------------------

class ContactRules(EntityRules):
    """Audit rows for phone numbers (``phone``) added, changed or removed; refuses
    changes to records of erased or merged customers."""

    entity: ClassVar[str] = "customer_phones"
    field: ClassVar[str] = "phone"
    column: ClassVar[str] = "e164"

    def _owner(self, ctx: WriteContext, customer_id: Any) -> None:
        if not customer_id:
            return
        row = ctx.session.execute(select(_customers.c.erased, _customers.c.merged_into_id)
                                  .where(_customers.c.id == str(customer_id))).first()
        if row is None:
            return
        if row.erased:
            raise Rejected(ERR_ERASED, "This customer was erased.")
        if row.merged_into_id:
            raise Rejected(ERR_MERGED, "This customer was merged into another record.",
                           survivor_id=row.merged_into_id)

    def _audit(self, ctx: WriteContext, customer_id: Any, old: Any, new: Any) -> None:
        if customer_id is None or old == new:
            return
        ctx.session.execute(insert(_audit), [_audit_row(
            str(customer_id), self.field, old, new, ctx.principal.user_id,
            ctx.next_version())])

    def check_access(self, ctx: WriteContext, current: dict[str, Any]) -> None:
        self._owner(ctx, current.get("customer_id"))
        # the push path has no hook after a delete; the audit row is written here, in
        # the same transaction as the delete that follows (nothing between can refuse
        # a delete of this entity: it has no own-rows column).
        if ctx.op == "delete":
            self._audit(ctx, current.get("customer_id"), current.get(self.column), None)

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        self._owner(ctx, row.get("customer_id"))

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        if "customer_id" in changes:
            self._owner(ctx, changes["customer_id"])

    def after_write(self, ctx: WriteContext, row: dict[str, Any], version: int) -> None:
        if ctx.op in {"create", "append"}:
            self._audit(ctx, row.get("customer_id"), None, row.get(self.column))
        elif ctx.op == "update":
            stash = ctx.__dict__.pop(f"_contact_before_{self.entity}", None)
            if stash is not None:
                self._audit(ctx, row.get("customer_id"), stash, row.get(self.column))


class PhoneRules(ContactRules):
    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        super().on_update(ctx, current, changes)
        if self.column in changes and changes[self.column] != current.get(self.column):
            ctx.__dict__[f"_contact_before_{self.entity}"] = current.get(self.column)


class EmailRules(PhoneRules):
    entity: ClassVar[str] = "customer_emails"
    field: ClassVar[str] = "email"
    column: ClassVar[str] = "address"


class CustomerWriteRules(EntityRules):
    """No edits of an erased or merged customer's fields through push (an offline
    edit arriving after an erasure would bring the personal data back)."""

    entity: ClassVar[str] = "customers"

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        if current.get("erased"):
            raise Rejected(ERR_ERASED, "This customer was erased.")
        if current.get("merged_into_id"):
            raise Rejected(ERR_MERGED, "This customer was merged into another record.",
                           survivor_id=current["merged_into_id"])
        for name in ("erased", "merged_into_id"):
            if name in changes:
                raise Rejected("forbidden", f"{name} is set by the server only.")

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        if row.get("erased") or row.get("merged_into_id"):
            raise Rejected("forbidden", "erased and merged_into_id are set by the server only.")


_registered = False


def _register_rules() -> None:
    global _registered
    if not _registered:
        register(PhoneRules())
        register(EmailRules())
        register(CustomerWriteRules())
        _registered = True


# -- the endpoints ------------------------------------------------------------------------

router = APIRouter(tags=["customers"])


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {401: "Not signed in", 403: "Role too low", 404: "No such customer",
            409: "Customer erased or merged already", 422: "Malformed request"}
    return {c: {"model": ErrorOut, "description": text[c]} for c in codes}


@router.post(f"{PREFIX}/merge", response_model=MergeOut,
             responses=_errors(401, 403, 404, 409, 422))
def merge(body: MergeIn, request: Request, me: Me) -> MergeOut:
    """Merge ``merged_id`` into ``survivor_id`` (agent or higher)."""
    _need(me, Role.AGENT)
    with request.app.state.sessions.begin() as session:
        return merge_customers(session, me, body)


@router.get(f"{PREFIX}/{{customer_id}}/export", responses={
    200: {"description": "Everything about the customer (JSON)"},
    **_errors(401, 403, 404)})
def export(customer_id: str, request: Request, me: Me) -> Response:
    """Data-protection export of one customer (supervisor or admin)."""
    _need(me, Role.SUPERVISOR)
    import orjson

    with request.app.state.sessions() as session:
        data = export_customer(session, customer_id, me)
    log.info("customer %s exported by %s", customer_id, me.username)
    return Response(orjson.dumps(data), media_type="application/json")


@router.post(f"{PREFIX}/{{customer_id}}/erase", response_model=EraseOut,
             responses=_errors(401, 403, 404, 409))
def erase(customer_id: str, request: Request, me: Me) -> EraseOut:
    """Erase the customer's personal data (supervisor or admin)."""
    _need(me, Role.SUPERVISOR)
    with request.app.state.sessions.begin() as session:
        return erase_customer(session, me, customer_id)


def install(app: FastAPI) -> None:
    """Add the customer endpoints and the push rules to ``app``."""

    async def refused(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, CustomerRefused)
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}},
                            status_code=exc.status, headers=exc.headers)

    app.add_exception_handler(CustomerRefused, refused)
    _register_rules()
    app.include_router(router)
