"""bench/extract.py runs and prints its table (a smoke test: speed is never asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TML = ROOT.parent / "shared" / "eval" / "timebank-tml"


@pytest.mark.slow
@pytest.mark.skipif(not TML.is_dir(), reason="the TimeBank articles are not beside the repo")
def test_bench_extract_quick() -> None:
    """The quick run prints a row for the finder and for the full extract, and a verdict."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "extract.py"), "--quick", "--no-peer"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr  # 1: below target on a busy machine
    assert "eventdb finder only" in out.stdout
    assert "eventdb.extract" in out.stdout
    assert "target >= 200 articles/s" in out.stdout
