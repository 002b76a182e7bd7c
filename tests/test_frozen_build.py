"""The PyInstaller bundle builds from build.spec and passes its own self-test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD_TIMEOUT = 600
SELF_TEST_TIMEOUT = 120


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT + SELF_TEST_TIMEOUT + 60)
def test_frozen_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    assert (ROOT / "desktop" / "cli.py").is_file(), (
        "desktop/cli.py (the client entry point with main() and --self-test) is missing"
    )
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), "build.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False,
    )
    assert build.returncode == 0, f"pyinstaller failed:\n{build.stdout}\n{build.stderr}"

    bundle = dist / "agentdesk"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(bundle / "agentdesk"), "--self-test"], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=SELF_TEST_TIMEOUT, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"--self-test exited with {result.returncode}:\n{output}"
    assert re.search(r"(?im)^\W*keyring\b.*\w+", output), output

    # What build.spec puts in (and leaves out of) the bundle.
    internal = bundle / "_internal"
    assert (internal / "desktop" / "models" / "migrations" / "env.py").is_file()
    assert list((internal / "desktop" / "models" / "migrations" / "versions").glob("*.py"))
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert (internal / "resources" / "translations" / qm.name).is_file()
    qt_catalogues = {p.stem.rsplit("_", 1)[-1]
                     for p in internal.glob("PySide6/Qt/translations/*.qm")}
    assert qt_catalogues <= {"de", "en"}
    assert "de" in qt_catalogues
    unwanted = [p.name for p in internal.rglob("libQt6*")
                if re.match(r"libQt6(Qml|Quick|WebEngine|Pdf|Multimedia|Sql|Test)", p.name)]
    assert unwanted == []
