"""TimelineJS export: every event a slide, undated ones at their source's date, ongoing ones
ending at their as-of (or export) date, a title slide with counts, at most eleven lanes."""

from __future__ import annotations

import html
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_formats import sample_events
from test_formats_store import LARGER, SEED, load

from eventdb.dates import FuzzyDate, Span
from eventdb.formats import WriteReport, write
from eventdb.formats.timelinejs import OTHER_LANE, UNDATED_LANE, lane_names
from eventdb.records import EventRecord

EXPORT_DAY = date(2026, 12, 1)


def document(events: list[EventRecord], **options: Any) -> tuple[dict[str, Any], WriteReport]:
    out = io.StringIO()
    report = write("timelinejs", events, out, **options)
    doc: dict[str, Any] = json.loads(out.getvalue())
    return doc, report


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[EventRecord]]:
    """Both fixtures, imported through the store once."""
    tmp = tmp_path_factory.mktemp("tljs")
    return {"armenia": load(SEED, tmp / "a.db"), "nk": load(LARGER, tmp / "nk.db")}


# Each tuple: fixture, slides, of them undated, the title slide's text.
COUNTS = [
    (
        "armenia",
        19,
        8,
        "<p>19 events, 1 February 1988 to 20 September 2023; 8 undated.</p>"
        "<p>Undated events are shown at the date of the source that mentions them,"
        " in a group of their own.</p>",
    ),
    ("nk", 136, 0, "<p>136 events, 1 January 1987 to 12 June 2024.</p>"),
]
assert len({c[0] for c in COUNTS}) == len(COUNTS), "duplicate rows in COUNTS"


@pytest.mark.parametrize(("name", "slides", "undated", "text"), COUNTS, ids=[c[0] for c in COUNTS])
def test_every_fixture_event_is_a_slide(
    fixtures: dict[str, list[EventRecord]], name: str, slides: int, undated: int, text: str
) -> None:
    """Every event of each fixture is exported; the title slide carries title, span, counts."""
    doc, report = document(fixtures[name], title="A & B", today=EXPORT_DAY)
    assert report == WriteReport(slides)
    assert len(doc["events"]) == slides == len(fixtures[name])
    assert sum(s.get("group") == UNDATED_LANE for s in doc["events"]) == undated
    assert doc["title"] == {"text": {"headline": "A &amp; B", "text": text}}


def test_undated_events_sit_at_their_source_date_in_their_own_group(
    fixtures: dict[str, list[EventRecord]],
) -> None:
    """An undated event starts on its source's publication day, labelled 'before' it."""
    doc, _ = document(fixtures["armenia"])
    undated = [s for s in doc["events"] if s.get("group") == UNDATED_LANE]
    assert len(undated) == 8
    for s in undated:
        assert s["start_date"] == {"year": 2023, "month": 9, "day": 19}
        assert "end_date" not in s
        assert s["display_date"] == "before 19 September 2023"
    assert all("group" not in s for s in doc["events"] if s not in undated)


# Each tuple: slug in nagorno-karabakh, export date given, end_date, display_date.
ONGOING = [
    (
        "euma-launched-2023",
        EXPORT_DAY,
        {"year": 2026, "month": 12, "day": 1},
        "20 February 2023 – ongoing",
    ),
    ("euma-launched-2023", None, None, "20 February 2023 – ongoing"),
    (
        "armenia-freezes-csto-2024",
        EXPORT_DAY,
        {"year": 2024, "month": 6, "day": 1},
        "February 2024 – ongoing (as of 1 June 2024)",
    ),
]
assert len({(s, t) for s, t, *_ in ONGOING}) == len(ONGOING), "duplicate rows in ONGOING"


@pytest.mark.parametrize(("slug", "today", "end", "label"), ONGOING)
def test_ongoing_events_end_at_their_as_of_or_the_export_date(
    fixtures: dict[str, list[EventRecord]],
    slug: str,
    today: date | None,
    end: dict[str, int] | None,
    label: str,
) -> None:
    """An ongoing event ends at its as-of day, else at the export date given, and says so."""
    doc, _ = document(fixtures["nk"], today=today)
    slide = next(s for s in doc["events"] if s.get("unique_id") == slug)
    assert slide.get("end_date") == end
    assert slide["display_date"] == label
    assert "ongoing" in slide["display_date"]


def test_lanes_keep_the_ten_largest_and_other(fixtures: dict[str, list[EventRecord]]) -> None:
    """--lanes type on 136 events gives the ten largest types and Other, nothing more."""
    doc, _ = document(fixtures["nk"], lanes="type")
    groups: dict[str, int] = {}
    for s in doc["events"]:
        groups[s["group"]] = groups.get(s["group"], 0) + 1
    assert groups == {
        OTHER_LANE: 79,
        "capture": 11,
        "displacement": 6,
        "armed clash": 6,
        "attack": 6,
        "ceasefire": 6,
        "election": 5,
        "agreement": 5,
        "decision": 4,
        "arrest": 4,
        "declaration": 4,
    }


def test_undated_event_without_a_source_date_is_reported_left_out() -> None:
    """An undated event whose source has no date cannot be placed: the report says so."""
    lost = EventRecord(title="Somewhere, sometime", span=Span(None, None), dated=False)
    doc, report = document([*sample_events(), lost])
    assert len(doc["events"]) == len(sample_events())
    assert report.message() == (
        f"Wrote {len(sample_events())} events; left out 1 undated, with no source date"
    )


@st.composite
def chronologies(draw: st.DrawFn) -> list[EventRecord]:
    """Events with day, month and year dates, ongoing or not, some undated, many types."""
    out = []
    for i in range(draw(st.integers(0, 30))):
        d = draw(st.dates(date(1900, 1, 1), date(2030, 12, 31)))
        kind = draw(st.sampled_from(["day", "month", "year", "ongoing", "undated", "lost"]))
        span = {
            "day": Span.point(FuzzyDate.day(d)),
            "month": Span.point(FuzzyDate.month(d.year, d.month)),
            "year": Span.point(FuzzyDate.year(d.year)),
            "ongoing": Span(FuzzyDate.day(d), None, ongoing=True),
            "undated": Span(None, FuzzyDate.day(d)),
            "lost": Span(None, None),
        }[kind]
        out.append(
            EventRecord(
                title=f"e{i}",
                span=span,
                dated=kind not in ("undated", "lost"),
                type=f"t{draw(st.integers(0, 14))}",
                citations=[],
                slug=f"e{i}",
            )
        )
    return out


@settings(max_examples=60, deadline=None)
@given(chronologies(), st.sampled_from([None, "type"]))
def test_report_counts_every_event_once(events: list[EventRecord], lanes: str | None) -> None:
    """Slides written plus events left out is every event; groups never exceed 10 + 2."""
    doc, report = document(events, lanes=lanes, today=EXPORT_DAY)
    assert report.written == len(doc["events"])
    assert report.total == len(events)
    assert report.written == sum(1 for e in events if e.dated or e.span.end is not None)
    names = set(lane_names(events, lanes))
    assert len(names - {UNDATED_LANE, OTHER_LANE}) <= 10


def test_cli_export_reports_what_it_wrote(tmp_path: Path) -> None:
    """eventdb export -f timelinejs -o FILE says it wrote every event."""
    from test_cli_store import run

    db = tmp_path / "cli.db"
    assert run(db, "import", str(SEED))[0] == 0
    target = tmp_path / "t.json"
    code, out, err = run(db, "export", "-f", "timelinejs", "-o", str(target))
    assert (code, out, err) == (0, "", f"Wrote 19 events to {target}\n")
    assert len(json.loads(target.read_text(encoding="utf-8"))["events"]) == 19


HOSTILE = "<img src=x onerror=alert(1)>"


def _tags(fragment: str) -> set[str]:
    """The element names an HTML fragment holds."""
    from html.parser import HTMLParser

    seen: set[str] = set()

    class _Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            seen.add(tag)

    _Tags().feed(fragment)
    return seen


@pytest.mark.parametrize("lanes", [None, "actor", "type"])
def test_hostile_text_is_escaped_in_every_field_timelinejs_renders(
    tmp_path: Path, lanes: str | None
) -> None:
    """Titles, actors, types, sources and the chronology's title that hold HTML reach no
    rendered TimelineJS field (headline, text, display_date, group, title slide) raw."""
    from eventdb.store import EventDB

    doc_in = {
        "sources": [
            {"key": "s", "title": HOSTILE, "publisher": HOSTILE, "published": "2023-09-19"}
        ],
        "events": [
            {
                "title": f"Talks {HOSTILE}",
                "date": "2023-09-11/2023-10",
                "summary": HOSTILE,
                "type": f"meeting {HOSTILE}\nsecond line",
                "source": "s",
                "quote": HOSTILE,
                "actors": [f"{HOSTILE}\nArmenia"],
            },
            {"title": HOSTILE, "source": "s", "actors": [HOSTILE], "type": HOSTILE},
        ],
    }
    with EventDB(str(tmp_path / "x.db")) as db:
        db.import_document(doc_in)
        events = db.timeline()
    doc, _ = document(events, title=f"{HOSTILE} & co", lanes=lanes, today=EXPORT_DAY)
    # TimelineJS sanitises headline and text with DOMPurify, but takes only the text of
    # display_date and group (decoding entities) and writes that as HTML.
    shown = [doc["title"]["text"]["headline"]]
    fragments = [doc["title"]["text"]["text"]]
    for s in doc["events"]:
        shown += [s["text"]["headline"], html.unescape(s["display_date"])]
        shown.append(html.unescape(s.get("group", "")))
        fragments.append(s["text"]["text"])
    assert len(doc["events"]) == 2
    assert [p for p in shown if "<" in p or "\n" in p] == []
    assert set().union(*map(_tags, fragments)) <= {"p", "blockquote", "a"}
    if lanes is not None:
        groups = {s["group"] for s in doc["events"]} - {UNDATED_LANE}
        expected = {
            "actor": "&amp;lt;img src=x onerror=alert(1)&amp;gt; Armenia",
            "type": "meeting &amp;lt;img src=x onerror=alert(1)&amp;gt; second line",
        }
        assert groups == {expected[lanes]}
