"""Where the read-only resources (translations, styles, icons) are, from source and frozen.

From a source checkout they sit in ``resources/`` at the repository root; in the
PyInstaller bundle ``build.spec`` puts the same folder at the top of ``sys._MEIPASS``.
``AGENTDESK_RESOURCES`` points elsewhere (tests, packagers).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "AGENTDESK_RESOURCES"


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def read_style_sheet(name: str = "agentdesk.qss") -> str:
    """The application style sheet, or an empty one when it is missing."""
    path = resource_path("styles", name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
