"""Relevance of the knowledge search on the test set in tests/data/kb_relevance.

296 articles of a German IT and telecom service desk (German and English, with product
variants, device pages, near neighbours and unpublished drafts) and about 500 queries
with their right answers: plain words, compounds, umlaut and ß spellings, typos,
synonyms from the central list, words typed halfway, English. The floors are the
figures the search reached when the set was made (MRR 0.951, recall@5 0.992 overall),
rounded down; a change that ranks worse fails here. ``python -m bench.kb_search``
prints the figures and every query whose answer is not in the top five.
"""

from __future__ import annotations

from typing import Any

import pytest

from bench.kb_search import RELEVANCE_DIR, load_relevance_set, relevance

MRR_FLOOR = 0.94
RECALL_FLOOR = 0.99
# per kind of query: (MRR, recall@5) floors
KIND_FLOORS = {
    "c": (0.95, 0.99),  # compounds and their parts
    "e": (0.95, 0.98),  # English
    "p": (0.92, 1.00),  # the last word typed halfway
    "s": (0.90, 1.00),  # only the synonym list connects query and article
    "t": (0.93, 0.98),  # typos
    "u": (0.96, 0.97),  # umlauts and ß written as ae/oe/ue/ss or the other way round
    "w": (0.96, 1.00),  # plain words
}


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    return relevance(RELEVANCE_DIR)


def test_the_test_set_is_a_realistic_size_and_consistent() -> None:
    articles, synonyms, queries = load_relevance_set()
    published = {a["id"] for a in articles if a["status"] == "published"}
    assert len(articles) >= 290 and len(queries) >= 200 and len(synonyms) >= 10
    assert {a["language"] for a in articles} == {"de", "en"}
    assert {q["kind"] for q in queries} == set(KIND_FLOORS)
    for q in queries:  # every right answer is an article an agent can find
        assert q["expected"] and set(q["expected"]) <= published, q
    assert any(a["status"] != "published" for a in articles)  # drafts to leave out


def test_mrr_and_recall_at_5_stay_at_the_level_reached(figures: dict[str, Any]) -> None:
    print(f"\nknowledge search relevance over {figures['queries']} queries: "
          f"MRR {figures['mrr']:.3f}, recall@5 {figures['recall@5']:.3f}")
    for kind, f in figures["kinds"].items():
        print(f"  {kind}: {f['queries']:3d} queries  MRR {f['mrr']:.3f}  "
              f"recall@5 {f['recall@5']:.3f}")
    assert figures["mrr"] >= MRR_FLOOR, figures["misses"]
    assert figures["recall@5"] >= RECALL_FLOOR, figures["misses"]


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_each_kind_of_query_stays_at_its_level(figures: dict[str, Any], kind: str) -> None:
    mrr_floor, recall_floor = KIND_FLOORS[kind]
    got = figures["kinds"][kind]
    misses = [m for m in figures["misses"] if m["kind"] == kind]
    assert got["mrr"] >= mrr_floor, misses
    assert got["recall@5"] >= recall_floor, misses
