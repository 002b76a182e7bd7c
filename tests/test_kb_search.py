"""Knowledge search on a real local SQLite replica: each German matching rule, ranking,
filters, keeping the index current, snippets, suggestions, and `agentdesk kb search`
after a real sync from a real server process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert

from desktop import cli
from desktop.app.kb_search import KnowledgeSearch, SearchFilters
from desktop.config import Settings
from desktop.domain import text_de
from desktop.models import SYNCED_TABLES
from desktop.sync.engine import SyncEngine
from desktop.sync.localdb import LocalDatabase
from tests.support.server_helpers import make_user, write_rows

ARTICLES = SYNCED_TABLES["kb_articles"]
SYNONYMS = SYNCED_TABLES["kb_synonyms"]


def article(id: str, title: str, body: str = "", *, version: int = 1,
            **extra: Any) -> dict[str, Any]:
    row = {"id": id, "title": title, "body": body, "category": "", "tags": [],
           "language": "de", "product": "", "status": "published", "version": version}
    row.update(extra)
    row["tags"] = json.dumps(row["tags"], ensure_ascii=False)
    return row


def put(db: LocalDatabase, *rows: dict[str, Any]) -> None:
    """Upsert rows into the replica's kb_articles, as a pull does."""
    assert db.engine is not None
    with db.engine.begin() as conn:
        for row in rows:
            conn.execute(delete(ARTICLES).where(ARTICLES.c.id == row["id"]))
            conn.execute(insert(ARTICLES).values(**row))


def put_synonyms(db: LocalDatabase, *groups: tuple[str, list[str], int]) -> None:
    assert db.engine is not None
    with db.engine.begin() as conn:
        for sid, terms, version in groups:
            conn.execute(delete(SYNONYMS).where(SYNONYMS.c.id == sid))
            conn.execute(insert(SYNONYMS).values(id=sid, terms=json.dumps(terms),
                                                 language="", version=version))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[LocalDatabase]:
    database = LocalDatabase(tmp_path / "client").open()
    yield database
    database.close()


@pytest.fixture
def kb(db: LocalDatabase) -> Iterator[KnowledgeSearch]:
    search = KnowledgeSearch.for_database(db)
    yield search
    search.close()


def ids(search: KnowledgeSearch, query: str, **kw: Any) -> list[str]:
    return [h.article_id for h in search.search(query, **kw).hits]


FAQ = [
    article("pw", "Passwortrücksetzung im Kundenportal",
            "Öffnen Sie das Portal und wählen Sie **Passwort vergessen**.",
            tags=["konto"], category="Konto"),
    article("pw2", "Passwort zurücksetzen am Arbeitsplatz",
            "Drücken Sie Strg+Alt+Entf und wählen Sie Kennwort ändern.", category="Konto"),
    article("printer", "Druckertreiber installieren", "Installieren Sie den Treiber aus "
            "dem Softwarecenter.", category="Drucker", tags=["drucker"],
            product="HP LaserJet"),
    article("return", "Rückgabe des Mietrouters",
            "Senden Sie den Router in der Originalverpackung zurück. Straße und "
            "Hausnummer des Absenders angeben.", category="Vertrag", tags=["router"]),
    article("mail", "E-Mail-Signatur ändern", "Die Signatur kommt aus den Stammdaten.",
            category="E-Mail"),
    article("wlan", "WLAN im Besprechungsraum langsam",
            "Verbinden Sie sich mit dem 5-GHz-Netz.", category="Netzwerk", tags=["wlan"]),
    article("headset", "Headset wird nicht erkannt", "Stecken Sie das Headset direkt ein.",
            category="Telefonie", product="Jabra Evolve2"),
    article("en-pw", "Reset your password", "Open the portal and choose *Forgot password*.",
            language="en", category="Account"),
    article("draft", "Drucker druckt leere Seiten (Entwurf)", "Noch nicht freigegeben.",
            status="draft"),
]


@pytest.fixture
def faq(db: LocalDatabase, kb: KnowledgeSearch) -> KnowledgeSearch:
    put(db, *[{**a, "version": i + 1} for i, a in enumerate(FAQ)])
    put_synonyms(db, ("syn-wlan", ["WLAN", "WiFi", "Funknetz", "Wireless LAN"], 1),
                 ("syn-pw", ["Passwort", "Kennwort", "Password"], 1))
    return kb


# -- the normaliser ---------------------------------------------------------------------
def test_folding_maps_umlauts_and_sharp_s_to_their_spellings() -> None:
    assert text_de.fold("Rückgabe") == text_de.fold("Rueckgabe") == "rueckgabe"
    assert text_de.fold("RÜCKGABE") == "rueckgabe"
    assert text_de.fold("Straße") == text_de.fold("Strasse") == "strasse"
    assert text_de.fold("GRÖẞE") == "groesse"
    assert text_de.fold("Café") == "cafe"
    # decomposed input (u + combining diaeresis) folds like the composed letter
    assert text_de.fold("Ru\u0308ckgabe") == "rueckgabe"


def test_stems_bring_verbs_and_their_nouns_together() -> None:
    assert text_de.stem("zuruecksetzen") == text_de.stem("ruecksetzung")
    assert text_de.stem("verlaengern") == text_de.stem("verlaengerung")
    assert text_de.stem("einrichten") == text_de.stem("einrichtung")
    assert text_de.stem("installieren") == text_de.stem("installation")
    assert text_de.stem("printers", "en") == text_de.stem("printer", "en")


def test_compounds_split_against_the_lexicon() -> None:
    assert text_de.split_compound("passwortruecksetzung") == ("passwort", "ruecksetzung")
    assert text_de.split_compound("druckertreiber") == ("drucker", "treiber")
    assert text_de.split_compound("rechnungsadresse") == ("rechnung", "adresse")  # Fugen-s
    assert text_de.split_compound("verbindung") == ()  # a word, not a compound
    assert text_de.words("E-Mail") == ["mail", "email"]


def test_typo_distance_counts_swaps_as_one() -> None:
    assert text_de.osa_distance("drucker", "drukcer") == 1
    assert text_de.osa_distance("drucker", "druker") == 1
    assert text_de.osa_distance("drucker", "drucker") == 0
    assert text_de.osa_distance("drucker", "dreher") > 1
    assert "drukcer" in text_de.edits1("drucker")


# -- German matching rules, each on the real index ----------------------------------------
@pytest.mark.parametrize("query", ["Rückgabe", "Rueckgabe", "RÜCKGABE", "rueckgabe router"])
def test_umlaut_and_its_spelling_find_each_other(faq: KnowledgeSearch, query: str) -> None:
    assert ids(faq, query)[:1] == ["return"]


def test_an_article_written_with_ue_is_found_with_the_umlaut(db: LocalDatabase,
                                                             kb: KnowledgeSearch) -> None:
    put(db, article("ue", "Kuendigung per Fax", "Gebuehren fallen keine an."))
    assert ids(kb, "Kündigung") == ["ue"]
    assert ids(kb, "Gebühren") == ["ue"]


@pytest.mark.parametrize("query", ["Straße", "Strasse", "strasse hausnummer"])
def test_sharp_s_and_ss_find_each_other(faq: KnowledgeSearch, query: str) -> None:
    assert ids(faq, query) == ["return"]


def test_compound_is_found_by_its_parts_and_the_other_way_round(
        faq: KnowledgeSearch) -> None:
    # "Passwort zurücksetzen" finds "Passwortrücksetzung" ...
    assert set(ids(faq, "Passwort zurücksetzen")[:2]) == {"pw", "pw2"}
    # ... and "Passwortrücksetzung" finds "Passwort zurücksetzen"
    assert set(ids(faq, "Passwortrücksetzung")[:2]) == {"pw", "pw2"}
    assert ids(faq, "Drucker Treiber")[:1] == ["printer"]
    assert ids(faq, "Treiber")[:1] == ["printer"]  # the head of the compound alone


def test_hyphenated_words_match_their_joined_spelling(faq: KnowledgeSearch) -> None:
    assert ids(faq, "Email Signatur") == ["mail"]
    assert ids(faq, "E-Mail-Signatur") == ["mail"]


def test_the_word_being_typed_matches_word_beginnings(faq: KnowledgeSearch) -> None:
    assert ids(faq, "Druckertr") == ["printer"]
    assert ids(faq, "Rückg") == ["return"]
    assert ids(faq, "Heads") == ["headset"]
    # a finished word (space typed) is a whole word, and prefix=False says the same
    assert ids(faq, "Signa") == ["mail"]
    assert ids(faq, "Signa ") == []
    assert ids(faq, "Signa", prefix=False) == []


@pytest.mark.parametrize(("typo", "expected"), [
    ("Drukcer treiber", "printer"),   # swapped letters
    ("Druckertreibr", "printer"),     # a letter missing
    ("Hedset", "headset"),
    ("Signatru", "mail"),
    ("pasword reset", "en-pw"),
])
def test_common_typos_still_find_the_article(faq: KnowledgeSearch, typo: str,
                                             expected: str) -> None:
    result = faq.search(typo, prefix=False)
    assert [h.article_id for h in result.hits][:1] == [expected]
    assert result.corrections  # the search says what it looked for instead


def test_an_umlaut_typed_without_its_e_meets_the_same_stem(faq: KnowledgeSearch) -> None:
    # Snowball reads "ue" as "ü" and drops the dots: Ruckgabe, Rückgabe, Rueckgabe
    result = faq.search("Ruckgabe", prefix=False)
    assert [h.article_id for h in result.hits] == ["return"]


def test_a_known_word_is_not_corrected(faq: KnowledgeSearch) -> None:
    result = faq.search("Drucker", prefix=False)
    assert result.corrections == ()
    assert [h.article_id for h in result.hits][:1] == ["printer"]


def test_central_synonyms_apply_and_follow_their_changes(db: LocalDatabase,
                                                         faq: KnowledgeSearch) -> None:
    assert ids(faq, "WiFi langsam") == ["wlan"]
    assert ids(faq, "Funknetz") == ["wlan"]
    assert ids(faq, "wireless lan ") == ["wlan"]  # a synonym of two words
    assert ids(faq, "Kopfhörer") == []
    put_synonyms(db, ("syn-headset", ["Headset", "Kopfhörer"], 2))
    assert ids(faq, "Kopfhörer") == ["headset"]  # no rebuild needed


# -- ranking, tiers and filters ------------------------------------------------------------
def test_title_weighs_more_than_tags_and_tags_more_than_body(db: LocalDatabase,
                                                             kb: KnowledgeSearch) -> None:
    put(db,
        article("body", "Anschluss prüfen", "Starten Sie den Router neu und warten Sie."),
        article("tags", "Leitung messen", "Messen Sie die Leitung.", tags=["router"]),
        article("title", "Router neu starten", "Ziehen Sie den Stecker."))
    assert ids(kb, "router") == ["title", "tags", "body"]


def test_articles_with_every_word_come_before_those_with_some(db: LocalDatabase,
                                                              kb: KnowledgeSearch) -> None:
    put(db, article("both", "Toner im Drucker wechseln"),
        article("one", "Drucker aufstellen"), article("other", "Toner bestellen"))
    hits = kb.search("Drucker Toner", prefix=False).hits
    assert [h.article_id for h in hits][:1] == ["both"]
    assert hits[0].match == "all"
    assert {h.article_id for h in hits[1:]} == {"one", "other"}
    assert {h.match for h in hits[1:]} == {"some"}


def test_filters_narrow_by_category_tag_language_and_product(faq: KnowledgeSearch) -> None:
    assert set(ids(faq, "Passwort")) >= {"pw", "pw2", "en-pw"}
    assert set(ids(faq, "Passwort", filters=SearchFilters(category="Konto"))) == {"pw", "pw2"}
    assert ids(faq, "Passwort", filters=SearchFilters(tag="konto")) == ["pw"]
    assert ids(faq, "Passwort", filters=SearchFilters(language="en")) == ["en-pw"]
    assert ids(faq, "Treiber", filters=SearchFilters(product="HP LaserJet")) == ["printer"]
    assert ids(faq, "Treiber", filters=SearchFilters(product="Jabra Evolve2")) == []
    facets = faq.facets()
    assert "Konto" in facets.categories and "wlan" in facets.tags
    assert facets.languages == ("de", "en")
    assert "HP LaserJet" in facets.products


# -- keeping the index current ---------------------------------------------------------------
def test_only_published_articles_are_found_and_status_changes_follow(
        db: LocalDatabase, faq: KnowledgeSearch) -> None:
    assert "draft" not in ids(faq, "leere Seiten Entwurf")
    put(db, article("draft", "Drucker druckt leere Seiten", "Freigegeben.", version=50))
    assert ids(faq, "leere Seiten") == ["draft"]
    put(db, article("draft", "Drucker druckt leere Seiten", "Zurückgezogen.", version=51,
                    status="review"))
    assert ids(faq, "leere Seiten") == []


def test_changed_and_new_articles_are_indexed_by_version(db: LocalDatabase,
                                                         faq: KnowledgeSearch) -> None:
    assert ids(faq, "Headset") == ["headset"]
    put(db, article("headset", "Kopfhörer verbinden", "Per Bluetooth koppeln.", version=60),
        article("new", "Headset laden", "Das Ladekabel einstecken.", version=61))
    assert ids(faq, "Headset") == ["new"]  # the old title is gone from the index
    assert ids(faq, "Bluetooth") == ["headset"]


def test_deleted_articles_leave_the_index(db: LocalDatabase, faq: KnowledgeSearch) -> None:
    assert ids(faq, "Headset") == ["headset"]
    assert db.engine is not None
    with db.engine.begin() as conn:
        conn.execute(delete(ARTICLES).where(ARTICLES.c.id == "headset"))
    assert ids(faq, "Headset") == []
    assert faq.indexed_count() == len([a for a in FAQ if a["status"] == "published"]) - 1


def test_a_resync_with_older_versions_is_reconciled(db: LocalDatabase,
                                                    faq: KnowledgeSearch) -> None:
    assert ids(faq, "Headset") == ["headset"]
    assert db.engine is not None
    with db.engine.begin() as conn:  # the replica starts over ...
        conn.execute(delete(ARTICLES))
    assert ids(faq, "Headset") == []
    # ... and gets rows back below the index's keyset, one of them changed
    put(db, article("headset", "Headset koppeln", "Bluetooth.", version=3),
        article("wlan", "WLAN im Besprechungsraum langsam", "5 GHz.", version=2))
    assert ids(faq, "Headset") == ["headset"]
    assert ids(faq, "koppeln") == ["headset"]
    assert faq.indexed_count() == 2


def test_another_normaliser_version_rebuilds_the_index(db: LocalDatabase,
                                                       faq: KnowledgeSearch,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert ids(faq, "Headset") == ["headset"]
    assert faq.refresh().rebuilt is False
    monkeypatch.setattr(text_de, "NORMALISER_VERSION", text_de.NORMALISER_VERSION + 1)
    result = faq.refresh()
    assert result.rebuilt and result.indexed == faq.indexed_count() == 8
    assert ids(faq, "Rueckgabe") == ["return"]


def test_the_index_survives_reopening(db: LocalDatabase, faq: KnowledgeSearch) -> None:
    faq.refresh()
    again = KnowledgeSearch.for_database(db)
    try:
        result = again.refresh()
        assert (result.indexed, result.rebuilt) == (0, False)  # nothing to redo
        assert ids(again, "Rückgabe") == ["return"]
    finally:
        again.close()


# -- snippets, suggestions, named articles -----------------------------------------------
def test_hits_carry_highlighted_title_and_snippet(faq: KnowledgeSearch) -> None:
    hit = faq.search("Rueckgabe Originalverpackung").hits[0]
    assert hit.article_id == "return"
    assert [hit.title[a:b] for a, b in hit.title_highlights] == ["Rückgabe"]
    assert "Originalverpackung" in [hit.snippet[a:b] for a, b in hit.snippet_highlights]
    assert hit.snippet.startswith("Senden Sie den Router")
    assert "#" not in hit.snippet and "**" not in faq.search("vergessen").hits[0].snippet


def test_long_articles_get_a_snippet_around_the_match(db: LocalDatabase,
                                                      kb: KnowledgeSearch) -> None:
    filler = " ".join(["Allgemeine Hinweise zur Einrichtung."] * 40)
    put(db, article("long", "Anleitung", f"{filler} Die Firmware aktualisieren. {filler}"))
    hit = kb.search("Firmware").hits[0]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 250
    assert [hit.snippet[a:b] for a, b in hit.snippet_highlights] == ["Firmware"]


def test_suggestions_for_a_ticket_need_no_query(faq: KnowledgeSearch) -> None:
    result = faq.suggest("Kunde hat Kennwort vergessen",
                         "Der Kunde kommt nicht mehr ins Kundenportal und möchte sein "
                         "Passwort zurücksetzen.")
    assert result.hits[0].article_id == "pw"
    assert {h.article_id for h in result.hits[:3]} >= {"pw", "pw2"}


def test_named_articles_come_in_their_order_without_unpublished(
        faq: KnowledgeSearch) -> None:
    shown = faq.articles(["wlan", "draft", "missing", "pw"])
    assert [h.article_id for h in shown] == ["wlan", "pw"]
    assert shown[0].snippet.startswith("Verbinden Sie sich")
    full = faq.article("pw")
    assert full is not None and "Passwort vergessen" in full.body and full.tags == ("konto",)


def test_a_query_fts5_could_misread_is_just_words(faq: KnowledgeSearch) -> None:
    assert ids(faq, 'Drucker" OR NOT * (treiber')[:1] == ["printer"]
    assert ids(faq, "") == []
    assert ids(faq, "!!! ???") == []


# -- the command line, after a real sync ----------------------------------------------------
@pytest.fixture
def synced_client(tmp_path: Path, live_server: Any) -> Path:
    from server.migrate import upgrade
    from server.store import make_engine

    url = f"sqlite:///{tmp_path}/server.sqlite3"
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    make_user(url, "anna", "Kaffee-2026!", "agent", level=1)
    rows = [{k: (json.loads(v) if k == "tags" else v) for k, v in a.items() if k != "version"}
            for a in FAQ]
    for row in rows:
        row["tags"] = json.dumps(row["tags"])
    write_rows(url, "kb_articles", rows)
    write_rows(url, "kb_synonyms", [
        {"id": "syn-wlan", "language": "", "terms": json.dumps(["WLAN", "WiFi"])},
        {"id": "syn-pw", "language": "", "terms": json.dumps(["Passwort", "Password"])}])
    server = live_server(url)
    data_dir = tmp_path / "client"
    db = LocalDatabase(data_dir).open()
    engine_ = SyncEngine(Settings(cli={"server_url": server.url, "request_timeout": 5}), db)
    try:
        engine_.sign_in("anna", "Kaffee-2026!")
        result = engine_.sync()
        # a 1st-level agent receives no drafts (server/visibility.py)
        assert result.entities["kb_articles"] == len(
            [a for a in FAQ if a["status"] == "published"])
    finally:
        engine_.close()
        db.close()
    server.stop()  # the search works offline
    return data_dir


def test_kb_search_json_prints_ranked_ids_titles_and_scores(
        synced_client: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["--data-dir", str(synced_client), "kb", "search", "Passwort",
                       "zurücksetzen", "--json"])
    assert status == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"] == "Passwort zurücksetzen"
    assert {r["id"] for r in out["results"][:2]} == {"pw", "pw2"}
    first = out["results"][0]
    assert first["title"] in {"Passwortrücksetzung im Kundenportal",
                              "Passwort zurücksetzen am Arbeitsplatz"}
    scores = [r["score"] for r in out["results"] if r["match"] == "all"]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert out["count"] == len(out["results"])


def test_kb_search_filters_limits_and_prints_a_table(
        synced_client: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(synced_client), "kb", "search", "wifi", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)["results"]] == ["wlan"]
    assert cli.main(["--data-dir", str(synced_client), "kb", "search", "Passwort",
                     "--language", "en", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)["results"]] == ["en-pw"]
    assert cli.main(["--data-dir", str(synced_client), "kb", "search", "Passwort",
                     "--category", "Konto", "--limit", "1", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["results"]) == 1
    assert cli.main(["--data-dir", str(synced_client), "kb", "search", "Rueckgabe"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "return" in lines[0] and "Rückgabe des Mietrouters" in lines[0]
    assert cli.main(["--data-dir", str(synced_client), "kb", "search", "Quantenphysik"]) == 0
    assert capsys.readouterr().out.strip() == "no matching articles"


def test_kb_search_on_an_empty_database_says_to_sync(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(tmp_path / "fresh"), "kb", "search", "x",
                     "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["results"] == []
    assert "agentdesk sync" in captured.err
