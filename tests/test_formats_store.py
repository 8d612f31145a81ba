"""The formats on the fixtures, through the store: golden chronologies and round trips.

Regenerate the golden files on purpose with
``EVENTDB_REGEN_GOLDEN=1 pytest tests/test_formats_store.py`` and review the diff.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_formats import check_golden, markdown_parser

from eventdb import EventDB
from eventdb.formats import read, write
from eventdb.formats.tabular import ROW_FIELDS, csv_row, event_row
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


def _lists(events: list[EventRecord]) -> list[tuple[object, ...]]:
    """Each event's actors (name, role), places and tags, in order."""
    return [
        (e.title, [(a.name, a.role) for a in e.actors], [p.name for p in e.places], list(e.tags))
        for e in events
    ]


def _csv_round_trip(
    doc: dict[str, Any], tmp: Path, template: Path
) -> tuple[list[EventRecord], list[EventRecord]]:
    """``doc`` imported, exported as CSV, the CSV imported into a fresh database: both
    timelines (the databases are copies of the empty ``template``)."""
    for name in ("first.db", "second.db"):
        shutil.copyfile(template, tmp / name)
    with EventDB(str(tmp / "first.db")) as db:
        db.import_document(doc)
        before = db.timeline()
    path = tmp / "x.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        write("csv", before, f)
    with EventDB(str(tmp / "second.db")) as db:
        assert db.import_records(read(path)).skipped == []
        after = db.timeline()
    return before, after


# Each tuple: an actor (name, role), a place and a tag that hold the list's separators.
AWKWARD_ITEMS = [
    (("A; B", "role"), "Place; two", "tag;x"),
    (("Name [x]", ""), "[bracketed]", "a [b]"),
    (("Back\\slash [r]", "r]o;le"), "ends with \\", "\\;"),
    (("Armenia", "target"), "Yerevan", "plain"),
]
assert len(set(AWKWARD_ITEMS)) == len(AWKWARD_ITEMS), "duplicate rows in AWKWARD_ITEMS"


@pytest.mark.parametrize(("actor", "place", "tag"), AWKWARD_ITEMS)
def test_csv_list_items_survive_export_and_import(
    tmp_path: Path, sqlite_template: Path, actor: tuple[str, str], place: str, tag: str
) -> None:
    """An actor, place or tag holding ';', brackets or a backslash comes back as one item,
    a name ending ' [x]' stays a name; plain names are written as they are."""
    name, role = actor
    doc = {
        "events": [
            {
                "title": "Talks",
                "date": "2023-09",
                "actors": [{"name": name, "role": role} if role else name, "Russia"],
                "places": [place, "Baku"],
                "tags": [tag, "t2"],
            }
        ]
    }
    before, after = _csv_round_trip(doc, tmp_path, sqlite_template)
    assert _lists(after) == _lists(before) == [
        ("Talks", [(name, role), ("Russia", "")], [place, "Baku"], [tag, "t2"])
    ]
    cells = dict(zip(ROW_FIELDS, csv_row(event_row(before[0])), strict=True))
    assert cells["actors"].endswith("; Russia") and cells["places"].endswith("; Baku")


def test_plain_csv_list_items_are_written_as_they_are() -> None:
    """Names without ';', brackets or backslashes keep the readable ``Name [role]; Name``."""
    row = {"actors": [{"name": "Armenia", "role": "target"}, "Russia"], "tags": ["a b", "c"]}
    assert csv_row(row, ["actors", "tags"]) == ["Armenia [target]; Russia", "a b; c"]


NAMES = st.text(
    st.one_of(
        st.sampled_from(list(" ;[]\\'=,\"\n\t")),
        st.characters(exclude_categories=["Cs"]),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(NAMES, NAMES), max_size=3),
    st.lists(NAMES, max_size=3),
    st.lists(NAMES, max_size=3),
)
def test_csv_round_trip_keeps_any_actors_places_and_tags(
    sqlite_template: Path, actors: list[tuple[str, str]], places: list[str], tags: list[str]
) -> None:
    """Export as CSV and import into a fresh database: the same actors (with roles),
    places and tags, whatever characters their names hold (the store drops control
    characters on the way in: a name of nothing else is no name)."""
    import tempfile

    from eventdb.textio import clean_text

    doc = {
        "events": [
            {
                "title": "Talks",
                "date": "2023-09",
                "actors": [{"name": n, "role": r} for n, r in actors if clean_text(n).strip()],
                "places": [p for p in places if clean_text(p).strip()],
                "tags": [t for t in tags if clean_text(t).strip()],
            }
        ]
    }
    with tempfile.TemporaryDirectory() as tmp:
        before, after = _csv_round_trip(doc, Path(tmp), sqlite_template)
    assert _lists(after) == _lists(before)
