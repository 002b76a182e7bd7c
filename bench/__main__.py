"""Run the benchmarks and print a table of figures against the DESIGN.md targets."""

from __future__ import annotations

import argparse
import json
import sys

from bench import (
    caller_lookup,
    encryption,
    initial_sync,
    kb_search,
    load_run,
    push,
    startup,
    supervisor,
    views,
    workload,
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", choices=["sync", "startup", "push", "load", "kb", "views",
                                           "lookup", "supervisor", "encryption"],
                        action="append")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--load-agents", type=int, default=load_run.DEFAULT_AGENTS,
                        help="simulated agents of the load run (default: %(default)s)")
    parser.add_argument("--load-server-workers", type=int, default=2,
                        help="server processes of the load run (default: %(default)s)")
    parser.add_argument("--load-seconds", type=float, default=load_run.DEFAULT_SECONDS,
                        help="timed phase of the load run in seconds (default: %(default)s)")
    args = parser.parse_args()
    only = set(args.only or ["sync", "startup", "push", "load", "kb", "views", "lookup",
                             "supervisor", "encryption"])
    # the reference workload only where it is used (generating it takes minutes)
    server_db = (workload.reference_server_db() if only & {"sync", "startup", "views"}
                 else None)
    figures: dict[str, dict[str, float]] = {}
    lines: list[tuple[str, str, str]] = []
    seeded = workload.seed_seconds()
    if seeded is not None:
        lines.append(("reference workload generation (once)", f"{seeded:.0f} s", "minutes"))
    if "sync" in only:
        assert server_db is not None
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
        assert server_db is not None
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
    if "kb" in only:
        f = kb_search.run()
        figures["kb_search"] = f
        lines.append((f"knowledge search as typed, {f['indexed']:,.0f} articles: p50 / p95",
                      f"{f['p50_ms']:.1f} / {f['p95_ms']:.1f} ms", "p95 <= 25 ms"))
        lines.append(("  the same, CPU time only: p50 / p95",
                      f"{f['cpu_p50_ms']:.1f} / {f['cpu_p95_ms']:.1f} ms", "-"))
        lines.append(("  bare FTS5 query, same prefixes (floor): p50 / p95",
                      f"{f['floor_p50_ms']:.1f} / {f['floor_p95_ms']:.1f} ms", "-"))
        lines.append(("  bare FTS5, CPU time only: p50 / p95",
                      f"{f['floor_cpu_p50_ms']:.1f} / {f['floor_cpu_p95_ms']:.1f} ms", "-"))
        lines.append(("  keystrokes with results: search / bare FTS5",
                      f"{f['answered']:.0%} / {f['floor_answered']:.0%}", "-"))
        lines.append((f"knowledge index build, {f['articles']:,.0f} articles",
                      f"{f['build_s']:.1f} s, CPU {f['build_cpu_s']:.1f} s "
                      f"(bare FTS5 {f['floor_build_s']:.1f} s)", "-"))
        lines.append((f"knowledge relevance, {f['relevance_queries']:.0f} queries",
                      f"MRR {f['mrr']:.3f}, recall@5 {f['recall@5']:.3f}", "-"))
    if "load" in only:
        f = load_run.run(args.load_agents, args.load_seconds, args.load_server_workers)
        figures["load"] = f
        lines.append((f"load run: {f['agents']:.0f} agents on PostgreSQL, "
                      f"{args.load_server_workers} server processes, {f['seconds']:.0f} s",
                      f"{f['requests']:,.0f} requests in {f['elapsed_s']:.0f} s, "
                      f"{f['requests_per_s']:,.1f}/s", "-"))
        lines.append(("  sign-in of all agents (before, not timed)",
                      f"{f['sign_in_s']:.1f} s", "-"))
        for kind, label in (("pull", "pull page"), ("push", "push"),
                            ("events", "event stream connect")):
            lines.append((f"  {label}: p50 / p99 ({f[kind + '_requests']:,.0f} requests)",
                          f"{f[kind + '_p50_ms']:.0f} / {f[kind + '_p99_ms']:.0f} ms", "-"))
        lines.append(("  errors", f"{f['errors']:.0f}", "0"))
        lines += [(f"    {k.removeprefix('error: ')}", f"{v:.0f}", "-")
                  for k, v in f.items() if k.startswith("error: ")]
        lines.append(("  event hints received (min per agent)",
                      f"{f['hints']:,.0f} ({f['hints_min_per_agent']:,.0f})", "-"))
        lines.append(("  peak open event streams", f"{f['peak_streams']:.0f}",
                      f"{f['agents']:.0f}"))
        lines.append(("  CPU: server / PostgreSQL / load generator",
                      f"{f['server_cpu_pct']:.0f} / {f['postgres_cpu_pct']:.0f} / "
                      f"{f['loadgen_cpu_pct']:.0f} %", "-"))
    if "views" in only:
        assert server_db is not None
        f = views.run(startup.reference_client_dir(server_db))
        figures["views"] = f
        lines += views.lines(f)
    if "lookup" in only:
        f = caller_lookup.run()
        figures["caller_lookup"] = f
        lines += caller_lookup.lines(f)
    if "supervisor" in only:
        f = supervisor.run()
        figures["supervisor"] = f
        lines += supervisor.lines(f)
    if "encryption" in only:  # the same replica plain and encrypted (SQLCipher)
        f = encryption.run()
        figures["encryption"] = f
        lines += encryption.lines(f)
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
