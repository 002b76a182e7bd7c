"""``agentdesk-server``: run the server and its admin commands."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import platformdirs

from server import auth
from server.api import VERSION, ServerConfig, create_app
from server.migrate import upgrade
from server.store import make_engine, session_factory

log = logging.getLogger("agentdesk.server")

DEFAULT_PORT = 8470


def default_database_url() -> str:
    env = os.environ.get("AGENTDESK_SERVER_DATABASE_URL")
    if env:
        return env
    folder = Path(platformdirs.user_data_dir("AgentDesk", "AgentDesk")) / "server"
    return f"sqlite:///{folder / 'agentdesk-server.sqlite3'}"


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database-url", default=None,
                   help="postgresql://user@host/db or sqlite:///path (default: SQLite file in "
                        "the per-user data folder, or $AGENTDESK_SERVER_DATABASE_URL)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agentdesk-server",
                                     description="AgentDesk central server")
    parser.add_argument("--version", action="version", version=f"agentdesk-server {VERSION}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="serve the HTTP API")
    _add_db(run)
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=DEFAULT_PORT)
    run.add_argument("--no-migrate", action="store_true",
                     help="do not migrate the database on start (production: run `migrate`)")
    run.add_argument("--seed-demo", action="store_true",
                     help="fill an empty database with the demo support centre")
    run.add_argument("--access-ttl", type=int, default=900, help="access token seconds")
    run.add_argument("--refresh-ttl", type=int, default=30 * 86400, help="refresh token seconds")
    run.add_argument("--log-level", default="info")
    run.add_argument("--workers", type=int, default=1,
                     help="server processes (PostgreSQL only; default 1)")
    run.add_argument("--telephony-secret", default=None,
                     help="shared secret of the telephony webhook (default: "
                          "$AGENTDESK_TELEPHONY_SECRET; none: the webhook answers 503)")

    mig = sub.add_parser("migrate", help="bring the database schema up to date")
    _add_db(mig)

    seed = sub.add_parser("seed", help="generate demo or reference data")
    _add_db(seed)
    seed.add_argument("--scale", choices=["demo", "reference"], default="demo")
    seed.add_argument("--random-seed", type=int, default=42)

    cu = sub.add_parser("create-user", help="create a user (asks for the password)")
    _add_db(cu)
    cu.add_argument("username")
    cu.add_argument("--display-name", required=True)
    cu.add_argument("--role", choices=["agent", "supervisor", "admin"], required=True)
    cu.add_argument("--level", type=int, choices=[1, 2, 3])
    cu.add_argument("--password-stdin", action="store_true",
                    help="read the password from standard input instead of prompting")
    user = sub.add_parser("user", help="revoke or restore a user (docs/admin.md)")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    for name, text in (("revoke", "revoke a user: every workstation of theirs wipes its "
                                  "local data at its next contact; no new sign-in"),
                       ("restore", "let a revoked user sign in again")):
        user_cmd = user_sub.add_parser(name, help=text)
        _add_db(user_cmd)
        user_cmd.add_argument("username")
    device = sub.add_parser("device", help="list or revoke signed-in workstations")
    device_sub = device.add_subparsers(dest="device_command", required=True)
    dev_list = device_sub.add_parser("list", help="the sign-ins (devices), one a line")
    _add_db(dev_list)
    dev_list.add_argument("--user", default=None, help="only this user's devices")
    dev_revoke = device_sub.add_parser(
        "revoke", help="revoke one device: it wipes its local data at its next contact")
    _add_db(dev_revoke)
    dev_revoke.add_argument("device_id")
    kb = sub.add_parser("kb", help="knowledge articles as Markdown files (docs/knowledge.md)")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    for name, text in (("import", "import or update articles from a folder of .md files"),
                       ("export", "write every article as a .md file into a folder")):
        kb_cmd = kb_sub.add_parser(name, help=text)
        _add_db(kb_cmd)
        kb_cmd.add_argument("folder", type=Path)
        kb_cmd.add_argument("--attachments-dir", type=Path, default=None,
                            help="the server's folder of article images (default: "
                                 "kb-attachments in the per-user data folder)")
    return parser


def _kb(args: argparse.Namespace, engine: Any) -> int:
    from server.knowledge_io import KnowledgeImportError, export_folder, import_folder

    upgrade(engine)
    attachments = args.attachments_dir or Path(
        platformdirs.user_data_dir("AgentDesk", "AgentDesk")) / "server" / "kb-attachments"
    try:
        if args.kb_command == "import":
            print(import_folder(engine, args.folder, attachments))
        else:
            print(export_folder(engine, args.folder, attachments))
    except KnowledgeImportError as exc:
        print(f"agentdesk-server kb {args.kb_command}: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


def _revocation(args: argparse.Namespace, engine: Any) -> int:
    upgrade(engine)
    try:
        with session_factory(engine).begin() as session:
            if args.command == "user" and args.user_command == "revoke":
                count = auth.revoke_user(session, args.username)
                print(f"revoked {args.username} ({count} signed-in device(s))")
            elif args.command == "user":
                auth.restore_user(session, args.username)
                print(f"restored {args.username}")
            elif args.device_command == "revoke":
                auth.revoke_device(session, args.device_id)
                print(f"revoked device {args.device_id}")
            else:
                for d in auth.list_devices(session, args.user):
                    print(f"{d.id}  {d.username:<16} {d.state:<8} since {d.created_at}  "
                          f"{d.client_name}")
    except auth.UnknownTarget as exc:
        print(f"agentdesk-server {args.command}: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    url = args.database_url or default_database_url()
    engine = make_engine(url)

    if args.command == "kb":
        return _kb(args, engine)

    if args.command in ("user", "device"):
        return _revocation(args, engine)

    if args.command == "migrate":
        upgrade(engine)
        print("database is up to date")
        return 0

    if args.command == "seed":
        from server.seed import DatabaseNotEmpty, seed_database

        upgrade(engine)
        try:
            summary = seed_database(engine, scale=args.scale, random_seed=args.random_seed)
        except DatabaseNotEmpty as exc:
            print(f"agentdesk-server seed: {exc}", file=sys.stderr)
            return 2
        print(summary)
        return 0

    if args.command == "create-user":
        upgrade(engine)
        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass()
        if len(password) < 8:
            print("the password needs at least 8 characters", file=sys.stderr)
            return 2
        with session_factory(engine).begin() as session:
            auth.create_user(session, username=args.username, password=password,
                             display_name=args.display_name, role=args.role, level=args.level)
        print(f"created {args.username}")
        return 0

    # run
    if not args.no_migrate:
        upgrade(engine)
    if args.seed_demo:
        from server.seed import is_empty, seed_database

        if is_empty(engine):
            print(seed_database(engine, scale="demo", random_seed=42))
    engine.dispose()
    import uvicorn

    policy = auth.TokenPolicy(access_ttl=timedelta(seconds=args.access_ttl),
                              refresh_ttl=timedelta(seconds=args.refresh_ttl))
    secret = args.telephony_secret or os.environ.get("AGENTDESK_TELEPHONY_SECRET", "")
    config = ServerConfig(database_url=url, token_policy=policy, telephony_secret=secret)
    # Open event streams would hold a graceful shutdown for ever: give them 2 s.
    options: dict[str, Any] = {"host": args.host, "port": args.port,
                               "log_level": args.log_level, "access_log": False,
                               "timeout_graceful_shutdown": 2}
    if args.workers > 1:
        if not url.startswith("postgresql"):
            print("agentdesk-server run: several --workers need PostgreSQL (the embedded "
                  "SQLite database is for one process)", file=sys.stderr)
            return 2
        from server.asgi import CONFIG_ENV, config_to_env

        os.environ[CONFIG_ENV] = config_to_env(config)
        uvicorn.run("server.asgi:app_from_env", factory=True, workers=args.workers,
                    **options)
        return 0
    uvicorn.run(create_app(config), **options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
