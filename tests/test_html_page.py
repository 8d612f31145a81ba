"""The HTML timeline's page as text: the data its script reads, the lanes, the list, and a
script that never turns data into markup. The page's behaviour is tested in Chromium
(tests/test_html_browser.py)."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_formats import sample_events
from test_formats_store import LARGER, load

from eventdb.dates import FuzzyDate, Span
from eventdb.formats import WriteReport, write
from eventdb.formats.html import UNDATED_LANE, timeline_data
from eventdb.records import ActorRef, EventRecord, PlaceRecord

TEMPLATE = resources.files("eventdb.formats").joinpath("timeline.html").read_text("utf-8")
SCRIPT = TEMPLATE[TEMPLATE.rindex("<script>") :]


def page(events: list[EventRecord], **options: Any) -> tuple[str, WriteReport]:
    out = io.StringIO()
    report = write("html", events, out, **options)
    return out.getvalue(), report


def test_marks_carry_what_the_filters_read() -> None:
    """Each mark holds its type, actors, places and tags, one line each, for the filters."""
    e = EventRecord(
        title="Talks",
        span=Span.point(FuzzyDate.day(date(2023, 9, 18))),
        type="meeting",
        actors=[ActorRef("Armenia"), ActorRef("Russia\nFederation")],
        places=[PlaceRecord("Yerevan")],
        tags=["diplomacy", "csto"],
    )
    (mark,) = timeline_data([e])["events"]
    assert (mark["ty"], mark["ac"], mark["pl"], mark["tg"]) == (
        "meeting",
        ["Armenia", "Russia Federation"],
        ["Yerevan"],
        ["diplomacy", "csto"],
    )


def test_lanes_keep_the_ten_largest_plus_other_and_undated(tmp_path: Path) -> None:
    """--lanes type on the larger fixture draws ten named lanes and Other, not 53."""
    events = load(LARGER, tmp_path / "nk.db")
    assert len({e.type for e in events}) == 53
    lanes = timeline_data(events, lanes="type")["lanes"]
    assert len(lanes) == 11 and "Other" in lanes
    assert timeline_data(sample_events(), lanes="actor")["lanes"][-1] == UNDATED_LANE


def test_every_event_is_written_and_listed_with_its_index() -> None:
    """The report counts every event; each list item names its index in the data, and the
    first item of each year carries that year for the narrow screen's headings."""
    events = sample_events()
    text, report = page(events)
    assert report == WriteReport(len(events))
    items = re.findall(r'<li data-i="(\d+)"( class="y" data-year="(\d+)")?', text)
    assert [int(i) for i, _, _ in items] == list(range(len(events)))
    assert [y for _, _, y in items if y] == ["1990", "1991", "2022", "2023"]


# Each tuple: a way the page's script could turn data into markup.
MARKUP_SINKS = ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("]
assert len(set(MARKUP_SINKS)) == len(MARKUP_SINKS), "duplicate rows in MARKUP_SINKS"


@pytest.mark.parametrize("sink", MARKUP_SINKS)
def test_script_puts_data_in_as_text_only(sink: str) -> None:
    """The page's script has no HTML sink: data reaches the page by textContent only."""
    assert sink not in SCRIPT
    assert "textContent" in SCRIPT


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_title_stays_inside_the_data(title: str) -> None:
    """Whatever a title holds, the page keeps two scripts and reads it back as one line
    without control characters."""
    from eventdb.textio import clean_text

    e = EventRecord(title=title, span=Span.point(FuzzyDate.day(date(2023, 9, 18))))
    text, _ = page([e])
    assert text.count("<script") == 2 and text.count("</script>") == 2
    data = text[text.index('type="application/json">') + 24 : text.index("</script>")]
    (mark,) = json.loads(data)["events"]
    assert mark["t"] == " ".join(clean_text(title).split())


# The keys of a mark, each read by the page's script.
MARK_KEYS = [
    "k",
    "s0",
    "s1",
    "e0",
    "e1",
    "l",
    "t",
    "d",
    "p",
    "q",
    "src",
    "a",
    "id",
    "ty",
    "ac",
    "pl",
    "tg",
]
assert len(set(MARK_KEYS)) == len(MARK_KEYS), "duplicate keys in MARK_KEYS"


@pytest.mark.parametrize("key", MARK_KEYS)
def test_the_script_reads_every_key_of_a_mark(key: str) -> None:
    """Each key a mark carries is read by the page's script (``e.key``): no dead data."""
    assert re.search(rf"\be\.{key}\b", SCRIPT), key


def test_marks_carry_exactly_the_keys_the_script_reads() -> None:
    """Every mark of the sample events has exactly MARK_KEYS; a source's URL is only in
    the plain list's links, not in the data."""
    marks = timeline_data(sample_events())["events"]
    assert marks and all(list(m) == MARK_KEYS for m in marks)
    html_page, _ = page(sample_events())
    data = html_page[html_page.index('id="eventdb-data"') :]
    data = data[: data.index("</script>")]
    assert "https://" not in data and "https://" in html_page
