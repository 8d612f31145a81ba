"""The date model: imprecise dates and spans, their text forms, labels and order."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventdb import DateError, FuzzyDate, Part, Precision, Span

# (text read by FuzzyDate.parse, precision, earliest, latest, timex, mod, edtf, label)
EXAMPLES = [
    (
        "2023-09-18",
        Precision.DAY,
        "2023-09-18",
        "2023-09-18",
        "2023-09-18",
        None,
        "2023-09-18",
        "18 September 2023",
    ),
    (
        "2023-W37",
        Precision.WEEK,
        "2023-09-11",
        "2023-09-17",
        "2023-W37",
        None,
        "[2023-09-11..2023-09-17]",
        "week of 11 September 2023",
    ),
    (
        "2023-W37-WE",
        Precision.WEEKEND,
        "2023-09-16",
        "2023-09-17",
        "2023-W37-WE",
        None,
        "[2023-09-16..2023-09-17]",
        "weekend of 16–17 September 2023",
    ),
    (
        "2022-02",
        Precision.MONTH,
        "2022-02-01",
        "2022-02-28",
        "2022-02",
        None,
        "2022-02",
        "February 2022",
    ),
    (
        "2022-12~",
        Precision.MONTH,
        "2022-12-01",
        "2022-12-31",
        "2022-12",
        "APPROX",
        "2022-12~",
        "c. December 2022",
    ),
    ("1991?", Precision.YEAR, "1991-01-01", "1991-12-31", "1991", None, "1991?", "1991?"),
    ("1991%", Precision.YEAR, "1991-01-01", "1991-12-31", "1991", "APPROX", "1991%", "c. 1991?"),
    (
        "2023-21",
        Precision.SEASON,
        "2023-03-01",
        "2023-05-31",
        "2023-SP",
        None,
        "2023-21",
        "spring 2023",
    ),
    (
        "1997-FA",
        Precision.SEASON,
        "1997-09-01",
        "1997-11-30",
        "1997-FA",
        None,
        "1997-23",
        "autumn 1997",
    ),
    (
        "2023-WI",
        Precision.SEASON,
        "2023-12-01",
        "2024-02-29",
        "2023-WI",
        None,
        "2023-24",
        "winter 2023–24",
    ),
    (
        "1998-Q3",
        Precision.QUARTER,
        "1998-07-01",
        "1998-09-30",
        "1998-Q3",
        None,
        "1998-35",
        "third quarter of 1998",
    ),
    (
        "1998-H1",
        Precision.HALF,
        "1998-01-01",
        "1998-06-30",
        "1998-H1",
        None,
        "1998-40",
        "first half of 1998",
    ),
    ("2022", Precision.YEAR, "2022-01-01", "2022-12-31", "2022", None, "2022", "2022"),
    ("199", Precision.DECADE, "1990-01-01", "1999-12-31", "199", None, "199X", "the 1990s"),
    ("199X", Precision.DECADE, "1990-01-01", "1999-12-31", "199", None, "199X", "the 1990s"),
    ("19", Precision.CENTURY, "1900-01-01", "1999-12-31", "19", None, "19XX", "the 20th century"),
    (
        "[2022-09..2022-12]",
        Precision.YEAR,
        "2022-09-01",
        "2022-12-31",
        "2022",
        "END",
        "[2022-09..2022-12]",
        "late 2022",
    ),
    (
        "[2023-09-11..2023-09-20]",
        Precision.MONTH,
        "2023-09-11",
        "2023-09-20",
        "2023-09",
        "MID",
        "[2023-09-11..2023-09-20]",
        "mid-September 2023",
    ),
    (
        "[1990..1993]",
        Precision.DECADE,
        "1990-01-01",
        "1993-12-31",
        "199",
        "START",
        "[1990..1993]",
        "the early 1990s",
    ),
    (
        "[1966..1999]",
        Precision.CENTURY,
        "1966-01-01",
        "1999-12-31",
        "19",
        "END",
        "[1966..1999]",
        "the late 20th century",
    ),
]

# (text, why it is refused)
BAD_EXAMPLES = [
    ("2023-02-30", "no such day"),
    ("2023-13", "no month 13"),
    ("1998-Q5", "no fifth quarter"),
    ("2023-W54", "no ISO week 54"),
    ("", "empty"),
    ("banana", "not a date"),
    ("[2023-09-03..2023-09-05]", "a set that is no week or part"),
    ("2023-42", "not an EDTF season, quarter or half"),
]


def test_tables_have_no_duplicates() -> None:
    """Each example appears once."""
    assert [k for k, n in Counter(row[0] for row in EXAMPLES + BAD_EXAMPLES).items() if n > 1] == []  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest", "timex", "mod", "edtf", "label"), EXAMPLES
)
def test_example(
    text: str,
    precision: Precision,
    earliest: str,
    latest: str,
    timex: str,
    mod: str | None,
    edtf: str,
    label: str,
) -> None:
    """Each text form reads to the exact bounds, precision, TimeML value, EDTF and label."""
    d = FuzzyDate.parse(text)
    assert (
        d.precision,
        d.earliest.isoformat(),
        d.latest.isoformat(),
        d.timex,
        d.mod,
        d.edtf,
        d.label,
    ) == (precision, earliest, latest, timex, mod, edtf, label)


@pytest.mark.parametrize(("text", "why"), BAD_EXAMPLES)
def test_bad_example(text: str, why: str) -> None:
    """Malformed or impossible dates raise DateError (a ValueError)."""
    with pytest.raises(DateError):
        FuzzyDate.parse(text)
    with pytest.raises(ValueError):
        FuzzyDate.parse(text)


def test_parts_bounds() -> None:
    """early/mid/late narrow a unit by thirds and map to TimeML START/MID/END."""
    y = FuzzyDate.year(2022)
    assert [(p.mod, y.narrow(p).earliest, y.narrow(p).latest) for p in Part] == [
        ("START", date(2022, 1, 1), date(2022, 4, 30)),
        ("MID", date(2022, 5, 1), date(2022, 8, 31)),
        ("END", date(2022, 9, 1), date(2022, 12, 31)),
    ]
    with pytest.raises(DateError, match="not to a day"):
        FuzzyDate.day(date(2023, 1, 1)).narrow(Part.LATE)


def test_mixed_precision_order() -> None:
    """Earliest day first; on a tie the wider date first (a heading over its days)."""
    dates = [
        FuzzyDate.parse(t)
        for t in ("2022-02-01", "2022-02", "2022", "2021-12-31", "2022-W05", "[2022-01..2022-04]")
    ]
    assert [d.edtf for d in sorted(dates)] == [
        "2021-12-31",
        "2022",
        "[2022-01..2022-04]",
        "[2022-01-31..2022-02-06]",
        "2022-02",
        "2022-02-01",
    ]


# (EDTF interval, label, earliest, latest, ongoing)
SPANS = [
    ("2023-09-11/2023-09-20", "11–20 September 2023", "2023-09-11", "2023-09-20", False),
    ("2022-12~/..", "c. December 2022 – ongoing", "2022-12-01", None, True),
    ("/2023-09-20", "until 20 September 2023", None, "2023-09-20", False),
    ("2022-02/", "from February 2022", "2022-02-01", None, False),
    ("2020-09-27/2020-11-10", "27 September – 10 November 2020", "2020-09-27", "2020-11-10", False),
    ("2023-03/2023-05", "March–May 2023", "2023-03-01", "2023-05-31", False),
    ("1988/1994", "1988 – 1994", "1988-01-01", "1994-12-31", False),
]


@pytest.mark.parametrize(("text", "label", "earliest", "latest", "ongoing"), SPANS)
def test_span(
    text: str, label: str, earliest: str | None, latest: str | None, ongoing: bool
) -> None:
    """EDTF intervals read to spans with exact labels and bounds, and write back the same."""
    s = Span.parse(text)
    got = (
        s.label,
        s.earliest and s.earliest.isoformat(),
        s.latest and s.latest.isoformat(),
        s.ongoing,
    )
    assert got == (label, earliest, latest, ongoing)
    assert s.edtf == text


def test_span_as_of_label_and_bad_order() -> None:
    """An ongoing span names its as-of day; a span may not end before it starts."""
    s = Span(FuzzyDate.year(2022).narrow(Part.LATE), None, ongoing=True, as_of=date(2023, 9, 19))
    assert s.label == "late 2022 – ongoing (as of 19 September 2023)"
    with pytest.raises(DateError, match="cannot end"):
        Span(FuzzyDate.year(2023), FuzzyDate.year(2022))


# -- properties ----------------------------------------------------------------------

_days = st.dates(min_value=date(1, 1, 1), max_value=date(9898, 12, 31))


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """Any FuzzyDate the constructors can make, with a part where the unit has one."""
    d = draw(_days)
    y, w, _ = d.isocalendar()
    kind = draw(
        st.sampled_from(
            [
                "day",
                "week",
                "weekend",
                "month",
                "season",
                "quarter",
                "half",
                "year",
                "decade",
                "century",
            ]
        )
    )
    make = {
        "day": lambda: FuzzyDate.day(d),
        "week": lambda: FuzzyDate.week(y, w),
        "weekend": lambda: FuzzyDate.weekend(y, w),
        "month": lambda: FuzzyDate.month(d.year, d.month),
        "season": lambda: FuzzyDate.season(
            d.year, draw(st.sampled_from(["SP", "SU", "FA", "WI"])), south=draw(st.booleans())
        ),
        "quarter": lambda: FuzzyDate.quarter(d.year, (d.month + 2) // 3),
        "half": lambda: FuzzyDate.half(d.year, 1 if d.month < 7 else 2),
        "year": lambda: FuzzyDate.year(d.year),
        "decade": lambda: FuzzyDate.decade(max(d.year, 10)),
        "century": lambda: FuzzyDate.century(max(d.year, 100)),
    }
    fd: FuzzyDate = make[kind]()
    if fd.precision in (
        Precision.WEEK,
        Precision.MONTH,
        Precision.YEAR,
        Precision.DECADE,
        Precision.CENTURY,
    ):
        part = draw(st.sampled_from([None, *Part]))
        fd = fd.narrow(part)
    return FuzzyDate(
        fd.precision,
        fd.earliest,
        fd.latest,
        fd.part,
        draw(st.booleans()),
        draw(st.booleans()),
        fd.south,
    )


@given(fuzzy_dates())
def test_bounds_are_ordered(d: FuzzyDate) -> None:
    """earliest <= latest for every date."""
    assert d.earliest <= d.latest


@given(fuzzy_dates())
def test_edtf_round_trip(d: FuzzyDate) -> None:
    """EDTF text reads back to the same date."""
    assert FuzzyDate.parse(d.edtf) == d


@given(fuzzy_dates())
def test_timex_round_trip(d: FuzzyDate) -> None:
    """TimeML value and mod read back to the same value; the same days unless a southern season.

    TimeML season codes name a season, not a hemisphere: a southern spring reads back as
    the northern one, so only its value is compared.
    """
    back = FuzzyDate.from_timex(d.timex, d.mod)
    assert (back.timex, back.mod, back.precision) == (d.timex, d.mod, d.precision)
    if not d.south:
        assert (back.earliest, back.latest, back.part) == (d.earliest, d.latest, d.part)


@given(fuzzy_dates(), st.one_of(st.none(), fuzzy_dates()), st.booleans())
def test_span_edtf_round_trip(a: FuzzyDate, b: FuzzyDate | None, ongoing: bool) -> None:
    """Span EDTF text reads back to the same span."""
    if b is not None and a.earliest > b.latest:
        a, b = b, a
    s = Span(a, None if ongoing else b, ongoing=ongoing)
    assert Span.parse(s.edtf) == s
