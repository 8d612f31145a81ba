"""How fast the writers are: each format for N in-memory events, against writing their titles.

The baseline, measured in the same run, is the least an export could do: write each event's
title on a line to a file. Each writer's time is reported as a ratio to it. Records are
built in memory (no database), so this measures the writers alone.

    .venv/bin/python bench/export.py                 # small smoke run (CI)
    .venv/bin/python bench/export.py --n 100000      # the figure in docs/performance.md
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tabulate import tabulate

from eventdb.dates import FuzzyDate, Part, Span
from eventdb.formats import FORMATS, write
from eventdb.records import ActorRef, CitationRecord, EventRecord, PlaceRecord, SourceRecord


def make_events(n: int) -> list[EventRecord]:
    """``n`` varied events over thirty years: days, weeks, months, parts, spans, ongoing,
    approximate and undated, from a hundred sources."""
    sources = [
        SourceRecord(
            title=f"Report {i} on the region",
            publisher=f"Publisher {i % 17}",
            url=f"https://example.org/news/{i}",
            published=FuzzyDate.day(date(2023, 9, 19) - timedelta(days=i)),
            key=f"source-{i}",
            id=i + 1,
        )
        for i in range(100)
    ]
    as_of = date(2023, 9, 19)
    out: list[EventRecord] = []
    base = date(1994, 1, 1)
    for i in range(n):
        d = base + timedelta(days=(i * 7919) % 10950)
        k = i % 10
        if k == 0:
            span = Span.point(FuzzyDate.month(d.year, d.month))
        elif k == 1:
            span = Span.point(FuzzyDate.week_of(d))
        elif k == 2:
            span = Span(FuzzyDate.day(d), FuzzyDate.day(d + timedelta(days=i % 60)))
        elif k == 3:
            span = Span(FuzzyDate.year(d.year).narrow(Part.LATE), None, ongoing=True, as_of=as_of)
        elif k == 4:
            span = Span.point(FuzzyDate.year(d.year).approx())
        else:
            span = Span.point(FuzzyDate.day(d))
        dated = i % 97 != 5
        if not dated:
            span = Span(None, FuzzyDate.day(as_of))
        src = sources[i % len(sources)]
        out.append(
            EventRecord(
                title=f"Event {i}: officials report *developments* near place {i % 331}",
                span=span,
                slug=f"event-{i}",
                summary="A summary sentence of moderate length describing what happened.",
                type=("statement", "clash", "protest", "agreement")[i % 4],
                dated=dated,
                actors=[ActorRef(f"Actor {i % 13}", role="initiator"), ActorRef("Armenia")],
                places=[PlaceRecord(f"Place {i % 331}")],
                tags=["bench", f"tag-{i % 7}"],
                citations=[
                    CitationRecord(
                        source=src,
                        span=span,
                        quote=f"a quote of event {i}, as the article wrote it",
                        phrase="last week",
                        reference=as_of,
                        adopted=True,
                    )
                ],
            )
        )
    return out


def best_of(repeat: int, fn: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, default=2000, help="events (default 2000; 100000 for the docs)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept")
    parser.add_argument(
        "--formats",
        default="markdown,html",
        help=f"comma-separated, of {','.join(FORMATS)} or 'all'",
    )
    args = parser.parse_args()
    formats = list(FORMATS) if args.formats == "all" else args.formats.split(",")
    events = make_events(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out"

        def titles() -> None:
            with path.open("w", encoding="utf-8") as f:
                for e in events:
                    f.write(e.title + "\n")

        def writer(fmt: str) -> Callable[[], None]:
            def run() -> None:
                with path.open("w", encoding="utf-8", newline="") as f:
                    write(fmt, events, f, title="Benchmark", include_coarse=True)

            return run

        baseline = best_of(args.repeat, titles)
        base_size = path.stat().st_size
        rows = [["titles (baseline)", f"{baseline:.3f}", f"{base_size / 1e6:.1f}", "1.0"]]
        for fmt in formats:
            t = best_of(args.repeat, writer(fmt))
            size = path.stat().st_size
            rows.append([fmt, f"{t:.3f}", f"{size / 1e6:.1f}", f"{t / baseline:.0f}"])
    print(f"{args.n:,} events, best of {args.repeat}")
    print(tabulate(rows, headers=["format", "seconds", "MB", "× titles"], tablefmt="github"))


if __name__ == "__main__":
    main()
