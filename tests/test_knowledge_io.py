"""``agentdesk-server kb import/export``: Markdown files with YAML front matter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from server.knowledge_io import KnowledgeImportError, export_folder, import_folder
from server.migrate import upgrade
from server.store import make_engine
from tests.support.server_helpers import write_rows

PNG = b"\x89PNG\r\n\x1a\n-not-really-an-image"

WLAN = """---
id: faq-wlan
title: WLAN verbindet nicht
category: Netzwerk
tags: [wlan, router]
language: de
status: published
product: Laptop
related: [faq-drucker]
---

# WLAN verbindet nicht

1. Router neu starten
2. WLAN-Schalter prüfen

![Router](bilder/router.png)

```
ipconfig /renew
```
"""

DRUCKER = """---
id: faq-drucker
title: Drucker druckt nicht
tags: drucker
status: draft
---
Papier nachlegen.
"""


@pytest.fixture
def engine(db_url: str) -> Any:
    engine = make_engine(db_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def faq(tmp_path: Path) -> Path:
    folder = tmp_path / "faq"
    (folder / "bilder").mkdir(parents=True)
    (folder / "wlan.md").write_text(WLAN, encoding="utf-8")
    (folder / "drucker.md").write_text(DRUCKER, encoding="utf-8")
    (folder / "bilder" / "router.png").write_bytes(PNG)
    return folder


def rows(engine: Any, sql: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).all()]


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_import_export_round_trip(engine: Any, faq: Path, tmp_path: Path) -> None:
    store = tmp_path / "server-attachments"
    first = import_folder(engine, faq, store)
    assert (first.created, first.updated, first.unchanged, first.published) == (2, 0, 0, 1)
    (wlan_id, body, tags, related, status, rev, pub_rev) = rows(
        engine, "SELECT id, body, tags, related, status, revision, published_revision "
                "FROM kb_articles WHERE external_key='faq-wlan'")[0]
    (drucker_id,) = rows(engine, "SELECT id FROM kb_articles WHERE external_key='faq-drucker'")[0]
    assert "![Router](attachments/bilder-router.png)" in body
    assert "```\nipconfig /renew\n```" in body
    assert (tags, related, status, rev, pub_rev) == (
        '["wlan", "router"]', f'["{drucker_id}"]', "published", 1, 1)
    assert rows(engine, f"SELECT revision, change_note FROM kb_article_versions "
                        f"WHERE article_id='{wlan_id}'") == [(1, "import")]
    assert (store / "bilder-router.png").read_bytes() == PNG

    out = tmp_path / "out"
    export_folder(engine, out, store)
    exported = files(out)
    assert sorted(exported) == ["attachments/bilder-router.png",
                                "drucker-druckt-nicht--faq-drucker.md",
                                "wlan-verbindet-nicht--faq-wlan.md"]
    text = exported["wlan-verbindet-nicht--faq-wlan.md"].decode()
    assert text.startswith("---\nid: faq-wlan\ntitle: WLAN verbindet nicht\n")
    assert "related: [faq-drucker]\n" in text and "![Router](attachments/bilder-router.png)" in text

    (top,) = rows(engine, "SELECT max(version) FROM kb_articles")[0]
    again = import_folder(engine, out, store)
    assert (again.created, again.updated, again.unchanged, again.published) == (0, 0, 2, 0)
    assert rows(engine, "SELECT max(version), count(*) FROM kb_articles") == [(top, 2)]
    export_folder(engine, out, store)
    assert files(out) == exported  # byte for byte: a clean Git diff


def test_changed_file_updates_only_that_article(engine: Any, faq: Path,
                                                tmp_path: Path) -> None:
    store = tmp_path / "store"
    import_folder(engine, faq, store)
    versions = dict(rows(engine, "SELECT external_key, version FROM kb_articles"))
    (faq / "wlan.md").write_text(WLAN.replace("2. WLAN-Schalter", "2. Flugmodus aus\n3. WLAN-"
                                                                 "Schalter"), encoding="utf-8")
    summary = import_folder(engine, faq, store)
    assert (summary.created, summary.updated, summary.unchanged, summary.published) == (
        0, 1, 1, 1)
    after = dict(rows(engine, "SELECT external_key, version FROM kb_articles"))
    assert after["faq-drucker"] == versions["faq-drucker"]
    assert after["faq-wlan"] > versions["faq-wlan"]
    assert rows(engine, "SELECT revision, published_revision FROM kb_articles "
                        "WHERE external_key='faq-wlan'") == [(2, 2)]
    assert rows(engine, "SELECT count(*) FROM kb_article_versions") == [(2,)]
    # the renamed title moves the exported file; the old one does not linger
    out = tmp_path / "out"
    export_folder(engine, out, store)
    (faq / "drucker.md").write_text(DRUCKER.replace("Drucker druckt nicht", "Kein Druck"),
                                    encoding="utf-8")
    import_folder(engine, faq, store)
    result = export_folder(engine, out, store)
    assert result.removed == 1
    assert sorted(p.name for p in out.glob("*.md")) == [
        "kein-druck--faq-drucker.md", "wlan-verbindet-nicht--faq-wlan.md"]


def test_article_made_in_the_app_keeps_its_id(engine: Any, db_url: str,
                                              tmp_path: Path) -> None:
    write_rows(db_url, "kb_articles", [{"id": "0b0e4c52-1111-4222-8333-444455556666",
                                        "title": "Passwort zurücksetzen",
                                        "body": "Im Portal.\n", "status": "published",
                                        "tags": "[]"}])
    out, store = tmp_path / "out", tmp_path / "store"
    export_folder(engine, out, store)
    (name,) = [p.name for p in out.glob("*.md")]
    assert name == "passwort-zuruecksetzen--0b0e4c52-1111-4222-8333-444455556666.md"
    summary = import_folder(engine, out, store)
    assert (summary.created, summary.unchanged) == (0, 1)
    assert rows(engine, "SELECT count(*) FROM kb_articles") == [(1,)]


@pytest.mark.parametrize(("text", "expected"), [
    ("no front matter\n", "does not start with '---'"),
    ("---\nid: a\ntitle: [unclosed\n---\nbody\n", "not valid YAML"),
    ("---\ntitle: Ohne id\n---\nbody\n", "missing front matter keys: id"),
    ("---\nid: a\ntitle: T\nstatus: live\n---\n", "unknown status 'live'"),
    ("---\nid: a\ntitle: T\nauthor: me\n---\n", "unknown front matter keys: author"),
    ("---\nid: a\ntitle: T\n", "no closing '---'"),
])
def test_malformed_front_matter_names_the_file(engine: Any, tmp_path: Path, text: str,
                                               expected: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.md").write_text(DRUCKER, encoding="utf-8")
    (folder / "kaputt.md").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeImportError) as caught:
        import_folder(engine, folder, tmp_path / "store")
    assert str(caught.value).startswith("kaputt.md: ")
    assert expected in str(caught.value)
    assert rows(engine, "SELECT count(*) FROM kb_articles") == [(0,)]  # nothing half-done


def test_duplicate_ids_and_missing_images_are_refused(engine: Any, tmp_path: Path) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "a.md").write_text(DRUCKER, encoding="utf-8")
    (folder / "b.md").write_text(DRUCKER.replace("Papier", "![x](fehlt.png)"),
                                 encoding="utf-8")
    with pytest.raises(KnowledgeImportError) as caught:
        import_folder(engine, folder, tmp_path / "store")
    message = str(caught.value)
    assert "b.md: image 'fehlt.png' is not a file in the folder" in message
    assert "b.md: id 'faq-drucker' is also used by a.md" in message


def test_command_line_import_and_export(faq: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    store = tmp_path / "store"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "server.cli", "kb", *args,
                               "--database-url", url, "--attachments-dir", str(store)],
                              capture_output=True, text=True, timeout=120, check=False)

    done = run("import", str(faq))
    assert done.returncode == 0, done.stderr
    assert "2 created, 0 updated, 0 unchanged" in done.stdout
    assert run("export", str(tmp_path / "out")).returncode == 0
    assert (tmp_path / "out" / "wlan-verbindet-nicht--faq-wlan.md").is_file()
    (faq / "drucker.md").write_text("kaputt", encoding="utf-8")
    failed = run("import", str(faq))
    assert failed.returncode == 2
    assert "drucker.md: the file does not start with '---'" in failed.stderr
