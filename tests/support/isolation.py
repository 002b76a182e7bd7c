"""Keep every test away from the developer's real settings, data, keyring and threads."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

ENV_PREFIX = "AGENTDESK_"
# Variables that would let code under test (or a subprocess it starts) reach the
# developer's session: their real keyring over D-Bus, their keyring configuration.
SESSION_VARIABLES = ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")


def isolate_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path]:
    """Point config, data, cache, state and runtime folders into ``tmp_path``.

    Removes every inherited ``AGENTDESK_*`` variable, then sets the two config file
    overrides of ``desktop.config`` (the files are not created). Returns the folders.
    """
    for name in list(os.environ):
        if name.startswith(ENV_PREFIX) or name in SESSION_VARIABLES:
            monkeypatch.delenv(name)
    home = tmp_path / "env"
    folders = {
        "XDG_CONFIG_HOME": home / "config",
        "XDG_DATA_HOME": home / "data",
        "XDG_CACHE_HOME": home / "cache",
        "XDG_STATE_HOME": home / "state",
        "XDG_RUNTIME_DIR": home / "runtime",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    # Qt warns about a runtime folder that others can read (and warnings fail tests).
    folders["XDG_RUNTIME_DIR"].chmod(0o700)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "etc-xdg"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    machine = home / "machine" / "agentdesk.toml"
    user = folders["XDG_CONFIG_HOME"] / "AgentDesk" / "settings.json"
    monkeypatch.setenv("AGENTDESK_MACHINE_CONFIG", str(machine))
    monkeypatch.setenv("AGENTDESK_USER_CONFIG", str(user))
    return {**folders, "machine_config": machine, "user_config": user}


def leftover_threads(before: Iterable[threading.Thread],
                     timeout: float = 2.0) -> list[threading.Thread]:
    """Non-daemon threads started since ``before`` that do not finish within ``timeout``."""
    known = set(before)
    deadline = time.monotonic() + timeout
    leftovers = []
    for thread in threading.enumerate():
        if thread in known or thread.daemon or thread is threading.current_thread():
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            leftovers.append(thread)
    return leftovers
