"""Composition over any point the families read: before/after, offsets of a point, ISO
weeks by number, windows after "over", in English, Portuguese and Spanish."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from eventdb import FuzzyDate, Span, resolve

SEED = date(2023, 9, 19)  # Tuesday

# (phrase, language, earliest, latest of the span, TimeML value, mod): open sides are None
ROWS = [
    # before X ends the day before it; after X starts the day after; the value is X's
    ("before Christmas", "en", None, "2023-12-24", "2023-12-25", "BEFORE"),
    ("after March 2020", "en", "2020-04-01", None, "2020-03", "AFTER"),
    ("later than Friday", "en", "2023-09-16", None, "2023-09-15", "AFTER"),
    ("prior to last week", "en", None, "2023-09-10", "2023-W37", "BEFORE"),
    ("antes do natal", "pt", None, "2023-12-24", "2023-12-25", "BEFORE"),
    ("depois de março de 2020", "pt", "2020-04-01", None, "2020-03", "AFTER"),
    ("después de la navidad", "es", "2023-12-26", None, "2023-12-25", "AFTER"),
    ("not before 2025", "en", "2025-01-01", None, "2025", None),
    # a range ending at the present: from its start on, ongoing
    ("2019 to present", "en", "2019-01-01", None, "2019", None),
    ("2019-present", "en", "2019-01-01", None, "2019", None),
    ("since 2019 to date", "en", "2019-01-01", None, "2019", None),
    ("October to present", "en", "2022-10-01", None, "2022-10", None),
    ("desde 2019 até agora", "pt", "2019-01-01", None, "2019", None),
    ("desde 2019 hasta el presente", "es", "2019-01-01", None, "2019", None),
    ("till date", "en", None, "2023-09-19", "2023-09-19", None),
    # "until" a bare name: the coming one (as "since" takes the last one)
    ("until Friday", "en", None, "2023-09-22", "2023-09-22", None),
    ("until last Friday", "en", None, "2023-09-15", "2023-09-15", None),
    ("until March", "en", None, "2024-03-31", "2024-03", None),
    ("until 2020", "en", None, "2020-12-31", "2020", None),
    ("até sexta-feira", "pt", None, "2023-09-22", "2023-09-22", None),
    ("hasta el viernes", "es", None, "2023-09-22", "2023-09-22", None),
    ("until recently", "en", None, "2023-09-19", "2023-09-19", "APPROX"),
    # a count of units from the start or end of a stretch
    ("the first nine months of 2022", "en", "2022-01-01", "2022-09-30", "2022", "START"),
    ("the first two quarters of 1990", "en", "1990-01-01", "1990-06-30", "1990", "START"),
    ("the last three weeks of the year", "en", "2023-12-11", "2023-12-31", "2023", "END"),
    # a day of a month named relatively, with or without the day noun
    ("the 5th of next month", "en", "2023-10-05", "2023-10-05", "2023-10-05", None),
    ("o dia 5 do próximo mês", "pt", "2023-10-05", "2023-10-05", "2023-10-05", None),
    ("el 5 del próximo mes", "es", "2023-10-05", "2023-10-05", "2023-10-05", None),
    # the unit next to a day: "the week before Christmas" is those seven days
    ("the week before Christmas", "en", "2023-12-18", "2023-12-24", "P1W", None),
    ("the month after Christmas", "en", "2023-12-26", "2024-01-25", "P1M", None),
    ("the two weeks before Christmas", "en", "2023-12-11", "2023-12-24", "P2W", None),
    ("two weeks before Christmas", "en", "2023-12-11", "2023-12-11", "2023-12-11", None),
    # sides with hyphens of their own, split at the connector word
    ("mid-2019 to early 2020", "en", "2019-05-01", "2020-04-30", None, None),
    ("year-end to mid-2024", "en", "2023-09-01", "2024-08-31", None, None),
    ("mid-September through late October", "en", "2023-09-11", "2023-10-31", None, None),
    ("de meados de 2019 a início de 2020", "pt", "2019-05-01", "2020-04-30", None, None),
    # something under way began before the reference: "since" takes the last such date
    ("since October", "en", "2022-10-01", None, "2022-10", None),
    ("since December 25", "en", "2022-12-25", None, "2022-12-25", None),
    ("since the 25th", "en", "2023-08-25", None, "2023-08-25", None),
    ("desde o dia 1º", "pt", "2023-09-01", None, "2023-09-01", None),
    ("desde outubro", "pt", "2022-10-01", None, "2022-10", None),
    ("last December 25", "en", "2022-12-25", "2022-12-25", "2022-12-25", None),
    ("next March 3rd", "en", "2024-03-03", "2024-03-03", "2024-03-03", None),
    # a point moved by a count, at its own precision
    ("two years ago this month", "en", "2021-09-01", "2021-09-30", "2021-09", None),
    ("three years ago last week", "en", "2020-09-07", "2020-09-13", "2020-W37", None),
    # the same date a unit away, or the day a day word names
    ("this time tomorrow", "en", "2023-09-20", "2023-09-20", "2023-09-20", None),
    ("this time next week", "en", "2023-09-26", "2023-09-26", "2023-09-26", "APPROX"),
    ("this day next month", "en", "2023-10-19", "2023-10-19", "2023-10-19", None),
    ("amanhã a esta hora", "pt", "2023-09-20", "2023-09-20", "2023-09-20", None),
    ("mañana a esta hora", "es", "2023-09-20", "2023-09-20", "2023-09-20", None),
    # the Nth such weekday from the reference, the reference not counted
    ("two Mondays from now", "en", "2023-10-02", "2023-10-02", "2023-10-02", None),
    ("three Fridays ago", "en", "2023-09-01", "2023-09-01", "2023-09-01", None),
    ("há dois sábados", "pt", "2023-09-09", "2023-09-09", "2023-09-09", None),
    ("hace dos lunes", "es", "2023-09-11", "2023-09-11", "2023-09-11", None),
    # a stretch of units that ends on a day: a duration over that window
    ("the week ending Sept. 22", "en", "2023-09-16", "2023-09-22", "P1W", None),
    ("the year ended March 31", "en", "2022-04-01", "2023-03-31", "P1Y", None),
    ("the nine months ended June 30", "en", "2022-10-01", "2023-06-30", "P9M", None),
    # a season over two years written with a slash; a quarter of a fiscal year's code
    ("winter 2022/23", "en", "2022-12-01", "2023-02-28", "2022-WI", None),
    ("the winter of 2022/23", "en", "2022-12-01", "2023-02-28", "2022-WI", None),
    ("winter 2023/2024", "en", "2023-12-01", "2024-02-29", "2023-WI", None),
    ("o inverno de 2022/2023", "pt", "2022-12-01", "2023-02-28", "2022-WI", None),
    ("Q1 FY24", "en", "2024-01-01", "2024-03-31", "2024-Q1", None),
    # a stretch that has ended ends on the last such day; "ending" takes the nearest
    ("the year ended February 29", "en", "2019-03-01", "2020-02-29", "P1Y", None),
    ("the year ending March 31, 2024", "en", "2023-04-01", "2024-03-31", "P1Y", None),
    # an ISO week by its number
    ("week 31", "en", "2023-07-31", "2023-08-06", "2023-W31", None),
    ("week 31 of 2022", "en", "2022-08-01", "2022-08-07", "2022-W31", None),
    ("semana 31", "pt", "2023-07-31", "2023-08-06", "2023-W31", None),
    # a day with a bare hour after its joining word; a night word puts it in the evening
    ("tonight at 9", "en", "2023-09-19", "2023-09-19", "2023-09-19T21:00", None),
    ("el lunes a las 9", "es", "2023-09-18", "2023-09-18", "2023-09-18T09:00", None),
    ("hoy a las 18.30", "es", "2023-09-19", "2023-09-19", "2023-09-19T18:30", None),
    ("ontem à noite às 10", "pt", "2023-09-18", "2023-09-18", "2023-09-18T22:00", None),
    # the halves of a unit with no half of its own are its early and late parts; a year's
    # halves stay H1/H2
    ("the last half of the '80s", "en", "1987-01-01", "1989-12-31", "198", "END"),
    ("the first half of the decade", "en", "2020-01-01", "2023-12-31", "202", "START"),
    ("the second half of 2022", "en", "2022-07-01", "2022-12-31", "2022-H2", None),
    # a day counted in a unit; a year named with its unit word
    ("the first day of next month", "en", "2023-10-01", "2023-10-01", "2023-10-01", None),
    ("the last day of the month", "en", "2023-09-30", "2023-09-30", "2023-09-30", None),
    ("the 100th day of 2023", "en", "2023-04-10", "2023-04-10", "2023-04-10", None),
    ("o último dia do ano passado", "pt", "2022-12-31", "2022-12-31", "2022-12-31", None),
    ("el primer día del mes que viene", "es", "2023-10-01", "2023-10-01", "2023-10-01", None),
    ("the year 2000", "en", "2000-01-01", "2000-12-31", "2000", None),
    ("o ano de 1998", "pt", "1998-01-01", "1998-12-31", "1998", None),
    ("o 5º do mês", "pt", "2023-09-05", "2023-09-05", "2023-09-05", None),
    # "over the past year" is a window; "the past year" alone the calendar year (TimeML)
    ("over the past year", "en", "2022-09-20", "2023-09-19", "P1Y", None),
    ("in the last month", "en", "2023-08-20", "2023-09-19", "P1M", None),
    ("the past year", "en", "2022-01-01", "2022-12-31", "2022", None),
    ("durante o último ano", "pt", "2022-09-20", "2023-09-19", "P1Y", None),
    ("na próxima semana", "pt", "2023-09-25", "2023-10-01", "2023-W39", None),
]

# (phrase, language): sides that read as no date leave the phrase to the point rules
LEFT_TO_POINTS = [
    ("after a year", "en", "2024"),
    ("depois de um ano", "pt", "2024"),
]


def test_tables_have_no_duplicate_rows() -> None:
    """No phrase is pinned twice."""
    counts = Counter(r[:2] for r in ROWS) + Counter(r[:2] for r in LEFT_TO_POINTS)
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(("text", "code", "earliest", "latest", "timex", "mod"), ROWS)
def test_composition(
    text: str, code: str, earliest: str | None, latest: str | None, timex: str, mod: str | None
) -> None:
    """The composed phrase spans exactly this, with its point's TimeML value."""
    r = resolve(text, reference=SEED, language=code)
    lo = r.start.earliest.isoformat() if r.start else None
    hi = r.end.latest.isoformat() if r.end else None
    assert (lo, hi, r.timex, r.mod) == (earliest, latest, timex, mod)


@pytest.mark.parametrize(("text", "code", "timex"), LEFT_TO_POINTS)
def test_after_a_count_is_an_offset(text: str, code: str, timex: str) -> None:
    """ "after a year" is no range: the count reads as an offset from the reference."""
    assert resolve(text, reference=SEED, language=code).timex == timex


INVASION = {"a invasão": "2022-02-24", "la invasión": "2022-02-24", "the ICC warrant": "2023-03-17"}

# (phrase, language, the day): counts of units from an anchor (an event's span, found
# whatever its article, case and accents) or from a day
ANCHORED = [
    ("three days after September 11", "en", "2023-09-14"),
    ("two days after the ICC warrant", "en", "2023-03-19"),
    ("dois dias depois do natal", "pt", "2023-12-27"),
    ("três dias após a invasão", "pt", "2022-02-27"),
    ("uma semana antes da invasão", "pt", "2022-02-17"),
    ("dos días después de la invasión", "es", "2022-02-26"),
    ("una semana antes de navidad", "es", "2023-12-18"),
    # the eve of an event or a day: the day before it
    ("on the eve of the ICC warrant", "en", "2023-03-16"),
    ("the eve of Christmas", "en", "2023-12-24"),
    ("na véspera da invasão", "pt", "2022-02-23"),
    ("la víspera de la invasión", "es", "2022-02-23"),
]


@pytest.mark.parametrize(("text", "code", "day"), ANCHORED)
def test_count_from_an_anchor(text: str, code: str, day: str) -> None:
    """A count of units after or before an event or a day is that day."""
    anchors = {k: Span.point(FuzzyDate.parse(v)) for k, v in INVASION.items()}
    r = resolve(text, reference=SEED, language=code, anchors=anchors)
    assert r.timex == day


# (phrase, language, the reading ranked first, the readings kept second with their reason)
ALTERNATIVES = [
    ("Monday", "en", "2023-09-18", [("2023-09-25", "read forward (prefer='future')")]),
    ("Tuesday", "en", "2023-09-19", []),
    ("October", "en", "2023-10", [("2022-10", "the one before the reference")]),
    ("March", "en", "2023-03", [("2024-03", "the one after the reference")]),
    (
        "3/4/2023",
        "en",
        "2023-03-04",
        [("2023-04-03", "day first (the pack reads numeric dates month first)")],
    ),
    ("amanhã à tarde", "pt", "2023-09-20TAF", [(None, "split at a connector into a range")]),
    (
        "segunda à noite",
        "pt",
        "2023-09-18TNI",
        [
            ("2023-09-25TNI", "read forward (prefer='future')"),
            (None, "split at a connector into a range"),
        ],
    ),
    # a weekday's part of the day keeps the weekday's other reading
    (
        "Friday at 9:30",
        "en",
        "2023-09-15T09:30",
        [("2023-09-22T09:30", "read forward (prefer='future')")],
    ),
    (
        "Monday morning",
        "en",
        "2023-09-18TMO",
        [("2023-09-25TMO", "read forward (prefer='future')")],
    ),
    # "until" a bare name reads ahead; the last one stays second ("it lasted until Friday")
    ("until Friday", "en", "2023-09-22", [("2023-09-15", "the last one (read back)")]),
    ("até sexta-feira", "pt", "2023-09-22", [("2023-09-15", "the last one (read back)")]),
    ("hasta marzo", "es", "2024-03", [("2023-03", "the last one (read back)")]),
    ("until last Friday", "en", "2023-09-15", []),
    # "a partir de" a bare name reads forward; the last one stays second
    ("a partir de março", "pt", "2024-03", [("2023-03", "the last one (read back)")]),
]


@pytest.mark.parametrize(("text", "code", "first", "others"), ALTERNATIVES)
def test_ranking_keeps_the_other_readings(
    text: str, code: str, first: str, others: list[tuple[str | None, str]]
) -> None:
    """The ranking picks one reading and keeps the others, each with its reason."""
    r = resolve(text, reference=SEED, language=code)
    assert r.timex == first
    assert [(a.reading.timex, a.reason) for a in r.alternatives] == others


# (phrase, language, the day, the two hours): a range of hours shares what follows the
# last one, its a.m. or p.m. included; a first hour the shared p.m. would put after the
# last is before noon
HOUR_RANGES = [
    ("from 9 to 11 am", "en", "2023-09-19", ("09:00", "11:00")),
    ("between 2 and 4 pm", "en", "2023-09-19", ("14:00", "16:00")),
    ("from 9 to 11 am tomorrow", "en", "2023-09-20", ("09:00", "11:00")),
    ("from 11 to 1 pm", "en", "2023-09-19", ("11:00", "13:00")),
    ("between 9 and 11 a.m.", "en", "2023-09-19", ("09:00", "11:00")),
    ("entre 2 e 5 da tarde", "pt", "2023-09-19", ("14:00", "17:00")),
]


@pytest.mark.parametrize(("text", "code", "day", "hours"), HOUR_RANGES)
def test_hour_ranges_share_the_last_hours_tail(
    text: str, code: str, day: str, hours: tuple[str, str]
) -> None:
    """Both hours fall on the day the phrase names, at the hours its notes give."""
    r = resolve(text, reference=SEED, language=code)
    assert r.start is not None and r.end is not None
    assert (r.start.earliest.isoformat(), r.end.latest.isoformat()) == (day, day)
    start, end = r.note.split("; ")
    assert (start.rpartition(" at ")[2], end.rpartition(" at ")[2]) == hours


def test_hours_past_midnight_end_on_the_next_day() -> None:
    """ "das 22h às 2h", "from 10 pm to 2 am": the end is the next day's 02:00."""
    for text, code in (("das 22h às 2h", "pt"), ("from 10 pm to 2 am", "en")):
        r = resolve(text, reference=SEED, language=code)
        assert r.start is not None and r.end is not None
        assert (r.start.earliest, r.end.latest) == (SEED, date(2023, 9, 20))
        assert r.note.endswith("end: the next day, at 02:00: the hours run past midnight")


def test_hours_with_no_mark_or_part_are_no_range() -> None:
    """ "from 2 to 5" names no hours (no a.m./p.m., no part of the day): refused."""
    with pytest.raises(ValueError):
        resolve("from 2 to 5", reference=SEED)


# (phrase, reference): a season over two years needs one that spans the new year and the
# next year's digits; a quarter code's two-digit year is the century around 2000
REFUSED = [
    ("summer 2022/23", SEED),
    ("winter 2022/24", SEED),
    ("winter 2023/2025", SEED),
    ("summer 2022/2023", SEED),
    ("the 0 months ended June 30", SEED),
]


@pytest.mark.parametrize(("text", "reference"), REFUSED)
def test_refused(text: str, reference: date) -> None:
    """These read as no date."""
    with pytest.raises(ValueError):
        resolve(text, reference=reference)


def test_a_stretch_ended_before_the_reference_and_a_fiscal_quarter_of_1999() -> None:
    """ "the quarter ended June 30" a fortnight before it is last year's; "Q1 FY99" in
    1998 is 1999's, as "FY99" is."""
    r = resolve("the quarter ended June 30", reference=date(2023, 6, 15))
    assert r.start is not None and r.end is not None
    assert (r.start.earliest, r.end.latest) == (date(2022, 4, 1), date(2022, 6, 30))
    assert resolve("Q1 FY99", reference=date(1998, 1, 8)).timex == "1999-Q1"
