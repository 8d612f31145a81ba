"""Clock times in words, one-digit clock times, half a unit, "the other day", a
holiday's weekend and a season over two years, in English, Portuguese and Spanish.

The reference is Tuesday 19 September 2023. A bare hour in words reads as written
("half past three" is 03:30, as "at 3" is 03:00) unless a.m./p.m., a part of the day or a
night word for the day moves it.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import resolve
from eventdb.errors import AmbiguityWarningError, ResolveError
from eventdb.resolve.packs import load

SEED = date(2023, 9, 19)  # Tuesday

# (language, phrase, TimeML value): a TIME, rule clock-time, its span the whole day
CLOCK = [
    # English: minutes past or to an hour, in words
    ("en", "half past three", "2023-09-19T03:30"),
    ("en", "quarter past ten", "2023-09-19T10:15"),
    ("en", "ten to five", "2023-09-19T04:50"),
    ("en", "twenty past six", "2023-09-19T06:20"),
    ("en", "a quarter to midnight", "2023-09-19T23:45"),
    ("en", "a quarter past midnight", "2023-09-19T00:15"),
    ("en", "half past noon", "2023-09-19T12:30"),
    ("en", "quarter to one", "2023-09-19T00:45"),
    ("en", "twenty-five to eight", "2023-09-19T07:35"),
    ("en", "ten minutes to six", "2023-09-19T05:50"),
    ("en", "twenty-two minutes past six", "2023-09-19T06:22"),
    ("en", "10 minutes to 5", "2023-09-19T04:50"),
    ("en", "ten past 5", "2023-09-19T05:10"),
    ("en", "half-past three", "2023-09-19T03:30"),
    ("en", "at half-past nine", "2023-09-19T09:30"),
    ("en", "half past 3 in the afternoon", "2023-09-19T15:30"),
    ("en", "at a quarter to seven in the evening", "2023-09-19T18:45"),
    ("en", "half past seven p.m.", "2023-09-19T19:30"),
    ("en", "quarter to 10 p.m.", "2023-09-19T21:45"),
    ("en", "at half past nine on Monday", "2023-09-18T09:30"),
    ("en", "at half past nine on Monday morning", "2023-09-18T09:30"),
    ("en", "on Monday at half past nine", "2023-09-18T09:30"),
    ("en", "Monday at twenty past six", "2023-09-18T06:20"),
    ("en", "tomorrow at a quarter past ten", "2023-09-20T10:15"),
    ("en", "at ten to five on Friday", "2023-09-15T04:50"),
    ("en", "tonight at half past nine", "2023-09-19T21:30"),
    ("en", "half past nine tonight", "2023-09-19T21:30"),
    ("en", "half past eight Friday night", "2023-09-15T20:30"),
    ("en", "at twenty to eleven last night", "2023-09-18T22:40"),
    ("en", "at about half past eight", "2023-09-19T08:30"),
    # an hour in words with its mark
    ("en", "five o'clock", "2023-09-19T05:00"),
    ("en", "at seven o'clock on Saturday", "2023-09-16T07:00"),
    ("en", "at eight o'clock in the morning", "2023-09-19T08:00"),
    ("en", "at ten o'clock at night", "2023-09-19T22:00"),
    ("en", "seven p.m.", "2023-09-19T19:00"),
    ("en", "at five thirty p.m.", "2023-09-19T17:30"),
    ("en", "eleven o'clock Wednesday", "2023-09-13T11:00"),
    ("en", "noon", "2023-09-19T12:00"),
    ("en", "midnight", "2023-09-19T24:00"),
    ("en", "at 5", "2023-09-19T05:00"),
    # Portuguese: "e" and the minutes after the hour, "para as" before it
    ("pt", "três e meia", "2023-09-19T03:30"),
    ("pt", "às dez e quinze", "2023-09-19T10:15"),
    ("pt", "às dez e vinte", "2023-09-19T10:20"),
    ("pt", "às dez e vinte e cinco", "2023-09-19T10:25"),
    ("pt", "às onze e quarenta e cinco", "2023-09-19T11:45"),
    ("pt", "cinco para as seis", "2023-09-19T05:55"),
    ("pt", "um quarto para as três", "2023-09-19T02:45"),
    ("pt", "dez para as oito", "2023-09-19T07:50"),
    ("pt", "vinte para as nove da noite", "2023-09-19T20:40"),
    ("pt", "quinze para as oito da manhã", "2023-09-19T07:45"),
    ("pt", "cinco para as duas da tarde", "2023-09-19T13:55"),
    ("pt", "quinze para a meia-noite", "2023-09-19T23:45"),
    ("pt", "dez para o meio-dia", "2023-09-19T11:50"),
    ("pt", "cinco para a uma", "2023-09-19T00:55"),
    ("pt", "meio-dia e meia", "2023-09-19T12:30"),
    ("pt", "às 9 e meia da manhã", "2023-09-19T09:30"),
    ("pt", "às três e meia da tarde", "2023-09-19T15:30"),
    ("pt", "às duas e vinte da madrugada", "2023-09-19T02:20"),
    ("pt", "às nove e meia de amanhã", "2023-09-20T09:30"),
    ("pt", "amanhã às três e meia", "2023-09-20T03:30"),
    ("pt", "ontem às oito e meia da noite", "2023-09-18T20:30"),
    ("pt", "no sábado às oito e meia da noite", "2023-09-16T20:30"),
    ("pt", "por volta das três e meia", "2023-09-19T03:30"),
    ("pt", "às cinco horas", "2023-09-19T05:00"),
    # Spanish: "y" and "menos" after the hour, "para las" before it
    ("es", "las tres y media", "2023-09-19T03:30"),
    ("es", "a las diez y cuarto", "2023-09-19T10:15"),
    ("es", "las cinco menos diez", "2023-09-19T04:50"),
    ("es", "las doce del mediodía", "2023-09-19T12:00"),
    ("es", "a las nueve y media de la noche", "2023-09-19T21:30"),
    ("es", "las ocho y veinte", "2023-09-19T08:20"),
    ("es", "a las diez y veinticinco", "2023-09-19T10:25"),
    ("es", "a las once y cuarenta y cinco", "2023-09-19T11:45"),
    ("es", "las doce menos cinco", "2023-09-19T11:55"),
    ("es", "a las cinco menos veinte de la tarde", "2023-09-19T16:40"),
    ("es", "a las dos menos diez de la tarde", "2023-09-19T13:50"),
    ("es", "la una menos cuarto", "2023-09-19T00:45"),
    ("es", "cuarto para las tres", "2023-09-19T02:45"),
    ("es", "veinte para las ocho", "2023-09-19T07:40"),
    ("es", "las tres y media de la madrugada", "2023-09-19T03:30"),
    # minutes past midnight are early on the day; midnight alone is 24:00, its end
    ("es", "a las doce y media de la noche", "2023-09-19T00:30"),
    ("es", "las doce menos cuarto de la noche", "2023-09-19T23:45"),
    ("es", "a la medianoche y media", "2023-09-19T00:30"),
    ("pt", "meia-noite e quinze", "2023-09-19T00:15"),
    ("pt", "às doze e meia da noite", "2023-09-19T00:30"),
    ("en", "half past midnight", "2023-09-19T00:30"),
    ("es", "mañana a las nueve y media", "2023-09-20T09:30"),
    ("es", "ayer a las ocho y cuarto de la noche", "2023-09-18T20:15"),
    ("es", "el sábado a las ocho y media de la noche", "2023-09-16T20:30"),
    # a one-digit hour with its minutes: as written (the warning is tested below)
    ("en", "9:30", "2023-09-19T09:30"),
    ("en", "9:30 on Monday", "2023-09-18T09:30"),
    ("en", "4:45 Friday", "2023-09-15T04:45"),
    ("en", "Friday at 4:45", "2023-09-15T04:45"),
    ("en", "5:30 p.m.", "2023-09-19T17:30"),
    ("en", "9:30 tonight", "2023-09-19T21:30"),  # the night word settles it
    ("en", "9:30 Monday night", "2023-09-18T21:30"),
    ("en", "7:45 this morning", "2023-09-19T07:45"),
    # the hour with its unit, the minutes with theirs
    ("pt", "às nove horas e trinta minutos", "2023-09-19T09:30"),
    ("pt", "às 9 horas e 30 minutos", "2023-09-19T09:30"),
    ("pt", "às dez horas e quinze minutos da manhã", "2023-09-19T10:15"),
    ("es", "a las nueve horas y treinta minutos", "2023-09-19T09:30"),
    ("pt", "ao meio-dia e meia de sábado", "2023-09-16T12:30"),
    ("pt", "às sete e meia da noite de ontem", "2023-09-18T19:30"),
    ("es", "a las ocho menos cuarto del lunes", "2023-09-18T07:45"),
    ("en", "Saturday at a quarter past two in the afternoon", "2023-09-16T14:15"),
    ("en", "at twenty-five past eleven on Sunday night", "2023-09-17T23:25"),
    ("pt", "9:30", "2023-09-19T09:30"),
    ("es", "a las 9:30", "2023-09-19T09:30"),
]

# (language, phrase, TimeML value, earliest, latest, rule, mod)
OTHERS = [
    # half a unit: half of it in the next finer unit
    ("en", "half an hour ago", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("en", "in half an hour", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("en", "a half-hour ago", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("en", "half an hour later", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    (
        "en",
        "nearly half an hour ago",
        "2023-09-19",
        "2023-09-19",
        "2023-09-19",
        "offset-minute",
        "APPROX",
    ),
    ("en", "half a year ago", "2023-03", "2023-03-01", "2023-03-31", "offset-month", None),
    ("en", "in half a year", "2024-03", "2024-03-01", "2024-03-31", "offset-month", None),
    ("en", "half a century ago", "1973", "1973-01-01", "1973-12-31", "offset-year", None),
    ("pt", "meia hora atrás", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("pt", "há meia hora", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("pt", "daqui a meia hora", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("pt", "em meia hora", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    (
        "pt",
        "há cerca de meia hora",
        "2023-09-19",
        "2023-09-19",
        "2023-09-19",
        "offset-minute",
        "APPROX",
    ),
    ("pt", "há meio século", "1973", "1973-01-01", "1973-12-31", "offset-year", None),
    ("pt", "meio ano atrás", "2023-03", "2023-03-01", "2023-03-31", "offset-month", None),
    ("es", "hace media hora", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("es", "dentro de media hora", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("es", "en media hora", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("es", "hace medio siglo", "1973", "1973-01-01", "1973-12-31", "offset-year", None),
    ("es", "hace medio año", "2023-03", "2023-03-01", "2023-03-31", "offset-month", None),
    # "the other day": about the week before the reference, not the reference day
    ("en", "the other day", "PAST_REF", "2023-09-12", "2023-09-18", "other-day", "APPROX"),
    ("pt", "dia desses", "PAST_REF", "2023-09-12", "2023-09-18", "other-day", "APPROX"),
    ("es", "el otro día", "PAST_REF", "2023-09-12", "2023-09-18", "other-day", "APPROX"),
    # a holiday's weekend: the long weekend it makes, TimeML's ISO weekend
    (
        "en",
        "Memorial Day weekend",
        "2023-W21-WE",
        "2023-05-27",
        "2023-05-29",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "the Memorial Day weekend",
        "2023-W21-WE",
        "2023-05-27",
        "2023-05-29",
        "holiday-weekend",
        None,
    ),
    ("en", "Labor Day weekend", "2023-W35-WE", "2023-09-02", "2023-09-04", "holiday-weekend", None),
    (
        "en",
        "Labor Day weekend 2022",
        "2022-W35-WE",
        "2022-09-03",
        "2022-09-05",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "Memorial Day weekend last year",
        "2022-W21-WE",
        "2022-05-28",
        "2022-05-30",
        "holiday-weekend",
        None,
    ),
    ("en", "Easter weekend", "2023-W14-WE", "2023-04-08", "2023-04-09", "holiday-weekend", None),
    (
        "en",
        "Thanksgiving weekend",
        "2023-W47-WE",
        "2023-11-23",
        "2023-11-26",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "the Fourth of July weekend",
        "2023-W26-WE",
        "2023-07-01",
        "2023-07-04",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "the July 4 weekend",
        "2023-W26-WE",
        "2023-07-01",
        "2023-07-04",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "the weekend of Memorial Day",
        "2023-W21-WE",
        "2023-05-27",
        "2023-05-29",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "the weekend of September 16",
        "2023-W37-WE",
        "2023-09-16",
        "2023-09-17",
        "weekend-of",
        None,
    ),
    (
        "en",
        "the Easter bank holiday weekend",
        "2023-W14-WE",
        "2023-04-08",
        "2023-04-09",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "Easter weekend last year",
        "2022-W15-WE",
        "2022-04-16",
        "2022-04-17",
        "holiday-weekend",
        None,
    ),
    ("en", "Christmas weekend", "2023-W51-WE", "2023-12-23", "2023-12-25", "holiday-weekend", None),
    (
        "pt",
        "o fim de semana de Páscoa",
        "2023-W14-WE",
        "2023-04-08",
        "2023-04-09",
        "holiday-weekend",
        None,
    ),
    (
        "pt",
        "no fim de semana de Páscoa",
        "2023-W14-WE",
        "2023-04-08",
        "2023-04-09",
        "holiday-weekend",
        None,
    ),
    (
        "pt",
        "fim de semana da Páscoa de 2022",
        "2022-W15-WE",
        "2022-04-16",
        "2022-04-17",
        "holiday-weekend",
        None,
    ),
    (
        "pt",
        "fim de semana do Carnaval",
        "2024-W06-WE",
        "2024-02-10",
        "2024-02-13",
        "holiday-weekend",
        None,
    ),
    (
        "pt",
        "feriado prolongado de Tiradentes",
        "2023-W16-WE",
        "2023-04-21",
        "2023-04-23",
        "holiday-weekend",
        None,
    ),
    (
        "pt",
        "o feriadão de Corpus Christi",
        "2023-W23-WE",
        "2023-06-08",
        "2023-06-11",
        "holiday-weekend",
        None,
    ),
    (
        "es",
        "el fin de semana de Pascua",
        "2023-W14-WE",
        "2023-04-08",
        "2023-04-09",
        "holiday-weekend",
        None,
    ),
    (
        "es",
        "el fin de semana del Día del Trabajo",
        "2023-W17-WE",
        "2023-04-29",
        "2023-05-01",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "the Labor Day weekend of 2022",
        "2022-W35-WE",
        "2022-09-03",
        "2022-09-05",
        "holiday-weekend",
        None,
    ),
    (
        "es",
        "el fin de semana de Reyes",
        "2024-W01-WE",
        "2024-01-06",
        "2024-01-07",
        "holiday-weekend",
        None,
    ),
    (
        "pt",
        "o fim de semana do Dia do Trabalho",
        "2023-W17-WE",
        "2023-04-29",
        "2023-05-01",
        "holiday-weekend",
        None,
    ),
    (
        "en",
        "about half an hour ago",
        "2023-09-19",
        "2023-09-19",
        "2023-09-19",
        "offset-minute",
        "APPROX",
    ),
    ("pt", "meia hora depois", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    ("es", "media hora más tarde", "2023-09-19", "2023-09-19", "2023-09-19", "offset-minute", None),
    # a season over two years: the two calendar years
    ("en", "the 1995-96 season", None, "1995-01-01", "1996-12-31", "season-years", None),
    ("en", "the 2023/24 season", None, "2023-01-01", "2024-12-31", "season-years", None),
    ("en", "the 2023-2024 season", None, "2023-01-01", "2024-12-31", "season-years", None),
    ("en", "the 1999-00 season", None, "1999-01-01", "2000-12-31", "season-years", None),
    ("en", "the 2021-22 NBA season", None, "2021-01-01", "2022-12-31", "season-years", None),
    (
        "en",
        "the 2019-20 Premier League season",
        None,
        "2019-01-01",
        "2020-12-31",
        "season-years",
        None,
    ),
    ("en", "the 2019–20 season", None, "2019-01-01", "2020-12-31", "season-years", None),
    ("en", "the 2022-23 academic year", None, "2022-01-01", "2023-12-31", "season-years", None),
    ("en", "the 2023 season", "2023", "2023-01-01", "2023-12-31", "season-years", None),
    ("pt", "a temporada 2023/24", None, "2023-01-01", "2024-12-31", "season-years", None),
    ("pt", "na temporada 2022-23", None, "2022-01-01", "2023-12-31", "season-years", None),
    ("pt", "a safra 2023/24", None, "2023-01-01", "2024-12-31", "season-years", None),
    ("pt", "o ano letivo 2023/2024", None, "2023-01-01", "2024-12-31", "season-years", None),
    ("es", "la temporada 2023-24", None, "2023-01-01", "2024-12-31", "season-years", None),
    ("es", "en la temporada 2023/24", None, "2023-01-01", "2024-12-31", "season-years", None),
    ("es", "el curso escolar 2023-24", None, "2023-01-01", "2024-12-31", "season-years", None),
]

# (language, phrase): not clock times, or not what these families read
REFUSED = [
    ("en", "three to five"),  # a range of counts, not 04:57
    ("en", "the Easter bank holiday"),  # Easter Monday in Britain, no weekend
    ("en", "10 to 5"),  # a score or a range
    ("en", "from ten to five"),
    ("en", "13 p.m."),
    ("en", "the 2023-25 season"),  # a season runs over two years in a row
    ("pt", "7 e 8"),  # no "às": two numbers
    ("pt", "dois e meio"),
    ("pt", "8 e meia às 10"),  # two clock times
    ("pt", "outro dia"),  # "no outro dia" is the day after: left out
    ("es", "otro día"),  # another day, not the other day
    ("es", "dos y medio"),
]


def test_tables_have_no_duplicate_rows() -> None:
    for table in (CLOCK, OTHERS, REFUSED):
        keys = Counter((row[0], row[1]) for row in table)
        assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize(("lang", "text", "timex"), CLOCK)
def test_clock_words(lang: str, text: str, timex: str) -> None:
    r = resolve(text, SEED, language=lang)
    day = timex[:10]
    assert (r.timex, r.type, str(r.earliest), str(r.latest), r.rule) == (
        timex,
        "TIME",
        day,
        day,
        "clock-time",
    )


@pytest.mark.parametrize(("lang", "text", "timex", "earliest", "latest", "rule", "mod"), OTHERS)
def test_other_families(
    lang: str, text: str, timex: str | None, earliest: str, latest: str, rule: str, mod: str | None
) -> None:
    r = resolve(text, SEED, language=lang)
    assert (r.timex, str(r.earliest), str(r.latest), r.rule, r.mod) == (
        timex,
        earliest,
        latest,
        rule,
        mod,
    )


@pytest.mark.parametrize(("lang", "text"), REFUSED)
def test_refused(lang: str, text: str) -> None:
    with pytest.raises(ResolveError):
        resolve(text, SEED, language=lang)


@pytest.mark.parametrize(
    ("lang", "text", "warned"),
    [
        ("en", "9:30", True),
        ("en", "9:30 on Monday", True),
        ("en", "at 9:30", False),  # as "at 9" reads: no warning
        ("en", "Friday at 4:45", False),
        ("en", "09:30", False),
        ("en", "9:30 a.m.", False),
        ("en", "9:30 tonight", False),
        ("en", "7:45 this morning", False),
        ("pt", "9:30", True),
        ("es", "a las 9:30", False),
    ],
)
def test_one_digit_hour_warns(lang: str, text: str, warned: bool) -> None:
    """A one-digit hour with its minutes, no a.m./p.m. nor joining word, reads as written
    and says it may be p.m.; strict mode refuses it."""
    r = resolve(text, SEED, language=lang)
    assert bool(r.warnings) is warned
    if warned:
        assert "may be" in r.warnings[0]
        with pytest.raises(AmbiguityWarningError):
            resolve(text, SEED, language=lang, strict=True)


def _words(lang: str) -> dict[int, str]:
    """One number word per value 1..59 the pack writes in a single word."""
    out: dict[int, str] = {}
    for w, n in load(lang).numbers.items():
        if 1 <= n <= 59 and " " not in w and n not in out and len(w) > 2:
            out[n] = w
    return out


_EN = _words("en")


@given(
    hour=st.integers(1, 12),
    minute=st.sampled_from([5, 10, 20, 25]),
    to=st.booleans(),
)
def test_english_past_and_to_are_arithmetic(hour: int, minute: int, to: bool) -> None:
    """'M past H' is H:M and 'M to H' (H-1):(60-M), the hour as written, for any hour and
    minute in words."""
    words = {**_EN, 25: "twenty-five"}
    text = f"{words[minute]} {'to' if to else 'past'} {words[hour]}"
    total = hour * 60 + (-minute if to else minute)
    r = resolve(text, SEED)
    assert r.timex == f"2023-09-19T{total // 60:02d}:{total % 60:02d}"


@given(hour=st.integers(1, 12), half=st.booleans(), lang=st.sampled_from(["pt", "es"]))
def test_hour_and_minute_words(hour: int, half: bool, lang: str) -> None:
    """'às H e meia' / 'a las H y cuarto' is H:30 / H:15, the hour in words, in both packs."""
    v = load(lang)
    hour_word = next(w for w, n in v.numbers.items() if n == hour and len(w) > 2)
    at, joiner, words = (
        ("às", "e", ("meia", "quinze")) if lang == "pt" else ("a las", "y", ("media", "cuarto"))
    )
    if hour == 1:
        at = "à" if lang == "pt" else "a la"
    text = f"{at} {hour_word} {joiner} {words[0] if half else words[1]}"
    r = resolve(text, SEED, language=lang)
    assert r.timex == f"2023-09-19T{hour:02d}:{30 if half else 15}"


def _pieces(lang: str) -> list[str]:
    """The words these families read, with numbers, digits and a few day words."""
    v = load(lang)
    words = [
        *v.clock_minute_words,
        *v.clock_past,
        *v.clock_to,
        *v.clock_and,
        *v.clock_less,
        *v.clock_minute_units,
        *v.clock_words,
        *v.clock_at,
        *v.clock_marks,
        *v.half_units,
        *v.other_days,
        *v.holiday_weekend_after,
        *v.holiday_weekend_before,
        *v.season_after,
        *v.season_before,
        *v.day_parts,
        *v.ago,
        *v.within,
        *v.ago_before,
        *(w for w, n in v.numbers.items() if n <= 30),
    ]
    return [*words, "0", "5", "9", "12", "24", "25", "60", "9:30", "2023-24", "1999/00", "monday"]


@pytest.mark.parametrize("lang", ["en", "pt", "es"])
def test_clock_words_raise_only_resolve_error(lang: str) -> None:
    """Any run of these families' words resolves or raises ResolveError, nothing else."""
    pieces = _pieces(lang)

    @settings(deadline=None, max_examples=400)
    @given(st.lists(st.sampled_from(pieces), min_size=1, max_size=6))
    def check(words: list[str]) -> None:
        with contextlib.suppress(ResolveError):
            resolve(" ".join(words), SEED, language=lang)

    check()
