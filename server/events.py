"""Live hints: "changes up to version N" (and later call events) to every client.

The stream only says that something changed; the data always comes through pull, so
a missed event costs latency, never correctness. Between server instances on one
PostgreSQL the hint travels through LISTEN/NOTIFY: every writing transaction notifies
``agentdesk_changes`` with its version (delivered at commit, see
``server.store.next_version``), and each instance LISTENs on a connection of its own.
The embedded SQLite server has a single instance and watches its counter row instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import Engine

from server.store import CHANNEL, committed_version, session_factory

log = logging.getLogger("agentdesk.server.events")

KEEPALIVE_SECONDS = 15.0
POLL_SECONDS = 0.2


class EventHub:
    """Fans hints out to the SSE streams of this instance."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.version = 0
        self._subscribers: set[asyncio.Queue[dict[str, Any]]] = set()
        self._task: asyncio.Task[None] | None = None

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        self.version = await asyncio.to_thread(self._read_version)
        if self.engine.dialect.name == "postgresql":
            self._task = asyncio.create_task(self._listen_postgres())
        else:
            self._task = asyncio.create_task(self._watch_counter())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        for queue in list(self._subscribers):
            queue.put_nowait({"type": "_closed"})

    def _read_version(self) -> int:
        with session_factory(self.engine)() as session:
            return committed_version(session)

    # -- sources ---------------------------------------------------------------------
    def publish(self, event: dict[str, Any]) -> None:
        if event.get("type") == "changes":
            version = int(event["version"])
            if version <= self.version:
                return
            self.version = version
        for queue in list(self._subscribers):
            if queue.qsize() < 100:  # a stuck client loses hints, never blocks the hub
                queue.put_nowait(event)

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
            yield _format({"type": "changes", "version": self.version})
            while True:
                try:
                    event = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
                except TimeoutError:
                    yield ": keepalive\n\n"
                    continue
                if event.get("type") == "_closed":
                    return
                target = event.get("user_id")
                if target is not None and target != user_id:
                    continue
                yield _format(event)
        finally:
            self._subscribers.discard(queue)


def _format(event: dict[str, Any]) -> str:
    kind = str(event.get("type", "message"))
    body = {k: v for k, v in event.items() if k != "type"}
    return f"event: {kind}\ndata: {json.dumps(body, separators=(',', ':'))}\n\n"
