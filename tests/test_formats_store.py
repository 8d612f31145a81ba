"""The formats on the fixtures, through the store: golden chronologies and round trips.

Regenerate the golden files on purpose with
``EVENTDB_REGEN_GOLDEN=1 pytest tests/test_formats_store.py`` and review the diff.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from test_formats import check_golden, markdown_parser

from eventdb import EventDB
from eventdb.formats import read, write
from eventdb.records import EventRecord

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "armenia-2023.yaml"
LARGER = FIXTURES / "nagorno-karabakh.yaml"
ACLED = FIXTURES / "acled-sample.csv"


def load(path: Path, db_path: Path) -> list[EventRecord]:
    """Import a fixture file into a new SQLite database and return its timeline."""
    with EventDB(str(db_path)) as db:
        data = read(path)
        if isinstance(data, dict):
            db.import_document(data)
        else:
            db.import_records(data)
        return db.timeline()


def render(fmt: str, events: list[EventRecord], **options: Any) -> str:
    out = io.StringIO()
    write(fmt, events, out, **options)
    return out.getvalue()


# Each tuple: fixture, golden file, writer options.
GOLDEN = [
    (SEED, "armenia-2023.md", {"title": "Armenia and Russia, September 2023"}),
    (
        SEED,
        "armenia-2023-phrases.md",
        {"title": "Armenia and Russia, September 2023", "group_by": "month", "phrases": True},
    ),
    (LARGER, "nagorno-karabakh.md", {"title": "The Nagorno-Karabakh conflict, 1988–2024"}),
]
assert len({name for _, name, _ in GOLDEN}) == len(GOLDEN), "duplicate rows in GOLDEN"


@pytest.mark.parametrize(("fixture", "name", "options"), GOLDEN, ids=[g[1] for g in GOLDEN])
def test_fixture_chronology_matches_golden(
    tmp_path: Path, fixture: Path, name: str, options: dict[str, Any]
) -> None:
    """The fixture's markdown chronology is byte for byte its golden file, and valid GFM."""
    text = render("markdown", load(fixture, tmp_path / "x.db"), **options)
    check_golden(name, text)
    html = markdown_parser().render(text)
    assert "<script" not in html and 'class="footnotes"' in html


def test_seed_chronology_reads_as_the_issue_asks(tmp_path: Path) -> None:
    """The seed chronology labels by precision, keeps undated events apart, cites quotes."""
    text = render("markdown", load(SEED, tmp_path / "x.db"))
    assert "- **18 September 2023** — Azerbaijan reports humanitarian aid trucks arrived" in text
    assert "- **week of 11 September 2023** — Pashinian tells Politico" in text
    assert "ongoing (as of 19 September 2023)** — Azerbaijan blocks the Lachin corridor." in text
    dated, undated = text.split("## Undated", 1)
    assert "Moscow asks Yerevan" not in dated
    assert "- **before 19 September 2023** — Moscow asks Yerevan to explain" in undated


FORMATS_ROUND_TRIP = [("json", "json"), ("jsonl", "jsonl"), ("csv", "csv")]


@pytest.mark.parametrize("fixture", [SEED, LARGER, ACLED], ids=lambda p: p.name)
@pytest.mark.parametrize(("fmt", "ext"), FORMATS_ROUND_TRIP, ids=[f for f, _ in FORMATS_ROUND_TRIP])
def test_export_import_export_is_byte_identical(
    tmp_path: Path, db_url: str, fixture: Path, fmt: str, ext: str
) -> None:
    """Export, import into an empty database (SQLite and PostgreSQL), export again: same bytes."""
    first = tmp_path / f"first.{ext}"
    with first.open("w", encoding="utf-8", newline="") as f:
        write(fmt, load(fixture, tmp_path / "source.db"), f)
    with EventDB(db_url) as db:
        data = read(first)
        report = db.import_document(data) if isinstance(data, dict) else db.import_records(data)
        assert report.skipped == []
        again = render(fmt, db.timeline())
    assert again == first.read_bytes().decode("utf-8")


def test_acled_fixture_imports_with_mapped_precision(tmp_path: Path) -> None:
    """The ACLED-style fixture imports without editing; precision 3 becomes a month."""
    events = load(ACLED, tmp_path / "x.db")
    assert len(events) == 17
    labels = {e.label for e in events}
    assert "January 2023" in labels
    assert any(label.startswith("week of ") for label in labels)
    assert all(e.type_scheme == "acled" for e in events)
