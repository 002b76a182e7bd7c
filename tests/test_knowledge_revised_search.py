"""An article being revised (a writer's edit sent it back to review) stays findable by
its last published text, so 1st level keeps finding what they may read; the draft text
is not searched until it is published (desktop/app/kb_search.py, ``_READABLE``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert

from desktop.app.kb_search import KnowledgeSearch
from desktop.models import SYNCED_TABLES
from desktop.sync.localdb import LocalDatabase
from tests.test_kb_search import article, ids, put

VERSIONS = SYNCED_TABLES["kb_article_versions"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    yield database
    database.close()


def test_a_revised_article_is_found_by_its_published_text(db: LocalDatabase) -> None:
    put(db, article("wlan", "WLAN verbindet nicht", "Router neu starten.", version=1,
                    published_revision=1))
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(insert(VERSIONS).values(
            id="v1", article_id="wlan", revision=1, title="WLAN verbindet nicht",
            body="Router neu starten.", category="", tags="[]", change_note="", version=1))
    search = KnowledgeSearch.for_database(db)
    try:
        assert ids(search, "Router") == ["wlan"]
        # a writer's edit: back to review with a new draft text
        put(db, article("wlan", "Funknetz Entwurf", "Treiber aktualisieren.", version=2,
                        status="review", revision=2, published_revision=1))
        assert ids(search, "Router") == ["wlan"]
        assert ids(search, "Treiber") == []  # the draft is not searched
        (hit,) = search.search("WLAN").hits
        assert hit.title == "WLAN verbindet nicht"
        assert [h.title for h in search.articles(["wlan"])] == ["WLAN verbindet nicht"]
        # a review that was never published stays out
        put(db, article("neu", "Router tauschen", "Neu.", version=3, status="review"))
        assert ids(search, "Router") == ["wlan"]
        assert search.articles(["neu"]) == []
    finally:
        search.close()
