#!/usr/bin/env python3
"""How well eventdb and its peers read TimeBank's DATE expressions, in one table; and how
fast eventdb reads EDTF against python-edtf.

    .venv/bin/python bench/accuracy.py              # all 1,016 DATE rows
    .venv/bin/python bench/accuracy.py --quick      # CI smoke run: 300 rows, short EDTF run

Measures, as ``../shared/eval/score_timex.py`` defines them (its ``norm_value`` and
``gold_interval`` are imported from it, so the figures cannot drift from the judge's):

  exact           the TimeML value equals the gold value (eventdb only: the peers return
                  a datetime, not a TimeML value)
  within          the answer's [earliest, latest] lies inside the gold value's interval;
                  a point parser's answer is a single day, which makes this measure
                  easier for the peers than for eventdb's whole-interval answers
  relative_exact  exact, on rows whose text holds no 4-digit number ("last week")
  rel. within     within, on those same rows

Peers are called with each row's publication date as their relative base: dateparser
(``DateDataParser(languages=["en"], settings={"RELATIVE_BASE": dct})``, defaults otherwise,
plus a row with ``PREFER_DATES_FROM="past"``, closer to eventdb's own default),
parsedatetime (``Calendar().parseDT(text, sourceTime=dct)``), and chrono-node
(``chrono.parse(text, refDate)``, first result) when node and its package are installed.
HeidelTime is quoted, not run: its published TempEval-3 figure is on another test set.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import chrono_node, python_peers
from peers.data import DEFAULT_DATA, is_relative, load_rows, load_scorer, phrases

QUICK_ROWS = 300

# EDTF strings both parsers read: levels 0 and 1, seasons, unspecified digits, intervals.
EDTF_STRINGS = (
    "2023-09-18",
    "2022-02",
    "2021",
    "2022-12~",
    "2022?",
    "2004-06-11%",
    "2023-21",
    "199X",
    "19XX",
    "2023-09-11/2023-09-20",
    "2022-12~/..",
    "1985-04-12/..",
)

HEIDELTIME = (
    "| HeidelTime (published, not run here) | – | value F1 77.61 | – | – | – | TempEval-3 "
    "platinum test set (UzZaman et al., SemEval-2013 Task 1), a different set and measure |"
)


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def score(rows: list[dict], answers: list, scorer, *, timex: list | None = None) -> dict:
    """Figures for one system: ``answers`` holds (earliest, latest) or None per row; ``timex``
    its TimeML values when it has them."""
    n = len(rows)
    relative = [is_relative(r["text"]) for r in rows]
    rel_n = max(sum(relative), 1)
    within = rel_within = exact = rel_exact = 0
    for i, (row, ans) in enumerate(zip(rows, answers, strict=True)):
        iv = scorer.gold_interval(row["value"])
        if ans is not None and iv is not None:
            lo, hi = ans
            if isinstance(lo, date) and isinstance(hi, date) and iv[0] <= lo <= hi <= iv[1]:
                within += 1
                rel_within += relative[i]
        if timex is not None and timex[i] is not None:
            hit = scorer.norm_value(timex[i]) == scorer.norm_value(row["value"])
            exact += hit
            rel_exact += hit and relative[i]
    return {
        "exact": exact / n if timex is not None else None,
        "within": within / n,
        "relative_exact": rel_exact / rel_n if timex is not None else None,
        "relative_within": rel_within / rel_n,
        "answered": sum(a is not None for a in answers),
    }


def eventdb_answers(rows: list[dict]) -> tuple[list, list, int]:
    """eventdb's (earliest, latest) or None per row, its TimeML values, and its crashes."""
    from eventdb import resolve

    answers, timex, crashes = [], [], 0
    for r in rows:
        try:
            res = resolve(r["text"], reference=date.fromisoformat(r["dct"]))
        except ValueError:
            answers.append(None)
            timex.append(None)
            continue
        except Exception:
            crashes += 1
            answers.append(None)
            timex.append(None)
            continue
        # Resolved, even where it names no interval (PRESENT_REF): answered, as score_timex
        # counts it; ``score`` only credits "within" to real bounds.
        answers.append((getattr(res, "earliest", None), getattr(res, "latest", None)))
        timex.append(getattr(res, "timex", None))
    return answers, timex, crashes


def accuracy_table(rows: list[dict], scorer, *, chrono: bool) -> list[str]:
    items = phrases(rows, seed=0)
    items = [p for p in items if not p.garbage]  # accuracy is on the gold rows only
    lines = [
        "| system | exact | within | relative_exact | rel. within | answered | note |",
        "|---|---|---|---|---|---|---|",
    ]

    def line(name: str, s: dict, note: str = "") -> None:
        lines.append(
            f"| {name} | {fmt(s['exact'])} | {fmt(s['within'])} | "
            f"{fmt(s['relative_exact'])} | {fmt(s['relative_within'])} | "
            f"{s['answered']}/{len(rows)} | {note} |"
        )

    from importlib.metadata import version

    answers, timex, crashes = eventdb_answers(rows)
    line(
        f"eventdb {version('eventdb')}",
        score(rows, answers, scorer, timex=timex),
        f"{crashes} crashes" if crashes else "interval answers",
    )
    peers = (
        ("dateparser", "default settings", lambda: python_peers.dateparser_answers(items)),
        (
            "dateparser",
            "PREFER_DATES_FROM='past'",
            lambda: python_peers.dateparser_answers(items, PREFER_DATES_FROM="past"),
        ),
        ("parsedatetime", "", lambda: python_peers.parsedatetime_answers(items)),
    )
    skipped = []
    for dist, how, answer in peers:
        try:
            answers = answer()
        except ImportError:
            skipped.append(f"{dist} skipped: not installed (pip install -e '.[bench]')")
            continue
        line(
            f"{dist} {version(dist)}",
            score(rows, answers, scorer),
            "point answers" + (f", {how}" if how else ""),
        )
    why = None if chrono else "--no-chrono"
    why = why or chrono_node.unavailable()
    if why is None:
        out = chrono_node.run(items, repeat=1)
        line(
            f"chrono-node {out['chrono']}",
            score(rows, out["answers"], scorer),
            f"point answers (first result); Node {out['node']}",
        )
    lines.append(HEIDELTIME)
    if why is not None:
        skipped.append(f"chrono-node skipped: {why}")
    if skipped:
        lines.append("")
        lines += sorted(set(skipped))
    return lines


def edtf_table(repeat: int, budget: float) -> list[str]:
    """Parse speed of EDTF strings: python-edtf's parse_edtf against eventdb's parsers, each
    timed like ``timeit``: best of ``repeat`` passes of as many parses as fill ``budget``
    seconds."""
    import timeit
    from importlib.metadata import version

    from edtf import parse_edtf

    from eventdb.dates import FuzzyDate, Span

    def rate(fn: Callable[[str], object], s: str) -> float:
        fn(s)  # warm-up, and proof that it reads the string
        t0 = time.perf_counter()
        fn(s)
        number = max(1, int(budget / max(time.perf_counter() - t0, 1e-7)))
        best = min(timeit.Timer(lambda: fn(s)).repeat(repeat, number))
        return number / best

    lines = [
        f"| EDTF string | python-edtf {version('edtf')} parses/s | eventdb parses/s | eventdb × |",
        "|---|---|---|---|",
    ]
    total_theirs = total_ours = 0.0
    for s in EDTF_STRINGS:
        ours_fn = Span.parse if "/" in s else FuzzyDate.parse
        try:
            theirs, ours = rate(parse_edtf, s), rate(ours_fn, s)
        except Exception as e:  # a string one side cannot read: say so, keep going
            lines.append(f"| `{s}` | {type(e).__name__}: {e} | | |")
            continue
        total_theirs += 1 / theirs
        total_ours += 1 / ours
        lines.append(f"| `{s}` | {theirs:,.0f} | {ours:,.0f} | {ours / theirs:.1f} |")
    if total_ours:
        lines.append(
            f"| all of the above, once each | {1 / total_theirs * len(EDTF_STRINGS):,.0f}"
            f" | {1 / total_ours * len(EDTF_STRINGS):,.0f} | "
            f"{total_theirs / total_ours:.1f} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TimeBank-style JSONL")
    ap.add_argument(
        "--quick",
        action="store_true",
        help=f"smoke run: first {QUICK_ROWS} rows and a short EDTF run",
    )
    ap.add_argument("--no-chrono", action="store_true", help="skip chrono-node")
    ap.add_argument("--no-edtf", action="store_true", help="skip the python-edtf comparison")
    args = ap.parse_args(argv)

    rows = load_rows(args.data)
    if args.quick:
        rows = rows[:QUICK_ROWS]
    scorer = load_scorer(args.data.resolve().parent)
    print(
        f"Accuracy on {len(rows)} DATE rows of {args.data.name} "
        f"(gold intervals from {Path(scorer.__file__).name})"
    )
    print()
    print("\n".join(accuracy_table(rows, scorer, chrono=not args.no_chrono)))
    try:
        import edtf  # noqa: F401
    except ImportError:
        print("\npython-edtf comparison skipped: edtf is not installed (pip install -e '.[bench]')")
        args.no_edtf = True
    if not args.no_edtf:
        print()
        repeat, budget = (1, 0.01) if args.quick else (5, 0.25)
        print(f"EDTF parse speed: best of {repeat} pass(es) of about {budget} s per string")
        print()
        print("\n".join(edtf_table(repeat, budget)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
