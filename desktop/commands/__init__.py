"""Command-line subcommands of ``agentdesk`` that work on the local database.

One module per subcommand group; ``desktop.cli`` finds them and calls their
``register(subparsers)``. They must print plain text or JSON and never need a window.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.sync.engine import SyncEngine

EXIT_NO_SIGN_IN = 2


def sign_in_for_command(engine: SyncEngine, username: str, name: str) -> int | None:
    """Sign ``engine`` in for a headless command: the stored sign-in of ``username``, else
    ``AGENTDESK_PASSWORD``, else a password prompt when there is a terminal.

    Returns an exit code (and says why on stderr) when there is no way to sign in;
    ``AuthFailed`` and network errors propagate to the command's own handling.
    """
    from desktop.sync.api import AuthFailed

    password = os.environ.get("AGENTDESK_PASSWORD")
    if password is None:
        try:
            if engine.resume(username) is not None:
                return None
        except AuthFailed:
            pass
        if not sys.stdin.isatty():
            print(f"{name}: no stored sign-in for {username}; set AGENTDESK_PASSWORD",
                  file=sys.stderr)
            return EXIT_NO_SIGN_IN
        password = getpass.getpass(f"Password for {username}: ")
    engine.sign_in(username, password, remember=False)
    return None
