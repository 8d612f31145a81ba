"""The benchmark scripts run and print their tables; they are smoke-tested here, never timed.

Speed is measured by ``bench/resolve.py`` itself, against peers in the same run; a test
that asserted a rate would fail on a busy machine and prove nothing on a quiet one.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
HAS_CHRONO = (
    shutil.which("node") is not None
    and (BENCH / "peers" / "chrono" / "node_modules" / "chrono-node").is_dir()
)

sys.path.insert(0, str(BENCH))

from peers import data, gold  # noqa: E402

# A few TimeBank-shaped rows, so the scripts run on data inside the repository:
# (text, publication date, gold TimeML value).
ROWS = [
    ("last week", "1998-01-08", "1997-W53"),
    ("Monday", "1998-02-18", "1998-02-16"),
    ("March 1997", "1998-02-18", "1997-03"),
    ("1990", "1989-11-02", "1990"),
    ("the third quarter", "1989-11-02", "1989-Q3"),
    ("today", "1998-03-01", "1998-03-01"),
    ("the 1990s", "1998-03-01", "199"),
    ("next year", "1989-10-30", "1990"),
    ("yesterday", "1989-10-30", "1989-10-29"),
    ("this summer", "1998-02-18", "1998-SU"),
    ("Oct. 5", "1989-10-30", "1989-10-05"),
]
assert len({r[:2] for r in ROWS}) == len(ROWS), "duplicate rows"


@pytest.fixture
def data_args(tmp_path: Path) -> list[str]:
    """``--data`` arguments naming a small file of the rows above."""
    path = tmp_path / "rows.jsonl"
    path.write_text(
        "".join(
            json.dumps({"text": t, "dct": d, "value": v, "type": "DATE"}) + "\n" for t, d, v in ROWS
        ),
        encoding="utf-8",
    )
    return ["--data", str(path)]


def run(script: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def chrono_args() -> list[str]:
    return [] if HAS_CHRONO else ["--no-chrono"]


@pytest.mark.slow
@pytest.mark.bench
def test_resolve_bench_prints_its_table(data_args: list[str]) -> None:
    """bench/resolve.py --quick exits 0 and prints the rate table with an eventdb row."""
    out = run("resolve.py", "--quick", *data_args, *chrono_args())
    assert "| peer | version | phrases/s |" in out
    assert "| eventdb |" in out
    assert "targets:" in out


@pytest.mark.slow
@pytest.mark.bench
def test_accuracy_bench_prints_its_tables(data_args: list[str]) -> None:
    """bench/accuracy.py --quick exits 0 and prints the accuracy table and HeidelTime's
    quoted figure."""
    out = run("accuracy.py", "--quick", *data_args, *chrono_args())
    assert "| system | exact | within | relative_exact |" in out
    assert "| eventdb " in out
    assert "HeidelTime (published, not run here)" in out


@pytest.mark.slow
@pytest.mark.bench
@pytest.mark.skipif(not HAS_CHRONO, reason="node or bench/peers/chrono/node_modules absent")
def test_chrono_row_appears_when_node_is_installed(data_args: list[str]) -> None:
    """With node and chrono-node installed, both scripts show a chrono-node row."""
    assert "| chrono-node (Node " in run("resolve.py", "--quick", *data_args)
    assert "| chrono-node " in run("accuracy.py", "--quick", "--no-edtf", *data_args)


def test_garbage_is_deterministic_and_one_phrase_in_ten() -> None:
    """The same seed gives the same garbage; garbage is every tenth phrase of the list."""
    assert data.garbage(20, seed=7) == data.garbage(20, seed=7)
    rows = [{"text": f"row {i}", "dct": "2023-09-19"} for i in range(90)]
    items = data.phrases(rows, seed=7)
    assert len(items) == 100
    assert [i for i, p in enumerate(items) if p.garbage] == list(range(9, 100, 10))


# TimeML values and the interval the benchmark's copy of the scorer gives them:
# (value, first day, last day).
GOLD_INTERVALS = [
    ("1998-01-08", "1998-01-08", "1998-01-08"),
    ("1997-03", "1997-03-01", "1997-03-31"),
    ("1990", "1990-01-01", "1990-12-31"),
    ("1989-Q3", "1989-07-01", "1989-09-30"),
    ("1998-H1", "1998-01-01", "1998-06-30"),
    ("1998-W08", "1998-02-16", "1998-02-22"),
    ("1998-SU", "1998-06-01", "1998-08-31"),
    ("199", "1990-01-01", "1999-12-31"),
    ("19", "1900-01-01", "1999-12-31"),
]
assert len({r[0] for r in GOLD_INTERVALS}) == len(GOLD_INTERVALS), "duplicate rows"


@pytest.mark.parametrize(("value", "first", "last"), GOLD_INTERVALS)
def test_gold_copy_reads_timeml_values(value: str, first: str, last: str) -> None:
    """bench/peers/gold.py turns a TimeML value into the interval of days it names."""
    lo, hi = gold.gold_interval(value)
    assert (lo.isoformat(), hi.isoformat()) == (first, last)


def test_gold_copy_normalises_week_numbers() -> None:
    """One- and two-digit ISO week numbers normalise to the same value."""
    assert gold.norm_value("1998-W8") == gold.norm_value("1998-W08") == "1998-W08"
