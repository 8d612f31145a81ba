"""bench/extract.py runs and prints its table (a smoke test: speed is never asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Small TimeML articles written for this test: (creation date, body text).
ARTICLES = [
    ("1998-01-08", "Talks resumed yesterday and will continue next week, officials said."),
    ("1998-02-18", "The company said on Monday that profit in the third quarter rose."),
    ("2023-09-19", "Since the end of last year the corridor has been blocked."),
]
assert len(set(ARTICLES)) == len(ARTICLES), "duplicate rows"


def _write_tml(folder: Path) -> None:
    for i, (dct, body) in enumerate(ARTICLES):
        (folder / f"doc{i}.tml").write_text(
            '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" '
            f'value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>'
            f"<TEXT>{body}</TEXT></TimeML>",
            encoding="utf-8",
        )


@pytest.mark.slow
@pytest.mark.bench
def test_bench_extract_quick(tmp_path: Path) -> None:
    """The quick run over a folder of TimeML files prints a row for the finder and for the
    full extract, and a verdict."""
    _write_tml(tmp_path)
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "extract.py"), "--quick", "--no-peer",
         "--dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr  # 1: below target on a busy machine
    assert "3 articles" in out.stdout
    assert "eventdb finder only" in out.stdout
    assert "eventdb.extract" in out.stdout
    assert "target >= 200 articles/s" in out.stdout
