"""User-facing, translated descriptions of the sync layer's errors.

desktop/sync raises exceptions with English technical text; the window shows these
sentences instead and keeps the technical text for the log and the tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl

from desktop.app import kb_messages
from desktop.domain import protocol as proto
from desktop.sync.api import (
    TLS_EXPIRED,
    TLS_NOT_YET_VALID,
    TLS_REVOKED,
    TLS_SELF_SIGNED,
    TLS_UNKNOWN_ISSUER,
    TLS_WRONG_HOST,
    AuthFailed,
    BadReply,
    Redirected,
    ServerError,
    ServerFailing,
    ServerUnreachable,
)


def host_of(url: str) -> str:
    host = QUrl(url).host()
    return host or url


def describe_error(exc: BaseException, server_url: str, during_sync: bool = False) -> str:
    """One or two sentences for the agent; names the server where that helps.

    ``during_sync``: the agent is working in the window (not signing in), so an
    unreachable server is news, not a mistake to fix.
    """
    host = host_of(server_url)
    translate = QCoreApplication.translate
    if isinstance(exc, AuthFailed):
        if exc.code == proto.ERR_REVOKED:
            return translate(
                "Messages", "An administrator has revoked this workstation's access to "
                "AgentDesk. Its local data has been removed, including changes that had not "
                "reached the server. Please start AgentDesk again to sign in.")
        if exc.code == proto.ERR_BAD_CREDENTIALS:
            return translate("Messages", "Wrong user name or password.")
        return translate("Messages", "Your sign-in is no longer valid. Please sign in again.")
    if isinstance(exc, Redirected):
        return translate(
            "Messages", "The server at %1 sends AgentDesk on to %2. Please use that address "
            "as the server address.").replace("%1", host).replace("%2", exc.location)
    if isinstance(exc, BadReply):
        return translate(
            "Messages", "The server at %1 answered, but not like an AgentDesk server. "
            "Please check the server address.").replace("%1", host)
    if isinstance(exc, ServerUnreachable):
        if exc.tls:
            return describe_tls_failure(exc.host or host, exc.reason)
        if isinstance(exc, ServerFailing):
            return translate(
                "Messages", "The server at %1 has a problem (error %2). You can go on "
                "working; AgentDesk keeps trying.").replace("%1", host).replace(
                    "%2", str(exc.status))
        if during_sync:
            return translate(
                "Messages", "Server not reachable: %1 does not answer. You can go on "
                "working; AgentDesk keeps trying.").replace("%1", host)
        return translate(
            "Messages", "Server not reachable: %1 does not answer. Please check the server "
            "address and your network connection.").replace("%1", host)
    if isinstance(exc, ServerError):
        if exc.code == proto.ERR_PROTOCOL:
            return translate("Messages", "This version of AgentDesk is too old for the server. "
                             "Please ask your IT department for an update.")
        if exc.code == proto.ERR_FORBIDDEN:
            return translate("Messages", "The server refused the request: you lack the "
                             "permission.")
        return translate("Messages", "The server refused the request: %1").replace(
            "%1", exc.message)
    return translate("Messages", "Unexpected error: %1").replace(
        "%1", str(exc) or type(exc).__name__)


def describe_tls_failure(host: str, reason: str) -> str:
    """A refused certificate (``desktop.sync.api.TLS_*`` reason), naming the host."""
    translate = QCoreApplication.translate
    reasons = {
        TLS_EXPIRED: translate("Messages", "the certificate has expired"),
        TLS_NOT_YET_VALID: translate("Messages", "the certificate is not valid yet "
                                     "(or this computer's clock is wrong)"),
        TLS_UNKNOWN_ISSUER: translate("Messages", "it was issued by a certificate "
                                      "authority this computer does not trust"),
        TLS_SELF_SIGNED: translate("Messages", "the certificate is self-signed"),
        TLS_WRONG_HOST: translate("Messages", "the certificate was issued for another "
                                  "server name"),
        TLS_REVOKED: translate("Messages", "the certificate has been revoked"),
    }
    why = reasons.get(reason)
    if why is None:  # no reason known (or an unusual TLS failure): the general sentence
        return translate(
            "Messages", "The security certificate of %1 was not accepted, so no "
            "connection was made. Please contact your IT department.").replace("%1", host)
    return translate(
        "Messages", "The security certificate of %1 was not accepted: %2. No connection "
        "was made. Please contact your IT department.").replace("%1", host).replace(
            "%2", why)


def is_offline_error(exc: BaseException) -> bool:
    """Whether the error means "no usable connection" (work goes on with local data)."""
    return isinstance(exc, ServerUnreachable)


# The reasons the server gives for refusing a pushed change (``server/push.py``).
REJECTION_CODES = ("forbidden", "invalid", "invalid_transition", "deleted", "exists",
                   "constraint", "queue_not_visible", "escalation_required",
                   "handover_incomplete", "duplicate_reference")


def describe_rejection(code: str) -> str:
    """A short, translated kind of rejection for the "not delivered" list (the server's
    own sentence is shown beside it)."""
    translate = QCoreApplication.translate
    texts = {
        "forbidden": translate("Messages", "Not permitted"),
        "invalid": translate("Messages", "Invalid value"),
        "invalid_transition": translate("Messages", "Status change not possible"),
        "deleted": translate("Messages", "Deleted on the server"),
        "exists": translate("Messages", "Already exists"),
        "constraint": translate("Messages", "Breaks a database rule"),
        "queue_not_visible": translate("Messages", "Queue not visible"),
        "escalation_required": translate("Messages", "Needs an escalation"),
        "handover_incomplete": translate("Messages", "Hand-over note incomplete"),
        "duplicate_reference": translate("Messages", "Reference already taken"),
    }
    return texts.get(code, translate("Messages", "Refused by the server"))


def describe_rejection_detail(code: str, params: dict[str, Any] | None,
                              server_message: str) -> str:
    """The server's reason for a rejection as a translated sentence.

    The server sends a code and the values it refers to; its English sentence is the
    fallback for a code this version does not know yet.
    """
    translate = QCoreApplication.translate
    params = params or {}
    if code.startswith("kb_"):  # knowledge base (issue 6)
        return kb_messages.refusal_text(code, params)
    if code == "handover_incomplete":
        names = {
            "tried": translate("Messages", "what was tried"),
            "findings": translate("Messages", "findings"),
            "told_customer": translate("Messages", "what the customer was told"),
        }
        parts = [names.get(str(p), str(p)) for p in params.get("missing", [])]
        if parts:
            return translate("Messages", "The hand-over note is incomplete: %1 is missing."
                             ).replace("%1", ", ".join(parts))
        return translate("Messages", "The hand-over note is incomplete.")
    texts = {
        "deleted": translate("Messages", "This record was deleted on the server."),
        "exists": translate("Messages", "A record with this id exists already."),
        "constraint": translate("Messages", "The change breaks a rule of the database "
                                "(a duplicate or a missing reference)."),
        "queue_not_visible": translate("Messages", "You may not work on tickets of this "
                                       "queue."),
        "escalation_required": translate("Messages", "A ticket moves to another support "
                                         "level only by escalation or hand-back."),
        # agent states (server/rules/agent_states.py)
        "unknown_state": translate("Messages", "The server does not know this agent "
                                   "state."),
        "reason_required": translate("Messages", "A break needs a reason."),
        "unknown_reason": translate("Messages", "The server does not know this break "
                                    "reason."),
        "reason_not_allowed": translate("Messages", "Only a break has a reason."),
        "in_future": translate("Messages", "The time of this change lies in the future. "
                               "Please check the clock of this computer."),
        "ends_before_start": translate("Messages", "A state cannot end before it starts."),
    }
    if code == "duplicate_reference" and params.get("reference"):
        return translate("Messages", "Another ticket already has the reference %1.").replace(
            "%1", str(params["reference"]))
    if code == "forbidden" and params.get("entity"):
        things = entity_plural(str(params["entity"]))
        if params.get("own"):
            return translate("Messages", "You may only change your own %1.").replace(
                "%1", things)
        if params.get("role"):
            return translate("Messages", "Changing %1 needs the role “%2”.").replace(
                "%1", things).replace("%2", role_label(str(params["role"])))
        if params.get("level"):
            return translate("Messages", "Changing %1 needs support level %2 or higher."
                             ).replace("%1", things).replace("%2", str(params["level"]))
        return translate("Messages", "%1 cannot be changed this way.").replace("%1", things)
    if code == "forbidden" and not server_message:
        return translate("Messages", "You are not permitted to make this change.")
    return texts.get(code) or server_message or describe_rejection(code)


def entity_plural(entity: str) -> str:
    """The translated name of a kind of record, in the plural ("tickets")."""
    translate = QCoreApplication.translate
    names = {
        "tickets": translate("Messages", "tickets"),
        "ticket_entries": translate("Messages", "ticket entries"),
        "customers": translate("Messages", "customers"),
        "organisations": translate("Messages", "organisations"),
        "customer_phones": translate("Messages", "phone numbers"),
        "customer_emails": translate("Messages", "e-mail addresses"),
        "queues": translate("Messages", "queues"),
        "teams": translate("Messages", "teams"),
        "sla_policies": translate("Messages", "SLA policies"),
        "kb_articles": translate("Messages", "knowledge articles"),
        "call_scripts": translate("Messages", "call scripts"),
        "macros": translate("Messages", "macros"),
        "saved_views": translate("Messages", "saved views"),
        "agent_states": translate("Messages", "agent states"),
        "calls": translate("Messages", "calls"),
        "users": translate("Messages", "users"),
    }
    return names.get(entity, entity)


def role_label(role: str) -> str:
    translate = QCoreApplication.translate
    return {"agent": translate("Messages", "Agent"),
            "supervisor": translate("Messages", "Supervisor"),
            "admin": translate("Messages", "Administrator")}.get(role, role)


def describe_notice(code: str, record: str) -> str:
    """What the server's remark on an accepted change means, for the agent.

    ``record`` names the record (e.g. a ticket's reference); it may be empty.
    """
    translate = QCoreApplication.translate
    if code == "kb_sent_to_review":  # knowledge base (issue 6)
        return kb_messages.notice_text(code, record)
    if code == "ticket_closed":
        if record:
            return translate(
                "Messages", "Your note was added to ticket %1, which had been closed "
                "meanwhile.").replace("%1", record)
        return translate("Messages", "Your note was added to a ticket that had been closed "
                         "meanwhile.")
    return translate("Messages", "The server accepted your change with a remark: %1").replace(
        "%1", code)
