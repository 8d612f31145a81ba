"""Store benchmark: bulk import and timeline queries, each against a baseline in the same run.

    .venv/bin/python bench/store.py                      # 20,000 events on SQLite (smoke size)
    .venv/bin/python bench/store.py --n 1000000          # the issue's full size
    .venv/bin/python bench/store.py --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test
    .venv/bin/python bench/store.py --repeated-titles 4000   # slugs of repeated titles

Rows of the printed table (targets from issue 3):

- **import**: ``EventDB.import_records`` reading the generated JSON Lines (bench/generate.py:
  each event with a citation, two actors, a tag, a place) in a child process, so its peak
  RSS is its own; against plain driver ``executemany`` (sqlite3 / psycopg) inserting the
  very same rows, read back from the imported database, into an empty database with the
  same schema in one transaction: only the ``executemany`` calls and the commit are timed.
  Target ≤ 3×, peak RSS < 300 MB.
- **timeline**: median of ``timeline(since="2022", limit=50)`` (full records: actors,
  places, tags, citations, relations) against hand-written SQL giving the same page — the
  plain overlap condition ``span_hi >= '2022-01-01'`` with the same ORDER BY and LIMIT, then
  the same related rows. Target ≤ 20 ms and ≤ 2×.
- **text search**: median of ``timeline(text=..., limit=50)`` for a common word ("convoy",
  in one event in seven) and a rare pair ("Actor 0042"), against the hand-written page
  filtered by the full-text index; target ≤ 50 ms.

With ``--repeated-titles N`` it times instead an import of N and then 4N events whose
titles repeat (20 titles, so each slug is derived again and again: ``talks``, ``talks-2``,
...), streamed from a JSON Lines file into an empty database, best of five, and prints
both sizes and the ratio, then the same events with unique titles as a control: the
target is 4x the events in at most 4.5x the time (issue 13: 4,000 took 1.6 s and
16,000 took 9.6 s).

Then the query plan of the timeline query eventdb sends (``EXPLAIN QUERY PLAN`` on SQLite,
``EXPLAIN`` on PostgreSQL), to show the indexes at work. With ``--postgres URL`` the same
runs on a PostgreSQL server as well (two scratch databases are created and dropped).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from eventdb.store.columns import START_RANK_SQL  # the rank the order index holds

HERE = Path(__file__).resolve().parent
REFERENCE = date(2025, 12, 31)
TABLES = (
    "source",
    "actor",
    "place",
    "tag",
    "event",
    "citation",
    "event_actor",
    "event_place",
    "event_tag",
    "event_relation",
)


def import_child(url: str, path: str) -> None:
    """Run in a child process: import the JSON Lines file, print seconds and peak RSS."""
    from eventdb import EventDB

    t0 = time.perf_counter()
    with EventDB(url) as db, open(path, encoding="utf-8") as f:
        report = db.import_records((json.loads(line) for line in f), where=Path(path).name)
    seconds = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_mb": rss_mb, "added": report.added}))


def run_import(url: str, path: Path) -> dict[str, float]:
    """The import in a fresh interpreter (its RSS is then the import's alone)."""
    out = subprocess.run(
        [sys.executable, __file__, "--_import", url, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _raw(url: str) -> Any:
    """A plain driver connection for ``url`` (sqlite3 or psycopg)."""
    if url.startswith("sqlite"):
        import sqlite3

        return sqlite3.connect(url.split("///", 1)[1], isolation_level=None)
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(
        host=u.host or "localhost",
        port=u.port or 5432,
        user=u.username,
        password=u.password,
        dbname=u.database,
        autocommit=True,
    )


def baseline_insert(src_url: str, dst_url: str) -> float:
    """Copy every row of ``src`` into the empty ``dst`` with plain executemany in one
    transaction; return the seconds spent in executemany and commit only."""
    pg = not src_url.startswith("sqlite")
    src, dst = _raw(src_url), _raw(dst_url)
    mark = "%s" if pg else "?"
    spent = 0.0
    try:
        read, write = src.cursor(), dst.cursor()
        write.execute("BEGIN")
        tables: list[tuple[str, str, str]] = [(t, "*", "") for t in TABLES]
        if pg:
            tables.append(("event_fts", "event_id, document::text", "::tsvector"))
        else:
            tables.append(("event_fts", "rowid, title, summary, quotes", ""))
        for table, cols, cast in tables:
            read.execute(f"SELECT {cols} FROM {table}")
            names = [d[0] for d in read.description]
            if not pg and table == "event_fts":
                names = ["rowid", "title", "summary", "quotes"]
            marks = [mark for _ in names]
            if cast:
                marks[-1] += cast
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(marks)})"
            while True:
                rows = read.fetchmany(20_000)
                if not rows:
                    break
                t0 = time.perf_counter()
                write.executemany(sql, rows)
                spent += time.perf_counter() - t0
        t0 = time.perf_counter()
        write.execute("COMMIT")
        spent += time.perf_counter() - t0
    finally:
        src.close()
        dst.close()
    return spent


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in milliseconds, after two warm-up calls."""
    fn()
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


ORDER = (
    f"span_lo, start_latest DESC, ({START_RANK_SQL}) DESC, start_part, start_approximate, "
    "start_uncertain, span_hi, id"
)
RELATED = [
    "SELECT * FROM event WHERE id IN ({ids})",
    "SELECT ea.event_id, a.name, a.kind, ea.role, a.wikidata FROM event_actor ea JOIN actor a "
    "ON a.id = ea.actor_id WHERE ea.event_id IN ({ids}) ORDER BY ea.event_id, ea.position",
    "SELECT ep.event_id, p.* FROM event_place ep JOIN place p ON p.id = ep.place_id "
    "WHERE ep.event_id IN ({ids}) ORDER BY ep.event_id, ep.position",
    "SELECT et.event_id, t.name FROM event_tag et JOIN tag t ON t.id = et.tag_id "
    "WHERE et.event_id IN ({ids}) ORDER BY et.event_id, et.position",
    "SELECT c.*, s.* FROM citation c LEFT JOIN source s ON s.id = c.source_id "
    "WHERE c.event_id IN ({ids}) ORDER BY c.event_id, c.id",
    "SELECT r.event_id, r.kind, t.slug, t.title FROM event_relation r JOIN event t "
    "ON t.id = r.target_id WHERE r.event_id IN ({ids})",
]


def hand_page(cur: Any, pg: bool, where: str, params: list[Any]) -> int:
    """The hand-written page: ids in order, then the same related rows eventdb reads."""
    mark = "%s" if pg else "?"
    cur.execute(
        f"SELECT id FROM event WHERE {where} ORDER BY {ORDER} LIMIT 50", [p for p in params]
    )
    ids = [r[0] for r in cur.fetchall()]
    if ids:
        marks = ", ".join(mark for _ in ids)
        for sql in RELATED:
            cur.execute(sql.format(ids=marks), ids)
            cur.fetchall()
    return len(ids)


def query_plan(db: Any) -> list[str]:
    """The plan of the timeline query eventdb sends for since="2022", limit=50."""
    lines: list[str] = db.explain(since="2022", limit=50, reference=REFERENCE)
    return lines


def bench_backend(name: str, url_a: str, url_b: str, data: Path, repeat: int) -> list[list[str]]:
    """All measurements on one backend; rows for the printed table."""
    from eventdb import EventDB

    pg = name == "postgresql"
    EventDB(url_a).close()  # both schemas made before timing: only the rows are compared
    EventDB(url_b).close()
    imp = run_import(url_a, data)
    base = baseline_insert(url_a, url_b)
    rows = [
        [
            name,
            f"import {int(imp['added']):,} events",
            f"{imp['seconds']:.2f} s",
            f"{base:.2f} s",
            f"{imp['seconds'] / base:.2f}×",
            "≤ 3×",
            _met(imp["seconds"] / base <= 3),
        ],
        [
            name,
            "import peak RSS",
            f"{imp['rss_mb']:.0f} MB",
            "",
            "",
            "< 300 MB",
            _met(imp["rss_mb"] < 300),
        ],
    ]
    with EventDB(url_a) as db:
        got = db.timeline(since="2022", limit=50, reference=REFERENCE)
        ours = median_ms(lambda: db.timeline(since="2022", limit=50, reference=REFERENCE), repeat)
        raw = _raw(url_a)
        cur = raw.cursor()
        params = [date(2022, 1, 1) if pg else "2022-01-01"]
        n = hand_page(cur, pg, "span_hi >= " + ("%s" if pg else "?"), params)
        assert n == len(got) == 50, (n, len(got))
        hand = median_ms(
            lambda: hand_page(cur, pg, "span_hi >= " + ("%s" if pg else "?"), params), repeat
        )
        search = median_ms(lambda: db.timeline(text="convoy", limit=50), repeat)
        rare = median_ms(lambda: db.timeline(text="Actor 0042", limit=50), repeat)
        fts = (
            "id IN (SELECT event_id FROM event_fts WHERE document @@ plainto_tsquery('simple', %s))"
            if pg
            else "id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)"
        )
        hand_search = median_ms(lambda: hand_page(cur, pg, fts, ["convoy"]), repeat)
        rare_q = "Actor 0042" if pg else '"Actor" "0042"'
        hand_rare = median_ms(lambda: hand_page(cur, pg, fts, [rare_q]), repeat)
        raw.close()
        plan = query_plan(db)
    rows += [
        [
            name,
            'timeline(since="2022", limit=50)',
            f"{ours:.1f} ms",
            f"{hand:.1f} ms",
            f"{ours / hand:.2f}×",
            "≤ 20 ms, ≤ 2×",
            _met(ours <= 20 and ours / hand <= 2),
        ],
        [
            name,
            'timeline(text="convoy", limit=50): 1 event in 7',
            f"{search:.1f} ms",
            f"{hand_search:.1f} ms",
            f"{search / hand_search:.2f}×",
            "≤ 50 ms",
            _met(search <= 50),
        ],
        [
            name,
            'timeline(text="Actor 0042", limit=50): rare',
            f"{rare:.1f} ms",
            f"{hand_rare:.1f} ms",
            f"{rare / hand_rare:.2f}×",
            "≤ 50 ms",
            _met(rare <= 50),
        ],
    ]
    print(f"\n{name}: plan of the timeline query eventdb sends")
    for line in plan:
        print("   ", line)
    return rows


def repeated_titles(
    n: int, seed: int, fresh: Callable[[], str], folder: Path, runs: int = 5
) -> list[list[str]]:
    """Import n and 4n generated events whose 20 titles repeat (no explicit slugs), and
    the same events with unique titles as a control, each streamed from a JSON Lines file
    into an empty database from ``fresh()``. The four imports take turns, ``runs`` rounds,
    so a busy machine slows them alike; each keeps its best time. The table's rows."""
    sys.path.insert(0, str(HERE))
    from generate import records

    from eventdb import EventDB

    cases = [(repeated, size) for repeated in (True, False) for size in (n, 4 * n)]
    paths: dict[tuple[bool, int], Path] = {}
    for repeated, size in cases:
        path = paths[repeated, size] = folder / f"titles-{size}-{repeated}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i, rec in enumerate(records(size, seed)):
                del rec["slug"]
                rec["title"] = f"Talks between the parties, round {i % 20 if repeated else i}"
                f.write(json.dumps(rec) + "\n")
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(runs):
        for case in cases:
            with EventDB(fresh()) as db, paths[case].open(encoding="utf-8") as f:
                t0 = time.perf_counter()
                report = db.import_records(json.loads(line) for line in f)
                best[case] = min(best[case], time.perf_counter() - t0)
            assert report.added == case[1], report
    rows: list[list[str]] = []
    for repeated, size in cases:
        ratio = best[repeated, size] / best[repeated, n]
        big = size > n and repeated
        what = "20 titles" if repeated else "unique titles (control)"
        rows.append(
            [f"{size:,} events, {what}", f"{best[repeated, size]:.2f} s", f"{ratio:.2f}×"]
            + (["≤ 4.5×", _met(ratio <= 4.5)] if big else ["", ""])
        )
    return rows


def _emptied(url: str) -> str:
    """``url`` (a PostgreSQL database at the current schema) with every table emptied."""
    from eventdb import EventDB

    EventDB(url).close()
    raw = _raw(url)
    raw.cursor().execute(
        f"TRUNCATE {', '.join(TABLES)}, event_alias, event_fts RESTART IDENTITY CASCADE"
    )
    raw.close()
    return url


def _met(ok: bool) -> str:
    return "met" if ok else "MISSED"


@contextmanager
def pg_databases(url: str) -> Iterator[tuple[str, str]]:
    """Two scratch databases on the server of ``url``, dropped afterwards."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    names = [f"eventdb_bench_{uuid.uuid4().hex[:8]}_{x}" for x in "ab"]
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            for n in names:
                conn.exec_driver_sql(f'CREATE DATABASE "{n}"')
        base = make_url(url)
        yield (
            base.set(database=names[0]).render_as_string(hide_password=False),
            base.set(database=names[1]).render_as_string(hide_password=False),
        )
    finally:
        with admin.connect() as conn:
            for n in names:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)')
        admin.dispose()


def main(argv: list[str] | None = None) -> None:
    """Command line: see the module docstring."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=20_000, help="events to generate (default 20,000)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=30, help="timed runs per query (median)")
    p.add_argument("--data", type=Path, help="use this JSON Lines file instead of generating")
    p.add_argument("--postgres", metavar="URL", help="also run against this PostgreSQL server")
    p.add_argument("--no-sqlite", action="store_true", help="only PostgreSQL")
    p.add_argument(
        "--repeated-titles",
        type=int,
        metavar="N",
        help="time an import of N and 4N events with repeated titles (SQLite; with "
        "--postgres, PostgreSQL too) instead of the rest",
    )
    p.add_argument("--_import", nargs=2, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args._import:
        import_child(*args._import)
        return
    if args.repeated_titles:
        from tabulate import tabulate

        with tempfile.TemporaryDirectory(prefix="eventdb-bench-") as tmp:
            table: list[list[str]] = []
            files = (f"sqlite:///{tmp}/titles-{i}.db" for i in range(1_000))
            if not args.no_sqlite:
                rows = repeated_titles(
                    args.repeated_titles, args.seed, lambda: next(files), Path(tmp)
                )
                table += [["sqlite", *r] for r in rows]
            if args.postgres:
                with pg_databases(args.postgres) as (a_url, _):
                    rows = repeated_titles(
                        args.repeated_titles, args.seed, lambda: _emptied(a_url), Path(tmp)
                    )
                    table += [["postgresql", *r] for r in rows]
        headers = ["backend", "import", "time", "ratio", "target", ""]
        print(tabulate(table, headers=headers, tablefmt="github"))
        return
    sys.path.insert(0, str(HERE))
    from generate import write

    with tempfile.TemporaryDirectory(prefix="eventdb-bench-") as tmp:
        data = args.data
        if data is None:
            data = Path(tmp) / f"events-{args.n}-{args.seed}.jsonl"
            t0 = time.perf_counter()
            with data.open("w", encoding="utf-8") as f:
                write(args.n, args.seed, f)
            print(
                f"generated {args.n:,} events (seed {args.seed}) in "
                f"{time.perf_counter() - t0:.1f} s: {data.stat().st_size / 1e6:.0f} MB"
            )
        rows: list[list[str]] = []
        if not args.no_sqlite:
            a, b = Path(tmp) / "a.db", Path(tmp) / "b.db"
            rows += bench_backend("sqlite", f"sqlite:///{a}", f"sqlite:///{b}", data, args.repeat)
        if args.postgres:
            with pg_databases(args.postgres) as (a_url, b_url):
                rows += bench_backend("postgresql", a_url, b_url, data, args.repeat)
    from tabulate import tabulate

    print()
    print(
        tabulate(
            rows,
            headers=["backend", "measure", "eventdb", "baseline", "ratio", "target", ""],
            tablefmt="github",
        )
    )
    print(
        f"\nbaselines: plain executemany of the same rows; hand-written SQL for the same "
        f"page. Python {sys.version.split()[0]}, {os.cpu_count()} CPUs."
    )


if __name__ == "__main__":
    main()
