"""Live hints to the clients: "changes up to version N" to everyone, and events
addressed to one user (a call arriving at the agent's extension).

The stream only says that something changed; the data always comes through pull, so
a missed event costs latency, never correctness. Between server instances on one
PostgreSQL the hint travels through LISTEN/NOTIFY: every writing transaction notifies
``agentdesk_changes`` with its version (delivered at commit, see
``server.store.next_version``), and each instance LISTENs on a connection of its own.
The embedded SQLite server has a single instance and watches its counter row instead.

An event with a ``user_id`` goes only to that user's streams, whichever instance they
are connected to: :meth:`EventHub.publish_after_commit` sends it through the same
NOTIFY channel on PostgreSQL (so it is delivered at commit, to every instance, and
never for a rolled-back transaction) and straight to the local streams on SQLite once
the transaction has committed. Its JSON must stay under :data:`MAX_EVENT_BYTES`
(PostgreSQL refuses NOTIFY payloads of 8000 bytes and more).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from server.store import CHANNEL, committed_version, session_factory

log = logging.getLogger("agentdesk.server.events")

KEEPALIVE_SECONDS = 15.0
POLL_SECONDS = 0.2
# At most one "changes" hint per this interval, carrying the newest version (the pace
# at which the SQLite watcher polls anyway). Without it every commit is one event on
# every open stream: 500 agents pushing every 10 s are 25,000 events a second.
HINT_SECONDS = 0.2
MAX_EVENT_BYTES = 7900  # PostgreSQL's NOTIFY payload limit is 8000 bytes


class EventTooLarge(ValueError):
    """An event whose JSON would not fit into a NOTIFY payload."""


def encode_event(event: dict[str, Any]) -> str:
    """The event as compact JSON; raises :class:`EventTooLarge` over the limit."""
    payload = json.dumps(event, separators=(",", ":"), ensure_ascii=False)
    if len(payload.encode()) > MAX_EVENT_BYTES:
        raise EventTooLarge(f"event of {len(payload.encode())} bytes "
                            f"(at most {MAX_EVENT_BYTES})")
    return payload


class EventHub:
    """Fans hints out to the SSE streams of this instance."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.version = 0
        self._subscribers: set[asyncio.Queue[dict[str, Any]]] = set()
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._hint_due: asyncio.TimerHandle | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._hinted = 0  # the version of the last hint sent
        self._hinted_at = float("-inf")

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.version = await asyncio.to_thread(self._read_version)
        self._ticker = asyncio.create_task(self._keepalive())
        if self.engine.dialect.name == "postgresql":
            self._task = asyncio.create_task(self._listen_postgres())
        else:
            self._task = asyncio.create_task(self._watch_counter())

    async def stop(self) -> None:
        if self._hint_due is not None:
            self._hint_due.cancel()
            self._hint_due = None
        for task in (self._task, self._ticker):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        for queue in list(self._subscribers):
            queue.put_nowait({"type": "_closed"})

    def _read_version(self) -> int:
        with session_factory(self.engine)() as session:
            return committed_version(session)

    # -- sources ---------------------------------------------------------------------
    def publish(self, event: dict[str, Any]) -> None:
        """Hand ``event`` to the streams (on the event loop's thread). "changes" hints
        are throttled to one per HINT_SECONDS that carries the newest version; any
        other event first flushes a hint that is due, so the order is kept."""
        if event.get("type") == "changes":
            version = int(event["version"])
            if version <= self.version:
                return
            self.version = version
            if self._hint_due is None:
                wait = self._hinted_at + HINT_SECONDS - _now()
                if wait <= 0 or self._loop is None:
                    self._send_hint()
                else:
                    self._hint_due = self._loop.call_later(wait, self._send_hint)
            return
        if self._hint_due is not None:
            self._send_hint()
        self._fan_out(event)

    def _send_hint(self) -> None:
        if self._hint_due is not None:
            self._hint_due.cancel()
            self._hint_due = None
        self._hinted_at = _now()
        if self.version > self._hinted:
            self._hinted = self.version
            self._fan_out({"type": "changes", "version": self.version})

    def _fan_out(self, event: dict[str, Any]) -> None:
        for queue in list(self._subscribers):
            if queue.qsize() < 100:  # a stuck client loses hints, never blocks the hub
                queue.put_nowait(event)

    def publish_threadsafe(self, event: dict[str, Any]) -> None:
        """:meth:`publish` from a thread other than the event loop's (a sync endpoint)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return  # not serving (yet): nobody is listening
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self.publish(event)
        else:
            loop.call_soon_threadsafe(self.publish, event)

    def publish_after_commit(self, session: Session, event: dict[str, Any]) -> None:
        """Send ``event`` (addressed with ``user_id``, or to all) when ``session``'s
        transaction commits, to the streams of every instance; never if it rolls back.

        On PostgreSQL the event rides on the transaction as a NOTIFY (each instance's
        listener publishes it, this one included); elsewhere it is published here after
        the commit. Raises :class:`EventTooLarge` when the JSON is too big.
        """
        payload = encode_event(event)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                            {"channel": CHANNEL, "payload": payload})
            return

        settled = False  # the first commit or rollback decides, once

        def committed(_session: Session) -> None:
            nonlocal settled
            if not settled:
                settled = True
                self.publish_threadsafe(event)

        def rolled_back(_session: Session) -> None:
            nonlocal settled
            settled = True

        sa_event.listen(session, "after_commit", committed)
        sa_event.listen(session, "after_rollback", rolled_back)

    async def _keepalive(self) -> None:
        # One timer for all streams: a timeout per stream and event costs more than
        # the event itself when hundreds of streams are open.
        while True:
            await asyncio.sleep(KEEPALIVE_SECONDS)
            self._fan_out({"type": "_keepalive"})

    async def _watch_counter(self) -> None:
        while True:
            try:
                version = await asyncio.to_thread(self._read_version)
                self.publish({"type": "changes", "version": version})
            except Exception as exc:  # the database may be briefly locked or gone
                log.warning("cannot read the change counter: %s", exc)
            await asyncio.sleep(POLL_SECONDS)

    async def _listen_postgres(self) -> None:
        import psycopg

        url = self.engine.url.set(drivername="postgresql")
        dsn = url.render_as_string(hide_password=False)
        delay = 0.5
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    delay = 0.5
                    # catch up on what committed while we were not listening
                    version = await asyncio.to_thread(self._read_version)
                    self.publish({"type": "changes", "version": version})
                    async for note in conn.notifies():
                        self._on_notify(note.payload)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("LISTEN connection lost (%s); retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)

    def _on_notify(self, payload: str) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            log.warning("ignoring malformed notification %r", payload[:200])
            return
        if isinstance(data, int):
            self.publish({"type": "changes", "version": data})
        elif isinstance(data, dict) and "type" in data:
            self.publish(data)

    # -- consumers -------------------------------------------------------------------
    async def stream(self, user_id: str) -> AsyncIterator[str]:
        """Server-sent events for one client: the current version first, then hints."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._subscribers.add(queue)
        try:
            sent = self.version
            yield _format({"type": "changes", "version": sent})
            while True:
                event = await queue.get()
                if event.get("type") == "_keepalive":
                    yield ": keepalive\n\n"
                    continue
                if event.get("type") == "_closed":
                    return
                if event.get("type") == "changes":
                    # a stream that fell behind sends the newest version once
                    if self.version <= sent:
                        continue
                    sent = self.version
                    event = {"type": "changes", "version": sent}
                target = event.get("user_id")
                if target is not None and target != user_id:
                    continue
                yield _format(event)
        finally:
            self._subscribers.discard(queue)


def _format(event: dict[str, Any]) -> str:
    kind = str(event.get("type", "message"))
    # the addressee is the stream's own user: no need to tell them
    body = {k: v for k, v in event.items() if k not in ("type", "user_id")}
    return f"event: {kind}\ndata: {json.dumps(body, separators=(',', ':'))}\n\n"


def _now() -> float:
    return time.monotonic()
