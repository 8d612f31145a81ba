"""Real processes: a SIGKILL in the middle of an import, and concurrent writers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from eventdb import EventDB

pytestmark = pytest.mark.slow

IMPORTER = """
import sys
from eventdb import EventDB

def records(n):
    for i in range(n):
        if i == 5000:
            print("importing", flush=True)
        yield {"title": f"Event {i}", "slug": f"e-{i}", "date": f"2020-{1 + i % 12:02d}",
               "actors": ["A", "B"], "tags": ["t"], "quote": f"quote {i}"}

with EventDB(sys.argv[1]) as db:
    db.import_records(records(int(sys.argv[2])))
print("finished", flush=True)
"""

WRITER = """
import sys, time
from eventdb import EventDB

url, worker, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
with EventDB(url) as db:
    time.sleep(max(0.0, go - time.time()))
    for i in range(n):
        db.add_event(f"Worker {worker} event {i}", date="2023-09-19", actors=[f"w{worker}"],
                     tags=["load"])
print("done", flush=True)
"""


def test_sigkill_mid_import_leaves_all_or_nothing(db_url: str, tmp_path: Path) -> None:
    """A process killed mid-import leaves a database that opens, passes the integrity
    check, and holds none of the import (all of it had the import finished)."""
    with EventDB(db_url) as db:
        db.add_event("Before the import", date="2019")
    script = tmp_path / "importer.py"
    script.write_text(IMPORTER, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, str(script), db_url, "300000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "importing"
        time.sleep(0.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            if db_url.startswith("sqlite"):
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            n = conn.execute(text("SELECT count(*) FROM event")).scalar()
    finally:
        engine.dispose()
    assert n == 1
    with EventDB(db_url) as db:
        assert [e.title for e in db.timeline()] == ["Before the import"]
        assert db.counts()["citation"] == 1 and db.counts()["actor"] == 0


def test_four_writers_at_once(db_url: str, tmp_path: Path) -> None:
    """Four processes adding 500 events each at the same time: all 2,000 are stored and
    no writer sees "database is locked"."""
    EventDB(db_url).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    go = time.time() + 2.0
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), db_url, str(w), "500", str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(4)
    ]
    results = [p.communicate(timeout=240) for p in procs]
    for p, (out, err) in zip(procs, results, strict=True):
        assert "locked" not in err
        assert (p.returncode, out.strip()) == (0, "done"), err
    with EventDB(db_url) as db:
        assert db.counts()["event"] == 2000
        assert sorted(a.name for a, n in db.actors() if n == 500) == ["w0", "w1", "w2", "w3"]
        assert len({e.slug for e in db.timeline()}) == 2000
