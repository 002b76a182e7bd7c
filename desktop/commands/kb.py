"""``agentdesk kb``: the knowledge base on the local database (after a sync).

``agentdesk kb search QUERY [--json] [--limit N] [--category C] [--tag T]
[--language L] [--product P]`` prints the ranked articles: id, title and score, as a
table or as JSON. It reads the local replica only, so it works offline; the search
index is brought up to date first.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.config import Settings


def register(subparsers: Any) -> None:
    kb = subparsers.add_parser("kb", help="search the knowledge base in the local database")
    commands = kb.add_subparsers(dest="kb_command", required=True)
    search = commands.add_parser(
        "search", help="print the articles that match QUERY, best first",
        description="Search the published knowledge articles of the local database "
                    "(run `agentdesk sync` first). The last word matches word beginnings.")
    search.add_argument("query", nargs="+", help="what to look for")
    search.add_argument("--json", action="store_true", help="print the result as JSON")
    search.add_argument("--limit", type=int, default=10, help="at most N articles (10)")
    search.add_argument("--category", help="only this category")
    search.add_argument("--tag", help="only articles with this tag")
    search.add_argument("--language", dest="article_language", metavar="LANGUAGE",
                        help="only articles in this language (de, en)")
    search.add_argument("--product", help="only articles about this product")
    search.set_defaults(handler=search_command)


def search_command(settings: Settings, args: argparse.Namespace) -> int:
    from desktop.app.kb_search import KnowledgeSearch, SearchFilters
    from desktop.sync.localdb import DatabaseTooNewError, LocalDatabase

    if args.limit < 1:
        print("agentdesk kb search: --limit must be at least 1", file=sys.stderr)
        return 2
    try:
        db = LocalDatabase(settings.data_dir).open()
    except DatabaseTooNewError as exc:
        print(f"agentdesk kb search: {exc}", file=sys.stderr)
        return 3
    try:
        search = KnowledgeSearch.for_database(db)
        try:
            result = search.search(
                " ".join(args.query), SearchFilters(
                    category=args.category, tag=args.tag,
                    language=args.article_language, product=args.product),
                limit=args.limit)
            articles = search.indexed_count()
        finally:
            search.close()
    finally:
        db.close()
    if articles == 0:
        print("agentdesk kb search: no published articles in the local database "
              "(run `agentdesk sync` first)", file=sys.stderr)
    if args.json:
        print(json.dumps({
            "query": result.query,
            "count": len(result.hits),
            "corrections": [{"typed": a, "searched": b} for a, b in result.corrections],
            "results": [{"id": h.article_id, "title": h.title, "score": h.score,
                         "match": h.match, "category": h.category, "product": h.product,
                         "language": h.language, "tags": list(h.tags),
                         "snippet": h.snippet} for h in result.hits],
        }, ensure_ascii=False))
        return 0
    if not result.hits:
        print("no matching articles")
        return 0
    for h in result.hits:
        print(f"{h.score:8.3f}  {h.article_id}  {h.title}")
    return 0
