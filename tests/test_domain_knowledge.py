"""Pure knowledge-base rules: life cycle, roles, diff, Markdown front matter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.knowledge import (
    TRANSITIONS,
    ArticleFile,
    ArticleStatus,
    FrontMatterError,
    KnowledgeRuleError,
    check_create_status,
    check_transition,
    diff_versions,
    file_name,
    image_links,
    is_knowledge_editor,
    is_proposal,
    is_writer,
    parse_article_file,
    render_article_file,
    slug,
)

STATUSES = [s.value for s in ArticleStatus]
USERS = [("agent", 1), ("agent", 2), ("agent", 3), ("supervisor", None), ("admin", None)]


def test_who_is_editor_and_writer() -> None:
    assert [is_knowledge_editor(r, lv) for r, lv in USERS] == [False, False, False, True, True]
    assert [is_writer(r, lv) for r, lv in USERS] == [False, True, True, True, True]


def test_proposal_needs_a_ticket_and_an_open_status() -> None:
    assert is_proposal("draft", "t-1") and is_proposal("review", "t-1")
    assert not is_proposal("draft", None)
    assert not is_proposal("published", "t-1")


@pytest.mark.parametrize(("old", "new", "role", "level", "own", "code"), [
    ("draft", "review", "agent", 2, False, None),
    ("review", "draft", "agent", 3, False, None),
    ("published", "review", "agent", 2, False, None),
    ("review", "published", "agent", 3, False, "kb_transition_forbidden"),
    ("published", "archived", "agent", 3, False, "kb_transition_forbidden"),
    ("review", "published", "supervisor", None, False, None),
    ("archived", "published", "admin", None, False, None),
    ("archived", "review", "admin", None, False, "kb_transition_invalid"),
    ("draft", "review", "agent", 1, True, None),
    ("draft", "review", "agent", 1, False, "kb_transition_forbidden"),
    ("review", "published", "agent", 1, True, "kb_transition_forbidden"),
    ("published", "review", "agent", 1, True, "kb_transition_forbidden"),
    ("draft", "gone", "admin", None, False, "kb_status_unknown"),
])
def test_transitions(old: str, new: str, role: str, level: int | None, own: bool,
                     code: str | None) -> None:
    if code is None:
        check_transition(old, new, role=role, level=level, own_proposal=own)
        return
    with pytest.raises(KnowledgeRuleError) as caught:
        check_transition(old, new, role=role, level=level, own_proposal=own)
    assert caught.value.code == code


@given(st.sampled_from(STATUSES), st.sampled_from(STATUSES), st.sampled_from(USERS),
       st.booleans())
def test_only_editors_ever_publish_or_archive(old: str, new: str, user: tuple[str, int | None],
                                              own: bool) -> None:
    role, level = user
    try:
        check_transition(old, new, role=role, level=level, own_proposal=own)
    except KnowledgeRuleError as exc:
        assert exc.code in ("kb_transition_forbidden", "kb_transition_invalid")
        assert old != new
        return
    entering = new != old and new in ("published", "archived")
    assert not entering or is_knowledge_editor(role, level)
    assert old == new or ArticleStatus(new) in TRANSITIONS[ArticleStatus(old)]


def test_create_status() -> None:
    check_create_status("draft", role="agent", level=2, source_ticket_id=None)
    check_create_status("review", role="agent", level=1, source_ticket_id="t-1")
    check_create_status("published", role="supervisor", level=None, source_ticket_id=None)
    with pytest.raises(KnowledgeRuleError, match="knowledge editor") as caught:
        check_create_status("published", role="agent", level=3, source_ticket_id=None)
    assert caught.value.params == {"old": "", "new": "published"}
    with pytest.raises(KnowledgeRuleError) as caught:
        check_create_status("draft", role="agent", level=1, source_ticket_id=None)
    assert caught.value.code == "kb_proposal_needs_ticket"


def test_diff_versions_unified_and_side_by_side() -> None:
    diff = diff_versions("a\nb\nc", "a\nB\nc\nd", old_label="r1", new_label="r2")
    assert diff.unified[:2] == ["--- r1", "+++ r2"]
    assert "-b" in diff.unified and "+B" in diff.unified and "+d" in diff.unified
    assert [(r.kind, r.old_number, r.old_text, r.new_number, r.new_text) for r in diff.rows] == [
        ("equal", 1, "a", 1, "a"), ("replace", 2, "b", 2, "B"), ("equal", 3, "c", 3, "c"),
        ("insert", None, "", 4, "d")]
    assert diff.changed
    assert not diff_versions("x\ny", "x\ny").changed
    uneven = diff_versions("a\nb\nc", "z")
    assert [r.kind for r in uneven.rows] == ["replace", "delete", "delete"]


def test_front_matter_round_trip_and_defaults() -> None:
    text = "---\nid: faq-1\ntitle: Passwort\ntags: [konto, 2fa]\n---\n\n# Schritte\n\n- eins\n"
    art = parse_article_file(text)
    assert art == ArticleFile(key="faq-1", title="Passwort", body="# Schritte\n\n- eins",
                              tags=("konto", "2fa"), status="draft", language="de")
    rendered = render_article_file(art)
    assert rendered.startswith("---\nid: faq-1\ntitle: Passwort\ncategory: ''\n"
                               "tags: [konto, 2fa]\n")
    assert parse_article_file(rendered) == art
    assert render_article_file(parse_article_file(rendered)) == rendered


_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                 max_size=30)


@given(title=_words.filter(lambda t: t.strip() == t and t != ""),
       body=st.text(max_size=200).map(lambda b: b.replace("\r", "").rstrip("\n")),
       tags=st.lists(_words.filter(lambda t: t.strip() == t and t != ""), max_size=4),
       status=st.sampled_from(STATUSES))
def test_render_then_parse_is_identity(title: str, body: str, tags: list[str],
                                       status: str) -> None:
    art = ArticleFile(key="k-1", title=title, body=body, tags=tuple(tags), status=status,
                      category="Netz", product="VPN", related=("k-2",))
    assert parse_article_file(render_article_file(art)) == art


@pytest.mark.parametrize(("text", "message"), [
    ("---\n- a\n- b\n---\n", "not a mapping"),
    ("---\nid: 'a b'\ntitle: T\n---\n", "may only hold"),
    ("---\nid: a\ntitle: T\ntags: {x: 1}\n---\n", "'tags' must be a list"),
])
def test_bad_front_matter(text: str, message: str) -> None:
    with pytest.raises(FrontMatterError, match=message):
        parse_article_file(text)


def test_file_names_and_image_links() -> None:
    art = ArticleFile(key="faq-7", title="Drucker: Papierstau in Fach 2!")
    assert file_name(art) == "drucker-papierstau-in-fach-2--faq-7.md"
    assert slug("Größe ändern") == "groesse-aendern"
    assert slug("!!!") == "article"
    body = ("![a](attachments/a.png) ![b](https://x.de/b.png) ![c](<img/c d.png>) "
            "![d](/abs.png) ![e](e.png \"Titel\")")
    assert image_links(body) == ["attachments/a.png", "e.png"]
