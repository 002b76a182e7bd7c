"""The telephony webhook: call events from the telephone system, live to the agent.

``POST /api/v1/telephony/events`` takes one event of a call (``ringing``, ``answered``,
``hangup``), shaped like the generic call-event APIs helpdesks offer German telephony
providers (docs/telephony.md has the JSON and the mapping from Zammad's generic CTI).
For each event the server, in one transaction:

1. takes a change version first (its row lock serialises writers, so two events of one
   call arriving at the same moment never create two rows);
2. resolves the agent by ``agent`` (user name) or ``extension`` (``users.extension``);
3. normalises the customer's number (the caller inbound, the dialled number outbound)
   to E.164 with ``desktop.domain.phones`` and matches ``customer_phones.e164``;
4. upserts the ``calls`` row by ``external_id`` = ``call_id`` (a synced row: it reaches
   every client through pull like any other);
5. publishes a ``call`` event addressed to that agent, with the matching customers'
   ids and names, so the desktop pops up without waiting for a pull.

Authentication: ``Authorization: Bearer <secret>``, compared in constant time with the
secret configured by ``agentdesk-server run --telephony-secret`` or
``$AGENTDESK_TELEPHONY_SECRET``. An administrator's own access token is accepted too
(to try the integration); any other signed-in user gets 403. Without a configured
secret the endpoint answers 503 ``not_configured``.
"""

# No "from __future__ import annotations": FastAPI reads the annotations at run time.

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.domain import phones
from desktop.domain import protocol as proto
from desktop.domain.roles import Role
from desktop.models import SYNCED_TABLES
from desktop.models.types import new_id, to_wire_time, utcnow
from server import auth
from server.events import EventHub, EventTooLarge
from server.store import next_version

log = logging.getLogger("agentdesk.server.telephony")

PATH = f"{proto.API_PREFIX}/telephony/events"
SECRET_ENV = "AGENTDESK_TELEPHONY_SECRET"
ERR_NOT_CONFIGURED = "not_configured"
MAX_MATCHES = 5  # offered in the event; more than that the agent narrows down by hand
NUMBER_REGION = phones.DEFAULT_REGION  # national numbers from the telephone system

_calls = SYNCED_TABLES["calls"]
_customers = SYNCED_TABLES["customers"]
_phones = SYNCED_TABLES["customer_phones"]
_orgs = SYNCED_TABLES["organisations"]
_users = SYNCED_TABLES["users"]

# Names other call-event APIs use for the same things (Zammad's generic CTI, and the
# agent-state rules of desktop.domain.agent_states).
_EVENT_ALIASES = {"newcall": "ringing", "ring": "ringing", "answer": "answered",
                  "hung_up": "hangup", "hangup": "hangup"}
_DIRECTION_ALIASES = {"in": "inbound", "out": "outbound"}


class CallEventIn(BaseModel):
    """One event of a call, as the telephone system sends it."""

    event: Literal["ringing", "answered", "hangup"] = Field(
        description="ringing (a new call), answered, hangup")
    call_id: str = Field(min_length=1, max_length=120,
                         description="the telephone system's id of the call, the same for "
                                     "all its events and unique per call")
    caller: str = Field(default="", max_length=64,
                        description="calling number in any format, or 'anonymous'")
    dialled: str = Field(default="", max_length=64, description="called number")
    direction: Literal["inbound", "outbound"] = "inbound"
    extension: str | None = Field(default=None, max_length=20,
                                  description="the agent's extension (users.extension)")
    agent: str | None = Field(default=None, max_length=80,
                              description="the agent's user name (instead of extension)")
    timestamp: datetime | None = Field(
        default=None, description="when it happened, ISO 8601 (UTC without an offset); "
                                  "default: when the server receives it")
    cause: str = Field(default="", max_length=40,
                       description="hangup: why (normalClearing, busy, noAnswer, ...)")

    @field_validator("event", mode="before")
    @classmethod
    def _event_alias(cls, value: Any) -> Any:
        if isinstance(value, str):
            return _EVENT_ALIASES.get(value.strip().lower(), value.strip().lower())
        return value

    @field_validator("timestamp")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    @field_validator("direction", mode="before")
    @classmethod
    def _direction_alias(cls, value: Any) -> Any:
        if isinstance(value, str):
            return _DIRECTION_ALIASES.get(value.strip().lower(), value.strip().lower())
        return value


class MatchOut(BaseModel):
    id: str
    name: str
    organisation: str | None


class CallEventOut(BaseModel):
    id: str = Field(description="the calls row")
    call_id: str
    event: str
    agent: str | None = Field(description="user name of the agent the event went to")
    delivered: bool = Field(description="whether an agent was found to send it to")
    caller: str = Field(description="E.164 when the number is valid, else as sent")
    customer_id: str | None = Field(description="set when exactly one customer matches")
    matches: list[MatchOut]
    more_matches: bool


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


class WebhookRefused(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode()).digest()


def secret_matches(token: str, secret: str) -> bool:
    """Constant-time comparison (of digests, so the length does not show either)."""
    return bool(secret) and hmac.compare_digest(_digest(token), _digest(secret))


def authorise(request: Request,
              authorization: Annotated[str | None, Header()] = None) -> str:
    """The caller: ``"telephony"`` for the shared secret, else an admin's user name."""
    config = request.app.state.config
    secret = getattr(config, "telephony_secret", "") or ""
    if not secret:
        raise WebhookRefused(503, ERR_NOT_CONFIGURED,
                             "The telephony webhook is not configured on this server "
                             "(agentdesk-server run --telephony-secret).")
    if not authorization or not authorization.lower().startswith("bearer "):
        raise WebhookRefused(401, proto.ERR_TOKEN_INVALID, "The telephony secret is missing.",
                             {"WWW-Authenticate": "Bearer"})
    token = authorization[7:].strip()
    if secret_matches(token, secret):
        return "telephony"
    try:
        with request.app.state.sessions() as session:
            principal = auth.principal_for_access_token(session, token)
    except auth.AuthError as exc:
        raise WebhookRefused(401, proto.ERR_TOKEN_INVALID,
                             "Neither the telephony secret nor a valid sign-in.",
                             {"WWW-Authenticate": 'Bearer error="invalid_token"'}) from exc
    if not principal.has(Role.ADMIN):
        raise WebhookRefused(403, proto.ERR_FORBIDDEN,
                             "Call events come from the telephone system (or an admin).")
    return principal.username


# -- recording an event ----------------------------------------------------------------

@dataclass(frozen=True)
class Recorded:
    call_row_id: str
    agent_id: str | None
    agent_username: str | None
    caller: str
    customer_id: str | None
    matches: list[dict[str, Any]]
    more_matches: bool
    version: int
    at: datetime


def _number(text: str) -> str:
    """E.164 when valid, else the text as sent (``anonymous``), cut to the column."""
    e164 = phones.try_normalise(text, NUMBER_REGION)
    return e164 if e164 is not None else text.strip()[:40]


def _find_agent(session: Session, body: CallEventIn) -> tuple[str, str] | None:
    """The active user named by ``agent``, else the one with the ``extension``."""
    active = select(_users.c.id, _users.c.username).where(_users.c.active.is_(True))
    if body.agent:
        row = session.execute(active.where(_users.c.username == body.agent.strip())).first()
        if row is not None:
            return row.id, row.username
    if not body.extension or not body.extension.strip():
        return None
    rows = session.execute(active.where(_users.c.extension == body.extension.strip())
                           .order_by(_users.c.username).limit(2)).all()
    if len(rows) > 1:
        log.warning("extension %s belongs to several users; the call goes to %s",
                    body.extension, rows[0].username)
    return (rows[0].id, rows[0].username) if rows else None


def _matches(session: Session, e164: str | None) -> tuple[list[dict[str, Any]], bool]:
    """Customers with this number (merged records as the one they live on), at most
    :data:`MAX_MATCHES`, and whether there were more."""
    if e164 is None:
        return [], False
    rows = session.execute(
        select(_customers.c.id, _customers.c.merged_into_id)
        .join(_phones, _phones.c.customer_id == _customers.c.id)
        .where(_phones.c.e164 == e164, _customers.c.erased.is_(False))
        .order_by(_customers.c.last_name, _customers.c.first_name, _customers.c.id)
        .limit(MAX_MATCHES * 2 + 1)).all()
    ids = list(dict.fromkeys(r.merged_into_id or r.id for r in rows))
    more = len(ids) > MAX_MATCHES
    ids = ids[:MAX_MATCHES]
    if not ids:
        return [], False
    found = {r.id: r for r in session.execute(
        select(_customers.c.id, _customers.c.first_name, _customers.c.last_name,
               _customers.c.customer_number, _customers.c.erased, _orgs.c.name)
        .outerjoin(_orgs, _orgs.c.id == _customers.c.organisation_id)
        .where(_customers.c.id.in_(ids)))}
    matches = []
    for cid in ids:
        row = found.get(cid)
        if row is None or row.erased:
            continue
        name = " ".join(p for p in (row.first_name, row.last_name) if p)
        matches.append({"id": cid, "name": name or row.name or row.customer_number or "",
                        "organisation": row.name})
    return matches, more


def record_event(session: Session, body: CallEventIn) -> Recorded:
    """Upsert the call row for ``body`` and work out who it is for (one transaction)."""
    version = next_version(session)  # first: the lock orders concurrent events of a call
    agent = _find_agent(session, body)
    caller, dialled = _number(body.caller), _number(body.dialled)
    customer_number = body.caller if body.direction == "inbound" else body.dialled
    matches, more = _matches(session, phones.try_normalise(customer_number, NUMBER_REGION))
    customer_id = matches[0]["id"] if len(matches) == 1 and not more else None
    at = body.timestamp or utcnow()
    agent_id = agent[0] if agent else None
    existing = session.execute(
        select(_calls).where(_calls.c.external_id == body.call_id)
        .order_by(_calls.c.started_at.desc()).limit(1)).mappings().first()
    if existing is None:
        row_id = new_id()
        session.execute(insert(_calls).values(
            id=row_id, version=version, external_id=body.call_id, direction=body.direction,
            caller_number=caller, dialled_number=dialled, agent_id=agent_id,
            customer_id=customer_id, extension=(body.extension or "").strip(),
            started_at=at,
            answered_at=at if body.event == "answered" else None,
            ended_at=at if body.event == "hangup" else None))
    else:
        row_id = existing["id"]
        values: dict[str, Any] = {"version": version}
        if agent_id is not None:
            values["agent_id"] = agent_id  # a group call: whoever answered has it
        if body.extension:
            values["extension"] = body.extension.strip()
        if customer_id is not None and existing["customer_id"] is None:
            values["customer_id"] = customer_id
        if caller and not existing["caller_number"]:
            values["caller_number"] = caller
        if dialled and not existing["dialled_number"]:
            values["dialled_number"] = dialled
        # events may come late or twice: each time is set once and never moves back
        if body.event == "ringing" and at < existing["started_at"]:
            values["started_at"] = at
        if body.event == "answered" and existing["answered_at"] is None:
            values["answered_at"] = at
        if body.event == "hangup" and existing["ended_at"] is None:
            values["ended_at"] = at
        session.execute(update(_calls).where(_calls.c.id == row_id).values(**values))
    return Recorded(row_id, agent_id, agent[1] if agent else None, caller, customer_id,
                    matches, more, version, at)


def live_event(body: CallEventIn, rec: Recorded) -> dict[str, Any]:
    """The ``call`` event for the agent's stream (small: it may travel as a NOTIFY)."""
    return {
        "type": "call", "user_id": rec.agent_id, "event": body.event,
        "call_id": body.call_id, "id": rec.call_row_id, "direction": body.direction,
        "caller": rec.caller, "caller_raw": body.caller[:64], "dialled": body.dialled[:64],
        "extension": body.extension or "", "at": to_wire_time(rec.at),
        "cause": body.cause, "customer_id": rec.customer_id, "matches": rec.matches,
        "more_matches": rec.more_matches, "version": rec.version,
    }


# -- the endpoint ----------------------------------------------------------------------

router = APIRouter(tags=["telephony"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Secret missing or wrong"},
    403: {"model": ErrorOut, "description": "A signed-in user who is not an admin"},
    422: {"model": ErrorOut, "description": "Malformed event"},
    503: {"model": ErrorOut, "description": "No telephony secret configured"},
}


@router.post(PATH, response_model=CallEventOut, responses=_ERRORS)
def call_event(body: CallEventIn, request: Request,
               sender: Annotated[str, Depends(authorise)]) -> CallEventOut:
    """One call event from the telephone system (see docs/telephony.md)."""
    hub: EventHub = request.app.state.hub
    with request.app.state.sessions.begin() as session:
        rec = record_event(session, body)
        if rec.agent_id is not None:
            event = live_event(body, rec)
            try:
                hub.publish_after_commit(session, event)
            except EventTooLarge:  # only with absurd names: send the ids alone
                event["matches"] = [{"id": m["id"], "name": "", "organisation": None}
                                    for m in rec.matches]
                hub.publish_after_commit(session, event)
    if rec.agent_id is None:
        log.info("call %s %s: no active user with extension %r / user name %r; recorded, "
                 "delivered to nobody", body.call_id, body.event, body.extension, body.agent)
    else:
        log.debug("call %s %s from %s for %s (%d match(es), via %s)", body.call_id,
                  body.event, rec.caller, rec.agent_username, len(rec.matches), sender)
    return CallEventOut(id=rec.call_row_id, call_id=body.call_id, event=body.event,
                        agent=rec.agent_username, delivered=rec.agent_id is not None,
                        caller=rec.caller, customer_id=rec.customer_id,
                        matches=[MatchOut(**m) for m in rec.matches],
                        more_matches=rec.more_matches)


def install(app: FastAPI) -> None:
    """Add the webhook to ``app`` (``server.api.create_app`` calls this, with
    ``app.state.config`` set)."""

    async def refused(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, WebhookRefused)
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}},
                            status_code=exc.status, headers=exc.headers)

    app.add_exception_handler(WebhookRefused, refused)
    # A server without a secret still answers 503 here, but does not describe the
    # endpoint in its OpenAPI schema: it offers no telephony.
    configured = bool(getattr(app.state.config, "telephony_secret", ""))
    app.include_router(router, include_in_schema=configured)
