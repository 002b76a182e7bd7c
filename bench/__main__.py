"""Run the benchmarks and print a table of figures against the DESIGN.md targets."""

from __future__ import annotations

import argparse
import json
import sys

from bench import initial_sync, push, startup, workload


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", choices=["sync", "startup", "push"], action="append")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    only = set(args.only or ["sync", "startup", "push"])
    server_db = workload.reference_server_db()
    figures: dict[str, dict[str, float]] = {}
    lines: list[tuple[str, str, str]] = []
    seeded = workload.seed_seconds()
    if seeded is not None:
        lines.append(("reference workload generation (once)", f"{seeded:.0f} s", "minutes"))
    if "sync" in only:
        f = initial_sync.run(server_db)
        figures["initial_sync"] = f
        lines.append(("initial sync, reference workload",
                      f"{f['sync_s']:.1f} s, {f['rows'] / f['sync_s']:,.0f} rows/s",
                      "-"))
        lines.append(("raw bulk insert of the same rows (floor)",
                      f"{f['floor_s']:.1f} s, {f['floor_rows'] / f['floor_s']:,.0f} rows/s",
                      "-"))
        lines.append(("initial sync / raw insert", f"{f['ratio']:.2f}x", "<= 2x"))
    if "startup" in only:
        f = startup.run(server_db)
        figures["startup"] = f
        lines.append(("Qt alone: process start to a shown table (floor)",
                      f"{f['qt_floor_s'] * 1000:.0f} ms", "< 100 ms"))
        lines.append(("start to usable main window with queue rows",
                      f"{f['startup_s'] * 1000:.0f} ms", "<= 1000 ms"))
        lines.append(("  ratio to the Qt floor", f"{f['startup_s'] / f['qt_floor_s']:.1f}x", "-"))
        lines.append(("client RSS after start (reference replica)",
                      f"{f['rss_mb']:.0f} MB", "<= 300 MB"))
    if "push" in only:
        f = push.run()
        figures["push"] = f
        lines.append(("push 1,000 mutations in one sync",
                      f"{f['push_s']:.2f} s, {f['push_per_s']:,.0f} mutations/s", "-"))
        lines.append(("push by A to row in B's local database (median)",
                      f"{f['propagation_s'] * 1000:.0f} ms", "<= 1000 ms"))
    width = max(len(a) for a, _, _ in lines)
    print(f"\n{'what'.ljust(width)}  {'figure':<34} target")
    for a, b, c in lines:
        print(f"{a.ljust(width)}  {b:<34} {c}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(figures, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
