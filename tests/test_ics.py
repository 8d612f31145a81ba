"""iCalendar export: coarse events in by default over their bounds, --days-only for the old
behaviour, and a report that says what was written and what was left out."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cli_store import run
from test_formats_store import LARGER, SEED, load

from eventdb.dates import FuzzyDate, Part, Span
from eventdb.errors import EventDBError, OptionError
from eventdb.formats import LeftOut, WriteReport, write
from eventdb.records import EventRecord

EXPORT_DAY = date(2026, 12, 1)


def calendar(events: list[EventRecord], **options: Any) -> tuple[Any, WriteReport]:
    out = io.StringIO()
    report = write("ics", events, out, **options)
    return icalendar.Calendar.from_ical(out.getvalue()), report


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[EventRecord]]:
    """Both fixtures, imported through the store once."""
    tmp = tmp_path_factory.mktemp("ics")
    return {"armenia": load(SEED, tmp / "a.db"), "nk": load(LARGER, tmp / "nk.db")}


UNDATED = ("undated", "")
COARSE = ("coarser than a day", "days_only=False")
NO_AS_OF = ("ongoing with no as-of date", "today")

# Each tuple: fixture, write() options, events written, (count, reason, option) left out.
COUNTS: list[tuple[str, dict[str, Any], int, list[tuple[int, tuple[str, str]]]]] = [
    ("armenia", {}, 11, [(8, UNDATED)]),
    ("armenia", {"days_only": True}, 8, [(3, COARSE), (8, UNDATED)]),
    ("armenia", {"include_coarse": False}, 8, [(3, COARSE), (8, UNDATED)]),
    ("armenia", {"include_coarse": True}, 11, [(8, UNDATED)]),
    ("nk", {}, 135, [(1, NO_AS_OF)]),
    ("nk", {"today": EXPORT_DAY}, 136, []),
    ("nk", {"days_only": True, "today": EXPORT_DAY}, 111, [(25, COARSE)]),
]
assert len({(f, str(o)) for f, o, *_ in COUNTS}) == len(COUNTS), "duplicate rows in COUNTS"


@pytest.mark.parametrize(("name", "options", "written", "left"), COUNTS)
def test_fixture_counts_are_true(
    fixtures: dict[str, list[EventRecord]],
    name: str,
    options: dict[str, Any],
    written: int,
    left: list[tuple[int, tuple[str, str]]],
) -> None:
    """The report counts exactly the VEVENTs written and names what it left out and why."""
    cal, report = calendar(fixtures[name], **options)
    assert len(cal.walk("VEVENT")) == written
    assert report == WriteReport(written, tuple(LeftOut(n, *why) for n, why in left))
    assert report.total == len(fixtures[name])


# Each tuple: the event's span, DTSTART, DTEND (exclusive), the summary's suffix.
COARSE_SPANS = [
    (Span.point(FuzzyDate.month(2023, 3)), date(2023, 3, 1), date(2023, 4, 1), " (March 2023)"),
    (Span.point(FuzzyDate.year(2020)), date(2020, 1, 1), date(2021, 1, 1), " (2020)"),
    (
        Span.point(FuzzyDate.year(2022).narrow(Part.LATE)),
        date(2022, 9, 1),
        date(2023, 1, 1),
        " (late 2022)",
    ),
    (
        Span(FuzzyDate.month(2023, 2), None, ongoing=True, as_of=date(2023, 6, 1)),
        date(2023, 2, 1),
        date(2023, 6, 2),
        " (February 2023 – ongoing (as of 1 June 2023))",
    ),
    # A day start with a coarser end is coarse too: the label shows the imprecise end.
    (
        Span(FuzzyDate.day(date(2023, 9, 11)), FuzzyDate.month(2023, 10)),
        date(2023, 9, 11),
        date(2023, 11, 1),
        " (11 September 2023 – October 2023)",
    ),
    (
        Span(FuzzyDate.day(date(2023, 9, 11)), FuzzyDate.year(2024)),
        date(2023, 9, 11),
        date(2025, 1, 1),
        " (11 September 2023 – 2024)",
    ),
]
assert len({s[0] for s in COARSE_SPANS}) == len(COARSE_SPANS), "duplicate rows in COARSE_SPANS"


@pytest.mark.parametrize(("span", "start", "end", "suffix"), COARSE_SPANS)
def test_coarse_events_are_all_day_over_their_bounds(
    span: Span, start: date, end: date, suffix: str
) -> None:
    """A coarse event runs from its first possible day to after its last, its label shown."""
    cal, report = calendar([EventRecord(title="Talks", span=span, slug="talks")])
    (ev,) = cal.walk("VEVENT")
    assert (ev.decoded("DTSTART"), ev.decoded("DTEND")) == (start, end)
    assert str(ev["SUMMARY"]) == "Talks" + suffix
    assert report == WriteReport(1)


# Each tuple: write() options that contradict each other.
REJECTED = [{"days_only": True, "include_coarse": True}]


@pytest.mark.parametrize("options", REJECTED)
def test_contradictory_options_are_refused(options: dict[str, Any]) -> None:
    """days_only with include_coarse=True is an OptionError (an EventDBError) naming both."""
    with pytest.raises(EventDBError, match="include_coarse=True and days_only=True") as info:
        write("ics", [], io.StringIO(), **options)
    assert isinstance(info.value, OptionError) and isinstance(info.value, ValueError)


def test_cli_says_what_it_wrote_and_left_out(tmp_path: Path) -> None:
    """export -f ics prints the report: to -o, and to stderr beside standard output."""
    db = tmp_path / "cli.db"
    assert run(db, "import", str(SEED))[0] == 0
    target = tmp_path / "c.ics"
    assert run(db, "export", "-f", "ics", "-o", str(target)) == (
        0,
        "",
        f"Wrote 11 events to {target}; left out 8 undated\n",
    )
    code, out, err = run(db, "export", "-f", "ics", "--days-only")
    assert (code, out.count("BEGIN:VEVENT")) == (0, 8)
    assert err == (
        "Wrote 8 events; left out 3 coarser than a day (leave out --days-only to include"
        " them), 8 undated\n"
    )
    code, _, err = run(db, "export", "-f", "ics", "--days-only", "--include-coarse")
    assert (code, err) == (
        2,
        "Error: Invalid value for '--days-only': --include-coarse and --days-only contradict"
        " each other (see 'eventdb export --help')\n",
    )


DAYS = st.dates(date(1950, 1, 1), date(2030, 12, 31))
SPANS = st.one_of(
    DAYS.map(lambda d: Span.point(FuzzyDate.day(d))),
    DAYS.map(lambda d: Span.point(FuzzyDate.month(d.year, d.month))),
    DAYS.map(lambda d: Span(FuzzyDate.day(d), None, ongoing=True)),
    st.tuples(DAYS, st.booleans()).map(
        lambda t: Span(FuzzyDate.year(t[0].year), None, ongoing=True, as_of=date(2031, 1, 1))
    ),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(SPANS, st.booleans()), max_size=20), st.booleans(), st.booleans())
def test_written_plus_left_out_is_every_event(
    spans: list[tuple[Span, bool]], days_only: bool, with_today: bool
) -> None:
    """Whatever the events and options, VEVENTs written plus those left out are all events."""
    events = [
        EventRecord(title=f"e{i}", span=s if dated else Span(None, s.start), dated=dated)
        for i, (s, dated) in enumerate(spans)
    ]
    today = EXPORT_DAY if with_today else None
    cal, report = calendar(events, days_only=days_only, today=today)
    assert len(cal.walk("VEVENT")) == report.written
    assert report.total == len(events)
    undated = sum(not dated for _, dated in spans)
    assert [x.count for x in report.left_out if x.reason == "undated"] == (
        [undated] if undated else []
    )


def test_only_web_links_reach_the_calendar() -> None:
    """A javascript: URL is neither the URL property nor appended to the description's
    source (the hostile source's title still says it, as text)."""
    from test_formats import sample_events

    cal, _ = calendar(sample_events())
    hostile = next(v for v in cal.walk("VEVENT") if str(v["UID"]) == "hostile-event@eventdb")
    assert "URL" not in hostile
    assert str(hostile["DESCRIPTION"]).endswith("> quoted | piped, September 2023")
    urls = sorted(str(v["URL"]) for v in cal.walk("VEVENT") if "URL" in v)
    assert urls and all(u.startswith("https://") for u in urls)
