"""bench/generate.py and bench/store.py run (smoke size, never timed)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402


def test_generator_is_deterministic_and_importable() -> None:
    """The same n and seed give the same records, each with a citation's source, two
    actors and a tag; the slugs are unique."""
    a, b = io.StringIO(), io.StringIO()
    assert generate.write(300, 7, a) == generate.write(300, 7, b) == 300
    assert a.getvalue() == b.getvalue()
    records = [json.loads(line) for line in a.getvalue().splitlines()]
    assert len({r["slug"] for r in records}) == 300
    assert all(len(r["actors"]) == 2 and len(r["tags"]) == 1 and r["source"] for r in records)
    assert any("when" not in r for r in generate.records(2000, 7))  # some undated


@pytest.mark.slow
def test_store_benchmark_prints_its_table(tmp_path: Path) -> None:
    """bench/store.py runs end to end on a small dataset and prints every measure."""
    out = subprocess.run(
        [sys.executable, str(BENCH / "store.py"), "--n", "600", "--repeat", "3"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    for measure in (
        "import 600 events",
        "import peak RSS",
        'timeline(since="2022", limit=50)',
        'timeline(text="convoy", limit=50)',
        "ix_event_order",
    ):
        assert measure in out, out


@pytest.mark.slow
def test_repeated_titles_benchmark_prints_both_sizes() -> None:
    """bench/store.py --repeated-titles prints the two sizes, the control and the target."""
    out = subprocess.run(
        [sys.executable, str(BENCH / "store.py"), "--repeated-titles", "50"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    for row in (
        "50 events, 20 titles",
        "200 events, 20 titles",
        "200 events, unique titles (control)",
        "≤ 4.5×",
    ):
        assert row in out, out
