"""The knowledge-base life cycle on a real server: roles, versions, usage events."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop.config import Settings
from desktop.domain.knowledge import diff_versions
from desktop.sync.api import push_batch
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import NOTICE, REJECTED
from server.store import make_engine
from tests.support.server_helpers import make_user, write_rows

SOLVED = "00000000-0000-4000-8000-0000000000a1"
OPEN = "00000000-0000-4000-8000-0000000000a2"


@pytest.fixture
def world(db_url: str) -> str:
    make_user(db_url, "lea", "lea-pass-12", "agent", level=1)
    make_user(db_url, "max", "max-pass-12", "agent", level=2)
    make_user(db_url, "eva", "eva-pass-12", "supervisor")
    write_rows(db_url, "queues", [{"id": "q-1", "name": "1st Level", "level": 1}])
    write_rows(db_url, "tickets", [
        {"id": SOLVED, "reference": "T-1", "title": "WLAN weg", "queue_id": "q-1",
         "status": "resolved"},
        {"id": OPEN, "reference": "T-2", "title": "Drucker", "queue_id": "q-1",
         "status": "open"}])
    return db_url


class Agent:
    def __init__(self, url: str, folder: Path, user: str, password: str) -> None:
        self.db = LocalDatabase(folder).open()
        self.engine = SyncEngine(Settings(cli={"server_url": url, "request_timeout": 5}),
                                 self.db)
        self.engine.sign_in(user, password)
        self.engine.sync()
        self.client_id = str(uuid.uuid4())
        self.seq = 0

    @property
    def writer(self) -> Any:
        return self.engine.writer

    def sql(self, query: str) -> list[tuple[Any, ...]]:
        con = sqlite3.connect(self.db.path)
        try:
            return con.execute(query).fetchall()
        finally:
            con.close()

    def push(self, entity: str, entity_id: str, op: str, fields: dict[str, Any],
             base: dict[str, Any] | None = None) -> dict[str, Any]:
        """One raw mutation on this agent's own outbox id; returns its outcome."""
        self.seq += 1
        mutation = {"seq": self.seq, "id": str(uuid.uuid4()), "entity": entity,
                    "entity_id": entity_id, "op": op, "fields": fields,
                    "base": base or {}}
        (outcome,) = push_batch(self.engine.client, self.client_id, [mutation])["results"]
        return outcome

    def close(self) -> None:
        self.engine.close()
        self.db.close()


@pytest.fixture
def agents(world: str, live_server: Any, tmp_path: Path) -> Any:
    server = live_server(world)
    made: list[Agent] = []

    def make(user: str) -> Agent:
        agent = Agent(server.url, tmp_path / f"{user}-{len(made)}", user, f"{user}-pass-12")
        made.append(agent)
        return agent

    yield make
    for a in made:
        a.close()


def server_rows(db_url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql).all()]
    finally:
        engine.dispose()


def article(**fields: Any) -> dict[str, Any]:
    return {"title": "WLAN verbindet nicht", "body": "1. Router neu starten",
            "category": "Netzwerk", "tags": '["wlan"]', **fields}


def test_first_level_agent_cannot_publish(agents: Any, world: str) -> None:
    lea = agents("lea")
    outcome = lea.push("kb_articles", str(uuid.uuid4()), "create",
                       article(status="published", source_ticket_id=SOLVED))
    assert (outcome["status"], outcome["code"]) == ("rejected", "kb_transition_forbidden")
    assert outcome["params"] == {"old": "", "new": "published"}

    plain = lea.push("kb_articles", str(uuid.uuid4()), "create", article())
    assert (plain["status"], plain["code"]) == ("rejected", "kb_proposal_needs_ticket")
    unsolved = lea.push("kb_articles", str(uuid.uuid4()), "create",
                        article(source_ticket_id=OPEN))
    assert unsolved["code"] == "kb_proposal_needs_ticket"

    proposal = str(uuid.uuid4())
    assert lea.push("kb_articles", proposal, "create",
                    article(source_ticket_id=SOLVED))["status"] == "applied"
    sent = lea.push("kb_articles", proposal, "update", {"status": "review"},
                    {"status": "draft"})
    assert sent["status"] == "applied"
    refused = lea.push("kb_articles", proposal, "update", {"status": "published"},
                       {"status": "review"})
    assert (refused["status"], refused["code"]) == ("rejected", "kb_transition_forbidden")
    assert refused["params"] == {"old": "review", "new": "published"}
    assert server_rows(world, f"SELECT status, author_id IS NOT NULL, published_revision "
                              f"FROM kb_articles WHERE id='{proposal}'") == [
        ("review", True, 0)]
    assert server_rows(world, "SELECT count(*) FROM kb_article_versions") == [(0,)]


def test_first_level_agent_cannot_edit_others_articles(agents: Any) -> None:
    max_ = agents("max")
    art = max_.writer.create("kb_articles", article())
    assert max_.engine.sync().pushed.applied == 1
    lea = agents("lea")
    outcome = lea.push("kb_articles", art, "update", {"body": "anders"},
                       {"body": "1. Router neu starten"})
    assert (outcome["status"], outcome["code"]) == ("rejected", "kb_edit_forbidden")


def test_draft_review_publish_and_republish(agents: Any, world: str) -> None:
    max_, eva = agents("max"), agents("eva")
    art = max_.writer.create("kb_articles", article(helped_count=99))
    max_.writer.update("kb_articles", art, {"status": "review"})
    assert max_.engine.sync().pushed.applied == 2
    # a writer may not publish
    max_.writer.update("kb_articles", art, {"status": "published"})
    max_.engine.sync()
    (refused,) = max_.writer.items(REJECTED)
    assert refused.error_code == "kb_transition_forbidden"
    max_.writer.discard(refused.seq)

    eva.engine.sync()
    eva.writer.update("kb_articles", art, {"status": "published"})
    assert eva.engine.sync().pushed.applied == 1
    assert server_rows(world, f"SELECT status, revision, published_revision, helped_count "
                              f"FROM kb_articles WHERE id='{art}'") == [
        ("published", 1, 1, 0)]
    assert server_rows(world, f"SELECT revision, title, author_id = (SELECT id FROM users "
                              f"WHERE username='max'), published_by = (SELECT id FROM users "
                              f"WHERE username='eva') FROM kb_article_versions "
                              f"WHERE article_id='{art}'") == [
        (1, "WLAN verbindet nicht", True, True)]

    lea = agents("lea")  # a 1st-level client receives the article and its version by pull
    assert lea.sql(f"SELECT status, revision FROM kb_articles WHERE id='{art}'") == [
        ("published", 1)]
    assert lea.sql(f"SELECT revision FROM kb_article_versions WHERE article_id='{art}'") == [
        (1,)]

    # a writer's edit of a published article goes back to review
    max_.engine.sync()
    max_.writer.update("kb_articles", art, {"body": "1. Router neu starten\n2. WLAN an"})
    assert max_.engine.sync().pushed.applied == 1
    (notice,) = max_.writer.items(NOTICE)
    assert notice.notice == "kb_sent_to_review"
    assert server_rows(world, f"SELECT status, revision, published_revision FROM kb_articles "
                              f"WHERE id='{art}'") == [("review", 2, 1)]

    eva.engine.sync()
    eva.writer.update("kb_articles", art, {"status": "published"})
    assert eva.engine.sync().pushed.applied == 1
    assert server_rows(world, f"SELECT revision, published_revision FROM kb_articles "
                              f"WHERE id='{art}'") == [(2, 2)]
    bodies = server_rows(world, f"SELECT revision, body FROM kb_article_versions "
                                f"WHERE article_id='{art}' ORDER BY revision")
    assert [r for r, _ in bodies] == [1, 2]
    diff = diff_versions(bodies[0][1], bodies[1][1])
    assert [r.kind for r in diff.rows] == ["equal", "insert"]

    # archive and republish unchanged: no new revision
    eva.writer.update("kb_articles", art, {"status": "archived"})
    assert eva.engine.sync().pushed.applied == 1
    eva.writer.update("kb_articles", art, {"status": "published"})
    assert eva.engine.sync().pushed.applied == 1
    assert server_rows(world, f"SELECT count(*), max(revision) FROM kb_article_versions "
                              f"WHERE article_id='{art}'") == [(2, 2)]

    # an editor's edit of a published article is published at once as a new revision
    eva.writer.update("kb_articles", art, {"title": "WLAN: keine Verbindung"})
    assert eva.engine.sync().pushed.applied == 1
    assert server_rows(world, f"SELECT status, revision, published_revision FROM kb_articles "
                              f"WHERE id='{art}'") == [("published", 3, 3)]
    lea.engine.sync()
    assert lea.sql(f"SELECT revision, title FROM kb_article_versions "
                   f"WHERE article_id='{art}' ORDER BY revision") == [
        (1, "WLAN verbindet nicht"), (2, "WLAN verbindet nicht"),
        (3, "WLAN: keine Verbindung")]


def test_the_change_note_goes_into_the_version_row(agents: Any, world: str) -> None:
    """The note written with an edit travels with the publication into that revision's
    version row, then is emptied on the article so that it cannot reach the next one."""
    max_, eva = agents("max"), agents("eva")
    art = eva.writer.create("kb_articles", article(status="published",
                                                   change_note="Erste Fassung"))
    assert eva.engine.sync().pushed.applied == 1

    # a writer's edit waits in review with its note; the editor publishes it
    max_.engine.sync()
    max_.writer.update("kb_articles", art, {"body": "1. Router neu starten\n2. WLAN an",
                                            "change_note": "Schritt 2 ergänzt"})
    assert max_.engine.sync().pushed.applied == 1
    assert server_rows(world, f"SELECT status, change_note FROM kb_articles "
                              f"WHERE id='{art}'") == [("review", "Schritt 2 ergänzt")]
    assert server_rows(world, f"SELECT count(*) FROM kb_article_versions "
                              f"WHERE article_id='{art}'") == [(1,)]
    eva.engine.sync()
    eva.writer.update("kb_articles", art, {"status": "published"})
    assert eva.engine.sync().pushed.applied == 1

    # an editor's own edit of the published article with a note of her own
    eva.writer.update("kb_articles", art, {"title": "WLAN: keine Verbindung",
                                           "change_note": "  Titel klarer  "})
    assert eva.engine.sync().pushed.applied == 1
    # an edit without a note: the emptied note is not reused
    eva.writer.update("kb_articles", art, {"category": "WLAN"})
    assert eva.engine.sync().pushed.applied == 1

    assert server_rows(world, f"SELECT revision, change_note FROM kb_article_versions "
                              f"WHERE article_id='{art}' ORDER BY revision") == [
        (1, "Erste Fassung"), (2, "Schritt 2 ergänzt"), (3, "Titel klarer"), (4, "")]
    assert server_rows(world, f"SELECT published_revision, change_note FROM kb_articles "
                              f"WHERE id='{art}'") == [(4, "")]
    lea = agents("lea")  # clients pull the versions with their notes, the article emptied
    assert lea.sql(f"SELECT revision, change_note FROM kb_article_versions "
                   f"WHERE article_id='{art}' ORDER BY revision")[:2] == [
        (1, "Erste Fassung"), (2, "Schritt 2 ergänzt")]
    assert lea.sql(f"SELECT change_note FROM kb_articles WHERE id='{art}'") == [("",)]
    max_.engine.sync()
    assert max_.sql(f"SELECT change_note FROM kb_articles WHERE id='{art}'") == [("",)]


def test_helped_events_are_counted(agents: Any, world: str) -> None:
    eva = agents("eva")
    art = eva.writer.create("kb_articles", article(status="published"))
    assert eva.engine.sync().pushed.applied == 1
    lea, max_ = agents("lea"), agents("max")
    helped = str(uuid.uuid4())
    assert lea.push("kb_events", helped, "append",
                    {"article_id": art, "ticket_id": SOLVED, "kind": "helped"}
                    )["status"] == "applied"
    again = lea.push("kb_events", str(uuid.uuid4()), "append",
                     {"article_id": art, "ticket_id": SOLVED, "kind": "not_helped"})
    assert again["code"] == "kb_already_voted"
    no_ticket = lea.push("kb_events", str(uuid.uuid4()), "append",
                         {"article_id": art, "kind": "helped"})
    assert no_ticket["code"] == "kb_event_needs_ticket"
    assert lea.push("kb_events", str(uuid.uuid4()), "append",
                    {"article_id": art, "kind": "view"})["status"] == "applied"
    assert max_.push("kb_events", str(uuid.uuid4()), "append",
                     {"article_id": art, "ticket_id": SOLVED, "kind": "not_helped"}
                     )["status"] == "applied"
    changed = lea.push("kb_events", helped, "update", {"kind": "not_helped"},
                       {"kind": "helped"})
    assert (changed["status"], changed["code"]) == ("rejected", "forbidden")

    assert server_rows(world, f"SELECT helped_count, not_helped_count FROM kb_articles "
                              f"WHERE id='{art}'") == [(1, 1)]
    assert server_rows(world, "SELECT count(*) FROM kb_events WHERE user_id = "
                              "(SELECT id FROM users WHERE username='lea')") == [(2,)]
    eva.engine.sync()  # the counters travel with the article
    assert eva.sql(f"SELECT helped_count, not_helped_count FROM kb_articles "
                   f"WHERE id='{art}'") == [(1, 1)]


def test_synonyms_need_a_supervisor(agents: Any) -> None:
    max_ = agents("max")
    refused = max_.push("kb_synonyms", str(uuid.uuid4()), "create",
                        {"terms": '["WLAN", "WiFi"]'})
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")
    eva = agents("eva")
    assert eva.push("kb_synonyms", str(uuid.uuid4()), "create",
                    {"terms": '["WLAN", "WiFi"]'})["status"] == "applied"
    versions = eva.push("kb_article_versions", str(uuid.uuid4()), "create",
                        {"article_id": "x", "revision": 1, "title": "t"})
    assert (versions["status"], versions["code"]) == ("rejected", "forbidden")
