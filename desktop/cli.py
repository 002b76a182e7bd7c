"""``agentdesk``: the desktop client and its headless commands.

``agentdesk`` opens the window; ``agentdesk sync`` runs one sync without a window;
``agentdesk --self-test`` checks an installation. ``--data-dir`` points any command at
another local database folder, so several clients can run side by side.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from importlib import metadata
from typing import Any

from desktop.commands import sign_in_for_command
from desktop.config import SETTINGS, ConfigError, Settings


def version() -> str:
    try:
        return metadata.version("agentdesk")
    except metadata.PackageNotFoundError:
        return "0.0.0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agentdesk", description="AgentDesk — the support agent's desktop.")
    parser.add_argument("--version", action="version", version=f"AgentDesk {version()}")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation offscreen and exit (status tells)")
    parser.add_argument("--data-dir", help="folder of the local database")
    parser.add_argument("--server-url", help="base URL of the AgentDesk server")
    parser.add_argument("--language", choices=["system", "de", "en"])
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = parser.add_subparsers(dest="command")
    sync = sub.add_parser("sync", help="sign in and run one sync without a window")
    sync.add_argument("--user", help="user name (default: $AGENTDESK_USER or the setting)")
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    sub.add_parser("settings", help="print the effective settings and where each comes from")
    for module in _command_modules():
        module.register(sub)
    return parser


def _command_modules() -> list[Any]:
    """Subcommands that live in their own modules under ``desktop/commands``.

    Each module has ``register(subparsers)``, which adds its parser and sets
    ``handler=fn(settings, args) -> int`` as the parser's default.
    """
    import importlib
    import pkgutil

    import desktop.commands as package

    return [importlib.import_module(f"{package.__name__}.{info.name}")
            for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name)]


def cli_overrides(args: argparse.Namespace) -> dict[str, Any]:
    keys = {s.key for s in SETTINGS}
    return {k: v for k, v in vars(args).items() if k in keys and v is not None}


def _cmd_sync(settings: Settings, args: argparse.Namespace) -> int:
    from desktop.sync.api import AuthFailed, ServerError, ServerUnreachable
    from desktop.sync.engine import SyncEngine
    from desktop.sync.localdb import (
        DatabaseKeyLostError,
        DatabaseTooNewError,
        LocalDatabase,
        encryption_wanted,
    )

    logging.basicConfig(level=settings["log_level"], stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    username = args.user or os.environ.get("AGENTDESK_USER") or settings["username"]
    if not username:
        print("agentdesk sync: no user name (use --user or AGENTDESK_USER)", file=sys.stderr)
        return 2
    db = LocalDatabase(settings.data_dir, encrypt=encryption_wanted(settings))
    try:
        try:
            db.open()
        except DatabaseKeyLostError as exc:  # unreadable for good: start a fresh replica
            print(f"agentdesk sync: {exc}", file=sys.stderr)
            db.discard()
            db.open()
    except DatabaseTooNewError as exc:
        print(f"agentdesk sync: {exc}", file=sys.stderr)
        return 3
    engine = SyncEngine(settings, db)
    try:
        failed = sign_in_for_command(engine, username, "agentdesk sync")
        if failed is not None:
            return failed
        result = engine.sync()
    except AuthFailed as exc:
        print(f"agentdesk sync: sign-in failed: {exc.message}", file=sys.stderr)
        return 4
    except ServerUnreachable as exc:
        print(f"agentdesk sync: server unreachable: {exc.message}", file=sys.stderr)
        return 5
    except ServerError as exc:
        print(f"agentdesk sync: the server refused: {exc.message}", file=sys.stderr)
        return 6
    finally:
        engine.close()
        db.close()
    if args.json:
        print(json.dumps({"rows": result.rows, "tombstones": result.tombstones,
                          "pages": result.pages, "version": result.version,
                          "seconds": round(result.seconds, 3), "entities": result.entities}))
    else:
        print(f"synced {result.rows} rows and {result.tombstones} deletions "
              f"in {result.pages} pages; now at version {result.version}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings(cli=cli_overrides(args))
    except ConfigError as exc:
        print(f"agentdesk: {exc}", file=sys.stderr)
        return 2
    for problem in settings.problems:
        print(f"agentdesk: ignored setting — {problem}", file=sys.stderr)
    if args.self_test:
        from desktop.ui.application import self_test

        return self_test(settings)
    if args.command == "sync":
        return _cmd_sync(settings, args)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(settings, args))
    if args.command == "settings":
        for s in SETTINGS:
            lock = " (locked)" if settings.is_locked(s.key) else ""
            print(f"{s.key} = {settings[s.key]!r}  [{settings.source(s.key)}{lock}]")
        return 0
    from desktop.ui.application import run_gui

    return run_gui(settings, os.environ.get("AGENTDESK_USER"),
                   os.environ.get("AGENTDESK_PASSWORD"))


if __name__ == "__main__":
    sys.exit(main())
