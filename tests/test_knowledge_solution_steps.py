"""The pure parts of desktop/app/kb_actions.py: which part of an article is its
solution, and which life-cycle buttons a user is offered (the server's own rules)."""

from __future__ import annotations

import pytest

from desktop.app.kb_actions import ArticleRecord, Permissions, solution_steps
from desktop.domain.knowledge import KnowledgeRuleError

ARTICLE = """# Drucker druckt leere Seiten

## Problem

Seiten kommen leer heraus.

## Lösung

1. Toner prüfen.
2. Druckkopf reinigen.

### Hinweis

Nur mit Handschuhen.

## Siehe auch

- Tonerwechsel
"""


def test_the_solution_section_up_to_the_next_heading_of_its_level() -> None:
    assert solution_steps(ARTICLE, "Drucker druckt leere Seiten") == (
        "1. Toner prüfen.\n2. Druckkopf reinigen.\n\n### Hinweis\n\nNur mit Handschuhen.")


@pytest.mark.parametrize("heading", ["## Solution", "### Schritte:", "## Lösungsschritte",
                                     "## steps to fix", "**x**\n## Vorgehen"])
def test_solution_headings_in_both_languages(heading: str) -> None:
    body = f"# T\n\nText davor.\n\n{heading}\n\n- eins\n- zwei\n"
    assert solution_steps(body, "T") == "- eins\n- zwei"


def test_without_a_solution_heading_the_body_without_its_title() -> None:
    assert solution_steps("# T\n\nEinfach neu starten.\n", "T") == "Einfach neu starten."
    # an empty solution section falls back to the body too
    assert solution_steps("# T\n\n## Lösung\n\n## Mehr\n\nText\n", "T").startswith("## Lösung")


def test_buttons_follow_the_servers_rules() -> None:
    first = Permissions("u1", "agent", 1)
    writer = Permissions("u2", "agent", 2)
    editor = Permissions("u3", "supervisor", None)
    proposal = ArticleRecord(source_ticket_id="t1")
    assert first.may_move(proposal, "review") and not first.may_move(proposal, "published")
    assert not first.may_move(ArticleRecord(), "draft")  # 1st level: only from a ticket
    published = ArticleRecord(id="a", status="published", author_id="u2")
    assert not first.may_edit(published) and writer.may_edit(published)
    assert writer.may_move(published, "review") and not writer.may_move(published, "archived")
    assert editor.may_move(published, "archived")
    own = ArticleRecord(id="b", status="draft", author_id="u1", source_ticket_id="t1")
    assert first.may_edit(own) and first.may_move(own, "review")
    with pytest.raises(KnowledgeRuleError) as refused:
        first.check(published, "review")
    assert refused.value.code == "kb_edit_forbidden"


def test_refusals_and_notices_read_as_sentences() -> None:
    from desktop.app.messages import describe_notice, describe_rejection_detail

    assert describe_rejection_detail(
        "kb_transition_forbidden", {"old": "review", "new": "published"},
        "Only a knowledge editor may move an article from review to published.") == (
        "Only a knowledge editor may move an article from “In review” to “Published”.")
    assert describe_rejection_detail("kb_already_voted", {}, "x") == (
        "You have already rated this article for this ticket.")
    assert describe_notice("kb_sent_to_review", "WLAN weg").startswith(
        "Your change to “WLAN weg” goes to a knowledge editor for review")
