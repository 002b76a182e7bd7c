"""The client end of the event stream: hints that trigger a pull, with a fallback.

``EventListener`` keeps one server-sent-events connection open on a thread of its own
and calls ``on_changes(version)`` for every hint, and ``on_call(event)`` for every call
event addressed to the signed-in agent (a plain dict, see docs/telephony.md; checked
with :func:`is_call_event`). When the stream is down it reports ``on_state(False)``
and reconnects with exponential backoff and jitter; the owner (desktop/app) then
falls back to polling. The callbacks run on the listener's thread. Plain Python, no Qt.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import socket
import threading
from collections.abc import Callable
from typing import Any

import httpx

from desktop.domain import protocol as proto
from desktop.sync.api import AuthFailed, ServerClient

log = logging.getLogger("agentdesk.sync.events")

READ_TIMEOUT = 40.0  # the server sends a keepalive every 15 s
CALL_EVENT = "call"
CALL_STAGES = frozenset({"ringing", "answered", "hangup"})


def is_call_event(body: Any) -> bool:
    """Whether ``body`` has what a screen pop needs: the stage, the call's ids, the
    caller and a list of matches (each with an ``id``)."""
    if not isinstance(body, dict):
        return False
    matches = body.get("matches")
    return (body.get("event") in CALL_STAGES
            and isinstance(body.get("call_id"), str) and isinstance(body.get("id"), str)
            and isinstance(body.get("caller"), str) and isinstance(matches, list)
            and all(isinstance(m, dict) and isinstance(m.get("id"), str) for m in matches))


def backoff_delay(attempt: int, base: float = 1.0, cap: float = 30.0,
                  rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
    ceiling = min(cap, base * (2 ** max(0, attempt)))
    return (rng or random).uniform(ceiling / 2, ceiling)


def _interrupt(response: httpx.Response) -> None:
    """Wake a thread blocked reading ``response``. Closing the response from another
    thread does not: a ``recv`` waiting on a socket that another thread closes keeps
    waiting (until the next keepalive, 15 s), a ``shutdown`` ends it at once."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class EventListener:
    def __init__(self, client: ServerClient, on_changes: Callable[[int], None],
                 on_state: Callable[[bool], None] | None = None,
                 on_event: Callable[[str, dict[str, Any]], None] | None = None,
                 on_call: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.client = client
        self.on_changes = on_changes
        self.on_state = on_state
        self.on_event = on_event
        self.on_call = on_call
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._response: httpx.Response | None = None
        self._lock = threading.Lock()
        self.connected = False

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="agentdesk-events",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        with self._lock:
            if self._response is not None:
                _interrupt(self._response)
                self._response.close()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _set_connected(self, value: bool) -> None:
        if value != self.connected:
            self.connected = value
            if self.on_state is not None:
                self.on_state(value)

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                self._listen()
                attempt = 0
            except AuthFailed:
                log.info("event stream: sign-in no longer valid")
                self._set_connected(False)
                return
            except (httpx.HTTPError, OSError, ValueError, RuntimeError) as exc:
                # RuntimeError: httpx's StreamClosed / "client has been closed"
                if self._stop.is_set():
                    break
                log.info("event stream down: %s", exc)
            self._set_connected(False)
            if self._stop.wait(backoff_delay(attempt)):
                break
            attempt += 1
        self._set_connected(False)

    def _listen(self) -> None:
        for renew in (True, False):
            tokens = self.client.tokens
            if tokens is None:
                raise AuthFailed(401, proto.ERR_TOKEN_INVALID, "Not signed in.")
            request = self.client.http.build_request(
                "GET", f"{proto.API_PREFIX}/events",
                headers={"Authorization": f"Bearer {tokens.access_token}",
                         "Accept": "text/event-stream"},
                timeout=httpx.Timeout(10.0, read=READ_TIMEOUT))
            response = self.client.http.send(request, stream=True)
            if response.status_code == 401 and renew:
                response.close()
                self.client._renew(tokens)
                continue
            break
        with self._lock:
            self._response = response
        try:
            if response.status_code != 200:
                raise httpx.HTTPStatusError(f"event stream answered {response.status_code}",
                                            request=request, response=response)
            self._set_connected(True)
            self._read(response)
        finally:
            with self._lock:
                self._response = None
            response.close()

    def _read(self, response: httpx.Response) -> None:
        kind, data = "message", list[str]()
        for line in response.iter_lines():
            if self._stop.is_set():
                return
            if not line:
                if data:
                    self._dispatch(kind, "\n".join(data))
                kind, data = "message", []
            elif line.startswith(":"):
                continue
            elif line.startswith("event:"):
                kind = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())

    def _dispatch(self, kind: str, raw: str) -> None:
        try:
            body = json.loads(raw)
        except ValueError:
            log.warning("ignoring a malformed event %r", raw[:200])
            return
        if kind == "changes" and isinstance(body, dict) and isinstance(body.get("version"), int):
            self.on_changes(body["version"])
        elif kind == CALL_EVENT and self.on_call is not None:
            if is_call_event(body):
                self.on_call(body)
            else:
                log.warning("ignoring a malformed call event %r", raw[:200])
        elif self.on_event is not None and isinstance(body, dict):
            self.on_event(kind, body)
