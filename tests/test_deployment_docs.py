"""docs/deployment.md stays true: every setting is documented, the table is current."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from desktop.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "deployment.md"


def test_every_setting_is_documented_with_env_name() -> None:
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("<!-- settings-table -->"):text.index("<!-- /settings-table -->")]
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", table, re.M)}
    missing = [s.key for s in SETTINGS if s.key not in rows]
    assert missing == [], (
        f"docs/deployment.md lacks {missing}: run "
        ".venv/bin/python packaging/settings_table.py --write")
    for setting in SETTINGS:
        assert f"`{setting.env_name}`" in rows[setting.key]


def test_the_table_is_what_the_generator_makes() -> None:
    generated = subprocess.run([sys.executable, str(ROOT / "packaging" / "settings_table.py")],
                               capture_output=True, text=True, check=True, cwd=ROOT).stdout
    text = DOC.read_text(encoding="utf-8")
    start = text.index("<!-- settings-table -->") + len("<!-- settings-table -->")
    end = text.index("<!-- /settings-table -->")
    assert text[start:end].strip() == generated.strip(), (
        "the settings table is stale: run .venv/bin/python packaging/settings_table.py --write")


def test_windows_recipe_has_the_silent_switches() -> None:
    iss = (ROOT / "packaging" / "windows" / "agentdesk.iss").read_text(encoding="utf-8")
    doc = DOC.read_text(encoding="utf-8")
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/PRESET="):
        assert switch in iss and switch in doc, switch
    assert r"{commonappdata}\AgentDesk\AgentDesk" in iss  # where desktop/config.py reads
