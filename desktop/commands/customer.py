"""``agentdesk customer lookup TEXT [--json] [--limit N]``: caller lookup on the local database.

TEXT is a phone number in any common format, an e-mail address, a customer number or
a name (see ``desktop.app.customers``). Works offline, on what the last sync brought.
Exit status: 0 with matches, 1 without, 3 when the local database cannot be used.

``agentdesk customer export ID FILE [--user NAME]``: the server's data-protection export
of one customer (docs/customers.md) written to FILE as JSON. Signs in like ``agentdesk
sync`` (a stored sign-in, else ``$AGENTDESK_PASSWORD`` or a password prompt); needs the
supervisor or admin role. Exit status: 0 written, 2 no user/password, 3 local database
unusable, 4 sign-in failed, 5 server unreachable, 6 refused (role, unknown customer),
7 the file could not be written.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.commands import sign_in_for_command
from desktop.config import Settings

EXIT_MATCHES, EXIT_NO_MATCH, EXIT_NO_DATABASE = 0, 1, 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("customer", help="customer records on the local database")
    sub = parser.add_subparsers(dest="customer_command", required=True)
    lookup = sub.add_parser(
        "lookup", help="find customers by phone number, e-mail, customer number or name",
        description="Find customers on the local database: TEXT is a phone number in any "
                    "format (0171 1234567, +49 171 1234567, 0049-171-1234567), an e-mail "
                    "address, a customer number or a name ('Hans Müller', 'Müller, Hans').")
    lookup.add_argument("text", metavar="TEXT", nargs="+",
                        help="what to look for (several words are joined)")
    lookup.add_argument("--json", action="store_true", help="print the result as JSON")
    lookup.add_argument("--limit", type=int, default=20,
                        help="at most this many customers (default: %(default)s)")
    lookup.add_argument("--region", default="DE",
                        help="region of numbers without a country code (default: %(default)s)")
    lookup.set_defaults(handler=run_lookup)
    export = sub.add_parser(
        "export", help="save everything the server stores about a customer as JSON (GDPR)",
        description="Data-protection export: the customer, organisation, phones, e-mails, "
                    "tickets with entries, calls and audit trail, as one JSON file. Needs "
                    "the supervisor or admin role.")
    export.add_argument("customer_id", metavar="ID", help="the customer's id")
    export.add_argument("file", metavar="FILE", help="where to write the JSON")
    export.add_argument("--user", help="user name (default: $AGENTDESK_USER or the setting)")
    export.set_defaults(handler=run_export)


def _print_text(result: Any) -> None:
    from desktop.domain.phones import format_international

    query = result.query
    if query.error:
        print(f"{query.text!r} is not a valid {query.kind.value.replace('_', ' ')} "
              f"({query.error})", file=sys.stderr)
    if not result.matches:
        print(f"no customer found for {query.text!r}", file=sys.stderr)
        return
    for m in result.matches:
        org = f" ({m.organisation})" if m.organisation else ""
        numbers = ", ".join(format_international(p.e164) for p in m.phones)
        print(f"{m.customer_number or '-':<12} {m.display_name}{org}  "
              f"[{m.matched_field.value}]  {numbers}")


def run_lookup(settings: Settings, args: argparse.Namespace) -> int:
    from desktop.app.customers import search
    from desktop.sync.localdb import DatabaseTooNewError, LocalDatabase

    text = " ".join(args.text)
    db = LocalDatabase(settings.data_dir)
    if not db.exists:
        print(f"agentdesk customer lookup: no local database in {settings.data_dir}; "
              "run `agentdesk sync` first", file=sys.stderr)
        return EXIT_NO_DATABASE
    try:
        db.open()
    except DatabaseTooNewError as exc:
        print(f"agentdesk customer lookup: {exc}", file=sys.stderr)
        return EXIT_NO_DATABASE
    try:
        result = search(db, text, limit=args.limit, region=args.region)
    finally:
        db.close()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        _print_text(result)
    return EXIT_MATCHES if result.matches else EXIT_NO_MATCH


def run_export(settings: Settings, args: argparse.Namespace) -> int:
    import os

    from desktop.app.customer_records import export_to_file
    from desktop.sync.api import AuthFailed, ServerError, ServerUnreachable
    from desktop.sync.engine import SyncEngine
    from desktop.sync.localdb import DatabaseTooNewError, LocalDatabase

    name = "agentdesk customer export"
    username = args.user or os.environ.get("AGENTDESK_USER") or settings["username"]
    if not username:
        print(f"{name}: no user name (use --user or AGENTDESK_USER)", file=sys.stderr)
        return 2
    try:
        db = LocalDatabase(settings.data_dir).open()
    except DatabaseTooNewError as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return EXIT_NO_DATABASE
    engine = SyncEngine(settings, db)
    try:
        failed = sign_in_for_command(engine, username, name)
        if failed is not None:
            return failed
        written = export_to_file(engine.client, args.customer_id, args.file)
    except AuthFailed as exc:
        print(f"{name}: sign-in failed: {exc.message}", file=sys.stderr)
        return 4
    except ServerUnreachable as exc:
        print(f"{name}: server unreachable: {exc.message}", file=sys.stderr)
        return 5
    except ServerError as exc:
        print(f"{name}: the server refused: {exc.message}", file=sys.stderr)
        return 6
    except OSError as exc:
        print(f"{name}: cannot write {args.file}: {exc}", file=sys.stderr)
        return 7
    finally:
        engine.close()
        db.close()
    print(f"customer {args.customer_id} exported to {written}")
    return 0
