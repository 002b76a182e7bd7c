"""Click-to-dial: a number in the customer panel starts an outbound call (issue 5).

With the setting ``dial_url`` (docs/telephony.md) the telephone system's HTTP interface
is asked to place the call: an HTTP ``POST`` to that URL, in which ``{number}`` (the
number in E.164, URL-encoded) and ``{extension}`` (the agent's extension) are filled in.
Without ``{number}`` in the URL the request carries the JSON body
``{"number": "+49...", "extension": "...", "agent": "user name"}``. Any 2xx answer
counts as placed; the call itself then arrives through the telephony webhook like any
other. Without ``dial_url`` the number opens the system's ``tel:`` handler (a softphone)
through ``QDesktopServices``.

Failures are reported as :class:`DialError` with a ``code`` the UI words: ``invalid``
(not a phone number), ``unreachable`` (no connection, timeout), ``refused`` (an HTTP
error status, ``params["status"]``), ``no_handler`` (nothing handles ``tel:``).
The HTTP request runs on the task manager's worker, never on the UI thread.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.app.tasks import TaskManager
from desktop.domain import phones

log = logging.getLogger("agentdesk.app.dialer")

ClientFactory = Callable[[str], httpx.Client]


class DialError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class DialRequest:
    """What to send to the telephone system: ``POST url`` with ``body`` (None: empty)."""

    url: str
    body: dict[str, Any] | None = field(default=None)


def build_request(template: str, e164: str, extension: str = "",
                  agent: str = "") -> DialRequest:
    """The request for ``template`` (the ``dial_url`` setting) and the number."""
    if "{number}" in template:
        url = (template.replace("{number}", urllib.parse.quote(e164, safe=""))
               .replace("{extension}", urllib.parse.quote(extension, safe="")))
        return DialRequest(url)
    url = template.replace("{extension}", urllib.parse.quote(extension, safe=""))
    return DialRequest(url, {"number": e164, "extension": extension, "agent": agent})


def tel_url(e164: str) -> QUrl:
    """``tel:+4917112345678`` (RFC 3966, global number)."""
    return QUrl(f"tel:{e164}")


def normalise(number: str, region: str = phones.DEFAULT_REGION) -> str:
    try:
        return phones.normalise(number, region)
    except phones.PhoneError as exc:
        raise DialError("invalid", number=number) from exc


def dial_http(request: DialRequest, client: httpx.Client) -> int:
    """Send ``request``; the HTTP status. Raises :class:`DialError`."""
    try:
        if request.body is None:
            response = client.post(request.url)
        else:
            response = client.post(request.url, json=request.body)
    except httpx.HTTPError as exc:
        log.warning("click-to-dial: %s did not answer: %s", _safe(request.url), exc)
        raise DialError("unreachable", error=str(exc)) from exc
    if not response.is_success:
        log.warning("click-to-dial: %s answered %d", _safe(request.url), response.status_code)
        raise DialError("refused", status=response.status_code)
    return response.status_code


def _safe(url: str) -> str:
    """The URL without a password, for the log."""
    try:
        parsed = httpx.URL(url)
    except (TypeError, ValueError, httpx.InvalidURL):
        return "(the dial URL)"
    return str(parsed.copy_with(password="***")) if parsed.password else url


class Dialer(QObject):
    """Places calls for the UI.

    Signals:
        dial_started(str): the number (E.164) is being dialled.
        dial_finished(str): the telephone system took the call (or ``tel:`` opened).
        dial_failed(str, dict): the number as given, and ``{"code": ..., **params}``.
    """

    dial_started = Signal(str)
    dial_finished = Signal(str)
    dial_failed = Signal(str, dict)

    def __init__(self, dial_url: str, tasks: TaskManager | None,
                 client_factory: ClientFactory | None = None, extension: str = "",
                 agent: str = "", region: str = phones.DEFAULT_REGION,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dial_url = dial_url.strip()
        self.tasks = tasks
        self.client_factory = client_factory or _plain_client
        self.extension = extension
        self.agent = agent
        self.region = region

    @property
    def uses_http(self) -> bool:
        return bool(self.dial_url)

    def dial(self, number: str) -> bool:
        """Start a call to ``number`` (any format); False when it failed at once."""
        try:
            e164 = normalise(number, self.region)
        except DialError as exc:
            self.dial_failed.emit(number, {"code": exc.code, **exc.params})
            return False
        self.dial_started.emit(e164)
        if not self.uses_http:
            if not QDesktopServices.openUrl(tel_url(e164)):
                self.dial_failed.emit(e164, {"code": "no_handler"})
                return False
            self.dial_finished.emit(e164)
            return True
        request = build_request(self.dial_url, e164, self.extension, self.agent)
        factory = self.client_factory

        def job() -> int:
            with factory(request.url) as client:
                return dial_http(request, client)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DialError):
                self.dial_failed.emit(e164, {"code": exc.code, **exc.params})
            else:
                log.error("click-to-dial failed", exc_info=exc)
                self.dial_failed.emit(e164, {"code": "unreachable", "error": str(exc)})

        if self.tasks is None:  # no worker (command line): in this thread
            try:
                job()
            except Exception as exc:  # reported like on the worker
                failed(exc)
                return False
            self.dial_finished.emit(e164)
            return True
        self.tasks.run_in_worker(job, lambda _status: self.dial_finished.emit(e164), failed)
        return True


def _plain_client(_url: str) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(10.0, connect=5.0), follow_redirects=False)


def settings_client_factory(settings: Any) -> ClientFactory:
    """HTTP clients with the workstation's TLS, proxy and timeout settings."""
    from desktop.sync.http import effective_proxy, make_http_client

    def factory(url: str) -> httpx.Client:
        return make_http_client(settings, base_url="", proxy=effective_proxy(settings, url))

    return factory


def extension_of(db: Any, user_id: str | None) -> str:
    """The extension of a user in the local replica ("" when unknown)."""
    if not user_id or getattr(db, "engine", None) is None:
        return ""
    from sqlalchemy import select

    from desktop.models import User

    with db.engine.connect() as conn:
        value = conn.execute(select(User.__table__.c.extension)
                             .where(User.__table__.c.id == user_id)).scalar()
    return str(value or "")


def dialer_for(settings: Any, db: Any, user: dict[str, Any], tasks: TaskManager | None,
               parent: QObject | None = None) -> Dialer:
    """The window's dialer: the ``dial_url`` setting, the agent's extension and user
    name, HTTP clients with the workstation's TLS and proxy settings."""
    return Dialer(str(settings["dial_url"] or ""), tasks, settings_client_factory(settings),
                  extension=extension_of(db, user.get("id")),
                  agent=str(user.get("username") or ""), parent=parent)
