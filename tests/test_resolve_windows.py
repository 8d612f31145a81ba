"""Spans where the words give bounds, and the correctness slips of issue 11, in English."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from eventdb import resolve

SEED = date(2023, 9, 19)  # Tuesday
SAT = date(2016, 10, 1)  # a Saturday

# (phrase, reference, timex, type, earliest, latest): phrases whose words bound a window
# that starts or ends on the reference; TimeML's value is kept as it annotates the phrase
WINDOWS = [
    # N units ending on the reference, or starting on it
    ("the past two weeks", SAT, "P2W", "DURATION", "2016-09-18", "2016-10-01"),
    ("in the past two weeks", SAT, "P2W", "DURATION", "2016-09-18", "2016-10-01"),
    ("the last three days", SAT, "P3D", "DURATION", "2016-09-29", "2016-10-01"),
    ("last 2 weeks", SAT, "P2W", "DURATION", "2016-09-18", "2016-10-01"),
    ("in the next two weeks", SAT, "P2W", "DURATION", "2016-10-01", "2016-10-14"),
    ("next 2 days", SAT, "P2D", "DURATION", "2016-10-01", "2016-10-02"),
    ("within two weeks", SAT, "P2W", "DURATION", "2016-10-01", "2016-10-14"),
    ("within 18 months", SAT, "P18M", "DURATION", "2016-10-01", "2018-03-31"),
    # vague plurals: about three units (the pack's "a few"), TimeML's PAST_REF/FUTURE_REF
    ("in recent weeks", SAT, "PAST_REF", "DATE", "2016-09-11", "2016-10-01"),
    ("in the coming weeks", SAT, "FUTURE_REF", "DATE", "2016-10-01", "2016-10-21"),
    ("the past few months", SAT, "PAST_REF", "DATE", "2016-07-02", "2016-10-01"),
    ("a few days ago", SAT, "PAST_REF", "DATE", "2016-09-28", "2016-09-28"),
    # a unit cut at the reference
    ("earlier this month", SEED, "2023-09", "DATE", "2023-09-01", "2023-09-19"),
    ("later this year", SEED, "2023", "DATE", "2023-09-19", "2023-12-31"),
    ("so far this year", SEED, "2023", "DATE", "2023-01-01", "2023-09-19"),
    ("year to date", SEED, "2023", "DATE", "2023-01-01", "2023-09-19"),
    ("the rest of the week", SEED, "2023-W38", "DATE", "2023-09-19", "2023-09-24"),
    ("the rest of the year", SEED, "2023", "DATE", "2023-09-19", "2023-12-31"),
    # a fortnight is two ISO weeks
    ("last fortnight", SEED, None, "DATE", "2023-09-04", "2023-09-17"),
    ("next fortnight", SEED, None, "DATE", "2023-09-25", "2023-10-08"),
]

# (phrase, reference, prefer, earliest, latest): the slips issue 11 names, each pinned
SLIPS = [
    ("this winter", date(2024, 1, 15), "past", "2023-12-01", "2024-02-29"),
    ("February 29", date(2024, 3, 1), "future", "2028-02-29", "2028-02-29"),
    ("February 29", date(2024, 3, 1), "past", "2024-02-29", "2024-02-29"),
    ("the '20s", date(2024, 3, 1), "past", "2020-01-01", "2029-12-31"),
    ("the twenties", date(2024, 3, 1), "past", "2020-01-01", "2029-12-31"),
    ("the nineties", date(1998, 3, 3), "past", "1990-01-01", "1999-12-31"),
    ("the turn of the century", date(2051, 6, 1), "past", "2000-01-01", "2000-12-31"),
    ("the turn of the century", date(1995, 6, 1), "past", "2000-01-01", "2000-12-31"),
    ("from 13th to 15th July", SEED, "past", "2023-07-13", "2023-07-15"),
    ("09/2012", SEED, "past", "2012-09-01", "2012-09-30"),
    ("9/2012", SEED, "past", "2012-09-01", "2012-09-30"),
]

# (phrase, timex): unanchored durations stay durations, with no bounds
DURATIONS = [
    ("for three weeks", "P3W"),
    ("three weeks", "P3W"),
]


def test_tables_have_no_duplicate_rows() -> None:
    """No row is pinned twice."""
    rows = Counter(WINDOWS) + Counter(SLIPS) + Counter(DURATIONS)
    assert [r for r, n in rows.items() if n > 1] == []


@pytest.mark.parametrize(("text", "ref", "timex", "type_", "earliest", "latest"), WINDOWS)
def test_window(
    text: str, ref: date, timex: str | None, type_: str, earliest: str, latest: str
) -> None:
    """The words bound the span: its value, type and both ends are exactly these."""
    r = resolve(text, reference=ref)
    assert r.start is not None and r.end is not None
    got = (r.timex, r.type, r.start.earliest.isoformat(), r.end.latest.isoformat())
    assert got == (timex, type_, earliest, latest)
    assert (r.earliest, r.latest) == (r.start.earliest, r.end.latest)


@pytest.mark.parametrize(("text", "ref", "prefer", "earliest", "latest"), SLIPS)
def test_slip_is_fixed(text: str, ref: date, prefer: str, earliest: str, latest: str) -> None:
    """A phrase issue 11 found misread now spans exactly this."""
    r = resolve(text, reference=ref, prefer=prefer)
    assert r.start is not None and r.end is not None
    assert (r.start.earliest.isoformat(), r.end.latest.isoformat()) == (earliest, latest)


@pytest.mark.parametrize(("text", "timex"), DURATIONS)
def test_unanchored_duration_stays_unbounded(text: str, timex: str) -> None:
    """A duration no word anchors keeps its value and gets no bounds."""
    r = resolve(text, reference=SEED)
    assert (r.type, r.timex, r.start, r.end) == ("DURATION", timex, None, None)


# (phrase, timex): vague plurals read by the family, whatever the unit or the pair of units
VAGUE = [
    ("recent years", "PAST_REF"),
    ("the coming quarters", "FUTURE_REF"),
    ("future years", "FUTURE_REF"),
    ("the coming weeks and months", "FUTURE_REF"),
    ("in recent days and weeks", "PAST_REF"),
]


@pytest.mark.parametrize(("text", "timex"), VAGUE)
def test_vague_plural_is_a_family(text: str, timex: str) -> None:
    """A direction or a vague lead before one or two plural units is a vague reference."""
    assert resolve(text, reference=SEED).timex == timex
