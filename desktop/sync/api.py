"""Typed calls to the central server, with the protocol's error mapping and token renewal."""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from desktop.domain import protocol as proto

log = logging.getLogger("agentdesk.sync.api")


class ServerError(Exception):
    """The server answered with an error the caller should show."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class AuthFailed(ServerError):
    """Wrong credentials, or a stored sign-in the server no longer accepts."""


class ResyncRequired(ServerError):
    pass


class ServerUnreachable(Exception):
    """No usable answer: connection refused, timeout, TLS failure or a 5xx.

    For a TLS failure ``tls`` is true, ``host`` names the server (or the proxy) whose
    certificate was refused and ``reason`` is one of :data:`TLS_REASONS`.
    """

    def __init__(self, message: str, *, tls: bool = False, host: str = "",
                 reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.tls = tls
        self.host = host
        self.reason = reason


# Why a certificate was refused (codes the UI translates, desktop/app/messages.py).
TLS_EXPIRED = "expired"
TLS_NOT_YET_VALID = "not_yet_valid"
TLS_UNKNOWN_ISSUER = "unknown_issuer"
TLS_SELF_SIGNED = "self_signed"
TLS_WRONG_HOST = "wrong_host"
TLS_REVOKED = "revoked"
TLS_OTHER = "other"
TLS_REASONS = (TLS_EXPIRED, TLS_NOT_YET_VALID, TLS_UNKNOWN_ISSUER, TLS_SELF_SIGNED,
               TLS_WRONG_HOST, TLS_REVOKED, TLS_OTHER)

# OpenSSL's X509_V_ERR_* codes (x509_vfy.h) and what they mean for the user.
_VERIFY_CODES = {
    9: TLS_NOT_YET_VALID,    # CERT_NOT_YET_VALID
    10: TLS_EXPIRED,         # CERT_HAS_EXPIRED
    18: TLS_SELF_SIGNED,     # DEPTH_ZERO_SELF_SIGNED_CERT
    19: TLS_UNKNOWN_ISSUER,  # SELF_SIGNED_CERT_IN_CHAIN (a CA we do not trust)
    20: TLS_UNKNOWN_ISSUER,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: TLS_UNKNOWN_ISSUER,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    23: TLS_REVOKED,         # CERT_REVOKED
    62: TLS_WRONG_HOST,      # HOSTNAME_MISMATCH
    64: TLS_WRONG_HOST,      # IP_ADDRESS_MISMATCH
}
# The same from the text, for verifiers that report no OpenSSL code (truststore on
# Windows and macOS raises SSLCertVerificationError with the platform's message).
_VERIFY_WORDS = (
    ("expired", TLS_EXPIRED), ("not yet valid", TLS_NOT_YET_VALID),
    ("hostname mismatch", TLS_WRONG_HOST), ("ip address mismatch", TLS_WRONG_HOST),
    ("doesn't match", TLS_WRONG_HOST), ("not valid for", TLS_WRONG_HOST),
    ("revoked", TLS_REVOKED), ("self-signed certificate in", TLS_UNKNOWN_ISSUER),
    ("self signed certificate in", TLS_UNKNOWN_ISSUER),
    ("self-signed", TLS_SELF_SIGNED), ("self signed", TLS_SELF_SIGNED),
    ("local issuer", TLS_UNKNOWN_ISSUER), ("untrusted root", TLS_UNKNOWN_ISSUER),
    ("not trusted", TLS_UNKNOWN_ISSUER), ("unknown ca", TLS_UNKNOWN_ISSUER),
)


def tls_failure(exc: BaseException) -> tuple[str, str] | None:
    """``(reason, detail)`` when ``exc`` (or an exception it wraps) is a refused
    certificate or another TLS failure; None for other network errors."""
    seen: set[int] = set()
    current: BaseException | None = exc
    ssl_error: ssl.SSLError | None = None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            detail = str(getattr(current, "verify_message", None) or current.strerror
                         or current)
            reason = _VERIFY_CODES.get(int(getattr(current, "verify_code", 0) or 0))
            return reason or _reason_from_text(detail), detail
        if isinstance(current, ssl.SSLError) and ssl_error is None:
            ssl_error = current
        current = current.__cause__ or current.__context__
    text = str(exc)
    if ssl_error is not None:
        return _reason_from_text(str(ssl_error)), str(ssl_error)
    upper = text.upper()
    if "CERTIFICATE" in upper or "SSL" in upper or "TLS" in upper:
        return _reason_from_text(text), text
    return None


def _reason_from_text(text: str) -> str:
    lower = text.lower()
    for words, reason in _VERIFY_WORDS:
        if words in lower:
            return reason
    return TLS_OTHER


class BadReply(ServerUnreachable):
    """The server answered something that is not the protocol (malformed JSON, HTML...)."""


class ServerFailing(ServerUnreachable):
    """The server answered with a 5xx: it is there, but has a problem."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class Redirected(BadReply):
    """The address redirects elsewhere (e.g. http to https at a reverse proxy)."""

    def __init__(self, message: str, location: str) -> None:
        super().__init__(message)
        self.location = location


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    user: dict[str, Any]


def _parse_error(response: httpx.Response) -> tuple[str, str]:
    try:
        body = response.json()
        err = body.get("error", {}) if isinstance(body, dict) else {}
        return str(err.get("code", "error")), str(err.get("message", response.reason_phrase))
    except ValueError:
        return "error", f"{response.status_code} {response.reason_phrase}"


RETRY_STATUSES = {429, 502, 503, 504}
MAX_RETRY_AFTER = 30.0


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The server's ``Retry-After`` in seconds (delta form or HTTP date), capped."""
    raw = response.headers.get("Retry-After")
    if not raw:
        return None
    try:
        return min(MAX_RETRY_AFTER, max(0.0, float(raw)))
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        from desktop.models.types import utcnow

        when = parsedate_to_datetime(raw)
        return min(MAX_RETRY_AFTER, max(0.0, (when - utcnow()).total_seconds()))
    except (TypeError, ValueError):
        return None


class ServerClient:
    """Talks to one server. Renews the access token with the refresh token on 401.

    Network errors, 502/503/504 and 429 are retried a few times with exponential backoff
    and jitter, honouring ``Retry-After``; other 4xx are never retried. Every call the
    client makes is idempotent (pushes carry mutation numbers), so a retry is safe.
    """

    attempts = 3

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.sleep: Callable[[float], None] = time.sleep
        self._lock = threading.Lock()
        self.tokens: Tokens | None = None
        self.on_tokens_changed: Callable[[Tokens], None] | None = None

    @property
    def base_url(self) -> str:
        return str(self.http.base_url)

    def close(self) -> None:
        self.http.close()

    # -- transport -------------------------------------------------------------------
    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        from desktop.sync.events import backoff_delay

        for attempt in range(self.attempts):
            last = attempt == self.attempts - 1
            try:
                response = self._send_once(method, path, **kwargs)
            except ServerUnreachable as exc:
                if last or exc.tls:
                    raise
                log.info("%s %s failed (%s); retrying", method, path, exc.message)
                self.sleep(backoff_delay(attempt, base=0.5, cap=8.0))
                continue
            if response.status_code in RETRY_STATUSES and not last:
                wait = retry_after_seconds(response)
                log.info("%s %s answered %d; retrying", method, path, response.status_code)
                self.sleep(wait if wait is not None else backoff_delay(attempt, 0.5, 8.0))
                continue
            return response
        raise AssertionError("unreachable")

    def _send_once(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return self.http.request(method, path, **kwargs)
        except httpx.ConnectError as exc:
            text = str(exc)
            host = self.http.base_url.host
            failure = tls_failure(exc)
            if failure is not None:
                reason, detail = failure
                raise ServerUnreachable(
                    f"The certificate of {host} was not accepted ({reason}): {detail}",
                    tls=True, host=host, reason=reason) from exc
            raise ServerUnreachable(f"Cannot connect to {host}: {text}") from exc
        except httpx.TimeoutException as exc:
            raise ServerUnreachable(
                f"The server {self.http.base_url.host} did not answer in time.") from exc
        except httpx.HTTPError as exc:
            raise ServerUnreachable(f"Network error: {exc}") from exc

    def _json(self, response: httpx.Response) -> Any:
        if response.status_code == 429:
            raise ServerUnreachable("The server is busy; the changes will go out later.")
        if response.status_code >= 500:
            code, message = _parse_error(response)
            raise ServerFailing(
                f"The server had a problem ({response.status_code}): {message}",
                response.status_code)
        if 300 <= response.status_code < 400:
            location = response.headers.get("Location", "")
            raise Redirected(f"The server redirects to {location or 'another address'}.",
                             location)
        if response.status_code >= 400:
            code, message = _parse_error(response)
            if response.status_code == 401:
                raise AuthFailed(401, code, message)
            if response.status_code == 410 and code == proto.ERR_RESYNC_REQUIRED:
                raise ResyncRequired(410, code, message)
            raise ServerError(response.status_code, code, message)
        if response.status_code == 204:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise BadReply("The server sent a reply that is not valid JSON.") from exc

    def _authorized(self, method: str, path: str, **kwargs: Any) -> Any:
        for attempt in (1, 2):
            tokens = self.tokens
            if tokens is None:
                raise AuthFailed(401, proto.ERR_TOKEN_INVALID, "Not signed in.")
            headers = {"Authorization": f"Bearer {tokens.access_token}"}
            response = self._send(method, path, headers=headers, **kwargs)
            if response.status_code == 401 and attempt == 1:
                self._renew(tokens)
                continue
            return self._json(response)
        raise AssertionError("unreachable")

    def _renew(self, stale: Tokens) -> None:
        with self._lock:
            if self.tokens is not stale:  # another thread already renewed
                return
            self.refresh(stale.refresh_token)

    # -- calls -----------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        data = self._json(self._send("GET", "/health"))
        if not isinstance(data, dict) or data.get("status") != "ok":
            raise BadReply("The address does not look like an AgentDesk server.")
        return data

    def _take_tokens(self, data: Any) -> Tokens:
        try:
            tokens = Tokens(str(data["access_token"]), str(data["refresh_token"]),
                            dict(data["user"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BadReply("The server's sign-in reply is incomplete.") from exc
        self.tokens = tokens
        if self.on_tokens_changed is not None:
            self.on_tokens_changed(tokens)
        return tokens

    def login(self, username: str, password: str, client_name: str = "AgentDesk") -> Tokens:
        data = self._json(self._send("POST", f"{proto.API_PREFIX}/auth/login", json={
            "username": username, "password": password, "client_name": client_name}))
        return self._take_tokens(data)

    def refresh(self, refresh_token: str) -> Tokens:
        data = self._json(self._send("POST", f"{proto.API_PREFIX}/auth/refresh",
                                     json={"refresh_token": refresh_token}))
        return self._take_tokens(data)

    def logout(self) -> None:
        if self.tokens is not None:
            try:
                self._authorized("POST", f"{proto.API_PREFIX}/auth/logout")
            finally:
                self.tokens = None

    def me(self) -> dict[str, Any]:
        return dict(self._authorized("GET", f"{proto.API_PREFIX}/me"))

    def pull_page(self, since: int, hw: int | None, position: str | None,
                  limit: int = proto.DEFAULT_PAGE_SIZE) -> dict[str, Any]:
        params: dict[str, Any] = {"since": since, "limit": limit}
        if hw is not None:
            params["hw"] = hw
        if position:
            params["position"] = position
        page = self._authorized("GET", f"{proto.API_PREFIX}/sync/pull", params=params)
        if not isinstance(page, dict) or "changes" not in page or "complete" not in page:
            raise BadReply("The server's change feed reply is malformed.")
        return page

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET ``path`` under the API prefix with the sign-in; the decoded JSON reply."""
        return self._authorized("GET", f"{proto.API_PREFIX}{path}", params=params)

    def post_json(self, path: str, body: Any) -> Any:
        """POST ``body`` as JSON to ``path`` under the API prefix with the sign-in."""
        return self._authorized("POST", f"{proto.API_PREFIX}{path}", json=body)


def push_batch(client: ServerClient, client_id: str,
               mutations: list[dict[str, Any]]) -> dict[str, Any]:
    """POST a batch of numbered mutations; the reply lists one outcome per mutation."""
    reply = client._authorized("POST", f"{proto.API_PREFIX}/sync/push",
                               json={"client_id": client_id, "mutations": mutations})
    if (not isinstance(reply, dict) or not isinstance(reply.get("results"), list)
            or not all(isinstance(r, dict) and "mutation_id" in r and "status" in r
                       for r in reply["results"])):
        raise BadReply("The server's reply to the pushed changes is malformed.")
    return reply


def fetch_records(client: ServerClient, records: list[tuple[str, str]]) -> dict[str, Any]:
    """The server's current copy of some records (after a discarded local change)."""
    reply = client._authorized("POST", f"{proto.API_PREFIX}/sync/fetch",
                               json={"records": [list(r) for r in records]})
    if not isinstance(reply, dict) or not isinstance(reply.get("changes"), list):
        raise BadReply("The server's reply to a record fetch is malformed.")
    return reply


# -- customer records (issue 5; server/customers.py) ---------------------------------------

def merge_customers(client: ServerClient, survivor_id: str, merged_id: str,
                    take_from_merged: list[str] | None = None,
                    keep_from_survivor: list[str] | None = None) -> dict[str, Any]:
    """Merge ``merged_id`` into ``survivor_id`` on the server (one transaction there);
    the moved rows come back through the next pull."""
    reply = client._authorized("POST", f"{proto.API_PREFIX}/customers/merge", json={
        "survivor_id": survivor_id, "merged_id": merged_id,
        "take_from_merged": list(take_from_merged or []),
        "keep_from_survivor": list(keep_from_survivor or [])})
    if not isinstance(reply, dict) or reply.get("survivor_id") != survivor_id:
        raise BadReply("The server's reply to the merge is malformed.")
    return reply


def export_customer(client: ServerClient, customer_id: str) -> dict[str, Any]:
    """Everything the server stores about the customer (data-protection export)."""
    reply = client._authorized("GET", f"{proto.API_PREFIX}/customers/{customer_id}/export")
    if not isinstance(reply, dict) or not isinstance(reply.get("customer"), dict):
        raise BadReply("The server's customer export is malformed.")
    return reply


def erase_customer(client: ServerClient, customer_id: str) -> dict[str, Any]:
    """Erase the customer's personal data on the server; every replica loses it at its
    next pull."""
    reply = client._authorized("POST", f"{proto.API_PREFIX}/customers/{customer_id}/erase")
    if not isinstance(reply, dict) or reply.get("customer_id") != customer_id:
        raise BadReply("The server's reply to the erasure is malformed.")
    return reply
