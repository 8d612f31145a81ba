#!/usr/bin/env python3
"""How fast eventdb extracts dated phrases from whole articles, against a peer in the same run.

The articles are the TimeBank bodies the extraction score uses (``../shared/eval/
timebank-tml/`` by default, any folder of TimeML files with ``--dir``), each with its
publication date (read by ``bench/peers/tml.py``).

    .venv/bin/python bench/extract.py              # all 183 articles, best of 5 passes
    .venv/bin/python bench/extract.py --quick      # CI smoke run: 40 articles, 2 passes
    .venv/bin/python bench/extract.py --no-peer    # eventdb only

Rows: the candidate finder alone (``eventdb.extract.patterns.find``), the full
``eventdb.extract`` (finding, resolving, story context), and dateparser's
``search_dates`` — the nearest peer that finds and resolves dates in running text — on
the same articles (its rate from the first ``--peer-docs`` of them: it is slow).
Each rate is the best of ``--n-repeat`` passes after a warm-up pass, one core, nothing
memoised between articles.

Target (issue 7): >= 200 articles/s for the full extract.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import tml

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
TARGET = 200.0

Doc = tuple[date, str]


def load(directory: Path) -> list[Doc]:
    """(publication date, body text) of every .tml article, in name order."""
    return [
        tml.read(str(directory / name))
        for name in sorted(os.listdir(directory))
        if name.endswith(".tml") and not name.startswith(".")
    ]


def best_seconds(run: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``run`` over ``repeat`` passes, after one warm-up pass."""
    run()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dir", type=Path, default=EVAL / "timebank-tml")
    ap.add_argument("--quick", action="store_true", help="40 articles, 2 passes, 5 peer articles")
    ap.add_argument("--n-repeat", type=int, default=5)
    ap.add_argument("--peer-docs", type=int, default=20)
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args(argv)

    from eventdb import extract
    from eventdb.extract.patterns import find

    docs = load(args.dir)
    repeat, peer_docs = args.n_repeat, args.peer_docs
    if args.quick:
        docs, repeat, peer_docs = docs[:40], 2, 5
    chars = sum(len(t) for _, t in docs)
    mentions = sum(len(extract(t, reference=d)) for d, t in docs)

    def finder() -> None:
        for _, text in docs:
            find(text)

    def full() -> None:
        for dct, text in docs:
            extract(text, reference=dct)

    rows = []
    for label, run in (("eventdb finder only", finder), ("eventdb.extract", full)):
        secs = best_seconds(run, repeat)
        rows.append([label, len(docs), len(docs) / secs, chars / secs / 1000, mentions / secs])
    ours = rows[-1][2]

    if not args.no_peer:
        try:
            from dateparser.search import search_dates
        except ImportError:
            print("dateparser is not installed (pip install -e '.[bench]'): no peer row")
        else:
            sample = docs[:peer_docs]

            def peer() -> None:
                for dct, text in sample:
                    search_dates(text, languages=["en"], settings={"RELATIVE_BASE": _dt(dct)})

            secs = best_seconds(peer, 1)
            found = sum(
                len(search_dates(t, languages=["en"], settings={"RELATIVE_BASE": _dt(d)}) or [])
                for d, t in sample
            )
            n_chars = sum(len(t) for _, t in sample)
            rows.append(
                [
                    "dateparser search_dates",
                    len(sample),
                    len(sample) / secs,
                    n_chars / secs / 1000,
                    found / secs,
                ]
            )
    print(
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{len(docs)} articles, {chars:,} characters, {mentions:,} mentions, best of {repeat}"
    )
    print(
        tabulate(
            rows,
            headers=["", "articles", "articles/s", "kchars/s", "mentions/s"],
            floatfmt=(".0f", ".0f", ",.0f", ",.0f", ",.0f"),
        )
    )
    if len(rows) == 3:
        print(f"eventdb.extract is {ours / rows[2][2]:,.0f}x dateparser's search_dates")
    verdict = "meets" if ours >= TARGET else "MISSES"
    print(f"target >= {TARGET:.0f} articles/s: {verdict} ({ours:,.0f})")
    return 0 if ours >= TARGET else 1


def _dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


if __name__ == "__main__":
    sys.exit(main())
