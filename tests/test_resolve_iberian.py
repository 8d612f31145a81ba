"""Portuguese and Spanish families pinned beyond the span tables of
tests/resolve_cases_pt.py and tests/resolve_cases_es.py: the rule that reads them, the
TimeML value and the modifier (an approximation, a long weekend's value, a range over
decades), each against the seed article's date, Tuesday 19 September 2023."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventdb import ResolveError, resolve

SEED = date(2023, 9, 19)

# (language, phrase, rule, timex, mod, earliest, latest)
CASES = [
    # words after a date that only say it is rough: the date, approximate
    ("pt", "há uns três anos ou mais", "offset-year", "2020", "APPROX", "2020-01-01", "2020-12-31"),
    ("pt", "há um ano e pouco", "offset-year", "2022", "APPROX", "2022-01-01", "2022-12-31"),
    ("pt", "em 2010, mais ou menos", "edtf", "2010", "APPROX", "2010-01-01", "2010-12-31"),
    (
        "pt",
        "há duas semanas ou menos",
        "offset-week",
        "2023-W36",
        "APPROX",
        "2023-09-04",
        "2023-09-10",
    ),
    ("pt", "por volta de 2010", "edtf", "2010", "APPROX", "2010-01-01", "2010-12-31"),
    (
        "es",
        "hace unos tres años o así",
        "offset-year",
        "2020",
        "APPROX",
        "2020-01-01",
        "2020-12-31",
    ),
    ("es", "hace un año y pico", "offset-year", "2022", "APPROX", "2022-01-01", "2022-12-31"),
    ("es", "en 2010, más o menos", "edtf", "2010", "APPROX", "2010-01-01", "2010-12-31"),
    ("es", "hace diez años o más", "offset-year", "2013", "APPROX", "2013-01-01", "2013-12-31"),
    ("es", "alrededor de 2010", "edtf", "2010", "APPROX", "2010-01-01", "2010-12-31"),
    # a long weekend: the weekend the words name, Saturday to the Monday after
    ("pt", "o feriadão", "long-weekend", "2023-W37-WE", None, "2023-09-16", "2023-09-18"),
    ("pt", "feriadão", "long-weekend", "2023-W37-WE", None, "2023-09-16", "2023-09-18"),
    (
        "pt",
        "no feriado prolongado",
        "long-weekend",
        "2023-W37-WE",
        None,
        "2023-09-16",
        "2023-09-18",
    ),
    ("pt", "neste feriadão", "long-weekend", "2023-W38-WE", None, "2023-09-23", "2023-09-25"),
    (
        "pt",
        "no próximo feriado prolongado",
        "long-weekend",
        "2023-W39-WE",
        None,
        "2023-09-30",
        "2023-10-02",
    ),
    (
        "pt",
        "no fim de semana prolongado",
        "long-weekend",
        "2023-W37-WE",
        None,
        "2023-09-16",
        "2023-09-18",
    ),
    (
        "es",
        "el fin de semana largo",
        "long-weekend",
        "2023-W37-WE",
        None,
        "2023-09-16",
        "2023-09-18",
    ),
    (
        "es",
        "el próximo fin de semana largo",
        "long-weekend",
        "2023-W39-WE",
        None,
        "2023-09-30",
        "2023-10-02",
    ),
    (
        "es",
        "el fin de semana largo pasado",
        "long-weekend",
        "2023-W37-WE",
        None,
        "2023-09-16",
        "2023-09-18",
    ),
    ("en", "the long weekend", "long-weekend", "2023-W37-WE", None, "2023-09-16", "2023-09-18"),
    ("en", "next long weekend", "long-weekend", "2023-W39-WE", None, "2023-09-30", "2023-10-02"),
    # two decades or more, the decade word written once: from the first to the last
    (
        "pt",
        "nas décadas de 1960 e 1970",
        "range:decade..decade",
        None,
        None,
        "1960-01-01",
        "1979-12-31",
    ),
    ("pt", "nos anos 80 e 90", "range:decade..decade", None, None, "1980-01-01", "1999-12-31"),
    ("pt", "nos anos 70, 80 e 90", "range:decade..decade", None, None, "1970-01-01", "1999-12-31"),
    ("pt", "entre os anos 80 e 90", "range:decade..decade", None, None, "1980-01-01", "1999-12-31"),
    (
        "pt",
        "das décadas de 1960 a 1970",
        "range:decade..decade",
        None,
        None,
        "1960-01-01",
        "1979-12-31",
    ),
    (
        "es",
        "en las décadas de los 80 y 90",
        "range:decade..decade",
        None,
        None,
        "1980-01-01",
        "1999-12-31",
    ),
    ("es", "los años 80 y 90", "range:decade..decade", None, None, "1980-01-01", "1999-12-31"),
    (
        "es",
        "de los años 80 a los 90",
        "range:decade..decade",
        None,
        None,
        "1980-01-01",
        "1999-12-31",
    ),
    ("en", "the 1980s and 1990s", "range:decade..decade", None, None, "1980-01-01", "1999-12-31"),
    ("en", "in the '80s and '90s", "range:decade..decade", None, None, "1980-01-01", "1999-12-31"),
    # decades in words: never a range of the range rules (no digit), the same stretch
    ("pt", "nos anos oitenta e noventa", "decade-list", None, None, "1980-01-01", "1999-12-31"),
    (
        "pt",
        "nos anos setenta, oitenta e noventa",
        "decade-list",
        None,
        None,
        "1970-01-01",
        "1999-12-31",
    ),
    ("es", "los años sesenta y setenta", "decade-list", None, None, "1960-01-01", "1979-12-31"),
    # years stay years: "1960 a 1970" ends with 1970
    ("pt", "de 1960 a 1970", "range:edtf..edtf", None, None, "1960-01-01", "1970-12-31"),
    # "desde há semanas": about three units back, approximate, ongoing
    (
        "pt",
        "desde há semanas",
        "since+vague-since",
        "2023-W35",
        "APPROX",
        "2023-08-28",
        "2023-09-03",
    ),
    ("es", "desde hace años", "since+vague-since", "2020", "APPROX", "2020-01-01", "2020-12-31"),
    (
        "es",
        "desde hace unos meses",
        "since+vague-since",
        "2023-06",
        "APPROX",
        "2023-06-01",
        "2023-06-30",
    ),
    # "a partir de" with no end: the next one
    (
        "pt",
        "a partir de segunda-feira",
        "from+weekday",
        "2023-09-25",
        None,
        "2023-09-25",
        "2023-09-25",
    ),
    (
        "pt",
        "a partir do dia 5",
        "from+direction-day",
        "2023-10-05",
        None,
        "2023-10-05",
        "2023-10-05",
    ),
    ("es", "a partir del lunes", "from+weekday", "2023-09-25", None, "2023-09-25", "2023-09-25"),
    # a day number after its article; a day of the reference's month
    ("es", "el 15", "day-number", "2023-09-15", None, "2023-09-15", "2023-09-15"),
    ("es", "el 10 del corriente", "nth-day", "2023-09-10", None, "2023-09-10", "2023-09-10"),
    ("pt", "no dia 10 do corrente", "nth-day", "2023-09-10", None, "2023-09-10", "2023-09-10"),
]


@pytest.mark.parametrize(
    ("language", "text", "rule", "timex", "mod", "earliest", "latest"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_phrase_gets_its_reading(
    language: str,
    text: str,
    rule: str,
    timex: str | None,
    mod: str | None,
    earliest: str,
    latest: str,
) -> None:
    """The phrase is read by this rule, with this value, modifier and bounds."""
    r = resolve(text, reference=SEED, language=language)
    lo = r.earliest.isoformat() if r.earliest else None
    hi = r.latest.isoformat() if r.latest else None
    assert (r.rule, r.timex, r.mod, lo, hi) == (rule, timex, mod, earliest, latest)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "nas décadas de 1990 e 1980"),  # the span would end before it starts
        ("pt", "nas décadas de 1965 e 1970"),  # 1965 is no decade
        ("es", "en los años noventa y ochenta"),  # out of order
    ],
)
def test_refused(language: str, text: str) -> None:
    with pytest.raises(ResolveError):
        resolve(text, reference=SEED, language=language)


# (language, phrase, the note that names both hours): a range of hours, what follows the
# last hour (its part of the day, its day) holding for the first too
HOURS = [
    (
        "pt",
        "entre 2 e 5 da tarde",
        "start: the reference day, at 14:00; end: the reference day, at 17:00",
    ),
    (
        "pt",
        "das 2 às 5 da tarde",
        "start: the reference day, at 14:00; end: the reference day, at 17:00",
    ),
    (
        "pt",
        "entre as 2 e as 5 da tarde",
        "start: the reference day, at 14:00; end: the reference day, at 17:00",
    ),
    (
        "pt",
        "das 14h às 16h de amanhã",
        "start: the day after the reference, at 14:00; end: the day after the reference, at 16:00",
    ),
    (
        "es",
        "de 2 a 5 de la tarde",
        "start: the reference day, at 14:00; end: the reference day, at 17:00",
    ),
    (
        "es",
        "entre 2 y 5 de la tarde",
        "start: the reference day, at 14:00; end: the reference day, at 17:00",
    ),
    (
        "es",
        "de las 9 a las 11 de la mañana",
        "start: the reference day, at 09:00; end: the reference day, at 11:00",
    ),
    (
        "es",
        "entre las 10 y las 12",
        "start: the reference day, at 10:00; end: the reference day, at 12:00",
    ),
]


@pytest.mark.parametrize(("language", "text", "note"), HOURS, ids=[f"{h[0]}-{h[1]}" for h in HOURS])
def test_range_of_hours_shares_its_tail(language: str, text: str, note: str) -> None:
    """Both hours read with the last one's part of the day and day."""
    r = resolve(text, reference=SEED, language=language)
    assert (r.rule, r.note) == ("range:clock-time..clock-time", note)


def test_a_bare_number_before_a_month_stays_a_day() -> None:
    """ "entre 2 e 5 de outubro" is days, not hours: only a part of the day is shared by a
    bare first number."""
    r = resolve("entre 2 e 5 de outubro", reference=SEED, language="pt")
    assert (r.earliest, r.latest) == (date(2023, 10, 2), date(2023, 10, 5))


@pytest.mark.parametrize(
    ("language", "text"),
    [("pt", "em julho e agosto"), ("es", "en 2022 y 2023"), ("en", "in July and August")],
)
def test_a_list_is_one_stretch_with_no_value(language: str, text: str) -> None:
    """Months or years listed read as one stretch: no single TimeML value."""
    r = resolve(text, reference=SEED, language=language)
    assert (r.rule, r.timex, r.ongoing) == ("list", None, False)


_WEEKDAYS = {
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_FROM = {"pt": ["a partir de", "para"], "es": ["a partir del", "para el"]}


@given(
    ref=st.dates(date(1990, 1, 1), date(2060, 12, 31)),
    language=st.sampled_from(["pt", "es"]),
    wd=st.integers(0, 6),
    lead=st.integers(0, 1),
)
def test_a_weekday_read_forward_is_the_next_on_or_after_the_reference(
    ref: date, language: str, wd: int, lead: int
) -> None:
    """ "a partir de segunda-feira", "para el lunes": the weekday on or after the
    reference, within the coming week, on any day."""
    text = f"{_FROM[language][lead]} {_WEEKDAYS[language][wd]}"
    r = resolve(text, reference=ref, language=language)
    assert r.earliest is not None
    assert r.earliest.weekday() == wd
    assert 0 <= (r.earliest - ref).days <= 6


@given(n=st.integers(1, 99), language=st.sampled_from(["pt", "es"]))
def test_words_before_a_count_change_nothing(n: int, language: str) -> None:
    """ "hace apenas N días" is "hace N días", "há já N dias" is "há N dias"."""
    ago, lead, days = {"pt": ("há", "já", "dias"), "es": ("hace", "apenas", "días")}[language]
    plain = resolve(f"{ago} {n} {days}", reference=SEED, language=language)
    led = resolve(f"{ago} {lead} {n} {days}", reference=SEED, language=language)
    assert (led.timex, led.earliest, led.latest) == (plain.timex, plain.earliest, plain.latest)
