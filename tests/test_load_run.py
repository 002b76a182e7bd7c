"""A small load run (bench/load_run.py): a few agents, a few seconds, real PostgreSQL,
a real server process over real HTTP. Checks that the simulated agents do what the
benchmark claims (pull, push, receive hints) and that nothing fails; no timing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from pathlib import Path

import pytest

from bench.load_run import load_run

AGENTS = 5


@pytest.mark.postgres
def test_a_small_load_run_pulls_pushes_and_hints_without_errors(pg_url: str,
                                                                 tmp_path: Path) -> None:
    figures = load_run(pg_url, agents=AGENTS, seconds=4.0, pull_interval=1.5,
                       push_interval=1.0, tickets=50, workers=2, sign_in_concurrency=2,
                       log_dir=tmp_path)

    errors = {k: v for k, v in figures.items() if k.startswith("error: ")}
    assert figures["errors"] == 0, errors
    assert figures["pull_rounds_min_per_agent"] >= 1
    assert figures["pushes_min_per_agent"] >= 1
    assert figures["hints_min_per_agent"] >= 1  # hints after the one sent on connect
    assert figures["peak_streams"] == AGENTS
    assert figures["events_requests"] == AGENTS  # one stream each, never dropped
    # every push carried one mutation and the server applied every one of them
    assert figures["mutations_applied"] == figures["pushes"]
    assert figures["push_requests"] == figures["pushes"]
    # the agents pulled what the others pushed
    assert figures["rows_pulled"] >= 1
    assert figures["requests"] == (figures["pull_requests"] + figures["push_requests"]
                                   + figures["events_requests"])


def test_a_burst_of_commits_reaches_a_stream_as_one_hint_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hub coalesces "changes" hints (what keeps 500 open streams affordable): a
    burst of commits is one hint with the newest version, an event published after
    the burst still comes after that hint, and keepalives come from the hub's timer."""
    from server import events
    from server.migrate import upgrade
    from server.store import make_engine

    monkeypatch.setattr(events, "KEEPALIVE_SECONDS", 0.05)
    engine = make_engine(f"sqlite:///{tmp_path}/server.sqlite3")
    upgrade(engine)

    async def scenario() -> tuple[str, list[str], bool]:
        hub = events.EventHub(engine)
        await hub.start()
        stream = hub.stream("anna-id")
        assert isinstance(stream, AsyncGenerator)
        try:
            first = await anext(stream)
            start = hub.version
            for version in range(start + 1, start + 101):  # 100 commits in a burst
                hub.publish({"type": "changes", "version": version})
            hub.publish({"type": "call", "user_id": "anna-id", "number": "+4930123"})
            seen: list[str] = []
            keepalive = False
            while len(seen) < 2 or not keepalive:
                item = await asyncio.wait_for(anext(stream), 10)
                if item.startswith(":"):
                    keepalive = True
                else:
                    seen.append(item)
            return first, seen, keepalive
        finally:
            await stream.aclose()
            await hub.stop()

    try:
        first, seen, keepalive = asyncio.run(scenario())
    finally:
        engine.dispose()
    assert first == 'event: changes\ndata: {"version":0}\n\n'
    assert seen[:2] == ['event: changes\ndata: {"version":100}\n\n',
                        'event: call\ndata: {"number":"+4930123"}\n\n']
    assert keepalive
