#!/usr/bin/env python3
"""How fast eventdb resolves news date phrases, against its peers in the same run.

The phrases are TimeBank's DATE expressions (``../shared/eval/timebank.jsonl``), each with
its document's publication date as the reference, plus one phrase in ten that no resolver
should accept (word salad, numbers that are not dates, non-Latin text; the same ones for
the same ``--seed``): garbage must fail fast too.

    .venv/bin/python bench/resolve.py                 # full: 1,016 rows + 112 garbage
    .venv/bin/python bench/resolve.py --quick         # CI smoke run, a few seconds
    .venv/bin/python bench/resolve.py --n-repeat 10 --no-chrono

Peers: dateparser (one DateDataParser per publication date, built before timing, languages
["en"]), parsedatetime (one Calendar) and, when node and ``bench/peers/chrono/node_modules``
exist, chrono-node. Each rate is the best of ``--n-repeat`` passes after a warm-up pass;
nothing is memoised between calls. Python runs on one core; so does each peer's loop.

Then Portuguese and Spanish (``bench/peers/languages.py``: news phrases of every family
the packs cover, with the same garbage mixed in): eventdb with ``language=`` against
chrono-node's own ``chrono.pt`` / ``chrono.es`` parsers, in the same run.

Targets (issue 2): eventdb >= 50,000 phrases/s and >= 20x dateparser; (issue 11) at least
as fast as chrono-node on the full mix.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import chrono_node, python_peers
from peers.data import DEFAULT_DATA, Phrase, load_rows, phrases
from peers.languages import PHRASES, language_phrases

TARGET_RATE = 50_000
TARGET_RATIO = 20.0
QUICK_ROWS = 300


def best_seconds(loops: list[python_peers.Loop], repeat: int) -> list[float]:
    """The best wall time of each loop over ``repeat`` rounds, after one warm-up pass each.

    Each round runs one pass of every loop, so that a burst of load from other processes
    on a shared machine hits every peer alike instead of one peer's whole measurement.
    The garbage collector stays on, as in real use (pausing it, as ``timeit`` does, made
    no measurable difference here)."""
    for loop in loops:
        loop()
    best = [float("inf")] * len(loops)
    for _ in range(repeat):
        for i, loop in enumerate(loops):
            t0 = time.perf_counter()
            loop()
            best[i] = min(best[i], time.perf_counter() - t0)
    return best


def load() -> str:
    """The machine's load, to read the rates by: a shared machine's rates drop under load."""
    if not hasattr(os, "getloadavg"):
        return ""
    return f", {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the run"


def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def measure(
    peers: dict[str, Callable[[list[Phrase]], python_peers.Loop]],
    items: list[Phrase],
    junk: list[Phrase],
    repeat: int,
) -> list[dict]:
    """One table row per peer: its rate on the mixed list and on the garbage alone."""
    loops = [make(items) for make in peers.values()]
    junk_loops = [make(junk) for make in peers.values()]
    counts = [loop() for loop in loops]
    junk_counts = [loop() for loop in junk_loops]
    seconds = best_seconds(loops + junk_loops, repeat)
    rows = []
    for i, name in enumerate(peers):
        (ok, _fail, crash), junk_ok = counts[i], junk_counts[i][0]
        junk_s = seconds[len(loops) + i]
        rows.append(
            {
                "name": name,
                "version": version(name),
                "rate": len(items) / seconds[i],
                "junk_rate": len(junk) / junk_s if junk else float("nan"),
                "answered": ok - junk_ok,
                "junk_ok": junk_ok,
                "crashes": crash,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TimeBank-style JSONL")
    ap.add_argument("--n-repeat", type=int, default=5, help="timed passes per peer (best kept)")
    ap.add_argument(
        "--quick", action="store_true", help=f"smoke run: first {QUICK_ROWS} rows, one timed pass"
    )
    ap.add_argument("--seed", type=int, default=2023, help="seed of the garbage phrases")
    ap.add_argument("--no-chrono", action="store_true", help="skip chrono-node")
    ap.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when eventdb misses a target (for a perf job, not for tests)",
    )
    args = ap.parse_args(argv)

    rows = load_rows(args.data)
    repeat = args.n_repeat
    if args.quick:
        rows, repeat = rows[:QUICK_ROWS], 1
    items = phrases(rows, seed=args.seed)
    junk = [p for p in items if p.garbage]
    real = len(items) - len(junk)

    from eventdb import resolve

    notes = []
    if hasattr(resolve, "cache_info") or hasattr(resolve, "__wrapped__"):
        notes.append("eventdb.resolve looks wrapped (a cache?): results must not be memoised")

    peers = {"eventdb": python_peers.eventdb_loop}
    for name, make in (
        ("dateparser", python_peers.dateparser_loop),
        ("parsedatetime", python_peers.parsedatetime_loop),
    ):
        try:
            importlib.import_module(name)
        except ImportError:
            notes.append(f"{name} skipped: not installed (pip install -e '.[bench]')")
        else:
            peers[name] = make
    table = measure(peers, items, junk, repeat)
    why = "--no-chrono" if args.no_chrono else chrono_node.unavailable()
    if why:
        notes.append(f"chrono-node skipped: {why}")
    else:
        full = chrono_node.run(items, repeat)
        garbage_only = chrono_node.run(junk, repeat) if junk else {"per_s": float("nan")}
        junk_ok = sum(
            a is not None for a, p in zip(full["answers"], items, strict=True) if p.garbage
        )
        table.append(
            {
                "name": "chrono-node (Node " + full["node"] + ")",
                "version": full["chrono"],
                "rate": full["per_s"],
                "junk_rate": garbage_only["per_s"],
                "answered": full["answered"] - junk_ok,
                "junk_ok": junk_ok,
                "crashes": 0,
            }
        )

    ours = table[0]["rate"]
    print(
        f"eventdb resolve benchmark: {len(items)} phrases ({real} TimeBank DATE rows from "
        f"{args.data.name}, {len(junk)} garbage, seed {args.seed}), best of {repeat} "
        f"pass(es); Python {platform.python_version()} on {platform.machine()}{load()}"
    )
    print()
    header = (
        "| peer | version | phrases/s | µs/phrase | garbage/s | answered | "
        "garbage accepted | crashes | eventdb × |"
    )
    print(header)
    print("|" + "---|" * header.count(" | ") + "---|")
    for r in table:
        print(
            f"| {r['name']} | {r['version']} | {r['rate']:,.0f} | {1e6 / r['rate']:.1f} | "
            f"{r['junk_rate']:,.0f} | {r['answered']}/{real} | {r['junk_ok']}/{len(junk)} | "
            f"{r['crashes']} | {ours / r['rate']:.1f} |"
        )
    print()
    peer = next((r for r in table if r["name"] == "dateparser"), None)
    ratio = ours / peer["rate"] if peer else None
    met_rate, met_ratio = ours >= TARGET_RATE, ratio is not None and ratio >= TARGET_RATIO
    print(
        f"targets: eventdb >= {TARGET_RATE:,} phrases/s: {'met' if met_rate else 'NOT met'} "
        f"({ours:,.0f}); >= {TARGET_RATIO:.0f}x dateparser: "
        + (f"{'met' if met_ratio else 'NOT met'} ({ratio:.1f}x)" if ratio else "not measured")
    )
    if table[0]["crashes"]:
        notes.append(f"eventdb crashed on {table[0]['crashes']} phrase(s): a defect")
    chrono_row = next((r for r in table if r["name"].startswith("chrono-node")), None)
    if chrono_row is not None:
        print(
            f"target: eventdb at least as fast as chrono-node on the full mix: "
            f"{'met' if ours >= chrono_row['rate'] else 'NOT met'} "
            f"({ours / chrono_row['rate']:.2f}x)"
        )
    print()
    print(languages_table(junk, repeat, use_chrono=not why))
    for n in notes:
        print("note:", n)
    return 1 if args.check and not (met_rate and met_ratio) else 0


def languages_table(junk: list[Phrase], repeat: int, *, use_chrono: bool) -> str:
    """Portuguese and Spanish: eventdb with the language's pack, chrono-node with its
    parser for that language, on the same phrases (garbage mixed in), in the same run."""
    lines = [
        "| language | phrases | eventdb phrases/s | answered | chrono-node phrases/s | "
        "answered | eventdb × |",
        "|---|---|---|---|---|---|---|",
    ]
    for code in PHRASES:
        items = language_phrases(code, junk)
        real = sum(not p.garbage for p in items)
        loop = python_peers.eventdb_loop(items, language=code)
        (ok, _fail, _crash), seconds = loop(), best_seconds([loop], repeat)[0]
        ours = len(items) / seconds
        theirs, answered = "–", "–"
        ratio = ""
        if use_chrono:
            out = chrono_node.run(items, repeat, locale=code)
            theirs, answered = f"{out['per_s']:,.0f}", f"{out['answered']}/{len(items)}"
            ratio = f"{ours / out['per_s']:.1f}"
        lines.append(
            f"| {code} | {len(items)} ({real} + {len(items) - real} garbage) | {ours:,.0f} | "
            f"{ok}/{len(items)} | {theirs} | {answered} | {ratio} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
