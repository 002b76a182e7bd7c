"""Which knowledge articles the feed sends to whom (server/visibility.py, kb part):
drafts and reviews of never published articles reach writers, editors and their author,
not the other 1st-level agents; publishing makes an article appear, archiving or
unpublishing it removes it from a 1st-level replica again."""

from __future__ import annotations

from typing import Any

from desktop.sync.api import fetch_records
from tests.test_knowledge_server import SOLVED, agents, article, world  # noqa: F401


def ids(agent: Any) -> set[str]:
    return {r[0] for r in agent.sql("SELECT id FROM kb_articles")}


def test_first_level_feed_has_no_drafts(agents: Any) -> None:  # noqa: F811
    max_, eva = agents("max"), agents("eva")
    draft = max_.writer.create("kb_articles", article(title="Entwurf"))
    review = max_.writer.create("kb_articles", article(title="In Prüfung", status="review"))
    assert max_.engine.sync().pushed.applied == 2
    lea, tom = agents("lea"), agents("lea")  # two replicas of a 1st-level agent
    proposal = lea.writer.create("kb_articles", article(title="Vorschlag",
                                                        source_ticket_id=SOLVED))
    assert lea.engine.sync().pushed.applied == 1

    assert draft not in ids(lea) and review not in ids(lea)
    assert proposal in ids(lea)  # the author sees the own proposal
    tom.engine.sync()
    assert ids(tom) == {proposal}  # the same user on another workstation
    eva.engine.sync()
    max_.engine.sync()
    assert {draft, review, proposal} <= ids(eva)  # the editor reviews all of them
    assert {draft, review, proposal} <= ids(max_)  # so do 2nd-level writers

    # publishing makes it appear in the next pull
    eva.writer.update("kb_articles", review, {"status": "published"})
    assert eva.engine.sync().pushed.applied == 1
    lea.engine.sync()
    assert review in ids(lea) and draft not in ids(lea)
    assert lea.sql(f"SELECT revision FROM kb_article_versions WHERE article_id='{review}'"
                   ) == [(1,)]

    # a writer's edit sends it back to review: 1st level keeps it (its last published
    # version is what they read meanwhile)
    max_.engine.sync()
    max_.writer.update("kb_articles", review, {"body": "1. Router neu starten\n2. Kabel"})
    assert max_.engine.sync().pushed.applied == 1
    lea.engine.sync()
    assert lea.sql(f"SELECT status FROM kb_articles WHERE id='{review}'") == [("review",)]

    # archived: gone from the 1st-level replica (sent as a deletion), kept for writers
    eva.engine.sync()
    eva.writer.update("kb_articles", review, {"status": "archived"})
    assert eva.engine.sync().pushed.applied == 1
    result = lea.engine.sync()
    assert review not in ids(lea)
    assert result.tombstones >= 1
    max_.engine.sync()
    assert max_.sql(f"SELECT status FROM kb_articles WHERE id='{review}'") == [("archived",)]

    # published again: back
    eva.writer.update("kb_articles", review, {"status": "published"})
    assert eva.engine.sync().pushed.applied == 1
    lea.engine.sync()
    assert review in ids(lea)


def test_fetch_of_a_hidden_draft_reports_it_missing(agents: Any) -> None:  # noqa: F811
    max_ = agents("max")
    draft = max_.writer.create("kb_articles", article(title="Entwurf"))
    assert max_.engine.sync().pushed.applied == 1
    lea = agents("lea")
    answer = fetch_records(lea.engine.client, [("kb_articles", draft)])
    assert answer["missing"] == [["kb_articles", draft]] and answer["changes"] == []
    max_answer = fetch_records(max_.engine.client, [("kb_articles", draft)])
    assert max_answer["missing"] == []
